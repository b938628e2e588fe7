// Take payment for an order that is already saved (left unpaid, or its last payment failed): how the
// customer pays, and whether the payment is held for a manager to capture.
#pragma once

#include "checkout/checkoutflow.h"

#include <QDialog>

class QCheckBox;

namespace holdfast::ui {

class TakePaymentDialog : public QDialog
{
    Q_OBJECT
public:
    TakePaymentDialog(const QString &orderNumber, const QString &amountText, bool holdByDefault,
                      QWidget *parent = nullptr);

    checkout::PaymentRoute route() const { return m_route; }
    bool holdForCapture() const;

private:
    void choose(checkout::PaymentRoute route);

    QCheckBox *m_hold;
    checkout::PaymentRoute m_route = checkout::PaymentRoute::OnThisScreen;
};

} // namespace holdfast::ui
