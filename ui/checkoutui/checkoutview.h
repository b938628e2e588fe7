// The embedded checkout: the Payment Element in Qt WebEngine under the checkout origin, with
// pop-ups shown in a child window and the return URL handed to Holdfast instead of loaded.
#pragma once

#include "checkout/checkoutpage.h"

#include <QUrl>
#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

namespace holdfast::ui {

class CheckoutWebPage;

class CheckoutView : public QWidget
{
    Q_OBJECT
public:
    static constexpr auto returnPath = "/holdfast/checkout/return";
    static constexpr auto pagePath = "/holdfast/checkout";

    explicit CheckoutView(QWidget *parent = nullptr);
    ~CheckoutView() override;

    // pageOrigin: the shop's registered HTTPS origin (test/live) or the sandbox (training).
    // Returns false with *error when the page cannot be shown (bad key or client secret).
    bool start(const QUrl &pageOrigin, checkout::CheckoutPageParameters parameters, QString *error);
    QUrl returnUrl() const { return m_returnUrl; }
    QWebEngineView *webView() const { return m_view; }
    CheckoutWebPage *page() const { return m_page; }

    // Starts Chromium's processes in the background, so the first checkout opens quickly. The warm
    // page lives as long as owner.
    static void prewarm(QObject *owner);

signals:
    void ready();
    // The customer came back: read from the URL, to be confirmed by re-reading the PaymentIntent.
    void returned(const QString &paymentIntentId, const QString &redirectStatus);
    void declined(const QString &code);
    void navigationBlocked(const QUrl &url);

private:
    void showPopup(CheckoutWebPage *popup);

    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
    CheckoutWebPage *m_page = nullptr;
    QUrl m_returnUrl;
};

} // namespace holdfast::ui
