#!/usr/bin/env bash
# order: proxy purchases, sales, services and disputes through the real binary.
. "$(dirname "$0")/lib.sh"

open_station() {
  ready_station "$1" "${2:-卡达村电商服务站}" "${3:-卡达乡}"
  cz register open "$1" --date 2026-02-01
}
open_station CN-KD-001
ready_station CN-LP-001 浪坡村电商服务站 浪坡乡 # applied, never opened

fixture_done
then_ "a purchase from request to pickup, each step dated"
cz order purchase add --station cn-kd-001 --villager 卓玛拉姆 --phone 13900000009 --item 电饭锅 --price 199 --fee 5 --date 2026-03-01
expect_rc 0
expect_out "recorded purchase P1"
expect_out "卓***"
cz order purchase pay P1 --platform 淘宝 --order T123 --paid 199 --date 2026-03-01
expect_rc 0
cz order purchase arrive 1 --at "2026-03-03 10:00"
expect_rc 0
cz order purchase notify P1 --at 2026-03-03T15:00
expect_rc 0
cz order purchase pickup P1 --date 2026-03-04 --format json
expect_rc 0
expect_out '"status":"picked_up"'
expect_out '"completed_on":"2026-03-04"'
expect_out '"villager":"卓***"'
expect_out '"phone":"139****0009"'
expect_sql "SELECT status, paid_fen, arrived_at, notified_at, completed_on FROM purchase WHERE id = 1" \
  "picked_up|19900|2026-03-03T10:00:00|2026-03-03T15:00:00|2026-03-04"

then_ "show gives the full history, masked"
cz order show P1
expect_rc 0
expect_out "requested"
expect_out "2026-03-03T10:00:00  arrived"
expect_out "picked_up"
expect_out "139****0009"
cz order show p1 --format json
expect_out '"history":[{"at":"2026-03-01","step":"requested"'

then_ "a step out of order is refused, naming the allowed steps"
cz order purchase add --station CN-KD-001 --villager 扎西 --phone 13800000001 --item 化肥 --quantity 2 --price 120 --date 2026-03-02
refuses 65 order purchase pickup P2
expect_err "cannot pickup a purchase that is requested: the allowed next steps are pay, cancel"
expect_hint
refuses 65 order purchase notify P1
expect_err "cannot notify a purchase that is picked_up: the allowed next steps are return, exchange"

then_ "a step dated before the previous one, or in the future, is refused"
refuses 65 order purchase pay P2 --platform 京东 --order J1 --paid 240 --date 2026-03-01
expect_err "before the previous step on 2026-03-02"
refuses 65 order purchase pay P2 --platform 京东 --order J1 --paid 240 --date 2026-12-01
expect_err "is in the future"

then_ "bad amounts are refused with the field named"
for amount in -1 1.234 abc 12,50 1.2E+3; do
  refuses 65 order purchase add --station CN-KD-001 --villager 扎西 --phone 13800000001 --item 化肥 --price "$amount"
  expect_err "--price"
done
refuses 65 order purchase add --station CN-KD-001 --villager 扎西 --phone 1380 --item 化肥 --price 1
expect_err "--phone"

then_ "unknown stations and records are not found (69), with did-you-mean"
refuses 69 order purchase add --station CN-KD-002 --villager 扎西 --phone 13800000001 --item 化肥 --price 1
expect_err "did you mean CN-KD-001?"
refuses 69 order purchase pay P99 --platform 京东 --order J1 --paid 1
expect_err "no purchase P99"
refuses 69 order show S42
refuses 69 order show 42
expect_err "no record 42"
refuses 64 order purchase pay X1 --platform 京东 --order J1 --paid 1

then_ "a station that has not opened, or a day before it opened, takes no records"
refuses 65 order purchase add --station CN-LP-001 --villager 扎西 --phone 13800000001 --item 化肥 --price 1
expect_err "has not opened"
refuses 65 order service add --station CN-KD-001 --kind water --villager 扎西 --amount 50 --date 2026-01-20
expect_err "opened on 2026-02-01"

