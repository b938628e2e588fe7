#include "sandbox/sandboxserver.h"

#include "diagnostics/logging.h"
#include "sandbox/apierror.h"
#include "sandbox/controls.h"
#include "sandbox/faults.h"
#include "sandbox/formdecoder.h"
#include "sandbox/idempotency.h"
#include "sandbox/stripeapi.h"
#include "sandbox/webassets.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace holdfast::sandbox {

using namespace Qt::StringLiterals;

namespace {

// Everything a request needs after the QHttpServerRequest is gone (delayed requests outlive it).
struct Exchange
{
    QByteArray method;
    QString path;
    QByteArray query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    bool loopback = false;
    QPointer<QTcpSocket> socket;
};

// For the test suite: with HOLDFAST_SANDBOX_RECORD naming a folder, every API request Holdfast's own
// Stripe client sends (its User-Agent) is appended to requests.jsonl there, one JSON line each, so
// tests/spec/requests.test.mjs can hold it to Stripe's description. Keys and client secrets never
// reach the file: only the method, path, parameters and the answer's status.
void recordRequest(const QByteArray &userAgent, const QByteArray &method, const QString &path,
                   const QJsonObject &params, int status)
{
    const QString folder = qEnvironmentVariable("HOLDFAST_SANDBOX_RECORD");
    if (folder.isEmpty() || !userAgent.startsWith("Holdfast/"))
        return;
    QFile file(folder + QStringLiteral("/requests.jsonl"));
    if (!file.open(QIODevice::Append | QIODevice::WriteOnly))
        return;
    // A client secret is a secret too: its place is kept (the spec knows the parameter), its value not.
    QJsonObject kept = params;
    if (kept.contains(QStringLiteral("client_secret")))
        kept.insert(QStringLiteral("client_secret"), QStringLiteral("redacted"));
    const QJsonObject line{{QStringLiteral("method"), QString::fromLatin1(method)},
                           {QStringLiteral("path"), path},
                           {QStringLiteral("params"), kept},
                           {QStringLiteral("status"), status}};
    file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n'); // one write: lines never interleave
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 303: return "See Other";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    default: return "Status";
    }
}

QString maskedKey(const QString &key)
{
    return key.left(8) + u"****" + key.right(4);
}

} // namespace

// Qt HTTP Server parses requests; responses are written here so that a reply can be delayed or the
// connection dropped after the change has been committed, which QHttpServerResponder cannot do.
class HttpFrontend final : public QAbstractHttpServer
{
public:
    std::function<void(Exchange)> onRequest;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Exchange exchange;
        exchange.method = QHttpServerRequest::staticMetaObject.enumerator(
                              QHttpServerRequest::staticMetaObject.indexOfEnumerator("Method"))
                              .valueToKey(int(request.method()));
        exchange.method = exchange.method.toUpper();
        const QUrl url = request.url();
        exchange.path = url.path();
        exchange.query = url.query(QUrl::FullyEncoded).toLatin1();
        exchange.body = request.body();
        for (const auto &header : request.headers())
            exchange.headers.insert(header.first.toLower(), header.second);
        exchange.loopback = request.remoteAddress().isLoopback();
        exchange.socket = socket;
        // Without TCP_NODELAY, Nagle plus the client's delayed ACK costs ~40 ms per kept-alive request.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        onRequest(std::move(exchange));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

class SandboxServer::Private
{
public:
    explicit Private(const QString &country)
        : api(country)
        , controls(api, faults, idempotency)
    {
    }

    void dispatch(Exchange exchange);
    void handleApi(Exchange exchange);
    void execute(const Exchange &exchange, const ApiRequest &request, const QByteArray &version,
                 const std::optional<Fault> &fault);
    void finish(const Exchange &exchange, const HttpReply &reply, const std::optional<Fault> &fault);
    void write(const Exchange &exchange, const HttpReply &reply, bool cors);
    HttpReply apiReply(int status, const QJsonObject &body, const QString &requestId) const;
    QString publicBase(const Exchange &exchange) const;

    // Requests counted in the current second, reads and writes apart, as Stripe counts them.
    struct RateWindow
    {
        qint64 second = -1;
        int count = 0;
    };
    bool overRateLimit(bool write);

