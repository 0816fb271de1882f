#!/usr/bin/env bash
# 8 processes write at once (SPEC.md section 6): every row lands, none is lost, no "database is
# locked" reaches a user, and the audit chain stays intact. 150 commands each keep the 8 writers
# in contention for the whole run at a size the sanitised CI build affords (each start costs it
# ~0.1 s of CPU); SPEC's full 8 x 1,000 is timed by bench/all.sh (bench/concurrent_writers.sh),
# and CZSTATION_STRESS_COMMANDS=1000 runs it here.
. "$(dirname "$0")/lib.sh"
writers=${CZSTATION_STRESS_WRITERS:-8}
commands=${CZSTATION_STRESS_COMMANDS:-150}
# The same command runs leak-checked in test_register.sh; checking each of these 1,200 starts
# again would double the test's cost in the sanitised build for nothing new.
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0

ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
expect_rc 0

case_ "$writers writers, $commands commands each"
start=$(date +%s.%N)
for ((w = 1; w <= writers; w++)); do
  (
    failures=0
    for ((i = 1; i <= commands; i++)); do
      "$CZSTATION_BIN" --db "$DB" --as-of 2026-11-28 --quiet register equipment CN-KD-001 \
        --kind 扫码枪 --serial "W$w-$i" --date 2026-03-01 2>>"$T/writer-$w.err" || failures=$((failures + 1))
    done
    echo "$failures" >"$T/writer-$w.failures"
  ) &
done
wait
seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
total=$((writers * commands))
echo "$total commands from $writers writers in $seconds s" >&2

failed=$(cat "$T"/writer-*.failures | awk '{ s += $1 } END { print s }')
[ "$failed" -eq 0 ] && ok || bad "$failed commands failed: $(cat "$T"/writer-*.err | sort | uniq -c | head -5)"
grep -qi "locked" "$T"/writer-*.err && bad "'locked' reached a user" || ok
expect_sql "SELECT count(*) FROM equipment WHERE kind = '扫码枪'" "$total"
expect_sql "SELECT count(DISTINCT serial) FROM equipment WHERE kind = '扫码枪'" "$total"
expect_sql "SELECT count(*) FROM audit_entry WHERE action = 'station.equipment'" "$total"
cz audit verify
expect_rc 0
expect_sql "PRAGMA integrity_check" ok
