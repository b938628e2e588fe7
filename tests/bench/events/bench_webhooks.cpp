// Verified webhook deliveries per second into holdfast-webhooks (the real binary), SQLite and,
// when the test command provides one, PostgreSQL: a load generator on loopback keeps a few
// requests in flight, each a distinct event signed afresh; every delivery is verified, stored
// and applied in its own durable transaction. Prints rate and p50/p99 latency; asserts nothing.
//   bench_webhooks [--count N] [--concurrency C]
#include "benchfigure.h"
#include "events/webhookverifier.h"
#include "testservices.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace holdfast;

namespace {

struct Figures
{
    int ok = 0;
    int failed = 0;
    double seconds = 0;
    QList<qint64> latenciesUs;
};

QByteArray eventBody(int i, const QString &run)
{
    const QString pi = QStringLiteral("pi_bench%1_%2").arg(run).arg(i);
    const QJsonObject object{{QStringLiteral("id"), pi},
                             {QStringLiteral("object"), QStringLiteral("payment_intent")},
                             {QStringLiteral("amount"), 6000},
                             {QStringLiteral("amount_capturable"), 0},
                             {QStringLiteral("amount_received"), 0},
                             {QStringLiteral("currency"), QStringLiteral("usd")},
                             {QStringLiteral("status"), QStringLiteral("requires_action")},
                             {QStringLiteral("capture_method"), QStringLiteral("manual")},
                             {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
                             {QStringLiteral("livemode"), false},
                             {QStringLiteral("metadata"), QJsonObject{}}};
    const QJsonObject event{{QStringLiteral("id"), QStringLiteral("evt_bench%1_%2").arg(run).arg(i)},
                            {QStringLiteral("object"), QStringLiteral("event")},
                            {QStringLiteral("type"), QStringLiteral("payment_intent.requires_action")},
                            {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
                            {QStringLiteral("livemode"), false},
                            {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

Figures run(const QString &databaseUrl, int count, int concurrency, QTemporaryDir &dir)
{
    Figures f;
    const QByteArray secret = "whsec_bench" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QFile secretFile(dir.filePath(QStringLiteral("secret")));
    secretFile.open(QIODevice::WriteOnly);
    secretFile.write(secret);
    secretFile.close();
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess service;
    service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    service.start(qEnvironmentVariable("HOLDFAST_WEBHOOKS_BIN"),
                  {QStringLiteral("--port"), QString::number(port), QStringLiteral("--database"), databaseUrl,
                   QStringLiteral("--secret-file"), secretFile.fileName()});
    if (!service.waitForReadyRead(20000) || !service.readLine().startsWith("listening on")) {
        std::fprintf(stderr, "holdfast-webhooks did not start\n");
        f.failed = count;
        return f;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/webhooks/stripe").arg(port));
    const QString runId = QUuid::createUuid().toString(QUuid::Id128).left(8);
    // Qt keeps at most 6 connections per host and manager: more managers, more requests in flight.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    for (int i = 0; i < (concurrency + 5) / 6; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    QEventLoop loop;
    int next = 0;
    int inFlight = 0;
    QElapsedTimer total;
    std::function<void()> send = [&] {
        if (next >= count) {
            if (inFlight == 0)
                loop.quit();
            return;
        }
        const QByteArray body = eventBody(next++, runId);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Stripe-Signature",
                             events::WebhookVerifier::sign(body, secret, QDateTime::currentSecsSinceEpoch()));
        QElapsedTimer *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = managers[size_t(next) % managers.size()]->post(request, body);
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer] {
            f.latenciesUs.append(timer->nsecsElapsed() / 1000);
            delete timer;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                ++f.ok;
            else
                ++f.failed;
            reply->deleteLater();
            --inFlight;
            send();
        });
    };
    total.start();
    for (int i = 0; i < concurrency; ++i)
        send();
    loop.exec();
    f.seconds = total.nsecsElapsed() / 1e9;
    service.terminate();
    service.waitForFinished(5000);
    return f;
}

void print(const char *backend, const Figures &f, int concurrency)
{
    QList<qint64> l = f.latenciesUs;
    std::sort(l.begin(), l.end());
    const auto pct = [&l](double p) {
        return l.isEmpty() ? 0 : l.at(std::min<qsizetype>(l.size() - 1, qsizetype(p * l.size())));
    };
    std::printf("%-10s %6d ok %4d failed  %8.0f deliveries/s  p50 %6.2f ms  p99 %6.2f ms  (%d in flight)\n",
                backend, f.ok, f.failed, f.ok / std::max(f.seconds, 1e-9), pct(0.50) / 1000.0,
                pct(0.99) / 1000.0, concurrency);
    std::fflush(stdout);
    const QString db = QString::fromLatin1(backend);
    holdfast::bench::figure(QStringLiteral("webhooks"), db + QStringLiteral(" verified deliveries"),
                            f.ok / std::max(f.seconds, 1e-9), QStringLiteral("/s"),
                            db == QLatin1String("sqlite") ? QStringLiteral(">= 2000") : QString());
    holdfast::bench::figure(QStringLiteral("webhooks"), db + QStringLiteral(" p99 latency"), pct(0.99) / 1000.0,
                            QStringLiteral("ms"));
    holdfast::bench::figure(QStringLiteral("webhooks"), db + QStringLiteral(" failed deliveries"), f.failed,
                            QString(), QStringLiteral("= 0"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.contains(QLatin1String("--count"))
                          ? args.value(args.indexOf(QLatin1String("--count")) + 1).toInt()
                          : 2000;
    const int concurrency = args.contains(QLatin1String("--concurrency"))
                                ? args.value(args.indexOf(QLatin1String("--concurrency")) + 1).toInt()
                                : 32;
    QTemporaryDir dir;
    std::printf("holdfast-webhooks: %d verified deliveries, each stored and applied in its own savepoint; "
                "deliveries arriving together share a durable commit\n",
                count);
    print("sqlite",
          run(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db")), count, concurrency, dir),
          concurrency);
    const QString pg = test::postgresUrl();
    if (!pg.isEmpty())
        print("postgresql",
              run(pg + QStringLiteral("?schema=bench_") + QUuid::createUuid().toString(QUuid::Id128).left(10),
                  count, concurrency, dir),
              concurrency);
    else
        std::printf("postgresql: skipped (no HOLDFAST_TEST_POSTGRES_URL; run through "
                    "tests/support/with-services.sh)\n");
    return 0;
}
