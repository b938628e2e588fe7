#include "events/webhookverifier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

namespace holdfast::events {

namespace {

// Compares every byte whatever the first difference, so timing says nothing about how much of a
// forged signature was right. Lengths are public (64 hex digits), so a length mismatch may return early.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

WebhookVerifier::WebhookVerifier(QList<QByteArray> secrets, Clock clock) : m_clock(std::move(clock))
{
    for (QByteArray &s : secrets) {
        s = s.trimmed();
        if (!s.isEmpty())
            m_secrets.append(s);
    }
    if (!m_clock)
        m_clock = systemClock();
}

SignatureCheck WebhookVerifier::verify(const QByteArray &rawBody, const QByteArray &signatureHeader) const
{
    if (m_secrets.isEmpty())
        return SignatureCheck::NoSecret;
    if (signatureHeader.trimmed().isEmpty())
        return SignatureCheck::MissingHeader;
    QByteArray timestamp;
    QList<QByteArray> v1;
    for (const QByteArray &rawPart : signatureHeader.split(',')) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return SignatureCheck::MalformedHeader;
        const QByteArray key = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (key == "t") {
            if (!timestamp.isEmpty())
                return SignatureCheck::MalformedHeader;
            timestamp = value;
        } else if (key == "v1") {
            v1.append(value.toLower());
        }
        // v0 and future schemes are ignored on purpose: only v1 is HMAC-SHA256.
    }
    bool numeric = false;
    const qint64 t = timestamp.toLongLong(&numeric);
    if (timestamp.isEmpty() || !numeric)
        return SignatureCheck::MalformedHeader;
    if (v1.isEmpty())
        return SignatureCheck::NoV1Signature;
    const qint64 now = m_clock().toSecsSinceEpoch();
    // t is whatever the sender wrote (up to ±2^63): the difference must not overflow.
    qint64 age = 0;
    if (__builtin_sub_overflow(now, t, &age))
        return t < now ? SignatureCheck::StaleTimestamp : SignatureCheck::FutureTimestamp;
    if (age > m_tolerance)
        return SignatureCheck::StaleTimestamp;
    if (age < -m_tolerance)
        return SignatureCheck::FutureTimestamp;

    QByteArray signedPayload;
    signedPayload.reserve(timestamp.size() + 1 + rawBody.size());
    signedPayload.append(timestamp).append('.').append(rawBody);
    bool matched = false;
    for (const QByteArray &secret : m_secrets) {
        const QByteArray expected =
            QMessageAuthenticationCode::hash(signedPayload, secret, QCryptographicHash::Sha256).toHex();
        // Check all candidates without stopping early, for the same reason as constantTimeEquals.
        for (const QByteArray &candidate : std::as_const(v1))
            matched = constantTimeEquals(expected, candidate) || matched;
    }
    return matched ? SignatureCheck::Valid : SignatureCheck::NoMatch;
}

QByteArray WebhookVerifier::sign(const QByteArray &rawBody, const QByteArray &secret, qint64 timestamp)
{
    const QByteArray t = QByteArray::number(timestamp);
    return "t=" + t + ",v1=" +
           QMessageAuthenticationCode::hash(t + '.' + rawBody, secret, QCryptographicHash::Sha256).toHex();
}

QList<QByteArray> WebhookVerifier::secretsFromText(const QByteArray &text)
{
    QList<QByteArray> secrets;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray s = line.trimmed();
        if (!s.isEmpty() && !s.startsWith('#'))
            secrets.append(s);
    }
    return secrets;
}

QString WebhookVerifier::describe(SignatureCheck check)
{
    switch (check) {
    case SignatureCheck::Valid:
        return QStringLiteral("valid");
    case SignatureCheck::MissingHeader:
        return QStringLiteral("missing Stripe-Signature header");
    case SignatureCheck::MalformedHeader:
        return QStringLiteral("malformed Stripe-Signature header");
    case SignatureCheck::NoV1Signature:
        return QStringLiteral("no v1 signature");
    case SignatureCheck::StaleTimestamp:
        return QStringLiteral("timestamp older than the tolerance");
    case SignatureCheck::FutureTimestamp:
        return QStringLiteral("timestamp ahead of the tolerance");
    case SignatureCheck::NoMatch:
        return QStringLiteral("signature does not match any configured secret");
    case SignatureCheck::NoSecret:
        return QStringLiteral("no webhook secret configured");
    }
    return QStringLiteral("unknown");
}

} // namespace holdfast::events
