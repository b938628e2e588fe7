#include "stripe/validation.h"

#include "domain/currency.h"


namespace holdfast::stripe {

namespace {
StripeError invalid(const char *code, const QString &message, const char *param)
{
    return StripeError::make(StripeError::Kind::Validation, QString::fromLatin1(code), message,
                             QString::fromLatin1(param));
}
} // namespace

PaymentValidator::PaymentValidator(const QString &accountCountry) : m_country(accountCountry.toUpper()) {}

QStringList PaymentValidator::amazonPayCurrencies() const
{
    const QString c = currency::amazonPayCurrencyForCountry(m_country);
    return c.isEmpty() ? QStringList{} : QStringList{c};
}

bool PaymentValidator::isRedirectMethod(const QString &type)
{
    static const QStringList redirect{QStringLiteral("amazon_pay"), QStringLiteral("klarna"),
                                      QStringLiteral("paypal"),     QStringLiteral("ideal"),
                                      QStringLiteral("bancontact"), QStringLiteral("eps"),
                                      QStringLiteral("p24"),        QStringLiteral("alipay")};
    return redirect.contains(type);
}

std::optional<StripeError> PaymentValidator::checkAmount(qint64 amount, const QString &currency) const
{
    if (currency.isEmpty())
        return invalid("parameter_missing", QStringLiteral("Missing required param: currency."), "currency");
    if (amount < currency::minimumAmount(currency.toLower())) {
        return invalid("amount_too_small",
                       QStringLiteral("Amount must be at least %1 %2 minor units")
                           .arg(currency::minimumAmount(currency.toLower()))
                           .arg(currency),
                       "amount");
    }
    if (amount > currency::maximumAmount) {
        return invalid("amount_too_large",
                       QStringLiteral("Amount must be no more than %1").arg(currency::maximumAmount),
                       "amount");
    }
    return std::nullopt;
}

std::optional<StripeError> PaymentValidator::checkCreate(const PaymentIntentCreateParams &p) const
{
    if (auto e = checkAmount(p.amount, p.currency))
        return e;
    const bool amazonPay = p.paymentMethodTypes.contains(QLatin1String("amazon_pay")) ||
                           p.paymentMethodDataType == QLatin1String("amazon_pay");
    if (amazonPay && !amazonPayCurrencies().contains(p.currency.toLower())) {
        return invalid("payment_intent_invalid_currency",
                       QStringLiteral("Amazon Pay does not support currency %1 for account country %2")
                           .arg(p.currency, m_country),
                       "currency");
    }
    if (p.confirm.value_or(false) && isRedirectMethod(p.paymentMethodDataType) && p.returnUrl.isEmpty()) {
        return invalid(
            "payment_intent_redirect_confirmation_without_return_url",
            QStringLiteral("A return_url is required to confirm with %1").arg(p.paymentMethodDataType),
            "return_url");
    }
    return std::nullopt;
}

std::optional<StripeError> PaymentValidator::checkUpdate(const PaymentIntent &current,
                                                         const PaymentIntentUpdateParams &p) const
{
    const QString currency = p.currency.value_or(current.currency);
    if (p.amount || p.currency) {
        if (auto e = checkAmount(p.amount.value_or(current.amount), currency))
            return e;
    }
    const QStringList types = p.paymentMethodTypes.value_or(current.paymentMethodTypes);
    if (types.contains(QLatin1String("amazon_pay")) && !amazonPayCurrencies().contains(currency.toLower())) {
        return invalid("payment_intent_invalid_currency",
                       QStringLiteral("Amazon Pay does not support currency %1").arg(currency), "currency");
    }
    return std::nullopt;
}

std::optional<StripeError> PaymentValidator::checkConfirm(const PaymentIntent &current,
                                                          const PaymentIntentConfirmParams &p) const
{
    QString type = p.paymentMethodDataType;
    if (type.isEmpty() && current.paymentMethodTypes.size() == 1)
        type = current.paymentMethodTypes.constFirst();
    if (isRedirectMethod(type) && p.returnUrl.isEmpty()) {
        return invalid("payment_intent_redirect_confirmation_without_return_url",
                       QStringLiteral("A return_url is required to confirm with %1").arg(type), "return_url");
    }
    return std::nullopt;
}

std::optional<StripeError> PaymentValidator::checkCapture(const PaymentIntent &current,
                                                          std::optional<qint64> amountToCapture) const
{
    if (current.status != PaymentIntent::Status::RequiresCapture) {
        return invalid(
            "payment_intent_unexpected_state",
            QStringLiteral("This PaymentIntent could not be captured because it has a status of %1.")
                .arg(PaymentIntent::statusName(current.status)),
            "");
    }
    if (amountToCapture) {
        if (*amountToCapture <= 0)
            return invalid("amount_too_small", QStringLiteral("amount_to_capture must be positive"),
                           "amount_to_capture");
        if (*amountToCapture > current.amountCapturable) {
            return invalid("amount_too_large",
                           QStringLiteral("amount_to_capture %1 is more than amount_capturable %2")
                               .arg(*amountToCapture)
                               .arg(current.amountCapturable),
                           "amount_to_capture");
        }
    }
    return std::nullopt;
}

} // namespace holdfast::stripe
