#!/usr/bin/env bash
# Builds the .deb and .rpm from a finished build tree and checks what a shop would install: contents,
# metadata, computed dependencies, validators, lintian errors, and the extracted programs running.
#   check-packages.sh BUILD_DIR VERSION
# Packages and CPack's staging go into a temporary folder that is removed afterwards.
set -euo pipefail
# A command that stops the script says which one, instead of ending it silently.
trap 'echo "FAIL: line $LINENO: \"$BASH_COMMAND\" exited with $?" >&2' ERR

build=${1:?usage: check-packages.sh BUILD_DIR VERSION}
version=${2:?usage: check-packages.sh BUILD_DIR VERSION}
app_id=io.holdfast.Holdfast

# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
for tool in cpack dpkg-deb dpkg-shlibdeps objdump lintian desktop-file-validate appstreamcli rpm rpmbuild file; do need "$tool"; done

work=$(mktemp -d "${TMPDIR:-/tmp}/holdfast-packaging.XXXXXX")
hooks_pid=
cleanup() {
    [ -z "$hooks_pid" ] || kill "$hooks_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# ---- Debian package -------------------------------------------------------------------------------
echo "== cpack -G DEB"
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/deb" >"$work/cpack-deb.log" 2>&1; then
    cat "$work/cpack-deb.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
fi
debs=("$work"/deb/holdfast_"$version"_*.deb)
[ -f "${debs[0]}" ] || { ls -la "$work/deb" >&2; echo "FAIL: no holdfast_${version}_*.deb produced" >&2; exit 1; }
deb=${debs[0]}
pass "built $(basename "$deb")"

dpkg-deb -I "$deb" >"$work/info.txt"
dpkg-deb -f "$deb" Package Version Depends Recommends >"$work/fields.txt"
cat "$work/fields.txt"
grep -qx "Package: holdfast" "$work/fields.txt" || fail "package name is not holdfast"
grep -qx "Version: $version" "$work/fields.txt" || fail "package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
dep_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*//; s/[[:space:]]//g')
has_dep() { grep -qxF "$1" <<<"$dep_names"; }
# Named by hand: what Qt loads at run time and dpkg-shlibdeps cannot see.
for dep in qt6-qpa-plugins libqt6sql6-sqlite; do
    has_dep "$dep" || fail "Depends lacks $dep: $depends"
done
grep -q "gnome-keyring" <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks a Secret Service provider"
grep -q " postinst" "$work/info.txt" || fail "no postinst (creates the holdfast-webhooks user)"

dpkg-deb -c "$deb" | awk '{print $1, $6}' >"$work/contents.txt"
expect_file() { # mode-prefix path
    grep -Eq "^$1 \./$2\$" "$work/contents.txt" || fail "package lacks $2 (with mode $1)"
}
for exe in holdfast holdfast-sandbox holdfast-webhooks; do
    expect_file -rwxr-xr-x "usr/bin/$exe"
    expect_file -rw-r--r-- "usr/share/man/man1/$exe.1.gz"
done
expect_file -rw-r--r-- "usr/share/applications/$app_id.desktop"
expect_file -rw-r--r-- "usr/share/metainfo/$app_id.metainfo.xml"
expect_file -rw-r--r-- "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 32 48 64 128 256; do
    expect_file -rw-r--r-- "usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
expect_file -rw-r--r-- "usr/lib/systemd/system/holdfast-webhooks.service"
expect_file -rw-r--r-- "usr/lib/sysusers.d/holdfast-webhooks.conf"
expect_file -rw-r--r-- "usr/share/doc/holdfast/copyright"
expect_file -rw-r--r-- "usr/share/doc/holdfast/changelog.gz"
expect_file -rw-r--r-- "usr/share/doc/holdfast/examples/nginx-holdfast-webhooks.conf"
if grep -q "/tmp/\|/build" "$work/contents.txt"; then fail "package contains build paths"; fi

# ---- Extract into a throwaway root and check the files themselves ----------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root"
# Computed: every library the programs link to must come from a package named in Depends
# (this fails if dpkg-shlibdeps did not run).
for exe in holdfast holdfast-sandbox holdfast-webhooks; do
    objdump -p "$root/usr/bin/$exe" | awk '/NEEDED/ {print $2}'
done | sort -u >"$work/needed.txt"
[ -s "$work/needed.txt" ] || fail "objdump found no NEEDED libraries"
# Read the cache once; awk stopping early on a live pipe would kill ldconfig with SIGPIPE.
ldconfig -p >"$work/ldcache.txt"
while read -r soname; do
    path=$(awk -v l="$soname" '$1 == l && /x86-64|x32|64bit/ {print $NF; exit}' "$work/ldcache.txt")
    [ -n "$path" ] || path=$(awk -v l="$soname" '$1 == l {print $NF; exit}' "$work/ldcache.txt")
    [ -n "$path" ] || { fail "$soname is not installed here"; continue; }
    owner=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null \
        || dpkg -S "/usr$path" 2>/dev/null || dpkg -S "${path#/usr}" 2>/dev/null || true)
    pkg=${owner%%:*}
    [ -n "$pkg" ] || { fail "no package owns $path ($soname)"; continue; }
    has_dep "$pkg" || fail "Depends lacks $pkg, which provides $soname"
