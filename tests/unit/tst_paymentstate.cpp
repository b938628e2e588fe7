#include "domain/paymentstate.h"

#include <QTest>
#include <QTimeZone>

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

    void aHoldLapsesByItsDeadlineWhateverTheReason()
    {
        using S = PaymentIntent::Status;
        const QDateTime deadline(QDate(2026, 12, 14), QTime(12, 0), QTimeZone::utc());
        auto lapsed = pi(S::Canceled);
        lapsed.canceledAt = deadline.addSecs(30);
        for (const char *reason : {"", "expired", "automatic"}) {
            lapsed.cancellationReason = QString::fromLatin1(reason);
            QVERIFY2(ps::holdLapsed(lapsed, deadline), reason);
        }
        // Stripe's own word is enough even without a known deadline.
        lapsed.cancellationReason = QStringLiteral("automatic");
        QVERIFY(ps::holdLapsed(lapsed, QDateTime()));
        // A merchant's cancellation is a cancellation, late or not; and before the deadline,
        // without Stripe's word, nothing lapsed.
        for (const char *reason : {"abandoned", "duplicate", "fraudulent", "requested_by_customer"}) {
            lapsed.cancellationReason = QString::fromLatin1(reason);
            QVERIFY2(!ps::holdLapsed(lapsed, deadline), reason);
        }
        lapsed.cancellationReason.clear();
        lapsed.canceledAt = deadline.addSecs(-3600);
        QVERIFY(!ps::holdLapsed(lapsed, deadline));
        QVERIFY(!ps::holdLapsed(pi(S::RequiresCapture), deadline));
    }
};

QTEST_GUILESS_MAIN(TestPaymentState)
#include "tst_paymentstate.moc"
