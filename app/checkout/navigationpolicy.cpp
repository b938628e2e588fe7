#include "checkout/navigationpolicy.h"

namespace holdfast::checkout {

NavigationPolicy::NavigationPolicy(const QUrl &pageOrigin, const QString &returnPath)
    : m_origin(pageOrigin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment))
    , m_returnPath(returnPath)
    , m_hosts(paymentProviderHosts())
{
}

QStringList NavigationPolicy::paymentProviderHosts()
{
    // Stripe's own, and Amazon's sites in every region Amazon Pay serves (pay.amazon.com,
    // payments.amazon.de, apay-eu.amazon.com, the sign-in pages…): whole domains, matched by label.
    return {QStringLiteral("js.stripe.com"),  QStringLiteral("m.stripe.network"), QStringLiteral("hooks.stripe.com"),
            QStringLiteral("api.stripe.com"), QStringLiteral("amazon.com"),       QStringLiteral("amazon.co.uk"),
            QStringLiteral("amazon.de"),      QStringLiteral("amazon.fr"),        QStringLiteral("amazon.es"),
            QStringLiteral("amazon.it"),      QStringLiteral("amazon.nl"),        QStringLiteral("amazon.se"),
            QStringLiteral("amazon.pl"),      QStringLiteral("amazon.co.jp"),     QStringLiteral("amazonpay.com")};
}

bool NavigationPolicy::hostMatches(const QString &host, const QString &allowed)
{
    // Whole-label suffix match: "evil-stripe.com" and "js.stripe.com.evil.io" do not match "js.stripe.com".
    const QString h = host.toLower();
    return h == allowed || h.endsWith(QLatin1Char('.') + allowed);
}

QUrl NavigationPolicy::returnUrl() const
{
    QUrl url = m_origin;
    url.setPath(m_returnPath);
    return url;
}

bool NavigationPolicy::sameOrigin(const QUrl &url) const
{
    return url.scheme() == m_origin.scheme() && url.host().compare(m_origin.host(), Qt::CaseInsensitive) == 0
           && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
                  == m_origin.port(m_origin.scheme() == QLatin1String("https") ? 443 : 80);
}

bool NavigationPolicy::isReturnUrl(const QUrl &url) const
{
    return sameOrigin(url) && url.path() == m_returnPath;
}

NavigationPolicy::Decision NavigationPolicy::decide(const QUrl &url, bool userInitiatedLink, bool mainFrame) const
{
    if (!url.isValid() || url.userInfo().size() > 0)
        return Decision::Block;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("about") && url.path() == QLatin1String("blank"))
        return Decision::Allow;
    const bool web = scheme == QLatin1String("https") || scheme == QLatin1String("http");
    if (!web)
        return Decision::Block; // javascript:, data:, file:, blob:, custom schemes…
    if (isReturnUrl(url))
        return mainFrame ? Decision::CaptureReturn : Decision::Block;
    if (sameOrigin(url))
        return Decision::Allow;
    // A frame is allowed by where it comes from, not by a fixed list: the page's own CSP (frame-src)
    // decides which frames it may open, and frames inside Stripe's frames are Stripe's — a card
    // issuer's 3-D Secure challenge is any HTTPS host, framed by hooks.stripe.com.
    if (!mainFrame && scheme == QLatin1String("https"))
        return Decision::Allow;
    // Plain HTTP is only ever the page's own origin (the loopback sandbox in training mode).
    if (scheme == QLatin1String("http"))
        return userInitiatedLink ? Decision::OpenExternally : Decision::Block;
    for (const QString &allowed : m_hosts)
        if (hostMatches(url.host(), allowed))
            return Decision::Allow;
    return userInitiatedLink ? Decision::OpenExternally : Decision::Block;
}

} // namespace holdfast::checkout
