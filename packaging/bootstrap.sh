#!/usr/bin/env bash
# Sets up a Debian 12 / Ubuntu 24.04 machine for Holdfast from a fresh clone, builds it, then either
# launches it in training mode (`run`) or runs the whole test suite with its services (`test`).
#   bash packaging/bootstrap.sh run    # install what is missing, build, start Holdfast
#   bash packaging/bootstrap.sh test   # install what is missing, build, run every test (CTest summary)
# HOLDFAST_BUILD_DIR overrides the build folder (default: build/ in the clone).
# HOLDFAST_FUZZ_SECONDS: with `test`, first run each libFuzzer target that long (clang build in
# build-fuzz/); 60 when CI is set, 0 (skip) otherwise. See docs/fuzzing.md.
set -euo pipefail

action=${1:-}
case "$action" in
    run | test) ;;
    *) echo "usage: bash packaging/bootstrap.sh run|test" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HOLDFAST_BUILD_DIR:-$root/build}

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-webengine-dev qt6-webengine-dev-tools qt6-webchannel-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-svg-dev qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libgl-dev
    libsodium-dev libqrencode-dev
    postgresql gnome-keyring dbus dbus-x11 xvfb xauth
    fonts-dejavu-core tzdata openssl libnss3-tools
    librsvg2-bin desktop-file-utils appstream lintian rpm file zbar-tools
    debootstrap xdotool x11-utils sqlite3
    clang libclang-rt-dev
)

install_missing() {
    local missing=() p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    command -v node >/dev/null 2>&1 || missing+=(nodejs)
    command -v npm >/dev/null 2>&1 || missing+=(npm)
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "bootstrap: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

node_packages() {
    # Test tools pinned by lock files (the official Stripe SDK for conformance and benchmarks).
    local lock
    while IFS= read -r lock; do
        npm ci --prefix "$(dirname "$lock")" --no-audit --no-fund --loglevel=error
    done < <(find "$root/tests" -name package-lock.json -not -path '*/node_modules/*')
}

configure_and_build() {
    local werror=OFF
    [ -n "${CI:-}" ] && werror=ON
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHOLDFAST_WERROR=$werror
    cmake --build "$build" -j "$(nproc)"
}

install_missing
configure_and_build

if [ "$action" = run ]; then
    # Chromium refuses to run its sandbox as root; this developer launcher (not the packaged one)
    # turns it off only in that case, as the test environment does.
    [ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "bootstrap: no display found; starting Holdfast under xvfb-run (set DISPLAY to see the window)"
        exec xvfb-run -a "$build/app/main/holdfast"
    fi
    exec "$build/app/main/holdfast"
fi

node_packages
fuzz_seconds=${HOLDFAST_FUZZ_SECONDS:-}
[ -n "$fuzz_seconds" ] || { [ -n "${CI:-}" ] && fuzz_seconds=60 || fuzz_seconds=0; }
if [ "$fuzz_seconds" -gt 0 ]; then
    HOLDFAST_FUZZ_JOBS=$(nproc) HOLDFAST_FUZZ_NICE=0 bash "$root/tests/fuzz/run-fuzzers.sh" "$fuzz_seconds"
fi
exec bash "$root/tests/support/with-services.sh" \
    ctest --test-dir "$build" --output-on-failure -j "$(nproc)" --timeout 900
