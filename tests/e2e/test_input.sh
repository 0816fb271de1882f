#!/usr/bin/env bash
# input: the forms clerks' spreadsheets, platform exports and input methods produce, fed through
# every command option and import column that takes them (one input layer, lib/text/input_fields).
. "$(dirname "$0")/lib.sh"

ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01

buy() { # PHONE PRICE DATE [more options]: records a purchase with these forms
  local phone=$1 price=$2 date=$3
  shift 3
  cz order purchase add --station CN-KD-001 --villager 卓玛 --phone "$phone" --item 化肥 --price "$price" --date "$date" "$@"
}

case_ "dates: every year-first form gives the same day, on the command line"
n=0
for d in 2026-03-05 2026-3-5 2026/3/5 2026.3.5 20260305 2026年3月5日 "２０２６－０３－０５" " 2026-03-05	"; do
  buy 13900000002 1 "$d"
  expect_rc 0
  n=$((n + 1))
  expect_sql "SELECT requested_on FROM purchase WHERE id = $n" "2026-03-05"
done

case_ "dates: day-first, two-digit years and Excel serials are refused with the cause"
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item x --price 1 --date 05/03/2026
expect_err "puts the day or the month first"
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item x --price 1 --date 46086
expect_err "Excel serial day number"
expect_err "2026-03-05"
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item x --price 1 --date 26-3-5
expect_err "two-digit year"
# A time where only a day is taken: the message names the time, not the order of the date.
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item x --price 1 --date "2026-03-05 9:05"
expect_err "--date: '2026-03-05 9:05' gives a time, which this field does not take: write the day alone, 2026-03-05"
# A mistyped station code is refused under the option it was given to.
refuses 65 order purchase add --station "CN KD" --villager 卓玛 --phone 13900000002 --item x --price 1
expect_err "--station 'CN KD' is not a valid code"
refuses 65 register add --code "CN KD" --name 卡达村电商服务站 --township 卡达乡 --village 卡达村 \
  --premises village_office --area 45 --population 800 --manager 卓玛 --phone 13900000002
expect_err "--code 'CN KD' is not a valid code"

case_ "times: H:MM after a space or T, and the Chinese day"
for at in "2026-03-06 9:05" "2026-03-06T09:05" "2026/3/6 9:05" "2026年3月6日 9:05"; do
  cz parcel in --station CN-KD-001 --carrier 顺丰 --tracking "SF$RANDOM$RANDOM" --recipient 卓玛 --phone 13900000002 --at "$at"
  expect_rc 0
done
expect_sql "SELECT DISTINCT arrived_at FROM parcel" "2026-03-06T09:05:00"
refuses 65 parcel in --station CN-KD-001 --carrier 顺丰 --tracking SFX1 --recipient 卓玛 --phone 13900000002 --at "2026-03-06 24:00"
expect_err "hours run from 0 to 23"

case_ "amounts: ¥, ￥, 元, grouping and full-width digits"
for price in 86.50 ¥86.50 ￥86.50 "¥ 86.50" 86.50元 "８６．５０" "'86.50"; do
  buy 13900000002 "$price" 2026-03-07
  expect_rc 0
done
expect_sql "SELECT DISTINCT price_fen FROM purchase WHERE requested_on = '2026-03-07'" "8650"
buy 13900000002 1,286.50 2026-03-07
expect_sql "SELECT price_fen FROM purchase ORDER BY id DESC LIMIT 1" "128650"
for price in 12,50 12.505 1.2E+3 -5; do
  refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item x --price "$price"
  expect_err "--price"
done
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item x --price 12,50
expect_err "decimal comma"
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item x --price 12.505
expect_err "three decimals"

case_ "phones: one stored form, found by every way of writing it"
before=$(sql "SELECT count(*) FROM purchase")
for phone in 13908943001 "139 0894 3001" 139-0894-3001 "+86 139 0894 3001" 0086-139-0894-3001 8613908943001 "１３９０８９４３００１" "'+8613908943001"; do
  buy "$phone" 1 2026-03-08
  expect_rc 0
done
expect_sql "SELECT DISTINCT villager_phone FROM purchase WHERE requested_on = '2026-03-08'" "13908943001"
for filter in 13908943001 "+86 139 0894 3001" 0086-139-0894-3001; do
  cz --reveal order list --phone "$filter" --format csv
  expect_rc 0
  [ "$(grep -c 13908943001 "$OUT")" -eq 8 ] && ok || bad "--phone $filter finds the 8 purchases"
done
cz order list --phone 13908943001
expect_out "139****3001"
buy "(0891) 682 3456" 1 2026-03-08
expect_sql "SELECT villager_phone FROM purchase ORDER BY id DESC LIMIT 1" "0891-6823456"
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 1390894300 --item x --price 1
expect_err "a mobile number has 11"

case_ "identifiers: Excel's wrappers undone, its exponent form refused"
buy 13900000002 1 2026-03-09
id=$(sql "SELECT max(id) FROM purchase")
cz order purchase pay "$id" --platform 淘宝 --order "'3160012345678901234" --paid 1 --date 2026-03-09
expect_rc 0
expect_sql "SELECT platform_order FROM purchase WHERE id = $id" "3160012345678901234"
buy 13900000002 1 2026-03-09
id=$(sql "SELECT max(id) FROM purchase")
cz order purchase pay "$id" --platform 淘宝 --order "=\"3160012345678901235\"	" --paid 1 --date 2026-03-09
expect_rc 0
expect_sql "SELECT platform_order FROM purchase WHERE id = $id" "3160012345678901235"
buy 13900000002 1 2026-03-09
id=$(sql "SELECT max(id) FROM purchase")
refuses 65 order purchase pay "$id" --platform 淘宝 --order 3.16001E+18 --paid 1 --date 2026-03-09
expect_err "Excel converted it and its last digits are lost"
expect_err "format the column as text"

