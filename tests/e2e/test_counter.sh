#!/usr/bin/env bash
# A clerk's day at the counter (issue 14): parcels announced by the day and handed over by code
# alone, found by tracking number; bad codes refused with nothing written.
. "$(dirname "$0")/lib.sh"

AS_OF=2026-11-28
ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
ready_station CN-LP-001 浪坡村电商服务站 浪坡乡
cz register open CN-LP-001 --date 2026-02-01
cz parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF1 --recipient 扎西 --phone 13800000001 --at "2026-11-20 09:00"
cz parcel in --station CN-KD-001 --carrier 圆通 --tracking YT2 --recipient 卓玛 --phone 13900000002 --at "2026-11-20 15:30"
cz parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF3 --recipient 次仁 --phone 13700000003 --at "2026-11-21 08:00"
cz parcel in --station CN-LP-001 --carrier 中国邮政 --tracking SF1 --recipient 格桑 --phone 13600000004 --at "2026-11-20 10:00"
[ "$RC" -eq 0 ] && ok || bad "the fixture could not be built: $(cat "$ERR")"
fixture_done
code_of() { sql "SELECT pickup_code FROM parcel WHERE id = $1"; }

case_ "notify announces the day's parcels at the station in one command and prints the notice list"
cz parcel notify --station CN-KD-001 --arrived-on 2026-11-20 --at "2026-11-20 18:00" --format csv
expect_rc 0
expect_out "id,name,pickup_code,carrier,tracking_no"
expect_out "1,扎*,$(code_of 1),顺丰,SF1"
expect_out "2,卓*,$(code_of 2),圆通,YT2"
[ "$(wc -l <"$OUT")" -eq 3 ] && ok || bad "two parcels arrived at CN-KD-001 that day: $(cat "$OUT")"
expect_sql "SELECT id, status, notified_at FROM parcel WHERE notified_at IS NOT NULL ORDER BY id" \
  "1|notified|2026-11-20T18:00:00
2|notified|2026-11-20T18:00:00"
expect_sql "SELECT count(*) FROM audit_entry WHERE action = 'parcel.notify'" 1

then_ "the same day again announces nothing and writes nothing"
before=$(db_hash)
cz parcel notify --station CN-KD-001 --arrived-on 2026-11-20
expect_rc 0
expect_out "no parcel that arrived at CN-KD-001 on 2026-11-20 waits for a notice"
[ "$(db_hash)" = "$before" ] && ok || bad "database changed"

then_ "the code alone finds the parcel at the station"
cz parcel pickup --station CN-KD-001 --code "$(code_of 2)" --at "2026-11-21 10:00"
expect_rc 0
expect_out "parcel 2 picked up"
expect_sql "SELECT status, completed_on FROM parcel WHERE id = 2" "picked_up|2026-11-21"
expect_sql "SELECT count(*) FROM parcel_notice_at_pickup" 0

case_ "a late day's notice warns for each parcel"
cz parcel notify --station CN-KD-001 --arrived-on 2026-11-20 --at "2026-11-22 09:00"
expect_rc 0
[ "$(grep -c R-PICKUP-NOTICE "$ERR")" -eq 2 ] && ok || bad "two late notices: $(cat "$ERR")"

case_ "a pickup with no notice before records the notice at the pickup and flags it"
code=$(code_of 3)
cz parcel pickup --station CN-KD-001 --code "$code" --at "2026-11-23 11:00"
expect_rc 0
expect_out "no notice was recorded before"
expect_err "R-PICKUP-NOTICE"
expect_sql "SELECT status, notified_at, picked_up_at FROM parcel WHERE id = 3" \
  "picked_up|2026-11-23T11:00:00|2026-11-23T11:00:00"
expect_sql "SELECT id, recorded_at FROM parcel_notice_at_pickup" "3|2026-11-23T11:00:00"
cz parcel show 3
expect_out "at the pickup: no notice before"
cz report checks --period 2026-11 --format csv
expect_out "no notice before the pickup"
cz audit verify
expect_rc 0

case_ "find: a tracking number at every carrier and station"
cz parcel find sf1 --format csv
expect_rc 0
expect_out "1,CN-KD-001,in,arrived,顺丰,SF1,扎*"
expect_out "4,CN-LP-001,in,arrived,中国邮政,SF1,格*"
[ "$(wc -l <"$OUT")" -eq 3 ] && ok || bad "two parcels carry SF1"
grep -q "$(code_of 1)" "$OUT" && bad "find printed a pickup code" || ok

