// The sign-in and lock screen: pick your name, type your PIN. Shown at start and whenever the idle
// lock fires; emits unlocked() with the staff account that signed in.
#pragma once

#include "staff/staffaccounts.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace holdfast::ui {

class PinLockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit PinLockScreen(staff::StaffAccounts &accounts, QWidget *parent = nullptr);

    // Refills the list of names (after staff changes) and clears the PIN.
    void reload();
    // Pre-selects the account that was signed in when the till locked.
    void setCurrentStaff(qint64 staffId);

signals:
    void unlocked(qint64 staffId);

private:
    void tryUnlock();

    staff::StaffAccounts &m_accounts;
    QComboBox *m_staff = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_unlock = nullptr;
};

} // namespace holdfast::ui