case_ "text: zero-width characters removed, bidi overrides refused everywhere"
buy 13900000002 1 2026-03-10 --item "化$(printf '\u200b')肥"
expect_sql "SELECT item FROM purchase ORDER BY id DESC LIMIT 1" "化肥"
refuses 65 order purchase add --station CN-KD-001 --villager "卓$(printf '\u202e')玛" --phone 13900000002 --item x --price 1
expect_err "<U+202E>"
refuses 64 --actor "次$(printf '\u202e')仁" order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item x --price 1
expect_err "<U+202E>"
# The environment's actor is read as --actor is: a bad one is a configuration error (78).
CZSTATION_ACTOR="次$(printf '\u202e')仁"
refuses 78 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item x --price 1
expect_err "CZSTATION_ACTOR"
expect_err "<U+202E>"
CZSTATION_ACTOR=tester
refuses 65 register add --code CN-X-009 --name "站$(printf '\u202d')" --township 卡达乡 --village 卡达村 \
  --premises village_office --area 45 --population 800 --manager 卓玛 --phone 13900000002 --date 2026-01-05
expect_err "<U+202D>"

case_ "numbers: full-width digits from an input method"
refuses 64 inspect show abc
expect_err "'abc' is not a record number"
refuses 64 assess show 99999999999999999999
expect_err "'99999999999999999999' is not a record number"
cz register add --code CN-FW-001 --name 全角站 --township 卡达乡 --village 卡达村 --premises village_office \
  --area "４０" --population "８００" --manager 卓玛 --phone "１３９０００００００２" --date 2026-01-05
expect_rc 0
expect_sql "SELECT area_centi_m2, manager_phone FROM station WHERE code = 'CN-FW-001'" "4000|13900000002"

case_ "periods: every form of a month, quarter and range"
for p in 2026-03 2026/03 2026年3月 202603; do
  cz order list --period "$p" --format csv
  expect_rc 0
  [ "$(grep -c ',2026-03-' "$OUT")" -ge 1 ] && ok || bad "--period $p lists March"
done
for p in 2026Q1 2026年第1季度 2026年一季度 2026-01..2026-03; do
  cz order list --period "$p" --format csv
  expect_rc 0
  [ "$(grep -c ',2026-03-' "$OUT")" -ge 1 ] && ok || bad "--period $p lists the first quarter"
done
refuses 64 order list --period 03/2026
expect_err "not a period"

case_ "empty option values are usage errors, never the default"
for opt in --date --fee --quantity; do
  refuses 64 order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item x --price 1 "$opt" ""
  expect_err "$opt was given an empty value"
done
refuses 64 order list --period ""
refuses 64 parcel in --station CN-KD-001 --carrier 顺丰 --tracking SFE1 --recipient 卓玛 --phone 13900000002 --at ""
refuses 64 inspect stocktake list --month ""
refuses 64 --db "" order list

case_ "the command line: our messages, did you mean, exit 64"
refuses 64 asses
expect_err "unknown subcommand 'asses'"
expect_err "did you mean assess?"
refuses 64 register lsit
expect_err "did you mean list?"
cz --lang zh asses
expect_rc 64
expect_err "您是否要输入 assess"
refuses 64 order purchase add --statoin CN-KD-001
expect_err "did you mean --station?"
refuses 64 parcel overdue --days abc
expect_err "'abc' is not a whole number"
refuses 64 audit --limit -1
expect_err "'-1' is not a whole number"
refuses 64 audit --limit 99999999999999999999
expect_err "is not a whole number from 0 to"
if grep -q "1.79769e+308\|Could not convert\|A subcommand is required" "$ERR"; then bad "CLI11's own text"; else ok; fi
cz --lang zh register --help
expect_out "选项:"
expect_out "子命令:"
if grep -q "^Options:\|^Subcommands:" "$OUT"; then bad "CLI11's headings in English under --lang zh"; else ok; fi

case_ "words: the English key or the Chinese word a Chinese table prints"
cz order list --status requested --kind purchase --format csv
cp "$OUT" "$T/english.csv"
cz order list --status 已登记 --kind 代购 --format csv
expect_rc 0
cmp -s "$OUT" "$T/english.csv" && ok || bad "--status 已登记 --kind 代购 lists what --status requested --kind purchase lists"
cz --lang zh order list --status requested
expect_out "已登记"
expect_out "代购"
cz --lang zh order list --status requested --format csv
expect_out ",purchase,CN-KD-001,requested,"
cz parcel list --direction 到件 --status 已到货 --format csv
expect_rc 0
expect_out ",arrived,"
cz register list --status 已开业 --format csv
expect_out "CN-KD-001"
refuses 64 order list --status 已完成
expect_err "no record has the status"
cz register list --status " 已开业 " --format csv
expect_out "CN-KD-001"
case_ "a failed checklist item needs its note"
refuses 64 inspect add CN-KD-001 --inspector 次仁 --pass all --fail premises
expect_err "has no note"

