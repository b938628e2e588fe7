// Every call Holdfast makes, against a real holdfast-sandbox: the happy paths, Stripe's errors as
// typed values, the local checks, live keys over HTTP, and logs free of secrets.
#include "clientfixture.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QTcpServer>

using namespace holdfast;
using namespace holdfast::stripe;
using namespace holdfast::test;

namespace {
QMutex logMutex;
QStringList capturedLog;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    capturedLog << message;
}
} // namespace

class TestStripeClient : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<StripeClient> m_client;

    PaymentIntent create(const PaymentIntentCreateParams &p, const QString &key)
    {
        std::unique_ptr<StripeReply> r(m_client->createPaymentIntent(p, key));
        [&] {
            QVERIFY(waitFor(r.get()));
            QVERIFY2(r->isOk(), qPrintable(r->error().technicalDetail()));
        }();
        return r->paymentIntent().value_or(PaymentIntent{});
    }
    // Created, redirected and approved at the (sandbox) Amazon page: ready to capture.
    PaymentIntent authorised(qint64 amount, const QString &orderId)
    {
        auto p = amazonPayHold(amount, orderId);
        p.confirm = true;
        p.paymentMethodDataType = QStringLiteral("amazon_pay");
        p.returnUrl = QStringLiteral("https://shop.example/return?order=") + orderId;
        const PaymentIntent pi =
            create(p, IdempotencyKey::forOperation(orderId, 1, QStringLiteral("create")));
        m_sandbox.control("/_sandbox/amazon_pay/" + pi.id.toLatin1() + "/authorize");
        std::unique_ptr<StripeReply> r(m_client->retrievePaymentIntent(pi.id));
        waitFor(r.get());
        return r->paymentIntent().value_or(PaymentIntent{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_client = clientFor(m_sandbox);
    }
    void init() { QCOMPARE(m_sandbox.control("/_sandbox/reset"), 200); }

    void createSendsEveryFieldAndParsesTheIntent()
    {
        auto p = amazonPayHold(6000, QStringLiteral("1042"));
        p.description = QStringLiteral("Order 1042: tea & cake = 60 + tip");
        p.receiptEmail = QStringLiteral("ann+shop@example.com");
        p.metadata.insert(QStringLiteral("note"), QStringLiteral("Café ü"));
        std::unique_ptr<StripeReply> r(
            m_client->createPaymentIntent(p, QStringLiteral("holdfast-order-1042-attempt-1-create")));
        QVERIFY(waitFor(r.get()));
        QVERIFY2(r->isOk(), qPrintable(r->error().technicalDetail()));
        const auto pi = r->paymentIntent();
        QVERIFY(pi);
        QVERIFY(pi->id.startsWith(QStringLiteral("pi_")));
        QCOMPARE(pi->amount, 6000);
        QCOMPARE(pi->currency, QStringLiteral("usd"));
        QCOMPARE(pi->captureMethod, PaymentIntent::CaptureMethod::Manual);
        QCOMPARE(pi->status, PaymentIntent::Status::RequiresPaymentMethod);
        QCOMPARE(pi->description, p.description);
        QCOMPARE(pi->receiptEmail, p.receiptEmail);
        QCOMPARE(pi->metadata.value(QStringLiteral("order_id")), QStringLiteral("1042"));
        QCOMPARE(pi->metadata.value(QStringLiteral("note")), QStringLiteral("Café ü"));
        QCOMPARE(pi->paymentMethodTypes, QStringList{QStringLiteral("amazon_pay")});
        QVERIFY(r->requestId().startsWith(QStringLiteral("req_")));
        QCOMPARE(r->attempts(), 1);
        QVERIFY(!r->idempotentReplayed());
    }

    void sameKeyReplaysInsteadOfCreatingTwice()
    {
        const QString key = IdempotencyKey::forOperation(QStringLiteral("7"), 1, QStringLiteral("create"));
        const PaymentIntent first = create(amazonPayHold(1500, QStringLiteral("7")), key);
        std::unique_ptr<StripeReply> again(
            m_client->createPaymentIntent(amazonPayHold(1500, QStringLiteral("7")), key));
        QVERIFY(waitFor(again.get()));
        QVERIFY(again->isOk());
        QVERIFY(again->idempotentReplayed());
        QCOMPARE(again->paymentIntent()->id, first.id);
        QCOMPARE(listAll(*m_client, QStringLiteral("/v1/payment_intents")).size(), 1);
    }

    void retrieveUpdateAndExpand()
    {
        const PaymentIntent pi =
            create(amazonPayHold(2000, QStringLiteral("8")), QStringLiteral("k-8-create"));
        PaymentIntentUpdateParams u;
        u.amount = 2500;
        u.description = QStringLiteral("changed");
        u.metadata.insert(QStringLiteral("till"), QStringLiteral("2"));
        std::unique_ptr<StripeReply> up(m_client->updatePaymentIntent(pi, u, QStringLiteral("k-8-update-1")));
        QVERIFY(waitFor(up.get()));
        QVERIFY2(up->isOk(), qPrintable(up->error().technicalDetail()));
        std::unique_ptr<StripeReply> get(
            m_client->retrievePaymentIntent(pi.id, {QStringLiteral("latest_charge")}));
        QVERIFY(waitFor(get.get()));
        QVERIFY2(get->isOk(), qPrintable(get->error().technicalDetail()));
        QCOMPARE(get->paymentIntent()->amount, 2500);
        QCOMPARE(get->paymentIntent()->description, QStringLiteral("changed"));
        QCOMPARE(get->paymentIntent()->metadata.value(QStringLiteral("till")), QStringLiteral("2"));
    }

    void publishableKeyWithClientSecretSeesTheIntent()
    {
        const PaymentIntent pi =
            create(amazonPayHold(2000, QStringLiteral("9")), QStringLiteral("k-9-create"));
        QVERIFY(!pi.clientSecret.isEmpty());
        std::unique_ptr<StripeReply> r(
            m_client->retrievePaymentIntentWithClientSecret(pi.id, pi.clientSecret));
        QVERIFY(waitFor(r.get()));
        QVERIFY2(r->isOk(), qPrintable(r->error().technicalDetail()));
        QCOMPARE(r->paymentIntent()->id, pi.id);
        QVERIFY(!r->json().contains(QLatin1String("metadata")));
    }

    void confirmAuthoriseCaptureRefund()
    {
        const PaymentIntent created =
            create(amazonPayHold(6000, QStringLiteral("10")), QStringLiteral("k-10-create"));
        PaymentIntentConfirmParams c{
            QStringLiteral("amazon_pay"), {}, QStringLiteral("https://shop.example/done"), {}};
        std::unique_ptr<StripeReply> conf(
            m_client->confirmPaymentIntent(created, c, QStringLiteral("k-10-confirm")));
        QVERIFY(waitFor(conf.get()));
        QVERIFY2(conf->isOk(), qPrintable(conf->error().technicalDetail()));
        QCOMPARE(conf->paymentIntent()->status, PaymentIntent::Status::RequiresAction);
        QVERIFY(conf->paymentIntent()->redirectUrl.isValid());
        QCOMPARE(m_sandbox.control("/_sandbox/amazon_pay/" + created.id.toLatin1() + "/authorize"), 200);
        std::unique_ptr<StripeReply> get(m_client->retrievePaymentIntent(created.id));
        QVERIFY(waitFor(get.get()));
        const PaymentIntent held = *get->paymentIntent();
        QCOMPARE(held.status, PaymentIntent::Status::RequiresCapture);
        QCOMPARE(held.amountCapturable, 6000);

        std::unique_ptr<StripeReply> cap(
            m_client->capturePaymentIntent(held, 4000, QStringLiteral("k-10-capture")));
        QVERIFY(waitFor(cap.get()));
        QVERIFY2(cap->isOk(), qPrintable(cap->error().technicalDetail()));
        QCOMPARE(cap->paymentIntent()->status, PaymentIntent::Status::Succeeded);
        QCOMPARE(cap->paymentIntent()->amountReceived, 4000);

        RefundCreateParams rp;
        rp.paymentIntent = created.id;
        rp.amount = 1000;
        rp.reason = QStringLiteral("requested_by_customer");
        std::unique_ptr<StripeReply> ref(m_client->createRefund(rp, QStringLiteral("k-10-refund-1")));
        QVERIFY(waitFor(ref.get()));
        QVERIFY2(ref->isOk(), qPrintable(ref->error().technicalDetail()));
        QCOMPARE(ref->refund()->amount, 1000);
        ListParams lp;
        lp.extra.add(QStringLiteral("payment_intent"), created.id);
        std::unique_ptr<StripeReply> refunds(m_client->listRefunds(lp));
        QVERIFY(waitFor(refunds.get()));
        QCOMPARE(refunds->list()->data.size(), 1);
    }

    void cancelWithReason()
    {
        const PaymentIntent pi =
            create(amazonPayHold(2000, QStringLiteral("11")), QStringLiteral("k-11-create"));
        std::unique_ptr<StripeReply> r(m_client->cancelPaymentIntent(
            pi.id, CancellationReason::RequestedByCustomer, QStringLiteral("k-11-cancel")));
        QVERIFY(waitFor(r.get()));
        QVERIFY2(r->isOk(), qPrintable(r->error().technicalDetail()));
        QCOMPARE(r->paymentIntent()->status, PaymentIntent::Status::Canceled);
        QCOMPARE(r->paymentIntent()->cancellationReason, QStringLiteral("requested_by_customer"));
        // A second cancel with a new key: Stripe's state error, as a typed, translated value.
        std::unique_ptr<StripeReply> again(m_client->cancelPaymentIntent(pi.id, CancellationReason::Duplicate,
                                                                         QStringLiteral("k-11-cancel-2")));
        QVERIFY(waitFor(again.get()));
        QCOMPARE(again->error().kind, StripeError::Kind::Api);
        QCOMPARE(again->error().httpStatus, 400);
        QCOMPARE(again->error().code, QStringLiteral("payment_intent_unexpected_state"));
        QVERIFY(again->error().requestId.startsWith(QStringLiteral("req_")));
        QCOMPARE(again->attempts(), 1); // a 400 is never retried
        QCOMPARE(again->error().userMessage(),
                 StripeError::messageForCode(QStringLiteral("payment_intent_unexpected_state")));
    }

    void missingObjectIsResourceMissing()
    {
        std::unique_ptr<StripeReply> r(m_client->retrievePaymentIntent(QStringLiteral("pi_doesnotexist")));
        QVERIFY(waitFor(r.get()));
        QCOMPARE(r->error().httpStatus, 404);
        QCOMPARE(r->error().code, QStringLiteral("resource_missing"));
        QVERIFY(r->error().message.contains(QStringLiteral("pi_doesnotexist")));
    }

    void serverCodesMatchTheLocalChecks_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("code");
        QTest::newRow("too small") << qint64(10) << QStringLiteral("usd")
                                   << QStringLiteral("amount_too_small");
        QTest::newRow("too large") << qint64(100'000'000) << QStringLiteral("usd")
                                   << QStringLiteral("amount_too_large");
        QTest::newRow("currency") << qint64(6000) << QStringLiteral("eur")
                                  << QStringLiteral("payment_intent_invalid_currency");
    }
    void serverCodesMatchTheLocalChecks()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, currency);
        QFETCH(QString, code);
        auto p = amazonPayHold(amount, QStringLiteral("12"));
        p.currency = currency;
        // Locally refused, without a request…
        std::unique_ptr<StripeReply> local(m_client->createPaymentIntent(p, QStringLiteral("k-12-local")));
        QVERIFY(waitFor(local.get()));
        QCOMPARE(local->error().kind, StripeError::Kind::Validation);
        QCOMPARE(local->attempts(), 0);
        QCOMPARE(local->error().code, code);
        // …and the server, asked directly, gives the same code and so the same message.
        std::unique_ptr<StripeReply> server(m_client->send({QByteArrayLiteral("POST"),
                                                            QStringLiteral("/v1/payment_intents"),
                                                            p.toForm(),
                                                            QStringLiteral("k-12-") + code,
                                                            {},
                                                            {}}));
        QVERIFY(waitFor(server.get()));
        QCOMPARE(server->error().kind, StripeError::Kind::Api);
        QCOMPARE(server->error().code, code);
        QCOMPARE(server->error().userMessage(), local->error().userMessage());
        QCOMPARE(listAll(*m_client, QStringLiteral("/v1/payment_intents")).size(), 0);
    }

    void redirectWithoutReturnUrlMatchesTheServer()
    {
        const PaymentIntent pi =
            create(amazonPayHold(2000, QStringLiteral("13")), QStringLiteral("k-13-create"));
        PaymentIntentConfirmParams c{QStringLiteral("amazon_pay"), {}, {}, {}};
        std::unique_ptr<StripeReply> local(
            m_client->confirmPaymentIntent(pi, c, QStringLiteral("k-13-confirm")));
        QVERIFY(waitFor(local.get()));
        QCOMPARE(local->error().kind, StripeError::Kind::Validation);
        std::unique_ptr<StripeReply> server(
            m_client->send({QByteArrayLiteral("POST"),
                            QStringLiteral("/v1/payment_intents/") + pi.id + QStringLiteral("/confirm"),
                            c.toForm(),
                            QStringLiteral("k-13-confirm-raw"),
                            {},
                            {}}));
        QVERIFY(waitFor(server.get()));
        QCOMPARE(server->error().code,
                 QStringLiteral("payment_intent_redirect_confirmation_without_return_url"));
        QCOMPARE(server->error().userMessage(), local->error().userMessage());
    }

    void captureAboveCapturableIsRefusedLocally()
    {
        const PaymentIntent held = authorised(3000, QStringLiteral("14"));
        QCOMPARE(held.status, PaymentIntent::Status::RequiresCapture);
        std::unique_ptr<StripeReply> local(
            m_client->capturePaymentIntent(held, 3001, QStringLiteral("k-14-capture")));
        QVERIFY(waitFor(local.get()));
        QCOMPARE(local->error().kind, StripeError::Kind::Validation);
        QCOMPARE(local->error().code, QStringLiteral("amount_too_large"));
        QCOMPARE(local->attempts(), 0);
    }

    void declinedAttemptShowsInLastPaymentError()
    {
        auto p = amazonPayHold(2000, QStringLiteral("15"));
        p.confirm = true;
        p.paymentMethodDataType = QStringLiteral("amazon_pay");
        p.returnUrl = QStringLiteral("https://shop.example/done");
        const PaymentIntent pi = create(p, QStringLiteral("k-15-create"));
        QCOMPARE(m_sandbox.control("/_sandbox/amazon_pay/" + pi.id.toLatin1() + "/fail"), 200);
        std::unique_ptr<StripeReply> r(m_client->retrievePaymentIntent(pi.id));
        QVERIFY(waitFor(r.get()));
        const PaymentIntent after = *r->paymentIntent();
        QCOMPARE(after.status, PaymentIntent::Status::RequiresPaymentMethod);
        QCOMPARE(after.lastPaymentError.code, QStringLiteral("payment_intent_payment_attempt_failed"));
        QVERIFY(!StripeError::messageForCode(after.lastPaymentError.code).isEmpty());
    }

    void wrongKeyIsAnAuthError()
    {
        auto client = clientFor(m_sandbox);
        client->setSecretKey(QStringLiteral("sk_test_wrongwrongwrongwrong1234"));
        std::unique_ptr<StripeReply> r(client->listPaymentIntents({}));
        QVERIFY(waitFor(r.get()));
        QCOMPARE(r->error().httpStatus, 401);
        QVERIFY(!r->error().userMessage().isEmpty());
        QVERIFY(!r->error().message.contains(QStringLiteral("wrongwrongwrong")));
    }

    void searchAndEventsAndWebhookEndpoints()
    {
        create(amazonPayHold(2000, QStringLiteral("16")), QStringLiteral("k-16-create"));
        std::unique_ptr<StripeReply> s(
            m_client->searchPaymentIntents(QStringLiteral("metadata[\"order_id\"]:\"16\"")));
        QVERIFY(waitFor(s.get()));
        QVERIFY2(s->isOk(), qPrintable(s->error().technicalDetail()));
        QCOMPARE(s->list()->data.size(), 1);

        ListParams ep;
        ep.createdGt = 0;
        std::unique_ptr<StripeReply> ev(m_client->listEvents(ep, {QStringLiteral("payment_intent.created")}));
        QVERIFY(waitFor(ev.get()));
        QVERIFY2(ev->isOk(), qPrintable(ev->error().technicalDetail()));
        QCOMPARE(ev->list()->data.size(), 1);
        QCOMPARE(ev->list()->data.first().toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("payment_intent.created"));

        WebhookEndpointCreateParams wp{
            QStringLiteral("http://127.0.0.1:9/hook"),
            {QStringLiteral("payment_intent.succeeded"), QStringLiteral("charge.refunded")},
            {}};
        std::unique_ptr<StripeReply> wc(m_client->createWebhookEndpoint(wp, QStringLiteral("k-16-webhook")));
        QVERIFY(waitFor(wc.get()));
        QVERIFY2(wc->isOk(), qPrintable(wc->error().technicalDetail()));
        const QString id = wc->json().value(QLatin1String("id")).toString();
        QVERIFY(wc->json().value(QLatin1String("secret")).toString().startsWith(QStringLiteral("whsec_")));
        std::unique_ptr<StripeReply> wl(m_client->listWebhookEndpoints());
        QVERIFY(waitFor(wl.get()));
        QCOMPARE(wl->list()->data.size(), 1);
        std::unique_ptr<StripeReply> wd(m_client->deleteWebhookEndpoint(id));
        QVERIFY(waitFor(wd.get()));
        QVERIFY2(wd->isOk(), qPrintable(wd->error().technicalDetail()));
        QVERIFY(wd->json().value(QLatin1String("deleted")).toBool());
        std::unique_ptr<StripeReply> wl2(m_client->listWebhookEndpoints());
        QVERIFY(waitFor(wl2.get()));
        QCOMPARE(wl2->list()->data.size(), 0);
    }

    void liveKeyIsNeverSentOverPlainHttp_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("refused");
        QTest::newRow("sk_live") << QStringLiteral("sk_live_abcdefghijklmnop1234") << true;
        QTest::newRow("rk_live") << QStringLiteral("rk_live_abcdefghijklmnop1234") << true;
        QTest::newRow("sk_test") << QStringLiteral("sk_test_abcdefghijklmnop1234") << false;
    }
    void liveKeyIsNeverSentOverPlainHttp()
    {
        QFETCH(QString, key);
        QFETCH(bool, refused);
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        StripeClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort())));
        client.setSecretKey(key);
        std::unique_ptr<StripeReply> r(
            client.createPaymentIntent(amazonPayHold(6000, QStringLiteral("1")), QStringLiteral("k")));
        // The test-key row proves the listener would have seen a connection.
        if (refused) {
            QTest::qWait(500);
            QVERIFY(!listener.hasPendingConnections());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingConnections(), 5000);
        }
        if (refused) {
            QVERIFY(waitFor(r.get()));
            QCOMPARE(r->error().kind, StripeError::Kind::InsecureLiveKey);
            QCOMPARE(r->attempts(), 0);
        } else {
            r->cancel();
        }
    }

    void requestStartsKeepTheRateLimit()
    {
        auto client = clientFor(m_sandbox);
        // Starts `count` list calls at once and returns the milliseconds until all answered OK, or -1.
        auto burst = [&](int count) -> qint64 {
            QElapsedTimer clock;
            clock.start();
            std::vector<std::unique_ptr<StripeReply>> replies;
            for (int i = 0; i < count; ++i)
                replies.emplace_back(client->listPaymentIntents({}));
            for (auto &r : replies) {
                if (!waitFor(r.get()) || !r->isOk())
                    return -1;
            }
            return clock.elapsed();
        };
        client->setRateLimit(20, 20); // one start every 50 ms
        // The tenth start is held until 450 ms: a lower bound no machine load can break.
        const qint64 limited = burst(10);
        QVERIFY2(limited >= 9 * 50, qPrintable(QString::number(limited)));
        // Without a limit the same burst is quicker: the limit, not the server, spaced them. A
        // tenfold spacing keeps this comparison far from anything a busy machine could blur.
        client->setRateLimit(2, 2); // one start every 500 ms
        const qint64 slow = burst(4);
        QVERIFY2(slow >= 3 * 500, qPrintable(QString::number(slow)));
        client->setRateLimit(-1, -1);
        const qint64 free = burst(4);
        QVERIFY2(free >= 0 && free < slow, qPrintable(QString::number(free)));
    }

    void logsNeverContainKeysOrClientSecrets()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("holdfast.stripe.debug=true"));
        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        const PaymentIntent pi =
            create(amazonPayHold(2000, QStringLiteral("17")), QStringLiteral("k-17-create"));
        std::unique_ptr<StripeReply> r(
            m_client->retrievePaymentIntentWithClientSecret(pi.id, pi.clientSecret));
        waitFor(r.get());
        QCOMPARE(m_sandbox.control(
                     "/_sandbox/faults",
                     jsonBody({{QStringLiteral("method"), QStringLiteral("GET")},
                               {QStringLiteral("path_prefix"), QStringLiteral("/v1/payment_intents")},
                               {QStringLiteral("kind"), QStringLiteral("error_500_after_commit")},
                               {QStringLiteral("count"), 1}})),
                 200);
        std::unique_ptr<StripeReply> retried(
            m_client->retrievePaymentIntentWithClientSecret(pi.id, pi.clientSecret));
        waitFor(retried.get());
        auto badKey = clientFor(m_sandbox);
        badKey->setSecretKey(QStringLiteral("sk_test_leakyleakyleaky9876"));
        std::unique_ptr<StripeReply> bad(badKey->listPaymentIntents({}));
        waitFor(bad.get());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        const QString log = capturedLog.join(u'\n');
        QVERIFY2(log.contains(QStringLiteral("/v1/payment_intents")),
                 "the client logged nothing: the test proves nothing");
        QVERIFY(!pi.clientSecret.isEmpty());
        QVERIFY2(!log.contains(pi.clientSecret), qPrintable(log));
        QVERIFY(!log.contains(QStringLiteral("_secret_")));
        QVERIFY(!log.contains(QString::fromLatin1(SandboxProcess::secretKey)));
        QVERIFY(!log.contains(QStringLiteral("leakyleakyleaky")));
    }
};

QTEST_GUILESS_MAIN(TestStripeClient)
#include "tst_stripeclient.moc"
