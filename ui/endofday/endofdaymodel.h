// The end-of-day report as a table: one row per order state and per payment method, then the total, for each
// currency the day was priced in.
#pragma once

#include "backoffice/endofday.h"

#include <QAbstractTableModel>

namespace holdfast::ui {

class EndOfDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, OrdersColumn, AuthorisedColumn, CapturedColumn, ReleasedColumn, RefundedColumn, DisputedColumn, LostColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit EndOfDayModel(QObject *parent = nullptr);
    void setReport(const backoffice::EndOfDayReport &report);
    const backoffice::EndOfDayReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The table as HTML, for printing.
    QString toHtml() const;

private:
    backoffice::EndOfDayReport m_report;
};

} // namespace holdfast::ui
