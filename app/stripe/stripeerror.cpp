#include "stripe/stripeerror.h"

#include "diagnostics/redaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace holdfast::stripe {

namespace {

// Call sites mark their text with QT_TRANSLATE_NOOP under this same context, so lupdate files each
// message where this lookup finds it.
QString translated(const char *text)
{
    return QCoreApplication::translate("StripeError", text);
}

// Each entry is marked for lupdate with QT_TRANSLATE_NOOP and translated when it is shown.
struct CodeText
{
    const char *code;
    const char *text;
};

constexpr CodeText codeTexts[] = {
    {"parameter_missing", QT_TRANSLATE_NOOP("StripeError", "A required detail is missing from the request.")},
    {"missing_required_parameter",
     QT_TRANSLATE_NOOP("StripeError", "A required detail is missing from the request.")},
    {"parameter_unknown",
     QT_TRANSLATE_NOOP("StripeError",
                       "Stripe did not recognise one of the details sent. Holdfast may need an update.")},
    {"parameter_invalid_integer",
     QT_TRANSLATE_NOOP("StripeError", "An amount or number was not a whole number.")},
    {"parameter_invalid_empty", QT_TRANSLATE_NOOP("StripeError", "A required detail was left empty.")},
    {"amount_too_small",
     QT_TRANSLATE_NOOP("StripeError", "The amount is below the minimum Stripe accepts for this currency.")},
    {"amount_too_large",
     QT_TRANSLATE_NOOP("StripeError", "The amount is above the maximum Stripe accepts (999,999.99 in a "
                                      "two-decimal currency), or more than is left to refund or capture.")},
    {"resource_missing",
     QT_TRANSLATE_NOOP("StripeError",
                       "Stripe has no record of this payment. It may belong to another account or mode.")},
    {"payment_intent_unexpected_state",
     QT_TRANSLATE_NOOP(
         "StripeError",
         "The payment is not in a state that allows this. Refresh it to see its current status.")},
    {"payment_intent_invalid_parameter",
     QT_TRANSLATE_NOOP("StripeError", "One of the payment's details is not valid for this payment method.")},
    {"payment_intent_payment_attempt_failed",
     QT_TRANSLATE_NOOP("StripeError", "The customer's payment attempt failed or was declined. Ask them to "
                                      "try again or use another payment method.")},
    {"payment_intent_payment_attempt_expired",
     QT_TRANSLATE_NOOP("StripeError",
                       "The customer did not complete the payment in time. Start a new payment attempt.")},
    {"payment_intent_action_required",
     QT_TRANSLATE_NOOP("StripeError", "The customer still has to approve this payment.")},
    {"payment_intent_authentication_failure",
     QT_TRANSLATE_NOOP("StripeError", "The customer could not be authenticated for this payment. Ask them to "
                                      "try again or use another payment method.")},
    {"payment_intent_invalid_currency",
     QT_TRANSLATE_NOOP("StripeError", "Amazon Pay does not support this currency for your account. Use the "
                                      "account's currency (usd for US accounts).")},
    {"payment_intent_redirect_confirmation_without_return_url",
     QT_TRANSLATE_NOOP("StripeError", "This payment method sends the customer to another page, so a return "
                                      "address is required to confirm it.")},
    {"secret_key_required",
     QT_TRANSLATE_NOOP(
         "StripeError",
         "This action needs the shop's secret key, not the publishable key. Check the keys in Settings.")},
    {"rate_limit",
     QT_TRANSLATE_NOOP("StripeError",
                       "Stripe is receiving too many requests right now. Wait a moment and try again.")},
    {"lock_timeout",
     QT_TRANSLATE_NOOP("StripeError",
                       "This payment is being changed by another request. Wait a moment and try again.")},
    {"idempotency_key_in_use",
     QT_TRANSLATE_NOOP("StripeError",
                       "The same action is still being processed. Wait a moment, then refresh the payment.")},
    {"idempotency_error",
     QT_TRANSLATE_NOOP(
         "StripeError",
         "This action was already sent with different details. Refresh the payment before trying again.")},
    {"charge_already_refunded",
     QT_TRANSLATE_NOOP("StripeError", "This payment has already been refunded in full.")},
    {"charge_not_refundable", QT_TRANSLATE_NOOP("StripeError", "This payment cannot be refunded.")},
    {"charge_disputed",
     QT_TRANSLATE_NOOP("StripeError",
                       "The customer's bank has disputed this payment and taken the money back, so it cannot be "
                       "refunded. Answer the dispute in Stripe's Dashboard instead.")},
    {"charge_expired_for_capture",
     QT_TRANSLATE_NOOP("StripeError",
                       "The authorisation expired before it was captured; the held funds were released.")},
};

const QHash<QString, const char *> &codeTable()
{
    static const QHash<QString, const char *> table = [] {
        QHash<QString, const char *> t;
        for (const auto &e : codeTexts)
            t.insert(QString::fromLatin1(e.code), e.text);
        return t;
    }();
    return table;
}

} // namespace

QStringList StripeError::knownCodes()
{
    QStringList codes;
    for (const auto &e : codeTexts)
        codes << QString::fromLatin1(e.code);
    return codes;
}

