// Reading the store's rows into domain values; private to the store.
#pragma once

#include "domain/order.h"

#include <QSqlQuery>
#include <QVariant>

namespace holdfast::store::rows {

inline constexpr char16_t orderColumns[] =
    u"o.id, o.number, o.mode, o.state, o.customer_name, o.customer_phone, o.customer_email, o.currency, "
    u"o.total_minor, o.notes, o.staff_id, o.created_at, o.updated_at, o.version";

inline constexpr char16_t attemptColumns[] =
    u"id, order_id, attempt_number, payment_intent_id, idempotency_key_base, capture_method, status, "
    u"currency, amount_minor, amount_authorised_minor, amount_captured_minor, amount_refunded_minor, "
    u"capture_before, last_error, created_at, updated_at";

inline QDateTime timeFrom(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

inline QVariant timeTo(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

Order order(const QSqlQuery &q);
// Reads attemptColumns starting at column `first`.
PaymentAttempt attempt(const QSqlQuery &q, int first = 0);

} // namespace holdfast::store::rows
