#!/usr/bin/env bash
# Late records amend an applied quarter: a rerun says what changed and how to amend; the
# amendment supersedes the quarter's run and re-applies every later one in one transaction;
# it never undoes a closure, and says so.
. "$(dirname "$0")/lib.sh"

V=(--rules "$CZSTATION_SOURCE_DIR/examples/rules.toml")

# load STATION FIRST_DAY N: N convenience services from FIRST_DAY on, one a day.
load() {
  local station=$1 first=$2 n=$3 i
  {
    echo "station,served_on,kind,villager,phone,amount,fee,note"
    for ((i = 0; i < n; i++)); do
      echo "$station,$(date -d "$first + $((i % 85)) days" +%F),electricity,次仁,13900000002,50,0,电费"
    done
  } >"$T/services.csv"
  AS_OF=${AS:-2026-04-01} cz import services "$T/services.csv"
  [ "$RC" -eq 0 ] || bad "import of $* failed: $(cat "$ERR")"
}
decision() { # decision FILE STATION KEY: a decision's field in a run's JSON
  sqlite3 -batch -noheader :memory: "SELECT value->>'$3' FROM json_each(readfile('$1'), '\$.decisions') WHERE value->>'station' = '$2'"
}
status_of() { sql "SELECT status FROM station WHERE code = '$1'"; }

for code in CN-A-001 CN-B-001; do
  AS_OF=2025-01-01 cz register add --code "$code" --name "$code 服务站" --township 卡达乡 --village 卡达村 \
    --premises village_office --area 45 --population 800 --manager 卓玛 --phone 13900000002 --date 2024-12-01
  AS_OF=2025-01-01 cz register check "$code" --date 2024-12-10 --inspector 次仁 --area 45 --premises village_office \
    --population 800 --pass all
  AS_OF=2025-01-01 cz register training "$code" --date 2024-12-12 --hours 8 --topic 代购流程
  AS_OF=2025-01-01 cz register agreement "$code" --ref "XY-$code" --office-signed 2024-12-15 --committee-signed 2024-12-16
  AS_OF=2025-01-01 cz register open "$code" --date 2025-01-01
  [ "$RC" -eq 0 ] || bad "cannot open $code: $(cat "$ERR")"
done
# A thrives; B stays thin: ordered at 2025Q2, no improvement at Q3, Q4, 2026Q1 (eligible).
for q in 2025-01-01 2025-04-01 2025-07-01 2025-10-01 2026-01-01; do
  load CN-A-001 "$q" 60
  load CN-B-001 "$q" 30
