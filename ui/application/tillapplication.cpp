#include "application/tillapplication.h"

#include "backoffice/holdoperations.h"
#include "checkout/checkoutview.h"
#include "diagnostics/logging.h"
#include "endofday/endofdayview.h"
#include "events/eventpoller.h"
#include "events/eventprocessor.h"
#include "events/eventspage.h"
#include "events/reconciler.h"
#include "holds/heldview.h"
#include "keystore/keyindex.h"
#include "keystore/stripekeys.h"
#include "keystore/systemkeystore.h"
#include "mainwindow/mainwindow.h"
#include "neworder/neworderdialog.h"
#include "orders/ordersview.h"
#include "payments/paymentsview.h"
#include "sandbox/sandboxserver.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"
#include "settings/stripekeyspage.h"
#include "staff/authorizer.h"
#include "staff/firstmanagerdialog.h"
#include "staff/managerapprovaldialog.h"
#include "staff/pinlockscreen.h"
#include "staff/staffaccounts.h"
#include "staff/staffdialog.h"
#include "staff/storedstaffrepository.h"
#include "store/auditlog.h"
#include "store/changewatcher.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "stripe/stripeclient.h"
#include "stripe/stripereply.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
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

TillApplication::TillApplication() = default;
TillApplication::~TillApplication()
{
    // Views hold references to the core parts: the window goes first.
    m_window.reset();
}

