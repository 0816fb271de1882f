#!/usr/bin/env bash
# report evaluation (Art. 7.2, 10): each station's facts, findings and result for a month or a
# quarter, through the real binary; the scoring of a rules file; bad input changes nothing; an
# applied month keeps its recorded findings.
. "$(dirname "$0")/lib.sh"

# CN-KD-001 operates all of May 2026, CN-LP-001 opens on 2026-05-20 (12 of 31 days).
ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
ready_station CN-LP-001 浪坡村电商服务站 浪坡乡
cz register open CN-LP-001 --date 2026-05-20
cz inspect add CN-KD-001 --date 2026-05-06 --inspector 次仁 --pass all --problems 价目表未更新
cz inspect stocktake open CN-KD-001 --date 2026-05-31 --counter 卓玛
cz inspect stocktake line CN-KD-001 --month 2026-05 --item 大米 --unit kg --book 100 --counted 100
cz inspect stocktake close CN-KD-001 --month 2026-05 --date 2026-05-31
cz parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF1 --recipient 扎西 --phone 13800000001 --at "2026-05-31 23:59"
cz review callback add CN-KD-001 --date 2026-06-12 --caller 拉巴 --reached
[ "$RC" -eq 0 ] && ok || bad "the fixture could not be built: $(cat "$ERR")"
cat >"$T/scored.toml" <<'EOF'
[evaluation]
full_marks = 100

[evaluation.deductions]
R-POST-QUOTA = 10
R-STOCKTAKE = 7.5
R-PICKUP-NOTICE = 5

[evaluation.grades]
excellent = 90
good = 80
pass = 60
EOF
fixture_done

case_ "a month's evaluation for people: one block per station with its facts, findings and result"
cz report evaluation --period 2026-05
expect_rc 0
expect_out "CN-KD-001  卡达村电商服务站  卡达乡  2026-05"
expect_out "2026-05-06 次仁: 价目表未更新"
expect_out "2026-05 closed, books and stock match"
expect_out "2026-05 R-POST-QUOTA (Art. 12, station)"
expect_out "2026-05 R-PICKUP-NOTICE (Art. 5.1, 8, station)"
expect_out "CN-LP-001  浪坡村电商服务站  浪坡乡  2026-05"
expect_out "12 of 31"
[ ! -s "$ERR" ] && ok || bad "stderr should be empty: $(cat "$ERR")"

case_ "JSON: the facts of one station, the findings with their articles, unscored by default"
cz report evaluation --period 2026-05 --station CN-KD-001 --format json
expect_rc 0
jq -e '.period == "2026-05" and .kind == "month" and .scored == false and .recorded_run == null
  and (.stations | length) == 1' "$OUT" >/dev/null && ok || bad "document header"
jq -e '.stations[0] | .operated_days == 31 and .inspections[0].inspector == "次仁"
  and .inspections[0].problems == "价目表未更新" and .stocktakes == [{"month":"2026-05","state":"matched","owed":true}]
  and .late_notices == 1 and .volume == 0 and .callbacks_reached == null' "$OUT" >/dev/null && ok || bad "facts"
jq -e '.stations[0].findings | map(.rule) == ["R-INSPECT-FREQ","R-POST-QUOTA","R-PICKUP-NOTICE"]' "$OUT" >/dev/null \
  && ok || bad "findings"
jq -e '.stations[0].result | .findings == 3 and .score == null and .grade == null' "$OUT" >/dev/null \
  && ok || bad "the result is the findings"

case_ "scored by the rules file: deductions per finding, a grade, in Chinese for people"
cz --rules "$T/scored.toml" report evaluation --period 2026-05 --format json
expect_rc 0
jq -e '.scored and (.stations[0].result | .score == 85.0 and .deducted == 15.0 and .grade == "good")' "$OUT" \
  >/dev/null && ok || bad "CN-KD-001: 100 − 10 − 5"
jq -e '.stations[1].result | .score == 82.5 and .grade == "good"' "$OUT" >/dev/null && ok || bad "CN-LP-001: 100 − 10 − 7.5"
cz --rules "$T/scored.toml" --lang zh report evaluation --period 2026-05 --station CN-KD-001
expect_out "巡检（第 10 条）"
expect_out "85 分（满分 100）：良好"
cz --rules "$T/scored.toml" rules --format csv
expect_out "evaluation.deductions.R-STOCKTAKE,7.5"
expect_out "evaluation.grades.good,80"

case_ "a quarter adds the quarterly rules; CSV is one record per station"
cz report evaluation --period 2026Q2 --format csv --station CN-KD-001
expect_rc 0
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "a header and one record"
expect_out "2026-04=missing;2026-05=matched;2026-06=missing"
grep -q "2026-06 R-STOCKTAKE" "$OUT" && ! grep -q "2026Q2 R-CALLBACK" "$OUT" && ok || bad "the callback reached it"

case_ "a station that did not operate in the period has no evaluation, and stderr says so"
cz report evaluation --period 2026-04 --station CN-LP-001 --format json
expect_rc 0
jq -e '.stations == []' "$OUT" >/dev/null && ok || bad "no station"
expect_err "CN-LP-001 did not operate in 2026-04"
cz report evaluation --period 2026-04 --station CN-LP-001
expect_rc 0
expect_out "no station operated in 2026-04: there is nothing to evaluate"

