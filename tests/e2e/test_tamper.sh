#!/usr/bin/env bash
# What a local user who can write the database file can do with the sqlite3 shell, and what
# catches it (the threat model of czstation-audit(1)): each attack passes `audit verify` on the
# chain alone, where that is so, and is caught with an anchor taken before it.
. "$(dirname "$0")/lib.sh"

ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
cz parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF1 --recipient 欧阳娜娜 --phone 13812345678 --at "2026-11-20 09:00"
cz audit anchor
BEFORE_REVEAL=$(cut -d' ' -f1 "$OUT")
cz parcel show 1 --reveal
cz audit anchor
ANCHOR=$(cut -d' ' -f1 "$OUT")

fixture_done

# rechain: what an attacker does after editing entries: recompute every hash with the public
# formula (lib/audit/chain.cpp), set the head to match, and put the append-only triggers back.
rechain() {
  python3 - "$DB" <<'PY'
import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
def field(h, v):
    b = v.encode()
    h.update(f"{len(b)}:".encode()); h.update(b)
prev = "0" * 64
rows = db.execute("SELECT id, at, actor, command, action, coalesce(station_code, ''), changes FROM audit_entry ORDER BY id").fetchall()
db.execute("DROP TRIGGER IF EXISTS audit_entry_append_only_update")
for r in rows:
    h = hashlib.sha256()
    for v in ("czstation-audit-v1", prev, str(r[0]), *r[1:]):
        field(h, v)
    db.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h.hexdigest(), r[0]))
    prev = h.hexdigest()
db.execute("UPDATE audit_head SET last_id = ?, last_hash = ?", (rows[-1][0], prev))
db.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_entry'", (rows[-1][0],))
db.execute("CREATE TRIGGER audit_entry_append_only_update BEFORE UPDATE ON audit_entry\nBEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
db.commit()
PY
}

case_ "an untouched chain passes with its anchors, given one by one, by prefix or in a file"
cz audit verify --anchor "$ANCHOR" --anchor "$BEFORE_REVEAL"
expect_rc 0
expect_out "checked against 2 anchor(s)"
cz audit verify --anchor "${ANCHOR:0:$((${#ANCHOR} - 48))}"
expect_rc 0
printf '# anchors mailed by cron\n%s 2026-11-20T01:00:00Z\n\n' "$ANCHOR" >"$T/anchors"
cz audit verify --anchors "$T/anchors" --format json
expect_rc 0
expect_out '"ok":true'
expect_out '"findings":[]'
expect_out '"anchors":1'
cz audit verify
expect_out "hash chain only"

case_ "audit anchor prints the head as ENTRY:HASH and its time"
cz audit anchor --format json
expect_out '"entry":'
[[ "$ANCHOR" =~ ^[0-9]+:[0-9a-f]{64}$ ]] && ok || bad "anchor '$ANCHOR' is not ENTRY:HASH"
expect_sql "SELECT id || ':' || hash FROM audit_entry ORDER BY id DESC LIMIT 1" "$ANCHOR"

case_ "attack 1: data edited and the whole chain rewritten with recomputed hashes"
sqlite3 "$DB" "UPDATE parcel SET person_phone = '13800000000';
  DROP TRIGGER audit_entry_append_only_update;
  UPDATE audit_entry SET changes = replace(changes, '13812345678', '13800000000')"
rechain
cz audit verify
expect_rc 0 # undetectable without an anchor: the chain is as consistent as an honest one
refuses 65 audit verify --anchor "$ANCHOR"
expect_err "is not on the chain"
expect_err "rewritten at or before"

case_ "attack 2: the trailing privacy.reveal entry deleted and the head moved back"
sqlite3 "$DB" "DROP TRIGGER audit_entry_append_only_delete;
  DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry);
  UPDATE audit_head SET last_id = (SELECT max(id) FROM audit_entry), last_hash = (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1);
  UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM audit_entry) WHERE name = 'audit_entry';
  CREATE TRIGGER audit_entry_append_only_delete BEFORE DELETE ON audit_entry
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
expect_sql "SELECT count(*) FROM audit_entry WHERE action = 'privacy.reveal'" 0
cz audit verify
expect_rc 0 # undetectable without an anchor: no trace is left
refuses 65 audit verify --anchor "$ANCHOR"
expect_err "the log ends at entry"
cz audit verify --anchor "$BEFORE_REVEAL"
expect_rc 0 # an anchor older than the deleted entry cannot see it

