#!/usr/bin/env bash
# Installs the .deb the way a shop does, on a clean Debian 12, and checks what it depends on:
#   1. a minimal Debian 12 root (debootstrap --variant=minbase) gets `apt-get install ./holdfast_*.deb`;
#      as an ordinary user: holdfast --version, holdfast-sandbox answers a PaymentIntent create,
#      holdfast-webhooks runs with its systemd unit's arguments and reports health, and the GUI shows
#      its first window under Xvfb;
#   2. `apt-get purge holdfast` leaves the user's data alone;
#   3. upgrade: the previous release (tests/packaging/previous-release, built from its commit) is
#      installed, used through its windows (first manager, an order, settings), then upgraded to this
#      build; the new version signs that manager in with the same PIN, in the language and under the
#      shop name the old one saved, and the orders, staff and settings survive its migrations;
#   4. purge again: the shop's data folder is still there.
#   install-test.sh BUILD_DIR VERSION SOURCE_DIR
# Needs root (debootstrap, chroot, bind mounts) and Debian's mirror. Kept between runs in
# BUILD_DIR/packaging-cache: the minimal root (a week), downloaded packages, the previous release's .deb.
# Figures (each step's time, sizes) are printed as "figure:" lines; docs/install.md quotes them.
set -Eeuo pipefail
trap 'echo "FAIL: line $LINENO: \"$BASH_COMMAND\" exited with $?" >&2' ERR

