// OrderStore's list, count and search: the queries behind the Orders view, built to stay fast on a
// million orders (every filter and sort column is indexed; search is a range scan of order_search).
#include "store/orderstore.h"

#include "store/database.h"
#include "store/rows.h"
#include "store/searchterms.h"

#include <QSqlQuery>

namespace holdfast::store {

namespace {

QString sortExpression(OrderQuery::SortColumn column)
{
    using C = OrderQuery::SortColumn;
    switch (column) {
    case C::Number:
        return QStringLiteral("o.id"); // numbers are the id as text; the id sorts them numerically
    case C::Customer:
        return QStringLiteral("o.customer_name_fold");
    case C::Total:
        return QStringLiteral("o.total_minor");
    case C::State:
        return QStringLiteral("o.state");
    case C::Created:
        return QStringLiteral("o.created_at");
    case C::Updated:
        return QStringLiteral("o.updated_at");
    }
    return QStringLiteral("o.id");
}

// The WHERE clause and its arguments for everything but paging.
QString whereClause(const OrderQuery &query, QVariantList *args, bool sqlite)
{
    QStringList conditions;
    if (query.mode) {
        // Nine orders in ten share a mode: on SQLite, keep the planner from walking the (mode, state)
        // index and sorting most of the table instead of using the sort or search index.
        conditions.append(sqlite ? QStringLiteral("+o.mode = ?") : QStringLiteral("o.mode = ?"));
        args->append(mode::name(*query.mode));
    }
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (OrderState state : query.states) {
            marks.append(QStringLiteral("?"));
            args->append(orderstate::name(state));
        }
        conditions.append(QStringLiteral("o.state IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    }
    if (query.createdFrom.isValid()) {
        conditions.append(QStringLiteral("o.created_at >= ?"));
        args->append(query.createdFrom.toMSecsSinceEpoch());
    }
    if (query.createdTo.isValid()) {
        conditions.append(QStringLiteral("o.created_at < ?"));
        args->append(query.createdTo.toMSecsSinceEpoch());
    }
    const QStringList prefixes = searchterms::prefixesForQuery(query.search);
    if (!prefixes.isEmpty()) {
        QStringList ranges;
        for (const QString &prefix : prefixes) {
            ranges.append(QStringLiteral("(s.term >= ? AND s.term < ?)"));
            args->append(prefix);
            args->append(searchterms::upperBound(prefix));
        }
        conditions.append(QStringLiteral("o.id IN (SELECT s.order_id FROM order_search s WHERE ")
                          + ranges.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<QList<Order>> OrderStore::list(const OrderQuery &query)
{
    QVariantList args;
    const QString direction = query.sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // With a search, the few matching orders are best found through order_search and then sorted;
    // SQLite's planner may instead walk the whole sort index testing each row, which is slow for a
    // rare term. Its unary + on the sort key rules that plan out.
    const bool driveFromSearch = m_db.backend() == Database::Backend::Sqlite
                                 && !searchterms::prefixesForQuery(query.search).isEmpty();
    QString sql = QStringLiteral("SELECT ") + QString::fromUtf16(rows::orderColumns) + QStringLiteral(" FROM orders o")
                  + whereClause(query, &args, m_db.backend() == Database::Backend::Sqlite) + QStringLiteral(" ORDER BY ")
                  + (driveFromSearch ? QStringLiteral("+") : QString()) + sortExpression(query.sortColumn)
                  + direction;
    if (query.sortColumn != OrderQuery::SortColumn::Number)
        sql += QStringLiteral(", o.id") + direction; // a stable order across pages
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    args.append(qMax(0, query.limit));
    args.append(qMax(0, query.offset));
    auto r = m_db.exec(sql, args);
    if (!r)
        return r.error();
    QList<Order> orders;
    orders.reserve(query.limit);
    while ((*r)->next())
        orders.append(rows::order(**r));
    return orders;
}

Result<qint64> OrderStore::count(const OrderQuery &query)
{
    QVariantList args;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM orders o") + whereClause(query, &args, m_db.backend() == Database::Backend::Sqlite);
    auto r = m_db.exec(sql, args);
    if (!r)
        return r.error();
    const qint64 n = (*r)->next() ? (*r)->value(0).toLongLong() : 0;
    (*r)->finish();
    return n;
}

Result<QMap<OrderState, qint64>> OrderStore::countByState(std::optional<Mode> mode)
{
    QVariantList args;
    QString sql = QStringLiteral("SELECT o.state, COUNT(*) FROM orders o");
    if (mode) {
        sql += QStringLiteral(" WHERE o.mode = ?");
        args.append(mode::name(*mode));
    }
    sql += QStringLiteral(" GROUP BY o.state");
    auto r = m_db.exec(sql, args);
    if (!r)
        return r.error();
    QMap<OrderState, qint64> counts;
    while ((*r)->next()) {
        if (const auto state = orderstate::fromName((*r)->value(0).toString()))
            counts.insert(*state, (*r)->value(1).toLongLong());
    }
    return counts;
}

Result<QList<HeldAuthorisation>> OrderStore::heldAuthorisations(std::optional<Mode> mode)
{
    constexpr qint64 sevenDaysMs = 7LL * 24 * 60 * 60 * 1000;
    QStringList attemptColumns;
    for (const QString &column : QString::fromUtf16(rows::attemptColumns).split(QStringLiteral(", ")))
        attemptColumns.append(QStringLiteral("a.") + column);
    QVariantList args{orderstate::name(OrderState::Authorised)};
    QString sql = QStringLiteral("SELECT ") + QString::fromUtf16(rows::orderColumns) + QStringLiteral(", ")
                  + attemptColumns.join(QStringLiteral(", "))
                  + QStringLiteral(", COALESCE(a.capture_before, a.created_at + %1, o.created_at + %1) AS deadline "
                                   "FROM orders o LEFT JOIN payment_attempts a ON a.id = "
                                   "(SELECT MAX(id) FROM payment_attempts WHERE order_id = o.id) WHERE o.state = ?")
                        .arg(sevenDaysMs);
    if (mode) {
        sql += QStringLiteral(" AND o.mode = ?");
        args.append(mode::name(*mode));
    }
    sql += QStringLiteral(" ORDER BY deadline, o.id");
    auto r = m_db.exec(sql, args);
    if (!r)
        return r.error();
    constexpr int orderColumnCount = 14;
    constexpr int attemptColumnCount = 16;
    QList<HeldAuthorisation> held;
    while ((*r)->next()) {
        HeldAuthorisation h;
        h.order = rows::order(**r);
        if (!(*r)->value(orderColumnCount).isNull())
            h.attempt = rows::attempt(**r, orderColumnCount);
        h.captureDeadline = rows::timeFrom((*r)->value(orderColumnCount + attemptColumnCount));
        held.append(h);
    }
    return held;
}

} // namespace holdfast::store
