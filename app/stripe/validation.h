// Checks Holdfast makes before a request leaves the machine, so the person at the till gets the
// same clear message Stripe's error code would give, without a round trip (and without an
// idempotency key being spent on a request that could only fail).
#pragma once

#include "domain/paymentintent.h"
#include "stripe/requests.h"
#include "stripe/stripeerror.h"

#include <QStringList>
#include <optional>

namespace holdfast::stripe {

class PaymentValidator
{
public:
    // ISO 3166 alpha-2 country of the Stripe account; decides Amazon Pay's currency.
    explicit PaymentValidator(const QString &accountCountry = QStringLiteral("US"));
    void setAccountCountry(const QString &country) { m_country = country.toUpper(); }
    QString accountCountry() const { return m_country; }

    // The currencies Amazon Pay accepts for this account (one per account country).
    QStringList amazonPayCurrencies() const;
    // Payment methods that send the customer to another page and so need a return_url.
    static bool isRedirectMethod(const QString &type);

    std::optional<StripeError> checkCreate(const PaymentIntentCreateParams &p) const;
    std::optional<StripeError> checkUpdate(const PaymentIntent &current,
                                           const PaymentIntentUpdateParams &p) const;
    std::optional<StripeError> checkConfirm(const PaymentIntent &current,
                                            const PaymentIntentConfirmParams &p) const;
    std::optional<StripeError> checkCapture(const PaymentIntent &current,
                                            std::optional<qint64> amountToCapture) const;
    std::optional<StripeError> checkAmount(qint64 amount, const QString &currency) const;

private:
    QString m_country;
};

} // namespace holdfast::stripe