case_ "import: the same forms in every column, Chinese headings, trailing empty columns, empty rows, CR CR LF"
printf '站点编号,登记日期,村民姓名,联系电话,商品,价格,平台,平台订单号,实付金额,下单日期,,\r\r\n' >"$T/zh.csv"
printf 'CN-KD-001,2026/3/11,卓玛,0086-139-0894-3001,化肥,¥1${comma}286.50,淘宝,'"'"'3160012345678909999,"1,286.50元",2026年3月11日,,\r\r\n' |
  sed 's/\${comma}/,/' | sed 's/¥1,286.50/"¥1,286.50"/' >>"$T/zh.csv"
printf ',,,,,,,,,,,\r\r\n' >>"$T/zh.csv"
printf 'CN-KD-001,20260311,卓玛,+86 139 0894 3001,种子,８６．５０,,,,,,\r\r\n' >>"$T/zh.csv"
cz import purchases "$T/zh.csv"
expect_rc 0
expect_out "imported 2 purchases"
expect_out "skipped 1 empty line(s)"
expect_sql "SELECT requested_on, villager_phone, price_fen, platform_order, paid_fen, ordered_on FROM purchase WHERE item = '化肥' AND requested_on = '2026-03-11'" \
  "2026-03-11|13908943001|128650|3160012345678909999|128650|2026-03-11"
expect_sql "SELECT requested_on, villager_phone, price_fen FROM purchase WHERE item = '种子'" "2026-03-11|13908943001|8650"
printf 'station,requested_on,villager,phone,item,price\nCN-KD-001,05/03/2026,卓玛,13900000002,x,1\nCN-KD-001,2026-03-05,卓玛,13900000002,x,12,50\n' >"$T/bad.csv"
refuses 65 import purchases "$T/bad.csv"
expect_err "line 2: requested_on"
expect_err "puts the day or the month first"
expect_err "line 3: 7 fields"
printf 'station,requested_on,villager,phone,item,price,platform,platform_order,paid,ordered_on\nCN-KD-001,2026-03-05,卓玛,13900000002,x,1,淘宝,3.16001E+18,1,2026-03-05\n' >"$T/exp.csv"
refuses 65 import purchases "$T/exp.csv"
expect_err "Excel converted it"

case_ "import of parcels: tracking numbers and times in every form"
printf '站点编号,方向,快递公司,运单号,姓名,联系电话,到货时间\r\nCN-KD-001,到件,中通,'"'"'zt-778899,卓玛,１３９０００００００２,2026年3月12日 9:05\r\n' >"$T/parcels.csv"
cz import parcels "$T/parcels.csv"
expect_rc 0
expect_sql "SELECT tracking_no, person_phone, arrived_at FROM parcel WHERE carrier = '中通'" "ZT-778899|13900000002|2026-03-12T09:05:00"

case_ "stored phones are brought to the one form by migration 0006, audited"
sql "UPDATE purchase SET villager_phone = '+86 139-0894-3001' WHERE id = 1; UPDATE station SET manager_phone = '0086 139 0000 0002' WHERE code = 'CN-KD-001'; INSERT INTO audit_pending_step (name) VALUES ('canonical_phones');"
cz order list --format csv # a reader writes nothing: the step waits for a command that may write
expect_rc 0
expect_sql "SELECT count(*) FROM audit_pending_step" "1"
cz init # brings the database up to date
expect_rc 0
expect_sql "SELECT villager_phone FROM purchase WHERE id = 1" "13908943001"
expect_sql "SELECT manager_phone FROM station WHERE code = 'CN-KD-001'" "13900000002"
expect_sql "SELECT count(*) FROM audit_pending_step" "0"
expect_sql "SELECT action FROM audit_entry WHERE action = 'migrate.canonical_phones'" "migrate.canonical_phones"
cz audit verify
expect_rc 0

case_ "round trips: export --reveal, import into a fresh database, export --reveal gives the same file"
cz order purchase add --station CN-KD-001 --villager "=HYPERLINK(1)" --phone 13900000002 --item "-减价 @会员 +1 'x" --price 1 --date 2026-03-13
cz order sale add --station CN-KD-001 --product "=苹果" --category farm --producer "+扎西" --phone "+86 139 0000 0003" --platform 淘宝 --date 2026-03-13
cz order service add --station CN-KD-001 --kind phone --villager "@次仁" --phone 13900000004 --note "-预存" --date 2026-03-13 2>/dev/null || true
cz parcel out --station CN-KD-001 --carrier 顺丰 --tracking SF-RT-1 --sender "-卓玛" --destination "=拉萨" --date 2026-03-13
# A product sold three times and delisted, and one still on sale with a further sale in another
# unit: further sales and delistings are in the export and come back (Art. 5.2).
cz order sale add --station CN-KD-001 --product 酥油 --category farm --producer 次仁 --platform 淘宝 --date 2026-03-01 \
  --contacted-on 2026-03-01 --listed-on 2026-03-02 --sold-on 2026-03-03 --quantity 2 --unit 斤 --amount 80 --fee 2
cz order sale again S2 --quantity 1.5 --amount 60 --fee 1 --date 2026-03-05
cz order sale again S2 --quantity 3 --unit kg --amount 150 --date 2026-03-09
cz order sale delist S2 --reason "=季节性：下架" --date 2026-03-10
cz order sale add --station CN-KD-001 --product 青稞 --category farm --producer 格桑 --platform 淘宝 --date 2026-03-01 \
  --contacted-on 2026-03-01 --listed-on 2026-03-01 --sold-on 2026-03-04 --quantity 10 --amount 100