then_ "a closed station takes no record dated after it closed"
sql "UPDATE station SET status = 'closed', closed_on = '2026-06-30' WHERE code = 'CN-KD-001'"
refuses 65 order service add --station CN-KD-001 --kind water --villager 扎西 --amount 50 --date 2026-07-01
expect_err "closed on 2026-06-30"
refuses 65 order purchase pay P2 --platform 京东 --order J1 --paid 240 --date 2026-07-02
cz order service add --station CN-KD-001 --kind water --villager 扎西 --amount 50 --date 2026-06-01
expect_rc 0
sql "UPDATE station SET status = 'open', closed_on = NULL WHERE code = 'CN-KD-001'"

then_ "return, exchange and cancel, each with a reason"
cz order purchase pay P2 --platform 京东 --order J1 --paid 240 --date 2026-03-02
cz order purchase arrive P2 --at 2026-03-05T09:00
cz order purchase exchange P2 --reason 规格不对 --date 2026-03-06
expect_rc 0
expect_sql "SELECT status, completed_on IS NULL FROM purchase WHERE id = 2" "exchanging|1"
expect_sql "SELECT reason, arrived_at FROM purchase_exchange" "规格不对|2026-03-05T09:00:00"
cz order purchase arrive P2 --at 2026-03-09T09:00
cz order purchase notify P2 --at 2026-03-09T10:00
cz order purchase pickup P2 --date 2026-03-10
cz order purchase return P2 --reason 质量问题 --date 2026-03-12
expect_rc 0
expect_sql "SELECT status, closed_on, close_reason FROM purchase WHERE id = 2" "returned|2026-03-12|质量问题"
cz order show P2
expect_out "exchanged"
expect_out "规格不对"
refuses 64 order purchase cancel P2
cz order purchase add --station CN-KD-001 --villager 次仁 --phone 13700000003 --item 茶叶 --price 80 --date 2026-03-03
cz order purchase cancel P3 --reason 不需要了 --date 2026-03-03
expect_rc 0
refuses 65 order purchase arrive P3

then_ "a late notice is recorded with an R-PICKUP-NOTICE warning"
cz order purchase add --station CN-KD-001 --villager 次仁 --phone 13700000003 --item 茶叶 --price 80 --date 2026-04-01
cz order purchase pay P4 --platform 淘宝 --order T9 --paid 80 --date 2026-04-01
cz order purchase arrive P4 --at 2026-04-02T08:00
cz order purchase notify P4 --at 2026-04-03T09:00
expect_rc 0
expect_err "[R-PICKUP-NOTICE, Art. 5.1, 8]"
expect_err "25 hours"

then_ "a proxy sale from recommendation to sale"
cz order sale add --station CN-KD-001 --product 错那土豆 --category 农产品 --producer 格桑 --phone 13600000004 --platform 县电商平台 --date 2026-04-01
expect_rc 0
expect_out "recorded sale S1"
refuses 65 order sale sell S1 --quantity 500 --unit 斤 --amount 1500
expect_err "allowed next steps are contact, withdraw"
cz order sale contact S1 --date 2026-04-03
cz order sale list S1 --date 2026-04-05
cz order sale sell S1 --quantity 500.5 --unit 斤 --amount 1501.50 --fee 30 --date 2026-04-20 --format csv
expect_rc 0
expect_out ",sold,"
expect_sql "SELECT status, quantity_centi, amount_fen, fee_fen, completed_on FROM sale" "sold|50050|150150|3000|2026-04-20"
refuses 64 order sale add --station CN-KD-001 --product x --category 海鲜 --producer 格桑 --platform p
expect_err "farm (农产品)"
cz order sale add --station CN-KD-001 --product 藏香 --category specialty --producer 格桑 --platform 县电商平台 --date 2026-04-02
cz order sale withdraw S2 --reason 生产者不卖了 --date 2026-04-10
expect_rc 0

then_ "a convenience service is complete when recorded"
cz order service add --station CN-KD-001 --kind 电费 --villager 达瓦 --phone 13500000005 --amount 86.5 --fee 1 --date 2026-04-05
expect_rc 0
expect_out "recorded service C2"
expect_sql "SELECT kind, amount_fen, completed_on FROM service WHERE id = 2" "electricity|8650|2026-04-05"
refuses 64 order service add --station CN-KD-001 --kind 快递 --villager 达瓦
expect_err "water (水费)"

