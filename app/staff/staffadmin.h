// Guarded changes to staff accounts: each asks the Authorizer (ManageStaff, with a manager's PIN) and
// reports its outcome to the audit log.
#pragma once

#include "staff/authorizer.h"

namespace holdfast::staff {

class StaffAdmin
{
public:
    StaffAdmin(StaffAccounts &accounts, Authorizer &authorizer);

    // On denial the result's problem is the decision's user message.
    AccountResult add(qint64 actorId, const std::optional<ManagerApproval> &approval, const QString &name,
                      const QString &pin, Role role);
    AccountResult setRole(qint64 actorId, const std::optional<ManagerApproval> &approval, qint64 id,
                          Role role);
    AccountResult resetPin(qint64 actorId, const std::optional<ManagerApproval> &approval, qint64 id,
                           const QString &pin);
    AccountResult setActive(qint64 actorId, const std::optional<ManagerApproval> &approval, qint64 id,
                            bool active);

private:
    template <typename Change>
    AccountResult guarded(qint64 actorId, const std::optional<ManagerApproval> &approval,
                          const QString &subject, Change change);

    StaffAccounts &m_accounts;
    Authorizer &m_authorizer;
};

} // namespace holdfast::staff
