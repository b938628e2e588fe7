#include "holds/operationdialog.h"

#include "staffui/pinfield.h"

#include "staff/staffaccounts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace holdfast::ui {

OperationDialog::OperationDialog(backoffice::HoldOperations &operations, staff::StaffAccounts &accounts,
                                 qint64 actorId, const Order &order, const PaymentAttempt &attempt, QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_order(order)
    , m_attempt(attempt)
    , m_actorId(actorId)
    , m_stack(new QStackedWidget(this))
    , m_form(new QFormLayout)
    , m_pin(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_details(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    auto *formPage = new QWidget(m_stack);
    auto *formLayout = new QVBoxLayout(formPage);
    auto *heading = new QLabel(tr("Order %1 · %2").arg(order.number, order.customerName), formPage);
    heading->setObjectName(QStringLiteral("heading"));
    formLayout->addWidget(heading);
    formLayout->addLayout(m_form);

    const auto actor = accounts.find(actorId);
    const bool actorIsManager = actor && actor->role == staff::Role::Manager;
    auto *approval = new QFormLayout;
    if (!actorIsManager) {
        // Staff may ask; a manager standing beside them confirms with their own PIN, here, in one step.
        m_manager = new QComboBox(formPage);
        m_manager->setObjectName(QStringLiteral("approvingManager"));
        m_manager->setAccessibleName(tr("Approving manager"));
        for (const staff::StaffMember &m : accounts.managers())
            m_manager->addItem(m.name, m.id);
        approval->addRow(tr("Approving &manager:"), m_manager);
    }
    makePinField(m_pin, QStringLiteral("managerPin"), actorIsManager ? tr("Your PIN") : tr("Manager PIN"));
    approval->addRow(actorIsManager ? tr("Your &PIN:") : tr("Manager &PIN:"), m_pin);
    formLayout->addLayout(approval);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();
    formLayout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(formPage);
    m_actionButton->setObjectName(QStringLiteral("actionButton"));
    m_actionButton->setDefault(true);
    buttons->addButton(m_actionButton, QDialogButtonBox::AcceptRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Cancel);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close without changing anything"));
    connect(m_actionButton, &QPushButton::clicked, this, &OperationDialog::submit);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    formLayout->addWidget(buttons);
    m_stack->addWidget(formPage);

    auto *resultPage = new QWidget(m_stack);
    auto *resultLayout = new QVBoxLayout(resultPage);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Result"));
    QFont big = m_result->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_result->setFont(big);
    m_details->setObjectName(QStringLiteral("resultDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Details"));
    m_details->hide();
    // What staff read is the result and the order's state; the keys that tie the request to Stripe
    // (for support) sit behind Details.
    m_state = new QLabel(resultPage);
    m_state->setObjectName(QStringLiteral("resultState"));
    m_state->setWordWrap(true);
    auto *detailsToggle = new QToolButton(resultPage);
    detailsToggle->setObjectName(QStringLiteral("showResultDetails"));
    detailsToggle->setText(tr("&Details"));
    detailsToggle->setCheckable(true);
    detailsToggle->setAccessibleName(tr("Show the technical details"));
    connect(detailsToggle, &QToolButton::toggled, m_details, &QWidget::setVisible);
    auto *done = new QDialogButtonBox(QDialogButtonBox::Close, resultPage);
    m_done = done->button(QDialogButtonBox::Close);
    m_done->setObjectName(QStringLiteral("doneButton"));
    connect(done, &QDialogButtonBox::rejected, this, &QDialog::accept);
    resultLayout->addWidget(m_result);
    resultLayout->addWidget(m_state);
    resultLayout->addWidget(detailsToggle, 0, Qt::AlignLeft);
    resultLayout->addWidget(m_details);
    resultLayout->addStretch();
    resultLayout->addWidget(done);
    m_stack->addWidget(resultPage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    connect(&m_operations, &backoffice::HoldOperations::finished, this, &OperationDialog::onFinished);
}

void OperationDialog::finishSetup(const QString &actionText, const QString &busyText)
{
    m_actionText = actionText;
    m_busyText = busyText;
    m_actionButton->setText(actionText);
    m_actionButton->setAccessibleName(actionText);
}

bool OperationDialog::showingResult() const
{
    return m_stack->currentIndex() == 1;
}

QString OperationDialog::money(qint64 minor) const
{
    return Money(minor, m_order.currency).format(QLocale());
}

void OperationDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void OperationDialog::submit()
{
    if (m_requestId)
        return;
    QString problem;
    auto request = buildRequest(&problem);
    if (!request) {
        showProblem(problem);
        return;
    }
    if (m_pin->text().isEmpty()) {
        showProblem(tr("Enter the manager's PIN."));
        m_pin->setFocus();
        return;
    }
    request->orderId = m_order.id;
    request->actorId = m_actorId;
    request->approval = staff::ManagerApproval{m_manager ? m_manager->currentData().toLongLong() : m_actorId, m_pin->text()};
    // Disabled before anything else runs: a double-click's second press finds nothing to press.
    m_actionButton->setEnabled(false);
    m_actionButton->setText(m_busyText);
    showProblem({});
    m_requestId = m_operations.start(*request);
}

void OperationDialog::onFinished(qint64 orderId, const backoffice::OperationResult &result)
{
    // Only the answer to this dialog's own request: another caller's request for the same order
    // (refused as busy while ours is in flight) must not end our wait.
    if (orderId != m_order.id || !m_requestId || result.requestId != m_requestId)
        return;
    m_requestId = 0;
    if (result.status == backoffice::OperationResult::Status::Refused) {
        // Nothing reached Stripe (wrong PIN, amount, state): fix it here and try again.
        m_pin->clear();
        m_actionButton->setEnabled(true);
        m_actionButton->setText(m_actionText);
        showProblem(result.message);
        Q_EMIT operationFinished(result);
        return;
    }
    m_result->setText(result.succeeded() ? successText(result) : result.message);
    // A screen reader reads what the label shows, not a fixed name.
    m_result->setAccessibleName(m_result->text());
    m_state->setText(tr("Order is now: %1").arg(orderstate::displayName(result.orderState)));
    m_state->setAccessibleName(m_state->text());
    m_details->setText(result.detail);
    m_details->setAccessibleName(result.detail);
    m_stack->setCurrentIndex(1);
    // A dialog has one default button: the form's until now, Close from here on, so Enter closes
    // the result as it submitted the form.
    m_done->setDefault(true);
    m_done->setFocus();
    Q_EMIT operationFinished(result);
}

} // namespace holdfast::ui
