-- Version 5: refunds as Stripe last reported them, one row each, so that a pending Amazon Pay refund
-- shows as pending until Stripe says it succeeded or failed. A settled status is never replaced by
-- pending: events may arrive in any order.
CREATE TABLE refunds (
    id TEXT PRIMARY KEY,
    payment_intent_id TEXT NOT NULL,
    amount BIGINT NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX refunds_payment_intent ON refunds (payment_intent_id);
