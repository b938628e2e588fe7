// The "Orders" place: search (number, name, phone, email, pi_…), state and date filters, the lazily
// paged list, and the selected order's detail with its timeline and actions.
#pragma once

#include "backoffice/holdoperations.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace holdfast::store {
class Database;
}
namespace holdfast::staff {
class StaffAccounts;
}

namespace holdfast::ui {

class HoldActions;
class OrderDetail;
class OrdersModel;

class OrdersView : public QWidget
{
    Q_OBJECT

public:
    OrdersView(store::Database &db, backoffice::HoldOperations &operations, staff::StaffAccounts &accounts,
               qint64 currentStaffId, QWidget *parent = nullptr);
    ~OrdersView() override;

    OrdersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    OrderDetail *detail() const { return m_detail; }
    HoldActions *holdActions() const { return m_actions; }
    QList<QAction *> shortcutActions() const;
    void setCurrentStaff(qint64 staffId);
    // Shows one order wherever it is: every filter cleared, the search set to its number, the order
    // selected with its detail.
    void openOrder(qint64 orderId, const QString &number);

Q_SIGNALS:
    void takePaymentRequested(qint64 orderId);

public Q_SLOTS:
    // Applies the search box now (typing applies it after a short pause).
    void applySearch();
    void refresh();

private:
    void applyFilters();
    void onCurrentChanged();
    void selectOrder(qint64 orderId);
    void updateEmptyHint();

    OrdersModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_state;
    QComboBox *m_period;
    QTableView *m_table;
    QLabel *m_empty;
    HoldActions *m_actions;
    OrderDetail *m_detail;
    QAction *m_findAction;
    QTimer m_searchDelay;
};

} // namespace holdfast::ui
