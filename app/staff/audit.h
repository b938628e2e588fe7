// What the audit log gets for every guarded decision and its outcome: who, which action, on what,
// which manager approved, and whether it was allowed, denied, done or failed. Never a PIN.
#pragma once

#include "staff/role.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace holdfast::staff {

struct AuditRecord
{
    enum class Outcome { Allowed, Denied, Succeeded, Failed };

    QDateTime at; // UTC
    Action action = Action::TakeOrder;
    Outcome outcome = Outcome::Denied;
    qint64 actorId = 0;
    QString actorName;
    qint64 approverId = 0; // the approving manager; 0 when none
    QString approverName;
    QString subject; // what it was about, e.g. "order 42" or "pi_123"
    QString detail;  // why it was denied or failed (technical, untranslated)
};

// The store part's audit log is wired in here; tests collect records in a list.
using AuditSink = std::function<void(const AuditRecord &)>;

QString outcomeName(AuditRecord::Outcome outcome); // "allowed", "denied", "succeeded", "failed"

} // namespace holdfast::staff