then_ "disputes: opened on a purchase, negotiated or referred, resolved"
refuses 65 order dispute open P3 --kind late --description 一直没到
expect_err "never ordered"
refuses 65 order dispute open P4 --kind damaged --description 破损 --date 2026-04-01
cz order dispute open P4 --kind damaged --description 外包装破损 --date 2026-04-03
expect_rc 0
expect_out "opened dispute D1"
refuses 65 order dispute resolve D1 --outcome 退款
expect_err "allowed next steps are negotiate, refer"
cz order dispute negotiate D1 --date 2026-04-04
cz order dispute refer D1 --department 县市场监督管理局 --date 2026-04-06
cz order dispute resolve D1 --outcome 卖家退款 --date 2026-04-10
expect_rc 0
cz order show D1 --format json
expect_out '"status":"resolved"'
cz order show P4
expect_out "dispute_referred"

then_ "show under --lang zh: a history's kinds and joining words in Chinese, as its fields; JSON keeps the keys"
# english_in_history: the history (after its heading) holds an English kind or joining word.
english_in_history() { sed -n '/历史记录/,$p' "$OUT" | grep -cE ' (at|paid|to|for) |damaged|electricity' >/dev/null; }
cz --lang zh order show D1
expect_out "D1 损坏: 外包装破损"
english_in_history && bad "English in the dispute's history" || ok
cz --lang zh order show P4
expect_out "茶叶 × 1，单价 80.00"
expect_out "淘宝 T9，实付 80.00"
expect_out "D1 损坏: 外包装破损"
english_in_history && bad "English in the purchase's history" || ok
cz --lang zh order show S1
expect_out "错那土豆 推荐至 县电商平台"
expect_out "500.50 斤，金额 1501.50"
english_in_history && bad "English in the sale's history" || ok
cz --lang zh order show C2
expect_out "电费 86.50"
english_in_history && bad "English in the service's history" || ok
cz --lang zh order show D1 --format json
expect_out '"detail":"D1 damaged: 外包装破损"'
cz --lang zh order show C2 --format json
expect_out '"detail":"electricity 86.50"'
cz order show C2
expect_out "electricity 86.50"

then_ "list with filters, masked; search by full phone without revealing"
cz order list --format csv
expect_rc 0
expect_out "ref,kind,station,status,started_on,name,phone,subject,amount,fee,completed_on"
expect_out "P1,purchase,CN-KD-001,picked_up,2026-03-01,卓***,139****0009,电饭锅,199.00,5.00,2026-03-04"
cz order list --phone 13900000009 --format csv
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "expected one purchase for the phone"
expect_out "卓***"
cz order list --kind sale --status sold --format json
expect_out '"ref":"S1"'
cz order list --kind service --period 2026-04 --format tsv
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "expected one service in April"
cz order list --villager 卓玛拉姆
expect_out "P1"
refuses 64 order list --kind parcel
refuses 64 order list --status flying
refuses 64 order list --period 2026-13

then_ "--reveal shows names and phones and writes who revealed what to the audit log"
before=$(sql "SELECT count(*) FROM audit_entry")
cz --reveal --actor 卓嘎 order list --phone 13900000009 --format csv
expect_rc 0
expect_out "卓玛拉姆,13900000009"
expect_sql "SELECT count(*) - $before FROM audit_entry" 1
expect_sql "SELECT actor, action FROM audit_entry ORDER BY id DESC LIMIT 1" "卓嘎|privacy.reveal"
expect_sql "SELECT changes LIKE '%reveal%' FROM audit_entry ORDER BY id DESC LIMIT 1" 1

case_ "the audit log still verifies"
cz audit verify
expect_rc 0

case_ "help texts exist at every level"
for sub in "order" "order purchase" "order purchase add" "order sale sell" "order service add" "order dispute open" "order list" "order show"; do
  cz $sub --help
  expect_rc 0
done
