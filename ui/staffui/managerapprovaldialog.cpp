#include "staffui/managerapprovaldialog.h"

#include "staffui/pinfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {
struct NextAnswer
{
    bool set = false;
    std::optional<staff::ManagerApproval> answer;
};
NextAnswer &nextAnswer()
{
    static NextAnswer next;
    return next;
}
} // namespace

ManagerApprovalDialog::ManagerApprovalDialog(staff::StaffAccounts &accounts, staff::Action action,
                                             const QString &subject, QWidget *parent)
    : QDialog(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("managerApprovalDialog"));
    setWindowTitle(tr("Manager approval"));

    auto *what = new QLabel(subject.isEmpty() ? staff::actionTitle(action)
                                              : tr("%1: %2").arg(staff::actionTitle(action), subject));
    what->setObjectName(QStringLiteral("approvalSubject"));
    what->setWordWrap(true);

    m_manager = new QComboBox;
    m_manager->setObjectName(QStringLiteral("managerCombo"));
    m_manager->setAccessibleName(tr("Approving manager"));
    for (const staff::StaffMember &m : accounts.managers())
        m_manager->addItem(m.name, m.id);

    m_pin = makePinField(new QLineEdit, QStringLiteral("managerPinEdit"), tr("Manager PIN"));

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("approvalMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Approval message"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Manager:"), m_manager);
    form->addRow(tr("&PIN:"), m_pin);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Cancel, this); // parented now, so setDefault() sticks
    m_approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ManagerApprovalDialog::tryApprove);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    if (m_manager->count() == 0) {
        m_message->setText(tr("There is no manager account to approve this."));
        m_approve->setEnabled(false);
    }
    m_pin->setFocus();
}

void ManagerApprovalDialog::setPreferredManager(qint64 managerId)
{
    const int index = m_manager->findData(managerId);
    if (index >= 0)
        m_manager->setCurrentIndex(index);
}

void ManagerApprovalDialog::tryApprove()
{
    if (m_manager->currentIndex() < 0)
        return;
    const qint64 id = m_manager->currentData().toLongLong();
    const QString pin = m_pin->text();
    m_pin->clear();
    const staff::PinCheck check = m_accounts.checkPin(id, pin);
    if (!check.accepted()) {
        m_message->setText(check.userMessage());
        m_pin->setFocus();
        return;
    }
    m_approval = staff::ManagerApproval{id, pin};
    accept();
}

std::optional<staff::ManagerApproval> ManagerApprovalDialog::ask(staff::StaffAccounts &accounts,
                                                                 staff::Action action, const QString &subject,
                                                                 QWidget *parent, qint64 preferredManager)
{
    if (nextAnswer().set) {
        nextAnswer().set = false;
        return std::exchange(nextAnswer().answer, std::nullopt);
    }
    ManagerApprovalDialog dialog(accounts, action, subject, parent);
    if (preferredManager)
        dialog.setPreferredManager(preferredManager);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.approval();
}

void ManagerApprovalDialog::setNextAnswer(std::optional<staff::ManagerApproval> answer)
{
    nextAnswer() = NextAnswer{true, std::move(answer)};
}

} // namespace holdfast::ui
