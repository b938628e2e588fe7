#include "checkoutui/checkoutdialog.h"

#include "checkoutui/checkoutview.h"
#include "checkoutui/qrcode.h"
#include "mainwindow/modebanner.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {
constexpr qint64 amazonPayWindowMs = 10 * 60 * 1000; // the customer has 10 minutes after the redirect
}

CheckoutDialog::CheckoutDialog(checkout::CheckoutFlow *flow, const CheckoutEnvironment &environment, qint64 orderId,
                               const QString &orderNumber, const QString &amountText, QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
    , m_env(environment)
    , m_orderId(orderId)
    , m_pages(new QStackedWidget(this))
    , m_working(new QLabel(this))
    , m_view(new CheckoutView(this))
    , m_qr(new QLabel(this))
    , m_linkLabel(new QLabel(this))
    , m_phoneStatus(new QLabel(this))
    , m_result(new QLabel(this))
    , m_details(new QLabel(this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_otherWay(new QPushButton(this))
    , m_close(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("checkoutDialog"));
    setWindowTitle(tr("Take payment — order %1").arg(orderNumber));
    flow->setParent(this);
    auto *header = new QLabel(tr("Order %1 · %2").arg(orderNumber, amountText), this);
    header->setObjectName(QStringLiteral("checkoutHeader"));
    QFont big = header->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    header->setFont(big);

    m_working->setObjectName(QStringLiteral("checkoutWorking"));
    m_working->setAlignment(Qt::AlignCenter);
    m_qr->setObjectName(QStringLiteral("paymentQrCode"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setAccessibleName(tr("QR code of the payment link"));
    m_linkLabel->setObjectName(QStringLiteral("paymentLink"));
    m_linkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_linkLabel->setWordWrap(true);
    m_phoneStatus->setObjectName(QStringLiteral("phoneStatus"));
    m_result->setObjectName(QStringLiteral("checkoutResult"));
    m_result->setAlignment(Qt::AlignCenter);
    m_result->setWordWrap(true);
    m_result->setFont(big);
    m_details->setObjectName(QStringLiteral("checkoutDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("checkoutRetry"));
    m_otherWay->setObjectName(QStringLiteral("checkoutOtherWay"));
    m_close->setObjectName(QStringLiteral("checkoutClose"));

    auto *phone = new QWidget(this);
    auto *phoneLayout = new QVBoxLayout(phone);
    auto *copy = new QPushButton(tr("&Copy link"), phone);
    copy->setObjectName(QStringLiteral("copyPaymentLink"));
    auto *email = new QPushButton(tr("Send by &email…"), phone);
    email->setObjectName(QStringLiteral("emailPaymentLink"));
    auto *phoneButtons = new QHBoxLayout;
    phoneButtons->addWidget(copy);
    phoneButtons->addWidget(email);
    phoneLayout->addWidget(m_qr, 1);
    phoneLayout->addWidget(m_linkLabel);
    phoneLayout->addLayout(phoneButtons);
    phoneLayout->addWidget(m_phoneStatus);

    auto *result = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->addStretch();
    resultLayout->addWidget(m_result);
    resultLayout->addWidget(m_details);
    resultLayout->addStretch();

    m_pages->insertWidget(Working, m_working);
    m_pages->insertWidget(Embedded, m_view);
    m_pages->insertWidget(Phone, phone);
    m_pages->insertWidget(Result, result);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_otherWay);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    // The dialog covers the main window: it carries the mode banner itself.
    auto *banner = new ModeBanner(this);
    banner->setMode(m_env.mode);
    layout->addWidget(banner);
    layout->addWidget(header);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    m_retry->hide();
    m_otherWay->hide();
    resize(560, 680);

    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, [this] { start(m_route, m_hold); });
    connect(m_otherWay, &QPushButton::clicked, this, [this] {
        start(m_route == checkout::PaymentRoute::OnThisScreen ? checkout::PaymentRoute::CustomerPhone
                                                              : checkout::PaymentRoute::OnThisScreen,
              m_hold);
    });
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_link.toString()); });
    connect(email, &QPushButton::clicked, this, [this, orderNumber] {
        QUrl mail(QStringLiteral("mailto:"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("subject"), tr("Your payment for order %1").arg(orderNumber));
        q.addQueryItem(QStringLiteral("body"), tr("Please approve your payment here: %1").arg(m_link.toString()));
        mail.setQuery(q);
        QDesktopServices::openUrl(mail);
    });
    connect(m_flow, &checkout::CheckoutFlow::prepared, this, &CheckoutDialog::onPrepared);
    connect(m_flow, &checkout::CheckoutFlow::outcome, this, &CheckoutDialog::onOutcome);
    connect(m_flow, &checkout::CheckoutFlow::checking, this,
            [this] { showWorking(tr("Stripe did not answer clearly — checking…")); });
    connect(m_flow, &checkout::CheckoutFlow::failed, this, [this](const QString &message, const QString &detail) {
        showResult(message, false, true);
        m_details->setText(tr("Details: %1").arg(detail));
    });
    connect(m_view, &CheckoutView::returned, this, [this](const QString &, const QString &) {
        // Never trust the query string: what counts is the PaymentIntent, read again from Stripe.
        showWorking(tr("Checking the payment with Stripe…"));
        m_flow->refresh();
    });
    m_countdown.setInterval(std::chrono::seconds(1));
    connect(&m_countdown, &QTimer::timeout, this, &CheckoutDialog::tick);
    connect(this, &QDialog::finished, m_flow, &checkout::CheckoutFlow::stopFollowing);
}

QString CheckoutDialog::resultText() const
{
    return m_result->text();
}

void CheckoutDialog::start(checkout::PaymentRoute route, bool holdForCapture)
{
    m_route = route;
    m_hold = holdForCapture;
    m_retry->hide();
    m_otherWay->hide();
    m_details->clear();
    m_close->setText(tr("Cancel"));
    showWorking(tr("Preparing the payment…"));
    checkout::CheckoutOptions options;
    options.holdForCapture = holdForCapture;
    QUrl returnUrl = m_env.pageOrigin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    returnUrl.setPath(QString::fromLatin1(CheckoutView::returnPath));
    options.returnUrl = returnUrl;
    m_flow->prepare(m_orderId, route, options);
}

void CheckoutDialog::showWorking(const QString &text)
{
    m_working->setText(text);
    m_pages->setCurrentIndex(Working);
}

void CheckoutDialog::onPrepared(const PaymentIntent &pi)
{
    if (m_route == checkout::PaymentRoute::OnThisScreen) {
        checkout::CheckoutPageParameters params;
        params.publishableKey = m_env.publishableKey;
        params.clientSecret = pi.clientSecret;
        params.stripeJsUrl = m_env.stripeJsUrl;
        params.payLabel = tr("Pay %1").arg(pi.amountMoney().format());
        QString error;
        if (!m_view->start(m_env.pageOrigin, params, &error)) {
            showResult(tr("The checkout page could not be shown."), false, true);
            m_details->setText(tr("Details: %1").arg(error));
            return;
        }
        m_pages->setCurrentIndex(Embedded);
        m_view->setFocus();
        return;
    }
    m_link = pi.redirectUrl;
    m_linkLabel->setText(m_link.toString());
    m_qr->setPixmap(QPixmap::fromImage(qrcode::encode(m_link.toString(), 6)));
    m_pages->setCurrentIndex(Phone);
    m_waitingSince.start();
    m_countdown.start();
    tick();
    m_flow->startFollowing();
}

void CheckoutDialog::tick()
{
    const qint64 left = std::max<qint64>(0, amazonPayWindowMs - m_waitingSince.elapsed()) / 1000;
    m_phoneStatus->setText(tr("Waiting for the customer… %1:%2 left")
                               .arg(left / 60)
                               .arg(left % 60, 2, 10, QLatin1Char('0')));
    if (left == 0)
        m_countdown.stop();
}

void CheckoutDialog::onOutcome(const checkout::CheckoutOutcome &outcome)
{
    using K = checkout::CheckoutOutcome::Kind;
    switch (outcome.kind) {
    case K::Held:
    case K::Paid:
        m_countdown.stop();
        showResult(outcome.message, true, false);
        emit finishedWith(outcome);
        break;
    case K::Declined:
        m_countdown.stop();
        showResult(outcome.message, false, true);
        emit finishedWith(outcome);
        break;
    case K::Cancelled:
        m_countdown.stop();
        showResult(outcome.message, false, false);
        emit finishedWith(outcome);
        break;
    case K::Waiting:
        if (m_route == checkout::PaymentRoute::CustomerPhone) {
            m_pages->setCurrentIndex(Phone);
        } else {
            showWorking(outcome.message);
            m_flow->startFollowing();
        }
        break;
    }
}

void CheckoutDialog::showResult(const QString &text, bool good, bool offerRetry)
{
    m_result->setText(text);
    m_result->setStyleSheet(good ? QStringLiteral("color: #1e7d32;") : QStringLiteral("color: #c62828;"));
    m_pages->setCurrentIndex(Result);
    m_retry->setVisible(offerRetry);
    m_otherWay->setVisible(offerRetry);
    m_otherWay->setText(m_route == checkout::PaymentRoute::OnThisScreen ? tr("Send to customer's &phone")
                                                                         : tr("Pay on &this screen"));
    m_close->setText(good ? tr("Done") : tr("Close"));
    if (good)
        m_close->setFocus();
    else if (offerRetry)
        m_retry->setFocus();
}

} // namespace holdfast::ui
