#!/usr/bin/env bash
# Runs issue 12's table of targets (SPEC.md section 6) on a generated province: each command next
# to its yardstick in the sqlite3 shell on the same file (for a listing, the same query: see
# bench/listing_sql.cpp), one after the other, and prints one line
# per figure: wall seconds and CPU seconds (user+sys) of both, the ratios, and czstation's peak
# RSS (/usr/bin/time -f %M). The machine may be shared: compare the CPU ratio as well as the wall
# one, and run twice to see the spread. A command under a second is timed SHORT_ROUNDS times
# (default 7), alternating with its yardstick, and its line gives the medians.
#
#   bench/all.sh CZSTATION_BIN DB
# DB is made by bench/gen_province.sh (STATIONS stations, default 5000, 2 years of history) when it
# does not exist; DB4 (default DB's name with -4y) likewise with the same stations and 4 years.
# ROWS (default 1,000,000) sets the size of the import; WRITERS x COMMANDS (default 8 x 1,000)
# the concurrent writers. Commands that write run on a copy.
# Nothing is compared with a target here (the figures are read by people); the ctest test runs it
# on a small province to check that every command works and every figure is printed.
set -euo pipefail
bin=$(realpath "${1:?usage: $0 CZSTATION_BIN DB}")
db=${2:?usage: $0 CZSTATION_BIN DB}
here=$(cd "$(dirname "$0")" && pwd)
rows=${ROWS:-1000000}
work=$(mktemp -d "${TMPDIR:-/tmp}/czstation-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export CZSTATION_ACTOR=bench

if [ ! -s "$db" ]; then
  "$here/gen_province.sh" "$bin" "$db" "${STATIONS:-5000}"
fi
db=$(realpath "$db")
cz=("$bin" --db "$db" --as-of 2026-07-01)

# timed OUT_PREFIX CMD...: runs CMD with stdout to /dev/null (stdin as given) and leaves
# "wall cpu rss_kib" in $OUT_PREFIX.
timed() {
  local prefix=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null || {
    echo "FAILED: $*" >&2
    cat "$work/time" >&2
    return 1
  }
  awk 'END { printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$work/time" >"$prefix"
}

printf '%-44s %8s %8s %8s %8s %7s %7s %9s\n' figure cz_wall sh_wall cz_cpu sh_cpu wall_x cpu_x rss_MiB
# figure NAME SHELL_CMD -- CZ_CMD...: one line of the table (SHELL_CMD is a string for bash -c).
# A command that takes under a second (in that first run, which then counts as a warm-up) is timed
# SHORT_ROUNDS times (default 7), alternating with its yardstick, and each column is the median
# of its rounds: one run of a 0.3 s command at the
# 10 ms resolution of /usr/bin/time swings by a third from run to run. A figure whose commands
# write (each round would add to what the last one wrote) is run with once=1: a single round.
figure() {
  local name=$1 shell=$2
  shift 3
  timed "$work/cz" "$@"
  if [ -z "${once:-}" ] && awk -v w="$(cut -d' ' -f1 "$work/cz")" 'BEGIN { exit !(w < 1) }'; then
    local round
    : >"$work/cz-rounds"
    : >"$work/sh-rounds"
    for ((round = 0; round < ${SHORT_ROUNDS:-7}; round++)); do
      timed "$work/cz" "$@"
      cat "$work/cz" >>"$work/cz-rounds"
      timed "$work/sh" bash -c "$shell"
      cat "$work/sh" >>"$work/sh-rounds"
    done
    medians "$work/cz-rounds" >"$work/cz"
    medians "$work/sh-rounds" >"$work/sh"
    report "$name"
    return
  fi
  versus "$name" "$shell"
}
# medians FILE: of lines "wall cpu rss_kib", the median wall and median CPU, and the largest RSS.
medians() {
  local wall cpu rss
  wall=$(cut -d' ' -f1 "$1" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  cpu=$(cut -d' ' -f2 "$1" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  rss=$(cut -d' ' -f3 "$1" | sort -g | tail -n 1)
  echo "$wall $cpu $rss"
}
# versus NAME SHELL_CMD: the last czstation run timed against SHELL_CMD, one line of the table
# (also a second yardstick for the same run).
versus() {
  timed "$work/sh" bash -c "$2"
  report "$1"
}
# report NAME: one line of the table from the timings in $work/cz and $work/sh.
report() {
  read -r cw cc cr <"$work/cz"
  read -r sw sc _ <"$work/sh"
  awk -v n="$1" -v cw="$cw" -v sw="$sw" -v cc="$cc" -v sc="$sc" -v r="$cr" 'BEGIN {
    printf "%-44s %8.2f %8.2f %8.2f %8.2f %7.2f %7.2f %9.1f\n", n, cw, sw, cc, sc,
      cw / (sw > 0.005 ? sw : 0.005), cc / (sc > 0.005 ? sc : 0.005), r / 1024 }'
}
# memory NAME CMD...: a figure with no yardstick, peak RSS only.
memory() {
  local name=$1
  shift
  timed "$work/cz" "$@"
  read -r cw cc cr <"$work/cz"
  awk -v n="$name" -v cw="$cw" -v cc="$cc" -v r="$cr" 'BEGIN {
    printf "%-44s %8.2f %8s %8.2f %8s %7s %7s %9.1f\n", n, cw, "-", cc, "-", "-", "-", r / 1024 }'
}

# Both sides of every figure read the file from the page cache: the first to touch a cold page
# would pay for reading it from disk (after other work had pushed the province out of the cache,
# verify measured 1.87x where it measures 1.57x warm, and assess 1.36x where it measures 0.67x).
cat "$db" >/dev/null

sq="sqlite3 -readonly '$db'"
figure "audit verify (yardstick: .dump)" "$sq .dump >/dev/null" -- "${cz[@]}" audit verify

station=$(sqlite3 "$db" "SELECT code FROM station ORDER BY id LIMIT 1")
station_id=$(sqlite3 "$db" "SELECT id FROM station ORDER BY id LIMIT 1")
# Each listing's yardstick is the shell running the same query as the command (its SQL, caught
# from the library by czstation_bench_sql, bench/listing_sql.cpp), in the shell's mode for the
# format: what is left is the cost of czstation's reading, formatting and writing.
sql_bin=${SQL_BIN:-$(dirname "$bin")/../bench/czstation_bench_sql}
for listing in order parcel post inspection station items audit audit-changes; do
  "$sql_bin" "$db" "$listing" >"$work/$listing.sql"
done
for listing in order parcel audit; do
  "$sql_bin" "$db" "$listing" "$station_id" >"$work/$listing-station.sql"
done
for format in table json csv; do
  case $format in
  table) mode="" ;;
  json) mode="-json" ;;
  csv) mode="-csv -header" ;;
  esac
  figure "order list --format $format" "$sq $mode <'$work/order.sql' >/dev/null" -- \
    "${cz[@]}" --format "$format" order list
  figure "parcel list --format $format" "$sq $mode <'$work/parcel.sql' >/dev/null" -- \
    "${cz[@]}" --format "$format" parcel list
  figure "review post list --format $format" "$sq $mode <'$work/post.sql' >/dev/null" -- \
    "${cz[@]}" --format "$format" review post list
  figure "inspect list --format $format" "$sq $mode <'$work/inspection.sql' >/dev/null" -- \
    "${cz[@]}" --format "$format" inspect list
  figure "register list --format $format" "$sq $mode <'$work/station.sql' >/dev/null" -- \
    "${cz[@]}" --format "$format" register list
  # A table does not show an entry's changes, so the command does not read them.
  audit_sql=$work/audit-changes.sql
  [ "$format" = table ] && audit_sql=$work/audit.sql
  figure "audit list --format $format" "$sq $mode <'$audit_sql' >/dev/null" -- \
    "${cz[@]}" --format "$format" audit list
