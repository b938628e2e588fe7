#include "store/stafftable.h"

#include "store/database.h"

#include <QSqlQuery>

namespace holdfast::store {

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

StaffRow rowFrom(const QSqlQuery &q)
{
    StaffRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.role = q.value(2).toString();
    r.pinHash = q.value(3).toString().toLatin1();
    r.failedAttempts = q.value(4).toInt();
    r.lockedUntil = timeFrom(q.value(5));
    r.active = q.value(6).toInt() != 0;
    return r;
}

} // namespace

Result<QList<StaffRow>> StaffTable::list()
{
    auto r = m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM staff ORDER BY id"));
    if (!r)
        return r.error();
    QList<StaffRow> rows;
    while ((*r)->next())
        rows.append(rowFrom(**r));
    (*r)->finish();
    return rows;
}

Result<std::optional<StaffRow>> StaffTable::find(qint64 id)
{
    auto r = m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM staff WHERE id = ?"), {id});
    if (!r)
        return r.error();
    std::optional<StaffRow> found;
    if ((*r)->next())
        found = rowFrom(**r);
    (*r)->finish();
    return found;
}

Result<qint64> StaffTable::add(const StaffRow &row)
{
    // In a transaction so that a connection lost mid-way is never retried into a second account.
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO staff (name, role, pin_hash, failed_attempts, locked_until, "
                                      "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {row.name, row.role, QString::fromLatin1(row.pinHash), row.failedAttempts,
                        timeTo(row.lockedUntil), row.active ? 1 : 0, m_db.now().toMSecsSinceEpoch()});
    if (!r)
        return r.error();
    const qint64 id = (*r)->next() ? (*r)->value(0).toLongLong() : 0;
    (*r)->finish();
    if (id <= 0)
        return StoreError(StoreError::Kind::Internal, QStringLiteral("INSERT … RETURNING gave no id"));
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<bool> StaffTable::update(const StaffRow &row)
{
    auto r = m_db.exec(QStringLiteral("UPDATE staff SET name = ?, role = ?, pin_hash = ?, failed_attempts = ?, "
                                      "locked_until = ?, active = ? WHERE id = ?"),
                       {row.name, row.role, QString::fromLatin1(row.pinHash), row.failedAttempts,
                        timeTo(row.lockedUntil), row.active ? 1 : 0, row.id});
    if (!r)
        return r.error();
    const int changed = (*r)->numRowsAffected();
    (*r)->finish();
    return changed == 1;
}

Result<int> StaffTable::countWrongPin(qint64 id)
{
    // The increment happens in the database: a count read and written back could lose the other
    // till's wrong PIN.
    auto r = m_db.exec(
        QStringLiteral("UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE id = ? RETURNING failed_attempts"),
        {id});
    if (!r)
        return r.error();
    const int count = (*r)->next() ? (*r)->value(0).toInt() : 0;
    (*r)->finish();
    return count;
}

Status StaffTable::lockUntil(qint64 id, const QDateTime &until)
{
    const qint64 ms = until.toMSecsSinceEpoch();
    auto r = m_db.exec(QStringLiteral("UPDATE staff SET locked_until = ? WHERE id = ? "
                                      "AND (locked_until IS NULL OR locked_until < ?)"),
                       {ms, id, ms});
    if (!r)
        return r.error();
    (*r)->finish();
    return {};
}

Status StaffTable::clearWrongPins(qint64 id)
{
    auto r = m_db.exec(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?"), {id});
    if (!r)
        return r.error();
    (*r)->finish();
    return {};
}

} // namespace holdfast::store