cz order sale again S3 --quantity 5 --amount 50 --date 2026-03-06
expect_rc 0
expect_sql "SELECT count(*) FROM sale_repeat" "3"
# A purchase exchanged once and picked up again, and one exchanged twice and still waiting for
# its replacement: the exchanges are in the export above their purchase and come back
# (Art. 5.1(c)).
cz order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item 电饭锅 --price 199 --date 2026-03-02 \
  --platform 淘宝 --order TB-EX-1 --paid 199 --ordered-on 2026-03-02
ex1=$(sql "SELECT max(id) FROM purchase")
cz order purchase arrive "P$ex1" --at "2026-03-04 10:00"
cz order purchase notify "P$ex1" --at "2026-03-04 11:00"
cz order purchase pickup "P$ex1" --date 2026-03-05
cz order dispute open "P$ex1" --kind damaged --description "=内胆有裂缝" --date 2026-03-05
cz order purchase exchange "P$ex1" --reason "=内胆破损" --date 2026-03-06
cz order purchase arrive "P$ex1" --at "2026-03-09 09:30"
cz order purchase notify "P$ex1" --at "2026-03-09 10:00"
cz order purchase pickup "P$ex1" --date 2026-03-10
cz order purchase add --station CN-KD-001 --villager 次仁 --phone 13900000004 --item 水壶 --price 30 --date 2026-03-02 \
  --platform 京东 --order JD-EX-2 --paid 30 --ordered-on 2026-03-03
ex2=$(sql "SELECT max(id) FROM purchase")
cz order purchase arrive "P$ex2" --at "2026-03-05 10:00"
cz order purchase exchange "P$ex2" --reason 漏水 --date 2026-03-06
cz order purchase arrive "P$ex2" --at "2026-03-08 16:00"
cz order purchase exchange "P$ex2" --reason 颜色不对 --date 2026-03-09
expect_rc 0
exchanges="SELECT group_concat(purchase_id || ':' || exchanged_on || ':' || reason || ':' || coalesce(arrived_at, '') || ':' || coalesce(notified_at, '') || ':' || coalesce(picked_up_on, ''), ' ') FROM (SELECT * FROM purchase_exchange ORDER BY id)"
exchanged=$(sql "$exchanges")
expect_sql "SELECT count(*) FROM purchase_exchange" "3"
# Disputes (Art. 4.3, 8): one still open, over goods since exchanged (opened above, after their
# first arrival, before the replacement's); one negotiated; one referred to a department and
# resolved. They are in the export below their purchase and come back.
cz order dispute open "P$ex2" --kind late --description 迟到三天 --date 2026-03-04
cz order dispute negotiate "D$(sql "SELECT max(id) FROM dispute")" --date 2026-03-05
cz order purchase add --station CN-KD-001 --villager 格桑 --phone 13900000003 --item 奶粉 --price 120 --date 2026-03-02 \
  --platform 拼多多 --order PDD-DS-3 --paid 120 --ordered-on 2026-03-02
ds3=$(sql "SELECT max(id) FROM purchase")
cz order purchase arrive "P$ds3" --at "2026-03-04 09:00"
# A description and an outcome are notes: their line breaks make the round trip too.
cz order dispute open "P$ds3" --kind counterfeit --description $'疑似假冒\r\n包装无防伪标' --date 2026-03-06
ds3d=$(sql "SELECT max(id) FROM dispute")
cz order dispute negotiate "D$ds3d" --date 2026-03-06
cz order dispute refer "D$ds3d" --department 县市场监督管理局 --date 2026-03-07
cz order dispute resolve "D$ds3d" --outcome $'-退款 120 元\n已到账' --date 2026-03-12
expect_rc 0
disputes_of="SELECT group_concat(p.platform_order || ':' || d.status || ':' || d.kind || ':' || d.description || ':' || d.opened_on || ':' || coalesce(d.negotiated_on, '') || ':' || coalesce(d.referred_on, '') || ':' || coalesce(d.department, '') || ':' || coalesce(d.resolved_on, '') || ':' || coalesce(d.outcome, ''), ' ') FROM (SELECT * FROM dispute ORDER BY purchase_id, opened_on, id) d JOIN purchase p ON p.id = d.purchase_id WHERE p.platform_order IN ('TB-EX-1', 'JD-EX-2', 'PDD-DS-3')"
disputed=$(sql "$disputes_of")
SRC=$DB
for kind in purchases sales services parcels; do
  DB=$SRC
  cz --reveal export "$kind"
  expect_rc 0
  cp "$OUT" "$T/first-$kind.csv"
done
DB=$T/fresh.db
cz init
ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
for kind in purchases sales services parcels; do
  cz import "$kind" "$T/first-$kind.csv"
  expect_rc 0
  cz --reveal export "$kind"
  cp "$OUT" "$T/second-$kind.csv"
  cmp -s "$T/first-$kind.csv" "$T/second-$kind.csv" && ok || bad "$kind: the second export differs from the first ($(diff "$T/first-$kind.csv" "$T/second-$kind.csv" | head -5))"
done
expect_sql "SELECT group_concat(sale_id || ':' || sold_on || ':' || quantity_centi || unit || ':' || amount_fen || ':' || fee_fen, ' ') FROM (SELECT * FROM sale_repeat ORDER BY id)" \
  "2:2026-03-05:150斤:6000:100 2:2026-03-09:300kg:15000:0 3:2026-03-06:500件:5000:0"
