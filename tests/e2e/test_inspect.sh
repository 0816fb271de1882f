#!/usr/bin/env bash
# inspect: the county centre's inspections (Art. 10) and monthly stock-takes (Art. 11),
# through the real binary.
. "$(dirname "$0")/lib.sh"

# open_station CODE [NAME TOWNSHIP]: a station open from 2026-02-01.
open_station() {
  ready_station "$@"
  cz register open "$1" --date 2026-02-01
  [ "$RC" -eq 0 ] || bad "could not open $1"
}
open_station CN-KD-001
open_station CN-LP-001 浪坡村电商服务站 浪坡乡
ready_station CN-NEW-001 新站 卡达乡

fixture_done
case_ "add an inspection with a failed item, problems and a follow-up deadline"
cz inspect add CN-KD-001 --date 2026-03-05 --inspector 次仁 --pass all --fail "posters=服务流程未上墙" \
  --note "hygiene=柜台整洁" --problems "服务流程未上墙" --followup-by 2026-03-20
expect_rc 0
expect_out "recorded inspection 1 of CN-KD-001 on 2026-03-05: 1 of 20 items failed"
expect_sql "SELECT inspected_on, inspector, problems, followup_by, followup_on IS NULL FROM inspection" \
  "2026-03-05|次仁|服务流程未上墙|2026-03-20|1"
expect_sql "SELECT count(*), sum(passed) FROM inspection_item WHERE inspection_id = 1" "20|19"
expect_sql "SELECT note FROM inspection_item WHERE item = 'posters'" "服务流程未上墙"
expect_sql "SELECT note FROM inspection_item WHERE item = 'hygiene'" "柜台整洁"
cz inspect add CN-KD-001 --date 2026-03-31 --inspector 次仁 --pass all --format json
expect_rc 0
expect_out '"id":2,"station":"CN-KD-001","inspected_on":"2026-03-31"'
cz inspect add CN-LP-001 --inspector 格桑 --pass all --quiet
expect_rc 0
expect_no_out
expect_sql "SELECT inspected_on FROM inspection WHERE id = 3" "2026-11-28"

then_ "show an inspection with its checklist"
cz inspect show 1
expect_rc 0
expect_out "services and procedures posted on the wall"
expect_out "服务流程未上墙"
cz inspect show 1 --format json
expect_out '"items":[{"item":"area","rule":"R-SITE-AREA","article":"3.1","passed":true,"note":""}'
expect_out '{"item":"posters","rule":"R-SITE-ROOM","article":"3.2(c)","passed":false,"note":"服务流程未上墙"}'
expect_out '{"item":"fees-posted","rule":null,"article":"4.6","passed":true,"note":""}'
cz inspect show 1 --format csv
expect_out "1,CN-KD-001,posters,false,服务流程未上墙"

then_ "list with filters"
cz inspect list --format csv
expect_rc 0
expect_out "id,station,inspected_on,inspector,failed_items,problems,followup_by,followup_on,followup_note"
expect_out "1,CN-KD-001,2026-03-05,次仁,1,服务流程未上墙,2026-03-20,,"
[ "$(wc -l <"$OUT")" -eq 4 ] && ok || bad "expected 3 inspections"
cz inspect list --station CN-LP-001 --format tsv
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "expected one inspection of CN-LP-001"
cz inspect list --period 2026-03 --failed --format csv
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "expected one failed inspection in March"
cz inspect list --followup-open --format csv
expect_out "1,CN-KD-001"
cz inspect list --inspector 格桑 --format csv
expect_out "3,CN-LP-001"

then_ "a follow-up is recorded once"
cz inspect followup 1 --date 2026-03-18 --note 已上墙
expect_rc 0
expect_out "recorded the follow-up of inspection 1 (CN-KD-001) on 2026-03-18"
expect_sql "SELECT followup_on, followup_note FROM inspection WHERE id = 1" "2026-03-18|已上墙"
refuses 65 inspect followup 1 --date 2026-03-19 --note 再次
expect_err "already recorded on 2026-03-18"
refuses 65 inspect followup 2 --date 2026-03-30 --note 早于检查
expect_err "before the inspection on 2026-03-31"
cz inspect list --followup-open --format csv
[ "$(wc -l <"$OUT")" -eq 1 ] && ok || bad "no follow-up should be open"