done
figure "register items --all" "$sq <'$work/items.sql' >/dev/null" -- "${cz[@]}" register items --all
figure "order list --station (one station)" "$sq <'$work/order-station.sql' >/dev/null" -- \
  "${cz[@]}" order list --station "$station"
figure "parcel list --station (one station)" "$sq <'$work/parcel-station.sql' >/dev/null" -- \
  "${cz[@]}" parcel list --station "$station"
figure "audit list --station (one station)" "$sq <'$work/audit-station.sql' >/dev/null" -- \
  "${cz[@]}" audit list --station "$station"

figure "assess --period 2026Q2 (yardstick: SQL)" "$sq <'$here/assess_2026q2.sql' >/dev/null" -- \
  "${cz[@]}" --format json assess --period 2026Q2
figure "assess (yardstick: quarter's index ranges)" "$sq <'$here/assess_ranges_2026q2.sql' >/dev/null" -- \
  "${cz[@]}" --format json assess --period 2026Q2
# The same stations and quarter with 4 years of history (DB4, made beside DB when missing), timed
# against DB's 2 years: assessing a quarter should not slow down as history grows.
db4=${DB4:-${db%.db}-4y.db}
if [ ! -s "$db4" ]; then
  "$here/gen_province.sh" "$bin" "$db4" "$(sqlite3 "$db" "SELECT count(*) FROM station")" 4
