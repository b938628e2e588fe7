#include "keystore/keystoreerror.h"

#include <QCoreApplication>

namespace holdfast::keystore {

namespace {
// Call sites mark their text with QT_TRANSLATE_NOOP under this same context, so lupdate files each
// message where this lookup finds it.
QString translated(const char *text)
{
    return QCoreApplication::translate("holdfast::keystore::KeyStore", text);
}
} // namespace

QString userMessage(KeyStoreError error)
{
    switch (error) {
    case KeyStoreError::None:
        return {};
    case KeyStoreError::NotFound:
        return translated(QT_TRANSLATE_NOOP("holdfast::keystore::KeyStore", "No key is stored here yet."));
    case KeyStoreError::NoKeychain:
        return translated(
            QT_TRANSLATE_NOOP("holdfast::keystore::KeyStore",
                              "The system keychain is not available, so Stripe keys cannot be stored safely. "
                              "Holdfast keeps working in training mode. Start your desktop's keyring "
                              "(for example GNOME Keyring or KWallet) and try again."));
    case KeyStoreError::AccessDenied:
        return translated(
            QT_TRANSLATE_NOOP("holdfast::keystore::KeyStore",
                              "The system keychain is locked or refused access. Unlock it and try again."));
    case KeyStoreError::Timeout:
        return translated(
            QT_TRANSLATE_NOOP("holdfast::keystore::KeyStore",
                              "The system keychain did not answer in time. Try again; if it keeps happening, "
                              "unlock or restart your keyring."));
    case KeyStoreError::Other:
        return translated(
            QT_TRANSLATE_NOOP("holdfast::keystore::KeyStore",
                              "The system keychain reported an error. The details are in the log."));
    }
    return {};
}

QString errorName(KeyStoreError error)
{
    switch (error) {
    case KeyStoreError::None:
        return QStringLiteral("none");
    case KeyStoreError::NotFound:
        return QStringLiteral("not-found");
    case KeyStoreError::NoKeychain:
        return QStringLiteral("no-keychain");
    case KeyStoreError::AccessDenied:
        return QStringLiteral("access-denied");
    case KeyStoreError::Timeout:
        return QStringLiteral("timeout");
    case KeyStoreError::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString KeyStoreResult::userMessage() const
{
    return keystore::userMessage(error);
}

} // namespace holdfast::keystore
