// The asynchronous key store every part uses for secrets: read, write and remove jobs that always
// finish (with a value, a typed error, or a timeout) and report through a callback on the caller's
// thread, never synchronously from inside the call.
#pragma once

#include "domain/mode.h"
#include "keystore/keystoreerror.h"

#include <QObject>
#include <chrono>
#include <functional>

namespace holdfast::keystore {

// What a stored entry holds. The secret key slot holds either a secret (sk_) or restricted (rk_) key.
enum class KeyKind { SecretKey, PublishableKey, WebhookSecret };

// Scoped entry names under the one service: "live/secret_key", "test/publishable_key",
// "test/webhook_secret". Training mode has no stored keys: returns an empty string.
QString entryName(Mode mode, KeyKind kind);
QString postgresPasswordEntry(); // "postgres/password"

class KeyStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const KeyStoreResult &result, const QString &value)>;
    using DoneCallback = std::function<void(const KeyStoreResult &result)>;
    static constexpr std::chrono::milliseconds defaultTimeout{10000};

    explicit KeyStore(QObject *parent = nullptr);

    // The callback runs exactly once, later, from the event loop; not at all if this store is
    // destroyed first.
    void read(const QString &entry, ReadCallback done);
    void write(const QString &entry, const QString &value, DoneCallback done);
    void remove(const QString &entry, DoneCallback done); // removing a missing entry succeeds

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

signals:
    // After a successful write or remove. Carries the entry name, never the value.
    void entryChanged(const QString &entry);

protected:
    // Implementations call `finish` once (from any later point on this thread); a late call after
    // the timeout fired is ignored.
    using Completion = std::function<void(const KeyStoreResult &result, const QString &value)>;
    virtual void startRead(const QString &entry, Completion finish) = 0;
    virtual void startWrite(const QString &entry, const QString &value, Completion finish) = 0;
    virtual void startRemove(const QString &entry, Completion finish) = 0;

private:
    enum class Op { Read, Write, Remove };
    Completion guard(Op op, const QString &entry,
                     std::function<void(const KeyStoreResult &, const QString &)> deliver);

    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace holdfast::keystore
