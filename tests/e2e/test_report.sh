#!/usr/bin/env bash
# report ledger and report checks through the real binary.
. "$(dirname "$0")/lib.sh"

ready_station CN-KD-001 卡达村电商服务站 卡达乡
cz register open CN-KD-001 --date 2026-02-01
ready_station CN-KD-002 达拉村电商服务站 卡达乡
cz register open CN-KD-002 --date 2026-02-01
ready_station CN-LP-001 浪坡村电商服务站 浪坡乡
cz register open CN-LP-001 --date 2026-02-01
ready_station CN-JB-001 吉巴村电商服务站 吉巴乡 # never opened: not in the report

csv() { printf '%b' "$2" >"$T/$1"; }
csv p.csv "station,requested_on,villager,phone,item,price,fee,platform,platform_order,paid,ordered_on,arrived_at,notified_at,picked_up_on\nCN-KD-001,2026-03-01,卓玛,13900000002,化肥,100,5,淘宝,T1,100,2026-03-01,2026-03-02 10:00,2026-03-02 11:00,2026-03-03\nCN-KD-001,2026-03-30,卓玛,13900000002,化肥,100,5,淘宝,T2,100,2026-03-30,2026-03-31 10:00,2026-04-02 11:00,2026-04-02\nCN-KD-002,2026-03-05,扎西,13800000001,茶叶,50,2,淘宝,T3,50,2026-03-05,,,\n"
cz import purchases "$T/p.csv"
cz order service add --station CN-KD-002 --kind water --villager 次仁 --amount 35.5 --fee 1 --date 2026-03-10
cz order service add --station CN-LP-001 --kind phone --villager 达瓦 --amount 50 --date 2026-03-11
cz parcel out --station CN-LP-001 --carrier 邮政 --tracking EMS1 --sender 格桑 --destination 拉萨 --fee 12 --date 2026-03-12
cz parcel dispatch 1 --date 2026-03-13

fixture_done
case_ "per station, by kind, with amounts and fees"
cz report ledger --period 2026-03 --format csv
expect_rc 0
expect_out "period,level,group,name,kind,records,amount,fee"
expect_out "2026-03,station,CN-KD-001,卡达村电商服务站,purchase,1,100.00,5.00"
expect_out "2026-03,station,CN-KD-001,卡达村电商服务站,total,1,100.00,5.00"
expect_out "2026-03,station,CN-KD-002,达拉村电商服务站,service,1,35.50,1.00"
expect_out "2026-03,station,CN-LP-001,浪坡村电商服务站,parcel_out,1,0.00,12.00"
expect_out "2026-03,station,CN-LP-001,浪坡村电商服务站,total,2,50.00,12.00"
grep -q "CN-JB-001" "$OUT" && bad "an unopened station is in the report" || ok

case_ "a quarter, a year, per township and for the county; json, tsv and a table"
cz report ledger --period 2026Q1 --by township --format json
expect_rc 0
expect_out '{"period":"2026Q1","level":"township","group":"卡达乡","name":"卡达乡","kind":"total","records":2,"amount":135.50,"fee":6.00}'
cz report ledger --period 2026 --by county --format tsv
expect_out "2026	county	county	the whole county	total	5	285.50	23.00"
cz --lang zh report ledger --period 2026 --by county --format csv
expect_out "2026,county,county,the whole county,total,5,285.50,23.00"
cz report ledger --period 2026-04 --station CN-KD-001
expect_rc 0
expect_out "purchase"
expect_out "卡达村电商服务站"
cz report ledger --period 2025 --format csv
expect_rc 0
[ "$(wc -l <"$OUT")" -eq 1 ] && ok || bad "no station was open in 2025"

case_ "bad periods and levels are usage errors; an unknown station is not found"
refuses 64 report ledger --period 2026Q5
refuses 64 report ledger --period 2026 --by village
refuses 69 report ledger --period 2026 --station CN-XX-001
refuses 64 report ledger

case_ "report checks lists late notices and fees over the schedule"
cz report checks --period 2026Q1 --format csv
expect_rc 0
expect_out "rule,article,station,kind,record_id,ref,on,measured,threshold,message"
expect_out "R-PICKUP-NOTICE,\"5.1, 8\",CN-KD-001,purchase,2,P2,2026-03-31,49,24"
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "one finding expected"

case_ "help texts"
for sub in report "report ledger" "report checks"; do
  cz $sub --help
  expect_rc 0
done

case_ "a report of a period that has not begun is refused: it would print zeros as if they were facts"
refuses 65 report overview --period 2027Q2
expect_err "2027Q2 has not begun"
refuses 65 report ledger --period 2027
refuses 65 --format html report overview --period 2027Q1
refuses 65 report checks --period 2026-12
