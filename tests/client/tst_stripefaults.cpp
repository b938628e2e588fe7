// Exactly once under faults: for every mutating call and every fault the sandbox can inject
// (500 or a dropped connection after the change was committed, 429 with Retry-After, a reply
// slower than the timeout), the retry reuses the idempotency key and exactly one PaymentIntent /
// capture / refund exists afterwards. When the retry budget runs out, a mutating call reports
// "outcome unknown" and a re-read resolves it.
#include "clientfixture.h"

#include <QElapsedTimer>

using namespace holdfast;
using namespace holdfast::stripe;
using namespace holdfast::test;

class TestStripeFaults : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<StripeClient> m_client;

    void inject(const QString &method, const QString &pathPrefix, const QString &kind, int count)
    {
        const QJsonObject spec{
            {QStringLiteral("method"), method}, {QStringLiteral("path_prefix"), pathPrefix},
            {QStringLiteral("kind"), kind},     {QStringLiteral("count"), count},
            {QStringLiteral("retry_after"), 1}, {QStringLiteral("delay_ms"), 1500}};
        QByteArray answer;
        QVERIFY2(m_sandbox.control("/_sandbox/faults", jsonBody(spec), &answer) == 200, answer.constData());
    }
    PaymentIntent finish(StripeReply *raw)
    {
        std::unique_ptr<StripeReply> r(raw);
        PaymentIntent pi;
        [&] {
            QVERIFY(waitFor(r.get()));
            QVERIFY2(r->isOk(), qPrintable(r->error().technicalDetail()));
            pi = *r->paymentIntent();
        }();
        return pi;
    }
    PaymentIntent created(const QString &order, bool confirm)
    {
        auto p = amazonPayHold(6000, order);
        if (confirm) {
            p.confirm = true;
            p.paymentMethodDataType = QStringLiteral("amazon_pay");
            p.returnUrl = QStringLiteral("https://shop.example/done");
        }
        return finish(m_client->createPaymentIntent(
            p, IdempotencyKey::forOperation(order, 1, QStringLiteral("create"))));
    }
    PaymentIntent authorised(const QString &order)
    {
        const PaymentIntent pi = created(order, true);
        m_sandbox.control("/_sandbox/amazon_pay/" + pi.id.toLatin1() + "/authorize");
        return finish(m_client->retrievePaymentIntent(pi.id));
    }
    int countOf(const QString &path, const ListParams &params = {})
    {
        return int(listAll(*m_client, path, params).size());
    }
    int eventsOfType(const QString &type)
    {
        std::unique_ptr<StripeReply> r(m_client->listEvents({}, {type}));
        waitFor(r.get());
        return r->isOk() ? int(r->list()->data.size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_client = clientFor(m_sandbox);
        m_client->setTimeout(std::chrono::milliseconds(700)); // the delay fault is 1500 ms
    }
    void init() { QCOMPARE(m_sandbox.control("/_sandbox/reset"), 200); }

    void mutatingCallHappensExactlyOnce_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("fault");
        for (const char *op : {"create", "update", "confirm", "capture", "cancel", "refund"}) {
            for (const char *fault :
                 {"error_500_after_commit", "drop_after_commit", "rate_limit_429", "delay"})
                QTest::addRow("%s/%s", op, fault) << QString::fromLatin1(op) << QString::fromLatin1(fault);
        }
    }
    void mutatingCallHappensExactlyOnce()
    {
        QFETCH(QString, operation);
        QFETCH(QString, fault);
        const QString order = QStringLiteral("42");
        const QString key = IdempotencyKey::forOperation(order, 1, operation);
        const QString piPath = QStringLiteral("/v1/payment_intents");
        QElapsedTimer clock;
        std::unique_ptr<StripeReply> r;
        // Qt's HTTP layer silently re-sends a request once when a *reused* keep-alive connection
        // closes before any answer (it cannot tell that from an idle close). The same
        // Idempotency-Key goes with it, so it is harmless - but a single drop would then never
        // reach our retry logic, so drops come in twos to make sure it does.
        const int hits = fault == QLatin1String("drop_after_commit") ? 2 : 1;

        if (operation == QLatin1String("create")) {
            inject(QStringLiteral("POST"), piPath, fault, hits);
            clock.start();
            r.reset(m_client->createPaymentIntent(amazonPayHold(6000, order), key));
        } else if (operation == QLatin1String("update")) {
            const PaymentIntent pi = created(order, false);
            inject(QStringLiteral("POST"), piPath, fault, hits);
            clock.start();
            PaymentIntentUpdateParams u;
            u.amount = 7000;
            r.reset(m_client->updatePaymentIntent(pi, u, key));
        } else if (operation == QLatin1String("confirm")) {
            const PaymentIntent pi = created(order, false);
            inject(QStringLiteral("POST"), piPath, fault, hits);
            clock.start();
            r.reset(m_client->confirmPaymentIntent(
                pi, {QStringLiteral("amazon_pay"), {}, QStringLiteral("https://shop.example/done"), {}},
                key));
        } else if (operation == QLatin1String("capture")) {
            const PaymentIntent pi = authorised(order);
            inject(QStringLiteral("POST"), piPath, fault, hits);
            clock.start();
            r.reset(m_client->capturePaymentIntent(pi, 4000, key));
        } else if (operation == QLatin1String("cancel")) {
            const PaymentIntent pi = created(order, false);
            inject(QStringLiteral("POST"), piPath, fault, hits);
            clock.start();
            r.reset(m_client->cancelPaymentIntent(pi.id, CancellationReason::Abandoned, key));
        } else {
            const PaymentIntent pi = authorised(order);
            finish(m_client->capturePaymentIntent(pi, std::nullopt, QStringLiteral("k-capture")));
            inject(QStringLiteral("POST"), QStringLiteral("/v1/refunds"), fault, hits);
            clock.start();
            RefundCreateParams rp;
            rp.paymentIntent = pi.id;
            rp.amount = 1000;
            r.reset(m_client->createRefund(rp, key));
        }
        QVERIFY(waitFor(r.get()));
        QVERIFY2(r->isOk(), qPrintable(r->error().technicalDetail()));
        QVERIFY2(r->attempts() >= 2, "the fault did not hit: the test would prove nothing");
        if (fault == QLatin1String("rate_limit_429"))
            QVERIFY2(clock.elapsed() >= 950, "Retry-After: 1 was not honoured");
        if (fault == QLatin1String("error_500_after_commit") || fault == QLatin1String("drop_after_commit"))
            QVERIFY2(r->idempotentReplayed(), "the retry after a committed change must be a replay");

        // Exactly one of whatever the call makes.
        QCOMPARE(countOf(piPath), 1);
        if (operation == QLatin1String("create")) {
            QCOMPARE(r->paymentIntent()->metadata.value(QStringLiteral("order_id")), order);
        } else if (operation == QLatin1String("update")) {
            QCOMPARE(r->paymentIntent()->amount, 7000);
        } else if (operation == QLatin1String("confirm")) {
            QCOMPARE(r->paymentIntent()->status, PaymentIntent::Status::RequiresAction);
        } else if (operation == QLatin1String("capture")) {
            QCOMPARE(r->paymentIntent()->amountReceived, 4000);
            QCOMPARE(eventsOfType(QStringLiteral("charge.captured")), 1);
        } else if (operation == QLatin1String("cancel")) {
            QCOMPARE(r->paymentIntent()->status, PaymentIntent::Status::Canceled);
            QCOMPARE(eventsOfType(QStringLiteral("payment_intent.canceled")), 1);
        } else {
            QCOMPARE(countOf(QStringLiteral("/v1/refunds")), 1);
            QCOMPARE(r->refund()->amount, 1000);
        }
    }

    void exhaustedBudgetReportsOutcomeUnknownAndAReReadResolvesIt_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("500") << QStringLiteral("error_500_after_commit");
        QTest::newRow("drop") << QStringLiteral("drop_after_commit");
        QTest::newRow("slow") << QStringLiteral("delay");
    }
    void exhaustedBudgetReportsOutcomeUnknownAndAReReadResolvesIt()
    {
        QFETCH(QString, fault);
        m_client->setRetryPolicy(quickRetries(2));
        inject(QStringLiteral("POST"), QStringLiteral("/v1/payment_intents"), fault, 50);
        const QString key = IdempotencyKey::forOperation(QStringLiteral("43"), 1, QStringLiteral("create"));
        std::unique_ptr<StripeReply> r(
            m_client->createPaymentIntent(amazonPayHold(6000, QStringLiteral("43")), key));
        QVERIFY(waitFor(r.get()));
        m_client->setRetryPolicy(quickRetries());
        QCOMPARE(m_sandbox.control("/_sandbox/faults/clear"), 200);
        QCOMPARE(r->attempts(), 3);
        QCOMPARE(r->error().kind, StripeError::Kind::OutcomeUnknown);
        QVERIFY(r->error().outcomeUnknown());
        QVERIFY(!r->error().userMessage().isEmpty());
        if (fault == QLatin1String("delay"))
            QTest::qWait(1600); // let the slow first request finish on the server
        // The caller resolves it by re-reading: the change happened exactly once…
        const QJsonArray all = listAll(*m_client, QStringLiteral("/v1/payment_intents"));
        QCOMPARE(all.size(), 1);
        // …and sending again with the same key returns that very object.
        std::unique_ptr<StripeReply> again(
            m_client->createPaymentIntent(amazonPayHold(6000, QStringLiteral("43")), key));
        QVERIFY(waitFor(again.get()));
        QVERIFY2(again->isOk(), qPrintable(again->error().technicalDetail()));
        QVERIFY(again->idempotentReplayed());
        QCOMPARE(again->paymentIntent()->id, all.first().toObject().value(QLatin1String("id")).toString());
    }

    void persistentRateLimitGivesUpWithoutAChange()
    {
        m_client->setRetryPolicy(quickRetries(1));
        inject(QStringLiteral("POST"), QStringLiteral("/v1/payment_intents"),
               QStringLiteral("rate_limit_429"), 5);
        std::unique_ptr<StripeReply> r(
            m_client->createPaymentIntent(amazonPayHold(6000, QStringLiteral("44")), QStringLiteral("k-44")));
        QVERIFY(waitFor(r.get()));
        m_client->setRetryPolicy(quickRetries());
        QCOMPARE(r->attempts(), 2);
        QCOMPARE(r->error().kind, StripeError::Kind::RateLimited);
        QCOMPARE(r->error().httpStatus, 429);
        m_sandbox.control("/_sandbox/reset");
    }

    void slowReadTimesOut()
    {
        m_client->setRetryPolicy(quickRetries(1));
        inject(QStringLiteral("GET"), QStringLiteral("/v1/payment_intents"), QStringLiteral("delay"), 2);
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<StripeReply> r(m_client->listPaymentIntents({}));
        QVERIFY(waitFor(r.get()));
        m_client->setRetryPolicy(quickRetries());
        QCOMPARE(r->error().kind, StripeError::Kind::Timeout);
        QCOMPARE(r->attempts(), 2);
        QVERIFY(clock.elapsed() < 1500 * 2); // we did not wait for the slow answers
    }

    void cancelStopsTheCallAtOnce()
    {
        inject(QStringLiteral("GET"), QStringLiteral("/v1/payment_intents"), QStringLiteral("delay"), 1);
        std::unique_ptr<StripeReply> r(m_client->listPaymentIntents({}));
        QSignalSpy finished(r.get(), &StripeReply::finished);
        QTest::qWait(100);
        r->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(r->error().kind, StripeError::Kind::Cancelled);
        r->cancel();
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1); // exactly once
    }

    void unreachableServerIsANetworkErrorNotAnUnknownOutcome()
    {
        StripeClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))); // nothing listens on port 1
        client.setSecretKey(QString::fromLatin1(SandboxProcess::secretKey));
        client.setRetryPolicy(quickRetries(1));
        std::unique_ptr<StripeReply> r(
            client.createPaymentIntent(amazonPayHold(6000, QStringLiteral("45")), QStringLiteral("k-45")));
        QVERIFY(waitFor(r.get()));
        QCOMPARE(r->error().kind, StripeError::Kind::Network);
        QCOMPARE(r->attempts(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStripeFaults)
#include "tst_stripefaults.moc"
