#include "events/webhookreceiver.h"

#include "diagnostics/logging.h"
#include "events/postpaymenthook.h"
#include "events/returnpage.h"
#include "store/database.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QUrlQuery>
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

WebhookReceiver::WebhookReceiver(DatabaseOpener opener, WebhookVerifier verifier, QObject *parent)
    : QObject(parent), m_opener(std::move(opener)), m_verifier(std::move(verifier)),
      m_server(std::make_unique<QHttpServer>())
{
    m_server->route(QStringLiteral("/webhooks/stripe"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        receive(request, std::move(responder));
                    });
    // Where a customer's phone lands after paying on the phone route. Nothing of the address (the
    // client secret in it) is shown, logged, cached or sent on.
    m_server->route(QStringLiteral("/holdfast/checkout/return"), QHttpServerRequest::Method::Get,
                    [](const QHttpServerRequest &request) {
                        const ReturnPage page = ReturnPage::render(
                            request.value(QByteArrayLiteral("Accept-Language")),
                            request.query().queryItemValue(QStringLiteral("redirect_status")));
                        QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), page.html);
                        response.setHeader(QByteArrayLiteral("Content-Language"), page.language.toLatin1());
                        response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                                           QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; "
                                                             "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"));
                        response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
                        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
                        response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
                        response.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Language"));
                        return response;
                    });
    m_server->route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [this] {
        const WebhookHealth h = health();
        return jsonReply(h.databaseReachable ? 200 : 503, h.toJson());
    });
}

WebhookReceiver::~WebhookReceiver()
{
    m_hook.reset(); // before the database it uses
}

void WebhookReceiver::setPostPaymentCommand(const QStringList &command)
{
    m_hookCommand = command;
    if (m_hook)
        m_hook->setCommand(command);
}

store::Database *WebhookReceiver::database()
{
    if (m_db)
        return m_db.get();
    auto opened = m_opener();
    if (!opened) {
        m_openError = opened.error().detail();
        return nullptr;
    }
    m_db = std::move(opened).value();
    m_openError.clear();
    m_hook = std::make_unique<PostPaymentHook>(*m_db);
    m_hook->setCommand(m_hookCommand);
    m_catchUpDue = true;
    return m_db.get();
}

void WebhookReceiver::dropDatabase()
{
    m_hook.reset();
    m_db.reset();
}

quint16 WebhookReceiver::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    // Events a previous run stored but did not apply (it crashed in between).
    QTimer::singleShot(0, this, &WebhookReceiver::catchUp);
    return bound;
}

void WebhookReceiver::catchUp()
{
    store::Database *db = database();
    if (!db)
        return;
    const auto resumed = EventProcessor(*db).resume();
    if (!resumed) {
        m_catchUpDue = true;
        return;
    }
    m_catchUpDue = false;
    if (*resumed > 0)
        qCInfo(lcEvents) << "applied" << *resumed << "events a previous run had stored";
    if (m_hook && !m_hookCommand.isEmpty())
        m_hook->runPending();
}

