# Shared by the packaging checks (sourced): counting failures, required tools, plain HTTP on loopback,
# and the port a server says it listens on.

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
need() { command -v "$1" >/dev/null 2>&1 || { echo "FAIL: '$1' is not installed (packaging/bootstrap.sh installs it)" >&2; exit 1; }; }

# http METHOD PORT PATH [BODY] [AUTHORIZATION] -> the answer's status line, headers and body.
# Bash's /dev/tcp: nothing beyond bash is needed on the machine (no curl).
http() {
    local body=${4-} extra=
    [ -z "${5-}" ] || extra="Authorization: $5"$'\r\n'
    exec 3<>"/dev/tcp/127.0.0.1/$2"
    printf '%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n%sContent-Type: %s\r\nContent-Length: %s\r\n\r\n%s' \
        "$1" "$3" "$extra" "${HTTP_CONTENT_TYPE:-application/json}" "${#body}" "$body" >&3
    timeout 10 cat <&3 || true
    exec 3<&-
}

# listening_port FILE SECONDS [PID] -> the port of the "listening on http://127.0.0.1:N" line a
# server prints at start; fails after SECONDS, or as soon as the server PID has ended.
listening_port() {
    local line
    for _ in $(seq 1 $(($2 * 10))); do
        line=$(grep -m1 -o 'listening on http://127\.0\.0\.1:[0-9]*' "$1" 2>/dev/null || true)
        [ -n "$line" ] && { echo "${line##*:}"; return 0; }
        [ -z "${3:-}" ] || kill -0 "$3" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}
