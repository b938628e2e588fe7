// Sustained load on holdfast-webhooks (the real binary) with PostgreSQL restarted in the middle.
//
// A loopback generator behaves like Stripe: it sends correctly signed payment_intent.*, charge.*
// and refund.* events at a steady rate over a fixed number of keep-alive connections, and any
// delivery not answered 2xx (5xx, refused or reset connection, timeout) is sent again later with
// exponential backoff, re-signed, until it is accepted. Halfway it stops PostgreSQL through
// HOLDFAST_TEST_POSTGRES_CTL, waits, and starts it again. Every few seconds it reads the
// receiver's resident memory from /proc. At the end it waits for the retries to drain, then reads
// the events table directly (Qt SQL, QPSQL) and checks that every accepted event id is stored
// exactly once and nothing else is; that every event was applied; and that the orders the
// events paid for were captured. It prints its figures and exits non-zero when an event was lost
// or duplicated or the receiver's memory grew after warm-up by more than the limit below.
//
//   load_webhooks [--duration S] [--rate N] [--concurrency C] [--restart-at S] [--outage S]
//
// Run it through tests/support/with-services.sh (docs/load-test.md).
#include "domain/order.h"
#include "domain/orderstate.h"
#include "events/webhookverifier.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"
#include "testservices.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTime>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <limits>
#include <memory>
#include <optional>
#include <queue>
#include <random>
#include <vector>

#include <unistd.h>

using namespace holdfast;

namespace {

// The receiver's resident memory may grow after warm-up by at most the larger of these two.
// The floor absorbs what a healthy process does on its own: glibc keeps freed blocks in its
// arenas instead of returning them, libpq's buffers grow to the largest result seen, and the
// reconnect after the restart builds a new connection and statement cache. A real leak of one
// request body (about 1.5 KiB) per delivery passes the 8 MiB mark after some 5,500 deliveries,
// under 30 s at the default rate; over the full 10-minute run (about 108,000 deliveries after
// warm-up) 8 MiB is about 78 bytes per delivery. The 10 % keeps the limit proportionate should the
// receiver's working set be large (a large post-payment hook backlog, say).
constexpr qint64 kGrowthFloorKiB = 8 * 1024;
constexpr double kGrowthPercent = 10.0;

enum class Variant : quint8 {
    Manual,    // Amazon Pay or a card held, then captured: what a till does
    Automatic, // a card charged at once
    Failed,    // the payment was declined
    Refunded,  // charged at once, then refunded in full
    Expired,   // held, never captured: the hold lapsed
};

const QStringList &stepsOf(Variant v)
{
    static const QStringList manual{
        QStringLiteral("payment_intent.created"), QStringLiteral("payment_intent.requires_action"),
        QStringLiteral("charge.succeeded"),       QStringLiteral("payment_intent.amount_capturable_updated"),
        QStringLiteral("charge.captured"),        QStringLiteral("payment_intent.succeeded")};
    static const QStringList automatic{QStringLiteral("payment_intent.created"),
                                       QStringLiteral("charge.succeeded"),
                                       QStringLiteral("payment_intent.succeeded")};
    static const QStringList failed{
        QStringLiteral("payment_intent.created"), QStringLiteral("payment_intent.requires_action"),
        QStringLiteral("charge.failed"), QStringLiteral("payment_intent.payment_failed")};
    static const QStringList refunded{QStringLiteral("payment_intent.created"),
                                      QStringLiteral("charge.succeeded"),
                                      QStringLiteral("payment_intent.succeeded"),
                                      QStringLiteral("refund.created"), QStringLiteral("charge.refunded")};
    static const QStringList expired{
        QStringLiteral("payment_intent.created"), QStringLiteral("payment_intent.requires_action"),
        QStringLiteral("charge.succeeded"),       QStringLiteral("payment_intent.amount_capturable_updated"),
        QStringLiteral("charge.expired"),         QStringLiteral("payment_intent.canceled")};
    switch (v) {
    case Variant::Manual:
        return manual;
    case Variant::Automatic:
        return automatic;
    case Variant::Failed:
        return failed;
    case Variant::Refunded:
        return refunded;
    case Variant::Expired:
        return expired;
    }
    return manual;
}

struct PaymentPlan
{
    Variant variant = Variant::Manual;
    bool amazonPay = false;
    qint64 amount = 0;
    qint64 orderId = 0; // a Holdfast order claims this PaymentIntent
    QString orderNumber;
    qint64 created = 0; // set when its first event is built
};

struct PlannedEvent
{
    quint32 payment = 0;
    quint8 step = 0;
};

struct Options
{
    int duration = 600;
    int rate = 200;
    int concurrency = 16;
    double restartAt = -1;
    double outage = 5;
    double warmup = -1;
    double sampleEvery = 2;
    double progressEvery = 30;
    int timeoutMs = 10000;
    int drainTimeout = 180;
    int knownEvery = 10;
    quint32 seed = 1;
    QString webhooksBin;
    bool keepSchema = false;
    QString receiverLog; // empty: a temporary file, shown in part when the run fails
};

struct RssSample
{
    qint64 ms = 0;
    qint64 kib = 0;
};

qint64 procStatusKiB(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int openFiles(qint64 pid)
{
    return int(
        QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::System).size());
}

// User plus system time the process has used, from /proc/<pid>/stat (fields 14 and 15).
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // The command name (field 2) may hold spaces; the fields after it start past its ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const long ticks = sysconf(_SC_CLK_TCK);
    if (fields.size() < 13 || ticks <= 0)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(ticks);
}

double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

// ---------------------------------------------------------------------------------------------

class LoadRun
{
public:
    LoadRun(Options options, QString serverUrl) : m_o(std::move(options)), m_serverUrl(std::move(serverUrl))
    {
    }

    int run();

private:
    bool plan();
    bool createOrders();
    bool startReceiver();
    void tick();
    void dispatch();
    void send(int index, int slot);
    void answered(QNetworkReply *reply, int index, int slot, qint64 sentNs);
    void sample();
    void progress();
    void beginRestart();
    void finish();
    bool check();
    int report();
    QByteArray body(int index);
    qint64 nowMs() const { return m_clock.elapsed(); }
    QString receiverLog() const
    {
        return m_o.receiverLog.isEmpty() ? m_dir.filePath(QStringLiteral("receiver.log")) : m_o.receiverLog;
    }
    QString eventId(int index) const
    {
        return QStringLiteral("evt_%1%2").arg(m_run).arg(index, 9, 10, QLatin1Char('0'));
    }
    QString paymentId(quint32 p) const
    {
        return QStringLiteral("pi_%1%2").arg(m_run).arg(p, 8, 10, QLatin1Char('0'));
    }
    QString chargeId(quint32 p) const
    {
        return QStringLiteral("ch_%1%2").arg(m_run).arg(p, 8, 10, QLatin1Char('0'));
    }

