// Builds application/x-www-form-urlencoded bodies and query strings the way Stripe reads them:
// nested params in brackets (metadata[order_id]=42) and arrays as key[] or key[0].
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace holdfast::stripe {

class FormEncoder
{
public:
    enum class ArrayStyle { Brackets, Indexed }; // key[]=a&key[]=b  or  key[0]=a&key[1]=b

    FormEncoder() = default;
    explicit FormEncoder(ArrayStyle style) : m_style(style) {}

    // Insertion order is kept: it makes bodies reproducible, which matters for idempotent replays.
    FormEncoder &add(const QString &key, const QString &value);
    FormEncoder &add(const QString &key, qint64 value);
    FormEncoder &addBool(const QString &key, bool value);
    FormEncoder &addArray(const QString &key, const QStringList &values);
    FormEncoder &addMap(const QString &key, const QMap<QString, QString> &values);
    // A QVariantMap / QVariantList tree, flattened to brackets (for callers with free-form params).
    FormEncoder &addNested(const QString &key, const QVariant &value);

    bool isEmpty() const { return m_pairs.isEmpty(); }
    const QList<QPair<QString, QString>> &pairs() const { return m_pairs; }
    bool contains(const QString &key) const;
    QString value(const QString &key) const;

    QByteArray encode() const;
    // Percent-encodes everything outside RFC 3986's unreserved set, as UTF-8 (so + & = [ ] and
    // spaces are escaped, and é becomes %C3%A9). Space is %20, never '+', which decoders disagree on.
    static QByteArray encodeComponent(const QString &text);

private:
    ArrayStyle m_style = ArrayStyle::Brackets;
    QList<QPair<QString, QString>> m_pairs;
};

} // namespace holdfast::stripe
