// Payment attempts: one per PaymentIntent created for an order. The idempotency key base ties every
// Stripe request of an attempt together, so a retry after a crash never moves money twice.
#pragma once

#include "domain/order.h"
#include "store/storeerror.h"

#include <QList>

namespace holdfast::store {

class Database;

class PaymentAttempts
{
public:
    explicit PaymentAttempts(Database &db) : m_db(db) {}

    // Numbers the attempt (1, 2, … per order) and, when attempt.idempotencyKeyBase is empty,
    // derives one from this database's id, the order and the attempt number.
    Result<PaymentAttempt> add(const PaymentAttempt &attempt);
    // Writes everything but order, number and key base: PaymentIntent id, status, amounts,
    // capture_before, last error. Makes the order findable by the PaymentIntent id.
    Result<PaymentAttempt> update(const PaymentAttempt &attempt);
    Result<PaymentAttempt> get(qint64 id);
    Result<PaymentAttempt> findByPaymentIntent(const QString &paymentIntentId);
    // Oldest first.
    Result<QList<PaymentAttempt>> forOrder(qint64 orderId);

private:
    Result<PaymentAttempt> findOne(const QString &where, const QVariant &value);
    Database &m_db;
};

} // namespace holdfast::store
