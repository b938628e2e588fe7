// Recognises Stripe key formats before anything is stored: which kind of key a pasted string is, which
// mode it belongs to, and whether a secret and a publishable key belong together.
#pragma once

#include "domain/mode.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace holdfast::keystore {

enum class KeyType { Unknown, Secret, Restricted, Publishable, WebhookSecret };

struct KeyInfo
{
    KeyType type = KeyType::Unknown;
    std::optional<Mode> mode; // Test or Live; none for webhook secrets and unknown strings
};

// Classifies a key by prefix and shape (sk_/rk_/pk_ + test_/live_ + at least 8 letters or digits;
// whsec_ + at least 8 base64-ish characters). Surrounding whitespace is not accepted.
KeyInfo classifyKey(const QString &key);

// The keys a mode needs. The webhook secret is optional (single-till polling does not need one).
struct StripeKeySet
{
    QString secretKey; // sk_ or rk_
    QString publishableKey;
    QString webhookSecret;
};

struct KeySetCheck
{
    std::optional<Mode> mode; // the mode the keys belong to, when they are valid
    QStringList problems;     // translated, never containing a key
    bool restricted = false;  // the secret slot holds a restricted key (recommended)

    bool ok() const { return problems.isEmpty() && mode.has_value(); }
};

// Checks format and that the secret and publishable keys are of the same mode.
KeySetCheck checkKeySet(const StripeKeySet &keys);

} // namespace holdfast::keystore
