#include "stripe/stripeclient.h"
#include "holdfastversion.h"

#include "diagnostics/logging.h"
#include "domain/currency.h"

#include <QNetworkAccessManager>

namespace holdfast::stripe {

namespace {

QString objectPath(const char *collection, const QString &id, const char *action = nullptr)
{
    // Ids are percent-encoded so a hostile id can never reach another endpoint.
    QString path = QLatin1String(collection) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id));
    if (action)
        path += u'/' + QLatin1String(action);
    return path;
}

bool isLiveSecret(const QString &key)
{
    return key.startsWith(QLatin1String("sk_live_")) || key.startsWith(QLatin1String("rk_live_"));
}

} // namespace

StripeClient::StripeClient(QObject *parent) : QObject(parent), m_manager(new QNetworkAccessManager(this)) {}

StripeClient::~StripeClient() = default;

void StripeClient::setRateLimit(int readsPerSecond, int writesPerSecond)
{
    m_readsPerSecond = readsPerSecond;
    m_writesPerSecond = writesPerSecond;
}

std::chrono::milliseconds StripeClient::reserveSlot(bool write, const QString &key)
{
    const int configured = write ? m_writesPerSecond : m_readsPerSecond;
    if (configured < 0)
        return std::chrono::milliseconds(0);
    const bool live = key.contains(QLatin1String("_live_"));
    const int perSecond = configured > 0 ? configured : (live ? 100 : 25);
    if (!m_rateClock.isValid())
        m_rateClock.start();
    // Evenly spaced starts: simpler than a bucket and never bursts past the limit.
    qint64 &next = write ? m_nextWriteSlotMs : m_nextReadSlotMs;
    const qint64 now = m_rateClock.elapsed();
    const qint64 slot = qMax(now, next);
    next = slot + 1000 / perSecond;
    return std::chrono::milliseconds(slot - now);
}

StripeReply *StripeClient::refuse(StripeRequest request, const StripeError &error)
{
    TransportSettings t; // no manager: nothing can be sent
    auto *reply = new StripeReply(std::move(request), t, this);
    reply->failBeforeNetwork(error);
    return reply;
}

StripeReply *StripeClient::send(StripeRequest request)
{
    const QString key = request.apiKey.isEmpty() ? m_secretKey : request.apiKey;
    if (isLiveSecret(key) && m_baseUrl.scheme() != QLatin1String("https")) {
        return refuse(std::move(request),
                      StripeError::make(StripeError::Kind::InsecureLiveKey, {},
                                        QStringLiteral("live key refused over %1").arg(m_baseUrl.scheme())));
    }
    if (request.method == QByteArrayLiteral("POST") && request.idempotencyKey.isEmpty()) {
        // Without a key a retry could act twice; that is a programming error, never sent.
        return refuse(std::move(request),
                      StripeError::make(StripeError::Kind::Validation, QStringLiteral("parameter_missing"),
                                        QStringLiteral("mutating call without an idempotency key"),
                                        QStringLiteral("Idempotency-Key")));
    }
    TransportSettings t;
    t.manager = m_manager;
    t.baseUrl = m_baseUrl;
    t.secretKey = m_secretKey;
    t.apiVersion = m_apiVersion;
    t.userAgent = QByteArrayLiteral("Holdfast/" HOLDFAST_VERSION);
    t.timeout = m_timeout;
    t.retry = m_retry;
    const auto wait = reserveSlot(request.isMutating(), key);
    auto *reply = new StripeReply(std::move(request), std::move(t), this);
    reply->start(wait);
    return reply;
}

StripeReply *StripeClient::createPaymentIntent(const PaymentIntentCreateParams &params,
                                               const QString &idempotencyKey)
{
    StripeRequest r{QByteArrayLiteral("POST"),
                    QStringLiteral("/v1/payment_intents"),
                    params.toForm(),
                    idempotencyKey,
                    {},
                    QStringLiteral("payment_intent")};
    if (const auto e = m_validator.checkCreate(params))
        return refuse(std::move(r), *e);
    return send(std::move(r));
}

StripeReply *StripeClient::retrievePaymentIntent(const QString &id, const QStringList &expand)
{
    FormEncoder f;
    f.addArray(QStringLiteral("expand"), expand);
    return send({QByteArrayLiteral("GET"),
                 objectPath("/v1/payment_intents", id),
                 f,
                 {},
                 {},
                 QStringLiteral("payment_intent")});
}

StripeReply *StripeClient::retrievePaymentIntentWithClientSecret(const QString &id,
                                                                 const QString &clientSecret)
{
    FormEncoder f;
    f.add(QStringLiteral("client_secret"), clientSecret);
    return send({QByteArrayLiteral("GET"),
                 objectPath("/v1/payment_intents", id),
                 f,
                 {},
                 m_publishableKey,
                 QStringLiteral("payment_intent")});
}

StripeReply *StripeClient::updatePaymentIntent(const PaymentIntent &current,
                                               const PaymentIntentUpdateParams &params,
                                               const QString &idempotencyKey)
{
    StripeRequest r{QByteArrayLiteral("POST"),
                    objectPath("/v1/payment_intents", current.id),
                    params.toForm(),
                    idempotencyKey,
                    {},
                    QStringLiteral("payment_intent")};
    if (const auto e = m_validator.checkUpdate(current, params))
        return refuse(std::move(r), *e);
    return send(std::move(r));
}

