// Typed errors: Stripe's envelope is read completely, and every code a person can meet has a
// translated message (a German catalogue proves the text goes through the translator).
#include "stripe/stripeerror.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using holdfast::stripe::StripeError;

namespace {
// Answers every lookup in the StripeError context, so we can see each message is translated.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "StripeError") == 0)
            return QStringLiteral("[de] ") + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestStripeError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyContractCodeHasATranslatedMessage_data()
    {
        QTest::addColumn<QString>("code");
        const QStringList contract{QStringLiteral("parameter_missing"),
                                   QStringLiteral("parameter_unknown"),
                                   QStringLiteral("parameter_invalid_integer"),
                                   QStringLiteral("parameter_invalid_empty"),
                                   QStringLiteral("amount_too_small"),
                                   QStringLiteral("amount_too_large"),
                                   QStringLiteral("resource_missing"),
                                   QStringLiteral("payment_intent_unexpected_state"),
                                   QStringLiteral("payment_intent_invalid_parameter"),
                                   QStringLiteral("payment_intent_payment_attempt_failed"),
                                   QStringLiteral("payment_intent_payment_attempt_expired"),
                                   QStringLiteral("payment_intent_action_required"),
                                   QStringLiteral("payment_intent_authentication_failure"),
                                   QStringLiteral("secret_key_required"),
                                   QStringLiteral("rate_limit"),
                                   QStringLiteral("lock_timeout"),
                                   QStringLiteral("idempotency_key_in_use"),
                                   QStringLiteral("charge_already_refunded"),
                                   QStringLiteral("charge_not_refundable"),
                                   QStringLiteral("charge_expired_for_capture"),
                                   QStringLiteral("payment_intent_invalid_currency"),
                                   QStringLiteral("missing_required_parameter"),
                                   QStringLiteral("payment_intent_redirect_confirmation_without_return_url")};
        for (const QString &code : contract)
            QTest::newRow(qPrintable(code)) << code;
    }
    void everyContractCodeHasATranslatedMessage()
    {
        QFETCH(QString, code);
        QVERIFY(StripeError::knownCodes().contains(code));
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        StripeError e;
        e.kind = StripeError::Kind::Api;
        e.httpStatus = 400;
        e.code = code;
        const QString text = e.userMessage();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(text.startsWith(QStringLiteral("[de] ")), qPrintable(text));
        QVERIFY(text.size() > 20);
        QVERIFY(!text.contains(u'{'));
        // Untranslated it is still a sentence, and not the generic fallback.
        QVERIFY(!e.userMessage().contains(code));
    }
    void everyKindHasAMessage()
    {
        using K = StripeError::Kind;
        for (K k : {K::Network, K::Timeout, K::OutcomeUnknown, K::RateLimited, K::Api, K::InvalidResponse,
                    K::Cancelled, K::Validation, K::InsecureLiveKey}) {
            StripeError e;
            e.kind = k;
            QVERIFY2(!e.userMessage().isEmpty(), qPrintable(StripeError::kindName(k)));
        }
        QVERIFY(StripeError().userMessage().isEmpty());
    }
    void unknownCodeGetsASensibleMessageNamingIt()
    {
        StripeError e;
        e.kind = StripeError::Kind::Api;
        e.httpStatus = 400;
        e.code = QStringLiteral("brand_new_code");
        QVERIFY(e.userMessage().contains(QStringLiteral("brand_new_code")));
        e.code.clear();
        e.httpStatus = 401;
        QVERIFY(e.userMessage().contains(QStringLiteral("key")));
    }
    void envelopeIsReadCompletely()
    {
        const QByteArray body =
            R"({"error":{"type":"card_error","code":"payment_intent_payment_attempt_failed",
            "decline_code":"generic_decline","param":"payment_method","message":"Declined",
            "doc_url":"https://stripe.com/docs/error-codes/x","payment_intent":{"id":"pi_1"}}})";
        const StripeError e = StripeError::fromResponse(402, body, QStringLiteral("req_abc"));
        QCOMPARE(e.kind, StripeError::Kind::Api);
        QCOMPARE(e.httpStatus, 402);
        QCOMPARE(e.type, QStringLiteral("card_error"));
        QCOMPARE(e.code, QStringLiteral("payment_intent_payment_attempt_failed"));
        QCOMPARE(e.declineCode, QStringLiteral("generic_decline"));
        QCOMPARE(e.param, QStringLiteral("payment_method"));
        QCOMPARE(e.message, QStringLiteral("Declined"));
        QCOMPARE(e.requestId, QStringLiteral("req_abc"));
        QCOMPARE(e.paymentIntentId, QStringLiteral("pi_1"));
        QVERIFY(e.technicalDetail().contains(QStringLiteral("req_abc")));
    }
    void garbageBodyStillGivesAnError()
    {
        const StripeError e =
            StripeError::fromResponse(502, QByteArrayLiteral("<html>bad gateway</html>"), {});
        QCOMPARE(e.kind, StripeError::Kind::Api);
        QVERIFY(!e.userMessage().isEmpty());
        QVERIFY(!e.userMessage().contains(QStringLiteral("<html>")));
    }
    void technicalDetailRedactsSecrets()
    {
        StripeError e =
            StripeError::make(StripeError::Kind::Api, QStringLiteral("x"),
                              QStringLiteral("Invalid API Key provided: sk_test_abcdefghijklmnop1234"));
        QVERIFY(!e.technicalDetail().contains(QStringLiteral("abcdefghijklmnop")));
    }
};

QTEST_GUILESS_MAIN(TestStripeError)
#include "tst_stripeerror.moc"
