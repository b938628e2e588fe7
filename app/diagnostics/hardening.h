// Keeping secrets out of places a running process leaks them to: core dumps and other processes.
// A Stripe secret key sits in memory while a request is built; a core dump of a crashed till, or a
// debugger attached by another program running as the same user, would otherwise be able to read it.
#pragma once

namespace holdfast::hardening {

enum class Protection {
    Applied,              // not dumpable, core size limit 0
    SkippedDebugBuild,    // debug builds stay debuggable
    SkippedByEnvironment, // HOLDFAST_ALLOW_CORE_DUMPS=1, for a deliberate debugging session
    Unsupported,          // platform without these controls
    Failed,
};

// What the programs call first thing in main(): in release builds (NDEBUG) applies
// applyMemoryProtection() unless HOLDFAST_ALLOW_CORE_DUMPS=1 is set.
Protection protectProcessMemory();

// Unconditionally: no core dumps (RLIMIT_CORE 0) and, on Linux, PR_SET_DUMPABLE 0, which also stops
// ptrace attach from processes without CAP_SYS_PTRACE. Returns Applied, Unsupported or Failed.
Protection applyMemoryProtection();

// True when the process may still be dumped or traced by its user.
bool isDumpable();

} // namespace holdfast::hardening
