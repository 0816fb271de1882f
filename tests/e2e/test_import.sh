#!/usr/bin/env bash
# import and export: CSV files of ledger records, whole or not at all, through the real binary.
. "$(dirname "$0")/lib.sh"

ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
ready_station CN-LP-001 浪坡村电商服务站 浪坡乡
cz register open CN-LP-001 --date 2026-02-01
ready_station CN-JB-001 吉巴村电商服务站 吉巴乡 # never opened

header="station,requested_on,villager,phone,item,quantity,price,fee,platform,platform_order,paid,ordered_on,arrived_at,notified_at,picked_up_on"
csv() { printf '%b' "$2" >"$T/$1"; }

fixture_done
case_ "a good file lands whole, in one transaction, with CRLF, a BOM and quoted fields"
csv good.csv "\xEF\xBB\xBF$header\r\nCN-KD-001,2026-03-01,卓玛,13900000002,\"化肥, 50kg\",2,120,5,拼多多,PDD1,240,2026-03-01,2026-03-03 10:00,2026-03-03 15:00,2026-03-04\r\ncn-lp-001,2026-03-02,扎西,13800000001,\"茶叶 (两包)\",1,80,,,,,,,,\r\n"
cz import purchases "$T/good.csv"
expect_rc 0
expect_out "imported 2 purchases"
expect_sql "SELECT id, status, item, completed_on FROM purchase ORDER BY id" "1|picked_up|化肥, 50kg|2026-03-04
2|requested|茶叶 (两包)|"
expect_sql "SELECT json_extract(changes, '\$[0].op'), json_extract(changes, '\$[0].rows'), json_extract(changes, '\$[0].first_id') FROM audit_entry ORDER BY id DESC LIMIT 1" "import|2|1"
expect_sql "SELECT json_extract(changes, '\$[0].file_sha256') FROM audit_entry ORDER BY id DESC LIMIT 1" "$(sha256sum "$T/good.csv" | cut -d' ' -f1)"
cz audit verify
expect_rc 0
# Alt+Enter in an item's cell: an item is one line, so the file is refused, the break shown.
csv altenter.csv "$header\nCN-KD-001,2026-03-05,扎西,13800000001,\"茶叶\n(两包)\",1,80,,,,,,,,\n"
refuses 65 import purchases "$T/altenter.csv"
expect_err "item: '茶叶<U+000A>(两包)' contains a line break"

then_ "imported rows go on through their lifecycle, and verify still checks them"
cz order purchase pay P2 --platform 淘宝 --order T7 --paid 80 --date 2026-03-03
expect_rc 0
expect_sql "SELECT json_extract(changes, '\$[0].before') IS NOT NULL FROM audit_entry ORDER BY id DESC LIMIT 1" 1
cz audit verify
expect_rc 0
cp "$DB" "$T/clean.db"
sql "UPDATE purchase SET item = '尿素' WHERE id = 1"
cz audit verify
expect_rc 65
expect_err "imported by entry"
cp "$T/clean.db" "$DB"
sql "UPDATE purchase SET platform = '京东' WHERE id = 2"
cz audit verify
expect_rc 65
expect_err "row 2 of purchase was changed outside czstation"
cp "$T/clean.db" "$DB"
sql "DELETE FROM purchase WHERE id = 1"
cz audit verify
expect_rc 65
cp "$T/clean.db" "$DB"
sql "DELETE FROM audit_import"
cz audit verify
expect_rc 65
expect_err "index of bulk imports"
cp "$T/clean.db" "$DB"

then_ "a GBK file saved by Excel is converted"
printf '%s\r\n%s\r\n' "$header" "CN-KD-001,2026-03-05,次仁,13700000003,酥油,1,45,0,,,,,,," | iconv -f UTF-8 -t GBK >"$T/gbk.csv"
cz import purchases "$T/gbk.csv"
expect_rc 0
expect_out "converted from GBK"
expect_sql "SELECT villager_name, item FROM purchase WHERE id = 3" "次仁|酥油"

