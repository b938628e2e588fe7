#include "application/tillapplication.h"

#include "backoffice/holdoperations.h"
#include "checkoutui/checkoutview.h"
#include "checkoutui/takepaymentdialog.h"
#include "diagnostics/logging.h"
#include "endofday/endofdayview.h"
#include "events/eventpoller.h"
#include "events/eventprocessor.h"
#include "eventsui/eventspage.h"
#include "events/postpaymenthook.h"
#include "events/reconciler.h"
#include "holds/heldmodel.h"
#include "holds/heldview.h"
#include "disputes/disputesmodel.h"
#include "disputes/disputesview.h"
#include "holds/holdactions.h"
#include "holds/holdalerts.h"
#include "keystore/keyindex.h"
#include "keystore/stripekeys.h"
#include "keystore/systemkeystore.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/modebanner.h"
#include "neworder/neworderdialog.h"
#include "orders/ordersview.h"
#include "payments/paymentsview.h"
#include "domain/currency.h"
#include "sandbox/sandboxserver.h"
#include "settings/settings.h"
#include "settingsui/settingsdialog.h"
#include "settingsui/stripekeyspage.h"
#include "staff/authorizer.h"
#include "staffui/firstmanagerdialog.h"
#include "staffui/idlewatcher.h"
#include "staffui/managerapprovaldialog.h"
#include "staffui/pinlockscreen.h"
#include "staff/staffaccounts.h"
#include "staffui/staffdialog.h"
#include "staff/storedstaffrepository.h"
#include "store/auditlog.h"
#include "store/changewatcher.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "stripe/stripeclient.h"
#include "stripe/stripereply.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

QString dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

} // namespace

TillApplication::TillApplication(TillEnvironment environment) : m_env(std::move(environment))
{
    // Changes arrive in bursts (an order, its attempt, its audit rows): one re-read for all of them.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(20);
    connect(&m_refresh, &QTimer::timeout, this, &TillApplication::refreshViews);
}

TillApplication::~TillApplication()
{
    // Views hold references to the core parts: the windows go first.
    m_idle.reset();
    m_window.reset();
    m_signInWindow.reset();
    // Background work may still be under way (a reconciliation in its backoff): it ends now, while
    // everything it reports to is alive, and reports to nobody.
    for (QObject *worker : std::initializer_list<QObject *>{m_reconciler.get(), m_poller.get(), m_changes.get(),
                                                            m_operations.get()})
        if (worker)
            worker->disconnect(this);
    m_refresh.stop();
    m_hooks.reset();
    m_reconciler.reset();
    m_poller.reset();
    m_changes.reset();
    stopSandbox();
}

void TillApplication::stopSandbox()
{
    if (!m_sandboxThread)
        return;
    // The server and everything it made belong to its thread: they end there.
    if (m_sandbox)
        QMetaObject::invokeMethod(m_sandboxContext.get(), [this] { m_sandbox.reset(); }, Qt::BlockingQueuedConnection);
    m_sandboxThread->quit();
    m_sandboxThread->wait();
    m_sandboxContext.reset();
    m_sandboxThread.reset();
}

QString TillApplication::readSecret(const QString &entry, QString *why)
{
    QString value;
    keystore::KeyStoreResult result;
    QEventLoop wait;
    m_keyStore->read(entry, [&](const keystore::KeyStoreResult &r, const QString &v) {
        result = r;
        value = v;
        wait.quit();
    });
    wait.exec();
    if (!result.ok() && why)
        *why = result.userMessage();
    return result.ok() ? value : QString();
}

