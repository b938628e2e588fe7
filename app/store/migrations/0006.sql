-- Version 6: the operations journal. Each money operation Holdfast sends to Stripe (a capture, a
-- cancel, a refund, a confirmation for the phone route) is one row, keyed by the idempotency key it
-- was sent with: its order, amount, who asked, and how it stands (sent, done, failed, outcome
-- unknown) with Stripe's request id. A retry with the same key is the same row. The audit log stays
-- the human record; nothing reads state from its text any more.
CREATE TABLE operations (
    idempotency_key TEXT PRIMARY KEY,
    order_id BIGINT NOT NULL REFERENCES orders (id),
    kind TEXT NOT NULL CHECK (kind IN ('capture', 'cancel', 'refund', 'confirm')),
    amount_minor BIGINT,
    state TEXT NOT NULL CHECK (state IN ('sent', 'done', 'failed', 'unknown')),
    stripe_request_id TEXT NOT NULL DEFAULT '',
    staff_id TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX operations_order ON operations (order_id, kind);

-- Refunds done before the journal existed still count: a deliberate next refund of an order must
-- get a key of its own, never one Stripe would answer with an earlier refund.
INSERT INTO operations (idempotency_key, order_id, kind, amount_minor, state, staff_id, created_at, updated_at)
SELECT 'before-journal-' || CAST(id AS TEXT), order_id, 'refund', amount_minor, 'done', actor, at, at
FROM audit_log
WHERE action = 'refund' AND outcome = 'ok' AND order_id IS NOT NULL;
