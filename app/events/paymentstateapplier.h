// Brings an order in line with its PaymentIntent as Stripe reports it: the attempt's amounts and
// status, and the order moved forward along legal transitions with an audit row for each, all in
// one transaction. Used after checkout returns, for every event, and by reconciliation.
#pragma once

#include "domain/order.h"
#include "domain/paymentintent.h"
#include "store/storeerror.h"

namespace holdfast::store {
class Database;
}

namespace holdfast::events {

struct ApplyResult
{
    bool knownOrder = false; // false: no order or attempt claims this PaymentIntent
    bool stale = false;      // the PaymentIntent lies behind the order; nothing was moved
    qint64 orderId = 0;
    OrderState from = OrderState::Draft;
    OrderState to = OrderState::Draft;
    bool changed() const { return from != to; }
};

class PaymentStateApplier
{
public:
    explicit PaymentStateApplier(store::Database &db) : m_db(db) {}

    // refundedMinor: what the PaymentIntent's refunds (pending or succeeded) add up to.
    // actor: "checkout", "events", "reconcile" or a staff id; reason goes into the audit rows.
    store::Result<ApplyResult> apply(const PaymentIntent &pi, qint64 refundedMinor, const QString &actor,
                                     const QString &reason);

private:
    store::Result<PaymentAttempt> attemptFor(const PaymentIntent &pi);

    store::Database &m_db;
};

} // namespace holdfast::events
