// An order as the till and the back office see it, its payment attempts and its audit trail.
// Plain values: the store reads and writes them, the UI shows them, nothing here does I/O.
#pragma once

#include "domain/mode.h"
#include "domain/money.h"
#include "domain/orderstate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace holdfast {

struct OrderLine
{
    QString description;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0;

    // nullopt when quantity × price does not fit in qint64.
    std::optional<qint64> totalMinor() const;
    friend bool operator==(const OrderLine &, const OrderLine &) = default;
};

struct Order
{
    qint64 id = 0; // 0 until stored
    QString number;
    Mode mode = Mode::Training;
    OrderState state = OrderState::Draft;
    QString customerName;
    QString customerPhone;
    QString customerEmail;
    QString currency; // lower-case ISO code, as Stripe spells it
    QList<OrderLine> lines;
    qint64 totalMinor = 0;
    QString notes;
    QString staffId; // the staff member who took the order; opaque to the store
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // bumped on every change; the expected version guards concurrent edits

    Money total() const { return Money(totalMinor, currency); }
    // Sum of the lines, nullopt on overflow.
    std::optional<qint64> linesTotalMinor() const;
};

// One go at collecting the money for an order: one PaymentIntent.
struct PaymentAttempt
{
    qint64 id = 0;
    qint64 orderId = 0;
    int attemptNumber = 0;
    QString paymentIntentId; // empty until Stripe answered
    QString idempotencyKeyBase; // every request for this attempt derives its key from this
    QString captureMethod; // "manual" / "automatic" / "automatic_async"
    QString status; // the PaymentIntent's status as last seen
    QString currency;
    qint64 amountMinor = 0; // asked for
    qint64 amountAuthorisedMinor = 0;
    qint64 amountCapturedMinor = 0;
    qint64 amountRefundedMinor = 0;
    QDateTime captureBefore; // Stripe's capture_before when known
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One line of the append-only audit log: who did what to which order, and how it went.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor; // staff member, or "system" / "events"
    QString approvedBy; // the manager whose PIN allowed it, when one was needed
    QString action; // "order.created", "order.transition", "capture", "refund"…
    qint64 orderId = 0; // 0 when not about one order
    std::optional<qint64> amountMinor;
    QString currency;
    QString reason;
    QString outcome; // "ok", "failed: …"
    QString detail;
};

} // namespace holdfast
