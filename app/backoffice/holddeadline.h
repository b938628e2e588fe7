// When a held authorisation lapses and how urgent it is: Stripe's capture_before when known,
// otherwise the attempt's creation + 7 days. The clock is injected so tests never wait for time.
#pragma once

#include "domain/order.h"
#include "domain/clock.h"

#include <QDateTime>

namespace holdfast::backoffice {

class HoldDeadline
{
public:
    enum class Level { Normal, Amber, Red, Expired };

    static constexpr qint64 holdWindowSeconds = 7 * 24 * 3600;
    static constexpr qint64 amberSeconds = 48 * 3600;
    static constexpr qint64 redSeconds = 24 * 3600;

    HoldDeadline() = default;
    explicit HoldDeadline(QDateTime deadline) : m_deadline(std::move(deadline)) {}
    // capture_before wins; then the attempt's creation, then the order's.
    static HoldDeadline forHold(const Order &order, const PaymentAttempt &attempt);

    QDateTime deadline() const { return m_deadline; }
    bool isValid() const { return m_deadline.isValid(); }
    // Negative once the deadline has passed.
    qint64 secondsLeft(const QDateTime &now) const;
    Level level(const QDateTime &now) const { return levelFor(secondsLeft(now)); }

    static Level levelFor(qint64 secondsLeft);
    // "6 d 23 h left", "3 h 12 min left", "Expired" - translated, with plurals.
    static QString remainingText(qint64 secondsLeft);

private:
    QDateTime m_deadline;
};

} // namespace holdfast::backoffice
