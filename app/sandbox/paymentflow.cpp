#include "sandbox/paymentflow.h"

#include "domain/currency.h"
#include "sandbox/apierror.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/statestore.h"

#include <QDate>
#include <QJsonArray>
#include <QUrl>

namespace holdfast::sandbox {

using namespace Qt::StringLiterals;

namespace {

const QString kPaymentIntent = QStringLiteral("payment_intent");
const QString kCharge = QStringLiteral("charge");
const QString kPaymentMethod = QStringLiteral("payment_method");

qint64 minimumAmount(const QString &currency)
{
    // Stripe's minimum charge amounts, in minor units, for the currencies the sandbox meets.
    static const QHash<QString, qint64> minimums{{QStringLiteral("usd"), 50}, {QStringLiteral("eur"), 50},
                                                 {QStringLiteral("gbp"), 30}, {QStringLiteral("chf"), 50},
                                                 {QStringLiteral("dkk"), 250}, {QStringLiteral("nok"), 300},
                                                 {QStringLiteral("sek"), 300}, {QStringLiteral("jpy"), 50},
                                                 {QStringLiteral("aud"), 50}, {QStringLiteral("hkd"), 400},
                                                 {QStringLiteral("nzd"), 50}, {QStringLiteral("zar"), 1000}};
    return minimums.value(currency, 50);
}

bool luhnValid(const QString &digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

QString cardBrand(const QString &number)
{
    if (number.startsWith(u'4'))
        return QStringLiteral("visa");
    if (number.startsWith(u'5') || number.startsWith(u'2'))
        return QStringLiteral("mastercard");
    if (number.startsWith(u"34") || number.startsWith(u"37"))
        return QStringLiteral("amex");
    return QStringLiteral("unknown");
}

QJsonObject without(QJsonObject object, std::initializer_list<QLatin1String> keys)
{
    for (const QLatin1String key : keys)
        object.remove(key);
    return object;
}

} // namespace

PaymentFlow::PaymentFlow(StateStore &store, SandboxClock &clock, EventLog &events, const QString &country)
    : m_store(store)
    , m_clock(clock)
    , m_events(events)
    , m_country(country.toUpper())
{
}

QJsonObject PaymentFlow::publicView(const QJsonObject &object)
{
    QJsonObject out = object;
    for (auto it = out.begin(); it != out.end();) {
        if (it.key().startsWith(u'_'))
            it = out.erase(it);
        else
            ++it;
    }
    return out;
}

QJsonObject PaymentFlow::load(const QString &kind, const QString &id, const QString &param) const
{
    const auto object = m_store.find(kind, id);
    if (!object)
        throw ApiError::notFound(kind, id, param);
    return *object;
}

void PaymentFlow::save(const QString &kind, const QJsonObject &object)
{
    m_store.put(kind, object);
}

QStringList PaymentFlow::amazonPayCurrencies() const
{
    // One presentment currency per account country: usd in the US, the local one in Europe and the UK.
    const QString c = currency::amazonPayCurrencyForCountry(m_country);
    return c.isEmpty() ? QStringList{} : QStringList{c};
}

void PaymentFlow::checkAmount(qint64 amount, const QString &currency, const QString &param) const
{
    if (amount < minimumAmount(currency))
        throw ApiError::invalid(u"amount_too_small"_s,
                                QStringLiteral("Amount must be at least %1 %2").arg(minimumAmount(currency)).arg(currency),
                                param);
    if (amount > 99999999)
        throw ApiError::invalid(u"amount_too_large"_s, u"Amount must be no more than 99999999"_s, param);
}

void PaymentFlow::checkAmazonPayCurrency(const QString &currency) const
{
    const QStringList allowed = amazonPayCurrencies();
    if (!allowed.contains(currency))
        throw ApiError::invalid(u"payment_intent_invalid_currency"_s,
                                QStringLiteral("The currency provided (%1) is invalid. Payments with amazon_pay support "
                                               "the following currencies: %2.")
                                    .arg(currency, allowed.isEmpty() ? u"none for this account"_s : allowed.join(u", ")),
                                u"currency"_s);
}

namespace {

// billing_details as Stripe always shows it: every field present, null when not given.
QJsonObject billingDetails(const QJsonObject &given)
{
    const QJsonObject givenAddress = given.value(u"address").toObject();
    QJsonObject address;
    for (const QString &field : {u"city"_s, u"country"_s, u"line1"_s, u"line2"_s, u"postal_code"_s, u"state"_s})
        address.insert(field, givenAddress.value(field).isString() ? givenAddress.value(field) : QJsonValue());
    QJsonObject details{{u"address"_s, address}};
    for (const QString &field : {u"email"_s, u"name"_s, u"phone"_s})
        details.insert(field, given.value(field).isString() ? given.value(field) : QJsonValue());
    return details;
}

} // namespace

QJsonObject PaymentFlow::paymentMethodFromData(const QJsonObject &data, const QString &param)
{
    const QString type = data.value(u"type").toString();
    QJsonObject pm{{u"id"_s, StateStore::newId(u"pm_"_s)}, {u"object"_s, u"payment_method"_s},
                   {u"type"_s, type}, {u"created"_s, m_clock.now()}, {u"livemode"_s, false},
                   {u"customer"_s, QJsonValue()}, {u"metadata"_s, QJsonObject()},
                   {u"billing_details"_s, billingDetails(data.value(u"billing_details").toObject())}};
    if (type == u"amazon_pay") {
        pm.insert(u"amazon_pay"_s, QJsonObject());
    } else if (type == u"card") {
        const QJsonObject card = data.value(u"card").toObject();
        QString number = card.value(u"number").toString();
        number.remove(u' ');
        const bool digits = !number.isEmpty() && std::all_of(number.begin(), number.end(), [](QChar c) { return c.isDigit(); });
        if (!digits || number.size() < 12 || number.size() > 19 || !luhnValid(number)) {
            ApiError e = ApiError::invalid(u"incorrect_number"_s, u"Your card number is incorrect."_s,
                                           param + u"[card][number]");
            e.status = 402;
            e.type = u"card_error"_s;
            throw e;
        }
        pm.insert(u"card"_s,
                  QJsonObject{{u"brand"_s, cardBrand(number)}, {u"last4"_s, number.right(4)},
                              {u"exp_month"_s, card.value(u"exp_month").toString().toInt()},
                              {u"exp_year"_s, card.value(u"exp_year").toString().toInt()},
                              {u"funding"_s, u"credit"_s}, {u"country"_s, u"US"_s}});
        pm.insert(u"_number"_s, number); // kept privately to decide the test outcome, never shown
    } else {
        throw ApiError::invalid(u"parameter_invalid_string"_s,
                                QStringLiteral("Invalid %1[type]: must be one of amazon_pay, card").arg(param),
                                param + u"[type]");
    }
    save(kPaymentMethod, pm);
    return pm;
}

QJsonObject PaymentFlow::paymentMethodById(const QString &id)
{
    // Stripe's test PaymentMethod tokens, so SDK code written from the docs works unchanged.
    static const QHash<QString, QString> tokens{{u"pm_card_visa"_s, u"4242424242424242"_s},
                                                {u"pm_card_chargeDeclined"_s, u"4000000000000002"_s},
                                                {u"pm_card_visa_chargeDeclined"_s, u"4000000000000002"_s}};
    if (tokens.contains(id)) {
        const QJsonObject card{{u"number"_s, tokens.value(id)}, {u"exp_month"_s, u"12"_s}, {u"exp_year"_s, u"2034"_s}};
        return paymentMethodFromData(QJsonObject{{u"type"_s, u"card"_s}, {u"card"_s, card}}, u"payment_method"_s);
    }
    if (id == u"pm_amazon_pay")
        return paymentMethodFromData(QJsonObject{{u"type"_s, u"amazon_pay"_s}}, u"payment_method"_s);
    return load(kPaymentMethod, id, u"payment_method"_s);
}

QString PaymentFlow::captureMethodFor(const QJsonObject &pi, const QString &paymentMethodType) const
{
    const QString specific = pi.value(u"payment_method_options")[paymentMethodType][u"capture_method"].toString();
    return specific.isEmpty() ? pi.value(u"capture_method").toString() : specific;
}

QJsonObject PaymentFlow::confirm(QJsonObject pi, const QJsonObject &paymentMethod, const QString &returnUrl,
                                 const QString &publicBase, const EventSource &source)
{
    const QString type = paymentMethod.value(u"type").toString();
    const QStringList allowedTypes = pi.value(u"payment_method_types").toVariant().toStringList();
    if (!allowedTypes.contains(type))
        throw ApiError::invalid(u"payment_intent_invalid_parameter"_s,
                                QStringLiteral("The provided PaymentMethod of type %1 cannot be used with this "
                                               "PaymentIntent; allowed payment_method_types: %2.")
                                    .arg(type, allowedTypes.join(u", ")),
                                u"payment_method"_s);
    pi.insert(u"last_payment_error"_s, QJsonValue());
    pi.insert(u"payment_method"_s, paymentMethod.value(u"id"));
    if (type == u"amazon_pay") {
        checkAmazonPayCurrency(pi.value(u"currency").toString());
        if (returnUrl.isEmpty())
            throw ApiError::invalid(u"payment_intent_redirect_confirmation_without_return_url"_s,
                                    u"Return URL is required when confirming PaymentIntents with amazon_pay."_s,
                                    u"return_url"_s);
        const QString page = publicBase + u"/_sandbox/amazon_pay/" + pi.value(u"id").toString();
        pi.insert(u"status"_s, u"requires_action"_s);
        pi.insert(u"next_action"_s,
                  QJsonObject{{u"type"_s, u"redirect_to_url"_s},
                              {u"redirect_to_url"_s, QJsonObject{{u"url"_s, page}, {u"return_url"_s, returnUrl}}}});
        pi.insert(u"_redirect_started"_s, m_clock.now());
        save(kPaymentIntent, pi);
        m_events.record(u"payment_intent.requires_action"_s, publicView(pi), source);
        return pi;
    }
    const QString number = paymentMethod.value(u"_number").toString();
    if (number == u"4000000000000002" || number == u"4000000000009995") {
        const bool funds = number == u"4000000000009995";
        const QJsonObject charge = newCharge(pi, paymentMethod, false);
        pi.insert(u"latest_charge"_s, charge.value(u"id"));
        pi.insert(u"payment_method"_s, QJsonValue());
        pi.insert(u"status"_s, u"requires_payment_method"_s);
        const QJsonObject error{{u"type"_s, u"card_error"_s}, {u"code"_s, u"card_declined"_s},
                                {u"decline_code"_s, funds ? u"insufficient_funds"_s : u"generic_decline"_s},
                                {u"message"_s, funds ? u"Your card has insufficient funds."_s : u"Your card was declined."_s},
                                {u"doc_url"_s, u"https://stripe.com/docs/error-codes/card-declined"_s},
                                {u"charge"_s, charge.value(u"id")},
                                {u"payment_method"_s, publicView(paymentMethod)},
                                {u"payment_method_type"_s, type}};
        pi.insert(u"last_payment_error"_s, error);
        save(kPaymentIntent, pi);
        m_events.record(u"charge.failed"_s, publicView(charge), source);
        m_events.record(u"payment_intent.payment_failed"_s, publicView(pi), source);
        ApiError e;
        e.status = 402;
        e.type = u"card_error"_s;
        e.code = u"card_declined"_s;
        e.declineCode = error.value(u"decline_code").toString();
        e.message = error.value(u"message").toString();
        e.extra = QJsonObject{{u"charge"_s, charge.value(u"id")}, {u"payment_intent"_s, publicView(pi)},
                              {u"payment_method"_s, publicView(paymentMethod)}};
        throw e;
    }
    return succeedPayment(pi, paymentMethod, source);
}

QJsonObject PaymentFlow::newCharge(const QJsonObject &pi, const QJsonObject &paymentMethod, bool succeeded)
{
    const QString type = paymentMethod.value(u"type").toString();
    QJsonObject details{{u"type"_s, type}};
    details.insert(type, type == u"card" ? paymentMethod.value(u"card") : QJsonValue(QJsonObject()));
    QJsonObject charge{{u"id"_s, StateStore::newId(u"ch_"_s)}, {u"object"_s, u"charge"_s},
                       {u"amount"_s, pi.value(u"amount")}, {u"amount_captured"_s, 0}, {u"amount_refunded"_s, 0},
                       {u"captured"_s, false}, {u"refunded"_s, false}, {u"disputed"_s, false}, {u"paid"_s, succeeded},
                       {u"status"_s, succeeded ? u"succeeded"_s : u"failed"_s},
                       {u"currency"_s, pi.value(u"currency")}, {u"created"_s, m_clock.now()},
                       {u"livemode"_s, false}, {u"payment_intent"_s, pi.value(u"id")},
                       {u"payment_method"_s, paymentMethod.value(u"id")}, {u"payment_method_details"_s, details},
                       {u"billing_details"_s, billingDetails(paymentMethod.value(u"billing_details").toObject())},
                       {u"metadata"_s, pi.value(u"metadata")}, {u"description"_s, pi.value(u"description")},
                       {u"receipt_email"_s, pi.value(u"receipt_email")}, {u"balance_transaction"_s, QJsonValue()},
                       {u"failure_code"_s, succeeded ? QJsonValue() : QJsonValue(u"card_declined"_s)},
                       {u"failure_message"_s, succeeded ? QJsonValue() : QJsonValue(u"Your card was declined."_s)}};
    save(kCharge, charge);
    return charge;
}

void PaymentFlow::disputeIfTestCard(const QJsonObject &pi, const EventSource &source)
{
    // Stripe's test card 4000000000000259: the charge succeeds, then its holder's bank disputes it as
    // fraudulent.
    const auto pm = m_store.find(kPaymentMethod, pi.value(u"payment_method").toString());
    if (pm && pm->value(u"_number").toString() == u"4000000000000259")
        openDispute(pi.value(u"id").toString(), u"fraudulent"_s, std::nullopt, false, source);
}

QJsonObject PaymentFlow::succeedPayment(QJsonObject pi, const QJsonObject &paymentMethod, const EventSource &source)
{
    const bool manual = captureMethodFor(pi, paymentMethod.value(u"type").toString()) == u"manual";
    QJsonObject charge = newCharge(pi, paymentMethod, true);
    const qint64 amount = pi.value(u"amount").toInteger();
    pi.insert(u"latest_charge"_s, charge.value(u"id"));
    pi.insert(u"next_action"_s, QJsonValue());
    pi.remove(u"_redirect_started"_s);
    if (manual) {
        pi.insert(u"status"_s, u"requires_capture"_s);
        pi.insert(u"amount_capturable"_s, amount);
        pi.insert(u"_capture_before"_s, m_clock.now() + holdSeconds);
    } else {
        charge.insert(u"captured"_s, true);
        charge.insert(u"amount_captured"_s, amount);
        save(kCharge, charge);
        pi.insert(u"status"_s, u"succeeded"_s);
        pi.insert(u"amount_received"_s, amount);
    }
    save(kPaymentIntent, pi);
    m_events.record(u"charge.succeeded"_s, publicView(charge), source);
    m_events.record(manual ? u"payment_intent.amount_capturable_updated"_s : u"payment_intent.succeeded"_s,
                    publicView(pi), source);
    if (!manual)
        disputeIfTestCard(pi, source);
    return pi;
}

QJsonObject PaymentFlow::failAttempt(QJsonObject pi, const QString &code, const QString &message,
                                     const EventSource &source)
{
    const QString pmId = pi.value(u"payment_method").toString();
    const auto pm = m_store.find(kPaymentMethod, pmId);
    pi.insert(u"status"_s, u"requires_payment_method"_s);
    pi.insert(u"payment_method"_s, QJsonValue()); // detached, as the guide says
    pi.insert(u"next_action"_s, QJsonValue());
    pi.remove(u"_redirect_started"_s);
    QString slug = code;
    slug.replace(u'_', u'-');
    pi.insert(u"last_payment_error"_s,
              QJsonObject{{u"type"_s, u"invalid_request_error"_s}, {u"code"_s, code}, {u"message"_s, message},
                          {u"doc_url"_s, QString(u"https://stripe.com/docs/error-codes/" + slug)},
                          {u"payment_method"_s, pm ? QJsonValue(publicView(*pm)) : QJsonValue()},
                          {u"payment_method_type"_s, u"amazon_pay"_s}});
    save(kPaymentIntent, pi);
    m_events.record(u"payment_intent.payment_failed"_s, publicView(pi), source);
    return pi;
}

QJsonObject PaymentFlow::completeRedirect(const QString &paymentIntentId, bool approve, const EventSource &source)
{
    QJsonObject pi = load(kPaymentIntent, paymentIntentId);
    if (pi.value(u"status").toString() != u"requires_action" || !pi.contains(u"_redirect_started"))
        throw ApiError::invalid(u"payment_intent_unexpected_state"_s,
                                QStringLiteral("This PaymentIntent is not awaiting an Amazon Pay approval; it has a "
                                               "status of %1.")
                                    .arg(pi.value(u"status").toString()));
    if (!approve)
        return failAttempt(pi, u"payment_intent_payment_attempt_failed"_s,
                           u"The customer declined the Amazon Pay payment."_s, source);
    const QJsonObject pm = load(kPaymentMethod, pi.value(u"payment_method").toString());
    return succeedPayment(pi, pm, source);
}

QJsonObject PaymentFlow::capture(QJsonObject pi, std::optional<qint64> amountToCapture, const QJsonObject &metadata,
                                 const EventSource &source)
{
    const QString status = pi.value(u"status").toString();
    if (status != u"requires_capture") {
        ApiError e = ApiError::invalid(u"payment_intent_unexpected_state"_s,
                                       QStringLiteral("This PaymentIntent could not be captured because it has a "
                                                      "status of %1. Only a PaymentIntent with one of the following "
                                                      "statuses may be captured: requires_capture.")
                                           .arg(status));
        e.extra.insert(u"payment_intent"_s, publicView(pi));
        throw e;
    }
    if (pi.value(u"_capture_before").toInteger() <= m_clock.now())
        throw ApiError::invalid(u"charge_expired_for_capture"_s,
                                u"This charge has expired for capture; it was not captured within 7 days."_s);
    const qint64 capturable = pi.value(u"amount_capturable").toInteger();
    const qint64 amount = amountToCapture.value_or(capturable);
    if (amount > capturable)
        throw ApiError::invalid(u"amount_too_large"_s,
                                QStringLiteral("The amount_to_capture (%1) cannot be greater than the amount_capturable "
                                               "(%2).")
                                    .arg(amount)
                                    .arg(capturable),
                                u"amount_to_capture"_s);
    if (amount <= 0)
        throw ApiError::invalid(u"amount_too_small"_s, u"amount_to_capture must be greater than 0."_s,
                                u"amount_to_capture"_s);
    QJsonObject charge = load(kCharge, pi.value(u"latest_charge").toString());
    charge.insert(u"captured"_s, true);
    charge.insert(u"amount_captured"_s, amount);
    save(kCharge, charge);
    pi.insert(u"status"_s, u"succeeded"_s);
    pi.insert(u"amount_capturable"_s, 0);
    pi.insert(u"amount_received"_s, amount); // the rest of the hold is released, not refunded
    pi.insert(u"metadata"_s, metadata);
    pi.remove(u"_capture_before"_s);
    save(kPaymentIntent, pi);
    m_events.record(u"charge.captured"_s, publicView(charge), source);
    m_events.record(u"payment_intent.succeeded"_s, publicView(pi), source);
    disputeIfTestCard(pi, source);
    return pi;
}

QJsonObject PaymentFlow::cancel(QJsonObject pi, const QString &reason, const EventSource &source)
{
    static const QStringList cancellable{u"requires_payment_method"_s, u"requires_capture"_s,
                                         u"requires_confirmation"_s, u"requires_action"_s, u"processing"_s};
    const QString status = pi.value(u"status").toString();
    if (!cancellable.contains(status)) {
        ApiError e = ApiError::invalid(u"payment_intent_unexpected_state"_s,
                                       QStringLiteral("You cannot cancel this PaymentIntent because it has a status of "
                                                      "%1. Only a PaymentIntent with one of the following statuses may "
                                                      "be canceled: %2.")
                                           .arg(status, cancellable.join(u", ")));
        e.extra.insert(u"payment_intent"_s, publicView(pi));
        throw e;
    }
    pi.insert(u"status"_s, u"canceled"_s);
    pi.insert(u"canceled_at"_s, m_clock.now());
    pi.insert(u"cancellation_reason"_s, reason.isEmpty() ? QJsonValue() : QJsonValue(reason));
    pi.insert(u"amount_capturable"_s, 0);
    pi.insert(u"next_action"_s, QJsonValue());
    pi = without(pi, {QLatin1String("_capture_before"), QLatin1String("_redirect_started")});
    save(kPaymentIntent, pi);
    m_events.record(u"payment_intent.canceled"_s, publicView(pi), source);
    return pi;
}

} // namespace holdfast::sandbox
