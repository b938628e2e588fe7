// Puts Holdfast together for one till: mode, the embedded sandbox in training, the database, staff
// and the lock screen, the Stripe client, events, and the main window's places and actions. main()
// and the acceptance tests build it the same way; the only seam is the clock.
#pragma once

#include "checkoutui/checkoutdialog.h"
#include "domain/mode.h"
#include "domain/clock.h"
#include "staff/role.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <memory>

class QSystemTrayIcon;
class QThread;

namespace holdfast::sandbox {
class SandboxServer;
}
namespace holdfast::store {
class Database;
class ChangeWatcher;
} // namespace holdfast::store
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
class PostPaymentHook;
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

class EventsPage;
class HeldView;
class DisputesView;
class IdleWatcher;
class MainWindow;
class OrdersView;
class PaymentsView;
class PinLockScreen;

// What differs between a shop's till and a test of it: only the clock (idle lock, hold deadlines).
struct TillEnvironment
{
    holdfast::Clock clock = holdfast::systemClock();
};

class TillApplication : public QObject
{
    Q_OBJECT
public:
    explicit TillApplication(TillEnvironment environment = {});
    ~TillApplication() override;

    // Opens everything and shows the first-manager form or the sign-in window; the main window
    // follows the first sign-in. False (after telling the person why) when Holdfast cannot work at
    // all, e.g. the database cannot be opened.
    bool start();
    MainWindow *window() const { return m_window.get(); }
    QWidget *signInWindow() const { return m_signInWindow.get(); }
    qint64 currentStaffId() const { return m_staffId; }
    Mode mode() const { return m_mode; }
    // Where the training sandbox answers (loopback), for its controls; empty outside training.
    QUrl trainingSandboxUrl() const { return m_mode == Mode::Training ? m_sandboxUrl : QUrl(); }

private:
    bool openStripe(QString *why);
    void stopSandbox();
    void openBackgroundClient(const QString &secretKey);
    bool openDatabase(QString *why);
    QString readSecret(const QString &entry, QString *why);
    void showSignIn();
    void onSignedIn(qint64 staffId);
    // Shows Held authorisations with the hold the last alert named.
    void openAlertedHold();
    void buildWindow();
    void buildPlaces();
    void newOrder();
    void takePayment(qint64 orderId);
    void openCheckout(qint64 orderId, checkout::PaymentRoute route, bool holdForCapture);
    void lock();
    void showStripeKeys();
    void showSettings();
    void showStaff();
    void showEndOfDay();
    // Orders changed (here, on another till, through an event): every list and detail re-reads.
    void scheduleRefresh();
    void refreshViews();
    // Asks for a manager's PIN and the Authorizer's decision for `action` on a settings-like screen,
    // warning under `parent` when refused; true when the change may go ahead.
    bool approveChange(staff::Action action, const QString &subject, QWidget *parent);
    CheckoutEnvironment checkoutEnvironment() const;
    QString currency() const;
    void applyShopCurrency();

    TillEnvironment m_env;
    Mode m_mode = Mode::Training;
    std::unique_ptr<settings::Settings> m_settings;
    std::unique_ptr<QThread> m_sandboxThread;
    std::unique_ptr<QObject> m_sandboxContext;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox; // lives in m_sandboxThread
    QUrl m_sandboxUrl;
    std::unique_ptr<store::Database> m_db;
    QString m_dbUrl;
    QString m_dbPassword;
    std::unique_ptr<stripe::StripeClient> m_client;     // what people do: checkout, capture, refund
    std::unique_ptr<stripe::StripeClient> m_background; // polling and reconciliation
    std::unique_ptr<staff::StaffRepository> m_staffRepository;
    std::unique_ptr<staff::StaffAccounts> m_accounts;
    std::unique_ptr<staff::Authorizer> m_authorizer;
    std::unique_ptr<backoffice::HoldOperations> m_operations;
    std::unique_ptr<events::EventProcessor> m_processor;
    std::unique_ptr<events::EventPoller> m_poller;
    std::unique_ptr<events::Reconciler> m_reconciler;
    // On a till with its own database, the shop's post-payment actions run here; several tills on
    // PostgreSQL leave them to holdfast-webhooks.
    std::unique_ptr<events::PostPaymentHook> m_hooks;
    std::unique_ptr<store::ChangeWatcher> m_changes;
    std::unique_ptr<keystore::KeyStore> m_keyStore;
    std::unique_ptr<keystore::KeyIndex> m_keyIndex;
    std::unique_ptr<keystore::StripeKeys> m_stripeKeys;
    std::unique_ptr<IdleWatcher> m_idle;
    std::unique_ptr<QWidget> m_signInWindow;
    PinLockScreen *m_lockScreen = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QPointer<OrdersView> m_orders;
    QPointer<HeldView> m_held;
    QPointer<DisputesView> m_disputes;
    QPointer<EventsPage> m_eventsPage;
    QList<QPointer<QWidget>> m_hiddenByLock;
    QTimer m_refresh;
    QString m_publishableKey;
    QString m_startNotice;
    qint64 m_staffId = 0;
    qint64 m_alertOrder = 0; // the hold the last alert named
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace holdfast::ui
