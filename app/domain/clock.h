// Holdfast's one notion of "now": staff (lockout, idle lock), hold deadlines, the event poller,
// reconciliation, the webhook signature window, the store's timestamps and the sandbox's own time
// all read a Clock, so a test moves time instead of sleeping (tests/support/testclock.h).
#pragma once

#include <QDateTime>
#include <functional>

namespace holdfast {

using Clock = std::function<QDateTime()>;

// The wall clock, in UTC.
Clock systemClock();

} // namespace holdfast
