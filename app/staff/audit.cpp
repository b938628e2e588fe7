#include "staff/audit.h"

namespace holdfast::staff {

QString outcomeName(AuditRecord::Outcome outcome)
{
    switch (outcome) {
    case AuditRecord::Outcome::Allowed:
        return QStringLiteral("allowed");
    case AuditRecord::Outcome::Denied:
        return QStringLiteral("denied");
    case AuditRecord::Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case AuditRecord::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace holdfast::staff
