// The one gate for guarded actions. Core operations (capture, cancel, refund, key and staff changes)
// call authorize() themselves, so a staff member cannot capture even by calling the core directly.
// Every decision, and every reported outcome, goes to the audit sink.
#pragma once

#include "staff/audit.h"
#include "staff/role.h"
#include "staff/staffaccounts.h"

#include <optional>

namespace holdfast::staff {

// A manager confirming an action with their PIN (ManagerApprovalDialog collects it).
struct ManagerApproval
{
    qint64 managerId = 0;
    QString pin;
};

struct Decision
{
    enum class Reason {
        Allowed,
        UnknownActor,       // no such (active) staff account
        RoleForbids,        // the actor's role may not, and no manager approved
        ApprovalRequired,   // the action needs a manager's PIN and none was given
        ApproverNotManager, // the approving account is not an active manager
        WrongPin,           // the manager's PIN was wrong
        ApproverLockedOut,  // the manager's account is locked after wrong PINs
    };

    Action action = Action::TakeOrder;
    Reason reason = Reason::UnknownActor;
    qint64 actorId = 0;
    qint64 approverId = 0;          // the manager whose PIN was accepted; 0 if none
    qint64 requestedApproverId = 0; // the manager named in the approval, accepted or not
    QString subject;
    PinCheck pinCheck; // the approver's PIN check, when one was made

    bool allowed() const { return reason == Reason::Allowed; }
    QString userMessage() const; // translated; empty when allowed
};

QString reasonName(Decision::Reason reason); // untranslated, for the audit detail

class Authorizer
{
public:
    Authorizer(StaffAccounts &accounts, AuditSink sink);

    // Rules: the actor must be an active account. Actions that require approval (capture, cancel,
    // refund, keys, staff, mode) need an active manager's correct PIN every time — the manager may be
    // the actor. Other manager-only actions are allowed for a manager, or for staff with a manager's
    // approval. Staff actions are allowed for everyone. Writes one audit record (allowed / denied).
    Decision authorize(qint64 actorId, Action action,
                       const std::optional<ManagerApproval> &approval = std::nullopt,
                       const QString &subject = {});

    // After an allowed action ran: records whether it succeeded, naming the approving manager.
    void recordOutcome(const Decision &decision, bool succeeded, const QString &detail = {});

private:
    Decision decide(qint64 actorId, Action action, const std::optional<ManagerApproval> &approval);
    void audit(const Decision &decision, AuditRecord::Outcome outcome, const QString &detail);

    StaffAccounts &m_accounts;
    AuditSink m_sink;
};

} // namespace holdfast::staff
