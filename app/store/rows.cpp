#include "store/rows.h"

namespace holdfast::store::rows {

Order order(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.mode = mode::fromName(q.value(2).toString()).value_or(Mode::Training);
    o.state = orderstate::fromName(q.value(3).toString()).value_or(OrderState::Draft);
    o.customerName = q.value(4).toString();
    o.customerPhone = q.value(5).toString();
    o.customerEmail = q.value(6).toString();
    o.currency = q.value(7).toString();
    o.totalMinor = q.value(8).toLongLong();
    o.notes = q.value(9).toString();
    o.staffId = q.value(10).toString();
    o.createdAt = timeFrom(q.value(11));
    o.updatedAt = timeFrom(q.value(12));
    o.version = q.value(13).toInt();
    return o;
}

PaymentAttempt attempt(const QSqlQuery &q)
{
    PaymentAttempt a;
    a.id = q.value(0).toLongLong();
    a.orderId = q.value(1).toLongLong();
    a.attemptNumber = q.value(2).toInt();
    a.paymentIntentId = q.value(3).toString();
    a.idempotencyKeyBase = q.value(4).toString();
    a.captureMethod = q.value(5).toString();
    a.status = q.value(6).toString();
    a.currency = q.value(7).toString();
    a.amountMinor = q.value(8).toLongLong();
    a.amountAuthorisedMinor = q.value(9).toLongLong();
    a.amountCapturedMinor = q.value(10).toLongLong();
    a.amountRefundedMinor = q.value(11).toLongLong();
    a.captureBefore = timeFrom(q.value(12));
    a.lastError = q.value(13).toString();
    a.createdAt = timeFrom(q.value(14));
    a.updatedAt = timeFrom(q.value(15));
    return a;
}

} // namespace holdfast::store::rows
