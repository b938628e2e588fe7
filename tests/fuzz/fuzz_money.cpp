// Money as people type it (Money::parse) and as Holdfast shows it (format, formatPlain), per
// locale. Input: the first byte picks the locale, the second the currency, the rest is the text.
// Properties: parsing never crashes and says why it refused; an accepted amount is non-negative
// and in the right currency; what is accepted formats back, and the formatted text (plain or with
// its symbol) parses again to the same minor units. A formatted amount of any size parses back too.
#include "fuzzsupport.h"

#include "domain/currency.h"
#include "domain/money.h"

#include <QList>
#include <QLocale>

#include <cstring>

using namespace holdfast;

namespace {

const QList<QLocale> &locales()
{
    static const QList<QLocale> all = [] {
        QList<QLocale> l;
        for (const char *name : {"en_US", "de_DE", "fr_FR", "es_ES", "en_GB", "ja_JP", "de_CH", "it_IT", "nl_NL",
                                 "sv_SE", "pt_BR", "pl_PL", "fr_CH", "de_AT", "en_IN", "fr_CA", "nb_NO", "C"})
            l.append(QLocale(QString::fromLatin1(name)));
        return l;
    }();
    return all;
}

const QStringList &currencies()
{
    // Two-decimal, zero-decimal (jpy, krw, clp) and three-decimal (bhd, kwd) ones, plus one Holdfast
    // does not know and one in upper case, as a caller might pass it.
    static const QStringList all{QStringLiteral("usd"), QStringLiteral("eur"), QStringLiteral("gbp"),
                                 QStringLiteral("chf"), QStringLiteral("jpy"), QStringLiteral("krw"),
                                 QStringLiteral("clp"), QStringLiteral("bhd"), QStringLiteral("kwd"),
                                 QStringLiteral("sek"), QStringLiteral("inr"), QStringLiteral("xyz"),
                                 QStringLiteral("JPY")};
    return all;
}

QString describe(const QLocale &locale, const QString &currency, const QString &text)
{
    return locale.name() + u' ' + currency + QStringLiteral(" \"") + text + u'"';
}

void checkParsesBack(const Money &money, const QLocale &locale)
{
    const QString code = money.currency();
    for (const QString &shown : {money.formatPlain(locale), money.format(locale)}) {
        Money::ParseError error = Money::ParseError::None;
        const Money back = Money::parse(shown, code, locale, &error);
        FUZZ_CHECK(error == Money::ParseError::None && back == money,
                   describe(locale, code, shown) + QStringLiteral(" did not parse back to %1 (error %2, got %3)")
                                                       .arg(money.minorUnits())
                                                       .arg(int(error))
                                                       .arg(back.minorUnits()));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Reader in(data, size);
    const QLocale &locale = locales().at(in.below(int(locales().size())));
    const QString &currencyCode = currencies().at(in.below(int(currencies().size())));
    const QByteArray raw = in.rest();
    const QString text = QString::fromUtf8(raw);

    Money::ParseError error = Money::ParseError::Empty;
    const Money parsed = Money::parse(text, currencyCode, locale, &error);
    if (!parsed.isValid()) {
        FUZZ_CHECK(error != Money::ParseError::None, describe(locale, currencyCode, text));
        FUZZ_CHECK(!Money::errorMessage(error, currencyCode).isEmpty(), describe(locale, currencyCode, text));
        if (!currency::isKnown(currencyCode.toLower()))
            FUZZ_CHECK(error == Money::ParseError::UnknownCurrency, describe(locale, currencyCode, text));
    } else {
        FUZZ_CHECK(error == Money::ParseError::None, describe(locale, currencyCode, text));
        FUZZ_CHECK(parsed.currency() == currencyCode.toLower(), describe(locale, currencyCode, text));
        FUZZ_CHECK(parsed.minorUnits() >= 0, describe(locale, currencyCode, text));
        checkParsesBack(parsed, locale);
    }

    // Any amount the till may show (the input's first eight bytes as minor units, both signs) formats
    // without crashing; a non-negative one parses back exactly.
    qint64 minor = 0;
    std::memcpy(&minor, raw.constData(), size_t(std::min<qsizetype>(raw.size(), qsizetype(sizeof minor))));
    const Money shown(minor, currencyCode);
    if (currency::isKnown(currencyCode.toLower())) {
        FUZZ_CHECK(shown.isValid(), QString());
        const QString plain = shown.formatPlain(locale);
        const QString full = shown.format(locale);
        FUZZ_CHECK(!plain.isEmpty() && !full.isEmpty(), QString());
        if (minor >= 0)
            checkParsesBack(shown, locale);
        else
            FUZZ_CHECK(Money::parse(plain, currencyCode, locale) == Money(), plain);
    }
    return 0;
}
