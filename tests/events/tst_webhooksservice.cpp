// holdfast-webhooks as shipped, receiving real signed deliveries from holdfast-sandbox webhook
// endpoints: into SQLite; forged, malformed and oversized requests refused; and on PostgreSQL,
// 503 while the server is stopped, then the sandbox's retry lands once it is back, and a till's
// ChangeWatcher hears about it.
#include "eventfixture.h"
#include "events/eventprocessor.h"
#include "events/webhookverifier.h"
#include "sandboxstripe.h"
#include "store/changewatcher.h"
#include "store/eventlog.h"
#include "testservices.h"
#include "webhooksprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <memory>

using namespace holdfast;
using namespace holdfast::test;

namespace {

struct HttpResult
{
    int status = 0;
    QByteArray body;
};

HttpResult httpCall(const QUrl &url, const QByteArray &body = {}, const QByteArray &signature = {},
                    bool post = true)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!signature.isEmpty())
        request.setRawHeader("Stripe-Signature", signature);
    QNetworkReply *reply = post ? manager.post(request, body) : manager.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15000);
    HttpResult r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return r;
}

void runPostgresCtl(const char *action)
{
    const QString ctl = qEnvironmentVariable("HOLDFAST_TEST_POSTGRES_CTL");
    QProcess p;
    p.start(ctl, {QString::fromLatin1(action)});
    p.waitForFinished(60000);
}

} // namespace

