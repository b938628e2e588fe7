// Stripe's form encoding on both sides of the wire: the client's FormEncoder (and the request
// builders that use it) and the sandbox's decodeForm. Every input is used four ways:
//  1. decoded as a request body; nothing may crash, the limits must hold, and what decodes must
//     encode and decode to the same tree again;
//  2. read as a nested structure (maps, lists, strings), encoded, decoded: the same structure back;
//  3. read as free key/value pairs: the encoding uses only unreserved characters and %XX, and each
//     component percent-decodes to its UTF-8;
//  4. read as the fields of a PaymentIntent create call: the sandbox sees what the client meant.
#include "fuzzsupport.h"

#include "sandbox/formdecoder.h"
#include "stripe/formencoder.h"
#include "stripe/requests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

using namespace holdfast;
using fuzz::Reader;
using sandbox::decodeForm;
using sandbox::FormLimits;
using stripe::FormEncoder;

namespace {

QString show(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)).left(2000);
}

// Depth in bracket levels below a top-level name, and the number of leaves.
void measure(const QJsonValue &v, int depth, int *maxDepth, int *leaves)
{
    *maxDepth = std::max(*maxDepth, depth);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        FUZZ_CHECK(!o.isEmpty(), QStringLiteral("empty object in a decoded form"));
        for (auto it = o.begin(); it != o.end(); ++it)
            measure(it.value(), depth + 1, maxDepth, leaves);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        FUZZ_CHECK(!a.isEmpty(), QStringLiteral("empty array in a decoded form"));
        for (const QJsonValue &item : a)
            measure(item, depth + 1, maxDepth, leaves);
    } else {
        FUZZ_CHECK(v.isString(), QStringLiteral("a decoded leaf that is not a string"));
        ++*leaves;
    }
}

QByteArray encodeTree(const QJsonObject &tree, FormEncoder::ArrayStyle style)
{
    FormEncoder encoder(style);
    for (auto it = tree.begin(); it != tree.end(); ++it)
        encoder.addNested(it.key(), it.value().toVariant());
    return encoder.encode();
}

// 1. Arbitrary bytes as a request body.
void decodeArbitrary(const QByteArray &body)
{
    for (const FormLimits limits : {FormLimits{}, FormLimits{2, 5}}) {
        QJsonObject decoded;
        QString error;
        if (!decodeForm(body, &decoded, &error, limits)) {
            FUZZ_CHECK(!error.isEmpty(), QStringLiteral("refused without a reason"));
            continue;
        }
        int depth = 0;
        int leaves = 0;
        for (auto it = decoded.begin(); it != decoded.end(); ++it) {
            FUZZ_CHECK(!it.key().isEmpty(), show(decoded));
            measure(it.value(), 0, &depth, &leaves);
            (void)sandbox::firstBracketName(it.key(), it.value());
        }
        FUZZ_CHECK(depth <= limits.maxDepth, show(decoded));
        FUZZ_CHECK(leaves <= limits.maxParameters, show(decoded));
        // What the sandbox understood, sent again by the client's encoder, is understood the same way.
        const QByteArray again = encodeTree(decoded, FormEncoder::ArrayStyle::Indexed);
        QJsonObject redecoded;
        FUZZ_CHECK(decodeForm(again, &redecoded, &error, limits), error + u' ' + QString::fromUtf8(again.left(500)));
        FUZZ_CHECK(redecoded == decoded, show(decoded) + QStringLiteral(" became ") + show(redecoded));
    }
}

// 2. A structure built from the input. Names avoid what the format cannot express: brackets inside
// a name, an empty name, and names that read as array indexes (those make lists).
QString nameFrom(Reader &in)
{
    QString name = in.text(12);
    name.remove(u'[');
    name.remove(u']');
    bool numeric = false;
    (void)name.toInt(&numeric);
    if (name.isEmpty() || numeric || name.trimmed().isEmpty())
        name.prepend(u'k');
    return name;
}

QVariant buildValue(Reader &in, int depth, int *budget, bool *containerInList)
{
    const int kind = depth >= 4 || *budget <= 0 ? 0 : in.below(4);
    if (kind <= 1) {
        --*budget;
        return in.text(24);
    }
    const int count = 1 + in.below(4);
    if (kind == 2) {
        QVariantMap map;
        for (int i = 0; i < count; ++i)
            map.insert(nameFrom(in), buildValue(in, depth + 1, budget, containerInList));
        return map;
    }
    QVariantList list;
    for (int i = 0; i < count; ++i) {
        const QVariant item = buildValue(in, depth + 1, budget, containerInList);
        if (item.typeId() != QMetaType::QString)
            *containerInList = true;
        list.append(item);
    }
    return list;
}

