#include "store/orderstore.h"

#include "domain/currency.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/rows.h"
#include "store/searchterms.h"

#include <QSqlQuery>
#include <QUuid>

namespace holdfast::store {

namespace {

StoreError invalid(const QString &why)
{
    return StoreError(StoreError::Kind::Invalid, why);
}

QString selectOrders()
{
    return QStringLiteral("SELECT ") + QString::fromUtf16(rows::orderColumns) + QStringLiteral(" FROM orders o ");
}

} // namespace

Result<Order> OrderStore::create(const Order &input, const QString &actor)
{
    if (input.state != OrderState::Draft && input.state != OrderState::AwaitingPayment)
        return invalid(QStringLiteral("a new order starts as draft or awaiting_payment"));
    if (!currency::isKnown(input.currency))
        return invalid(QStringLiteral("unknown currency '%1'").arg(input.currency));
    Order order = input;
    order.currency = input.currency.toLower();
    if (!order.lines.isEmpty()) {
        const auto sum = order.linesTotalMinor();
        if (!sum)
            return invalid(QStringLiteral("order lines overflow or are negative"));
        order.totalMinor = *sum;
    }
    if (order.totalMinor < 0)
        return invalid(QStringLiteral("negative total"));
    const QDateTime now = m_db.now();
    order.createdAt = order.updatedAt = now;
    order.version = 1;

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    // The number comes from the id, which only exists after the insert; a placeholder keeps the
    // UNIQUE column satisfied for that instant.
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO orders (number, mode, state, customer_name, customer_name_fold, customer_phone, "
                       "customer_email, currency, total_minor, notes, staff_id, created_at, updated_at, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), mode::name(order.mode), orderstate::name(order.state),
         order.customerName, searchterms::fold(order.customerName), order.customerPhone, order.customerEmail,
         order.currency, order.totalMinor, order.notes, order.staffId, now.toMSecsSinceEpoch(),
         now.toMSecsSinceEpoch()});
    if (!inserted)
        return inserted.error();
    if (!(*inserted)->next())
        return StoreError(StoreError::Kind::Internal, QStringLiteral("INSERT … RETURNING gave no id"));
    order.id = (*inserted)->value(0).toLongLong();
    (*inserted)->finish();
    order.number = QString::number(order.id);
    if (auto r = m_db.exec(QStringLiteral("UPDATE orders SET number = ? WHERE id = ?"), {order.number, order.id}); !r)
        return r.error();
    if (Status s = writeLines(order.id, order.lines); !s)
        return s.error();
    if (Status s = writeSearchTerms(order, false); !s)
        return s.error();
    AuditEntry audit;
    audit.at = now;
    audit.actor = actor;
    audit.action = QStringLiteral("order.created");
    audit.orderId = order.id;
    audit.amountMinor = order.totalMinor;
    audit.currency = order.currency;
    audit.outcome = orderstate::name(order.state);
    if (auto r = AuditLog(m_db).append(audit); !r)
        return r.error();
    if (Status s = m_db.notifyOrdersChanged(order.id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return order;
}

Status OrderStore::writeLines(qint64 orderId, const QList<OrderLine> &lines)
{
    for (int i = 0; i < lines.size(); ++i) {
        const OrderLine &line = lines.at(i);
        auto r = m_db.exec(QStringLiteral("INSERT INTO order_lines (order_id, position, description, quantity, "
                                          "unit_price_minor) VALUES (?, ?, ?, ?, ?)"),
                           {orderId, i, line.description, line.quantity, line.unitPriceMinor});
        if (!r)
            return r.error();
    }
    return {};
}

Status OrderStore::writeSearchTerms(const Order &order, bool replace)
{
    if (replace) {
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM order_search WHERE order_id = ?"), {order.id}); !r)
            return r.error();
        auto r = m_db.exec(QStringLiteral("INSERT INTO order_search (term, order_id) SELECT lower(payment_intent_id), "
                                          "order_id FROM payment_attempts WHERE order_id = ? AND payment_intent_id "
                                          "IS NOT NULL ON CONFLICT DO NOTHING"),
                           {order.id});
        if (!r)
            return r.error();
    }
    // One statement for all terms: on PostgreSQL every statement is a round trip.
    const QStringList terms = searchterms::forOrder(order);
    if (terms.isEmpty())
        return {};
    QStringList values;
    QVariantList args;
    for (const QString &term : terms) {
        values.append(QStringLiteral("(?, ?)"));
        args << term << order.id;
    }
    return m_db.exec(QStringLiteral("INSERT INTO order_search (term, order_id) VALUES ") + values.join(QLatin1Char(','))
                         + QStringLiteral(" ON CONFLICT DO NOTHING"),
                     args);
}

Result<QList<OrderLine>> OrderStore::lines(qint64 orderId)
{
    auto r = m_db.exec(QStringLiteral("SELECT description, quantity, unit_price_minor FROM order_lines "
                                      "WHERE order_id = ? ORDER BY position"),
                       {orderId});
    if (!r)
        return r.error();
    QList<OrderLine> result;
    while ((*r)->next())
        result.append({(*r)->value(0).toString(), (*r)->value(1).toLongLong(), (*r)->value(2).toLongLong()});
    return result;
}

Result<Order> OrderStore::findOne(const QString &where, const QVariant &value)
{
    auto r = m_db.exec(selectOrders() + where, {value});
    if (!r)
        return r.error();
    if (!(*r)->next())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("no order where %1 = %2").arg(where, value.toString()));
    Order order = rows::order(**r);
    (*r)->finish();
    auto orderLines = lines(order.id);
    if (!orderLines)
        return orderLines.error();
    order.lines = *orderLines;
    return order;
}

Result<Order> OrderStore::get(qint64 id)
{
    return findOne(QStringLiteral("WHERE o.id = ?"), id);
}

Result<Order> OrderStore::findByNumber(const QString &number)
{
    return findOne(QStringLiteral("WHERE o.number = ?"), number.trimmed());
}

Result<Order> OrderStore::findByPaymentIntent(const QString &paymentIntentId)
{
    return findOne(QStringLiteral("WHERE o.id = (SELECT order_id FROM payment_attempts WHERE payment_intent_id = ?)"),
                   paymentIntentId);
}

Result<Order> OrderStore::updateDetails(const Order &changed, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto current = get(changed.id);
    if (!current)
        return current.error();
    if (current->version != changed.version)
        return StoreError(StoreError::Kind::Conflict, QStringLiteral("order %1 is at version %2, caller had %3")
                                                          .arg(changed.id)
                                                          .arg(current->version)
                                                          .arg(changed.version));
    const OrderState state = current->state;
    if (state != OrderState::Draft && state != OrderState::AwaitingPayment && state != OrderState::PaymentFailed)
        return StoreError(StoreError::Kind::IllegalTransition,
                          QStringLiteral("order %1 is %2; its details are fixed").arg(changed.id).arg(orderstate::name(state)));
    Order order = *current;
    order.customerName = changed.customerName;
    order.customerPhone = changed.customerPhone;
    order.customerEmail = changed.customerEmail;
    order.notes = changed.notes;
    order.lines = changed.lines;
    order.totalMinor = changed.lines.isEmpty() ? changed.totalMinor : order.linesTotalMinor().value_or(-1);
    if (order.totalMinor < 0)
        return invalid(QStringLiteral("order lines overflow or are negative"));
    order.updatedAt = m_db.now();
    order.version = current->version + 1;
    auto r = m_db.exec(QStringLiteral("UPDATE orders SET customer_name = ?, customer_name_fold = ?, customer_phone = ?, "
                                      "customer_email = ?, notes = ?, total_minor = ?, updated_at = ?, "
                                      "version = version + 1 WHERE id = ? AND version = ?"),
                       {order.customerName, searchterms::fold(order.customerName), order.customerPhone,
                        order.customerEmail, order.notes, order.totalMinor, order.updatedAt.toMSecsSinceEpoch(),
                        order.id, changed.version});
    if (!r)
        return r.error();
    if ((*r)->numRowsAffected() != 1)
        return StoreError(StoreError::Kind::Conflict, QStringLiteral("order %1 changed concurrently").arg(order.id));
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"), {order.id}); !d)
        return d.error();
    if (Status s = writeLines(order.id, order.lines); !s)
        return s.error();
    if (Status s = writeSearchTerms(order, true); !s)
        return s.error();
    AuditEntry audit;
    audit.actor = actor;
    audit.action = QStringLiteral("order.edited");
    audit.orderId = order.id;
    audit.amountMinor = order.totalMinor;
    audit.currency = order.currency;
    audit.outcome = QStringLiteral("ok");
    if (auto a = AuditLog(m_db).append(audit); !a)
        return a.error();
    if (Status s = m_db.notifyOrdersChanged(order.id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return order;
}

Result<Order> OrderStore::transition(qint64 id, int expectedVersion, OrderState to, const AuditEntry &audit)
{
    return move(id, expectedVersion, to, audit, false);
}

Result<Order> OrderStore::reverseRefund(qint64 id, OrderState to, const AuditEntry &audit)
{
    return move(id, AnyVersion, to, audit, true);
}

Result<Order> OrderStore::move(qint64 id, int expectedVersion, OrderState to, const AuditEntry &auditIn, bool refundReversal)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto current = m_db.exec(QStringLiteral("SELECT state, version FROM orders WHERE id = ?"), {id});
    if (!current)
        return current.error();
    if (!(*current)->next())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("no order %1").arg(id));
    const QString fromName = (*current)->value(0).toString();
    const auto from = orderstate::fromName(fromName);
    const int version = (*current)->value(1).toInt();
    (*current)->finish();
    if (expectedVersion != AnyVersion && version != expectedVersion)
        return StoreError(StoreError::Kind::Conflict,
                          QStringLiteral("order %1 is at version %2, caller had %3").arg(id).arg(version).arg(expectedVersion));
    const bool allowed = from && (refundReversal ? orderstate::isRefundReversal(*from, to) : orderstate::canTransition(*from, to));
    if (!allowed)
        return StoreError(StoreError::Kind::IllegalTransition,
                          QStringLiteral("order %1: %2 → %3")
                              .arg(id)
                              .arg(fromName, orderstate::name(to)));
    const QDateTime now = m_db.now();
    // The version in the WHERE clause is what makes a concurrent writer lose cleanly: on
    // PostgreSQL the second UPDATE waits for the first to commit, then matches no row.
    auto updated = m_db.exec(QStringLiteral("UPDATE orders SET state = ?, updated_at = ?, version = version + 1 "
                                            "WHERE id = ? AND version = ?"),
                             {orderstate::name(to), now.toMSecsSinceEpoch(), id, version});
    if (!updated)
        return updated.error();
    if ((*updated)->numRowsAffected() != 1)
        return StoreError(StoreError::Kind::Conflict, QStringLiteral("order %1 changed concurrently").arg(id));
    AuditEntry audit = auditIn;
    audit.at = now;
    audit.orderId = id;
    if (audit.action.isEmpty())
        audit.action = QStringLiteral("order.transition");
    const QString move = orderstate::name(*from) + QStringLiteral(" → ") + orderstate::name(to);
    audit.detail = audit.detail.isEmpty() ? move : move + QStringLiteral("; ") + audit.detail;
    if (audit.outcome.isEmpty())
        audit.outcome = QStringLiteral("ok");
    if (auto a = AuditLog(m_db).append(audit); !a)
        return a.error();
    if (Status s = m_db.notifyOrdersChanged(id); !s)
        return s.error();
    auto order = get(id);
    if (!order)
        return order.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return order;
}

} // namespace holdfast::store