case_ "attack 3: the append-only triggers dropped (and left dropped)"
sqlite3 "$DB" "DROP TRIGGER audit_entry_append_only_update; DROP TRIGGER audit_entry_append_only_delete"
refuses 65 audit verify
expect_err "audit_entry_append_only_update is missing"
expect_err "audit_entry_append_only_delete is missing"
cz audit verify --anchor "$ANCHOR" --format json
expect_rc 65
# A failed verification still prints its record, which says it failed and why.
expect_out '"ok":false'
expect_out 'audit_entry_append_only_update is missing'

case_ "attack 3b: a trigger replaced by one that lets changes through"
sqlite3 "$DB" "DROP TRIGGER audit_entry_append_only_update;
  CREATE TRIGGER audit_entry_append_only_update BEFORE UPDATE ON audit_entry WHEN 0 BEGIN SELECT 1; END"
refuses 65 audit verify
expect_err "was replaced"

case_ "attack 4: a trigger planted to alter what later commands write"
sqlite3 "$DB" "CREATE TRIGGER quiet_fee AFTER INSERT ON parcel BEGIN
  UPDATE parcel SET fee_fen = 99900 WHERE id = new.id; END"
refuses 65 audit verify --anchor "$ANCHOR"
expect_err "the trigger quiet_fee on table parcel is not czstation's"

case_ "an empty log has nothing to anchor: nothing is printed, so an anchors file stays valid"
rm -f "$T/empty.db"
"$CZSTATION_BIN" --db "$T/empty.db" init >/dev/null 2>&1
"$CZSTATION_BIN" --db "$T/empty.db" audit anchor >>"$T/empty-anchors" 2>"$ERR"
[ $? -eq 0 ] && ok || bad "audit anchor on an empty log failed"
[ ! -s "$T/empty-anchors" ] && ok || bad "audit anchor printed an anchor of an empty log"
expect_err "nothing to anchor"
"$CZSTATION_BIN" --db "$T/empty.db" audit verify --anchors "$T/empty-anchors" >/dev/null 2>&1
[ $? -eq 0 ] && ok || bad "verify with an empty anchors file failed"

case_ "a malformed anchor, an anchor from another database, a missing anchors file: refused, nothing changed"
refuses 65 audit verify --anchor 12
expect_err "is not an anchor"
refuses 65 audit verify --anchor "x:$(printf '%064d' 0)"
refuses 65 audit verify --anchor 3:abc
expect_err "hex digits"
refuses 65 audit verify --anchor "999:0123456789abcdef"
expect_err "the log ends at entry"
refuses 65 audit verify --anchor "1:0123456789abcdef"
expect_err "anchor 1:0123456789abcdef is not on the chain"
refuses 66 audit verify --anchors "$T/no-such-file"
printf '%s\nnot-an-anchor\n' "$ANCHOR" >"$T/bad-anchors"
refuses 65 audit verify --anchors "$T/bad-anchors"
expect_err "line 2"
printf '\0\033[2J\377 binary\n' >"$T/binary-anchors"
refuses 65 audit verify --anchors "$T/binary-anchors"
expect_err '\x00\x1b[2J'
grep -q "$(printf '\033')" "$ERR" && bad "a binary anchors file reached the terminal raw" || ok

# A keyed chain (czstation-audit(1), audit sign): the attacks above, caught with the key alone.
KEY=$T/audit.key
printf 'audit_key = "%s"\n' "$KEY" >"$T/keyed.toml"

