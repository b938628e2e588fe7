#include "checkoutui/checkoutview.h"

#include "checkoutui/checkoutwebpage.h"

#include <QDialog>
#include <QLocale>
#include <QPointer>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace holdfast::ui {

CheckoutView::CheckoutView(QWidget *parent)
    : QWidget(parent)
    , m_profile(CheckoutWebPage::createProfile(this))
    , m_view(new QWebEngineView(this))
{
    setObjectName(QStringLiteral("checkoutView"));
    m_view->setObjectName(QStringLiteral("checkoutWebView"));
    m_view->setAccessibleName(tr("Payment form"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

CheckoutView::~CheckoutView()
{
    // The page must go before its profile.
    m_view->setPage(nullptr);
    delete m_page;
}

bool CheckoutView::start(const QUrl &pageOrigin, checkout::CheckoutPageParameters parameters, QString *error)
{
    const checkout::NavigationPolicy policy(pageOrigin, QString::fromLatin1(returnPath));
    m_returnUrl = policy.returnUrl();
    parameters.returnUrl = m_returnUrl;
    if (parameters.language.isEmpty())
        parameters.language = QLocale().bcp47Name();
    // The Payment Element follows the till's palette, light or dark.
    parameters.dark = palette().color(QPalette::Window).lightness() < 128;
    const QString html = checkout::CheckoutPage::render(parameters, error);
    if (html.isEmpty())
        return false;

    auto *page = new CheckoutWebPage(m_profile, policy, this);
    connect(page, &CheckoutWebPage::returnReached, this, [this](const QUrl &url) {
        const QUrlQuery query(url);
        emit returned(query.queryItemValue(QStringLiteral("payment_intent")),
                      query.queryItemValue(QStringLiteral("redirect_status")));
    });
    connect(page, &CheckoutWebPage::pageMessage, this, [this](const QString &kind, const QString &detail) {
        if (kind == QLatin1String("ready"))
            emit ready();
        else if (kind == QLatin1String("declined"))
            emit declined(detail);
    });
    connect(page, &CheckoutWebPage::navigationBlocked, this, &CheckoutView::navigationBlocked);
    connect(page, &CheckoutWebPage::popupOpened, this, &CheckoutView::showPopup);
    m_view->setPage(page);
    delete m_page;
    m_page = page;
    QUrl pageUrl = pageOrigin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    pageUrl.setPath(QString::fromLatin1(pagePath));
    page->showCheckoutHtml(html, pageUrl);
    return true;
}

void CheckoutView::showPopup(CheckoutWebPage *popup)
{
    auto *window = new QDialog(this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Sign in to pay"));
    auto *view = new QWebEngineView(window);
    view->setPage(popup);
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    QPointer<QDialog> guard(window);
    connect(popup, &QWebEnginePage::windowCloseRequested, window, &QDialog::close);
    connect(popup, &CheckoutWebPage::returnReached, window, &QDialog::close);
    connect(window, &QObject::destroyed, popup, [popup] { popup->deleteLater(); });
    window->resize(480, 640);
    window->show();
}

void CheckoutView::prewarm(QObject *owner)
{
    // A page on the default profile spins up the WebEngine processes without showing anything.
    auto *warm = new QWebEnginePage(owner);
    warm->setHtml(QStringLiteral("<!DOCTYPE html><title>warm</title>"));
}

} // namespace holdfast::ui
