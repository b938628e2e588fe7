#include "stripe/idempotencykey.h"

#include <QCryptographicHash>

namespace holdfast::stripe::IdempotencyKey {

namespace {
QString sanitized(const QString &part)
{
    QString out;
    out.reserve(part.size());
    for (const QChar c : part) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                          c == u'_' || c == u'-';
        out += safe ? c : u'_';
    }
    return out;
}
} // namespace

QString forOperation(const QString &orderId, int attempt, const QString &operation)
{
    QString key = QStringLiteral("holdfast-order-") + sanitized(orderId) + QStringLiteral("-attempt-") +
                  QString::number(attempt) + u'-' + sanitized(operation);
    constexpr qsizetype maxLength = 255; // Stripe's limit
    if (key.size() > maxLength) {
        // Keep it deterministic and unique: a prefix plus a hash of everything.
        const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
        key = key.left(maxLength - hash.size() - 1) + u'-' + QString::fromLatin1(hash);
    }
    return key;
}

} // namespace holdfast::stripe::IdempotencyKey
