#include "diagnostics/hardening.h"

#include <QtGlobal>
#include <cstdlib>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace holdfast::hardening {

Protection applyMemoryProtection()
{
#if defined(Q_OS_UNIX)
    bool ok = true;
    struct rlimit none = {0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#if defined(Q_OS_LINUX)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok ? Protection::Applied : Protection::Failed;
#else
    // Windows writes no crash dumps unless WER is configured to; macOS has no PR_SET_DUMPABLE.
    return Protection::Unsupported;
#endif
}

Protection protectProcessMemory()
{
#if defined(NDEBUG)
    const char *allow = std::getenv("HOLDFAST_ALLOW_CORE_DUMPS");
    if (allow && std::strcmp(allow, "1") == 0)
        return Protection::SkippedByEnvironment;
    return applyMemoryProtection();
#else
    return Protection::SkippedDebugBuild;
#endif
}

bool isDumpable()
{
#if defined(Q_OS_UNIX)
    struct rlimit limit = {};
    if (getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur != 0)
        return true;
#if defined(Q_OS_LINUX)
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace holdfast::hardening
