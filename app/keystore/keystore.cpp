#include "keystore/keystore.h"

#include "diagnostics/logging.h"

#include <QPointer>
#include <QTimer>
#include <memory>

namespace holdfast::keystore {

QString entryName(Mode mode, KeyKind kind)
{
    if (mode == Mode::Training)
        return {};
    QString suffix;
    switch (kind) {
    case KeyKind::SecretKey:
        suffix = QStringLiteral("secret_key");
        break;
    case KeyKind::PublishableKey:
        suffix = QStringLiteral("publishable_key");
        break;
    case KeyKind::WebhookSecret:
        suffix = QStringLiteral("webhook_secret");
        break;
    }
    return mode::name(mode) + u'/' + suffix;
}

QString postgresPasswordEntry()
{
    return QStringLiteral("postgres/password");
}

KeyStore::KeyStore(QObject *parent) : QObject(parent) {}

KeyStore::Completion KeyStore::guard(Op op, const QString &entry,
                                     std::function<void(const KeyStoreResult &, const QString &)> deliver)
{
    auto finished = std::make_shared<bool>(false);
    auto once = [this, op, entry, finished, deliver](const KeyStoreResult &result, const QString &value) {
        if (*finished)
            return;
        *finished = true;
        if (!result.ok() && result.error != KeyStoreError::NotFound)
            qCWarning(lcKeys) << "keychain job on" << entry << "failed:" << errorName(result.error)
                              << result.detail;
        if (result.ok() && op != Op::Read)
            emit entryChanged(entry);
        // Always later, from the event loop, so callers never see a callback inside their call.
        QMetaObject::invokeMethod(
            this, [deliver, result, value] { deliver(result, value); }, Qt::QueuedConnection);
    };
    QTimer::singleShot(m_timeout, this, [once, timeout = m_timeout] {
        once(KeyStoreResult{KeyStoreError::Timeout,
                            QStringLiteral("no answer within %1 ms").arg(timeout.count())},
             QString());
    });
    return once;
}

void KeyStore::read(const QString &entry, ReadCallback done)
{
    startRead(entry, guard(Op::Read, entry, [done](const KeyStoreResult &r, const QString &v) {
                  if (done)
                      done(r, r.ok() ? v : QString());
              }));
}

void KeyStore::write(const QString &entry, const QString &value, DoneCallback done)
{
    startWrite(entry, value, guard(Op::Write, entry, [done](const KeyStoreResult &r, const QString &) {
                   if (done)
                       done(r);
               }));
}

void KeyStore::remove(const QString &entry, DoneCallback done)
{
    startRemove(entry, guard(Op::Remove, entry, [done](const KeyStoreResult &r, const QString &) {
                    if (done)
                        done(r);
                }));
}

} // namespace holdfast::keystore
