// Fault campaign: every money-moving operation (create + confirm, capture in full, capture in part,
// cancel, refund) under every fault holdfast-sandbox can inject (a 500 after the change committed, the
// connection dropped after the change committed, 429, an answer slower than the client waits), many
// randomised runs each. The real CheckoutFlow and HoldOperations run against one sandbox process and
// one SQLite store. When a call ends without a clear answer, the run resolves it the way the till
// does: the flow's own retry with the same key, the re-read, or the person pressing the button again
// (the same core call the button makes). Afterwards every run is checked against Stripe's side: one
// PaymentIntent per payment attempt, the captured and refunded amounts the store holds, no second
// capture or refund, the order state the PaymentIntent implies, one "ok" audit row per operation.
#include "backoffice/holdoperations.h"
#include "checkout/checkoutflow.h"
#include "domain/paymentstate.h"
#include "sandboxprocess.h"
#include "testservices.h"
#include "staff/authorizer.h"
#include "staff/inmemorystaffrepository.h"
#include "staff/staffaccounts.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"
#include "stripe/stripeclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUuid>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <vector>

using namespace holdfast;
using backoffice::OperationKind;
using backoffice::OperationRequest;
using backoffice::OperationResult;
using checkout::CheckoutFlow;
using checkout::CheckoutOutcome;
using checkout::PaymentRoute;

namespace {

struct Settings
{
    int runs = 50;
    quint64 seed = 0;
    int parallel = 6; // Qt opens at most six connections to one host; more would only queue
    bool verbose = false;
};
Settings g_settings;

enum class Op { CreateConfirm, CaptureFull, CapturePartial, Cancel, Refund };
enum class Fault { Error500, Drop, RateLimit, Timeout };
// Which request of the operation the fault is aimed at. After a back-office action the re-read is
// two requests, the PaymentIntent and then its refunds; a run faults one of them.
enum class Step { Create, Confirm, Follow, CurrentRead, Action, ReRead, RefundList };

const Op allOps[] = {Op::CreateConfirm, Op::CaptureFull, Op::CapturePartial, Op::Cancel, Op::Refund};
const Fault allFaults[] = {Fault::Error500, Fault::Drop, Fault::RateLimit, Fault::Timeout};

const char *opLabel(Op op)
{
    switch (op) {
    case Op::CreateConfirm:
        return "create+confirm";
    case Op::CaptureFull:
        return "capture full";
    case Op::CapturePartial:
        return "capture partial";
    case Op::Cancel:
        return "cancel";
    case Op::Refund:
        return "refund";
    }
    return "?";
}

const char *faultLabel(Fault fault)
{
    switch (fault) {
    case Fault::Error500:
        return "500-after-commit";
    case Fault::Drop:
        return "drop-after-commit";
    case Fault::RateLimit:
        return "429";
    case Fault::Timeout:
        return "timeout";
    }
    return "?";
}

const char *faultKind(Fault fault)
{
    switch (fault) {
    case Fault::Error500:
        return "error_500_after_commit";
    case Fault::Drop:
        return "drop_after_commit";
    case Fault::RateLimit:
        return "rate_limit_429";
    case Fault::Timeout:
        return "delay";
    }
    return "?";
}

const char *stepLabel(Step step)
{
    switch (step) {
    case Step::Create:
        return "create";
    case Step::Confirm:
        return "confirm";
    case Step::Follow:
        return "follow re-read";
    case Step::CurrentRead:
        return "current read";
    case Step::Action:
        return "action";
    case Step::ReRead:
        return "re-read";
    case Step::RefundList:
        return "re-read refunds";
    }
    return "?";
}

QList<Step> stepsFor(Op op)
{
    if (op == Op::CreateConfirm)
        return {Step::Create, Step::Confirm, Step::Follow};
    return {Step::CurrentRead, Step::Action, Step::ReRead};
}

// Faults match a method and a path prefix. Most are aimed at one PaymentIntent's own paths; these
// three paths are shared by every order, so while a fault is armed on one of them no other run that
// sends such a request may be under way (the run "holds" the channel; the others "use" it).
enum Channel : int {
    PostPaymentIntents = 1, // POST /v1/payment_intents… (create, and by prefix confirm, capture, cancel)
    PostRefunds = 2,        // POST /v1/refunds
    GetRefunds = 4,         // GET /v1/refunds (the re-read after every back-office operation)
};
constexpr int channelCount = 3;

int channelIndex(int channel)
{
    return channel == PostPaymentIntents ? 0 : channel == PostRefunds ? 1 : 2;
}

// The client the runs share: quick retries and a short timeout, so a thousand faulted runs take
// minutes. The "timeout" fault holds a request longer than clientTimeoutMs.
constexpr int clientTimeoutMs = 150;
constexpr int clientMaxRetries = 3; // four attempts per call, as in production
constexpr int maxPresses = 8;       // how often the person tries again before the run counts as stuck
constexpr int runDeadlineMs = 60000;
const QString managerPin = QStringLiteral("2580");

struct Run
{
    int index = 0;
    Op op = Op::CreateConfirm;
    Fault fault = Fault::Error500;
    Step step = Step::Create;
    int faultCount = 1;
    int delayMs = 0;         // timeout fault: how long the sandbox holds each faulted request
    int customerDelayMs = 0; // create+confirm: how long the customer takes to approve
    int pauseMs = 100;       // before the person presses again
    qint64 total = 0;
    qint64 captureAmount = 0; // capture partial: the amount asked; refund: what the setup captured
    qint64 priorRefund = 0;   // refund: one done before the faulted one (0: none)
    qint64 refundAmount = 0;
    int uses = 0;  // channels its requests go through
    int holds = 0; // the channel its fault is armed on, until drained

    qint64 orderId = 0;
    QString number;
    QString paymentIntentId;
    bool prepared = false;
    bool finished = false;
    int presses = 0;       // how often the person had to try again
    int clientRetries = 0; // retries the client logged for this run's requests
    int followFailures = 0; // re-reads while following that ended in an error
    int unusedFaults = 0;   // faults the operation left and the drain used up
    int linkLost = 0;       // create+confirm: the flow reported "waiting" without ever giving the link
    QElapsedTimer clock;
    qint64 durationMs = 0;
    QString problem; // the run itself went wrong (setup failed, gave up, never finished)
    QStringList mismatches;
    std::unique_ptr<CheckoutFlow> flow;
    std::shared_ptr<bool> flowEnded; // set once the checkout's handlers must do nothing more
    QTimer deadline;
    std::function<void()> done;

