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

} // namespace holdfast::staff
