// The one place Holdfast talks HTTP to Stripe (or to holdfast-sandbox in training mode).
// Every request goes through one QNetworkAccessManager and is stamped with the key, the pinned
// Stripe-Version, the User-Agent and - for changes - the caller's idempotency key. Each call
// returns a StripeReply the caller owns; mutating calls are checked locally first.
#pragma once

#include "stripe/idempotencykey.h"
#include "stripe/listpager.h"
#include "stripe/requests.h"
#include "stripe/retrypolicy.h"
#include "stripe/stripereply.h"
#include "stripe/validation.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;

namespace holdfast::stripe {

class StripeClient : public QObject
{
    Q_OBJECT

public:
    static constexpr auto defaultApiVersion = "2025-02-24.acacia";
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.stripe.com")); }

    explicit StripeClient(QObject *parent = nullptr);
    ~StripeClient() override;

    // The key comes from the key store; it is kept in memory only and never logged.
    void setSecretKey(const QString &key) { m_secretKey = key; }
    void setPublishableKey(const QString &key) { m_publishableKey = key; }
    bool hasSecretKey() const { return !m_secretKey.isEmpty(); }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiVersion(const QByteArray &version) { m_apiVersion = version; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    // Requests started per second, reads and writes counted apart as Stripe does (test mode 25 + 25,
    // live 100 + 100). 0 = the limit of the key's mode; negative = no limit (seeding test data).
    // Retries are not counted again: their backoff already spaces them.
    void setRateLimit(int readsPerSecond, int writesPerSecond);
    void setAccountCountry(const QString &country) { m_validator.setAccountCountry(country); }
    const PaymentValidator &validator() const { return m_validator; }

    // PaymentIntents
    StripeReply *createPaymentIntent(const PaymentIntentCreateParams &params, const QString &idempotencyKey);
    StripeReply *retrievePaymentIntent(const QString &id, const QStringList &expand = {});
    // What the checkout page may read: publishable key + client secret (a subset of the fields).
    StripeReply *retrievePaymentIntentWithClientSecret(const QString &id, const QString &clientSecret);
    // `current` is the caller's latest copy, used for the local checks only.
    StripeReply *updatePaymentIntent(const PaymentIntent &current, const PaymentIntentUpdateParams &params,
                                     const QString &idempotencyKey);
    StripeReply *confirmPaymentIntent(const PaymentIntent &current, const PaymentIntentConfirmParams &params,
                                      const QString &idempotencyKey);
    // amountToCapture empty: everything capturable. Checked against current.amountCapturable.
    StripeReply *capturePaymentIntent(const PaymentIntent &current, std::optional<qint64> amountToCapture,
                                      const QString &idempotencyKey);
    StripeReply *cancelPaymentIntent(const QString &id, CancellationReason reason,
                                     const QString &idempotencyKey);
    StripeReply *listPaymentIntents(const ListParams &params);
    // Stripe's search syntax, e.g. metadata["order_id"]:"1042"; `page` from a previous next_page.
    StripeReply *searchPaymentIntents(const QString &query, int limit = 100, const QString &page = {});

    // Refunds
    StripeReply *createRefund(const RefundCreateParams &params, const QString &idempotencyKey);
    StripeReply *listRefunds(const ListParams &params);
    // GET /v1/disputes (filter with extra payment_intent=pi_…).
    StripeReply *listDisputes(const ListParams &params);

    // Events: `types` become types[]; use params.createdGt and endingBefore/startingAfter as cursor.
    StripeReply *listEvents(const ListParams &params, const QStringList &types = {});

    // Webhook endpoints (the create response alone carries the whsec_ secret).
    StripeReply *createWebhookEndpoint(const WebhookEndpointCreateParams &params,
                                       const QString &idempotencyKey);
    StripeReply *listWebhookEndpoints(const ListParams &params = {});
    StripeReply *deleteWebhookEndpoint(const QString &id);

    // Every object of a list endpoint, page after page; several created ranges run side by side.
    ListPager *paginate(const QString &path, const ListParams &params, const QList<CreatedRange> &ranges = {},
                        int maxParallel = 4);

    // The generic entry point the typed calls use.
    StripeReply *send(StripeRequest request);

private:
    StripeReply *refuse(StripeRequest request, const StripeError &error);
    // How long to hold a new request so the per-second budget of its kind is kept.
    std::chrono::milliseconds reserveSlot(bool write, const QString &key);

    QNetworkAccessManager *m_manager;
    QUrl m_baseUrl = defaultBaseUrl();
    QString m_secretKey;
    QString m_publishableKey;
    QByteArray m_apiVersion = defaultApiVersion;
    std::chrono::milliseconds m_timeout{30000};
    RetryPolicy m_retry;
    PaymentValidator m_validator;
    int m_readsPerSecond = 0;
    int m_writesPerSecond = 0;
    QElapsedTimer m_rateClock;
    qint64 m_nextReadSlotMs = 0; // on m_rateClock
    qint64 m_nextWriteSlotMs = 0;
};

} // namespace holdfast::stripe
