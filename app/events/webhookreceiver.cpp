#include "events/webhookreceiver.h"

#include "diagnostics/logging.h"
#include "events/postpaymenthook.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QTimer>

namespace holdfast::events {

namespace {

using Status = QHttpServerResponder::StatusCode;

QHttpServerResponse jsonReply(int status, const QJsonObject &body)
{
    return QHttpServerResponse(body, static_cast<Status>(status));
}

bool databaseDown(const store::StoreError &e)
{
    return e.kind() == store::StoreError::Kind::Unavailable || e.kind() == store::StoreError::Kind::Locked;
}

} // namespace

WebhookReceiver::WebhookReceiver(store::Database &db, WebhookVerifier verifier, QObject *parent)
    : QObject(parent), m_db(db), m_verifier(std::move(verifier)), m_processor(db),
      m_server(std::make_unique<QHttpServer>())
{
    m_server->route(QStringLiteral("/webhooks/stripe"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request) { return receive(request); });
    m_server->route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [this] {
        const WebhookHealth h = health();
        return jsonReply(h.databaseReachable ? 200 : 503, h.toJson());
    });
}

WebhookReceiver::~WebhookReceiver() = default;

quint16 WebhookReceiver::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    // Events a previous run stored but did not apply (it crashed in between).
    QTimer::singleShot(0, this, &WebhookReceiver::catchUp);
    return bound;
}

void WebhookReceiver::catchUp()
{
    const auto resumed = m_processor.resume();
    if (!resumed) {
        m_catchUpDue = true;
        return;
    }
    m_catchUpDue = false;
    if (*resumed > 0)
        qCInfo(lcEvents) << "applied" << *resumed << "events a previous run had stored";
    if (m_hook)
        m_hook->runPending();
}

WebhookHealth WebhookReceiver::health()
{
    auto read = WebhookHealth::read(m_db);
    if (!read) {
        WebhookHealth h;
        h.databaseReachable = false;
        h.lastFailure = read.error().detail();
        h.lastFailureAt = QDateTime::currentDateTimeUtc();
        return h;
    }
    WebhookHealth h = *read;
    h.databaseReachable = true;
    return h;
}

void WebhookReceiver::noteFailure(const QString &why)
{
    m_pendingFailure = why;
    m_pendingFailureAt = QDateTime::currentDateTimeUtc();
    // At most one write a second, so a flood of forged requests cannot become a flood of writes.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastFailureWrite.isValid() && m_lastFailureWrite.msecsTo(now) < 1000)
        return;
    if (WebhookHealth::recordFailure(m_db, m_pendingFailure, m_pendingFailureAt)) {
        m_lastFailureWrite = now;
        m_pendingFailure.clear();
    }
}

QHttpServerResponse WebhookReceiver::reject(int status, const QString &why)
{
    qCInfo(lcEvents).noquote() << "webhook rejected with" << status << "-" << why;
    emit rejected(status, why);
    return jsonReply(status, QJsonObject{{QStringLiteral("error"), why}});
}

QHttpServerResponse WebhookReceiver::receive(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    const qint64 declared = request.value("Content-Length").toLongLong();
    if (body.size() > m_maxBodyBytes || declared > m_maxBodyBytes) {
        noteFailure(QStringLiteral("body over %1 bytes").arg(m_maxBodyBytes));
        return reject(413, QStringLiteral("body too large"));
    }
    const SignatureCheck check = m_verifier.verify(body, request.value("Stripe-Signature"));
    if (check != SignatureCheck::Valid) {
        noteFailure(WebhookVerifier::describe(check));
        return reject(400, WebhookVerifier::describe(check));
    }
    // Only now, with the bytes proven to come from Stripe, is the JSON parsed.
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    ParseError parseError;
    const auto event = doc.isObject() ? StripeEvent::fromJson(doc.object(), &parseError) : std::nullopt;
    if (!event) {
        noteFailure(QStringLiteral("signed body is not an event"));
        return reject(400, QStringLiteral("not a Stripe event"));
    }
    if (m_catchUpDue)
        catchUp();
    const auto result = m_processor.handle(*event, body);
    if (!result) {
        const bool down = databaseDown(result.error());
        m_databaseReachable = !down;
        m_catchUpDue = true;
        qCWarning(lcEvents).noquote() << "cannot store" << event->id << "-" << result.error().detail();
        m_pendingFailure = result.error().detail();
        m_pendingFailureAt = QDateTime::currentDateTimeUtc();
        return reject(down ? 503 : 500, down ? QStringLiteral("database unavailable") : QStringLiteral("store error"));
    }
    m_databaseReachable = true;
    if (!m_pendingFailure.isEmpty() && WebhookHealth::recordFailure(m_db, m_pendingFailure, m_pendingFailureAt))
        m_pendingFailure.clear();
    emit eventProcessed(event->id, result->duplicate);
    if (result->hookQueued && m_hook)
        QTimer::singleShot(0, m_hook, &PostPaymentHook::runPending);
    return jsonReply(200, QJsonObject{{QStringLiteral("received"), true},
                                      {QStringLiteral("duplicate"), result->duplicate}});
}

} // namespace holdfast::events
