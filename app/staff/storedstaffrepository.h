// Staff accounts kept in the order database, so every till on a shared PostgreSQL sees the same
// people. Stored as one JSON document under a store setting; PINs only as Argon2id hashes.
#pragma once

#include "staff/staffrepository.h"

namespace holdfast::store {
class Database;
}

namespace holdfast::staff {

class StoredStaffRepository : public StaffRepository
{
public:
    explicit StoredStaffRepository(store::Database &db) : m_db(db) {}

    QList<StaffMember> list() const override;
    std::optional<StaffMember> find(qint64 id) const override;
    qint64 add(const StaffMember &member) override;
    bool update(const StaffMember &member) override;

private:
    bool save(const QList<StaffMember> &members);

    store::Database &m_db;
};

} // namespace holdfast::staff
