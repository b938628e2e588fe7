// When a request is retried and how long the client waits: Stripe's SDK rules, without a network.
#include "stripe/retrypolicy.h"

#include <QTest>

using namespace holdfast::stripe;
using namespace std::chrono_literals;
using T = AttemptOutcome::Transport;

namespace {
AttemptOutcome answered(int status, std::optional<bool> shouldRetry = std::nullopt,
                        std::optional<int> retryAfter = std::nullopt)
{
    AttemptOutcome o;
    o.httpStatus = status;
    o.shouldRetry = shouldRetry;
    o.retryAfterSeconds = retryAfter;
    return o;
}
AttemptOutcome failed(T transport)
{
    AttemptOutcome o;
    o.transport = transport;
    return o;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesTransientFailures()
    {
        QVERIFY(RetryPolicy::isRetryable(failed(T::NotConnected)));
        QVERIFY(RetryPolicy::isRetryable(failed(T::ConnectionLost)));
        QVERIFY(RetryPolicy::isRetryable(failed(T::TimedOut)));
        QVERIFY(RetryPolicy::isRetryable(answered(409)));
        QVERIFY(RetryPolicy::isRetryable(answered(429)));
        QVERIFY(RetryPolicy::isRetryable(answered(500)));
        QVERIFY(RetryPolicy::isRetryable(answered(503)));
    }
    void doesNotRetryClientErrors()
    {
        for (int status : {400, 401, 402, 403, 404})
            QVERIFY(!RetryPolicy::isRetryable(answered(status)));
    }
    void shouldRetryHeaderWinsBothWays()
    {
        QVERIFY(!RetryPolicy::isRetryable(answered(500, false)));
        QVERIFY(!RetryPolicy::isRetryable(answered(429, false)));
        QVERIFY(RetryPolicy::isRetryable(answered(400, true)));
        RetryPolicy p;
        QVERIFY(!p.nextDelay(1, answered(503, false), 0.5).has_value());
    }
    void backoffDoublesUpToTheCapWithJitter()
    {
        RetryPolicy p; // 500 ms → 5 s
        QCOMPARE(p.backoff(1, 0.999999).count(), 499);
        QCOMPARE(p.backoff(1, 0.0), 250ms);
        QCOMPARE(p.backoff(2, 0.0), 500ms);
        QCOMPARE(p.backoff(3, 0.0), 1000ms);
        QCOMPARE(p.backoff(10, 0.0), 2500ms);
        QVERIFY(p.backoff(10, 0.99) <= 5000ms);
        QVERIFY(p.backoff(2, 0.9) > p.backoff(2, 0.1)); // jitter spreads tills apart
    }
    void retryAfterIsHonoured()
    {
        RetryPolicy p;
        QCOMPARE(*p.nextDelay(1, answered(429, std::nullopt, 2), 0.0), 2000ms);
        // Shorter than the backoff: the backoff still applies.
        QVERIFY(*p.nextDelay(3, answered(429, std::nullopt, 0), 0.0) >= 1000ms);
        // Longer than we are willing to wait: give the error to the caller instead.
        QVERIFY(!p.nextDelay(1, answered(429, std::nullopt, 3600), 0.0).has_value());
    }
    void budgetIsBounded()
    {
        RetryPolicy p;
        p.maxRetries = 2;
        QVERIFY(p.nextDelay(1, answered(500), 0.5).has_value());
        QVERIFY(p.nextDelay(2, answered(500), 0.5).has_value());
        QVERIFY(!p.nextDelay(3, answered(500), 0.5).has_value());
    }
    void knowsWhenAChangeMayHaveHappened()
    {
        QVERIFY(!RetryPolicy::mayHaveCommitted(failed(T::NotConnected)));
        QVERIFY(RetryPolicy::mayHaveCommitted(failed(T::ConnectionLost)));
        QVERIFY(RetryPolicy::mayHaveCommitted(failed(T::TimedOut)));
        QVERIFY(RetryPolicy::mayHaveCommitted(answered(500)));
        QVERIFY(RetryPolicy::mayHaveCommitted(answered(409)));
        QVERIFY(!RetryPolicy::mayHaveCommitted(answered(429)));
        QVERIFY(!RetryPolicy::mayHaveCommitted(answered(400)));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
