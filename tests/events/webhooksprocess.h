// A real holdfast-webhooks process for tests: a port chosen up front (the sandbox endpoint needs
// the URL before the secret exists), the secret in a private file, the "listening on" line awaited.
#pragma once

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace holdfast::test {

class WebhooksProcess
{
public:
    WebhooksProcess()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    ~WebhooksProcess() { stop(); }

    quint16 port() const { return m_port; }
    QUrl url(const QString &path = QStringLiteral("/webhooks/stripe")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    bool start(const QString &databaseUrl, const QList<QByteArray> &secrets, QStringList extra = {})
    {
        QFile file(m_dir.filePath(QStringLiteral("secrets")));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        for (const QByteArray &s : secrets)
            file.write(s + '\n');
        file.close();
        m_process.setProgram(qEnvironmentVariable("HOLDFAST_WEBHOOKS_BIN"));
        m_process.setArguments(QStringList{QStringLiteral("--port"), QString::number(m_port),
                                           QStringLiteral("--database"), databaseUrl,
                                           QStringLiteral("--secret-file"), file.fileName()} +
                               extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(15000)) {
                m_firstLine = QString::fromUtf8(m_process.readAllStandardError());
                return false;
            }
        }
        m_firstLine = QString::fromUtf8(m_process.readLine()).trimmed();
        return m_firstLine == QStringLiteral("listening on http://127.0.0.1:%1").arg(m_port);
    }
    QString firstLine() const { return m_firstLine; }
    QProcess &process() { return m_process; }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_firstLine;
};

} // namespace holdfast::test
