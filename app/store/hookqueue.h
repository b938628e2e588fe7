// The queue of post-payment actions: one marker per order, moved queued → started → done (or
// interrupted) only by compare-and-set, so an action runs once even when several processes look at
// the same database. Queued in the transaction that records the money arriving.
#pragma once

#include "store/storeerror.h"

#include <QList>
#include <QString>

namespace holdfast::store {

class Database;

class HookQueue
{
public:
    explicit HookQueue(Database &db) : m_db(db) {}

    // Inside the caller's transaction: marks orderId's action due and writes "hook.queued" to its
    // timeline with `why`. A second call for the same order changes nothing and returns false.
    Result<bool> queue(qint64 orderId, const QString &why);
    // Orders whose marker starts with `state` ("queued:", "started:"…), oldest first.
    Result<QList<qint64>> inState(const QString &state);
    // "queued:…", "started:…", "done:…", "interrupted:…" or empty.
    Result<QString> marker(qint64 orderId);
    Status setMarker(qint64 orderId, const QString &value);
    // Moves the marker to `value` only if it still starts with `expectedPrefix`; true when it did.
    Result<bool> compareAndSet(qint64 orderId, const QString &expectedPrefix, const QString &value);
    // A marker's value: state and the store clock's time ("queued:2026-12-07T15:00:00.000Z").
    QString stamped(const QString &state) const;

private:
    Database &m_db;
};

} // namespace holdfast::store
