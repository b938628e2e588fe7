#include "holds/holdactions.h"

#include "store/disputelog.h"

#include "holds/canceldialog.h"
#include "holds/capturedialog.h"
#include "holds/refunddialog.h"
#include "store/orderstore.h"

#include <QAction>
#include <QWidget>

namespace holdfast::ui {

HoldActions::HoldActions(store::Database &db, backoffice::HoldOperations &operations, staff::StaffAccounts &accounts,
                         qint64 currentStaffId, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_db(db)
    , m_operations(operations)
    , m_accounts(accounts)
    , m_staffId(currentStaffId)
    , m_parent(dialogParent)
    , m_capture(new QAction(tr("&Capture…"), this))
    , m_cancel(new QAction(tr("Cance&l payment…"), this))
    , m_refund(new QAction(tr("&Refund…"), this))
    , m_takePayment(new QAction(tr("Take &payment…"), this))
{
    m_takePayment->setObjectName(QStringLiteral("takePaymentAction"));
    m_takePayment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_takePayment->setToolTip(tr("Take payment for this order (%1)").arg(m_takePayment->shortcut().toString(QKeySequence::NativeText)));
    m_capture->setObjectName(QStringLiteral("captureAction"));
    m_capture->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_capture->setToolTip(tr("Capture the held payment (%1)").arg(m_capture->shortcut().toString(QKeySequence::NativeText)));
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_cancel->setToolTip(tr("Cancel the payment and release the hold (%1)").arg(m_cancel->shortcut().toString(QKeySequence::NativeText)));
    m_refund->setObjectName(QStringLiteral("refundAction"));
    m_refund->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_refund->setToolTip(tr("Refund a captured payment (%1)").arg(m_refund->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *a : actions()) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setEnabled(false);
        dialogParent->addAction(a);
    }
    connect(m_capture, &QAction::triggered, this, &HoldActions::openCapture);
    connect(m_cancel, &QAction::triggered, this, &HoldActions::openCancel);
    connect(m_refund, &QAction::triggered, this, &HoldActions::openRefund);
    connect(m_takePayment, &QAction::triggered, this, [this] {
        if (m_orderId && m_takePayment->isEnabled())
            Q_EMIT takePaymentRequested(m_orderId);
    });
    connect(&m_operations, &backoffice::HoldOperations::finished, this, [this](qint64 orderId) {
        if (orderId == m_orderId)
            setOrder(orderId);
    });
}

void HoldActions::setOrder(qint64 orderId)
{
    m_orderId = orderId;
    OrderState state = OrderState::Draft;
    if (orderId) {
        if (const auto order = store::OrderStore(m_db).get(orderId); order.ok())
            state = order->state;
    }
    const bool busy = m_operations.isBusy(orderId);
    m_takePayment->setEnabled(orderId && (state == OrderState::AwaitingPayment || state == OrderState::PaymentFailed));
    m_capture->setEnabled(!busy && state == OrderState::Authorised);
    m_cancel->setEnabled(!busy && state == OrderState::Authorised);
    // A payment the customer's bank has charged back (open or lost) cannot be refunded: the money is
    // already with the customer. Stripe would refuse; the action says why instead of asking for a PIN.
    bool chargedBack = false;
    if (orderId) {
        if (const auto disputes = store::DisputeLog(m_db).forOrder(orderId); disputes.ok())
            for (const store::DisputeRow &row : *disputes)
                chargedBack |= !row.dispute.isInquiry() && (row.dispute.isOpen() || row.dispute.isLost());
    }
    m_refund->setEnabled(!busy && !chargedBack
                         && (state == OrderState::Captured || state == OrderState::PartiallyCaptured
                             || state == OrderState::Paid || state == OrderState::PartiallyRefunded));
    m_refund->setToolTip(chargedBack ? tr("The customer's bank has taken this payment back in a dispute; answer the "
                                          "dispute in Stripe's Dashboard instead of refunding.")
                                     : tr("Refund a captured payment (%1)").arg(m_refund->shortcut().toString(QKeySequence::NativeText)));
}

template <typename Dialog>
OperationDialog *HoldActions::open()
{
    const auto order = store::OrderStore(m_db).get(m_orderId);
    const auto attempt = backoffice::HoldOperations::paymentAttempt(m_db, m_orderId);
    if (!order.ok() || !attempt)
        return nullptr;
    auto *dialog = new Dialog(m_operations, m_accounts, m_staffId, *order, *attempt, m_parent);
    connect(dialog, &OperationDialog::operationFinished, this, &HoldActions::operationFinished);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

OperationDialog *HoldActions::openCapture()
{
    return m_capture->isEnabled() ? open<CaptureDialog>() : nullptr;
}

OperationDialog *HoldActions::openCancel()
{
    return m_cancel->isEnabled() ? open<CancelDialog>() : nullptr;
}

OperationDialog *HoldActions::openRefund()
{
    return m_refund->isEnabled() ? open<RefundDialog>() : nullptr;
}

} // namespace holdfast::ui
