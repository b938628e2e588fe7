#include "sandbox/apierror.h"

namespace holdfast::sandbox {

QJsonObject ApiError::envelope(const QString &requestId) const
{
    QJsonObject error = extra;
    error.insert(QStringLiteral("type"), type);
    error.insert(QStringLiteral("message"), message);
    if (!code.isEmpty()) {
        error.insert(QStringLiteral("code"), code);
        QString slug = code;
        slug.replace(QLatin1Char('_'), QLatin1Char('-'));
        error.insert(QStringLiteral("doc_url"), QString(QStringLiteral("https://stripe.com/docs/error-codes/") + slug));
    }
    if (!param.isEmpty())
        error.insert(QStringLiteral("param"), param);
    if (!declineCode.isEmpty())
        error.insert(QStringLiteral("decline_code"), declineCode);
    if (!requestId.isEmpty())
        error.insert(QStringLiteral("request_log_url"),
                     QString(QStringLiteral("https://dashboard.stripe.com/test/logs/") + requestId));
    return QJsonObject{{QStringLiteral("error"), error}};
}

bool ApiError::isValidationError() const
{
    return status == 400 && type == u"invalid_request_error" && (parameterRule || code.startsWith(u"parameter_"));
}

ApiError ApiError::invalid(const QString &code, const QString &message, const QString &param)
{
    ApiError e;
    e.code = code;
    e.message = message;
    e.param = param;
    return e;
}

ApiError ApiError::missing(const QString &param)
{
    return invalid(QStringLiteral("parameter_missing"), QStringLiteral("Missing required param: %1.").arg(param),
                   param);
}

ApiError ApiError::unknownParameter(const QString &param)
{
    return invalid(QStringLiteral("parameter_unknown"), QStringLiteral("Received unknown parameter: %1").arg(param),
                   param);
}

ApiError ApiError::invalidInteger(const QString &param, const QString &value)
{
    return invalid(QStringLiteral("parameter_invalid_integer"), QStringLiteral("Invalid integer: %1").arg(value),
                   param);
}

ApiError ApiError::notFound(const QString &kind, const QString &id, const QString &param)
{
    ApiError e = invalid(QStringLiteral("resource_missing"), QStringLiteral("No such %1: '%2'").arg(kind, id), param);
    e.status = 404;
    return e;
}

ApiError ApiError::unrecognizedUrl(const QByteArray &method, const QString &path)
{
    ApiError e;
    e.status = 404;
    e.message = QStringLiteral("Unrecognized request URL (%1: %2). Please see https://stripe.com/docs or we can "
                               "help at https://support.stripe.com/.")
                    .arg(QString::fromLatin1(method), path);
    return e;
}

} // namespace holdfast::sandbox