    Options m_o;
    QString m_serverUrl;
    QString m_schema;
    QString m_databaseUrl;
    QString m_run; // distinguishes this run's ids
    QByteArray m_secret;
    QTemporaryDir m_dir;
    QProcess m_receiver;
    qint64 m_pid = 0;
    quint16 m_port = 0;
    QUrl m_url;
    QEventLoop m_loop;
    QElapsedTimer m_clock;
    std::mt19937 m_rng;

    std::vector<PaymentPlan> m_payments;
    std::vector<PlannedEvent> m_events;
    struct EventState
    {
        quint16 attempts = 0;
        bool accepted = false;
    };
    std::vector<EventState> m_state;
    QHash<int, QByteArray> m_bodies; // built at the first delivery, kept until accepted

    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    std::vector<int> m_freeSlots;
    int m_nextNew = 0;
    int m_releasedNew = 0;
    std::deque<int> m_retryDue;
    using Due = std::pair<qint64, int>;
    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> m_retryLater;
    QTimer m_tick;
    QTimer m_sampler;
    QTimer m_progress;
    bool m_finished = false;

    // Figures.
    qint64 m_sendStartMs = 0;
    qint64 m_lastNewSentMs = -1;
    qint64 m_drainedMs = -1;
    qint64 m_requests = 0;
    qint64 m_acceptedEvents = 0;
    qint64 m_duplicateAnswers = 0;
    qint64 m_retries = 0;
    int m_maxAttempts = 0;
    qint64 m_status5xx = 0;
    qint64 m_status503 = 0;
    qint64 m_status5xxOutside = 0;
    qint64 m_status4xx = 0;
    qint64 m_otherStatus = 0;
    qint64 m_connectionErrors = 0;
    qint64 m_timeouts = 0;
    qint64 m_acceptedWhileStopped = 0;
    qint64 m_firstFailMs = -1;
    qint64 m_lastFailMs = -1;
    qint64 m_maxBacklog = 0;
    std::vector<quint32> m_latencyUs;
    std::vector<RssSample> m_rss;
    int m_filesStart = -1;
    int m_filesEnd = -1;
    double m_cpuSeconds = 0;
    bool m_receiverDied = false;
    QString m_setupError;

    // The restart.
    QProcess m_ctl;
    qint64 m_stopIssuedMs = -1;
    qint64 m_stopDoneMs = -1;
    qint64 m_startIssuedMs = -1;
    qint64 m_startDoneMs = -1;
    qint64 m_firstAcceptAfterStartMs = -1;
    bool m_ctlFailed = false;

    // The check.
    qint64 m_storedRows = -1;
    qint64 m_storedDistinct = -1;
    qint64 m_unprocessed = -1;
    qint64 m_lost = 0;
    qint64 m_duplicates = 0;
    qint64 m_unknown = 0;
    qint64 m_unaccepted = 0;
    int m_knownChecked = 0;
    int m_knownCaptured = 0;
    QString m_checkError;
};

bool LoadRun::plan()
{
    m_rng.seed(m_o.seed);
    const qint64 total = qint64(m_o.rate) * m_o.duration;
    std::uniform_int_distribution<int> amount(5, 250); // whole currency units
    std::uniform_int_distribution<int> percent(0, 99);
    // Payments in progress at the same time: their events interleave, as Stripe's do.
    const int window = std::max(8, m_o.rate / 4);
    std::vector<std::pair<quint32, quint8>> active;
    quint32 nextPayment = 0;
    auto newPayment = [&] {
        PaymentPlan p;
        const quint32 n = nextPayment++;
        const int r = percent(m_rng);
        if (m_o.knownEvery > 0 && n % quint32(m_o.knownEvery) == 0)
            p.variant = Variant::Manual; // a till's order: held, then captured
        else if (r < 40)
            p.variant = Variant::Manual;
        else if (r < 70)
            p.variant = Variant::Automatic;
        else if (r < 82)
            p.variant = Variant::Failed;
        else if (r < 92)
            p.variant = Variant::Refunded;
        else
            p.variant = Variant::Expired;
        p.amazonPay = p.variant == Variant::Manual && percent(m_rng) < 50;
        p.amount = qint64(amount(m_rng)) * 100 + (percent(m_rng) < 50 ? 0 : 50);
        m_payments.push_back(p);
        active.emplace_back(n, 0);
    };
    m_events.reserve(size_t(total));
    while (qint64(m_events.size()) < total) {
        while (int(active.size()) < window)
            newPayment();
        std::uniform_int_distribution<size_t> pick(0, active.size() - 1);
        const size_t i = pick(m_rng);
        auto &[payment, step] = active[i];
        m_events.push_back(PlannedEvent{payment, step});
        ++step;
        if (step >= stepsOf(m_payments[payment].variant).size()) {
            active[i] = active.back();
            active.pop_back();
        }
    }
    // Finish the payments under way, so that every order's story is complete.
    for (auto &[payment, step] : active)
        for (; step < stepsOf(m_payments[payment].variant).size(); ++step)
            m_events.push_back(PlannedEvent{payment, step});
    m_state.assign(m_events.size(), EventState{});
    return !m_events.empty();
}

bool LoadRun::createOrders()
{
    auto opened =
        store::Database::open(m_databaseUrl, QString::fromUtf8(qgetenv("HOLDFAST_DATABASE_PASSWORD")));
    if (!opened) {
        m_setupError = QStringLiteral("cannot open %1: %2").arg(m_databaseUrl, opened.error().detail());
        return false;
    }
    std::unique_ptr<store::Database> db = std::move(opened).value();
    static const char *const items[] = {"Linen apron",    "Stoneware mug", "Tote bag",
                                        "Beeswax candle", "Notebook",      "Coffee beans 250 g"};
    int inTransaction = 0;
    std::optional<store::Transaction> tx;
    for (quint32 n = 0; n < m_payments.size(); ++n) {
        if (m_o.knownEvery <= 0 || n % quint32(m_o.knownEvery) != 0)
            continue;
        if (!tx)
            tx.emplace(*db);
        PaymentPlan &p = m_payments[n];
        Order o;
        o.state = OrderState::AwaitingPayment;
        o.currency = QStringLiteral("usd");
        o.customerName = QStringLiteral("Load customer %1").arg(n);
        o.lines = {{QString::fromLatin1(items[n % 6]), 1, p.amount}};
        o.totalMinor = p.amount;
        auto created = store::OrderStore(*db).create(o, QStringLiteral("staff-load"));
        if (!created) {
            m_setupError = QStringLiteral("cannot create an order: ") + created.error().detail();
            return false;
        }
        PaymentAttempt a;
        a.orderId = created->id;
        a.paymentIntentId = paymentId(n);
        a.captureMethod = QStringLiteral("manual");
        a.currency = created->currency;
        a.amountMinor = created->totalMinor;
        if (auto added = store::PaymentAttempts(*db).add(a); !added) {
            m_setupError = QStringLiteral("cannot add a payment attempt: ") + added.error().detail();
            return false;
        }
        p.orderId = created->id;
        p.orderNumber = created->number;
        p.amount = created->totalMinor;
        if (++inTransaction == 250) {
            if (auto s = tx->commit(); !s) {
                m_setupError = QStringLiteral("cannot commit the orders: ") + s.error().detail();
                return false;
            }
            tx.reset();
            inTransaction = 0;
        }
    }
    if (tx)
        if (auto s = tx->commit(); !s) {
            m_setupError = QStringLiteral("cannot commit the orders: ") + s.error().detail();
            return false;
        }
    return true;
}