bad_file() { # NAME CONTENT EXPECTED-MESSAGE
  csv "$1" "$2"
  refuses 65 import purchases "$T/$1"
  expect_err "$3"
  expect_hint
}

then_ "a missing column, an unknown column, an extra field, a bad quote; a blank line is skipped, not counted as a row"
bad_file missing.csv "station,requested_on,villager,phone,item\nCN-KD-001,2026-03-01,卓玛,13900000002,x\n" "the column 'price' is missing"
bad_file unknown.csv "$header,colour\nCN-KD-001,2026-03-01,卓玛,13900000002,x,1,1,,,,,,,,,red\n" "unknown column 'colour'"
bad_file typo.csv "station,requested_on,villager,phone,item,quantty,price\n" "(did you mean quantity?)"
bad_file extra.csv "$header\nCN-KD-001,2026-03-01,卓玛,13900000002,x,1,1,,,,,,,,,extra\n" "line 2: 16 fields, but the header names 15 columns"
bad_file quote.csv "$header\nCN-KD-001,2026-03-01,卓\"玛,13900000002,x,1,1,,,,,,,,\n" "line 2: a quote"
bad_file unclosed.csv "$header\nCN-KD-001,2026-03-01,\"卓玛,13900000002,x,1,1,,,,,,,,\n" "is not closed"
bad_file blank.csv "$header\nCN-KD-001,2026-03-01,卓玛,13900000002,x,1,1,,,,,,,,\n\n,,,,,,,,,,,,,,\nCN-KD-001,2026-03-01,卓玛,13900000002,x,1,abc,,,,,,,,\n" "line 5: price"
bad_file empty.csv "" "the first line must name the columns"
# A header alone imports nothing and is no error: test_input.sh.

then_ "a wrong encoding is refused with how to convert it"
printf '%s\n' "$header" >"$T/latin1.csv"
printf 'CN-KD-001,2026-03-01,\xff\xfe\xff,13900000002,x,1,1,,,,,,,,\n' >>"$T/latin1.csv"
refuses 65 import purchases "$T/latin1.csv"
expect_err "neither UTF-8 nor GBK"
expect_err "iconv -f GBK -t UTF-8"

then_ "bad values: every bad row is listed with its line and field"
bad_file values.csv "$header\nCN-KD-001,2026-03-01,卓玛,13900000002,x,1,-1,,,,,,,,\nCN-KD-001,2026-03-01,卓玛,13900000002,x,1,1.234,,,,,,,,\nCN-KD-001,2026-03-01,卓玛,13900000002,x,1,abc,,,,,,,,\nCN-KD-001,2026-03-01,卓玛,13900000002,x,1,\"12,50\",,,,,,,,\nCN-KD-001,2026-02-30,卓玛,139,x,0,1,,,,,,,,\n" "line 2: price"
expect_err "line 3: price"
expect_err "line 4: price"
expect_err "line 5: price"
expect_err "line 6: requested_on"
expect_err "phone '*39' is not a phone number" # masked, as every private value (Art. 13)
expect_err "fix the 5 bad line(s)"

then_ "unknown, unopened and not-yet-open stations; steps out of order; dates in the future"
bad_file stations.csv "$header\nCN-KD-002,2026-03-01,卓玛,13900000002,x,1,1,,,,,,,,\nCN-JB-001,2026-03-01,卓玛,13900000002,x,1,1,,,,,,,,\nCN-KD-001,2026-01-20,卓玛,13900000002,x,1,1,,,,,,,,\n" "line 2: no station with code CN-KD-002 (did you mean CN-KD-001?)"
expect_err "line 3: station CN-JB-001 has not opened"
expect_err "line 4: station CN-KD-001 opened on 2026-02-01"
bad_file order.csv "$header\nCN-KD-001,2026-03-01,卓玛,13900000002,x,1,1,,,,,,,2026-03-05 10:00,\nCN-KD-001,2026-03-05,卓玛,13900000002,x,1,1,,淘宝,T1,1,2026-03-04,,,\nCN-KD-001,2026-11-29,卓玛,13900000002,x,1,1,,,,,,,,\n" "line 2: the new purchase: cannot notify a purchase that is requested"
expect_err "before the previous step on 2026-03-05"
expect_err "line 4: requested_on: 2026-11-29 is in the future"

