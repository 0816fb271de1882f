#!/usr/bin/env bash
# A bulk import killed with SIGKILL at random points, many times (SPEC.md section 6): the file
# always passes PRAGMA integrity_check and holds all of the import or none of it, and the audit
# log still verifies.
. "$(dirname "$0")/lib.sh"
rounds=${CZSTATION_KILL_ROUNDS:-12}
rows=${CZSTATION_KILL_ROWS:-20000}

ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
expect_rc 0
{
  echo "station,served_on,kind,villager,phone,amount,fee,note"
  for ((i = 0; i < rows; i++)); do
    printf 'CN-KD-001,2026-%02d-%02d,water,卓玛,13900000002,12.50,0,第%d笔\n' $((3 + i % 8)) $((1 + i % 28)) "$i"
  done
} >"$T/services.csv"

# How long a whole import takes here, so the kills land before, during and after the write.
cp "$DB" "$T/base.db"
start=$(date +%s%N)
cz import services "$T/services.csv"
expect_rc 0
full_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect_sql "SELECT count(*) FROM service" "$rows"

case_ "$rounds imports killed at random points"
landed=0
for ((r = 1; r <= rounds; r++)); do
  cp "$T/base.db" "$DB"
  rm -f "$DB-wal" "$DB-shm"
  delay_ms=$(( (RANDOM * 32768 + RANDOM) % (full_ms + full_ms / 4 + 1) ))
  "$CZSTATION_BIN" --db "$DB" --as-of 2026-11-28 --quiet import services "$T/services.csv" >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  check=$(sqlite3 "$DB" "PRAGMA integrity_check")
  [ "$check" = ok ] && ok || bad "round $r (killed after ${delay_ms} ms): integrity_check says $check"
  count=$(sqlite3 "$DB" "SELECT count(*) FROM service")
  { [ "$count" -eq 0 ] || [ "$count" -eq "$rows" ]; } && ok || bad "round $r: $count of $rows rows landed"
  [ "$count" -eq "$rows" ] && landed=$((landed + 1))
  cz audit verify
  expect_rc 0
done
echo "$rounds kills (import takes ${full_ms} ms here): $landed landed whole, $((rounds - landed)) left nothing" >&2
