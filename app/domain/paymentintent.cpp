#include "domain/paymentintent.h"

#include "domain/stripeobjects.h"

#include <QJsonArray>

namespace holdfast {

namespace {

struct StatusName
{
    PaymentIntent::Status status;
    const char *name;
};

constexpr StatusName statusNames[] = {
    {PaymentIntent::Status::RequiresPaymentMethod, "requires_payment_method"},
    {PaymentIntent::Status::RequiresConfirmation, "requires_confirmation"},
    {PaymentIntent::Status::RequiresAction, "requires_action"},
    {PaymentIntent::Status::Processing, "processing"},
    {PaymentIntent::Status::RequiresCapture, "requires_capture"},
    {PaymentIntent::Status::Canceled, "canceled"},
    {PaymentIntent::Status::Succeeded, "succeeded"},
};

bool fail(ParseError *error, const char *field, const char *reason)
{
    if (error)
        *error = {QString::fromLatin1(field), QString::fromLatin1(reason)};
    return false;
}

} // namespace

QString PaymentIntent::statusName(Status s)
{
    for (const StatusName &n : statusNames)
        if (n.status == s)
            return QString::fromLatin1(n.name);
    return {};
}

std::optional<PaymentIntent::Status> PaymentIntent::statusFromName(const QString &name)
{
    for (const StatusName &n : statusNames)
        if (name == QLatin1String(n.name))
            return n.status;
    return std::nullopt;
}

QString PaymentIntent::captureMethodName(CaptureMethod m)
{
    switch (m) {
    case CaptureMethod::Automatic:
        return QStringLiteral("automatic");
    case CaptureMethod::AutomaticAsync:
        return QStringLiteral("automatic_async");
    case CaptureMethod::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<PaymentIntent> PaymentIntent::fromJson(const QJsonObject &o, ParseError *error)
{
    PaymentIntent pi;
    QString status;
    QString captureMethod;
    qint64 created = 0;
    qint64 canceledAt = 0;
    if (!json::requireObjectType(o, QLatin1String("payment_intent"), error)
        || !json::requireString(o, QLatin1String("id"), &pi.id, error)
        || !json::requireInteger(o, QLatin1String("amount"), &pi.amount, error)
        || !json::requireString(o, QLatin1String("currency"), &pi.currency, error)
        || !json::requireString(o, QLatin1String("status"), &status, error)
        || !json::optionalInteger(o, QLatin1String("created"), &created, error)
        || !json::optionalInteger(o, QLatin1String("amount_capturable"), &pi.amountCapturable, error)
        || !json::optionalInteger(o, QLatin1String("amount_received"), &pi.amountReceived, error)
        || !json::optionalString(o, QLatin1String("capture_method"), &captureMethod, error)
        || !json::optionalString(o, QLatin1String("client_secret"), &pi.clientSecret, error)
        || !json::optionalString(o, QLatin1String("cancellation_reason"), &pi.cancellationReason, error)
        || !json::optionalInteger(o, QLatin1String("canceled_at"), &canceledAt, error)
        || !json::optionalString(o, QLatin1String("description"), &pi.description, error)
        || !json::optionalString(o, QLatin1String("receipt_email"), &pi.receiptEmail, error))
        return std::nullopt;
    if (!pi.id.startsWith(QLatin1String("pi_"))) {
        fail(error, "id", "not a PaymentIntent id");
        return std::nullopt;
    }
    if (pi.amount < 0 || pi.amountCapturable < 0 || pi.amountReceived < 0) {
        fail(error, "amount", "negative");
        return std::nullopt;
    }
    const auto parsedStatus = statusFromName(status);
    if (!parsedStatus) {
        fail(error, "status", "unknown status");
        return std::nullopt;
    }
    pi.status = *parsedStatus;
    if (captureMethod == QLatin1String("manual"))
        pi.captureMethod = CaptureMethod::Manual;
    else if (captureMethod == QLatin1String("automatic_async"))
        pi.captureMethod = CaptureMethod::AutomaticAsync;
    pi.created = json::fromUnix(created);
    pi.canceledAt = json::fromUnix(canceledAt);
    pi.livemode = o.value(QLatin1String("livemode")).toBool();

    // payment_method and latest_charge may be ids or expanded objects.
    const auto idOf = [](const QJsonValue &v) {
        return v.isObject() ? v.toObject().value(QLatin1String("id")).toString() : v.toString();
    };
    pi.paymentMethod = idOf(o.value(QLatin1String("payment_method")));
    pi.latestCharge = idOf(o.value(QLatin1String("latest_charge")));

    const QJsonArray types = o.value(QLatin1String("payment_method_types")).toArray();
    for (const QJsonValue &t : types)
        if (t.isString())
            pi.paymentMethodTypes.append(t.toString());

    const QJsonObject metadata = o.value(QLatin1String("metadata")).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        if (it.value().isString())
            pi.metadata.insert(it.key(), it.value().toString());

    const QJsonObject nextAction = o.value(QLatin1String("next_action")).toObject();
    if (nextAction.value(QLatin1String("type")).toString() == QLatin1String("redirect_to_url")) {
        const QString url =
            nextAction.value(QLatin1String("redirect_to_url")).toObject().value(QLatin1String("url")).toString();
        pi.redirectUrl = QUrl(url, QUrl::StrictMode);
    }

    const QJsonObject err = o.value(QLatin1String("last_payment_error")).toObject();
    pi.lastPaymentError.type = err.value(QLatin1String("type")).toString();
    pi.lastPaymentError.code = err.value(QLatin1String("code")).toString();
    pi.lastPaymentError.declineCode = err.value(QLatin1String("decline_code")).toString();
    pi.lastPaymentError.message = err.value(QLatin1String("message")).toString();
    pi.lastPaymentError.paymentMethodType = err.value(QLatin1String("payment_method_type")).toString();
    return pi;
}

} // namespace holdfast
