#include "holds/canceldialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>

namespace holdfast::ui {

using stripe::CancellationReason;

CancelDialog::CancelDialog(backoffice::HoldOperations &operations, staff::StaffAccounts &accounts, qint64 actorId,
                           const Order &order, const PaymentAttempt &attempt, QWidget *parent)
    : OperationDialog(operations, accounts, actorId, order, attempt, parent)
    , m_reason(new QComboBox(this))
    , m_confirm(new QCheckBox(this))
{
    setWindowTitle(tr("Cancel payment for order %1").arg(order.number));
    setObjectName(QStringLiteral("cancelDialog"));
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setAccessibleName(tr("Reason for cancelling"));
    m_reason->addItem(tr("The customer asked to cancel"), int(CancellationReason::RequestedByCustomer));
    m_reason->addItem(tr("The order was abandoned"), int(CancellationReason::Abandoned));
    m_reason->addItem(tr("It is a duplicate of another order"), int(CancellationReason::Duplicate));
    m_reason->addItem(tr("It looks fraudulent"), int(CancellationReason::Fraudulent));
    m_confirm->setObjectName(QStringLiteral("cancelConfirm"));
    m_confirm->setText(tr("&Yes, release the %1 held. The customer is not charged.").arg(money(attempt.amountAuthorisedMinor)));
    m_confirm->setAccessibleName(tr("Confirm the cancellation"));
    form()->addRow(tr("&Reason:"), m_reason);
    form()->addRow(QString(), m_confirm);
    finishSetup(tr("Cancel payment"), tr("Cancelling…"));
    m_reason->setFocus();
}

std::optional<backoffice::OperationRequest> CancelDialog::buildRequest(QString *problem)
{
    if (!m_confirm->isChecked()) {
        *problem = tr("Tick the confirmation to cancel this payment.");
        return std::nullopt;
    }
    backoffice::OperationRequest request;
    request.kind = backoffice::OperationKind::Cancel;
    request.cancelReason = CancellationReason(m_reason->currentData().toInt());
    return request;
}

QString CancelDialog::successText(const backoffice::OperationResult &result) const
{
    return tr("Cancelled · %1 released to the customer").arg(money(result.releasedMinor));
}

} // namespace holdfast::ui
