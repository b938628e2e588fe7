#include "disputes/disputesview.h"

#include "disputes/disputesmodel.h"
#include "mainwindow/tablecolumns.h"

#include <QAction>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {
const auto headerKey = QStringLiteral("backoffice/disputesHeader");
}

DisputesView::DisputesView(store::Database &db, Mode mode, holdfast::Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new DisputesModel(db, std::move(clock), this))
    , m_mode(mode)
    , m_table(new QTableView(this))
    , m_notice(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_openOrder(new QAction(tr("&Open order"), this))
    , m_openDashboard(new QAction(tr("Answer in Stripe &Dashboard"), this))
    , m_refresh(new QAction(tr("Re&fresh"), this))
{
    setObjectName(QStringLiteral("disputesView"));
    setAccessibleName(tr("Disputes"));
    m_table->setObjectName(QStringLiteral("disputesTable"));
    m_table->setAccessibleName(tr("Disputes, soonest deadline first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->restoreState(QSettings().value(headerKey).toByteArray());
    sizeColumnsToText(m_table);

    m_openOrder->setObjectName(QStringLiteral("openDisputedOrderAction"));
    m_openOrder->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openOrder->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openDashboard->setObjectName(QStringLiteral("openDisputeDashboardAction"));
    m_openDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_openDashboard->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setObjectName(QStringLiteral("refreshDisputesAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_openOrder, m_openDashboard, m_refresh});
    connect(m_refresh, &QAction::triggered, this, &DisputesView::refresh);
    connect(m_openOrder, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return;
        const auto &row = m_model->rowAt(current.row());
        Q_EMIT openOrderRequested(row.orderId, row.orderNumber);
    });
    connect(m_openDashboard, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            QDesktopServices::openUrl(mode::stripeDashboardUrl(m_mode, m_model->rowAt(current.row()).dispute.id));
    });
    connect(m_table, &QTableView::activated, m_openOrder, &QAction::trigger);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("disputesToolbar"));
    toolbar->setAccessibleName(tr("Dispute actions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_openOrder);
    toolbar->addAction(m_openDashboard);
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);

    m_notice->setObjectName(QStringLiteral("disputesNotice"));
    m_notice->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("disputesEmptyHint"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No disputes. If a customer's bank questions a payment, it appears here with the date "
                        "by which the shop must answer."));
    m_empty->setAccessibleName(m_empty->text());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_notice);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);

    // "21 days left" counts down while the till stays open, as Held authorisations' countdown does.
    auto *daily = new QTimer(this);
    daily->setInterval(std::chrono::minutes(15));
    connect(daily, &QTimer::timeout, this, &DisputesView::refresh);
    daily->start();
    connect(m_model, &QAbstractItemModel::modelReset, this, &DisputesView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DisputesView::updateActions);
    setFocusProxy(m_table);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
}

QList<QAction *> DisputesView::shortcutActions() const
{
    return {m_openOrder, m_openDashboard, m_refresh};
}

void DisputesView::refresh()
{
    const QModelIndex current = m_table->currentIndex();
    const QString selected = current.isValid() ? current.data(DisputesModel::DisputeIdRole).toString() : QString();
    m_model->refresh();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->rowAt(row).dispute.id == selected)
            m_table->selectRow(row);
    // The keyboard works at once: with nothing chosen yet, the most urgent dispute is.
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectRow(0);
    sizeColumnsToText(m_table);
    updateActions();
}

void DisputesView::updateActions()
{
    const int count = m_model->needingResponse();
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    if (!m_model->lastError().isEmpty())
        m_notice->setText(tr("Disputes could not be read: %1").arg(m_model->lastError()));
    else if (count > 0)
        m_notice->setText(tr("%n dispute(s) need the shop's answer. Send evidence in Stripe's Dashboard before the "
                             "date shown, or the money stays with the customer.", nullptr, count));
    else
        m_notice->clear();
    m_notice->setVisible(!m_notice->text().isEmpty());
    m_notice->setAccessibleName(m_notice->text());
    const bool selected = m_table->currentIndex().isValid();
    m_openOrder->setEnabled(selected);
    // Training payments exist only in the built-in sandbox, not in Stripe's Dashboard.
    m_openDashboard->setEnabled(selected && m_mode != Mode::Training);
    m_openDashboard->setToolTip(m_mode == Mode::Training
                                    ? tr("Training payments are not in Stripe's Dashboard.")
                                    : tr("Opens the dispute in Stripe's Dashboard, where the shop sends its evidence."));
    Q_EMIT needingResponseChanged(count);
}

} // namespace holdfast::ui
