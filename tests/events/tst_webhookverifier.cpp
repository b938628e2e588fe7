// Stripe-Signature checks on raw bytes: what passes and every way a request must fail.
#include "events/webhookverifier.h"

#include <QTest>
#include <QTimeZone>

using namespace holdfast::events;

namespace {
// Test-only secrets, made up; never real keys.
const QByteArray secretA = QByteArrayLiteral("whsec_testAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
const QByteArray secretB = QByteArrayLiteral("whsec_testBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
const QByteArray body =
    QByteArrayLiteral(R"({"id":"evt_1","object":"event","type":"payment_intent.succeeded"})");
constexpr qint64 now = 1'800'000'000;

WebhookVerifier verifierAt(qint64 at, QList<QByteArray> secrets = {secretA})
{
    return WebhookVerifier(std::move(secrets), [at] { return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()); });
}

QByteArray v1For(const QByteArray &payload, const QByteArray &secret, qint64 t)
{
    return WebhookVerifier::sign(payload, secret, t).split(',').at(1); // "v1=…"
}
} // namespace

class TestWebhookVerifier : public QObject
{
    Q_OBJECT
private slots:
    void acceptsAValidSignature()
    {
        QCOMPARE(verifierAt(now).verify(body, WebhookVerifier::sign(body, secretA, now)),
                 SignatureCheck::Valid);
    }
    void rejectsATamperedBody()
    {
        QByteArray tampered = body;
        tampered.replace("succeeded", "canceled!");
        QCOMPARE(verifierAt(now).verify(tampered, WebhookVerifier::sign(body, secretA, now)),
                 SignatureCheck::NoMatch);
        // One trailing byte is enough.
        QCOMPARE(verifierAt(now).verify(body + ' ', WebhookVerifier::sign(body, secretA, now)),
                 SignatureCheck::NoMatch);
    }
    void rejectsTheWrongSecret()
    {
        QCOMPARE(verifierAt(now).verify(body, WebhookVerifier::sign(body, secretB, now)),
                 SignatureCheck::NoMatch);
        // The key is the whole whsec_ string: signing with the part after the prefix must not pass.
        QCOMPARE(verifierAt(now).verify(body, WebhookVerifier::sign(body, secretA.mid(6), now)),
                 SignatureCheck::NoMatch);
    }
    void rejectsStaleAndFutureTimestamps()
    {
        const auto v = verifierAt(now);
        QCOMPARE(v.verify(body, WebhookVerifier::sign(body, secretA, now - 300)), SignatureCheck::Valid);
        QCOMPARE(v.verify(body, WebhookVerifier::sign(body, secretA, now - 301)),
                 SignatureCheck::StaleTimestamp);
        QCOMPARE(v.verify(body, WebhookVerifier::sign(body, secretA, now + 300)), SignatureCheck::Valid);
        QCOMPARE(v.verify(body, WebhookVerifier::sign(body, secretA, now + 301)),
                 SignatureCheck::FutureTimestamp);
        QCOMPARE(v.verify(body, WebhookVerifier::sign(body, secretA, now - 86400)),
                 SignatureCheck::StaleTimestamp);
    }
    void toleranceIsConfigurable()
    {
        auto v = verifierAt(now);
        v.setToleranceSeconds(10);
        QCOMPARE(v.verify(body, WebhookVerifier::sign(body, secretA, now - 11)),
                 SignatureCheck::StaleTimestamp);
    }
    void rejectsMissingOrGarbageHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<SignatureCheck>("expected");
        QTest::newRow("missing") << QByteArray() << SignatureCheck::MissingHeader;
        QTest::newRow("blank") << QByteArray("   ") << SignatureCheck::MissingHeader;
        QTest::newRow("garbage") << QByteArray("hello world") << SignatureCheck::MalformedHeader;
        QTest::newRow("no timestamp") << v1For(body, secretA, now) << SignatureCheck::MalformedHeader;
        QTest::newRow("text timestamp")
            << QByteArray("t=soon,") + v1For(body, secretA, now) << SignatureCheck::MalformedHeader;
        QTest::newRow("two timestamps") << QByteArray("t=1,t=2,v1=00") << SignatureCheck::MalformedHeader;
        QTest::newRow("empty v1") << QByteArray("t=") + QByteArray::number(now) + ",v1="
                                  << SignatureCheck::NoMatch;
        QTest::newRow("binary") << QByteArray("\x00\xff=,=\x01", 7) << SignatureCheck::MalformedHeader;
    }
    void rejectsMissingOrGarbageHeaders()
    {
        QFETCH(QByteArray, header);
        QFETCH(SignatureCheck, expected);
        QCOMPARE(verifierAt(now).verify(body, header), expected);
    }
    void acceptsAnyOfSeveralV1()
    {
        const QByteArray t = "t=" + QByteArray::number(now);
        const QByteArray header =
            t + ",v1=" + QByteArray(64, 'a') + "," + v1For(body, secretA, now) + ",v1=zz";
        QCOMPARE(verifierAt(now).verify(body, header), SignatureCheck::Valid);
        const QByteArray allWrong = t + ",v1=" + QByteArray(64, 'a') + ",v1=" + QByteArray(64, 'b');
        QCOMPARE(verifierAt(now).verify(body, allWrong), SignatureCheck::NoMatch);
    }
    void ignoresV0()
    {
        const QByteArray t = "t=" + QByteArray::number(now);
        // A correct HMAC presented as v0 is still not accepted: only v1 counts.
        const QByteArray v0 = "v0=" + v1For(body, secretA, now).mid(3);
        QCOMPARE(verifierAt(now).verify(body, t + "," + v0), SignatureCheck::NoV1Signature);
        QCOMPARE(verifierAt(now).verify(body, t + "," + v0 + "," + v1For(body, secretA, now)),
                 SignatureCheck::Valid);
    }
    void acceptsEverySecretDuringARoll()
    {
        const auto v = verifierAt(now, {secretA, secretB});
        QCOMPARE(v.verify(body, WebhookVerifier::sign(body, secretA, now)), SignatureCheck::Valid);
        QCOMPARE(v.verify(body, WebhookVerifier::sign(body, secretB, now)), SignatureCheck::Valid);
        QCOMPARE(v.verify(body, WebhookVerifier::sign(body, "whsec_other", now)), SignatureCheck::NoMatch);
    }
    void withoutASecretNothingPasses()
    {
        QCOMPARE(verifierAt(now, {}).verify(body, WebhookVerifier::sign(body, secretA, now)),
                 SignatureCheck::NoSecret);
    }
    void readsSecretFilesWithSeveralLines()
    {
        const auto secrets =
            WebhookVerifier::secretsFromText("# rolled 2026-11\n" + secretA + "\r\n\n  " + secretB + "  \n");
        QCOMPARE(secrets, (QList<QByteArray>{secretA, secretB}));
    }
    void descriptionsNeverContainSecrets()
    {
        for (int i = 0; i <= int(SignatureCheck::NoSecret); ++i)
            QVERIFY(!WebhookVerifier::describe(SignatureCheck(i)).contains(QLatin1String("whsec_")));
    }
};

QTEST_GUILESS_MAIN(TestWebhookVerifier)
#include "tst_webhookverifier.moc"
