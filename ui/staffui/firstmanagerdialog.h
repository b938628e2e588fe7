// First start: create the first manager account (name and PIN, typed twice) before anything else.
#pragma once

#include "domain/mode.h"
#include "staff/staffaccounts.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace holdfast::ui {

class FirstManagerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstManagerDialog(staff::StaffAccounts &accounts, QWidget *parent = nullptr);

    qint64 createdId() const { return m_createdId; }
    // The very first window already says which mode Holdfast runs in.
    void showMode(Mode mode);

private:
    void tryCreate();

    staff::StaffAccounts &m_accounts;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_create = nullptr;
    qint64 m_createdId = 0;
};

} // namespace holdfast::ui
