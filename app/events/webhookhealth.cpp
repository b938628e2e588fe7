#include "events/webhookhealth.h"

#include "store/eventlog.h"
#include "store/keyvalues.h"

#include <QJsonDocument>

namespace holdfast::events {

namespace {
QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject WebhookHealth::toJson() const
{
    return QJsonObject{
        {QStringLiteral("status"), databaseReachable ? QStringLiteral("ok") : QStringLiteral("degraded")},
        {QStringLiteral("database"),
         databaseReachable ? QStringLiteral("ok") : QStringLiteral("unreachable")},
        {QStringLiteral("last_event_at"), timeOrNull(lastEventAt)},
        {QStringLiteral("last_event_id"), lastEventId},
        {QStringLiteral("last_event_type"), lastEventType},
        {QStringLiteral("last_failure_at"), timeOrNull(lastFailureAt)},
        {QStringLiteral("last_failure"), lastFailure},
        {QStringLiteral("events_waiting"), eventsWaiting}};
}

store::Result<WebhookHealth> WebhookHealth::read(store::Database &db)
{
    WebhookHealth h;
    store::EventLog log(db);
    const auto last = log.lastReceived();
    if (last) {
        h.lastEventAt = last->receivedAt;
        h.lastEventId = last->stripeEventId;
        h.lastEventType = last->type;
    } else if (last.error().kind() != store::StoreError::Kind::NotFound) {
        return last.error();
    }
    const auto waiting = log.countUnprocessed();
    if (!waiting)
        return waiting.error();
    h.eventsWaiting = *waiting;
    const auto failure = store::SyncCursors(db).get(failureKey());
    if (!failure)
        return failure.error();
    const QJsonObject f = QJsonDocument::fromJson(failure->toUtf8()).object();
    h.lastFailure = f.value(QLatin1String("why")).toString();
    h.lastFailureAt = QDateTime::fromString(f.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    const auto receiver = store::SyncCursors(db).get(receiverKey());
    if (!receiver)
        return receiver.error();
    const QJsonObject r = QJsonDocument::fromJson(receiver->toUtf8()).object();
    h.receiverSeenAt = QDateTime::fromString(r.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    h.receiverAddress = r.value(QLatin1String("address")).toString();
    return h;
}

store::Status WebhookHealth::recordReceiverAlive(store::Database &db, const QString &address, const QDateTime &at)
{
    const QJsonObject r{{QStringLiteral("address"), address},
                        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    return store::SyncCursors(db).set(receiverKey(),
                                      QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)));
}

store::Status WebhookHealth::recordFailure(store::Database &db, const QString &why, const QDateTime &at)
{
    const QJsonObject f{{QStringLiteral("why"), why},
                        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    return store::SyncCursors(db).set(failureKey(),
                                      QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact)));
}

} // namespace holdfast::events
