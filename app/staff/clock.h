// The time source staff logic reads, injectable so lockout and idle-lock tests never sleep.
#pragma once

#include <QDateTime>
#include <functional>

namespace holdfast::staff {

using Clock = std::function<QDateTime()>;
// QDateTime::currentDateTimeUtc().
Clock systemClock();

} // namespace holdfast::staff
