// The order follows its PaymentIntent forward, never backwards, with an audit row per move.
#include "events/paymentstateapplier.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"

#include <QTemporaryDir>
#include <QTest>

using namespace holdfast;

class TestPaymentStateApplier : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;

    Order newOrder()
    {
        Order o;
        o.state = OrderState::AwaitingPayment;
        o.currency = QStringLiteral("usd");
        o.customerName = QStringLiteral("J. Smith");
        o.lines = {{QStringLiteral("Mug"), 2, 3000}};
        auto created = store::OrderStore(*m_db).create(o, QStringLiteral("staff-1"));
        if (!created.ok())
            qFatal("create failed: %s", qPrintable(created.error().detail()));
        return created.value();
    }

    PaymentAttempt newAttempt(const Order &order, const QString &pi)
    {
        PaymentAttempt a;
        a.orderId = order.id;
        a.paymentIntentId = pi;
        a.captureMethod = QStringLiteral("manual");
        a.currency = order.currency;
        a.amountMinor = order.totalMinor;
        auto added = store::PaymentAttempts(*m_db).add(a);
        if (!added.ok())
            qFatal("attempt failed: %s", qPrintable(added.error().detail()));
        return added.value();
    }

    static PaymentIntent intent(const QString &id, PaymentIntent::Status status, qint64 received = 0)
    {
        PaymentIntent p;
        p.id = id;
        p.amount = 6000;
        p.currency = QStringLiteral("usd");
        p.status = status;
        p.captureMethod = PaymentIntent::CaptureMethod::Manual;
        p.amountCapturable = status == PaymentIntent::Status::RequiresCapture ? 6000 : 0;
        p.amountReceived = received;
        p.created = QDateTime::currentDateTimeUtc();
        return p;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = store::Database::open(
            QStringLiteral("sqlite:") +
            m_dir.filePath(QStringLiteral("t%1.db").arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail()));
        m_db = std::move(opened).value();
    }

    void followsTheHoldThenPartialCapture()
    {
        const Order order = newOrder();
        newAttempt(order, QStringLiteral("pi_hold"));
        events::PaymentStateApplier applier(*m_db);

        auto r = applier.apply(intent(QStringLiteral("pi_hold"), PaymentIntent::Status::RequiresCapture), 0,
                               QStringLiteral("checkout"), QStringLiteral("returned"));
        QVERIFY(r.ok());
        QVERIFY(r->knownOrder);
        QCOMPARE(r->to, OrderState::Authorised);
        const auto attempt = store::PaymentAttempts(*m_db).findByPaymentIntent(QStringLiteral("pi_hold"));
        QCOMPARE(attempt->amountAuthorisedMinor, 6000);
        QVERIFY(attempt->captureBefore > QDateTime::currentDateTimeUtc().addDays(6));

        r = applier.apply(intent(QStringLiteral("pi_hold"), PaymentIntent::Status::Succeeded, 4000), 0,
                          QStringLiteral("events"), QStringLiteral("payment_intent.succeeded"));
        QVERIFY(r.ok());
        QCOMPARE(r->to, OrderState::PartiallyCaptured);
        QCOMPARE(
            store::PaymentAttempts(*m_db).findByPaymentIntent(QStringLiteral("pi_hold"))->amountCapturedMinor,
            4000);

        // An older event arriving late changes nothing.
        r = applier.apply(intent(QStringLiteral("pi_hold"), PaymentIntent::Status::RequiresCapture), 0,
                          QStringLiteral("events"),
                          QStringLiteral("payment_intent.amount_capturable_updated"));
        QVERIFY(r.ok());
        QVERIFY(r->stale);
        QCOMPARE(store::OrderStore(*m_db).get(order.id)->state, OrderState::PartiallyCaptured);

        const auto audit = store::AuditLog(*m_db).forOrder(order.id);
        int syncRows = 0;
        for (const AuditEntry &e : *audit)
            syncRows += e.action == QLatin1String("order.sync");
        QCOMPARE(syncRows, 2);
    }

    void missedEventsAreBridged()
    {
        const Order order = newOrder();
        newAttempt(order, QStringLiteral("pi_skip"));
        events::PaymentStateApplier applier(*m_db);
        // Captured in the Dashboard while nobody watched: awaiting → authorised → captured.
        const auto r =
            applier.apply(intent(QStringLiteral("pi_skip"), PaymentIntent::Status::Succeeded, 6000), 0,
                          QStringLiteral("reconcile"), QString());
        QVERIFY(r.ok());
        QCOMPARE(r->from, OrderState::AwaitingPayment);
        QCOMPARE(r->to, OrderState::Captured);
    }

    void findsTheAttemptByMetadataAfterACrash()
    {
        const Order order = newOrder();
        newAttempt(order, QString()); // the PaymentIntent id never got stored
        auto pi = intent(QStringLiteral("pi_orphan"), PaymentIntent::Status::RequiresCapture);
        pi.metadata.insert(QStringLiteral("order_id"), order.number);
        const auto r =
            events::PaymentStateApplier(*m_db).apply(pi, 0, QStringLiteral("reconcile"), QString());
        QVERIFY(r.ok());
        QVERIFY(r->knownOrder);
        QCOMPARE(r->to, OrderState::Authorised);
        QCOMPARE(store::OrderStore(*m_db).findByPaymentIntent(QStringLiteral("pi_orphan"))->id, order.id);
    }

    void unknownPaymentIntentIsReportedNotInvented()
    {
        const auto r = events::PaymentStateApplier(*m_db).apply(
            intent(QStringLiteral("pi_nobody"), PaymentIntent::Status::Succeeded, 6000), 0,
            QStringLiteral("events"), QString());
        QVERIFY(r.ok());
        QVERIFY(!r->knownOrder);
    }
};

QTEST_GUILESS_MAIN(TestPaymentStateApplier)
#include "tst_paymentstateapplier.moc"
