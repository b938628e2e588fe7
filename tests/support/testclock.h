// The one clock tests move instead of sleeping: the same holdfast::Clock the till, staff, store,
// events and sandbox read, either following the wall clock shifted by advance() (a whole till with
// real timers and a sandbox) or standing still at a fixed instant until advanced (unit tests).
#pragma once

#include "domain/clock.h"

#include <QTimeZone>
#include <memory>
#include <optional>

namespace holdfast::test {

class TestClock
{
public:
    // The wall clock, shifted by advance().
    TestClock() = default;
    // 2 March 2026, 09:00 UTC, until advanced.
    static TestClock standingStill(const QDateTime &at = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()))
    {
        TestClock c;
        c.m_state->fixed = at;
        return c;
    }

    QDateTime now() const
    {
        const QDateTime base = m_state->fixed ? *m_state->fixed : QDateTime::currentDateTimeUtc();
        return base.addSecs(m_state->offset);
    }
    // Shares its state: advancing this clock moves every copy handed out.
    Clock clock() const
    {
        return [state = m_state] {
            const QDateTime base = state->fixed ? *state->fixed : QDateTime::currentDateTimeUtc();
            return base.addSecs(state->offset);
        };
    }
    void advance(qint64 seconds) { m_state->offset += seconds; }

private:
    struct State
    {
        std::optional<QDateTime> fixed;
        qint64 offset = 0;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace holdfast::test
