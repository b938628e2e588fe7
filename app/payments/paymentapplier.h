// The one path from Stripe's truth to an order: records the snapshot's refunds and disputes, brings the payment
// attempt's status and amounts in line, moves the order forward along legal transitions with an
// audit row for each, and queues the shop's post-payment action when money arrives, all in one
// transaction. Nothing else moves an order because of what Stripe says.
#pragma once

#include "domain/order.h"
#include "payments/paymentsnapshot.h"
#include "store/storeerror.h"

namespace holdfast::store {
class Database;
}

namespace holdfast::payments {

struct ApplyResult
{
    bool knownOrder = false; // false: no order or attempt claims this PaymentIntent
    bool stale = false;      // the PaymentIntent lies behind the order; nothing was moved
    bool hookQueued = false; // money arrived with this change and the post-payment action was queued
    bool refundReversed = false; // a refund failed: the order went back from (partially) refunded
    bool disputeChanged = false; // a dispute was opened or moved on (its timeline row written)
    qint64 orderId = 0;
    OrderState from = OrderState::Draft;
    OrderState to = OrderState::Draft;
    bool changed() const { return from != to; }
    // The order reached a state where money is in the shop's hands.
    bool moneyArrived() const;
};

class PaymentApplier
{
public:
    explicit PaymentApplier(store::Database &db) : m_db(db) {}

    // actor: "checkout", "events", "reconcile" or a staff id; reason goes into the audit rows (and
    // into the post-payment action's "queued" line).
    store::Result<ApplyResult> apply(const PaymentSnapshot &snapshot, const QString &actor, const QString &reason);

private:
    store::Result<PaymentAttempt> attemptFor(const PaymentIntent &pi);

    store::Database &m_db;
};

} // namespace holdfast::payments
