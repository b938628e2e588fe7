// The "Payments" place: Stripe's PaymentIntents for the current mode beside the orders, flagging
// the unknown and the disagreeing, with Reconcile to repair the selected order from Stripe.
#pragma once

#include "domain/mode.h"

#include <QWidget>

class QLabel;
class QTableView;
class QSortFilterProxyModel;

namespace holdfast::store {
class Database;
}
namespace holdfast::stripe {
class StripeClient;
}

namespace holdfast::backoffice {
class PaymentsSync;
}

namespace holdfast::ui {

class PaymentsModel;

class PaymentsView : public QWidget
{
    Q_OBJECT

public:
    PaymentsView(store::Database &db, stripe::StripeClient *client, QWidget *parent = nullptr);
    ~PaymentsView() override;

    PaymentsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    backoffice::PaymentsSync *sync() const { return m_sync; }
    QList<QAction *> shortcutActions() const { return {m_syncAction, m_reconcileAction, m_dashboardAction}; }
    // Test and live payments can be opened in Stripe's Dashboard (a dispute's evidence is sent
    // there); training payments cannot.
    void setMode(Mode mode);

public Q_SLOTS:
    void startSync();
    void reconcileSelected();

Q_SIGNALS:
    void ordersRepaired();

protected:
    // The first time the place is opened it reads Stripe by itself, in the background.
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    bool m_synced = false;

    backoffice::PaymentsSync *m_sync;
    PaymentsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_status;
    QAction *m_syncAction;
    QAction *m_reconcileAction;
    QAction *m_dashboardAction;
    Mode m_mode = Mode::Training;
};

} // namespace holdfast::ui
