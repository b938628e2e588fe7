#include "store/eventlog.h"

#include "store/database.h"
#include "store/rows.h"

#include <QSqlQuery>

namespace holdfast::store {

namespace {

constexpr char16_t columns[] =
    u"id, stripe_event_id, type, object_id, created, livemode, payload, received_at, processed, processed_at";

StoredEvent eventFrom(const QSqlQuery &q)
{
    StoredEvent e;
    e.id = q.value(0).toLongLong();
    e.stripeEventId = q.value(1).toString();
    e.type = q.value(2).toString();
    e.objectId = q.value(3).toString();
    e.created = QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    e.livemode = q.value(5).toInt() != 0;
    e.payload = q.value(6).toString().toUtf8();
    e.receivedAt = rows::timeFrom(q.value(7));
    e.processed = q.value(8).toInt() != 0;
    e.processedAt = rows::timeFrom(q.value(9));
    return e;
}

} // namespace

Result<bool> EventLog::storeIfNew(const StoredEvent &event)
{
    if (event.stripeEventId.isEmpty())
        return StoreError(StoreError::Kind::Invalid, QStringLiteral("event without an id"));
    const QDateTime received = event.receivedAt.isValid() ? event.receivedAt : m_db.now();
    auto r = m_db.exec(QStringLiteral("INSERT INTO events (stripe_event_id, type, object_id, created, livemode, payload, "
                                      "received_at, processed) VALUES (?, ?, ?, ?, ?, ?, ?, 0) "
                                      "ON CONFLICT (stripe_event_id) DO NOTHING"),
                       {event.stripeEventId, event.type, event.objectId,
                        event.created.isValid() ? event.created.toSecsSinceEpoch() : qint64(0),
                        event.livemode ? 1 : 0, QString::fromUtf8(event.payload), received.toMSecsSinceEpoch()});
    if (!r)
        return r.error();
    return (*r)->numRowsAffected() == 1;
}

Status EventLog::markProcessed(const QString &stripeEventId)
{
    auto r = m_db.exec(QStringLiteral("UPDATE events SET processed = 1, processed_at = ? WHERE stripe_event_id = ?"),
                       {m_db.now().toMSecsSinceEpoch(), stripeEventId});
    if (!r)
        return r.error();
    if ((*r)->numRowsAffected() != 1)
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("no event %1").arg(stripeEventId));
    return {};
}

Result<QList<StoredEvent>> EventLog::collect(const QString &rest, const QVariantList &args)
{
    auto r = m_db.exec(QStringLiteral("SELECT ") + QString::fromUtf16(columns) + QStringLiteral(" FROM events ") + rest,
                       args);
    if (!r)
        return r.error();
    QList<StoredEvent> events;
    while ((*r)->next())
        events.append(eventFrom(**r));
    return events;
}

Result<StoredEvent> EventLog::get(const QString &stripeEventId)
{
    auto events = collect(QStringLiteral("WHERE stripe_event_id = ?"), {stripeEventId});
    if (!events)
        return events.error();
    if (events->isEmpty())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("no event %1").arg(stripeEventId));
    return events->first();
}

Result<QList<StoredEvent>> EventLog::unprocessed(int limit)
{
    return collect(QStringLiteral("WHERE processed = 0 ORDER BY created, id LIMIT ?"), {limit});
}

Result<qint64> EventLog::countUnprocessed()
{
    auto r = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE processed = ?"), {0});
    if (!r)
        return r.error();
    const qint64 n = (*r)->next() ? (*r)->value(0).toLongLong() : 0;
    (*r)->finish();
    return n;
}

Result<QList<StoredEvent>> EventLog::forObject(const QString &objectId)
{
    return collect(QStringLiteral("WHERE object_id = ? ORDER BY created, id"), {objectId});
}

Result<StoredEvent> EventLog::lastReceived()
{
    auto events = collect(QStringLiteral("ORDER BY id DESC LIMIT ?"), {1});
    if (!events)
        return events.error();
    if (events->isEmpty())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("no events yet"));
    return events->first();
}

Result<QList<StoredEvent>> EventLog::recent(int limit)
{
    auto r = m_db.exec(QStringLiteral("SELECT stripe_event_id, type, object_id, created, received_at, processed "
                                      "FROM events ORDER BY id DESC LIMIT ?"),
                       {limit});
    if (!r)
        return r.error();
    QList<StoredEvent> events;
    while ((*r)->next()) {
        StoredEvent e;
        e.stripeEventId = (*r)->value(0).toString();
        e.type = (*r)->value(1).toString();
        e.objectId = (*r)->value(2).toString();
        e.created = QDateTime::fromSecsSinceEpoch((*r)->value(3).toLongLong(), Qt::UTC);
        e.receivedAt = QDateTime::fromMSecsSinceEpoch((*r)->value(4).toLongLong(), Qt::UTC);
        e.processed = (*r)->value(5).toInt() != 0;
        events.append(e);
    }
    (*r)->finish();
    return events;
}

} // namespace holdfast::store
