// The shop's own action once an order is paid (send a confirmation, start shipping): a command that
// gets the order as JSON on stdin. Exactly once per order, also across crashes: the event's
// transaction queues a marker, a runner claims it (compare-and-set, committed) before starting the
// command and records the outcome after. A claim without an outcome after a crash is not run again
// (the command may already have acted) but reported in the order's timeline as interrupted.
#pragma once

#include "domain/order.h"
#include "store/storeerror.h"

#include <QObject>
#include <QStringList>

class QProcess;

namespace holdfast::store {
class Database;
}

namespace holdfast::events {

class PostPaymentHook : public QObject
{
    Q_OBJECT
public:
    // Where the shop's command line lives (store settings, not a secret).
    static QString settingsKey() { return QStringLiteral("post_payment_hook.command"); }

    // Inside the caller's transaction: remembers that orderId's hook is due; a second call for the
    // same order does nothing. Writes "hook.queued" to the timeline.
    static store::Status queue(store::Database &db, qint64 orderId, const QString &why);
    // Orders whose hook is queued and not yet claimed, oldest first.
    static store::Result<QList<qint64>> pending(store::Database &db);
    // "queued:…", "started:…", "done:…", "interrupted:…" or empty.
    static store::Result<QString> marker(store::Database &db, qint64 orderId);
    static QByteArray orderJson(const Order &order);

    explicit PostPaymentHook(store::Database &db, QObject *parent = nullptr);
    ~PostPaymentHook() override;

    // program + arguments; empty: hooks are marked skipped rather than left queued for ever.
    void setCommand(const QStringList &command) { m_command = command; }
    QStringList command() const { return m_command; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Reads the command line from the store's settings (QProcess::splitCommand syntax).
    store::Status loadCommandFromSettings();

    // Reports claims a crash left behind, then runs every queued hook one after another.
    void runPending();
    bool isRunning() const { return m_process != nullptr; }

Q_SIGNALS:
    void hookFinished(qint64 orderId, bool ok);
    void idle();

private:
    void runNext();
    void finish(bool ok, const QString &outcome);
    store::Status record(qint64 orderId, const QString &marker, const QString &action, const QString &outcome,
                         const QString &detail);

    store::Database &m_db;
    QStringList m_command;
    int m_timeoutMs = 60000;
    QList<qint64> m_queue;
    QProcess *m_process = nullptr;
    qint64 m_current = 0;
    bool m_recoveredClaims = false;
};

} // namespace holdfast::events
