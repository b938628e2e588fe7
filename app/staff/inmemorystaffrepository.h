// Staff accounts in memory, for unit tests (and until the store's SQL repository is wired).
#pragma once

#include "staff/staffrepository.h"

#include <QMap>

namespace holdfast::staff {

class InMemoryStaffRepository : public StaffRepository
{
public:
    QList<StaffMember> list() const override { return m_members.values(); }
    std::optional<StaffMember> find(qint64 id) const override;
    qint64 add(const StaffMember &member) override;
    bool update(const StaffMember &member) override;
    std::optional<StaffMember> recordWrongPin(qint64 id, const QDateTime &now,
                                              const std::function<qint64(int)> &lockSeconds) override;
    bool clearWrongPins(qint64 id) override;

private:
    QMap<qint64, StaffMember> m_members;
    qint64 m_nextId = 1;
};

} // namespace holdfast::staff
