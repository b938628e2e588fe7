#include "keystore/keyformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace holdfast::keystore {

namespace {
// Call sites mark their text with QT_TRANSLATE_NOOP under this same context, so lupdate files each
// message where this lookup finds it.
QString translated(const char *text)
{
    return QCoreApplication::translate("holdfast::keystore::KeyFormat", text);
}
} // namespace

KeyInfo classifyKey(const QString &key)
{
    static const QRegularExpression apiKey(QStringLiteral("\\A(sk|rk|pk)_(test|live)_[A-Za-z0-9]{8,}\\z"));
    static const QRegularExpression webhook(QStringLiteral("\\Awhsec_[A-Za-z0-9+/=]{8,}\\z"));
    if (webhook.match(key).hasMatch())
        return {KeyType::WebhookSecret, std::nullopt};
    const auto m = apiKey.match(key);
    if (!m.hasMatch())
        return {};
    const QString kind = m.captured(1);
    const KeyType type = kind == QLatin1String("sk")   ? KeyType::Secret
                         : kind == QLatin1String("rk") ? KeyType::Restricted
                                                       : KeyType::Publishable;
    return {type, m.captured(2) == QLatin1String("live") ? Mode::Live : Mode::Test};
}

KeySetCheck checkKeySet(const StripeKeySet &keys)
{
    KeySetCheck check;
    const KeyInfo secret = classifyKey(keys.secretKey);
    const KeyInfo publishable = classifyKey(keys.publishableKey);

    if (keys.secretKey.isEmpty())
        check.problems << translated(
            QT_TRANSLATE_NOOP("holdfast::keystore::KeyFormat",
                              "Paste the secret or restricted key (it starts with rk_ or sk_)."));
    else if (secret.type == KeyType::Publishable)
        check.problems << translated(
            QT_TRANSLATE_NOOP("holdfast::keystore::KeyFormat",
                              "The secret key field holds a publishable key (pk_…). Paste the secret or "
                              "restricted key there."));
    else if (secret.type != KeyType::Secret && secret.type != KeyType::Restricted)
        check.problems << translated(
            QT_TRANSLATE_NOOP("holdfast::keystore::KeyFormat",
                              "The secret key is not in Stripe's format (rk_test_…, rk_live_…, sk_test_… or "
                              "sk_live_…). Copy it again from the Stripe Dashboard, without spaces."));

    if (keys.publishableKey.isEmpty())
        check.problems << translated(QT_TRANSLATE_NOOP("holdfast::keystore::KeyFormat",
                                                       "Paste the publishable key (it starts with pk_)."));
    else if (publishable.type != KeyType::Publishable)
        check.problems << translated(
            QT_TRANSLATE_NOOP("holdfast::keystore::KeyFormat",
                              "The publishable key is not in Stripe's format (pk_test_… or pk_live_…)."));

    if (!keys.webhookSecret.isEmpty() && classifyKey(keys.webhookSecret).type != KeyType::WebhookSecret)
        check.problems << translated(
            QT_TRANSLATE_NOOP("holdfast::keystore::KeyFormat",
                              "The webhook signing secret is not in Stripe's format (whsec_…)."));

    if (check.problems.isEmpty() && secret.mode != publishable.mode)
        check.problems << translated(
            QT_TRANSLATE_NOOP("holdfast::keystore::KeyFormat",
                              "The secret key and the publishable key belong to different modes (one test, "
                              "one live). Use both keys from the same mode."));

    if (check.problems.isEmpty()) {
        check.mode = secret.mode;
        check.restricted = secret.type == KeyType::Restricted;
    }
    return check;
}

} // namespace holdfast::keystore
