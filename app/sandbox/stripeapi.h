// Stripe's /v1 API over the sandbox state: routing, authorisation rules for publishable keys, and
// the handlers for PaymentIntents, refunds, charges, payment methods, events and webhook endpoints.
#pragma once

#include "sandbox/events.h"
#include "sandbox/paymentflow.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/statestore.h"
#include "sandbox/webhookdelivery.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace holdfast::sandbox {

struct ApiRequest
{
    QByteArray method;
    QString path;
    QJsonObject params;
    bool publishable = false;
    QString requestId;
    QString idempotencyKey;
    QString publicBase; // scheme://host:port the client reached us at, for redirect URLs
    bool restricted = false;
    QStringList permissions; // of a restricted key
    QString maskedKey;
};

struct ApiResult
{
    int status = 200;
    QJsonObject body;
    bool validationError = false;
};

class StripeApi : public QObject
{
    Q_OBJECT
public:
    static constexpr auto defaultApiVersion = "2025-02-24.acacia";

    StripeApi(const QString &country, QObject *parent = nullptr);

    bool openState(const QString &path, QString *error);
    ApiResult handle(const ApiRequest &request);

    SandboxClock &clock() { return m_clock; }
    StateStore &store() { return m_store; }
    PaymentFlow &flow() { return m_flow; }
    WebhookDelivery &delivery() { return m_delivery; }
    void advanceClock(qint64 seconds);
    void reset();

private:
    QJsonObject route(const ApiRequest &request);
    QJsonObject expanded(const QJsonObject &object, const QStringList &paths, const QString &prefix = {}) const;
    QStringList expandPaths(const QJsonObject &params) const;
    static void requireSecret(const ApiRequest &request);
    static void requirePermission(const ApiRequest &request, const QString &collection);

    // paymentintentapi.cpp
    QJsonObject createPaymentIntent(const ApiRequest &request);
    QJsonObject retrievePaymentIntent(const ApiRequest &request, const QString &id);
    QJsonObject updatePaymentIntent(const ApiRequest &request, const QString &id);
    QJsonObject confirmPaymentIntent(const ApiRequest &request, const QString &id);
    QJsonObject capturePaymentIntent(const ApiRequest &request, const QString &id);
    QJsonObject cancelPaymentIntent(const ApiRequest &request, const QString &id);
    QJsonObject listPaymentIntents(const ApiRequest &request);
    QJsonObject searchPaymentIntents(const ApiRequest &request);
    QJsonObject paymentIntentView(const QJsonObject &pi, const ApiRequest &request) const;
    QJsonObject confirmWith(QJsonObject pi, const class Params &params, const ApiRequest &request);

    // refundapi.cpp
    QJsonObject createRefund(const ApiRequest &request);
    QJsonObject retrieveRefund(const ApiRequest &request, const QString &id);
    QJsonObject updateRefund(const ApiRequest &request, const QString &id);
    QJsonObject listRefunds(const ApiRequest &request);

    // resourceapi.cpp: charges, payment methods, events, webhook endpoints
    QJsonObject retrieveSimple(const ApiRequest &request, const QString &kind, const QString &id);
    QJsonObject listCharges(const ApiRequest &request);
    QJsonObject listDisputes(const ApiRequest &request);
    QJsonObject listEvents(const ApiRequest &request);
    QJsonObject createWebhookEndpoint(const ApiRequest &request);
    QJsonObject updateWebhookEndpoint(const ApiRequest &request, const QString &id);
    QJsonObject deleteWebhookEndpoint(const ApiRequest &request, const QString &id);
    QJsonObject listWebhookEndpoints(const ApiRequest &request);

    SandboxClock m_clock;
    StateStore m_store;
    WebhookDelivery m_delivery;
    EventLog m_events;
    PaymentFlow m_flow;
};

} // namespace holdfast::sandbox
