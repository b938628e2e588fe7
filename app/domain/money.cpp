#include "domain/money.h"

#include "domain/currency.h"

#include <QCoreApplication>
#include <limits>

namespace holdfast {

namespace {

bool isSpaceLike(QChar c)
{
    return c == QChar(u' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// True when ch is the locale's group separator, treating every kind of space alike.
bool isGroupSeparator(QChar ch, const QString &group)
{
    if (group.size() != 1)
        return false;
    if (isSpaceLike(group.front()))
        return isSpaceLike(ch);
    return ch == group.front();
}

// Every kind of space as a plain one, so "1 234" typed with a space matches "1\u202F234" shown.
QString plainSpaces(QString text)
{
    for (QChar &c : text) {
        if (isSpaceLike(c))
            c = QChar(u' ');
    }
    return text;
}

Money fail(Money::ParseError *out, Money::ParseError e)
{
    if (out)
        *out = e;
    return {};
}

} // namespace

Money::Money(qint64 minorUnits, const QString &currency)
{
    const QString code = currency.toLower();
    if (currency::isKnown(code)) {
        m_minor = minorUnits;
        m_currency = code;
    }
}

int Money::exponent() const
{
    return currency::exponent(m_currency);
}

std::optional<Money> Money::plus(const Money &other) const
{
    qint64 sum = 0;
    if (m_currency != other.m_currency || !isValid() || __builtin_add_overflow(m_minor, other.m_minor, &sum))
        return std::nullopt;
    return Money(sum, m_currency);
}

std::optional<Money> Money::minus(const Money &other) const
{
    qint64 diff = 0;
    if (m_currency != other.m_currency || !isValid() || __builtin_sub_overflow(m_minor, other.m_minor, &diff))
        return std::nullopt;
    return Money(diff, m_currency);
}

std::optional<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (!isValid() || __builtin_mul_overflow(m_minor, factor, &product))
        return std::nullopt;
    return Money(product, m_currency);
}

Money Money::parse(const QString &input, const QString &currencyCode, const QLocale &locale, ParseError *error)
{
    if (error)
        *error = ParseError::None;
    const QString code = currencyCode.toLower();
    const int digitsAllowed = currency::exponent(code);
    if (digitsAllowed < 0)
        return fail(error, ParseError::UnknownCurrency);

    QString text = input.trimmed();
    // A currency symbol typed or pasted along with the number is tolerated at either end.
    for (const QString &sym : {currency::symbol(code), locale.currencySymbol(QLocale::CurrencySymbol),
                               code.toUpper()}) {
        if (sym.isEmpty())
            continue;
        if (text.startsWith(sym))
            text = text.mid(sym.size()).trimmed();
        else if (text.endsWith(sym))
            text.chop(sym.size()), text = text.trimmed();
    }
    if (text.isEmpty())
        return fail(error, ParseError::Empty);
    if (text.startsWith(locale.negativeSign()) || text.startsWith(u'-') || text.startsWith(QChar(0x2212)))
        return fail(error, ParseError::Negative);

    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    if (text.count(decimal) > 1)
        return fail(error, ParseError::MisplacedSeparator);

    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    int digitsInGroup = 0;    // digits since the last group separator (or start)
    bool sawGroup = false;
    bool thousands = true;    // every group so far fits "1,234,567"
    // Grouping in thousands is accepted in every locale; any other grouping only exactly as the
    // locale writes the number itself (en_IN "12,34,567", es_ES "1234.567"), so that whatever
    // format() shows reads back.
    const auto groupingOk = [&](qsizetype wholeEnd) {
        if (!sawGroup)
            return true;
        if (thousands && digitsInGroup == 3)
            return true;
        return plainSpaces(text.left(wholeEnd)) == plainSpaces(locale.toString(whole));
    };
    bool inFraction = false;
    bool sawDigit = false;

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isDigit() && ch.unicode() < 128) {
            const int d = ch.unicode() - u'0';
            sawDigit = true;
            if (inFraction) {
                if (++fractionDigits > digitsAllowed)
                    return fail(error, ParseError::TooManyDecimals);
                fraction = fraction * 10 + d;
            } else {
                if (__builtin_mul_overflow(whole, qint64(10), &whole) || __builtin_add_overflow(whole, qint64(d), &whole))
                    return fail(error, ParseError::TooLarge);
                ++digitsInGroup;
                if (sawGroup && digitsInGroup > 3)
                    return fail(error, ParseError::MisplacedSeparator);
            }
        } else if (decimal.size() == 1 && ch == decimal.front()) {
            if (inFraction)
                return fail(error, ParseError::MisplacedSeparator);
            if (!groupingOk(i))
                return fail(error, ParseError::MisplacedSeparator);
            if (digitsAllowed == 0)
                return fail(error, ParseError::TooManyDecimals);
            inFraction = true;
        } else if (isGroupSeparator(ch, group)) {
            if (inFraction || !sawDigit || digitsInGroup == 0)
                return fail(error, ParseError::MisplacedSeparator);
            if (sawGroup ? digitsInGroup != 3 : digitsInGroup > 3)
                thousands = false;
            sawGroup = true;
            digitsInGroup = 0;
        } else {
            return fail(error, ParseError::InvalidCharacter);
        }
    }
    if (!sawDigit)
        return fail(error, ParseError::InvalidCharacter);
    if (!inFraction && !groupingOk(text.size()))
        return fail(error, ParseError::MisplacedSeparator);
    if (inFraction && fractionDigits == 0)
        return fail(error, ParseError::MisplacedSeparator);

