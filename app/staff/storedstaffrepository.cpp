#include "staff/storedstaffrepository.h"

#include "diagnostics/logging.h"
#include "store/database.h"

#include <QSqlQuery>

namespace holdfast::staff {

namespace {

const QString columns = QStringLiteral("id, name, role, pin_hash, failed_attempts, locked_until, active");

QVariant timeTo(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime timeFrom(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

// Reads `columns` from the current row.
StaffMember memberFrom(const QSqlQuery &q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    const QString role = q.value(2).toString();
    const auto parsed = roleFromName(role);
    if (!parsed)
        qCWarning(lcStaff) << "staff account" << m.id << "has an unknown role" << role
                           << "- treated as staff";
    m.role = parsed.value_or(Role::Staff);
    m.pinHash = q.value(3).toString().toLatin1();
    m.failedAttempts = q.value(4).toInt();
    m.lockedUntil = timeFrom(q.value(5));
    m.active = q.value(6).toInt() != 0;
    return m;
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
    auto r = m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM staff ORDER BY id"));
    if (!r) {
        qCWarning(lcStaff).noquote() << "cannot read staff accounts:" << logged(r.error());
        return members;
    }
    while ((*r)->next())
        members.append(memberFrom(**r));
    (*r)->finish();
    return members;
}

std::optional<StaffMember> StoredStaffRepository::find(qint64 id) const
{
    auto r =
        m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM staff WHERE id = ?"), {id});
    if (!r) {
        qCWarning(lcStaff).noquote() << QStringLiteral("cannot read staff account %1:").arg(id)
                                     << logged(r.error());
        return std::nullopt;
    }
    std::optional<StaffMember> found;
    if ((*r)->next())
        found = memberFrom(**r);
    (*r)->finish();
    return found;
}

qint64 StoredStaffRepository::add(const StaffMember &member)
{
    // In a transaction so that a connection lost mid-way is never retried into a second account.
    store::Transaction tx(m_db);
    if (!tx.status()) {
        qCWarning(lcStaff).noquote() << "cannot add a staff account:" << logged(tx.status().error());
        return 0;
    }
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO staff (name, role, pin_hash, failed_attempts, locked_until, "
                       "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {member.name, roleName(member.role), QString::fromLatin1(member.pinHash), member.failedAttempts,
         timeTo(member.lockedUntil), member.active ? 1 : 0, QDateTime::currentMSecsSinceEpoch()});
    if (!r) {
        qCWarning(lcStaff).noquote() << "cannot add a staff account:" << logged(r.error());
        return 0;
    }
    const qint64 id = (*r)->next() ? (*r)->value(0).toLongLong() : 0;
    (*r)->finish();
    if (id <= 0) {
        qCWarning(lcStaff) << "cannot add a staff account: INSERT … RETURNING gave no id";
        return 0;
    }
    if (store::Status s = tx.commit(); !s) {
        qCWarning(lcStaff).noquote() << "cannot add a staff account:" << logged(s.error());
        return 0;
    }
    return id;
}

bool StoredStaffRepository::update(const StaffMember &member)
{
    auto r =
        m_db.exec(QStringLiteral("UPDATE staff SET name = ?, role = ?, pin_hash = ?, failed_attempts = ?, "
                                 "locked_until = ?, active = ? WHERE id = ?"),
                  {member.name, roleName(member.role), QString::fromLatin1(member.pinHash),
                   member.failedAttempts, timeTo(member.lockedUntil), member.active ? 1 : 0, member.id});
    if (!r) {
        qCWarning(lcStaff).noquote() << QStringLiteral("cannot store staff account %1:").arg(member.id)
                                     << logged(r.error());
        return false;
    }
    const int changed = (*r)->numRowsAffected();
    (*r)->finish();
    if (changed != 1) {
        qCWarning(lcStaff).noquote()
            << QStringLiteral("cannot store staff account %1: no such account").arg(member.id);
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
    // The increment happens in the database: a count read here and written back could lose the
    // other till's wrong PIN.
    auto counted = m_db.exec(
        QStringLiteral("UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE id = ? RETURNING failed_attempts"),
        {id});
    if (!counted) {
        qCWarning(lcStaff).noquote() << failed << logged(counted.error());
        return std::nullopt;
    }
    const int count = (*counted)->next() ? (*counted)->value(0).toInt() : 0;
    (*counted)->finish();
    if (count <= 0)
        return std::nullopt; // no such account
    if (const qint64 seconds = lockSeconds(count); seconds > 0) {
        const qint64 until = now.addSecs(seconds).toMSecsSinceEpoch();
        auto locked = m_db.exec(QStringLiteral("UPDATE staff SET locked_until = ? WHERE id = ? "
                                               "AND (locked_until IS NULL OR locked_until < ?)"),
                                {until, id, until});
        if (!locked) {
            qCWarning(lcStaff).noquote() << failed << logged(locked.error());
            return std::nullopt;
        }
        (*locked)->finish();
    }
    if (store::Status s = tx.commit(); !s) {
        qCWarning(lcStaff).noquote() << failed << logged(s.error());
        return std::nullopt;
    }
    return find(id);
}

bool StoredStaffRepository::clearWrongPins(qint64 id)
{
    auto r = m_db.exec(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?"), {id});
    if (!r) {
        qCWarning(lcStaff).noquote() << QStringLiteral("cannot clear wrong PINs of staff account %1:").arg(id)
                                     << logged(r.error());
        return false;
    }
    (*r)->finish();
    return true;
}

} // namespace holdfast::staff
