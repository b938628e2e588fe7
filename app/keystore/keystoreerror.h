// What can go wrong with a key store job, as a value with a translated message for the user and a
// technical detail for the log (never containing the secret itself).
#pragma once

#include <QString>

namespace holdfast::keystore {

enum class KeyStoreError {
    None,
    NotFound,     // no entry under that name
    NoKeychain,   // no Secret Service / keychain backend (e.g. no D-Bus session)
    AccessDenied, // keychain locked, or the user or system refused access
    Timeout,      // the keychain did not answer in time
    Other,
};

struct KeyStoreResult
{
    KeyStoreError error = KeyStoreError::None;
    QString detail; // technical, for the log; never a secret

    bool ok() const { return error == KeyStoreError::None; }
    QString userMessage() const;
};

QString userMessage(KeyStoreError error);
// Stable, untranslated name for logs ("no-keychain").
QString errorName(KeyStoreError error);

} // namespace holdfast::keystore
