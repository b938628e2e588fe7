// What the crash campaign checks after each kill and recovery: the store against the sandbox's
// PaymentIntents, refunds and events, and against what the driver said it asked for.
#pragma once

#include "store/database.h"
#include "stripe/stripeclient.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace holdfast::crash {

// What the driver announced on stdout, over every run of the campaign.
struct Ledger
{
    QSet<qint64> createdOrders;
    QHash<QString, QSet<qint64>> captureAsks;               // pi → amounts asked
    QHash<QString, QSet<QPair<qint64, int>>> refundAsks;     // pi → distinct (amount, sequence)
    QSet<QString> cancelAsks;                                // pi
    int asks = 0;

    void read(const QByteArray &line);
};

// The shop's post-payment command in the campaign: it appends the number of the order it was given
// to `logPath`, one line per run in a single write, so the campaign counts runs, not queue entries.
inline QStringList hookLogCommand(const QString &logPath)
{
    QString quoted = logPath;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
            QStringLiteral("n=$(sed -n 's/.*\"number\":\"\\([^\"]*\\)\".*/\\1/p'); printf '%s\\n' \"$n\" >> '")
                + quoted + QStringLiteral("'")};
}

// Everything the sandbox holds that the checks compare with.
struct StripeSnapshot
{
    bool ok = false;
    QString error;
    QHash<QString, QJsonObject> paymentIntents; // by id
    QHash<QString, QList<QJsonObject>> refunds; // by payment_intent

    // Refunds that count (pending or succeeded), as the applier sums them.
    qint64 refunded(const QString &pi) const;
    // A short fingerprint of what the checks read, to tell a PaymentIntent that moved on its own
    // (an Amazon Pay redirect lapsing, a hold expiring) while recovery ran.
    QString fingerprint(const QString &pi) const;
};

// Blocking reads through a StripeClient (no rate limit needed against the sandbox).
StripeSnapshot fetchSnapshot(stripe::StripeClient &client);
// Events of the given types created at or after `createdGte` (0: all); ok false on a failed read.
QList<QJsonObject> fetchEvents(stripe::StripeClient &client, qint64 createdGte, const QStringList &types, bool *ok);

// Counts checks and mismatches by kind; prints the first few mismatches in detail.
class Tally
{
public:
    void check(bool good, const QString &kind, const QString &detail);
    void setRun(int run) { m_run = run; }
    int checks() const { return m_checks; }
    // Distinct problems (kind and detail): one that persists is counted once, however many rounds see it.
    int total() const;
    const QMap<QString, int> &byKind() const { return m_byKind; }
    int failedChecks() const { return m_failed; }
    int unsettled = 0; // PaymentIntents that moved by themselves during a recovery: checked next time

private:
    int m_run = 0;
    int m_checks = 0;
    int m_printed = 0;
    int m_failed = 0;
    QSet<QString> m_seen;
    QMap<QString, int> m_byKind;
};

// Runs of the post-payment command per order number, read from its log.
QHash<QString, int> readHookLog(const QString &logPath);

// Every order whose money arrived had the shop's command run exactly once (or, when a kill came while
// it ran, at most once and reported as interrupted); none is left queued or claimed after recovery.
// Counts the interrupted ones into *interrupted and the runs into *runs.
void checkHookRuns(store::Database &db, const QHash<QString, int> &runsByNumber, Tally &tally, int *interrupted, int *runs);

// What earlier rounds saw in the store, so that a later round notices rows that disappear.
struct Memory
{
    QSet<QString> storedEvents;
    qint64 auditMaxId = 0;
    qint64 auditCount = 0;
};

// Orders whose state, or whose latest attempt's status and amounts, disagree with their
// PaymentIntent in `stripe`: before recovery, what the kill left for it to repair. With `earlier`,
// PaymentIntents that changed between the two snapshots are left out (they moved by themselves).
int outOfStep(store::Database &db, const StripeSnapshot &stripe, const StripeSnapshot *earlier = nullptr);

// Operations Stripe carried out whose own audit row (capture / cancel / refund, with its key) is
// missing because the kill came after Stripe answered: the guard's "allowed" row and the order's
// move by recovery are then all the audit log has of them. Not a mismatch; reported.
struct Unrecorded
{
    int captures = 0;
    int cancels = 0;
    int refunds = 0;
};
Unrecorded unrecordedOperations(store::Database &db, const StripeSnapshot &stripe);

// integrity_check and foreign_key_check; the first problem in *detail.
bool integrityOk(store::Database &db, QString *detail);

// Every check of the campaign after one recovery. `pre` was read before recovery started and
// `post` after it finished; newEvents are the sandbox events the recovery had to pick up.
void checkAll(store::Database &db, const Ledger &ledger, const StripeSnapshot &pre, const StripeSnapshot &post,
              const QList<QJsonObject> &newEvents, Memory &memory, Tally &tally);

} // namespace holdfast::crash
