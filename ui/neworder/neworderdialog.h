// New phone order (Ctrl+N): customer, lines with a running total, notes, "hold for manager
// capture", and the two ways to take payment, each one key away.
#pragma once

#include "checkout/checkoutflow.h"
#include "domain/order.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace holdfast::ui {

class OrderLinesEditor;

class NewOrderDialog : public QDialog
{
    Q_OBJECT
public:
    NewOrderDialog(const QString &currency, bool holdByDefault, QWidget *parent = nullptr);

    // Valid after accept(): the order to store (state AwaitingPayment) and how the customer pays.
    Order order() const { return m_order; }
    checkout::PaymentRoute route() const { return m_route; }
    bool holdForCapture() const;

    // Checks every field; marks and focuses the first bad one. Public for tests.
    bool validate();
    QString problem() const;

private:
    void takePayment(checkout::PaymentRoute route);
    void updateTotal();

    QString m_currency;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    OrderLinesEditor *m_lines;
    QLabel *m_total;
    QPlainTextEdit *m_notes;
    QCheckBox *m_hold;
    QLabel *m_problem;
    QPushButton *m_onScreen;
    QPushButton *m_onPhone;
    Order m_order;
    checkout::PaymentRoute m_route = checkout::PaymentRoute::OnThisScreen;
};

} // namespace holdfast::ui
