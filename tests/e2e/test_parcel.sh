#!/usr/bin/env bash
# parcel: inbound and outbound parcels, pickup codes, overdue listing, through the real binary.
. "$(dirname "$0")/lib.sh"

ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
ready_station CN-LP-001 浪坡村电商服务站 浪坡乡

fixture_done
then_ "an inbound parcel gets a six-digit pickup code"
cz parcel in --station CN-KD-001 --carrier 顺丰 --tracking sf1001 --recipient 扎西 --phone 13800000001 --at "2026-11-20 09:00" --format json
expect_rc 0
expect_out '"tracking_no":"SF1001"'
expect_out '"name":"扎*"'
code=$(sed -n 's/.*"pickup_code":"\([0-9]*\)".*/\1/p' "$OUT")
[ "${#code}" -eq 6 ] && ok || bad "no six-digit pickup code in: $(cat "$OUT")"
expect_sql "SELECT status, pickup_code FROM parcel WHERE id = 1" "arrived|$code"

then_ "the same tracking number at the same carrier is refused; at another carrier it is fine"
refuses 65 parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF1001 --recipient 扎西 --phone 13800000001
expect_err "顺丰 tracking number SF1001 is already parcel 1"
cz parcel in --station CN-KD-001 --carrier 中国邮政 --tracking SF1001 --recipient 卓玛 --phone 13900000002 --at 2026-11-10T08:00
expect_rc 0

then_ "pickup needs the right code"
cz parcel notify 1 --at "2026-11-20 10:00"
expect_rc 0
expect_out "pickup code $code"
wrong=$(printf '%06d' $(( (10#$code + 1) % 1000000 )))
refuses 65 parcel pickup 1 --code "$wrong"
expect_err "is not this parcel's"
grep -q "$code" "$ERR" && bad "the refusal revealed the right code" || ok
grep -q "$wrong" "$ERR" && bad "the refusal echoed the code given (it may be another parcel's)" || ok
refuses 65 parcel pickup 1 --code 12ab
expect_err "is not a pickup code"
cz parcel pickup 1 --code "$code" --at "2026-11-21 16:00"
expect_rc 0
expect_out "in the ledger"
expect_sql "SELECT status, completed_on FROM parcel WHERE id = 1" "picked_up|2026-11-21"
refuses 65 parcel pickup 1 --code "$code"

then_ "codes are unique among a station's waiting parcels"
for i in $(seq 1 30); do
  cz parcel in --station CN-KD-001 --carrier 圆通 --tracking "YT$i" --recipient 次仁 --phone 13700000003 --at 2026-11-25T10:00
done
expect_sql "SELECT count(*) = count(DISTINCT pickup_code) FROM parcel WHERE status IN ('arrived', 'notified')" 1

then_ "overdue: parcels waiting longer than the overdue days"
cz parcel overdue --format csv
expect_rc 0
expect_out "id,station,status,carrier,tracking_no,name,phone,arrived_at,notified_at,days_waiting"
expect_out "2,CN-KD-001,arrived,中国邮政,SF1001,卓*,139****0002,2026-11-10T08:00:00,,18"
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "only parcel 2 is overdue at 7 days"
cz parcel overdue --days 2 --format csv
[ "$(wc -l <"$OUT")" -eq 32 ] && ok || bad "31 parcels wait more than 2 days"
refuses 69 parcel overdue --station CN-XX-001

then_ "an unclaimed parcel goes back"
cz parcel return 2 --reason 超期未取 --date 2026-11-26
expect_rc 0
expect_sql "SELECT status, returned_on, completed_on IS NULL FROM parcel WHERE id = 2" "returned|2026-11-26|1"

then_ "outbound: accepted, then dispatched into the ledger"
cz parcel out --station CN-KD-001 --carrier 中国邮政 --tracking EMS9 --sender 格桑 --destination 拉萨市 --fee 12 --date 2026-11-22
expect_rc 0
refuses 65 parcel notify 33
expect_err "allowed next steps are dispatch"
cz parcel dispatch 33 --date 2026-11-23
expect_rc 0
expect_sql "SELECT direction, status, fee_fen, completed_on FROM parcel WHERE id = 33" "out|dispatched|1200|2026-11-23"

then_ "bad input: unknown station, unopened station, bad fee, unknown parcel, future time"
refuses 69 parcel in --station CN-XX-001 --carrier 顺丰 --tracking A1 --recipient 扎西 --phone 13800000001
refuses 65 parcel in --station CN-LP-001 --carrier 顺丰 --tracking A1 --recipient 扎西 --phone 13800000001
expect_err "has not opened"
refuses 65 parcel out --station CN-KD-001 --carrier 顺丰 --tracking A1 --sender 扎西 --destination 拉萨 --fee 12,50
refuses 69 parcel notify 999
refuses 64 parcel notify P1
refuses 65 parcel in --station CN-KD-001 --carrier 顺丰 --tracking A1 --recipient 扎西 --phone 13800000001 --at 2026-11-29T08:00
expect_err "is in the future"
refuses 65 parcel in --station CN-KD-001 --carrier 顺丰 --tracking "A 1" --recipient 扎西 --phone 13800000001

then_ "list and show, masked; the code only with --reveal, which is logged"
cz parcel list --direction out --format csv
expect_rc 0
expect_out "33,CN-KD-001,out,dispatched,中国邮政,EMS9,格*"
cz parcel list --status picked_up --phone 13800000001 --format csv
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "one picked-up parcel for the phone"
cz parcel show 3
expect_rc 0
expect_out "history"
grep -q "pickup code" "$OUT" && bad "show without --reveal printed the code" || ok
before=$(sql "SELECT count(*) FROM audit_entry")
cz --reveal parcel show 3 --format json
expect_out '"pickup_code":"'
expect_out '"name":"次仁"'
expect_sql "SELECT count(*) - $before FROM audit_entry" 1
refuses 64 parcel list --direction sideways

then_ "show under --lang zh: the history's joining words in Chinese; JSON keeps them in English"
cz --lang zh parcel show 33
expect_out "中国邮政 EMS9，寄往 拉萨市"
sed -n '/历史记录/,$p' "$OUT" | grep -c ' to ' >/dev/null && bad "English in the parcel's history" || ok
cz --lang zh parcel show 33 --format json
expect_out '"detail":"中国邮政 EMS9 to 拉萨市"'

case_ "the audit log still verifies"
cz audit verify
expect_rc 0

case_ "help texts"
for sub in parcel "parcel in" "parcel find" "parcel notify" "parcel pickup" "parcel return" "parcel out" "parcel dispatch" "parcel list" "parcel overdue" "parcel show"; do
  cz $sub --help
  expect_rc 0
done
