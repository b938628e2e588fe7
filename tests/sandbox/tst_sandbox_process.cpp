// The executable's contract: first line, clean exit on SIGTERM, --state persistence, keys, country.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using holdfast::test::ApiClient;
using holdfast::test::ApiReply;
using holdfast::test::SandboxProcess;

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLineThenCleanExitOnSigterm()
    {
        QProcess process;
        process.start(qEnvironmentVariable("HOLDFAST_SANDBOX_BIN"), {u"--port"_s, u"0"_s});
        QVERIFY(process.waitForStarted(5000));
        QVERIFY(QTest::qWaitFor([&] { return process.canReadLine(); }, 10000));
        const QString line = QString::fromUtf8(process.readLine());
        QVERIFY2(QRegularExpression(uR"(^listening on http://127\.0\.0\.1:\d+\n$)"_s).match(line).hasMatch(),
                 qPrintable(line));
        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void stateSurvivesRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString state = dir.filePath(u"sandbox.sqlite"_s);
        QString id;
        {
            SandboxProcess first({u"--state"_s, state});
            QVERIFY2(first.start(), qPrintable(first.errorString()));
            ApiClient api(first.baseUrl());
            id = api.createAmazonPay(6000, true, "metadata[order_id]=77").str(u"id"_s);
            QCOMPARE(first.control("/_sandbox/amazon_pay/" + id.toUtf8() + "/authorize"), 200);
            QCOMPARE(first.control("/_sandbox/clock/advance", R"({"seconds":3600})"), 200);
        }
        SandboxProcess second({u"--state"_s, state});
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        ApiClient api(second.baseUrl());
        const auto pi = api.get(u"/v1/payment_intents/"_s + id);
        QCOMPARE(pi.str(u"status"_s), u"requires_capture"_s);
        QCOMPARE(pi.json[u"metadata"][u"order_id"].toString(), u"77"_s);
        QCOMPARE(api.post(u"/v1/payment_intents/"_s + id + u"/capture").str(u"status"_s), u"succeeded"_s);
        QVERIFY(api.get(u"/v1/events"_s, "limit=100").json[u"data"].toArray().size() >= 4);
    }

    void customKeysReplaceTheDefaults()
    {
        SandboxProcess sandbox({u"--secret-key"_s, u"sk_test_custom123"_s, u"--publishable-key"_s, u"pk_test_custom123"_s});
        QVERIFY(sandbox.start());
        QCOMPARE(ApiClient(sandbox.baseUrl()).get(u"/v1/payment_intents"_s).status, 401);
        QCOMPARE(ApiClient(sandbox.baseUrl(), "sk_test_custom123").get(u"/v1/payment_intents"_s).status, 200);
    }

    void restrictedKeysNeedTheirPermission()
    {
        SandboxProcess sandbox({u"--restricted-key"_s, u"rk_test_tills1234=rak_payment_intent_write"_s});
        QVERIFY(sandbox.start());
        ApiClient api(sandbox.baseUrl(), "rk_test_tills1234");
        QCOMPARE(api.post(u"/v1/payment_intents"_s, "amount=500&currency=usd").status, 200);
        QCOMPARE(api.get(u"/v1/payment_intents"_s).status, 200);
        const auto refused = api.get(u"/v1/refunds"_s);
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.json[u"error"][u"message"].toString().contains(u"rak_refund_read"));
        QVERIFY(!refused.body.contains("tills"));
    }

    void rateLimitAnswers429LikeStripe()
    {
        // --rate-limit 5: the sixth read within one second is refused with Stripe's rate_limit 429,
        // retryable, and a refused POST is not stored under its idempotency key.
        SandboxProcess sandbox({u"--rate-limit"_s, u"5"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        ApiClient api(sandbox.baseUrl());
        // However slow this machine, some second sees more than five of sixty reads in a row.
        int passed = 0;
        std::optional<ApiReply> refused;
        for (int i = 0; i < 60 && !refused; ++i) {
            ApiReply r = api.get(u"/v1/payment_intents"_s);
            if (r.status == 429)
                refused = r;
            else if (r.status == 200)
                ++passed;
        }
        QVERIFY2(refused, "sixty reads in a row all passed a limit of five per second");
        QVERIFY(passed >= 5);
        QCOMPARE(refused->errorCode(), u"rate_limit"_s);
        QCOMPARE(refused->headers.value("stripe-should-retry"), QByteArray("true"));
        QCOMPARE(refused->headers.value("retry-after"), QByteArray("1"));
        QTest::qWait(1100); // the next second
        // Writes are counted apart from reads; once one is refused, the same key succeeds after the
        // second has passed (a 429 is never stored for replay).
        QByteArray refusedKey;
        for (int i = 0; i < 60 && refusedKey.isEmpty(); ++i) {
            const QByteArray key = "k-rate-" + QByteArray::number(i);
            if (api.post(u"/v1/payment_intents"_s, "amount=500&currency=usd", key).status == 429)
                refusedKey = key;
        }
        QVERIFY2(!refusedKey.isEmpty(), "sixty writes in a row all passed a limit of five per second");
        QTest::qWait(1100);
        const ApiReply retried = api.post(u"/v1/payment_intents"_s, "amount=500&currency=usd", refusedKey);
        QCOMPARE(retried.status, 200);
        QVERIFY(!retried.headers.contains("idempotent-replayed"));
        QVERIFY(!retried.str(u"id"_s).isEmpty());
    }

    void sandboxRefusesABadRateLimit()
    {
        QProcess p;
        p.start(qEnvironmentVariable("HOLDFAST_SANDBOX_BIN"), {u"--rate-limit"_s, u"-3"_s});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
    }

    void countryDecidesAmazonPayCurrency()
    {
        SandboxProcess sandbox({u"--country"_s, u"DE"_s});
        QVERIFY(sandbox.start());
        ApiClient api(sandbox.baseUrl());
        QCOMPARE(api.post(u"/v1/payment_intents"_s, "amount=500&currency=eur&payment_method_types[]=amazon_pay").status, 200);
        QCOMPARE(api.post(u"/v1/payment_intents"_s, "amount=500&currency=usd&payment_method_types[]=amazon_pay").errorCode(),
                 u"payment_intent_invalid_currency"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
