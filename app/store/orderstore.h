// Orders: create, read, edit before payment, move through the state machine (each move with its
// audit row, in one transaction, guarded by the version the caller last saw), list and search.
#pragma once

#include "domain/order.h"
#include "store/orderquery.h"
#include "store/storeerror.h"

#include <QList>
#include <QMap>

namespace holdfast::store {

class Database;

// An authorised order, its latest payment attempt and when the hold lapses: Stripe's
// capture_before when known, otherwise seven days after the attempt (or the order) was created.
struct HeldAuthorisation
{
    Order order;
    PaymentAttempt attempt; // id 0 when the order has none
    QDateTime captureDeadline;
};

class OrderStore
{
public:
    // For callers that must apply a change whatever the version (the events code, reconciliation);
    // the move is still atomic and still checked against the state machine.
    static constexpr int AnyVersion = -1;

    explicit OrderStore(Database &db) : m_db(db) {}

    // Stores a new order in Draft or AwaitingPayment. The total is the sum of the lines when there
    // are lines. Assigns id and number; writes an "order.created" audit row by actor.
    Result<Order> create(const Order &order, const QString &actor);
    // With its lines.
    Result<Order> get(qint64 id);
    Result<Order> findByNumber(const QString &number);
    Result<Order> findByPaymentIntent(const QString &paymentIntentId);
    // Customer, notes and lines of an order not yet paid; order.version is the expected version.
    Result<Order> updateDetails(const Order &order, const QString &actor);
    // Moves the order to `to` when the state machine allows it and nobody changed it since
    // expectedVersion. audit says who, approved by whom, why, amount; action defaults to
    // "order.transition". Conflict / IllegalTransition / NotFound otherwise.
    Result<Order> transition(qint64 id, int expectedVersion, OrderState to, const AuditEntry &audit);
    // A failed or cancelled refund: back from Refunded / Partially refunded (orderstate::isRefundReversal),
    // with the audit row saying so. IllegalTransition for any other move.
    Result<Order> reverseRefund(qint64 id, OrderState to, const AuditEntry &audit);

    // One page, without lines.
    Result<QList<Order>> list(const OrderQuery &query);
    // A search matching at least this many index entries counts as broad: the page is then found by
    // walking the sort order and checking each order, not by sorting every match. Tests lower it.
    static constexpr int defaultBroadSearchEntries = 2000;
    void setBroadSearchEntries(int entries) { m_broadSearchEntries = qMax(1, entries); }
    // How many orders match, ignoring offset and limit.
    Result<qint64> count(const OrderQuery &query);
    Result<QMap<OrderState, qint64>> countByState(std::optional<Mode> mode = std::nullopt);
    // Every authorised order, soonest deadline first: the back office's hold list.
    Result<QList<HeldAuthorisation>> heldAuthorisations(std::optional<Mode> mode = std::nullopt);

private:
    Result<Order> move(qint64 id, int expectedVersion, OrderState to, const AuditEntry &audit, bool refundReversal);
    Status writeLines(qint64 orderId, const QList<OrderLine> &lines);
    Status writeSearchTerms(const Order &order, bool replace);
    Result<QList<OrderLine>> lines(qint64 orderId);
    Result<Order> findOne(const QString &where, const QVariant &value);

    Database &m_db;
    int m_broadSearchEntries = defaultBroadSearchEntries;
};

} // namespace holdfast::store
