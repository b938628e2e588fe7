#include "staff/storedstaffrepository.h"

#include "diagnostics/logging.h"
#include "store/database.h"
#include "store/stafftable.h"

namespace holdfast::staff {

namespace {

StaffMember memberFrom(const store::StaffRow &row)
{
    StaffMember m;
    m.id = row.id;
    m.name = row.name;
    const auto parsed = roleFromName(row.role);
    if (!parsed)
        qCWarning(lcStaff) << "staff account" << m.id << "has an unknown role" << row.role << "- treated as staff";
    m.role = parsed.value_or(Role::Staff);
    m.pinHash = row.pinHash;
    m.failedAttempts = row.failedAttempts;
    m.lockedUntil = row.lockedUntil;
    m.active = row.active;
    return m;
}

store::StaffRow rowFrom(const StaffMember &member)
{
    store::StaffRow row;
    row.id = member.id;
    row.name = member.name;
    row.role = roleName(member.role);
    row.pinHash = member.pinHash;
    row.failedAttempts = member.failedAttempts;
    row.lockedUntil = member.lockedUntil;
    row.active = member.active;
    return row;
}

// What a failure says in the log. PostgreSQL's DETAIL lines can quote a whole failing row, PIN hash
// included, so only the first line of the driver's message is kept.
QString logged(const store::StoreError &error)
{
    QString detail = error.detail();
    for (const QString &cut :
         {QStringLiteral("\n"), QStringLiteral("DETAIL"), QStringLiteral("Failing row")}) {
        const qsizetype at = detail.indexOf(cut);
        if (at >= 0)
            detail.truncate(at);
    }
    return store::StoreError::kindName(error.kind()) + QStringLiteral(": ") + detail.trimmed();
}

} // namespace

QList<StaffMember> StoredStaffRepository::list() const
{
    QList<StaffMember> members;
    const auto rows = store::StaffTable(m_db).list();
    if (!rows) {
        qCWarning(lcStaff).noquote() << "cannot read staff accounts:" << logged(rows.error());
        return members;
    }
    for (const store::StaffRow &row : *rows)
        members.append(memberFrom(row));
    return members;
}

std::optional<StaffMember> StoredStaffRepository::find(qint64 id) const
{
    const auto row = store::StaffTable(m_db).find(id);
    if (!row) {
        qCWarning(lcStaff).noquote() << QStringLiteral("cannot read staff account %1:").arg(id) << logged(row.error());
        return std::nullopt;
    }
    return row->has_value() ? std::optional(memberFrom(**row)) : std::nullopt;
}

qint64 StoredStaffRepository::add(const StaffMember &member)
{
    const auto id = store::StaffTable(m_db).add(rowFrom(member));
    if (!id) {
        qCWarning(lcStaff).noquote() << "cannot add a staff account:" << logged(id.error());
        return 0;
    }
    return *id;
}

bool StoredStaffRepository::update(const StaffMember &member)
{
    const auto changed = store::StaffTable(m_db).update(rowFrom(member));
    if (!changed) {
        qCWarning(lcStaff).noquote() << QStringLiteral("cannot store staff account %1:").arg(member.id)
                                     << logged(changed.error());
        return false;
    }
    if (!*changed) {
        qCWarning(lcStaff).noquote() << QStringLiteral("cannot store staff account %1: no such account").arg(member.id);
        return false;
    }
    return true;
}

std::optional<StaffMember> StoredStaffRepository::recordWrongPin(qint64 id, const QDateTime &now,
                                                                 const std::function<qint64(int)> &lockSeconds)
{
    const QString failed = QStringLiteral("cannot count a wrong PIN for staff account %1:").arg(id);
    store::Transaction tx(m_db);
    if (!tx.status()) {
        qCWarning(lcStaff).noquote() << failed << logged(tx.status().error());
        return std::nullopt;
    }
    store::StaffTable table(m_db);
    const auto count = table.countWrongPin(id);
    if (!count) {
        qCWarning(lcStaff).noquote() << failed << logged(count.error());
        return std::nullopt;
    }
    if (*count <= 0)
        return std::nullopt; // no such account
    if (const qint64 seconds = lockSeconds(*count); seconds > 0) {
        if (const auto locked = table.lockUntil(id, now.addSecs(seconds)); !locked) {
            qCWarning(lcStaff).noquote() << failed << logged(locked.error());
            return std::nullopt;
        }
    }
    if (store::Status s = tx.commit(); !s) {
        qCWarning(lcStaff).noquote() << failed << logged(s.error());
        return std::nullopt;
    }
    return find(id);
}

bool StoredStaffRepository::clearWrongPins(qint64 id)
{
    if (const auto cleared = store::StaffTable(m_db).clearWrongPins(id); !cleared) {
        qCWarning(lcStaff).noquote() << QStringLiteral("cannot clear wrong PINs of staff account %1:").arg(id)
                                     << logged(cleared.error());
        return false;
    }
    return true;
}

} // namespace holdfast::staff
