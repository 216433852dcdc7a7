#!/usr/bin/env bash
# Starts (or stops) the servers the store tests need, private to one directory, on loopback only:
# a PostgreSQL cluster (initdb in DIR/pg, run as the postgres user when invoked as root) and a redis-server (DIR/redis).
#   eng/test-services.sh start DIR   prints the environment the tests read: export MLAT_POSTGRES=... MLAT_REDIS=...
#   eng/test-services.sh stop DIR    stops both (safe to call twice)
# Needs Debian's postgresql and redis-server packages. Used by .ci/run; a developer can run it the same way:
#   eval "$(eng/test-services.sh start /tmp/mlat-services)"; dotnet test ...; eng/test-services.sh stop /tmp/mlat-services
set -euo pipefail
action="${1:?start or stop}"
dir="${2:?a directory}"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_owner() {
  # initdb and postgres refuse to run as root: run them as the postgres account Debian's package creates.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for port in $(seq "$1" $(("$1" + 200))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

case "$action" in
  start)
    mkdir -p "$dir"
    chmod 755 "$dir"  # the postgres account must reach its data directory inside
    bin="$(pg_bin)"
    [ -n "$bin" ] || { echo "PostgreSQL is not installed (Debian: postgresql)" >&2; exit 1; }
    command -v redis-server >/dev/null || { echo "redis-server is not installed (Debian: redis-server)" >&2; exit 1; }
    rm -rf "$dir/pg" "$dir/redis"
    mkdir -p "$dir/pg" "$dir/redis"
    [ "$(id -u)" -ne 0 ] || chown postgres "$dir/pg"
    as_owner "$bin/initdb" -D "$dir/pg/data" -U mlat --auth=trust -E UTF8 --no-sync >"$dir/pg/initdb.log" 2>&1 \
      || { cat "$dir/pg/initdb.log" >&2; exit 1; }
    pg_port="$(free_port 55432)"
    # Loopback only, socket in the private directory; fsync off: a test database, stopped cleanly at the end.
    as_owner "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
      -o "-p $pg_port -k $dir/pg -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
      || { cat "$dir/pg/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U mlat mlat
    redis_port="$(free_port 56379)"
    redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --daemonize yes \
      --pidfile "$dir/redis/redis.pid" --logfile "$dir/redis/redis.log" --dir "$dir/redis" >/dev/null
    for _ in $(seq 1 100); do
      if redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null | grep -q PONG; then break; fi
      sleep 0.1
    done
    redis-cli -h 127.0.0.1 -p "$redis_port" ping | grep -q PONG || { cat "$dir/redis/redis.log" >&2; exit 1; }
    echo "export MLAT_POSTGRES='Host=127.0.0.1;Port=$pg_port;Username=mlat;Database=mlat'"
    echo "export MLAT_REDIS='127.0.0.1:$redis_port'"
    ;;
  stop)
    bin="$(pg_bin)"
    if [ -n "$bin" ] && [ -f "$dir/pg/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [ -f "$dir/redis/redis.pid" ]; then
      kill "$(cat "$dir/redis/redis.pid")" 2>/dev/null || true
      rm -f "$dir/redis/redis.pid"
    fi
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