class TestWebhooksService : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxStripe> m_stripe;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_stripe = std::make_unique<SandboxStripe>(m_sandbox);
        QCOMPARE(m_sandbox.control("/_sandbox/webhooks/retry_schedule",
                                   R"({"delays_ms":[300,600,1000,1500,2000,3000,4000,5000,6000,8000]})"),
                 200);
    }
    void init() { QCOMPARE(m_sandbox.control("/_sandbox/reset"), 200); }

    void signedDeliveriesReachTheOrderInSqlite()
    {
        const QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hooks.db"));
        auto db = openDatabase(url);
        WebhooksProcess service;
        const QByteArray secret =
            m_stripe->createWebhookEndpoint(service.url(), events::EventProcessor::eventTypes());
        QVERIFY(secret.startsWith("whsec_"));
        QVERIFY2(service.start(url, {secret}), qPrintable(service.firstLine()));

        const Order order = newOrder(*db);
        const QString pi = m_stripe->createAmazonPay(order.number);
        newAttempt(*db, order, pi);
        QVERIFY(m_stripe->authorize(pi));
        QTRY_COMPARE_WITH_TIMEOUT(store::OrderStore(*db).get(order.id)->state, OrderState::Authorised, 10000);
        QCOMPARE(m_stripe->capture(pi).value(QLatin1String("status")).toString(),
                 QStringLiteral("succeeded"));
        QTRY_COMPARE_WITH_TIMEOUT(store::OrderStore(*db).get(order.id)->state, OrderState::Captured, 10000);

        const auto received = store::EventLog(*db).forObject(pi);
        QVERIFY(received->size() >= 4);
        const HttpResult health = httpCall(service.url(QStringLiteral("/healthz")), {}, {}, false);
        QCOMPARE(health.status, 200);
        const QJsonObject h = QJsonDocument::fromJson(health.body).object();
        QCOMPARE(h.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QVERIFY(h.value(QLatin1String("last_event_id")).toString().startsWith(QLatin1String("evt_")));
        QCOMPARE(h.value(QLatin1String("events_waiting")).toInteger(), 0);

        // Replaying a stored delivery (freshly signed) is answered 200 and changes nothing.
        const QByteArray payload = received->first().payload;
        const auto replay =
            httpCall(service.url(), payload,
                     events::WebhookVerifier::sign(payload, secret, QDateTime::currentSecsSinceEpoch()));
        QCOMPARE(replay.status, 200);
        QVERIFY(QJsonDocument::fromJson(replay.body).object().value(QLatin1String("duplicate")).toBool());

        // Forged, stale, malformed and oversized requests are refused and leave no event behind.
        const qint64 before = store::EventLog(*db).forObject(pi)->size();
        QCOMPARE(httpCall(service.url(), payload).status, 400);
        QCOMPARE(httpCall(service.url(), payload,
                          events::WebhookVerifier::sign(payload, "whsec_wrong",
                                                        QDateTime::currentSecsSinceEpoch()))
                     .status,
                 400);
        QCOMPARE(httpCall(service.url(), payload,
                          events::WebhookVerifier::sign(payload, secret,
                                                        QDateTime::currentSecsSinceEpoch() - 3600))
                     .status,
                 400);
        const QByteArray notJson = "this is not json";
        QCOMPARE(httpCall(service.url(), notJson,
                          events::WebhookVerifier::sign(notJson, secret, QDateTime::currentSecsSinceEpoch()))
                     .status,
                 400);
        const QByteArray huge(300 * 1024, 'x');
        QCOMPARE(httpCall(service.url(), huge,
                          events::WebhookVerifier::sign(huge, secret, QDateTime::currentSecsSinceEpoch()))
                     .status,
                 413);
        QCOMPARE(store::EventLog(*db).forObject(pi)->size(), before);
        const QJsonObject after =
            QJsonDocument::fromJson(httpCall(service.url(QStringLiteral("/healthz")), {}, {}, false).body)
                .object();
        QVERIFY(!after.value(QLatin1String("last_failure")).toString().isEmpty());
        QVERIFY(!after.value(QLatin1String("last_failure")).toString().contains(QLatin1String("whsec_")));

        // Clean exit on SIGTERM.
        service.process().terminate();
        QVERIFY(service.process().waitForFinished(5000));
        QCOMPARE(service.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(service.process().exitCode(), 0);
    }

    // The phone route's return page: in the customer's language, saying what redirect_status says,
    // with nothing of the address (the client secret) in the page, its headers or the service's log.
    void servesTheReturnPageInTheCustomersLanguage()
    {
        const QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("return.db"));
        auto db = openDatabase(url);
        WebhooksProcess service;
        QVERIFY2(service.start(url, {QByteArrayLiteral("whsec_returnpagetest0000000000000000")}), qPrintable(service.firstLine()));
        const QString secret = QStringLiteral("pi_3ReturnPage0000_secret_DoNotShow1234");
        QNetworkAccessManager manager; // outlives every reply below
        const auto fetch = [&](const QByteArray &language, const QString &status) {
            QUrl address = service.url(QStringLiteral("/holdfast/checkout/return"));
            address.setQuery(QStringLiteral("payment_intent=pi_3ReturnPage0000&payment_intent_client_secret=%1&redirect_status=%2")
                                 .arg(secret, status));
            QNetworkRequest request(address);
            if (!language.isEmpty())
                request.setRawHeader("Accept-Language", language);
            std::unique_ptr<QNetworkReply> reply(manager.get(request));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            done.wait(15000);
            return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), std::move(reply));
        };
        auto [status, reply] = fetch("de-CH,de;q=0.9,en;q=0.8", QStringLiteral("succeeded"));
        QCOMPARE(status, 200);
        QByteArray body = reply->readAll();
        QVERIFY2(body.contains("lang=\"de\"") && body.contains("Zahlung"), body.constData());
        QVERIFY(!body.contains(secret.toUtf8()) && !body.contains("pi_3ReturnPage"));
        QCOMPARE(reply->rawHeader("Referrer-Policy"), QByteArray("no-referrer"));
        QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("no-store"));
        QVERIFY(reply->rawHeader("Content-Security-Policy").contains("default-src 'none'"));
        QCOMPARE(reply->rawHeader("Content-Language"), QByteArray("de"));
        for (const QByteArray &name : reply->rawHeaderList())
            QVERIFY(!reply->rawHeader(name).contains(secret.toUtf8()));
        // A failed payment says so; no language Holdfast speaks falls back to English.
        auto [failedStatus, failed] = fetch("ja,zh;q=0.5", QStringLiteral("failed"));
        QCOMPARE(failedStatus, 200);
        body = failed->readAll();
        QVERIFY2(body.contains("lang=\"en\"") && body.contains("did not go through"), body.constData());
        auto [frenchStatus, french] = fetch("fr-FR", QStringLiteral("processing"));
        QCOMPARE(frenchStatus, 200);
        QCOMPARE(french->rawHeader("Content-Language"), QByteArray("fr"));
        // What the service wrote about it holds no secret either.
        service.stop();
        const QByteArray log = service.process().readAllStandardOutput() + service.process().readAllStandardError();
        QVERIFY(!log.contains(secret.toUtf8()));
    }

    void refusesToStartWithoutASecret()
    {
        QProcess p;
        p.start(qEnvironmentVariable("HOLDFAST_WEBHOOKS_BIN"),
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"),
                 QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("nosecret.db"))});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(p.readAllStandardError().contains("secret"));
        p.start(qEnvironmentVariable("HOLDFAST_WEBHOOKS_BIN"), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.readAllStandardOutput().contains("/webhooks/stripe"));
    }

    void postgresStoppedGives503ThenTheRetryCatchesUp()
    {
        const QString server = postgresUrl();
        QVERIFY2(!server.isEmpty(), "PostgreSQL not available: run through tests/support/with-services.sh");
        QVERIFY2(!qEnvironmentVariable("HOLDFAST_TEST_POSTGRES_CTL").isEmpty(),
                 "HOLDFAST_TEST_POSTGRES_CTL not set");
        const QString url =
            server + QStringLiteral("?schema=hooks_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        auto db = openDatabase(url);
        WebhooksProcess service;
        const QByteArray secret =
            m_stripe->createWebhookEndpoint(service.url(), events::EventProcessor::eventTypes());
        QVERIFY2(service.start(url, {QByteArrayLiteral("whsec_oldsecretstillrolling"), secret}),
                 qPrintable(service.firstLine()));

        const Order order = newOrder(*db);
        const QString pi = m_stripe->createAmazonPay(order.number);
        newAttempt(*db, order, pi);
        QTRY_VERIFY_WITH_TIMEOUT(!store::EventLog(*db).forObject(pi)->isEmpty(), 10000);

        runPostgresCtl("stop");
        auto restart = qScopeGuard([] { runPostgresCtl("start"); });
        QVERIFY(m_stripe->authorize(pi));
        // While the server is down the receiver answers 503 so Stripe keeps the event.
        QTRY_VERIFY_WITH_TIMEOUT(
            httpCall(service.url(QStringLiteral("/healthz")), {}, {}, false).status == 503, 10000);
        QTest::qWait(1500); // let a delivery or two fail
        QVERIFY(store::OrderStore(*db).get(order.id).ok() == false);
        runPostgresCtl("start");
        restart.dismiss();
        db = openDatabase(url); // this till's connection died with the server

        QTRY_COMPARE_WITH_TIMEOUT(store::OrderStore(*db).get(order.id)->state, OrderState::Authorised, 40000);
        // A till watching the database hears the next change through NOTIFY.
        store::ChangeWatcher watcher(url, QString::fromUtf8(qgetenv("HOLDFAST_DATABASE_PASSWORD")));
        watcher.setInterval(100);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.watching(), 10000);
        QSignalSpy changed(&watcher, &store::ChangeWatcher::ordersChanged);
        QCOMPARE(m_stripe->capture(pi).value(QLatin1String("status")).toString(),
                 QStringLiteral("succeeded"));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(store::OrderStore(*db).get(order.id)->state, OrderState::Captured);
        QCOMPARE(*store::EventLog(*db).countUnprocessed(), 0);
        const QJsonObject h =
            QJsonDocument::fromJson(httpCall(service.url(QStringLiteral("/healthz")), {}, {}, false).body)
                .object();
        QCOMPARE(h.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QVERIFY(h.value(QLatin1String("last_failure"))
                    .toString()
                    .contains(QLatin1String("connect"), Qt::CaseInsensitive) ||
                !h.value(QLatin1String("last_failure")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebhooksService)
#include "tst_webhooksservice.moc"
