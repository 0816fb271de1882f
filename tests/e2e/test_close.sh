#!/usr/bin/env bash
# close: an exit decided, equipment and accounts recovered, the closure completed (Art. 14).
. "$(dirname "$0")/lib.sh"

ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
cz register equipment CN-KD-001 --kind 电脑 --serial PC-1 --date 2026-02-01
cz register account CN-KD-001 --platform 县内容管理平台 --login kd001 --role 发布员 --date 2026-02-01
expect_rc 0

fixture_done
case_ "a voluntary exit before 6 months is refused without a negotiated agreement (R-EXIT-MIN)"
refuses 65 close decide CN-KD-001 --basis voluntary --date 2026-07-31
expect_err "[R-EXIT-MIN, Art. 14.1]"
expect_err "end on 2026-08-01"
expect_hint
refuses 64 close decide CN-KD-001 --basis negotiated --date 2026-07-31
refuses 64 close decide CN-KD-001 --basis holiday

case_ "a termination needs an assessment that found the station eligible, or an override"
refuses 65 close decide CN-KD-001 --basis low_volume --date 2026-07-31
expect_err "R-TERMINATE-VOLUME"
refuses 65 close decide CN-KD-001 --basis bad_credit --date 2026-07-31
expect_err "R-TERMINATE-CREDIT"
refuses 64 close decide CN-KD-001 --basis voluntary --override because

case_ "completing before the exit is decided is refused"
refuses 65 close complete CN-KD-001
expect_err "decide its exit first"

case_ "an early exit with a negotiated agreement is recorded as negotiated"
cz close decide CN-KD-001 --basis voluntary --agreement XY-EXIT-1 --date 2026-07-31
expect_rc 0
expect_sql "SELECT status FROM station" closing
expect_sql "SELECT basis, agreement_ref, decided_on FROM closure" "negotiated|XY-EXIT-1|2026-07-31"
refuses 65 close decide CN-KD-001 --basis voluntary --date 2026-08-02

then_ "a closing station takes no new records"
refuses 65 register equipment CN-KD-001 --kind 打印机 --serial PR-1

then_ "the closure completes only when everything is recovered (R-EXIT-RECOVER)"
refuses 65 close complete CN-KD-001 --date 2026-08-05
expect_err "[R-EXIT-RECOVER, Art. 14.4]"
expect_err "PC-1"
expect_err "kd001"
cz close recover CN-KD-001 --equipment PC-1 --date 2026-08-03
expect_rc 0
refuses 69 close recover CN-KD-001 --equipment PC-9
refuses 65 close recover CN-KD-001 --equipment PC-1
expect_err "already recovered on 2026-08-03"
refuses 64 close recover CN-KD-001
cz close status CN-KD-001 --format csv
expect_rc 0
expect_out "station,status,basis,decided_on,type,item,issued_on,recovered_on"
expect_out "CN-KD-001,closing,negotiated,2026-07-31,equipment,电脑 PC-1,2026-02-01,2026-08-03"
expect_out "CN-KD-001,closing,negotiated,2026-07-31,account,县内容管理平台:kd001,2026-02-01,"
refuses 65 close complete CN-KD-001 --date 2026-08-05
expect_err "kd001"
cz close recover CN-KD-001 --all --date 2026-08-04
expect_rc 0
cz register items --all --format csv
expect_out "CN-KD-001,电脑,PC-1,2026-02-01,2026-08-03,equipment,,exit,,"
expect_out "CN-KD-001,县内容管理平台,kd001,2026-02-01,2026-08-04,account,"
refuses 65 register return CN-KD-001 --login kd001 --date 2026-08-04
refuses 65 close complete CN-KD-001 --date 2026-07-30
cz close complete CN-KD-001 --date 2026-08-05
expect_rc 0
expect_sql "SELECT status, closed_on FROM station" "closed|2026-08-05"
expect_sql "SELECT completed_on FROM closure" "2026-08-05"

then_ "a closed station keeps its history and takes nothing new"
refuses 65 register training CN-KD-001 --date 2026-08-06 --hours 1 --topic x
refuses 65 register update CN-KD-001 --area 50
refuses 65 close decide CN-KD-001 --basis voluntary
cz register show CN-KD-001 --format json
expect_out '"status":"closed"'
expect_out '"to":"closing"'
cz audit verify
expect_rc 0

case_ "a closing station takes no new ledger records, inspections or posts, but finishes what is in flight"
cz order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item 电饭锅 --price 199 --date 2026-07-01
cz order purchase pay P1 --platform 淘宝 --order T1 --paid 199 --date 2026-07-01
cz order purchase arrive P1 --at 2026-07-28T10:00
cz parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF9 --recipient 扎西 --phone 13800000001 --at 2026-07-29T09:00
code=$(sqlite3 "$DB" "SELECT pickup_code FROM parcel WHERE tracking_no = 'SF9'")
cz close decide CN-KD-001 --basis voluntary --agreement XY-EXIT-1 --date 2026-07-31
expect_rc 0
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item 茶叶 --price 9 --date 2026-08-01
expect_err "its exit was decided on 2026-07-31"
refuses 65 order service add --station CN-KD-001 --kind water --villager 达瓦 --amount 50 --date 2026-08-01
refuses 65 order sale add --station CN-KD-001 --product 土豆 --category farm --producer 格桑 --platform 县平台 --date 2026-08-01
refuses 65 parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF10 --recipient 扎西 --phone 13800000001 --at 2026-08-01T09:00
refuses 65 parcel out --station CN-KD-001 --carrier 顺丰 --tracking SF11 --sender 扎西 --destination 拉萨 --date 2026-08-01
refuses 65 inspect add CN-KD-001 --date 2026-08-01 --inspector 次仁 --pass all
refuses 65 review post add CN-KD-001 --date 2026-08-01 --title 新到 --body 新到土豆
# A late paper record dated while the station was still open is taken.
cz order service add --station CN-KD-001 --kind water --villager 达瓦 --amount 50 --date 2026-07-30
expect_rc 0
# A listed product does not sell at a station whose exit is decided: a sale is a new record.
cz order sale add --station CN-KD-001 --product 土豆 --category farm --producer 格桑 --platform 县平台 --date 2026-07-01 \
  --contacted-on 2026-07-02 --listed-on 2026-07-03
