// The checkout flow against a real sandbox and a real SQLite store: one PaymentIntent per attempt
// whatever happens, and the order only ever says what Stripe says.
#include "clientfixture.h"
#include "checkout/checkoutflow.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"

#include <QTemporaryDir>

using namespace holdfast;
using checkout::CheckoutFlow;
using checkout::CheckoutOutcome;
using checkout::PaymentRoute;

class TestCheckoutFlow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::SandboxProcess m_sandbox;
    std::unique_ptr<stripe::StripeClient> m_client;
    std::unique_ptr<store::Database> m_db;
    int m_dbCount = 0;

    qint64 newOrder(qint64 amount = 6000)
    {
        Order o;
        o.state = OrderState::Draft;
        o.currency = QStringLiteral("usd");
        o.customerName = QStringLiteral("K. Ito");
        o.customerEmail = QStringLiteral("k.ito@example.com");
        o.lines = {{QStringLiteral("Tea set"), 1, amount}};
        const auto created = store::OrderStore(*m_db).create(o, QStringLiteral("staff-1"));
        return created.ok() ? created->id : 0;
    }

    checkout::CheckoutOptions options()
    {
        checkout::CheckoutOptions o;
        o.holdForCapture = true;
        QUrl ret = m_sandbox.baseUrl();
        ret.setPath(QStringLiteral("/holdfast/checkout/return"));
        o.returnUrl = ret;
        return o;
    }

    // Runs prepare() and waits for prepared(); returns the PaymentIntent.
    PaymentIntent prepare(CheckoutFlow &flow, qint64 orderId, PaymentRoute route)
    {
        QSignalSpy prepared(&flow, &CheckoutFlow::prepared);
        QSignalSpy failed(&flow, &CheckoutFlow::failed);
        flow.prepare(orderId, route, options());
        if (!prepared.wait(20000) && prepared.isEmpty()) {
            qWarning() << "prepare failed:" << (failed.isEmpty() ? QString() : failed.first().at(1).toString());
            return {};
        }
        return prepared.first().first().value<PaymentIntent>();
    }

    CheckoutOutcome refresh(CheckoutFlow &flow)
    {
        QSignalSpy outcome(&flow, &CheckoutFlow::outcome);
        flow.refresh();
        if (!outcome.wait(20000))
            return {};
        return outcome.first().first().value<CheckoutOutcome>();
    }

    int paymentIntentsFor(const QString &number)
    {
        int n = 0;
        for (const auto &v : test::listAll(*m_client, QStringLiteral("/v1/payment_intents")))
            n += v.toObject().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("order_id")).toString() == number;
        return n;
    }

    QString numberOf(qint64 orderId) { return store::OrderStore(*m_db).get(orderId)->number; }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PaymentIntent>();
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_client = test::clientFor(m_sandbox);
    }

    void init()
    {
        QCOMPARE(m_sandbox.control("/_sandbox/reset"), 200); // order numbers restart with each database
        auto opened = store::Database::open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("c%1.db").arg(++m_dbCount)));
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
    }

    void phoneRouteApprovedIsHeld()
    {
        const qint64 id = newOrder();
        CheckoutFlow flow(*m_db, *m_client);
        const PaymentIntent pi = prepare(flow, id, PaymentRoute::CustomerPhone);
        QCOMPARE(pi.status, PaymentIntent::Status::RequiresAction);
        QVERIFY(pi.redirectUrl.isValid());
        QCOMPARE(m_sandbox.control("/_sandbox/amazon_pay/" + pi.id.toLatin1() + "/authorize"), 200);
        const CheckoutOutcome o = refresh(flow);
        QCOMPARE(int(o.kind), int(CheckoutOutcome::Kind::Held));
        QCOMPARE(o.orderState, OrderState::Authorised);
        QVERIFY(o.message.contains(QStringLiteral("$60.00")));
        QCOMPARE(store::OrderStore(*m_db).get(id)->state, OrderState::Authorised);
        QCOMPARE(paymentIntentsFor(numberOf(id)), 1);
    }

    void declineThenRetryReusesThePaymentIntent()
    {
        const qint64 id = newOrder();
        CheckoutFlow flow(*m_db, *m_client);
        const PaymentIntent first = prepare(flow, id, PaymentRoute::CustomerPhone);
        QCOMPARE(m_sandbox.control("/_sandbox/amazon_pay/" + first.id.toLatin1() + "/fail"), 200);
        CheckoutOutcome o = refresh(flow);
        QCOMPARE(int(o.kind), int(CheckoutOutcome::Kind::Declined));
        QVERIFY(!o.message.isEmpty());
        QCOMPARE(store::OrderStore(*m_db).get(id)->state, OrderState::PaymentFailed);

        const PaymentIntent again = prepare(flow, id, PaymentRoute::CustomerPhone);
        QCOMPARE(again.id, first.id);
        QCOMPARE(again.status, PaymentIntent::Status::RequiresAction);
        QCOMPARE(m_sandbox.control("/_sandbox/amazon_pay/" + again.id.toLatin1() + "/authorize"), 200);
        o = refresh(flow);
        QCOMPARE(o.orderState, OrderState::Authorised);
        QCOMPARE(paymentIntentsFor(numberOf(id)), 1);
    }

    void tenMinuteLapseOffersANewAttempt()
    {
        const qint64 id = newOrder();
        CheckoutFlow flow(*m_db, *m_client);
        const PaymentIntent pi = prepare(flow, id, PaymentRoute::CustomerPhone);
        QVERIFY(!pi.id.isEmpty());
        QCOMPARE(m_sandbox.control("/_sandbox/clock/advance", QByteArrayLiteral("{\"seconds\": 660}")), 200);
        const CheckoutOutcome o = refresh(flow);
        QCOMPARE(int(o.kind), int(CheckoutOutcome::Kind::Declined));
        QCOMPARE(o.paymentIntent.lastPaymentError.code, QStringLiteral("payment_intent_payment_attempt_expired"));
        QCOMPARE(store::OrderStore(*m_db).get(id)->state, OrderState::PaymentFailed);
        const PaymentIntent again = prepare(flow, id, PaymentRoute::CustomerPhone);
        QCOMPARE(again.id, pi.id);
        QCOMPARE(again.status, PaymentIntent::Status::RequiresAction);
    }

    void serverErrorAfterCommitStillMakesOnePaymentIntent_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("500 after commit") << "error_500_after_commit";
        QTest::newRow("dropped after commit") << "drop_after_commit";
        QTest::newRow("429") << "rate_limit_429";
    }

    void serverErrorAfterCommitStillMakesOnePaymentIntent()
    {
        QFETCH(QString, fault);
        const qint64 id = newOrder(2500);
        const QByteArray body = "{\"method\":\"POST\",\"path_prefix\":\"/v1/payment_intents\",\"kind\":\""
                                + fault.toLatin1() + "\",\"count\":1,\"retry_after\":1}";
        QCOMPARE(m_sandbox.control("/_sandbox/faults", body), 200);
        CheckoutFlow flow(*m_db, *m_client);
        const PaymentIntent pi = prepare(flow, id, PaymentRoute::OnThisScreen);
        QVERIFY(!pi.id.isEmpty());
        QVERIFY(!pi.clientSecret.isEmpty());
        QCOMPARE(paymentIntentsFor(numberOf(id)), 1);
        // A restart that prepares again reuses the attempt and its PaymentIntent.
        CheckoutFlow afterRestart(*m_db, *m_client);
        QCOMPARE(prepare(afterRestart, id, PaymentRoute::OnThisScreen).id, pi.id);
        QCOMPARE(paymentIntentsFor(numberOf(id)), 1);
        QCOMPARE(store::PaymentAttempts(*m_db).forOrder(id)->size(), 1);
    }

    void paidOrderCannotBePaidAgain()
    {
        const qint64 id = newOrder();
        CheckoutFlow flow(*m_db, *m_client);
        const PaymentIntent pi = prepare(flow, id, PaymentRoute::CustomerPhone);
        QCOMPARE(m_sandbox.control("/_sandbox/amazon_pay/" + pi.id.toLatin1() + "/authorize"), 200);
        refresh(flow);
        QSignalSpy failed(&flow, &CheckoutFlow::failed);
        flow.prepare(id, PaymentRoute::OnThisScreen, options());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("already")));
    }
};

QTEST_GUILESS_MAIN(TestCheckoutFlow)
#include "tst_checkoutflow.moc"
