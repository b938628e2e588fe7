// Decodes Stripe's application/x-www-form-urlencoded parameters (metadata[k]=v, a[]=x, a[0]=x,
// %5B%5D) into a JSON tree, with limits so hostile input is refused instead of exhausting memory.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace holdfast::sandbox {

struct FormLimits
{
    int maxDepth = 10;
    int maxParameters = 1000;
};

// Returns false with a human-readable reason in *error when the input is malformed or over a limit.
bool decodeForm(const QByteArray &encoded, QJsonObject *out, QString *error, const FormLimits &limits = {});

// Flattens a JSON tree back into bracketed names ("metadata[order]"), for unknown-parameter messages.
QString firstBracketName(const QString &root, const QJsonValue &value);

} // namespace holdfast::sandbox
