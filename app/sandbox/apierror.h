// A Stripe-style API error, thrown from deep inside a request handler and turned into the
// {"error": {...}} envelope at the dispatch level.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace holdfast::sandbox {

struct ApiError
{
    int status = 400;
    QString type = QStringLiteral("invalid_request_error");
    QString code;
    QString message;
    QString param;
    QString declineCode;
    QJsonObject extra; // payment_intent, payment_method… embedded as Stripe does
    bool parameterRule = false; // a parameter broke the spec's rules (some of Stripe's carry no code)

    QJsonObject envelope(const QString &requestId) const;
    // Stripe does not store parameter-validation failures against an idempotency key.
    bool isValidationError() const;

    static ApiError invalid(const QString &code, const QString &message, const QString &param = {});
    static ApiError missing(const QString &param);
    static ApiError unknownParameter(const QString &param);
    static ApiError invalidInteger(const QString &param, const QString &value);
    static ApiError notFound(const QString &kind, const QString &id, const QString &param = QStringLiteral("id"));
    static ApiError unrecognizedUrl(const QByteArray &method, const QString &path);
};

} // namespace holdfast::sandbox
