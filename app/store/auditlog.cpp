#include "store/auditlog.h"

#include "store/database.h"
#include "store/rows.h"

#include <QSqlQuery>

namespace holdfast::store {

namespace {

constexpr char16_t columns[] =
    u"id, at, actor, approved_by, action, order_id, amount_minor, currency, reason, outcome, detail";

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = rows::timeFrom(q.value(1));
    e.actor = q.value(2).toString();
    e.approvedBy = q.value(3).toString();
    e.action = q.value(4).toString();
    e.orderId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    if (!q.value(6).isNull())
        e.amountMinor = q.value(6).toLongLong();
    e.currency = q.value(7).toString();
    e.reason = q.value(8).toString();
    e.outcome = q.value(9).toString();
    e.detail = q.value(10).toString();
    return e;
}

Result<QList<AuditEntry>> collect(Result<QSqlQuery *> r)
{
    if (!r)
        return r.error();
    QList<AuditEntry> entries;
    while ((*r)->next())
        entries.append(entryFrom(**r));
    return entries;
}

} // namespace

Result<AuditEntry> AuditLog::append(const AuditEntry &entry)
{
    if (entry.actor.isEmpty() || entry.action.isEmpty())
        return StoreError(StoreError::Kind::Invalid, QStringLiteral("audit entry needs an actor and an action"));
    AuditEntry stored = entry;
    if (!stored.at.isValid())
        stored.at = m_db.now();
    const QVariant nullId(QMetaType::fromType<qlonglong>());
    auto r = m_db.exec(QStringLiteral("INSERT INTO audit_log (at, actor, approved_by, action, order_id, amount_minor, "
                                      "currency, reason, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                      "RETURNING id"),
                       {stored.at.toMSecsSinceEpoch(), stored.actor, stored.approvedBy, stored.action,
                        stored.orderId > 0 ? QVariant(stored.orderId) : nullId,
                        stored.amountMinor ? QVariant(*stored.amountMinor) : nullId, stored.currency,
                        stored.reason, stored.outcome, stored.detail});
    if (!r)
        return r.error();
    if ((*r)->next())
        stored.id = (*r)->value(0).toLongLong();
    (*r)->finish();
    return stored;
}

Result<QList<AuditEntry>> AuditLog::forOrder(qint64 orderId)
{
    return collect(m_db.exec(QStringLiteral("SELECT ") + QString::fromUtf16(columns)
                                 + QStringLiteral(" FROM audit_log WHERE order_id = ? ORDER BY at, id"),
                             {orderId}));
}

Result<QList<AuditEntry>> AuditLog::recent(int limit)
{
    return collect(m_db.exec(QStringLiteral("SELECT ") + QString::fromUtf16(columns)
                                 + QStringLiteral(" FROM audit_log ORDER BY id DESC LIMIT ?"),
                             {limit}));
}

} // namespace holdfast::store
