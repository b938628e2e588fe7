// The sandbox's notion of "now": Holdfast's Clock (the wall clock) plus an offset that tests move forward, so the
// 10-minute redirect lapse and the 7-day hold expiry are testable in milliseconds.
#pragma once

#include "domain/clock.h"

namespace holdfast::sandbox {

class SandboxClock
{
public:
    explicit SandboxClock(Clock base = systemClock()) : m_base(std::move(base)) {}
    qint64 now() const { return m_base().toSecsSinceEpoch() + m_offset; }
    qint64 offset() const { return m_offset; }
    void setOffset(qint64 offset) { m_offset = offset; }
    void advance(qint64 seconds) { m_offset += seconds; }

private:
    Clock m_base;
    qint64 m_offset = 0;
};

} // namespace holdfast::sandbox
