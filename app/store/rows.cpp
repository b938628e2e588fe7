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

PaymentAttempt attempt(const QSqlQuery &q, int first)
{
    auto v = [&q, first](int i) { return q.value(first + i); };
    PaymentAttempt a;
    a.id = v(0).toLongLong();
    a.orderId = v(1).toLongLong();
    a.attemptNumber = v(2).toInt();
    a.paymentIntentId = v(3).toString();
    a.idempotencyKeyBase = v(4).toString();
    a.captureMethod = v(5).toString();
    a.status = v(6).toString();
    a.currency = v(7).toString();
    a.amountMinor = v(8).toLongLong();
    a.amountAuthorisedMinor = v(9).toLongLong();
    a.amountCapturedMinor = v(10).toLongLong();
    a.amountRefundedMinor = v(11).toLongLong();
    a.captureBefore = timeFrom(v(12));
    a.lastError = v(13).toString();
    a.createdAt = timeFrom(v(14));
    a.updatedAt = timeFrom(v(15));
    return a;
}

} // namespace holdfast::store::rows