expect_sql "SELECT id, delisted_on, reason FROM sale_delisting" "2|2026-03-10|=季节性：下架"
grep -q ',2026-03-10,' "$T/first-sales.csv" && ok || bad "the sales export carries the delisting"
expect_sql "$exchanges" "$exchanged"
expect_sql "SELECT status || ':' || exchanged_on FROM purchase WHERE id IN ($ex1, $ex2) ORDER BY id" "picked_up:2026-03-06
exchanging:2026-03-09"
tr -d '\r' <"$T/first-purchases.csv" >"$T/first-purchases.lf" # not piped into grep -q: its early exit fails the pipe
grep -q "^,CN-KD-001,,.*,2026-03-06,,,'=内胆破损,,$ex1,,,,,,,,,\$" "$T/first-purchases.lf" && ok || bad "the purchases export carries the exchange"
expect_sql "$disputes_of" "$disputed"
[ "$(sql "$disputes_of")" = "TB-EX-1:open:damaged:=内胆有裂缝:2026-03-05::::: JD-EX-2:negotiating:late:迟到三天:2026-03-04:2026-03-05:::: PDD-DS-3:resolved:counterfeit:疑似假冒"$'\n'"包装无防伪标:2026-03-06:2026-03-06:2026-03-07:县市场监督管理局:2026-03-12:-退款 120 元"$'\n'"已到账" ] && ok || bad "disputes after the round trip: $(sql "$disputes_of")"
# The dispute's row: its notes quoted whole, each line break in them kept as LF.
grep -q "^,CN-KD-001,resolved,.*,$ds3,counterfeit,\"疑似假冒\$" "$T/first-purchases.lf" \
  && grep -q "^包装无防伪标\",2026-03-06,2026-03-06,2026-03-07,县市场监督管理局,2026-03-12,\"'-退款 120 元\$" "$T/first-purchases.lf" \
  && grep -q '^已到账"$' "$T/first-purchases.lf" && ok || bad "the purchases export carries the dispute below its purchase"
expect_sql "SELECT count(*) FROM audit_entry e, json_each(e.changes) c WHERE e.action = 'import.purchases' AND json_extract(c.value, '\$.table') = 'dispute'" "3"
cz audit verify
expect_rc 0
grep -q "'=HYPERLINK(1)" "$T/first-purchases.csv" && ok || bad "the export guards formulas"
expect_sql "SELECT villager_name FROM purchase WHERE villager_name LIKE '%HYPERLINK%'" "=HYPERLINK(1)"

case_ "a sales file: further sales (again_of) follow the sale they name, delisted_on after the last; others refused"
h='station,id,recommended_on,product,category,producer,platform,contacted_on,listed_on,sold_on,quantity,amount,delisted_on,reason,again_of'
printf '%s\n%s\n%s\n%s\n' "$h" 'CN-KD-001,7,2026-03-01,酥油,farm,次仁,淘宝,2026-03-02,2026-03-02,2026-03-03,2,80,2026-03-08,停产,' \
  ',,,,,,,,,2026-03-05,1,40,,,S7' 'CN-KD-001,,,,,,,,,2026-03-08,1,40,,,7' >"$T/again.csv"
cz import sales "$T/again.csv"
expect_rc 0
expect_out "with 2 further sale(s) and 1 delisting(s)"
expect_sql "SELECT count(*), min(unit) FROM sale_repeat WHERE sale_id = (SELECT max(id) FROM sale)" "2|件"
expect_sql "SELECT delisted_on FROM sale_delisting WHERE id = (SELECT max(id) FROM sale)" "2026-03-08"
cz audit verify
expect_rc 0
printf '%s\n%s\n%s\n' "$h" 'CN-KD-001,7,2026-03-01,酥油,farm,次仁,淘宝,2026-03-02,2026-03-02,2026-03-03,2,80,,,' ',,,,,,,,,2026-03-05,1,40,,,8' >"$T/bad.csv"
refuses 65 import sales "$T/bad.csv"
expect_err "again_of 8: no sale with id 8 on a line above"
printf '%s\n%s\n%s\n' "$h" 'CN-KD-001,7,2026-03-01,酥油,farm,次仁,淘宝,2026-03-02,2026-03-02,2026-03-03,2,80,2026-03-04,停产,' ',,,,,,,,,2026-03-05,1,40,,,7' >"$T/bad.csv"
refuses 65 import sales "$T/bad.csv"
expect_err "was delisted (2026-03-04)"
printf '%s\n%s\n%s\n' "$h" 'CN-KD-001,7,2026-03-01,酥油,farm,次仁,淘宝,2026-03-02,2026-03-02,,,,,,' ',,,,,,,,,2026-03-05,1,40,,,7' >"$T/bad.csv"
refuses 65 import sales "$T/bad.csv"
expect_err "has not sold"
printf '%s\n%s\n%s\n' "$h" 'CN-KD-001,7,2026-03-01,酥油,farm,次仁,淘宝,2026-03-02,2026-03-02,2026-03-03,2,80,,,' 'CN-KD-001,,,苹果,,,,,,2026-03-05,1,40,,,7' >"$T/bad.csv"
refuses 65 import sales "$T/bad.csv"
expect_err "product is given on a further sale"
printf '%s\n%s\n%s\n' "$h" 'CN-KD-001,7,2026-03-01,酥油,farm,次仁,淘宝,2026-03-02,2026-03-02,2026-03-03,2,80,,,' 'CN-KD-001,,,,,,,,,2026-03-02,1,40,,,7' >"$T/bad.csv"
refuses 65 import sales "$T/bad.csv"
expect_err "before the first sale on line 2"
printf '%s\n%s\n' "$h" 'CN-KD-001,7,2026-03-01,酥油,farm,次仁,淘宝,2026-03-02,2026-03-02,,,,2026-03-04,停产,' >"$T/bad.csv"
refuses 65 import sales "$T/bad.csv"
expect_err "only a sold product is delisted"

