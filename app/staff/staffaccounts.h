// Staff accounts over a repository: the first manager, PIN checks with lockout, and the unguarded
// low-level changes StaffAdmin performs after the Authorizer agreed.
#pragma once

#include "domain/clock.h"
#include "staff/staffrepository.h"

#include <QString>
#include <optional>

namespace holdfast::staff {

struct PinCheck
{
    enum class Outcome { Accepted, WrongPin, LockedOut, UnknownStaff, Inactive };
    Outcome outcome = Outcome::UnknownStaff;
    QDateTime lockedUntil; // when LockedOut, or when this wrong PIN just locked the account
    int attemptsLeft = 0;  // before a lock, when WrongPin

    bool accepted() const { return outcome == Outcome::Accepted; }
    QString userMessage() const; // translated
};

struct AccountResult
{
    qint64 id = 0;   // the new or changed account
    QString problem; // translated; empty on success

    bool ok() const { return problem.isEmpty(); }
};

class StaffAccounts
{
public:
    explicit StaffAccounts(StaffRepository &repository, Clock clock = systemClock());

    // True until an active manager exists: the first start asks for one.
    bool needsFirstManager() const;
    // Only while needsFirstManager(); afterwards new accounts go through StaffAdmin.
    AccountResult createFirstManager(const QString &name, const QString &pin);

    QList<StaffMember> members() const;  // active ones, by name
    QList<StaffMember> everyone() const; // active and switched off, by name
    QList<StaffMember> managers() const;
    std::optional<StaffMember> find(qint64 id) const { return m_repository.find(id); }

    // Checks a PIN, counting wrong ones: the 5th wrong PIN in a row locks the account for a growing
    // delay; a locked account is not even checked until the lock ends.
    PinCheck checkPin(qint64 id, const QString &pin);

    // Unguarded: call through StaffAdmin, which asks the Authorizer first.
    AccountResult add(const QString &name, const QString &pin, Role role);
    AccountResult setRole(qint64 id, Role role);
    AccountResult setPin(qint64 id, const QString &pin);
    AccountResult setActive(qint64 id, bool active);

    QDateTime now() const { return m_clock(); }

private:
    AccountResult validateNew(const QString &name, const QString &pin) const;
    bool wouldLeaveNoManager(qint64 changedId, Role newRole, bool newActive) const;

    StaffRepository &m_repository;
    Clock m_clock;
};

} // namespace holdfast::staff
