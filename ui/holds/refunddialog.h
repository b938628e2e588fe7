// Refund a captured payment, all or part, never more than what remains, with a reason. Amazon Pay
// refunds settle later: the result says "pending" until Stripe reports them done.
#pragma once

#include "holds/operationdialog.h"

class QComboBox;
class QLineEdit;

namespace holdfast::ui {

class RefundDialog : public OperationDialog
{
    Q_OBJECT

public:
    RefundDialog(backoffice::HoldOperations &operations, staff::StaffAccounts &accounts, qint64 actorId,
                 const Order &order, const PaymentAttempt &attempt, QWidget *parent = nullptr);

protected:
    std::optional<backoffice::OperationRequest> buildRequest(QString *problem) override;
    QString successText(const backoffice::OperationResult &result) const override;

private:
    qint64 remaining() const { return m_attempt.amountCapturedMinor - m_attempt.amountRefundedMinor; }

    QLineEdit *m_amount;
    QComboBox *m_reason;
};

} // namespace holdfast::ui
