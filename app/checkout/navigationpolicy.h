// Decides where the embedded checkout may go. Pure logic, so it can be tested with hostile URLs
// without a browser: the checkout page's origin, Stripe's and Amazon Pay's hosts (and the sandbox in
// training mode) load inside; the return URL is captured by Holdfast; anything else is refused or
// handed to the system browser.
#pragma once

#include <QStringList>
#include <QUrl>

namespace holdfast::checkout {

class NavigationPolicy
{
public:
    enum class Decision {
        Allow,        // load inside the checkout view
        CaptureReturn, // the return_url: Holdfast reads it and re-reads the PaymentIntent
        OpenExternally, // a link the person clicked that leads elsewhere: system browser
        Block,        // never loaded anywhere
    };

    // pageOrigin: where the checkout page is shown (https shop origin, or the sandbox in training).
    // returnPath: the path of the return URL under pageOrigin.
    NavigationPolicy(const QUrl &pageOrigin, const QString &returnPath);

    Decision decide(const QUrl &url, bool userInitiatedLink, bool mainFrame) const;
    QUrl returnUrl() const;
    bool isReturnUrl(const QUrl &url) const;
    QStringList allowedHosts() const { return m_hosts; }

    // Stripe's and Amazon Pay's hosts a checkout legitimately visits (suffix match on whole labels).
    static QStringList paymentProviderHosts();
    static bool hostMatches(const QString &host, const QString &allowed);

private:
    bool sameOrigin(const QUrl &url) const;

    QUrl m_origin;
    QString m_returnPath;
    QStringList m_hosts;
};

} // namespace holdfast::checkout
