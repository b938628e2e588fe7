// The sandbox's request handling without a socket: a short script of HTTP requests goes through
// the same steps as SandboxServer (routing, the API key from Authorization or the key parameter,
// form decoding of body or query, idempotency, injected faults, the /_sandbox/ controls) into a
// fresh in-memory StripeApi, and every answer is checked as the Holdfast client would read it.
//
// Input: requests separated by a line "~~~". Each is "METHOD TARGET", header lines "Name: value",
// an empty line and the body. {pi} {ch} {re} {pm} {evt} {we} in the target, headers or body stand
// for the newest object of that kind, {secret} for the newest PaymentIntent's client secret (ids
// are random, so a fuzzer could not guess them). A first line "country=XX" sets the account country.
//
// Webhook endpoints are switched off after every request: a fuzzer must never make network calls,
// and deliveries would be the only ones.
#include "fuzzsupport.h"

#include "domain/paymentintent.h"
#include "domain/stripeobjects.h"
#include "sandbox/apierror.h"
#include "sandbox/controls.h"
#include "sandbox/faults.h"
#include "sandbox/formdecoder.h"
#include "sandbox/idempotency.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/stripeapi.h"
#include "sandbox/webassets.h"
#include "stripe/stripeerror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <optional>

using namespace holdfast;
using namespace holdfast::sandbox;

namespace {

constexpr int kMaxRequests = 12;
const QString kSecretKey = QString::fromLatin1(SandboxServer::defaultSecretKey);
const QString kPublishableKey = QString::fromLatin1(SandboxServer::defaultPublishableKey);
const QHash<QString, QStringList> kRestrictedKeys{
    {QStringLiteral("rk_test_fuzzread"), {QStringLiteral("rak_payment_intent_read"), QStringLiteral("rak_charge_read")}},
    {QStringLiteral("rk_test_fuzzwrite"),
     {QStringLiteral("rak_payment_intent_write"), QStringLiteral("rak_refund_write"), QStringLiteral("rak_event_read")}},
};

struct Request
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // lower-case names, as the server keeps them
    QByteArray body;
};

