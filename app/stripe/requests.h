// The parameters of each call Holdfast makes, as typed structs that encode themselves into
// Stripe's form format. Only what Holdfast uses; `extra` carries anything else a caller needs.
#pragma once

#include "stripe/formencoder.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace holdfast::stripe {

struct PaymentIntentCreateParams
{
    qint64 amount = 0;
    QString currency;
    QStringList paymentMethodTypes;
    QString captureMethod; // automatic | automatic_async | manual; empty = Stripe's default
    std::optional<bool> confirm;
    QString paymentMethodDataType; // payment_method_data[type], e.g. amazon_pay
    QString returnUrl;
    QString description;
    QString receiptEmail;
    QMap<QString, QString> metadata; // metadata[order_id] and friends
    QStringList expand;
    FormEncoder extra;

    FormEncoder toForm() const;
};

// Only the fields that are set are sent; an empty metadata value deletes that key.
struct PaymentIntentUpdateParams
{
    std::optional<qint64> amount;
    std::optional<QString> currency;
    std::optional<QString> description;
    std::optional<QString> receiptEmail;
    std::optional<QString> captureMethod;
    std::optional<QStringList> paymentMethodTypes;
    QMap<QString, QString> metadata;
    QStringList expand;

    FormEncoder toForm() const;
};

struct PaymentIntentConfirmParams
{
    QString paymentMethodDataType;
    QString paymentMethod;
    QString returnUrl;
    QStringList expand;

    FormEncoder toForm() const;
};

// A half-open range of creation times in unix seconds; unset ends are open.
struct CreatedRange
{
    std::optional<qint64> gte;
    std::optional<qint64> lt;
    // Splits [from, to) into `parts` contiguous ranges (at least one second each).
    static QList<CreatedRange> split(qint64 from, qint64 to, int parts);
};

struct ListParams
{
    int limit = 100;
    QString startingAfter;
    QString endingBefore;
    std::optional<qint64> createdGt;
    std::optional<qint64> createdGte;
    std::optional<qint64> createdLt;
    std::optional<qint64> createdLte;
    QStringList expand;
    FormEncoder extra; // e.g. payment_intent=pi_… for refunds, types[] for events

    void setCreatedRange(const CreatedRange &range);
    FormEncoder toForm() const;
};

struct RefundCreateParams
{
    QString paymentIntent;
    QString charge;
    std::optional<qint64> amount; // default: everything not yet refunded
    QString reason;               // duplicate | fraudulent | requested_by_customer
    QMap<QString, QString> metadata;

    FormEncoder toForm() const;
};

struct WebhookEndpointCreateParams
{
    QString url;
    QStringList enabledEvents;
    QString description;

    FormEncoder toForm() const;
};

enum class CancellationReason { Unspecified, Duplicate, Fraudulent, RequestedByCustomer, Abandoned };
QString cancellationReasonName(CancellationReason reason);

} // namespace holdfast::stripe

namespace holdfast::stripe {

// One HTTP request to Stripe as the client sends it; the typed calls build these.
struct StripeRequest
{
    QByteArray method = QByteArrayLiteral("GET"); // GET, POST or DELETE
    QString path;                                 // "/v1/payment_intents/pi_123"
    FormEncoder params;                           // body for POST, query for GET/DELETE
    QString idempotencyKey;                       // required for POST (the client refuses without)
    QString apiKey;                               // empty: the client's secret key
    QString expectedObject;                       // "payment_intent", "list", …; empty: any object

    bool isMutating() const
    {
        return method == QByteArrayLiteral("POST") || method == QByteArrayLiteral("DELETE");
    }
};

} // namespace holdfast::stripe
