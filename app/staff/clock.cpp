#include "staff/clock.h"

namespace holdfast::staff {

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace holdfast::staff