    Options options;
    RateWindow reads, writes;
    StripeApi api;
    FaultPlan faults;
    IdempotencyStore idempotency;
    SandboxControls controls;
    HttpFrontend http;
    QUrl baseUrl;
    QTimer dueTimer;
};

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(const Options &options, QString *error)
{
    d = std::make_unique<Private>(options.country);
    d->options = options;
    if (d->options.secretKey.isEmpty())
        d->options.secretKey = QString::fromLatin1(defaultSecretKey);
    if (d->options.publishableKey.isEmpty())
        d->options.publishableKey = QString::fromLatin1(defaultPublishableKey);
    if (!d->api.openState(options.statePath, error))
        return false;
    auto *tcp = new QTcpServer(&d->http);
    if (!tcp->listen(options.host, options.port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(options.host.toString()).arg(options.port).arg(tcp->errorString());
        return false;
    }
    d->http.bind(tcp);
    d->http.onRequest = [this](Exchange exchange) { d->dispatch(std::move(exchange)); };
    const QHostAddress shown = options.host == QHostAddress::Any || options.host == QHostAddress::AnyIPv4
                                   ? QHostAddress(QHostAddress::LocalHost)
                                   : options.host;
    d->baseUrl.setScheme(u"http"_s);
    d->baseUrl.setHost(shown.toString());
    d->baseUrl.setPort(tcp->serverPort());
    // Expiries also happen in real time (a customer really leaving the Amazon Pay page for 10 minutes).
    connect(&d->dueTimer, &QTimer::timeout, this, [this] { d->api.flow().runDue(); });
    d->dueTimer.start(500);
    qCInfo(lcSandbox) << "sandbox listening on" << d->baseUrl.toString();
    // Recording for the test suite: a sandbox that ran leaves its mark, so the check afterwards knows
    // Holdfast could have sent requests and fails when none were recorded.
    if (const QString folder = qEnvironmentVariable("HOLDFAST_SANDBOX_RECORD"); !folder.isEmpty()) {
        QFile mark(folder + QStringLiteral("/sandboxes.log"));
        if (mark.open(QIODevice::Append | QIODevice::WriteOnly))
            mark.write(d->baseUrl.toEncoded() + '\n');
    }
    return true;
}

void SandboxServer::setAccountCountry(const QString &country)
{
    if (!d)
        return;
    d->options.country = country.toUpper();
    d->api.flow().setAccountCountry(country);
}

QUrl SandboxServer::baseUrl() const
{
    return d ? d->baseUrl : QUrl();
}

void SandboxServer::stop()
{
    d.reset();
}

QString SandboxServer::Private::publicBase(const Exchange &exchange) const
{
    static const QRegularExpression hostRe(uR"(^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$)"_s);
    const QString host = QString::fromLatin1(exchange.headers.value("host"));
    if (hostRe.match(host).hasMatch())
        return u"http://"_s + host;
    return baseUrl.toString(QUrl::StripTrailingSlash);
}

void SandboxServer::Private::write(const Exchange &exchange, const HttpReply &reply, bool cors)
{
    QTcpSocket *socket = exchange.socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Cache-Control: no-cache, no-store\r\nServer: holdfast-sandbox\r\n";
    if (cors) {
        out += "Access-Control-Allow-Origin: *\r\n"
               "Access-Control-Expose-Headers: Request-Id, Stripe-Version, Idempotent-Replayed\r\n";
    }
    for (const auto &header : reply.headers)
        out += header.first + ": " + header.second + "\r\n";
    const bool close = exchange.headers.value("connection").toLower() == "close";
    out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    out += reply.body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

void SandboxServer::Private::dispatch(Exchange exchange)
{
    const QString &path = exchange.path;
    const bool stripePath = path.startsWith(u"/v1/") || path == u"/v3" || path.startsWith(u"/v3/");
    if (exchange.method == "OPTIONS" && stripePath) {
        // CORS preflight, answered like api.stripe.com so pages on any origin can call us.
        HttpReply reply;
        reply.status = 200;
        reply.headers = {{"Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS"},
                         {"Access-Control-Allow-Headers",
                          exchange.headers.value("access-control-request-headers",
                                                 "Authorization, Content-Type, Stripe-Version, Idempotency-Key")},
                         {"Access-Control-Max-Age", "300"}};
        write(exchange, reply, true);
        return;
    }
    if (path == u"/v3" || path == u"/v3/") {
        HttpReply reply;
        reply.contentType = "application/javascript; charset=utf-8";
        reply.body = stripeJsSource();
        write(exchange, reply, true);
        return;
    }
    if (path == u"/_sandbox/rate_limit" && exchange.method == "POST" && exchange.loopback) {
        // {"per_second": N}: switch Stripe's rate limit on (N > 0) or off (0) while running, e.g.
        // after seeding data that should not be throttled.
        const QJsonValue perSecond = QJsonDocument::fromJson(exchange.body).object().value(u"per_second");
        HttpReply reply;
        if (!perSecond.isDouble() || perSecond.toInt(-1) < 0) {
            reply = HttpReply::json(400, QJsonObject{{u"error"_s, u"per_second must be a non-negative integer"_s}});
        } else {
            options.rateLimit = perSecond.toInt();
            reads = writes = RateWindow{};
            reply = HttpReply::json(200, QJsonObject{{u"per_second"_s, options.rateLimit}});
        }
        write(exchange, reply, false);
        return;
    }
    if (path.startsWith(u"/_sandbox/")) {
        const HttpCall call{exchange.method, path, exchange.body, exchange.headers.value("content-type"),
                            exchange.loopback, publicBase(exchange)};
        write(exchange, controls.handle(call), false);
        return;
    }
    if (path.startsWith(u"/v1/")) {
        handleApi(std::move(exchange));
        return;
    }
    write(exchange, apiReply(404, ApiError::unrecognizedUrl(exchange.method, path).envelope({}), {}), true);
}

HttpReply SandboxServer::Private::apiReply(int status, const QJsonObject &body, const QString &requestId) const
{
    HttpReply reply = HttpReply::json(status, body);
    reply.headers.append({"Request-Id", requestId.toLatin1()});
    // Only a conflict or a server-side failure is worth retrying unchanged.
    const bool retry = status == 409 || status == 429 || status >= 500;
    reply.headers.append({QByteArrayLiteral("Stripe-Should-Retry"), retry ? QByteArrayLiteral("true") : QByteArrayLiteral("false")});
    return reply;
}

bool SandboxServer::Private::overRateLimit(bool write)
{
    if (options.rateLimit <= 0)
        return false;
    RateWindow &window = write ? writes : reads;
    const qint64 second = QDateTime::currentMSecsSinceEpoch() / 1000;
    if (window.second != second) {
        window.second = second;
        window.count = 0;
    }
    return ++window.count > options.rateLimit;
}

void SandboxServer::Private::handleApi(Exchange exchange)
{
    const QString requestId = StateStore::newId(u"req_"_s, 14);
    const QByteArray version = exchange.headers.value("stripe-version", StripeApi::defaultApiVersion);
    auto reply = [&](int status, const QJsonObject &body) {
        HttpReply r = apiReply(status, body, requestId);
        r.headers.append({"Stripe-Version", version});
        return r;
    };
    auto refuse = [&](const ApiError &error) { write(exchange, reply(error.status, error.envelope(requestId)), true); };

    if (exchange.body.size() > maxBodyBytes) {
        ApiError e = ApiError::invalid(QString(), u"Request body too large: the limit is 1 MiB."_s);
        e.status = 413;
        refuse(e);
        return;
    }
    QString key;
    const QByteArray auth = exchange.headers.value("authorization");
    if (auth.startsWith("Bearer "))
        key = QString::fromUtf8(auth.mid(7).trimmed());
    else if (auth.startsWith("Basic "))
        key = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6).trimmed())).section(u':', 0, 0);

