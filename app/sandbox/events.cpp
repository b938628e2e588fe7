#include "sandbox/events.h"

#include "sandbox/sandboxclock.h"
#include "sandbox/statestore.h"
#include "sandbox/webhookdelivery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace holdfast::sandbox {

EventLog::EventLog(StateStore &store, SandboxClock &clock, WebhookDelivery &delivery)
    : m_store(store)
    , m_clock(clock)
    , m_delivery(delivery)
{
}

bool EventLog::endpointWants(const QJsonObject &endpoint, const QString &type)
{
    if (endpoint.value(u"status").toString() != u"enabled")
        return false;
    const QJsonArray wanted = endpoint.value(u"enabled_events").toArray();
    for (const QJsonValue &w : wanted) {
        const QString pattern = w.toString();
        if (pattern == u"*" || pattern == type)
            return true;
        if (pattern.endsWith(u".*") && type.startsWith(pattern.chopped(1)))
            return true;
    }
    return false;
}

void EventLog::record(const QString &type, const QJsonObject &object, const EventSource &source,
                      const QJsonObject &previousAttributes)
{
    QList<QJsonObject> targets;
    for (const QJsonObject &endpoint : m_store.all(QStringLiteral("webhook_endpoint"))) {
        if (endpointWants(endpoint, type))
            targets.append(endpoint);
    }
    QJsonObject data{{QStringLiteral("object"), object}};
    if (!previousAttributes.isEmpty())
        data.insert(QStringLiteral("previous_attributes"), previousAttributes);
    const QJsonObject event{
        {QStringLiteral("id"), StateStore::newId(QStringLiteral("evt_"))},
        {QStringLiteral("object"), QStringLiteral("event")},
        {QStringLiteral("api_version"), m_apiVersion},
        {QStringLiteral("created"), m_clock.now()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("pending_webhooks"), targets.size()},
        {QStringLiteral("type"), type},
        {QStringLiteral("data"), data},
        {QStringLiteral("request"),
         QJsonObject{{QStringLiteral("id"), source.requestId.isEmpty() ? QJsonValue() : QJsonValue(source.requestId)},
                     {QStringLiteral("idempotency_key"), source.idempotencyKey.isEmpty()
                                                             ? QJsonValue()
                                                             : QJsonValue(source.idempotencyKey)}}},
    };
    m_store.put(QStringLiteral("event"), event);
    const QByteArray payload = QJsonDocument(event).toJson(QJsonDocument::Indented);
    for (const QJsonObject &endpoint : targets) {
        m_delivery.deliver(event.value(u"id").toString(), endpoint.value(u"id").toString(), payload,
                           QUrl(endpoint.value(u"url").toString()),
                           endpoint.value(u"_secret").toString().toUtf8());
    }
}

void EventLog::markDelivered(const QString &eventId)
{
    auto event = m_store.find(QStringLiteral("event"), eventId);
    if (!event)
        return;
    event->insert(QStringLiteral("pending_webhooks"), std::max<qint64>(0, event->value(u"pending_webhooks").toInteger() - 1));
    m_store.put(QStringLiteral("event"), *event);
}

} // namespace holdfast::sandbox
