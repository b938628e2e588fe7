#include "sandbox/params.h"

#include "sandbox/apierror.h"
#include "sandbox/formdecoder.h"

#include <QJsonArray>

namespace holdfast::sandbox {

Params::Params(const QJsonObject &values, const QStringList &allowed)
    : m_values(values)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.key() != u"expand" && !allowed.contains(it.key()))
            throw ApiError::unknownParameter(firstBracketName(it.key(), it.value()));
    }
}

QString Params::string(const QString &name, const QString &fallback) const
{
    const QJsonValue v = m_values.value(name);
    if (v.isUndefined())
        return fallback;
    if (!v.isString())
        throw ApiError::invalid(QStringLiteral("parameter_invalid_string"),
                                QStringLiteral("Invalid string: %1 must be a string.").arg(name), name);
    return v.toString();
}

QString Params::requiredString(const QString &name) const
{
    const QString v = string(name);
    if (!has(name))
        throw ApiError::missing(name);
    if (v.isEmpty())
        throw ApiError::invalid(QStringLiteral("parameter_invalid_empty"),
                                QStringLiteral("You passed an empty string for '%1'. We assume empty values are an "
                                               "attempt to unset a parameter; however '%1' cannot be unset. You should "
                                               "remove '%1' from your request or supply a non-empty value.")
                                    .arg(name),
                                name);
    return v;
}

qint64 Params::parseInteger(const QString &param, const QJsonValue &value)
{
    const QString text = value.isString() ? value.toString() : QString();
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || text.trimmed() != text || text.startsWith(u'+'))
        throw ApiError::invalidInteger(param, value.isString() ? text.left(100) : QStringLiteral("(nested value)"));
    return n;
}

std::optional<qint64> Params::integer(const QString &name) const
{
    if (!has(name))
        return std::nullopt;
    return parseInteger(name, m_values.value(name));
}

qint64 Params::requiredInteger(const QString &name) const
{
    if (!has(name))
        throw ApiError::missing(name);
    return *integer(name);
}

std::optional<bool> Params::boolean(const QString &name) const
{
    if (!has(name))
        return std::nullopt;
    const QString v = m_values.value(name).toString();
    if (v == u"true")
        return true;
    if (v == u"false")
        return false;
    throw ApiError::invalid(QStringLiteral("parameter_invalid_boolean"),
                            QStringLiteral("Invalid boolean: %1").arg(v.left(100)), name);
}

QStringList Params::stringList(const QString &name) const
{
    const QJsonValue v = m_values.value(name);
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                throw ApiError::invalid(QStringLiteral("parameter_invalid_string"),
                                        QStringLiteral("Invalid array: %1 must contain strings.").arg(name), name);
            out.append(item.toString());
        }
    } else if (v.isString() && !v.toString().isEmpty()) {
        throw ApiError::invalid(QStringLiteral("parameter_invalid_array"),
                                QStringLiteral("Invalid array: %1 must be an array.").arg(name), name);
    }
    return out;
}

QJsonObject Params::object(const QString &name) const
{
    const QJsonValue v = m_values.value(name);
    if (v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return {};
    if (!v.isObject())
        throw ApiError::invalid(QStringLiteral("parameter_invalid_object"),
                                QStringLiteral("Invalid object: %1 must be a hash.").arg(name), name);
    return v.toObject();
}

QString Params::oneOf(const QString &name, const QStringList &choices) const
{
    const QString v = string(name);
    if (has(name) && !choices.contains(v))
        throw ApiError::invalid(QStringLiteral("parameter_invalid_string"),
                                QStringLiteral("Invalid %1: must be one of %2").arg(name, choices.join(u", ")), name);
    return v;
}

QJsonObject Params::mergedMetadata(const QJsonObject &existing) const
{
    const QJsonValue v = m_values.value(QStringLiteral("metadata"));
    if (v.isUndefined())
        return existing;
    if (v.isString() && v.toString().isEmpty())
        return {}; // "metadata=" unsets every key
    if (!v.isObject())
        throw ApiError::invalid(QStringLiteral("parameter_invalid_object"),
                                QStringLiteral("Invalid object: metadata must be a hash."), QStringLiteral("metadata"));
    QJsonObject merged = existing;
    const QJsonObject update = v.toObject();
    for (auto it = update.begin(); it != update.end(); ++it) {
        const QString param = QStringLiteral("metadata[%1]").arg(it.key());
        if (!it.value().isString())
            throw ApiError::invalid(QStringLiteral("parameter_invalid_string"),
                                    QStringLiteral("Metadata values must be strings."), param);
        if (it.key().size() > 40)
            throw ApiError::invalid(QString(), QStringLiteral("Metadata keys can have up to 40 characters, but you "
                                                              "passed in a key that is %1 characters long.")
                                                   .arg(it.key().size()),
                                    param);
        const QString value = it.value().toString();
        if (value.size() > 500)
            throw ApiError::invalid(QString(), QStringLiteral("Metadata values can have up to 500 characters, but "
                                                              "you passed in a value that is %1 characters long.")
                                                   .arg(value.size()),
                                    param);
        if (value.isEmpty())
            merged.remove(it.key());
        else
            merged.insert(it.key(), value);
    }
    if (merged.size() > 50)
        throw ApiError::invalid(QString(), QStringLiteral("You can have at most 50 keys in metadata."),
                                QStringLiteral("metadata"));
    return merged;
}

void checkNested(const QString &prefix, const QJsonObject &values, const QStringList &allowed)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!allowed.contains(it.key()))
            throw ApiError::unknownParameter(firstBracketName(prefix + u'[' + it.key() + u']', it.value()));
    }
}

} // namespace holdfast::sandbox
