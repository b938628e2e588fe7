#include "domain/dispute.h"
#include "domain/paymentintent.h"
#include "domain/stripeobjects.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using holdfast::PaymentIntent;

#include "stripefixtures.h"

class TestStripeObjects : public QObject
{
    Q_OBJECT
private slots:
    void readsAHeldPaymentIntent()
    {
        holdfast::ParseError error;
        const auto pi = PaymentIntent::fromJson(parse(amazonHeld), &error);
        QVERIFY2(pi, qPrintable(error.toString()));
        QCOMPARE(pi->id, QStringLiteral("pi_3Abc"));
        QCOMPARE(pi->status, PaymentIntent::Status::RequiresCapture);
        QCOMPARE(pi->captureMethod, PaymentIntent::CaptureMethod::Manual);
        QCOMPARE(pi->amountCapturable, 6000);
        QCOMPARE(pi->capturableMoney(), holdfast::Money(6000, QStringLiteral("usd")));
        QCOMPARE(pi->latestCharge, QStringLiteral("ch_1"));
        QCOMPARE(pi->metadata.value(QStringLiteral("order_id")), QStringLiteral("1042"));
        QCOMPARE(pi->created.toSecsSinceEpoch(), 1700000000);
    }

    void readsRedirectAndDecline()
    {
        holdfast::ParseError error;
        auto json = parse(amazonHeld);
        json[QStringLiteral("status")] = QStringLiteral("requires_action");
        json[QStringLiteral("next_action")] = parse(
            fixture1);
        auto pi = PaymentIntent::fromJson(json, &error);
        QVERIFY(pi);
        QCOMPARE(pi->redirectUrl, QUrl(QStringLiteral("http://127.0.0.1:1/amazon?x=1")));

        json[QStringLiteral("status")] = QStringLiteral("requires_payment_method");
        json[QStringLiteral("next_action")] = QJsonValue::Null;
        json[QStringLiteral("last_payment_error")] =
            parse(fixture2);
        pi = PaymentIntent::fromJson(json, &error);
        QVERIFY(pi);
        QCOMPARE(pi->lastPaymentError.code, QStringLiteral("payment_intent_payment_attempt_failed"));
        QVERIFY(pi->redirectUrl.isEmpty());
    }

    void missingOrWrongFieldsAreTypedErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedField");
        QTest::newRow("no id") << "id" << QJsonValue(QJsonValue::Undefined) << "id";
        QTest::newRow("amount string") << "amount" << QJsonValue(QStringLiteral("6000")) << "amount";
        QTest::newRow("amount fraction") << "amount" << QJsonValue(60.5) << "amount";
        QTest::newRow("amount huge") << "amount" << QJsonValue(1e300) << "amount";
        QTest::newRow("amount negative") << "amount" << QJsonValue(-1) << "amount";
        QTest::newRow("unknown status") << "status" << QJsonValue(QStringLiteral("exploded")) << "status";
        QTest::newRow("wrong object") << "object" << QJsonValue(QStringLiteral("charge")) << "object";
        QTest::newRow("currency null") << "currency" << QJsonValue(QJsonValue::Null) << "currency";
        QTest::newRow("id not pi") << "id" << QJsonValue(QStringLiteral("ch_1")) << "id";
    }

    void missingOrWrongFieldsAreTypedErrors()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedField);
        auto json = parse(amazonHeld);
        if (value.isUndefined())
            json.remove(field);
        else
            json[field] = value;
        holdfast::ParseError error;
        QVERIFY(!PaymentIntent::fromJson(json, &error));
        QCOMPARE(error.field, expectedField);
        QVERIFY(!error.reason.isEmpty());
    }

    void eventsRefundsAndLists()
    {
        holdfast::ParseError error;
        const auto event = holdfast::StripeEvent::fromJson(
            parse(fixture3),
            &error);
        QVERIFY2(event, qPrintable(error.toString()));
        QCOMPARE(event->objectId(), QStringLiteral("pi_1"));
        QCOMPARE(event->previousAttributes.value(QStringLiteral("status")).toString(), QStringLiteral("requires_capture"));
        QVERIFY(!holdfast::StripeEvent::fromJson(parse(fixture4), &error));
        QCOMPARE(error.field, QStringLiteral("data.object"));

        const auto refund = holdfast::Refund::fromJson(
            parse(fixture5),
            &error);
        QVERIFY(refund);
        QCOMPARE(refund->status, QStringLiteral("pending"));

        const auto list = holdfast::StripeList::fromJson(parse(fixture6), &error);
        QVERIFY(list);
        QCOMPARE(list->data.size(), 2);
        QVERIFY(list->hasMore);
        QVERIFY(!holdfast::StripeList::fromJson(parse(fixture7), &error));
    }

    // A dispute as Stripe sends it, with every field that may be null as null, an expanded charge,
    // and the codes the till shows in words (a code Stripe adds later shows as it came).
    void readsDisputes()
    {
        holdfast::ParseError error;
        QJsonObject o{{QStringLiteral("id"), QStringLiteral("du_1")}, {QStringLiteral("object"), QStringLiteral("dispute")},
                      {QStringLiteral("amount"), 4200}, {QStringLiteral("currency"), QStringLiteral("usd")},
                      {QStringLiteral("charge"), QJsonObject{{QStringLiteral("id"), QStringLiteral("ch_1")}}},
                      {QStringLiteral("payment_intent"), QStringLiteral("pi_1")}, {QStringLiteral("created"), 1739990000},
                      {QStringLiteral("reason"), QStringLiteral("product_not_received")},
                      {QStringLiteral("status"), QStringLiteral("needs_response")},
                      {QStringLiteral("evidence_details"), QJsonObject{{QStringLiteral("due_by"), 1741813199}}}};
        auto d = holdfast::Dispute::fromJson(o, &error);
        QVERIFY2(d, qPrintable(error.toString()));
        QCOMPARE(d->charge, QStringLiteral("ch_1"));
        QCOMPARE(d->evidenceDueBy.toSecsSinceEpoch(), 1741813199);
        QVERIFY(d->isOpen() && d->needsResponse() && !d->isInquiry());
        QCOMPARE(holdfast::disputetext::reason(d->reason), QStringLiteral("Product not received"));
        QCOMPARE(holdfast::disputetext::status(d->status), QStringLiteral("Needs response"));
        // Nullable fields null: no PaymentIntent, no deadline (the bank takes no evidence), no reason.
        o.insert(QStringLiteral("payment_intent"), QJsonValue());
        o.insert(QStringLiteral("evidence_details"), QJsonObject{{QStringLiteral("due_by"), QJsonValue()}});
        o.insert(QStringLiteral("reason"), QJsonValue());
        o.insert(QStringLiteral("status"), QStringLiteral("warning_needs_response"));
        d = holdfast::Dispute::fromJson(o, &error);
        QVERIFY2(d, qPrintable(error.toString()));
        QVERIFY(d->paymentIntent.isEmpty() && !d->evidenceDueBy.isValid() && d->reason.isEmpty());
        QVERIFY(d->isInquiry());
        QCOMPARE(holdfast::disputetext::status(QStringLiteral("something_new")), QStringLiteral("something_new"));
        // Ranks: never back, a closed one stays closed.
        QVERIFY(holdfast::Dispute::rank(QStringLiteral("under_review")) > holdfast::Dispute::rank(QStringLiteral("needs_response")));
        QVERIFY(holdfast::Dispute::rank(QStringLiteral("needs_response")) > holdfast::Dispute::rank(QStringLiteral("warning_under_review")));
        QVERIFY(holdfast::Dispute::isClosedStatus(QStringLiteral("warning_closed")));
        // Refused with the field named: a wrong object, a missing amount, a negative one.
        o.insert(QStringLiteral("object"), QStringLiteral("refund"));
        QVERIFY(!holdfast::Dispute::fromJson(o, &error));
        QCOMPARE(error.field, QStringLiteral("object"));
        o.insert(QStringLiteral("object"), QStringLiteral("dispute"));
        o.remove(QStringLiteral("amount"));
        QVERIFY(!holdfast::Dispute::fromJson(o, &error));
        QCOMPARE(error.field, QStringLiteral("amount"));
        o.insert(QStringLiteral("amount"), -1);
        QVERIFY(!holdfast::Dispute::fromJson(o, &error));
        o.insert(QStringLiteral("amount"), 1);
        o.insert(QStringLiteral("evidence_details"), QStringLiteral("soon"));
        QVERIFY(!holdfast::Dispute::fromJson(o, &error));
        QCOMPARE(error.field, QStringLiteral("evidence_details"));
    }

    void hostileJsonNeverCrashes()
    {
        // Random mutations of a real object: every outcome is either a value or a typed error.
        const QByteArray base(amazonHeld);
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 3000; ++i) {
            QByteArray mutated = base;
            const int edits = 1 + int(rng->bounded(6));
            for (int e = 0; e < edits; ++e)
                mutated[int(rng->bounded(mutated.size()))] = char(rng->bounded(256));
            holdfast::ParseError error;
            const auto pi = PaymentIntent::fromJson(QJsonDocument::fromJson(mutated).object(), &error);
            QVERIFY(pi || !error.field.isEmpty() || !error.reason.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestStripeObjects)
#include "tst_stripeobjects.moc"