done
for q in 2025Q2:2025-07-01 2025Q3:2025-10-01 2025Q4:2026-01-01 2026Q1:2026-04-01; do
  AS_OF=${q#*:} cz "${V[@]}" assess --period "${q%%:*}" --apply --format json
  [ "$RC" -eq 0 ] || bad "apply ${q%%:*}: $(cat "$ERR")"
done
[ "$(status_of CN-B-001)" = rectifying ] || bad "B should be rectifying"
fixture_done

case_ "a rerun of an applied quarter says nothing when its records have not changed"
AS_OF=2026-04-02 cz "${V[@]}" assess --period 2025Q2
expect_rc 0
grep -q "have changed" "$ERR" && bad "no record changed" || ok

then_ "a rerun under other rules keeps the run's own: the recorded run, byte for byte, and how the rules differ"
AS_OF=2026-04-02 cz "${V[@]}" assess --period 2025Q2 --format json
cp "$OUT" "$T/own.json"
sed 's/^half_year_threshold = 100$/half_year_threshold = 40/' "$CZSTATION_SOURCE_DIR/examples/rules.toml" >"$T/lower.toml"
AS_OF=2026-04-02 cz --rules "$T/lower.toml" assess --period 2025Q2 --format json
expect_rc 0
cmp -s "$OUT" "$T/own.json" && ok || bad "the recorded run printed differently under other rules"
expect_err "the rules in force differ from those run"
expect_err "volume.half_year_threshold: 100 → 40"
grep -q "have changed" "$ERR" && bad "a rules change is not a records change" || ok
expect_sql "SELECT count(*) FROM run_rules" 4

then_ "an amendment that would decide exactly as recorded records nothing"
before=$(db_hash)
AS_OF=2026-04-02 cz "${V[@]}" assess --period 2025Q2 --apply --amend --reason "checking"
expect_rc 0
expect_err "nothing to amend"
[ "$(db_hash)" = "$before" ] && ok || bad "an amendment that changes nothing changed the database"
AS_OF=2026-04-02 refuses 65 "${V[@]}" assess --period 2025Q2 --apply --amend --reason "   "

then_ "late paper records for 2025Q2: the rerun shows the recorded run, what would change, and the command"
AS=2026-04-05 load CN-B-001 2025-04-01 50
AS_OF=2026-04-06 cz "${V[@]}" assess --period 2025Q2 --format json
expect_rc 0
expect_out '"applied":true'
[ "$(decision "$OUT" CN-B-001 order_rectification)" = 1 ] && ok || bad "the recorded run ordered B"
expect_err "the records of 2025Q2 have changed since run"
expect_err "under the run's own rules a rerun would decide differently"
expect_err "CN-B-001 2025Q2 R-VOLUME: rectification order withdrawn"
expect_err "czstation assess --period 2025Q2 --apply --amend --reason TEXT"

then_ "an amendment needs --apply and a reason"
AS_OF=2026-04-06 refuses 64 "${V[@]}" assess --period 2025Q2 --amend --reason late
AS_OF=2026-04-06 refuses 64 "${V[@]}" assess --period 2025Q2 --apply --amend
AS_OF=2026-04-06 refuses 64 "${V[@]}" assess --period 2025Q2 --apply --reason late
AS_OF=2026-04-06 refuses 69 "${V[@]}" assess --period 2024Q4 --apply --amend --reason late

then_ "the amendment supersedes 2025Q2 and re-applies Q3, Q4 and 2026Q1 in order, printing each difference"
AS_OF=2026-04-06 cz "${V[@]}" assess --period 2025Q2 --apply --amend --reason "late paper records of 卡达村" --format csv
expect_rc 0
expect_out "period,change,station,rule,finding_period,measured"
expect_out "2025Q2,order_withdrawn,CN-B-001,R-VOLUME,,"
expect_out "2025Q2,finding_withdrawn,CN-B-001,R-VOLUME,2025Q2,60"
expect_out "2025Q4,order_issued,CN-B-001,R-VOLUME,,"
expect_out "2026Q1,eligibility_lost,CN-B-001,R-TERMINATE-VOLUME,,"
expect_out "2026Q1,finding_withdrawn,CN-B-001,R-TERMINATE-VOLUME,2026Q1,3"
expect_err "2026Q1: run"
# Every later quarter's recorded decisions follow the amended one.
for q in 2025Q2:2025-07-01 2025Q3:2025-10-01 2025Q4:2026-01-01 2026Q1:2026-04-01; do
  AS_OF=${q#*:} cz "${V[@]}" assess --period "${q%%:*}" --format json
  cp "$OUT" "$T/${q%%:*}.json"
  grep -q "have changed" "$ERR" && bad "${q%%:*} still differs after the amendment" || ok
done
[ "$(decision "$T/2025Q2.json" CN-B-001 order_rectification)" = "" ] && ok || bad "2025Q2 still orders B"
[ "$(decision "$T/2025Q3.json" CN-B-001 under_rectification)" = "" ] && ok || bad "2025Q3 still follows B's order"
[ "$(decision "$T/2025Q4.json" CN-B-001 order_rectification)" = 1 ] && ok || bad "2025Q4 orders B"
[ "$(decision "$T/2026Q1.json" CN-B-001 quarters_without_improvement)" = 1 ] && ok || bad "2026Q1: one quarter without improvement"
[ "$(decision "$T/2026Q1.json" CN-B-001 eligible_volume_termination)" = 0 ] && ok || bad "2026Q1: B is not eligible"
[ "$(status_of CN-B-001)" = rectifying ] && ok || bad "B is $(status_of CN-B-001)"
expect_sql "SELECT count(*) FROM rectification_withdrawal" 1
expect_sql "SELECT issued_quarter, quarters_without_improvement FROM rectification r JOIN station s ON s.id = r.station_id WHERE s.code = 'CN-B-001' AND r.id NOT IN (SELECT id FROM rectification_withdrawal)" "2025Q4|1"

then_ "superseded runs stay in the history, marked, with the reason; the audit chain holds"
cz assess history --format csv
expect_out "run,period,kind,as_of,findings,applied_at,superseded_by,reason"
[ "$(grep -c ',quarter,' "$OUT")" -eq 8 ] && ok || bad "expected 8 quarterly runs: $(cat "$OUT")"
[ "$(grep -c ',late paper records of 卡达村' "$OUT")" -eq 4 ] && ok || bad "4 amending runs carry the reason"
expect_sql "SELECT count(*) FROM run_record WHERE superseded_by IS NOT NULL" 4
old=$(sql "SELECT id FROM run_record WHERE superseded_by IS NOT NULL ORDER BY id LIMIT 1")
AS_OF=2025-07-01 cz "${V[@]}" assess show "$old" --format json
expect_out '"superseded_by":'
expect_err "was superseded by run"
cz audit verify
expect_rc 0

case_ "an amendment that withdraws the eligibility a termination rested on is refused unless confirmed"
AS_OF=2026-04-10 cz close decide CN-B-001 --basis low_volume --date 2026-04-10
expect_rc 0
AS=2026-04-11 load CN-B-001 2025-04-01 50
AS_OF=2026-04-12 refuses 65 "${V[@]}" assess --period 2025Q2 --apply --amend --reason "late records"
expect_err "never undoes a closure"
expect_err "CN-B-001: terminated on the R-TERMINATE-VOLUME eligibility of 2026Q1"
expect_err "--confirm"
AS_OF=2026-04-12 cz "${V[@]}" assess --period 2025Q2 --apply --amend --reason "late records" --confirm --format json
expect_rc 0
expect_out '"closures_at_stake":[{"station":"CN-B-001","period":"2026Q1","rule":"R-TERMINATE-VOLUME"}]'
[ "$(status_of CN-B-001)" = closing ] && ok || bad "the closure was undone: B is $(status_of CN-B-001)"
cz audit verify
expect_rc 0


case_ "an amendment under Chinese reads in English, the English order in Chinese (schema 0019)"
AS=2026-04-05 load CN-B-001 2025-04-01 50
AS_OF=2026-04-06 cz --lang zh "${V[@]}" assess --period 2025Q2 --apply --amend --reason 补录纸质台账 --format json
expect_rc 0
cz --lang en register show CN-B-001
expect_out "rectification ordered at the end of 2025Q2 (R-VOLUME, Art. 14.2): 60 ledger record(s) in the half year"
expect_out "rectification order of 2025Q2 withdrawn by an amendment"
expect_out "rectification ordered at the end of 2025Q4 by an amendment (R-VOLUME, Art. 14.2)"
cz --lang zh register show CN-B-001
expect_out "2025Q2 末责令整改（R-VOLUME，第 14.2 条）：半年内台账记录 60 笔"
expect_out "2025Q2 的整改令因更正而撤回"
grep -q "rectification" "$OUT" && bad "an English reason under --lang zh: $(cat "$OUT")" || ok
cz audit verify
expect_rc 0
