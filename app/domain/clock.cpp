#include "domain/clock.h"

namespace holdfast {

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace holdfast
