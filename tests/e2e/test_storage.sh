#!/usr/bin/env bash
# Storage: where the database is, what is refused, and that a busy database exits 75.
. "$(dirname "$0")/lib.sh"

case_ "without --db, the database is created under XDG_DATA_HOME"
cz_raw --as-of 2026-11-28 init
expect_rc 0
[ -f "$XDG_DATA_HOME/czstation/czstation.db" ] && ok || bad "no database in XDG_DATA_HOME"
[ "$(stat -c %a "$XDG_DATA_HOME/czstation")" = 700 ] && ok || bad "data directory is not 0700"

case_ "CZSTATION_DB comes before the config file, --db before both"
mkdir -p "$XDG_CONFIG_HOME/czstation"
printf 'database = "%s"\n' "$T/from-config.db" >"$XDG_CONFIG_HOME/czstation/config.toml"
cz_raw init
expect_out "$T/from-config.db"
CZSTATION_DB=$T/from-env.db cz_raw init
expect_out "$T/from-env.db"
CZSTATION_DB=$T/from-env.db cz_raw --db "$T/from-flag.db" init
expect_out "$T/from-flag.db"
rm "$XDG_CONFIG_HOME/czstation/config.toml"

case_ "a bad config file is refused with file, line and column"
printf 'database = "x.db"\nbusy_timeout = 5\n' >"$T/bad.toml"
cz_raw --config "$T/bad.toml" init
expect_rc 78
expect_err "bad.toml:2:"
expect_err "unknown key busy_timeout"
printf 'group_writable = "yes"\n' >"$T/bad2.toml"
cz_raw --config "$T/bad2.toml" init
expect_rc 78
expect_err "group_writable must be true or false"
cz_raw --config "$T/missing.toml" init
expect_rc 66

case_ "group_writable makes new files 0660"
printf 'group_writable = true\n' >"$T/group.toml"
cz_raw --config "$T/group.toml" --db "$T/group.db" init
expect_rc 0
[ "$(stat -c %a "$T/group.db")" = 660 ] && ok || bad "mode is $(stat -c %a "$T/group.db")"

case_ "a missing or read-only directory exits 73"
cz_raw --db "$T/no/such/dir/county.db" init
expect_rc 73
expect_err "does not exist"
expect_hint
mkdir "$T/ro" && chmod 555 "$T/ro"
if [ "$(id -u)" -ne 0 ]; then
  cz_raw --db "$T/ro/county.db" init
  expect_rc 73
fi
chmod 755 "$T/ro"

case_ "a file that is not SQLite is refused and left alone"
printf 'name,phone\n卓玛,139\n' >"$DB"
refuses 65 register list
expect_err "not a czstation database"
rm "$DB"

case_ "a SQLite file that is not ours is refused"
sqlite3 "$DB" "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
refuses 65 register list
expect_err "not a czstation one"
rm "$DB"

case_ "a database from a newer czstation is refused"
cz init
sqlite3 "$DB" "PRAGMA user_version = 99"
refuses 65 register list
expect_err "newer czstation"
expect_err "upgrade czstation"
rm "$DB"

case_ "a database held by another writer past the timeout exits 75"
cz init
printf 'busy_timeout_ms = 200\n' >"$T/fast.toml"
sqlite3 "$DB" "PRAGMA journal_mode" >/dev/null
( printf 'BEGIN IMMEDIATE;\nINSERT INTO audit_head SELECT 2, 0, 0 WHERE 0;\n'; sleep 3; printf 'COMMIT;\n' ) | sqlite3 "$DB" &
holder=$!
sleep 0.5
before=$(db_hash)
cz --config "$T/fast.toml" register add --code CN-X-001 --name x --township x --village x --premises other \
  --area 40 --population 1 --manager x --phone 13900000000
expect_rc 75
expect_err "the database is busy"
wait $holder
[ "$(db_hash)" = "$before" ] && ok || bad "database changed"
expect_sql "SELECT count(*) FROM station" 0

case_ "bad global options"
cz --as-of 2026-13-01 register list
expect_rc 64
cz --lang fr register list
expect_rc 64
