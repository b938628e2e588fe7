// The frame shared by the capture, cancel and refund dialogs: the subclass's fields, then the
// approval (an approving manager when the current user is not one, and the manager's PIN - the
// Authorizer asks for it every time), one action button, and a result page that replaces the form,
// so a second click cannot happen. Never modal by itself: open() or show() it.
#pragma once

#include "backoffice/holdoperations.h"
#include "domain/order.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace holdfast::staff {
class StaffAccounts;
}

namespace holdfast::ui {

class OperationDialog : public QDialog
{
    Q_OBJECT

public:
    OperationDialog(backoffice::HoldOperations &operations, staff::StaffAccounts &accounts, qint64 actorId,
                    const Order &order, const PaymentAttempt &attempt, QWidget *parent = nullptr);

    QPushButton *actionButton() const { return m_actionButton; }
    bool showingResult() const;

Q_SIGNALS:
    void operationFinished(const holdfast::backoffice::OperationResult &result);

protected:
    // Subclasses fill the form, then call finishSetup() with the button's text.
    QFormLayout *form() const { return m_form; }
    void finishSetup(const QString &actionText, const QString &busyText);
    // The request from the fields; an empty optional with *problem set when a field is wrong.
    virtual std::optional<backoffice::OperationRequest> buildRequest(QString *problem) = 0;
    virtual QString successText(const backoffice::OperationResult &result) const = 0;
    void showProblem(const QString &problem);
    QString money(qint64 minor) const;

    backoffice::HoldOperations &m_operations;
    Order m_order;
    PaymentAttempt m_attempt;
    qint64 m_actorId;

private:
    void submit();
    void onFinished(qint64 orderId, const backoffice::OperationResult &result);

    QStackedWidget *m_stack;
    QFormLayout *m_form;
    QComboBox *m_manager = nullptr;
    QLineEdit *m_pin;
    QLabel *m_problem;
    QPushButton *m_actionButton;
    QLabel *m_result;
    QLabel *m_details;
    QLabel *m_state = nullptr;
    QPushButton *m_done = nullptr;
    QString m_actionText;
    QString m_busyText;
    quint64 m_requestId = 0; // the request in flight; 0: none
};

} // namespace holdfast::ui
