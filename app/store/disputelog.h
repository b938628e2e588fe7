// Disputes as Stripe last reported them (dispute events, reconciliation, a re-read), with the order
// each belongs to: what the order detail, the Disputes place and end of day show.
#pragma once

#include "domain/dispute.h"
#include "domain/mode.h"
#include "store/storeerror.h"

#include <QHash>
#include <QList>
#include <optional>

namespace holdfast::store {

class Database;

// A dispute with the order it questions.
struct DisputeRow
{
    Dispute dispute;
    qint64 orderId = 0;
    QString orderNumber;
    QString customerName;
    QDateTime openedAt; // when Holdfast first saw it
    QDateTime closedAt; // when Holdfast first saw it closed; invalid while open
};

// Per currency, what disputes did in a period: money questioned and money lost.
struct DisputeTotals
{
    int opened = 0;
    qint64 openedMinor = 0;
    int lost = 0;
    qint64 lostMinor = 0;
};

class DisputeLog
{
public:
    explicit DisputeLog(Database &db) : m_db(db) {}

    // Records one dispute: true when it is new or moved on; a report level with or behind the
    // recorded one, or about a closed one, changes nothing (false). *before gets the status it had
    // (empty when new).
    Result<bool> record(const Dispute &dispute, QString *before = nullptr);
    // The orders' newest disputes (one per order), for lists and the detail.
    Result<QHash<qint64, Dispute>> latestForOrders(const QList<qint64> &orderIds);
    Result<QList<DisputeRow>> forOrder(qint64 orderId);
    // Every dispute of orders in `mode`: open ones first, soonest evidence deadline first (none last),
    // then closed ones, most recently closed first.
    Result<QList<DisputeRow>> list(std::optional<Mode> mode, int limit = 500);
    // Open disputes of orders in `mode` waiting for the shop's evidence.
    Result<int> needingResponse(std::optional<Mode> mode);
    // Opened (by Stripe's created time) and lost (by when it closed) within [from, to), per currency.
    Result<QHash<QString, DisputeTotals>> totals(const QDateTime &from, const QDateTime &to, std::optional<Mode> mode);

private:
    Result<QList<DisputeRow>> rows(const QString &where, const QVariantList &args, const QString &tail);

    Database &m_db;
};

} // namespace holdfast::store