then_ "100,000 good rows and one bad row at the end: nothing is written"
awk -v h="$header" 'BEGIN { print h; for (i = 1; i <= 100000; i++) printf "CN-KD-001,2026-03-01,卓玛,13900000002,化肥,1,%d,,,,,,,,\n", i; print "CN-KD-001,2026-03-01,卓玛,13900000002,化肥,1,-5,,,,,,,," }' >"$T/big.csv"
refuses 65 import purchases "$T/big.csv"
expect_err "line 100002: price"
expect_sql "SELECT count(*) FROM purchase" 3

then_ "a file that does not exist is missing input (66)"
refuses 66 import purchases "$T/nope.csv"
refuses 64 import orders "$T/good.csv"

then_ "sales, services and parcels import too"
csv sales.csv "station,recommended_on,product,category,producer,phone,platform,contacted_on,listed_on,sold_on,quantity,unit,amount,fee\nCN-KD-001,2026-04-01,错那土豆,farm,格桑,13600000004,县电商平台,2026-04-02,2026-04-03,2026-04-10,500,斤,1500,30\nCN-KD-001,2026-04-01,藏香,特产,格桑,,县电商平台,,,,,,,\n"
cz import sales "$T/sales.csv"
expect_rc 0
expect_sql "SELECT status, amount_fen, completed_on FROM sale ORDER BY id" "sold|150000|2026-04-10
recommended||"
csv services.csv "station,served_on,kind,villager,phone,amount,fee,note\nCN-KD-001,2026-04-05,water,达瓦,,35,,\"代缴\n水费\"\nCN-LP-001,2026-04-06,挂号,央金,13500000006,0,2,县医院\n"
cz import services "$T/services.csv"
expect_rc 0
# A note keeps the line break Alt+Enter made in its cell.
expect_sql "SELECT kind, note FROM service ORDER BY id" "water|代缴
水费
medical|县医院"
csv parcels.csv "station,direction,carrier,tracking_no,name,phone,destination,fee,arrived_at,notified_at,picked_up_at,accepted_on,dispatched_on\nCN-KD-001,in,顺丰,SF1,扎西,13800000001,,,2026-05-01 09:00,2026-05-01 10:00,2026-05-02 11:00,,\nCN-KD-001,in,顺丰,SF2,扎西,13800000001,,,2026-11-27 09:00,,,,\nCN-KD-001,out,邮政,EMS1,格桑,,拉萨,10,,,,2026-05-03,2026-05-04\n"
cz import parcels "$T/parcels.csv"
expect_rc 0
expect_sql "SELECT status, pickup_code IS NOT NULL, completed_on FROM parcel ORDER BY id" "picked_up|0|2026-05-02
arrived|1|
dispatched|0|2026-05-04"
csv dup.csv "station,direction,carrier,tracking_no,name,phone,arrived_at\nCN-KD-001,in,顺丰,SF2,扎西,13800000001,2026-05-01 09:00\n"
refuses 65 import parcels "$T/dup.csv"
expect_err "顺丰 tracking number SF2 is already parcel 2"
cz audit verify
expect_rc 0

then_ "export: the same columns, masked unless --reveal; formulas neutralised"
cz order purchase add --station CN-KD-001 --villager "=HYPERLINK(1)" --phone 13900000002 --item "@SUM(A1)" --price 1 --date 2026-03-06
cz export purchases
expect_rc 0
expect_out "id,station,status,requested_on,villager,phone,item,quantity,price,fee,platform,platform_order,paid,ordered_on,arrived_at,notified_at,picked_up_on,exchanged_on,returned_on,cancelled_on,reason,completed_on"
expect_out "1,CN-KD-001,picked_up,2026-03-01,卓*,139****0002,\"化肥, 50kg\",2,120.00,5.00,拼多多,PDD1,240.00,2026-03-01,2026-03-03T10:00:00,2026-03-03T15:00:00,2026-03-04,,,,,2026-03-04"
expect_out ",'@SUM(A1),"
cz export purchases --format json --station CN-LP-001
expect_out '[{"id":2,"station":"CN-LP-001"'
expect_out '"villager":"扎*"'
cz export parcels --period 2026-05 --format csv
[ "$(wc -l <"$OUT")" -eq 3 ] && ok || bad "two parcels in May"
refuses 64 export parcels --period May

