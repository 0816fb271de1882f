#!/usr/bin/env bash
# The shipped cron job and report scripts run as installed, in cron's clean environment
# (env -i: no HOME, no LANG, no PATH), against the example county: the quarterly job prints only
# the quarter's own rules, and each report script gives what its header promises.
. "$(dirname "$0")/lib.sh"
EX=$CZSTATION_SOURCE_DIR/examples
export CZSTATION_DB=$DB CZSTATION_ARGS="--as-of 2026-11-28"
case_ "the example county loads"
# ctest's fixture "example_county" (test_example_oversight.sh) has loaded it once already.
if [ -s "${CZSTATION_EXAMPLE_DB:-}" ]; then
  cp "$CZSTATION_EXAMPLE_DB" "$DB"
else
  "$EX/county/load.sh" "$CZSTATION_BIN" >/dev/null 2>&1 &&
    CZSTATION_ARGS= "$EX/county/load_ledger.sh" "$CZSTATION_BIN" >/dev/null 2>&1 &&
    "$EX/county/load_oversight.sh" "$CZSTATION_BIN" >/dev/null 2>&1
fi
RC=$?
expect_rc 0
[ "$RC" -eq 0 ] || exit 1
unset CZSTATION_DB CZSTATION_ARGS
cp "$DB" "$T/loaded.db"

# clean ARGS...: runs a command the way cron does: nothing in the environment but what it sets.
clean() {
  env -i CZSTATION_DB="$DB" "$@" >"$OUT" 2>"$ERR"
  RC=$?
}

case_ "the installed crontab names the installed scripts and binary by full path"
build_dir=$(dirname "$(dirname "$CZSTATION_BIN")")
cmake --install "$build_dir" --prefix "$T/prefix" >/dev/null 2>&1 && ok || bad "cmake --install failed"
crontab=$T/prefix/share/czstation/cron/czstation.cron
grep -qE '@[A-Z_]+@' "$crontab" && bad "unfilled placeholders in $crontab" || ok
grep -qF "$T/prefix/share/czstation/cron/assess-previous.sh quarter" "$crontab" && ok || bad "crontab lacks the job path"
grep -qF "$T/prefix/bin/czstation --quiet backup" "$crontab" && ok || bad "crontab lacks the backup line"
# Every command of the crontab (the sixth field on) starts with an absolute path that exists.
grep -vE '^(#|$|[A-Z_]+=)' "$crontab" | awk '{ print $6 }' | while read -r prog; do
  [ -x "$prog" ] || echo "$prog"
done >"$T/missing"
[ ! -s "$T/missing" ] && ok || bad "crontab names missing programs: $(cat "$T/missing")"

case_ "the installed quarterly job runs under env -i and prints only the quarter's own rules"
clean AS_OF=2026-10-01 "$T/prefix/share/czstation/cron/assess-previous.sh" quarter
expect_rc 0
expect_out "R-VOLUME"
grep -qE '[[:space:]]2026-0[789][[:space:]]+R-' "$OUT" && bad "the quarterly job printed its months' findings" || ok
expect_sql "SELECT count(*) FROM assessment_run WHERE period = '2026Q3'" 1
clean AS_OF=2026-10-01 "$T/prefix/share/czstation/cron/assess-previous.sh" month
expect_rc 0
expect_out "2026-09  R-"

case_ "the installed nightly backup line runs under env -i"
line=$(grep -E '^[0-9].* backup ' "$crontab" | cut -d' ' -f6- | sed "s|/srv/czstation/backups|$T/nightly|")
clean bash -c "$line"
expect_rc 0
expect_no_out
[ "$(ls "$T"/nightly/county-*.db | wc -l)" -eq 1 ] && ok || bad "no nightly copy"
cp "$T/loaded.db" "$DB"

case_ "overdue-parcels.sh: only inbound parcels still waiting past the days given"
clean CZSTATION_BIN="$CZSTATION_BIN" AS_OF=2026-11-28 "$EX/reports/overdue-parcels.sh" 3
expect_rc 0
expect_out "arrived_at,station,parcel,status,carrier,tracking_no,name,phone"
[ "$(wc -l <"$OUT")" -ge 2 ] && ok || bad "no overdue parcel in the example county"
awk -F, 'NR > 1 && ($1 >= "2026-11-25T" || ($4 != "arrived" && $4 != "notified")) { bad = 1 } END { exit bad }' \
  "$OUT" && ok || bad "a parcel that is not overdue was listed"
grep -q '139\*\*\*\*' "$OUT" && ok || bad "phones are not masked"
clean CZSTATION_BIN="$CZSTATION_BIN" AS_OF=2026-11-28 "$EX/reports/overdue-parcels.sh" 400
expect_rc 0
expect_no_out

case_ "monthly-ledger.sh: the month before by township, as CSV"
clean CZSTATION_BIN="$CZSTATION_BIN" AS_OF=2026-11-01 "$EX/reports/monthly-ledger.sh"
expect_rc 0
expect_out "period,level,group,name,kind,records,amount,fee"
expect_out "2026-10,township,卡达乡"
awk -F, 'NR > 1 && ($1 != "2026-10" || $2 != "township") { bad = 1 } END { exit bad }' "$OUT" &&
  ok || bad "a row of another month or level"
clean CZSTATION_BIN="$CZSTATION_BIN" AS_OF=2026-11-28 "$EX/reports/monthly-ledger.sh" 2026-03
expect_out "2026-03,township"

case_ "quarter-findings.sh: one CSV per township with its stations' findings"
clean CZSTATION_BIN="$CZSTATION_BIN" AS_OF=2026-10-02 "$EX/reports/quarter-findings.sh" "$T/heads"
expect_rc 0
expect_out "$T/heads/卡达乡.csv"
head -n 1 "$T/heads/卡达乡.csv" | grep -c '^township,station,period,rule' >/dev/null && ok || bad "header"
grep -q 'CN-KD-001,2026Q3,R-VOLUME' "$T/heads/卡达乡.csv" && ok || bad "卡达乡 lacks its R-VOLUME finding"
for f in "$T"/heads/*.csv; do
  t=$(basename "$f" .csv)
  awk -F, -v t="$t" 'NR > 1 && $1 != t { bad = 1 } END { exit bad }' "$f" && ok || bad "$f holds another township"
done
expect_sql "SELECT count(*) FROM assessment_run WHERE period = '2026Q3'" 0
