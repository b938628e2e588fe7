# Shared by the packaging checks (sourced): counting failures, required tools, plain HTTP on loopback.

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
