#include "staff/authorizer.h"

#include "diagnostics/logging.h"

#include <QCoreApplication>

namespace holdfast::staff {

namespace {
// Call sites mark their text with QT_TRANSLATE_NOOP under this same context, so lupdate files each
// message where this lookup finds it.
QString translated(const char *text)
{
    return QCoreApplication::translate("holdfast::staff::Authorizer", text);
}
} // namespace

QString Decision::userMessage() const
{
    switch (reason) {
    case Reason::Allowed:
        return {};
    case Reason::UnknownActor:
        return translated(QT_TRANSLATE_NOOP("holdfast::staff::Authorizer", "Sign in first."));
    case Reason::RoleForbids:
        return translated(QT_TRANSLATE_NOOP("holdfast::staff::Authorizer", "Only a manager may do this: %1."))
            .arg(actionTitle(action));
    case Reason::ApprovalRequired:
        return translated(QT_TRANSLATE_NOOP("holdfast::staff::Authorizer",
                                            "A manager must approve this with their PIN: %1."))
            .arg(actionTitle(action));
    case Reason::ApproverNotManager:
        return translated(
            QT_TRANSLATE_NOOP("holdfast::staff::Authorizer", "Only a manager can approve this."));
    case Reason::WrongPin:
    case Reason::ApproverLockedOut:
        return pinCheck.userMessage();
    }
    return {};
}

QString reasonName(Decision::Reason reason)
{
    switch (reason) {
    case Decision::Reason::Allowed:
        return QStringLiteral("allowed");
    case Decision::Reason::UnknownActor:
        return QStringLiteral("unknown-actor");
    case Decision::Reason::RoleForbids:
        return QStringLiteral("role-forbids");
    case Decision::Reason::ApprovalRequired:
        return QStringLiteral("approval-required");
    case Decision::Reason::ApproverNotManager:
        return QStringLiteral("approver-not-manager");
    case Decision::Reason::WrongPin:
        return QStringLiteral("wrong-pin");
    case Decision::Reason::ApproverLockedOut:
        return QStringLiteral("approver-locked-out");
    }
    return {};
}

Authorizer::Authorizer(StaffAccounts &accounts, AuditSink sink)
    : m_accounts(accounts), m_sink(std::move(sink))
{
}

Decision Authorizer::decide(qint64 actorId, Action action, const std::optional<ManagerApproval> &approval)
{
    Decision d;
    d.action = action;
    d.actorId = actorId;
    const auto actor = m_accounts.find(actorId);
    if (!actor || !actor->active) {
        d.reason = Decision::Reason::UnknownActor;
        return d;
    }
    const bool roleAllows = can(actor->role, action);
    if (roleAllows && !requiresManagerApproval(action)) {
        d.reason = Decision::Reason::Allowed;
        return d;
    }
    if (!approval) {
        d.reason = roleAllows ? Decision::Reason::ApprovalRequired : Decision::Reason::RoleForbids;
        return d;
    }
    d.requestedApproverId = approval->managerId;
    const auto approver = m_accounts.find(approval->managerId);
    if (!approver || !approver->active || !can(approver->role, action)) {
        d.reason = Decision::Reason::ApproverNotManager;
        return d;
    }
    d.pinCheck = m_accounts.checkPin(approver->id, approval->pin);
    switch (d.pinCheck.outcome) {
    case PinCheck::Outcome::Accepted:
        d.reason = Decision::Reason::Allowed;
        d.approverId = approver->id;
        break;
    case PinCheck::Outcome::LockedOut:
        d.reason = Decision::Reason::ApproverLockedOut;
        break;
    case PinCheck::Outcome::WrongPin:
        d.reason = Decision::Reason::WrongPin;
        break;
    case PinCheck::Outcome::UnknownStaff:
    case PinCheck::Outcome::Inactive:
        d.reason = Decision::Reason::ApproverNotManager;
        break;
    }
    return d;
}

Decision Authorizer::authorize(qint64 actorId, Action action, const std::optional<ManagerApproval> &approval,
                               const QString &subject)
{
    Decision d = decide(actorId, action, approval);
    d.subject = subject;
    if (!d.allowed())
        qCInfo(lcStaff) << "denied" << actionName(action) << "for staff account" << actorId << ":"
                        << reasonName(d.reason);
    audit(d, d.allowed() ? AuditRecord::Outcome::Allowed : AuditRecord::Outcome::Denied,
          d.allowed() ? QString() : reasonName(d.reason));
    return d;
}

void Authorizer::recordOutcome(const Decision &decision, bool succeeded, const QString &detail)
{
    audit(decision, succeeded ? AuditRecord::Outcome::Succeeded : AuditRecord::Outcome::Failed, detail);
}

void Authorizer::audit(const Decision &decision, AuditRecord::Outcome outcome, const QString &detail)
{
    if (!m_sink)
        return;
    AuditRecord r;
    r.at = m_accounts.now();
    r.action = decision.action;
    r.outcome = outcome;
    r.actorId = decision.actorId;
    if (const auto actor = m_accounts.find(decision.actorId))
        r.actorName = actor->name;
    // A denied approval still names the manager whose PIN was tried.
    r.approverId = decision.allowed() ? decision.approverId : decision.requestedApproverId;
    if (const auto approver = m_accounts.find(r.approverId))
        r.approverName = approver->name;
    r.subject = decision.subject;
    r.detail = detail;
    m_sink(r);
}

} // namespace holdfast::staff
