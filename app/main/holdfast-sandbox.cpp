// holdfast-sandbox: a Stripe-compatible server for training mode and tests.
#include "holdfastversion.h"
#include "diagnostics/logging.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

// Async-signal-safe: only writes a byte; the event loop does the real work.
void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("holdfast-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
    holdfast::logging::installRedactingHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Stripe-compatible sandbox for Holdfast training mode and tests. See docs/sandbox.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one."),
                                  QStringLiteral("N"), QStringLiteral("12111"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on (default loopback)."),
                                  QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption secret(QStringLiteral("secret-key"), QStringLiteral("Secret key clients must use."),
                                    QStringLiteral("K"));
    const QCommandLineOption publishable(QStringLiteral("publishable-key"),
                                         QStringLiteral("Publishable key for Stripe.js."), QStringLiteral("K"));
    const QCommandLineOption state(QStringLiteral("state"), QStringLiteral("SQLite file to keep state across runs."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption country(QStringLiteral("country"),
                                     QStringLiteral("Account country (decides Amazon Pay's currency)."),
                                     QStringLiteral("CC"), QStringLiteral("US"));
    const QCommandLineOption restricted(QStringLiteral("restricted-key"),
                                        QStringLiteral("A restricted key and its permissions, e.g. "
                                                       "rk_test_x=rak_payment_intent_read,rak_refund_write "
                                                       "(repeatable)."),
                                        QStringLiteral("K=PERMS"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Answer 429 rate_limit above N reads and N writes per second, "
                                                      "as Stripe does (test mode 25, live 100); 0 = no limit."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({port, host, secret, publishable, state, country, restricted, rateLimit});
    parser.process(app);

    holdfast::sandbox::SandboxServer::Options options;
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue > 65535 || options.host.setAddress(parser.value(host)) == false) {
        std::fputs("holdfast-sandbox: invalid --port or --host\n", stderr);
        return 2;
    }
    options.port = quint16(portValue);
    options.secretKey = parser.value(secret);
    options.publishableKey = parser.value(publishable);
    options.statePath = parser.value(state);
    options.country = parser.value(country).toUpper();
    bool rateOk = false;
    options.rateLimit = parser.value(rateLimit).toInt(&rateOk);
    if (!rateOk || options.rateLimit < 0) {
        std::fputs("holdfast-sandbox: invalid --rate-limit\n", stderr);
        return 2;
    }
    for (const QString &spec : parser.values(restricted)) {
        const QString key = spec.section(QLatin1Char('='), 0, 0);
        options.restrictedKeys.insert(key, spec.section(QLatin1Char('='), 1).split(QLatin1Char(','), Qt::SkipEmptyParts));
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::perror("holdfast-sandbox: socketpair");
        return 1;
    }
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    holdfast::sandbox::SandboxServer server;
    QString error;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "holdfast-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray line = "listening on http://127.0.0.1:" + QByteArray::number(server.baseUrl().port()) + '\n';
    std::fputs(line.constData(), stdout);
    std::fflush(stdout);
    const int status = app.exec();
    server.stop();
    return status;
}
