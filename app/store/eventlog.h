// Stripe events as received, each stored once (by its evt_ id) whether it came from the poller or
// a webhook, with a processed flag so a crash between storing and applying is picked up again.
#pragma once

#include "store/storeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace holdfast::store {

class Database;

struct StoredEvent
{
    qint64 id = 0;
    QString stripeEventId; // evt_…
    QString type; // payment_intent.succeeded…
    QString objectId; // pi_…, ch_…, re_…
    QDateTime created; // Stripe's "created"
    bool livemode = false;
    QByteArray payload; // the event's JSON as received
    QDateTime receivedAt;
    bool processed = false;
    QDateTime processedAt;
};

class EventLog
{
public:
    explicit EventLog(Database &db) : m_db(db) {}

    // Insert-if-absent: true when this event id is new, false when it was already stored.
    Result<bool> storeIfNew(const StoredEvent &event);
    Status markProcessed(const QString &stripeEventId);
    Result<StoredEvent> get(const QString &stripeEventId);
    // Oldest first.
    Result<QList<StoredEvent>> unprocessed(int limit = 100);
    Result<qint64> countUnprocessed();
    // Everything that happened to one Stripe object, oldest first: for an order's timeline.
    Result<QList<StoredEvent>> forObject(const QString &objectId);
    // The newest received, for the webhook health display; NotFound when there is none.
    Result<StoredEvent> lastReceived();
    // The newest events by arrival, without their payloads (the Events page's list).
    Result<QList<StoredEvent>> recent(int limit = 200);

private:
    Result<QList<StoredEvent>> collect(const QString &where, const QVariantList &args);
    Database &m_db;
};

} // namespace holdfast::store
