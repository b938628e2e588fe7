// Full sync of N PaymentIntents from a holdfast-sandbox: objects per second and peak memory for
// Holdfast's auto-pagination (one lane, and several created ranges side by side) next to the
// official Stripe Node SDK's autoPagingEach over the same sandbox, in the same run. Figures only:
// it fails when a sync is incomplete or a side cannot run, never on timing.
//
//   bench_clientsync [--count 10000] [--parallel 4] [--ranges 16]
//
// Each sync runs in its own child process so that peak memory (ru_maxrss) is that sync's alone.
#include "benchfigure.h"
#include "sandboxprocess.h"
#include "stripe/stripeclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

using namespace holdfast;
using namespace holdfast::stripe;

namespace {

constexpr int seedBatch = 100;   // objects created per sandbox minute
constexpr int seedInFlight = 16; // concurrent creates while seeding

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

void out(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Child mode: one Holdfast sync, printed as one JSON line.
int runSync(const QUrl &base, int lanes, int rangeCount, qint64 from, qint64 to)
{
    StripeClient client;
    client.setBaseUrl(base);
    client.setSecretKey(qEnvironmentVariable("STRIPE_KEY"));
    ListParams params;
    params.limit = 100;
    const QList<CreatedRange> ranges =
        lanes > 1 ? CreatedRange::split(from, to, rangeCount) : QList<CreatedRange>{};
    QSet<QString> seen;
    qint64 objects = 0;
    qint64 parseFailures = 0;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<ListPager> pager(
        client.paginate(QStringLiteral("/v1/payment_intents"), params, ranges, lanes));
    QObject::connect(pager.get(), &ListPager::pageReceived, pager.get(), [&](const QJsonArray &page) {
        for (const QJsonValue &v : page) {
            ParseError error;
            const auto pi = PaymentIntent::fromJson(v.toObject(), &error); // as the app would use it
            if (!pi) {
                ++parseFailures;
                continue;
            }
            ++objects;
            seen.insert(pi->id);
        }
    });
    QSignalSpy done(pager.get(), &ListPager::finished);
    if (!pager->isFinished() && !done.wait(600000))
        return 3;
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!pager->isOk()) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(pager->error().technicalDetail()));
        return 1;
    }
    const QJsonObject result{{QStringLiteral("client"), lanes > 1
                                                            ? QStringLiteral("holdfast %1 lanes").arg(lanes)
                                                            : QStringLiteral("holdfast 1 lane")},
                             {QStringLiteral("objects"), objects},
                             {QStringLiteral("unique"), qint64(seen.size())},
                             {QStringLiteral("parse_failures"), parseFailures},
                             {QStringLiteral("pages"), pager->pageCount()},
                             {QStringLiteral("seconds"), seconds},
                             {QStringLiteral("peak_rss_kb"), qint64(peakRssKb())}};
    out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    return 0;
}

