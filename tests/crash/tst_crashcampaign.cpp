// The crash campaign: a headless Holdfast core (crash_driver) is killed with SIGKILL at random
// points of checkout, capture, cancel, refund and event processing, again and again on the same
// database. After each kill the store is opened as the application opens it, checked with
// PRAGMA integrity_check, recovered the way Holdfast recovers at start (stored events resumed,
// events polled, reconciliation with Stripe) and compared with the sandbox: nothing lost, nothing
// done twice, nothing done that was not asked for.
//
// Options (after the usual QTest ones are stripped): --runs N (default 100, or HOLDFAST_CRASH_RUNS),
// --seed S (default: random; printed so a run can be repeated).
#include "crashchecks.h"
#include "events/eventpoller.h"
#include "events/eventprocessor.h"
#include "events/postpaymenthook.h"
#include "events/reconciler.h"
#include "sandboxprocess.h"
#include "testservices.h"
#include "store/database.h"
#include "stripe/stripeclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QTest>
#include <cstdio>

using namespace holdfast;

namespace {

int g_runs = 100;
quint64 g_seed = 0;

template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(2);
    }
    return true;
}

struct Phase
{
    const char *name;
    int weight;
    // The driver's step markers inside the phase a kill is aimed after; listed twice = twice as likely.
    // "stripe": the manager's PIN is accepted and the requests to Stripe are under way.
    const char *steps;
    const char *faultMethod; // a slowed-down request of this phase, so a kill can land inside it
    const char *faultPath;
};

// Checkout, capture and event processing first; cancel and refund too.
constexpr Phase kPhases[] = {
    {"checkout", 30, "prepare prepare authorize refresh", "POST", "/v1/payment_intents"},
    {"capture", 25, "approve stripe stripe stripe", "POST", "/v1/payment_intents/"},
    {"events", 20, "poll", "GET", "/v1/events"},
    {"refund", 15, "approve stripe stripe stripe", "POST", "/v1/refunds"},
    {"cancel", 10, "approve stripe stripe stripe", "POST", "/v1/payment_intents/"},
    {"hooks", 15, "run", "GET", "/v1/nothing_the_hooks_ask"},
};

} // namespace

class TestCrashCampaign : public QObject
{
    Q_OBJECT

