#include "staff/inmemorystaffrepository.h"

namespace holdfast::staff {

std::optional<StaffMember> InMemoryStaffRepository::find(qint64 id) const
{
    const auto it = m_members.constFind(id);
    if (it == m_members.constEnd())
        return std::nullopt;
    return *it;
}

qint64 InMemoryStaffRepository::add(const StaffMember &member)
{
    StaffMember stored = member;
    stored.id = m_nextId++;
    m_members.insert(stored.id, stored);
    return stored.id;
}

bool InMemoryStaffRepository::update(const StaffMember &member)
{
    if (!m_members.contains(member.id))
        return false;
    m_members.insert(member.id, member);
    return true;
}

std::optional<StaffMember> InMemoryStaffRepository::recordWrongPin(qint64 id, const QDateTime &now,
                                                                   const std::function<qint64(int)> &lockSeconds)
{
    const auto it = m_members.find(id);
    if (it == m_members.end())
        return std::nullopt;
    ++it->failedAttempts;
    if (const qint64 seconds = lockSeconds(it->failedAttempts); seconds > 0) {
        const QDateTime until = now.addSecs(seconds);
        if (!it->lockedUntil.isValid() || it->lockedUntil < until)
            it->lockedUntil = until;
    }
    return *it;
}

bool InMemoryStaffRepository::clearWrongPins(qint64 id)
{
    const auto it = m_members.find(id);
    if (it == m_members.end())
        return false;
    it->failedAttempts = 0;
    it->lockedUntil = {};
    return true;
}

} // namespace holdfast::staff
