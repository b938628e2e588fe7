#include "holds/heldmodel.h"

#include "backoffice/holdoperations.h"
#include "mainwindow/tablecolumns.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"

#include <QApplication>
#include <QPalette>
#include <algorithm>

namespace holdfast::ui {

using backoffice::HoldDeadline;

HeldModel::HeldModel(store::Database &db, holdfast::Clock clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock ? std::move(clock) : holdfast::systemClock())
{
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &HeldModel::tick);
    m_timer.start();
    refresh();
}

void HeldModel::refresh()
{
    QList<Hold> holds;
    store::OrderStore orders(m_db);
    store::OrderQuery query;
    query.states = {OrderState::Authorised};
    query.sortColumn = store::OrderQuery::SortColumn::Created;
    query.sortOrder = Qt::AscendingOrder;
    query.limit = 1000; // holds last 7 days; a shop with more than this has other problems
    const auto held = orders.list(query);
    // Lapsed in the last week: shown as "Expired" so nobody ships goods against a dead hold.
    query.states = {OrderState::Expired};
    query.sortColumn = store::OrderQuery::SortColumn::Updated;
    query.sortOrder = Qt::DescendingOrder;
    query.limit = 100;
    const auto expired = orders.list(query);
    const QDateTime now = m_clock();
    QList<Order> all;
    if (held.ok())
        all += *held;
    if (expired.ok()) {
        for (const Order &o : *expired) {
            if (o.updatedAt.secsTo(now) < HoldDeadline::holdWindowSeconds)
                all.append(o);
        }
    }
    for (const Order &order : std::as_const(all)) {
        Hold hold;
        hold.order = order;
        if (const auto attempt = backoffice::HoldOperations::paymentAttempt(m_db, order.id))
            hold.attempt = *attempt;
        hold.deadline = HoldDeadline::forHold(order, hold.attempt);
        hold.level = order.state == OrderState::Expired ? HoldDeadline::Level::Expired : hold.deadline.level(now);
        holds.append(hold);
    }
    std::stable_sort(holds.begin(), holds.end(), [](const Hold &a, const Hold &b) {
        return a.deadline.deadline() < b.deadline.deadline();
    });
    beginResetModel();
    m_holds = holds;
    endResetModel();
    updateLevels(false);
}

void HeldModel::tick()
{
    updateLevels(true);
    if (!m_holds.isEmpty())
        Q_EMIT dataChanged(index(0, DeadlineColumn), index(int(m_holds.size()) - 1, LeftColumn));
}

void HeldModel::updateLevels(bool announce)
{
    const QDateTime now = m_clock();
    int dueSoon = 0;
    for (Hold &hold : m_holds) {
        const HoldDeadline::Level before = hold.level;
        if (hold.order.state == OrderState::Authorised)
            hold.level = hold.deadline.level(now);
        if (announce && before != hold.level) {
            if (hold.level == HoldDeadline::Level::Red)
                Q_EMIT holdEnteredRed(hold.order.id);
            else if (hold.level == HoldDeadline::Level::Expired)
                Q_EMIT holdExpired(hold.order.id);
        }
        dueSoon += hold.order.state == OrderState::Authorised && hold.level == HoldDeadline::Level::Red;
    }
    if (dueSoon != m_dueSoon) {
        m_dueSoon = dueSoon;
        Q_EMIT dueSoonCountChanged(dueSoon);
    }
    Q_EMIT attentionChanged();
}

QList<HeldModel::Attention> HeldModel::needingAttention() const
{
    const QDateTime now = m_clock();
    QList<Attention> list;
    for (const Hold &hold : m_holds) {
        if (hold.order.state != OrderState::Authorised
            || (hold.level != HoldDeadline::Level::Amber && hold.level != HoldDeadline::Level::Red))
            continue;
        const qint64 amount = hold.attempt.amountAuthorisedMinor ? hold.attempt.amountAuthorisedMinor
                                                                 : hold.order.totalMinor;
        list.append({hold.order.id, hold.order.number, hold.order.customerName, Money(amount, hold.order.currency),
                     hold.level, hold.deadline.secondsLeft(now)});
    }
    return list; // m_holds is sorted by deadline
}

int HeldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_holds.size());
}

int HeldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hold &h = m_holds.at(index.row());
    const qint64 held = h.attempt.amountAuthorisedMinor > 0 ? h.attempt.amountAuthorisedMinor : h.order.totalMinor;
    const qint64 left = h.order.state == OrderState::Expired ? 0 : h.deadline.secondsLeft(m_clock());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return h.order.number;
        case CustomerColumn:
            return h.order.customerName;
        case AmountColumn:
            return Money(held, h.order.currency).format(QLocale());
        case DeadlineColumn:
            return QLocale().toString(h.deadline.deadline().toLocalTime(), QLocale::ShortFormat);
        case LeftColumn:
            return h.order.state == OrderState::Expired ? tr("Expired — hold lapsed") : HoldDeadline::remainingText(left);
        case StaffColumn:
            return m_staffNames.display(h.order.staffId);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return h.order.id;
        case AmountColumn:
            return held;
        case DeadlineColumn:
        case LeftColumn:
            return h.deadline.deadline();
        default:
            return data(index, Qt::DisplayRole);
        }
    case OrderIdRole:
        return h.order.id;
    case LevelRole:
        return int(h.level);
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        if (h.level == HoldDeadline::Level::Normal)
            return {};
        if (role == Qt::BackgroundRole)
            return attentionBackground(h.level == HoldDeadline::Level::Amber ? RowAttention::Soon : RowAttention::Now);
        return QApplication::palette().color(QPalette::Text);
    }
    case Qt::ToolTipRole:
        if (index.column() == LeftColumn)
            return tr("Capture before %1").arg(QLocale().toString(h.deadline.deadline().toLocalTime(), QLocale::LongFormat));
        break;
    }
    return {};
}

QVariant HeldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Order");
    case CustomerColumn:
        return tr("Customer");
    case AmountColumn:
        return tr("Held");
    case DeadlineColumn:
        return tr("Capture by");
    case LeftColumn:
        return tr("Time left");
    case StaffColumn:
        return tr("Staff");
    }
    return {};
}

qint64 HeldModel::orderIdAt(int row) const
{
    return row >= 0 && row < m_holds.size() ? m_holds.at(row).order.id : 0;
}

int HeldModel::rowForOrder(qint64 orderId) const
{
    for (int i = 0; i < m_holds.size(); ++i) {
        if (m_holds.at(i).order.id == orderId)
            return i;
    }
    return -1;
}

HoldDeadline::Level HeldModel::levelAt(int row) const
{
    return m_holds.at(row).level;
}

int HeldModel::dueSoonCount() const
{
    return qMax(0, m_dueSoon);
}

} // namespace holdfast::ui
