#!/usr/bin/env bash
# backup and restore: a consistent, checked copy while others write; old copies pruned; a
# restore refuses what is not a good czstation copy, keeps the file it replaces and is logged.
. "$(dirname "$0")/lib.sh"

ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01

case_ "backup writes a checked copy named by date and time beside the database"
cz backup
expect_rc 0
expect_out "audit entries verified"
copy=$(ls "$T"/backups/county-*.db)
[ -f "$copy" ] && ok || bad "no copy in $T/backups"
[[ "$(basename "$copy")" =~ ^county-[0-9]{8}T[0-9]{6}Z\.db$ ]] && ok || bad "copy named $(basename "$copy")"
[ "$(sqlite3 "$copy" 'PRAGMA integrity_check')" = ok ] && ok || bad "copy fails integrity_check"
[ "$(sqlite3 "$copy" 'SELECT status FROM station')" = open ] && ok || bad "copy lacks the data"
[ "$(stat -c %a "$copy")" = 600 ] && ok || bad "copy mode is $(stat -c %a "$copy")"

case_ "backup is consistent while another czstation writes"
(
  for i in $(seq 1 40); do
    "$CZSTATION_BIN" --db "$DB" --as-of 2026-11-28 --quiet register equipment CN-KD-001 --kind 扫码枪 \
      --serial "SN-$i" --date 2026-03-01 >/dev/null 2>&1
  done
) &
writer=$!
for i in 1 2 3; do
  cz backup --to "$T/busy" --keep 0
  expect_rc 0
  sleep 1
done
wait $writer
for c in "$T"/busy/*.db; do
  "$CZSTATION_BIN" --db "$c" audit verify >"$OUT" 2>"$ERR"
  RC=$?
  expect_rc 0
done
[ "$(ls "$T"/busy | wc -l)" -eq 3 ] && ok || bad "expected 3 copies: $(ls "$T"/busy)"

case_ "--keep N keeps the newest N copies of this database and nothing else is removed"
touch "$T/busy/notes.txt" "$T/busy/other-20260101T000000Z.db"
cz backup --to "$T/busy" --keep 2 --format json
expect_rc 0
expect_out '"pruned":'
[ "$(ls "$T"/busy/county-*.db | wc -l)" -eq 2 ] && ok || bad "expected 2 copies: $(ls "$T"/busy)"
[ -f "$T/busy/notes.txt" ] && [ -f "$T/busy/other-20260101T000000Z.db" ] && ok || bad "pruned a file that is not a copy"
cz backup --keep -1
expect_rc 64

case_ "a backup target that cannot be written: exit 73, database unchanged"
touch "$T/plainfile"
refuses 73 backup --to "$T/plainfile/sub"
expect_err "cannot make the backup directory $T/plainfile/sub"
if [ "$(id -u)" -ne 0 ]; then
  mkdir "$T/locked" && chmod 555 "$T/locked"
  refuses 73 backup --to "$T/locked"
  expect_err "cannot write into the backup directory"
fi

case_ "a backup target that is full: exit 74, no partial copy left, database unchanged"
mkdir "$T/full"
before=$(db_hash)
# A file-size limit stands in for a full disk: the write fails part way like ENOSPC does.
(
  trap '' XFSZ
  ulimit -f 64
  exec "$CZSTATION_BIN" --db "$DB" --as-of 2026-11-28 backup --to "$T/full"
) >"$OUT" 2>"$ERR"
RC=$?
expect_rc 74
expect_err "the backup could not be written to $T/full"
expect_hint
[ -z "$(ls "$T/full")" ] && ok || bad "left behind: $(ls "$T/full")"
[ "$(db_hash)" = "$before" ] && ok || bad "database changed"

case_ "restore refuses a damaged, foreign or missing file and leaves the database alone"
cp "$copy" "$T/damaged.db"
printf '\x0d\xff\xff\xff\xff\xff\xff\xff' | dd of="$T/damaged.db" bs=1 seek=4096 conv=notrunc 2>/dev/null
refuses 65 restore "$T/damaged.db"
expect_err "cannot be restored: it is damaged"
sqlite3 "$T/foreign.db" "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
refuses 65 restore "$T/foreign.db"
expect_err "not a czstation one"
printf 'name,phone\n' >"$T/text.db"
refuses 65 restore "$T/text.db"
expect_err "not a SQLite database"
refuses 66 restore "$T/no-such-copy.db"
cp "$copy" "$T/tampered.db"
sqlite3 "$T/tampered.db" "UPDATE station SET area_centi_m2 = 1 WHERE code = 'CN-KD-001'"
refuses 65 restore "$T/tampered.db"
expect_err "its audit log does not verify"
[ -z "$(ls "$T" | grep replaced)" ] && ok || bad "a refused restore kept a file"

case_ "restore puts the copy back, keeps the replaced file and logs the restore"
cz register update CN-KD-001 --manager 次仁
expect_rc 0
cz restore "$copy"
expect_rc 0
expect_out "restored $DB"
kept=$(ls "$T"/county.db.replaced-*.db)
[ -f "$kept" ] && ok || bad "the replaced file was not kept"
[ "$(sqlite3 "$kept" 'SELECT manager_name FROM station')" = 次仁 ] && ok || bad "kept file lacks the later change"
expect_sql "SELECT manager_name FROM station" 卓玛
expect_sql "SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1" database.restore
expect_sql "SELECT json_extract(json_extract(changes, '\$[0].what'), '\$.kept') FROM audit_entry ORDER BY id DESC LIMIT 1" "$kept"
cz audit verify
expect_rc 0

case_ "restore onto a machine with no database creates it from the copy"
cz_raw --db "$T/new-machine.db" --as-of 2026-11-28 restore "$copy"
expect_rc 0
[ "$(sqlite3 "$T/new-machine.db" 'SELECT code FROM station')" = CN-KD-001 ] && ok || bad "not restored"