std::optional<Request> parseRequest(const QByteArray &text)
{
    Request r;
    const qsizetype lineEnd = text.indexOf('\n');
    const QByteArray requestLine = (lineEnd < 0 ? text : text.left(lineEnd)).trimmed();
    const QList<QByteArray> words = requestLine.split(' ');
    if (words.size() < 2 || words.at(0).isEmpty())
        return std::nullopt;
    r.method = words.at(0).toUpper();
    r.target = words.at(1);
    qsizetype pos = lineEnd < 0 ? text.size() : lineEnd + 1;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArray line = text.mid(pos, end - pos);
        pos = end + 1;
        if (line.trimmed().isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (pos < text.size())
        r.body = text.mid(pos);
    return r;
}

// Everything that must hold for any answer: a status Stripe uses, and a body the client can read.
void checkApiAnswer(int status, const QByteArray &body, const QByteArray &method, const QString &path)
{
    const QString where = QString::fromLatin1(method) + u' ' + path.left(200);
    FUZZ_CHECK(status >= 200 && status <= 599, where + QStringLiteral(" status %1").arg(status));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    FUZZ_CHECK(doc.isObject(), where + QStringLiteral(" answered with something that is not a JSON object"));
    const QJsonObject o = doc.object();
    if (status >= 400) {
        const QJsonObject error = o.value(QLatin1String("error")).toObject();
        FUZZ_CHECK(!error.value(QLatin1String("type")).toString().isEmpty(), where);
        FUZZ_CHECK(!error.value(QLatin1String("message")).toString().isEmpty(), where);
        const stripe::StripeError e = stripe::StripeError::fromResponse(status, body, QStringLiteral("req_fuzz"));
        FUZZ_CHECK(!e.userMessage().isEmpty(), where);
        return;
    }
    FUZZ_CHECK(!o.contains(QLatin1String("error")), where);
    // A successful answer must be one the client's parsers accept, or the till would refuse it.
    const QString kind = o.value(QLatin1String("object")).toString();
    FUZZ_CHECK(!kind.isEmpty(), where + QStringLiteral(" answered without an object type"));
    ParseError perr;
    auto checkOne = [&](const QJsonObject &item) {
        const QString itemKind = item.value(QLatin1String("object")).toString();
        if (itemKind == QLatin1String("payment_intent"))
            FUZZ_CHECK(PaymentIntent::fromJson(item, &perr).has_value(), where + u' ' + perr.toString());
        else if (itemKind == QLatin1String("refund"))
            FUZZ_CHECK(Refund::fromJson(item, &perr).has_value(), where + u' ' + perr.toString());
        else if (itemKind == QLatin1String("event"))
            FUZZ_CHECK(StripeEvent::fromJson(item, &perr).has_value(), where + u' ' + perr.toString());
    };
    if (kind == QLatin1String("list") || kind == QLatin1String("search_result")) {
        const auto list = StripeList::fromJson(o, &perr);
        FUZZ_CHECK(list.has_value(), where + u' ' + perr.toString());
        for (const QJsonValue &v : list->data)
            checkOne(v.toObject());
    } else {
        checkOne(o);
    }
}

class Harness
{
public:
    explicit Harness(const QString &country) : api(country), controls(api, faults, idempotency) {}

    void run(Request request);

private:
    QString newestId(const QString &kind)
    {
        return api.store().all(kind).value(0).value(QLatin1String("id")).toString();
    }
    QByteArray substitute(QByteArray text);
    void handleApi(const Request &request, const QString &path, const QByteArray &query);
    void execute(const ApiRequest &request, const std::optional<Fault> &fault);
    void switchOffWebhooks();

    StripeApi api;
    FaultPlan faults;
    IdempotencyStore idempotency;
    SandboxControls controls;
};

QByteArray Harness::substitute(QByteArray text)
{
    if (!text.contains('{'))
        return text;
    static const QList<QPair<QByteArray, QString>> kinds{
        {"{pi}", QStringLiteral("payment_intent")}, {"{ch}", QStringLiteral("charge")},
        {"{re}", QStringLiteral("refund")},         {"{pm}", QStringLiteral("payment_method")},
        {"{evt}", QStringLiteral("event")},         {"{we}", QStringLiteral("webhook_endpoint")}};
    for (const auto &[placeholder, kind] : kinds) {
        if (text.contains(placeholder))
            text.replace(placeholder, newestId(kind).toUtf8());
    }
    if (text.contains("{secret}")) {
        const QJsonObject pi = api.store().all(QStringLiteral("payment_intent")).value(0);
        text.replace("{secret}", pi.value(QLatin1String("client_secret")).toString().toUtf8());
    }
    return text;
}

void Harness::switchOffWebhooks()
{
    for (QJsonObject endpoint : api.store().all(QStringLiteral("webhook_endpoint"))) {
        if (endpoint.value(QLatin1String("status")).toString() == QLatin1String("enabled")) {
            endpoint.insert(QStringLiteral("status"), QStringLiteral("disabled"));
            api.store().put(QStringLiteral("webhook_endpoint"), endpoint);
        }
    }
}

void Harness::run(Request request)
{
    request.target = substitute(request.target);
    request.body = substitute(request.body);
    for (auto it = request.headers.begin(); it != request.headers.end(); ++it)
        it.value() = substitute(it.value());

    // As Qt HTTP Server hands it over: the target resolved against the server, path decoded,
    // query kept percent-encoded.
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1:12111" + request.target);
    const QString path = url.path();
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    const bool stripePath = path.startsWith(u"/v1/") || path == u"/v3" || path.startsWith(u"/v3/");
    if (request.method == "OPTIONS" && stripePath) {
        // The CORS preflight answer has no body to check.
    } else if (path == u"/v3" || path == u"/v3/") {
        FUZZ_CHECK(!stripeJsSource().isEmpty(), QString());
    } else if (path.startsWith(u"/_sandbox/")) {
        const HttpCall call{request.method, path, request.body, request.headers.value("content-type"),
                            !request.headers.contains("x-fuzz-remote"), QStringLiteral("http://127.0.0.1:12111")};
        const HttpReply reply = controls.handle(call);
        FUZZ_CHECK(reply.status >= 200 && reply.status <= 599, path);
        if (reply.contentType == "application/json")
            FUZZ_CHECK(QJsonDocument::fromJson(reply.body).isObject(), path);
    } else if (path.startsWith(u"/v1/")) {
        handleApi(request, path, query);
    } else {
        const ApiError e = ApiError::unrecognizedUrl(request.method, path);
        checkApiAnswer(e.status, QJsonDocument(e.envelope({})).toJson(), request.method, path);
    }
    switchOffWebhooks();
}

// The steps of SandboxServer's API dispatch, in its order.
void Harness::handleApi(const Request &exchange, const QString &path, const QByteArray &query)
{
    const QString requestId = StateStore::newId(QStringLiteral("req_"), 14);
    auto refuse = [&](const ApiError &error) {
        checkApiAnswer(error.status, QJsonDocument(error.envelope(requestId)).toJson(), exchange.method, path);
    };
    if (exchange.body.size() > SandboxServer::maxBodyBytes) {
        refuse(ApiError::invalid(QString(), QStringLiteral("Request body too large")));
        return;
    }
    QString key;
    const QByteArray auth = exchange.headers.value("authorization");
    if (auth.startsWith("Bearer "))
        key = QString::fromUtf8(auth.mid(7).trimmed());
    else if (auth.startsWith("Basic "))
        key = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6).trimmed())).section(u':', 0, 0);

    QJsonObject params;
    QString decodeError;
    if (!decodeForm(exchange.method == "POST" ? exchange.body : query, &params, &decodeError)) {
        FUZZ_CHECK(!decodeError.isEmpty(), path);
        refuse(ApiError::invalid(QStringLiteral("parameter_invalid"), decodeError));
        return;
    }
    if (auth.isEmpty() && params.contains(u"key"))
        key = params.take(u"key").toString();
    if (key != kSecretKey && key != kPublishableKey && !kRestrictedKeys.contains(key)) {
        ApiError e = ApiError::invalid(QString(), QStringLiteral("Invalid API Key provided"));
        e.status = 401;
        refuse(e);
        return;
    }
    const std::optional<Fault> fault = faults.take(exchange.method, path);
    if (fault && fault->kind == Fault::Kind::RateLimit429) {
        ApiError e = ApiError::invalid(QStringLiteral("rate_limit"), QStringLiteral("Too many requests"));
        e.status = 429;
        refuse(e);
        return;
    }

    ApiRequest request;
    request.method = exchange.method;
    request.path = path;
    request.params = params;
    request.publishable = key == kPublishableKey;
    request.requestId = requestId;
    request.publicBase = QStringLiteral("http://127.0.0.1:12111");
    request.restricted = kRestrictedKeys.contains(key);
    request.permissions = kRestrictedKeys.value(key);
    request.maskedKey = key.left(8) + u"****" + key.right(4);
    const QString idempotencyKey = QString::fromUtf8(exchange.headers.value("idempotency-key"));
    if (!idempotencyKey.isEmpty() && exchange.method == "POST") {
        if (idempotencyKey.size() > 255) {
            refuse(ApiError::invalid(QString(), QStringLiteral("Idempotency-Key too long"),
                                     QStringLiteral("Idempotency-Key")));
            return;
        }
        request.idempotencyKey = idempotencyKey;
        const QByteArray fingerprint = exchange.method + ' ' + path.toUtf8() + ' ' + key.toUtf8() + ' '
                                       + QJsonDocument(params).toJson(QJsonDocument::Compact);
        StoredResponse stored;
        switch (idempotency.begin(idempotencyKey, fingerprint, api.clock().now(), &stored)) {
        case IdempotencyStore::Outcome::Fresh:
            break;
        case IdempotencyStore::Outcome::Mismatch: {
            ApiError e = ApiError::invalid(QString(), QStringLiteral("Keys for idempotent requests can only be used "
                                                                     "with the same parameters"));
            e.type = QStringLiteral("idempotency_error");
            refuse(e);
            return;
        }
        case IdempotencyStore::Outcome::InFlight:
            // Requests run one at a time here and each one completes or abandons its key.
            FUZZ_CHECK(false, QStringLiteral("idempotency key still in flight: ") + idempotencyKey.left(100));
            return;
        case IdempotencyStore::Outcome::Replay:
            // The stored answer comes back byte for byte.
            checkApiAnswer(stored.status, stored.body, exchange.method, path);
            return;
        }
    }
    execute(request, fault); // a Delay fault runs at once: there is no event loop here
}

