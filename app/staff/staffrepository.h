// Where staff accounts live. The store part provides the SQL implementation; InMemoryStaffRepository
// serves tests and the time before the store is wired.
#pragma once

#include "staff/staffmember.h"

#include <QList>
#include <functional>
#include <optional>

namespace holdfast::staff {

class StaffRepository
{
public:
    virtual ~StaffRepository() = default;
    virtual QList<StaffMember> list() const = 0; // ordered by id
    virtual std::optional<StaffMember> find(qint64 id) const = 0;
    // Stores a new member (its id is ignored) and returns the new id, or 0 on failure.
    virtual qint64 add(const StaffMember &member) = 0;
    // Replaces name, role, PIN hash, failed attempts, lock and active flag of an existing member.
    virtual bool update(const StaffMember &member) = 0;

    // One more wrong PIN, counted in one step so that two tills typing at the same moment both
    // count. With the new count, `lockSeconds` says how long the account locks (0: not yet); the lock
    // ends no earlier than now + that. Returns the account afterwards, nothing on failure.
    virtual std::optional<StaffMember> recordWrongPin(qint64 id, const QDateTime &now,
                                                      const std::function<qint64(int count)> &lockSeconds) = 0;
    // After a right PIN: no wrong PINs counted, no lock.
    virtual bool clearWrongPins(qint64 id) = 0;
};

} // namespace holdfast::staff
