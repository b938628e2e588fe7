#include "stripe/retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace holdfast::stripe {

using std::chrono::milliseconds;

bool RetryPolicy::isRetryable(const AttemptOutcome &o)
{
    if (o.transport != AttemptOutcome::Transport::Answered)
        return true;
    // Stripe's explicit word wins both ways: false means a retry cannot help.
    if (o.shouldRetry.has_value())
        return *o.shouldRetry;
    return o.httpStatus == 409 || o.httpStatus == 429 || o.httpStatus >= 500;
}

bool RetryPolicy::mayHaveCommitted(const AttemptOutcome &o)
{
    switch (o.transport) {
    case AttemptOutcome::Transport::NotConnected:
        return false;
    case AttemptOutcome::Transport::ConnectionLost:
    case AttemptOutcome::Transport::TimedOut:
        return true;
    case AttemptOutcome::Transport::Answered:
        break;
    }
    // 409 idempotency_key_in_use: the first request is still running and may commit.
    return o.httpStatus >= 500 || o.httpStatus == 409;
}

milliseconds RetryPolicy::backoff(int retry, double jitter) const
{
    const double base = double(initialDelay.count()) * std::pow(2.0, std::max(0, retry - 1));
    const double capped = std::min(base, double(maxDelay.count()));
    const double jittered = capped * (0.5 + 0.5 * std::clamp(jitter, 0.0, 1.0));
    return milliseconds(std::max<qint64>(qint64(jittered), initialDelay.count() / 2));
}

std::optional<milliseconds> RetryPolicy::nextDelay(int retry, const AttemptOutcome &o, double jitter) const
{
    if (retry > maxRetries || !isRetryable(o))
        return std::nullopt;
    milliseconds delay = backoff(retry, jitter);
    if (o.retryAfterSeconds.has_value()) {
        const milliseconds asked(qint64(*o.retryAfterSeconds) * 1000);
        if (asked > maxRetryAfter)
            return std::nullopt;
        delay = std::max(delay, asked);
    }
    return delay;
}

} // namespace holdfast::stripe
