#include "store/paymentattempts.h"

#include "store/database.h"
#include "store/keyvalues.h"
#include "store/rows.h"
#include "store/searchterms.h"

#include <QSqlQuery>

namespace holdfast::store {

namespace {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Result<PaymentAttempt> PaymentAttempts::add(const PaymentAttempt &input)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    PaymentAttempt attempt = input;
    auto next = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(attempt_number), 0) + 1, "
                                         "(SELECT currency FROM orders WHERE id = ?) "
                                         "FROM payment_attempts WHERE order_id = ?"),
                          {attempt.orderId, attempt.orderId});
    if (!next)
        return next.error();
    (*next)->next();
    attempt.attemptNumber = (*next)->value(0).toInt();
    const QVariant orderCurrency = (*next)->value(1);
    (*next)->finish();
    if (orderCurrency.isNull())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("no order %1").arg(attempt.orderId));
    if (attempt.currency.isEmpty())
        attempt.currency = orderCurrency.toString();
    if (attempt.idempotencyKeyBase.isEmpty()) {
        // The database id keeps two installations (or a restored backup's successor) from ever
        // sending Stripe the same key for different orders.
        auto databaseId = Settings(m_db).value(QStringLiteral("database_id"));
        if (!databaseId)
            return databaseId.error();
        attempt.idempotencyKeyBase = QStringLiteral("holdfast-%1-o%2-a%3")
                                         .arg(*databaseId)
                                         .arg(attempt.orderId)
                                         .arg(attempt.attemptNumber);
    }
    attempt.createdAt = attempt.updatedAt = m_db.now();
    auto r = m_db.exec(QStringLiteral("INSERT INTO payment_attempts (order_id, attempt_number, payment_intent_id, "
                                      "idempotency_key_base, capture_method, status, currency, amount_minor, "
                                      "amount_authorised_minor, amount_captured_minor, amount_refunded_minor, "
                                      "capture_before, last_error, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {attempt.orderId, attempt.attemptNumber, nullableText(attempt.paymentIntentId),
                        attempt.idempotencyKeyBase, attempt.captureMethod, attempt.status, attempt.currency,
                        attempt.amountMinor, attempt.amountAuthorisedMinor, attempt.amountCapturedMinor,
                        attempt.amountRefundedMinor, rows::timeTo(attempt.captureBefore), attempt.lastError,
                        attempt.createdAt.toMSecsSinceEpoch(), attempt.updatedAt.toMSecsSinceEpoch()});
    if (!r)
        return r.error();
    (*r)->next();
    attempt.id = (*r)->value(0).toLongLong();
    (*r)->finish();
    if (!attempt.paymentIntentId.isEmpty()) {
        auto s = m_db.exec(QStringLiteral("INSERT INTO order_search (term, order_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                           {searchterms::forPaymentIntent(attempt.paymentIntentId), attempt.orderId});
        if (!s)
            return s.error();
    }
    if (Status s = m_db.notifyOrdersChanged(attempt.orderId); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return attempt;
}

Result<PaymentAttempt> PaymentAttempts::update(const PaymentAttempt &attempt)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QDateTime now = m_db.now();
    auto r = m_db.exec(QStringLiteral("UPDATE payment_attempts SET payment_intent_id = ?, capture_method = ?, status = ?, "
                                      "amount_minor = ?, amount_authorised_minor = ?, amount_captured_minor = ?, "
                                      "amount_refunded_minor = ?, capture_before = ?, last_error = ?, updated_at = ? "
                                      "WHERE id = ?"),
                       {nullableText(attempt.paymentIntentId), attempt.captureMethod, attempt.status,
                        attempt.amountMinor, attempt.amountAuthorisedMinor, attempt.amountCapturedMinor,
                        attempt.amountRefundedMinor, rows::timeTo(attempt.captureBefore), attempt.lastError,
                        now.toMSecsSinceEpoch(), attempt.id});
    if (!r)
        return r.error();
    if ((*r)->numRowsAffected() != 1)
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("no payment attempt %1").arg(attempt.id));
    auto stored = get(attempt.id);
    if (!stored)
        return stored.error();
    if (!stored->paymentIntentId.isEmpty()) {
        auto s = m_db.exec(QStringLiteral("INSERT INTO order_search (term, order_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                           {searchterms::forPaymentIntent(stored->paymentIntentId), stored->orderId});
        if (!s)
            return s.error();
    }
    if (Status s = m_db.notifyOrdersChanged(stored->orderId); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<PaymentAttempt> PaymentAttempts::findOne(const QString &where, const QVariant &value)
{
    auto r = m_db.exec(QStringLiteral("SELECT ") + QString::fromUtf16(rows::attemptColumns)
                           + QStringLiteral(" FROM payment_attempts ") + where,
                       {value});
    if (!r)
        return r.error();
    if (!(*r)->next())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("no payment attempt %1").arg(value.toString()));
    PaymentAttempt attempt = rows::attempt(**r);
    (*r)->finish();
    return attempt;
}

Result<PaymentAttempt> PaymentAttempts::get(qint64 id)
{
    return findOne(QStringLiteral("WHERE id = ?"), id);
}

Result<PaymentAttempt> PaymentAttempts::findByPaymentIntent(const QString &paymentIntentId)
{
    return findOne(QStringLiteral("WHERE payment_intent_id = ?"), paymentIntentId);
}

Result<QList<PaymentAttempt>> PaymentAttempts::forOrder(qint64 orderId)
{
    auto r = m_db.exec(QStringLiteral("SELECT ") + QString::fromUtf16(rows::attemptColumns)
                           + QStringLiteral(" FROM payment_attempts WHERE order_id = ? ORDER BY attempt_number"),
                       {orderId});
    if (!r)
        return r.error();
    QList<PaymentAttempt> attempts;
    while ((*r)->next())
        attempts.append(rows::attempt(**r));
    return attempts;
}

} // namespace holdfast::store
