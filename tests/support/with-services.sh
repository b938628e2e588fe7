#!/usr/bin/env bash
# Runs a command (normally ctest) with every service the suite needs, and stops them afterwards:
#   - a private D-Bus session with gnome-keyring unlocked (Secret Service), keyring files in a temp dir;
#   - a throwaway PostgreSQL server on a free loopback port, run as an unprivileged user.
# Exports HOLDFAST_TEST_POSTGRES_URL and HOLDFAST_TEST_POSTGRES_CTL (a script taking stop|start).
set -euo pipefail

if [ -z "${HOLDFAST_IN_TEST_SESSION:-}" ]; then
    export HOLDFAST_IN_TEST_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

services=$(mktemp -d "${TMPDIR:-/tmp}/holdfast-services.XXXXXX")
chmod 755 "$services"
pgctl_stop() { [ -x "$services/pgctl" ] && "$services/pgctl" stop >/dev/null 2>&1 || true; }
cleanup() { pgctl_stop; [ -n "${keyring_pid:-}" ] && kill "$keyring_pid" 2>/dev/null; rm -rf "$services"; }
trap cleanup EXIT

# --- Secret Service: gnome-keyring with an empty, unlocked login keyring of its own.
mkdir -p "$services/keyring-data" "$services/runtime"
chmod 700 "$services/runtime"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$services/runtime}"
keyring_env=$(printf 'holdfast-test' | XDG_DATA_HOME="$services/keyring-data" gnome-keyring-daemon --unlock --components=secrets)
while IFS= read -r line; do
    case "$line" in *=*) export "${line?}" ;; esac
done <<<"$keyring_env"
keyring_pid=${GNOME_KEYRING_PID:-}
secrets_up=no
for _ in $(seq 50); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; then
        secrets_up=yes
        break
    fi
    sleep 0.1
done
if [ "$secrets_up" = yes ]; then
    echo "with-services: Secret Service (gnome-keyring) on the test D-Bus session"
else
    echo "with-services: gnome-keyring did not register org.freedesktop.secrets; keychain tests will fail" >&2
fi

# --- PostgreSQL: initdb into the temp dir, owned by an unprivileged user when we are root.
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ]; then
    echo "with-services: PostgreSQL server binaries not found (install the postgresql package)" >&2
    exit 1
fi
runas=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$services"
    runas=(runuser -u postgres --)
fi
# Below the kernel's ephemeral range: while a test has PostgreSQL stopped, the many client sockets
# opened meanwhile would otherwise be free to take its port, and the restart could not bind it again.
ephemeral_low=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
[ "${ephemeral_low:-0}" -gt 12000 ] 2>/dev/null || ephemeral_low=32768
port=""
for candidate in $(shuf -i 10000-$((ephemeral_low - 1)) -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
"${runas[@]}" "$pgbin/initdb" -D "$services/pgdata" -A trust -U holdfast --no-sync -E UTF8 >"$services/initdb.log" 2>&1 \
    || { cat "$services/initdb.log" >&2; exit 1; }
cat >"$services/pgctl" <<CTL
#!/usr/bin/env bash
# stop | start the suite's PostgreSQL server
case "\$1" in
  stop)  exec ${runas[*]} "$pgbin/pg_ctl" -D "$services/pgdata" -m fast -w stop ;;
  start) # a few tries: a port still held by a closing socket frees itself within seconds
         for try in 1 2 3 4 5; do
             ${runas[*]} "$pgbin/pg_ctl" -D "$services/pgdata" -l "$services/postgres.log" -w \
                 -o "-p $port -k $services -c listen_addresses=127.0.0.1 -c max_connections=200" start && exit 0
             sleep 1
         done
         exit 1 ;;
esac
CTL
chmod 755 "$services/pgctl"
"$services/pgctl" start >/dev/null || { cat "$services/postgres.log" >&2; exit 1; }
"${runas[@]}" "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U holdfast holdfast_test
export HOLDFAST_TEST_POSTGRES_URL="postgresql://holdfast@127.0.0.1:$port/holdfast_test"
export HOLDFAST_TEST_POSTGRES_CTL="$services/pgctl"
echo "with-services: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

status=0
"$@" || status=$?
exit $status
