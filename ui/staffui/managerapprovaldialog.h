// Asks a manager to approve an action with their PIN (capture, cancel, refund, key and staff changes).
// The PIN is checked here (wrong ones count towards the lockout); the caller passes approval() to the
// core operation, whose Authorizer checks it again and writes the audit record.
#pragma once

#include "staff/authorizer.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace holdfast::ui {

class ManagerApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    // `subject` says what is being approved, e.g. "Capture €42.00 for order 1017".
    ManagerApprovalDialog(staff::StaffAccounts &accounts, staff::Action action, const QString &subject,
                          QWidget *parent = nullptr);

    // Pre-selects a manager (e.g. the signed-in one).
    void setPreferredManager(qint64 managerId);
    // Set once the PIN was accepted.
    std::optional<staff::ManagerApproval> approval() const { return m_approval; }

    // Opens the dialog modally and returns the approval, or nothing when cancelled. Tests (of other
    // parts) answer it without a dialog through setNextAnswer().
    static std::optional<staff::ManagerApproval> ask(staff::StaffAccounts &accounts, staff::Action action,
                                                     const QString &subject, QWidget *parent,
                                                     qint64 preferredManager = 0);
    // Test seam: the next ask() returns `answer` (nothing = cancelled) without showing the dialog.
    static void setNextAnswer(std::optional<staff::ManagerApproval> answer);

private:
    void tryApprove();

    staff::StaffAccounts &m_accounts;
    QComboBox *m_manager = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_approve = nullptr;
    std::optional<staff::ManagerApproval> m_approval;
};

} // namespace holdfast::ui
