// Stripe keys per mode on top of a KeyStore: saves a validated set, loads it, removes it, and keeps
// the non-secret KeyIndex in step. The Settings → Stripe page and the Stripe client's setup use it.
#pragma once

#include "keystore/keyformat.h"
#include "keystore/keyindex.h"
#include "keystore/keystore.h"

#include <QObject>
#include <functional>

namespace holdfast::keystore {

struct SaveResult
{
    KeySetCheck check;     // format problems: nothing was written
    KeyStoreResult stored; // the keychain's answer when the format was fine

    bool ok() const { return check.ok() && stored.ok(); }
    QString userMessage() const { return check.ok() ? stored.userMessage() : check.problems.join(u'\n'); }
};

class StripeKeys : public QObject
{
    Q_OBJECT
public:
    StripeKeys(KeyStore &store, KeyIndex &index, QObject *parent = nullptr);

    // Validates, then writes secret, publishable and (when given) webhook secret under the keys' mode.
    void save(const StripeKeySet &keys, std::function<void(const SaveResult &)> done);
    // Loads a mode's keys; NotFound when the secret or publishable key is missing. No webhook secret is
    // not an error (the field stays empty).
    void load(Mode mode, std::function<void(const KeyStoreResult &, const StripeKeySet &)> done);
    // Removes all of a mode's entries.
    void remove(Mode mode, KeyStore::DoneCallback done);

    bool hasKeys(Mode mode) const { return m_index.hasStripeKeys(mode); }
    KeyStore &store() { return m_store; }

signals:
    void keysChanged(holdfast::Mode mode);

private:
    using Step = std::pair<QString, QString>; // entry, value
    void writeSteps(QList<Step> steps, Mode mode, std::function<void(const KeyStoreResult &)> done);
    void removeSteps(QStringList entries, Mode mode, KeyStore::DoneCallback done);

    KeyStore &m_store;
    KeyIndex &m_index;
};

} // namespace holdfast::keystore
