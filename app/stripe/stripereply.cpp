#include "stripe/stripereply.h"

#include "diagnostics/logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace holdfast::stripe {

namespace {

AttemptOutcome::Transport transportFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
        return AttemptOutcome::Transport::NotConnected;
    default:
        // The request may have been written before the connection broke.
        return AttemptOutcome::Transport::ConnectionLost;
    }
}

std::optional<int> headerInt(const QNetworkReply *reply, const QByteArray &name)
{
    bool ok = false;
    const int value = reply->rawHeader(name).trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

StripeReply::StripeReply(StripeRequest request, TransportSettings transport, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_transport(std::move(transport))
{
    m_timeoutTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    // A coarse timer may fire up to 5% early, which would start requests faster than the rate limit
    // and retry sooner than Retry-After asked.
    m_backoffTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &StripeReply::onTimeout);
    connect(&m_backoffTimer, &QTimer::timeout, this, &StripeReply::startAttempt);
}

StripeReply::~StripeReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString StripeReply::describe() const
{
    return QString::fromLatin1(m_request.method) + u' ' + m_request.path;
}

void StripeReply::start(std::chrono::milliseconds delay)
{
    const QByteArray encoded = m_request.params.encode();
    m_url = m_transport.baseUrl;
    QString basePath = m_url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    m_url.setPath(basePath + m_request.path);
    if (m_request.method == QByteArrayLiteral("POST"))
        m_body = encoded;
    else if (!encoded.isEmpty())
        m_url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    m_clock.start();
    if (delay.count() > 0)
        m_backoffTimer.start(delay); // held back by the client's rate limit
    else
        startAttempt();
}

void StripeReply::failBeforeNetwork(const StripeError &error)
{
    // Queued so that finished() never fires before the caller could connect to it.
    QMetaObject::invokeMethod(
        this, [this, error] { finishWithError(error); }, Qt::QueuedConnection);
}

void StripeReply::startAttempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    m_timedOut = false;
    QNetworkRequest req(m_url);
    const QString key = m_request.apiKey.isEmpty() ? m_transport.secretKey : m_request.apiKey;
    req.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key.toUtf8());
    req.setRawHeader(QByteArrayLiteral("Stripe-Version"), m_transport.apiVersion);
    req.setRawHeader(QByteArrayLiteral("User-Agent"), m_transport.userAgent);
    req.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // Our own redirect handling would drop the Authorization header anyway; Stripe never redirects.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_request.method == QByteArrayLiteral("POST")) {
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
        req.setRawHeader(QByteArrayLiteral("Idempotency-Key"), m_request.idempotencyKey.toUtf8());
        m_reply = m_transport.manager->post(req, m_body);
    } else if (m_request.method == QByteArrayLiteral("DELETE")) {
        m_reply = m_transport.manager->deleteResource(req);
    } else {
        m_reply = m_transport.manager->get(req);
    }
    connect(m_reply, &QNetworkReply::finished, this, &StripeReply::onAttemptFinished);
    m_timeoutTimer.start(m_transport.timeout);
}

void StripeReply::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows synchronously with OperationCanceledError
}

void StripeReply::onAttemptFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_timeoutTimer.stop();
    if (!reply)
        return;
    reply->deleteLater();
    if (m_finished)
        return;

    AttemptOutcome outcome;
    StripeError attemptError;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_timedOut) {
        outcome.transport = AttemptOutcome::Transport::TimedOut;
    } else if (!statusAttr.isValid()) {
        outcome.transport = transportFailure(reply->error());
        attemptError.message = reply->errorString();
    } else {
        m_status = statusAttr.toInt();
        m_requestId = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("Request-Id")));
        m_replayed = reply->rawHeader(QByteArrayLiteral("Idempotent-Replayed")) == QByteArrayLiteral("true");
        const QByteArray body = reply->readAll();
        outcome.httpStatus = m_status;
        const QByteArray shouldRetry = reply->rawHeader(QByteArrayLiteral("Stripe-Should-Retry"));
        if (!shouldRetry.isEmpty())
            outcome.shouldRetry = shouldRetry == QByteArrayLiteral("true");
        outcome.retryAfterSeconds = headerInt(reply, QByteArrayLiteral("Retry-After"));
        qCDebug(lcStripe).noquote() << describe() << "->" << m_status << m_requestId << "attempt"
                                    << m_attempts << (m_replayed ? "(replayed)" : "");
        if (m_status >= 200 && m_status < 300) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
            if (!doc.isObject()) {
                StripeError e = StripeError::make(StripeError::Kind::InvalidResponse, {},
                                                  QStringLiteral("response is not a JSON object: ") +
                                                      parseError.errorString());
                e.httpStatus = m_status;
                e.requestId = m_requestId;
                finishWithError(e);
                return;
            }
            finishOk(doc.object());
            return;
        }
        attemptError = StripeError::fromResponse(m_status, body, m_requestId);
        outcome.errorCode = attemptError.code;
        // A stored answer replayed for our key will be replayed again: retrying cannot help.
        if (m_replayed)
            outcome.shouldRetry = false;
    }
    if (outcome.transport != AttemptOutcome::Transport::Answered) {
        qCInfo(lcStripe).noquote() << describe() << "attempt" << m_attempts << "failed:"
                                   << (m_timedOut ? QStringLiteral("timed out") : attemptError.message);
    }

    const double jitter = QRandomGenerator::global()->generateDouble();
    if (const auto delay = m_transport.retry.nextDelay(m_attempts, outcome, jitter)) {
        qCInfo(lcStripe).noquote() << describe() << "retrying in" << delay->count() << "ms";
        m_backoffTimer.start(*delay);
        return;
    }
    giveUp(outcome, attemptError);
}