QByteArray LoadRun::body(int index)
{
    const PlannedEvent &e = m_events[size_t(index)];
    PaymentPlan &p = m_payments[e.payment];
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (p.created == 0)
        p.created = now;
    const QString type = stepsOf(p.variant).at(e.step);
    const QString pi = paymentId(e.payment);
    const QString ch = chargeId(e.payment);
    const bool manual = p.variant == Variant::Manual || p.variant == Variant::Expired;
    const QJsonValue null;
    const QJsonObject metadata = p.orderNumber.isEmpty()
                                     ? QJsonObject{}
                                     : QJsonObject{{QStringLiteral("holdfast_order"), p.orderNumber}};

    auto paymentIntent = [&](const QString &status, qint64 capturable, qint64 received, bool hasCharge) {
        QJsonObject o{
            {QStringLiteral("id"), pi},
            {QStringLiteral("object"), QStringLiteral("payment_intent")},
            {QStringLiteral("amount"), p.amount},
            {QStringLiteral("amount_capturable"), capturable},
            {QStringLiteral("amount_received"), received},
            {QStringLiteral("application"), null},
            {QStringLiteral("canceled_at"), null},
            {QStringLiteral("cancellation_reason"), null},
            {QStringLiteral("capture_method"),
             manual ? QStringLiteral("manual") : QStringLiteral("automatic")},
            {QStringLiteral("confirmation_method"), QStringLiteral("automatic")},
            {QStringLiteral("created"), p.created},
            {QStringLiteral("currency"), QStringLiteral("usd")},
            {QStringLiteral("customer"), null},
            {QStringLiteral("description"),
             p.orderNumber.isEmpty() ? null : QJsonValue(QString(QStringLiteral("Order ") + p.orderNumber))},
            {QStringLiteral("last_payment_error"), null},
            {QStringLiteral("latest_charge"), hasCharge ? QJsonValue(ch) : null},
            {QStringLiteral("livemode"), false},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("next_action"), null},
            {QStringLiteral("payment_method"),
             hasCharge ? QJsonValue(QString(QStringLiteral("pm_") + pi.mid(3))) : null},
            {QStringLiteral("payment_method_types"),
             p.amazonPay ? QJsonArray{QStringLiteral("amazon_pay")} : QJsonArray{QStringLiteral("card")}},
            {QStringLiteral("receipt_email"), null},
            {QStringLiteral("shipping"), null},
            {QStringLiteral("statement_descriptor"), null},
            {QStringLiteral("status"), status}};
        return o;
    };
    auto charge = [&](const QString &status, bool captured, qint64 amountCaptured, qint64 refunded) {
        const QJsonObject details =
            p.amazonPay ? QJsonObject{{QStringLiteral("type"), QStringLiteral("amazon_pay")},
                                      {QStringLiteral("amazon_pay"), QJsonObject{}}}
                        : QJsonObject{{QStringLiteral("type"), QStringLiteral("card")},
                                      {QStringLiteral("card"),
                                       QJsonObject{{QStringLiteral("brand"), QStringLiteral("visa")},
                                                   {QStringLiteral("last4"), QStringLiteral("4242")},
                                                   {QStringLiteral("exp_month"), 12},
                                                   {QStringLiteral("exp_year"), 2030},
                                                   {QStringLiteral("funding"), QStringLiteral("credit")}}}};
        return QJsonObject{
            {QStringLiteral("id"), ch},
            {QStringLiteral("object"), QStringLiteral("charge")},
            {QStringLiteral("amount"), p.amount},
            {QStringLiteral("amount_captured"), amountCaptured},
            {QStringLiteral("amount_refunded"), refunded},
            {QStringLiteral("balance_transaction"),
             captured ? QJsonValue(QString(QStringLiteral("txn_") + pi.mid(3))) : null},
            {QStringLiteral("captured"), captured},
            {QStringLiteral("created"), p.created},
            {QStringLiteral("currency"), QStringLiteral("usd")},
            {QStringLiteral("failure_code"),
             status == QLatin1String("failed") ? QJsonValue(QStringLiteral("card_declined")) : null},
            {QStringLiteral("failure_message"), status == QLatin1String("failed")
                                                    ? QJsonValue(QStringLiteral("Your card was declined."))
                                                    : null},
            {QStringLiteral("livemode"), false},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("outcome"),
             QJsonObject{{QStringLiteral("network_status"), status == QLatin1String("failed")
                                                                ? QStringLiteral("declined_by_network")
                                                                : QStringLiteral("approved_by_network")},
                         {QStringLiteral("risk_level"), QStringLiteral("normal")},
                         {QStringLiteral("type"), status == QLatin1String("failed")
                                                      ? QStringLiteral("issuer_declined")
                                                      : QStringLiteral("authorized")}}},
            {QStringLiteral("paid"), status == QLatin1String("succeeded")},
            {QStringLiteral("payment_intent"), pi},
            {QStringLiteral("payment_method"), QString(QStringLiteral("pm_") + pi.mid(3))},
            {QStringLiteral("payment_method_details"), details},
            {QStringLiteral("refunded"), refunded > 0 && refunded == p.amount},
            {QStringLiteral("status"), status}};
    };

    QJsonObject object;
    QJsonObject previous;
    if (type == QLatin1String("payment_intent.created")) {
        object = paymentIntent(QStringLiteral("requires_payment_method"), 0, 0, false);
    } else if (type == QLatin1String("payment_intent.requires_action")) {
        object = paymentIntent(QStringLiteral("requires_action"), 0, 0, false);
        object.insert(
            QStringLiteral("next_action"),
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("redirect_to_url")},
                {QStringLiteral("redirect_to_url"),
                 QJsonObject{{QStringLiteral("return_url"), QStringLiteral("https://shop.example/return")},
                             {QStringLiteral("url"),
                              QString(QStringLiteral("https://hooks.stripe.com/redirect/authenticate/src_") +
                                      pi.mid(3))}}}});
        previous = QJsonObject{{QStringLiteral("status"), QStringLiteral("requires_payment_method")}};
    } else if (type == QLatin1String("charge.succeeded")) {
        object = charge(QStringLiteral("succeeded"), !manual, manual ? 0 : p.amount, 0);
    } else if (type == QLatin1String("charge.failed")) {
        object = charge(QStringLiteral("failed"), false, 0, 0);
    } else if (type == QLatin1String("payment_intent.amount_capturable_updated")) {
        object = paymentIntent(QStringLiteral("requires_capture"), p.amount, 0, true);
        previous = QJsonObject{{QStringLiteral("amount_capturable"), 0},
                               {QStringLiteral("status"), QStringLiteral("requires_action")}};
    } else if (type == QLatin1String("charge.captured")) {
        object = charge(QStringLiteral("succeeded"), true, p.amount, 0);
        previous = QJsonObject{{QStringLiteral("amount_captured"), 0}, {QStringLiteral("captured"), false}};
    } else if (type == QLatin1String("payment_intent.succeeded")) {
        object = paymentIntent(QStringLiteral("succeeded"), 0, p.amount, true);
    } else if (type == QLatin1String("payment_intent.payment_failed")) {
        object = paymentIntent(QStringLiteral("requires_payment_method"), 0, 0, true);
        object.insert(QStringLiteral("last_payment_error"),
                      QJsonObject{{QStringLiteral("code"), QStringLiteral("card_declined")},
                                  {QStringLiteral("decline_code"), QStringLiteral("generic_decline")},
                                  {QStringLiteral("message"), QStringLiteral("Your card was declined.")},
                                  {QStringLiteral("type"), QStringLiteral("card_error")}});
    } else if (type == QLatin1String("refund.created")) {
        object = QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("re_") + pi.mid(3))},
                             {QStringLiteral("object"), QStringLiteral("refund")},
                             {QStringLiteral("amount"), p.amount},
                             {QStringLiteral("charge"), ch},
                             {QStringLiteral("created"), now},
                             {QStringLiteral("currency"), QStringLiteral("usd")},
                             {QStringLiteral("metadata"), QJsonObject{}},
                             {QStringLiteral("payment_intent"), pi},
                             {QStringLiteral("reason"), QStringLiteral("requested_by_customer")},
                             {QStringLiteral("status"), QStringLiteral("succeeded")}};
    } else if (type == QLatin1String("charge.refunded")) {
        object = charge(QStringLiteral("succeeded"), true, p.amount, p.amount);
        previous = QJsonObject{{QStringLiteral("amount_refunded"), 0}, {QStringLiteral("refunded"), false}};
    } else if (type == QLatin1String("charge.expired")) {
        object = charge(QStringLiteral("succeeded"), false, 0, 0);
    } else { // payment_intent.canceled
        object = paymentIntent(QStringLiteral("canceled"), 0, 0, true);
        object.insert(QStringLiteral("canceled_at"), now);
        object.insert(QStringLiteral("cancellation_reason"), QStringLiteral("automatic"));
    }
    QJsonObject data{{QStringLiteral("object"), object}};
    if (!previous.isEmpty())
        data.insert(QStringLiteral("previous_attributes"), previous);
    const QJsonObject event{
        {QStringLiteral("id"), eventId(index)},
        {QStringLiteral("object"), QStringLiteral("event")},
        {QStringLiteral("api_version"), QStringLiteral("2025-02-24.acacia")},
        {QStringLiteral("created"), now},
        {QStringLiteral("data"), data},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("pending_webhooks"), 1},
        {QStringLiteral("request"),
         QJsonObject{
             {QStringLiteral("id"), QStringLiteral("req_%1%2").arg(m_run).arg(e.payment)},
             {QStringLiteral("idempotency_key"), QUuid::createUuid().toString(QUuid::WithoutBraces)}}},
        {QStringLiteral("type"), type}};
    // Stripe's payloads are indented JSON; the signature covers exactly these bytes.
    return QJsonDocument(event).toJson(QJsonDocument::Indented);
}