void roundTripStructure(Reader &in)
{
    QVariantMap structure;
    int budget = 60;
    bool containerInList = false;
    const int fields = 1 + in.below(6);
    for (int i = 0; i < fields; ++i)
        structure.insert(nameFrom(in), buildValue(in, 1, &budget, &containerInList));
    const QJsonObject expected = QJsonObject::fromVariantMap(structure);

    // key[0]=… always round-trips; key[]=… only while lists hold plain values (a[][x]=1&a[][y]=2 is
    // two list entries by the format's own rules, so lists of maps need indexes).
    QList<FormEncoder::ArrayStyle> styles{FormEncoder::ArrayStyle::Indexed};
    if (!containerInList)
        styles.append(FormEncoder::ArrayStyle::Brackets);
    for (const FormEncoder::ArrayStyle style : styles) {
        FormEncoder encoder(style);
        for (auto it = structure.cbegin(); it != structure.cend(); ++it)
            encoder.addNested(it.key(), it.value());
        const QByteArray body = encoder.encode();
        QJsonObject decoded;
        QString error;
        FUZZ_CHECK(decodeForm(body, &decoded, &error), error + u' ' + QString::fromUtf8(body.left(500)));
        FUZZ_CHECK(decoded == expected, show(expected) + QStringLiteral(" came back as ") + show(decoded)
                                            + QStringLiteral(" via ") + QString::fromUtf8(body.left(500)));
    }
}

// 3. Free pairs: what goes on the wire.
void checkEncoding(Reader &in)
{
    FormEncoder encoder;
    const int pairs = in.below(8);
    QList<QPair<QString, QString>> expected;
    for (int i = 0; i < pairs; ++i) {
        const QString key = in.text(16);
        const QString value = in.text(32);
        encoder.add(key, value);
        expected.append({key, value});
    }
    FUZZ_CHECK(encoder.pairs() == expected, QString());
    const QByteArray body = encoder.encode();
    for (const char c : body) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                             || c == '.' || c == '_' || c == '~' || c == '%' || c == '&' || c == '=';
        FUZZ_CHECK(allowed, QString::fromLatin1(body.left(500)));
    }
    const QList<QByteArray> parts = body.split('&');
    FUZZ_CHECK(expected.isEmpty() ? body.isEmpty() : parts.size() == expected.size(), QString::fromLatin1(body));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QByteArray &part = parts.at(i);
        const qsizetype eq = part.indexOf('=');
        FUZZ_CHECK(eq >= 0 && part.indexOf('=', eq + 1) < 0, QString::fromLatin1(part));
        FUZZ_CHECK(QByteArray::fromPercentEncoding(part.left(eq)) == expected.at(i).first.toUtf8(), QString());
        FUZZ_CHECK(QByteArray::fromPercentEncoding(part.mid(eq + 1)) == expected.at(i).second.toUtf8(), QString());
    }
}

// 4. The create call the till makes, as the sandbox reads it.
void checkCreateParams(Reader &in)
{
    stripe::PaymentIntentCreateParams p;
    p.amount = qint64(in.byte()) * 1000 + in.byte();
    p.currency = in.text(4);
    const int types = in.below(4);
    for (int i = 0; i < types; ++i)
        p.paymentMethodTypes.append(in.text(12));
    if (in.flag())
        p.captureMethod = in.text(16);
    if (in.flag())
        p.confirm = in.flag();
    p.description = in.text(40);
    p.receiptEmail = in.text(24);
    const int entries = in.below(5);
    for (int i = 0; i < entries; ++i)
        p.metadata.insert(nameFrom(in), in.text(40));
    const int expand = in.below(3);
    for (int i = 0; i < expand; ++i)
        p.expand.append(in.text(16));

    QJsonObject decoded;
    QString error;
    const QByteArray body = p.toForm().encode();
    FUZZ_CHECK(decodeForm(body, &decoded, &error), error);
    FUZZ_CHECK(decoded.value(QLatin1String("amount")).toString() == QString::number(p.amount), show(decoded));
    FUZZ_CHECK(decoded.value(QLatin1String("currency")).toString() == p.currency, show(decoded));
    QStringList typesBack;
    for (const QJsonValue &v : decoded.value(QLatin1String("payment_method_types")).toArray())
        typesBack.append(v.toString());
    FUZZ_CHECK(typesBack == p.paymentMethodTypes, show(decoded));
    QStringList expandBack;
    for (const QJsonValue &v : decoded.value(QLatin1String("expand")).toArray())
        expandBack.append(v.toString());
    FUZZ_CHECK(expandBack == p.expand, show(decoded));
    const QJsonObject metadata = decoded.value(QLatin1String("metadata")).toObject();
    FUZZ_CHECK(metadata.size() == p.metadata.size(), show(decoded));
    for (auto it = p.metadata.cbegin(); it != p.metadata.cend(); ++it)
        FUZZ_CHECK(metadata.value(it.key()).toString() == it.value(), it.key());
    if (!p.description.isEmpty())
        FUZZ_CHECK(decoded.value(QLatin1String("description")).toString() == p.description, show(decoded));
    if (p.confirm)
        FUZZ_CHECK(decoded.value(QLatin1String("confirm")).toString()
                       == (*p.confirm ? QLatin1String("true") : QLatin1String("false")),
                   show(decoded));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    decodeArbitrary(fuzz::bytes(data, size));
    {
        Reader in(data, size);
        roundTripStructure(in);
    }
    {
        Reader in(data, size);
        checkEncoding(in);
    }
    {
        Reader in(data, size);
        checkCreateParams(in);
    }
    return 0;
}
