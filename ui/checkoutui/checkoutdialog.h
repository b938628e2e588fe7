// Take payment: the order number and amount on top, then either the embedded Payment Element or
// the link and QR code for the customer's phone, then a result that cannot be clicked twice.
// Cancelling never loses the order: it stays awaiting payment and is reconciled from Stripe.
#pragma once

#include "checkout/checkoutflow.h"
#include "domain/mode.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace holdfast::ui {

class CheckoutView;

// Where the checkout page lives and which Stripe.js it uses, per mode.
struct CheckoutEnvironment
{
    QUrl pageOrigin;     // the shop's registered HTTPS origin, or the sandbox in training
    QUrl stripeJsUrl;    // https://js.stripe.com/v3/ or the sandbox's /v3/
    QString publishableKey;
    Mode mode = Mode::Training; // the banner on top of the dialog says it
};

class CheckoutDialog : public QDialog
{
    Q_OBJECT
public:
    CheckoutDialog(checkout::CheckoutFlow *flow, const CheckoutEnvironment &environment, qint64 orderId,
                   const QString &orderNumber, const QString &amountText, QWidget *parent = nullptr);

    void start(checkout::PaymentRoute route, bool holdForCapture);
    CheckoutView *checkoutView() const { return m_view; }
    QString resultText() const;
    QUrl paymentLink() const { return m_link; }

signals:
    void finishedWith(const holdfast::checkout::CheckoutOutcome &outcome);

private:
    enum Page { Working, Embedded, Phone, Result };
    void onPrepared(const PaymentIntent &pi);
    void onOutcome(const checkout::CheckoutOutcome &outcome);
    void showResult(const QString &text, bool good, bool offerRetry);
    void showWorking(const QString &text);
    void tick();

    checkout::CheckoutFlow *m_flow;
    CheckoutEnvironment m_env;
    qint64 m_orderId;
    checkout::PaymentRoute m_route = checkout::PaymentRoute::OnThisScreen;
    bool m_hold = true;
    QStackedWidget *m_pages;
    QLabel *m_working;
    CheckoutView *m_view;
    QLabel *m_qr;
    QLabel *m_linkLabel;
    QLabel *m_phoneStatus;
    QLabel *m_result;
    QLabel *m_details;
    QPushButton *m_retry;
    QPushButton *m_otherWay;
    QPushButton *m_close;
    QUrl m_link;
    QTimer m_countdown;
    QElapsedTimer m_waitingSince;
};

} // namespace holdfast::ui