then_ "an export with --reveal imports again into a new database, and is logged"
cz --reveal export purchases
expect_rc 0
expect_out "'=HYPERLINK(1)"
cp "$OUT" "$T/round.csv"
expect_sql "SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1" "privacy.reveal"
grep -v HYPERLINK "$T/round.csv" >"$T/round2.csv"
DB=$T/second.db
cz init
ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
ready_station CN-LP-001 浪坡村电商服务站 浪坡乡
cz register open CN-LP-001 --date 2026-02-01
cz import purchases "$T/round2.csv"
expect_rc 0
expect_out "imported 3 purchases"
expect_sql "SELECT group_concat(status) FROM purchase" "picked_up,ordered,requested"
cz audit verify
expect_rc 0

case_ "thousands of rows of mixed shapes: every row reads as it is, whatever row came before it in memory"
# The reading thread refills the rows of batches already written: a row's fields, errors,
# problems and emptiness must not carry over to the next row read into the same place. Four
# shapes in turn (requested; paid; picked up; cancelled with a reason) and two blank lines,
# 12,000 rows, so that every place is reused several times with another shape.
mixed_header="$header,cancelled_on,reason"
awk -v h="$mixed_header" 'BEGIN { print h; for (i = 1; i <= 12000; i++) {
  if (i == 44 || i == 3000) print ""
  s = i % 4
  if (s == 0) printf "CN-KD-001,2026-03-01,卓玛,13900000002,化肥%d,1,%d,,,,,,,,,,\n", i, i
  if (s == 1) printf "CN-KD-001,2026-03-01,扎西,13800000001,茶叶%d,2,%d,1,淘宝,T%d,%d,2026-03-02,,,,,\n", i, i, i, i * 2 + 1
  if (s == 2) printf "CN-LP-001,2026-03-01,达瓦,13700000003,盐巴%d,1,%d,,京东,J%d,%d,2026-03-02,2026-03-04 10:00,2026-03-04 15:30,2026-03-05,,\n", i, i, i, i
  if (s == 3) printf "CN-LP-001,2026-03-01,央金,13600000004,食油%d,1,%d,,,,,,,,,2026-03-03,不要了%d\n", i, i, i
} }' >"$T/mixed.csv"
cz import purchases "$T/mixed.csv"
expect_rc 0
expect_out "imported 12000 purchases"
expect_out "skipped 2 empty line(s)"
expect_sql "SELECT status, count(*), count(platform), count(paid_fen), count(arrived_at), count(closed_on), count(close_reason), count(completed_on) FROM purchase GROUP BY status ORDER BY status" "cancelled|3000|0|0|0|3000|3000|0
ordered|3000|3000|3000|0|0|0|0
picked_up|3000|3000|3000|3000|0|0|3000
requested|3000|0|0|0|0|0|0"
# Each row's own values, not a neighbour's: the item's number is its price in yuan, and the
# reason's number the item's.
expect_sql "SELECT count(*) FROM purchase WHERE CAST(substr(item, 3) AS INTEGER) * 100 <> price_fen OR close_reason <> '不要了' || substr(item, 3)" 0
cz audit verify
expect_rc 0

then_ "and bad rows among them are reported at their own lines only"
# A wrong number of fields early (a problem with the row as a whole), a bad price and a bad
# date later: each place they were read into is reused by good rows after them.
awk 'NR == 31 { print "CN-KD-001,2026-03-01,卓玛,13900000002,短"; next }
  NR == 701 { print "CN-KD-001,2026-03-01,卓玛,13900000002,坏了,1,-5,,,,,,,,,,"; next }
  NR == 4003 { print "CN-KD-001,2026-13-01,卓玛,13900000002,坏了,1,5,,,,,,,,,,"; next } { print }' "$T/mixed.csv" >"$T/mixed-bad.csv"
