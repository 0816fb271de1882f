#!/usr/bin/env bash
# SPEC.md section 6's concurrency target: WRITERS processes write at once, COMMANDS commands each,
# on one database; exits non-zero unless every row landed (and, for czstation, unless no
# "database is locked" reached a user). bench/all.sh times it next
# to the same inserts made by sqlite3 shells with a busy timeout.
#
#   bench/concurrent_writers.sh czstation CZSTATION_BIN DB STATION_CODE WRITERS COMMANDS
#   bench/concurrent_writers.sh sqlite3 DB STATION_ID WRITERS COMMANDS
# The database has the station, open; each writer records COMMANDS items of equipment.
set -euo pipefail
who=$1
shift
work=$(mktemp -d "${TMPDIR:-/tmp}/czstation-writers.XXXXXX")
trap 'rm -rf "$work"' EXIT

case $who in
czstation)
  bin=$1 db=$2 station=$3 writers=$4 commands=$5
  write() {
    "$bin" --db "$db" --as-of 2026-11-28 --quiet register equipment "$station" \
      --kind 并发测试扫码枪 --serial "W$1-$2" --date 2026-03-01
  }
  ;;
sqlite3)
  db=$1 station=$2 writers=$3 commands=$4
  write() {
    sqlite3 "$db" ".timeout 60000" "BEGIN IMMEDIATE; INSERT INTO equipment (station_id, kind, serial, issued_on)
      VALUES ($station, '并发测试扫码枪', 'W$1-$2', '2026-03-01'); COMMIT;" >/dev/null
  }
  ;;
*)
  echo "usage: $0 czstation|sqlite3 ..." >&2
  exit 64
  ;;
esac

for ((w = 1; w <= writers; w++)); do
  (
    failures=0
    for ((i = 1; i <= commands; i++)); do
      write "$w" "$i" 2>>"$work/writer-$w.err" || failures=$((failures + 1))
    done
    echo "$failures" >"$work/writer-$w.failures"
  ) &
done
wait

total=$((writers * commands))
failed=$(cat "$work"/writer-*.failures | awk '{ s += $1 } END { print s }')
landed=$(sqlite3 "$db" "SELECT count(DISTINCT serial) FROM equipment WHERE kind = '并发测试扫码枪'")
status=0
if [ "$failed" -ne 0 ]; then
  echo "$failed of $total commands failed: $(sort "$work"/writer-*.err | uniq -c | head -5)" >&2
  status=1
fi
if [ "$landed" -ne "$total" ]; then
  echo "$landed of $total rows landed" >&2
  status=1
fi
if [ "$who" = czstation ]; then
  if grep -qi "locked" "$work"/writer-*.err; then
    echo "'database is locked' reached a user" >&2
    status=1
  fi
fi
exit "$status"
