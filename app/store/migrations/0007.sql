-- Version 7: disputes as Stripe last reported them, one row each. A report never moves a dispute
-- back (events arrive in any order) and a closed one (won, lost, an inquiry closed) stays closed.
-- closed_at is when Holdfast first saw it closed, by the store's clock: end of day counts lost money
-- on the day it was lost.
CREATE TABLE disputes (
    id TEXT PRIMARY KEY,
    payment_intent_id TEXT NOT NULL,
    charge_id TEXT NOT NULL DEFAULT '',
    amount BIGINT NOT NULL CHECK (amount >= 0),
    currency TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    evidence_due_by BIGINT,
    created_at BIGINT NOT NULL,
    opened_at BIGINT NOT NULL,
    closed_at BIGINT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX disputes_payment_intent ON disputes (payment_intent_id);
CREATE INDEX disputes_open_due ON disputes (closed_at, evidence_due_by);
