#include "domain/currency.h"

#include <QHash>
#include <QList>
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

namespace {

// Amazon Pay's currency for each Stripe account country: one per country. The first country of each
// currency is the one the training sandbox plays for it.
const QList<std::pair<QString, QString>> &amazonPayCountries()
{
    static const QList<std::pair<QString, QString>> table = [] {
        QList<std::pair<QString, QString>> t{{QStringLiteral("US"), QStringLiteral("usd")},
                                              {QStringLiteral("DE"), QStringLiteral("eur")},
                                              {QStringLiteral("GB"), QStringLiteral("gbp")},
                                              {QStringLiteral("CH"), QStringLiteral("chf")},
                                              {QStringLiteral("DK"), QStringLiteral("dkk")},
                                              {QStringLiteral("NO"), QStringLiteral("nok")},
                                              {QStringLiteral("SE"), QStringLiteral("sek")}};
        for (const char *euro : {"AT", "BE", "CY", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV",
                                 "MT", "NL", "PT", "SI", "SK"})
            t.append({QString::fromLatin1(euro), QStringLiteral("eur")});
        return t;
    }();
    return table;
}

} // namespace

QString amazonPayCurrencyForCountry(const QString &country)
{
    const QString upper = country.toUpper();
    for (const auto &[c, code] : amazonPayCountries())
        if (c == upper)
            return code;
    return {};
}

QStringList amazonPayShopCurrencies()
{
    QStringList codes;
    for (const auto &entry : amazonPayCountries())
        if (!codes.contains(entry.second))
            codes.append(entry.second);
    return codes;
}

bool isAmazonPayShopCurrency(const QString &code)
{
    return amazonPayShopCurrencies().contains(code);
}

QString amazonPayAccountCountry(const QString &code)
{
    for (const auto &[country, currency] : amazonPayCountries())
        if (currency == code)
            return country;
    return {};
}

} // namespace holdfast::currency
