# Shared helpers for the end-to-end tests: each test_*.sh sources this, runs the real
# czstation binary on a temporary database, and checks stdout, stderr, the exit code and the
# database file afterwards. The temporary directory is kept when a test fails.
set -uo pipefail

: "${CZSTATION_BIN:?set CZSTATION_BIN to the czstation binary}"
: "${CZSTATION_SOURCE_DIR:?set CZSTATION_SOURCE_DIR to the source tree}"

T=$(mktemp -d "${TMPDIR:-/tmp}/czstation-e2e.XXXXXX")
DB=$T/county.db
OUT=$T/stdout
ERR=$T/stderr
RC=0
passed=0
failed=0
current=""

export LANG=C.UTF-8 LANGUAGE= LC_ALL= NO_COLOR=1
export CZSTATION_ACTOR=tester
export XDG_DATA_HOME=$T/xdg-data XDG_CONFIG_HOME=$T/xdg-config
unset CZSTATION_DB

finish() {
  if [ "$failed" -gt 0 ]; then
    echo "kept $T for inspection" >&2
  else
    rm -rf "$T"
  fi
  echo "$(basename "$0" .sh): $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
# Only the test's own shell finishes: a background subshell that exits must not remove $T.
lib_pid=$BASHPID
trap 'if [ "$BASHPID" = "$lib_pid" ]; then finish; exit $?; fi' EXIT

# Each case gets its own database: `fixture_done` (after a script's setup) snapshots the database,
# and every later `case_ NAME` starts from a fresh copy of that snapshot, so a case neither sees
# nor leaves what another case did. A case that continues the one before it (the next step of the
# same scenario) says so with `then_ NAME`, which keeps the current database.
FIXTURE=""
case_count=0
fixture_done() {
  FIXTURE=$T/fixture.db
  if [ -f "$DB" ]; then
    sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null 2>&1
    cp "$DB" "$FIXTURE"
  else
    rm -f "$FIXTURE"
  fi
}
# case_ NAME: starts a named group of assertions, on its own database once fixture_done was called.
case_() {
  current=$1
  [ -n "$FIXTURE" ] || return 0
  case_count=$((case_count + 1))
  DB=$T/case-$case_count.db
  if [ -f "$FIXTURE" ]; then
    cp "$FIXTURE" "$DB"
  fi
}
# then_ NAME: a named group of assertions that continues the previous case on its database.
then_() { current=$1; }

# The line of the test script that made the failing assertion: the outermost caller in "$0".
failing_line() {
  local i
  for ((i = ${#BASH_SOURCE[@]} - 1; i > 0; i--)); do
    if [ "${BASH_SOURCE[$i]}" = "$0" ]; then
      echo "$(basename "$0"):${BASH_LINENO[$((i - 1))]}"
      return
    fi
  done
  echo "$(basename "$0")"
}

ok() { passed=$((passed + 1)); }
bad() {
  failed=$((failed + 1))
  echo "FAIL $(failing_line) [$current] $*" >&2
  echo "  exit code: $RC" >&2
  echo "  stdout: $(head -c 2000 "$OUT")" >&2
  echo "  stderr: $(head -c 2000 "$ERR")" >&2
}

# cz ARGS...: runs czstation on $DB with a fixed today, capturing stdout, stderr and the code.
cz() {
  "$CZSTATION_BIN" --db "$DB" --as-of "${AS_OF:-2026-11-28}" "$@" >"$OUT" 2>"$ERR"
  RC=$?
}
# cz_raw ARGS...: the same without the default --db and --as-of.
cz_raw() {
  "$CZSTATION_BIN" "$@" >"$OUT" 2>"$ERR"
  RC=$?
}

expect_rc() { [ "$RC" -eq "$1" ] && ok || bad "expected exit $1"; }
expect_out() { grep -qF -- "$1" "$OUT" && ok || bad "stdout lacks: $1"; }
expect_err() { grep -qF -- "$1" "$ERR" && ok || bad "stderr lacks: $1"; }
expect_no_out() { [ ! -s "$OUT" ] && ok || bad "stdout should be empty"; }
expect_out_eq() { [ "$(cat "$OUT")" = "$1" ] && ok || bad "stdout differs from: $1"; }
# Every refusal names what to do: a hint line.
expect_hint() { grep -q "hint:" "$ERR" && ok || bad "stderr has no hint"; }

# sql QUERY: asks the sqlite3 shell, for checking the database behind czstation's back.
sql() { sqlite3 -batch -noheader "$DB" "$1"; }
expect_sql() {
  local got
  got=$(sql "$1")
  [ "$got" = "$2" ] && ok || bad "sql '$1' gave '$got', expected '$2'"
}

db_hash() { sha256sum "$DB" | cut -d' ' -f1; }
# refuses RC ARGS...: runs a command that must be refused with exit RC, leave the database
# byte-for-byte unchanged, and say what to do.
refuses() {
  local code=$1
  shift
  local before
  before=$(db_hash)
  cz "$@"
  expect_rc "$code"
  [ -s "$ERR" ] && ok || bad "no message on stderr"
  grep -q "czstation: error:" "$ERR" && ok || bad "stderr lacks 'czstation: error:'"
  [ ! -s "$OUT" ] && ok || bad "stdout should be empty on a refusal"
  [ "$(db_hash)" = "$before" ] && ok || bad "database changed"
}

# A station that passes every onboarding rule: add, check, train, agree.
ready_station() {
  local code=$1
  cz register add --code "$code" --name "${2:-卡达村电商服务站}" --township "${3:-卡达乡}" --village 卡达村 \
    --premises village_office --area 45 --population 800 --manager 卓玛 --phone 13900000002 --date 2026-01-05
  cz register check "$code" --date 2026-01-10 --inspector 次仁 --area 45 --premises village_office \
    --population 800 --pass all
  cz register training "$code" --date 2026-01-12 --hours 8 --topic 代购流程
  cz register agreement "$code" --ref "XY-$code" --office-signed 2026-01-15 --committee-signed 2026-01-16
}

# Only init creates a database at a --db path (a mistyped path must not become an empty
# database), so every test starts from an initialised one.
"$CZSTATION_BIN" --db "$DB" --quiet init || exit 1