refuses 65 import purchases "$T/mixed-bad.csv"
expect_err "line 31: 5 fields"
expect_err "line 701: price"
expect_err "line 4003: requested_on"
[ "$(grep -c '^czstation: error: line' "$ERR")" -eq 3 ] && ok || bad "exactly the three bad lines are reported"

case_ "exchanges and disputes among thousands of plain rows: each written beside its purchase, every row in file order"
# A purchase with exchanges above it, and a dispute row, are written with rows beside them,
# among plain rows. 1,500 purchases across several batches of the reading thread (which are
# given back and refilled once written), 15 with an exchange and 11 with a dispute below them.
h='station,id,requested_on,villager,phone,item,price,platform,platform_order,paid,ordered_on,arrived_at,notified_at,picked_up_on,exchanged_on,reason,exchange_of,dispute_of,dispute_kind,description,opened_on'
awk -v h="$h" 'BEGIN { print h; for (i = 1; i <= 1500; i++) {
  if (i % 97 == 0) {
    printf ",,,,,,,,,,,2026-03-04 10:00,,,2026-03-06,内胆破损,%d,,,,\n", i
    printf "CN-KD-001,%d,2026-03-01,卓玛,13900000002,锅%d,%d,淘宝,TX-%d,%d,2026-03-02,2026-03-08 09:00,,,2026-03-06,,,,,,\n", i, i, i, i, i
  } else {
    printf "CN-KD-001,%d,2026-03-01,卓玛,13900000002,锅%d,%d,淘宝,TX-%d,%d,2026-03-02,2026-03-04 10:00,2026-03-04 15:00,2026-03-05,,,,,,,\n", i, i, i, i, i
  }
  if (i % 131 == 0) printf ",,,,,,,,,,,,,,,,,%d,damaged,锅盖变形,2026-03-06\n", i
} }' >"$T/sequels.csv"
before=$(sql "SELECT coalesce(max(id), 0) FROM purchase")
cz import purchases "$T/sequels.csv"
expect_rc 0
expect_out "imported 1500 purchases"
expect_out "with 15 exchange(s)"
expect_out "with 11 dispute(s)"
# Ids follow the file: the nth purchase of the file is the nth new id.
expect_sql "SELECT count(*), min(id) - $before, max(id) - $before FROM purchase WHERE id > $before AND id - $before = CAST(substr(platform_order, 4) AS INTEGER)" "1500|1|1500"
expect_sql "SELECT count(*), sum(CAST(substr(p.platform_order, 4) AS INTEGER) % 97), min(p.status) FROM purchase_exchange e JOIN purchase p ON p.id = e.purchase_id WHERE p.id > $before" "15|0|arrived"
expect_sql "SELECT count(*), sum(CAST(substr(p.platform_order, 4) AS INTEGER) % 131) FROM dispute d JOIN purchase p ON p.id = d.purchase_id WHERE p.id > $before" "11|0"
expect_sql "SELECT count(*) FROM purchase WHERE id > $before AND CAST(substr(item, 2) AS INTEGER) * 100 <> price_fen" 0
cz audit verify
expect_rc 0

then_ "and a bad row after hundreds of written rows is reported, with nothing of the file written"
awk 'NR == 900 { sub(/,2026-03-01,/, ",2026-03-41,") } { print }' "$T/sequels.csv" >"$T/sequels-bad.csv"
count=$(sql "SELECT count(*) FROM purchase")
refuses 65 import purchases "$T/sequels-bad.csv"
expect_err "line 900: requested_on"
expect_sql "SELECT count(*) FROM purchase" "$count"

case_ "help texts"
for sub in import "import purchases" "import parcels" export "export sales" "export services"; do
  cz $sub --help
  expect_rc 0
done
