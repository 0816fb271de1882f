#!/usr/bin/env bash
# assess and close over six quarters, through the real binary: a station that thrives, one that
# falls under 100 records and recovers, one that never recovers and is terminated and closed,
# and one that leaves early (refused, then allowed with a negotiated agreement).
. "$(dirname "$0")/lib.sh"

# The scenario follows the volume rules; the monthly duties (no inspections or posts are
# recorded here) make findings of their own, checked at the end.
V=(--rules "$CZSTATION_SOURCE_DIR/examples/rules.toml")

# services STATION FIRST_DAY N: N convenience services from FIRST_DAY on, one a day.
services() {
  local station=$1 first=$2 n=$3 i
  echo "station,served_on,kind,villager,phone,amount,fee,note"
  for ((i = 0; i < n; i++)); do
    echo "$station,$(date -d "$first + $((i % 85)) days" +%F),electricity,次仁,13900000002,50,0,电费"
  done
}
load() {
  services "$@" >"$T/services.csv"
  AS_OF=2026-12-31 cz import services "$T/services.csv"
  [ "$RC" -eq 0 ] || bad "import of $* failed: $(cat "$ERR")"
}
# findings RULE: "station|period|measured|threshold" of each finding of RULE in the JSON output.
findings() {
  sqlite3 -batch -noheader :memory: "SELECT value->>'station', value->>'period', value->>'measured', value->>'threshold'
    FROM json_each(readfile('$OUT'), '\$.findings') WHERE value->>'rule' = '$1' ORDER BY 1, 2" | tr '\n' ' ' | sed 's/ $//'
}
status_of() { sql "SELECT status FROM station WHERE code = '$1'"; }
# assess_q QUARTER AS_OF: applies the quarter and keeps its JSON as the first run's ($T/first-QUARTER.json).
assess_q() {
  AS_OF=$2 cz "${V[@]}" assess --period "$1" --apply --format json
  cp "$OUT" "$T/first-$1.json"
}
# part FILE PATH: one part of a run's JSON (findings, decisions, judged), as compact JSON.
part() { sqlite3 -batch -noheader :memory: "SELECT json_extract(readfile('$1'), '\$.$2')"; }

# station_opened CODE DATE: a station that applied in December 2024 and opens on DATE.
station_opened() {
  local code=$1 opened=$2
  export AS_OF=$opened
  cz register add --code "$code" --name "$code 服务站" --township 卡达乡 --village 卡达村 --premises village_office \
    --area 45 --population 800 --manager 卓玛 --phone 13900000002 --date 2024-12-01
  cz register check "$code" --date 2024-12-10 --inspector 次仁 --area 45 --premises village_office \
    --population 800 --pass all
  cz register training "$code" --date 2024-12-12 --hours 8 --topic 代购流程
  cz register agreement "$code" --ref "XY-$code" --office-signed 2024-12-15 --committee-signed 2024-12-16
  cz register open "$code" --date "$opened"
  [ "$RC" -eq 0 ] || bad "cannot open $code: $(cat "$ERR")"
  cz register equipment "$code" --kind 电脑 --serial "PC-$code" --date "$opened"
  cz register account "$code" --platform 县电商交易平台 --login "shop-$code" --role 代购代销 --date "$opened"
  unset AS_OF
}
for code in CN-A-001 CN-B-001 CN-C-001; do
  station_opened "$code" 2025-01-01
done

# Records per quarter: A thrives; B falls in 2025Q2 and recovers in Q3; C stays thin.
for q in 2025-01-01 2025-04-01 2025-07-01 2025-10-01 2026-01-01 2026-04-01 2026-07-01; do
  load CN-A-001 "$q" 60
  load CN-C-001 "$q" 20
done
load CN-B-001 2025-01-01 60
load CN-B-001 2025-04-01 30
for q in 2025-07-01 2025-10-01 2026-01-01 2026-04-01 2026-07-01; do load CN-B-001 "$q" 80; done

fixture_done
then_ "a quarter that has not ended is refused unless preliminary, which records nothing"
AS_OF=2025-06-30 refuses 65 "${V[@]}" assess --period 2025Q2 --apply
expect_err "has not ended"
AS_OF=2025-06-30 cz "${V[@]}" assess --period 2025Q2 --preliminary --format json
expect_rc 0
expect_out '"preliminary":true'
expect_sql "SELECT count(*) FROM assessment_run" 0
AS_OF=2025-06-30 refuses 64 "${V[@]}" assess --period 2025Q2 --preliminary --apply
refuses 64 assess --period 2025
refuses 64 assess --period 2025-01-01..2025-03-31
refuses 64 assess