bool TillApplication::openStripe(QString *why)
{
    m_client = std::make_unique<stripe::StripeClient>();
    if (m_mode == Mode::Training) {
        // Training mode runs the same flows against a sandbox inside Holdfast, with no account and
        // without ever reading a key from the keychain.
        // It is a server: it gets a thread of its own, so serving the Payment Element, the poller
        // and its own state file never holds up the till's screens.
        sandbox::SandboxServer::Options options;
        options.statePath = QDir(dataDirectory()).filePath(QStringLiteral("training-sandbox.db"));
        m_sandboxThread = std::make_unique<QThread>();
        m_sandboxThread->setObjectName(QStringLiteral("training sandbox"));
        m_sandboxThread->start();
        m_sandboxContext = std::make_unique<QObject>();
        m_sandboxContext->moveToThread(m_sandboxThread.get());
        bool started = false;
        QString problem;
        QMetaObject::invokeMethod(
            m_sandboxContext.get(),
            [&] {
                m_sandbox = std::make_unique<sandbox::SandboxServer>();
                started = m_sandbox->start(options, &problem);
                m_sandboxUrl = m_sandbox->baseUrl();
                if (!started)
                    m_sandbox.reset();
            },
            Qt::BlockingQueuedConnection);
        if (!started) {
            *why = problem;
            stopSandbox();
            return false;
        }
        m_client->setBaseUrl(m_sandboxUrl);
        m_client->setSecretKey(QString::fromLatin1(sandbox::SandboxServer::defaultSecretKey));
        openBackgroundClient(QString::fromLatin1(sandbox::SandboxServer::defaultSecretKey));
        m_publishableKey = QString::fromLatin1(sandbox::SandboxServer::defaultPublishableKey);
        return true;
    }
    keystore::StripeKeySet keys;
    keystore::KeyStoreResult result;
    QEventLoop wait;
    m_stripeKeys->load(m_mode, [&](const keystore::KeyStoreResult &r, const keystore::StripeKeySet &k) {
        result = r;
        keys = k;
        wait.quit();
    });
    wait.exec();
    if (!result.ok()) {
        *why = result.userMessage();
        return false;
    }
    // Test mode may talk to a Stripe-compatible test server the shop runs (several tills training
    // on one holdfast-sandbox); live mode always talks to Stripe itself.
    if (m_mode == Mode::Test && !m_settings->testApiBase().isEmpty())
        m_client->setBaseUrl(m_settings->testApiBase());
    m_client->setSecretKey(keys.secretKey);
    openBackgroundClient(keys.secretKey);
    m_publishableKey = keys.publishableKey;
    return true;
}

void TillApplication::openBackgroundClient(const QString &secretKey)
{
    // Polling and reconciling page through many objects; on a client of their own, a cashier's
    // payment or a manager's capture never waits in line behind them.
    m_background = std::make_unique<stripe::StripeClient>();
    m_background->setBaseUrl(m_client->baseUrl());
    m_background->setSecretKey(secretKey);
    // Both clients exist now: they, and the training sandbox, take the shop's currency.
    applyShopCurrency();
}