case_ "bad input at the counter: nothing written"
refuses 69 parcel pickup --station CN-KD-001 --code 000000
expect_err "no parcel waiting at CN-KD-001 has the pickup code 000000"
lp=$(code_of 4)
if [ -z "$(sql "SELECT 1 FROM parcel WHERE station_id = 1 AND pickup_code = '$lp'")" ]; then
  refuses 65 parcel pickup --station CN-KD-001 --code "$lp"
  expect_err "is for a parcel waiting at CN-LP-001, not at CN-KD-001"
fi
refuses 69 parcel pickup --station CN-XX-001 --code 123456
refuses 64 parcel pickup --code 123456
refuses 64 parcel pickup 1 --station CN-KD-001 --code 123456
refuses 64 parcel notify --station CN-KD-001
refuses 64 parcel notify 1 --station CN-KD-001 --arrived-on 2026-11-20
refuses 65 parcel notify --station CN-KD-001 --arrived-on 2026-11-20 --at "2026-11-19 10:00"
refuses 65 parcel notify --station CN-KD-001 --arrived-on 2026-12-01
refuses 69 parcel find NOSUCH1
refuses 65 parcel find "SF 1"

case_ "a purchase from a paper form in one command, checked as the step commands check it"
cz order purchase add --station CN-KD-001 --villager 卓玛拉姆 --phone 13900000009 --item 电饭锅 --price 199 --date 2026-03-01 \
  --ordered-on 2026-03-01 --platform 淘宝 --order T123 --paid 199 --arrived-at "2026-03-03 10:00" \
  --notified-at "2026-03-03 16:00" --picked-up-on 2026-03-04
expect_rc 0
expect_out "recorded purchase P1"
expect_out "from the form: 4 step(s)"
expect_sql "SELECT status, platform_order, paid_fen, ordered_on, arrived_at, notified_at, picked_up_on, completed_on FROM purchase" \
  "picked_up|T123|19900|2026-03-01|2026-03-03T10:00:00|2026-03-03T16:00:00|2026-03-04|2026-03-04"
expect_sql "SELECT count(*) FROM audit_entry WHERE action = 'purchase.add'" 1

then_ "the same number with or without its letter, in every command and in order show"
cz order show 1 --format json
expect_rc 0
expect_out '"id":1'
cz order show P1 --format json
expect_out '"id":1'
cz order dispute open 1 --kind damaged --description 外包装破损 --date 2026-03-06
expect_rc 0
refuses 64 order show 1
expect_err "could be P1, D1"
cz order show D1
expect_rc 0
refuses 69 order show 99
refuses 64 order show X1

case_ "a paper form whose steps do not hold is refused whole"
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000009 --item 锅 --price 1 --date 2026-03-01 \
  --ordered-on 2026-03-01 --platform 淘宝 --order T1 --paid 1 --picked-up-on 2026-03-04
expect_err "allowed next steps are arrive"
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000009 --item 锅 --price 1 --date 2026-03-05 \
  --ordered-on 2026-03-02 --platform 淘宝 --order T1 --paid 1
refuses 64 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000009 --item 锅 --price 1 --date 2026-03-01 \
  --platform 淘宝 --order T1 --paid 1
refuses 64 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000009 --item 锅 --price 1 --date 2026-03-01 \
  --cancelled-on 2026-03-02
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000009 --item 锅 --price 1 --date 2026-03-01 \
  --ordered-on 2026-03-01 --platform 淘宝 --order T1 --paid 1 --arrived-at 2026-12-01T10:00
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000009 --item 锅 --price 1 --date 2026-01-20 \
  --ordered-on 2026-01-21 --platform 淘宝 --order T1 --paid 1

case_ "a sale from a paper form in one command: contacted, listed and sold, in the ledger on its day"
cz order sale add --station CN-KD-001 --product 牦牛肉干 --category specialty --producer 次仁 --platform 抖音 --date 2026-03-01 \
  --contacted-on 2026-03-02 --listed-on 2026-03-05 --sold-on 2026-03-10 --quantity 12.5 --unit 斤 --amount 1,250 --fee 20
