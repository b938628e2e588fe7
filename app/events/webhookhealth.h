// How well Holdfast is hearing from Stripe, for the Events page and /healthz: the last event
// received, the last failure and why, and how many stored events still wait to be applied.
// Read from the database, so a till sees what holdfast-webhooks on the server recorded.
#pragma once

#include "store/storeerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace holdfast::store {
class Database;
}

namespace holdfast::events {

struct WebhookHealth
{
    bool databaseReachable = true;
    QDateTime lastEventAt; // when Holdfast received it
    QString lastEventId;
    QString lastEventType;
    QDateTime lastFailureAt;
    QString lastFailure; // technical, never a secret or a signature
    qint64 eventsWaiting = 0;
    // When a holdfast-webhooks process last said it was listening for this database (invalid: never).
    QDateTime receiverSeenAt;
    QString receiverAddress; // where it listens, e.g. "127.0.0.1:8443"
    // How often a running receiver says so; a till counts it gone after three missed beats.
    static constexpr int receiverBeatSeconds = 20;
    bool receiverAlive(const QDateTime &now) const
    {
        return receiverSeenAt.isValid() && receiverSeenAt.secsTo(now) <= 3 * receiverBeatSeconds;
    }

    QJsonObject toJson() const;

    static store::Result<WebhookHealth> read(store::Database &db);
    // Remembers a failure (bad signature, store error) for the next read.
    static store::Status recordFailure(store::Database &db, const QString &why, const QDateTime &at);
    static QString failureKey() { return QStringLiteral("events.last_failure"); }
    // A running receiver's heartbeat, so every till can say whether webhooks are arriving.
    static store::Status recordReceiverAlive(store::Database &db, const QString &address, const QDateTime &at);
    static QString receiverKey() { return QStringLiteral("events.webhooks.receiver"); }
};

} // namespace holdfast::events