fi
cz4=("$bin" --db "$db4" --as-of 2026-07-01)
"${cz4[@]}" --format json assess --period 2026Q2 >/dev/null # untimed: migrated and in the page cache
figure "assess, 4 years of history (yardstick: 2)" \
  "'$bin' --db '$db' --as-of 2026-07-01 --format json assess --period 2026Q2 >/dev/null" -- \
  "${cz4[@]}" --format json assess --period 2026Q2

# Writes, on copies of the file.
cp "$db" "$work/write.db"
import_stations=$(sqlite3 "$db" "SELECT min(50, count(*)) FROM station WHERE status = 'open'")
"$here/gen_ledger_csv.sh" "$rows" "$import_stations" | sed "s/BM-00\([0-9][0-9]\)/PV-000\1/" >"$work/purchases.csv"
cp "$work/write.db" "$work/bare.db"
once=1 figure "import purchases ($rows rows; .import)" \
  "sqlite3 '$work/bare.db' '.import --csv $work/purchases.csv bare'" -- \
  "$bin" --db "$work/write.db" --as-of 2026-11-28 --quiet import purchases "$work/purchases.csv"
# The same rows put into the purchase table by SQL, from the file staged beforehand (untimed) in a
# database of its own: SQLite's share of the import (the table, its two indexes and CHECKs, the
# commit), the floor under the figure above, which .import into a bare table does not pay.
sqlite3 "$work/stage.db" "CREATE TABLE b (station, requested_on, villager, phone, item, quantity, price, fee,
  platform, platform_order, paid, ordered_on, arrived_at, notified_at, picked_up_on)" \
  ".import --csv --skip 1 $work/purchases.csv b"
cp "$db" "$work/floor.db"
versus "  the same, yardstick: SQL insert of the rows" \
  "sqlite3 '$work/floor.db' \"ATTACH '$work/stage.db' AS s; INSERT INTO purchase (station_id, status, requested_on,
    villager_name, villager_phone, item, quantity, price_fen, fee_fen, platform, platform_order, paid_fen, ordered_on,
    arrived_at, notified_at, picked_up_on, completed_on) SELECT (SELECT id FROM station WHERE code = b.station),
    'picked_up', requested_on, villager, phone, item, quantity, CAST(round(price * 100) AS INTEGER),
    CAST(round(fee * 100) AS INTEGER), platform, platform_order, CAST(round(paid * 100) AS INTEGER), ordered_on,
    replace(arrived_at, ' ', 'T') || ':00', replace(notified_at, ' ', 'T') || ':00', picked_up_on, picked_up_on
    FROM s.b\""
