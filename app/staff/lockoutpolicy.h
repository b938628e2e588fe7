// After 5 wrong PINs in a row an account is locked, for longer with each further wrong PIN.
#pragma once

#include <chrono>

namespace holdfast::staff::lockout {

inline constexpr int maxAttempts = 5;
// How long an account is locked after its `failedAttempts`-th wrong PIN in a row: nothing before the
// 5th, then 30 s, 1 min, 2 min, … doubling up to one hour.
std::chrono::seconds delayAfter(int failedAttempts);

} // namespace holdfast::staff::lockout