then_ "monthly coverage shows which stations still need a visit (R-INSPECT-FREQ)"
cz inspect coverage --month 2026-03 --format csv
expect_rc 0
expect_out "station,name,township,status,month,inspections,required,missing,last_inspected_on,stocktake"
expect_out "CN-KD-001,卡达村电商服务站,卡达乡,open,2026-03,2,2,0,2026-03-31,none"
expect_out "CN-LP-001,浪坡村电商服务站,浪坡乡,open,2026-03,0,2,2,,none"
cz inspect coverage --month 2026-03 --due --format csv
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "only CN-LP-001 is due"
expect_out "CN-LP-001"
cz inspect coverage
expect_rc 0
expect_out "2026-11"
cz inspect coverage --month 2026-01 --format csv
[ "$(wc -l <"$OUT")" -eq 1 ] && ok || bad "no station was open in January"
cz inspect coverage --month 2026Q1
expect_rc 64

then_ "bad inspections are refused and change nothing"
refuses 65 inspect add CN-NEW-001 --inspector 次仁 --pass all
expect_err "station CN-NEW-001 has not opened"
expect_hint
refuses 65 inspect add CN-KD-001 --date 2026-01-20 --inspector 次仁 --pass all
expect_err "opened on 2026-02-01"
refuses 65 inspect add CN-KD-001 --inspector 次仁 --pass all --fail "hygeine=脏"
expect_err "there is no inspection checklist item hygeine"
expect_err "did you mean hygiene?"
refuses 65 inspect add CN-KD-001 --inspector 次仁 --pass hygiene
expect_err "does not judge the item area"
refuses 65 inspect add CN-KD-001 --inspector 次仁 --pass all --date 2026-11-29
expect_err "in the future"
refuses 65 inspect add CN-KD-001 --inspector 次仁 --pass all --date 2026-03-10 --followup-by 2026-03-01
expect_err "is before the inspection"
refuses 65 inspect add CN-KD-001 --inspector 次仁 --pass all --followup-by 2026-02-30
expect_err "--followup-by"
refuses 69 inspect add CN-KD-01 --inspector 次仁 --pass all
expect_err "did you mean CN-KD-001?"
refuses 64 inspect add CN-KD-001 --pass all
refuses 69 inspect show 99
refuses 69 inspect followup 99 --note x
refuses 64 inspect show abc

then_ "stock-take: open, count, recount with a reason, close"
cz inspect stocktake open CN-KD-001 --date 2026-03-31 --counter 卓玛
expect_rc 0
expect_out "opened the stock-take of CN-KD-001 for 2026-03, counted on 2026-03-31 by 卓玛"
cz inspect stocktake line CN-KD-001 --month 2026-03 --item 菜籽油5L --unit 桶 --book 20 --counted 18
expect_rc 0
cz inspect stocktake line CN-KD-001 --month 2026-03 --item 大米 --unit kg --book 100.5 --counted 100.5
expect_rc 0
expect_sql "SELECT item, book_centi, counted_centi FROM stocktake_line ORDER BY id" "菜籽油5L|2000|1800
大米|10050|10050"
cz inspect stocktake show CN-KD-001 --month 2026-03 --format csv
expect_out "item,unit,book,counted,difference,reason"
expect_out "菜籽油5L,桶,20.00,18.00,-2.00,"

then_ "closing with an unexplained mismatch is refused, naming the item"
refuses 65 inspect stocktake close CN-KD-001 --month 2026-03 --date 2026-04-01
expect_err "[R-STOCKTAKE, Art. 11] the books and the count of 菜籽油5L differ and no reason is given"
expect_hint
cz inspect stocktake line CN-KD-001 --month 2026-03 --item 菜籽油5L --reason "两桶运输破损，已退回"
expect_rc 0
expect_out "recounted 菜籽油5L"
expect_sql "SELECT unit, book_centi, counted_centi, reason FROM stocktake_line WHERE item = '菜籽油5L'" \
  "桶|2000|1800|两桶运输破损，已退回"
