// The embedded checkout's web page: enforces the navigation allow-list, captures the return URL,
// keeps pop-ups (the Amazon sign-in) inside Holdfast and hears the checkout page's few messages.
#pragma once

#include "checkout/navigationpolicy.h"

#include <QWebEnginePage>

class QWebEngineProfile;

namespace holdfast::ui {

class CheckoutWebPage : public QWebEnginePage
{
    Q_OBJECT
public:
    CheckoutWebPage(QWebEngineProfile *profile, const checkout::NavigationPolicy &policy, QObject *parent = nullptr);

    // Shows Holdfast's own checkout page under baseUrl's origin. setHtml() arrives as a data: URL
    // navigation, which is allowed exactly once for this call and refused otherwise.
    void showCheckoutHtml(const QString &html, const QUrl &baseUrl);

    // An off-the-record profile with nothing persistent, no local file access and no plugins.
    static QWebEngineProfile *createProfile(QObject *parent);

signals:
    void returnReached(const QUrl &url);
    void navigationBlocked(const QUrl &url);
    // The page's Content-Security-Policy refused something: "frame-src https://host" (origin only).
    void policyViolation(const QString &what);
    void popupOpened(holdfast::ui::CheckoutWebPage *popup);
    // "ready", "change", "submitting", "declined" with the detail the page gave.
    void pageMessage(const QString &kind, const QString &detail);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override;

private:
    checkout::NavigationPolicy m_policy;
    bool m_expectingOwnHtml = false;
};

} // namespace holdfast::ui
