// The PaymentIntents as Stripe has them (newest first, as the sync delivers them), with the order
// each belongs to and a flag when no order knows it or the order's state disagrees.
#pragma once

#include "backoffice/paymentssync.h"

#include <QAbstractTableModel>

namespace holdfast::ui {

class PaymentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, AmountColumn, StatusColumn, CreatedColumn, OrderColumn, FlagColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FlagRole, PaymentIntentIdRole };

    explicit PaymentsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void append(const QList<backoffice::PaymentRow> &rows);
    void update(const backoffice::PaymentRow &row);
    const backoffice::PaymentRow &rowAt(int row) const { return m_rows.at(row); }
    int rowFor(const QString &paymentIntentId) const;
    int flaggedCount() const;

private:
    QList<backoffice::PaymentRow> m_rows;
};

} // namespace holdfast::ui
