#include "staff/staffadmin.h"

namespace holdfast::staff {

StaffAdmin::StaffAdmin(StaffAccounts &accounts, Authorizer &authorizer)
    : m_accounts(accounts), m_authorizer(authorizer)
{
}

template <typename Change>
AccountResult StaffAdmin::guarded(qint64 actorId, const std::optional<ManagerApproval> &approval,
                                  const QString &subject, Change change)
{
    const Decision decision = m_authorizer.authorize(actorId, Action::ManageStaff, approval, subject);
    if (!decision.allowed())
        return {0, decision.userMessage()};
    const AccountResult result = change();
    m_authorizer.recordOutcome(decision, result.ok(), result.ok() ? QString() : result.problem);
    return result;
}

AccountResult StaffAdmin::add(qint64 actorId, const std::optional<ManagerApproval> &approval,
                              const QString &name, const QString &pin, Role role)
{
    return guarded(actorId, approval, QStringLiteral("add %1 account").arg(roleName(role)),
                   [&] { return m_accounts.add(name, pin, role); });
}

AccountResult StaffAdmin::setRole(qint64 actorId, const std::optional<ManagerApproval> &approval, qint64 id,
                                  Role role)
{
    return guarded(actorId, approval, QStringLiteral("staff %1 role %2").arg(id).arg(roleName(role)),
                   [&] { return m_accounts.setRole(id, role); });
}

AccountResult StaffAdmin::resetPin(qint64 actorId, const std::optional<ManagerApproval> &approval, qint64 id,
                                   const QString &pin)
{
    return guarded(actorId, approval, QStringLiteral("staff %1 PIN reset").arg(id),
                   [&] { return m_accounts.setPin(id, pin); });
}

AccountResult StaffAdmin::setActive(qint64 actorId, const std::optional<ManagerApproval> &approval, qint64 id,
                                    bool active)
{
    return guarded(
        actorId, approval,
        QStringLiteral("staff %1 %2").arg(id).arg(active ? QStringLiteral("on") : QStringLiteral("off")),
        [&] { return m_accounts.setActive(id, active); });
}

} // namespace holdfast::staff
