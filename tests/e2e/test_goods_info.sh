#!/usr/bin/env bash
# Goods and information (Art. 8, 9): the goods items of the inspection checklist, disputes by
# kind per station and quarter, and posts rejected as untrue or in non-standard wording.
. "$(dirname "$0")/lib.sh"

open_station() {
  ready_station "$1" "${2:-卡达村电商服务站}" "${3:-卡达乡}"
  cz register open "$1" --date 2026-02-01
  [ "$RC" -eq 0 ] || bad "could not open $1"
}
# purchase STATION DATE: a proxy purchase ordered and arrived on DATE, so any kind of dispute may be opened.
n=0
purchase() {
  n=$((n + 1))
  cz order purchase add --station "$1" --villager 卓玛 --phone 13900000009 --item 酥油 --price 50 --date "$2"
  cz order purchase pay "P$n" --platform 淘宝 --order "T$n" --paid 50 --date "$2"
  cz order purchase arrive "P$n" --at "$2 18:00"
  [ "$RC" -eq 0 ] || bad "could not set up purchase P$n"
}
open_station CN-KD-001
open_station CN-LP-001 浪坡村电商服务站 浪坡乡
purchase CN-KD-001 2026-03-20 # P1
purchase CN-KD-001 2026-03-20 # P2
purchase CN-KD-001 2026-03-20 # P3
purchase CN-LP-001 2026-03-20 # P4
cz order dispute open P1 --kind counterfeit --description 假冒品牌 --date 2026-03-31 # last day of Q1
cz order dispute open P2 --kind 变质 --description 酥油变质 --date 2026-04-01       # first day of Q2
cz order dispute open P3 --kind late --description 到货太慢 --date 2026-06-30       # last day of Q2
cz order dispute open P4 --kind spoiled --description 变质 --date 2026-05-10
[ "$RC" -eq 0 ] || bad "could not open the disputes"
cz review post add CN-KD-001 --date 2026-11-02 --title 新到酥油 --body "本站新到酥油，纯天然无添加，包治百病"
cz review post add CN-KD-001 --date 2026-11-03 --title 新到土豆 --body "土豆便宜卖啦啦啦！！！价格美丽"
cz review post add CN-KD-001 --date 2026-11-04 --title 赌博 --body 违法内容
[ "$RC" -eq 0 ] || bad "could not add the posts"

fixture_done
case_ "the checklist lists the goods items of Art. 8, after the services"
cz inspect add --help
expect_rc 0
expect_out "goods-stored-safely"
expect_out "no-counterfeit-spoiled"
expect_out "goods kept safely against damage and spoilage [8]"

then_ "an inspection fails the goods items; show, JSON and the record sheet carry them with Art. 8"
cz inspect add CN-KD-001 --date 2026-11-05 --inspector 次仁 --pass all --fail "goods-stored-safely=酥油露天堆放" \
  --fail "no-counterfeit-spoiled=货架上有过期酸奶" --problems 商品保管不善
expect_rc 0
expect_out "2 of 20 items failed"
expect_sql "SELECT item, passed, note FROM inspection_item WHERE inspection_id = 1 ORDER BY id DESC LIMIT 2" \
  "no-counterfeit-spoiled|0|货架上有过期酸奶
goods-stored-safely|0|酥油露天堆放"
cz inspect show 1 --format json
expect_out '{"item":"goods-stored-safely","rule":null,"article":"8","passed":false,"note":"酥油露天堆放"}'
expect_out '"not_judged":[]'
cz inspect show 1 --format html
expect_out "酥油露天堆放"
cz inspect list --failed --format csv
expect_out "1,CN-KD-001,2026-11-05,次仁,2,商品保管不善"
LANG=zh_CN.UTF-8 cz inspect show 1
expect_out "商品妥善保管，防止残损变质"
cz audit verify
expect_rc 0

case_ "an inspection recorded before the goods items reads back with them unjudged"
# As the previous version recorded it: every item of the old checklist, none of the goods items.
sql "INSERT INTO inspection (id, station_id, inspected_on, inspector, problems) VALUES (7, 1, '2026-10-08', '拉巴', '');
     INSERT INTO inspection_item (inspection_id, item, passed, note) VALUES (7, 'area', 1, ''), (7, 'hygiene', 0, '脏乱');"
cz inspect show 7
expect_rc 0
expect_out "not on the checklist when this inspection was recorded"
cz inspect show 7 --format json
expect_out '"not_judged":[' # every item the record lacks, the goods items among them
expect_out '"no-counterfeit-spoiled"]}'
cz inspect show 7 --format html
expect_out "not checked"
cz inspect list --period 2026-10 --format csv
expect_out "7,CN-KD-001,2026-10-08,拉巴,1,"

case_ "a goods item misspelt is refused"
refuses 65 inspect add CN-KD-001 --date 2026-11-05 --inspector 次仁 --pass all --fail "goods-stored=堆放"
expect_err "there is no inspection checklist item goods-stored"

