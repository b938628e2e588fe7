#include "keystore/stripekeys.h"

#include <QPointer>
#include <memory>

namespace holdfast::keystore {

StripeKeys::StripeKeys(KeyStore &store, KeyIndex &index, QObject *parent)
    : QObject(parent), m_store(store), m_index(index)
{
}

void StripeKeys::save(const StripeKeySet &keys, std::function<void(const SaveResult &)> done)
{
    SaveResult result;
    result.check = checkKeySet(keys);
    if (!result.check.ok()) {
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    const Mode mode = *result.check.mode;
    QList<Step> steps{{entryName(mode, KeyKind::SecretKey), keys.secretKey},
                      {entryName(mode, KeyKind::PublishableKey), keys.publishableKey}};
    if (!keys.webhookSecret.isEmpty())
        steps.append({entryName(mode, KeyKind::WebhookSecret), keys.webhookSecret});
    writeSteps(steps, mode, [done, result](const KeyStoreResult &stored) mutable {
        result.stored = stored;
        done(result);
    });
}

void StripeKeys::writeSteps(QList<Step> steps, Mode mode, std::function<void(const KeyStoreResult &)> done)
{
    if (steps.isEmpty()) {
        emit keysChanged(mode);
        done(KeyStoreResult{});
        return;
    }
    const Step step = steps.takeFirst();
    QPointer<StripeKeys> self(this);
    m_store.write(step.first, step.second, [self, step, steps, mode, done](const KeyStoreResult &r) {
        if (!self)
            return;
        if (!r.ok()) {
            self->emit keysChanged(mode);
            done(r);
            return;
        }
        self->m_index.setPresent(step.first, true);
        self->writeSteps(steps, mode, done);
    });
}

void StripeKeys::load(Mode mode, std::function<void(const KeyStoreResult &, const StripeKeySet &)> done)
{
    auto keys = std::make_shared<StripeKeySet>();
    QPointer<StripeKeys> self(this);
    m_store.read(entryName(mode, KeyKind::SecretKey), [=](const KeyStoreResult &r, const QString &secret) {
        if (!self)
            return;
        if (!r.ok())
            return done(r, StripeKeySet{});
        keys->secretKey = secret;
        self->m_store.read(entryName(mode, KeyKind::PublishableKey),
                           [=](const KeyStoreResult &r2, const QString &pk) {
                               if (!self)
                                   return;
                               if (!r2.ok())
                                   return done(r2, StripeKeySet{});
                               keys->publishableKey = pk;
                               self->m_store.read(entryName(mode, KeyKind::WebhookSecret),
                                                  [=](const KeyStoreResult &r3, const QString &wh) {
                                                      if (r3.ok())
                                                          keys->webhookSecret = wh;
                                                      if (!r3.ok() && r3.error != KeyStoreError::NotFound)
                                                          return done(r3, StripeKeySet{});
                                                      done(KeyStoreResult{}, *keys);
                                                  });
                           });
    });
}

void StripeKeys::remove(Mode mode, KeyStore::DoneCallback done)
{
    removeSteps({entryName(mode, KeyKind::SecretKey), entryName(mode, KeyKind::PublishableKey),
                 entryName(mode, KeyKind::WebhookSecret)},
                mode, std::move(done));
}

void StripeKeys::removeSteps(QStringList entries, Mode mode, KeyStore::DoneCallback done)
{
    if (entries.isEmpty()) {
        emit keysChanged(mode);
        if (done)
            done(KeyStoreResult{});
        return;
    }
    const QString entry = entries.takeFirst();
    QPointer<StripeKeys> self(this);
    m_store.remove(entry, [self, entry, entries, mode, done](const KeyStoreResult &r) {
        if (!self)
            return;
        if (!r.ok() && r.error != KeyStoreError::NotFound) {
            self->emit keysChanged(mode);
            if (done)
                done(r);
            return;
        }
        self->m_index.setPresent(entry, false);
        self->removeSteps(entries, mode, done);
    });
}

} // namespace holdfast::keystore
