#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster for the store's contract tests, with Debian's binaries.
#
#   eval "$(scripts/pg-test.sh start)"   # sets PGTEST_DIR and DATABASE_URL (127.0.0.1, a free port, trust auth)
#   scripts/pg-test.sh stop "$PGTEST_DIR"
#
# initdb refuses to run as root, so as root (CI) the cluster runs as the `postgres` user that Debian's
# package creates. Needs: apt-get install -y postgresql. fsync is off: the data is thrown away.
set -euo pipefail

bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)}"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
      echo "pg-test: no PostgreSQL server binaries under /usr/lib/postgresql (install them: apt-get install -y postgresql)" >&2
      exit 1
    fi
    dir="${2:-$(mktemp -d /tmp/corroborate-pg.XXXXXX)}"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
    if ! as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
      echo "pg-test: initdb failed; see $dir/initdb.log:" >&2
      tail -n 20 "$dir/initdb.log" >&2
      exit 1
    fi
    if ! as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null; then
      echo "pg-test: the server did not start; see $dir/server.log:" >&2
      tail -n 20 "$dir/server.log" >&2 || true
      exit 1
    fi
    echo "export PGTEST_DIR=$dir"
    echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir="${2:?usage: pg-test.sh stop DIR}"
    [ -d "$dir/data" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: scripts/pg-test.sh start [DIR] | stop DIR" >&2
    exit 2
    ;;
esac
