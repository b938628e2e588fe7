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

    QJsonObject toJson() const;

    static store::Result<WebhookHealth> read(store::Database &db);
    // Remembers a failure (bad signature, store error) for the next read.
    static store::Status recordFailure(store::Database &db, const QString &why, const QDateTime &at);
    static QString failureKey() { return QStringLiteral("events.last_failure"); }
};

} // namespace holdfast::events
