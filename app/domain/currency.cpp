#include "domain/currency.h"

#include <QHash>
#include <QSet>

namespace holdfast::currency {

namespace {

const QSet<QString> &zeroDecimal()
{
    static const QSet<QString> codes{
        QStringLiteral("bif"), QStringLiteral("clp"), QStringLiteral("djf"), QStringLiteral("gnf"),
        QStringLiteral("jpy"), QStringLiteral("kmf"), QStringLiteral("krw"), QStringLiteral("mga"),
        QStringLiteral("pyg"), QStringLiteral("rwf"), QStringLiteral("ugx"), QStringLiteral("vnd"),
        QStringLiteral("vuv"), QStringLiteral("xaf"), QStringLiteral("xof"), QStringLiteral("xpf")};
    return codes;
}

const QSet<QString> &threeDecimal()
{
    static const QSet<QString> codes{QStringLiteral("bhd"), QStringLiteral("jod"), QStringLiteral("kwd"),
                                     QStringLiteral("omr"), QStringLiteral("tnd")};
    return codes;
}

const QSet<QString> &twoDecimal()
{
    static const QSet<QString> codes = [] {
        QSet<QString> s;
        for (const char *c : {"usd", "eur", "gbp", "aud", "cad", "chf", "dkk", "hkd", "nok", "nzd", "sek", "zar",
                              "sgd", "mxn", "brl", "pln", "czk", "huf", "ron", "bgn", "inr", "cny", "thb", "myr",
                              "php", "idr", "ils", "aed", "sar", "try", "twd", "isk"})
            s.insert(QString::fromLatin1(c));
        return s;
    }();
    return codes;
}

} // namespace

int exponent(const QString &code)
{
    if (zeroDecimal().contains(code))
        return 0;
    if (threeDecimal().contains(code))
        return 3;
    if (twoDecimal().contains(code))
        return 2;
    return -1;
}

bool isKnown(const QString &code)
{
    return exponent(code) >= 0;
}

qint64 minimumAmount(const QString &code)
{
    static const QHash<QString, qint64> minimums{
        {QStringLiteral("usd"), 50},  {QStringLiteral("eur"), 50},   {QStringLiteral("gbp"), 30},
        {QStringLiteral("aud"), 50},  {QStringLiteral("cad"), 50},   {QStringLiteral("chf"), 50},
        {QStringLiteral("dkk"), 250}, {QStringLiteral("hkd"), 400},  {QStringLiteral("jpy"), 50},
        {QStringLiteral("nok"), 300}, {QStringLiteral("nzd"), 50},   {QStringLiteral("sek"), 300},
        {QStringLiteral("zar"), 50},  {QStringLiteral("mxn"), 1000}, {QStringLiteral("sgd"), 50}};
    return minimums.value(code, 1);
}

QString symbol(const QString &code)
{
    static const QHash<QString, QString> symbols{
        {QStringLiteral("usd"), QStringLiteral("$")},      {QStringLiteral("eur"), QStringLiteral("€")},
        {QStringLiteral("gbp"), QStringLiteral("£")},      {QStringLiteral("jpy"), QStringLiteral("¥")},
        {QStringLiteral("aud"), QStringLiteral("A$")},     {QStringLiteral("cad"), QStringLiteral("CA$")},
        {QStringLiteral("nzd"), QStringLiteral("NZ$")},    {QStringLiteral("hkd"), QStringLiteral("HK$")},
        {QStringLiteral("chf"), QStringLiteral("CHF")},    {QStringLiteral("inr"), QStringLiteral("₹")},
        {QStringLiteral("krw"), QStringLiteral("₩")}};
    return symbols.value(code, code.toUpper());
}

QStringList amazonPayShopCurrencies()
{
    return {QStringLiteral("usd"), QStringLiteral("eur"), QStringLiteral("gbp"), QStringLiteral("chf"),
            QStringLiteral("dkk"), QStringLiteral("nok"), QStringLiteral("sek")};
}

bool isAmazonPayShopCurrency(const QString &code)
{
    return amazonPayShopCurrencies().contains(code);
}

QString amazonPayAccountCountry(const QString &code)
{
    static const QHash<QString, QString> countries{
        {QStringLiteral("usd"), QStringLiteral("US")}, {QStringLiteral("eur"), QStringLiteral("DE")},
        {QStringLiteral("gbp"), QStringLiteral("GB")}, {QStringLiteral("chf"), QStringLiteral("CH")},
        {QStringLiteral("dkk"), QStringLiteral("DK")}, {QStringLiteral("nok"), QStringLiteral("NO")},
        {QStringLiteral("sek"), QStringLiteral("SE")}};
    return countries.value(code);
}

} // namespace holdfast::currency