done <"$work/needed.txt"
pass "Depends covers the $(wc -l <"$work/needed.txt") linked libraries"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" && pass "desktop-file-validate" \
    || fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    && pass "appstreamcli validate" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "metainfo has no <release> for $version"
grep -q "<screenshots>" "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "metainfo has no <screenshots>"
grep -q "^holdfast ($version)" <<<"$(zcat "$root/usr/share/doc/holdfast/changelog.gz" | sed -n 1p)" \
    || fail "changelog.gz does not start with holdfast ($version)"
for size in 16 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    grep -q "PNG image data, $size x $size" <<<"$(file -b "$png")" || fail "$png is not a ${size}x${size} PNG"
done
unit="$root/usr/lib/systemd/system/holdfast-webhooks.service"
for line in "User=holdfast-webhooks" "NoNewPrivileges=yes" "ProtectSystem=strict" "PrivateTmp=yes" \
    "ReadWritePaths=/var/lib/holdfast-webhooks" "EnvironmentFile=/etc/holdfast/webhooks.env" \
    'ExecStart=/usr/bin/holdfast-webhooks --host 127.0.0.1 --port 8087 --database ${HOLDFAST_DATABASE} --secret-file /etc/holdfast/webhook-secret'; do
    grep -qxF "$line" "$unit" || fail "service unit lacks '$line'"
done
if command -v systemd-analyze >/dev/null 2>&1; then
    # Point the unit at the extracted binary so verify checks the unit, not this machine's /usr/bin.
    sed "s#/usr/bin/holdfast-webhooks#$root/usr/bin/holdfast-webhooks#" "$unit" >"$work/holdfast-webhooks.service"
    if systemd-analyze verify --man=no "$work/holdfast-webhooks.service" >"$work/verify.txt" 2>&1; then
        pass "systemd-analyze verify"
    else
        cat "$work/verify.txt" >&2
        fail "systemd-analyze verify"
    fi
fi

out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/holdfast" --version) || fail "extracted holdfast --version failed"
[ "$out" = "Holdfast $version" ] && pass "holdfast --version: $out" || fail "holdfast --version printed '$out'"
out=$("$root/usr/bin/holdfast-sandbox" --help) || fail "extracted holdfast-sandbox --help failed"
grep -q "holdfast-sandbox" <<<"$out" && grep -q -- "--version" <<<"$out" && pass "holdfast-sandbox --help" \
    || fail "holdfast-sandbox --help printed: $out"
out=$("$root/usr/bin/holdfast-webhooks" --version) || fail "extracted holdfast-webhooks --version failed"
[ "$out" = "holdfast-webhooks $version" ] && pass "holdfast-webhooks --version" \
    || fail "holdfast-webhooks --version printed '$out'"
