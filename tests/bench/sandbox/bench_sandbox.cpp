// Throughput of the hold-and-capture flow (create, confirm with a test card, capture) on loopback,
// one client after another and with several in parallel. Prints figures; there is no pass/fail bar.
// A localstripe column is printed when a `localstripe` executable is on PATH; otherwise it is skipped.
#include "benchfigure.h"
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using holdfast::test::ApiClient;
using holdfast::test::SandboxProcess;

namespace {

const QByteArray kCreate = "amount=2000&currency=usd&capture_method=manual&payment_method_types[]=card";
const QByteArray kConfirm = "payment_method=pm_card_visa";

// Runs `flows` create+confirm+capture sequences with `parallel` flows in flight; returns flows/s.
double runFlows(const QUrl &base, const QByteArray &key, int flows, int parallel, int *failures)
{
    QNetworkAccessManager network;
    int started = 0;
    int finished = 0;
    *failures = 0;
    auto post = [&](const QString &path, const QByteArray &body) {
        QNetworkRequest request(QUrl(base.toString() + path));
        request.setRawHeader("Authorization", "Bearer " + key);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        return network.post(request, body);
    };
    std::function<void()> startFlow = [&] {
        if (started >= flows)
            return;
        ++started;
        QNetworkReply *create = post(u"/v1/payment_intents"_s, kCreate);
        QObject::connect(create, &QNetworkReply::finished, &network, [&, create] {
            create->deleteLater();
            const QString id = QJsonDocument::fromJson(create->readAll()).object().value(u"id").toString();
            QNetworkReply *confirm = post(u"/v1/payment_intents/"_s + id + u"/confirm", kConfirm);
            QObject::connect(confirm, &QNetworkReply::finished, &network, [&, confirm, id] {
                confirm->deleteLater();
                QNetworkReply *capture = post(u"/v1/payment_intents/"_s + id + u"/capture", {});
                QObject::connect(capture, &QNetworkReply::finished, &network, [&, capture] {
                    capture->deleteLater();
                    if (capture->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                        ++*failures;
                    ++finished;
                    startFlow();
                });
            });
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < parallel; ++i)
        startFlow();
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return finished >= flows; }, 240000);
    return finished * 1000.0 / std::max<qint64>(1, timer.elapsed());
}

// One keep-alive socket, each request in a single write: the server's own speed, without
// QNetworkAccessManager's separate header/body writes meeting Nagle and delayed ACKs (~40 ms each).
double runRawSequential(const QUrl &base, const QByteArray &key, int flows, int *failures)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return 0;
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QByteArray auth = "Bearer " + key;
    auto post = [&](const QByteArray &path, const QByteArray &body) -> QJsonObject {
        socket.write("POST " + path + " HTTP/1.1\r\nHost: " + base.host().toLatin1() + "\r\nAuthorization: " + auth
                     + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray buffer;
        qsizetype headerEnd = -1;
        qsizetype length = -1;
        while (socket.waitForReadyRead(5000)) {
            buffer += socket.readAll();
            if (headerEnd < 0 && (headerEnd = buffer.indexOf("\r\n\r\n")) >= 0) {
                const qsizetype at = buffer.toLower().indexOf("content-length:");
                length = buffer.mid(at + 15, buffer.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            }
            if (headerEnd >= 0 && buffer.size() >= headerEnd + 4 + length)
                return QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object();
        }
        return {};
    };
    *failures = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < flows; ++i) {
        const QByteArray id = post("/v1/payment_intents", kCreate).value(u"id").toString().toLatin1();
        post("/v1/payment_intents/" + id + "/confirm", kConfirm);
        if (post("/v1/payment_intents/" + id + "/capture", {}).value(u"status").toString() != u"succeeded")
            ++*failures;
    }
    return flows * 1000.0 / std::max<qint64>(1, timer.elapsed());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SandboxProcess sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "cannot start holdfast-sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    const int flows = qEnvironmentVariableIntValue("HOLDFAST_BENCH_FLOWS") > 0
                          ? qEnvironmentVariableIntValue("HOLDFAST_BENCH_FLOWS")
                          : 500;
    const bool haveLocalstripe = !QStandardPaths::findExecutable(u"localstripe"_s).isEmpty();
    std::printf("create+confirm+capture on loopback, %d flows (3 requests each)\n", flows);
    std::printf("%-10s %18s %18s %10s\n", "parallel", "sandbox flows/s", "sandbox req/s", "failures");
    for (const int parallel : {1, 4, 16}) {
        int failures = 0;
        const double rate = runFlows(sandbox.baseUrl(), SandboxProcess::secretKey, flows, parallel, &failures);
        std::printf("%-10d %18.1f %18.1f %10d\n", parallel, rate, rate * 3, failures);
        holdfast::bench::figure(QStringLiteral("sandbox"),
                                QStringLiteral("create+confirm+capture, %1 parallel").arg(parallel), rate * 3,
                                QStringLiteral("req/s"), QString(),
                                haveLocalstripe ? QString() : QStringLiteral("localstripe not installed"));
    }
    int rawFailures = 0;
    const double raw = runRawSequential(sandbox.baseUrl(), SandboxProcess::secretKey, flows, &rawFailures);
    std::printf("%-10s %18.1f %18.1f %10d   (raw socket, one write per request)\n", "1 (raw)", raw, raw * 3,
                rawFailures);
    if (!haveLocalstripe)
        std::printf("localstripe: not installed on this machine, column skipped\n");
    else
        std::printf("localstripe: found on PATH but not driven yet (it has no Amazon Pay to compare like for like)\n");
    std::fflush(stdout);
    return 0;
}
