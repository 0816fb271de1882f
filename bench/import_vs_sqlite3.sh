#!/usr/bin/env bash
# Times `czstation import purchases` of ROWS generated purchases (default 1,000,000) next to the
# sqlite3 shell's `.import` of the same CSV into a bare table, in one run, and prints both times
# and their ratio (SPEC.md section 6: within 2x). Both start from copies of the same database
# file (the stations, in WAL mode), as SPEC.md asks ("on the same file"); the shell's .import
# into a fresh rollback-journal file is timed too, for reference. Then times one clerk command
# (adding a purchase) on the imported database next to the sqlite3 shell doing the same insert
# on a copy of it, process start included.
#
#   bench/import_vs_sqlite3.sh path/to/czstation [ROWS] [STATIONS]
# Work files go to bench/out/ (kept for inspection, ignored by git).
set -euo pipefail
cz_bin=$(realpath "${1:?usage: $0 path/to/czstation [ROWS] [STATIONS]}")
rows=${2:-1000000}
stations=${3:-50}
here=$(cd "$(dirname "$0")" && pwd)
out=$here/out
mkdir -p "$out"
csv=$out/purchases-$rows.csv
db=$out/bench.db
bare=$out/bare.db
export CZSTATION_ACTOR=bench

if [ ! -s "$csv" ]; then
  "$here/gen_ledger_csv.sh" "$rows" "$stations" >"$csv"
fi

base=$out/base-$stations.db
if [ ! -s "$base" ]; then
  rm -f "$base" "$base"-wal "$base"-shm
  cz() { "$cz_bin" --db "$base" --as-of 2026-11-28 --quiet "$@"; }
  for i in $(seq 1 "$stations"); do
    code=$(printf 'BM-%04d' "$i")
    cz register add --code "$code" --name "基准站$i" --township 基准乡 --village "基准村$i" --premises village_office \
      --area 40 --population 500 --manager 站长 --phone 13900000000 --date 2025-11-01
    cz register check "$code" --date 2025-11-10 --inspector 检查员 --area 40 --premises village_office --population 500 --pass all
    cz register training "$code" --date 2025-11-12 --hours 8 --topic 培训
    cz register agreement "$code" --ref "XY-$code" --office-signed 2025-11-15 --committee-signed 2025-11-15
    cz register open "$code" --date 2025-12-01
  done
fi
rm -f "$db"* "$bare"* "$out/fresh.db"*
cp "$base" "$db"
cp "$base" "$bare"
sync

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
t0=$(now)
"$cz_bin" --db "$db" --as-of 2026-11-28 --quiet import purchases "$csv"
t1=$(now)
sqlite3 "$bare" ".import --csv $csv bare"
t2=$(now)
sqlite3 "$out/fresh.db" ".import --csv $csv bare"
t3=$(now)
imported=$(sqlite3 "$db" "SELECT count(*) FROM purchase")
shelled=$(sqlite3 "$bare" "SELECT count(*) FROM bare")
czs=$(elapsed "$t0" "$t1")
sq=$(elapsed "$t1" "$t2")
fresh=$(elapsed "$t2" "$t3")

# A clerk command on the large database against the same insert by the sqlite3 shell on a copy,
# process start included: 20 of each, so one slow start does not decide it.
cp "$db" "$out/copy.db"
clerks=20
t4=$(now)
for i in $(seq 1 "$clerks"); do
  "$cz_bin" --db "$db" --as-of 2026-11-28 --quiet order purchase add --station BM-0001 --villager 卓玛 \
    --phone 13900000002 --item 电饭锅 --price 199 --date 2026-11-28
done
t5=$(now)
for i in $(seq 1 "$clerks"); do
  sqlite3 "$out/copy.db" "INSERT INTO purchase (station_id, status, requested_on, villager_name, villager_phone,
    item, quantity, price_fen, fee_fen) VALUES (1, 'requested', '2026-11-28', '卓玛', '13900000002', '电饭锅', 1,
    19900, 0);"
done
t6=$(now)
one=$(awk -v a="$t4" -v b="$t5" -v n="$clerks" 'BEGIN { printf "%.4f", (b - a) / n }')
one_sq=$(awk -v a="$t5" -v b="$t6" -v n="$clerks" 'BEGIN { printf "%.4f", (b - a) / n }')
"$cz_bin" --db "$db" audit verify >/dev/null

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf 'rows: %s (czstation) %s (sqlite3)\n' "$imported" "$shelled"
printf 'czstation import purchases: %s s\n' "$czs"
printf 'sqlite3 .import into a bare table of the same database file: %s s (ratio %s, target at most 2)\n' "$sq" "$(ratio "$czs" "$sq")"
printf 'sqlite3 .import into a bare table of a fresh file (rollback journal): %s s (ratio %s)\n' "$fresh" "$(ratio "$czs" "$fresh")"
printf 'one clerk command (order purchase add), mean of %s: %s s; sqlite3 shell insert: %s s (ratio %s)\n' "$clerks" \
  "$one" "$one_sq" "$(ratio "$one" "$one_sq")"