bool LoadRun::startReceiver()
{
    QFile secretFile(m_dir.filePath(QStringLiteral("webhook-secret")));
    if (!secretFile.open(QIODevice::WriteOnly) || secretFile.write(m_secret + '\n') < 0) {
        m_setupError = QStringLiteral("cannot write the secret file");
        return false;
    }
    secretFile.close();
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        m_setupError = QStringLiteral("no free port");
        return false;
    }
    m_port = probe.serverPort();
    probe.close();
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/stripe").arg(m_port));
    m_receiver.setProcessChannelMode(QProcess::SeparateChannels);
    m_receiver.setStandardErrorFile(receiverLog());
    // Timestamps in the receiver's log, to line it up with the generator's figures.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_MESSAGE_PATTERN")))
        env.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
                   QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{category}: %{message}"));
    m_receiver.setProcessEnvironment(env);
    m_receiver.start(m_o.webhooksBin,
                     {QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--database"),
                      m_databaseUrl, QStringLiteral("--secret-file"), secretFile.fileName()});
    if (!m_receiver.waitForStarted(10000)) {
        m_setupError = QStringLiteral("cannot start %1: %2").arg(m_o.webhooksBin, m_receiver.errorString());
        return false;
    }
    while (!m_receiver.canReadLine()) {
        if (!m_receiver.waitForReadyRead(30000)) {
            m_setupError = QStringLiteral("holdfast-webhooks did not say it was listening");
            return false;
        }
    }
    const QByteArray line = m_receiver.readLine().trimmed();
    if (line != QByteArray("listening on " + m_url.adjusted(QUrl::RemovePath).toString().toUtf8())) {
        m_setupError =
            QStringLiteral("unexpected first line from holdfast-webhooks: ") + QString::fromUtf8(line);
        return false;
    }
    m_pid = m_receiver.processId();
    return true;
}

void LoadRun::sample()
{
    const qint64 kib = procStatusKiB(m_pid, "VmRSS");
    if (kib > 0)
        m_rss.push_back(RssSample{nowMs(), kib});
}

void LoadRun::progress()
{
    const double t = double(nowMs() - m_sendStartMs) / 1000.0;
    std::printf("  %6.0f s  sent %7d  accepted %7lld  waiting to retry %5zu  5xx %6lld  RSS %7.1f MiB\n", t,
                m_nextNew, m_acceptedEvents, m_retryDue.size() + m_retryLater.size(), m_status5xx,
                m_rss.empty() ? 0.0 : mib(m_rss.back().kib));
    std::fflush(stdout);
}

