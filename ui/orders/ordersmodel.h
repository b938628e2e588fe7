// Orders as a table over the store, a page at a time (canFetchMore/fetchMore): never the whole
// table, so a million orders open as fast as a hundred. Sorting, search and filters become the
// store query; DisplayRole is formatted, SortRole is raw (minor units, dates).
#pragma once

#include "domain/dispute.h"
#include "domain/order.h"
#include "staffui/staffnames.h"
#include "store/orderquery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace holdfast::store {
class Database;
}

namespace holdfast::ui {

class OrdersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, CustomerColumn, TotalColumn, StateColumn, PaymentColumn, StaffColumn, CreatedColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, OrderIdRole };

    explicit OrdersModel(store::Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Each of these reloads from the first page.
    void setSearch(const QString &text);
    void setStates(const QList<OrderState> &states);
    void setRefundFailed(bool only);
    void setDisputed(bool only);
    // What the Payment column says of a dispute: "Disputed", "Dispute lost"…
    static QString disputeText(const Dispute &dispute);
    void setCreatedRange(const QDateTime &from, const QDateTime &to);
    void setMode(std::optional<Mode> mode);
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    void setStaffNames(StaffNames names) { m_staffNames = std::move(names); }
    const store::OrderQuery &query() const { return m_query; }

    qint64 orderIdAt(int row) const;
    // A PaymentIntent status ("requires_capture") as staff read it ("Held").
    static QString paymentStatusText(const QString &status);
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    // Reloads what is shown (another till changed orders); keeps as many rows as were loaded.
    void reload();

private:
    QList<Order> fetchPage(int offset, int limit);
    void restart();
    void replaceRows(int rows);

    store::Database &m_db;
    store::OrderQuery m_query;
    QList<Order> m_orders;
    QHash<qint64, QString> m_paymentStatus; // order id → latest PaymentIntent status, per loaded page
    QHash<qint64, Dispute> m_disputes;      // order id → its newest dispute, per loaded page
    int m_pageSize = 100;
    StaffNames m_staffNames;
    bool m_atEnd = false;
    bool m_resetting = false; // from beginResetModel() until every modelReset() listener has run
    QString m_lastError;
};

} // namespace holdfast::ui
