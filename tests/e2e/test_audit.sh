#!/usr/bin/env bash
# The audit log: every change is recorded and chained; tampering is detected.
. "$(dirname "$0")/lib.sh"

ready_station CN-KD-001
cz --actor 卓玛 register open CN-KD-001 --date 2026-02-01

fixture_done
case_ "every change is one entry with actor, command and the rows it wrote"
expect_sql "SELECT count(*) FROM audit_entry" 5
expect_sql "SELECT actor, action, station_code FROM audit_entry WHERE id = 5" "卓玛|station.open|CN-KD-001"
expect_sql "SELECT command LIKE '%register open CN-KD-001 --date 2026-02-01' FROM audit_entry WHERE id = 5" 1
expect_sql "SELECT json_array_length(changes) FROM audit_entry WHERE id = 5" 3
# The event, its reason in both languages (schemas/0019) and the station's new status.
expect_sql "SELECT group_concat(json_extract(value, '$.table'), ' ') FROM audit_entry, json_each(changes) WHERE audit_entry.id = 5" "station_event station_event_reason station"

case_ "a refused command writes no entry"
cz register open CN-KD-001
expect_sql "SELECT count(*) FROM audit_entry" 5

case_ "audit lists entries, filtered"
cz audit --format csv
expect_rc 0
expect_out "id,at,actor,action,station,command,changes,hash"
[ "$(wc -l <"$OUT")" -eq 6 ] && ok || bad "expected 5 entries"
cz audit list --by 卓玛 --format json
expect_rc 0
expect_out '"action":"station.open"'
cz audit --station CN-XX-001 --format csv
[ "$(wc -l <"$OUT")" -eq 1 ] && ok || bad "expected only the header"
cz audit --period 2026Q5
expect_rc 64

case_ "audit list --last shows the newest entries, newest first; changes are a JSON array"
cz audit list --last 2 --format csv
expect_rc 0
[ "$(sed -n '2p;3p' "$OUT" | cut -d, -f1 | tr '\n' ' ')" = "5 4 " ] && ok || bad "expected entries 5 then 4"
cz audit list --last 1 --format json
[ "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(type(d[0]["changes"]).__name__, d[0]["id"])' "$OUT")" = "list 5" ] &&
  ok || bad "changes should be an array"
refuses 64 audit list --last 1 --limit 1

case_ "audit --period is the county's calendar, not UTC dates"
# An entry made at 2026-03-31T17:00Z is on 1 April in Asia/Shanghai (UTC+8).
cp "$DB" "$T/before-period.db"
sql "DROP TRIGGER audit_entry_append_only_update; UPDATE audit_entry SET at = '2026-03-31T17:00:00Z' WHERE id = 5"
cz audit --period 2026-04 --format csv
expect_out "2026-03-31T17:00:00Z"
cz audit --period 2026-03 --format csv
! grep -q "2026-03-31T17:00:00Z" "$OUT" && ok || bad "the entry belongs to April on the county's clock"
cp "$T/before-period.db" "$DB"

case_ "verify passes on an untouched database"
cz audit verify
expect_rc 0
expect_out "5 entries"
cz audit verify --format json
expect_out '"ok":true'

cp "$DB" "$T/clean.db"
tamper() {
  cp "$T/clean.db" "$DB"
  sqlite3 "$DB" "$1"
  cz audit verify
  expect_rc 65
  expect_err "$2"
}

case_ "verify fails when a data row is edited outside czstation"
tamper "UPDATE station SET area_centi_m2 = 2000 WHERE code = 'CN-KD-001'" "row 1 of station was changed outside czstation"

case_ "verify fails when a row is inserted outside czstation"
tamper "INSERT INTO training (station_id, trained_on, deci_hours, topic) VALUES (1, '2026-01-01', 10, 'x')" \
  "added outside czstation"

case_ "verify fails when a row is deleted outside czstation"
tamper "DELETE FROM site_check_item WHERE item = 'hygiene'" "deleted outside czstation"

case_ "the audit log itself refuses UPDATE and DELETE"
cp "$T/clean.db" "$DB"
sqlite3 "$DB" "UPDATE audit_entry SET actor = 'x' WHERE id = 2" 2>"$T/sqlerr"
grep -q "append-only" "$T/sqlerr" && ok || bad "update of audit_entry was not refused"

case_ "verify fails when an entry is edited with the triggers dropped"
tamper "DROP TRIGGER audit_entry_append_only_update; UPDATE audit_entry SET actor = 'x' WHERE id = 2" \
  "entry 2 was changed after it was written"

case_ "verify fails when an entry is deleted"
tamper "DROP TRIGGER audit_entry_append_only_delete; DELETE FROM audit_entry WHERE id = 3" "missing"

case_ "verify fails when the newest entries are deleted"
tamper "DROP TRIGGER audit_entry_append_only_delete; DELETE FROM audit_entry WHERE id = 5" "newest audit entries were removed"

case_ "verify fails when an entry is inserted"
tamper "INSERT INTO audit_entry (id, at, actor, command, action, changes, prev_hash, hash) SELECT 6, at, actor, command, action, '[]', hash, hash FROM audit_entry WHERE id = 5" \
  "entry 6"

case_ "audit listings mask private options and fields; --reveal shows them and is logged"
cp "$T/clean.db" "$DB"
cz order purchase add --station CN-KD-001 --villager 卓玛 --phone 13900000003 --item 化肥 --price 10
cz audit --format csv
expect_out "--phone '139****0003'"
expect_out "--manager 卓玛 --phone 13900000002" # the station's public contact (register list shows it)
cz --reveal audit --format csv
expect_out "--phone 13900000003"
expect_sql "SELECT count(*) FROM audit_entry WHERE action = 'privacy.reveal'" 1
cz audit verify
expect_rc 0
