// An exact amount of money: integer minor units plus an ISO currency. Never a double.
#pragma once

#include <QLocale>
#include <QString>
#include <optional>

namespace holdfast {

class Money
{
public:
    enum class ParseError {
        None,
        Empty,
        Negative,
        InvalidCharacter,
        MisplacedSeparator,
        TooManyDecimals,
        TooLarge,
        UnknownCurrency,
    };

    Money() = default;
    // currency is lower-cased; an unknown currency gives an invalid Money.
    Money(qint64 minorUnits, const QString &currency);

    bool isValid() const { return !m_currency.isEmpty(); }
    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    int exponent() const;
    bool isZero() const { return m_minor == 0; }

    // Checked arithmetic: nullopt on overflow or when currencies differ.
    std::optional<Money> plus(const Money &other) const;
    std::optional<Money> minus(const Money &other) const;
    std::optional<Money> times(qint64 factor) const;

    // Strict parsing of what a person typed, in their locale: "12.5" and "1,234.56" in en_US,
    // "12,50" and "1.234,56" in de_DE, "1 234,56" in fr_FR. Rejects negatives, stray characters,
    // badly placed group separators and more decimals than the currency has.
    static Money parse(const QString &text, const QString &currency, const QLocale &locale,
                       ParseError *error = nullptr);
    static QString errorMessage(ParseError error, const QString &currency);

    // "$1,234.56" / "1.234,56 €": digits exact, symbol and separators from the locale.
    QString format(const QLocale &locale = QLocale()) const;
    // The number alone, suitable for an edit field ("1234.56" style with the locale's decimal point).
    QString formatPlain(const QLocale &locale = QLocale()) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace holdfast