void LoadRun::beginRestart()
{
    const QString ctl = qEnvironmentVariable("HOLDFAST_TEST_POSTGRES_CTL");
    std::printf("  %6.0f s  stopping PostgreSQL (%s)\n", double(nowMs() - m_sendStartMs) / 1000.0,
                qPrintable(QTime::currentTime().toString(QStringLiteral("hh:mm:ss.zzz"))));
    std::fflush(stdout);
    m_stopIssuedMs = nowMs();
    QObject::connect(
        &m_ctl, &QProcess::finished, &m_loop, [this, ctl](int code, QProcess::ExitStatus status) {
            const bool ok = status == QProcess::NormalExit && code == 0;
            if (m_stopDoneMs < 0) {
                m_stopDoneMs = nowMs();
                m_ctlFailed |= !ok;
                QTimer::singleShot(int(m_o.outage * 1000), Qt::PreciseTimer, &m_loop, [this, ctl] {
                    std::printf("  %6.0f s  starting PostgreSQL (%s)\n",
                                double(nowMs() - m_sendStartMs) / 1000.0,
                                qPrintable(QTime::currentTime().toString(QStringLiteral("hh:mm:ss.zzz"))));
                    std::fflush(stdout);
                    m_startIssuedMs = nowMs();
                    m_ctl.start(ctl, {QStringLiteral("start")});
                });
            } else {
                m_startDoneMs = nowMs();
                m_ctlFailed |= !ok;
            }
        });
    m_ctl.setProcessChannelMode(QProcess::MergedChannels);
    m_ctl.start(ctl, {QStringLiteral("stop")});
}

void LoadRun::tick()
{
    if (m_finished)
        return;
    const qint64 now = nowMs();
    const qint64 elapsed = now - m_sendStartMs;
    const qint64 due = std::min<qint64>(qint64(m_events.size()), elapsed * m_o.rate / 1000 + 1);
    m_releasedNew = int(std::max<qint64>(m_releasedNew, due));
    while (!m_retryLater.empty() && m_retryLater.top().first <= now) {
        m_retryDue.push_back(m_retryLater.top().second);
        m_retryLater.pop();
    }
    dispatch();
    m_maxBacklog =
        std::max<qint64>(m_maxBacklog, qint64(m_releasedNew - m_nextNew) + qint64(m_retryDue.size()));
    if (m_receiver.state() == QProcess::NotRunning) {
        m_receiverDied = true;
        finish();
        return;
    }
    if (m_acceptedEvents == qint64(m_events.size())) {
        m_drainedMs = now;
        finish();
        return;
    }
    if (m_nextNew == int(m_events.size()) && m_lastNewSentMs >= 0 &&
        now - m_lastNewSentMs > m_o.drainTimeout * 1000)
        finish();
}

void LoadRun::dispatch()
{
    if (m_finished)
        return;
    while (!m_freeSlots.empty()) {
        int index = -1;
        if (!m_retryDue.empty()) {
            index = m_retryDue.front();
            m_retryDue.pop_front();
        } else if (m_nextNew < m_releasedNew) {
            index = m_nextNew++;
            if (m_nextNew == int(m_events.size()))
                m_lastNewSentMs = nowMs();
        } else {
            return;
        }
        const int slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        send(index, slot);
    }
}

void LoadRun::send(int index, int slot)
{
    auto it = m_bodies.find(index);
    if (it == m_bodies.end())
        it = m_bodies.insert(index, body(index));
    EventState &s = m_state[size_t(index)];
    if (s.attempts > 0)
        ++m_retries;
    ++s.attempts;
    m_maxAttempts = std::max(m_maxAttempts, int(s.attempts));
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Stripe/1.0 (+https://stripe.com/docs/webhooks)"));
    // Each delivery attempt is signed afresh, as Stripe does.
    request.setRawHeader("Stripe-Signature",
                         events::WebhookVerifier::sign(*it, m_secret, QDateTime::currentSecsSinceEpoch()));
    request.setTransferTimeout(m_o.timeoutMs);
    ++m_requests;
    const qint64 sentNs = m_clock.nsecsElapsed();
    QNetworkReply *reply = m_managers[size_t(slot) / 6]->post(request, *it);
    QObject::connect(reply, &QNetworkReply::finished, &m_loop,
                     [this, reply, index, slot, sentNs] { answered(reply, index, slot, sentNs); });
}

void LoadRun::answered(QNetworkReply *reply, int index, int slot, qint64 sentNs)
{
    reply->deleteLater();
    const qint64 now = nowMs();
    const qint64 latencyUs = (m_clock.nsecsElapsed() - sentNs) / 1000;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray answer = reply->readAll();
    m_freeSlots.push_back(slot);
    EventState &s = m_state[size_t(index)];
    if (status >= 200 && status < 300) {
        if (!s.accepted) {
            s.accepted = true;
            ++m_acceptedEvents;
        }
        m_bodies.remove(index);
        m_latencyUs.push_back(quint32(std::min<qint64>(latencyUs, std::numeric_limits<quint32>::max())));
        if (QJsonDocument::fromJson(answer).object().value(QLatin1String("duplicate")).toBool())
            ++m_duplicateAnswers;
        if (m_stopDoneMs >= 0 && now > m_stopDoneMs && (m_startIssuedMs < 0 || now < m_startIssuedMs))
            ++m_acceptedWhileStopped;
        if (m_startDoneMs >= 0 && m_firstAcceptAfterStartMs < 0)
            m_firstAcceptAfterStartMs = now;
    } else {
        if (status >= 500) {
            ++m_status5xx;
            m_status503 += status == 503;
            if (m_stopIssuedMs < 0)
                ++m_status5xxOutside;
        } else if (status >= 400) {
            ++m_status4xx;
            if (m_status4xx <= 3)
                std::fprintf(stderr, "load_webhooks: %s answered %d: %s\n", qPrintable(eventId(index)),
                             status, answer.left(200).constData());
        } else if (status != 0) {
            ++m_otherStatus;
        } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
            ++m_timeouts;
        } else {
            ++m_connectionErrors;
        }
        if (m_firstFailMs < 0)
            m_firstFailMs = now;
        m_lastFailMs = now;
        // Stripe's schedule stretches over three days; the same shape, compressed to seconds.
        std::uniform_real_distribution<double> jitter(0.8, 1.2);
        const double delay = std::min(500.0 * std::pow(2.0, double(s.attempts - 1)), 10000.0) * jitter(m_rng);
        m_retryLater.emplace(now + qint64(delay), index);
    }
    dispatch();
}

void LoadRun::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_tick.stop();
    m_sampler.stop();
    m_progress.stop();
    // Let a restart under way complete: PostgreSQL must be up for the check and for whatever
    // runs after this program.
    if (m_stopIssuedMs >= 0 && m_startDoneMs < 0) {
        QElapsedTimer wait;
        wait.start();
        while (m_startDoneMs < 0 && wait.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    }
    if (m_receiver.state() == QProcess::Running) {
        sample();
        m_filesEnd = openFiles(m_pid);
        m_cpuSeconds = cpuSeconds(m_pid);
    }
    for (auto &m : m_managers)
        for (QNetworkReply *r : m->findChildren<QNetworkReply *>())
            r->abort();
    m_loop.quit();
}

