#include "backoffice/operationresult.h"

namespace holdfast::backoffice {

QString operationName(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Capture:
        return QStringLiteral("capture");
    case OperationKind::Cancel:
        return QStringLiteral("cancel");
    case OperationKind::Refund:
        return QStringLiteral("refund");
    }
    return {};
}

} // namespace holdfast::backoffice
