// SandboxServer: a Stripe-compatible HTTP server on loopback, embeddable (holdfast training mode)
// and wrapped by the holdfast-sandbox executable. See docs/sandbox.md for the controls.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QStringList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace holdfast::sandbox {

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    static constexpr auto defaultSecretKey = "sk_test_holdfastsandbox0000000000000000";
    static constexpr auto defaultPublishableKey = "pk_test_holdfastsandbox0000000000000000";
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    struct Options
    {
        QHostAddress host = QHostAddress::LocalHost;
        quint16 port = 0;
        QString secretKey, publishableKey; // empty: the documented defaults above
        QString statePath;                 // empty: in memory
        QString country = QStringLiteral("US");
        // Restricted keys (rk_test_…) and their permissions, e.g. {"rk_test_x", {"rak_payment_intent_read"}}.
        QHash<QString, QStringList> restrictedKeys;
        // Stripe's rate limit, reads and writes per second each (test mode: 25, live: 100); over it
        // an API request gets 429 rate_limit. 0: no limit (the default, so tests are not slowed).
        int rateLimit = 0;
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(const Options &options, QString *error);
    QUrl baseUrl() const;
    void stop();
    // Changes the account's country (and so Amazon Pay's currency) of a running sandbox. Call it on
    // the sandbox's own thread.
    void setAccountCountry(const QString &country);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace holdfast::sandbox
