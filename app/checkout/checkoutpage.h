// The checkout page Holdfast ships: the Payment Element, filled in with only the publishable key,
// the client secret and the return URL, under a Content-Security-Policy with a fresh nonce.
#pragma once

#include <QString>
#include <QUrl>

namespace holdfast::checkout {

struct CheckoutPageParameters
{
    QString publishableKey;
    QString clientSecret;
    QUrl returnUrl;
    QUrl stripeJsUrl;   // https://js.stripe.com/v3/ in test and live mode, the sandbox's /v3/ in training
    QString payLabel;   // "Pay $60.00", already translated
    QString language;   // BCP 47, e.g. "en" or "de"
    bool dark = false;  // the till's palette is dark: the Payment Element's "night" theme
};

class CheckoutPage
{
public:
    // The HTML, or an empty string if a parameter is unusable (a key that is not a publishable key,
    // a client secret of the wrong shape): the page must never carry anything else.
    static QString render(const CheckoutPageParameters &parameters, QString *error = nullptr);
    // The Content-Security-Policy the page carries for a given Stripe.js location and nonce.
    static QString contentSecurityPolicy(const QUrl &stripeJsUrl, const QString &nonce);
    // The Payment Element's `locale` for Holdfast's language ("de", "en-GB"…; "auto" if unusable).
    static QString elementsLocale(const QString &bcp47);
};

} // namespace holdfast::checkout