    QString describe() const
    {
        QString text = QStringLiteral("run %1 (%2 / %3, %4 x%5")
                           .arg(index)
                           .arg(QLatin1String(opLabel(op)), QLatin1String(faultLabel(fault)),
                                QLatin1String(stepLabel(step)))
                           .arg(faultCount);
        if (fault == Fault::Timeout)
            text += QStringLiteral(", held %1 ms").arg(delayMs);
        text += QStringLiteral(", order %1 total %2").arg(number).arg(total);
        if (op == Op::CapturePartial)
            text += QStringLiteral(", capture %1").arg(captureAmount);
        if (op == Op::Refund)
            text += QStringLiteral(", captured %1, refunds %2+%3").arg(captureAmount).arg(priorRefund).arg(refundAmount);
        return text + u')';
    }
};

// One pass over a list of runs, a bounded number at a time. A run waits while a run under way (or
// one queued before it and still waiting) holds a channel it uses, or uses the channel it holds.
struct Phase
{
    QList<Run *> pending;
    QList<Run *> active;
    bool respectChannels = false;
    std::function<void(Run *, std::function<void()>)> action;

    bool finished() const { return pending.isEmpty() && active.isEmpty(); }
};

} // namespace

class TestFaultCampaign;

namespace {

TestFaultCampaign *g_campaign = nullptr;
QtMessageHandler g_previousHandler = nullptr;
int g_suppressedWarnings = 0;
void campaignMessages(QtMsgType type, const QMessageLogContext &context, const QString &message);

} // namespace

class TestFaultCampaign : public QObject
{
    Q_OBJECT

public:
    // From the message handler: the client logged a retry or a give-up for one request.
    void noteClientRetry(const QString &message)
    {
        static const QRegularExpression piId(QStringLiteral("pi_[A-Za-z0-9]+"));
        if (!m_faultPhase)
            return;
        Run *run = nullptr;
        const QRegularExpressionMatch match = piId.match(message);
        if (match.hasMatch())
            run = m_byPaymentIntent.value(match.captured(0));
        // Creates and refunds carry no PaymentIntent id in their path, and a confirm's id is not
        // known before the create answered: on a shared path they are the holder's.
        if (!run && message.startsWith(QLatin1String("POST /v1/payment_intents")))
            run = m_holder[channelIndex(PostPaymentIntents)];
        if (!run && message.startsWith(QLatin1String("POST /v1/refunds ")))
            run = m_holder[channelIndex(PostRefunds)];
        if (!run && message.startsWith(QLatin1String("GET /v1/refunds ")))
            run = m_holder[channelIndex(GetRefunds)];
        if (run)
            ++run->clientRetries;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::SandboxProcess m_sandbox;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<stripe::StripeClient> m_client;
    staff::InMemoryStaffRepository m_staff;
    std::unique_ptr<staff::StaffAccounts> m_accounts;
    std::unique_ptr<staff::Authorizer> m_authorizer;
    std::unique_ptr<backoffice::HoldOperations> m_operations;
    QNetworkAccessManager m_controlNet;
    qint64 m_manager = 0;
    int m_approvals = 0; // the Authorizer's decisions: allowed
    int m_denials = 0;   // and denied (there must be none)
    std::mt19937_64 m_rng;
    std::vector<std::unique_ptr<Run>> m_runs;
    QHash<QString, Run *> m_byPaymentIntent;
    QHash<quint64, std::function<void(const OperationResult &)>> m_waiting; // by HoldOperations request id
    Run *m_holder[channelCount] = {};
    Phase *m_phase = nullptr;
    QStringList m_campaignMismatches; // about the campaign as a whole, not one run
    bool m_faultPhase = false;

    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(m_rng() % quint64(hi - lo + 1)); }

