// A clock the test moves by hand.
#pragma once

#include "staff/clock.h"

#include <memory>

namespace holdfast::test {

struct ManualClock
{
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    staff::Clock clock() const
    {
        return [n = now] { return *n; };
    }
    void advance(qint64 seconds) { *now = now->addSecs(seconds); }
};

} // namespace holdfast::test
