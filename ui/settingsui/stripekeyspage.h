// Settings → Stripe: paste the keys for test or live mode, check their format and that they belong to
// the same mode, store them in the system keychain (never elsewhere), remove them, and say plainly when
// there is no keychain. Checking the keys against Stripe is the Stripe client's job: this page emits
// verifyRequested() and shows what showVerificationResult() reports.
#pragma once

#include "domain/mode.h"
#include "keystore/stripekeys.h"
#include "staff/role.h"

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace holdfast::ui {

class StripeKeysPage : public QWidget
{
    Q_OBJECT
public:
    // Asked before keys are stored or removed (Action::ManageKeys); the application opens the
    // ManagerApprovalDialog and runs the Authorizer there. Returning false cancels.
    using Approver = std::function<bool(staff::Action action)>;

    StripeKeysPage(keystore::StripeKeys &keys, Approver approver, QWidget *parent = nullptr);

public slots:
    // Re-reads what is stored (from the non-secret index) and probes the keychain.
    void refresh();
    // The Stripe client's answer to verifyRequested(): e.g. ok with "Test mode — Corner Shop".
    void showVerificationResult(bool ok, const QString &message);

signals:
    void verifyRequested(const QString &secretKey);
    void keysSaved(holdfast::Mode mode);
    void keysRemoved(holdfast::Mode mode);

private:
    keystore::StripeKeySet enteredKeys() const;
    void validate();
    void save();
    void removeKeys(Mode mode);
    void verify();
    void showKeychainProblem(const keystore::KeyStoreResult &result);
    void updateStatus();

    keystore::StripeKeys &m_keys;
    Approver m_approver;
    QLabel *m_keychainWarning = nullptr;
    QLabel *m_statusTest = nullptr;
    QLabel *m_statusLive = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QLineEdit *m_publishableKey = nullptr;
    QLineEdit *m_webhookSecret = nullptr;
    QLabel *m_validation = nullptr;
    QLabel *m_verification = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_removeTest = nullptr;
    QPushButton *m_removeLive = nullptr;
    bool m_keychainUsable = true;
    bool m_busy = false;
};

} // namespace holdfast::ui