bool TillApplication::openDatabase(QString *why)
{
    m_dbPassword.clear();
    if (m_mode == Mode::Training) {
        m_dbUrl = QStringLiteral("sqlite:") + QDir(dataDirectory()).filePath(QStringLiteral("training.db"));
    } else if (m_settings->databaseKind() == settings::DatabaseKind::Postgresql) {
        m_dbUrl = m_settings->postgresUrl().toString();
        // The password never sits in the settings file: it is the keychain's, and optional (peer or
        // certificate authentication need none).
        QString problem;
        m_dbPassword = readSecret(keystore::postgresPasswordEntry(), &problem);
        if (!problem.isEmpty())
            qCInfo(lcApp) << "no PostgreSQL password from the keychain:" << problem;
    } else {
        m_dbUrl = QStringLiteral("sqlite:") + QDir(dataDirectory()).filePath(QStringLiteral("holdfast.db"));
    }
    auto opened = store::Database::open(m_dbUrl, m_dbPassword);
    if (!opened.ok()) {
        *why = opened.error().userMessage();
        qCWarning(lcApp) << "database:" << opened.error().detail();
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

bool TillApplication::start()
{
    m_settings = std::make_unique<settings::Settings>();
    m_mode = m_settings->mode();
    m_keyStore = std::make_unique<keystore::SystemKeyStore>();
    m_keyIndex = std::make_unique<keystore::KeyIndex>();
    m_stripeKeys = std::make_unique<keystore::StripeKeys>(*m_keyStore, *m_keyIndex);

    QString why;
    if (m_mode != Mode::Training) {
        // The keys first: when the keychain cannot give them, nothing of that mode is opened.
        if (!openStripe(&why)) {
            m_startNotice = tr("The Stripe keys for %1 mode could not be read: %2 Holdfast runs in training mode "
                               "until they can be read (Tools → Stripe keys…).")
                                .arg(mode::name(m_mode), why);
            qCWarning(lcApp) << "falling back to training: keys for" << mode::name(m_mode) << "unreadable";
            m_mode = Mode::Training;
            m_client.reset();
            m_background.reset();
        }
    }
    if (!openDatabase(&why)) {
        QMessageBox::critical(nullptr, tr("Holdfast"), tr("The order database cannot be opened.\n\n%1").arg(why));
        return false;
    }
    if (m_mode == Mode::Training && !openStripe(&why)) {
        QMessageBox::critical(nullptr, tr("Holdfast"), tr("The training sandbox cannot start: %1").arg(why));
        return false;
    }

    m_staffRepository = std::make_unique<staff::StoredStaffRepository>(*m_db);
    m_accounts = std::make_unique<staff::StaffAccounts>(*m_staffRepository);
    store::Database *db = m_db.get();
    m_authorizer = std::make_unique<staff::Authorizer>(*m_accounts, [db](const staff::AuditRecord &record) {
        AuditEntry entry;
        entry.at = record.at;
        entry.actor = record.actorName.isEmpty() ? QString::number(record.actorId) : record.actorName;
        entry.approvedBy = record.approverName;
        entry.action = QStringLiteral("guard.") + staff::actionName(record.action);
        entry.outcome = staff::outcomeName(record.outcome);
        entry.reason = record.subject;
        entry.detail = record.detail;
        if (const auto written = store::AuditLog(*db).append(entry); !written.ok())
            qCWarning(lcStaff) << "audit row not written:" << written.error().detail();
    });
    m_operations = std::make_unique<backoffice::HoldOperations>(*m_db, m_client.get(), *m_authorizer);
    m_processor = std::make_unique<events::EventProcessor>(*m_db);
    m_poller = std::make_unique<events::EventPoller>(m_background.get(), *m_db, *m_processor);
    m_reconciler = std::make_unique<events::Reconciler>(m_background.get(), *m_db);
    if (m_db->backend() == store::Database::Backend::Sqlite) {
        m_hooks = std::make_unique<events::PostPaymentHook>(*m_db);
        if (const auto loaded = m_hooks->loadCommandFromSettings(); !loaded.ok())
            qCWarning(lcApp) << "post-payment command not read:" << loaded.error().detail();
        QTimer::singleShot(0, m_hooks.get(), &events::PostPaymentHook::runPending);
    }
    m_idle = std::make_unique<IdleWatcher>(std::chrono::minutes(m_settings->idleLockMinutes()), m_env.clock);
    m_idle->setTickInterval(std::chrono::seconds(1));
    connect(m_idle.get(), &IdleWatcher::idle, this, &TillApplication::lock);

    if (m_settings->isFirstStart()) {
        m_settings->markStarted();
        m_settings->sync();
    }
    if (m_accounts->needsFirstManager()) {
        auto *first = new FirstManagerDialog(*m_accounts);
        first->setAttribute(Qt::WA_DeleteOnClose);
        first->showMode(m_mode);
        connect(first, &QDialog::accepted, this, [this, first] {
            m_staffId = first->createdId();
            showSignIn();
        });
        first->open();
        return true;
    }
    showSignIn();
    return true;
}

void TillApplication::showSignIn()
{
    if (!m_signInWindow) {
        m_signInWindow = std::make_unique<QWidget>();
        m_signInWindow->setObjectName(QStringLiteral("signInWindow"));
        m_signInWindow->setWindowTitle(tr("Holdfast — sign in"));
        auto *layout = new QVBoxLayout(m_signInWindow.get());
        auto *banner = new ModeBanner(m_signInWindow.get());
        banner->setMode(m_mode);
        layout->addWidget(banner);
        auto *notice = new QLabel(m_startNotice, m_signInWindow.get());
        notice->setObjectName(QStringLiteral("signInNotice"));
        notice->setWordWrap(true);
        notice->setAccessibleName(m_startNotice);
        notice->setVisible(!m_startNotice.isEmpty());
        layout->addWidget(notice);
        m_lockScreen = new PinLockScreen(*m_accounts, m_signInWindow.get());
        layout->addWidget(m_lockScreen, 1);
        connect(m_lockScreen, &PinLockScreen::unlocked, this, &TillApplication::onSignedIn);
        m_signInWindow->resize(480, 360);
    }
    m_lockScreen->reload();
    if (m_staffId)
        m_lockScreen->setCurrentStaff(m_staffId);
    m_signInWindow->show();
    m_signInWindow->raise();
    m_signInWindow->activateWindow();
    if (auto *pin = m_lockScreen->findChild<QLineEdit *>(QStringLiteral("pinEdit")))
        pin->setFocus();
}

void TillApplication::onSignedIn(qint64 staffId)
{
    m_staffId = staffId;
    m_signInWindow->hide();
    if (!m_window)
        buildWindow();
    // Everything done from now on is done by this person: the views' actions, new orders, approvals.
    m_orders->setCurrentStaff(staffId);
    m_held->setCurrentStaff(staffId);
    const auto member = m_accounts->find(staffId);
    m_window->setSignedIn(member ? member->name : QString::number(staffId),
                          member ? staff::roleTitle(member->role) : QString());
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    for (const QPointer<QWidget> &w : std::as_const(m_hiddenByLock))
        if (w)
            w->show();
    m_hiddenByLock.clear();
    m_idle->setTimeout(std::chrono::minutes(m_settings->idleLockMinutes()));
    m_idle->start();
}

void TillApplication::buildWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setMode(m_mode);
    m_window->setShopName(m_settings->shopName());
    const QString where = m_mode == Mode::Training
                              ? tr("sandbox on %1").arg(m_client->baseUrl().authority())
                              : m_client->baseUrl().authority();
    m_window->setConnectionState(tr("%1 · DB: %2").arg(where, m_db->backend() == store::Database::Backend::Sqlite
                                                                   ? tr("local")
                                                                   : tr("shared PostgreSQL")));
    if (const QString problem = m_settings->shopCurrencyProblem(); !problem.isEmpty())
        m_startNotice = m_startNotice.isEmpty() ? problem : m_startNotice + u' ' + problem;
    if (!m_startNotice.isEmpty())
        m_window->showNotice(m_startNotice);
    buildPlaces();
    connect(m_window.get(), &MainWindow::newOrderRequested, this, &TillApplication::newOrder);
    // Warm the browser engine after the window is up, so the first checkout opens quickly.
    QTimer::singleShot(500, m_window.get(), [this] { CheckoutView::prewarm(m_window.get()); });

    // What other tills, holdfast-webhooks and this till's own background work write reaches every
    // screen: LISTEN/NOTIFY on PostgreSQL, the file's data version on SQLite.
    m_changes = std::make_unique<store::ChangeWatcher>(m_dbUrl, m_dbPassword);
    m_changes->setInterval(m_db->backend() == store::Database::Backend::Sqlite ? 250 : 1000);
    connect(m_changes.get(), &store::ChangeWatcher::ordersChanged, this, &TillApplication::scheduleRefresh);
    connect(m_operations.get(), &backoffice::HoldOperations::finished, this, &TillApplication::scheduleRefresh);
    connect(m_poller.get(), &events::EventPoller::orderChanged, this, &TillApplication::scheduleRefresh);
    connect(m_reconciler.get(), &events::Reconciler::finished, this, &TillApplication::scheduleRefresh);
    m_poller->start();
    m_reconciler->start();
}

void TillApplication::openAlertedHold()
{
    if (!m_alertOrder || !m_window)
        return;
    m_window->showPlace(QStringLiteral("held"));
    if (m_held)
        m_held->selectOrder(m_alertOrder);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void TillApplication::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void TillApplication::refreshViews()
{
    // Money may have arrived with this change: the shop's action for it runs (once, by its claim),
    // with the command as the shop's settings name it now.
    if (m_hooks && !m_hooks->isRunning()) {
        m_hooks->loadCommandFromSettings();
        m_hooks->runPending();
    }
    if (m_orders)
        m_orders->refresh();
    if (m_held)
        m_held->refresh();
    if (m_disputes)
        m_disputes->refresh();
    // The Events page reads its health figures when it is on screen (and when it is opened).
    if (m_eventsPage && m_eventsPage->isVisible())
        m_eventsPage->refresh();
}

void TillApplication::buildPlaces()
{
    auto *orders = new OrdersView(*m_db, *m_operations, *m_accounts, m_staffId);
    auto *held = new HeldView(*m_db, *m_operations, *m_accounts, m_staffId, m_env.clock);
    // Paging through every PaymentIntent is background work: it must not queue ahead of a payment.
    auto *payments = new PaymentsView(*m_db, m_background.get());
    payments->setMode(m_mode);
    auto *eventsPage = new EventsPage(*m_db);
    auto *disputes = new DisputesView(*m_db, m_mode, m_env.clock);
    m_orders = orders;
    m_disputes = disputes;
    m_held = held;
    m_eventsPage = eventsPage;
    m_window->setPlacePage(QStringLiteral("orders"), orders);
    m_window->setPlacePage(QStringLiteral("held"), held);
    m_window->setPlacePage(QStringLiteral("payments"), payments);
    m_window->setPlacePage(QStringLiteral("events"), eventsPage);
    m_window->setPlacePage(QStringLiteral("disputes"), disputes);
    m_window->setPlaceShortcuts(QStringLiteral("disputes"), disputes->shortcutActions());
    // Disputes waiting for the shop's answer are counted on the place, as holds due soon are.
    connect(disputes, &DisputesView::needingResponseChanged, m_window.get(),
            [this](int count) { m_window->setPlaceCount(QStringLiteral("disputes"), count); });
    m_window->setPlaceCount(QStringLiteral("disputes"), disputes->model()->needingResponse());
    connect(disputes, &DisputesView::openOrderRequested, this, [this](qint64 orderId, const QString &number) {
        m_window->showPlace(QStringLiteral("orders"));
        if (m_orders)
            m_orders->openOrder(orderId, number);
    });
    m_window->setPlaceShortcuts(QStringLiteral("orders"), orders->shortcutActions());
    m_window->setPlaceShortcuts(QStringLiteral("held"), held->shortcutActions());
    // Holds never lapse unnoticed: a notice as each enters amber and red (and at start for those
    // already there), a count on the place, and Show opens the hold.
    held->model()->setTickInterval(std::chrono::seconds(5));
    auto *alerts = new HoldAlerts(held->model(), held);
    connect(alerts, &HoldAlerts::countChanged, m_window.get(),
            [this](int count) { m_window->setPlaceCount(QStringLiteral("held"), count); });
    connect(alerts, &HoldAlerts::alert, m_window.get(), [this](const QString &text, qint64 orderId, bool urgent) {
        m_alertOrder = orderId;
        m_window->showAlert(text, urgent);
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            if (!m_tray) {
                m_tray = new QSystemTrayIcon(QApplication::windowIcon(), m_window.get());
                connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TillApplication::openAlertedHold);
                m_tray->show();
            }
            m_tray->showMessage(tr("Holdfast"), text,
                                urgent ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
        }
    });
    connect(m_window.get(), &MainWindow::alertOpened, this, &TillApplication::openAlertedHold);
    alerts->check(); // the view has loaded its holds already: announce those due at start
    connect(orders, &OrdersView::takePaymentRequested, this, &TillApplication::takePayment);
    connect(payments, &PaymentsView::ordersRepaired, this, &TillApplication::scheduleRefresh);
    // The two things a counter does most, always in sight.
    m_window->addPrimaryAction(orders->holdActions()->takePaymentAction());
    eventsPage->setPoller(m_poller.get());
    eventsPage->setReconciler(m_reconciler.get());
    connect(m_poller.get(), &events::EventPoller::reconciliationNeeded, m_reconciler.get(), &events::Reconciler::start);

    QMenu *tools = m_window->menuBar()->addMenu(tr("&Tools"));
    QAction *lockAction = tools->addAction(tr("&Lock"));
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockAction, &QAction::triggered, this, &TillApplication::lock);
    QAction *endOfDay = tools->addAction(tr("&End of day…"));
    endOfDay->setObjectName(QStringLiteral("endOfDayAction"));
    connect(endOfDay, &QAction::triggered, this, &TillApplication::showEndOfDay);
    QAction *staffAction = tools->addAction(tr("S&taff…"));
    staffAction->setObjectName(QStringLiteral("staffAction"));
    connect(staffAction, &QAction::triggered, this, &TillApplication::showStaff);
    QAction *keys = tools->addAction(tr("Stripe &keys…"));
    keys->setObjectName(QStringLiteral("stripeKeysAction"));
    connect(keys, &QAction::triggered, this, &TillApplication::showStripeKeys);
    QAction *settingsAction = tools->addAction(tr("&Settings…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settingsAction, &QAction::triggered, this, &TillApplication::showSettings);
    m_window->addAction(settingsAction);
    QAction *reconcile = tools->addAction(tr("&Reconcile with Stripe"));
    reconcile->setObjectName(QStringLiteral("reconcileAction"));
    connect(reconcile, &QAction::triggered, m_reconciler.get(), &events::Reconciler::start);
    m_window->addAction(lockAction);
}

QString TillApplication::currency() const
{
    return m_settings->shopCurrency();
}

void TillApplication::applyShopCurrency()
{
    // The client checks Amazon Pay's currency before asking Stripe, as an account of the country
    // that currency belongs to; the training sandbox plays that account.
    const QString country = currency::amazonPayAccountCountry(currency());
    for (stripe::StripeClient *client : {m_client.get(), m_background.get()})
        if (client)
            client->setAccountCountry(country);
    if (m_sandbox)
        QMetaObject::invokeMethod(m_sandboxContext.get(), [this, country] { m_sandbox->setAccountCountry(country); },
                                  Qt::BlockingQueuedConnection);
}

CheckoutEnvironment TillApplication::checkoutEnvironment() const
{
    CheckoutEnvironment env;
    env.publishableKey = m_publishableKey;
    env.mode = m_mode;
    if (m_mode == Mode::Training) {
        env.pageOrigin = m_sandboxUrl;
        env.stripeJsUrl = m_sandboxUrl.resolved(QUrl(QStringLiteral("/v3/")));
    } else {
        env.pageOrigin = m_settings->checkoutOrigin();
        env.stripeJsUrl = QUrl(QStringLiteral("https://js.stripe.com/v3/"));
    }
    return env;
}

void TillApplication::newOrder()
{
    auto *dialog = new NewOrderDialog(currency(), m_settings->holdForCaptureByDefault(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Order order = dialog->order();
        order.mode = m_mode;
        order.staffId = QString::number(m_staffId);
        const auto created = store::OrderStore(*m_db).create(order, QString::number(m_staffId));
        if (!created.ok()) {
            QMessageBox::warning(m_window.get(), tr("New order"), created.error().userMessage());
            return;
        }
        scheduleRefresh();
        openCheckout(created->id, dialog->route(), dialog->holdForCapture());
    });
    dialog->open();
}

void TillApplication::takePayment(qint64 orderId)
{
    const auto order = store::OrderStore(*m_db).get(orderId);
    if (!order.ok()) {
        QMessageBox::warning(m_window.get(), tr("Take payment"), order.error().userMessage());
        return;
    }
    if (order->state != OrderState::AwaitingPayment && order->state != OrderState::PaymentFailed) {
        QMessageBox::information(m_window.get(), tr("Take payment"),
                                 tr("Order %1 is %2: there is nothing to pay.")
                                     .arg(order->number, orderstate::displayName(order->state)));
        return;
    }
    auto *dialog = new TakePaymentDialog(order->number, order->total().format(), m_settings->holdForCaptureByDefault(),
                                         m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, orderId] {
        openCheckout(orderId, dialog->route(), dialog->holdForCapture());
    });
    dialog->open();
}

void TillApplication::openCheckout(qint64 orderId, checkout::PaymentRoute route, bool holdForCapture)
{
    const auto order = store::OrderStore(*m_db).get(orderId);
    if (!order.ok()) {
        QMessageBox::warning(m_window.get(), tr("Take payment"), order.error().userMessage());
        return;
    }
    if (m_mode != Mode::Training && m_settings->checkoutOrigin().isEmpty()
        && route == checkout::PaymentRoute::OnThisScreen) {
        QMessageBox::information(m_window.get(), tr("Take payment"),
                                 tr("The order is saved. Set the checkout origin (Tools → Settings) before taking "
                                    "payments on this screen in %1 mode.").arg(mode::name(m_mode)));
        return;
    }
    auto *flow = new checkout::CheckoutFlow(*m_db, *m_client);
    flow->setActor(QString::number(m_staffId));
    // Every step of the payment shows in the lists at once, not at the next event.
    connect(flow, &checkout::CheckoutFlow::prepared, this, &TillApplication::scheduleRefresh);
    connect(flow, &checkout::CheckoutFlow::outcome, this, &TillApplication::scheduleRefresh);
    connect(flow, &checkout::CheckoutFlow::failed, this, &TillApplication::scheduleRefresh);
    auto *checkoutDialog = new CheckoutDialog(flow, checkoutEnvironment(), order->id, order->number,
                                              order->total().format(), m_window.get());
    checkoutDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(checkoutDialog, &QDialog::finished, this, &TillApplication::scheduleRefresh);
    checkoutDialog->open();
    checkoutDialog->start(route, holdForCapture);
}

void TillApplication::lock()
{
    if (!m_window || !m_window->isVisible())
        return;
    m_idle->stop();
    // Whatever was open stays as it was (a customer may be approving a payment on their phone), but
    // out of sight until someone signs in.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != m_window.get() && w != m_signInWindow.get() && w->isVisible()) {
            m_hiddenByLock.append(w);
            w->hide();
        }
    }
    m_window->hide();
    showSignIn();
}

