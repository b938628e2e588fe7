// Cancel a payment that was not captured (releases a hold; it is not a refund), with one of
// Stripe's four reasons in plain words, and an explicit confirmation.
#pragma once

#include "holds/operationdialog.h"

class QComboBox;
class QCheckBox;

namespace holdfast::ui {

class CancelDialog : public OperationDialog
{
    Q_OBJECT

public:
    CancelDialog(backoffice::HoldOperations &operations, staff::StaffAccounts &accounts, qint64 actorId,
                 const Order &order, const PaymentAttempt &attempt, QWidget *parent = nullptr);

protected:
    std::optional<backoffice::OperationRequest> buildRequest(QString *problem) override;
    QString successText(const backoffice::OperationResult &result) const override;

private:
    QComboBox *m_reason;
    QCheckBox *m_confirm;
};

} // namespace holdfast::ui
