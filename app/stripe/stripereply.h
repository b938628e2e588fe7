// One Stripe call in flight and then its result. Runs the attempts (with retries, backoff and a
// per-request timeout) and emits finished() exactly once - always after the call that created it
// has returned, even for errors found before the network. Owned by the caller: deleteLater() it.
#pragma once

#include "domain/paymentintent.h"
#include "domain/stripeobjects.h"
#include "stripe/requests.h"
#include "stripe/retrypolicy.h"
#include "stripe/stripeerror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace holdfast::stripe {

// What every request is stamped with; a snapshot taken from the client when the call starts.
struct TransportSettings
{
    QNetworkAccessManager *manager = nullptr;
    QUrl baseUrl;
    QString secretKey;
    QByteArray apiVersion;
    QByteArray userAgent;
    std::chrono::milliseconds timeout{30000};
    RetryPolicy retry;
};

class StripeReply : public QObject
{
    Q_OBJECT

public:
    ~StripeReply() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const StripeError &error() const { return m_error; }
    // The decoded JSON object of a successful answer.
    const QJsonObject &json() const { return m_json; }
    int httpStatus() const { return m_status; }
    QString requestId() const { return m_requestId; }
    bool idempotentReplayed() const { return m_replayed; }
    int attempts() const { return m_attempts; }
    QString idempotencyKey() const { return m_request.idempotencyKey; }
    QString describe() const; // "POST /v1/payment_intents" for logs (never the query or body)

    // Typed views of json(); nullopt when the call failed or the object is of another kind.
    std::optional<PaymentIntent> paymentIntent() const;
    std::optional<Refund> refund() const;
    std::optional<StripeEvent> event() const;
    std::optional<StripeList> list() const;

    // Stops the call: no further attempt, finished() with a Cancelled error. For a mutating call
    // already on the wire the change may still happen; callers re-read as for OutcomeUnknown.
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class StripeClient;
    StripeReply(StripeRequest request, TransportSettings transport, QObject *parent);
    void start(std::chrono::milliseconds delay = std::chrono::milliseconds(0));
    void failBeforeNetwork(const StripeError &error);
    void startAttempt();
    void onAttemptFinished();
    void onTimeout();
    void finishOk(const QJsonObject &json);
    void finishWithError(StripeError error);
    void giveUp(const AttemptOutcome &outcome, StripeError lastError);

    StripeRequest m_request;
    TransportSettings m_transport;
    QByteArray m_body;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_backoffTimer;
    QElapsedTimer m_clock;
    bool m_timedOut = false;
    bool m_finished = false;
    int m_attempts = 0;
    int m_status = 0;
    bool m_replayed = false;
    QString m_requestId;
    QJsonObject m_json;
    StripeError m_error;
};

} // namespace holdfast::stripe
