#include "domain/paymentstate.h"

#include <QTest>

using holdfast::OrderState;
using holdfast::PaymentIntent;
namespace ps = holdfast::paymentstate;

namespace {
PaymentIntent pi(PaymentIntent::Status status, PaymentIntent::CaptureMethod method = PaymentIntent::CaptureMethod::Manual)
{
    PaymentIntent p;
    p.id = QStringLiteral("pi_1");
    p.amount = 6000;
    p.currency = QStringLiteral("usd");
    p.status = status;
    p.captureMethod = method;
    return p;
}
} // namespace

class TestPaymentState : public QObject
{
    Q_OBJECT
private slots:
    void targets()
    {
        using S = PaymentIntent::Status;
        QCOMPARE(ps::targetFor(pi(S::RequiresPaymentMethod), 0), OrderState::AwaitingPayment);
        auto declined = pi(S::RequiresPaymentMethod);
        declined.lastPaymentError.code = QStringLiteral("payment_intent_payment_attempt_failed");
        QCOMPARE(ps::targetFor(declined, 0), OrderState::PaymentFailed);
        QCOMPARE(ps::targetFor(pi(S::RequiresAction), 0), OrderState::AwaitingPayment);
        QCOMPARE(ps::targetFor(pi(S::Processing), 0), OrderState::AwaitingPayment);
        QCOMPARE(ps::targetFor(pi(S::RequiresCapture), 0), OrderState::Authorised);

        auto captured = pi(S::Succeeded);
        captured.amountReceived = 6000;
        QCOMPARE(ps::targetFor(captured, 0), OrderState::Captured);
        captured.amountReceived = 4000;
        QCOMPARE(ps::targetFor(captured, 0), OrderState::PartiallyCaptured);
        QCOMPARE(ps::targetFor(captured, 1000), OrderState::PartiallyRefunded);
        QCOMPARE(ps::targetFor(captured, 4000), OrderState::Refunded);

        auto paid = pi(S::Succeeded, PaymentIntent::CaptureMethod::Automatic);
        paid.amountReceived = 6000;
        QCOMPARE(ps::targetFor(paid, 0), OrderState::Paid);

        auto expired = pi(S::Canceled);
        expired.cancellationReason = QStringLiteral("automatic");
        QCOMPARE(ps::targetFor(expired, 0), OrderState::Expired);
        expired.cancellationReason = QStringLiteral("requested_by_customer");
        QCOMPARE(ps::targetFor(expired, 0), OrderState::Cancelled);
    }

    void pathsMoveOnlyForward()
    {
        QCOMPARE(ps::pathTo(OrderState::AwaitingPayment, OrderState::Captured),
                 (QList<OrderState>{OrderState::Authorised, OrderState::Captured}));
        QCOMPARE(ps::pathTo(OrderState::PaymentFailed, OrderState::Authorised),
                 (QList<OrderState>{OrderState::AwaitingPayment, OrderState::Authorised}));
        QCOMPARE(ps::pathTo(OrderState::Authorised, OrderState::Authorised), QList<OrderState>{});
        QCOMPARE(ps::pathTo(OrderState::PaymentFailed, OrderState::AwaitingPayment),
                 QList<OrderState>{OrderState::AwaitingPayment});
        QVERIFY(!ps::pathTo(OrderState::Captured, OrderState::Authorised));   // stale event
        QVERIFY(!ps::pathTo(OrderState::Authorised, OrderState::AwaitingPayment));
        QVERIFY(!ps::pathTo(OrderState::Cancelled, OrderState::Captured));    // terminal
        QVERIFY(!ps::pathTo(OrderState::Paid, OrderState::Captured));         // no such move
        QCOMPARE(ps::pathTo(OrderState::Paid, OrderState::Refunded), QList<OrderState>{OrderState::Refunded});
    }
};

QTEST_GUILESS_MAIN(TestPaymentState)
#include "tst_paymentstate.moc"
