#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QTimer>

namespace holdfast::test {

SandboxProcess::SandboxProcess(QStringList extraArguments)
    : m_arguments(std::move(extraArguments))
{
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start()
{
    const QString binary = qEnvironmentVariable("HOLDFAST_SANDBOX_BIN");
    if (binary.isEmpty()) {
        m_error = QStringLiteral("HOLDFAST_SANDBOX_BIN is not set: run the test through ctest");
        return false;
    }
    QStringList args{QStringLiteral("--port"), QStringLiteral("0")};
    args += m_arguments;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(binary, args);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("holdfast-sandbox did not start: ") + m_process.errorString();
        return false;
    }
    const QByteArray prefix = "listening on ";
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine())
            m_process.waitForReadyRead(200);
        if (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith(prefix)) {
                m_baseUrl = QUrl(QString::fromUtf8(line.mid(prefix.size())));
                return m_baseUrl.isValid();
            }
            m_error = QStringLiteral("unexpected first line from holdfast-sandbox: ") + QString::fromUtf8(line);
            return false;
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    m_error = QStringLiteral("holdfast-sandbox did not report its port: ") + standardError();
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString SandboxProcess::standardError() const
{
    return QString::fromUtf8(const_cast<QProcess &>(m_process).readAllStandardError());
}

int SandboxProcess::control(const QByteArray &path, const QByteArray &jsonBody, QByteArray *reply) const
{
    QNetworkAccessManager manager;
    QUrl url = m_baseUrl;
    url.setPath(QString::fromUtf8(path));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *r = manager.post(request, jsonBody.isEmpty() ? QByteArrayLiteral("{}") : jsonBody);
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply)
        *reply = r->readAll();
    r->deleteLater();
    return status;
}

} // namespace holdfast::test