then_ "2025Q2: 90 records in B's half year order rectification; C's 40 too"
assess_q 2025Q2 2025-07-01
expect_rc 0
[ "$(findings R-VOLUME)" = "CN-B-001|2025Q2|90|100 CN-C-001|2025Q2|40|100" ] && ok || bad "R-VOLUME: $(findings R-VOLUME)"
[ "$(status_of CN-B-001)" = rectifying ] && ok || bad "B is $(status_of CN-B-001)"
[ "$(status_of CN-C-001)" = rectifying ] && ok || bad "C is $(status_of CN-C-001)"
[ "$(status_of CN-A-001)" = open ] && ok || bad "A is $(status_of CN-A-001)"
expect_sql "SELECT count(*) FROM rectification WHERE lifted_quarter IS NULL" 2

then_ "applying the same quarter twice records nothing new"
before=$(db_hash)
AS_OF=2025-07-02 cz "${V[@]}" assess --period 2025Q2 --apply --format json
expect_rc 0
expect_out '"applied":true'
expect_out '"applied_as_of":"2025-07-01"'
expect_err "already applied"
[ "$(db_hash)" = "$before" ] && ok || bad "database changed on the second apply"

then_ "the order's reason, recorded under English, reads in Chinese under --lang zh (schema 0019)"
cz --lang zh register show CN-B-001
expect_out "2025Q2 末责令整改（R-VOLUME，第 14.2 条）：半年内台账记录 90 笔"
cz register show CN-B-001
expect_out "rectification ordered at the end of 2025Q2 (R-VOLUME, Art. 14.2): 90 ledger record(s) in the half year"

then_ "a later quarter cannot be applied before the one an open order needs"
AS_OF=2026-01-01 refuses 65 "${V[@]}" assess --period 2025Q4 --apply
expect_err "2025Q3 must be applied first"
expect_err "czstation assess --period 2025Q3 --apply"

then_ "2025Q3: B improves (110) and its order is lifted; C shows no improvement (1)"
assess_q 2025Q3 2025-10-01
[ "$(status_of CN-B-001)" = open ] && ok || bad "B is $(status_of CN-B-001)"
[ "$(status_of CN-C-001)" = rectifying ] && ok || bad "C is $(status_of CN-C-001)"
expect_sql "SELECT lifted_quarter FROM rectification r JOIN station s ON s.id = r.station_id WHERE s.code = 'CN-B-001'" 2025Q3
expect_sql "SELECT quarters_without_improvement FROM rectification r JOIN station s ON s.id = r.station_id WHERE s.code = 'CN-C-001'" 1
[ "$(findings R-TERMINATE-VOLUME)" = "" ] && ok || bad "early termination: $(findings R-TERMINATE-VOLUME)"

then_ "a termination before the station is eligible is refused"
AS_OF=2025-10-02 refuses 65 close decide CN-C-001 --basis low_volume --date 2025-10-02
expect_err "R-TERMINATE-VOLUME"

then_ "2025Q4 and 2026Q1: C shows no improvement at the third quarter end and may be terminated"
assess_q 2025Q4 2026-01-01
[ "$(findings R-TERMINATE-VOLUME)" = "" ] && ok || bad "eligible too soon: $(findings R-TERMINATE-VOLUME)"
assess_q 2026Q1 2026-04-01
[ "$(findings R-TERMINATE-VOLUME)" = "CN-C-001|2026Q1|3|3" ] && ok || bad "R-TERMINATE-VOLUME: $(findings R-TERMINATE-VOLUME)"
[ "$(findings R-VOLUME)" = "CN-C-001|2026Q1|40|100" ] && ok || bad "R-VOLUME: $(findings R-VOLUME)"
expect_out '"eligible_volume_termination":true'

then_ "C is terminated for low volume, recovers everything, and closes"
AS_OF=2026-04-10 cz close decide CN-C-001 --basis low_volume --date 2026-04-10
expect_rc 0
expect_sql "SELECT c.basis, r.period FROM closure c JOIN assessment_run r ON r.id = c.eligibility_run" "low_volume|2026Q1"
AS_OF=2026-04-20 refuses 65 close complete CN-C-001 --date 2026-04-20
expect_err "R-EXIT-RECOVER"
AS_OF=2026-04-20 cz close recover CN-C-001 --all --date 2026-04-20
AS_OF=2026-04-21 cz close complete CN-C-001 --date 2026-04-21
expect_rc 0
[ "$(status_of CN-C-001)" = closed ] && ok || bad "C is $(status_of CN-C-001)"

