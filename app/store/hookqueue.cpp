#include "store/hookqueue.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/keyvalues.h"

#include <QSqlQuery>

namespace holdfast::store {

namespace {

const QString markerPrefix = QStringLiteral("post_payment_hook/");

QString markerName(qint64 orderId)
{
    return markerPrefix + QString::number(orderId);
}

} // namespace

QString HookQueue::stamped(const QString &state) const
{
    return state + m_db.now().toString(Qt::ISODateWithMs);
}

Result<bool> HookQueue::queue(qint64 orderId, const QString &why)
{
    SyncCursors cursors(m_db);
    const auto existing = cursors.get(markerName(orderId));
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return false;
    if (auto s = cursors.set(markerName(orderId), stamped(QStringLiteral("queued:"))); !s)
        return s.error();
    AuditEntry e;
    e.actor = QStringLiteral("events");
    e.action = QStringLiteral("hook.queued");
    e.orderId = orderId;
    e.outcome = QStringLiteral("ok");
    e.detail = why;
    if (auto s = AuditLog(m_db).append(e); !s)
        return s.error();
    return true;
}

Result<QList<qint64>> HookQueue::inState(const QString &state)
{
    auto r = m_db.exec(QStringLiteral("SELECT name FROM sync_cursors WHERE name LIKE ? AND value LIKE ? "
                                      "ORDER BY updated_at, name"),
                       {QString(markerPrefix + QLatin1Char('%')), QString(state + QLatin1Char('%'))});
    if (!r)
        return r.error();
    QList<qint64> ids;
    while ((*r)->next())
        ids.append((*r)->value(0).toString().mid(markerPrefix.size()).toLongLong());
    return ids;
}

Result<QString> HookQueue::marker(qint64 orderId)
{
    return SyncCursors(m_db).get(markerName(orderId));
}

Status HookQueue::setMarker(qint64 orderId, const QString &value)
{
    return SyncCursors(m_db).set(markerName(orderId), value);
}

Result<bool> HookQueue::compareAndSet(qint64 orderId, const QString &expectedPrefix, const QString &value)
{
    auto r = m_db.exec(
        QStringLiteral("UPDATE sync_cursors SET value = ?, updated_at = ? WHERE name = ? AND value LIKE ?"),
        {value, m_db.now().toMSecsSinceEpoch(), markerName(orderId), QString(expectedPrefix + QLatin1Char('%'))});
    if (!r)
        return r.error();
    return (*r)->numRowsAffected() == 1;
}

} // namespace holdfast::store
