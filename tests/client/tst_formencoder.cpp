// Form encoding exactly as Stripe reads it: brackets for nesting, arrays, and the characters that
// would otherwise split or corrupt a parameter.
#include "stripe/formencoder.h"
#include "stripe/requests.h"

#include <QTest>
#include <QUrlQuery>

using holdfast::stripe::FormEncoder;

class TestFormEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reservedCharactersArePercentEncoded()
    {
        FormEncoder f;
        f.add(QStringLiteral("description"), QStringLiteral("a+b&c=d e"));
        QCOMPARE(f.encode(), QByteArrayLiteral("description=a%2Bb%26c%3Dd%20e"));
    }
    void nonAsciiIsUtf8PercentEncoded()
    {
        FormEncoder f;
        f.add(QStringLiteral("description"), QStringLiteral("Café ünd 日本"));
        QCOMPARE(f.encode(), QByteArrayLiteral("description=Caf%C3%A9%20%C3%BCnd%20%E6%97%A5%E6%9C%AC"));
    }
    void unreservedCharactersStayReadable()
    {
        FormEncoder f;
        f.add(QStringLiteral("k"), QStringLiteral("AZaz09-._~"));
        QCOMPARE(f.encode(), QByteArrayLiteral("k=AZaz09-._~"));
    }
    void nestedKeysUseBrackets()
    {
        FormEncoder f;
        f.addMap(QStringLiteral("metadata"), {{QStringLiteral("order_id"), QStringLiteral("1042")}});
        f.add(QStringLiteral("payment_method_data[type]"), QStringLiteral("amazon_pay"));
        QCOMPARE(f.encode(),
                 QByteArrayLiteral("metadata%5Border_id%5D=1042&payment_method_data%5Btype%5D=amazon_pay"));
    }
    void arraysUseEmptyBracketsByDefault()
    {
        FormEncoder f;
        f.addArray(QStringLiteral("payment_method_types"),
                   {QStringLiteral("amazon_pay"), QStringLiteral("card")});
        QCOMPARE(f.encode(),
                 QByteArrayLiteral("payment_method_types%5B%5D=amazon_pay&payment_method_types%5B%5D=card"));
    }
    void arraysCanBeIndexed()
    {
        FormEncoder f(FormEncoder::ArrayStyle::Indexed);
        f.addArray(QStringLiteral("expand"),
                   {QStringLiteral("latest_charge"), QStringLiteral("payment_method")});
        QCOMPARE(f.encode(), QByteArrayLiteral("expand%5B0%5D=latest_charge&expand%5B1%5D=payment_method"));
    }
    void nestedVariantTreesFlatten()
    {
        FormEncoder f;
        f.addNested(QStringLiteral("payment_method_options"),
                    QVariantMap{{QStringLiteral("amazon_pay"),
                                 QVariantMap{{QStringLiteral("capture_method"), QStringLiteral("manual")}}}});
        f.addNested(QStringLiteral("confirm"), true);
        QCOMPARE(f.pairs().size(), 2);
        QCOMPARE(f.pairs().at(0).first, QStringLiteral("payment_method_options[amazon_pay][capture_method]"));
        QCOMPARE(f.value(QStringLiteral("confirm")), QStringLiteral("true"));
    }
    void emptyValueIsKeptToUnsetAField()
    {
        FormEncoder f;
        f.addMap(QStringLiteral("metadata"), {{QStringLiteral("note"), QString()}});
        QCOMPARE(f.encode(), QByteArrayLiteral("metadata%5Bnote%5D="));
    }
    void encodedFormRoundTripsThroughAStandardDecoder()
    {
        FormEncoder f;
        const QString hostile = QStringLiteral("x&y=z+1 %41 ü[]");
        f.add(QStringLiteral("metadata[odd key&=]"), hostile);
        QUrlQuery q(QString::fromLatin1(f.encode()));
        const auto items = q.queryItems(QUrl::FullyDecoded);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().first, QStringLiteral("metadata[odd key&=]"));
        QCOMPARE(items.first().second, hostile);
    }
    void createParamsEncodeTheGuidesRequest()
    {
        holdfast::stripe::PaymentIntentCreateParams p;
        p.amount = 6000;
        p.currency = QStringLiteral("usd");
        p.paymentMethodTypes = {QStringLiteral("amazon_pay")};
        p.captureMethod = QStringLiteral("manual");
        p.confirm = true;
        p.paymentMethodDataType = QStringLiteral("amazon_pay");
        p.returnUrl = QStringLiteral("https://www.example.com/checkout/done?a=1&b=2");
        p.metadata.insert(QStringLiteral("order_id"), QStringLiteral("1042"));
        QCOMPARE(p.toForm().encode(),
                 QByteArrayLiteral(
                     "amount=6000&currency=usd&payment_method_types%5B%5D=amazon_pay&capture_method=manual"
                     "&confirm=true&payment_method_data%5Btype%5D=amazon_pay"
                     "&return_url=https%3A%2F%2Fwww.example.com%2Fcheckout%2Fdone%3Fa%3D1%26b%3D2"
                     "&metadata%5Border_id%5D=1042"));
    }
    void listParamsCarryCreatedRangeAndCursor()
    {
        holdfast::stripe::ListParams p;
        p.limit = 100;
        p.startingAfter = QStringLiteral("pi_123");
        p.setCreatedRange({1000, 2000});
        QCOMPARE(
            p.toForm().encode(),
            QByteArrayLiteral("limit=100&starting_after=pi_123&created%5Bgte%5D=1000&created%5Blt%5D=2000"));
    }
    void createdRangesSplitContiguously()
    {
        const auto ranges = holdfast::stripe::CreatedRange::split(1000, 1010, 4);
        QCOMPARE(ranges.size(), 4);
        QCOMPARE(*ranges.first().gte, 1000);
        QCOMPARE(*ranges.last().lt, 1010);
        for (int i = 1; i < ranges.size(); ++i)
            QCOMPARE(*ranges.at(i).gte, *ranges.at(i - 1).lt);
        QCOMPARE(holdfast::stripe::CreatedRange::split(1000, 1002, 8).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFormEncoder)
#include "tst_formencoder.moc"
