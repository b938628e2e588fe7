// The operations journal: every money operation sent to Stripe, by its idempotency key, with how it
// stands. Capture, cancel, refund and the phone route's confirmation read their state here (a retry
// after "outcome unknown" resumes the same key; a deliberate second refund gets a new one).
#pragma once

#include "store/storeerror.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace holdfast::store {

class Database;

struct Operation
{
    enum class State { Sent, Done, Failed, Unknown };
    QString idempotencyKey;
    qint64 orderId = 0;
    QString kind; // "capture", "cancel", "refund", "confirm"
    std::optional<qint64> amountMinor;
    State state = State::Sent;
    QString stripeRequestId;
    QString staffId;
    QDateTime createdAt;
    QDateTime updatedAt;

    static QString stateName(State state);
    // Sent and never answered, or answered without saying what happened: the effect may exist.
    bool outcomeOpen() const { return state == State::Sent || state == State::Unknown; }
};

class OperationsJournal
{
public:
    explicit OperationsJournal(Database &db) : m_db(db) {}

    // Written before the request leaves: a new row in state sent, or the existing row for this key
    // (a retry) moved back to sent. Its earlier state, when there was one, in *before.
    Status sent(const Operation &operation, std::optional<Operation> *before = nullptr);
    // How the request ended, with Stripe's request id when it answered.
    Status finish(const QString &idempotencyKey, Operation::State state, const QString &stripeRequestId = {});
    Result<std::optional<Operation>> find(const QString &idempotencyKey);
    // How many operations of `kind` for the order are in `state` (any state when empty).
    Result<int> count(qint64 orderId, const QString &kind, std::optional<Operation::State> state = std::nullopt);

private:
    Database &m_db;
};

} // namespace holdfast::store