StripeReply *StripeClient::confirmPaymentIntent(const PaymentIntent &current,
                                                const PaymentIntentConfirmParams &params,
                                                const QString &idempotencyKey)
{
    StripeRequest r{QByteArrayLiteral("POST"),
                    objectPath("/v1/payment_intents", current.id, "confirm"),
                    params.toForm(),
                    idempotencyKey,
                    {},
                    QStringLiteral("payment_intent")};
    if (const auto e = m_validator.checkConfirm(current, params))
        return refuse(std::move(r), *e);
    return send(std::move(r));
}

StripeReply *StripeClient::capturePaymentIntent(const PaymentIntent &current,
                                                std::optional<qint64> amountToCapture,
                                                const QString &idempotencyKey)
{
    FormEncoder f;
    if (amountToCapture)
        f.add(QStringLiteral("amount_to_capture"), *amountToCapture);
    StripeRequest r{QByteArrayLiteral("POST"),
                    objectPath("/v1/payment_intents", current.id, "capture"),
                    f,
                    idempotencyKey,
                    {},
                    QStringLiteral("payment_intent")};
    if (const auto e = m_validator.checkCapture(current, amountToCapture))
        return refuse(std::move(r), *e);
    return send(std::move(r));
}

StripeReply *StripeClient::cancelPaymentIntent(const QString &id, CancellationReason reason,
                                               const QString &idempotencyKey)
{
    FormEncoder f;
    if (reason != CancellationReason::Unspecified)
        f.add(QStringLiteral("cancellation_reason"), cancellationReasonName(reason));
    return send({QByteArrayLiteral("POST"),
                 objectPath("/v1/payment_intents", id, "cancel"),
                 f,
                 idempotencyKey,
                 {},
                 QStringLiteral("payment_intent")});
}

StripeReply *StripeClient::listPaymentIntents(const ListParams &params)
{
    return send({QByteArrayLiteral("GET"),
                 QStringLiteral("/v1/payment_intents"),
                 params.toForm(),
                 {},
                 {},
                 QStringLiteral("list")});
}

StripeReply *StripeClient::searchPaymentIntents(const QString &query, int limit, const QString &page)
{
    FormEncoder f;
    f.add(QStringLiteral("query"), query);
    f.add(QStringLiteral("limit"), qint64(limit));
    if (!page.isEmpty())
        f.add(QStringLiteral("page"), page);
    return send({QByteArrayLiteral("GET"),
                 QStringLiteral("/v1/payment_intents/search"),
                 f,
                 {},
                 {},
                 QStringLiteral("search_result")});
}

StripeReply *StripeClient::createRefund(const RefundCreateParams &params, const QString &idempotencyKey)
{
    StripeRequest r{
        QByteArrayLiteral("POST"), QStringLiteral("/v1/refunds"), params.toForm(), idempotencyKey, {},
        QStringLiteral("refund")};
    if (params.amount && *params.amount <= 0) {
        return refuse(std::move(r),
                      StripeError::make(StripeError::Kind::Validation, QStringLiteral("amount_too_small"),
                                        QStringLiteral("refund amount must be positive"),
                                        QStringLiteral("amount")));
    }
    if (params.amount && *params.amount > currency::maximumAmount) {
        return refuse(std::move(r),
                      StripeError::make(StripeError::Kind::Validation, QStringLiteral("amount_too_large"),
                                        QStringLiteral("refund amount too large"), QStringLiteral("amount")));
    }
    return send(std::move(r));
}

StripeReply *StripeClient::listRefunds(const ListParams &params)
{
    return send({QByteArrayLiteral("GET"),
                 QStringLiteral("/v1/refunds"),
                 params.toForm(),
                 {},
                 {},
                 QStringLiteral("list")});
}

StripeReply *StripeClient::listDisputes(const ListParams &params)
{
    return send({QByteArrayLiteral("GET"),
                 QStringLiteral("/v1/disputes"),
                 params.toForm(),
                 {},
                 {},
                 QStringLiteral("list")});
}

StripeReply *StripeClient::listEvents(const ListParams &params, const QStringList &types)
{
    FormEncoder f = params.toForm();
    f.addArray(QStringLiteral("types"), types);
    return send({QByteArrayLiteral("GET"), QStringLiteral("/v1/events"), f, {}, {}, QStringLiteral("list")});
}

StripeReply *StripeClient::createWebhookEndpoint(const WebhookEndpointCreateParams &params,
                                                 const QString &idempotencyKey)
{
    return send({QByteArrayLiteral("POST"),
                 QStringLiteral("/v1/webhook_endpoints"),
                 params.toForm(),
                 idempotencyKey,
                 {},
                 QStringLiteral("webhook_endpoint")});
}

StripeReply *StripeClient::listWebhookEndpoints(const ListParams &params)
{
    return send({QByteArrayLiteral("GET"),
                 QStringLiteral("/v1/webhook_endpoints"),
                 params.toForm(),
                 {},
                 {},
                 QStringLiteral("list")});
}

StripeReply *StripeClient::deleteWebhookEndpoint(const QString &id)
{
    return send({QByteArrayLiteral("DELETE"), objectPath("/v1/webhook_endpoints", id), {}, {}, {}, {}});
}

ListPager *StripeClient::paginate(const QString &path, const ListParams &params,
                                  const QList<CreatedRange> &ranges, int maxParallel)
{
    auto *pager = new ListPager(this, path, params, ranges, maxParallel, this);
    pager->start();
    return pager;
}

} // namespace holdfast::stripe
