// Refunds as Stripe last reported them (from the refund call itself, refund events and
// reconciliation), for what an order shows as still pending.
#pragma once

#include "domain/stripeobjects.h"
#include "store/storeerror.h"

namespace holdfast::store {

class Database;

class RefundLog
{
public:
    explicit RefundLog(Database &db) : m_db(db) {}

    // Records one refund. A settled status stays: an older report that still says pending never
    // brings it back. Only a succeeded refund may still fail (or be cancelled) later, as Stripe's do.
    Status record(const Refund &refund);
    // The status last recorded for the refund; empty when it was never seen.
    Result<QString> statusOf(const QString &refundId);
    // The sum of the PaymentIntent's refunds still pending (or waiting for the customer).
    Result<qint64> pendingFor(const QString &paymentIntentId);

private:
    Database &m_db;
};

} // namespace holdfast::store