bool TillApplication::openStripe(QString *why)
{
    m_client = std::make_unique<stripe::StripeClient>();
    if (m_mode == Mode::Training) {
        // Training mode runs the same flows against a sandbox inside Holdfast, with no account.
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        sandbox::SandboxServer::Options options;
        options.statePath = QDir(dataDirectory()).filePath(QStringLiteral("training-sandbox.db"));
        if (!m_sandbox->start(options, why))
            return false;
        m_client->setBaseUrl(m_sandbox->baseUrl());
        m_client->setSecretKey(QString::fromLatin1(sandbox::SandboxServer::defaultSecretKey));
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
    m_client->setSecretKey(keys.secretKey);
    m_publishableKey = keys.publishableKey;
    return true;
}

bool TillApplication::openDatabase(QString *why)
{
    QString url;
    if (m_mode == Mode::Training)
        url = QStringLiteral("sqlite:") + QDir(dataDirectory()).filePath(QStringLiteral("training.db"));
    else if (m_settings->databaseKind() == settings::DatabaseKind::Postgresql)
        url = m_settings->postgresUrl().toString();
    else
        url = QStringLiteral("sqlite:") + QDir(dataDirectory()).filePath(QStringLiteral("holdfast.db"));
    auto opened = store::Database::open(url);
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
    if (!openDatabase(&why)) {
        QMessageBox::critical(nullptr, tr("Holdfast"), tr("The order database cannot be opened.\n\n%1").arg(why));
        return false;
    }
    if (!openStripe(&why) && m_mode != Mode::Training) {
        QMessageBox::warning(nullptr, tr("Holdfast"),
                             tr("The Stripe keys for %1 mode could not be read: %2\n\nHoldfast starts in training "
                                "mode instead.").arg(mode::name(m_mode), why));
        m_mode = Mode::Training;
        m_db.reset();
        if (!openDatabase(&why) || !openStripe(&why)) {
            QMessageBox::critical(nullptr, tr("Holdfast"), tr("Holdfast cannot start: %1").arg(why));
            return false;
        }
    } else if (m_mode == Mode::Training && !m_sandbox) {
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
    m_poller = std::make_unique<events::EventPoller>(m_client.get(), *m_db, *m_processor);
    m_reconciler = std::make_unique<events::Reconciler>(m_client.get(), *m_db, *m_processor);

    if (m_accounts->needsFirstManager()) {
        FirstManagerDialog first(*m_accounts);
        if (first.exec() != QDialog::Accepted)
            return false;
    }
    if (m_settings->isFirstStart()) {
        m_settings->markStarted();
        m_settings->sync();
    }
    if (!signIn())
        return false;

    m_window = std::make_unique<MainWindow>();
    m_window->setMode(m_mode);
    m_window->setShopName(m_settings->shopName());
    const QString where = m_mode == Mode::Training
                              ? tr("sandbox on %1").arg(m_client->baseUrl().authority())
                              : m_client->baseUrl().host();
    m_window->setConnectionState(tr("%1 · DB: %2").arg(where, m_db->backend() == store::Database::Backend::Sqlite
                                                                   ? tr("local")
                                                                   : tr("shared PostgreSQL")));
    buildPlaces();
    connect(m_window.get(), &MainWindow::newOrderRequested, this, &TillApplication::newOrder);
    m_window->show();
    // Warm the browser engine after the window is up, so the first checkout opens quickly.
    QTimer::singleShot(500, m_window.get(), [this] { CheckoutView::prewarm(m_window.get()); });
    m_poller->start();
    m_reconciler->start();
    return true;
}

bool TillApplication::signIn()
{
    QDialog dialog;
    dialog.setWindowTitle(tr("Holdfast — sign in"));
    auto *screen = new PinLockScreen(*m_accounts, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(screen);
    connect(screen, &PinLockScreen::unlocked, &dialog, [this, &dialog](qint64 id) {
        m_staffId = id;
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

void TillApplication::buildPlaces()
{
    auto *orders = new OrdersView(*m_db, *m_operations, *m_accounts, m_staffId);
    auto *held = new HeldView(*m_db, *m_operations, *m_accounts, m_staffId);
    auto *payments = new PaymentsView(*m_db, m_client.get());
    auto *eventsPage = new EventsPage(*m_db);
    m_window->setPlacePage(QStringLiteral("orders"), orders);
    m_window->setPlacePage(QStringLiteral("held"), held);
    m_window->setPlacePage(QStringLiteral("payments"), payments);
    m_window->setPlacePage(QStringLiteral("events"), eventsPage);
    for (QAction *a : orders->shortcutActions() + held->shortcutActions())
        m_window->addAction(a);
    connect(held, &HeldView::holdEnteredRed, m_window.get(), [this](qint64 orderId) {
        m_window->statusBar()->showMessage(tr("A held payment (order id %1) must be captured within 24 hours.")
                                               .arg(orderId), 15000);
    });
    connect(m_poller.get(), &events::EventPoller::orderChanged, orders, &OrdersView::refresh);
    connect(m_poller.get(), &events::EventPoller::orderChanged, held, &HeldView::refresh);
    connect(m_poller.get(), &events::EventPoller::reconciliationNeeded, m_reconciler.get(), &events::Reconciler::start);

    QMenu *tools = m_window->menuBar()->addMenu(tr("&Tools"));
    QAction *lockAction = tools->addAction(tr("&Lock"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockAction, &QAction::triggered, this, &TillApplication::lock);
    QAction *endOfDay = tools->addAction(tr("&End of day…"));
    connect(endOfDay, &QAction::triggered, this, &TillApplication::showEndOfDay);
    QAction *staffAction = tools->addAction(tr("S&taff…"));
    staffAction->setObjectName(QStringLiteral("staffAction"));
    connect(staffAction, &QAction::triggered, this, &TillApplication::showStaff);
    QAction *keys = tools->addAction(tr("Stripe &keys…"));
    connect(keys, &QAction::triggered, this, &TillApplication::showStripeKeys);
    QAction *settingsAction = tools->addAction(tr("&Settings…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settingsAction, &QAction::triggered, this, &TillApplication::showSettings);
    m_window->addAction(settingsAction);
    QAction *reconcile = tools->addAction(tr("&Reconcile with Stripe"));
    connect(reconcile, &QAction::triggered, m_reconciler.get(), &events::Reconciler::start);
    m_window->addAction(lockAction);
}

QString TillApplication::currency() const
{
    // Amazon Pay takes one currency per account country; the sandbox and US accounts use usd.
    return QStringLiteral("usd");
}

CheckoutEnvironment TillApplication::checkoutEnvironment() const
{
    CheckoutEnvironment env;
    env.publishableKey = m_publishableKey;
    if (m_mode == Mode::Training) {
        env.pageOrigin = m_sandbox->baseUrl();
        env.stripeJsUrl = m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/v3/")));
    } else {
        env.pageOrigin = m_settings->checkoutOrigin();
        env.stripeJsUrl = QUrl(QStringLiteral("https://js.stripe.com/v3/"));
    }
    return env;
}

void TillApplication::newOrder()
{
    NewOrderDialog dialog(currency(), m_settings->holdForCaptureByDefault(), m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Order order = dialog.order();
    order.mode = m_mode;
    order.staffId = QString::number(m_staffId);
    const auto created = store::OrderStore(*m_db).create(order, QString::number(m_staffId));
    if (!created.ok()) {
        QMessageBox::warning(m_window.get(), tr("New order"), created.error().userMessage());
        return;
    }
    if (m_mode != Mode::Training && m_settings->checkoutOrigin().isEmpty()
        && dialog.route() == checkout::PaymentRoute::OnThisScreen) {
        QMessageBox::information(m_window.get(), tr("Take payment"),
                                 tr("The order is saved. Set the checkout origin (Tools → Settings) before taking "
                                    "payments on this screen in %1 mode.").arg(mode::name(m_mode)));
        return;
    }
    auto *flow = new checkout::CheckoutFlow(*m_db, *m_client);
    flow->setActor(QString::number(m_staffId));
    auto *checkoutDialog = new CheckoutDialog(flow, checkoutEnvironment(), created->id, created->number,
                                              created->total().format(), m_window.get());
    checkoutDialog->setAttribute(Qt::WA_DeleteOnClose);
    checkoutDialog->open();
    checkoutDialog->start(dialog.route(), dialog.holdForCapture());
}

void TillApplication::lock()
{
    m_window->hide();
    if (!signIn()) {
        m_window->close();
        return;
    }
    m_window->show();
}

void TillApplication::showStripeKeys()
{
    QDialog dialog(m_window.get());
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
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("End of day"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new EndOfDayView(*m_db, m_mode, dialog));
    dialog->resize(760, 520);
    dialog->open();
}

} // namespace holdfast::ui