    // Runs the event loop until done() or the deadline; false on the deadline.
    static bool spin(const std::function<bool()> &done, int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(5);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (done() || deadline.hasExpired())
                loop.quit();
        });
        poll.start();
        if (!done())
            loop.exec();
        return done();
    }

    // A /_sandbox/ control call that does not block the event loop (the runs go on meanwhile).
    void control(const QString &path, const QJsonObject &body, std::function<void(int, const QByteArray &)> done)
    {
        QUrl url = m_sandbox.baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(15000);
        QNetworkReply *reply = m_controlNet.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
            reply->deleteLater();
            done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
        });
    }

    int controlNow(const QString &path, const QJsonObject &body = {})
    {
        int status = -1;
        control(path, body, [&status](int s, const QByteArray &) { status = s; });
        spin([&] { return status >= 0; }, 20000);
        return status;
    }

    // The faults for a run's step. Faults match method and path prefix; a pass-through first
    // (a delay of 0 ms, count 1) lets the first matching request by, so the second one is hit.
    QList<QJsonObject> faultSpecs(const Run &r) const
    {
        const QString pi = QStringLiteral("/v1/payment_intents/") + r.paymentIntentId;
        QString method = QStringLiteral("GET");
        QString prefix = pi;
        bool passFirst = false;
        switch (r.step) {
        case Step::Create:
            method = QStringLiteral("POST");
            prefix = QStringLiteral("/v1/payment_intents");
            break;
        case Step::Confirm:
            method = QStringLiteral("POST");
            prefix = QStringLiteral("/v1/payment_intents");
            passFirst = true; // the create goes through, the confirm is hit
            break;
        case Step::Follow:
        case Step::CurrentRead:
            break;
        case Step::ReRead:
            passFirst = true; // the read before the action goes through, the one after it is hit
            break;
        case Step::Action:
            method = QStringLiteral("POST");
            if (r.op == Op::Refund)
                prefix = QStringLiteral("/v1/refunds");
            else
                prefix = pi + (r.op == Op::Cancel ? QStringLiteral("/cancel") : QStringLiteral("/capture"));
            break;
        case Step::RefundList:
            prefix = QStringLiteral("/v1/refunds");
            break;
        }
        QList<QJsonObject> specs;
        if (passFirst)
            specs.append(QJsonObject{{QStringLiteral("method"), method},
                                     {QStringLiteral("path_prefix"), prefix},
                                     {QStringLiteral("kind"), QStringLiteral("delay")},
                                     {QStringLiteral("delay_ms"), 0},
                                     {QStringLiteral("count"), 1}});
        specs.append(QJsonObject{{QStringLiteral("method"), method},
                                 {QStringLiteral("path_prefix"), prefix},
                                 {QStringLiteral("kind"), QString::fromLatin1(faultKind(r.fault))},
                                 {QStringLiteral("count"), r.faultCount},
                                 {QStringLiteral("retry_after"), 0},
                                 {QStringLiteral("delay_ms"), r.delayMs}});
        return specs;
    }

    void inject(QList<QJsonObject> specs, Run *r, std::function<void()> next)
    {
        if (specs.isEmpty())
            return next();
        const QJsonObject spec = specs.takeFirst();
        control(QStringLiteral("/_sandbox/faults"), spec,
                [this, specs, r, next = std::move(next)](int status, const QByteArray &body) {
                    if (status != 200 && r->problem.isEmpty())
                        r->problem = QStringLiteral("the sandbox refused the fault: ") + QString::fromUtf8(body);
                    inject(specs, r, next);
                });
    }

    // Uses up whatever faults a run left armed on its channel: harmless requests (an invalid create
    // or refund, a list of one refund) until two in a row get their ordinary, prompt answer.
    void drain(Run *r, std::function<void()> next, int promptInARow = 0, int sent = 0)
    {
        const int channel = r->holds;
        if (!channel || promptInARow >= 2 || sent >= 60) {
            if (channel && promptInARow < 2 && r->problem.isEmpty())
                r->problem = QStringLiteral("faults left on a shared path could not be used up");
            return next();
        }
        QUrl url = m_sandbox.baseUrl();
        url.setPath(channel == PostPaymentIntents ? QStringLiteral("/v1/payment_intents") : QStringLiteral("/v1/refunds"));
        if (channel == GetRefunds)
            url.setQuery(QStringLiteral("limit=1"));
        QNetworkRequest request(url);
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + QByteArray(test::SandboxProcess::secretKey));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setTransferTimeout(15000);
        QNetworkReply *reply = channel == GetRefunds ? m_controlNet.get(request) : m_controlNet.post(request, QByteArray());
        const int ordinary = channel == GetRefunds ? 200 : 400; // the invalid POSTs change nothing
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        connect(reply, &QNetworkReply::finished, this, [this, r, reply, ordinary, clock, promptInARow, sent, next] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // A fault answers 500 or 429, drops the connection, or (timeout) holds the request.
            const bool prompt = status == ordinary && (r->fault != Fault::Timeout || clock->elapsed() < r->delayMs - 5);
            if (!prompt)
                ++r->unusedFaults;
            drain(r, next, prompt ? promptInARow + 1 : 0, sent + 1);
        });
    }

    // The run no longer needs its channel: drain it and let the runs waiting for it go.
    void release(Run *r, std::function<void()> next)
    {
        if (!r->holds)
            return next();
        drain(r, [this, r, next] {
            if (m_holder[channelIndex(r->holds)] == r)
                m_holder[channelIndex(r->holds)] = nullptr;
            r->holds = 0;
            next();
        });
    }

    checkout::CheckoutOptions checkoutOptions() const
    {
        checkout::CheckoutOptions o;
        o.holdForCapture = true;
        QUrl ret = m_sandbox.baseUrl();
        ret.setPath(QStringLiteral("/holdfast/checkout/return"));
        o.returnUrl = ret;
        return o;
    }

    // The till's checkout on the phone route until the payment is held: the flow prepares the
    // PaymentIntent (create, confirm), the customer approves on their phone, the flow follows it.
    // When the flow gives up, the person presses "Try again", which prepares again.
    void checkoutToHeld(Run *r, bool faulted, std::function<void()> next)
    {
        r->prepared = false;
        r->flow = std::make_unique<CheckoutFlow>(*m_db, *m_client);
        CheckoutFlow *flow = r->flow.get();
        flow->setActor(QStringLiteral("staff-1"));
        flow->setFollowInterval(std::chrono::milliseconds(25));
        auto ended = std::make_shared<bool>(false);
        r->flowEnded = ended;
        // Every handler checks `ended` first: after it the flow may be gone (complete() on a deadline).
        auto end = [this, r, flow, ended, next](const QString &problem) {
            if (*ended)
                return;
            *ended = true;
            if (!problem.isEmpty() && r->problem.isEmpty())
                r->problem = problem;
            flow->stopFollowing();
            flow->disconnect(this);
            if (r->flow.get() == flow)
                r->flow.release()->deleteLater();
            next();
        };
        auto pressAgain = [this, r, flow, end] {
            if (++r->presses > maxPresses)
                return end(QStringLiteral("checkout still not prepared after %1 tries").arg(maxPresses));
            QTimer::singleShot(r->pauseMs, flow, [this, r, flow] {
                flow->prepare(r->orderId, PaymentRoute::CustomerPhone, checkoutOptions());
            });
        };
        connect(flow, &CheckoutFlow::prepared, this, [this, r, flow, faulted, ended, end](const PaymentIntent &pi) {
            if (*ended || r->prepared)
                return;
            r->prepared = true;
            r->paymentIntentId = pi.id;
            m_byPaymentIntent.insert(pi.id, r);
            if (faulted && r->holds) {
                // Create and confirm are done: the next run may fault them while this one follows.
                release(r, [this, r] {
                    r->uses = 0;
                    if (m_phase)
                        pump(m_phase);
                });
            }
            auto customer = [this, r, flow, faulted, ended, end] {
                if (*ended)
                    return;
                flow->startFollowing();
                QTimer::singleShot(faulted ? r->customerDelayMs : 0, flow, [this, r, ended, end] {
                    control(QStringLiteral("/_sandbox/amazon_pay/%1/authorize").arg(r->paymentIntentId), {},
                            [ended, end](int status, const QByteArray &body) {
                                if (status != 200 && !*ended)
                                    end(QStringLiteral("the customer could not approve: ") + QString::fromUtf8(body));
                            });
                });
            };
            if (faulted && r->step == Step::Follow)
                inject(faultSpecs(*r), r, customer);
            else
                customer();
        });
        connect(flow, &CheckoutFlow::outcome, this, [r, ended, end, pressAgain](const CheckoutOutcome &o) {
            if (*ended)
                return;
            switch (o.kind) {
            case CheckoutOutcome::Kind::Held:
                return end({});
            case CheckoutOutcome::Kind::Waiting:
                // An outcome before prepared() leaves the dialog's phone page without a link or QR
                // code: the customer cannot pay and the person has to start the checkout again.
                if (!r->prepared) {
                    ++r->linkLost;
                    pressAgain();
                }
                return;
            case CheckoutOutcome::Kind::Paid:
            case CheckoutOutcome::Kind::Declined:
            case CheckoutOutcome::Kind::Cancelled:
                return end(QStringLiteral("checkout ended: ") + o.message);
            }
        });
        connect(flow, &CheckoutFlow::failed, this, [r, ended, pressAgain](const QString &, const QString &) {
            if (*ended)
                return;
            // Before the link exists the person presses "Try again". After it, the flow keeps
            // following whatever a single re-read said, so the outcome still comes.
            if (!r->prepared)
                pressAgain();
            else
                ++r->followFailures;
        });
        flow->prepare(r->orderId, PaymentRoute::CustomerPhone, checkoutOptions());
    }

    OperationRequest requestFor(OperationKind kind, qint64 orderId, std::optional<qint64> amount) const
    {
        OperationRequest request;
        request.kind = kind;
        request.orderId = orderId;
        request.actorId = m_manager;
        request.approval = staff::ManagerApproval{m_manager, managerPin};
        request.amountMinor = amount;
        request.cancelReason = stripe::CancellationReason::RequestedByCustomer;
        if (kind == OperationKind::Refund)
            request.refundReason = QStringLiteral("requested_by_customer");
        return request;
    }

    // Whether the back office would still offer the action for the order (the button is enabled).
    bool stillOffered(OperationKind kind, qint64 orderId)
    {
        const auto order = store::OrderStore(*m_db).get(orderId);
        if (!order.ok())
            return false;
        switch (kind) {
        case OperationKind::Capture:
        case OperationKind::Cancel:
            return order->state == OrderState::Authorised;
        case OperationKind::Refund:
            return order->state == OrderState::Captured || order->state == OrderState::PartiallyCaptured
                   || order->state == OrderState::PartiallyRefunded;
        }
        return false;
    }

    // The person at the back office: presses the button, and presses again while the answer is
    // "outcome unknown" (or a failure that leaves the action on offer, such as a 429).
    void press(Run *r, const OperationRequest &request, std::function<void(const OperationResult &)> done)
    {
        const quint64 id = m_operations->start(request);
        m_waiting.insert(id, [this, r, request, done](const OperationResult &result) {
            const bool unsettled = result.status == OperationResult::Status::Unknown
                                   || (result.status == OperationResult::Status::Failed
                                       && stillOffered(request.kind, request.orderId));
            if (unsettled && !r->finished && r->presses < maxPresses) {
                ++r->presses;
                QTimer::singleShot(r->pauseMs, this, [this, r, request, done] { press(r, request, done); });
                return;
            }
            done(result);
        });
    }

    void setUp(Run *r, std::function<void()> next)
    {
        Order o;
        o.state = OrderState::Draft;
        o.currency = QStringLiteral("usd");
        o.customerName = QStringLiteral("Customer %1").arg(r->index);
        o.customerEmail = QStringLiteral("customer%1@example.com").arg(r->index);
        o.lines = {{QStringLiteral("Tea set"), 1, r->total}};
        o.staffId = QStringLiteral("staff-1");
        const auto created = store::OrderStore(*m_db).create(o, o.staffId);
        if (!created.ok()) {
            r->problem = QStringLiteral("setup: ") + created.error().detail();
            return next();
        }
        r->orderId = created->id;
        r->number = created->number;
        if (r->op == Op::CreateConfirm)
            return next();
        checkoutToHeld(r, false, [this, r, next] {
            if (r->op != Op::Refund || !r->problem.isEmpty())
                return next();
            press(r, requestFor(OperationKind::Capture, r->orderId, r->captureAmount), [this, r, next](const OperationResult &c) {
                if (!c.succeeded()) {
                    r->problem = QStringLiteral("setup capture: ") + c.message + u' ' + c.detail;
                    return next();
                }
                if (r->priorRefund == 0)
                    return next();
                press(r, requestFor(OperationKind::Refund, r->orderId, r->priorRefund), [r, next](const OperationResult &f) {
                    if (!f.succeeded())
                        r->problem = QStringLiteral("setup refund: ") + f.message + u' ' + f.detail;
                    next();
                });
            });
        });
    }

    void complete(Run *r)
    {
        if (r->finished)
            return;
        r->finished = true;
        r->durationMs = r->clock.elapsed();
        r->deadline.stop();
        if (r->flowEnded)
            *r->flowEnded = true;
        if (r->flow) {
            r->flow->stopFollowing();
            r->flow->disconnect(this);
            r->flow.release()->deleteLater();
        }
        std::function<void()> done = std::move(r->done);
        r->done = nullptr;
        if (done)
            done();
    }

    // One run of the campaign: the faults, then the operation until it settles.
    void execute(Run *r, std::function<void()> done)
    {
        r->presses = 0;
        r->clientRetries = 0;
        r->clock.start();
        r->done = [this, r, done] { release(r, done); };
        r->deadline.setSingleShot(true);
        r->deadline.setInterval(runDeadlineMs);
        r->deadline.callOnTimeout(this, [this, r] {
            if (r->problem.isEmpty())
                r->problem = QStringLiteral("did not settle within %1 s").arg(runDeadlineMs / 1000);
            complete(r);
        });
        r->deadline.start();
        if (!r->problem.isEmpty())
            return complete(r); // the setup already failed
        if (r->op == Op::CreateConfirm) {
            QList<QJsonObject> specs;
            if (r->step != Step::Follow)
                specs = faultSpecs(*r); // the follow re-read is hit once the PaymentIntent exists
            inject(specs, r, [this, r] { checkoutToHeld(r, true, [this, r] { complete(r); }); });
            return;
        }
        OperationRequest request;
        switch (r->op) {
        case Op::CaptureFull:
            request = requestFor(OperationKind::Capture, r->orderId, std::nullopt);
            break;
        case Op::CapturePartial:
            request = requestFor(OperationKind::Capture, r->orderId, r->captureAmount);
            break;
        case Op::Cancel:
            request = requestFor(OperationKind::Cancel, r->orderId, std::nullopt);
            break;
        case Op::Refund:
            request = requestFor(OperationKind::Refund, r->orderId, r->refundAmount);
            break;
        case Op::CreateConfirm:
            break;
        }
        inject(faultSpecs(*r), r, [this, r, request] {
            press(r, request, [this, r](const OperationResult &result) {
                if (!result.succeeded() && r->problem.isEmpty())
                    r->problem = QStringLiteral("the operation ended %1: %2 %3")
                                     .arg(result.status == OperationResult::Status::Failed    ? QStringLiteral("failed")
                                          : result.status == OperationResult::Status::Unknown ? QStringLiteral("unknown")
                                                                                              : QStringLiteral("refused"),
                                          result.message, result.detail);
                complete(r);
            });
        });
    }

    static bool clash(const Run *a, const Run *b) { return (a->holds & b->uses) || (b->holds & a->uses); }

    void pump(Phase *p)
    {
        int waitingUses = 0; // of runs that could not start: nothing queued after them overtakes them
        int waitingHolds = 0;
        for (qsizetype i = 0; i < p->pending.size() && p->active.size() < g_settings.parallel;) {
            Run *r = p->pending.at(i);
            bool wait = false;
            if (p->respectChannels) {
                wait = (r->holds & waitingUses) || (waitingHolds & r->uses);
                for (const Run *a : std::as_const(p->active))
                    wait = wait || clash(a, r);
            }
            if (wait) {
                waitingUses |= r->uses;
                waitingHolds |= r->holds;
                ++i;
                continue;
            }
            p->pending.removeAt(i);
            p->active.append(r);
            if (p->respectChannels && r->holds)
                m_holder[channelIndex(r->holds)] = r;
            p->action(r, [this, p, r] {
                p->active.removeOne(r);
                QTimer::singleShot(0, this, [this, p] { pump(p); });
            });
        }
    }

    bool runPhase(Phase &phase, int timeoutMs)
    {
        m_phase = &phase;
        pump(&phase);
        const bool finished = spin([&phase] { return phase.finished(); }, timeoutMs);
        m_phase = nullptr;
        return finished;
    }

    QJsonArray listAll(const QString &path, const stripe::ListParams &params = {})
    {
        QJsonArray all;
        std::unique_ptr<stripe::ListPager> pager(m_client->paginate(path, params));
        connect(pager.get(), &stripe::ListPager::pageReceived, this, [&all](const QJsonArray &page) {
            for (const QJsonValue &v : page)
                all.append(v);
        });
        if (!spin([&pager] { return pager->isFinished(); }, 120000) || !pager->isOk())
            qWarning("listing %s failed: %s", qPrintable(path), qPrintable(pager->error().technicalDetail()));
        return all;
    }

    void planRuns()
    {
        int index = 0;
        for (Op op : allOps) {
            for (Fault fault : allFaults) {
                for (int i = 0; i < g_settings.runs; ++i) {
                    auto r = std::make_unique<Run>();
                    r->index = ++index;
                    r->op = op;
                    r->fault = fault;
                    const QList<Step> steps = stepsFor(op);
                    r->step = steps.at(qsizetype(between(0, steps.size() - 1)));
                    if (r->step == Step::ReRead && between(0, 1))
                        r->step = Step::RefundList;
                    // Up to one more faulted request than a call has attempts, so some calls run out
                    // of retries and end "outcome unknown". Qt re-sends a request once by itself when
                    // a reused connection drops, so drops come at least in twos and go further.
                    r->faultCount = int(fault == Fault::Drop ? between(2, 2 * (clientMaxRetries + 1) + 1)
                                                             : between(1, clientMaxRetries + 2));
                    // Held a little or a lot longer than the client waits: a retry finds the first
                    // request still running (409) and then replayed, or the call runs out of retries.
                    r->delayMs = fault == Fault::Timeout ? int(between(clientTimeoutMs + 10, clientTimeoutMs + 250)) : 0;
                    r->customerDelayMs = int(between(0, 100));
                    r->pauseMs = int(between(20, 150));
                    r->total = between(1000, 50000);
                    if (op == Op::CapturePartial)
                        r->captureAmount = between(500, r->total - 100);
                    if (op == Op::Refund) {
                        r->captureAmount = between(0, 1) ? r->total : between(500, r->total - 100);
                        r->priorRefund = between(0, 9) < 3 ? between(1, r->captureAmount - 1) : 0;
                        r->refundAmount = between(1, r->captureAmount - r->priorRefund);
                    }
                    r->uses = op == Op::CreateConfirm ? PostPaymentIntents
                              : op == Op::Refund     ? PostRefunds | GetRefunds
                                                     : PostPaymentIntents | GetRefunds;
                    switch (r->step) {
                    case Step::Create:
                    case Step::Confirm:
                        r->holds = PostPaymentIntents;
                        break;
                    case Step::RefundList:
                        r->holds = GetRefunds;
                        break;
                    case Step::Action:
                        r->holds = op == Op::Refund ? PostRefunds : 0;
                        break;
                    case Step::Follow:
                    case Step::CurrentRead:
                    case Step::ReRead:
                        break;
                    }
                    m_runs.push_back(std::move(r));
                }
            }
        }
    }

    void verify()
    {
        // Whatever the sandbox still holds back (the timeout fault) commits within a second.
        QCOMPARE(controlNow(QStringLiteral("/_sandbox/faults/clear")), 200);
        QTest::qWait(clientTimeoutMs + 600);
        m_client->setTimeout(std::chrono::seconds(20));

        QHash<QString, QList<PaymentIntent>> pisByOrder;
        const QJsonArray allPis = listAll(QStringLiteral("/v1/payment_intents"));
        for (const QJsonValue &v : allPis) {
            ParseError error;
            if (const auto pi = PaymentIntent::fromJson(v.toObject(), &error))
                pisByOrder[pi->metadata.value(QStringLiteral("order_id"))].append(*pi);
        }
        // Every PaymentIntent at Stripe belongs to one of the runs' orders: none made on the side.
        if (allPis.size() != qsizetype(m_runs.size()))
            m_campaignMismatches << QStringLiteral("Stripe has %1 PaymentIntents for %2 orders")
                                        .arg(allPis.size())
                                        .arg(m_runs.size());
        QHash<QString, QList<Refund>> refundsByPi;
        for (const QJsonValue &v : listAll(QStringLiteral("/v1/refunds"))) {
            ParseError error;
            if (const auto refund = Refund::fromJson(v.toObject(), &error))
                refundsByPi[refund->paymentIntent].append(*refund);
        }
        QHash<QString, int> captures;
        QHash<QString, int> cancels;
        QHash<QString, int> refundEvents;
        stripe::ListParams eventParams;
        eventParams.extra.addArray(QStringLiteral("types"), {QStringLiteral("charge.captured"),
                                                             QStringLiteral("payment_intent.canceled"),
                                                             QStringLiteral("refund.created")});
        for (const QJsonValue &v : listAll(QStringLiteral("/v1/events"), eventParams)) {
            const QJsonObject event = v.toObject();
            const QString type = event.value(QStringLiteral("type")).toString();
            const QJsonObject object = event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
            if (type == QLatin1String("charge.captured"))
                ++captures[object.value(QStringLiteral("payment_intent")).toString()];
            else if (type == QLatin1String("payment_intent.canceled"))
                ++cancels[object.value(QStringLiteral("id")).toString()];
            else if (type == QLatin1String("refund.created"))
                ++refundEvents[object.value(QStringLiteral("payment_intent")).toString()];
        }

        for (const auto &run : m_runs) {
            Run &r = *run;
            auto expect = [&r](bool ok, const QString &what) {
                if (!ok)
                    r.mismatches << what;
            };
            if (!r.problem.isEmpty())
                r.mismatches << r.problem;
            if (r.linkLost > 0)
                r.mismatches << QStringLiteral("the checkout went to \"waiting\" %1 time(s) without a payment link").arg(r.linkLost);
            const auto order = store::OrderStore(*m_db).get(r.orderId);
            const auto attempts = store::PaymentAttempts(*m_db).forOrder(r.orderId);
            if (!order.ok() || !attempts.ok()) {
                r.mismatches << QStringLiteral("the store has no order %1").arg(r.orderId);
                continue;
            }
            const QList<PaymentIntent> pis = pisByOrder.value(order->number);
            expect(pis.size() == attempts->size(), QStringLiteral("%1 PaymentIntent(s) at Stripe for %2 payment attempt(s)")
                                                       .arg(pis.size())
                                                       .arg(attempts->size()));
            expect(attempts->size() == 1, QStringLiteral("%1 payment attempts for one checkout").arg(attempts->size()));
            if (pis.size() != 1 || attempts->size() != 1)
                continue;
            const PaymentIntent &pi = pis.first();
            const PaymentAttempt &attempt = attempts->first();
            expect(attempt.paymentIntentId == pi.id, QStringLiteral("the attempt names %1, Stripe has %2")
                                                         .arg(attempt.paymentIntentId, pi.id));
            qint64 refunded = 0;
            QList<qint64> refundAmounts;
            for (const Refund &refund : refundsByPi.value(pi.id)) {
                if (refund.status == QLatin1String("failed") || refund.status == QLatin1String("canceled"))
                    continue;
                refunded += refund.amount;
                refundAmounts.append(refund.amount);
            }
            expect(attempt.amountCapturedMinor == pi.amountReceived,
                   QStringLiteral("the store has %1 captured, Stripe %2").arg(attempt.amountCapturedMinor).arg(pi.amountReceived));
            expect(attempt.amountRefundedMinor == refunded,
                   QStringLiteral("the store has %1 refunded, Stripe %2").arg(attempt.amountRefundedMinor).arg(refunded));
            const OrderState implied = paymentstate::targetFor(pi, refunded);
            expect(order->state == implied, QStringLiteral("the order is %1, its PaymentIntent (%2) says %3")
                                                .arg(orderstate::name(order->state), PaymentIntent::statusName(pi.status),
                                                     orderstate::name(implied)));
            const int captured = captures.value(pi.id);
            const int cancelled = cancels.value(pi.id);
            using S = PaymentIntent::Status;
            int captureRows = 0;
            int cancelRows = 0;
            QList<qint64> asked;
            switch (r.op) {
            case Op::CreateConfirm:
                expect(pi.status == S::RequiresCapture && pi.amount == r.total && pi.amountCapturable == r.total,
                       QStringLiteral("Stripe holds %1 of %2 (%3), the order is for %4")
                           .arg(pi.amountCapturable)
                           .arg(pi.amount)
                           .arg(PaymentIntent::statusName(pi.status))
                           .arg(r.total));
                break;
            case Op::CaptureFull:
            case Op::CapturePartial: {
                const qint64 want = r.op == Op::CaptureFull ? r.total : r.captureAmount;
                expect(pi.status == S::Succeeded && pi.amountReceived == want,
                       QStringLiteral("Stripe captured %1 (%2), %3 was asked")
                           .arg(pi.amountReceived)
                           .arg(PaymentIntent::statusName(pi.status))
                           .arg(want));
                expect(captured == 1, QStringLiteral("%1 captures at Stripe, one was asked").arg(captured));
                captureRows = 1;
                break;
            }
            case Op::Cancel:
                expect(pi.status == S::Canceled && pi.amountReceived == 0,
                       QStringLiteral("Stripe has the payment %1 with %2 received, a cancel was asked")
                           .arg(PaymentIntent::statusName(pi.status))
                           .arg(pi.amountReceived));
                expect(cancelled == 1, QStringLiteral("%1 cancellations at Stripe, one was asked").arg(cancelled));
                cancelRows = 1;
                break;
            case Op::Refund:
                expect(pi.amountReceived == r.captureAmount && captured == 1,
                       QStringLiteral("the setup capture shows %1 received in %2 capture(s)").arg(pi.amountReceived).arg(captured));
                captureRows = 1;
                if (r.priorRefund > 0)
                    asked << r.priorRefund;
                asked << r.refundAmount;
                break;
            }
            if (r.op != Op::Cancel)
                expect(cancelled == 0, QStringLiteral("%1 cancellations at Stripe, none was asked").arg(cancelled));
            if (r.op == Op::CreateConfirm || r.op == Op::Cancel)
                expect(captured == 0, QStringLiteral("%1 captures at Stripe, none was asked").arg(captured));
            std::sort(asked.begin(), asked.end());
            std::sort(refundAmounts.begin(), refundAmounts.end());
            expect(refundAmounts == asked && refundEvents.value(pi.id) == asked.size(),
                   QStringLiteral("refunds at Stripe %1 (%2 refund.created), asked %3")
                       .arg(amountsText(refundAmounts))
                       .arg(refundEvents.value(pi.id))
                       .arg(amountsText(asked)));
            // The store's own record: one "ok" audit row for each operation asked and done.
            int okCaptures = 0;
            int okCancels = 0;
            int okRefunds = 0;
            // The result must outlive the loop: ranging over *temporary() would read freed memory.
            const auto auditRows = store::AuditLog(*m_db).forOrder(r.orderId);
            for (const AuditEntry &e : *auditRows) {
                if (e.outcome != QLatin1String("ok"))
                    continue;
                okCaptures += e.action == QLatin1String("capture");
                okCancels += e.action == QLatin1String("cancel");
                okRefunds += e.action == QLatin1String("refund");
            }
            expect(okCaptures == captureRows && okCancels == cancelRows && okRefunds == asked.size(),
                   QStringLiteral("the audit log has %1 capture, %2 cancel, %3 refund row(s) marked ok; expected %4, %5, %6")
                       .arg(okCaptures)
                       .arg(okCancels)
                       .arg(okRefunds)
                       .arg(captureRows)
                       .arg(cancelRows)
                       .arg(asked.size()));
        }
    }

    static QString amountsText(const QList<qint64> &amounts)
    {
        QStringList parts;
        for (qint64 a : amounts)
            parts << QString::number(a);
        return QStringLiteral("[") + parts.join(u',') + u']';
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The store is a SQLite file in a temporary directory; in memory (/dev/shm) where there is
        // one, so the campaign's ~15,000 synchronous commits do not wait on the disk.
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        m_dir = shm.isDir() && shm.isWritable()
                    ? std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/holdfast-faults-XXXXXX"))
                    : std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(sodium_init() >= 0);
        if (g_settings.seed == 0)
            g_settings.seed = QRandomGenerator::system()->generate64() % 1000000000000ULL + 1;
        m_rng.seed(g_settings.seed);
        std::printf("fault campaign: seed %llu, %d runs per operation and fault, %d at a time\n"
                    "  (the same parameters again: --seed %llu --runs %d)\n",
                    static_cast<unsigned long long>(g_settings.seed), g_settings.runs, g_settings.parallel,
                    static_cast<unsigned long long>(g_settings.seed), g_settings.runs);
        std::fflush(stdout);

        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        // SQLite by default; on the suite's PostgreSQL server (a schema of its own) when started as
        // tst_faultcampaign_postgres. A missing server fails the run, it never passes by skipping.
        QString url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("campaign.db"));
        if (qEnvironmentVariable("HOLDFAST_STORE_BACKEND") == QLatin1String("postgresql")) {
            const QString server = test::postgresUrl();
            QVERIFY2(!server.isEmpty(), "PostgreSQL test server missing: run the suite through the test command");
            url = server + QStringLiteral("?schema=fault_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        }
        std::printf("store: %s\n", qPrintable(url.section(u'?', 0, 0).startsWith(QLatin1String("sqlite")) ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")));
        auto opened = store::Database::open(url);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail()));
        m_db = std::move(opened).value();

        m_client = std::make_unique<stripe::StripeClient>();
        m_client->setBaseUrl(m_sandbox.baseUrl());
        m_client->setSecretKey(QString::fromLatin1(test::SandboxProcess::secretKey));
        m_client->setPublishableKey(QString::fromLatin1(test::SandboxProcess::publishableKey));
        stripe::RetryPolicy quick;
        quick.maxRetries = clientMaxRetries;
        quick.initialDelay = std::chrono::milliseconds(20);
        quick.maxDelay = std::chrono::milliseconds(120);
        m_client->setRetryPolicy(quick);
        m_client->setTimeout(std::chrono::milliseconds(clientTimeoutMs));
        m_client->setRateLimit(-1, -1); // the sandbox does not limit; its 429s are the injected ones

        // The manager who approves every capture, cancel and refund. The PIN hash is Argon2id like
        // the production one but with libsodium's lowest cost: the real Authorizer checks it for
        // each of the ~1,200 approvals, and the interactive cost would spend minutes on hashing.
        QByteArray hash(crypto_pwhash_STRBYTES, '\0');
        const QByteArray pin = managerPin.toUtf8();
        QVERIFY(crypto_pwhash_str(hash.data(), pin.constData(), quint64(pin.size()), crypto_pwhash_OPSLIMIT_MIN,
                                  crypto_pwhash_MEMLIMIT_MIN) == 0);
        staff::StaffMember manager;
        manager.name = QStringLiteral("Maria Manager");
        manager.role = staff::Role::Manager;
        manager.pinHash = QByteArray(hash.constData());
        m_manager = m_staff.add(manager);
        m_accounts = std::make_unique<staff::StaffAccounts>(m_staff);
        m_authorizer = std::make_unique<staff::Authorizer>(*m_accounts, [this](const staff::AuditRecord &record) {
            m_approvals += record.outcome == staff::AuditRecord::Outcome::Allowed;
            m_denials += record.outcome == staff::AuditRecord::Outcome::Denied;
        });
        m_operations = std::make_unique<backoffice::HoldOperations>(*m_db, m_client.get(), *m_authorizer);
        connect(m_operations.get(), &backoffice::HoldOperations::finished, this,
                [this](qint64, const OperationResult &result) {
                    if (auto done = m_waiting.take(result.requestId))
                        done(result);
                });

        g_campaign = this;
        QLoggingCategory::setFilterRules(QStringLiteral("holdfast.*.debug=false\nholdfast.*.info=false\nholdfast.stripe.info=true"));
        g_previousHandler = qInstallMessageHandler(campaignMessages);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        g_campaign = nullptr;
        m_operations.reset();
        m_runs.clear();
    }

    void campaign()
    {
        QElapsedTimer clock;
        clock.start();
        planRuns();

        // Setup without faults: orders, and for the back-office operations a held payment (and for
        // refunds a capture, sometimes a first refund) made through the same core objects.
        Phase setup;
        for (const auto &r : m_runs)
            setup.pending.append(r.get());
        setup.action = [this](Run *r, std::function<void()> done) { setUp(r, done); };
        QVERIFY2(runPhase(setup, std::max(300000, g_settings.runs * 6000)), "the setup did not finish");
        const qint64 setupMs = clock.elapsed();

        // The campaign, runs side by side as far as their channels allow, in three groups that
        // keep the channels busy: create and confirm faults next to refunds (which never create,
        // confirm, capture or cancel); faults on the refund re-read of a capture or cancel next to
        // create+confirm runs faulted later; then the rest of capture and cancel.
        Phase faults;
        faults.respectChannels = true;
        QList<Run *> groups[5];
        for (const auto &r : m_runs) {
            int group = 4;
            if (r->holds == PostPaymentIntents)
                group = 0;
            else if (r->op == Op::Refund)
                group = 1;
            else if (r->holds == GetRefunds)
                group = 2;
            else if (r->op == Op::CreateConfirm)
                group = 3;
            groups[group].append(r.get());
        }
        for (QList<Run *> &g : groups)
            std::shuffle(g.begin(), g.end(), m_rng);
        auto interleave = [&faults](const QList<Run *> &a, const QList<Run *> &b) {
            for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
                if (i < a.size())
                    faults.pending.append(a.at(i));
                if (i < b.size())
                    faults.pending.append(b.at(i));
            }
        };
        interleave(groups[0], groups[1]);
        interleave(groups[2], groups[3]);
        faults.pending += groups[4];
        faults.action = [this](Run *r, std::function<void()> done) { execute(r, done); };
        m_faultPhase = true;
        const bool settled = runPhase(faults, std::max(480000, g_settings.runs * 12000));
        m_faultPhase = false;
        QVERIFY2(settled, "the campaign did not finish");
        const qint64 faultMs = clock.elapsed() - setupMs;

        verify();
        if (QTest::currentTestFailed())
            return;

        // The table: operations x faults.
        int total = 0;
        int totalRuns = 0;
        int totalHit = 0;
        int totalPressed = 0;
        std::printf("\n%-16s %-18s %5s %5s %8s %7s %11s\n", "operation", "fault", "runs", "hit", "pressed", "avg ms",
                    "mismatches");
        for (Op op : allOps) {
            for (Fault fault : allFaults) {
                int runs = 0, hit = 0, pressed = 0, mismatches = 0;
                qint64 ms = 0;
                for (const auto &r : m_runs) {
                    if (r->op != op || r->fault != fault)
                        continue;
                    ++runs;
                    hit += r->clientRetries > 0;
                    pressed += r->presses > 0;
                    mismatches += int(r->mismatches.size());
                    ms += r->durationMs;
                }
                std::printf("%-16s %-18s %5d %5d %8d %7lld %11d\n", opLabel(op), faultLabel(fault), runs, hit, pressed,
                            static_cast<long long>(runs ? ms / runs : 0), mismatches);
                total += mismatches;
                totalRuns += runs;
                totalHit += hit;
                totalPressed += pressed;
            }
        }
        if (m_denials > 0)
            m_campaignMismatches << QStringLiteral("the Authorizer denied %1 request(s) with the manager's PIN").arg(m_denials);
        for (const QString &m : std::as_const(m_campaignMismatches))
            std::printf("MISMATCH campaign: %s\n", qPrintable(m));
        total += int(m_campaignMismatches.size());
        std::printf("%-16s %-18s %5d %5d %8d %7s %11d\n", "total", "", totalRuns, totalHit, totalPressed, "", total);
        std::printf("hit: the client saw the injected fault (retried or gave up at least once); pressed: the "
                    "operation needed the person to try again\n");
        std::printf("setup %.1f s, faulted runs %.1f s, %d approvals by the manager's PIN, %d expected warnings not shown\n",
                    setupMs / 1000.0, faultMs / 1000.0, m_approvals, g_suppressedWarnings);
        QStringList steps;
        for (Step step : {Step::Create, Step::Confirm, Step::Follow, Step::CurrentRead, Step::Action, Step::ReRead,
                          Step::RefundList}) {
            const auto n = std::count_if(m_runs.cbegin(), m_runs.cend(), [step](const auto &r) { return r->step == step; });
            steps << QStringLiteral("%1 %2").arg(QLatin1String(stepLabel(step))).arg(n);
        }
        int unused = 0;
        int followFailures = 0;
        for (const auto &r : m_runs) {
            unused += r->unusedFaults;
            followFailures += r->followFailures;
        }
        std::printf("faulted request: %s\n", qPrintable(steps.join(QStringLiteral(", "))));
        std::printf("faults left unused on shared paths and drained: %d; follow re-reads that failed (the flow "
                    "followed on): %d\n",
                    unused, followFailures);
        for (const auto &r : m_runs) {
            for (const QString &m : r->mismatches)
                std::printf("MISMATCH %s: %s\n", qPrintable(r->describe()), qPrintable(m));
        }
        std::fflush(stdout);
        QCOMPARE(total, 0);
    }
};

