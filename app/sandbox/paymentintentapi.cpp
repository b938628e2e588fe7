// The /v1/payment_intents handlers: parameter checking here, state transitions in PaymentFlow.
#include "sandbox/apierror.h"
#include "sandbox/listing.h"
#include "sandbox/params.h"
#include "sandbox/stripeapi.h"

#include <QJsonArray>

namespace holdfast::sandbox {

using namespace Qt::StringLiterals;

namespace {

const QString kPaymentIntent = u"payment_intent"_s;

// Parameters Stripe's API accepts on these calls; anything else is parameter_unknown, as in Stripe.
const QStringList kCreateParams{
    u"amount"_s, u"currency"_s, u"automatic_payment_methods"_s, u"capture_method"_s, u"confirm"_s,
    u"confirmation_method"_s, u"customer"_s, u"description"_s, u"error_on_requires_action"_s, u"metadata"_s,
    u"off_session"_s, u"payment_method"_s, u"payment_method_data"_s, u"payment_method_options"_s,
    u"payment_method_types"_s, u"receipt_email"_s, u"return_url"_s, u"setup_future_usage"_s, u"shipping"_s,
    u"statement_descriptor"_s, u"statement_descriptor_suffix"_s, u"transfer_group"_s, u"use_stripe_sdk"_s,
    u"mandate_data"_s};
const QStringList kUpdateParams{u"amount"_s, u"currency"_s, u"capture_method"_s, u"customer"_s, u"description"_s,
                                u"metadata"_s, u"payment_method"_s, u"payment_method_data"_s,
                                u"payment_method_options"_s, u"payment_method_types"_s, u"receipt_email"_s,
                                u"setup_future_usage"_s, u"shipping"_s, u"statement_descriptor"_s,
                                u"statement_descriptor_suffix"_s, u"transfer_group"_s};
const QStringList kConfirmParams{u"payment_method"_s,      u"payment_method_data"_s, u"payment_method_options"_s,
                                 u"return_url"_s,          u"client_secret"_s,       u"receipt_email"_s,
                                 u"setup_future_usage"_s,  u"shipping"_s,            u"use_stripe_sdk"_s,
                                 u"error_on_requires_action"_s, u"mandate_data"_s,   u"off_session"_s,
                                 u"capture_method"_s};
const QStringList kCaptureMethods{u"automatic"_s, u"automatic_async"_s, u"manual"_s};

void checkClientSecret(const QJsonObject &pi, const Params &params, const ApiRequest &request)
{
    if (!request.publishable)
        return;
    if (params.string(u"client_secret"_s) != pi.value(u"client_secret").toString())
        throw ApiError::invalid(u"payment_intent_invalid_parameter"_s,
                                u"The client_secret provided does not match the client_secret associated with the "
                                "PaymentIntent."_s,
                                u"client_secret"_s);
}

QJsonObject checkedPaymentMethodOptions(const Params &params)
{
    const QJsonObject options = params.object(u"payment_method_options"_s);
    checkNested(u"payment_method_options"_s, options, {u"amazon_pay"_s, u"card"_s});
    for (auto it = options.begin(); it != options.end(); ++it) {
        const QString method = it.value().toObject().value(u"capture_method").toString();
        if (!method.isEmpty() && method != u"manual" && method != u"automatic")
            throw ApiError::invalid(u"parameter_invalid_string"_s, u"Invalid capture_method."_s,
                                    u"payment_method_options[%1][capture_method]"_s.arg(it.key()));
    }
    return options;
}

void checkStatusForUpdate(const QJsonObject &pi, const QString &verb)
{
    static const QStringList allowed{u"requires_payment_method"_s, u"requires_confirmation"_s, u"requires_action"_s};
    const QString status = pi.value(u"status").toString();
    if (allowed.contains(status))
        return;
    ApiError e = ApiError::invalid(u"payment_intent_unexpected_state"_s,
                                   u"You cannot %1 this PaymentIntent because it has a status of %2. Only a "
                                   "PaymentIntent with one of the following statuses may be %3: %4."_s
                                       .arg(verb, status, verb == u"confirm" ? u"confirmed"_s : u"updated"_s,
                                            allowed.join(u", ")));
    e.extra.insert(u"payment_intent"_s, PaymentFlow::publicView(pi));
    throw e;
}

} // namespace

QJsonObject StripeApi::paymentIntentView(const QJsonObject &pi, const ApiRequest &request) const
{
    QJsonObject view = PaymentFlow::publicView(pi);
    if (request.publishable) {
        // What Stripe.js sees: no metadata, customer, charge or amounts received.
        for (const auto key : {"metadata", "customer", "latest_charge", "amount_capturable", "amount_received"})
            view.remove(QLatin1String(key));
        return view;
    }
    return expanded(view, expandPaths(request.params));
}

QJsonObject StripeApi::createPaymentIntent(const ApiRequest &request)
{
    const Params params(request.params, kCreateParams);
    const qint64 amount = params.requiredInteger(u"amount"_s);
    const QString currency = params.requiredString(u"currency"_s).toLower();
    const bool confirm = params.boolean(u"confirm"_s).value_or(false);
    if (params.has(u"return_url"_s) && !confirm)
        throw ApiError::invalid(u"parameter_invalid"_s,
                                u"You can only pass in return_url if confirm is set to true."_s, u"return_url"_s);
    const QString captureMethod = params.oneOf(u"capture_method"_s, kCaptureMethods);
    QStringList types = params.stringList(u"payment_method_types"_s);
    const QJsonObject options = checkedPaymentMethodOptions(params);
    m_flow.checkAmount(amount, currency, u"amount"_s);
    if (types.isEmpty()) {
        // Like automatic payment methods: cards always, Amazon Pay where the account's currency allows it.
        types = {u"card"_s};
        if (m_flow.amazonPayCurrencies().contains(currency))
            types.append(u"amazon_pay"_s);
    }
    for (const QString &type : types) {
        if (type != u"card" && type != u"amazon_pay")
            throw ApiError::invalid(u"payment_intent_invalid_parameter"_s,
                                    u"The payment method type \"%1\" is invalid. Please ensure the provided type is "
                                    "activated in your dashboard."_s.arg(type),
                                    u"payment_method_types"_s);
    }
    if (types.contains(u"amazon_pay"_s) && params.has(u"payment_method_types"_s))
        m_flow.checkAmazonPayCurrency(currency);
    const QString id = StateStore::newId(u"pi_"_s);
    auto nullable = [&](const QString &name) {
        return params.has(name) && !params.string(name).isEmpty() ? QJsonValue(params.string(name)) : QJsonValue();
    };
    QJsonObject pi{
        {u"id"_s, id}, {u"object"_s, u"payment_intent"_s}, {u"amount"_s, amount}, {u"amount_capturable"_s, 0},
        {u"amount_received"_s, 0}, {u"currency"_s, currency},
        {u"capture_method"_s, captureMethod.isEmpty() ? u"automatic"_s : captureMethod},
        {u"confirmation_method"_s, u"automatic"_s}, {u"created"_s, m_clock.now()}, {u"livemode"_s, false},
        {u"client_secret"_s, QString(id + u"_secret_" + StateStore::newId(QString()))}, {u"status"_s, u"requires_payment_method"_s},
        {u"next_action"_s, QJsonValue()}, {u"last_payment_error"_s, QJsonValue()},
        {u"payment_method"_s, QJsonValue()}, {u"payment_method_types"_s, QJsonArray::fromStringList(types)},
        {u"payment_method_options"_s, options}, {u"latest_charge"_s, QJsonValue()}, {u"canceled_at"_s, QJsonValue()},
        {u"cancellation_reason"_s, QJsonValue()}, {u"description"_s, nullable(u"description"_s)},
        {u"receipt_email"_s, nullable(u"receipt_email"_s)}, {u"customer"_s, nullable(u"customer"_s)},
        {u"metadata"_s, params.mergedMetadata({})}, {u"setup_future_usage"_s, QJsonValue()},
        {u"shipping"_s, QJsonValue()}, {u"statement_descriptor"_s, QJsonValue()},
        {u"statement_descriptor_suffix"_s, QJsonValue()}, {u"transfer_group"_s, QJsonValue()},
        {u"application"_s, QJsonValue()}, {u"application_fee_amount"_s, QJsonValue()},
        {u"automatic_payment_methods"_s, QJsonValue()}, {u"processing"_s, QJsonValue()},
        {u"review"_s, QJsonValue()}, {u"on_behalf_of"_s, QJsonValue()}, {u"invoice"_s, QJsonValue()}};
    if (confirm && (params.has(u"payment_method_data"_s) || params.has(u"payment_method"_s))) {
        // Validate the confirmation before anything is stored, so a bad request leaves no PaymentIntent.
        if (params.object(u"payment_method_data"_s).value(u"type").toString() == u"amazon_pay") {
            m_flow.checkAmazonPayCurrency(currency);
            if (params.string(u"return_url"_s).isEmpty())
                throw ApiError::invalid(u"payment_intent_redirect_confirmation_without_return_url"_s,
                                        u"Return URL is required when confirming PaymentIntents with amazon_pay."_s,
                                        u"return_url"_s);
        }
    }
    if (params.has(u"payment_method"_s) && !confirm)
        pi.insert(u"payment_method"_s, m_flow.paymentMethodById(params.string(u"payment_method"_s)).value(u"id"));
    if (params.has(u"payment_method"_s) && !confirm)
        pi.insert(u"status"_s, u"requires_confirmation"_s);
    m_store.put(kPaymentIntent, pi);
    m_events.record(u"payment_intent.created"_s, PaymentFlow::publicView(pi),
                    EventSource{request.requestId, request.idempotencyKey});
    if (confirm)
        pi = confirmWith(pi, params, request);
    return paymentIntentView(pi, request);
}

QJsonObject StripeApi::confirmWith(QJsonObject pi, const Params &params, const ApiRequest &request)
{
    QJsonObject pm;
    if (params.has(u"payment_method_data"_s)) {
        const QJsonObject data = params.object(u"payment_method_data"_s);
        checkNested(u"payment_method_data"_s, data, {u"type"_s, u"card"_s, u"amazon_pay"_s, u"billing_details"_s});
        if (!data.contains(u"type"))
            throw ApiError::missing(u"payment_method_data[type]"_s);
        pm = m_flow.paymentMethodFromData(data, u"payment_method_data"_s);
    } else if (params.has(u"payment_method"_s)) {
        pm = m_flow.paymentMethodById(params.requiredString(u"payment_method"_s));
    } else if (!pi.value(u"payment_method").toString().isEmpty()) {
        pm = m_flow.load(u"payment_method"_s, pi.value(u"payment_method").toString());
    } else {
        throw ApiError::invalid(u"payment_intent_unexpected_state"_s,
                                u"You cannot confirm this PaymentIntent because it's missing a payment method. Update "
                                "the PaymentIntent with a payment method and then confirm it again."_s);
    }
    const EventSource source{request.requestId, request.idempotencyKey};
    return m_flow.confirm(pi, pm, params.string(u"return_url"_s), request.publicBase, source);
}

QJsonObject StripeApi::retrievePaymentIntent(const ApiRequest &request, const QString &id)
{
    const Params params(request.params, {u"client_secret"_s});
    const QJsonObject pi = m_flow.load(kPaymentIntent, id, u"intent"_s);
    checkClientSecret(pi, params, request);
    return paymentIntentView(pi, request);
}

QJsonObject StripeApi::updatePaymentIntent(const ApiRequest &request, const QString &id)
{
    const Params params(request.params, kUpdateParams);
    QJsonObject pi = m_flow.load(kPaymentIntent, id, u"intent"_s);
    const QJsonObject metadata = params.mergedMetadata(pi.value(u"metadata").toObject());
    // Metadata and description stay editable after payment, as in Stripe; the rest only before it.
    QStringList touched = request.params.keys();
    touched.removeAll(u"metadata"_s);
    touched.removeAll(u"description"_s);
    touched.removeAll(u"expand"_s);
    if (!touched.isEmpty())
        checkStatusForUpdate(pi, u"update"_s);
    const QString currency = params.has(u"currency"_s) ? params.requiredString(u"currency"_s).toLower()
                                                       : pi.value(u"currency").toString();
    const qint64 amount = params.integer(u"amount"_s).value_or(pi.value(u"amount").toInteger());
    m_flow.checkAmount(amount, currency, u"amount"_s);
    QJsonObject previous;
    auto set = [&](const QString &key, const QJsonValue &value) {
        if (pi.value(key) != value)
            previous.insert(key, pi.value(key));
        pi.insert(key, value);
    };
    set(u"amount"_s, amount);
    set(u"currency"_s, currency);
    set(u"metadata"_s, metadata);
    for (const QString &name : {u"description"_s, u"receipt_email"_s, u"customer"_s}) {
        if (params.has(name))
            set(name, params.string(name).isEmpty() ? QJsonValue() : QJsonValue(params.string(name)));
    }
    if (params.has(u"capture_method"_s))
        set(u"capture_method"_s, params.oneOf(u"capture_method"_s, kCaptureMethods));
    if (params.has(u"payment_method_types"_s))
        set(u"payment_method_types"_s, QJsonArray::fromStringList(params.stringList(u"payment_method_types"_s)));
    if (params.has(u"payment_method_options"_s))
        set(u"payment_method_options"_s, checkedPaymentMethodOptions(params));
    if (pi.value(u"payment_method_types").toVariant().toStringList().contains(u"amazon_pay"_s)
        && (params.has(u"currency"_s) || params.has(u"payment_method_types"_s)))
        m_flow.checkAmazonPayCurrency(currency);
    if (params.has(u"payment_method"_s)) {
        set(u"payment_method"_s, m_flow.paymentMethodById(params.requiredString(u"payment_method"_s)).value(u"id"));
        set(u"status"_s, u"requires_confirmation"_s);
    }
    set(u"last_payment_error"_s, QJsonValue()); // Stripe clears it on update
    m_store.put(kPaymentIntent, pi);
    return paymentIntentView(pi, request);
}

QJsonObject StripeApi::confirmPaymentIntent(const ApiRequest &request, const QString &id)
{
    const Params params(request.params, kConfirmParams);
    QJsonObject pi = m_flow.load(kPaymentIntent, id, u"intent"_s);
    checkClientSecret(pi, params, request);
    checkStatusForUpdate(pi, u"confirm"_s);
    if (params.has(u"payment_method_options"_s))
        pi.insert(u"payment_method_options"_s, checkedPaymentMethodOptions(params));
    if (params.has(u"capture_method"_s))
        pi.insert(u"capture_method"_s, params.oneOf(u"capture_method"_s, kCaptureMethods));
    return paymentIntentView(confirmWith(pi, params, request), request);
}

QJsonObject StripeApi::capturePaymentIntent(const ApiRequest &request, const QString &id)
{
    const Params params(request.params, {u"amount_to_capture"_s, u"metadata"_s, u"statement_descriptor"_s,
                                         u"statement_descriptor_suffix"_s, u"final_capture"_s});
    const QJsonObject pi = m_flow.load(kPaymentIntent, id, u"intent"_s);
    const QJsonObject metadata = params.mergedMetadata(pi.value(u"metadata").toObject());
    const auto captured = m_flow.capture(pi, params.integer(u"amount_to_capture"_s), metadata,
                                         EventSource{request.requestId, request.idempotencyKey});
    return paymentIntentView(captured, request);
}

QJsonObject StripeApi::cancelPaymentIntent(const ApiRequest &request, const QString &id)
{
    const Params params(request.params, {u"cancellation_reason"_s});
    const QString reason = params.oneOf(u"cancellation_reason"_s, {u"duplicate"_s, u"fraudulent"_s,
                                                                   u"requested_by_customer"_s, u"abandoned"_s});
    const QJsonObject pi = m_flow.load(kPaymentIntent, id, u"intent"_s);
    return paymentIntentView(m_flow.cancel(pi, reason, EventSource{request.requestId, request.idempotencyKey}),
                             request);
}

QJsonObject StripeApi::listPaymentIntents(const ApiRequest &request)
{
    const Params params(request.params, listParameterNames() + QStringList{u"customer"_s});
    const QString customer = params.string(u"customer"_s);
    const QStringList paths = expandPaths(request.params);
    return listObjects(
        m_store.all(kPaymentIntent), request.params, u"/v1/payment_intents"_s,
        [&](const QJsonObject &pi) { return customer.isEmpty() || pi.value(u"customer").toString() == customer; },
        [&](const QJsonObject &pi) { return expanded(PaymentFlow::publicView(pi), paths, u"data."_s); });
}

QJsonObject StripeApi::searchPaymentIntents(const ApiRequest &request)
{
    const Params params(request.params, {u"query"_s, u"limit"_s, u"page"_s});
    const QStringList paths = expandPaths(request.params);
    return searchObjects(m_store.all(kPaymentIntent), request.params, u"/v1/payment_intents/search"_s,
                         [&](const QJsonObject &pi) { return expanded(PaymentFlow::publicView(pi), paths, u"data."_s); });
}

} // namespace holdfast::sandbox