void StripeReply::giveUp(const AttemptOutcome &outcome, StripeError error)
{
    using K = StripeError::Kind;
    using T = AttemptOutcome::Transport;
    error.httpStatus = outcome.httpStatus;
    error.requestId = m_requestId;
    if (m_request.isMutating() && RetryPolicy::mayHaveCommitted(outcome)) {
        // Keep Stripe's fields for the log, but the caller must treat it as "re-read first".
        error.kind = K::OutcomeUnknown;
    } else if (outcome.transport == T::TimedOut) {
        error.kind = K::Timeout;
    } else if (outcome.transport != T::Answered) {
        error.kind = K::Network;
    } else if (outcome.httpStatus == 429) {
        error.kind = K::RateLimited;
    } else {
        error.kind = K::Api;
    }
    if (error.message.isEmpty() && outcome.transport == T::TimedOut)
        error.message = QStringLiteral("no answer within %1 ms").arg(m_transport.timeout.count());
    finishWithError(error);
}

void StripeReply::cancel()
{
    if (m_finished)
        return;
    m_backoffTimer.stop();
    m_timeoutTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finishWithError(
        StripeError::make(StripeError::Kind::Cancelled, {}, QStringLiteral("cancelled by caller")));
}

void StripeReply::finishOk(const QJsonObject &json)
{
    if (!m_request.expectedObject.isEmpty() &&
        json.value(QLatin1String("object")).toString() != m_request.expectedObject) {
        StripeError e = StripeError::make(StripeError::Kind::InvalidResponse, {},
                                          QStringLiteral("expected object %1").arg(m_request.expectedObject));
        e.httpStatus = m_status;
        e.requestId = m_requestId;
        finishWithError(e);
        return;
    }
    // A body our parsers reject would fail later in some caller; fail here, once, with the field.
    ParseError parseError;
    const QString &expected = m_request.expectedObject;
    const bool parsed =
        expected == QLatin1String("payment_intent") ? PaymentIntent::fromJson(json, &parseError).has_value()
        : expected == QLatin1String("refund")       ? Refund::fromJson(json, &parseError).has_value()
        : expected == QLatin1String("event")        ? StripeEvent::fromJson(json, &parseError).has_value()
        : (expected == QLatin1String("list") || expected == QLatin1String("search_result"))
            ? StripeList::fromJson(json, &parseError).has_value()
            : true;
    if (!parsed) {
        StripeError e = StripeError::make(StripeError::Kind::InvalidResponse, {}, parseError.toString());
        e.httpStatus = m_status;
        e.requestId = m_requestId;
        finishWithError(e);
        return;
    }
    m_json = json;
    m_finished = true;
    Q_EMIT finished();
}

void StripeReply::finishWithError(StripeError error)
{
    if (m_finished)
        return;
    m_error = std::move(error);
    m_finished = true;
    qCInfo(lcStripe).noquote() << describe() << "failed after" << m_attempts
                               << "attempt(s):" << m_error.technicalDetail();
    Q_EMIT finished();
}

std::optional<PaymentIntent> StripeReply::paymentIntent() const
{
    if (!isOk())
        return std::nullopt;
    ParseError e;
    return PaymentIntent::fromJson(m_json, &e);
}

std::optional<Refund> StripeReply::refund() const
{
    if (!isOk())
        return std::nullopt;
    ParseError e;
    return Refund::fromJson(m_json, &e);
}

std::optional<StripeEvent> StripeReply::event() const
{
    if (!isOk())
        return std::nullopt;
    ParseError e;
    return StripeEvent::fromJson(m_json, &e);
}

std::optional<StripeList> StripeReply::list() const
{
    if (!isOk())
        return std::nullopt;
    ParseError e;
    return StripeList::fromJson(m_json, &e);
}

} // namespace holdfast::stripe
