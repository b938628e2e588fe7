#include "events/eventpoller.h"

#include "payments/paymentapplier.h"
#include "payments/snapshotreader.h"

#include "diagnostics/logging.h"
#include "events/eventprocessor.h"
#include "store/database.h"
#include "store/keyvalues.h"
#include "stripe/stripeclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace holdfast::events {

namespace {
constexpr int maxDelayMs = 5 * 60 * 1000;
constexpr int rateLimitedFloorMs = 60 * 1000;
} // namespace

EventPoller::EventPoller(stripe::StripeClient *client, store::Database &db, EventProcessor &processor,
                         QObject *parent)
    : QObject(parent), m_client(client), m_db(db), m_processor(processor)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EventPoller::pollNow);
}

EventPoller::~EventPoller()
{
    if (m_reply)
        m_reply->cancel();
}

void EventPoller::start()
{
    m_active = true;
    m_delayMs = m_baseIntervalMs;
    pollNow();
}

void EventPoller::stop()
{
    m_active = false;
    m_timer.stop();
}

void EventPoller::schedule()
{
    if (m_active)
        m_timer.start(m_delayMs);
}

void EventPoller::pollNow()
{
    if (m_polling)
        return;
    const auto cursor = store::SyncCursors(m_db).get(cursorName());
    if (!cursor) {
        m_lastError = cursor.error().detail();
        emit pollFailed(cursor.error().userMessage());
        m_delayMs = std::min(maxDelayMs, m_delayMs * 2);
        schedule();
        return;
    }
    m_polling = true;
    m_since = cursor->toLongLong();
    // Stripe keeps events for 30 days: a cursor older than that means some are gone for good.
    if (!cursor->isEmpty() && m_since < m_clock().toSecsSinceEpoch() - retentionSeconds) {
        qCInfo(lcEvents) << "event cursor is older than Stripe's retention; asking for reconciliation";
        emit reconciliationNeeded();
    }
    m_startingAfter.clear();
    m_collected.clear();
    requestPage();
}

void EventPoller::requestPage()
{
    stripe::ListParams params;
    params.limit = 100;
    // >= rather than >: events in the cursor's own second may have arrived after the last poll;
    // the event log drops the ones already stored.
    if (m_since > 0)
        params.createdGte = m_since;
    params.startingAfter = m_startingAfter;
    m_reply = m_client->listEvents(params, EventProcessor::eventTypes());
    connect(m_reply, &stripe::StripeReply::finished, this, &EventPoller::onPage);
}

void EventPoller::onPage()
{
    stripe::StripeReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    if (!reply->isOk()) {
        failPoll(reply->error());
        return;
    }
    const auto list = reply->list();
    if (!list) {
        failPoll(stripe::StripeError::make(stripe::StripeError::Kind::InvalidResponse));
        return;
    }
    for (const QJsonValue &v : list->data)
        m_collected.append(v.toObject());
    if (list->hasMore && !list->data.isEmpty()) {
        m_startingAfter = list->data.last().toObject().value(QLatin1String("id")).toString();
        requestPage();
        return;
    }
    finishPoll();
}

void EventPoller::finishPoll()
{
    // Lists come newest first; apply oldest first so the timeline reads in order (correctness
    // does not depend on it: the applier never moves an order backwards).
    std::reverse(m_collected.begin(), m_collected.end());
    std::stable_sort(m_collected.begin(), m_collected.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("created")).toInteger() < b.value(QLatin1String("created")).toInteger();
    });
    int fresh = 0;
    qint64 newest = m_since;
    QStringList toReread;
    QList<qint64> changed;
    const auto fail = [this](const store::StoreError &error) {
        // Nothing of this poll is kept and the cursor stays: the next poll fetches it all again.
        m_polling = false;
        m_collected.clear();
        m_lastError = error.detail();
        qCWarning(lcEvents).noquote() << "storing events failed:" << error.detail();
        emit pollFailed(error.userMessage());
        m_delayMs = std::min(maxDelayMs, m_delayMs * 2);
        schedule();
    };
    {
        // One durable commit for the whole catch-up (each event in its own savepoint), together
        // with the cursor that says how far it got.
        store::Transaction tx(m_db);
        if (!tx.status())
            return fail(tx.status().error());
        for (const QJsonObject &json : std::as_const(m_collected)) {
            ParseError parseError;
            const auto event = StripeEvent::fromJson(json, &parseError);
            if (!event)
                continue;
            const auto r = m_processor.handle(*event, QJsonDocument(json).toJson(QJsonDocument::Compact));
            if (!r)
                return fail(r.error());
            newest = std::max(newest, event->created.toSecsSinceEpoch());
            if (r->duplicate)
                continue;
            ++fresh;
            if (r->applied.changed())
                changed.append(r->applied.orderId);
            if (r->applied.knownOrder && event->objectType() != QLatin1String("payment_intent") &&
                !toReread.contains(r->paymentIntentId))
                toReread.append(r->paymentIntentId);
        }
        if (newest > m_since)
            if (auto s = store::SyncCursors(m_db).set(cursorName(), QString::number(newest)); !s)
                return fail(s.error());
        if (auto s = tx.commit(); !s)
            return fail(s.error());
    }
    for (qint64 id : std::as_const(changed))
        emit orderChanged(id);
    m_collected.clear();
    m_polling = false;
    m_lastError.clear();
    m_lastSuccess = m_clock();
    m_delayMs = m_baseIntervalMs;
    for (const QString &id : std::as_const(toReread))
        reread(id);
    emit pollFinished(fresh);
    schedule();
}

void EventPoller::failPoll(const stripe::StripeError &error)
{
    m_polling = false;
    m_collected.clear();
    m_lastError = error.technicalDetail();
    qCWarning(lcEvents).noquote() << "polling events failed:" << error.technicalDetail();
    m_delayMs = std::min(maxDelayMs, m_delayMs * 2);
    if (error.kind == stripe::StripeError::Kind::RateLimited)
        m_delayMs = std::max(m_delayMs, rateLimitedFloorMs);
    emit pollFailed(error.userMessage());
    schedule();
}

void EventPoller::reread(const QString &paymentIntentId)
{
    if (m_rereading.contains(paymentIntentId))
        return;
    m_rereading.insert(paymentIntentId);
    payments::readSnapshot(m_client, paymentIntentId, this,
                           [this, paymentIntentId](const payments::PaymentSnapshot *snapshot, const stripe::StripeError &) {
                               m_rereading.remove(paymentIntentId);
                               if (!snapshot)
                                   return; // the next event or reconciliation reads it again
                               const auto r = payments::PaymentApplier(m_db).apply(
                                   *snapshot, QStringLiteral("events"), QStringLiteral("re-read after a charge or refund event"));
                               if (r && r->changed())
                                   emit orderChanged(r->orderId);
                           });
}

} // namespace holdfast::events