bool LoadRun::check()
{
    const QUrl server(m_serverUrl);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("load-check"));
        db.setHostName(server.host());
        db.setPort(server.port(5432));
        db.setUserName(server.userName());
        db.setPassword(QString::fromUtf8(qgetenv("HOLDFAST_DATABASE_PASSWORD")));
        db.setDatabaseName(server.path().mid(1));
        if (!db.open()) {
            m_checkError = QStringLiteral("cannot open the database to check: ") + db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        const QString table = QStringLiteral("\"%1\".events").arg(m_schema);
        if (!q.exec(QStringLiteral(
                        "SELECT stripe_event_id, count(*), min(processed) FROM %1 GROUP BY stripe_event_id")
                        .arg(table))) {
            m_checkError = QStringLiteral("cannot read the events: ") + q.lastError().text();
            return false;
        }
        std::vector<int> seen(m_events.size(), 0);
        const QString prefix = QStringLiteral("evt_") + m_run;
        m_storedRows = 0;
        m_storedDistinct = 0;
        m_unprocessed = 0;
        while (q.next()) {
            const QString id = q.value(0).toString();
            const qint64 n = q.value(1).toLongLong();
            m_storedRows += n;
            ++m_storedDistinct;
            m_duplicates += n - 1;
            if (q.value(2).toInt() == 0)
                ++m_unprocessed;
            bool ok = false;
            const qint64 index = id.startsWith(prefix) ? id.mid(prefix.size()).toLongLong(&ok) : -1;
            if (!ok || index < 0 || index >= qint64(seen.size()))
                ++m_unknown;
            else
                seen[size_t(index)] += int(n);
        }
        for (size_t i = 0; i < m_events.size(); ++i) {
            if (!m_state[i].accepted)
                ++m_unaccepted;
            else if (seen[i] == 0)
                ++m_lost;
        }
        // The orders these events paid for: every one was held and then captured.
        if (!q.exec(QStringLiteral("SELECT id, state FROM \"%1\".orders").arg(m_schema))) {
            m_checkError = QStringLiteral("cannot read the orders: ") + q.lastError().text();
            return false;
        }
        QHash<qint64, QString> states;
        while (q.next())
            states.insert(q.value(0).toLongLong(), q.value(1).toString());
        std::vector<bool> complete(m_payments.size(), true);
        for (size_t i = 0; i < m_events.size(); ++i)
            if (!m_state[i].accepted)
                complete[m_events[i].payment] = false;
        const QString captured = orderstate::name(OrderState::Captured);
        for (size_t n = 0; n < m_payments.size(); ++n) {
            if (m_payments[n].orderId == 0 || !complete[n])
                continue;
            ++m_knownChecked;
            if (states.value(m_payments[n].orderId) == captured)
                ++m_knownCaptured;
        }
        q.finish();
        // A passing run leaves nothing behind; a failing one keeps its schema to look at.
        if (m_lost == 0 && m_duplicates == 0 && m_unknown == 0 && m_unaccepted == 0 && m_unprocessed == 0 &&
            m_knownCaptured == m_knownChecked && !m_o.keepSchema &&
            q.exec(QStringLiteral("SET client_min_messages = warning")))
            q.exec(QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(m_schema));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("load-check"));
    return true;
}

