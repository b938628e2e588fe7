// Turns a stored order into money: one payment attempt, one PaymentIntent (created with an
// idempotency key derived from the attempt, so no retry or restart ever makes a second one), the
// customer's way of paying, and the outcome read back from Stripe, never from the browser.
#pragma once

#include "domain/orderstate.h"
#include "domain/paymentintent.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <chrono>

namespace holdfast::store {
class Database;
}
namespace holdfast::stripe {
class StripeClient;
class StripeReply;
class StripeError;
} // namespace holdfast::stripe

namespace holdfast::checkout {

enum class PaymentRoute {
    OnThisScreen,  // Payment Element in the checkout dialog (Amazon Pay, cards…)
    CustomerPhone, // Amazon Pay confirmed server-side; the customer opens the link or QR code
};

struct CheckoutOptions
{
    bool holdForCapture = true; // capture_method=manual: a manager captures later
    QUrl returnUrl;             // where the customer's browser is sent back to
    QStringList paymentMethodTypes{QStringLiteral("amazon_pay"), QStringLiteral("card")};
};

struct CheckoutOutcome
{
    enum class Kind { Held, Paid, Waiting, Declined, Cancelled };
    Kind kind = Kind::Waiting;
    OrderState orderState = OrderState::AwaitingPayment;
    PaymentIntent paymentIntent;
    QString message; // translated: "Held $60.00 — capture by Thu 14:02", the decline reason…
    QDateTime captureBefore;
};

class CheckoutFlow : public QObject
{
    Q_OBJECT
public:
    CheckoutFlow(store::Database &db, stripe::StripeClient &client, QObject *parent = nullptr);
    ~CheckoutFlow() override;

    void setActor(const QString &staffId) { m_actor = staffId; }
    // How often the PaymentIntent is re-read while following it (phone route, processing).
    void setFollowInterval(std::chrono::milliseconds interval) { m_follow.setInterval(interval); }

    // Makes the order's PaymentIntent ready for the route: reuses the open attempt's PaymentIntent
    // when it can still be paid, otherwise starts a new attempt. Emits prepared() or failed().
    void prepare(qint64 orderId, PaymentRoute route, const CheckoutOptions &options);
    // Re-reads the PaymentIntent from Stripe, brings the order in line, emits outcome().
    void refresh();
    // Re-reads every follow interval until the outcome is final (held, paid, declined, cancelled).
    void startFollowing();
    void stopFollowing();

    qint64 orderId() const { return m_orderId; }
    const PaymentIntent &paymentIntent() const { return m_pi; }
    bool isBusy() const { return m_busy; }

    static CheckoutOutcome outcomeFor(const PaymentIntent &pi, OrderState orderState, const QDateTime &captureBefore);

signals:
    // The PaymentIntent is ready: its client secret for the Payment Element, or (phone route) its
    // redirect URL for the link and QR code.
    void prepared(const holdfast::PaymentIntent &paymentIntent);
    void outcome(const holdfast::checkout::CheckoutOutcome &outcome);
    // Something stopped the flow; the order is unchanged and a retry is safe.
    void failed(const QString &message, const QString &detail);
    // Stripe did not answer clearly (timeout, 5xx): Holdfast is re-checking with the same key.
    void checking();

private:
    void fail(const QString &message, const QString &detail);
    void fail(const stripe::StripeError &error);
    bool openOrder(qint64 orderId);
    void createPaymentIntent();
    void confirmForPhone();
    void adopt(const PaymentIntent &pi);
    void onReadForReuse(stripe::StripeReply *reply);
    template <typename Handler>
    void track(stripe::StripeReply *reply, Handler handler);

    store::Database &m_db;
    stripe::StripeClient &m_client;
    QString m_actor = QStringLiteral("checkout");
    qint64 m_orderId = 0;
    qint64 m_attemptId = 0;
    QString m_keyBase;
    PaymentRoute m_route = PaymentRoute::OnThisScreen;
    CheckoutOptions m_options;
    PaymentIntent m_pi;
    QTimer m_follow;
    bool m_busy = false;
    int m_unknownRetries = 0;
};

} // namespace holdfast::checkout

Q_DECLARE_METATYPE(holdfast::checkout::CheckoutOutcome)