expect_rc 0
expect_out "recorded sale S1"
expect_out "from the form: 3 step(s)"
expect_sql "SELECT status, contacted_on, listed_on, sold_on, quantity_centi, unit, amount_fen, fee_fen, completed_on FROM sale" \
  "sold|2026-03-02|2026-03-05|2026-03-10|1250|斤|125000|2000|2026-03-10"
expect_sql "SELECT count(*) FROM audit_entry WHERE action = 'sale.add'" 1
cz order sale add --station CN-KD-001 --product 青稞 --category farm --producer 卓玛 --platform 淘宝 --date 2026-03-01 \
  --contacted-on 2026-03-02 --listed-on 2026-03-03 --withdrawn-on 2026-03-20 --reason 产量不足
expect_rc 0
expect_sql "SELECT status, withdraw_reason FROM sale WHERE id = 2" "withdrawn|产量不足"

then_ "a sale form whose steps do not hold is refused whole"
refuses 64 order sale add --station CN-KD-001 --product 青稞 --category farm --producer 卓玛 --platform 淘宝 --date 2026-03-01 \
  --contacted-on 2026-03-02 --listed-on 2026-03-03 --sold-on 2026-03-04 --quantity 1
expect_err "--sold-on needs --quantity and --amount"
refuses 64 order sale add --station CN-KD-001 --product 青稞 --category farm --producer 卓玛 --platform 淘宝 --date 2026-03-01 \
  --quantity 1 --amount 5
refuses 64 order sale add --station CN-KD-001 --product 青稞 --category farm --producer 卓玛 --platform 淘宝 --date 2026-03-01 \
  --unit 斤
refuses 64 order sale add --station CN-KD-001 --product 青稞 --category farm --producer 卓玛 --platform 淘宝 --date 2026-03-01 \
  --withdrawn-on 2026-03-04
refuses 65 order sale add --station CN-KD-001 --product 青稞 --category farm --producer 卓玛 --platform 淘宝 --date 2026-03-05 \
  --contacted-on 2026-03-03
refuses 65 order sale add --station CN-KD-001 --product 青稞 --category farm --producer 卓玛 --platform 淘宝 --date 2026-03-01 \
  --contacted-on 2026-03-02 --listed-on 2026-03-03 --sold-on 2026-03-04 --quantity 1 --amount 5 --withdrawn-on 2026-03-05 --reason 无
expect_err "give the steps the paper form shows"
refuses 65 order sale add --station CN-KD-001 --product 青稞 --category farm --producer 卓玛 --platform 淘宝 --date 2026-03-01 \
  --contacted-on 2026-03-02 --listed-on 2026-03-03 --sold-on 2026-12-04 --quantity 1 --amount 5

case_ "parcels from a paper register in one command: the notice and the pickup, or the dispatch"
cz parcel in --station CN-KD-001 --carrier 中通 --tracking ZT9 --recipient 旺堆 --phone 13800000009 --at "2026-11-10 09:00" \
  --notified-at "2026-11-10 11:00" --picked-up-at "2026-11-12 17:30"
expect_rc 0
expect_out "from the register: 2 step(s)"
expect_sql "SELECT status, notified_at, picked_up_at, completed_on FROM parcel WHERE tracking_no = 'ZT9'" \
  "picked_up|2026-11-10T11:00:00|2026-11-12T17:30:00|2026-11-12"
cz parcel in --station CN-KD-001 --carrier 中通 --tracking ZT10 --recipient 旺堆 --phone 13800000009 --at "2026-11-10 09:00" \
  --picked-up-at "2026-11-13 10:00"
expect_rc 0
expect_sql "SELECT notified_at FROM parcel WHERE tracking_no = 'ZT10'" "2026-11-13T10:00:00"
expect_sql "SELECT count(*) FROM parcel_notice_at_pickup" 1
expect_err "R-PICKUP-NOTICE"
expect_err "had no notice before its pickup"
cz parcel out --station CN-KD-001 --carrier 邮政 --tracking EMS1 --sender 旺堆 --destination 拉萨 --date 2026-11-10 \
  --dispatched-on 2026-11-11
expect_rc 0
expect_sql "SELECT status, dispatched_on, completed_on FROM parcel WHERE tracking_no = 'EMS1'" "dispatched|2026-11-11|2026-11-11"
refuses 64 parcel out --station CN-KD-001 --carrier 邮政 --tracking EMS2 --sender 旺堆 --destination 拉萨 --date 2026-11-10 \
  --picked-up-at "2026-11-11 10:00"
