// A headless Holdfast core for the crash campaign: the real store, checkout flow, hold operations
// and event poller against a sandbox, running a random workload until it is killed. It never
// exits on its own while things work; it prints what it is about to do so the campaign can aim a
// SIGKILL at a phase, and what it asked Stripe for so the campaign can tell a replay from a double.
//
//   crash_driver --base-url URL --database PATH [--seed N] [--focus PHASE] [--pause-max MS]
//                [--retry KIND:ORDER:AMOUNT]   (first press again what the last run was killed in)
//                [--hook-log FILE]  (the shop's post-payment command appends each order it gets to FILE)
//
// The secret key comes from HOLDFAST_CRASH_SECRET_KEY (never from the command line, never printed).
// Lines on stdout, each flushed at once:
//   ready                                      the store is open and staff accounts exist
//   phase <checkout|capture|cancel|refund|events|hooks> order=<id>
//   step <name>                                a point inside a phase (create, confirm, authorize…)
//   created order=<id>                         the order is committed
//   ask capture order=<id> pi=<pi> amount=<n>  about to ask for a capture of n
//   ask cancel order=<id> pi=<pi>
//   ask refund order=<id> pi=<pi> amount=<n> seq=<s>
//   done <phase> order=<id> <outcome>
#include "backoffice/holdoperations.h"
#include "checkout/checkoutflow.h"
#include "diagnostics/logging.h"
#include "events/eventpoller.h"
#include "events/eventprocessor.h"
#include "events/postpaymenthook.h"
#include "crashchecks.h"
#include "staff/authorizer.h"
#include "staff/staffaccounts.h"
#include "staff/storedstaffrepository.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"
#include "stripe/stripeclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace holdfast;

namespace {

const QString kManagerPin = QStringLiteral("2580");
const QString kStaffPin = QStringLiteral("3691");

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "crash_driver: %s\n", why.toUtf8().constData());
    std::fflush(stderr);
    std::exit(3);
}

// Runs the event loop until `done` is true or the time is up; false on time-out.
template <typename Predicate>
bool spinUntil(Predicate done, int timeoutMs = 30000)
{
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer limit;
    limit.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&limit, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    if (done())
        return true;
    tick.start();
    limit.start(timeoutMs);
    loop.exec();
    return !timedOut;
}

