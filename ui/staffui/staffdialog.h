// Tools → Staff: the people who use this till, their roles, PIN resets and switching accounts off.
// Every change goes through StaffAdmin, which asks the Authorizer for a manager's approval and writes
// the audit row; this dialog only collects the input and shows the outcome.
#pragma once

#include "staff/staffadmin.h"

#include <QDialog>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QComboBox;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace holdfast::ui {

// Adding an account (name, role, PIN twice) or resetting one's PIN (PIN twice).
class StaffMemberDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Add, ResetPin };
    // Returns the problem to show (the dialog stays open), or an empty string when done.
    using Submit = std::function<QString(const QString &name, staff::Role role, const QString &pin)>;

    StaffMemberDialog(Purpose purpose, const QString &memberName, Submit submit, QWidget *parent = nullptr);

private:
    void trySubmit();

    Submit m_submit;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
};

class StaffDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks a manager to approve `subject` (ManagerApprovalDialog in the application); nothing when
    // nobody approved.
    using ApprovalAsker = std::function<std::optional<staff::ManagerApproval>(const QString &subject)>;

    StaffDialog(staff::StaffAccounts &accounts, staff::StaffAdmin &admin, qint64 actorId, ApprovalAsker ask,
                QWidget *parent = nullptr);

    // The member on the selected row, if any.
    std::optional<staff::StaffMember> selectedMember() const;
    void selectMember(qint64 id);
    QString message() const;

    void addMember();
    void changeRole();
    void resetPin();
    void switchActive();

Q_SIGNALS:
    void staffChanged();

private:
    void reload();
    void updateButtons();
    // Runs one guarded change; returns the problem (empty on success) and reports it.
    QString apply(const QString &subject,
                  const std::function<staff::AccountResult(const std::optional<staff::ManagerApproval> &)> &change,
                  const QString &doneText);

    staff::StaffAccounts &m_accounts;
    staff::StaffAdmin &m_admin;
    qint64 m_actorId = 0;
    ApprovalAsker m_ask;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_active = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace holdfast::ui