case_ "audit sign makes a key (mode 0600) and signs a verified log; later commands sign their entries"
refuses 66 --config "$T/keyed.toml" audit verify
expect_err "does not exist"
cz audit sign --key "$KEY"
expect_rc 0
expect_err "made a new audit key"
expect_err "set audit_key"
expect_out "signed"
[ "$(stat -c %a "$KEY")" = 600 ] && ok || bad "the key file's mode is $(stat -c %a "$KEY")"
grep -qE '^[0-9a-f]{64}$' "$KEY" && ok || bad "the key file does not hold 64 hex digits"
expect_sql "SELECT count(*) = (SELECT count(*) FROM audit_entry) FROM audit_mac" 1
cz --config "$T/keyed.toml" parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF2 --recipient 张三 --phone 13812345670 --at "2026-11-21 09:00"
expect_rc 0
expect_sql "SELECT count(*) = (SELECT count(*) FROM audit_entry) FROM audit_mac" 1
cz --config "$T/keyed.toml" audit verify
expect_rc 0
expect_out "signed with the county's key"
cz audit verify
expect_rc 0
expect_out "the signatures were not checked"
then_ "a command that writes without the key writes nothing"
refuses 66 parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF3 --recipient 李四 --phone 13812345671 --at "2026-11-21 10:00"
expect_err "signed with a key"
expect_hint
printf 'audit_key = "%s"\n' "$T/wrong.key" >"$T/wrong.toml"
"$CZSTATION_BIN" --db "$T/other-county.db" init --audit-key "$T/another.key" >/dev/null 2>&1
printf 'audit_key = "%s"\n' "$T/another.key" >"$T/another.toml"
refuses 65 --config "$T/another.toml" parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF3 --recipient 李四 --phone 13812345671 --at "2026-11-21 10:00"
expect_err "is not the key this log is signed with"
refuses 66 --config "$T/wrong.toml" parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF3 --recipient 李四 --phone 13812345671 --at "2026-11-21 10:00"
then_ "signing again, or with another key, is refused; a key file is never overwritten"
refuses 65 audit sign --key "$KEY"
expect_err "signed with this key already"
before=$(sha256sum "$KEY")
refuses 65 init --audit-key "$KEY" # an existing key is used, never remade: this log is signed already
[ "$(sha256sum "$KEY")" = "$before" ] && ok || bad "the key file changed"
then_ "a key mismatch, a malformed key file, and a key every user can read are each reported"
cz audit sign --key "$T/other.key" # a new key cannot sign a signed log, and is not left behind
expect_rc 65
[ ! -e "$T/other.key" ] && ok || bad "a key that signed nothing was left behind"
"$CZSTATION_BIN" --db "$T/scratch.db" init --audit-key "$T/other.key" >/dev/null 2>&1
refuses 65 audit verify --key "$T/other.key"
expect_err "key mismatch"
printf 'not a key\n' >"$T/bad.key"
refuses 65 audit verify --key "$T/bad.key"
expect_err "does not hold a key"
chmod 644 "$KEY"
refuses 65 audit verify --key "$KEY"
expect_err "can be read by every user"
chmod 600 "$KEY"

then_ "attack 1 with a key: data edited and the whole chain rewritten with recomputed hashes"
sqlite3 "$DB" "UPDATE parcel SET person_phone = '13800000000' WHERE tracking_no = 'SF1';
  DROP TRIGGER audit_entry_append_only_update;
  UPDATE audit_entry SET changes = replace(changes, '13812345678', '13800000000')"
rechain
cz audit verify
expect_rc 0 # the chain alone cannot tell
refuses 65 audit verify --key "$KEY"
expect_err "signature does not match the key"

case_ "attack 2 with a key: the newest entry deleted and the head moved back"
cz audit sign --key "$KEY.2"
printf 'audit_key = "%s"\n' "$KEY.2" >"$T/keyed2.toml"
cz --config "$T/keyed2.toml" parcel show 1 --reveal
expect_rc 0
sqlite3 "$DB" "DROP TRIGGER audit_entry_append_only_delete;
  DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry);
  UPDATE audit_head SET last_id = (SELECT max(id) FROM audit_entry), last_hash = (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1);
  UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM audit_entry) WHERE name = 'audit_entry';
  CREATE TRIGGER audit_entry_append_only_delete BEFORE DELETE ON audit_entry
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
cz audit verify
expect_rc 0 # the chain alone cannot tell
refuses 65 --config "$T/keyed2.toml" audit verify
expect_err "signature of the audit head does not match"

case_ "attack 3 with a key: the signatures removed (the key's row and its trigger dropped)"
cz audit sign --key "$KEY.3"
sqlite3 "$DB" "DROP TRIGGER audit_key_kept; DELETE FROM audit_key"
refuses 65 audit verify
expect_err "audit_key_kept is missing"
refuses 65 audit verify --key "$KEY.3"
expect_err "the log's signatures are gone"

