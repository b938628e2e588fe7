// Capture a held payment, all or part: the amount is prefilled with the whole hold and can be
// lowered; "Capture $40.00 · release $20.00" follows what is typed (in the user's locale).
#pragma once

#include "holds/operationdialog.h"

class QLineEdit;
class QLabel;

namespace holdfast::ui {

class CaptureDialog : public OperationDialog
{
    Q_OBJECT

public:
    CaptureDialog(backoffice::HoldOperations &operations, staff::StaffAccounts &accounts, qint64 actorId,
                  const Order &order, const PaymentAttempt &attempt, QWidget *parent = nullptr);

protected:
    std::optional<backoffice::OperationRequest> buildRequest(QString *problem) override;
    QString successText(const backoffice::OperationResult &result) const override;

private:
    std::optional<qint64> typedAmount(QString *problem) const;
    void updateSummary();

    QLineEdit *m_amount;
    QLabel *m_summary;
};

} // namespace holdfast::ui
