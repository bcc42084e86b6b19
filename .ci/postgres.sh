#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server tests: `start` prints the URL to export as
# PLANAPP_TEST_PG_URL (socket in a temp folder, no TCP port, fsync off); `stop` removes it.
# Runs the machine's own PostgreSQL as the postgres user (initdb refuses root).
# Usage: eval "$(.ci/postgres.sh start)"; ...; .ci/postgres.sh stop
set -euo pipefail
# One folder per checkout: runs from two clones on one machine never stop each other's.
CHECKOUT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="${PLANAPP_PG_DIR:-/tmp/planapp-ci-pg-$(printf '%s' "$CHECKOUT" | md5sum | cut -c1-10)}"
PORT="${PLANAPP_PG_PORT:-54399}"
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-}" in
start)
    if ! command -v initdb >/dev/null || ! command -v pg_ctl >/dev/null; then
        echo "echo 'PostgreSQL not installed: server tests will be skipped' >&2"
        exit 0
    fi
    "$0" stop  # a cluster left by an interrupted run
    mkdir -p "$STATE"
    [ "$(id -u)" = 0 ] && chown postgres "$STATE"
    as_pg initdb -D "$STATE/data" -A trust -U planapp >"$STATE/initdb.log" 2>&1
    as_pg pg_ctl -D "$STATE/data" -w -l "$STATE/log" \
        -o "-p $PORT -k $STATE -c listen_addresses='' -c fsync=off -c full_page_writes=off" \
        start >/dev/null
    echo "export PLANAPP_TEST_PG_URL='postgresql://planapp@/postgres?host=$STATE&port=$PORT'"
    ;;
stop)
    if [ -d "$STATE/data" ]; then
        as_pg pg_ctl -D "$STATE/data" -m fast stop >/dev/null 2>&1 || true
    fi
    rm -rf "$STATE"
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