int LoadRun::report()
{
    const double sendSeconds =
        double((m_lastNewSentMs >= 0 ? m_lastNewSentMs : nowMs()) - m_sendStartMs) / 1000.0;
    const double totalSeconds = double((m_drainedMs >= 0 ? m_drainedMs : nowMs()) - m_sendStartMs) / 1000.0;
    std::sort(m_latencyUs.begin(), m_latencyUs.end());
    const auto pct = [this](double p) {
        if (m_latencyUs.empty())
            return 0.0;
        const size_t i =
            std::min(m_latencyUs.size() - 1, size_t(std::ceil(p * double(m_latencyUs.size()))) - 1);
        return double(m_latencyUs[i]) / 1000.0;
    };
    // Memory: the sample at (or just after) the end of warm-up, the last one, the highest.
    const qint64 warmupMs = m_sendStartMs + qint64(m_o.warmup * 1000);
    RssSample start = m_rss.empty() ? RssSample{} : m_rss.front();
    RssSample warm = start;
    for (const RssSample &s : m_rss)
        if (s.ms >= warmupMs) {
            warm = s;
            break;
        }
    const RssSample end = m_rss.empty() ? RssSample{} : m_rss.back();
    qint64 maxKib = 0;
    qint64 maxAfterWarmKib = 0;
    for (const RssSample &s : m_rss) {
        maxKib = std::max(maxKib, s.kib);
        if (s.ms >= warm.ms)
            maxAfterWarmKib = std::max(maxAfterWarmKib, s.kib);
    }
    const qint64 growthKib = end.kib - warm.kib;
    const double growthPct = warm.kib > 0 ? 100.0 * double(growthKib) / double(warm.kib) : 0.0;
    const qint64 limitKib =
        std::max(kGrowthFloorKiB, qint64(std::ceil(double(warm.kib) * kGrowthPercent / 100.0)));
    const qint64 acceptedAfterWarm = [&] {
        // Deliveries accepted after warm-up, to express the growth per delivery.
        return std::max<qint64>(1,
                                qint64(double(m_acceptedEvents) * std::max(0.0, totalSeconds - m_o.warmup) /
                                       std::max(totalSeconds, 1e-9)));
    }();

    const bool restarted = m_o.restartAt >= 0;
    QStringList failures;
    if (!m_setupError.isEmpty())
        failures << m_setupError;
    if (!m_checkError.isEmpty())
        failures << m_checkError;
    if (m_receiverDied)
        failures << QStringLiteral("holdfast-webhooks exited during the run");
    if (m_unaccepted)
        failures << QStringLiteral("%1 events were never accepted").arg(m_unaccepted);
    if (m_lost)
        failures << QStringLiteral("%1 accepted events are not stored").arg(m_lost);
    if (m_duplicates)
        failures << QStringLiteral("%1 events are stored more than once").arg(m_duplicates);
    if (m_unknown)
        failures << QStringLiteral("%1 stored events were never sent").arg(m_unknown);
    if (m_unprocessed)
        failures << QStringLiteral("%1 stored events were not applied").arg(m_unprocessed);
    if (m_knownCaptured != m_knownChecked)
        failures << QStringLiteral("%1 of %2 paid orders are not captured")
                        .arg(m_knownChecked - m_knownCaptured)
                        .arg(m_knownChecked);
    if (m_status4xx)
        failures << QStringLiteral("%1 signed deliveries were refused with 4xx").arg(m_status4xx);
    if (restarted && (m_ctlFailed || m_startDoneMs < 0))
        failures << QStringLiteral("the PostgreSQL restart did not complete");
    if (restarted && m_status5xx == 0 && m_connectionErrors == 0 && m_timeouts == 0)
        failures << QStringLiteral("the restart was never seen: no delivery failed");
    if (m_rss.size() < 2)
        failures << QStringLiteral("too few memory samples");
    if (growthKib > limitKib)
        failures
            << QStringLiteral("RSS grew by %1 KiB after warm-up (limit %2 KiB)").arg(growthKib).arg(limitKib);

    const auto at = [this](qint64 ms) { return double(ms - m_sendStartMs) / 1000.0; };
    std::printf("\nholdfast-webhooks under sustained load\n");
    std::printf("  setup              %d s at %d events/s, %d connections, PostgreSQL restart at %s, "
                "%d-s timeout, 1 in %d payments for a Holdfast order\n",
                m_o.duration, m_o.rate, m_o.concurrency,
                restarted ? qPrintable(QStringLiteral("%1 s (down %2 s)").arg(m_o.restartAt).arg(m_o.outage))
                          : "never",
                m_o.timeoutMs / 1000, m_o.knownEvery);
    std::printf("  duration           %.1f s sending new events, %.1f s until every event was accepted\n",
                sendSeconds, totalSeconds);
    std::printf(
        "  events sent        %zu distinct ids (%zu payments: payment_intent.*, charge.*, refund.*)\n",
        m_events.size(), m_payments.size());
    std::printf(
        "  accepted           %lld (2xx); %lld deliveries answered as a duplicate of an earlier one\n",
        m_acceptedEvents, m_duplicateAnswers);
    std::printf("  requests           %lld, of which %lld retries (at most %d attempts for one event); "
                "largest backlog %lld\n",
                m_requests, m_retries, m_maxAttempts, m_maxBacklog);
    std::printf("  5xx answers        %lld (503: %lld), %lld of them before the restart\n", m_status5xx,
                m_status503, m_status5xxOutside);
    std::printf("  other failures     %lld connection errors, %lld timeouts, %lld 4xx, %lld other statuses\n",
                m_connectionErrors, m_timeouts, m_status4xx, m_otherStatus);
    if (restarted && m_stopDoneMs >= 0) {
        std::printf("  restart            stop issued at %.1f s (pg_ctl stop took %.2f s), down %.2f s, "
                    "pg_ctl start took %.2f s\n",
                    at(m_stopIssuedMs), double(m_stopDoneMs - m_stopIssuedMs) / 1000.0,
                    double((m_startIssuedMs >= 0 ? m_startIssuedMs : nowMs()) - m_stopDoneMs) / 1000.0,
                    m_startDoneMs >= 0 ? double(m_startDoneMs - m_startIssuedMs) / 1000.0 : -1.0);
        std::printf("  outage seen        deliveries failing from %.2f s to %.2f s: %.2f s; first acceptance "
                    "%.2f s after PostgreSQL was back; %lld accepted while it was stopped\n",
                    m_firstFailMs >= 0 ? at(m_firstFailMs) : 0.0, m_lastFailMs >= 0 ? at(m_lastFailMs) : 0.0,
                    m_firstFailMs >= 0 ? double(m_lastFailMs - m_firstFailMs) / 1000.0 : 0.0,
                    m_firstAcceptAfterStartMs >= 0
                        ? double(m_firstAcceptAfterStartMs - m_startDoneMs) / 1000.0
                        : -1.0,
                    m_acceptedWhileStopped);
    }
    std::printf("  stored             %lld rows, %lld distinct ids, %lld not applied\n", m_storedRows,
                m_storedDistinct, m_unprocessed);
    std::printf("  lost               %lld (accepted, not stored); %lld never accepted\n", m_lost,
                m_unaccepted);
    std::printf("  duplicates         %lld; stored ids never sent: %lld\n", m_duplicates, m_unknown);
    std::printf("  orders             %d of %d paid orders captured\n", m_knownCaptured, m_knownChecked);
    std::printf("  throughput         %.1f accepted/s over the whole run; new events went out at %.1f/s\n",
                double(m_acceptedEvents) / std::max(totalSeconds, 1e-9),
                double(m_events.size()) / std::max(sendSeconds, 1e-9));
    std::printf("  latency (2xx)      p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms\n", pct(0.50),
                pct(0.95), pct(0.99), pct(1.0));
    std::printf(
        "  RSS                start %.1f MiB, after warm-up (%.0f s) %.1f MiB, end %.1f MiB, max %.1f MiB "
        "(%.1f MiB after warm-up)\n",
        mib(start.kib), at(warm.ms), mib(warm.kib), mib(end.kib), mib(maxKib), mib(maxAfterWarmKib));
    std::printf("  RSS growth         %+lld KiB (%+.2f %%) from warm-up to end, %.1f bytes per delivery; "
                "limit %lld KiB (the larger of %.0f %% and %lld MiB)\n",
                growthKib, growthPct, double(growthKib) * 1024.0 / double(acceptedAfterWarm), limitKib,
                kGrowthPercent, kGrowthFloorKiB / 1024);
    QStringList timeline;
    const qint64 step = std::max<qint64>(1000, qint64(m_o.duration) * 100);
    qint64 nextMark = m_sendStartMs;
    for (const RssSample &s : m_rss)
        if (s.ms >= nextMark) {
            timeline << QStringLiteral("%1 s %2").arg(qRound(at(s.ms))).arg(mib(s.kib), 0, 'f', 1);
            nextMark = s.ms + step - 500;
        }
    std::printf("  RSS timeline MiB   %s\n", qPrintable(timeline.join(QStringLiteral(" | "))));
    std::printf("  open files         %d at start, %d at end\n", m_filesStart, m_filesEnd);
    std::printf("  receiver CPU       %.1f s (%.0f %% of one core over the run)\n", m_cpuSeconds,
                100.0 * m_cpuSeconds / std::max(totalSeconds, 1e-9));
    if (failures.isEmpty()) {
        std::printf("  result             PASS\n");
    } else {
        std::printf("  result             FAIL: %s\n", qPrintable(failures.join(QStringLiteral("; "))));
        QFile log(receiverLog());
        if (log.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = log.readAll().split('\n');
            std::printf("  last lines of the receiver's log:\n");
            for (qsizetype i = std::max<qsizetype>(0, lines.size() - 15); i < lines.size(); ++i)
                std::printf("    %s\n", lines[i].constData());
        }
    }
    std::fflush(stdout);
    return failures.isEmpty() ? 0 : 1;
}

