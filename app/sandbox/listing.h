// Stripe list and search pagination: newest first, limit, starting_after / ending_before, created
// filters, and the search query language (field:value, AND / OR, -negation, ~substring, numeric ranges).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace holdfast::sandbox {

using ObjectFilter = std::function<bool(const QJsonObject &)>;
using ObjectView = std::function<QJsonObject(const QJsonObject &)>;

// The list parameters every list call accepts.
QStringList listParameterNames();

// objects must be newest first. Throws ApiError for bad limits, cursors or created filters.
QJsonObject listObjects(const QList<QJsonObject> &objects, const QJsonObject &params, const QString &url,
                        const ObjectFilter &filter, const ObjectView &view);

QJsonObject searchObjects(const QList<QJsonObject> &objects, const QJsonObject &params, const QString &url,
                          const ObjectView &view);

} // namespace holdfast::sandbox
