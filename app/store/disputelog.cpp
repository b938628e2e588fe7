#include "store/disputelog.h"

#include "store/database.h"

#include <QSqlQuery>

namespace holdfast::store {

namespace {

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// The columns rows() reads, in its order.
constexpr char16_t selectRows[] =
    u"SELECT d.id, d.payment_intent_id, d.charge_id, d.amount, d.currency, d.reason, d.status, d.evidence_due_by, "
    u"d.created_at, d.opened_at, d.closed_at, o.id, o.number, o.customer_name "
    u"FROM disputes d JOIN payment_attempts a ON a.payment_intent_id = d.payment_intent_id "
    u"JOIN orders o ON o.id = a.order_id";

} // namespace

Result<bool> DisputeLog::record(const Dispute &dispute, QString *previous)
{
    if (dispute.id.isEmpty() || dispute.paymentIntent.isEmpty() || dispute.status.isEmpty())
        return StoreError(StoreError::Kind::Invalid, QStringLiteral("dispute without id, PaymentIntent or status"));
    auto found = m_db.exec(QStringLiteral("SELECT status FROM disputes WHERE id = ?"), {dispute.id});
    if (!found)
        return found.error();
    const bool known = (*found)->next();
    const QString before = known ? (*found)->value(0).toString() : QString();
    (*found)->finish();
    if (previous)
        *previous = before;
    const qint64 now = m_db.now().toMSecsSinceEpoch();
    const QVariant closedAt = Dispute::isClosedStatus(dispute.status) ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong));
    if (!known) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO disputes (id, payment_intent_id, charge_id, amount, currency, "
                                          "reason, status, evidence_due_by, created_at, opened_at, closed_at, updated_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {dispute.id, dispute.paymentIntent, dispute.charge, dispute.amount, dispute.currency,
                            dispute.reason, dispute.status, msOrNull(dispute.evidenceDueBy),
                            dispute.created.isValid() ? dispute.created.toMSecsSinceEpoch() : now, now, closedAt, now});
        if (!r)
            return r.error();
        (*r)->finish();
        return true;
    }
    // Behind what is recorded, or a closed dispute: nothing to change. A report level with it is
    // written (the bank may move the deadline) but is no step of its own.
    if (Dispute::isClosedStatus(before) || Dispute::rank(dispute.status) < Dispute::rank(before))
        return false;
    auto r = m_db.exec(QStringLiteral("UPDATE disputes SET amount = ?, reason = ?, status = ?, evidence_due_by = ?, "
                                      "closed_at = ?, updated_at = ? WHERE id = ?"),
                       {dispute.amount, dispute.reason, dispute.status, msOrNull(dispute.evidenceDueBy), closedAt, now,
                        dispute.id});
    if (!r)
        return r.error();
    (*r)->finish();
    return dispute.status != before;
}

Result<QList<DisputeRow>> DisputeLog::rows(const QString &where, const QVariantList &args, const QString &tail)
{
    auto r = m_db.exec(QString::fromUtf16(selectRows) + where + tail, args);
    if (!r)
        return r.error();
    QList<DisputeRow> list;
    QSqlQuery &q = **r;
    while (q.next()) {
        DisputeRow row;
        row.dispute.id = q.value(0).toString();
        row.dispute.paymentIntent = q.value(1).toString();
        row.dispute.charge = q.value(2).toString();
        row.dispute.amount = q.value(3).toLongLong();
        row.dispute.currency = q.value(4).toString();
        row.dispute.reason = q.value(5).toString();
        row.dispute.status = q.value(6).toString();
        row.dispute.evidenceDueBy = fromMs(q.value(7));
        row.dispute.created = fromMs(q.value(8));
        row.openedAt = fromMs(q.value(9));
        row.closedAt = fromMs(q.value(10));
        row.orderId = q.value(11).toLongLong();
        row.orderNumber = q.value(12).toString();
        row.customerName = q.value(13).toString();
        list.append(row);
    }
    q.finish();
    return list;
}

