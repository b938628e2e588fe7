#include "orders/ordersview.h"

#include "holds/holdactions.h"
#include "orders/orderdetail.h"
#include "orders/ordersmodel.h"
#include "mainwindow/tablecolumns.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {
const auto headerKey = QStringLiteral("backoffice/ordersHeader");
const auto splitterKey = QStringLiteral("backoffice/ordersSplitter");
}

OrdersView::OrdersView(store::Database &db, backoffice::HoldOperations &operations, staff::StaffAccounts &accounts,
                       qint64 currentStaffId, QWidget *parent)
    : QWidget(parent)
    , m_model(new OrdersModel(db, this))
    , m_search(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_actions(new HoldActions(db, operations, accounts, currentStaffId, this))
    , m_detail(new OrderDetail(db, m_actions, this))
    , m_findAction(new QAction(tr("&Find order"), this))
{
    setObjectName(QStringLiteral("ordersView"));
    const StaffNames names(accounts);
    m_model->setStaffNames(names);
    m_detail->setStaffNames(names);
    setAccessibleName(tr("Orders"));
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setAccessibleName(tr("Search orders"));
    m_search->setPlaceholderText(tr("Number, name, phone, email or pi_…"));
    m_search->setClearButtonEnabled(true);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("Show orders in state"));
    m_state->addItem(tr("All states"), QString());
    for (OrderState s : orderstate::all())
        m_state->addItem(orderstate::displayName(s), orderstate::name(s));
    // Not a state: the orders whose refund did not reach the customer, for a manager to follow up.
    m_state->addItem(tr("Refund failed"), QStringLiteral("refund_failed"));
    // Nor this: orders whose payment a customer's bank disputes (or did).
    m_state->addItem(tr("Disputed"), QStringLiteral("disputed"));
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Show orders created"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);

    m_findAction->setObjectName(QStringLiteral("findOrderAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setAccessibleName(tr("Orders"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(OrdersModel::CreatedColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring on big pages
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->restoreState(QSettings().value(headerKey).toByteArray());
    sizeColumnsToText(m_table);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_state);
    filters->addWidget(m_period);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    m_empty->setObjectName(QStringLiteral("ordersEmptyHint"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    leftLayout->addWidget(m_empty);
    leftLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("ordersSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Three fifths for the list, whose columns are all wanted at a glance; the detail wraps.
    splitter->setSizes({625, 375});
    splitter->restoreState(QSettings().value(splitterKey).toByteArray());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &OrdersView::applySearch);
    connect(m_search, &QLineEdit::textEdited, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &OrdersView::applySearch);
    connect(m_state, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilters);
    connect(m_period, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrdersView::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersView::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersView::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OrdersView::updateEmptyHint);
    updateEmptyHint();
    connect(m_actions, &HoldActions::operationFinished, this, &OrdersView::refresh);
    connect(m_actions, &HoldActions::takePaymentRequested, this, &OrdersView::takePaymentRequested);
    setTabOrder(m_search, m_state);
    setTabOrder(m_state, m_period);
    setTabOrder(m_period, m_table);
    setFocusProxy(m_search);
}

OrdersView::~OrdersView()
{
    QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("ordersSplitter")))
        QSettings().setValue(splitterKey, splitter->saveState());
}

QList<QAction *> OrdersView::shortcutActions() const
{
    return QList<QAction *>{m_findAction} + m_actions->actions();
}

void OrdersView::setCurrentStaff(qint64 staffId)
{
    m_actions->setCurrentStaff(staffId);
}

void OrdersView::applySearch()
{
    m_searchDelay.stop();
    m_model->setSearch(m_search->text());
}

void OrdersView::applyFilters()
{
    const QString state = m_state->currentData().toString();
    QList<OrderState> states;
    if (const auto s = orderstate::fromName(state))
        states.append(*s);
    m_model->setStates(states);
    m_model->setRefundFailed(state == QLatin1String("refund_failed"));
    m_model->setDisputed(state == QLatin1String("disputed"));
    const int days = m_period->currentData().toInt();
    const QDateTime startOfToday(QDate::currentDate(), QTime(0, 0));
    m_model->setCreatedRange(days ? startOfToday.addDays(1 - days) : QDateTime(), QDateTime());
}

void OrdersView::refresh()
{
    // Another till, an event or this till's own payment changed orders: the list and the detail show
    // the new truth, and the order being looked at stays selected.
    const qint64 shown = m_detail->orderId();
    m_model->reload();
    selectOrder(shown);
    m_detail->showOrder(shown);
}

void OrdersView::updateEmptyHint()
{
    // An empty list says what to do next rather than nothing at all.
    const bool empty = m_model->rowCount() == 0;
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_state->currentIndex() > 0 || m_period->currentIndex() > 0;
    m_empty->setText(filtered ? tr("No order matches. Clear the search or the filters to see every order.")
                              : tr("No orders yet. Take the first with New order (Ctrl+N)."));
    m_empty->setAccessibleName(m_empty->text());
    m_empty->setVisible(empty);
}
void OrdersView::openOrder(qint64 orderId, const QString &number)
{
    {
        const QSignalBlocker stateBlocker(m_state);
        const QSignalBlocker periodBlocker(m_period);
        m_state->setCurrentIndex(0);
        m_period->setCurrentIndex(0);
    }
    applyFilters();
    m_search->setText(number);
    applySearch();
    selectOrder(orderId);
    m_table->setFocus();
}

void OrdersView::selectOrder(qint64 orderId)
{
    if (!orderId)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->orderIdAt(row) == orderId) {
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void OrdersView::onCurrentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_detail->showOrder(current.isValid() ? m_model->orderIdAt(current.row()) : 0);
}

} // namespace holdfast::ui
