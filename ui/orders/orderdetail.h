// The detail pane of the Orders view: customer, lines, payment attempts, and the timeline - audit
// rows and Stripe events merged by time - with the actions the order's state allows.
#pragma once

#include "domain/order.h"
#include "staffui/staffnames.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace holdfast::store {
class Database;
}

namespace holdfast::ui {

class HoldActions;

class OrderDetail : public QWidget
{
    Q_OBJECT

public:
    OrderDetail(store::Database &db, HoldActions *actions, QWidget *parent = nullptr);

    void showOrder(qint64 orderId);
    qint64 orderId() const { return m_orderId; }
    QTreeWidget *timeline() const { return m_timeline; }
    void setStaffNames(StaffNames names) { m_staffNames = std::move(names); }

private:
    void showDisputes(const Order &order);
    store::Database &m_db;
    HoldActions *m_actions;
    qint64 m_orderId = 0;
    StaffNames m_staffNames;
    QLabel *m_heading;
    QLabel *m_dispute; // what a customer's bank disputes, where it stands, and by when to answer
    QTreeWidget *m_lines;
    QTreeWidget *m_attempts;
    QTreeWidget *m_timeline;
};

} // namespace holdfast::ui
