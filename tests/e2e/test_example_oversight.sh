#!/usr/bin/env bash
# The example county's year of oversight loads through the real binary and shows what it is
# meant to show: coverage gaps, duplicates, violations, a stock-take still counting, an overdue
# serious credit incident; and the audit log holds every row.
. "$(dirname "$0")/lib.sh"
EXAMPLES=$CZSTATION_SOURCE_DIR/examples/county
export CZSTATION_DB=$DB CZSTATION_ARGS="--as-of 2026-11-28"

# This test is also ctest's setup of the fixture "example_county": with CZSTATION_EXAMPLE_DB set,
# the whole example county (stations, ledger, oversight, as scripts/demo.sh loads it) is left
# there for test_reports.sh, so the sanitised CI build loads it once.
[ -n "${CZSTATION_EXAMPLE_DB:-}" ] && rm -f "$CZSTATION_EXAMPLE_DB"

case_ "load.sh, load_ledger.sh, then load_oversight.sh"
"$EXAMPLES/load.sh" "$CZSTATION_BIN" >"$OUT" 2>"$ERR"
RC=$?
expect_rc 0
CZSTATION_ARGS= "$EXAMPLES/load_ledger.sh" "$CZSTATION_BIN" >"$OUT" 2>"$ERR"
RC=$?
expect_rc 0
"$EXAMPLES/load_oversight.sh" "$CZSTATION_BIN" >"$OUT" 2>"$ERR"
RC=$?
expect_rc 0
expect_err "load_oversight: loaded"
"$EXAMPLES/load_oversight.sh" "$CZSTATION_BIN" >"$OUT" 2>"$ERR"
RC=$?
expect_rc 0
expect_err "nothing to do"
if [ -n "${CZSTATION_EXAMPLE_DB:-}" ] && [ "$failed" -eq 0 ]; then
  sqlite3 "$DB" ".backup '$CZSTATION_EXAMPLE_DB.part'" && mv "$CZSTATION_EXAMPLE_DB.part" "$CZSTATION_EXAMPLE_DB" &&
    ok || bad "could not leave the example county at $CZSTATION_EXAMPLE_DB"
fi

case_ "a year of records"
expect_sql "SELECT min(inspected_on), max(inspected_on) FROM inspection" "2025-12-08|2026-11-24"
expect_sql "SELECT count(DISTINCT month) FROM stocktake" 11
expect_sql "SELECT count(DISTINCT quarter) FROM callback" 5
expect_sql "SELECT count(*) > 1500, count(duplicate_of) > 10 FROM post" "1|1"
expect_sql "SELECT count(*) FROM post WHERE status = 'rejected'" 6
expect_sql "SELECT count(*) FROM credit_incident" 3

case_ "what the clerk sees on 2026-11-28"
cz inspect coverage --due --format csv
expect_out "CN-JL-001,觉拉村电商服务站,觉拉乡,open,2026-11,1,2,1,2026-11-08,none"
expect_out "CN-QZ-001,曲卓木村电商服务站,曲卓木乡,open,2026-11,1,2,1,2026-11-08,none"
[ "$(wc -l <"$OUT")" -eq 3 ] && ok || bad "two stations due a visit"
cz inspect coverage --month 2026-01 --due --format csv
expect_out "CN-QZ-001"
cz inspect stocktake list --open --format csv
expect_out "CN-KD-001,2026-10,2026-10-31,拉姆,3,1,,"
cz review callback coverage --due --format csv
expect_out "CN-KD-001,卡达村电商服务站,卡达乡,open,2026Q4,1,0,1,true,2026-11-16"
cz review post quota --month 2026-11 --format csv
expect_out "CN-KD-001,卡达村电商服务站,2026-11,12,12,15,3,0,0,0,3,3,true"
cz review post list --status submitted --format csv
expect_out ",CN-JB-001,"
cz review credit overdue --format csv
expect_out "CN-KD-001,2026-10-08,true,收取村民代购货款后未下单，拒不退款,2026-11-07,,,true"
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "one overdue incident"
cz audit verify
expect_rc 0
