#include "stripe/formencoder.h"

namespace holdfast::stripe {

FormEncoder &FormEncoder::add(const QString &key, const QString &value)
{
    m_pairs.append({key, value});
    return *this;
}

FormEncoder &FormEncoder::add(const QString &key, qint64 value)
{
    return add(key, QString::number(value));
}

FormEncoder &FormEncoder::addBool(const QString &key, bool value)
{
    return add(key, value ? QStringLiteral("true") : QStringLiteral("false"));
}

FormEncoder &FormEncoder::addArray(const QString &key, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString suffix =
            m_style == ArrayStyle::Brackets ? QStringLiteral("[]") : u'[' + QString::number(i) + u']';
        add(key + suffix, values.at(i));
    }
    return *this;
}

FormEncoder &FormEncoder::addMap(const QString &key, const QMap<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        add(key + u'[' + it.key() + u']', it.value());
    return *this;
}

FormEncoder &FormEncoder::addNested(const QString &key, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            addNested(key + u'[' + it.key() + u']', it.value());
        return *this;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        const QVariantList list = value.toList();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString suffix =
                m_style == ArrayStyle::Brackets ? QStringLiteral("[]") : u'[' + QString::number(i) + u']';
            addNested(key + suffix, list.at(i));
        }
        return *this;
    }
    case QMetaType::Bool:
        return addBool(key, value.toBool());
    default:
        return add(key, value.toString());
    }
}

bool FormEncoder::contains(const QString &key) const
{
    for (const auto &p : m_pairs) {
        if (p.first == key)
            return true;
    }
    return false;
}

QString FormEncoder::value(const QString &key) const
{
    for (const auto &p : m_pairs) {
        if (p.first == key)
            return p.second;
    }
    return {};
}

QByteArray FormEncoder::encodeComponent(const QString &text)
{
    // QByteArray::toPercentEncoding leaves only ALPHA / DIGIT / - . _ ~ unescaped.
    return text.toUtf8().toPercentEncoding();
}

QByteArray FormEncoder::encode() const
{
    QByteArray out;
    for (const auto &p : m_pairs) {
        if (!out.isEmpty())
            out += '&';
        out += encodeComponent(p.first);
        out += '=';
        out += encodeComponent(p.second);
    }
    return out;
}

} // namespace holdfast::stripe
