#include "sandbox/controls.h"

#include "sandbox/apierror.h"
#include "sandbox/faults.h"
#include "sandbox/formdecoder.h"
#include "sandbox/idempotency.h"
#include "sandbox/stripeapi.h"
#include "sandbox/webassets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace holdfast::sandbox {

using namespace Qt::StringLiterals;

HttpReply HttpReply::json(int status, const QJsonObject &body)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Indented);
    return reply;
}

namespace {

HttpReply controlError(int status, const QString &message)
{
    return HttpReply::json(status, QJsonObject{{u"error"_s, QJsonObject{{u"type"_s, u"sandbox_control_error"_s},
                                                                        {u"message"_s, message}}}});
}

HttpReply htmlReply(int status, const QByteArray &html)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    reply.body = html;
    return reply;
}

} // namespace

SandboxControls::SandboxControls(StripeApi &api, FaultPlan &faults, IdempotencyStore &idempotency)
    : m_api(api)
    , m_faults(faults)
    , m_idempotency(idempotency)
{
}

HttpReply SandboxControls::handle(const HttpCall &call)
{
    const QStringList parts = call.path.split(u'/', Qt::SkipEmptyParts); // "_sandbox", …
    // The Amazon Pay page and its buttons are what a customer's phone opens, so they are not loopback-only.
    if (parts.value(1) == u"amazon_pay" && parts.size() >= 3 && parts.size() <= 4)
        return amazonPay(call, parts.value(2), parts.value(3));
    if (!call.loopback)
        return controlError(403, u"Sandbox controls only answer loopback clients."_s);

    QJsonObject body;
    if (call.method == "POST" && !call.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(call.body, &parseError);
        if (!doc.isObject())
            return controlError(400, u"Control bodies are JSON objects: "_s + parseError.errorString());
        body = doc.object();
    }
    const QString route = parts.mid(1).join(u'/');
    if (route == u"clock" && call.method == "GET")
        return HttpReply::json(200, QJsonObject{{u"now"_s, m_api.clock().now()}});
    if (route == u"clock/advance" && call.method == "POST") {
        const qint64 seconds = body.value(u"seconds").toInteger(-1);
        if (seconds < 0)
            return controlError(400, u"seconds must be a non-negative integer"_s);
        m_api.advanceClock(seconds);
        return HttpReply::json(200, QJsonObject{{u"now"_s, m_api.clock().now()}});
    }
    if (parts.size() == 4 && parts.value(1) == u"refunds" && parts.value(3) == u"fail" && call.method == "POST") {
        // The refund did not reach the customer (a closed card, a bank that refused it).
        try {
            const QString reason = body.value(u"failure_reason").toString(u"expired_or_canceled_card"_s);
            return HttpReply::json(200, PaymentFlow::publicView(m_api.flow().failRefund(parts.value(2), reason, EventSource{})));
        } catch (const ApiError &e) {
            return controlError(e.status, e.message);
        }
    }
    if (parts.size() == 4 && parts.value(1) == u"payment_intents" && parts.value(3) == u"dispute" && call.method == "POST") {
        // {"reason": "fraudulent", "amount": 1000, "inquiry": false}: the customer's bank disputes it.
        const QJsonValue amount = body.value(u"amount");
        if (!amount.isUndefined() && !amount.isDouble())
            return controlError(400, u"amount must be an integer"_s);
        const QJsonValue inquiry = body.value(u"inquiry");
        if (!inquiry.isUndefined() && !inquiry.isBool())
            return controlError(400, u"inquiry must be true or false"_s);
        try {
            return HttpReply::json(200, PaymentFlow::publicView(m_api.flow().openDispute(
                                            parts.value(2), body.value(u"reason").toString(u"fraudulent"_s),
                                            amount.isUndefined() ? std::nullopt : std::optional<qint64>(amount.toInteger()),
                                            inquiry.toBool(false), EventSource{})));
        } catch (const ApiError &e) {
            return controlError(e.status, e.message);
        }
    }
    if (parts.size() == 3 && parts.value(1) == u"disputes" && call.method == "POST") {
        // {"status": "under_review" | "won" | "lost" | …}: the dispute moves on.
        try {
            return HttpReply::json(200, PaymentFlow::publicView(
                                            m_api.flow().moveDispute(parts.value(2), body.value(u"status").toString(), EventSource{})));
        } catch (const ApiError &e) {
            return controlError(e.status, e.message);
        }
    }
    if (route == u"holds/expiry_reason" && call.method == "POST") {
        // {"cancellation_reason": "automatic" | null | "…"}: what holds that lapse from now on say.
        const QJsonValue reason = body.value(u"cancellation_reason");
        if (!reason.isNull() && !reason.isString())
            return controlError(400, u"cancellation_reason must be a string or null"_s);
        m_api.flow().setExpiryReason(reason.toString());
        return HttpReply::json(200, QJsonObject{{u"cancellation_reason"_s, reason}});
    }
    if (route == u"faults" && call.method == "POST") {
        QString error;
        if (!m_faults.add(body, &error))
            return controlError(400, error);
        return HttpReply::json(200, QJsonObject{{u"ok"_s, true}});
    }
    if (route == u"faults/clear" && call.method == "POST") {
        m_faults.clear();
        return HttpReply::json(200, QJsonObject{{u"ok"_s, true}});
    }
    if (route == u"reset" && call.method == "POST") {
        m_api.reset();
        m_faults.clear();
        m_idempotency.clear();
        return HttpReply::json(200, QJsonObject{{u"ok"_s, true}});
    }
    if (route == u"webhooks/retry_schedule" && call.method == "POST") {
        QList<int> delays;
        for (const QJsonValue &v : body.value(u"delays_ms").toArray()) {
            if (v.toInt(-1) < 0)
                return controlError(400, u"delays_ms must be a list of non-negative integers"_s);
            delays.append(v.toInt());
        }
        m_api.delivery().setRetrySchedule(delays);
        return HttpReply::json(200, QJsonObject{{u"delays_ms"_s, QJsonArray::fromVariantList(QVariantList(delays.begin(), delays.end()))}});
    }
    return controlError(404, u"Unknown sandbox control %1 %2"_s.arg(QString::fromLatin1(call.method), call.path));
}

