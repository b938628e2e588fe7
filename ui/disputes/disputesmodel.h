// The disputes of this till's orders: open ones first, soonest evidence deadline first, then closed
// ones, most recently closed first. DisplayRole is formatted, SortRole raw.
#pragma once

#include "domain/clock.h"
#include "store/disputelog.h"

#include <QAbstractTableModel>

namespace holdfast::store {
class Database;
}

namespace holdfast::ui {

class DisputesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DeadlineColumn, OrderColumn, CustomerColumn, AmountColumn, ReasonColumn, StatusColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, OrderIdRole, DisputeIdRole, PaymentIntentRole };
    // An open dispute whose deadline is this close is shown as urgent.
    static constexpr qint64 urgentSeconds = 3 * 24 * 3600;

    DisputesModel(store::Database &db, holdfast::Clock clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const store::DisputeRow &rowAt(int row) const { return m_rows.at(row); }
    // Open disputes still waiting for the shop's evidence.
    int needingResponse() const;
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void refresh();

private:
    store::Database &m_db;
    holdfast::Clock m_clock;
    QList<store::DisputeRow> m_rows;
    QString m_lastError;
};

} // namespace holdfast::ui