refuses 64 parcel in --station CN-KD-001 --carrier 中通 --tracking ZT11 --recipient 旺堆 --phone 13800000009 --at "2026-11-10 09:00" \
  --returned-on 2026-11-20
refuses 65 parcel in --station CN-KD-001 --carrier 中通 --tracking ZT11 --recipient 旺堆 --phone 13800000009 --at "2026-11-10 09:00" \
  --notified-at "2026-11-09 10:00"
refuses 65 parcel in --station CN-KD-001 --carrier 中通 --tracking ZT11 --recipient 旺堆 --phone 13800000009 --at "2026-11-10 09:00" \
  --picked-up-at "2026-11-12 10:00" --returned-on 2026-11-20 --reason 拒收

case_ "register check takes the registered area, premises and population unless the inspector measures otherwise"
cz register add --code CN-NEW-01 --name 新站 --township 卡达乡 --village 新村 --premises convenience_store --area 38.5 \
  --population 650 --manager 拉巴 --phone 13900000007 --date 2026-11-01
cz register check CN-NEW-01 --date 2026-11-03 --inspector 次仁 --pass all
expect_rc 0
expect_sql "SELECT area_centi_m2, premises, population FROM site_check WHERE station_id = 3" "3850|convenience_store|650"
grep -q "measured otherwise" "$OUT" && bad "nothing was measured otherwise" || ok
cz register check CN-NEW-01 --date 2026-11-05 --inspector 次仁 --area 36 --pass all
expect_rc 0
expect_out "area"
expect_out "measured otherwise"
expect_sql "SELECT area_centi_m2, premises, population FROM station WHERE id = 3" "3600|convenience_store|650"
expect_sql "SELECT area_centi_m2 FROM site_check WHERE station_id = 3 ORDER BY id DESC LIMIT 1" 3600
cz register check CN-NEW-01 --date 2026-11-04 --inspector 次仁 --area 50 --pass all
expect_rc 0
expect_sql "SELECT area_centi_m2 FROM station WHERE id = 3" 3600
refuses 64 register check CN-NEW-01 --date 2026-11-05 --inspector 次仁 --premises tent --pass all
refuses 69 register check CN-XX-01 --date 2026-11-05 --inspector 次仁 --pass all
cz audit verify
expect_rc 0

