// The several-tills way to hear from Stripe: POST /webhooks/stripe on Qt HTTP Server. The raw
// bytes are verified before anything parses them; a verified event is stored and applied in one
// transaction and answered 200 at once (duplicates too, so Stripe stops retrying). 400 for
// anything unverifiable or malformed, 413 over the size limit, 503 while the database is
// unreachable so Stripe retries later. GET /healthz answers with WebhookHealth as JSON.
#pragma once

#include "events/eventprocessor.h"
#include "events/webhookhealth.h"
#include "events/webhookverifier.h"
#include "store/database.h"

#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>

#include <QHttpServerResponder>

#include <deque>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace holdfast::events {

class PostPaymentHook;

class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 defaultMaxBodyBytes = 256 * 1024;

    static constexpr int maxBatch = 256;

    // Opens (and after a loss, reopens) the database: a connection that failed to come back is
    // replaced rather than reused, so the receiver recovers by itself when the server returns.
    using DatabaseOpener = std::function<store::Result<std::unique_ptr<store::Database>>()>;

    WebhookReceiver(DatabaseOpener opener, WebhookVerifier verifier, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // The shop's post-payment command (program + arguments); hooks queued by an event start after
    // the answer is sent. Empty: hooks are left queued for whoever runs them.
    void setPostPaymentCommand(const QStringList &command);
    // The open database, or nullptr while it is unreachable.
    store::Database *database();
    // Returns the port (0 when it could not listen).
    quint16 listen(const QHostAddress &address, quint16 port);
    WebhookHealth health();

Q_SIGNALS:
    void eventProcessed(const QString &eventId, bool duplicate);
    void rejected(int status, const QString &why);

private:
    struct Delivery
    {
        StripeEvent event;
        QByteArray body;
        QHttpServerResponder responder;
    };
    void receive(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void flush();
    QHttpServerResponse reject(int status, const QString &why);
    void noteFailure(const QString &why);
    void catchUp();
    void dropDatabase();

    DatabaseOpener m_opener;
    std::unique_ptr<store::Database> m_db;
    WebhookVerifier m_verifier;
    std::unique_ptr<QHttpServer> m_server;
    QStringList m_hookCommand;
    std::unique_ptr<PostPaymentHook> m_hook;
    QString m_openError;
    qint64 m_maxBodyBytes = defaultMaxBodyBytes;
    bool m_databaseReachable = true;
    bool m_catchUpDue = true;
    QString m_pendingFailure; // noted while the database was unreachable
    QDateTime m_pendingFailureAt;
    QDateTime m_lastFailureWrite;
    // Verified deliveries waiting for the next commit: under load, the deliveries that arrived
    // in one pass of the event loop share one durable commit (each in its own savepoint), and
    // each is answered only after that commit. When idle a batch is a single delivery.
    std::deque<Delivery> m_batch;
    bool m_flushScheduled = false;
};

} // namespace holdfast::events
