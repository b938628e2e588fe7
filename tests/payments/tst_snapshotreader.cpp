// A payment read whole from a real sandbox: the PaymentIntent, its refunds and, once money arrived,
// its disputes. A restricted key without Disputes: Read still reads the rest (disputes then come by
// their events only); with the permission the dispute is part of the snapshot.
#include "payments/snapshotreader.h"
#include "sandboxprocess.h"
#include "stripe/idempotencykey.h"
#include "stripe/stripeclient.h"
#include "stripe/stripereply.h"

#include <QSignalSpy>
#include <QTest>

using namespace holdfast;

class TestSnapshotReader : public QObject
{
    Q_OBJECT
    test::SandboxProcess m_sandbox{{QStringLiteral("--restricted-key"),
                                    QStringLiteral("rk_test_nodisputes1234=rak_payment_intent_read,rak_refund_read")}};

    std::unique_ptr<stripe::StripeClient> client(const QString &key)
    {
        auto c = std::make_unique<stripe::StripeClient>();
        c->setBaseUrl(m_sandbox.baseUrl());
        c->setSecretKey(key);
        return c;
    }

    // Reads the payment and waits for the answer: the snapshot, or nothing.
    std::optional<payments::PaymentSnapshot> read(stripe::StripeClient &c, const QString &pi)
    {
        std::optional<payments::PaymentSnapshot> result;
        bool done = false;
        payments::readSnapshot(&c, pi, this, [&](const payments::PaymentSnapshot *s, const stripe::StripeError &) {
            if (s)
                result = *s;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return std::nullopt;
        return result;
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void disputesAreReadWithThePermissionAndLeftToEventsWithout()
    {
        auto full = client(QString::fromLatin1(test::SandboxProcess::secretKey));
        stripe::PaymentIntentCreateParams p;
        p.amount = 2500;
        p.currency = QStringLiteral("usd");
        p.paymentMethodTypes = {QStringLiteral("amazon_pay")};
        p.paymentMethodDataType = QStringLiteral("amazon_pay");
        p.confirm = true;
        p.returnUrl = QStringLiteral("https://shop.invalid/return");
        std::unique_ptr<stripe::StripeReply> created(full->createPaymentIntent(p, QStringLiteral("snapshot-reader-1")));
        QSignalSpy finished(created.get(), &stripe::StripeReply::finished);
        QVERIFY(created->isFinished() || finished.wait(20000));
        QVERIFY(created->paymentIntent());
        const QString pi = created->paymentIntent()->id;
        QCOMPARE(m_sandbox.control("/_sandbox/amazon_pay/" + pi.toLatin1() + "/authorize"), 200);
        QCOMPARE(m_sandbox.control("/_sandbox/payment_intents/" + pi.toLatin1() + "/dispute", "{\"reason\":\"duplicate\"}"), 200);

        const auto whole = read(*full, pi);
        QVERIFY(whole);
        QCOMPARE(whole->paymentIntent.status, PaymentIntent::Status::Succeeded);
        QCOMPARE(whole->disputes.size(), 1);
        QCOMPARE(whole->disputes.first().reason, QStringLiteral("duplicate"));
        QCOMPARE(whole->disputedMinor(), 2500);

        auto restricted = client(QStringLiteral("rk_test_nodisputes1234"));
        const auto partial = read(*restricted, pi);
        QVERIFY2(partial, "a key without Disputes: Read must still read the payment");
        QCOMPARE(partial->paymentIntent.status, PaymentIntent::Status::Succeeded);
        QVERIFY(partial->refundsComplete);
        QVERIFY(partial->disputes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotReader)
#include "tst_snapshotreader.moc"
