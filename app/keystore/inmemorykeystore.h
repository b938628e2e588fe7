// A key store in memory, behind the same interface, for unit tests: can pretend to have no keychain,
// be locked, or never answer (to exercise timeouts).
#pragma once

#include "keystore/keystore.h"

#include <QHash>

namespace holdfast::keystore {

class InMemoryKeyStore : public KeyStore
{
    Q_OBJECT
public:
    explicit InMemoryKeyStore(QObject *parent = nullptr);

    // Every following job fails with this error (None: behave normally).
    void setFailure(KeyStoreError error) { m_failure = error; }
    // Jobs never finish: the store's timeout must end them.
    void setUnresponsive(bool unresponsive) { m_unresponsive = unresponsive; }
    bool contains(const QString &entry) const { return m_entries.contains(entry); }
    qsizetype size() const { return m_entries.size(); }

protected:
    void startRead(const QString &entry, Completion finish) override;
    void startWrite(const QString &entry, const QString &value, Completion finish) override;
    void startRemove(const QString &entry, Completion finish) override;

private:
    bool failed(const Completion &finish);

    QHash<QString, QString> m_entries;
    KeyStoreError m_failure = KeyStoreError::None;
    bool m_unresponsive = false;
};

} // namespace holdfast::keystore
