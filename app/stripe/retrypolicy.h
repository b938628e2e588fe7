// When to try a Stripe request again and how long to wait: the rules of Stripe's own SDKs
// (exponential backoff 0.5 s → 5 s with jitter; retry connection errors, timeouts, 409, 429 and
// 5xx; Stripe-Should-Retry decides when present), kept pure so they can be tested without a network.
#pragma once

#include <QString>
#include <chrono>
#include <optional>

namespace holdfast::stripe {

// What one attempt ended with, as far as retrying is concerned.
struct AttemptOutcome
{
    enum class Transport {
        Answered,       // an HTTP status arrived
        NotConnected,   // refused / host not found: the request never reached the server
        ConnectionLost, // the connection broke after the request may have been sent
        TimedOut,       // no answer within the per-request timeout
    };
    Transport transport = Transport::Answered;
    int httpStatus = 0;
    QString errorCode;                    // error.code from the body, when there was one
    std::optional<bool> shouldRetry;      // Stripe-Should-Retry header
    std::optional<int> retryAfterSeconds; // Retry-After header
};

struct RetryPolicy
{
    int maxRetries = 3; // attempts = maxRetries + 1
    std::chrono::milliseconds initialDelay{500};
    std::chrono::milliseconds maxDelay{5000};
    // A Retry-After longer than this is not waited for: the caller gets the error instead.
    std::chrono::milliseconds maxRetryAfter{30000};

    // Whether the outcome is worth another attempt at all (budget aside).
    static bool isRetryable(const AttemptOutcome &outcome);
    // Whether a failed mutating request may have changed something on the server.
    static bool mayHaveCommitted(const AttemptOutcome &outcome);

    // Delay before retry number `retry` (1 = first retry). `jitter` in [0, 1) scales the
    // exponential step into [50 %, 100 %] of it, so many tills never retry in lockstep.
    std::chrono::milliseconds backoff(int retry, double jitter) const;
    // The delay to use, honouring Retry-After; nullopt when no retry should happen.
    std::optional<std::chrono::milliseconds> nextDelay(int retry, const AttemptOutcome &outcome,
                                                       double jitter) const;
};

} // namespace holdfast::stripe
