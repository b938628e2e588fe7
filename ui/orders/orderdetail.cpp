#include "orders/orderdetail.h"

#include "domain/orderstate.h"
#include "holds/holdactions.h"
#include "orders/ordersmodel.h"
#include "store/auditlog.h"
#include "store/disputelog.h"
#include "store/eventlog.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"
#include "store/refundlog.h"

#include <QAction>
#include <QCoreApplication>
#include <QHash>
#include <QHBoxLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace holdfast::ui {

namespace {

QTreeWidget *makeTree(const QString &objectName, const QString &accessibleName, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    // An order has a handful of rows: every column is as wide as what it shows, so nothing is cut
    // to "Walnut side t…"; a narrow pane scrolls sideways instead.
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
    tree->setTextElideMode(Qt::ElideNone);
    return tree;
}

// A column that takes the room left and wraps its text onto more lines rather than cutting it or
// pushing the pane into a sideways scroll: the timeline's "What".
class WrappingDelegate : public QStyledItemDelegate
{
public:
    WrappingDelegate(QTreeView *view, int column) : QStyledItemDelegate(view), m_view(view), m_column(column) {}

    // As tall as the text wrapped at the column's present width (a tree view measures rows as if
    // every cell had one line).
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem o(option);
        initStyleOption(&o, index);
        const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &o, m_view) + 1);
        const int width = qMax(1, m_view->header()->sectionSize(m_column) - margin);
        const QRect wrapped = o.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, o.text);
        size.setHeight(qMax(size.height(), wrapped.height() + 4));
        return size;
    }

private:
    QTreeView *m_view;
    int m_column;
};

void wrapColumn(QTreeWidget *tree, int column)
{
    tree->setWordWrap(true);
    tree->setItemDelegateForColumn(column, new WrappingDelegate(tree, column));
    tree->header()->setSectionResizeMode(column, QHeaderView::Stretch);
    // Row heights follow the column's new width on the next pass.
    QObject::connect(tree->header(), &QHeaderView::sectionResized, tree, [tree] {
        QMetaObject::invokeMethod(tree, &QTreeView::doItemsLayout, Qt::QueuedConnection);
    });
}