QString StripeError::messageForCode(const QString &code, const QString &param)
{
    const auto it = codeTable().constFind(code);
    if (it != codeTable().cend()) {
        QString text = translated(it.value());
        if (!param.isEmpty() && (code == QLatin1String("parameter_missing") ||
                                 code == QLatin1String("missing_required_parameter") ||
                                 code == QLatin1String("parameter_invalid_empty") ||
                                 code == QLatin1String("parameter_invalid_integer"))) {
            text += u' ' + QCoreApplication::translate("StripeError", "(Field: %1)").arg(param);
        }
        return text;
    }
    return {};
}

QString StripeError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return translated(QT_TRANSLATE_NOOP(
            "StripeError", "Holdfast could not reach Stripe. Check the internet connection and try again."));
    case Kind::Timeout:
        return translated(
            QT_TRANSLATE_NOOP("StripeError", "Stripe did not answer in time. Try again in a moment."));
    case Kind::OutcomeUnknown:
        return translated(QT_TRANSLATE_NOOP(
            "StripeError", "The connection to Stripe failed before the answer arrived, so it is not known "
                           "whether the change was made. Refresh the payment before trying again."));
    case Kind::RateLimited:
        return translated(QT_TRANSLATE_NOOP(
            "StripeError", "Stripe is receiving too many requests right now. Wait a moment and try again."));
    case Kind::InvalidResponse:
        return translated(QT_TRANSLATE_NOOP(
            "StripeError", "Stripe sent an answer Holdfast could not read. Try again; if it keeps happening, "
                           "contact support."));
    case Kind::Cancelled:
        return translated(QT_TRANSLATE_NOOP("StripeError", "The request was cancelled."));
    case Kind::InsecureLiveKey:
        return translated(QT_TRANSLATE_NOOP(
            "StripeError", "A live Stripe key can only be used over a secure (HTTPS) connection. Nothing was "
                           "sent."));
    case Kind::Validation:
    case Kind::Api:
        break;
    }
    QString text = messageForCode(code, param);
    if (text.isEmpty() && type == QLatin1String("idempotency_error"))
        text = messageForCode(type);
    if (!text.isEmpty())
        return text;
    if (type == QLatin1String("card_error"))
        return translated(QT_TRANSLATE_NOOP(
            "StripeError", "The payment was declined. Ask the customer to use another payment method."));
    if (httpStatus == 401)
        return translated(QT_TRANSLATE_NOOP(
            "StripeError", "Stripe did not accept the API key. Check the keys in Settings."));
    if (httpStatus == 403)
        return translated(QT_TRANSLATE_NOOP(
            "StripeError",
            "The API key does not have permission for this action. Check the key's permissions "
            "in the Stripe Dashboard."));
    if (httpStatus >= 500)
        return translated(QT_TRANSLATE_NOOP(
            "StripeError",
            "Stripe had a problem processing the request. Refresh the payment, then try again."));
    return translated(
               QT_TRANSLATE_NOOP(
                   "StripeError",
                   "Stripe could not complete the request (%1). Refresh the payment and try again; if it "
                   "keeps happening, contact support with the request id."))
        .arg(code.isEmpty() ? QString::number(httpStatus) : code);
}

QString StripeError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::OutcomeUnknown:
        return QStringLiteral("outcome_unknown");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Api:
        return QStringLiteral("api");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid_response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::InsecureLiveKey:
        return QStringLiteral("insecure_live_key");
    }
    return {};
}

QString StripeError::technicalDetail() const
{
    QStringList parts{kindName(kind)};
    if (httpStatus)
        parts << QStringLiteral("status=%1").arg(httpStatus);
    if (!type.isEmpty())
        parts << QStringLiteral("type=") + type;
    if (!code.isEmpty())
        parts << QStringLiteral("code=") + code;
    if (!declineCode.isEmpty())
        parts << QStringLiteral("decline_code=") + declineCode;
    if (!param.isEmpty())
        parts << QStringLiteral("param=") + param;
    if (!requestId.isEmpty())
        parts << QStringLiteral("request_id=") + requestId;
    if (!message.isEmpty())
        parts << QStringLiteral("message=\"") + message + u'"';
    return redaction::redact(parts.join(u' '));
}

StripeError StripeError::make(Kind kind, const QString &code, const QString &message, const QString &param)
{
    StripeError e;
    e.kind = kind;
    e.code = code;
    e.message = message;
    e.param = param;
    if (kind == Kind::Validation)
        e.type = QStringLiteral("invalid_request_error");
    return e;
}

StripeError StripeError::fromResponse(int httpStatus, const QByteArray &body, const QString &requestId)
{
    StripeError e;
    e.kind = Kind::Api;
    e.httpStatus = httpStatus;
    e.requestId = requestId;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    e.type = error.value(QLatin1String("type")).toString();
    e.code = error.value(QLatin1String("code")).toString();
    e.declineCode = error.value(QLatin1String("decline_code")).toString();
    e.param = error.value(QLatin1String("param")).toString();
    e.message = error.value(QLatin1String("message")).toString();
    e.docUrl = error.value(QLatin1String("doc_url")).toString();
    const QJsonValue pi = error.value(QLatin1String("payment_intent"));
    e.paymentIntentId = pi.isObject() ? pi.toObject().value(QLatin1String("id")).toString() : pi.toString();
    return e;
}

} // namespace holdfast::stripe
