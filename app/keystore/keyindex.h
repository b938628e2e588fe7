// The non-secret index of which keychain entries exist, kept in QSettings so the UI can say "live keys
// stored" without unlocking the keychain. It holds entry names and nothing else, never a value.
#pragma once

#include "domain/mode.h"

#include <QStringList>
#include <memory>

class QSettings;

namespace holdfast::keystore {

class KeyIndex
{
public:
    // Uses `settings` (not owned) or, when null, the application's default QSettings.
    explicit KeyIndex(QSettings *settings = nullptr);
    ~KeyIndex();

    bool has(const QString &entry) const;
    void setPresent(const QString &entry, bool present);
    QStringList entries() const;
    // Both the secret (or restricted) and the publishable key of `mode` are stored.
    bool hasStripeKeys(Mode mode) const;
    bool hasWebhookSecret(Mode mode) const;

private:
    QSettings *settings() const;
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace holdfast::keystore
