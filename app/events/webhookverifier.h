// Checks a Stripe-Signature header against the raw request body before anything parses it:
// HMAC-SHA256 over "<t>." + body with each configured whsec_ secret (several during a roll),
// constant-time against every v1 (v0 ignored), and a timestamp tolerance both ways.
#pragma once

#include "domain/clock.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace holdfast::events {

enum class SignatureCheck {
    Valid,
    MissingHeader,   // no Stripe-Signature at all
    MalformedHeader, // not "t=…,v1=…" or a timestamp that is not a number
    NoV1Signature,   // only v0 (or unknown schemes): nothing we may check
    StaleTimestamp,  // older than the tolerance: possibly a replay
    FutureTimestamp, // newer than the tolerance: a clock is wrong or the header is forged
    NoMatch,         // no v1 matches any secret: tampered body or wrong secret
    NoSecret,        // misconfigured: nothing to check against
};

class WebhookVerifier
{
public:
    static constexpr qint64 defaultToleranceSeconds = 300;

    // secrets: the whole whsec_… strings; empty lines are dropped.
    explicit WebhookVerifier(QList<QByteArray> secrets, Clock clock = systemClock());

    void setToleranceSeconds(qint64 seconds) { m_tolerance = seconds; }
    qint64 toleranceSeconds() const { return m_tolerance; }
    int secretCount() const { return int(m_secrets.size()); }

    SignatureCheck verify(const QByteArray &rawBody, const QByteArray &signatureHeader) const;

    // The header Stripe would send; for tests and the load generator.
    static QByteArray sign(const QByteArray &rawBody, const QByteArray &secret, qint64 timestamp);
    // Secrets from a file's text: one per line, blank lines and #-comments ignored.
    static QList<QByteArray> secretsFromText(const QByteArray &text);
    // For logs and /healthz: "stale timestamp"… Never includes a secret or a signature.
    static QString describe(SignatureCheck check);

private:
    QList<QByteArray> m_secrets;
    Clock m_clock;
    qint64 m_tolerance = defaultToleranceSeconds;
};

} // namespace holdfast::events
