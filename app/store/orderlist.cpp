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

// The search condition over order_search. A narrow search (few matches) collects the matching ids
// first; a broad one is checked order by order while the sort index is walked, so a page costs a
// few hundred probes instead of sorting every match.
QString termRanges(const QStringList &prefixes, QVariantList *args)
{
    QStringList ranges;
    for (const QString &prefix : prefixes) {
        ranges.append(QStringLiteral("(s.term >= ? AND s.term < ?)"));
        args->append(prefix);
        args->append(searchterms::upperBound(prefix));
    }
    return ranges.join(QStringLiteral(" OR "));
}

QString searchCondition(const QStringList &prefixes, QVariantList *args, bool broad)
{
    const QString anyRange = termRanges(prefixes, args);
    if (broad)
        return QStringLiteral("EXISTS (SELECT 1 FROM order_search s WHERE s.order_id = o.id AND (") + anyRange
               + QStringLiteral("))");
    return QStringLiteral("o.id IN (SELECT s.order_id FROM order_search s WHERE ") + anyRange + QLatin1Char(')');
}

// The WHERE clause and its arguments for everything but paging.
QString whereClause(const OrderQuery &query, QVariantList *args, bool sqlite, bool broadSearch = false)
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
    if (query.refundFailed)
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM payment_attempts fa JOIN refunds fr "
                                         "ON fr.payment_intent_id = fa.payment_intent_id "
                                         "WHERE fa.order_id = o.id AND fr.status IN ('failed', 'canceled'))"));
    if (query.disputed)
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM payment_attempts da JOIN disputes dd "
                                         "ON dd.payment_intent_id = da.payment_intent_id WHERE da.order_id = o.id)"));
    if (query.createdFrom.isValid()) {
        conditions.append(QStringLiteral("o.created_at >= ?"));
        args->append(query.createdFrom.toMSecsSinceEpoch());
    }
    if (query.createdTo.isValid()) {
        conditions.append(QStringLiteral("o.created_at < ?"));
        args->append(query.createdTo.toMSecsSinceEpoch());
    }
    const QStringList prefixes = searchterms::prefixesForQuery(query.search);
    if (!prefixes.isEmpty())
        conditions.append(searchCondition(prefixes, args, broadSearch));
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<QList<Order>> OrderStore::list(const OrderQuery &query)
{
    QVariantList args;
    const QString direction = query.sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // With a narrow search, the few matching orders are best found through order_search and then
    // sorted; SQLite's planner may instead walk the whole sort index testing each row, which is slow
    // for a rare term. Its unary + on the sort key rules that plan out. A broad search ("Ito" in a
    // million orders) is the other way round: sorting 100,000 matches costs far more than walking
    // the sort index until a page of them is found. One bounded count of index entries tells which.
    const bool sqlite = m_db.backend() == Database::Backend::Sqlite;
    const QStringList prefixes = searchterms::prefixesForQuery(query.search);
    bool broad = false;
    if (sqlite && !prefixes.isEmpty()) {
        QVariantList probeArgs;
        const QString probe = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM order_search s WHERE ")
                              + termRanges(prefixes, &probeArgs) + QStringLiteral(" LIMIT ?)");
        probeArgs.append(m_broadSearchEntries);
        auto counted = m_db.exec(probe, probeArgs);
        if (!counted)
            return counted.error();
        broad = (*counted)->next() && (*counted)->value(0).toInt() >= m_broadSearchEntries;
        (*counted)->finish();
    }
    const bool driveFromSearch = sqlite && !prefixes.isEmpty() && !broad;
    QString sql = QStringLiteral("SELECT ") + QString::fromUtf16(rows::orderColumns) + QStringLiteral(" FROM orders o")
                  + whereClause(query, &args, sqlite, broad) + QStringLiteral(" ORDER BY ")
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