void pause(int ms)
{
    if (ms <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

class Driver
{
public:
    Driver(store::Database &db, const QUrl &baseUrl, const QString &secretKey, quint64 seed, QString focus,
           int pauseMaxMs)
        : m_db(db)
        , m_baseUrl(baseUrl)
        , m_rng(seed)
        , m_focus(std::move(focus))
        , m_pauseMaxMs(pauseMaxMs)
    {
        m_client.setBaseUrl(baseUrl);
        m_client.setSecretKey(secretKey);
    }

    void setUp()
    {
        m_repository = std::make_unique<staff::StoredStaffRepository>(m_db);
        m_accounts = std::make_unique<staff::StaffAccounts>(*m_repository);
        if (m_accounts->needsFirstManager()) {
            const auto made = m_accounts->createFirstManager(QStringLiteral("Maria Manager"), kManagerPin);
            if (!made.ok())
                die(QStringLiteral("first manager: ") + made.problem);
        }
        for (const staff::StaffMember &m : m_accounts->members()) {
            if (m.role == staff::Role::Manager && !m_managerId)
                m_managerId = m.id;
            else if (m.role == staff::Role::Staff && !m_staffId)
                m_staffId = m.id;
        }
        if (!m_staffId) {
            const auto added = m_accounts->add(QStringLiteral("Sam Staff"), kStaffPin, staff::Role::Staff);
            if (!added.ok())
                die(QStringLiteral("staff member: ") + added.problem);
            m_staffId = added.id;
        }
        if (!m_managerId)
            die(QStringLiteral("no manager"));
        // The same audit wiring as the till: every guarded decision becomes an audit row.
        store::Database *db = &m_db;
        m_authorizer = std::make_unique<staff::Authorizer>(*m_accounts, [db](const staff::AuditRecord &record) {
            AuditEntry entry;
            entry.at = record.at;
            entry.actor = record.actorName.isEmpty() ? QString::number(record.actorId) : record.actorName;
            entry.approvedBy = record.approverName;
            entry.action = QStringLiteral("guard.") + staff::actionName(record.action);
            entry.outcome = staff::outcomeName(record.outcome);
            entry.reason = record.subject;
            entry.detail = record.detail;
            store::AuditLog(*db).append(entry);
        });
        m_operations = std::make_unique<backoffice::HoldOperations>(m_db, &m_client, *m_authorizer);
        m_processor = std::make_unique<events::EventProcessor>(m_db);
        m_poller = std::make_unique<events::EventPoller>(&m_client, m_db, *m_processor);
        say(QStringLiteral("ready"));
    }

    void setHookCommand(const QStringList &command)
    {
        m_hooks = std::make_unique<events::PostPaymentHook>(m_db);
        m_hooks->setCommand(command);
    }

    [[noreturn]] void run(const QString &retrySpec)
    {
        if (!retrySpec.isEmpty())
            retry(retrySpec);
        for (;;) {
            const QString phase = choosePhase();
            if (phase == QLatin1String("capture"))
                capture();
            else if (phase == QLatin1String("cancel"))
                cancel();
            else if (phase == QLatin1String("refund"))
                refund();
            else if (phase == QLatin1String("events"))
                pollEvents();
            else if (phase == QLatin1String("hooks"))
                runHooks();
            else
                checkout();
            pause(int(m_rng.bounded(m_pauseMaxMs + 1)));
        }
    }

private:
    QList<qint64> ordersIn(const QStringList &states)
    {
        QStringList marks;
        for (qsizetype i = 0; i < states.size(); ++i)
            marks.append(QStringLiteral("?"));
        QVariantList args;
        for (const QString &s : states)
            args.append(s);
        QList<qint64> ids;
        auto q = m_db.exec(QStringLiteral("SELECT id FROM orders WHERE state IN (%1) ORDER BY id").arg(marks.join(u',')),
                           args);
        if (!q.ok())
            die(QStringLiteral("select orders: ") + q.error().detail());
        while ((*q)->next())
            ids.append((*q)->value(0).toLongLong());
        (*q)->finish();
        return ids;
    }

    qint64 pick(const QList<qint64> &ids) { return ids.at(int(m_rng.bounded(quint32(ids.size())))); }

    static QStringList refundableStates()
    {
        return {QStringLiteral("captured"), QStringLiteral("partially_captured"), QStringLiteral("paid"),
                QStringLiteral("partially_refunded")};
    }

    // The focus phase is likely; a phase whose orders do not exist yet falls back to the one that
    // makes them (refund ← capture ← checkout).
    QString choosePhase()
    {
        const QStringList phases{QStringLiteral("checkout"), QStringLiteral("capture"), QStringLiteral("cancel"),
                                 QStringLiteral("refund"), QStringLiteral("events"), QStringLiteral("hooks")};
        QList<int> weights;
        int total = 0;
        for (const QString &p : phases) {
            const int w = p == m_focus ? 12 : 2;
            weights.append(w);
            total += w;
        }
        int roll = int(m_rng.bounded(quint32(total)));
        QString phase = phases.last();
        for (qsizetype i = 0; i < phases.size(); ++i) {
            if (roll < weights.at(i)) {
                phase = phases.at(i);
                break;
            }
            roll -= weights.at(i);
        }
        if (phase == QLatin1String("refund") && ordersIn(refundableStates()).isEmpty())
            phase = QStringLiteral("capture");
        if ((phase == QLatin1String("capture") || phase == QLatin1String("cancel"))
            && ordersIn({QStringLiteral("authorised")}).isEmpty())
            phase = QStringLiteral("checkout");
        return phase;
    }

    qint64 createOrder()
    {
        Order o;
        o.state = OrderState::AwaitingPayment;
        o.currency = QStringLiteral("usd");
        o.customerName = QStringLiteral("Customer %1").arg(m_rng.bounded(1000));
        o.staffId = QString::number(m_staffId);
        const int lines = 1 + int(m_rng.bounded(3));
        for (int i = 0; i < lines; ++i)
            o.lines.append({QStringLiteral("Item %1").arg(i + 1), 1 + qint64(m_rng.bounded(3)),
                            100 + qint64(m_rng.bounded(9900))});
        const auto created = store::OrderStore(m_db).create(o, QString::number(m_staffId));
        if (!created.ok())
            die(QStringLiteral("create order: ") + created.error().detail());
        say(QStringLiteral("created order=%1").arg(created->id));
        return created->id;
    }

    bool control(const QString &path)
    {
        QNetworkAccessManager manager;
        QUrl url = m_baseUrl;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = manager.post(request, QByteArrayLiteral("{}"));
        spinUntil([reply] { return reply->isFinished(); }, 15000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status == 200;
    }

    void checkout()
    {
        // Mostly finish what a customer left open; otherwise a new order.
        const QList<qint64> open = ordersIn({QStringLiteral("awaiting_payment"), QStringLiteral("payment_failed")});
        const bool resume = !open.isEmpty() && (open.size() > 3 || m_rng.bounded(100) < 50);
        const qint64 orderId = resume ? pick(open) : createOrder();
        say(QStringLiteral("phase checkout order=%1").arg(orderId));
        checkout::CheckoutFlow flow(m_db, m_client);
        flow.setActor(QString::number(m_staffId));
        checkout::CheckoutOptions options;
        options.holdForCapture = m_rng.bounded(100) < 85;
        options.returnUrl = QUrl(QStringLiteral("https://shop.example/holdfast/return"));
        bool prepared = false;
        bool answered = false;
        QString failure;
        QObject::connect(&flow, &checkout::CheckoutFlow::prepared, &flow, [&](const PaymentIntent &) { prepared = true; });
        QObject::connect(&flow, &checkout::CheckoutFlow::outcome, &flow,
                         [&](const checkout::CheckoutOutcome &) { answered = true; });
        QObject::connect(&flow, &checkout::CheckoutFlow::failed, &flow, [&](const QString &, const QString &detail) {
            failure = detail.isEmpty() ? QStringLiteral("failed") : detail;
        });
        say(QStringLiteral("step prepare"));
        flow.prepare(orderId, checkout::PaymentRoute::CustomerPhone, options);
        spinUntil([&] { return prepared || answered || !failure.isEmpty(); });
        if (!prepared) {
            say(QStringLiteral("done checkout order=%1 %2").arg(orderId).arg(answered ? QStringLiteral("settled") : QStringLiteral("not-prepared")));
            return;
        }
        const QString pi = flow.paymentIntent().id;
        // The customer on the phone: usually approves, sometimes declines, sometimes walks away.
        const int roll = m_rng.bounded(100);
        if (roll < 10) {
            say(QStringLiteral("done checkout order=%1 left-open").arg(orderId));
            return;
        }
        const bool approve = roll >= 18;
        say(approve ? QStringLiteral("step authorize") : QStringLiteral("step decline"));
        control(QStringLiteral("/_sandbox/amazon_pay/%1/%2").arg(pi, approve ? QStringLiteral("authorize") : QStringLiteral("fail")));
        say(QStringLiteral("step refresh"));
        flow.refresh();
        spinUntil([&] { return answered || !failure.isEmpty(); });
        const auto order = store::OrderStore(m_db).get(orderId);
        say(QStringLiteral("done checkout order=%1 %2").arg(orderId).arg(order.ok() ? orderstate::name(order->state) : QStringLiteral("?")));
    }

    backoffice::OperationResult operate(backoffice::OperationRequest request)
    {
        request.actorId = m_rng.bounded(2) ? m_staffId : m_managerId;
        request.approval = staff::ManagerApproval{m_managerId, kManagerPin};
        bool done = false;
        backoffice::OperationResult result;
        quint64 requestId = 0;
        const auto c = QObject::connect(m_operations.get(), &backoffice::HoldOperations::finished, m_operations.get(),
                                        [&](qint64, const backoffice::OperationResult &r) {
                                            if (r.requestId == requestId) {
                                                result = r;
                                                done = true;
                                            }
                                        });
        say(QStringLiteral("step approve"));
        requestId = m_operations->start(request); // checks the manager's PIN, then asks Stripe
        say(QStringLiteral("step stripe"));
        spinUntil([&] { return done; }, 60000);
        QObject::disconnect(c);
        return result;
    }

    static QString statusName(const backoffice::OperationResult &r)
    {
        switch (r.status) {
        case backoffice::OperationResult::Status::Succeeded:
            return QStringLiteral("ok");
        case backoffice::OperationResult::Status::Refused:
            return QStringLiteral("refused");
        case backoffice::OperationResult::Status::Failed:
            return QStringLiteral("failed");
        case backoffice::OperationResult::Status::Unknown:
            return QStringLiteral("unknown");
        }
        return QString();
    }

    // A request the previous run was killed in the middle of, pressed again as a person would after
    // the restart: "capture:ORDER:AMOUNT", "cancel:ORDER:0" or "refund:ORDER:AMOUNT".
    void retry(const QString &spec)
    {
        const QStringList parts = spec.split(u':');
        if (parts.size() != 3)
            die(QStringLiteral("bad --retry ") + spec);
        const qint64 orderId = parts.at(1).toLongLong();
        const qint64 amount = parts.at(2).toLongLong();
        if (parts.at(0) == QLatin1String("capture"))
            capture(orderId, amount);
        else if (parts.at(0) == QLatin1String("cancel"))
            cancel(orderId);
        else if (parts.at(0) == QLatin1String("refund"))
            refund(orderId, amount);
    }

    void capture(qint64 forcedOrder = 0, qint64 forcedAmount = 0)
    {
        const QList<qint64> held = ordersIn({QStringLiteral("authorised")});
        if (held.isEmpty() && !forcedOrder)
            return;
        const qint64 orderId = forcedOrder ? forcedOrder : pick(held);
        say(QStringLiteral("phase capture order=%1").arg(orderId));
        const auto attempt = backoffice::HoldOperations::paymentAttempt(m_db, orderId);
        if (!attempt)
            return;
        const qint64 hold = attempt->amountAuthorisedMinor;
        qint64 amount = forcedAmount ? forcedAmount : hold;
        if (!forcedAmount && hold > 1 && m_rng.bounded(100) < 40)
            amount = 1 + qint64(m_rng.bounded(quint32(hold - 1)));
        say(QStringLiteral("ask capture order=%1 pi=%2 amount=%3").arg(orderId).arg(attempt->paymentIntentId).arg(amount));
        backoffice::OperationRequest request;
        request.kind = backoffice::OperationKind::Capture;
        request.orderId = orderId;
        request.amountMinor = amount;
        const auto r = operate(request);
        say(QStringLiteral("done capture order=%1 %2").arg(orderId).arg(statusName(r)));
    }

    void cancel(qint64 forcedOrder = 0)
    {
        // A hold, or a payment the customer has not finished yet.
        QList<qint64> open = ordersIn({QStringLiteral("authorised")});
        if (m_rng.bounded(100) < 30)
            open += ordersIn({QStringLiteral("awaiting_payment")});
        if (open.isEmpty() && !forcedOrder)
            return;
        const qint64 orderId = forcedOrder ? forcedOrder : pick(open);
        say(QStringLiteral("phase cancel order=%1").arg(orderId));
        const auto attempt = backoffice::HoldOperations::paymentAttempt(m_db, orderId);
        if (!attempt)
            return;
        say(QStringLiteral("ask cancel order=%1 pi=%2").arg(orderId).arg(attempt->paymentIntentId));
        backoffice::OperationRequest request;
        request.kind = backoffice::OperationKind::Cancel;
        request.orderId = orderId;
        const auto r = operate(request);
        say(QStringLiteral("done cancel order=%1 %2").arg(orderId).arg(statusName(r)));
    }

    void refund(qint64 forcedOrder = 0, qint64 forcedAmount = 0)
    {
        const QList<qint64> candidates = ordersIn(refundableStates());
        if (candidates.isEmpty() && !forcedOrder)
            return;
        const qint64 orderId = forcedOrder ? forcedOrder : pick(candidates);
        say(QStringLiteral("phase refund order=%1").arg(orderId));
        const auto attempt = backoffice::HoldOperations::paymentAttempt(m_db, orderId);
        if (!attempt)
            return;
        const qint64 remaining = attempt->amountCapturedMinor - attempt->amountRefundedMinor;
        if (remaining <= 0 && !forcedAmount)
            return;
        qint64 amount = forcedAmount ? forcedAmount : remaining;
        if (!forcedAmount && remaining > 1 && m_rng.bounded(100) < 60)
            amount = 1 + qint64(m_rng.bounded(quint32(remaining - 1)));
        // The sequence number HoldOperations derives its key from (same store, same moment).
        const int seq = backoffice::HoldOperations::nextRefundSequence(m_db, orderId);
        say(QStringLiteral("ask refund order=%1 pi=%2 amount=%3 seq=%4")
                .arg(orderId)
                .arg(attempt->paymentIntentId)
                .arg(amount)
                .arg(seq));
        backoffice::OperationRequest request;
        request.kind = backoffice::OperationKind::Refund;
        request.orderId = orderId;
        request.amountMinor = amount;
        request.refundReason = QStringLiteral("requested_by_customer");
        const auto r = operate(request);
        say(QStringLiteral("done refund order=%1 %2").arg(orderId).arg(statusName(r)));
    }

    // What a single till does after every change: the shop's post-payment command runs for each order
    // whose money arrived, once, claimed before it starts.
    void runHooks()
    {
        say(QStringLiteral("phase hooks order=0"));
        if (!m_hooks) {
            say(QStringLiteral("done hooks order=0 none"));
            return;
        }
        bool idle = false;
        const auto c = QObject::connect(m_hooks.get(), &events::PostPaymentHook::idle, m_hooks.get(), [&] { idle = true; });
        // The campaign aims at "run": announced only when a command is about to start.
        const auto due = events::PostPaymentHook::pending(m_db);
        say(due.ok() && !due->isEmpty() ? QStringLiteral("step run") : QStringLiteral("step nothing-due"));
        m_hooks->runPending();
        if (!m_hooks->isRunning())
            idle = true;
        spinUntil([&] { return idle; });
        QObject::disconnect(c);
        say(QStringLiteral("done hooks order=0 ok"));
    }

    void pollEvents()
    {
        say(QStringLiteral("phase events order=0"));
        bool finished = false;
        const auto a = QObject::connect(m_poller.get(), &events::EventPoller::pollFinished, m_poller.get(), [&](int) { finished = true; });
        const auto b = QObject::connect(m_poller.get(), &events::EventPoller::pollFailed, m_poller.get(), [&](const QString &) { finished = true; });
        say(QStringLiteral("step poll"));
        m_poller->pollNow();
        spinUntil([&] { return finished; });
        QObject::disconnect(a);
        QObject::disconnect(b);
        say(QStringLiteral("step resume"));
        const auto resumed = m_processor->resume();
        say(QStringLiteral("done events order=0 %1").arg(resumed.ok() ? QStringLiteral("ok") : QStringLiteral("failed")));
    }

    store::Database &m_db;
    QUrl m_baseUrl;
    QRandomGenerator m_rng;
    QString m_focus;
    int m_pauseMaxMs = 0;
    stripe::StripeClient m_client;
    std::unique_ptr<staff::StoredStaffRepository> m_repository;
    std::unique_ptr<staff::StaffAccounts> m_accounts;
    std::unique_ptr<staff::Authorizer> m_authorizer;
    std::unique_ptr<backoffice::HoldOperations> m_operations;
    std::unique_ptr<events::EventProcessor> m_processor;
    std::unique_ptr<events::EventPoller> m_poller;
    std::unique_ptr<events::PostPaymentHook> m_hooks;
    qint64 m_managerId = 0;
    qint64 m_staffId = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    logging::installRedactingHandler();
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("holdfast.*.debug=false"));
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name, const QString &fallback = {}) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QUrl baseUrl(option(QStringLiteral("--base-url")));
    const QString database = option(QStringLiteral("--database"));
    const QString secretKey = qEnvironmentVariable("HOLDFAST_CRASH_SECRET_KEY");
    if (!baseUrl.isValid() || database.isEmpty() || secretKey.isEmpty()) {
        std::fprintf(stderr, "usage: crash_driver --base-url URL --database URL|PATH [--seed N] [--focus PHASE] "
                             "[--pause-max MS]\n(the secret key comes from HOLDFAST_CRASH_SECRET_KEY)\n");
        return 2;
    }
    const quint64 seed = option(QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    const QString focus = option(QStringLiteral("--focus"), QStringLiteral("checkout"));
    const int pauseMax = option(QStringLiteral("--pause-max"), QStringLiteral("5")).toInt();

    // A URL (sqlite:… or postgresql://…), or a SQLite file's path.
    auto opened = store::Database::open(database.contains(u':') ? database : QStringLiteral("sqlite:") + database);
    if (!opened.ok())
        die(QStringLiteral("open: ") + opened.error().detail());
    auto db = std::move(opened).value();
    Driver driver(*db, baseUrl, secretKey, seed, focus, pauseMax);
    driver.setUp();
    if (const QString log = option(QStringLiteral("--hook-log")); !log.isEmpty())
        driver.setHookCommand(crash::hookLogCommand(log));
    driver.run(option(QStringLiteral("--retry")));
}
