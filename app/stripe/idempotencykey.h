// Idempotency keys derived from what a request means, so a retry - even after a crash and a
// restart - reuses the key and Stripe replays the first outcome instead of acting twice.
#pragma once

#include <QString>

namespace holdfast::stripe::IdempotencyKey {

// "holdfast-order-1042-attempt-1-create". The same inputs always give the same key; characters
// outside [A-Za-z0-9_-] are replaced so any order id is safe, and the result is ≤ 255 characters.
QString forOperation(const QString &orderId, int attempt, const QString &operation);

} // namespace holdfast::stripe::IdempotencyKey