case_ "a purchases file: exchanges (exchange_of) go above the purchase they name, oldest first; others refused"
h='station,id,requested_on,villager,phone,item,price,platform,platform_order,paid,ordered_on,arrived_at,notified_at,picked_up_on,exchanged_on,reason,exchange_of'
p9='CN-KD-001,9,2026-03-01,卓玛,13900000002,锅,199,淘宝,TB-9,199,2026-03-02,2026-03-08 09:00,,,2026-03-06,,'
printf '%s\n%s\n%s\n' "$h" ',,,,,,,,,,,2026-03-04 10:00,,,2026-03-06,内胆破损,P9' "$p9" >"$T/exchange.csv"
cz import purchases "$T/exchange.csv"
expect_rc 0
expect_out "with 1 exchange(s)"
expect_sql "SELECT p.status, e.exchanged_on, e.reason, e.arrived_at FROM purchase p JOIN purchase_exchange e ON e.purchase_id = p.id WHERE p.platform_order = 'TB-9'" \
  "arrived|2026-03-06|内胆破损|2026-03-04T10:00:00"
cz audit verify
expect_rc 0
printf '%s\n%s\n%s\n' "$h" ',,,,,,,,,,,,,,2026-03-06,内胆破损,9' "$p9" >"$T/bad.csv"
refuses 65 import purchases "$T/bad.csv"
expect_err "line 3:"
printf '%s\n%s\n%s\n' "$h" "$p9" ',,,,,,,,,,,2026-03-04 10:00,,,2026-03-06,内胆破损,9' >"$T/bad.csv"
refuses 65 import purchases "$T/bad.csv"
expect_err "an exchange goes above its purchase"
printf '%s\n%s\n' "$h" "$p9" >"$T/bad.csv"
refuses 65 import purchases "$T/bad.csv"
expect_err "no line above names this purchase's id in exchange_of"
printf '%s\n%s\n%s\n' "$h" ',,,,,锅,,,,,,2026-03-04 10:00,,,2026-03-06,内胆破损,9' "$p9" >"$T/bad.csv"
refuses 65 import purchases "$T/bad.csv"
expect_err "item is given on an exchange"
printf '%s\n%s\n%s\n' "$h" ',,,,,,,,,,,2026-03-04 10:00,,,2026-03-06,,9' "$p9" >"$T/bad.csv"
refuses 65 import purchases "$T/bad.csv"
expect_err "reason"
printf '%s\n%s\n%s\n' "$h" ',,,,,,,,,,,2026-03-04 10:00,,,2026-03-05,内胆破损,9' "$p9" >"$T/bad.csv"
refuses 65 import purchases "$T/bad.csv"
expect_err "not the day of the latest exchange"
printf '%s\n%s\n%s\n' "$h" ',,,,,,,,,,,2026-03-04 10:00,,,2026-03-06,内胆破损,8' "$p9" >"$T/bad.csv"
refuses 65 import purchases "$T/bad.csv"
expect_err "exchange_of 8: no purchase with id 8 on a line below"

case_ "a purchases file: disputes (dispute_of) go below the purchase they name, checked as order dispute checks them"
h='station,id,requested_on,villager,phone,item,price,platform,platform_order,paid,ordered_on,arrived_at,status,dispute_of,dispute_kind,description,opened_on,negotiated_on,referred_on,department,resolved_on,outcome'
p9='CN-KD-001,9,2026-03-01,卓玛,13900000002,锅,199,淘宝,TB-D9,199,2026-03-02,2026-03-04 10:00,,,,,,,,,,'
printf '%s\n%s\n%s\n%s\n' "$h" "$p9" ',,,,,,,,,,,,,P9,damaged,锅盖变形,2026-03-05,,,,,' 'CN-KD-001,,,,,,,,,,,,已解决,9,late,迟到,2026-03-03,,2026-03-04,县市场监督管理局,2026-03-06,退款' >"$T/dispute.csv"
cz import purchases "$T/dispute.csv"
expect_rc 0
expect_out "with 2 dispute(s)"
expect_sql "SELECT d.status, d.kind, d.opened_on, coalesce(d.department, '') FROM dispute d JOIN purchase p ON p.id = d.purchase_id WHERE p.platform_order = 'TB-D9' ORDER BY d.id" \
  "open|damaged|2026-03-05|
resolved|late|2026-03-03|县市场监督管理局"
cz audit verify
expect_rc 0
printf '%s\n%s\n%s\n' "$h" "$p9" ',,,,,,,,,,,,,8,late,迟到,2026-03-03,,,,,' >"$T/bad.csv"
refuses 65 import purchases "$T/bad.csv"
expect_err "line 3: dispute_of 8: no purchase with id 8 on a line above"
printf '%s\n%s\n%s\n' "$h" ',,,,,,,,,,,,,9,late,迟到,2026-03-03,,,,,' "$p9" >"$T/bad.csv"
refuses 65 import purchases "$T/bad.csv"
expect_err "line 2: dispute_of 9: no purchase with id 9 on a line above"
printf '%s\n%s\n%s\n' "$h" "$p9" ',,,,,,,,,,,,,9,late,迟到,2026-03-03,2026-03-05,2026-03-04,县市场监督管理局,,' >"$T/bad.csv"
refuses 65 import purchases "$T/bad.csv"
expect_err "line 3: dispute: cannot refer on 2026-03-04, before the previous step on 2026-03-05"
printf '%s\n%s\n%s\n' "$h" "$p9" ',,,,,,,,,,,,,9,damaged,锅盖变形,2026-03-03,,,,,' >"$T/bad.csv"
refuses 65 import purchases "$T/bad.csv"
expect_err "line 3: P9: its goods arrived on 2026-03-04; they cannot be found damaged before that, on 2026-03-03"

