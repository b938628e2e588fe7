// Puts Holdfast together for one till: mode, the embedded sandbox in training, the database, staff
// and the lock screen, the Stripe client, events, and the main window's places and actions.
#pragma once

#include "checkout/checkoutdialog.h"
#include "domain/mode.h"
#include "staff/role.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace holdfast::sandbox {
class SandboxServer;
}
namespace holdfast::store {
class Database;
}
namespace holdfast::stripe {
class StripeClient;
}
namespace holdfast::staff {
class StaffRepository;
class StaffAccounts;
class Authorizer;
} // namespace holdfast::staff
namespace holdfast::backoffice {
class HoldOperations;
}
namespace holdfast::events {
class EventProcessor;
class EventPoller;
class Reconciler;
} // namespace holdfast::events
namespace holdfast::settings {
class Settings;
}
namespace holdfast::keystore {
class KeyStore;
class KeyIndex;
class StripeKeys;
} // namespace holdfast::keystore

namespace holdfast::ui {

class MainWindow;

class TillApplication : public QObject
{
    Q_OBJECT
public:
    TillApplication();
    ~TillApplication() override;

    // Opens everything and shows the window; false (after telling the person why) when Holdfast
    // cannot work at all, e.g. the database cannot be opened.
    bool start();
    MainWindow *window() const { return m_window.get(); }

private:
    bool openStripe(QString *why);
    bool openDatabase(QString *why);
    bool signIn();
    void buildPlaces();
    void newOrder();
    void lock();
    void showStripeKeys();
    void showSettings();
    void showStaff();
    void showEndOfDay();
    // Asks for a manager's PIN and the Authorizer's decision for `action` on a settings-like screen,
    // warning under `parent` when refused; true when the change may go ahead.
    bool approveChange(staff::Action action, const QString &subject, QWidget *parent);
    CheckoutEnvironment checkoutEnvironment() const;
    QString currency() const;

    Mode m_mode = Mode::Training;
    std::unique_ptr<settings::Settings> m_settings;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<stripe::StripeClient> m_client;
    std::unique_ptr<staff::StaffRepository> m_staffRepository;
    std::unique_ptr<staff::StaffAccounts> m_accounts;
    std::unique_ptr<staff::Authorizer> m_authorizer;
    std::unique_ptr<backoffice::HoldOperations> m_operations;
    std::unique_ptr<events::EventProcessor> m_processor;
    std::unique_ptr<events::EventPoller> m_poller;
    std::unique_ptr<events::Reconciler> m_reconciler;
    std::unique_ptr<keystore::KeyStore> m_keyStore;
    std::unique_ptr<keystore::KeyIndex> m_keyIndex;
    std::unique_ptr<keystore::StripeKeys> m_stripeKeys;
    std::unique_ptr<MainWindow> m_window;
    QString m_publishableKey;
    qint64 m_staffId = 0;
};

} // namespace holdfast::ui
