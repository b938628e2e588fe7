// The sandbox's notion of "now": wall-clock time plus an offset that tests move forward, so the
// 10-minute redirect lapse and the 7-day hold expiry are testable in milliseconds.
#pragma once

#include <QDateTime>

namespace holdfast::sandbox {

class SandboxClock
{
public:
    qint64 now() const { return QDateTime::currentSecsSinceEpoch() + m_offset; }
    qint64 offset() const { return m_offset; }
    void setOffset(qint64 offset) { m_offset = offset; }
    void advance(qint64 seconds) { m_offset += seconds; }

private:
    qint64 m_offset = 0;
};

} // namespace holdfast::sandbox
