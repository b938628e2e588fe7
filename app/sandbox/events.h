// Records Stripe events for every state change and fans them out to the enabled webhook endpoints.
#pragma once

#include <QJsonObject>
#include <QString>

namespace holdfast::sandbox {

class SandboxClock;
class StateStore;
class WebhookDelivery;

// What caused a change: the API request (id and idempotency key), or nothing for automatic changes.
struct EventSource
{
    QString requestId;
    QString idempotencyKey;
};

class EventLog
{
public:
    EventLog(StateStore &store, SandboxClock &clock, WebhookDelivery &delivery);

    void record(const QString &type, const QJsonObject &object, const EventSource &source,
                const QJsonObject &previousAttributes = {});
    void markDelivered(const QString &eventId);
    void setApiVersion(const QString &version) { m_apiVersion = version; }

    static bool endpointWants(const QJsonObject &endpoint, const QString &type);

private:
    StateStore &m_store;
    SandboxClock &m_clock;
    WebhookDelivery &m_delivery;
    QString m_apiVersion;
};

} // namespace holdfast::sandbox
