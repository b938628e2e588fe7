#include "domain/orderstate.h"

#include <QTest>

using holdfast::OrderState;
namespace os = holdfast::orderstate;

class TestOrderState : public QObject
{
    Q_OBJECT
private slots:
    void namesRoundTrip()
    {
        for (OrderState s : os::all()) {
            QCOMPARE(os::fromName(os::name(s)), s);
            QVERIFY(!os::displayName(s).isEmpty());
        }
        QVERIFY(!os::fromName(QStringLiteral("bogus")));
    }

    void legalPaths()
    {
        QVERIFY(os::canTransition(OrderState::Draft, OrderState::AwaitingPayment));
        QVERIFY(os::canTransition(OrderState::AwaitingPayment, OrderState::Authorised));
        QVERIFY(os::canTransition(OrderState::AwaitingPayment, OrderState::Paid));
        QVERIFY(os::canTransition(OrderState::AwaitingPayment, OrderState::PaymentFailed));
        QVERIFY(os::canTransition(OrderState::PaymentFailed, OrderState::AwaitingPayment));
        QVERIFY(os::canTransition(OrderState::Authorised, OrderState::Captured));
        QVERIFY(os::canTransition(OrderState::Authorised, OrderState::PartiallyCaptured));
        QVERIFY(os::canTransition(OrderState::Authorised, OrderState::Cancelled));
        QVERIFY(os::canTransition(OrderState::Authorised, OrderState::Expired));
        QVERIFY(os::canTransition(OrderState::Captured, OrderState::PartiallyRefunded));
        QVERIFY(os::canTransition(OrderState::PartiallyRefunded, OrderState::Refunded));
        QVERIFY(os::canTransition(OrderState::Paid, OrderState::Refunded));
    }

    void illegalPathsAreRefused()
    {
        QVERIFY(!os::canTransition(OrderState::Draft, OrderState::Paid));
        QVERIFY(!os::canTransition(OrderState::Captured, OrderState::Authorised));
        QVERIFY(!os::canTransition(OrderState::Cancelled, OrderState::Captured));
        QVERIFY(!os::canTransition(OrderState::Expired, OrderState::Captured));
        QVERIFY(!os::canTransition(OrderState::Refunded, OrderState::PartiallyRefunded));
        QVERIFY(!os::canTransition(OrderState::Authorised, OrderState::Paid));
        for (OrderState s : os::all())
            QVERIFY(!os::canTransition(s, OrderState::Draft));
    }

    void progressNeverGoesBackAlongLegalMoves()
    {
        for (OrderState from : os::all())
            for (OrderState to : os::nextStates(from))
                if (from != OrderState::PaymentFailed)
                    QVERIFY2(os::progress(to) >= os::progress(from), qPrintable(os::name(from) + QStringLiteral("->") + os::name(to)));
        QVERIFY(os::isTerminal(OrderState::Refunded));
        QVERIFY(!os::isTerminal(OrderState::Authorised));
    }
};

QTEST_GUILESS_MAIN(TestOrderState)
#include "tst_orderstate.moc"