    const bool bodyCarriesParams = exchange.method == "POST";
    QJsonObject params;
    QString decodeError;
    if (!decodeForm(bodyCarriesParams ? exchange.body : exchange.query, &params, &decodeError)) {
        refuse(ApiError::invalid(u"parameter_invalid"_s, decodeError));
        return;
    }
    if (auth.isEmpty() && params.contains(u"key")) // Stripe.js sends the publishable key as a parameter
        key = params.take(u"key").toString();
    if (key.isEmpty()) {
        ApiError e = ApiError::invalid(QString(), u"You did not provide an API key. You need to provide your API key "
                                                  "in the Authorization header, using Bearer auth (e.g. "
                                                  "'Authorization: Bearer YOUR_SECRET_KEY')."_s);
        e.status = 401;
        refuse(e);
        return;
    }
    if (key != options.secretKey && key != options.publishableKey && !options.restrictedKeys.contains(key)) {
        ApiError e = ApiError::invalid(QString(), u"Invalid API Key provided: "_s + maskedKey(key));
        e.status = 401;
        refuse(e);
        return;
    }

    if (overRateLimit(exchange.method != "GET")) {
        // Before idempotency, as at Stripe: a 429 is not stored and the same key may be retried.
        ApiError e = ApiError::invalid(u"rate_limit"_s, u"Too many requests hit the API too quickly. We recommend an "
                                                        "exponential backoff of your requests."_s);
        e.status = 429;
        HttpReply r = reply(429, e.envelope(requestId));
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        write(exchange, r, true);
        return;
    }
    const std::optional<Fault> fault = faults.take(exchange.method, exchange.path);
    if (fault && fault->kind == Fault::Kind::RateLimit429) {
        ApiError e = ApiError::invalid(u"rate_limit"_s, u"Too many requests hit the API too quickly. We recommend an "
                                                        "exponential backoff of your requests."_s);
        e.status = 429;
        HttpReply r = reply(429, e.envelope(requestId));
        r.headers.append({"Retry-After", QByteArray::number(fault->retryAfterSeconds)});
        write(exchange, r, true);
        return;
    }

