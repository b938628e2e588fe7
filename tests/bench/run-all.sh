#!/usr/bin/env bash
# Runs every benchmark and prints one table: benchmark, figure, value, aim, peer.
#   bash tests/bench/run-all.sh            # quick sizes (minutes), as ctest runs them
#   bash tests/bench/run-all.sh --full     # the sizes the issues name (hours on a 2-core machine)
# BUILD=<dir> picks the build directory (default: build). The services the benchmarks need
# (PostgreSQL, a D-Bus session with gnome-keyring) are started by tests/support/with-services.sh.
# The table is also written to <build>/bench-results/summary.md, the raw output to bench.log next to it.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BUILD:-$root/build}
size=quick
[ "${1:-}" = "--full" ] && size=full
[ -f "$build/CMakeCache.txt" ] || { echo "run-all: no build in $build (run: bash packaging/bootstrap.sh test)" >&2; exit 2; }

cmake -S "$root" -B "$build" -DHOLDFAST_BENCH_SIZE=$size >/dev/null
cmake --build "$build" -j "$(nproc)" >/dev/null
out="$build/bench-results"
mkdir -p "$out"
status=0
bash "$root/tests/support/with-services.sh" ctest --test-dir "$build" -L '^bench$' -V >"$out/bench.log" 2>&1 || status=$?
# Leave the build as ctest normally runs it.
[ "$size" = quick ] || cmake -S "$root" -B "$build" -DHOLDFAST_BENCH_SIZE=quick >/dev/null

{
    echo "Holdfast benchmarks ($size sizes), $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | sed -n 1p), $(. /etc/os-release && echo "$PRETTY_NAME")"
    echo
    echo "| benchmark | figure | value | aim | peer |"
    echo "|---|---|---|---|---|"
    # ctest -V prefixes each output line with "<test number>: ".
    sed -n 's/^\([0-9]*: \)\{0,1\}FIGURE|/FIGURE|/p' "$out/bench.log" | sort -u -t'|' -k2,3 \
        | awk -F'|' '{ unit = ($5 == "" ? "" : " " $5); aim = ($6 == "" ? "—" : $6 unit); peer = ($7 == "" ? "—" : $7);
                       printf "| %s | %s | %s%s | %s | %s |\n", $2, $3, $4, unit, aim, peer }'
    echo
    grep -E "tests passed|tests failed" "$out/bench.log" || true
} | tee "$out/summary.md"
exit $status
