// Why a Stripe call did not succeed, as a value: what kind of failure, Stripe's own fields for the
// log, and a translated message a person at the till can act on.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace holdfast::stripe {

class StripeError
{
public:
    enum class Kind {
        None,
        Network,         // no connection, the request certainly did not reach Stripe
        Timeout,         // a read timed out; nothing changed
        OutcomeUnknown,  // a change may or may not have happened: re-read to find out
        RateLimited,     // 429 after every retry; nothing changed
        Api,             // Stripe answered with an error (4xx, or a 5xx that will not help to retry)
        InvalidResponse, // the answer was not the JSON object we expected
        Cancelled,       // the caller cancelled
        Validation,      // refused before the network, with the code Stripe would have given
        InsecureLiveKey, // a live key would have gone over plain HTTP
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString type; // api_error, card_error, idempotency_error, invalid_request_error
    QString code; // e.g. amount_too_small
    QString declineCode;
    QString param;
    QString message;   // Stripe's (English, technical) message, or ours for client-side failures
    QString requestId; // Request-Id header, for support
    QString docUrl;
    QString paymentIntentId; // error.payment_intent.id when Stripe includes it

    bool isError() const { return kind != Kind::None; }
    // True when the server may have made the change: the caller must re-read before acting again.
    bool outcomeUnknown() const { return kind == Kind::OutcomeUnknown; }
    // Stripe answered 403: the key (a restricted one) lacks a permission this call needs.
    bool permissionDenied() const { return kind == Kind::Api && httpStatus == 403; }

    // The message for people, translated; never empty, never raw JSON.
    QString userMessage() const;
    // For the log: kind, status, type, code, param, request id and Stripe's message (redacted).
    QString technicalDetail() const;

    static QString kindName(Kind kind);
    // The translated text for one error code; a general one for codes this build does not know.
    static QString messageForCode(const QString &code, const QString &param = {});
    // Every code the contract lists, for tests and for translators.
    static QStringList knownCodes();

    // Reads Stripe's error envelope {"error": {...}}; a body that is not one gives an Api error
    // that still carries the status (and InvalidResponse for 2xx/garbage is the caller's choice).
    static StripeError fromResponse(int httpStatus, const QByteArray &body, const QString &requestId);
    static StripeError make(Kind kind, const QString &code = {}, const QString &message = {},
                            const QString &param = {});
};

} // namespace holdfast::stripe
