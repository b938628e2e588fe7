#include "holds/heldview.h"

#include "holds/heldmodel.h"
#include "holds/holdactions.h"
#include "mainwindow/tablecolumns.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {
const auto headerKey = QStringLiteral("backoffice/heldHeader");
}

HeldView::HeldView(store::Database &db, backoffice::HoldOperations &operations, staff::StaffAccounts &accounts,
                   qint64 currentStaffId, holdfast::Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new HeldModel(db, std::move(clock), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_notice(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_actions(new HoldActions(db, operations, accounts, currentStaffId, this))
    , m_refresh(new QAction(tr("Re&fresh"), this))
{
    setObjectName(QStringLiteral("heldView"));
    m_model->setStaffNames(StaffNames(accounts));
    setAccessibleName(tr("Held payments"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HeldModel::SortRole);
    m_table->setObjectName(QStringLiteral("heldTable"));
    m_table->setAccessibleName(tr("Held payments, soonest deadline first"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HeldModel::DeadlineColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->restoreState(QSettings().value(headerKey).toByteArray());
    sizeColumnsToText(m_table);

    m_refresh->setObjectName(QStringLiteral("refreshHeldAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh);
    connect(m_refresh, &QAction::triggered, this, &HeldView::refresh);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("heldToolbar"));
    toolbar->setAccessibleName(tr("Held payment actions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_actions->captureAction());
    toolbar->addAction(m_actions->cancelAction());
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);
    m_notice->setObjectName(QStringLiteral("dueNotice"));
    m_notice->setAccessibleName(tr("Holds due soon"));
    m_notice->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_notice);
    m_empty->setObjectName(QStringLiteral("heldEmptyHint"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No payments are waiting to be captured. A payment taken with Hold for manager capture "
                        "appears here as soon as the customer approves it."));
    m_empty->setAccessibleName(m_empty->text());
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    const auto updateEmpty = [this] { m_empty->setVisible(m_model->rowCount() == 0); };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateEmpty);
    updateEmpty();

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HeldView::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HeldView::onSelectionChanged);
    connect(m_model, &HeldModel::holdEnteredRed, this, &HeldView::holdEnteredRed);
    connect(m_model, &HeldModel::dueSoonCountChanged, this, [this](int count) {
        m_notice->setText(count ? tr("%n held payment(s) must be captured within 24 hours or they lapse.", nullptr, count)
                                : QString());
        m_notice->setVisible(count > 0);
        Q_EMIT dueSoonCountChanged(count);
    });
    m_notice->setText(m_model->dueSoonCount()
                          ? tr("%n held payment(s) must be captured within 24 hours or they lapse.", nullptr, m_model->dueSoonCount())
                          : QString());
    m_notice->setVisible(m_model->dueSoonCount() > 0);
    connect(m_actions, &HoldActions::operationFinished, this, &HeldView::refresh);
    connect(m_table, &QTableView::activated, m_actions, [this] { m_actions->openCapture(); });
    setFocusProxy(m_table);
}

HeldView::~HeldView()
{
    QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
}

QList<QAction *> HeldView::shortcutActions() const
{
    return {m_actions->captureAction(), m_actions->cancelAction(), m_refresh};
}

void HeldView::setCurrentStaff(qint64 staffId)
{
    m_actions->setCurrentStaff(staffId);
}

void HeldView::refresh()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 selected = current.isValid() ? current.data(HeldModel::OrderIdRole).toLongLong() : 0;
    m_model->refresh();
    if (selected)
        selectOrder(selected);
}

void HeldView::selectOrder(qint64 orderId)
{
    const int row = m_model->rowForOrder(orderId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void HeldView::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_actions->setOrder(rows.isEmpty() ? 0 : rows.first().data(HeldModel::OrderIdRole).toLongLong());
}

} // namespace holdfast::ui
