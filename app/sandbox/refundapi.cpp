// The /v1/refunds handlers.
#include "sandbox/apierror.h"
#include "sandbox/listing.h"
#include "sandbox/params.h"
#include "sandbox/stripeapi.h"

namespace holdfast::sandbox {

using namespace Qt::StringLiterals;

QJsonObject StripeApi::createRefund(const ApiRequest &request)
{
    const Params params(request.params, {u"payment_intent"_s, u"charge"_s, u"amount"_s, u"reason"_s, u"metadata"_s,
                                         u"instructions_email"_s});
    const QString reason = params.oneOf(u"reason"_s, {u"duplicate"_s, u"fraudulent"_s, u"requested_by_customer"_s});
    QString piId = params.string(u"payment_intent"_s);
    if (piId.isEmpty() && params.has(u"charge"_s)) {
        const QJsonObject charge = m_flow.load(u"charge"_s, params.requiredString(u"charge"_s), u"charge"_s);
        piId = charge.value(u"payment_intent").toString();
    }
    if (piId.isEmpty())
        throw ApiError::invalid(u"parameter_missing"_s, u"One of the following params should be provided for this "
                                                        "request: payment_intent or charge."_s);
    const QJsonObject pi = m_flow.load(u"payment_intent"_s, piId, u"payment_intent"_s);
    const QJsonObject refund = m_flow.refund(pi, params.integer(u"amount"_s), reason, params.mergedMetadata({}),
                                             EventSource{request.requestId, request.idempotencyKey});
    return expanded(PaymentFlow::publicView(refund), expandPaths(request.params));
}

QJsonObject StripeApi::retrieveRefund(const ApiRequest &request, const QString &id)
{
    const Params params(request.params, {});
    return expanded(PaymentFlow::publicView(m_flow.load(u"refund"_s, id)), expandPaths(request.params));
}

QJsonObject StripeApi::updateRefund(const ApiRequest &request, const QString &id)
{
    const Params params(request.params, {u"metadata"_s});
    QJsonObject refund = m_flow.load(u"refund"_s, id);
    refund.insert(u"metadata"_s, params.mergedMetadata(refund.value(u"metadata").toObject()));
    m_store.put(u"refund"_s, refund);
    return PaymentFlow::publicView(refund);
}

QJsonObject StripeApi::listRefunds(const ApiRequest &request)
{
    const Params params(request.params, listParameterNames() + QStringList{u"payment_intent"_s, u"charge"_s});
    const QString pi = params.string(u"payment_intent"_s);
    const QString charge = params.string(u"charge"_s);
    const QStringList paths = expandPaths(request.params);
    return listObjects(
        m_store.all(u"refund"_s), request.params, u"/v1/refunds"_s,
        [&](const QJsonObject &r) {
            return (pi.isEmpty() || r.value(u"payment_intent").toString() == pi)
                   && (charge.isEmpty() || r.value(u"charge").toString() == charge);
        },
        [&](const QJsonObject &r) { return expanded(PaymentFlow::publicView(r), paths, u"data."_s); });
}

} // namespace holdfast::sandbox
