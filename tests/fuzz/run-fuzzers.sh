#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, preset "fuzz") and runs each for SECONDS on a copy of its seed
# corpus, then prints one line per target. Exits non-zero on any finding (crash, sanitizer report,
# broken property, leak, timeout, out-of-memory) and names the reproducer file.
#
#   bash tests/fuzz/run-fuzzers.sh SECONDS [TARGET...]
#
# Environment: HOLDFAST_FUZZ_JOBS (ninja -j, default 2), HOLDFAST_BUILD_LOCK (a lock file to build
# under with flock), HOLDFAST_FUZZ_OUT (where runs are kept; default build-fuzz/fuzz-runs/<time>),
# HOLDFAST_FUZZ_NICE (default 19), HOLDFAST_FUZZ_FLAGS (more libFuzzer flags, e.g. -use_value_profile=1).
# See docs/fuzzing.md.
set -euo pipefail

usage() { echo "usage: $0 SECONDS [fuzz_stripe_json|fuzz_stripe_signature|fuzz_form|fuzz_money|fuzz_sandbox_request ...]" >&2; exit 2; }
[[ $# -ge 1 && $1 =~ ^[0-9]+$ && $1 -gt 0 ]] || usage
seconds=$1
shift
all_targets=(fuzz_stripe_json fuzz_stripe_signature fuzz_form fuzz_money fuzz_sandbox_request)
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "unknown target: $t" >&2; usage; }
done

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
build="$src/build-fuzz"
jobs=${HOLDFAST_FUZZ_JOBS:-2}
niceness=${HOLDFAST_FUZZ_NICE:-19}

locked() {
    if [[ -n ${HOLDFAST_BUILD_LOCK:-} ]]; then flock "$HOLDFAST_BUILD_LOCK" "$@"; else "$@"; fi
}

command -v clang++ >/dev/null || { echo "clang++ not found (Debian: apt install clang)" >&2; exit 2; }
if [[ ! -f $build/build.ninja ]]; then
    echo "== configuring $build (cmake --preset fuzz)"
    (cd "$src" && locked cmake --preset fuzz >/dev/null)
fi
echo "== building ${targets[*]}"
locked nice -n 10 ninja -C "$build" -j"$jobs" "${targets[@]}" >"$build/fuzz-build.log" 2>&1 || {
    tail -n 40 "$build/fuzz-build.log" >&2
    echo "build failed (full log: $build/fuzz-build.log)" >&2
    exit 2
}

out=${HOLDFAST_FUZZ_OUT:-$build/fuzz-runs/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
echo "== running each target for ${seconds}s; work files in $out"

# Prints the value after "key:" in libFuzzer's final statistics.
final_stat() { sed -n "s/^stat::$1: *//p" "$2" | tail -n 1; }

failed=0
rows=()
findings=()
for t in "${targets[@]}"; do
    work="$out/$t"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    cp "$here/corpus/$t"/* "$work/corpus/"
    seeds=$(find "$work/corpus" -type f | wc -l)
    dict=()
    [[ -f $here/dict/$t.dict ]] && dict=("-dict=$here/dict/$t.dict")
    echo "-- $t (${seeds} seeds)"
    status=0
    nice -n "$niceness" "$build/tests/fuzz/$t" "$work/corpus" \
        -max_total_time="$seconds" -print_final_stats=1 -max_len=4096 -timeout=20 -rss_limit_mb=2560 \
        -artifact_prefix="$work/artifacts/" "${dict[@]}" ${HOLDFAST_FUZZ_FLAGS:-} >"$work/fuzz.log" 2>&1 || status=$?
    log="$work/fuzz.log"
    execs=$(final_stat number_of_executed_units "$log")
    rate=$(final_stat average_exec_per_sec "$log")
    added=$(final_stat new_units_added "$log")
    rss=$(final_stat peak_rss_mb "$log")
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corpus=$(find "$work/corpus" -type f | wc -l)
    artifacts=$(find "$work/artifacts" -type f ! -name 'slow-unit-*' | sort)
    count=0
    [[ -n $artifacts ]] && count=$(wc -l <<<"$artifacts")
    if [[ $status -ne 0 || $count -gt 0 ]]; then
        failed=1
        findings+=("$t: exit status $status, log $log")
        while IFS= read -r a; do
            [[ -n $a ]] && findings+=("  reproducer: $a   (re-run: $build/tests/fuzz/$t $a)")
        done <<<"$artifacts"
        grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|FUZZ PROPERTY FAILED' "$log" \
            | sed "s|^|  $t first report: |" >>"$out/findings.txt" || true
    fi
    rows+=("$(printf '%-22s %8s %12s %8s %6s %7s %9s %7s %6s %8s' "$t" "$seconds" "${execs:-?}" "${rate:-?}" \
        "${cov:-?}" "${ft:-?}" "$seeds->$corpus" "+${added:-?}" "${rss:-?}" "$count")")
done

echo
printf '%-22s %8s %12s %8s %6s %7s %9s %7s %6s %8s\n' target seconds executions exec/s cov ft corpus new rss_mb findings
for r in "${rows[@]}"; do echo "$r"; done
if [[ $failed -ne 0 ]]; then
    echo
    echo "FINDINGS:"
    for f in "${findings[@]}"; do echo "$f"; done
    [[ -f $out/findings.txt ]] && cat "$out/findings.txt"
    exit 1
fi
echo
echo "no findings"