case_ "an Excel workbook of the evaluation heads its sheets and columns in Chinese and names the grade as the rules file does"
printf '[evaluation.grade_names]\ngood = "良"\n' >>"$T/scored.toml"
cz --rules "$T/scored.toml" --lang zh --format xlsx --output "$T/ev.xlsx" report evaluation --period 2026-05
expect_rc 0
/usr/bin/python3 - "$T/ev.xlsx" >"$T/ev.txt" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(",".join(wb.sheetnames))
ws = wb["考核汇总"]
head = [c.value for c in ws[1]]
row = dict(zip(head, [c.value for c in ws[2]]))
st = dict(zip([c.value for c in wb["盘点"][1]], [c.value for c in wb["盘点"][2]]))
print(head[0], head[5], row["等级"], st["月份"], st["盘点"])
PY
grep -qx "考核汇总,考核发现,巡检,盘点,分类台账,信息发布与平台活跃,取件、收费与宣传" "$T/ev.txt" && ok || bad "the sheets: $(cat "$T/ev.txt")"
grep -qx "期间 营业天数 良 2026-05 已结束，账实相符" "$T/ev.txt" && ok || bad "the sheet reads: $(cat "$T/ev.txt")"

case_ "CSV: the n-th problems belong to the n-th inspection date, an empty entry for an inspection without any"
cz inspect add CN-KD-001 --date 2026-05-20 --inspector 拉巴 --pass all
cz inspect add CN-KD-001 --date 2026-05-27 --inspector 次仁 --pass all --problems 招牌破损
cz report evaluation --period 2026-05 --station CN-KD-001 --format csv
expect_out "2026-05-06;2026-05-20;2026-05-27,次仁;拉巴;次仁,价目表未更新;;招牌破损"

case_ "bad input is refused and changes nothing"
refuses 69 report evaluation --period 2026-05 --station CN-XX-999
refuses 64 report evaluation --period 2026
expect_hint
refuses 64 report evaluation --period 2026-13
refuses 65 report evaluation --period 2026-11
expect_hint
printf '[evaluation]\nfull_marks = 50\n[evaluation.deductions]\nR-CALLBACK = 5\n[evaluation.grades]\npass = 60\n' \
  >"$T/bad.toml"
refuses 78 --rules "$T/bad.toml" report evaluation --period 2026-05
expect_err "bad.toml:4:1: R-CALLBACK is a duty of the centre (Art. 14.2)"
expect_err "bad.toml:6:8: evaluation.grades.pass = 60.0 is more than full marks (50.0)"

case_ "an applied month keeps its recorded findings; a late record changes the facts only"
cz assess --period 2026-05 --apply --quiet
expect_rc 0
cz inspect add CN-KD-001 --date 2026-05-25 --inspector 次仁 --pass all
cz report evaluation --period 2026-05 --station CN-KD-001 --format json
expect_rc 0
jq -e '.recorded_run.id == 1 and .recorded_run.period == "2026-05"' "$OUT" >/dev/null && ok || bad "the recorded run"
jq -e '.stations[0] | (.inspections | length) == 2 and (.findings | map(.rule) | index("R-INSPECT-FREQ")) != null' \
  "$OUT" >/dev/null && ok || bad "the late inspection is a fact; the recorded finding stands"
expect_err "is judged by the applied assessment run 1"

case_ "a recorded finding reads in the reader's language, whichever language applied the run"
cz --lang en assess --period 2026-05 --apply --quiet
expect_rc 0
cz --lang zh report evaluation --period 2026-05 --station CN-KD-001
expect_rc 0
expect_out "条审核通过且不重复的信息（2026-05）；应发布"
if grep -qF "approved, non-duplicate post(s)" "$OUT"; then bad "English in a Chinese sheet"; else ok; fi
cz --lang en assess show 1 --format json
jq -e '[.findings[] | select(.rule == "R-POST-QUOTA")][0].finding | startswith("0 approved, non-duplicate post(s)")' \
  "$OUT" >/dev/null && ok || bad "the English sentence of the same run: $(head -c 300 "$OUT")"
expect_sql "SELECT count(*) = (SELECT count(*) FROM finding) FROM finding_message" 1

then_ "its workbook lists the recorded finding with article and Chinese text, the inspection date as a date, amounts in yuan"
cz order service add --station CN-KD-001 --kind water --villager 扎西 --amount 50.5 --date 2026-05-03
cz --lang zh report evaluation --period 2026-05 --station CN-KD-001 --format xlsx --output "$T/ev.xlsx"
expect_rc 0
/usr/bin/python3 - "$T/ev.xlsx" >"$T/ev.txt" <<'PY' && ok || bad "the workbook: $(cat "$T/ev.txt")"
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
rows = lambda name: [dict(zip([c.value for c in wb[name][1]], [c.value for c in r])) for r in wb[name].iter_rows(min_row=2)]
quota = [r for r in rows("考核发现") if r["规则"] == "R-POST-QUOTA"][0]
assert quota["编号"] == "CN-KD-001" and quota["期间"] == "2026-05" and quota["条款"] == "12", quota
assert quota["实际值"] == 0 and isinstance(quota["标准值"], int) and quota["标准值"] > 0, quota
assert quota["考核发现"].startswith("0 条审核通过且不重复的信息（2026-05）；应发布"), quota
visit = wb["巡检"]["C2"]
assert visit.value == datetime.datetime(2026, 5, 6) and visit.is_date, (visit.value, visit.number_format)
assert wb["巡检"]["E2"].value == "价目表未更新"
service = [r for r in wb["分类台账"].iter_rows(min_row=2) if r[3].value == 1][0]
assert service[4].value == 50.5 and service[4].number_format == "#,##0.00", (service[4].value, service[4].number_format)
PY

finish