Result<QHash<qint64, Dispute>> DisputeLog::latestForOrders(const QList<qint64> &orderIds)
{
    QHash<qint64, Dispute> latest;
    if (orderIds.isEmpty())
        return latest;
    QStringList marks;
    QVariantList args;
    for (qint64 id : orderIds) {
        marks.append(QStringLiteral("?"));
        args.append(id);
    }
    const auto found = rows(QStringLiteral(" WHERE o.id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'), args,
                            QStringLiteral(" ORDER BY d.created_at, d.id"));
    if (!found)
        return found.error();
    for (const DisputeRow &row : *found)
        latest.insert(row.orderId, row.dispute); // the newest comes last and wins
    return latest;
}

Result<QList<DisputeRow>> DisputeLog::forOrder(qint64 orderId)
{
    return rows(QStringLiteral(" WHERE o.id = ?"), {orderId}, QStringLiteral(" ORDER BY d.created_at, d.id"));
}

Result<QList<DisputeRow>> DisputeLog::list(std::optional<Mode> mode, int limit)
{
    QVariantList args;
    QString where;
    if (mode) {
        where = QStringLiteral(" WHERE o.mode = ?");
        args.append(mode::name(*mode));
    }
    args.append(qMax(0, limit));
    return rows(where, args,
                QStringLiteral(" ORDER BY CASE WHEN d.closed_at IS NULL THEN 0 ELSE 1 END, "
                               "CASE WHEN d.closed_at IS NULL AND d.evidence_due_by IS NOT NULL THEN 0 ELSE 1 END, "
                               "d.evidence_due_by, d.closed_at DESC, d.id LIMIT ?"));
}

Result<int> DisputeLog::needingResponse(std::optional<Mode> mode)
{
    QVariantList args;
    QString sql = QStringLiteral("SELECT COUNT(*) FROM disputes d JOIN payment_attempts a ON a.payment_intent_id = "
                                 "d.payment_intent_id JOIN orders o ON o.id = a.order_id WHERE d.closed_at IS NULL "
                                 "AND d.status IN ('needs_response', 'warning_needs_response')");
    if (mode) {
        sql += QStringLiteral(" AND o.mode = ?");
        args.append(mode::name(*mode));
    }
    auto r = m_db.exec(sql, args);
    if (!r)
        return r.error();
    const int n = (*r)->next() ? (*r)->value(0).toInt() : 0;
    (*r)->finish();
    return n;
}

Result<QHash<QString, DisputeTotals>> DisputeLog::totals(const QDateTime &from, const QDateTime &to,
                                                        std::optional<Mode> mode)
{
    QHash<QString, DisputeTotals> totals;
    const qint64 lo = from.toMSecsSinceEpoch();
    const qint64 hi = to.toMSecsSinceEpoch();
    QString modeCondition;
    QVariantList modeArgs;
    if (mode) {
        modeCondition = QStringLiteral(" AND o.mode = ?");
        modeArgs.append(mode::name(*mode));
    }
    const QString base = QStringLiteral(" FROM disputes d JOIN payment_attempts a ON a.payment_intent_id = "
                                        "d.payment_intent_id JOIN orders o ON o.id = a.order_id WHERE ");
    // Per currency: how many and how much. An inquiry moves no money: it counts as opened, never as lost.
    const auto sum = [&](const QString &condition, auto &&add) -> Status {
        auto r = m_db.exec(QStringLiteral("SELECT d.currency, COUNT(*), COALESCE(SUM(d.amount), 0)") + base + condition
                               + modeCondition + QStringLiteral(" GROUP BY d.currency"),
                           QVariantList{lo, hi} + modeArgs);
        if (!r)
            return r.error();
        while ((*r)->next())
            add(totals[(*r)->value(0).toString()], (*r)->value(1).toInt(), (*r)->value(2).toLongLong());
        (*r)->finish();
        return {};
    };
    if (auto s = sum(QStringLiteral("d.created_at >= ? AND d.created_at < ?"),
                     [](DisputeTotals &t, int n, qint64 minor) {
                         t.opened = n;
                         t.openedMinor = minor;
                     });
        !s)
        return s.error();
    if (auto s = sum(QStringLiteral("d.status = 'lost' AND d.closed_at >= ? AND d.closed_at < ?"),
                     [](DisputeTotals &t, int n, qint64 minor) {
                         t.lost = n;
                         t.lostMinor = minor;
                     });
        !s)
        return s.error();
    return totals;
}

} // namespace holdfast::store