cz inspect stocktake close CN-KD-001 --month 2026-03 --date 2026-04-01
expect_rc 0
expect_out "1 of 2 lines differ from the books, each with its reason"
expect_sql "SELECT closed_on, matched FROM stocktake" "2026-04-01|0"
cz inspect stocktake show CN-KD-001 --month 2026-03 --format json
expect_out '"closed_on":"2026-04-01","matched":false,"items":[{"item":"菜籽油5L","unit":"桶","book":20.00,"counted":18.00,"difference":-2.00,"reason":"两桶运输破损，已退回","matches":false}'

then_ "a matching stock-take, and the lists"
cz inspect stocktake open CN-LP-001 --month 2026-03 --date 2026-04-02 --counter 格桑
expect_rc 0
cz inspect stocktake line CN-LP-001 --month 2026-03 --item 牦牛肉干 --unit 袋 --book 30 --counted 30
cz inspect stocktake close CN-LP-001 --month 2026-03 --date 2026-04-02 --format json
expect_rc 0
expect_out '"matched":true'
cz inspect stocktake list --format csv
expect_out "station,month,counted_on,counter,lines,mismatched,closed_on,matched"
expect_out "CN-KD-001,2026-03,2026-03-31,卓玛,2,1,2026-04-01,false"
expect_out "CN-LP-001,2026-03,2026-04-02,格桑,1,0,2026-04-02,true"
cz inspect stocktake open CN-LP-001 --counter 格桑 --quiet
cz inspect stocktake list --open --format csv
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "one open stock-take"
expect_out "CN-LP-001,2026-11,2026-11-28"
cz inspect stocktake list --station CN-KD-001 --period 2026Q1 --format tsv
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "one stock-take of CN-KD-001 in Q1"
cz inspect coverage --month 2026-03 --format csv
expect_out "CN-KD-001,卡达村电商服务站,卡达乡,open,2026-03,2,2,0,2026-03-31,mismatched"
expect_out "CN-LP-001,浪坡村电商服务站,浪坡乡,open,2026-03,0,2,2,,matched"

then_ "bad stock-takes are refused and change nothing"
refuses 65 inspect stocktake open CN-KD-001 --month 2026-03 --date 2026-04-05 --counter 卓玛
expect_err "already has a stock-take for 2026-03 (counted on 2026-03-31)"
refuses 65 inspect stocktake line CN-LP-001 --item 盐 --book 10 --counted -3
expect_err "cannot be negative"
refuses 65 inspect stocktake line CN-LP-001 --item 盐 --book=-1 --counted 3
refuses 65 inspect stocktake line CN-LP-001 --item 盐 --book 10
expect_err "give both --book and --counted"
refuses 65 inspect stocktake line CN-LP-001 --item 盐 --book 1.234 --counted 1
refuses 65 inspect stocktake line CN-KD-001 --month 2026-03 --item 盐 --book 1 --counted 1
expect_err "was closed on 2026-04-01"
refuses 65 inspect stocktake close CN-KD-001 --month 2026-03
expect_err "was closed"
refuses 65 inspect stocktake close CN-LP-001
expect_err "has no lines"
refuses 69 inspect stocktake show CN-KD-001 --month 2026-05
expect_err "has no stock-take for 2026-05"
refuses 65 inspect stocktake open CN-NEW-001 --counter x
expect_err "has not opened"
refuses 65 inspect stocktake open CN-KD-001 --month 2026-06 --date 2026-05-31 --counter 卓玛
expect_err "before the month begins"
refuses 65 inspect stocktake open CN-KD-001 --month 2026-13 --counter 卓玛
refuses 65 inspect stocktake open CN-KD-001 --month 2026Q2 --counter 卓玛
expect_err "is not a month"

then_ "every record is in the audit log"
cz audit verify
expect_rc 0
expect_sql "SELECT count(*) FROM audit_entry WHERE action LIKE 'oversight.%'" 13

case_ "help lists the subcommands and the checklist"
cz inspect --help
expect_rc 0
expect_out "coverage"
expect_out "stocktake"
cz inspect add --help
expect_out "proxy-purchase-parcels"
expect_out "fees-posted"
cz inspect stocktake --help
expect_out "close"
