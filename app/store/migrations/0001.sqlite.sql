-- Version 1: orders, their lines and payment attempts, Stripe events, the audit log, sync cursors
-- and settings. Times are milliseconds since the epoch (UTC); money is integer minor units.
-- Staff accounts arrive with the staff part (its own migration); orders keep staff_id as text
-- until then so no foreign key is assumed here.

CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT NOT NULL UNIQUE,
    mode TEXT NOT NULL CHECK (mode IN ('training', 'test', 'live')),
    state TEXT NOT NULL,
    customer_name TEXT NOT NULL DEFAULT '',
    customer_name_fold TEXT NOT NULL DEFAULT '',
    customer_phone TEXT NOT NULL DEFAULT '',
    customer_email TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
    notes TEXT NOT NULL DEFAULT '',
    staff_id TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX orders_created ON orders (created_at);
CREATE INDEX orders_updated ON orders (updated_at);
CREATE INDEX orders_state_created ON orders (state, created_at);
CREATE INDEX orders_customer ON orders (customer_name_fold);
CREATE INDEX orders_total ON orders (total_minor);

CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    UNIQUE (order_id, position)
);

CREATE TABLE payment_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    attempt_number INTEGER NOT NULL,
    payment_intent_id TEXT UNIQUE,
    idempotency_key_base TEXT NOT NULL UNIQUE,
    capture_method TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL DEFAULT 0,
    amount_authorised_minor INTEGER NOT NULL DEFAULT 0,
    amount_captured_minor INTEGER NOT NULL DEFAULT 0,
    amount_refunded_minor INTEGER NOT NULL DEFAULT 0,
    capture_before INTEGER,
    last_error TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (order_id, attempt_number)
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    stripe_event_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    object_id TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL,
    livemode INTEGER NOT NULL DEFAULT 0,
    payload TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    processed INTEGER NOT NULL DEFAULT 0,
    processed_at INTEGER
);
CREATE INDEX events_object ON events (object_id, created);
CREATE INDEX events_unprocessed ON events (processed, created);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    approved_by TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    order_id INTEGER REFERENCES orders (id),
    amount_minor INTEGER,
    currency TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_order ON audit_log (order_id, at);

-- Append-only: the database itself refuses to rewrite history.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE sync_cursors (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Tells one database from another, so idempotency keys never collide between two installations.
INSERT INTO settings (key, value) VALUES ('database_id', lower(hex(randomblob(16))));