    QString builtDriver() const { return QCoreApplication::applicationDirPath() + QStringLiteral("/crash_driver"); }

private slots:
    void campaign()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // SQLite by default; the suite's PostgreSQL server (a schema of its own) when started as
        // tst_crashcampaign_postgres. A missing server fails the run, it never passes by skipping.
        QString dbUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("campaign.db"));
        if (qEnvironmentVariable("HOLDFAST_STORE_BACKEND") == QLatin1String("postgresql")) {
            const QString server = test::postgresUrl();
            QVERIFY2(!server.isEmpty(), "PostgreSQL test server missing: run the suite through the test command");
            dbUrl = server + QStringLiteral("?schema=crash_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        }
        std::printf("store: %s\n", dbUrl.startsWith(QLatin1String("sqlite:")) ? "SQLite" : "PostgreSQL");
        // The campaign runs one driver binary throughout, even if the build tree is rebuilt meanwhile.
        const QString driverPath = dir.filePath(QStringLiteral("crash_driver"));
        QVERIFY2(QFile::copy(builtDriver(), driverPath), qPrintable(builtDriver()));
        test::SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        stripe::StripeClient checker; // the campaign's own eyes on the sandbox
        checker.setBaseUrl(sandbox.baseUrl());
        checker.setSecretKey(QString::fromLatin1(test::SandboxProcess::secretKey));
        checker.setRateLimit(-1, -1);

        const quint64 seed = g_seed ? g_seed : QRandomGenerator::global()->generate64() % 1000000000ULL;
        std::printf("crash campaign: %d runs, seed %llu (repeat with --seed %llu)\n", g_runs,
                    static_cast<unsigned long long>(seed), static_cast<unsigned long long>(seed));
        std::fflush(stdout);
        QRandomGenerator rng(seed);

        // The shop's post-payment command appends each order it is run for: runs are counted there.
        const QString hookLog = dir.filePath(QStringLiteral("hooks.log"));
        int hooksInterrupted = 0;
        int hooksRun = 0;
        crash::Ledger ledger;
        crash::Memory memory;
        crash::Tally tally;
        QMap<QString, int> killsByPhase;
        QMap<QString, int> killsByStep;
        int aimedHits = 0;
        int faultsInjected = 0;
        int retries = 0;
        int unadoptedBefore = 0; // PaymentIntents created at Stripe whose id the killed run had not stored
        int ordersRepaired = 0;  // orders the reconciliation moved while the poll ran too
        int repairedAlone = 0;   // orders the reconciliation moved when it ran first, alone
        int reconcileFirstRuns = 0;
        int outOfStepBefore = 0; // orders not in line with Stripe when the store was reopened
        int runsWithRepairs = 0; // kills that left recovery something to do
        int unadoptedSoFar = 0;
        int eventsRecovered = 0; // events the recovery poll stored
        int eventsResumed = 0;   // events stored but unprocessed at the kill
        crash::Unrecorded unrecorded;
        QString openAsk; // a request the last run was killed in the middle of: the next run presses it again
        int integrityFailures = 0;
        int integrityChecks = 0;
        qint64 eventsFrom = 0;
        qint64 driverMs = 0;
        qint64 recoveryMs = 0;
        int totalWeight = 0;
        for (const Phase &p : kPhases)
            totalWeight += p.weight;
        QElapsedTimer campaignClock;
        campaignClock.start();

        for (int run = 1; run <= g_runs; ++run) {
            tally.setRun(run);
            // --- Aim: a phase, a delay after its marker, sometimes a slow request inside it.
            int roll = int(rng.bounded(totalWeight));
            const Phase *target = &kPhases[0];
            for (const Phase &p : kPhases) {
                if (roll < p.weight) {
                    target = &p;
                    break;
                }
                roll -= p.weight;
            }
            const QList<QByteArray> steps = QByteArray(target->steps).split(' ');
            const QByteArray aimedStep = steps.at(int(rng.bounded(int(steps.size()))));
            const int delayMs = int(rng.bounded(51));
            const bool slowed = rng.bounded(100) < 35;
            if (slowed) {
                const QJsonObject fault{{QStringLiteral("kind"), QStringLiteral("delay")},
                                        {QStringLiteral("method"), QString::fromLatin1(target->faultMethod)},
                                        {QStringLiteral("path_prefix"), QString::fromLatin1(target->faultPath)},
                                        {QStringLiteral("delay_ms"), 20 + int(rng.bounded(41))},
                                        {QStringLiteral("count"), 1}};
                QCOMPARE(sandbox.control("/_sandbox/faults", QJsonDocument(fault).toJson(QJsonDocument::Compact)), 200);
                ++faultsInjected;
            }

            // --- Run the driver until the aimed moment, then SIGKILL.
            const QString retry = openAsk;
            QElapsedTimer driverClock;
            driverClock.start();
            QProcess driver;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOLDFAST_CRASH_SECRET_KEY"), QString::fromLatin1(test::SandboxProcess::secretKey));
            driver.setProcessEnvironment(env);
            driver.setStandardErrorFile(dir.filePath(QStringLiteral("driver.err")));
            driver.start(driverPath, {QStringLiteral("--base-url"), sandbox.baseUrl().toString(),
                                        QStringLiteral("--database"), dbUrl,
                                        QStringLiteral("--seed"), QString::number(rng.generate64() % 1000000000ULL),
                                        QStringLiteral("--focus"), QString::fromLatin1(target->name),
                                        QStringLiteral("--pause-max"), QStringLiteral("5"),
                                        QStringLiteral("--retry"), retry,
                                        QStringLiteral("--hook-log"), hookLog});
            retries += !retry.isEmpty();
            openAsk.clear();
            QVERIFY2(driver.waitForStarted(10000), qPrintable(driver.errorString()));
            QString phase;
            QString step;
            const auto take = [&](const QByteArray &raw) {
                const QByteArray line = raw.trimmed();
                ledger.read(line);
                if (line.startsWith("ask ")) {
                    const QList<QByteArray> f = line.split(' ');
                    const auto value = [&f](const QByteArray &key) {
                        for (const QByteArray &part : f)
                            if (part.startsWith(QByteArray(key + '=')))
                                return QString::fromUtf8(part.mid(key.size() + 1));
                        return QStringLiteral("0");
                    };
                    openAsk = QString::fromUtf8(f.value(1)) + u':' + value("order") + u':' + value("amount");
                } else if (line.startsWith("done ")) {
                    openAsk.clear();
                }
                if (line.startsWith("phase ")) {
                    phase = QString::fromUtf8(line.split(' ').value(1));
                    step.clear();
                } else if (line.startsWith("step ")) {
                    step = QString::fromUtf8(line.mid(5));
                }
            };
            qint64 killAt = -1;
            bool exitedByItself = false;
            while (true) {
                const qint64 now = driverClock.elapsed();
                if (killAt >= 0 && now >= killAt)
                    break;
                if (driver.state() == QProcess::NotRunning) {
                    exitedByItself = true;
                    break;
                }
                driver.waitForReadyRead(int(killAt >= 0 ? qBound(qint64(0), killAt - now, qint64(20)) : 20));
                while (driver.canReadLine()) {
                    const QByteArray line = driver.readLine();
                    take(line);
                    if (killAt < 0 && phase == QLatin1String(target->name) && step == QLatin1String(aimedStep)) {
                        killAt = driverClock.elapsed() + delayMs;
                        ++aimedHits;
                    }
                }
                if (killAt < 0 && driverClock.elapsed() > 8000)
                    killAt = driverClock.elapsed(); // the phase never came: kill wherever it is
            }
            driver.kill(); // SIGKILL
            driver.waitForFinished(5000);
            for (const QByteArray &line : driver.readAllStandardOutput().split('\n'))
                if (!line.isEmpty())
                    take(line);
            driverMs += driverClock.elapsed();
            if (exitedByItself) {
                QFile err(dir.filePath(QStringLiteral("driver.err")));
                err.open(QIODevice::ReadOnly);
                tally.check(false, QStringLiteral("driver_exited"),
                            QStringLiteral("exit code %1: %2").arg(driver.exitCode()).arg(QString::fromUtf8(err.readAll().right(400))));
            }
            const QString where = phase.isEmpty() ? QStringLiteral("startup") : phase;
            ++killsByPhase[where];
            ++killsByStep[where + u'/' + (step.isEmpty() ? QStringLiteral("-") : step)];

            // A slowed request the dead driver left inside the sandbox still commits: let it.
            QCOMPARE(sandbox.control("/_sandbox/faults/clear"), 200);
            QTest::qWait(slowed ? 90 : 30); // slowed requests wait at most 60 ms

            QElapsedTimer recoveryClock;
            recoveryClock.start();
            // --- What recovery must pick up, read before it starts.
            bool eventsOk = false;
            const QList<QJsonObject> newEvents =
                crash::fetchEvents(checker, eventsFrom, events::EventProcessor::eventTypes(), &eventsOk);
            tally.check(eventsOk, QStringLiteral("sandbox_read_failed"), QStringLiteral("events"));
            for (const QJsonObject &e : newEvents)
                eventsFrom = qMax(eventsFrom, e.value(QLatin1String("created")).toInteger() - 1);
            const crash::StripeSnapshot pre = crash::fetchSnapshot(checker);
            tally.check(pre.ok, QStringLiteral("sandbox_read_failed"), pre.error);

            // --- Start as Holdfast starts: open (migrations, SQLite's own recovery), then resume
            // stored events, poll and reconcile with its own Stripe client.
            {
                auto opened = store::Database::open(dbUrl);
                tally.check(opened.ok(), QStringLiteral("store_open_failed"),
                            opened.ok() ? QString() : opened.error().detail());
                if (!opened.ok())
                    continue;
                auto db = std::move(opened).value();
                QString why;
                ++integrityChecks;
                const bool intact = crash::integrityOk(*db, &why);
                integrityFailures += !intact;
                tally.check(intact, QStringLiteral("integrity_check"), why);

                // How much the kill left for recovery: PaymentIntents Stripe made that no attempt names yet.
                QSet<QString> known;
                if (auto q = db->exec(QStringLiteral("SELECT payment_intent_id FROM payment_attempts "
                                                     "WHERE payment_intent_id IS NOT NULL"));
                    q.ok()) {
                    while ((*q)->next())
                        known.insert((*q)->value(0).toString());
                    (*q)->finish();
                }
                for (auto it = pre.paymentIntents.cbegin(); it != pre.paymentIntents.cend(); ++it)
                    unadoptedBefore += !known.contains(it.key());
                const int behind = crash::outOfStep(*db, pre);
                outOfStepBefore += qMax(0, behind);
                runsWithRepairs += behind > 0 || unadoptedBefore > unadoptedSoFar;
                unadoptedSoFar = unadoptedBefore;

                stripe::StripeClient client;
                client.setBaseUrl(sandbox.baseUrl());
                client.setSecretKey(QString::fromLatin1(test::SandboxProcess::secretKey));
                events::EventProcessor processor(*db);
                const auto resumed = processor.resume();
                tally.check(resumed.ok(), QStringLiteral("resume_failed"), resumed.ok() ? QString() : resumed.error().detail());
                events::EventPoller poller(&client, *db, processor);
                events::Reconciler reconciler(&client, *db);
                bool polled = false;
                QString pollError;
                connect(&poller, &events::EventPoller::pollFinished, this, [&](int fresh) {
                    polled = true;
                    eventsRecovered += fresh;
                });
                connect(&poller, &events::EventPoller::pollFailed, this, [&](const QString &e) {
                    polled = true;
                    pollError = e;
                });
                QSignalSpy reconciled(&reconciler, &events::Reconciler::finished);
                // Half the time as the till starts (poll and reconciliation side by side, events
                // usually first); otherwise reconciliation alone first, as on a till whose poller is
                // off, so that it has to repair everything by itself before the poll runs.
                const bool reconcileFirst = rng.bounded(2) == 1;
                if (!reconcileFirst)
                    poller.pollNow();
                reconciler.start();
                if (reconcileFirst) {
                    waitUntil([&] { return !reconciled.isEmpty(); }, 60000);
                    // Reconciliation alone must have brought every order in line.
                    const crash::StripeSnapshot now = crash::fetchSnapshot(checker);
                    const int left = now.ok ? crash::outOfStep(*db, now, &pre) : -1;
                    tally.check(left == 0, QStringLiteral("reconcile_left_out_of_step"),
                                QStringLiteral("%1 orders").arg(left));
                    poller.pollNow();
                }
                const bool recovered = waitUntil([&] { return polled && !reconciled.isEmpty(); }, 60000);
                tally.check(recovered, QStringLiteral("recovery_timed_out"), QString());
                tally.check(pollError.isEmpty(), QStringLiteral("poll_failed"), pollError);
                const auto report = reconciler.lastReport();
                (reconcileFirst ? repairedAlone : ordersRepaired) += report.repaired;
                reconcileFirstRuns += reconcileFirst;
                eventsResumed += resumed.ok() ? *resumed : 0;
                tally.check(!reconciled.isEmpty() && report.ok && report.failed == 0, QStringLiteral("reconcile_failed"),
                            report.error + QStringLiteral(" (%1 failed)").arg(report.failed));
                QTest::qWait(20); // re-reads the poll started after its charge and refund events
                // As the till does after every change: the post-payment commands still due run now,
                // and a claim the kill left unfinished is reported as interrupted.
                {
                    events::PostPaymentHook hooks(*db);
                    hooks.setCommand(crash::hookLogCommand(hookLog));
                    bool idle = false;
                    connect(&hooks, &events::PostPaymentHook::idle, this, [&] { idle = true; });
                    hooks.runPending();
                    if (!hooks.isRunning())
                        idle = true;
                    tally.check(waitUntil([&] { return idle; }, 60000), QStringLiteral("hooks_timed_out"), QString());
                }
                QTest::qWait(20); // a command the dead driver started may still be writing its line
                recoveryMs += recoveryClock.elapsed();

                // --- Compare.
                const crash::StripeSnapshot post = crash::fetchSnapshot(checker);
                tally.check(post.ok, QStringLiteral("sandbox_read_failed"), post.error);
                crash::checkAll(*db, ledger, pre, post, newEvents, memory, tally);
                crash::checkHookRuns(*db, crash::readHookLog(hookLog), tally, &hooksInterrupted, &hooksRun);
                if (run == g_runs)
                    unrecorded = crash::unrecordedOperations(*db, post);
            }
            if (run % 10 == 0 || run == g_runs) {
                std::printf("  run %d/%d: %d mismatches so far, %.0f s\n", run, g_runs, tally.total(),
                            campaignClock.elapsed() / 1000.0);
                std::fflush(stdout);
            }
        }

        // --- Report.
        std::printf("\ncrash campaign finished: seed %llu, %d runs in %.1f s (driver %.1f s, recovery %.1f s)\n",
                    static_cast<unsigned long long>(seed), g_runs, campaignClock.elapsed() / 1000.0,
                    driverMs / 1000.0, recoveryMs / 1000.0);
        std::printf("kills: %d (%d aimed after a phase/step marker + 0-50 ms, the rest after 8 s without it; "
                    "%d with a slowed request injected)\n",
                    g_runs, aimedHits, faultsInjected);
        std::printf("kills per phase:\n");
        for (auto it = killsByPhase.cbegin(); it != killsByPhase.cend(); ++it)
            std::printf("  %-10s %d\n", qPrintable(it.key()), it.value());
        std::printf("kills per phase/step:\n");
        for (auto it = killsByStep.cbegin(); it != killsByStep.cend(); ++it)
            std::printf("  %-22s %d\n", qPrintable(it.key()), it.value());
        std::printf("driver announced: %lld orders created, %d requests to capture/cancel/refund "
                    "(%d of them pressed again after the kill that interrupted them)\n",
                    static_cast<long long>(ledger.createdOrders.size()), ledger.asks, retries);
        std::printf("left for recovery: %d kills left the store behind Stripe: %d orders out of step, "
                    "%d PaymentIntents whose id the killed run had not stored\n",
                    runsWithRepairs, outOfStepBefore, unadoptedBefore);
        std::printf("recovery: %d events stored by the first poll, %d stored events resumed; reconciliation moved "
                    "%d orders in the %d recoveries where it ran first and alone, %d in the %d where it ran beside the "
                    "poll\n",
                    eventsRecovered, eventsResumed, repairedAlone, reconcileFirstRuns, ordersRepaired,
                    g_runs - reconcileFirstRuns);
        std::printf("done at Stripe without their own audit row (the kill came after Stripe answered; the guard's "
                    "\"allowed\" row and recovery's move of the order record them): %d captures, %d cancels, "
                    "%d refunds\n",
                    unrecorded.captures, unrecorded.cancels, unrecorded.refunds);
        std::printf("post-payment command: ran %d times in all, once for each order whose money arrived; %d "
                    "orders' runs were interrupted by a kill and reported so (at most once each)\n",
                    hooksRun, hooksInterrupted);
        std::printf("store at the end: %lld audit rows, %lld events\n", static_cast<long long>(memory.auditCount),
                    static_cast<long long>(memory.storedEvents.size()));
        std::printf("checks done: %d (PaymentIntents that moved by themselves during a recovery, checked later: %d)\n",
                    tally.checks(), tally.unsettled);
        std::printf("integrity_check: %d run, %d failed\n", integrityChecks, integrityFailures);
        std::printf("mismatches: %d distinct (%d failed checks over all rounds)\n", tally.total(), tally.failedChecks());
        for (auto it = tally.byKind().cbegin(); it != tally.byKind().cend(); ++it)
            std::printf("  %-28s %d\n", qPrintable(it.key()), it.value());
        std::fflush(stdout);

        QCOMPARE(integrityFailures, 0);
        QCOMPARE(tally.total(), 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Hundreds of recoveries: keep the warnings, drop the per-request chatter.
    QLoggingCategory::setFilterRules(QStringLiteral("holdfast.*.debug=false\nholdfast.*.info=false"));
    QStringList args = app.arguments();
    if (const int fromEnv = qEnvironmentVariableIntValue("HOLDFAST_CRASH_RUNS"); fromEnv > 0)
        g_runs = fromEnv;
    for (qsizetype i = 1; i + 1 < args.size();) {
        if (args.at(i) == QLatin1String("--runs")) {
            g_runs = qMax(1, args.at(i + 1).toInt());
            args.remove(i, 2);
        } else if (args.at(i) == QLatin1String("--seed")) {
            g_seed = args.at(i + 1).toULongLong();
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    // QtTest's watchdog stops a test function after 5 minutes; a long campaign needs longer.
    const qint64 budgetMs = 300000 + qint64(g_runs) * 10000;
    if (qEnvironmentVariableIntValue("QTEST_FUNCTION_TIMEOUT") < budgetMs)
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(budgetMs));
    TestCrashCampaign test;
    return QTest::qExec(&test, args);
}

#include "tst_crashcampaign.moc"
