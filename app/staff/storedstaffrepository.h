// Staff accounts kept in the order database, so every till on a shared PostgreSQL sees the same
// people. One row per account in the `staff` table (schema version 4); every change is a single-row
// statement, so two tills changing different accounts, or adding accounts at once, never undo each
// other's work. PINs only as Argon2id hashes, which never reach the log.
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
    std::optional<StaffMember> recordWrongPin(qint64 id, const QDateTime &now,
                                              const std::function<qint64(int)> &lockSeconds) override;
    bool clearWrongPins(qint64 id) override;

private:
    store::Database &m_db;
};

} // namespace holdfast::staff
