#include "checkout/checkoutpage.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace holdfast::checkout {

namespace {

QString origin(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// JSON inside <script type="application/json"> must not be able to close the element.
QString scriptSafeJson(const QJsonObject &object)
{
    QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    json.replace(QLatin1Char('<'), QStringLiteral("\\u003c"));
    json.replace(QLatin1Char('>'), QStringLiteral("\\u003e"));
    json.replace(QLatin1Char('&'), QStringLiteral("\\u0026"));
    return json;
}

QString newNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toBase64());
}

} // namespace

QString CheckoutPage::elementsLocale(const QString &bcp47)
{
    // Stripe.js takes a language ("de") or a language with its region ("fr-CA", "pt-BR", "en-GB");
    // anything else it does not know it would refuse, so "auto" lets the browser decide instead.
    static const QRegularExpression tag(QStringLiteral("^[a-z]{2}(-[A-Z]{2})?$"));
    const QString t = bcp47.section(u'-', 0, 0).toLower()
                      + (bcp47.contains(u'-') ? QStringLiteral("-") + bcp47.section(u'-', 1, 1).toUpper() : QString());
    return tag.match(t).hasMatch() ? t : QStringLiteral("auto");
}

QString CheckoutPage::contentSecurityPolicy(const QUrl &stripeJsUrl, const QString &nonce)
{
    const QString js = origin(stripeJsUrl);
    const bool realStripe = stripeJsUrl.host() == QLatin1String("js.stripe.com");
    // Stripe's security guide (docs.stripe.com/security/guide#content-security-policy) lists what
    // Stripe.js needs: its scripts from js.stripe.com and *.js.stripe.com, its frames from those and
    // hooks.stripe.com (3-D Secure and redirects start there; an issuer's challenge page is framed
    // inside Stripe's frame, under Stripe's own policy), and its API. maps.googleapis.com, which the
    // guide adds for the Address Element's autocomplete, is left out: the page shows no address
    // form. The sandbox's stand-in serves all of it from its own loopback origin.
    const QString scripts = realStripe ? QStringLiteral("https://js.stripe.com https://*.js.stripe.com") : js;
    const QString frames = realStripe ? QStringLiteral("https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com")
                                      : js;
    const QString connect = realStripe ? QStringLiteral("https://api.stripe.com") : js;
    return QStringLiteral("default-src 'none'; script-src 'nonce-%1' %2; style-src 'unsafe-inline' %3; "
                          "frame-src %4; connect-src %5; img-src data: %3; font-src %3; "
                          "base-uri 'none'; form-action 'none'")
        .arg(nonce, scripts, js, frames, connect);
}

QString CheckoutPage::render(const CheckoutPageParameters &p, QString *error)
{
    static const QRegularExpression publishable(QStringLiteral("^pk_(test|live)_[A-Za-z0-9]+$"));
    static const QRegularExpression secret(QStringLiteral("^pi_[A-Za-z0-9]+_secret_[A-Za-z0-9]+$"));
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (!publishable.match(p.publishableKey).hasMatch())
        return fail(QStringLiteral("not a publishable key"));
    if (!secret.match(p.clientSecret).hasMatch())
        return fail(QStringLiteral("not a PaymentIntent client secret"));
    const QString scheme = p.stripeJsUrl.scheme();
    if (!p.stripeJsUrl.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return fail(QStringLiteral("Stripe.js location is not a web URL"));
    if (!p.returnUrl.isValid() || p.returnUrl.scheme() != scheme)
        return fail(QStringLiteral("return URL must use the page's scheme"));

    QFile file(QStringLiteral(":/checkout/checkout.html"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("checkout page resource missing"));
    QString html = QString::fromUtf8(file.readAll());
    const QString nonce = newNonce();
    // The Payment Element speaks the till's language and matches its light or dark palette.
    const QString language = p.language.isEmpty() ? QStringLiteral("en") : p.language;
    const QJsonObject config{{QStringLiteral("publishableKey"), p.publishableKey},
                             {QStringLiteral("clientSecret"), p.clientSecret},
                             {QStringLiteral("returnUrl"), p.returnUrl.toString(QUrl::FullyEncoded)},
                             {QStringLiteral("locale"), elementsLocale(language)},
                             {QStringLiteral("theme"), p.dark ? QStringLiteral("night") : QStringLiteral("stripe")}};
    html.replace(QStringLiteral("{{CSP}}"), htmlEscaped(contentSecurityPolicy(p.stripeJsUrl, nonce)));
    html.replace(QStringLiteral("{{NONCE}}"), nonce);
    html.replace(QStringLiteral("{{STRIPE_JS}}"), htmlEscaped(p.stripeJsUrl.toString(QUrl::FullyEncoded)));
    html.replace(QStringLiteral("{{PAY_LABEL}}"), htmlEscaped(p.payLabel));
    html.replace(QStringLiteral("{{LANG}}"), htmlEscaped(language));
    html.replace(QStringLiteral("{{CONFIG}}"), scriptSafeJson(config));
    return html;
}

} // namespace holdfast::checkout
