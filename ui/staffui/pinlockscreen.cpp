#include "staffui/pinlockscreen.h"

#include "staffui/pinfield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

PinLockScreen::PinLockScreen(staff::StaffAccounts &accounts, QWidget *parent)
    : QWidget(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("pinLockScreen"));
    setAccessibleName(tr("Sign in"));

    auto *title = new QLabel(tr("Holdfast is locked. Sign in with your PIN."));
    title->setObjectName(QStringLiteral("lockTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);

    m_staff = new QComboBox;
    m_staff->setObjectName(QStringLiteral("staffCombo"));
    m_staff->setAccessibleName(tr("Your name"));
    m_pin = makePinField(new QLineEdit, QStringLiteral("pinEdit"), tr("PIN"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setAccessibleName(tr("Sign-in message"));
    m_message->setWordWrap(true);
    m_unlock = new QPushButton(tr("&Sign in"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_staff);
    form->addRow(tr("&PIN:"), m_pin);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_unlock, 0, Qt::AlignRight);
    layout->addStretch();

    connect(m_pin, &QLineEdit::returnPressed, this, &PinLockScreen::tryUnlock);
    connect(m_unlock, &QPushButton::clicked, this, &PinLockScreen::tryUnlock);
    reload();
}

void PinLockScreen::reload()
{
    const qint64 current = m_staff->currentData().toLongLong();
    m_staff->clear();
    for (const staff::StaffMember &m : m_accounts.members())
        m_staff->addItem(m.name, m.id);
    setCurrentStaff(current);
    m_pin->clear();
    m_message->clear();
    m_pin->setFocus();
}

void PinLockScreen::setCurrentStaff(qint64 staffId)
{
    const int index = m_staff->findData(staffId);
    if (index >= 0)
        m_staff->setCurrentIndex(index);
}

void PinLockScreen::tryUnlock()
{
    if (m_staff->currentIndex() < 0)
        return;
    const qint64 id = m_staff->currentData().toLongLong();
    const staff::PinCheck check = m_accounts.checkPin(id, m_pin->text());
    m_pin->clear();
    if (!check.accepted()) {
        m_message->setText(check.userMessage());
        m_pin->setFocus();
        return;
    }
    m_message->clear();
    emit unlocked(id);
}

} // namespace holdfast::ui