case_ "a month's stock-take from last month's sheet, reasons from the list"
cz inspect stocktake open CN-KD-001 --date 2026-10-31 --counter 卓玛
cz inspect stocktake line CN-KD-001 --month 2026-10 --item 大米 --unit kg --book 100 --counted 99 --reason-kind spoiled --reason 受潮
expect_rc 0
expect_sql "SELECT reason FROM stocktake_line WHERE item = '大米'" "spoiled: 受潮"
cz inspect stocktake line CN-KD-001 --month 2026-10 --item 菜籽油 --unit 桶 --book 20 --counted 20
cz inspect stocktake close CN-KD-001 --month 2026-10 --date 2026-11-01
cz inspect stocktake sheet CN-KD-001 --month 2026-11 --format csv
expect_rc 0
tr -d '\r' <"$OUT" >"$T/sheet.csv" # CSV lines end in CRLF (RFC 4180)
[ "$(cat "$T/sheet.csv")" = "month,item,unit,book,counted,reason,note
2026-11,大米,kg,99.00,,,
2026-11,菜籽油,桶,20.00,,," ] && ok || bad "the sheet carries last month's counts as the books: $(cat "$T/sheet.csv")"
sed -e 's/^2026-11,大米,kg,99.00,,,$/2026-11,大米,kg,99.00,97,other,老鼠咬破/' -e 's/^2026-11,菜籽油,桶,20.00,,,$/2026-11,菜籽油,桶,20.00,20,,/' \
  "$T/sheet.csv" >"$T/filled.csv"
cz inspect stocktake open CN-KD-001 --date 2026-11-27 --counter 卓玛
cz inspect stocktake fill CN-KD-001 --month 2026-11 "$T/filled.csv"
expect_rc 0
expect_out "counted 2 items"
expect_sql "SELECT item, book_centi, counted_centi, reason FROM stocktake_line l JOIN stocktake k ON k.id = l.stocktake_id WHERE k.month = '2026-11' ORDER BY item" \
  "大米|9900|9700|other: 老鼠咬破
菜籽油|2000|2000|"
cz inspect stocktake close CN-KD-001 --month 2026-11 --date 2026-11-28
expect_rc 0
cz audit verify
expect_rc 0

then_ "bad sheets and reasons are refused whole"
cz inspect stocktake open CN-KD-001 --date 2026-11-28 --counter 卓玛 --month 2026-12
sed 's/^2026-11,/2026-10,/' "$T/filled.csv" >"$T/wrong-month.csv"
refuses 65 inspect stocktake fill CN-KD-001 --month 2026-11 "$T/wrong-month.csv"
sed 's/,other,老鼠咬破$/,,/' "$T/filled.csv" >"$T/no-reason.csv"
refuses 65 inspect stocktake fill CN-KD-001 --month 2026-11 "$T/no-reason.csv"
expect_err "give a reason"
sed 's/,other,老鼠咬破$/,other,/' "$T/filled.csv" >"$T/other.csv"
refuses 65 inspect stocktake fill CN-KD-001 --month 2026-11 "$T/other.csv"
expect_err "needs a note"
refuses 66 inspect stocktake fill CN-KD-001 --month 2026-11 "$T/missing.csv"
refuses 69 inspect stocktake sheet CN-KD-001 --month 2026-10
refuses 65 inspect stocktake line CN-KD-001 --month 2026-11 --item 大米 --counted 90 --reason-kind mice
expect_err "unknown reason 'mice'"

case_ "a listed farm product sells many times until it is delisted; the ledger counts each sale"
cz order sale add --station CN-KD-001 --product 错那土豆 --category farm --producer 格桑 --phone 13600000004 --platform 县电商平台 --date 2026-04-01
cz order sale contact S1 --date 2026-04-03
cz order sale list 1 --date 2026-04-05
refuses 65 order sale again S1 --quantity 10 --amount 30 --date 2026-04-06
expect_err "has not sold yet"
cz order sale sell S1 --quantity 500 --unit 斤 --amount 1500 --fee 30 --date 2026-04-20
cz order sale again S1 --quantity 200 --unit 斤 --amount 600 --fee 12 --date 2026-05-02
expect_rc 0
expect_out "2 sales so far"
cz order sale again 1 --quantity 100 --amount 300 --date 2026-05-20 --format json
expect_out '{"sale":"S1","sold_on":"2026-05-20","quantity":100.00,"unit":"斤","amount":300.00,"fee":0.00,"sales":3}'
cz report ledger --period 2026Q2 --format csv
expect_out "2026Q2,station,CN-KD-001,卡达村电商服务站,sale,3,2400.00,42.00"
printf '[fees.sale]\nmax_percent = 1.5\n' >"$T/fees.toml"
cz --rules "$T/fees.toml" report checks --period 2026Q2 --format csv
expect_out "R-FEE,4.6,CN-KD-001,sale,1,S1,2026-04-20,30.00,22.50"
expect_out "R-FEE,4.6,CN-KD-001,sale,1,S1,2026-05-02,12.00,9.00"
[ "$(wc -l <"$OUT")" -eq 3 ] && ok || bad "the first sale and one further sale charge over 1.5%: $(cat "$OUT")"
refuses 65 order sale again S1 --quantity 1 --amount 3 --date 2026-04-19
expect_err "before its first sale"
refuses 65 order sale delist S1 --reason 停产 --date 2026-05-19
cz order sale delist S1 --reason 停产 --date 2026-06-01
expect_rc 0
expect_out "after 3 sales"
expect_sql "SELECT group_concat(unit) FROM sale_repeat" "斤,斤"
cz order show S1 --format json
expect_out '{"at":"2026-05-02","step":"sold_again","detail":"200.00 斤 for 600.00"}'
expect_out '{"at":"2026-06-01","step":"delisted","detail":"停产"}'
cz --lang zh order show S1
expect_out "再次售出"
expect_out "已停售"
refuses 65 order sale again S1 --quantity 1 --amount 3 --date 2026-06-02
expect_err "was delisted on 2026-06-01"
refuses 65 order sale delist S1 --reason 停产 --date 2026-06-03
refuses 69 order sale again S9 --quantity 1 --amount 3
refuses 65 order sale again S1 --quantity 0 --amount 3
cz audit verify
expect_rc 0
