// Hostile input gets a Stripe-style 4xx and the sandbox keeps serving; browser-facing routes have CORS.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using holdfast::test::ApiClient;
using holdfast::test::ApiReply;
using holdfast::test::SandboxProcess;

class TestSandboxRobustness : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;

    void verifyStillServing()
    {
        QCOMPARE(m_api->post(u"/v1/payment_intents"_s, "amount=500&currency=usd").status, 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_api = std::make_unique<ApiClient>(m_sandbox.baseUrl());
    }

    void hostileBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("2 MiB body") << QByteArray("amount=500&currency=usd&description=" + QByteArray(2 << 20, 'x')) << 413;
        QByteArray deep = "metadata";
        for (int i = 0; i < 12; ++i)
            deep += "[a]";
        QTest::newRow("deep brackets") << QByteArray("amount=500&currency=usd&" + deep + "=1") << 400;
        QByteArray many = "amount=500&currency=usd";
        for (int i = 0; i < 10000; ++i)
            many += "&metadata[k" + QByteArray::number(i) + "]=v";
        QTest::newRow("10000 parameters") << many << 400;
        QTest::newRow("invalid UTF-8") << QByteArray("amount=500&currency=usd&description=%FF%FE%C3") << 400;
        QTest::newRow("unbalanced bracket") << QByteArray("amount=500&currency=usd&metadata[a=1") << 400;
        QTest::newRow("scalar and hash") << QByteArray("amount=500&currency=usd&metadata=x&metadata[a]=1") << 400;
        QTest::newRow("amount as hash") << QByteArray("amount[x]=5&currency=usd") << 400;
    }

    void hostileBodiesAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const ApiReply r = m_api->post(u"/v1/payment_intents"_s, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorType(), u"invalid_request_error"_s);
        verifyStillServing();
    }

    void garbageOnTheSocketDoesNotKillTheServer()
    {
        QTcpSocket socket;
        socket.connectToHost(m_sandbox.baseUrl().host(), quint16(m_sandbox.baseUrl().port()));
        QVERIFY(socket.waitForConnected(3000));
        socket.write(QByteArray(70000, '\x01') + "\r\n\r\n");
        socket.waitForBytesWritten(3000);
        socket.waitForReadyRead(500);
        socket.abort();
        verifyStillServing();
    }

    void unknownRoutesAnswerStripesError()
    {
        const ApiReply r = m_api->get(u"/v1/nonsense"_s);
        QCOMPARE(r.status, 404);
        QVERIFY(r.json[u"error"][u"message"].toString().startsWith(u"Unrecognized request URL (GET: /v1/nonsense)"));
    }

    void corsLikeApiStripeCom()
    {
        const ApiReply preflight = m_api->raw("OPTIONS", u"/v1/payment_intents/pi_x"_s, {},
                                              {{"Origin", "https://shop.example"},
                                               {"Access-Control-Request-Method", "POST"},
                                               {"Access-Control-Request-Headers", "content-type"}});
        QCOMPARE(preflight.status, 200);
        QCOMPARE(preflight.headers.value("access-control-allow-origin"), QByteArray("*"));
        QVERIFY(preflight.headers.value("access-control-allow-methods").contains("POST"));
        const ApiReply js = m_api->raw("GET", u"/v3/"_s, {}, {{"Origin", "https://shop.example"}});
        QCOMPARE(js.status, 200);
        QCOMPARE(js.headers.value("access-control-allow-origin"), QByteArray("*"));
        QVERIFY(js.body.contains("confirmPayment"));
        QCOMPARE(m_api->get(u"/v1/payment_intents"_s).headers.value("access-control-allow-origin"), QByteArray("*"));
    }

    void amazonPayTestPageShowsMerchantAmountAndButtons()
    {
        const QString id = m_api->createAmazonPay(6000).str(u"id"_s);
        const ApiReply page = m_api->raw("GET", u"/_sandbox/amazon_pay/"_s + id, {}, {});
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Authorize Test Payment"));
        QVERIFY(page.body.contains("Fail Test Payment"));
        QVERIFY(page.body.contains("60.00 USD"));
        QVERIFY(page.body.contains("Holdfast Sandbox Shop"));
        const ApiReply fail = m_api->raw("POST", u"/_sandbox/amazon_pay/"_s + id + u"/fail", "source=test_page",
                                         {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(fail.status, 303);
        const QByteArray location = fail.headers.value("location");
        QVERIFY2(location.startsWith(QByteArray("https://shop.example/done?order=7&payment_intent=" + id.toUtf8())), location);
        QVERIFY(location.contains("&payment_intent_client_secret="));
        QVERIFY(location.endsWith("&redirect_status=failed"));
    }

    void controlsValidateTheirInput()
    {
        QCOMPARE(m_sandbox.control("/_sandbox/faults", R"({"kind":"meteor"})"), 400);
        QCOMPARE(m_sandbox.control("/_sandbox/clock/advance", "not json"), 400);
        const ApiReply clock = m_api->raw("GET", u"/_sandbox/clock"_s, {}, {});
        QCOMPARE(clock.status, 200);
        QVERIFY(clock.json[u"now"].toInteger() > 1700000000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandbox_robustness.moc"
