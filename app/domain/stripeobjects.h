// The other Stripe objects Holdfast reads: refunds, events and lists of them.
#pragma once

#include "domain/parseerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace holdfast {

struct Refund
{
    QString id;
    qint64 amount = 0;
    QString currency;
    QString paymentIntent;
    QString charge;
    QString status; // pending, requires_action, succeeded, failed, canceled; null from Stripe reads as pending
    QString reason;
    QString failureReason; // when failed: lost_or_stolen_card, expired_or_canceled_card, declined…
    QDateTime created;

    static std::optional<Refund> fromJson(const QJsonObject &json, ParseError *error);
};

struct StripeEvent
{
    QString id;
    QString type;
    QDateTime created;
    bool livemode = false;
    QString apiVersion;
    QJsonObject object;             // data.object
    QJsonObject previousAttributes; // data.previous_attributes
    QString objectId() const { return object.value(QLatin1String("id")).toString(); }
    QString objectType() const { return object.value(QLatin1String("object")).toString(); }

    static std::optional<StripeEvent> fromJson(const QJsonObject &json, ParseError *error);
};

struct StripeList
{
    QJsonArray data;
    bool hasMore = false;
    QString nextPage; // search results only

    static std::optional<StripeList> fromJson(const QJsonObject &json, ParseError *error);
};

namespace json {
// Field readers shared by the parsers: they report the first problem into *error and return false.
bool requireString(const QJsonObject &o, QLatin1String key, QString *out, ParseError *error);
bool requireInteger(const QJsonObject &o, QLatin1String key, qint64 *out, ParseError *error);
bool optionalString(const QJsonObject &o, QLatin1String key, QString *out, ParseError *error);
bool optionalInteger(const QJsonObject &o, QLatin1String key, qint64 *out, ParseError *error);
// The object's "object" field names `kind` ("payment_intent", "refund", "dispute"…).
bool requireObjectType(const QJsonObject &o, QLatin1String kind, ParseError *error);
// An expandable field (charge, payment_intent…): its id whether it came as the id or expanded.
bool optionalId(const QJsonObject &o, QLatin1String key, QString *out, ParseError *error);
QDateTime fromUnix(qint64 seconds);
} // namespace json

} // namespace holdfast
