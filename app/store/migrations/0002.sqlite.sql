-- Version 2: one search index for every way a person looks an order up. Each order gets a few
-- lower-cased terms (number, each word of the customer's name, the whole name, email, phone
-- digits, PaymentIntent ids); a search is one range scan of this index ("smi" <= term < "smj"),
-- which is fast on a million orders on both backends and needs no extension.

CREATE TABLE order_search (
    term TEXT NOT NULL,
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    PRIMARY KEY (term, order_id)
);
CREATE INDEX order_search_order ON order_search (order_id);

-- Orders written by version 1: number, whole name, email and phone digits. Name words and
-- PaymentIntent ids are added the next time the order or its attempt is written.
INSERT INTO order_search (term, order_id) SELECT number, id FROM orders;
INSERT INTO order_search (term, order_id)
    SELECT DISTINCT customer_name_fold, id FROM orders WHERE customer_name_fold <> '' AND customer_name_fold <> number;
INSERT INTO order_search (term, order_id)
    SELECT DISTINCT lower(customer_email), id FROM orders WHERE customer_email <> ''
    ON CONFLICT DO NOTHING;
INSERT INTO order_search (term, order_id)
    SELECT DISTINCT replace(replace(replace(replace(replace(replace(customer_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), id
    FROM orders WHERE customer_phone <> ''
    ON CONFLICT DO NOTHING;
INSERT INTO order_search (term, order_id)
    SELECT DISTINCT lower(payment_intent_id), order_id FROM payment_attempts WHERE payment_intent_id IS NOT NULL
    ON CONFLICT DO NOTHING;
