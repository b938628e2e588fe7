#include "payments/paymentsmodel.h"

#include "orders/ordersmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace holdfast::ui {

using Flag = backoffice::PaymentRow::Flag;

PaymentsModel::PaymentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PaymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void PaymentsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void PaymentsModel::append(const QList<backoffice::PaymentRow> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

void PaymentsModel::update(const backoffice::PaymentRow &row)
{
    const int i = rowFor(row.pi.id);
    if (i < 0)
        return;
    m_rows[i] = row;
    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

int PaymentsModel::rowFor(const QString &paymentIntentId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).pi.id == paymentIntentId)
            return i;
    }
    return -1;
}

int PaymentsModel::flaggedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const auto &r) { return r.flag != Flag::Matches; }));
}

QVariant PaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const backoffice::PaymentRow &r = m_rows.at(index.row());
    if (role == FlagRole)
        return int(r.flag);
    if (role == PaymentIntentIdRole)
        return r.pi.id;
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && r.flag != Flag::Matches) {
        const QColor base = QApplication::palette().color(QPalette::Base);
        const QColor warn(0xf0, 0xa0, 0x00);
        return QColor::fromRgbF(base.redF() * 0.75 + warn.redF() * 0.25, base.greenF() * 0.75 + warn.greenF() * 0.25,
                                base.blueF() * 0.75 + warn.blueF() * 0.25);
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    switch (index.column()) {
    case IdColumn:
        return r.pi.id;
    case AmountColumn:
        return raw ? QVariant(r.pi.amount) : QVariant(r.pi.amountMoney().format(QLocale()));
    case StatusColumn:
        return raw ? QVariant(PaymentIntent::statusName(r.pi.status))
                   : QVariant(OrdersModel::paymentStatusText(PaymentIntent::statusName(r.pi.status)));
    case CreatedColumn:
        return raw ? QVariant(r.pi.created) : QVariant(QLocale().toString(r.pi.created.toLocalTime(), QLocale::ShortFormat));
    case OrderColumn:
        return r.orderNumber;
    case FlagColumn:
        switch (r.flag) {
        case Flag::Matches:
            return raw ? QVariant(0) : QVariant(tr("OK"));
        case Flag::UnknownToOrders:
            return raw ? QVariant(2) : QVariant(tr("No order knows this payment"));
        case Flag::Disagrees:
            return raw ? QVariant(1)
                       : QVariant(tr("Order says %1, Stripe says %2")
                                      .arg(orderstate::displayName(r.orderState), orderstate::displayName(r.expectedState)));
        }
    }
    return {};
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Payment");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Stripe status");
    case CreatedColumn:
        return tr("Created");
    case OrderColumn:
        return tr("Order");
    case FlagColumn:
        return tr("Check");
    }
    return {};
}

} // namespace holdfast::ui
