// Checks made before the network give the same code (and so the same message) Stripe would.
#include "stripe/idempotencykey.h"
#include "stripe/validation.h"

#include <QTest>

using namespace holdfast;
using namespace holdfast::stripe;

namespace {
PaymentIntentCreateParams amazonPay(qint64 amount, const QString &currency)
{
    PaymentIntentCreateParams p;
    p.amount = amount;
    p.currency = currency;
    p.paymentMethodTypes = {QStringLiteral("amazon_pay")};
    p.captureMethod = QStringLiteral("manual");
    return p;
}
PaymentIntent heldIntent(qint64 capturable)
{
    PaymentIntent pi;
    pi.id = QStringLiteral("pi_1");
    pi.amount = capturable;
    pi.amountCapturable = capturable;
    pi.currency = QStringLiteral("usd");
    pi.status = PaymentIntent::Status::RequiresCapture;
    pi.paymentMethodTypes = {QStringLiteral("amazon_pay")};
    return pi;
}
QString codeOf(const std::optional<StripeError> &e)
{
    return e ? e->code : QString();
}
} // namespace

class TestPaymentValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amazonPayNeedsTheAccountsCurrency()
    {
        PaymentValidator us;
        QVERIFY(!us.checkCreate(amazonPay(6000, QStringLiteral("usd"))));
        const auto e = us.checkCreate(amazonPay(6000, QStringLiteral("eur")));
        QCOMPARE(codeOf(e), QStringLiteral("payment_intent_invalid_currency"));
        QCOMPARE(e->kind, StripeError::Kind::Validation);
        QCOMPARE(e->userMessage(),
                 StripeError::messageForCode(QStringLiteral("payment_intent_invalid_currency")));
        PaymentValidator de(QStringLiteral("de"));
        QVERIFY(!de.checkCreate(amazonPay(6000, QStringLiteral("eur"))));
        QCOMPARE(codeOf(de.checkCreate(amazonPay(6000, QStringLiteral("usd")))),
                 QStringLiteral("payment_intent_invalid_currency"));
    }
    void amountLimits()
    {
        PaymentValidator v;
        QCOMPARE(codeOf(v.checkCreate(amazonPay(49, QStringLiteral("usd")))),
                 QStringLiteral("amount_too_small"));
        QVERIFY(!v.checkCreate(amazonPay(50, QStringLiteral("usd"))));
        QVERIFY(!v.checkCreate(amazonPay(99'999'999, QStringLiteral("usd"))));
        QCOMPARE(codeOf(v.checkCreate(amazonPay(100'000'000, QStringLiteral("usd")))),
                 QStringLiteral("amount_too_large"));
        QCOMPARE(codeOf(v.checkCreate(amazonPay(0, QStringLiteral("usd")))),
                 QStringLiteral("amount_too_small"));
        QCOMPARE(codeOf(v.checkCreate(amazonPay(6000, QString()))), QStringLiteral("parameter_missing"));
    }
    void redirectConfirmationNeedsReturnUrl()
    {
        PaymentValidator v;
        auto p = amazonPay(6000, QStringLiteral("usd"));
        p.confirm = true;
        p.paymentMethodDataType = QStringLiteral("amazon_pay");
        QCOMPARE(codeOf(v.checkCreate(p)),
                 QStringLiteral("payment_intent_redirect_confirmation_without_return_url"));
        p.returnUrl = QStringLiteral("https://shop.example/done");
        QVERIFY(!v.checkCreate(p));

        PaymentIntent pi = heldIntent(6000);
        pi.status = PaymentIntent::Status::RequiresPaymentMethod;
        QCOMPARE(codeOf(v.checkConfirm(pi, {QStringLiteral("amazon_pay"), {}, {}, {}})),
                 QStringLiteral("payment_intent_redirect_confirmation_without_return_url"));
    }
    void captureNoMoreThanCapturable()
    {
        PaymentValidator v;
        QVERIFY(!v.checkCapture(heldIntent(6000), std::nullopt));
        QVERIFY(!v.checkCapture(heldIntent(6000), 6000));
        QVERIFY(!v.checkCapture(heldIntent(6000), 1));
        QCOMPARE(codeOf(v.checkCapture(heldIntent(6000), 6001)), QStringLiteral("amount_too_large"));
        PaymentIntent done = heldIntent(0);
        done.status = PaymentIntent::Status::Succeeded;
        QCOMPARE(codeOf(v.checkCapture(done, std::nullopt)),
                 QStringLiteral("payment_intent_unexpected_state"));
    }
    void idempotencyKeysComeFromMeaning()
    {
        QCOMPARE(IdempotencyKey::forOperation(QStringLiteral("1042"), 1, QStringLiteral("create")),
                 QStringLiteral("holdfast-order-1042-attempt-1-create"));
        QCOMPARE(IdempotencyKey::forOperation(QStringLiteral("1042"), 1, QStringLiteral("create")),
                 IdempotencyKey::forOperation(QStringLiteral("1042"), 1, QStringLiteral("create")));
        QVERIFY(IdempotencyKey::forOperation(QStringLiteral("1042"), 2, QStringLiteral("create")) !=
                IdempotencyKey::forOperation(QStringLiteral("1042"), 1, QStringLiteral("create")));
        QCOMPARE(IdempotencyKey::forOperation(QStringLiteral("a b/ü"), 1, QStringLiteral("capture")),
                 QStringLiteral("holdfast-order-a_b__-attempt-1-capture"));
        const QString longKey = IdempotencyKey::forOperation(QString(400, u'x'), 1, QStringLiteral("create"));
        QVERIFY(longKey.size() <= 255);
        QVERIFY(longKey != IdempotencyKey::forOperation(QString(401, u'x'), 1, QStringLiteral("create")));
    }
};

QTEST_GUILESS_MAIN(TestPaymentValidator)
#include "tst_paymentvalidator.moc"
