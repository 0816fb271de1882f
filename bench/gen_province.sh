#!/usr/bin/env bash
# Generates a synthetic province into a new czstation database for timing the assessment
# (SPEC.md section 6): STATIONS stations (default 5,000), all open since the first half of 2024,
# with two years (2025, 2026) of oversight records and ledger: 1,320 ledger records per station,
# 120 at every tenth (thin) station, so 6,000,000 for 5,000 stations. Steps:
#   bench/gen_stations.sh           the stations, opened 2024-02-01 to 2024-05-30
#   (here)                          one station in 500 decided its exit on 2026-05-15; thin
#                                   stations whose id ends in 00 or 50 are under an R-VOLUME
#                                   rectification order (the 00s at their third quarter)
#   bench/oversight/province.sql    inspections, posts, stock-takes, callbacks, credit incidents
#   bench/province_ledger.sql       purchases, sales, services, parcels
#   czstation_bench_log             a genuine audit log of every row written above (bench/audit_log.cpp:
#                                   purchases and parcels as imports, the rest as row images), so that
#                                   `audit verify` passes and `audit` lists a province-sized log
# Rows are written with the sqlite3 shell and then logged; this is for timing, not for use.
# Deterministic for a given STATIONS (but for the entries' times). LOG_BIN names the logging tool
# when it is not in the build tree beside CZSTATION_BIN (BUILD/cmd/czstation, BUILD/bench/...).
# YEARS (default 2) sets the years of history, ending with 2026: the same stations with the same
# records every month, and more months of them before 2026 (the stations open in the year before
# the first, 2024 at the latest), to show whether assessing a quarter slows down as history grows.
#
#   bench/gen_province.sh CZSTATION_BIN DB [STATIONS [YEARS]]
set -euo pipefail
bin=${1:?usage: $0 CZSTATION_BIN DB [STATIONS [YEARS]]}
db=${2:?usage: $0 CZSTATION_BIN DB [STATIONS [YEARS]]}
stations=${3:-5000}
years=${4:-2}
opened=$((2027 - years - 1 < 2024 ? 2027 - years - 1 : 2024)) # the year before history begins, at the latest 2024
here=$(cd "$(dirname "$0")" && pwd)

step() { printf '%s: %s\n' "$(date +%T)" "$1" >&2; }

mkdir -p "$(dirname "$db")"
step "stations ($stations, $years years of history)"
"$here/gen_stations.sh" "$bin" "$db" "$stations" "$opened"

step "exits and rectification orders"
sqlite3 "$db" <<'SQL'
PRAGMA synchronous = OFF;
BEGIN;
INSERT INTO station_event (station_id, happened_on, from_status, to_status, reason)
SELECT id, '2026-05-15', 'open', 'closing', 'voluntary exit (Art. 14.1)' FROM station WHERE id % 500 = 251;
INSERT INTO closure (station_id, basis, decided_on) SELECT id, 'voluntary', '2026-05-15' FROM station WHERE id % 500 = 251;
UPDATE station SET status = 'closing' WHERE id % 500 = 251;

INSERT INTO rectification (station_id, issued_quarter, issued_on, volume, quarters_without_improvement, followed_quarter)
SELECT id, CASE WHEN id % 100 = 0 THEN '2025Q3' ELSE '2025Q4' END, CASE WHEN id % 100 = 0 THEN '2025-10-08' ELSE '2026-01-08' END,
       30, CASE WHEN id % 100 = 0 THEN 2 ELSE 1 END, '2026Q1'
FROM station WHERE id % 50 = 0;
INSERT INTO station_event (station_id, happened_on, from_status, to_status, reason)
SELECT station_id, issued_on, 'open', 'rectifying', 'R-VOLUME rectification ordered' FROM rectification;
UPDATE station SET status = 'rectifying' WHERE id IN (SELECT station_id FROM rectification);
COMMIT;
SQL

step "oversight records"
sqlite3 -cmd ".parameter set @years $years" "$db" <"$here/oversight/province.sql" >/dev/null

step "ledger"
sqlite3 -cmd ".parameter set @years $years" "$db" <"$here/province_ledger.sql"

step "audit log"
"${LOG_BIN:-$(dirname "$bin")/../bench/czstation_bench_log}" "$db"

sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
step "done: $(sqlite3 "$db" "SELECT (SELECT count(*) FROM purchase) + (SELECT count(*) FROM sale) +
  (SELECT count(*) FROM service) + (SELECT count(*) FROM parcel)") ledger records, $(du -h "$db" | cut -f1)"