expect_rc 0
refuses 65 order sale sell S1 --quantity 1 --amount 10 --date 2026-08-01
expect_err "its exit was decided on 2026-07-31"
refuses 65 order sale add --station CN-KD-001 --product 青稞 --category farm --producer 格桑 --platform 县平台 --date 2026-07-01 \
  --contacted-on 2026-07-02 --listed-on 2026-07-03 --sold-on 2026-08-01 --quantity 1 --amount 10
cz order sale sell S1 --quantity 1 --amount 10 --date 2026-07-30
expect_rc 0
# A late paper parcel or purchase is taken only settled: nothing new may wait at a leaving station.
refuses 65 parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF12 --recipient 扎西 --phone 13800000001 --at 2026-07-30T09:00
expect_err "R-EXIT-WAITING"
expect_err "would stay arrived there"
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item 茶叶 --price 9 --date 2026-07-01 \
  --ordered-on 2026-07-01 --platform 淘宝 --order T9 --paid 9 --arrived-at 2026-07-03T10:00
cz parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF12 --recipient 扎西 --phone 13800000001 --at 2026-07-30T09:00 \
  --picked-up-at 2026-07-30T11:00
expect_rc 0
then_ "the closure waits for a villager's goods and parcel still at the station (R-EXIT-WAITING)"
cz close recover CN-KD-001 --all --date 2026-08-02
expect_rc 0
refuses 65 close complete CN-KD-001 --date 2026-08-03
expect_err "[R-EXIT-WAITING, Art. 5.1, 14.4] purchase P1 has been waiting at the station since 2026-07-28T10:00:00"
expect_err "parcel 1 has been waiting"
cz order purchase notify P1 --at 2026-08-02T09:00
cz order purchase pickup P1 --date 2026-08-02
expect_rc 0
cz parcel notify 1 --at 2026-08-02T09:00
cz parcel pickup 1 --code "$code" --at 2026-08-02T10:00
expect_rc 0
cz close complete CN-KD-001 --date 2026-08-03
expect_rc 0
expect_sql "SELECT status FROM station" closed

case_ "a termination with an override is written to the audit log"
ready_station CN-KD-002
cz register open CN-KD-002 --date 2026-02-01
cz close decide CN-KD-002 --basis low_volume --override "村委会申请终止，中心决定" --date 2026-09-01
expect_rc 0
expect_sql "SELECT basis, override_reason FROM closure WHERE station_id = 2" "low_volume|村委会申请终止，中心决定"
expect_sql "SELECT count(*) FROM audit_entry e, json_each(e.changes) j WHERE j.value ->> 'op' = 'override'" 1

case_ "a login held on two platforms is recovered by PLATFORM:LOGIN, never by a guess"
cz register account CN-KD-001 --platform 抖音 --login kd001 --role 店主 --date 2026-02-01
cz close decide CN-KD-001 --basis voluntary --agreement XY-EXIT-2 --date 2026-07-31
expect_rc 0
refuses 64 close recover CN-KD-001 --account kd001 --date 2026-08-01
expect_err "PLATFORM:LOGIN"
cz close recover CN-KD-001 --account 抖音:kd001 --date 2026-08-01
expect_rc 0
expect_sql "SELECT platform FROM platform_account WHERE recovered_on IS NOT NULL" "抖音"

case_ "a status change's reason reads in the reader's language, whoever recorded it (schema 0019)"
# Opened under English (the fixture); the exit decided and completed under Chinese.
cz --lang zh close decide CN-KD-001 --basis voluntary --agreement XY-EXIT-3 --date 2026-07-31
expect_rc 0
cz --lang zh close recover CN-KD-001 --all --date 2026-08-01
cz --lang zh close complete CN-KD-001 --date 2026-08-02
expect_rc 0
expect_sql "SELECT reason FROM station_event WHERE to_status = 'closing'" "已决定退出（协商退出）"
cz --lang en register show CN-KD-001
expect_out "plaque hung and station opened (Art. 15)"
expect_out "exit decided (negotiated)"
expect_out "equipment and accounts recovered; station closed (Art. 14.4)"
cz --lang zh register show CN-KD-001
expect_out "挂牌并开业（第 15 条）"
expect_out "已决定退出（协商退出）"
expect_out "设施设备和帐号已收回；服务站已关闭（第 14.4 条）"
cz --lang en register show CN-KD-001 --format json
expect_out '"to":"closing","reason":"exit decided (negotiated)"'
cz audit verify
expect_rc 0
# A change recorded before schema 0019 has one sentence, read in either language.
sql "DELETE FROM station_event_reason"
cz --lang en register show CN-KD-001
expect_out "已决定退出（协商退出）"
