#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: tests/postgres/cluster.sh start|url|stop
#   start  creates the cluster (installing Debian's postgresql when initdb is missing, as root), starts it and
#          prints its Npgsql connection string; on a cluster already running it only prints the string.
#   url    prints the connection string of the running cluster.
#   stop   stops the cluster and removes its folder; nothing to stop is not an error.
# ASSESSMENT_PG_DIR names the cluster's folder (default /tmp/pg-assessment): one folder, one cluster, so parallel
# test runs each give their own (tests/run makes one with mktemp). ASSESSMENT_PG_PORT is the first port tried
# (default 55432); a port in use is skipped. ASSESSMENT_PG_DURABLE=1 keeps the server's own durability (fsync,
# synchronous_commit, full_page_writes on), as a production server runs: for benchmarks, never needed by the tests. The server listens on 127.0.0.1 only and its socket sits in the folder,
# so it never meets a system cluster (5432, /var/run/postgresql), which this script never starts, stops or changes.
set -euo pipefail

dir=${ASSESSMENT_PG_DIR:-/tmp/pg-assessment}
first_port=${ASSESSMENT_PG_PORT:-55432}
role=assessment_test
password=assessment_test
marker=$dir/.assessment-test-cluster   # stop removes only folders this script made
[[ $first_port =~ ^[0-9]+$ ]] || { echo "ASSESSMENT_PG_PORT must be a port number, not '$first_port'" >&2; exit 2; }

# The server refuses to run as root: as root, its programs run as the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

bin_dir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

install_server() {
  if [ "$(id -u)" != 0 ]; then
    echo "PostgreSQL is not installed: sudo apt-get install -y postgresql" >&2
    return 1
  fi
  echo "installing Debian's postgresql for the PostgreSQL tests" >&2
  # No system cluster: the package would otherwise create one (15/main on 5432) and start it for good.
  if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
  fi
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Options::=--force-confold postgresql >/dev/null
}

url() {
  [ -f "$dir/port" ] || { echo "no test cluster in $dir (run: $0 start)" >&2; return 1; }
  echo "Host=127.0.0.1;Port=$(cat "$dir/port");Username=$role;Password=$password;Database=postgres"
}

running() { [ -f "$dir/port" ] && as_pg "$(bin_dir)/pg_ctl" status -D "$dir/data" >/dev/null 2>&1; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  if [ -f "$marker" ] && running; then url; return 0; fi
  [ -f "$marker" ] && stop   # a folder left by a killed run: start afresh
  bin_dir >/dev/null || install_server
  local bin; bin=$(bin_dir) || { echo "initdb/pg_ctl not found after installing postgresql" >&2; return 1; }

  local port=$first_port
  while ! port_free "$port"; do
    port=$((port + 1))
    [ "$port" -lt $((first_port + 100)) ] || { echo "no free port in $first_port..$((port - 1))" >&2; return 1; }
  done

  mkdir -p "$dir"
  touch "$marker"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  chmod 700 "$dir"
  # Locale C: text sorts by code point, as SQLite's BINARY collation does (docs/postgres.md). The socket is
  # reached by the postgres user only (trust); TCP asks the test role for its password.
  as_pg "$bin/initdb" -D "$dir/data" -U postgres --locale=C --encoding=UTF8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; return 1; }
  # fsync off: a test cluster is thrown away, never recovered after a crash; it makes CREATE DATABASE fast.
  # autovacuum off: its workers run as the superuser, so a test's DROP DATABASE ... WITH (FORCE) (as the test role) is
  # refused with 42501 when one is working in that database at that moment; the tests' databases live seconds.
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off"
  [ "${ASSESSMENT_PG_DURABLE:-0}" = 1 ] && durability=""
  as_pg "$bin/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $durability" \
    >/dev/null || { cat "$dir/server.log" >&2; return 1; }
  echo "$port" >"$dir/port"
  as_pg psql -q -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'" >/dev/null
  url
}

stop() {
  [ -d "$dir" ] || return 0
  rmdir "$dir" 2>/dev/null && return 0   # an empty folder (mktemp's, a start that failed early)
  [ -f "$marker" ] || { echo "$dir was not made by $0; not removing it" >&2; return 1; }
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_pg "$(bin_dir)/pg_ctl" stop -D "$dir/data" -m fast -w >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  url) url ;;
  stop) stop ;;
  *) echo "usage: $0 start|url|stop (ASSESSMENT_PG_DIR, ASSESSMENT_PG_PORT, ASSESSMENT_PG_DURABLE)" >&2; exit 2 ;;
esac
