#!/usr/bin/env bash
# The example county's year of ledger loads through the real binary, and the man pages of
# the ledger commands render without warnings.
. "$(dirname "$0")/lib.sh"

ex=$CZSTATION_SOURCE_DIR/examples
export CZSTATION_DB=$DB

fixture_done
then_ "the example county and its year of ledger load, and verify"
"$ex/county/load.sh" "$CZSTATION_BIN" >/dev/null 2>&1
"$ex/county/load_ledger.sh" "$CZSTATION_BIN" 2>"$ERR"
RC=$?
expect_rc 0
expect_err "loaded a year of the ledger"
cz audit verify
expect_rc 0
cz report ledger --period 2026Q3 --by county --format csv
expect_rc 0
expect_out "2026Q3,county,county,"
total=$(awk -F, '$5 == "total" { print $6 }' "$OUT")
[ "${total:-0}" -gt 1000 ] && ok || bad "expected a busy quarter, got ${total:-none}"
cz report ledger --period 2026Q2..2026Q3 --format csv # a range of quarters is a range of days
expect_rc 0
expect_out "2026-04-01..2026-09-30,"
cz report ledger --period 2026-04-01..2026-09-30 --station CN-KD-001 --format csv
kd=$(awk -F, '$5 == "total" { print $6 }' "$OUT")
[ "${kd:-0}" -lt 100 ] && ok || bad "CN-KD-001 is meant to stay under 100 a half-year (R-VOLUME), got $kd"

then_ "loading the ledger twice changes nothing"
before=$(db_hash)
"$ex/county/load_ledger.sh" "$CZSTATION_BIN" 2>"$ERR"
expect_err "nothing loaded"
[ "$(db_hash)" = "$before" ] && ok || bad "the second load changed the database"

then_ "the example import files import into the example county"
for kind in purchases sales services parcels; do
  cz import "$kind" "$ex/import/$kind.csv"
  expect_rc 0
done

case_ "the man pages of order, parcel, import, export and report render without warnings"
for page in order parcel import export report; do
  file=$CZSTATION_SOURCE_DIR/man/czstation-$page.1
  groff -man -Tutf8 -ww -z "$file" 2>"$ERR"
  [ ! -s "$ERR" ] && ok || bad "groff warns about $page: $(cat "$ERR")"
  MANWIDTH=80 man -l "$file" >/dev/null 2>"$ERR"
  [ ! -s "$ERR" ] && ok || bad "man warns about $page: $(cat "$ERR")"
done
