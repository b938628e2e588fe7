// Stripe's idempotency: the first response to a key is stored and replayed; the same key with other
// parameters is an idempotency_error; the same key while the first request runs is a 409.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace holdfast::sandbox {

struct StoredResponse
{
    int status = 200;
    QByteArray body;
    QString requestId;
};

class IdempotencyStore
{
public:
    enum class Outcome { Fresh, Replay, InFlight, Mismatch };

    // Looks the key up and, when it is fresh, marks it in flight under this fingerprint.
    Outcome begin(const QString &key, const QByteArray &fingerprint, qint64 now, StoredResponse *replay);
    void complete(const QString &key, const StoredResponse &response, qint64 now);
    // The request ended in a way Stripe does not remember (429, validation error): forget the key.
    void abandon(const QString &key);
    void clear() { m_entries.clear(); }

    static constexpr qint64 lifetimeSeconds = 24 * 60 * 60;

private:
    struct Entry
    {
        QByteArray fingerprint;
        bool inFlight = true;
        qint64 created = 0;
        StoredResponse response;
    };
    void prune(qint64 now);

    QHash<QString, Entry> m_entries;
    qint64 m_lastPrune = 0;
};

} // namespace holdfast::sandbox