# Entries of bounded size (issue 12): a command that changes many rows writes its change records
# in chunks chained into its entry's hash (schemas/0018); every tampering inside such an entry is
# caught as in a small one. (An applied assessment's findings: tests/unit/test_audit_chunks.cpp.)
case_ "an import of 1,000 posts is written in chunks, which verify reads and the listing joins"
awk 'BEGIN { print "post_id,station,date,title,body"
  for (i = 1; i <= 1000; i++)
    printf "WX%04d,CN-KD-001,2026-11-%02d,新到高原土豆第%d批,本站新到高原土豆，%d元/斤，欢迎选购！村民可到服务站预订，数量有限，先到先得。\n", i, i % 20 + 1, i, i
}' >"$T/posts.csv"
cz review post import "$T/posts.csv"
expect_rc 0
expect_out "imported 1000 posts"
expect_sql "SELECT count(*) > 2 FROM audit_chunk WHERE entry_id = (SELECT max(id) FROM audit_entry)" 1
expect_sql "SELECT json_extract(changes, '\$[0].op'), json_extract(changes, '\$[0].records') FROM audit_entry ORDER BY id DESC LIMIT 1" "chunks|1000"
cz audit verify --anchor "$ANCHOR"
expect_rc 0
cz audit list --last 1 --format json
[ "$(grep -o '"op":"insert"' "$OUT" | wc -l)" -eq 1000 ] && ok || bad "the listing does not join the entry's 1,000 records"
# The listing streams the chunks into each format (never one string holding them all): the
# JSON parses, and CSV and TSV carry the same array in one cell.
python3 -c 'import json, sys; e = json.load(open(sys.argv[1]))[0]; assert len(e["changes"]) == 1000 and e["changes"][999]["row"]["platform_ref"] == "WX1000"' "$OUT" \
  && ok || bad "the streamed JSON of a chunked entry does not parse to its 1,000 records"
cz audit list --last 1 --format csv
python3 -c 'import csv, json, sys; csv.field_size_limit(sys.maxsize); r = list(csv.DictReader(open(sys.argv[1], newline=""))); assert len(r) == 1 and len(json.loads(r[0]["changes"])) == 1000' "$OUT" \
  && ok || bad "the CSV cell of a chunked entry is not its JSON array"
cz audit list --last 1 --format tsv
python3 -c 'import json, sys; l = open(sys.argv[1]).read().split("\n"); assert len(json.loads(l[1].split("\t")[6])) == 1000' "$OUT" \
  && ok || bad "the TSV cell of a chunked entry is not its JSON array"
# An Excel cell holds 32,767 characters: the sheet gets the start, and stderr says so.
cz audit list --last 1 --format xlsx --output "$T/audit.xlsx"
expect_rc 0
expect_err "longer than the 32767 characters an Excel cell holds were cut"
/usr/bin/python3 -c 'import openpyxl, sys; c = openpyxl.load_workbook(sys.argv[1]).active["G2"].value; assert len(c) == 32767 and c.endswith("…") and c.startswith("[{")' "$T/audit.xlsx" \
  && ok || bad "the sheet's changes cell is not cut to Excel's 32,767 characters"
cp "$DB" "$T/imported.db"
then_ "a post edited inside the import is caught"
sqlite3 "$DB" "UPDATE post SET body = '本站新到高原土豆，1元/斤' WHERE platform_ref = 'WX0500'"
refuses 65 audit verify
expect_err "of post was changed outside czstation"
cp "$T/imported.db" "$DB"
then_ "a post added among the imported ones is caught"
sqlite3 "$DB" "INSERT INTO post (station_id, submitted_on, title, body, dup_key) VALUES (1, '2026-11-03', '伪造', '伪造', 'x')"
refuses 65 audit verify
expect_err "of post was added outside czstation"
cp "$T/imported.db" "$DB"
then_ "a post deleted from the import is caught"
sqlite3 "$DB" "DELETE FROM post WHERE platform_ref = 'WX0999'"
refuses 65 audit verify
expect_err "of post was deleted outside czstation"
cp "$T/imported.db" "$DB"
then_ "a post edited together with its chunk is caught by the entry's hash"
sqlite3 "$DB" "UPDATE post SET title = '伪造' WHERE platform_ref = 'WX0700';
  DROP TRIGGER audit_chunk_append_only_update;
  UPDATE audit_chunk SET changes = replace(changes, '新到高原土豆第700批', '伪造');
  CREATE TRIGGER audit_chunk_append_only_update BEFORE UPDATE ON audit_chunk
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
refuses 65 audit verify
expect_err "were changed, added or removed after they were written"
cp "$T/imported.db" "$DB"
then_ "a chunk removed, and one added, are caught"
sqlite3 "$DB" "DROP TRIGGER audit_chunk_append_only_delete; DELETE FROM audit_chunk WHERE seq = 2;
  CREATE TRIGGER audit_chunk_append_only_delete BEFORE DELETE ON audit_chunk
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
refuses 65 audit verify
expect_err "were changed, added or removed after they were written"
cp "$T/imported.db" "$DB"
sqlite3 "$DB" "INSERT INTO audit_chunk (entry_id, seq, changes) VALUES (1, 1, '[]')"
refuses 65 audit verify
expect_err "no entry accounts for"