void TillApplication::showStripeKeys()
{
    QDialog dialog(m_window.get());
    dialog.setObjectName(QStringLiteral("stripeKeysDialog"));
    dialog.setWindowTitle(tr("Stripe keys"));
    auto approver = [this, &dialog](staff::Action action) {
        return approveChange(action, tr("Stripe keys"), &dialog);
    };
    auto *page = new StripeKeysPage(*m_stripeKeys, approver, &dialog);
    // "Check with Stripe": a cheap read with the pasted key, before anything relies on it.
    auto *checker = new stripe::StripeClient(&dialog);
    checker->setRetryPolicy(stripe::RetryPolicy{});
    connect(page, &StripeKeysPage::verifyRequested, &dialog, [checker, page](const QString &secretKey) {
        checker->setSecretKey(secretKey);
        stripe::ListParams params;
        params.limit = 1;
        stripe::StripeReply *reply = checker->listPaymentIntents(params);
        QObject::connect(reply, &stripe::StripeReply::finished, page, [reply, page] {
            reply->deleteLater();
            if (reply->isOk())
                page->showVerificationResult(true, tr("Stripe accepted the key."));
            else
                page->showVerificationResult(false, reply->error().userMessage());
        });
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(page);
    dialog.resize(620, 480);
    dialog.exec();
}

void TillApplication::showSettings()
{
    SettingsDialog dialog(
        *m_settings,
        [this, &dialog](staff::Action action) { return approveChange(action, tr("Settings"), &dialog); },
        m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_window->setShopName(m_settings->shopName());
    applyShopCurrency();
    if (const QString password = dialog.postgresPassword(); !password.isEmpty()) {
        // The settings were approved by a manager above; the password goes to the keychain only.
        m_keyStore->write(keystore::postgresPasswordEntry(), password, [this](const keystore::KeyStoreResult &r) {
            if (!r.ok())
                QMessageBox::warning(m_window.get(), tr("Settings"),
                                     tr("The PostgreSQL password could not be kept in the keychain: %1")
                                         .arg(r.userMessage()));
        });
    }
    if (dialog.restartNeeded())
        QMessageBox::information(m_window.get(), tr("Settings"),
                                 tr("The new mode, database or language applies when Holdfast next starts."));
}

bool TillApplication::approveChange(staff::Action action, const QString &subject, QWidget *parent)
{
    const auto approval = ManagerApprovalDialog::ask(*m_accounts, action, subject, parent, m_staffId);
    if (!approval)
        return false;
    const auto decision = m_authorizer->authorize(m_staffId, action, approval, subject);
    if (!decision.allowed())
        QMessageBox::warning(parent, subject, decision.userMessage());
    return decision.allowed();
}

void TillApplication::showStaff()
{
    staff::StaffAdmin admin(*m_accounts, *m_authorizer);
    StaffDialog *dialogPtr = nullptr;
    StaffDialog dialog(*m_accounts, admin, m_staffId,
                       [this, &dialogPtr](const QString &subject) {
                           return ManagerApprovalDialog::ask(*m_accounts, staff::Action::ManageStaff, subject,
                                                             dialogPtr, m_staffId);
                       },
                       m_window.get());
    dialogPtr = &dialog;
    dialog.exec();
}

void TillApplication::showEndOfDay()
{
    auto *dialog = new QDialog(m_window.get());
    dialog->setObjectName(QStringLiteral("endOfDayDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("End of day"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new EndOfDayView(*m_db, m_mode, dialog));
    dialog->resize(760, 520);
    dialog->open();
}

} // namespace holdfast::ui
