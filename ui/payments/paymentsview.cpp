#include "payments/paymentsview.h"

#include "backoffice/paymentssync.h"
#include "payments/paymentsmodel.h"
#include "mainwindow/tablecolumns.h"

#include <QAction>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {
const auto headerKey = QStringLiteral("backoffice/paymentsHeader");
}

PaymentsView::PaymentsView(store::Database &db, stripe::StripeClient *client, QWidget *parent)
    : QWidget(parent)
    , m_sync(new backoffice::PaymentsSync(db, client, this))
    , m_model(new PaymentsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_syncAction(new QAction(tr("&Sync from Stripe"), this))
    , m_reconcileAction(new QAction(tr("&Reconcile"), this))
    , m_dashboardAction(new QAction(tr("Open in Stripe &Dashboard"), this))
{
    setObjectName(QStringLiteral("paymentsView"));
    setAccessibleName(tr("Payments at Stripe"));
    m_syncAction->setObjectName(QStringLiteral("syncPaymentsAction"));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_reconcileAction->setObjectName(QStringLiteral("reconcileAction"));
    m_reconcileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_reconcileAction->setToolTip(tr("Repair the selected order from Stripe (%1)")
                                      .arg(m_reconcileAction->shortcut().toString(QKeySequence::NativeText)));
    m_dashboardAction->setObjectName(QStringLiteral("openPaymentDashboardAction"));
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    for (QAction *a : {m_syncAction, m_reconcileAction, m_dashboardAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("paymentsToolbar"));
    toolbar->setAccessibleName(tr("Payment actions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_syncAction);
    toolbar->addAction(m_reconcileAction);
    toolbar->addAction(m_dashboardAction);
    m_status->setObjectName(QStringLiteral("paymentsStatus"));
    m_status->setAccessibleDescription(tr("Sync status"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PaymentsModel::SortRole);
    m_table->setObjectName(QStringLiteral("paymentsTable"));
    m_table->setAccessibleName(tr("Payments at Stripe, newest first"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PaymentsModel::CreatedColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->restoreState(QSettings().value(headerKey).toByteArray());
    sizeColumnsToText(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_syncAction, &QAction::triggered, this, &PaymentsView::startSync);
    connect(m_reconcileAction, &QAction::triggered, this, &PaymentsView::reconcileSelected);
    connect(m_dashboardAction, &QAction::triggered, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            QDesktopServices::openUrl(
                mode::stripeDashboardUrl(m_mode, rows.first().data(PaymentsModel::PaymentIntentIdRole).toString()));
    });
    connect(m_sync, &backoffice::PaymentsSync::rowsReceived, m_model, &PaymentsModel::append);
    connect(m_sync, &backoffice::PaymentsSync::finished, this, [this](bool ok, const QString &message) {
        m_status->setText(ok ? tr("%n payment(s) at Stripe, %1 need attention.", nullptr, m_model->rowCount())
                                   .arg(m_model->flaggedCount())
                             : tr("Sync stopped: %1").arg(message));
        m_syncAction->setEnabled(true);
    });
    connect(m_sync, &backoffice::PaymentsSync::reconciled, this,
            [this](const QString &, bool ok, const QString &message, const backoffice::PaymentRow &row) {
                if (!row.pi.id.isEmpty())
                    m_model->update(row);
                m_status->setText(ok ? tr("Order %1 now matches Stripe.").arg(row.orderNumber)
                                     : tr("Could not reconcile: %1").arg(message));
                if (ok)
                    Q_EMIT ordersRepaired();
                updateActions();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PaymentsView::updateActions);
    updateActions();
    setFocusProxy(m_table);
}

PaymentsView::~PaymentsView()
{
    QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
}

void PaymentsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_synced && m_syncAction->isEnabled())
        startSync();
}

void PaymentsView::startSync()
{
    m_synced = true;
    m_model->clear();
    m_syncAction->setEnabled(false);
    m_status->setText(tr("Reading payments from Stripe…"));
    m_sync->sync();
}

void PaymentsView::setMode(Mode mode)
{
    m_mode = mode;
    updateActions();
}

void PaymentsView::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    // Where a dispute's evidence is sent, and every detail Holdfast does not show.
    m_dashboardAction->setEnabled(!rows.isEmpty() && m_mode != Mode::Training);
    m_dashboardAction->setToolTip(m_mode == Mode::Training
                                      ? tr("Training payments are not in Stripe's Dashboard.")
                                      : tr("Opens the payment in Stripe's Dashboard (%1)")
                                            .arg(m_dashboardAction->shortcut().toString(QKeySequence::NativeText)));
    m_reconcileAction->setEnabled(!rows.isEmpty()
                                  && rows.first().data(PaymentsModel::FlagRole).toInt() == int(backoffice::PaymentRow::Flag::Disagrees));
}

void PaymentsView::reconcileSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_status->setText(tr("Reconciling…"));
    m_sync->reconcile(rows.first().data(PaymentsModel::PaymentIntentIdRole).toString());
}

} // namespace holdfast::ui
