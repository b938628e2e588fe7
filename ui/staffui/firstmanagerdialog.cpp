#include "staffui/firstmanagerdialog.h"

#include "mainwindow/modebanner.h"
#include "staffui/pinfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {
} // namespace

FirstManagerDialog::FirstManagerDialog(staff::StaffAccounts &accounts, QWidget *parent)
    : QDialog(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("firstManagerDialog"));
    setWindowTitle(tr("Create the first manager"));

    auto *intro =
        new QLabel(tr("Welcome to Holdfast. Create the manager account first: managers capture, cancel "
                      "and refund payments, and manage staff, keys and settings. Holdfast starts in "
                      "training mode — no real money."));
    intro->setWordWrap(true);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("managerNameEdit"));
    m_name->setAccessibleName(tr("Manager name"));
    m_pin = makePinField(new QLineEdit, QStringLiteral("managerPinEdit"), tr("PIN"));
    m_confirm = makePinField(new QLineEdit, QStringLiteral("managerPinConfirmEdit"), tr("PIN again"));
    m_message = new QLabel(tr("A PIN has 4 to 12 digits."));
    m_message->setObjectName(QStringLiteral("firstManagerMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&PIN:"), m_pin);
    form->addRow(tr("PIN &again:"), m_confirm);

    auto *buttons = new QDialogButtonBox(this); // parented now, so setDefault() sticks
    m_create = buttons->addButton(tr("&Create manager"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createManagerButton"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstManagerDialog::tryCreate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_name->setFocus();
}

void FirstManagerDialog::tryCreate()
{
    if (m_pin->text() != m_confirm->text()) {
        m_message->setText(tr("The two PINs differ. Type the same PIN twice."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    const staff::AccountResult result = m_accounts.createFirstManager(m_name->text(), m_pin->text());
    if (!result.ok()) {
        m_message->setText(result.problem);
        return;
    }
    m_pin->clear();
    m_confirm->clear();
    m_createdId = result.id;
    accept();
}

void FirstManagerDialog::showMode(Mode mode)
{
    auto *banner = findChild<ModeBanner *>();
    if (!banner) {
        banner = new ModeBanner(this);
        static_cast<QBoxLayout *>(layout())->insertWidget(0, banner);
    }
    banner->setMode(mode);
}

} // namespace holdfast::ui