# The packaged receiver, started the way holdfast-webhooks.service starts it (a free port instead of
# 8087, SQLite in the scratch folder): it must listen, report health and refuse an unsigned event.
printf 'whsec_packaging_test\n' >"$work/webhook-secret"
"$root/usr/bin/holdfast-webhooks" --host 127.0.0.1 --port 0 --database "sqlite:$work/webhooks.db" \
    --secret-file "$work/webhook-secret" >"$work/webhooks.out" 2>"$work/webhooks.err" &
hooks_pid=$!
if port=$(listening_port "$work/webhooks.out" 10 "$hooks_pid"); then
    pass "holdfast-webhooks: listening on http://127.0.0.1:$port"
    health=$(http GET "$port" /healthz)
    grep -q "^HTTP/1.1 200" <<<"$health" && grep -q '"database": *"ok"' <<<"$health" \
        && pass "holdfast-webhooks /healthz" || fail "holdfast-webhooks /healthz answered: $health"
    unsigned=$(http POST "$port" /webhooks/stripe '{"id":"evt_1","object":"event"}')
    grep -q "^HTTP/1.1 400" <<<"$unsigned" && pass "holdfast-webhooks refuses an unsigned event" \
        || fail "holdfast-webhooks answered an unsigned event with: $(head -1 <<<"$unsigned")"
else
    fail "holdfast-webhooks did not start listening: $(cat "$work/webhooks.out" "$work/webhooks.err")"
fi
kill "$hooks_pid" 2>/dev/null || true
wait "$hooks_pid" 2>/dev/null || true
hooks_pid=
for exe in holdfast holdfast-sandbox holdfast-webhooks; do
    if grep -q "not stripped" <<<"$(file -b "$root/usr/bin/$exe")"; then fail "usr/bin/$exe is not stripped"; fi
done

# Every dependency must be installable here: apt resolves the .deb without installing anything.
if apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.txt" 2>&1; then
    pass "apt-get install --simulate resolves the dependencies"
else
    cat "$work/apt.txt" >&2
    fail "apt-get install --simulate"
fi

# ---- lintian: warnings are listed, errors fail ------------------------------------------------------
echo "== lintian"
lintian --tag-display-limit 0 --display-info "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q "^E: " "$work/lintian.txt"; then fail "lintian reports errors"; else pass "lintian: no errors"; fi

# ---- RPM -------------------------------------------------------------------------------------------
echo "== cpack -G RPM"
if ! cpack --config "$build/CPackConfig.cmake" -G RPM -B "$work/rpm" >"$work/cpack-rpm.log" 2>&1; then
    cat "$work/cpack-rpm.log" >&2
    echo "FAIL: cpack -G RPM" >&2
    exit 1
fi
rpms=("$work"/rpm/holdfast-"$version"-*.rpm)
[ -f "${rpms[0]}" ] || { ls -la "$work/rpm" >&2; echo "FAIL: no holdfast-$version-*.rpm produced" >&2; exit 1; }
rpmfile=${rpms[0]}
pass "built $(basename "$rpmfile")"
rpm -qlp "$rpmfile" >"$work/rpm-files.txt" 2>/dev/null
for path in /usr/bin/holdfast /usr/bin/holdfast-sandbox /usr/bin/holdfast-webhooks \
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
    /usr/lib/systemd/system/holdfast-webhooks.service /usr/share/licenses/holdfast/LICENSE; do
    grep -qxF "$path" "$work/rpm-files.txt" || fail "rpm lacks $path"
done
for dir in /usr /usr/bin /usr/share/applications /usr/lib/systemd/system; do
    if grep -qxF "$dir" "$work/rpm-files.txt"; then fail "rpm claims the system directory $dir"; fi
done
rpm -qp --requires "$rpmfile" 2>/dev/null >"$work/rpm-requires.txt"
grep -q "^libQt6Core.so.6" "$work/rpm-requires.txt" || fail "rpm Requires were not computed (autoreq): $(tr '\n' ' ' <"$work/rpm-requires.txt")"
[ "$(rpm -qp --queryformat '%{VERSION}' "$rpmfile" 2>/dev/null)" = "$version" ] || fail "rpm version is not $version"

if [ "$failures" -gt 0 ]; then
    echo "$failures packaging check(s) failed" >&2
    exit 1
fi
echo "all packaging checks passed"