case_ "a Chinese workbook export, saved as CSV by Excel, imports again: its headings are aliases"
cz order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000002 --item 化肥 --price 1286.5 --date 2026-03-13
cz order sale add --station CN-KD-001 --product 酥油 --category farm --producer 次仁 --platform 淘宝 --date 2026-03-01 \
  --contacted-on 2026-03-01 --listed-on 2026-03-02 --sold-on 2026-03-03 --quantity 2 --unit 斤 --amount 80
sale=$(sql "SELECT max(id) FROM sale")
cz order sale again "$sale" --quantity 1 --amount 40 --date 2026-03-04
cz order sale delist "$sale" --reason 停产 --date 2026-03-05
expect_rc 0
purchases=$(sql "SELECT count(*) FROM purchase")
disputes=$(sql "SELECT count(*) FROM dispute")
repeats=$(sql "SELECT count(*) FROM sale_repeat")
delistings=$(sql "SELECT count(*) FROM sale_delisting")
for kind in purchases sales; do
  cz --reveal --lang zh --format xlsx --output "$T/$kind.xlsx" export "$kind"
  expect_rc 0
  # As Excel saves a sheet as CSV: dates as 2026/3/13, numbers as shown.
  /usr/bin/python3 - "$T/$kind.xlsx" "$T/$kind-zh.csv" <<'EOF'
import csv, datetime, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
def cell(v):
    if isinstance(v, datetime.datetime):
        return f"{v.year}/{v.month}/{v.day}" + ("" if (v.hour, v.minute) == (0, 0) else f" {v.hour}:{v.minute:02d}")
    return "" if v is None else str(v)
with open(sys.argv[2], "w", newline="", encoding="utf-8-sig") as f:
    csv.writer(f).writerows([[cell(v) for v in row] for row in ws.iter_rows(values_only=True)])
EOF
done
head -1 "$T/purchases-zh.csv" | grep -c '服务站,状态,委托日期,村民' >/dev/null && ok || bad "the workbook's headings are Chinese: $(head -1 "$T/purchases-zh.csv")"
cz import purchases "$T/purchases-zh.csv"
expect_rc 0
expect_sql "SELECT count(*) FROM purchase" "$((purchases * 2))"
[ "$disputes" -gt 0 ] && expect_sql "SELECT count(*) FROM dispute" "$((disputes * 2))" # their kinds and statuses in Chinese
cz import sales "$T/sales-zh.csv"
expect_rc 0
expect_sql "SELECT count(*) FROM sale_repeat" "$((repeats * 2))"
expect_sql "SELECT count(*) FROM sale_delisting" "$((delistings * 2))"
cz audit verify
expect_rc 0
printf 'STATION,Requested,村 民,ＰＨＯＮＥ,item,PRICE\n CN-KD-001,2026-03-14,达瓦,13900000003,x,1\n' >"$T/case.csv"
cz import purchases "$T/case.csv"
expect_rc 0
expect_sql "SELECT villager_name FROM purchase ORDER BY id DESC LIMIT 1" "达瓦"

case_ "refusals of fixed words list the words with their Chinese and show the value made visible"
refuses 64 register list --status 开业
expect_err "open (已开业)"
refuses 64 parcel list --direction sideways
expect_err "in (到件), out (寄件)"
refuses 64 parcel list --status requested
expect_err "arrived ("
refuses 64 register list --status $'open\u202e'
expect_err "<U+202E>"
refuses 64 register list --status "$(printf 'x%.0s' {1..300})"
expect_err "…"
grep -q "$(printf 'x%.0s' {1..60})" "$ERR" && bad "a long value is echoed whole" || ok
for lang in ZH zh_CN zh-CN Zh; do
  cz --lang "$lang" register list --status 开业
  expect_err "已开业"
  grep -q "unknown language" "$ERR" && bad "--lang $lang is refused" || ok
done
refuses 64 --lang fr register list
expect_err "use --lang zh"

case_ "numeric options: full-width digits are read, an empty value gets its own message"
cz audit list --limit ５
expect_rc 0
refuses 64 audit list --limit ''
expect_err "empty value"
refuses 64 parcel overdue --days '　'
expect_err "empty value"
refuses 64 audit list --limit ５x
expect_err "is not a whole number"

case_ "CLI11's leftovers: Needs in Chinese, positionals are arguments, the program named once"
cz --lang zh register add --help
expect_out "需要"
grep -q "Needs" "$OUT" && bad "help says Needs under --lang zh" || ok
refuses 64 asses
[ "$(grep -c czstation "$ERR")" = 1 ] && ok || bad "the program is named more than once: $(cat "$ERR")"
expect_err "unknown subcommand 'asses'"
refuses 64 register lsit
expect_err "register: unknown subcommand 'lsit'"
refuses 64 order sale list
expect_err "the argument id is required"

