#include "sandbox/idempotency.h"

namespace holdfast::sandbox {

IdempotencyStore::Outcome IdempotencyStore::begin(const QString &key, const QByteArray &fingerprint, qint64 now,
                                                  StoredResponse *replay)
{
    prune(now);
    auto it = m_entries.find(key);
    if (it != m_entries.end() && !it->inFlight && it->created + lifetimeSeconds <= now) {
        m_entries.erase(it);
        it = m_entries.end();
    }
    if (it == m_entries.end()) {
        m_entries.insert(key, Entry{fingerprint, true, now, {}});
        return Outcome::Fresh;
    }
    if (it->fingerprint != fingerprint)
        return Outcome::Mismatch;
    if (it->inFlight)
        return Outcome::InFlight;
    *replay = it->response;
    return Outcome::Replay;
}

void IdempotencyStore::complete(const QString &key, const StoredResponse &response, qint64 now)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->inFlight = false;
    it->created = now;
    it->response = response;
}

void IdempotencyStore::abandon(const QString &key)
{
    m_entries.remove(key);
}

void IdempotencyStore::prune(qint64 now)
{
    // Pruning on every request would be quadratic under load; once a sandbox minute is plenty.
    if (now - m_lastPrune < 60)
        return;
    m_lastPrune = now;
    m_entries.removeIf([now](const auto &it) {
        return !it.value().inFlight && it.value().created + lifetimeSeconds <= now;
    });
}

} // namespace holdfast::sandbox
