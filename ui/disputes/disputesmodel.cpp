#include "disputes/disputesmodel.h"

#include "domain/money.h"

#include "mainwindow/tablecolumns.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace holdfast::ui {

DisputesModel::DisputesModel(store::Database &db, holdfast::Clock clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(std::move(clock))
{
    refresh();
}

void DisputesModel::refresh()
{
    // Each mode keeps its own database: every dispute here is this till's.
    auto list = store::DisputeLog(m_db).list(std::nullopt);
    beginResetModel();
    if (list) {
        m_rows = *list;
        m_lastError.clear();
    } else {
        m_lastError = list.error().userMessage();
    }
    endResetModel();
}

int DisputesModel::needingResponse() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const store::DisputeRow &r) { return r.dispute.needsResponse(); }));
}

int DisputesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisputesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisputesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::DisputeRow &r = m_rows.at(index.row());
    const Dispute &d = r.dispute;
    switch (role) {
    case OrderIdRole:
        return r.orderId;
    case DisputeIdRole:
        return d.id;
    case PaymentIntentRole:
        return d.paymentIntent;
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        // A deadline close at hand stands out the way a hold about to lapse does.
        if (!d.needsResponse() || !d.evidenceDueBy.isValid() || m_clock().secsTo(d.evidenceDueBy) >= urgentSeconds)
            return {};
        return role == Qt::BackgroundRole ? QVariant(attentionBackground(RowAttention::Now))
                                          : QVariant(QApplication::palette().color(QPalette::Text));
    case Qt::ToolTipRole:
        return d.id;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool raw = role == SortRole;
    switch (index.column()) {
    case DeadlineColumn:
        if (!d.isOpen())
            return raw ? QVariant(std::numeric_limits<qint64>::max()) : QVariant(tr("Closed"));
        if (!d.evidenceDueBy.isValid())
            return raw ? QVariant(std::numeric_limits<qint64>::max() - 1) : QVariant(tr("No response possible"));
        if (raw)
            return d.evidenceDueBy.toSecsSinceEpoch();
        {
            const QDateTime local = d.evidenceDueBy.toLocalTime();
            const qint64 days = m_clock().toLocalTime().date().daysTo(local.date());
            const QString when = QLocale().toString(local, QLocale::ShortFormat);
            if (days < 0)
                return tr("%1 (passed)").arg(when);
            return tr("%1 (%n day(s) left)", nullptr, int(days)).arg(when);
        }
    case OrderColumn:
        return raw ? QVariant(r.orderId) : QVariant(r.orderNumber);
    case CustomerColumn:
        return r.customerName;
    case AmountColumn:
        if (raw)
            return d.amount;
        return Money(d.amount, d.currency).format(QLocale());
    case ReasonColumn:
        return disputetext::reason(d.reason);
    case StatusColumn:
        return disputetext::status(d.status);
    }
    return {};
}

QVariant DisputesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeadlineColumn:
        return tr("Respond by");
    case OrderColumn:
        return tr("Order");
    case CustomerColumn:
        return tr("Customer");
    case AmountColumn:
        return tr("Amount");
    case ReasonColumn:
        return tr("Reason");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace holdfast::ui
