// One machine-readable line per benchmark figure, next to each benchmark's own human-readable output:
//   FIGURE|<benchmark>|<figure>|<value>|<unit>|<aim>|<peer>
// tests/bench/run-all.sh collects these lines from every benchmark into one table.
#pragma once

#include <QString>
#include <cstdio>

namespace holdfast::bench {

// `aim` is the target as written in the issue ("< 100", ">= 2000", ">= 2x node"), empty when there is
// none; `peer` is the same figure measured for a comparable tool in the same run, empty when none.
inline void figure(const QString &benchmark, const QString &name, double value, const QString &unit,
                   const QString &aim = {}, const QString &peer = {})
{
    std::printf("FIGURE|%s|%s|%.4g|%s|%s|%s\n", qPrintable(benchmark), qPrintable(name), value, qPrintable(unit),
                qPrintable(aim), qPrintable(peer));
    std::fflush(stdout);
}

} // namespace holdfast::bench
