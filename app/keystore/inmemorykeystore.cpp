#include "keystore/inmemorykeystore.h"

namespace holdfast::keystore {

InMemoryKeyStore::InMemoryKeyStore(QObject *parent) : KeyStore(parent) {}

bool InMemoryKeyStore::failed(const Completion &finish)
{
    if (m_unresponsive)
        return true;
    if (m_failure == KeyStoreError::None)
        return false;
    finish(KeyStoreResult{m_failure, QStringLiteral("simulated by InMemoryKeyStore")}, QString());
    return true;
}

void InMemoryKeyStore::startRead(const QString &entry, Completion finish)
{
    if (failed(finish))
        return;
    const auto it = m_entries.constFind(entry);
    if (it == m_entries.constEnd())
        finish(KeyStoreResult{KeyStoreError::NotFound, QStringLiteral("no entry")}, QString());
    else
        finish(KeyStoreResult{}, *it);
}

void InMemoryKeyStore::startWrite(const QString &entry, const QString &value, Completion finish)
{
    if (failed(finish))
        return;
    m_entries.insert(entry, value);
    finish(KeyStoreResult{}, QString());
}

void InMemoryKeyStore::startRemove(const QString &entry, Completion finish)
{
    if (failed(finish))
        return;
    // Like the Secret Service: removing a missing entry is not an error.
    m_entries.remove(entry);
    finish(KeyStoreResult{}, QString());
}

} // namespace holdfast::keystore
