#include "orders/ordersmodel.h"

#include "store/disputelog.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"

#include <QLocale>

namespace holdfast::ui {

QString OrdersModel::paymentStatusText(const QString &status)
{
    if (status.isEmpty())
        return {};
    if (status == QLatin1String("requires_capture"))
        return tr("Held");
    if (status == QLatin1String("succeeded"))
        return tr("Succeeded");
    if (status == QLatin1String("canceled"))
        return tr("Cancelled");
    if (status == QLatin1String("processing"))
        return tr("Processing");
    if (status == QLatin1String("requires_action"))
        return tr("Waiting for the customer");
    if (status == QLatin1String("requires_confirmation"))
        return tr("Not confirmed");
    return tr("Not paid");
}

QString OrdersModel::disputeText(const Dispute &d)
{
    if (d.isLost())
        return tr("Dispute lost");
    if (d.isWon())
        return tr("Dispute won");
    if (d.status == QLatin1String("warning_closed"))
        return tr("Inquiry closed");
    if (d.isInquiry())
        return tr("Inquiry");
    return tr("Disputed");
}

OrdersModel::OrdersModel(store::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    m_query.limit = m_pageSize;
    reload();
}

QList<Order> OrdersModel::fetchPage(int offset, int limit)
{
    store::OrderQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    const auto page = store::OrderStore(m_db).list(q);
    if (!page.ok()) {
        m_lastError = page.error().userMessage();
        m_atEnd = true;
        return {};
    }
    m_lastError.clear();
    m_atEnd = page->size() < limit;
    // Only the loaded page's attempts: a bounded number of indexed lookups per page.
    store::PaymentAttempts attempts(m_db);
    for (const Order &o : *page) {
        if (o.state == OrderState::Draft)
            continue;
        const auto list = attempts.forOrder(o.id);
        if (list.ok() && !list->isEmpty())
            m_paymentStatus.insert(o.id, list->constLast().status);
    }
    // And their disputes, in one query.
    QList<qint64> ids;
    for (const Order &o : *page)
        if (o.state != OrderState::Draft && o.state != OrderState::AwaitingPayment)
            ids.append(o.id);
    if (const auto disputes = store::DisputeLog(m_db).latestForOrders(ids); disputes.ok())
        m_disputes.insert(*disputes);
    return *page;
}

void OrdersModel::reload()
{
    replaceRows(qMax(m_pageSize, int(m_orders.size())));
}

void OrdersModel::restart()
{
    replaceRows(m_pageSize);
}

void OrdersModel::replaceRows(int rows)
{
    // A listener of modelReset() may ask for more rows (fetchMore) before the listeners after it have
    // seen the reset; inserting rows then would reach those in the middle of the reset. They are
    // refused until the reset has been delivered: whoever needs more rows asks again afterwards.
    m_resetting = true;
    beginResetModel();
    m_paymentStatus.clear();
    m_disputes.clear();
    m_orders = fetchPage(0, rows);
    endResetModel();
    m_resetting = false;
}

bool OrdersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void OrdersModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_resetting)
        return;
    const QList<Order> page = fetchPage(int(m_orders.size()), m_pageSize);
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_orders.size()), int(m_orders.size() + page.size()) - 1);
    m_orders += page;
    endInsertRows();
}

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    using C = store::OrderQuery::SortColumn;
    switch (column) {
    case NumberColumn:
        m_query.sortColumn = C::Number;
        break;
    case CustomerColumn:
        m_query.sortColumn = C::Customer;
        break;
    case TotalColumn:
        m_query.sortColumn = C::Total;
        break;
    case StateColumn:
        m_query.sortColumn = C::State;
        break;
    case CreatedColumn:
        m_query.sortColumn = C::Created;
        break;
    default:
        return; // not indexed in the store: sorting a million rows here would freeze the till
    }
    m_query.sortOrder = order;
    restart();
}

void OrdersModel::setSearch(const QString &text)
{
    m_query.search = text.trimmed();
    restart();
}

void OrdersModel::setStates(const QList<OrderState> &states)
{
    m_query.states = states;
    restart();
}

void OrdersModel::setRefundFailed(bool only)
{
    m_query.refundFailed = only;
    restart();
}

void OrdersModel::setDisputed(bool only)
{
    m_query.disputed = only;
    restart();
}

void OrdersModel::setCreatedRange(const QDateTime &from, const QDateTime &to)
{
    m_query.createdFrom = from;
    m_query.createdTo = to;
    restart();
}

void OrdersModel::setMode(std::optional<Mode> mode)
{
    m_query.mode = mode;
    restart();
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 OrdersModel::orderIdAt(int row) const
{
    return row >= 0 && row < m_orders.size() ? m_orders.at(row).id : 0;
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &o = m_orders.at(index.row());
    if (role == OrderIdRole)
        return o.id;
    if (role == Qt::TextAlignmentRole && index.column() == TotalColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::AccessibleTextRole)
        return {};
    const bool raw = role == SortRole;
    switch (index.column()) {
    case NumberColumn:
        return raw ? QVariant(o.id) : QVariant(o.number);
    case CustomerColumn:
        return o.customerName;
    case TotalColumn:
        return raw ? QVariant(o.totalMinor) : QVariant(o.total().format(QLocale()));
    case StateColumn:
        return raw ? QVariant(orderstate::name(o.state)) : QVariant(orderstate::displayName(o.state));
    case PaymentColumn:
        // A dispute says more about the money than the PaymentIntent's "Succeeded".
        if (const auto d = m_disputes.constFind(o.id); d != m_disputes.cend())
            return raw ? QVariant(QStringLiteral("dispute_") + d->status) : QVariant(disputeText(*d));
        return raw ? QVariant(m_paymentStatus.value(o.id)) : QVariant(paymentStatusText(m_paymentStatus.value(o.id)));
    case StaffColumn:
        return raw ? QVariant(o.staffId) : QVariant(m_staffNames.display(o.staffId));
    case CreatedColumn:
        if (raw)
            return o.createdAt;
        {
            // Today's orders by their time alone, as a mail client lists today's mail; older ones
            // with their date.
            const QDateTime local = o.createdAt.toLocalTime();
            return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                        : QLocale().toString(local, QLocale::ShortFormat);
        }
    }
    return {};
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Order");
    case CustomerColumn:
        return tr("Customer");
    case TotalColumn:
        return tr("Total");
    case StateColumn:
        return tr("State");
    case PaymentColumn:
        return tr("Payment");
    case StaffColumn:
        return tr("Staff");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace holdfast::ui
