// Charges, disputes and PaymentMethods (read-only), events, and webhook endpoints.
#include "sandbox/apierror.h"
#include "sandbox/listing.h"
#include "sandbox/params.h"
#include "sandbox/stripeapi.h"

#include <QJsonArray>
#include <QUrl>

namespace holdfast::sandbox {

using namespace Qt::StringLiterals;

QJsonObject StripeApi::retrieveSimple(const ApiRequest &request, const QString &kind, const QString &id)
{
    const Params params(request.params, {});
    const QJsonObject object = m_flow.load(kind, id);
    if (object.value(u"status").toString() == u"deleted")
        throw ApiError::notFound(kind, id);
    return expanded(PaymentFlow::publicView(object), expandPaths(request.params));
}

QJsonObject StripeApi::listCharges(const ApiRequest &request)
{
    const Params params(request.params, listParameterNames() + QStringList{u"payment_intent"_s});
    const QString pi = params.string(u"payment_intent"_s);
    return listObjects(
        m_store.all(u"charge"_s), request.params, u"/v1/charges"_s,
        [&](const QJsonObject &c) { return pi.isEmpty() || c.value(u"payment_intent").toString() == pi; },
        &PaymentFlow::publicView);
}

QJsonObject StripeApi::listDisputes(const ApiRequest &request)
{
    const Params params(request.params, listParameterNames() + QStringList{u"payment_intent"_s, u"charge"_s});
    const QString pi = params.string(u"payment_intent"_s);
    const QString charge = params.string(u"charge"_s);
    return listObjects(
        m_store.all(u"dispute"_s), request.params, u"/v1/disputes"_s,
        [&](const QJsonObject &d) {
            return (pi.isEmpty() || d.value(u"payment_intent").toString() == pi)
                   && (charge.isEmpty() || d.value(u"charge").toString() == charge);
        },
        &PaymentFlow::publicView);
}

QJsonObject StripeApi::listEvents(const ApiRequest &request)
{
    const Params params(request.params,
                        listParameterNames() + QStringList{u"type"_s, u"types"_s, u"delivery_success"_s});
    const QString type = params.string(u"type"_s);
    const QStringList types = params.stringList(u"types"_s);
    if (types.size() > 20)
        throw ApiError::invalid(u"parameter_invalid"_s, u"types may contain at most 20 entries."_s, u"types"_s);
    if (!type.isEmpty() && !types.isEmpty())
        throw ApiError::invalid(u"parameter_invalid"_s, u"You may only specify one of: type, types."_s, u"types"_s);
    const std::optional<bool> delivered = params.boolean(u"delivery_success"_s);
    auto typeMatches = [](const QString &pattern, const QString &actual) {
        return pattern == actual || (pattern.endsWith(u".*") && actual.startsWith(pattern.chopped(1)));
    };
    return listObjects(
        m_store.all(u"event"_s), request.params, u"/v1/events"_s,
        [&](const QJsonObject &e) {
            const QString actual = e.value(u"type").toString();
            if (!type.isEmpty() && !typeMatches(type, actual))
                return false;
            if (!types.isEmpty() && !std::any_of(types.begin(), types.end(),
                                                 [&](const QString &t) { return typeMatches(t, actual); }))
                return false;
            return !delivered || (e.value(u"pending_webhooks").toInteger() == 0) == *delivered;
        },
        &PaymentFlow::publicView);
}

QJsonObject StripeApi::createWebhookEndpoint(const ApiRequest &request)
{
    const Params params(request.params, {u"url"_s, u"enabled_events"_s, u"description"_s, u"metadata"_s,
                                         u"api_version"_s, u"connect"_s});
    const QUrl url(params.requiredString(u"url"_s));
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        throw ApiError::invalid(u"url_invalid"_s, u"Invalid URL: %1"_s.arg(url.toString()), u"url"_s);
    if (!params.has(u"enabled_events"_s))
        throw ApiError::missing(u"enabled_events"_s);
    const QStringList events = params.stringList(u"enabled_events"_s);
    if (events.isEmpty())
        throw ApiError::missing(u"enabled_events"_s);
    const QString secret = StateStore::newId(u"whsec_"_s, 32);
    QJsonObject endpoint{{u"id"_s, StateStore::newId(u"we_"_s)}, {u"object"_s, u"webhook_endpoint"_s},
                         {u"url"_s, url.toString()}, {u"enabled_events"_s, QJsonArray::fromStringList(events)},
                         {u"status"_s, u"enabled"_s}, {u"created"_s, m_clock.now()}, {u"livemode"_s, false},
                         {u"description"_s, params.has(u"description"_s) ? QJsonValue(params.string(u"description"_s)) : QJsonValue()},
                         {u"metadata"_s, params.mergedMetadata({})}, {u"application"_s, QJsonValue()},
                         {u"api_version"_s, params.has(u"api_version"_s) ? QJsonValue(params.string(u"api_version"_s)) : QJsonValue()},
                         {u"_secret"_s, secret}};
    m_store.put(u"webhook_endpoint"_s, endpoint);
    QJsonObject view = PaymentFlow::publicView(endpoint);
    view.insert(u"secret"_s, secret); // only the create response carries the signing secret
    return view;
}

QJsonObject StripeApi::updateWebhookEndpoint(const ApiRequest &request, const QString &id)
{
    const Params params(request.params, {u"url"_s, u"enabled_events"_s, u"description"_s, u"metadata"_s,
                                         u"disabled"_s});
    QJsonObject endpoint = m_flow.load(u"webhook_endpoint"_s, id);
    if (params.has(u"url"_s))
        endpoint.insert(u"url"_s, params.requiredString(u"url"_s));
    if (params.has(u"enabled_events"_s))
        endpoint.insert(u"enabled_events"_s, QJsonArray::fromStringList(params.stringList(u"enabled_events"_s)));
    if (params.has(u"description"_s))
        endpoint.insert(u"description"_s, params.string(u"description"_s));
    if (const auto disabled = params.boolean(u"disabled"_s))
        endpoint.insert(u"status"_s, *disabled ? u"disabled"_s : u"enabled"_s);
    endpoint.insert(u"metadata"_s, params.mergedMetadata(endpoint.value(u"metadata").toObject()));
    m_store.put(u"webhook_endpoint"_s, endpoint);
    return PaymentFlow::publicView(endpoint);
}

QJsonObject StripeApi::deleteWebhookEndpoint(const ApiRequest &request, const QString &id)
{
    const Params params(request.params, {});
    QJsonObject endpoint = m_flow.load(u"webhook_endpoint"_s, id);
    // Kept as a tombstone so it stops receiving events and disappears from lists.
    endpoint.insert(u"status"_s, u"deleted"_s);
    m_store.put(u"webhook_endpoint"_s, endpoint);
    return QJsonObject{{u"id"_s, id}, {u"object"_s, u"webhook_endpoint"_s}, {u"deleted"_s, true}};
}

QJsonObject StripeApi::listWebhookEndpoints(const ApiRequest &request)
{
    const Params params(request.params, listParameterNames());
    return listObjects(
        m_store.all(u"webhook_endpoint"_s), request.params, u"/v1/webhook_endpoints"_s,
        [](const QJsonObject &e) { return e.value(u"status").toString() != u"deleted"; }, &PaymentFlow::publicView);
}

} // namespace holdfast::sandbox