case_ "import: a workbook is named as one, a header alone imports nothing, a landline needs its area code"
printf 'PK\003\004\024\000\000\000' >"$T/book.xlsx"
refuses 65 import purchases "$T/book.xlsx"
expect_err "is an Excel workbook (.xlsx), not a CSV file"
expect_err "CSV UTF-8"
grep -q iconv "$ERR" && bad "a workbook gets encoding advice" || ok
printf 'station,requested_on,villager,phone,item,price\n' >"$T/header.csv"
before=$(db_hash)
cz import purchases "$T/header.csv"
expect_rc 0
expect_err "has a header but no rows: nothing was imported"
[ "$(db_hash)" = "$before" ] && ok || bad "a header alone changed the database"
cz --format json import purchases "$T/header.csv"
expect_rc 0
expect_out '"rows":0'
refuses 65 order purchase add --station CN-KD-001 --villager 卓玛 --phone 6321234 --item x --price 1
expect_err "needs its area code, for example 0891-6321234"
printf 'station,requested_on,villager,phone,item,price\nCN-KD-001,2026-03-05,卓玛,6321234,x,1\n' >"$T/landline.csv"
refuses 65 import purchases "$T/landline.csv"
expect_err "needs its area code"

case_ "an option given twice says so, and one given without a value says that"
refuses 64 register list --status open --status closed
expect_err "--status was given more than once"
refuses 64 register list --status
expect_err "--status needs a value"

case_ "words that change records: premises, post status, stock-take reason, exit basis, format"
cz register update CN-KD-001 --premises 其他场所
expect_rc 0
expect_sql "SELECT premises FROM station WHERE code = 'CN-KD-001'" other
cz review post add CN-KD-001 --date 2026-03-02 --title 卡达酥油代销 --body 卡达村酥油上架代销
cz review post list --status 已提交 --format csv
expect_rc 0
expect_out "卡达酥油代销"
cz review post list --status ｓｕｂｍｉｔｔｅｄ --format csv
expect_out "卡达酥油代销"
refuses 64 review post list --status 已审核
expect_err "已通过"
cz --format ＣＳＶ register list
expect_rc 0
expect_out "code,name,township"
cz --format 表格 --lang zh register list
expect_out "已开业"
cz inspect stocktake open CN-KD-001 --date 2026-03-31 --counter 卓玛
cz inspect stocktake line CN-KD-001 --month 2026-03 --item 大米 --unit kg --book 10 --counted 9 --reason-kind 变质
expect_rc 0
expect_sql "SELECT reason FROM stocktake_line" spoiled

case_ "catalogue words: the label a table prints, trimmed, full-width and any case; unknown words exit 64"
cz order service add --station CN-KD-001 --kind 预约挂号 --villager 达瓦 --date 2026-03-05
expect_rc 0
cz order service add --station CN-KD-001 --kind " ＷＡＴＥＲ " --villager 达瓦 --date 2026-03-05
expect_rc 0
expect_sql "SELECT group_concat(kind) FROM (SELECT kind FROM service ORDER BY id DESC LIMIT 2)" "water,medical"
cz order sale add --station CN-KD-001 --product 青稞 --category " 农产品 " --producer 格桑 --platform 淘宝 --date 2026-03-05
expect_rc 0
expect_sql "SELECT category FROM sale ORDER BY id DESC LIMIT 1" farm
printf 'station,served_on,kind,villager,phone,amount,fee,note\n CN-KD-001,2026-03-06, 预约挂号 ,达瓦,,0,0,\n' >"$T/services-labels.csv"
cz import services "$T/services-labels.csv"
expect_rc 0
expect_sql "SELECT kind FROM service ORDER BY id DESC LIMIT 1" medical
refuses 64 order service add --station CN-KD-001 --kind 快递 --villager 达瓦 --date 2026-03-05
expect_err "use one of"
cz report ledger --period 2026-03 --by 乡镇 --format csv
expect_rc 0
expect_out "township"
cz report disputes --period 2026-03 --by 全县 --kind 假冒商品 --format csv
expect_rc 0
refuses 64 report ledger --period 2026-03 --by 村
expect_err "township (乡镇)"

case_ "a stock-take sheet filled in Chinese Excel: Chinese headings, GBK, a trailing empty column, any form of the month"
cz inspect stocktake open CN-KD-001 --date 2026-03-31 --counter 卓玛
printf '月份,项目,单位,账面,实盘,原因,备注,\r\n2026年3月,大米,kg,10,9,变质,鼠咬,\r\n2026/3,菜籽油 5L,桶,4,4,,,\r\n' |
  iconv -f UTF-8 -t GBK >"$T/sheet-gbk.csv"
refuses 65 inspect stocktake fill CN-KD-001 "$T/sheet-gbk.csv" --month 2026-03
expect_err "add --encoding gbk"
cz inspect stocktake fill CN-KD-001 "$T/sheet-gbk.csv" --month 2026-03 --encoding gbk
expect_rc 0
expect_sql "SELECT item || '|' || reason FROM stocktake_line ORDER BY item" "大米|spoiled: 鼠咬
菜籽油 5L|"
cz --lang zh inspect stocktake show CN-KD-001 --month 2026-03
expect_out "变质：鼠咬"
cz --lang zh --format csv inspect stocktake show CN-KD-001 --month 2026-03
expect_out "spoiled: 鼠咬"

case_ "the evaluation for people groups the thousands of its amounts"
cz order service add --station CN-KD-001 --kind electricity --villager 达瓦 --amount 2500 --date 2026-03-06
expect_rc 0
cz report evaluation --period 2026-03 --station CN-KD-001
expect_rc 0
expect_out "2,500.00"

case_ "the exit basis in Chinese, and close status prints it so"
cz close decide CN-KD-001 --basis 协商退出 --agreement XY-1 --date 2026-03-05
expect_rc 0
expect_sql "SELECT basis FROM closure" negotiated
cz --lang zh close status CN-KD-001
expect_out "协商退出"
expect_out "决定退出日期"
