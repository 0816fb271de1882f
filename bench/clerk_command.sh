#!/usr/bin/env bash
# Times a single clerk command on a province-sized database, process start included, next to
# the sqlite3 shell doing the same insert on the same file, and prints the ratio.
#
#   bench/clerk_command.sh CZSTATION_BIN [N_STATIONS] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$1
n=${2:-5000}
runs=${3:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/province.db
"$here/gen_stations.sh" "$bin" "$db" "$n"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { print b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
per_run() { awk -v a="$1" -v n="$2" 'BEGIN { printf "%.2f", a * 1000 / n }'; }

# czstation: register a station (validation, lookup, insert, audit entry, one transaction).
start=$(now)
for ((i = 1; i <= runs; i++)); do
  "$bin" --db "$db" --quiet --as-of 2026-11-28 register add --code "NEW-$i" --name 新站 --township 卡达乡 \
    --village 卡达村 --premises village_office --area 45 --population 800 --manager 卓玛 \
    --phone 13900000002 --date 2026-11-01
done
ours=$(elapsed "$start" "$(now)")

# sqlite3: the same row, in a BEGIN IMMEDIATE transaction, on the same file.
start=$(now)
for ((i = 1; i <= runs; i++)); do
  sqlite3 "$db" "PRAGMA foreign_keys = ON; BEGIN IMMEDIATE;
    INSERT INTO station (code, name, township, village, premises, area_centi_m2, population, manager_name,
      manager_phone, status, applied_on)
    VALUES ('SQL-$i', '新站', '卡达乡', '卡达村', 'village_office', 4500, 800, '卓玛', '13900000002', 'applied',
      '2026-11-01');
    COMMIT;"
done
theirs=$(elapsed "$start" "$(now)")

printf 'clerk command on %d stations, %d runs each\n' "$n" "$runs"
printf '  czstation register add   %8s ms per command\n' "$(per_run "$ours" "$runs")"
printf '  sqlite3 shell INSERT     %8s ms per command\n' "$(per_run "$theirs" "$runs")"
printf '  ratio                    %8s (target: at most 2)\n' "$(ratio "$ours" "$theirs")"