rm -f "$work/floor.db" "$work/stage.db"
# And the shell's own .import of the same rows as they are stored (the import's columns, ids,
# fen and canonical times, taken from the file just written, untimed) into the purchase table of
# a copy of the province: the shell inserting them one statement a row into the same table and
# indexes, without any checking (NULL columns come as empty text). SPEC.md's yardstick (.import
# into a bare table) leaves out what this table and its indexes cost SQLite.
first_new=$(sqlite3 "$db" "SELECT coalesce(max(id), 0) + 1 FROM purchase")
sqlite3 -readonly -csv "$work/write.db" "SELECT * FROM purchase WHERE id >= $first_new ORDER BY id" >"$work/stored.csv"
cp "$db" "$work/same.db"
versus "  the same, yardstick: .import into purchase" \
  "sqlite3 '$work/same.db' '.import --csv $work/stored.csv purchase'"
landed=$(sqlite3 "$work/same.db" "SELECT count(*) FROM purchase WHERE id >= $first_new")
[ "$landed" -eq "$rows" ] || { echo "all.sh: the .import into purchase wrote $landed rows of $rows" >&2; exit 1; }
rm -f "$work/same.db" "$work/stored.csv"
memory "assess --period 2026Q2 --apply" "$bin" --db "$work/write.db" --as-of 2026-07-01 --quiet assess --period 2026Q2 --apply
# Issue 12, audit entries of bounded size: a million posts imported as one command (one audit
# entry, written in chunks), on the copy the verify below then reads.
posts=${POSTS:-1000000}
post_stations=$(sqlite3 "$db" "SELECT min(500, count(*)) FROM station WHERE status = 'open'")
"$here/gen_posts_csv.sh" "$posts" "$post_stations" >"$work/posts.csv"
memory "review post import ($posts posts)" "$bin" --db "$work/write.db" --as-of 2026-07-01 --quiet \
  review post import "$work/posts.csv"
figure "audit verify after the writes (.dump)" "sqlite3 -readonly '$work/write.db' .dump >/dev/null" -- \
  "$bin" --db "$work/write.db" audit verify
# The listing streams an entry's chunks to the output (never the whole entry in one string):
# the yardstick is the shell reading the entries and every chunk.
figure "audit list --format json after the writes" \
  "sqlite3 -readonly -json '$work/write.db' 'SELECT id, at, actor, action, station_code, command, changes, hash FROM audit_entry; SELECT changes FROM audit_chunk' >/dev/null" -- \
  "$bin" --db "$work/write.db" --format json audit list

# SPEC.md section 6: 8 processes writing at once, 1,000 commands each, every row landing.
writers=${WRITERS:-8}
commands=${COMMANDS:-1000}
cp "$db" "$work/writers-cz.db"
cp "$db" "$work/writers-sh.db"
writer_station=$(sqlite3 "$db" "SELECT code || ' ' || id FROM station WHERE status = 'open' ORDER BY id LIMIT 1")
once=1 figure "$writers writers x $commands commands (sqlite3 shells)" \
  "'$here/concurrent_writers.sh' sqlite3 '$work/writers-sh.db' ${writer_station#* } $writers $commands" -- \
  "$here/concurrent_writers.sh" czstation "$bin" "$work/writers-cz.db" "${writer_station% *}" "$writers" "$commands"

# Issue 12: an assessment applied with about 50,000 findings (one audit entry, written in
# chunks): stricter rules than the measures' (3 inspections a month where the province has 2,
# 20 posts a month, every arrival notified within the hour) give 52,083 on 5,000 stations.
cp "$db" "$work/strict.db"
printf '[inspections]\nper_month = 3\n[posts]\nper_month = 20\n[pickup]\nnotice_hours = 1\n' >"$work/strict-rules.toml"
printf 'rules = "%s"\n' "$work/strict-rules.toml" >"$work/strict.toml"
timed "$work/cz" "$bin" --config "$work/strict.toml" --db "$work/strict.db" --as-of 2026-07-01 --quiet \
  assess --period 2026Q2 --apply
read -r cw cc cr <"$work/cz"
findings=$(sqlite3 "$work/strict.db" "SELECT findings FROM assessment_run WHERE period = '2026Q2'")
awk -v n="assess --apply strict ($findings findings)" -v cw="$cw" -v cc="$cc" -v r="$cr" 'BEGIN {
  printf "%-44s %8.2f %8s %8.2f %8s %7s %7s %9.1f\n", n, cw, "-", cc, "-", "-", "-", r / 1024 }'
