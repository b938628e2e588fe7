// The Events page: whether Holdfast is hearing from Stripe (last event, last failure and why,
// events waiting), the newest events, and a button to reconcile now. Reads only through the
// events and store classes; the main window connects it to the poller and the reconciler.
#pragma once

#include "events/reconciler.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QSortFilterProxyModel;

namespace holdfast::store {
class Database;
}
namespace holdfast::events {
class EventPoller;
}

namespace holdfast::ui {

class RecentEventsModel;

class EventsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPage(store::Database &db, QWidget *parent = nullptr);

    // Optional: shows the poller's own state and refreshes after each poll.
    void setPoller(events::EventPoller *poller);
    // Optional: "Reconcile now" runs it, and its progress and last report show here.
    void setReconciler(events::Reconciler *reconciler);
    RecentEventsModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh();
    void showReconcileReport(const holdfast::events::ReconcileReport &report);

Q_SIGNALS:
    void reconcileRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    store::Database &m_db;
    events::EventPoller *m_poller = nullptr;
    RecentEventsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_lastEvent;
    QLabel *m_lastFailure;
    QLabel *m_waiting;
    QLabel *m_pollerState;
    QLabel *m_receiverState;
    QLabel *m_reconcileResult;
    QPushButton *m_reconcile;
    QTableView *m_table;
};

} // namespace holdfast::ui