QJsonObject runChild(const QString &program, const QStringList &args, const QString &workingDir = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STRIPE_KEY"), QString::fromLatin1(test::SandboxProcess::secretKey));
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    if (!p.waitForFinished(900000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed (exit %d)\n", qPrintable(program), p.exitCode());
        return {};
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

bool seed(test::SandboxProcess &sandbox, int count, qint64 *first, qint64 *last)
{
    StripeClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setSecretKey(QString::fromLatin1(test::SandboxProcess::secretKey));
    client.setRateLimit(-1, -1); // seeding is set-up, not measured; the syncs keep the default limits
    int created = 0;
    while (created < count) {
        const int batchEnd = qMin(created + seedBatch, count);
        while (created < batchEnd) {
            std::vector<std::unique_ptr<StripeReply>> inFlight;
            for (; created < batchEnd && int(inFlight.size()) < seedInFlight; ++created) {
                PaymentIntentCreateParams p;
                p.amount = 1000 + created;
                p.currency = QStringLiteral("usd");
                p.paymentMethodTypes = {QStringLiteral("amazon_pay")};
                p.captureMethod = QStringLiteral("manual");
                p.description = QStringLiteral("Bench order %1").arg(created);
                p.metadata.insert(QStringLiteral("order_id"), QString::number(created));
                inFlight.emplace_back(client.createPaymentIntent(
                    p, IdempotencyKey::forOperation(QString::number(created), 1,
                                                    QStringLiteral("bench-create"))));
            }
            for (auto &r : inFlight) {
                if (!r->isFinished()) {
                    QSignalSpy spy(r.get(), &StripeReply::finished);
                    spy.wait(60000);
                }
                if (!r->isOk()) {
                    std::fprintf(stderr, "seeding failed: %s\n", qPrintable(r->error().technicalDetail()));
                    return false;
                }
                const qint64 t = r->paymentIntent()->created.toSecsSinceEpoch();
                *first = *first ? qMin(*first, t) : t;
                *last = qMax(*last, t);
            }
        }
        // A shop's history spreads over time; ranges need that to split the work.
        sandbox.control("/_sandbox/clock/advance", "{\"seconds\":60}");
    }
    return true;
}

QString row(const QJsonObject &r)
{
    const double seconds = r.value(QLatin1String("seconds")).toDouble();
    const qint64 objects = r.value(QLatin1String("objects")).toInteger();
    return QStringLiteral("%1  %2 objects (%3 unique)  %4 s  %5 objects/s  peak RSS %6 MiB")
        .arg(r.value(QLatin1String("client")).toString(), -22)
        .arg(objects)
        .arg(r.value(QLatin1String("unique")).toInteger())
        .arg(seconds, 0, 'f', 3)
        .arg(seconds > 0 ? double(objects) / seconds : 0.0, 0, 'f', 0)
        .arg(double(r.value(QLatin1String("peak_rss_kb")).toInteger()) / 1024.0, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Per-request debug lines would be measured too; the Node SDK logs nothing either.
    QLoggingCategory::setFilterRules(
        QStringLiteral("holdfast.stripe.debug=false\nholdfast.stripe.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("PaymentIntents to seed."),
                                         QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"),
                                            QStringLiteral("Lanes for the parallel run."),
                                            QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption rangesOption(
        QStringLiteral("ranges"),
        QStringLiteral("Created ranges the parallel run splits the history into "
                       "(default 4 per lane)."),
        QStringLiteral("n"));
    const QCommandLineOption syncOption(QStringLiteral("sync-child"),
                                        QStringLiteral("Internal: run one sync."),
                                        QStringLiteral("url,lanes,ranges,from,to"));
    const QCommandLineOption limitOption(
        QStringLiteral("stripe-limit"),
        QStringLiteral("Reads per second the sandbox allows during the syncs, as Stripe does (test mode: 25; "
                       "0: no limit, which Stripe never offers)."),
        QStringLiteral("n"), QStringLiteral("25"));
    parser.addOptions({countOption, parallelOption, rangesOption, syncOption, limitOption});
    parser.process(app);

    if (parser.isSet(syncOption)) {
        const QStringList a = parser.value(syncOption).split(u',');
        if (a.size() != 5)
            return 2;
        return runSync(QUrl(a.at(0)), a.at(1).toInt(), a.at(2).toInt(), a.at(3).toLongLong(),
                       a.at(4).toLongLong());
    }

    const int count = parser.value(countOption).toInt();
    const int parallel = parser.value(parallelOption).toInt();
    const int rangeCount = parser.isSet(rangesOption) ? parser.value(rangesOption).toInt() : parallel * 4;
    const QString nodeDir =
        qEnvironmentVariable("HOLDFAST_SOURCE_DIR", QStringLiteral(HOLDFAST_BENCH_SOURCE_DIR)) +
        QStringLiteral("/tests/bench/client/node");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QDir(nodeDir + QStringLiteral("/node_modules/stripe")).exists()) {
        std::fprintf(stderr, "The Node side needs node and the pinned SDK: run `npm ci` in %s\n",
                     qPrintable(nodeDir));
        return 1;
    }

    test::SandboxProcess sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    QElapsedTimer seedClock;
    seedClock.start();
    qint64 first = 0, last = 0;
    if (!seed(sandbox, count, &first, &last))
        return 1;
    out(QStringLiteral("seeded %1 PaymentIntents through the API in %2 s (created %3 … %4)")
            .arg(count)
            .arg(double(seedClock.elapsed()) / 1000.0, 0, 'f', 1)
            .arg(first)
            .arg(last));
    // Seeding is set-up and runs unthrottled; the syncs then meet Stripe's rate limit, so a client
    // that ignores it pays in 429s and back-off, as it would against Stripe.
    const int stripeLimit = parser.value(limitOption).toInt();
    if (sandbox.control("/_sandbox/rate_limit",
                        QByteArrayLiteral("{\"per_second\":") + QByteArray::number(stripeLimit) + '}')
        != 200) {
        std::fprintf(stderr, "the sandbox refused the rate limit\n");
        return 1;
    }
    out(stripeLimit > 0 ? QStringLiteral("the sandbox now allows %1 reads per second, as Stripe's test mode does")
                              .arg(stripeLimit)
                        : QStringLiteral("the sandbox enforces no rate limit (Stripe always does)"));

    const QString self = QCoreApplication::applicationFilePath();
    const QString base = sandbox.baseUrl().toString();
    const auto syncArgs = [&](int lanes) {
        return QStringList{QStringLiteral("--sync-child"),
                           QStringList{base, QString::number(lanes), QString::number(rangeCount),
                                       QString::number(first), QString::number(last + 1)}
                               .join(u',')};
    };
    const QJsonObject nodeResult = runChild(node, {QStringLiteral("sync.mjs"), base}, nodeDir);
    const QJsonObject single = runChild(self, syncArgs(1));
    const QJsonObject multi = runChild(self, syncArgs(parallel));
    int status = 0;
    for (const QJsonObject &r : {nodeResult, single, multi}) {
        if (r.isEmpty() || r.value(QLatin1String("objects")).toInteger() != count ||
            r.value(QLatin1String("unique")).toInteger() != count) {
            std::fprintf(stderr, "incomplete sync: %s\n",
                         QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
            status = 1;
            continue;
        }
        out(row(r));
    }
    if (status == 0) {
        const auto rate = [](const QJsonObject &r) {
            return double(r.value(QLatin1String("objects")).toInteger()) /
                   r.value(QLatin1String("seconds")).toDouble();
        };
        const QString bench = QStringLiteral("client sync");
        const QString n = QString::number(count);
        holdfast::bench::figure(bench, QStringLiteral("%1 PaymentIntents, 1 lane").arg(n), rate(single),
                                QStringLiteral("objects/s"), QString(),
                                QStringLiteral("stripe-node %1/s").arg(rate(nodeResult), 0, 'f', 0));
        holdfast::bench::figure(bench, QStringLiteral("%1 PaymentIntents, %2 lanes").arg(n).arg(parallel),
                                rate(multi), QStringLiteral("objects/s"), QString(),
                                QStringLiteral("stripe-node %1/s").arg(rate(nodeResult), 0, 'f', 0));
        holdfast::bench::figure(bench, QStringLiteral("speed ratio Holdfast/stripe-node, %1 lanes").arg(parallel),
                                rate(multi) / rate(nodeResult), QStringLiteral("x"), QStringLiteral(">= 2"));
        holdfast::bench::figure(bench, QStringLiteral("peak memory, %1 lanes").arg(parallel),
                                double(multi.value(QLatin1String("peak_rss_kb")).toInteger()) / 1024.0,
                                QStringLiteral("MiB"), QString(),
                                QStringLiteral("stripe-node %1 MiB")
                                    .arg(double(nodeResult.value(QLatin1String("peak_rss_kb")).toInteger()) / 1024.0,
                                         0, 'f', 1));
        out(QStringLiteral("speed ratio holdfast/node: 1 lane %1x, %2 lanes %3x")
                .arg(rate(single) / rate(nodeResult), 0, 'f', 2)
                .arg(parallel)
                .arg(rate(multi) / rate(nodeResult), 0, 'f', 2));
        out(QStringLiteral("peak memory ratio holdfast/node: 1 lane %1x, %2 lanes %3x")
                .arg(double(single.value(QLatin1String("peak_rss_kb")).toInteger()) /
                         double(nodeResult.value(QLatin1String("peak_rss_kb")).toInteger()),
                     0, 'f', 2)
                .arg(parallel)
                .arg(double(multi.value(QLatin1String("peak_rss_kb")).toInteger()) /
                         double(nodeResult.value(QLatin1String("peak_rss_kb")).toInteger()),
                     0, 'f', 2));
    }
    return status;
}
