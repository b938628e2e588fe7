#include "staff/lockoutpolicy.h"

#include <algorithm>

namespace holdfast::staff::lockout {

std::chrono::seconds delayAfter(int failedAttempts)
{
    using namespace std::chrono_literals;
    if (failedAttempts < maxAttempts)
        return 0s;
    const int doublings = std::min(failedAttempts - maxAttempts, 7); // 30 s * 2^7 > 1 h
    return std::min<std::chrono::seconds>(30s * (1 << doublings), 1h);
}

} // namespace holdfast::staff::lockout