void Harness::execute(const ApiRequest &request, const std::optional<Fault> &fault)
{
    const ApiResult result = api.handle(request);
    const QByteArray body = HttpReply::json(result.status, result.body).body;
    if (!request.idempotencyKey.isEmpty()) {
        if (result.validationError)
            idempotency.abandon(request.idempotencyKey);
        else
            idempotency.complete(request.idempotencyKey, StoredResponse{result.status, body, request.requestId},
                                 api.clock().now());
    }
    if (fault && fault->kind == Fault::Kind::DropAfterCommit)
        return;
    checkApiAnswer(result.status, body, request.method, request.path);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = fuzz::bytes(data, size);
    QString country = QStringLiteral("US");
    if (input.startsWith("country=")) {
        const qsizetype end = input.indexOf('\n');
        country = QString::fromUtf8(input.mid(8, end < 0 ? -1 : end - 8)).trimmed().left(4);
        input = end < 0 ? QByteArray() : input.mid(end + 1);
    }
    Harness harness(country);
    int count = 0;
    qsizetype pos = 0;
    while (pos <= input.size() && count < kMaxRequests) {
        qsizetype end = input.indexOf("\n~~~\n", pos);
        const QByteArray text = input.mid(pos, end < 0 ? -1 : end - pos);
        if (auto request = parseRequest(text)) {
            harness.run(std::move(*request));
            ++count;
        }
        if (end < 0)
            break;
        pos = end + 5;
    }
    return 0;
}
