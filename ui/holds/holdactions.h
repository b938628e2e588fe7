// The Capture…, Cancel… and Refund… actions for the selected order, shared by the Held and Orders
// views: enabled only in the states that allow them, with shortcuts (listed in Help), and each
// opening its dialog without blocking the event loop.
#pragma once

#include "backoffice/holdoperations.h"
#include "holds/operationdialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace holdfast::store {
class Database;
}
namespace holdfast::staff {
class StaffAccounts;
}

namespace holdfast::ui {

class HoldActions : public QObject
{
    Q_OBJECT

public:
    HoldActions(store::Database &db, backoffice::HoldOperations &operations, staff::StaffAccounts &accounts,
                qint64 currentStaffId, QWidget *dialogParent);

    QAction *captureAction() const { return m_capture; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *refundAction() const { return m_refund; }
    // Take payment for an order still awaiting it (or whose last payment failed).
    QAction *takePaymentAction() const { return m_takePayment; }
    QList<QAction *> actions() const { return {m_takePayment, m_capture, m_cancel, m_refund}; }

    void setCurrentStaff(qint64 staffId) { m_staffId = staffId; }
    // The order the actions apply to (0: none); re-reads it so the enabled actions match its state.
    void setOrder(qint64 orderId);
    // The dialog last opened, for tests.
    OperationDialog *openDialog() const { return m_dialog; }

    OperationDialog *openCapture();
    OperationDialog *openCancel();
    OperationDialog *openRefund();

Q_SIGNALS:
    void operationFinished(const holdfast::backoffice::OperationResult &result);
    void takePaymentRequested(qint64 orderId);

private:
    template <typename Dialog>
    OperationDialog *open();

    store::Database &m_db;
    backoffice::HoldOperations &m_operations;
    staff::StaffAccounts &m_accounts;
    qint64 m_staffId;
    QWidget *m_parent;
    qint64 m_orderId = 0;
    QAction *m_capture;
    QAction *m_cancel;
    QAction *m_refund;
    QAction *m_takePayment;
    QPointer<OperationDialog> m_dialog;
};

} // namespace holdfast::ui
