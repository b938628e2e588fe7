// holdfast-webhooks: headless receiver for signed Stripe webhooks (several-tills setup). Verifies,
// stores and applies each event into the shared database; tills see the change through NOTIFY.
#include "holdfastversion.h"
#include "diagnostics/hardening.h"
#include "diagnostics/logging.h"
#include "events/postpaymenthook.h"
#include "events/webhookreceiver.h"
#include "events/webhookhealth.h"
#include "events/webhookverifier.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace holdfast;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}

// SIGINT/SIGTERM end the event loop cleanly (open transactions roll back, the port closes).
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] { app.quit(); });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "holdfast-webhooks: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    logging::installRedactingHandler();
    // The signing secret and the database password stay out of core dumps (release builds).
    holdfast::hardening::protectProcessMemory();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("holdfast-webhooks"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Receives signed Stripe webhooks at POST /webhooks/stripe, verifies their Stripe-Signature, and "
        "stores "
        "and applies each event once in the Holdfast database. GET /healthz reports its health.\n\n"
        "The signing secret (whsec_…) comes from --secret-file (one secret per line; several during a roll) "
        "or the HOLDFAST_WEBHOOK_SECRET environment variable. A PostgreSQL password comes from "
        "HOLDFAST_DATABASE_PASSWORD, never from the URL."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("main", "TCP port to listen on (0: any free port)."),
        QStringLiteral("N"));
    const QCommandLineOption hostOption(
        QStringLiteral("host"),
        QCoreApplication::translate("main", "Address to listen on (default 127.0.0.1; "
                                            "put a TLS reverse proxy in front)."),
        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Database URL: sqlite:/path or postgresql://user@host:port/db."),
        QStringLiteral("URL"));
    const QCommandLineOption secretOption(QStringLiteral("secret-file"),
                                          QCoreApplication::translate("main",
                                                                      "File holding the webhook signing "
                                                                      "secret(s), one per line."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption hookOption(
        QStringLiteral("post-payment-command"),
        QCoreApplication::translate("main", "Command run once per paid order with the order as JSON on stdin "
                                            "(default: the post_payment_hook.command setting)."),
        QStringLiteral("COMMAND"));
    parser.addOptions({portOption, hostOption, databaseOption, secretOption, hookOption});
    parser.process(app);

    if (!parser.isSet(portOption) || !parser.isSet(databaseOption))
        return fail(QStringLiteral("--port and --database are required (see --help)"));
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(QStringLiteral("--port must be a number from 0 to 65535"));
    const QHostAddress host(parser.value(hostOption));
    if (host.isNull())
        return fail(QStringLiteral("--host is not an IP address"));

    QList<QByteArray> secrets;
    if (parser.isSet(secretOption)) {
        QFile file(parser.value(secretOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the secret file: ") + file.errorString());
        secrets = events::WebhookVerifier::secretsFromText(file.readAll());
    }
    secrets += events::WebhookVerifier::secretsFromText(qgetenv("HOLDFAST_WEBHOOK_SECRET"));
    if (secrets.isEmpty())
        return fail(QStringLiteral("no webhook secret: use --secret-file or HOLDFAST_WEBHOOK_SECRET"));

    const QString url = parser.value(databaseOption);
    const QString password = QString::fromUtf8(qgetenv("HOLDFAST_DATABASE_PASSWORD"));
    // The first open must work (a wrong URL should fail at once, not at the first delivery).
    auto opened = store::Database::open(url, password);
    if (!opened)
        return fail(QStringLiteral("cannot open the database: ") + opened.error().detail());
    std::unique_ptr<store::Database> first = std::move(opened).value();
    QStringList hookCommand;
    if (parser.isSet(hookOption)) {
        hookCommand = QProcess::splitCommand(parser.value(hookOption));
    } else {
        events::PostPaymentHook settings(*first);
        if (auto s = settings.loadCommandFromSettings(); !s)
            qCWarning(lcEvents).noquote() << "cannot read the post-payment command:" << s.error().detail();
        hookCommand = settings.command();
    }

    events::WebhookReceiver receiver(
        [url, password, &first]() -> store::Result<std::unique_ptr<store::Database>> {
            if (first)
                return std::move(first);
            return store::Database::open(url, password);
        },
        events::WebhookVerifier(secrets));
    receiver.setPostPaymentCommand(hookCommand);
    const quint16 bound = receiver.listen(host, quint16(port));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1:%2").arg(host.toString()).arg(port));
    quitOnSignals(app);
    // Tells every till on this database that webhooks are being received (their Events page says so).
    const QString address = QStringLiteral("%1:%2").arg(host.toString()).arg(bound);
    QTimer heartbeat;
    std::unique_ptr<store::Database> beatDb;
    const auto beat = [&] {
        if (!beatDb) {
            auto o = store::Database::open(url, password);
            if (!o)
                return;
            beatDb = std::move(o).value();
        }
        if (auto s = events::WebhookHealth::recordReceiverAlive(*beatDb, address, QDateTime::currentDateTimeUtc()); !s)
            beatDb.reset();
    };
    beat();
    heartbeat.setInterval(std::chrono::seconds(events::WebhookHealth::receiverBeatSeconds));
    QObject::connect(&heartbeat, &QTimer::timeout, &app, beat);
    heartbeat.start();
    std::printf("listening on http://%s:%u\n", qPrintable(host.toString()), unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}
