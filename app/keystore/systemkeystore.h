// The key store over the operating system's keychain (QtKeychain: Secret Service on Linux, macOS
// Keychain, Windows Credential Manager). One service name, scoped entry names. There is no plain-text
// fallback: without a keychain every job fails with KeyStoreError::NoKeychain.
#pragma once

#include "keystore/keystore.h"

namespace holdfast::keystore {

class SystemKeyStore : public KeyStore
{
    Q_OBJECT
public:
    static QString defaultServiceName() { return QStringLiteral("Holdfast"); }

    explicit SystemKeyStore(QObject *parent = nullptr);
    // Tests use their own service name so they never touch a real installation's entries.
    explicit SystemKeyStore(const QString &serviceName, QObject *parent = nullptr);

    QString serviceName() const { return m_service; }
    // Quick check without starting a job: false when no keychain can possibly answer (on Linux: no
    // D-Bus session bus, or no org.freedesktop.secrets service on it). `why` gets a technical reason.
    static bool keychainReachable(QString *why = nullptr);

protected:
    void startRead(const QString &entry, Completion finish) override;
    void startWrite(const QString &entry, const QString &value, Completion finish) override;
    void startRemove(const QString &entry, Completion finish) override;

private:
    QString m_service;
};

} // namespace holdfast::keystore
