// A real holdfast-sandbox process on a free loopback port, for integration tests.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace holdfast::test {

class SandboxProcess
{
public:
    static constexpr auto secretKey = "sk_test_holdfastsandbox0000000000000000";
    static constexpr auto publishableKey = "pk_test_holdfastsandbox0000000000000000";

    explicit SandboxProcess(QStringList extraArguments = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the process and waits for its "listening on" line; false with errorString() otherwise.
    bool start();
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }
    QString standardError() const;

    // Calls a /_sandbox/ control endpoint synchronously; returns the HTTP status (0 on failure).
    int control(const QByteArray &path, const QByteArray &jsonBody = {}, QByteArray *reply = nullptr) const;

private:
    QStringList m_arguments;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace holdfast::test