int LoadRun::run()
{
    m_run = QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_schema = QStringLiteral("load_") + m_run;
    m_databaseUrl = m_serverUrl + QStringLiteral("?schema=") + m_schema;
    m_secret = "whsec_" + QUuid::createUuid().toByteArray(QUuid::Id128) +
               QUuid::createUuid().toByteArray(QUuid::Id128).left(8);

    QElapsedTimer setup;
    setup.start();
    plan();
    if (!createOrders() || !startReceiver()) {
        std::fprintf(stderr, "load_webhooks: %s\n", qPrintable(m_setupError));
        return 2;
    }
    std::printf("holdfast-webhooks pid %lld on port %u, schema %s; %zu events planned; setup took %.1f s\n",
                m_pid, unsigned(m_port), qPrintable(m_schema), m_events.size(),
                double(setup.elapsed()) / 1000.0);
    std::fflush(stdout);

    for (int i = 0; i < (m_o.concurrency + 5) / 6; ++i)
        m_managers.push_back(std::make_unique<QNetworkAccessManager>());
    for (int slot = m_o.concurrency - 1; slot >= 0; --slot)
        m_freeSlots.push_back(slot);

    m_clock.start();
    m_sendStartMs = nowMs();
    sample();
    m_filesStart = openFiles(m_pid);
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(5);
    QObject::connect(&m_tick, &QTimer::timeout, &m_loop, [this] { tick(); });
    m_sampler.setInterval(int(m_o.sampleEvery * 1000));
    QObject::connect(&m_sampler, &QTimer::timeout, &m_loop, [this] { sample(); });
    m_progress.setInterval(int(m_o.progressEvery * 1000));
    QObject::connect(&m_progress, &QTimer::timeout, &m_loop, [this] { progress(); });
    if (m_o.restartAt >= 0)
        QTimer::singleShot(int(m_o.restartAt * 1000), Qt::PreciseTimer, &m_loop, [this] {
            if (!m_finished)
                beginRestart();
        });
    m_tick.start();
    m_sampler.start();
    m_progress.start();
    m_loop.exec();

    check();
    m_receiver.terminate();
    if (!m_receiver.waitForFinished(10000))
        m_receiver.kill();
    m_receiver.waitForFinished(2000);
    return report();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The store's own notes (migrations applied, connection opened) would only interleave with the figures.
    QLoggingCategory::setFilterRules(QStringLiteral("holdfast.store.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sustained, Stripe-like load on holdfast-webhooks with the PostgreSQL server restarted in the "
        "middle; "
        "checks that no event is lost or stored twice and that the receiver's memory stays flat."));
    parser.addHelpOption();
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Seconds of new events (default 600)."),
                                      QStringLiteral("S"), QStringLiteral("600"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("New events per second (default 200)."), QStringLiteral("N"),
                                  QStringLiteral("200"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        QStringLiteral("Connections, one delivery in flight on each (default 16)."), QStringLiteral("C"),
        QStringLiteral("16"));
    const QCommandLineOption restartAt(
        QStringLiteral("restart-at"),
        QStringLiteral("Second at which PostgreSQL is stopped (default duration/2)."), QStringLiteral("S"));
    const QCommandLineOption noRestart(QStringLiteral("no-restart"),
                                       QStringLiteral("Leave PostgreSQL running."));
    const QCommandLineOption outage(QStringLiteral("outage"),
                                    QStringLiteral("Seconds PostgreSQL stays stopped (default 5)."),
                                    QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
                                    QStringLiteral("Seconds of warm-up before memory must stay flat "
                                                   "(default: a quarter of the duration, at most 60)."),
                                    QStringLiteral("S"));
    const QCommandLineOption sampleEvery(QStringLiteral("sample-every"),
                                         QStringLiteral("Seconds between memory samples (default 2)."),
                                         QStringLiteral("S"), QStringLiteral("2"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"), QStringLiteral("Seconds before a delivery counts as failed (default 10)."),
        QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption drain(
        QStringLiteral("drain-timeout"),
        QStringLiteral("Seconds to wait for retries after the last new event (default 180)."),
        QStringLiteral("S"), QStringLiteral("180"));
    const QCommandLineOption known(
        QStringLiteral("orders-every"),
        QStringLiteral("One payment in N belongs to a Holdfast order (default 10; 0: none)."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the event mix (default 1)."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption bin(QStringLiteral("webhooks-bin"),
                                 QStringLiteral("The holdfast-webhooks to run."), QStringLiteral("PATH"));
    const QCommandLineOption log(QStringLiteral("receiver-log"),
                                 QStringLiteral("Keep the receiver's log (stderr) in FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption keep(
        QStringLiteral("keep-schema"),
        QStringLiteral("Leave the run's database schema behind even when it passes."));
    parser.addOptions({duration, rate, concurrency, restartAt, noRestart, outage, warmup, sampleEvery,
                       timeout, drain, known, seed, bin, log, keep});
    parser.process(app);

    Options o;
    o.duration = parser.value(duration).toInt();
    o.rate = parser.value(rate).toInt();
    o.concurrency = parser.value(concurrency).toInt();
    o.outage = parser.value(outage).toDouble();
    o.sampleEvery = parser.value(sampleEvery).toDouble();
    o.timeoutMs = int(parser.value(timeout).toDouble() * 1000);
    o.drainTimeout = parser.value(drain).toInt();
    o.knownEvery = parser.value(known).toInt();
    o.seed = parser.value(seed).toUInt();
    o.restartAt = parser.isSet(noRestart)   ? -1
                  : parser.isSet(restartAt) ? parser.value(restartAt).toDouble()
                                            : o.duration / 2.0;
    o.warmup = parser.isSet(warmup) ? parser.value(warmup).toDouble() : std::min(60.0, o.duration / 4.0);
    o.progressEvery = std::max(5.0, std::min(30.0, o.duration / 10.0));
    o.receiverLog = parser.value(log);
    o.keepSchema = parser.isSet(keep);
    o.webhooksBin = parser.isSet(bin) ? parser.value(bin) : qEnvironmentVariable("HOLDFAST_WEBHOOKS_BIN");
    if (o.webhooksBin.isEmpty())
        o.webhooksBin = QStringLiteral(HOLDFAST_WEBHOOKS_BUILT);
    if (o.duration <= 0 || o.rate <= 0 || o.concurrency <= 0 || o.sampleEvery <= 0 || o.timeoutMs <= 0) {
        std::fprintf(stderr,
                     "load_webhooks: --duration, --rate, --concurrency, --sample-every and --timeout must be "
                     "positive\n");
        return 2;
    }
    const QString server = test::postgresUrl();
    if (server.isEmpty()) {
        std::fprintf(stderr, "load_webhooks: HOLDFAST_TEST_POSTGRES_URL is not set; run it through "
                             "tests/support/with-services.sh\n");
        return 2;
    }
    if (o.restartAt >= 0 && qEnvironmentVariable("HOLDFAST_TEST_POSTGRES_CTL").isEmpty()) {
        std::fprintf(stderr,
                     "load_webhooks: HOLDFAST_TEST_POSTGRES_CTL is not set (needed to restart PostgreSQL; "
                     "--no-restart to do without)\n");
        return 2;
    }
    LoadRun run(o, server);
    return run.run();
}