then_ "a station that opens in 2026 leaves early: refused, then allowed with a negotiated agreement"
station_opened CN-D-001 2026-01-05
AS_OF=2026-05-01 refuses 65 close decide CN-D-001 --basis voluntary --date 2026-05-01
expect_err "R-EXIT-MIN"
AS_OF=2026-05-01 cz close decide CN-D-001 --basis voluntary --agreement XY-D-EXIT --date 2026-05-01
expect_rc 0
expect_sql "SELECT basis FROM closure c JOIN station s ON s.id = c.station_id WHERE s.code = 'CN-D-001'" negotiated

then_ "2026Q2 and Q3: A and B thrive; C and D are no longer judged"
assess_q 2026Q2 2026-07-01
[ "$(findings R-VOLUME)" = "" ] && ok || bad "R-VOLUME: $(findings R-VOLUME)"
expect_out '"stations":4'
assess_q 2026Q3 2026-10-01
[ "$(findings R-VOLUME)" = "" ] && ok || bad "R-VOLUME: $(findings R-VOLUME)"
[ "$(findings R-TERMINATE-VOLUME)" = "" ] && ok || bad "R-TERMINATE-VOLUME: $(findings R-TERMINATE-VOLUME)"
expect_out '"stations":2'

then_ "each applied quarter rerun with the same --as-of prints the first run's JSON byte for byte"
for q in 2025Q2:2025-07-01 2025Q3:2025-10-01 2025Q4:2026-01-01 2026Q1:2026-04-01 2026Q2:2026-07-01 2026Q3:2026-10-01; do
  AS_OF=${q#*:} cz "${V[@]}" assess --period "${q%%:*}" --format json
  cmp -s "$OUT" "$T/first-${q%%:*}.json" && ok || bad "${q%%:*} rerun differs: $(diff "$OUT" "$T/first-${q%%:*}.json" | head -c 600)"
  expect_err "recorded findings and decisions"
done
# The recorded run says which it is; assess show prints it by number, in the same shape.
expect_out '"run":{"id":'
run=$(sql "SELECT id FROM assessment_run WHERE period = '2026Q1'")
AS_OF=2026-04-01 cz "${V[@]}" assess show "$run" --format json
cmp -s "$OUT" "$T/first-2026Q1.json" && ok || bad "assess show $run differs from the first run"
AS_OF=2026-04-01 cz "${V[@]}" assess show "$run" --format csv
expect_out "CN-C-001,2026Q1,R-TERMINATE-VOLUME,14.2,station,3,3,"
refuses 69 assess show 999

then_ "a fresh run of an applied quarter judges the orders as they stood at its end, not today's"
# C was terminated and closed in 2026Q2 and its order is no longer in force today; 2026Q1's
# rerun still follows the order to its third quarter without improvement.
AS_OF=2026-04-01 cz "${V[@]}" assess --period 2026Q1 --preliminary --format json
expect_out '"run":null'
[ "$(part "$OUT" decisions)" = "$(part "$T/first-2026Q1.json" decisions)" ] && ok || bad "fresh 2026Q1 decisions differ from the recorded run"
[ "$(findings R-TERMINATE-VOLUME)" = "CN-C-001|2026Q1|3|3" ] && ok || bad "R-TERMINATE-VOLUME: $(findings R-TERMINATE-VOLUME)"
expect_out '"order_in_force_since":"2025Q2","quarters_without_improvement":3'
# D, registered after 2026Q1 was applied with an opening day in it, is a late record: the fresh
# run judges it, the recorded run did not, and a plain rerun says so.
AS_OF=2026-04-01 cz "${V[@]}" assess --period 2026Q1
expect_err "the records of 2026Q1 have changed since run"
expect_err "CN-D-001 2026Q1 R-CALLBACK: finding added"

then_ "the JSON tells a station not judged from one judged and found fine"
judged() {
  sqlite3 -batch -noheader :memory: "SELECT coalesce(r.value->>'reason', 'judged') FROM json_each(readfile('$1'), '\$.judged') s,
    json_each(s.value, '\$.rules') r WHERE s.value->>'station' = '$2' AND r.value->>'rule' = '$3'"
}
[ "$(judged "$T/first-2026Q2.json" CN-A-001 R-VOLUME)" = judged ] && ok || bad "A is judged by R-VOLUME in 2026Q2"
[ "$(judged "$T/first-2026Q2.json" CN-C-001 R-VOLUME)" = closed ] && ok || bad "C's exit: $(judged "$T/first-2026Q2.json" CN-C-001 R-VOLUME)"
[ "$(judged "$T/first-2026Q2.json" CN-D-001 R-VOLUME)" = closed ] && ok || bad "D's exit"
[ "$(judged "$T/first-2025Q2.json" CN-A-001 R-TERMINATE-VOLUME)" = no_order ] && ok || bad "A had no order"
[ "$(judged "$T/first-2025Q3.json" CN-C-001 R-TERMINATE-VOLUME)" = judged ] && ok || bad "C was under an order in 2025Q3"
AS_OF=2026-02-01 cz "${V[@]}" assess --period 2025Q2 --preliminary --format json
[ "$(judged "$OUT" CN-D-001 R-CALLBACK)" = opened_after_period ] && ok || bad "D opened in 2026: $(judged "$OUT" CN-D-001 R-CALLBACK)"
AS_OF=2025-06-30 cz "${V[@]}" assess --period 2025Q1 --preliminary --format json
[ "$(judged "$OUT" CN-A-001 R-VOLUME)" = not_open_min_months ] && ok || bad "A was open 3 months: $(judged "$OUT" CN-A-001 R-VOLUME)"

then_ "assess history lists the six applied quarters"
cz assess history --format csv
expect_rc 0
expect_out "run,period,kind,as_of,findings"
[ "$(grep -c ',quarter,' "$OUT")" -eq 6 ] && ok || bad "expected 6 quarterly runs"

then_ "--fail-on-findings exits 1 when something was found, 0 otherwise; a quiet run prints nothing"
AS_OF=2026-10-01 cz "${V[@]}" assess --period 2025Q2 --fail-on-findings
expect_rc 1
AS_OF=2026-10-01 cz "${V[@]}" assess --period 2024-11 --fail-on-findings
expect_rc 0
expect_no_out

then_ "the audit chain holds over the whole scenario"
cz audit verify
expect_rc 0

then_ "monthly duties: inspections, posts, stock-takes and callbacks with the default rules"
AS_OF=2026-11-01 cz assess --period 2026-10 --format json
expect_rc 0
[ "$(findings R-INSPECT-FREQ)" = "CN-A-001|2026-10|0|2 CN-B-001|2026-10|0|2" ] && ok || bad "R-INSPECT-FREQ: $(findings R-INSPECT-FREQ)"
[ "$(findings R-POST-QUOTA)" = "CN-A-001|2026-10|0|15 CN-B-001|2026-10|0|15" ] && ok || bad "R-POST-QUOTA: $(findings R-POST-QUOTA)"
[ "$(findings R-STOCKTAKE)" = "CN-A-001|2026-10|0|1 CN-B-001|2026-10|0|1" ] && ok || bad "R-STOCKTAKE: $(findings R-STOCKTAKE)"
sqlite3 -batch :memory: "SELECT value->>'duty' FROM json_each(readfile('$OUT'), '\$.findings') WHERE value->>'rule' = 'R-INSPECT-FREQ' LIMIT 1" >"$T/duty"
[ "$(cat "$T/duty")" = centre ] && ok || bad "R-INSPECT-FREQ is the centre's duty"
AS_OF=2026-11-01 cz assess --period 2026-10
expect_out "county: 6 finding(s) at 2 of 2 station(s) (2 the centre's duty)"
AS_OF=2026-11-01 cz assess --period 2026-10 --format csv
expect_out "station,period,rule,article,duty,measured,threshold,finding"

then_ "report overview: the county at a quarter's end"
cz report overview --period 2025Q3 --format json
expect_rc 0
expect_out '"assessment_applied":true'
expect_out '"stations_open":1,"stations_rectifying":2'
expect_out '"rectifications_ordered":0,"rectifications_lifted":1,"rectifications_in_force":1'
cz report overview --period 2026Q1 --format csv
expect_out "quarter,assessment_applied,audit_anchor,stations_applied,stations_open"
expect_out ",1,0"
cz report overview --period 2026Q1 --format json
expect_out '"eligible_volume_termination":1,"eligible_credit_termination":0'
cz report overview --period 2026Q1
expect_out "eligible for termination: volume"
refuses 64 report overview --period 2026-03
