// ISO 4217 currencies as Stripe names them (lowercase), with the facts money handling needs.
#pragma once

#include <QString>
#include <QStringList>

namespace holdfast {

namespace currency {

// Digits after the decimal point in Stripe's amounts: 0 for zero-decimal currencies (jpy, krw…),
// 3 for bhd/kwd/omr…, 2 otherwise. -1 for a code that is not a known ISO 4217 currency.
int exponent(const QString &code);
bool isKnown(const QString &code);
// Stripe's minimum charge in minor units (50 cents for usd; 1 unit for most others).
qint64 minimumAmount(const QString &code);
// Stripe's maximum amount in minor units for a single charge.
constexpr qint64 maximumAmount = 99'999'999;
// A short symbol for display ("$", "€", "¥"), or the upper-case code when there is none.
QString symbol(const QString &code);

// The currencies a shop can sell in with Amazon Pay through Stripe: the currency of the Stripe
// account's country, one per country (usd in the US, eur in the euro area, gbp, chf, dkk, nok, sek).
// Stripe lists aud, hkd, jpy, nzd and zar as presentment currencies too, but no account country
// settles in them, so a shop cannot choose one as its own.
QStringList amazonPayShopCurrencies();
// Amazon Pay's currency for an account in `country` (ISO 3166 alpha-2); empty where Amazon Pay is
// not offered. The one table the client's checks, the sandbox and the shop's currency setting share.
QString amazonPayCurrencyForCountry(const QString &country);
bool isAmazonPayShopCurrency(const QString &code);
// A Stripe account country whose Amazon Pay currency is `code` ("US" for usd, "DE" for eur…); empty
// for any other code. The training sandbox is started as an account of this country.
QString amazonPayAccountCountry(const QString &code);

} // namespace currency

} // namespace holdfast
