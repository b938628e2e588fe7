#include "sandbox/stripeapi.h"
#include "sandbox/specrules.h"

#include "sandbox/apierror.h"

#include <QJsonArray>

namespace holdfast::sandbox {

using namespace Qt::StringLiterals;

StripeApi::StripeApi(const QString &country, QObject *parent)
    : QObject(parent)
    , m_events(m_store, m_clock, m_delivery)
    , m_flow(m_store, m_clock, m_events, country)
{
    m_events.setApiVersion(QString::fromLatin1(defaultApiVersion));
    m_delivery.setOnDelivered([this](const QString &eventId) { m_events.markDelivered(eventId); });
    m_delivery.setEndpointActive([this](const QString &endpointId) {
        const auto endpoint = m_store.find(u"webhook_endpoint"_s, endpointId);
        return endpoint && endpoint->value(u"status").toString() == u"enabled";
    });
}

bool StripeApi::openState(const QString &path, QString *error)
{
    if (!m_store.open(path, error))
        return false;
    m_clock.setOffset(m_store.meta(u"clock_offset"_s).toLongLong());
    return true;
}

void StripeApi::advanceClock(qint64 seconds)
{
    m_clock.advance(seconds);
    m_store.setMeta(u"clock_offset"_s, QString::number(m_clock.offset()));
    m_flow.runDue();
}

void StripeApi::reset()
{
    m_delivery.cancelAll();
    m_store.clear();
    m_clock.setOffset(0);
}

ApiResult StripeApi::handle(const ApiRequest &request)
{
    try {
        return ApiResult{200, route(request), false};
    } catch (const ApiError &error) {
        return ApiResult{error.status, error.envelope(request.requestId), error.isValidationError()};
    }
}

void StripeApi::requireSecret(const ApiRequest &request)
{
    if (!request.publishable)
        return;
    ApiError e = ApiError::invalid(u"secret_key_required"_s,
                                   u"This API call cannot be made with a publishable API key. Please use a secret API "
                                   "key. You can find a list of your API keys at "
                                   "https://dashboard.stripe.com/account/apikeys."_s);
    e.status = 401;
    throw e;
}

void StripeApi::requirePermission(const ApiRequest &request, const QString &collection)
{
    if (!request.restricted)
        return;
    // Stripe's slugs for PaymentIntents, refunds and charges; the others follow the same pattern.
    static const QHash<QString, QString> resources{{u"payment_intents"_s, u"payment_intent"_s},
                                                   {u"refunds"_s, u"refund"_s},
                                                   {u"charges"_s, u"charge"_s},
                                                   {u"disputes"_s, u"dispute"_s},
                                                   {u"payment_methods"_s, u"payment_method"_s},
                                                   {u"events"_s, u"event"_s},
                                                   {u"webhook_endpoints"_s, u"webhook"_s}};
    const QString resource = resources.value(collection, collection);
    const bool write = request.method != "GET";
    const QString needed = u"rak_"_s + resource + (write ? u"_write"_s : u"_read"_s);
    // A write permission includes reading.
    if (request.permissions.contains(needed) || (!write && request.permissions.contains(u"rak_"_s + resource + u"_write")))
        return;
    ApiError e = ApiError::invalid(QString(), u"The provided key '%1' does not have the required permissions for this "
                                              "endpoint. Having the '%2' permission would allow this request to "
                                              "continue."_s.arg(request.maskedKey, needed));
    e.status = 403;
    throw e;
}

QJsonObject StripeApi::route(const ApiRequest &request)
{
    // /v1/<collection>[/<id>[/<action>]]
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    const QString collection = parts.value(1);
    const QString id = parts.value(2);
    const QString action = parts.value(3);
    const QByteArray &m = request.method;
    const bool get = m == "GET";
    const bool post = m == "POST";
    if (parts.size() > 4 || parts.value(0) != u"v1")
        throw ApiError::unrecognizedUrl(m, request.path);

    // Only these two calls accept a publishable key (with the PaymentIntent's client_secret).
    const bool clientCall = collection == u"payment_intents" && !id.isEmpty() && id != u"search"
                            && ((get && action.isEmpty()) || (post && action == u"confirm"));
    if (!clientCall)
        requireSecret(request);
    requirePermission(request, collection);
    // Stripe's own rules for the parameters first, as Stripe checks them before anything else.
    SpecRules::builtIn().check(m, request.path, request.params);

    if (collection == u"payment_intents") {
        if (id.isEmpty())
            return get ? listPaymentIntents(request)
                 : post ? createPaymentIntent(request)
                        : throw ApiError::unrecognizedUrl(m, request.path);
        if (id == u"search" && get && action.isEmpty())
            return searchPaymentIntents(request);
        if (action.isEmpty() && get)
            return retrievePaymentIntent(request, id);
        if (action.isEmpty() && post)
            return updatePaymentIntent(request, id);
        if (post && action == u"confirm")
            return confirmPaymentIntent(request, id);
        if (post && action == u"capture")
            return capturePaymentIntent(request, id);
        if (post && action == u"cancel")
            return cancelPaymentIntent(request, id);
    } else if (collection == u"refunds" && action.isEmpty()) {
        if (id.isEmpty() && get)
            return listRefunds(request);
        if (id.isEmpty() && post)
            return createRefund(request);
        if (get)
            return retrieveRefund(request, id);
        if (post)
            return updateRefund(request, id);
    } else if (collection == u"charges" && action.isEmpty() && get) {
        return id.isEmpty() ? listCharges(request) : retrieveSimple(request, u"charge"_s, id);
    } else if (collection == u"disputes" && action.isEmpty() && get) {
        return id.isEmpty() ? listDisputes(request) : retrieveSimple(request, u"dispute"_s, id);
    } else if (collection == u"payment_methods" && action.isEmpty() && get && !id.isEmpty()) {
        return retrieveSimple(request, u"payment_method"_s, id);
    } else if (collection == u"events" && action.isEmpty() && get) {
        return id.isEmpty() ? listEvents(request) : retrieveSimple(request, u"event"_s, id);
    } else if (collection == u"webhook_endpoints" && action.isEmpty()) {
        if (id.isEmpty() && get)
            return listWebhookEndpoints(request);
        if (id.isEmpty() && post)
            return createWebhookEndpoint(request);
        if (!id.isEmpty() && get)
            return retrieveSimple(request, u"webhook_endpoint"_s, id);
        if (!id.isEmpty() && post)
            return updateWebhookEndpoint(request, id);
        if (!id.isEmpty() && m == "DELETE")
            return deleteWebhookEndpoint(request, id);
    }
    throw ApiError::unrecognizedUrl(m, request.path);
}

QStringList StripeApi::expandPaths(const QJsonObject &params) const
{
    QStringList paths;
    for (const QJsonValue &v : params.value(u"expand").toArray())
        paths.append(v.toString());
    return paths;
}

QJsonObject StripeApi::expanded(const QJsonObject &object, const QStringList &paths, const QString &prefix) const
{
    // Replaces an id field by the object it names, e.g. expand[]=latest_charge or data.payment_method.
    static const QHash<QString, QString> kinds{{u"pi_"_s, u"payment_intent"_s}, {u"ch_"_s, u"charge"_s},
                                               {u"pm_"_s, u"payment_method"_s}, {u"re_"_s, u"refund"_s},
                                               {u"du_"_s, u"dispute"_s}};
    QJsonObject out = object;
    for (const QString &path : paths) {
        if (!prefix.isEmpty() && !path.startsWith(prefix))
            continue;
        const QString field = path.mid(prefix.size()).section(u'.', 0, 0);
        const QString id = out.value(field).toString();
        const auto found = m_store.find(kinds.value(id.left(3)), id);
        if (found)
            out.insert(field, PaymentFlow::publicView(*found));
    }
    return out;
}

} // namespace holdfast::sandbox
