#include "staff/idlelock.h"

namespace holdfast::staff {

IdleLock::IdleLock(std::chrono::minutes timeout, Clock clock)
    : m_timeout(timeout), m_clock(std::move(clock)), m_lastActivity(m_clock())
{
}

void IdleLock::noteActivity()
{
    m_lastActivity = m_clock();
}

bool IdleLock::isDue() const
{
    if (m_timeout.count() <= 0)
        return false;
    return m_lastActivity.secsTo(m_clock()) >= std::chrono::seconds(m_timeout).count();
}

std::chrono::seconds IdleLock::remaining() const
{
    if (m_timeout.count() <= 0)
        return std::chrono::seconds(0);
    const qint64 left = std::chrono::seconds(m_timeout).count() - m_lastActivity.secsTo(m_clock());
    return std::chrono::seconds(left > 0 ? left : 0);
}

} // namespace holdfast::staff