    ApiRequest request;
    request.method = exchange.method;
    request.path = exchange.path;
    request.params = params;
    request.publishable = key == options.publishableKey;
    request.requestId = requestId;
    request.publicBase = publicBase(exchange);
    request.restricted = options.restrictedKeys.contains(key);
    request.permissions = options.restrictedKeys.value(key);
    request.maskedKey = maskedKey(key);
    const QString idempotencyKey = QString::fromUtf8(exchange.headers.value("idempotency-key"));
    if (!idempotencyKey.isEmpty() && exchange.method == "POST") {
        if (idempotencyKey.size() > 255) {
            refuse(ApiError::invalid(QString(), u"Idempotency-Key must be at most 255 characters long."_s,
                                     u"Idempotency-Key"_s));
            return;
        }
        request.idempotencyKey = idempotencyKey;
        const QByteArray fingerprint = exchange.method + ' ' + exchange.path.toUtf8() + ' ' + key.toUtf8() + ' '
                                       + QJsonDocument(params).toJson(QJsonDocument::Compact);
        StoredResponse stored;
        switch (idempotency.begin(idempotencyKey, fingerprint, api.clock().now(), &stored)) {
        case IdempotencyStore::Outcome::Fresh:
            break;
        case IdempotencyStore::Outcome::Mismatch: {
            ApiError e = ApiError::invalid(QString(), u"Keys for idempotent requests can only be used with the same "
                                                      "parameters they were first used with. Try using a key other "
                                                      "than '%1' if you meant to execute a different request."_s
                                                          .arg(idempotencyKey));
            e.type = u"idempotency_error"_s;
            refuse(e);
            return;
        }
        case IdempotencyStore::Outcome::InFlight: {
            ApiError e = ApiError::invalid(u"idempotency_key_in_use"_s,
                                           u"There is currently another in-progress request using this Idempotent "
                                           "Key (that probably means you submitted twice, and the other request is "
                                           "still going through): %1. Please try again later."_s.arg(idempotencyKey));
            e.status = 409;
            refuse(e);
            return;
        }
        case IdempotencyStore::Outcome::Replay: {
            HttpReply r = apiReply(stored.status, {}, stored.requestId);
            r.body = stored.body;
            r.headers.append({"Stripe-Version", version});
            r.headers.append({QByteArrayLiteral("Idempotency-Key"), idempotencyKey.toUtf8()});
            r.headers.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
            finish(exchange, r, fault);
            return;
        }
        }
    }
    if (fault && fault->kind == Fault::Kind::Delay) {
        // The change still commits when the timer fires, even if the client has given up by then.
        QTimer::singleShot(fault->delayMs, &http, [this, exchange, request, version, fault] {
            execute(exchange, request, version, fault);
        });
        return;
    }
    execute(exchange, request, version, fault);
}

void SandboxServer::Private::execute(const Exchange &exchange, const ApiRequest &request, const QByteArray &version,
                                     const std::optional<Fault> &fault)
{
    const ApiResult result = api.handle(request);
    recordRequest(exchange.headers.value("user-agent"), request.method, request.path, request.params, result.status);
    HttpReply r = apiReply(result.status, result.body, request.requestId);
    r.headers.append({"Stripe-Version", version});
    if (!request.idempotencyKey.isEmpty()) {
        r.headers.append({"Idempotency-Key", request.idempotencyKey.toUtf8()});
        if (result.validationError)
            idempotency.abandon(request.idempotencyKey);
        else
            idempotency.complete(request.idempotencyKey, StoredResponse{result.status, r.body, request.requestId},
                                 api.clock().now());
    }
    finish(exchange, r, fault);
}

void SandboxServer::Private::finish(const Exchange &exchange, const HttpReply &reply, const std::optional<Fault> &fault)
{
    if (fault && fault->kind == Fault::Kind::DropAfterCommit) {
        if (exchange.socket)
            exchange.socket->abort();
        return;
    }
    if (fault && fault->kind == Fault::Kind::Error500AfterCommit) {
        ApiError e;
        e.status = 500;
        e.type = u"api_error"_s;
        e.message = u"An unknown error occurred while processing your request (injected by the sandbox after the "
                    "change was committed)."_s;
        const QString requestId = QString::fromLatin1(reply.headers.value(0).second);
        write(exchange, apiReply(500, e.envelope(requestId), requestId), true);
        return;
    }
    write(exchange, reply, true);
}

} // namespace holdfast::sandbox