build=$(cd "${1:?usage: install-test.sh BUILD_DIR VERSION SOURCE_DIR}" && pwd -P)
version=${2:?usage: install-test.sh BUILD_DIR VERSION SOURCE_DIR}
source_dir=$(cd "${3:?usage: install-test.sh BUILD_DIR VERSION SOURCE_DIR}" && pwd -P)
# The root reaches Debian the way this machine does: its mirrors, and its proxy if it has one.
host_mirror() { # main|security -> the first matching http(s) source this machine's apt uses
    local uris
    local file
    uris=$(for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [ -f "$file" ] || continue
        awk '/^deb / {print $2} /^URIs:/ {for (i = 2; i <= NF; i++) print $i}' "$file"
    done)
    if [ "$1" = security ]; then grep -m1 -E '^https?://.*/debian-security/?$' <<<"$uris" || true
    else grep -m1 -E '^https?://.*/debian/?$' <<<"$uris" || true; fi
}
mirror=${HOLDFAST_DEBIAN_MIRROR:-$(host_mirror main)}
mirror=${mirror:-http://deb.debian.org/debian}
security_mirror=${HOLDFAST_DEBIAN_SECURITY_MIRROR:-$(host_mirror security)}
security_mirror=${security_mirror:-http://deb.debian.org/debian-security}
# debootstrap downloads with wget, which reads the proxy from the environment, not from apt.
if [ -z "${http_proxy:-}" ] && command -v apt-config >/dev/null 2>&1; then
    eval "$(apt-config shell http_proxy Acquire::http::Proxy)"
    [ -z "${http_proxy:-}" ] || export http_proxy
fi

# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
die() { echo "FAIL: $*" >&2; exit 1; }
figure() { echo "figure: $*"; }
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIPPED: the install test needs root (debootstrap, chroot and bind mounts)" >&2
    exit 77
fi
# The test runs in a mount namespace of its own: its mounts are invisible to the rest of the machine
# and vanish with the test, even when it is killed outright (ctest's timeout) and no trap runs.
if [ -z "${HOLDFAST_INSTALL_TEST_NAMESPACE:-}" ]; then
    need unshare
    export HOLDFAST_INSTALL_TEST_NAMESPACE=1
    exec unshare --mount --propagation private bash "${BASH_SOURCE[0]}" "$@"
fi
for tool in debootstrap chroot mount umount setpriv flock cpack dpkg-deb git tar Xvfb xdotool xwininfo sqlite3 base64 sha256sum; do
    need "$tool"
done

started=$(date +%s)
elapsed() { echo $(($(date +%s) - $1)); }
cache=$build/packaging-cache
work=$build/packaging-install
root=$work/root
mkdir -p "$cache/apt-archives/partial" "$cache/previous"

# ---- cleanup: nothing under the root stays mounted, and nothing mounted is ever deleted ------------
xvfb_pid=
unmount_all() {
    local mnt
    # Deepest first; the root's own mounts only (read from the kernel, not guessed).
    while read -r mnt; do
        umount -l "$mnt" 2>/dev/null || true
    done < <(awk -v r="$root" '$2 == r || index($2, r "/") == 1 {print $2}' /proc/self/mounts | sort -r)
}
in_root_pids() { # every process running inside the root
    local pid
    for pid in /proc/[0-9]*; do
        [ "$(readlink "$pid/root" 2>/dev/null)" = "$root" ] && echo "${pid#/proc/}"
    done
    return 0
}
stop_in_root() { # ends every program running inside the root: politely, then not
    local pid
    for pid in $(in_root_pids); do kill "$pid" 2>/dev/null || true; done
    for _ in $(seq 1 50); do [ -z "$(in_root_pids)" ] && return 0; sleep 0.1; done
    for pid in $(in_root_pids); do kill -9 "$pid" 2>/dev/null || true; done
    sleep 0.2
}
cleanup() {
    # Whatever the test started inside the root ends before the root is unmounted.
    [ -d "$root" ] && stop_in_root
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
    unmount_all
    if awk -v r="$root" 'index($2, r) == 1 {found = 1} END {exit !found}' /proc/self/mounts; then
        echo "install test: something is still mounted under $root; left in place" >&2
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT
trap 'exit 143' TERM INT HUP
# One run at a time on a build tree; a root left over from an interrupted run goes first.
# (Programs the test starts do not inherit the lock: 9>&-.)
exec 9>"$cache/lock"
flock -n 9 || die "another install test is using $work"
if [ -d "$work" ]; then cleanup; fi
[ ! -e "$work" ] || die "$work is left from an earlier run and cannot be removed"
mkdir -p "$work"

# ---- the packages -------------------------------------------------------------------------------
t=$(date +%s)
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/new" >"$work/cpack-new.log" 2>&1 \
    || { cat "$work/cpack-new.log" >&2; die "cpack -G DEB"; }
new_debs=("$work"/new/holdfast_"$version"_*.deb)
[ -f "${new_debs[0]}" ] || die "no holdfast_${version}_*.deb produced"
new_deb=${new_debs[0]}
pass "built $(basename "$new_deb") in $(elapsed "$t") s"

read -r previous_version previous_commit < <(grep -v '^#' "$source_dir/tests/packaging/previous-release" | grep .)
[ "$previous_version" != "$version" ] || die "the previous release ($previous_version) has this build's version; raise the version in CMakeLists.txt"
# The clone may belong to another user than the one running the tests (root): git is told it is safe.
src_git() { git -c safe.directory="$source_dir" -C "$source_dir" "$@"; }
previous_deb=$cache/previous/holdfast_${previous_version}_${previous_commit:0:12}.deb
previous_missing=
if [ ! -f "$previous_deb" ]; then
    if ! src_git cat-file -e "$previous_commit^{commit}" 2>/dev/null; then
        GIT_TERMINAL_PROMPT=0 timeout 120 git -c safe.directory="$source_dir" -C "$source_dir" \
            fetch --quiet origin "$previous_commit" 2>/dev/null || true
    fi
    if src_git cat-file -e "$previous_commit^{commit}" 2>/dev/null; then
        # The release's own sources, built the quick way (clang, no optimisation, no tests): the
        # package is the same set of files with the same migrations and windows, in a fraction of
        # the time of a release build.
        t=$(date +%s)
        mkdir -p "$work/previous/src"
        src_git archive "$previous_commit" | tar -x -C "$work/previous/src"
        compiler=()
        command -v clang++ >/dev/null 2>&1 && compiler=(-DCMAKE_CXX_COMPILER=clang++)
        if cmake -S "$work/previous/src" -B "$work/previous/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
                "${compiler[@]}" -DCMAKE_CXX_FLAGS_RELEASE="-O0 -g0" -DHOLDFAST_BUILD_TESTS=OFF \
                -DHOLDFAST_WERROR=OFF >"$work/previous-build.log" 2>&1 \
            && nice -n 5 cmake --build "$work/previous/build" -j "$(nproc)" >>"$work/previous-build.log" 2>&1 \
            && cpack --config "$work/previous/build/CPackConfig.cmake" -G DEB -B "$work/previous/deb" \
                >>"$work/previous-build.log" 2>&1; then
            cp "$work"/previous/deb/holdfast_"$previous_version"_*.deb "$previous_deb"
            figure "previous release $previous_version built from ${previous_commit:0:12} in $(elapsed "$t") s (first run on a machine only)"
        else
            tail -40 "$work/previous-build.log" >&2
            die "the previous release $previous_version (${previous_commit:0:12}) did not build"
        fi
        rm -rf "$work/previous"
    else
        previous_missing="this clone has no commit ${previous_commit:0:12} (release $previous_version): clone with history to test the upgrade"
    fi
fi

# ---- a clean Debian 12 ----------------------------------------------------------------------------
base=$cache/debian-12-minbase.tar
if [ -f "$base" ] && [ -n "$(find "$base" -mtime +7)" ]; then rm -f "$base"; fi
if [ ! -f "$base" ]; then
    t=$(date +%s)
    rm -rf --one-file-system "$cache/bootstrap"
    attempt=1
    until debootstrap --variant=minbase bookworm "$cache/bootstrap" "$mirror" >"$work/debootstrap.log" 2>&1; do
        [ "$attempt" -lt 2 ] || { tail -30 "$work/debootstrap.log" >&2; die "debootstrap from $mirror failed twice"; }
        attempt=$((attempt + 1))
        rm -rf --one-file-system "$cache/bootstrap"
    done
    tar -C "$cache/bootstrap" -cf "$base.tmp" . && mv "$base.tmp" "$base"
    rm -rf --one-file-system "$cache/bootstrap"
    figure "debootstrap --variant=minbase bookworm: $(elapsed "$t") s (kept for a week in $cache)"
fi
t=$(date +%s)
mkdir -p "$root"
tar -C "$root" -xf "$base"
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security_mirror bookworm-security main
EOF
# As in any image build: packages do not start services inside the root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
apt-config dump 2>/dev/null | grep -i '^Acquire::[a-z]*::Proxy' >"$root/etc/apt/apt.conf.d/01proxy" || true
root_size=$(du -sh --one-file-system "$root" | cut -f1)
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
chmod 1777 "$root/tmp"
pass "clean Debian 12 root ready in $(elapsed "$t") s ($root_size)"

proxies=()
for name in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    [ -z "${!name:-}" ] || proxies+=("$name=${!name}")
done
in_root() {
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        "${proxies[@]}" "$@" 9>&-
}
apt_retry() { # apt-get arguments...: one retry, for a mirror that drops a connection
    in_root apt-get -o Acquire::Retries=3 "$@" || in_root apt-get -o Acquire::Retries=3 "$@"
}
apt_retry update -qq >"$work/apt-update.log" 2>&1 || { cat "$work/apt-update.log" >&2; die "apt-get update in the root"; }

# ---- a display the root's programs draw on --------------------------------------------------------
# Xvfb picks a free display itself and says which once it accepts connections. Programs in the root
# reach it through its abstract socket (the root shares this machine's network namespace).
# It ends with this script, however the script ends.
setpriv --pdeathsig KILL Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" 9>&- \
    >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
display=
for _ in $(seq 1 100); do
    display=$(tr -dc '0-9' <"$work/display" 2>/dev/null || true)
    [ -n "$display" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
done
[ -n "$display" ] && kill -0 "$xvfb_pid" 2>/dev/null || die "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=":$display"

add_user() { # name
    in_root useradd --create-home --shell /bin/sh "$1"
}
uid_of() { awk -F: -v u="$1" '$1 == u {print $3 ":" $4}' "$root/etc/passwd"; }
as_user() { # user command...: an ordinary user's session inside the root. Only ever called in the
    # background or inside $(...): the command takes that subshell's place (exec), so $! is the program.
    local user=$1 ids
    shift
    ids=$(uid_of "$user")
    mkdir -p "$root/tmp/runtime-$user"
    chown "$ids" "$root/tmp/runtime-$user"
    chmod 0700 "$root/tmp/runtime-$user"
    exec chroot --userspec="$ids" --groups="${ids#*:}" "$root" env -i HOME="/home/$user" USER="$user" LOGNAME="$user" \
        PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 DISPLAY=":$display" XDG_RUNTIME_DIR="/tmp/runtime-$user" "$@" 9>&-
}
windows() { xwininfo -root -tree 2>/dev/null | sed -n 's/^ *0x[0-9a-f]* "\(.*\)": (.*/\1/p'; }
wait_window() { # extended regex, seconds -> the id of a window of the program $gui, or nothing
    local pattern=$1 seconds=${2:-30} id
    for _ in $(seq 1 $((seconds * 5))); do
        id=$(xdotool search --all --onlyvisible --pid "$gui" --name "$pattern" 2>/dev/null | tail -1 || true)
        [ -n "$id" ] && { echo "$id"; return 0; }
        sleep 0.2
    done
    return 1
}
focus_on() { # extended regex, seconds: waits for that window of $gui and gives it the keyboard
    # (a window Qt creates again, e.g. when its flags change, is looked up again); sets $window
    local pattern=$1 seconds=${2:-30}
    for _ in 1 2 3 4 5; do
        window=$(wait_window "$pattern" "$seconds") || return 1
        xdotool windowfocus --sync "$window" 2>/dev/null && { sleep 0.2; return 0; }
        sleep 0.3
    done
    return 1
}
type_text() { xdotool type --delay 25 "$1"; }
key() { xdotool key --delay 60 "$@"; }
gone() { # pid seconds: true once the process has ended
    local pid=$1 seconds=$2
    for _ in $(seq 1 $((seconds * 10))); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    return 1
}

# ---- 1. a fresh install -------------------------------------------------------------------------
cp "$new_deb" "$root/tmp/"
t=$(date +%s)
if apt_retry install -y "/tmp/$(basename "$new_deb")" >"$work/install.log" 2>&1; then
    install_seconds=$(elapsed "$t")
    pass "apt-get install ./$(basename "$new_deb") into a clean Debian 12"
else
    tail -30 "$work/install.log" >&2
    die "apt-get install ./$(basename "$new_deb")"
fi
needed=$(grep -o '[0-9][0-9]* newly installed' "$work/install.log" | head -1 || true)
# "Need to get 35 MB/181 MB of archives": what was left to download, of all the packages needed.
download=$(grep -o 'Need to get .* of archives' "$work/install.log" | head -1 | sed 's/Need to get //; s/ of archives//' || true)
disk=$(grep -o 'After this operation, [^ ]* [A-Za-z]*' "$work/install.log" | head -1 | sed 's/After this operation, //' || true)
figure "apt-get install on a clean Debian 12: $install_seconds s, ${needed:-? newly installed} packages, download ${download:-?} (apt's 'Need to get': what the cache lacked / all), ${disk:-?} on disk with its dependencies"
figure "installed size of holdfast itself: $(in_root dpkg-query -W -f='${Installed-Size}' holdfast) KiB"
[ "$(in_root dpkg-query -W -f='${Version}' holdfast)" = "$version" ] || fail "dpkg does not list holdfast $version"
in_root getent passwd holdfast-webhooks >/dev/null && pass "postinst created the holdfast-webhooks user" \
    || fail "postinst did not create the holdfast-webhooks user"

add_user clerk
out=$(as_user clerk holdfast --version 2>&1) || true
[ "$out" = "Holdfast $version" ] && pass "holdfast --version as a user: $out" || fail "holdfast --version printed '$out'"

# holdfast-sandbox, as a user: a PaymentIntent create answers as Stripe's does.
as_user clerk holdfast-sandbox --port 0 >"$work/sandbox.out" 2>"$work/sandbox.err" &
if port=$(listening_port "$work/sandbox.out" 20); then
    key_header="Basic $(printf 'sk_test_holdfastsandbox0000000000000000:' | base64 -w0)"
    answer=$(HTTP_CONTENT_TYPE=application/x-www-form-urlencoded http POST "$port" /v1/payment_intents "amount=1250&currency=usd&payment_method_types[]=card" "$key_header")
    if grep -q '^HTTP/1.1 200' <<<"$answer" && grep -q '"object": *"payment_intent"' <<<"$answer" \
        && grep -q '"id": *"pi_' <<<"$answer" && grep -q '"amount": *1250' <<<"$answer"; then
        pass "holdfast-sandbox answers a PaymentIntent create"
    else
        fail "holdfast-sandbox answered the PaymentIntent create with: $(head -c 600 <<<"$answer")"
    fi
else
    fail "holdfast-sandbox did not start: $(cat "$work/sandbox.out" "$work/sandbox.err")"
fi

# holdfast-webhooks, as its service user with the unit's own command line.
unit=$root/usr/lib/systemd/system/holdfast-webhooks.service
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
mkdir -p "$root/etc/holdfast" "$root/var/lib/holdfast-webhooks"
printf 'HOLDFAST_DATABASE=sqlite:/var/lib/holdfast-webhooks/holdfast.db\n' >"$root/etc/holdfast/webhooks.env"
chmod 0600 "$root/etc/holdfast/webhooks.env"
printf 'whsec_install_test\n' >"$root/etc/holdfast/webhook-secret"
in_root chown root:holdfast-webhooks /etc/holdfast/webhook-secret
chmod 0640 "$root/etc/holdfast/webhook-secret"
in_root chown holdfast-webhooks:holdfast-webhooks /var/lib/holdfast-webhooks # StateDirectory=
chmod 0750 "$root/var/lib/holdfast-webhooks"
# shellcheck disable=SC1090
database=$(. "$root/etc/holdfast/webhooks.env" && echo "$HOLDFAST_DATABASE")
command_line=${exec_start//\$\{HOLDFAST_DATABASE\}/$database}
hooks_port=8087
if (exec 3<>/dev/tcp/127.0.0.1/8087) 2>/dev/null; then
    # Something on this machine already has the unit's port: the same command on a free one.
    command_line=${command_line/--port 8087/--port 0}
    echo "note: port 8087 is taken here; holdfast-webhooks runs on a free port"
fi
read -r -a argv <<<"$command_line"
hooks_ids=$(uid_of holdfast-webhooks)
chroot --userspec="$hooks_ids" --groups="${hooks_ids#*:}" "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    HOME=/var/lib/holdfast-webhooks "${argv[@]}" >"$work/webhooks.out" 2>"$work/webhooks.err" 9>&- &
if hooks_port=$(listening_port "$work/webhooks.out" 20); then
    health=$(http GET "$hooks_port" /healthz)
    grep -q '^HTTP/1.1 200' <<<"$health" && grep -q '"database": *"ok"' <<<"$health" \
        && pass "holdfast-webhooks ($command_line) reports health" || fail "holdfast-webhooks /healthz answered: $health"
    returned=$(http GET "$hooks_port" "/holdfast/checkout/return?payment_intent=pi_1&redirect_status=succeeded")
    grep -q '^HTTP/1.1 200' <<<"$returned" && pass "holdfast-webhooks serves the checkout return page" \
        || fail "the checkout return page answered: $(head -1 <<<"$returned")"
    [ -f "$root/var/lib/holdfast-webhooks/holdfast.db" ] && pass "holdfast-webhooks keeps its database in its state directory" \
        || fail "no database in /var/lib/holdfast-webhooks"
else
    fail "holdfast-webhooks did not start: $(cat "$work/webhooks.out" "$work/webhooks.err")"
fi

# The GUI, as a user, under Xvfb: its first window is the first-manager window of a new shop.
as_user clerk holdfast >"$work/gui-clerk.log" 2>&1 &
gui=$!
t=$(date +%s)
if window=$(wait_window '^Create the first manager' 60); then
    pass "the GUI shows its first window: \"$(xdotool getwindowname "$window")\" ($(elapsed "$t") s)"
else
    fail "the GUI showed no first-manager window; windows: $(windows | tr '\n' '|'); log: $(tail -20 "$work/gui-clerk.log")"
fi
kill "$gui" 2>/dev/null || true
gone "$gui" 10 || kill -9 "$gui" 2>/dev/null || true
[ -f "$root/home/clerk/.local/share/Holdfast/holdfast/training.db" ] || fail "the GUI made no database in the user's data folder"

# ---- 2. purge leaves the user's data ------------------------------------------------------------
stop_in_root
data_sums() { # home -> one line per file of the user's Holdfast folders, with its checksum
    local dirs=() dir
    for dir in .local/share/Holdfast .config/Holdfast; do [ -d "$root/home/$1/$dir" ] && dirs+=("$dir"); done
    [ ${#dirs[@]} -gt 0 ] || return 0
    (cd "$root/home/$1" && find "${dirs[@]}" -type f -print0 | sort -z | xargs -0 -r sha256sum)
}
before_purge=$(data_sums clerk)
t=$(date +%s)
in_root apt-get purge -y holdfast >"$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; die "apt-get purge holdfast"; }
figure "apt-get purge holdfast: $(elapsed "$t") s"
[ -e "$root/usr/bin/holdfast" ] && fail "purge left /usr/bin/holdfast"
in_root dpkg-query -W -f='${Status}' holdfast 2>/dev/null | grep -q "install ok installed" && fail "holdfast is still installed"
[ -n "$before_purge" ] && [ "$(data_sums clerk)" = "$before_purge" ] \
    && pass "purge left the user's data folder as it was ($(wc -l <<<"$before_purge") files)" \
    || fail "purge changed the user's data folder"
[ -f "$root/var/lib/holdfast-webhooks/holdfast.db" ] && pass "purge left the webhook receiver's database" \
    || fail "purge removed /var/lib/holdfast-webhooks/holdfast.db"

# ---- 3. upgrade from the previous release ------------------------------------------------------
if [ -n "$previous_missing" ]; then
    echo "SKIPPED upgrade: $previous_missing" >&2
else
    cp "$previous_deb" "$root/tmp/holdfast_${previous_version}_amd64.deb"
    t=$(date +%s)
    apt_retry install -y "/tmp/holdfast_${previous_version}_amd64.deb" >"$work/install-previous.log" 2>&1 \
        || { tail -30 "$work/install-previous.log" >&2; die "apt-get install the previous release $previous_version"; }
    [ "$(in_root dpkg-query -W -f='${Version}' holdfast)" = "$previous_version" ] || die "holdfast $previous_version is not installed"
    pass "holdfast $previous_version installed ($(elapsed "$t") s)"

    # The shop works with the old version, through its windows (nothing else is on the display).
    stop_in_root
    [ -z "$(in_root_pids)" ] || die "programs still run in the root: $(in_root_pids)"
    add_user shop
    as_user shop holdfast >"$work/gui-previous.log" 2>&1 &
    gui=$!
    old_step() { # description: fails the whole test with what was on screen
        fail "previous release: $1; windows: $(windows | tr '\n' '|'); log: $(tail -20 "$work/gui-previous.log")"
        exit 1
    }
    focus_on '^Create the first manager' 60 || old_step "no first-manager window"
    type_text "Mara Manager"; key Tab; type_text 2468; key Tab; type_text 2468; key Return
    focus_on 'sign in' 20 || old_step "no sign-in window after creating the manager"
    type_text 2468; key Return
    focus_on 'TRAINING MODE' 30 || old_step "no main window after signing in"
    # An order sent to the customer's phone: created at once, waiting for payment.
    key ctrl+n
    focus_on '^New order' 20 || old_step "Ctrl+N opened no New order window"
    type_text "Ada Lovelace"; key Tab; type_text "+44 20 7946 0000"; key Tab Tab
    type_text "Analytical engine gears"; key Tab Tab; type_text "42.50"; key alt+p
    focus_on '^Take payment' 30 || old_step "the order was not sent to the phone"
    key Escape
    sleep 1
    # Settings: a shop name, German, a longer idle lock; a manager approves.
    focus_on 'TRAINING MODE' 10 || old_step "the main window did not come back"
    key alt+t
    sleep 0.5
    key s
    focus_on '^Settings' 20 || old_step "Tools → Settings opened nothing"
    key alt+n ctrl+a; type_text "Lovelace Supplies"
    key alt+l; xdotool type --delay 80 "Deutsch"
    key alt+i ctrl+a; type_text 15
    key Return
    focus_on '^Manager approval' 20 || old_step "saving the settings asked for no approval"
    type_text 2468; key Return
    wait_window 'Lovelace Supplies' 20 >/dev/null || old_step "the shop name did not reach the main window"
    # The language takes effect at the next start; the notice saying so is closed.
    if focus_on '^Settings' 5; then key Return; fi
    focus_on 'TRAINING MODE' 10 || old_step "the main window did not come back"
    key ctrl+q
    gone "$gui" 20 || old_step "Ctrl+Q did not end the previous release"
    pass "previous release used through its windows: first manager, an order sent to a phone, settings"

    db=$root/home/shop/.local/share/Holdfast/holdfast/training.db
    [ -f "$db" ] || die "the previous release left no database at ${db#"$root"}"
    conf=$root/home/shop/.config/Holdfast/holdfast.conf
    # Read as root, the database's side files (-wal, -shm) could end up root's: they go back to the shop.
    read_db() { sqlite3 "$db" "$@"; chown -R "$(uid_of shop)" "$root/home/shop/.local/share/Holdfast"; }
    old_schema=$(read_db 'SELECT max(version) FROM schema_migrations')
    # Every column the old release had, read the same way before and after the upgrade.
    columns() { read_db "SELECT group_concat(name, ',') FROM pragma_table_info('$1')"; }
    order_columns=$(columns orders)
    line_columns=$(columns order_lines)
    staff_columns=$(columns staff)
    audit_columns=$(columns audit_log)
    snapshot() {
        read_db "SELECT $order_columns FROM orders ORDER BY id" \
            "SELECT $line_columns FROM order_lines ORDER BY rowid" \
            "SELECT $staff_columns FROM staff ORDER BY id" \
            "SELECT $audit_columns FROM audit_log ORDER BY rowid" \
            "SELECT key, value FROM settings ORDER BY key"
    }
    before=$(snapshot)
    grep -q "Ada Lovelace" <<<"$before" || fail "the old release's order is not in its database"
    grep -q "Mara Manager|manager" <<<"$before" || fail "the old release's manager is not in its database"
    conf_before=$(grep -E '^(language|shopName|idleLockMinutes)=' "$conf" | sort)
    grep -qx "language=de" <<<"$conf_before" || fail "the old release did not save the language: $conf_before"

    cp "$new_deb" "$root/tmp/"
    t=$(date +%s)
    apt_retry install -y "/tmp/$(basename "$new_deb")" >"$work/upgrade.log" 2>&1 \
        || { tail -30 "$work/upgrade.log" >&2; die "apt-get install ./$(basename "$new_deb") over $previous_version"; }
    figure "upgrade $previous_version → $version with apt-get install: $(elapsed "$t") s"
    grep -q "over ($previous_version)" "$work/upgrade.log" && pass "dpkg unpacked $version over $previous_version" \
        || fail "the upgrade log does not show $version unpacked over $previous_version"
    [ "$(in_root dpkg-query -W -f='${Version}' holdfast)" = "$version" ] || fail "holdfast $version is not installed after the upgrade"

    # The new version, as the same user: German (the old setting), the old manager's PIN, the old shop name.
    as_user shop holdfast >"$work/gui-upgraded.log" 2>&1 &
    gui=$!
    new_step() {
        fail "after the upgrade: $1; windows: $(windows | tr '\n' '|'); log: $(tail -20 "$work/gui-upgraded.log")"
        exit 1
    }
    focus_on '^Holdfast — Anmeldung' 60 || new_step "no German sign-in window"
    pass "the upgraded till starts in the language the old one saved: \"$(xdotool getwindowname "$window")\""
    type_text 2468; key Return
    focus_on 'Lovelace Supplies.*SCHULUNGSMODUS' 30 || new_step "the old manager's PIN did not sign in"
    pass "the old manager signs in with the same PIN: \"$(xdotool getwindowname "$window")\""
    key ctrl+q
    gone "$gui" 20 || new_step "Ctrl+Q did not end the upgraded till"

    new_schema=$(read_db 'SELECT max(version) FROM schema_migrations')
    if [ "$new_schema" -gt "$old_schema" ]; then
        pass "migrations $((old_schema + 1))–$new_schema applied to the old database"
    elif [ "$new_schema" -eq "$old_schema" ] && [ "$(read_db 'SELECT count(*) FROM schema_migrations')" -eq "$old_schema" ]; then
        pass "the database is at schema $new_schema, as the previous release left it (no migrations since)"
    else
        fail "the database is at schema $new_schema after the upgrade (was $old_schema)"
    fi
    # Every row the old release wrote is still there, field for field (the new version may add rows).
    lost=$(comm -23 <(sort <<<"$before") <(snapshot | sort))
    if [ -z "$lost" ]; then
        pass "orders, order lines, staff, the audit log and database settings survive the migrations unchanged ($(wc -l <<<"$before") rows)"
    else
        fail "the upgrade lost or changed these rows of the old release: $lost"
    fi
    [ "$(grep -E '^(language|shopName|idleLockMinutes)=' "$conf" | sort)" = "$conf_before" ] \
        && pass "settings survive: $(tr '\n' ' ' <<<"$conf_before")" || fail "the settings file changed in the upgrade"
    if grep -q '^\[%General\]' "$conf"; then fail "the upgraded till left its choices under [%General], where Qt cannot read them back"; fi

    # ---- 4. purge after the upgrade ---------------------------------------------------------------
    before_purge=$(data_sums shop)
    in_root apt-get purge -y holdfast >"$work/purge-upgraded.log" 2>&1 \
        || { cat "$work/purge-upgraded.log" >&2; die "apt-get purge holdfast after the upgrade"; }
    [ -n "$before_purge" ] && [ "$(data_sums shop)" = "$before_purge" ] && pass "purge after the upgrade left the shop's data folder as it was" \
        || fail "purge after the upgrade changed the shop's data folder"
fi

figure "the whole install test: $(elapsed "$started") s"
if [ "$failures" -gt 0 ]; then
    echo "$failures install check(s) failed" >&2
    exit 1
fi
if [ -n "$previous_missing" ]; then
    echo "install and purge passed; upgrade skipped: $previous_missing" >&2
    exit 77
fi
echo "all install checks passed"