case_ "a chunked entry's villagers are masked chunk by chunk"
# No command yet writes villagers' rows in chunks (ledger imports record a digest of their
# range); a planted entry (the listing reads, it does not verify) checks every chunk is masked.
sqlite3 "$DB" "INSERT INTO audit_entry (at, actor, command, action, changes, prev_hash, hash)
  VALUES ('2026-11-28T00:00:00Z', 'tester', 'czstation init', 'phone.canonical',
          '[{\"op\":\"chunks\",\"chunks\":2,\"records\":2,\"digest\":\"00\"}]', '', '');
  INSERT INTO audit_chunk (entry_id, seq, changes) SELECT max(id), 1,
    '[{\"table\":\"purchase\",\"id\":1,\"op\":\"update\",\"row\":{\"villager_name\":\"卓玛\",\"villager_phone\":\"13900000001\"}}]' FROM audit_entry;
  INSERT INTO audit_chunk (entry_id, seq, changes) SELECT max(id), 2,
    '[{\"table\":\"purchase\",\"id\":2,\"op\":\"update\",\"row\":{\"villager_name\":\"扎西\",\"villager_phone\":\"13900000002\"}}]' FROM audit_entry;"
cz audit list --last 1 --format json
python3 -c 'import json, sys; c = json.load(open(sys.argv[1]))[0]["changes"]; assert [r["id"] for r in c] == [1, 2] and "1390000000" not in json.dumps(c) and "扎西" not in json.dumps(c, ensure_ascii=False)' "$OUT" \
  && ok || bad "a chunked entry's villagers are not masked in every chunk"
# The planted entry sits where the next command's entry would go: a command that writes is
# refused with what happened and what to do, never SQLite's "UNIQUE constraint failed".
refuses 65 --reveal audit list --last 1
expect_err "the audit log holds entry"
expect_err "which no czstation command wrote"
expect_err "czstation audit verify"
# A write that would succeed on an intact log (a second station), refused on a damaged one.
refuses_write() {
  refuses 65 register add --code CN-KD-002 --name 卡达二村电商服务站 --township 卡达乡 --village 卡达村 \
    --premises village_office --area 45 --population 800 --manager 卓玛 --phone 13900000002 --date 2026-01-05
}
case_ "changes planted for an entry not yet written refuse the next write the same way"
sqlite3 "$DB" "INSERT INTO audit_chunk (entry_id, seq, changes) VALUES (1000, 1, '[]')"
refuses_write
expect_err "the audit log holds changes of entry 1000"

# The head (audit_head) names the newest entry; a write checks it before doing anything, so a
# damaged head is refused in our words (exit 65) rather than chained onto or failing in SQLite's.
case_ "a head edited outside czstation: writes refused, verify names it"
sqlite3 "$DB" "UPDATE audit_head SET last_hash = '00'"
refuses_write
expect_err "the audit log's head records entry"
expect_err "czstation audit verify"
refuses 65 audit verify
expect_err "the audit log's head does not hold the newest entry's hash"
case_ "a head moved past the log: writes refused"
sqlite3 "$DB" "UPDATE audit_head SET last_id = last_id + 5"
refuses_write
expect_err "the audit log's head records entry"
case_ "a head emptied or dropped: writes refused, verify says so, never SQLite's text"
sqlite3 "$DB" "DELETE FROM audit_head"
refuses_write
expect_err "the audit log's head (the record of its newest entry) is missing"
refuses 65 audit verify
expect_err "the newest audit entries were removed outside czstation"
sqlite3 "$DB" "DROP TABLE audit_head"
refuses_write
expect_err "the audit log's head (the record of its newest entry) is missing"
refuses 65 audit verify
expect_err "the audit log's head (the record of its newest entry) was removed outside czstation"