WebhookHealth WebhookReceiver::health()
{
    store::Database *db = database();
    auto read = db ? WebhookHealth::read(*db)
                   : store::Result<WebhookHealth>(
                         store::StoreError(store::StoreError::Kind::Unavailable, m_openError));
    if (!read) {
        if (db && databaseDown(read.error()))
            dropDatabase();
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
    store::Database *db = m_db.get(); // never reconnect just to write down a forged request
    if (db && WebhookHealth::recordFailure(*db, m_pendingFailure, m_pendingFailureAt)) {
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

void WebhookReceiver::receive(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QByteArray body = request.body();
    const qint64 declared = request.value("Content-Length").toLongLong();
    if (body.size() > m_maxBodyBytes || declared > m_maxBodyBytes) {
        noteFailure(QStringLiteral("body over %1 bytes").arg(m_maxBodyBytes));
        reject(413, QStringLiteral("body too large")).write(std::move(responder));
        return;
    }
    const SignatureCheck check = m_verifier.verify(body, request.value("Stripe-Signature"));
    if (check != SignatureCheck::Valid) {
        noteFailure(WebhookVerifier::describe(check));
        reject(400, WebhookVerifier::describe(check)).write(std::move(responder));
        return;
    }
    // Only now, with the bytes proven to come from Stripe, is the JSON parsed.
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    ParseError parseError;
    const auto event = doc.isObject() ? StripeEvent::fromJson(doc.object(), &parseError) : std::nullopt;
    if (!event) {
        noteFailure(QStringLiteral("signed body is not an event"));
        reject(400, QStringLiteral("not a Stripe event")).write(std::move(responder));
        return;
    }
    m_batch.push_back(Delivery{*event, body, std::move(responder)});
    if (int(m_batch.size()) >= maxBatch) {
        flush();
    } else if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &WebhookReceiver::flush);
    }
}

void WebhookReceiver::flush()
{
    m_flushScheduled = false;
    if (m_batch.empty())
        return;
    std::deque<Delivery> batch;
    batch.swap(m_batch);
    const auto answerAll = [&batch, this](int status, const QString &why) {
        for (Delivery &d : batch)
            reject(status, why).write(std::move(d.responder));
    };
    store::Database *db = database();
    if (!db) {
        m_databaseReachable = false;
        m_pendingFailure = m_openError;
        m_pendingFailureAt = QDateTime::currentDateTimeUtc();
        qCWarning(lcEvents).noquote() << "cannot store" << batch.size() << "events -" << m_openError;
        answerAll(503, QStringLiteral("database unavailable"));
        return;
    }
    if (m_catchUpDue)
        catchUp();

    std::vector<std::optional<ProcessResult>> results(batch.size());
    std::optional<store::StoreError> fatal;
    {
        store::Transaction tx(*db);
        if (!tx.status()) {
            fatal = tx.status().error();
        } else {
            for (size_t i = 0; i < batch.size() && !fatal; ++i) {
                // Each event in its own savepoint: one that fails leaves the others intact.
                auto r = EventProcessor(*db).handle(batch[i].event, batch[i].body);
                if (r)
                    results[i] = *r;
                else if (databaseDown(r.error()))
                    fatal = r.error();
                else
                    qCWarning(lcEvents).noquote()
                        << "cannot store" << batch[i].event.id << "-" << r.error().detail();
            }
            if (!fatal)
                if (auto s = tx.commit(); !s)
                    fatal = s.error();
        }
    }
    if (fatal) {
        const bool down = databaseDown(*fatal);
        if (down)
            dropDatabase();
        m_databaseReachable = !down;
        m_catchUpDue = true;
        m_pendingFailure = fatal->detail();
        m_pendingFailureAt = QDateTime::currentDateTimeUtc();
        qCWarning(lcEvents).noquote() << "cannot store" << batch.size() << "events -" << fatal->detail();
        answerAll(down ? 503 : 500,
                  down ? QStringLiteral("database unavailable") : QStringLiteral("store error"));
        return;
    }
    m_databaseReachable = true;
    if (!m_pendingFailure.isEmpty() &&
        WebhookHealth::recordFailure(*db, m_pendingFailure, m_pendingFailureAt))
        m_pendingFailure.clear();
    bool hookDue = false;
    for (size_t i = 0; i < batch.size(); ++i) {
        if (!results[i]) {
            reject(500, QStringLiteral("store error")).write(std::move(batch[i].responder));
            continue;
        }
        hookDue |= results[i]->hookQueued;
        jsonReply(200, QJsonObject{{QStringLiteral("received"), true},
                                   {QStringLiteral("duplicate"), results[i]->duplicate}})
            .write(std::move(batch[i].responder));
        emit eventProcessed(batch[i].event.id, results[i]->duplicate);
    }
    if (hookDue && m_hook && !m_hookCommand.isEmpty())
        QTimer::singleShot(0, m_hook.get(), &PostPaymentHook::runPending);
}

} // namespace holdfast::events