HttpReply SandboxControls::amazonPay(const HttpCall &call, const QString &paymentIntentId, const QString &action)
{
    const auto pi = m_api.store().find(u"payment_intent"_s, paymentIntentId);
    if (action.isEmpty() && call.method == "GET") {
        if (!pi)
            return htmlReply(404, "<!doctype html><title>Not found</title><h1>No such test payment</h1>");
        const bool open = pi->value(u"status").toString() == u"requires_action" && pi->contains(u"_redirect_started");
        return htmlReply(200, open ? amazonPayTestPage(*pi, u"Holdfast Sandbox Shop"_s) : amazonPayClosedPage(*pi));
    }
    if (call.method != "POST" || (action != u"authorize" && action != u"fail"))
        return controlError(404, u"Unknown Amazon Pay control"_s);
    // A browser form post comes from the test page's buttons; JSON callers are headless tests.
    const bool fromBrowser = call.contentType.startsWith("application/x-www-form-urlencoded");
    if (!fromBrowser && !call.loopback)
        return controlError(403, u"Sandbox controls only answer loopback clients."_s);
    QJsonObject result;
    try {
        result = m_api.flow().completeRedirect(paymentIntentId, action == u"authorize", EventSource{});
    } catch (const ApiError &error) {
        if (!fromBrowser)
            return HttpReply::json(error.status, error.envelope(QString()));
        return htmlReply(error.status, pi ? amazonPayClosedPage(*pi) : QByteArray("<h1>No such test payment</h1>"));
    }
    if (!fromBrowser)
        return HttpReply::json(200, PaymentFlow::publicView(result));
    const QString returnUrl = pi->value(u"next_action")[u"redirect_to_url"][u"return_url"].toString();
    QUrl target(returnUrl);
    QUrlQuery query(target);
    query.addQueryItem(u"payment_intent"_s, paymentIntentId);
    query.addQueryItem(u"payment_intent_client_secret"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(result.value(u"client_secret").toString())));
    query.addQueryItem(u"redirect_status"_s, action == u"authorize" ? u"succeeded"_s : u"failed"_s);
    target.setQuery(query);
    HttpReply reply = htmlReply(303, "<!doctype html><title>Redirecting</title>");
    reply.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
    return reply;
}

} // namespace holdfast::sandbox
