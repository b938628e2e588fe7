#include "store/refundlog.h"

#include "store/database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace holdfast::store {

Status RefundLog::record(const Refund &refund)
{
    if (refund.id.isEmpty() || refund.paymentIntent.isEmpty() || refund.status.isEmpty())
        return StoreError(StoreError::Kind::Invalid, QStringLiteral("refund without id, PaymentIntent or status"));
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO refunds (id, payment_intent_id, amount, currency, status, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET amount = excluded.amount, status = excluded.status, "
                       "updated_at = excluded.updated_at "
                       "WHERE refunds.status IN ('pending', 'requires_action') "
                       "OR (refunds.status = 'succeeded' AND excluded.status IN ('failed', 'canceled'))"),
        {refund.id, refund.paymentIntent, refund.amount, refund.currency, refund.status,
         m_db.now().toMSecsSinceEpoch()});
    if (!r)
        return r.error();
    (*r)->finish();
    return {};
}

Result<QString> RefundLog::statusOf(const QString &refundId)
{
    auto r = m_db.exec(QStringLiteral("SELECT status FROM refunds WHERE id = ?"), {refundId});
    if (!r)
        return r.error();
    const QString status = (*r)->next() ? (*r)->value(0).toString() : QString();
    (*r)->finish();
    return status;
}

Result<qint64> RefundLog::pendingFor(const QString &paymentIntentId)
{
    auto r = m_db.exec(QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM refunds "
                                      "WHERE payment_intent_id = ? AND status IN ('pending', 'requires_action')"),
                       {paymentIntentId});
    if (!r)
        return r.error();
    const qint64 pending = (*r)->next() ? (*r)->value(0).toLongLong() : 0;
    (*r)->finish();
    return pending;
}

} // namespace holdfast::store