namespace {

void campaignMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QLatin1String category(context.category ? context.category : "");
    if (g_campaign && category.startsWith(QLatin1String("holdfast."))) {
        if (category == QLatin1String("holdfast.stripe") && type == QtInfoMsg
            && (message.contains(QLatin1String("retrying in")) || message.contains(QLatin1String(" failed after "))))
            g_campaign->noteClientRetry(message);
        // Faults make the client and the flow log every retry and give-up: expected here.
        if (!g_settings.verbose && (type == QtInfoMsg || type == QtDebugMsg || type == QtWarningMsg)) {
            g_suppressedWarnings += type == QtWarningMsg;
            return;
        }
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

bool takeOption(QStringList &args, const QString &name, QString *value)
{
    const qsizetype at = args.indexOf(name);
    if (at < 1 || at + 1 >= args.size())
        return false;
    *value = args.at(at + 1);
    args.remove(at, 2);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QString value = qEnvironmentVariable("HOLDFAST_FAULT_RUNS");
    if (takeOption(args, QStringLiteral("--runs"), &value) || !value.isEmpty())
        g_settings.runs = std::max(1, value.toInt());
    value = qEnvironmentVariable("HOLDFAST_FAULT_SEED");
    if (takeOption(args, QStringLiteral("--seed"), &value) || !value.isEmpty())
        g_settings.seed = value.toULongLong();
    value = qEnvironmentVariable("HOLDFAST_FAULT_PARALLEL");
    if (takeOption(args, QStringLiteral("--parallel"), &value) || !value.isEmpty())
        g_settings.parallel = std::clamp(value.toInt(), 1, 6);
    if (const qsizetype at = args.indexOf(QStringLiteral("--verbose")); at > 0) {
        g_settings.verbose = true;
        args.remove(at);
    }
    // QtTest stops a test function after 5 minutes; a campaign with more runs needs longer.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(std::max(900000, g_settings.runs * 15000)));
    TestFaultCampaign campaign;
    return QTest::qExec(&campaign, args);
}

#include "tst_faultcampaign.moc"
