#include "checkoutui/checkoutwebpage.h"

#include "diagnostics/logging.h"

#include <QDesktopServices>
#include <QRegularExpression>
#include <QWebEngineCertificateError>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

namespace holdfast::ui {

namespace {

// Sub-resources follow the same rules as navigations: nothing from disk or Qt resources, ever.
class LocalAccessBlocker : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QString scheme = info.requestUrl().scheme();
        if (scheme == QLatin1String("file") || scheme == QLatin1String("qrc") || scheme == QLatin1String("ftp"))
            info.block(true);
    }
};

} // namespace

QWebEngineProfile *CheckoutWebPage::createProfile(QObject *parent)
{
    auto *profile = new QWebEngineProfile(parent); // no storage name: off the record
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile->setSpellCheckEnabled(false);
    profile->setUrlRequestInterceptor(new LocalAccessBlocker(profile));
    QWebEngineSettings *s = profile->settings();
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, true);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, true);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    return profile;
}

CheckoutWebPage::CheckoutWebPage(QWebEngineProfile *profile, const checkout::NavigationPolicy &policy, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_policy(policy)
{
    connect(this, &QWebEnginePage::certificateError, this, [](QWebEngineCertificateError error) {
        qCWarning(lcCheckout) << "rejected certificate for" << error.url().host() << error.description();
        error.rejectCertificate();
    });
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, Feature feature) {
                setFeaturePermission(origin, feature, PermissionDeniedByUser);
            });
}

void CheckoutWebPage::showCheckoutHtml(const QString &html, const QUrl &baseUrl)
{
    m_expectingOwnHtml = true;
    setHtml(html, baseUrl);
}

bool CheckoutWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    using D = checkout::NavigationPolicy::Decision;
    if (m_expectingOwnHtml && isMainFrame && url.scheme() == QLatin1String("data")) {
        m_expectingOwnHtml = false;
        return true;
    }
    switch (m_policy.decide(url, type == NavigationTypeLinkClicked, isMainFrame)) {
    case D::Allow:
        return true;
    case D::CaptureReturn:
        emit returnReached(url);
        return false;
    case D::OpenExternally:
        QDesktopServices::openUrl(url);
        return false;
    case D::Block:
        qCWarning(lcCheckout) << "blocked navigation to" << url.scheme() << url.host();
        emit navigationBlocked(url);
        return false;
    }
    return false;
}

QWebEnginePage *CheckoutWebPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    // Pop-ups stay inside Holdfast under the same rules; the view shows them in a child window.
    auto *popup = new CheckoutWebPage(profile(), m_policy, this);
    connect(popup, &CheckoutWebPage::returnReached, this, &CheckoutWebPage::returnReached);
    emit popupOpened(popup);
    return popup;
}

void CheckoutWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                               int line, const QString &source)
{
    // What the page's Content-Security-Policy refused, told so a shop can report it: the directive and
    // the refused origin only (a path or query could carry a client secret).
    if (level == ErrorMessageLevel && message.contains(QLatin1String("Content Security Policy"))) {
        static const QRegularExpression refused(QStringLiteral("'((?:https?|wss?|data|blob)[^']*)'"));
        static const QRegularExpression directive(QStringLiteral("directive: \"([a-z-]+)"));
        const auto url = refused.match(message);
        const auto dir = directive.match(message);
        const QUrl blocked(url.hasMatch() ? url.captured(1) : QString());
        const QString what = (dir.hasMatch() ? dir.captured(1) : QStringLiteral("?")) + QLatin1Char(' ')
                             + (blocked.isValid() ? blocked.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                                                     | QUrl::RemoveUserInfo).toString()
                                                  : QStringLiteral("?"));
        qCWarning(lcCheckout).noquote() << "the checkout page's policy refused" << what;
        emit policyViolation(what);
        return;
    }
    // Only the checkout page's own messages count; they steer what the dialog shows, never money.
    static const QString prefix = QStringLiteral("holdfast:");
    if (!message.startsWith(prefix) || QUrl(source).host() != url().host()) {
        if (level != InfoMessageLevel)
            qCDebug(lcCheckout) << "page says:" << message << QUrl(source).path() << line;
        return;
    }
    const QString rest = message.mid(prefix.size());
    emit pageMessage(rest.section(u':', 0, 0), rest.section(u':', 1));
}

} // namespace holdfast::ui
