#!/usr/bin/env bash
# Runs bench/all.sh on a 10-station province (and its 4-year twin) with a 2,000-row import and
# 2,000 posts, and checks that it printed every figure (a header and a line per figure, each with
# its numbers, at least the 32 figures of this writing), short figures in 3 rounds to run the
# rounds' code: correctness only, nothing timed.
#   tests/bench_all_small.sh CZSTATION_BIN DB
set -euo pipefail
bin=$1
db=$2
here=$(cd "$(dirname "$0")/.." && pwd)
db4=${db%.db}-4y.db
rm -f "$db" "$db-wal" "$db-shm" "$db4" "$db4-wal" "$db4-shm"
out=$(SHORT_ROUNDS=3 STATIONS=10 ROWS=2000 POSTS=2000 WRITERS=4 COMMANDS=10 DB4=$db4 bash "$here/bench/all.sh" "$bin" "$db")
printf '%s\n' "$out"
lines=$(printf '%s\n' "$out" | wc -l)
complete=$(printf '%s\n' "$out" | awk 'NR > 1 && $NF ~ /^[0-9.]+$/' | wc -l)
[ "$complete" -eq $((lines - 1)) ] && [ "$complete" -ge 32 ] || {
  echo "expected at least 32 figures, each with its peak RSS; got $complete of $((lines - 1)) lines" >&2
  exit 1
}