case_ "disputes by kind per station and quarter; the quarter's edges count where they fall"
cz report disputes --period 2026 --format csv
expect_rc 0
expect_out "period,level,group,name,counterfeit,spoiled,damaged,late,other,total"
expect_out "2026Q1,station,CN-KD-001,卡达村电商服务站,1,0,0,0,0,1"
expect_out "2026Q2,station,CN-KD-001,卡达村电商服务站,0,1,0,1,0,2"
expect_out "2026Q2,station,CN-LP-001,浪坡村电商服务站,0,1,0,0,0,1"
expect_out "2026Q3,station,CN-KD-001,卡达村电商服务站,0,0,0,0,0,0"
AS_OF=2026-05-01 cz report disputes --period 2026 --format csv
[ "$(grep -c '^2026Q[34]' "$OUT")" -eq 0 ] && ok || bad "quarters to come are left out"
expect_out "2026Q2,station,CN-LP-001"
cz report disputes --period 2026Q2 --by county --format json
expect_out_eq '[{"period":"2026Q2","level":"county","group":"county","name":"the whole county","counterfeit":0,"spoiled":2,"damaged":0,"late":1,"other":0,"total":3}]'
cz report disputes --period 2026Q2 --by township --kind late --format tsv
expect_out "2026Q2	township	卡达乡	卡达乡	0	1	0	1	0	2"
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "only 卡达乡 had a late delivery"
cz report disputes --period 2026-04-01..2026-04-01 --station CN-KD-001 --format csv
expect_out "2026-04-01..2026-04-01,station,CN-KD-001,卡达村电商服务站,0,1,0,0,0,1"
LANG=zh_CN.UTF-8 cz report disputes --period 2026Q2 --kind 变质
expect_out "假冒商品"
expect_out "浪坡村电商服务站"
cz report disputes --period 2026Q2 --format xlsx --output "$T/disputes.xlsx"
expect_rc 0
[ -s "$T/disputes.xlsx" ] && ok || bad "no workbook written"
cz report overview --period 2026Q2 --format json
expect_out '"disputes_counterfeit":0,"disputes_spoiled":2,"disputes_damaged":0,"disputes_late":1,"disputes_other":0}'
cz report overview --period 2026Q2 --format html
expect_out "Purchase disputes opened in the quarter, by kind (Art. 4.3, 8)"

case_ "report disputes refuses an unknown kind, level or period"
refuses 64 report disputes --period 2026Q2 --kind broken
expect_err "counterfeit (假冒)"
refuses 64 report disputes --period 2026Q2 --by village
refuses 64 report disputes --period 2026Q9
refuses 65 report disputes --period 2027Q1
refuses 69 report disputes --period 2026Q2 --station CN-XX-009

case_ "a post rejected as untrue keeps its ground and reason and is no violation"
cz review post reject 1 --date 2026-11-05 --ground untrue --reason "包治百病，虚假宣传"
expect_rc 0
expect_out "rejected post 1 of CN-KD-001 as untrue (Art. 9; not counted as a violation): 包治百病，虚假宣传"
expect_sql "SELECT p.status, p.reason, g.ground FROM post p JOIN post_rejection g ON g.id = p.id WHERE p.id = 1" \
  "rejected|包治百病，虚假宣传|untrue"
cz review post reject 2 --date 2026-11-05 --ground 不规范 --reason 用语不规范
expect_rc 0
cz review post reject 3 --date 2026-11-05 --reason 赌博信息
expect_rc 0
expect_sql "SELECT ground FROM post_rejection WHERE id = 3" "violation"
cz review post list --status rejected --format csv
expect_out ",rejected,,,,2026-11-05,tester,包治百病，虚假宣传,untrue"
expect_out ",rejected,,,,2026-11-05,tester,用语不规范,nonstandard"
expect_out ",rejected,,,,2026-11-05,tester,赌博信息,violation"
LANG=zh_CN.UTF-8 cz review post list --status rejected
expect_out "不实"
cz review post quota --month 2026-11 --format csv
expect_out "CN-KD-001,卡达村电商服务站,2026-11,3,0,15,15,0,0,3,1,3,false"
AS_OF=2026-12-01 cz report evaluation --period 2026-11 --station CN-KD-001 --format json
expect_out '"violations":1,"untrue_posts":1,"nonstandard_posts":1'
AS_OF=2026-12-01 cz report evaluation --period 2026-11 --station CN-KD-001
expect_out "1 as untrue, 1 for non-standard wording (not violations)"
cz audit verify
expect_rc 0

case_ "a rejection with an unknown ground or without a reason is refused"
refuses 64 review post reject 1 --ground false --reason 不实
expect_err "violation (违规), untrue (不实), nonstandard (不规范)"
refuses 65 review post reject 1 --ground untrue
expect_err "what is untrue"

case_ "a database of the previous version migrates to the latest and audit verify holds"
# The previous version (schema 10) had none of 0011..0018: no table of grounds, no index of
# disputes by day, and none of the login days, batches, outreach, register lookups, run rules,
# findings' sentences in both languages, late-notice indexes or audit chunks. The status changes'
# reasons in both languages (0019) stay: the fixture's audit log recorded their rows.
sql "DROP TABLE post_rejection; DROP INDEX dispute_by_opened; DROP TABLE platform_login; DROP TABLE station_batch;
  DROP TABLE outreach; DROP INDEX equipment_by_serial; DROP INDEX platform_account_by_login; DROP TABLE run_rules;
  DROP TABLE finding_message; DROP INDEX purchase_notice_late; DROP INDEX parcel_notice_late;
  DROP TABLE audit_chunk; PRAGMA user_version = 10;"
latest=$(ls "$CZSTATION_SOURCE_DIR"/schemas/[0-9]*.sql | sed 's|.*/0*||; s|_.*||' | sort -n | tail -1)
cz init
expect_rc 0
expect_sql "PRAGMA user_version" "$latest"
cz audit verify
expect_rc 0
cz review post reject 1 --date 2026-11-05 --ground untrue --reason 不实宣传
expect_rc 0
cz review post reject 3 --date 2026-11-05 --reason 赌博信息
AS_OF=2026-12-01 cz report evaluation --period 2026-11 --station CN-KD-001 --format json
expect_out '"violations":1,"untrue_posts":1,"nonstandard_posts":0'
cz audit verify
expect_rc 0
