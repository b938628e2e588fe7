#include "staff/staffaccounts.h"

#include "diagnostics/logging.h"
#include "staff/lockoutpolicy.h"
#include "staff/pinhash.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace holdfast::staff {

namespace {
// Call sites mark their text with QT_TRANSLATE_NOOP under this same context, so lupdate files each
// message where this lookup finds it.
QString translated(const char *text)
{
    return QCoreApplication::translate("holdfast::staff::StaffAccounts", text);
}
AccountResult failure(const char *text)
{
    return {0, translated(text)};
}
} // namespace

QString PinCheck::userMessage() const
{
    switch (outcome) {
    case Outcome::Accepted:
        return {};
    case Outcome::WrongPin:
        if (lockedUntil.isValid())
            return translated(QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts",
                                                "Wrong PIN. This account is locked until %1."))
                .arg(QLocale().toString(lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        return QCoreApplication::translate("holdfast::staff::StaffAccounts",
                                           "Wrong PIN. %n attempt(s) left before the account is locked.",
                                           nullptr, attemptsLeft);
    case Outcome::LockedOut:
        return translated(QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts",
                                            "Too many wrong PINs. This account is locked until %1."))
            .arg(QLocale().toString(lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
    case Outcome::UnknownStaff:
        return translated(QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts", "No such staff account."));
    case Outcome::Inactive:
        return translated(
            QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts", "This staff account is switched off."));
    }
    return {};
}

StaffAccounts::StaffAccounts(StaffRepository &repository, Clock clock)
    : m_repository(repository), m_clock(std::move(clock))
{
}

bool StaffAccounts::needsFirstManager() const
{
    return managers().isEmpty();
}

QList<StaffMember> StaffAccounts::everyone() const
{
    QList<StaffMember> out = m_repository.list();
    std::stable_sort(out.begin(), out.end(), [](const StaffMember &a, const StaffMember &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

QList<StaffMember> StaffAccounts::members() const
{
    QList<StaffMember> out;
    for (const StaffMember &m : everyone())
        if (m.active)
            out << m;
    return out;
}

QList<StaffMember> StaffAccounts::managers() const
{
    QList<StaffMember> out;
    for (const StaffMember &m : members())
        if (m.role == Role::Manager)
            out << m;
    return out;
}

AccountResult StaffAccounts::validateNew(const QString &name, const QString &pin) const
{
    if (name.trimmed().isEmpty())
        return failure(QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts", "Enter a name."));
    for (const StaffMember &m : everyone()) {
        if (m.name.compare(name.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        if (!m.active)
            return failure(
                QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts",
                                  "A switched-off account has this name. Switch it on again instead."));
        return failure(QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts",
                                         "There is already a staff account with this name."));
    }
    QString why;
    if (!isAcceptablePin(pin, &why))
        return {0, why};
    return {};
}

AccountResult StaffAccounts::createFirstManager(const QString &name, const QString &pin)
{
    if (!needsFirstManager())
        return failure(QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts",
                                         "A manager already exists. Ask a manager to add new accounts."));
    return add(name, pin, Role::Manager);
}

AccountResult StaffAccounts::add(const QString &name, const QString &pin, Role role)
{
    AccountResult check = validateNew(name, pin);
    if (!check.ok())
        return check;
    StaffMember m;
    m.name = name.trimmed();
    m.role = role;
    m.pinHash = hashPin(pin);
    if (m.pinHash.isEmpty())
        return failure(QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts",
                                         "The PIN could not be protected (out of memory). Try again."));
    m.id = m_repository.add(m);
    if (m.id == 0)
        return failure(
            QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts", "The staff account could not be saved."));
    qCInfo(lcStaff) << "staff account" << m.id << "added with role" << roleName(role);
    return {m.id, {}};
}

bool StaffAccounts::wouldLeaveNoManager(qint64 changedId, Role newRole, bool newActive) const
{
    for (const StaffMember &m : managers())
        if (m.id != changedId)
            return false;
    return newRole != Role::Manager || !newActive;
}

AccountResult StaffAccounts::setRole(qint64 id, Role role)
{
    auto m = m_repository.find(id);
    if (!m)
        return failure(QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts", "No such staff account."));
    if (wouldLeaveNoManager(id, role, m->active))
        return failure(
            QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts", "Holdfast needs at least one manager."));
    m->role = role;
    return m_repository.update(*m) ? AccountResult{id, {}}
                                   : failure(QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts",
                                                               "The staff account could not be saved."));
}

AccountResult StaffAccounts::setPin(qint64 id, const QString &pin)
{
    auto m = m_repository.find(id);
    if (!m)
        return failure(QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts", "No such staff account."));
    QString why;
    if (!isAcceptablePin(pin, &why))
        return {0, why};
    m->pinHash = hashPin(pin);
    m->failedAttempts = 0;
    m->lockedUntil = {};
    return m_repository.update(*m) ? AccountResult{id, {}}
                                   : failure(QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts",
                                                               "The staff account could not be saved."));
}

AccountResult StaffAccounts::setActive(qint64 id, bool active)
{
    auto m = m_repository.find(id);
    if (!m)
        return failure(QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts", "No such staff account."));
    if (wouldLeaveNoManager(id, m->role, active))
        return failure(
            QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts", "Holdfast needs at least one manager."));
    m->active = active;
    return m_repository.update(*m) ? AccountResult{id, {}}
                                   : failure(QT_TRANSLATE_NOOP("holdfast::staff::StaffAccounts",
                                                               "The staff account could not be saved."));
}

PinCheck StaffAccounts::checkPin(qint64 id, const QString &pin)
{
    PinCheck check;
    auto m = m_repository.find(id);
    if (!m)
        return check;
    if (!m->active) {
        check.outcome = PinCheck::Outcome::Inactive;
        return check;
    }
    const QDateTime now = m_clock();
    if (m->lockedUntil.isValid() && now < m->lockedUntil) {
        check.outcome = PinCheck::Outcome::LockedOut;
        check.lockedUntil = m->lockedUntil;
        return check;
    }
    if (verifyPin(m->pinHash, pin)) {
        if (m->failedAttempts != 0 || m->lockedUntil.isValid())
            m_repository.clearWrongPins(id);
        check.outcome = PinCheck::Outcome::Accepted;
        return check;
    }
    const auto lockSeconds = [](int count) { return qint64(lockout::delayAfter(count).count()); };
    if (const auto counted = m_repository.recordWrongPin(id, now, lockSeconds)) {
        m = counted;
    } else {
        // Not stored (the database is away): this answer still counts it, and the next one retries.
        ++m->failedAttempts;
        if (const qint64 seconds = lockSeconds(m->failedAttempts); seconds > 0)
            m->lockedUntil = now.addSecs(seconds);
    }
    const auto delay = lockout::delayAfter(m->failedAttempts);
    if (delay.count() <= 0 || !m->lockedUntil.isValid() || m->lockedUntil <= now)
        m->lockedUntil = {};
    qCInfo(lcStaff) << "wrong PIN for staff account" << id << "- attempt" << m->failedAttempts
                    << (delay.count() > 0 ? "locked" : "");
    check.outcome = PinCheck::Outcome::WrongPin;
    check.lockedUntil = m->lockedUntil;
    check.attemptsLeft = std::max(0, lockout::maxAttempts - m->failedAttempts);
    return check;
}

} // namespace holdfast::staff
