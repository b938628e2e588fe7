// Typed access to decoded Stripe parameters; each accessor throws ApiError with Stripe's code and
// wording when a value is missing or malformed.
#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace holdfast::sandbox {

class Params
{
public:
    // Refuses any top-level name not in allowed (expand is always allowed) with parameter_unknown.
    Params(const QJsonObject &values, const QStringList &allowed);

    const QJsonObject &raw() const { return m_values; }
    bool has(const QString &name) const { return m_values.contains(name); }
    QString string(const QString &name, const QString &fallback = {}) const;
    QString requiredString(const QString &name) const;
    std::optional<qint64> integer(const QString &name) const;
    qint64 requiredInteger(const QString &name) const;
    std::optional<bool> boolean(const QString &name) const;
    QStringList stringList(const QString &name) const;
    QJsonObject object(const QString &name) const;
    QString oneOf(const QString &name, const QStringList &choices) const;

    // Validates metadata[…] against Stripe's limits and merges it into existing ("k=" deletes a key).
    QJsonObject mergedMetadata(const QJsonObject &existing) const;

    static qint64 parseInteger(const QString &param, const QJsonValue &value);

private:
    QJsonObject m_values;
};

// Refuses unknown names inside a nested parameter (e.g. payment_method_data[...]).
void checkNested(const QString &prefix, const QJsonObject &values, const QStringList &allowed);

} // namespace holdfast::sandbox
