// The single-till way to hear from Stripe: GET /v1/events from a cursor kept in the database,
// every few seconds while Holdfast is open. Catches up after sleep or days offline by paging; backs
// off on errors (harder when rate limited); asks for reconciliation when the cursor is older than
// the 30 days Stripe keeps events. Charge and refund events are followed by a re-read of their
// PaymentIntent and refunds, so amounts come from Stripe rather than from one event's fragment.
#pragma once

#include "domain/clock.h"
#include "domain/stripeobjects.h"
#include "stripe/stripeerror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <functional>

namespace holdfast::store {
class Database;
}
namespace holdfast::stripe {
class StripeClient;
class StripeReply;
} // namespace holdfast::stripe

namespace holdfast::events {

class EventProcessor;

class EventPoller : public QObject
{
    Q_OBJECT
public:
    static QString cursorName() { return QStringLiteral("events.poller.created"); }
    static constexpr qint64 retentionSeconds = 30 * 24 * 3600;

    EventPoller(stripe::StripeClient *client, store::Database &db, EventProcessor &processor,
                QObject *parent = nullptr);
    ~EventPoller() override;

    void setInterval(int ms) { m_baseIntervalMs = ms; }
    int interval() const { return m_baseIntervalMs; }
    // Delay until the next poll (grows after failures).
    int currentDelay() const { return m_delayMs; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void start();
    void stop();
    bool isActive() const { return m_active; }
    // One poll now (also while stopped); ignored while one is running.
    void pollNow();
    bool isPolling() const { return m_polling; }
    QString lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; }

Q_SIGNALS:
    void pollFinished(int newEvents);
    void pollFailed(const QString &why);
    // Events may have been lost (cursor older than Stripe keeps them): run the Reconciler.
    void reconciliationNeeded();
    // An order moved because of an event (for a window without a ChangeWatcher).
    void orderChanged(qint64 orderId);

private:
    void requestPage();
    void onPage();
    void finishPoll();
    void failPoll(const stripe::StripeError &error);
    void reread(const QString &paymentIntentId);
    void schedule();

    stripe::StripeClient *m_client;
    store::Database &m_db;
    EventProcessor &m_processor;
    Clock m_clock = systemClock();
    QTimer m_timer;
    int m_baseIntervalMs = 5000;
    int m_delayMs = 5000;
    bool m_active = false;
    bool m_polling = false;
    qint64 m_since = 0;
    QString m_startingAfter;
    QList<QJsonObject> m_collected;
    QPointer<stripe::StripeReply> m_reply;
    QString m_lastError;
    QDateTime m_lastSuccess;
    QSet<QString> m_rereading;
};

} // namespace holdfast::events
