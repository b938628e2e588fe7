// When the till locks itself after nobody touched it: pure logic over an injectable clock; the lock
// screen feeds it activity and polls isDue().
#pragma once

#include "domain/clock.h"

#include <chrono>

namespace holdfast::staff {

class IdleLock
{
public:
    // A timeout of zero minutes never locks.
    explicit IdleLock(std::chrono::minutes timeout, Clock clock = systemClock());

    void setTimeout(std::chrono::minutes timeout) { m_timeout = timeout; }
    std::chrono::minutes timeout() const { return m_timeout; }
    void noteActivity();
    bool isDue() const;
    // Time left before the lock; zero when due, and when locking is off.
    std::chrono::seconds remaining() const;

private:
    std::chrono::minutes m_timeout;
    Clock m_clock;
    QDateTime m_lastActivity;
};

} // namespace holdfast::staff