    for (int i = fractionDigits; i < digitsAllowed; ++i)
        fraction *= 10;
    qint64 scale = 1;
    for (int i = 0; i < digitsAllowed; ++i)
        scale *= 10;
    qint64 minor = 0;
    if (__builtin_mul_overflow(whole, scale, &minor) || __builtin_add_overflow(minor, fraction, &minor))
        return fail(error, ParseError::TooLarge);
    return Money(minor, code);
}

QString Money::errorMessage(ParseError error, const QString &currencyCode)
{
    const int digits = currency::exponent(currencyCode.toLower());
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return QCoreApplication::translate("Money", "Enter an amount.");
    case ParseError::Negative:
        return QCoreApplication::translate("Money", "The amount cannot be negative.");
    case ParseError::InvalidCharacter:
        return QCoreApplication::translate("Money", "Use only digits and the separators of your language.");
    case ParseError::MisplacedSeparator:
        return QCoreApplication::translate("Money", "The separators in this amount are in the wrong place.");
    case ParseError::TooManyDecimals:
        if (digits == 0)
            return QCoreApplication::translate("Money", "%1 has no decimal places.").arg(currencyCode.toUpper());
        return QCoreApplication::translate("Money", "%1 has at most %n decimal place(s).", nullptr, digits)
            .arg(currencyCode.toUpper());
    case ParseError::TooLarge:
        return QCoreApplication::translate("Money", "The amount is too large.");
    case ParseError::UnknownCurrency:
        return QCoreApplication::translate("Money", "Unknown currency “%1”.").arg(currencyCode);
    }
    return {};
}

QString Money::formatPlain(const QLocale &locale) const
{
    if (!isValid())
        return {};
    const int digits = exponent();
    // Work on the magnitude as unsigned so the most negative value cannot overflow.
    const bool negative = m_minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString text = locale.toString(qulonglong(magnitude / scale));
    if (digits > 0)
        text += locale.decimalPoint()
                + QStringLiteral("%1").arg(qulonglong(magnitude % scale), digits, 10, QChar(u'0'));
    return negative ? locale.negativeSign() + text : text;
}

QString Money::format(const QLocale &locale) const
{
    if (!isValid())
        return {};
    // Let the locale decide where the symbol goes, using an integer template, then put the exact digits in.
    const QString number = formatPlain(locale);
    const bool negative = m_minor < 0;
    // The locale's own symbol for its own currency ("kr" in Sweden, "CHF" in Switzerland); elsewhere
    // the currency's common short symbol.
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode).compare(m_currency, Qt::CaseInsensitive) == 0
                               ? locale.currencySymbol(QLocale::CurrencySymbol)
                               : currency::symbol(m_currency);
    QString templ = locale.toCurrencyString(qlonglong(negative ? -7 : 7), symbol);
    const QString seven = locale.toString(7);
    const qsizetype at = templ.indexOf(seven);
    if (at < 0)
        return symbol + number;
    const QString magnitude = negative ? number.mid(locale.negativeSign().size()) : number;
    return templ.replace(at, seven.size(), magnitude);
}

} // namespace holdfast