// The PaymentIntent's own events (the ones stored under its id) as the timeline says them; a type
// Holdfast does not know is shown as it is.
QString eventTitle(const QString &type)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("payment_intent.created"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Stripe: payment created")},
        {QStringLiteral("payment_intent.processing"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Stripe: payment processing")},
        {QStringLiteral("payment_intent.requires_action"),
         QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Stripe: waiting for the customer")},
        {QStringLiteral("payment_intent.amount_capturable_updated"),
         QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Stripe: payment held")},
        {QStringLiteral("payment_intent.succeeded"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Stripe: payment succeeded")},
        {QStringLiteral("payment_intent.payment_failed"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Stripe: payment failed")},
        {QStringLiteral("payment_intent.canceled"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Stripe: payment cancelled")},
    };
    const auto it = titles.constFind(type);
    return it == titles.cend() ? type : QCoreApplication::translate("holdfast::ui::OrderDetail", it.value());
}

// The reason a person gave for a cancel or a refund, in the words its dialog offered; empty for
// anything else (events, reconciliation and checkout name themselves there, for the log's sake).
QString reasonTitle(const QString &action, const QString &reason)
{
    if (action == QLatin1String("cancel")) {
        if (reason == QLatin1String("requested_by_customer"))
            return QCoreApplication::translate("holdfast::ui::CancelDialog", "The customer asked to cancel");
        if (reason == QLatin1String("abandoned"))
            return QCoreApplication::translate("holdfast::ui::CancelDialog", "The order was abandoned");
        if (reason == QLatin1String("duplicate"))
            return QCoreApplication::translate("holdfast::ui::CancelDialog", "It is a duplicate of another order");
        if (reason == QLatin1String("fraudulent"))
            return QCoreApplication::translate("holdfast::ui::CancelDialog", "It looks fraudulent");
    }
    if (action == QLatin1String("refund")) {
        if (reason == QLatin1String("requested_by_customer"))
            return QCoreApplication::translate("holdfast::ui::RefundDialog", "The customer asked for it");
        if (reason == QLatin1String("duplicate"))
            return QCoreApplication::translate("holdfast::ui::RefundDialog", "Charged twice (duplicate)");
        if (reason == QLatin1String("fraudulent"))
            return QCoreApplication::translate("holdfast::ui::RefundDialog", "Fraudulent payment");
    }
    return {};
}

// The payments tree's columns: # · Status · Held · Captured · Refunded.
constexpr int refundedColumn = 4;

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

// The audit log stores stable English names; the timeline shows them in the person's language.
QString actionTitle(const QString &action)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("order.created"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Order taken")},
        {QStringLiteral("order.edited"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Order changed")},
        {QStringLiteral("order.transition"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "State changed")},
        {QStringLiteral("order.sync"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Updated from Stripe")},
        {QStringLiteral("checkout.start"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Payment started")},
        {QStringLiteral("checkout.confirm"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Payment confirmed")},
        {QStringLiteral("capture"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Capture")},
        {QStringLiteral("cancel"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Cancel")},
        {QStringLiteral("refund"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Refund")},
        {QStringLiteral("refund.failed"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Refund failed: the money stays with the shop")},
        {QStringLiteral("dispute.opened"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Dispute opened by the customer's bank")},
        {QStringLiteral("dispute.updated"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Dispute updated")},
        {QStringLiteral("dispute.won"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Dispute won: the money is back with the shop")},
        {QStringLiteral("dispute.lost"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Dispute lost: the money stays with the customer")},
        {QStringLiteral("dispute.closed"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "Inquiry closed")},
        {QStringLiteral("hook.queued"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "After-payment action queued")},
        {QStringLiteral("hook.started"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "After-payment action started")},
        {QStringLiteral("hook.ran"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "After-payment action ran")},
        {QStringLiteral("hook.skipped"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "After-payment action skipped")},
        {QStringLiteral("hook.interrupted"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "After-payment action interrupted")},
    };
    const auto it = titles.constFind(action);
    return it == titles.cend() ? action : QCoreApplication::translate("holdfast::ui::OrderDetail", *it);
}

QString outcomeTitle(const QString &outcome)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("ok"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "done")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "sent to Stripe")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "failed")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "refused")},
        {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "outcome unknown")},
        {QStringLiteral("allowed"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "allowed")},
        {QStringLiteral("denied"), QT_TRANSLATE_NOOP("holdfast::ui::OrderDetail", "denied")},
    };
    if (outcome.startsWith(QLatin1String("failed: ")))
        return QCoreApplication::translate("holdfast::ui::OrderDetail", "failed");
    // An order's move is recorded with the state it reached ("awaiting_payment"): shown as staff say it.
    if (const auto state = orderstate::fromName(outcome))
        return orderstate::displayName(*state);
    const auto it = titles.constFind(outcome);
    return it == titles.cend() ? outcome : QCoreApplication::translate("holdfast::ui::OrderDetail", *it);
}

} // namespace

OrderDetail::OrderDetail(store::Database &db, HoldActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actions(actions)
    , m_heading(new QLabel(this))
    , m_dispute(new QLabel(this))
    , m_lines(makeTree(QStringLiteral("orderLines"), tr("Order lines"), {tr("Item"), tr("Qty"), tr("Price"), tr("Total")}, this))
    , m_attempts(makeTree(QStringLiteral("paymentAttempts"), tr("Payment attempts"),
                          {tr("#"), tr("Status"), tr("Held"), tr("Captured"), tr("Refunded")}, this))
    , m_timeline(makeTree(QStringLiteral("orderTimeline"), tr("Order timeline"), {tr("When"), tr("Who"), tr("What"), tr("Result")}, this))
{
    setObjectName(QStringLiteral("orderDetail"));
    wrapColumn(m_timeline, 2);
    m_heading->setObjectName(QStringLiteral("orderHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Two actions to a row: a narrow pane (a small screen, a long translation) keeps every action in
    // sight without forcing the window wider than the screen.
    auto *buttons = new QGridLayout;
    const QList<QAction *> all = actions->actions();
    for (int i = 0; i < all.size(); ++i) {
        QAction *a = all.at(i);
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        b->setAccessibleName(a->text().remove(u'&'));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(b, i / 2, i % 2);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    m_dispute->setObjectName(QStringLiteral("orderDispute"));
    m_dispute->setWordWrap(true);
    m_dispute->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_dispute->hide();
    layout->addWidget(m_dispute);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Lines"), this));
    layout->addWidget(m_lines, 1);
    layout->addWidget(new QLabel(tr("Payments"), this));
    layout->addWidget(m_attempts, 1);
    layout->addWidget(new QLabel(tr("Timeline"), this));
    layout->addWidget(m_timeline, 2);
}

void OrderDetail::showOrder(qint64 orderId)
{
    m_orderId = orderId;
    m_lines->clear();
    m_attempts->clear();
    m_timeline->clear();
    m_dispute->clear();
    m_dispute->hide();
    m_actions->setOrder(orderId);
    const auto order = orderId ? store::OrderStore(m_db).get(orderId) : store::Result<Order>(store::StoreError(store::StoreError::Kind::NotFound, {}));
    if (!order.ok()) {
        m_heading->setText(orderId ? order.error().userMessage() : tr("Select an order to see it here."));
        return;
    }
    const QLocale locale;
    const auto money = [&](qint64 minor) { return Money(minor, order->currency).format(locale); };
    m_heading->setText(tr("<b>Order %1</b> · %2<br>%3 %4 %5<br>%6 · %7")
                           .arg(order->number.toHtmlEscaped(), orderstate::displayName(order->state),
                                order->customerName.toHtmlEscaped(), order->customerPhone.toHtmlEscaped(),
                                order->customerEmail.toHtmlEscaped(), money(order->totalMinor), when(order->createdAt)));
    showDisputes(*order);
    for (const OrderLine &line : order->lines) {
        auto *item = new QTreeWidgetItem(m_lines, {line.description, QString::number(line.quantity),
                                                   money(line.unitPriceMinor), money(line.totalMinor().value_or(0))});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    struct Entry
    {
        QDateTime at;
        QStringList columns;
        QString technical; // what the row rests on (an event's id, a path's name), behind a tooltip
    };
    QList<Entry> entries;
    const auto attempts = store::PaymentAttempts(m_db).forOrder(orderId);
    if (attempts.ok()) {
        for (const PaymentAttempt &a : *attempts) {
            // Amazon Pay refunds can stay pending for days; they count as refunded but say so.
            const auto pending = a.paymentIntentId.isEmpty() ? store::Result<qint64>(qint64(0))
                                                             : store::RefundLog(m_db).pendingFor(a.paymentIntentId);
            const qint64 pendingMinor = pending.ok() ? *pending : 0;
            const QString refunded = pendingMinor > 0 ? tr("%1 (%2 pending)").arg(money(a.amountRefundedMinor), money(pendingMinor))
                                                      : money(a.amountRefundedMinor);
            auto *row = new QTreeWidgetItem(m_attempts, {QString::number(a.attemptNumber),
                                                         OrdersModel::paymentStatusText(a.status),
                                                         money(a.amountAuthorisedMinor), money(a.amountCapturedMinor),
                                                         refunded});
            row->setData(refundedColumn, Qt::UserRole, pendingMinor);
            // Stripe's id is for looking the payment up in the Dashboard: a hover or a screen
            // reader's description away, not a column of its own.
            if (!a.paymentIntentId.isEmpty()) {
                for (int c = 0; c < m_attempts->columnCount(); ++c)
                    row->setToolTip(c, tr("Stripe payment %1").arg(a.paymentIntentId));
                row->setData(0, Qt::AccessibleDescriptionRole, tr("Stripe payment %1").arg(a.paymentIntentId));
            }
            if (a.paymentIntentId.isEmpty())
                continue;
            const auto events = store::EventLog(m_db).forObject(a.paymentIntentId);
            if (events.ok()) {
                for (const store::StoredEvent &e : *events)
                    entries.append({e.created, {when(e.created), tr("Stripe"), eventTitle(e.type), e.processed ? tr("applied") : tr("pending")},
                                    e.stripeEventId});
            }
        }
    }
    const auto audit = store::AuditLog(m_db).forOrder(orderId);
    if (audit.ok()) {
        for (const AuditEntry &e : *audit) {
            QString what = actionTitle(e.action);
            if (e.amountMinor)
                what += QStringLiteral(" ") + Money(*e.amountMinor, e.currency.isEmpty() ? order->currency : e.currency).format(locale);
            // A person's reason (a cancel's or refund's) as the dialog offered it; a machine's (an
            // event's id, a path's name) only behind the tooltip, where it cannot crowd the row.
            if (const QString reason = reasonTitle(e.action, e.reason); !reason.isEmpty())
                what += QStringLiteral(" (") + reason + QStringLiteral(")");
            // A dispute's step says where it stands and why the bank opened it.
            if (e.action.startsWith(QLatin1String("dispute."))) {
                const QStringList parts = e.detail.split(QLatin1Char(' '));
                what += QStringLiteral(" (") + disputetext::status(parts.value(1)) + QStringLiteral(", ")
                        + disputetext::reason(parts.value(2)) + QStringLiteral(")");
            }
            const QString actor = m_staffNames.display(e.actor);
            const QString approver = e.approvedBy.isEmpty() ? QString() : m_staffNames.display(e.approvedBy);
            // A manager acting alone approved their own request: their name once is enough.
            const QString who = approver.isEmpty() || approver == actor ? actor : tr("%1, approved by %2").arg(actor, approver);
            entries.append({e.at, {when(e.at), who, what, outcomeTitle(e.outcome)}, e.reason});
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.at < b.at; });
    for (const Entry &e : std::as_const(entries)) {
        auto *row = new QTreeWidgetItem(m_timeline, e.columns);
        if (!e.technical.isEmpty())
            row->setToolTip(2, e.technical);
    }
}

void OrderDetail::showDisputes(const Order &order)
{
    const auto disputes = store::DisputeLog(m_db).forOrder(order.id);
    if (!disputes.ok() || disputes->isEmpty())
        return;
    QStringList lines;
    const QLocale locale;
    for (const store::DisputeRow &row : *disputes) {
        const Dispute &d = row.dispute;
        QString line = tr("<b>%1</b>: %2 · %3 · %4")
                           .arg(OrdersModel::disputeText(d), Money(d.amount, d.currency).format(locale),
                                disputetext::reason(d.reason), disputetext::status(d.status));
        if (d.needsResponse() && d.evidenceDueBy.isValid())
            line += QStringLiteral("<br>") + tr("Send evidence in Stripe's Dashboard by %1.").arg(when(d.evidenceDueBy));
        else if (d.isOpen() && !d.needsResponse())
            line += QStringLiteral("<br>") + tr("Evidence sent; the bank decides.");
        lines.append(line);
    }
    m_dispute->setText(lines.join(QStringLiteral("<br>")));
    m_dispute->setAccessibleName(QTextDocumentFragment::fromHtml(m_dispute->text()).toPlainText());
    m_dispute->show();
}

} // namespace holdfast::ui
