#include "store/operationsjournal.h"

#include "store/database.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace holdfast::store {

namespace {

std::optional<Operation::State> stateFromName(const QString &name)
{
    for (Operation::State s : {Operation::State::Sent, Operation::State::Done, Operation::State::Failed,
                               Operation::State::Unknown})
        if (Operation::stateName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace

QString Operation::stateName(State state)
{
    switch (state) {
    case State::Sent:
        return QStringLiteral("sent");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

Result<std::optional<Operation>> OperationsJournal::find(const QString &idempotencyKey)
{
    auto r = m_db.exec(QStringLiteral("SELECT order_id, kind, amount_minor, state, stripe_request_id, staff_id, "
                                      "created_at, updated_at FROM operations WHERE idempotency_key = ?"),
                       {idempotencyKey});
    if (!r)
        return r.error();
    QSqlQuery *q = *r;
    if (!q->next())
        return std::optional<Operation>{};
    Operation op;
    op.idempotencyKey = idempotencyKey;
    op.orderId = q->value(0).toLongLong();
    op.kind = q->value(1).toString();
    if (!q->value(2).isNull())
        op.amountMinor = q->value(2).toLongLong();
    op.state = stateFromName(q->value(3).toString()).value_or(Operation::State::Unknown);
    op.stripeRequestId = q->value(4).toString();
    op.staffId = q->value(5).toString();
    op.createdAt = QDateTime::fromMSecsSinceEpoch(q->value(6).toLongLong(), QTimeZone::utc());
    op.updatedAt = QDateTime::fromMSecsSinceEpoch(q->value(7).toLongLong(), QTimeZone::utc());
    q->finish();
    return std::optional<Operation>(op);
}

Status OperationsJournal::sent(const Operation &operation, std::optional<Operation> *before)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const auto existing = find(operation.idempotencyKey);
    if (!existing)
        return existing.error();
    if (before)
        *before = *existing;
    const qint64 now = m_db.now().toMSecsSinceEpoch();
    auto r = existing->has_value()
                 ? m_db.exec(QStringLiteral("UPDATE operations SET state = 'sent', updated_at = ? WHERE idempotency_key = ?"),
                             {now, operation.idempotencyKey})
                 : m_db.exec(QStringLiteral("INSERT INTO operations (idempotency_key, order_id, kind, amount_minor, state, "
                                            "staff_id, created_at, updated_at) VALUES (?, ?, ?, ?, 'sent', ?, ?, ?)"),
                             {operation.idempotencyKey, operation.orderId, operation.kind,
                              operation.amountMinor ? QVariant(*operation.amountMinor) : QVariant(QMetaType(QMetaType::LongLong)),
                              operation.staffId, now, now});
    if (!r)
        return r.error();
    (*r)->finish();
    return tx.commit();
}

Status OperationsJournal::finish(const QString &idempotencyKey, Operation::State state, const QString &stripeRequestId)
{
    auto r = m_db.exec(QStringLiteral("UPDATE operations SET state = ?, stripe_request_id = CASE WHEN ? = '' THEN "
                                      "stripe_request_id ELSE ? END, updated_at = ? WHERE idempotency_key = ?"),
                       {Operation::stateName(state), stripeRequestId, stripeRequestId, m_db.now().toMSecsSinceEpoch(),
                        idempotencyKey});
    if (!r)
        return r.error();
    const bool found = (*r)->numRowsAffected() == 1;
    (*r)->finish();
    if (!found)
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("no operation with key %1").arg(idempotencyKey));
    return {};
}

Result<int> OperationsJournal::count(qint64 orderId, const QString &kind, std::optional<Operation::State> state)
{
    auto r = state ? m_db.exec(QStringLiteral("SELECT COUNT(*) FROM operations WHERE order_id = ? AND kind = ? AND state = ?"),
                               {orderId, kind, Operation::stateName(*state)})
                   : m_db.exec(QStringLiteral("SELECT COUNT(*) FROM operations WHERE order_id = ? AND kind = ?"), {orderId, kind});
    if (!r)
        return r.error();
    const int n = (*r)->next() ? (*r)->value(0).toInt() : 0;
    (*r)->finish();
    return n;
}

} // namespace holdfast::store
