#include "domain/stripeobjects.h"

#include <cmath>

namespace holdfast {

namespace json {

namespace {
bool wrong(ParseError *error, QLatin1String key, const char *reason)
{
    if (error)
        *error = {QString(key), QString::fromLatin1(reason)};
    return false;
}
} // namespace

bool requireString(const QJsonObject &o, QLatin1String key, QString *out, ParseError *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return wrong(error, key, "missing");
    if (!v.isString())
        return wrong(error, key, "not a string");
    *out = v.toString();
    return true;
}

bool optionalString(const QJsonObject &o, QLatin1String key, QString *out, ParseError *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return wrong(error, key, "not a string");
    *out = v.toString();
    return true;
}

bool requireInteger(const QJsonObject &o, QLatin1String key, qint64 *out, ParseError *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return wrong(error, key, "missing");
    if (!v.isDouble())
        return wrong(error, key, "not a number");
    const double d = v.toDouble();
    // Integers beyond 2^53 or with a fraction are not amounts or timestamps Stripe sends.
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0)
        return wrong(error, key, "not an integer");
    *out = v.toInteger();
    return true;
}

bool optionalInteger(const QJsonObject &o, QLatin1String key, qint64 *out, ParseError *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    return requireInteger(o, key, out, error);
}

bool requireObjectType(const QJsonObject &o, QLatin1String kind, ParseError *error)
{
    QString object;
    if (!requireString(o, QLatin1String("object"), &object, error))
        return false;
    if (object != kind) {
        if (error)
            *error = {QStringLiteral("object"), QStringLiteral("expected ") + QString(kind)};
        return false;
    }
    return true;
}

bool optionalId(const QJsonObject &o, QLatin1String key, QString *out, ParseError *error)
{
    // An expandable field: the id, or (expanded) the object whose id it is.
    const QJsonValue v = o.value(key);
    if (v.isObject()) {
        *out = v.toObject().value(QLatin1String("id")).toString();
        if (out->isEmpty())
            return wrong(error, key, "expanded without an id");
        return true;
    }
    return optionalString(o, key, out, error);
}

QDateTime fromUnix(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

} // namespace json

std::optional<Refund> Refund::fromJson(const QJsonObject &o, ParseError *error)
{
    Refund r;
    qint64 created = 0;
    if (!json::requireObjectType(o, QLatin1String("refund"), error)
        || !json::requireString(o, QLatin1String("id"), &r.id, error)
        || !json::requireInteger(o, QLatin1String("amount"), &r.amount, error)
        || !json::requireString(o, QLatin1String("currency"), &r.currency, error)
        || !json::optionalId(o, QLatin1String("payment_intent"), &r.paymentIntent, error)
        || !json::optionalId(o, QLatin1String("charge"), &r.charge, error)
        || !json::optionalString(o, QLatin1String("status"), &r.status, error)
        || !json::optionalString(o, QLatin1String("reason"), &r.reason, error)
        || !json::optionalString(o, QLatin1String("failure_reason"), &r.failureReason, error)
        || !json::optionalInteger(o, QLatin1String("created"), &created, error))
        return std::nullopt;
    r.created = json::fromUnix(created);
    // Stripe's description lets a refund's status be null. Money that has started back to the
    // customer counts as such until a report says it succeeded, failed or was cancelled: pending.
    if (r.status.isEmpty())
        r.status = QStringLiteral("pending");
    return r;
}

std::optional<StripeEvent> StripeEvent::fromJson(const QJsonObject &o, ParseError *error)
{
    StripeEvent e;
    qint64 created = 0;
    if (!json::requireString(o, QLatin1String("id"), &e.id, error)
        || !json::requireString(o, QLatin1String("type"), &e.type, error)
        || !json::requireInteger(o, QLatin1String("created"), &created, error)
        || !json::optionalString(o, QLatin1String("api_version"), &e.apiVersion, error))
        return std::nullopt;
    const QJsonValue data = o.value(QLatin1String("data"));
    if (!data.isObject() || !data.toObject().value(QLatin1String("object")).isObject()) {
        if (error)
            *error = {QStringLiteral("data.object"), QStringLiteral("missing")};
        return std::nullopt;
    }
    e.object = data.toObject().value(QLatin1String("object")).toObject();
    e.previousAttributes = data.toObject().value(QLatin1String("previous_attributes")).toObject();
    e.livemode = o.value(QLatin1String("livemode")).toBool();
    e.created = json::fromUnix(created);
    return e;
}

std::optional<StripeList> StripeList::fromJson(const QJsonObject &o, ParseError *error)
{
    const QJsonValue data = o.value(QLatin1String("data"));
    if (!data.isArray()) {
        if (error)
            *error = {QStringLiteral("data"), QStringLiteral("not a list")};
        return std::nullopt;
    }
    StripeList list;
    list.data = data.toArray();
    list.hasMore = o.value(QLatin1String("has_more")).toBool();
    list.nextPage = o.value(QLatin1String("next_page")).toString();
    return list;
}

} // namespace holdfast
