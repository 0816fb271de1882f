#!/usr/bin/env bash
# Times a quarterly assessment on a generated province (SPEC.md section 6: within 1.5x of the
# equivalent hand-written SQL in the sqlite3 shell, peak memory under 64 MiB, linear in the
# number of records):
#   czstation --db DB --as-of 2026-07-01 assess --period 2026Q2 --format json > /dev/null
# next to
#   sqlite3 DB < bench/assess_2026q2.sql > /dev/null
# on the same file, process start included, best of 3 after one untimed run of each (which
# also applies any pending migration). Prints both times, their ratio and the peak RSS of each
# (with /usr/bin/time when installed), then checks that both found the same findings.
# With several station counts, does each and ends with the series, to show linearity.
#
#   bench/assess_vs_sqlite3.sh path/to/czstation [STATIONS ...]     (default 5000)
# The databases (bench/out/province-STATIONS.db, made by bench/gen_province.sh) are reused
# when present; REGENERATE=1 makes them again.
set -euo pipefail
cz_bin=$(realpath "${1:?usage: $0 path/to/czstation [STATIONS ...]}")
shift
[ $# -gt 0 ] || set -- 5000
here=$(cd "$(dirname "$0")" && pwd)
out=$here/out
mkdir -p "$out"
sql=$here/assess_2026q2.sql
runs=3

timer=""
if [ -x /usr/bin/time ]; then
  timer=/usr/bin/time
fi

# run_timed NAME CMD...: runs CMD (stdin and stdout as given by the caller) and leaves its
# wall time in seconds in $elapsed and its peak RSS in KiB (or "") in $rss.
run_timed() {
  local t0 t1
  t0=$(date +%s.%N)
  if [ -n "$timer" ]; then
    "$timer" -f %M -o "$out/rss" "$@"
    rss=$(tail -n 1 "$out/rss")
  else
    "$@"
    rss=""
  fi
  t1=$(date +%s.%N)
  elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
}

min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }
max() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b > a) ? b : a }'; }
mib() { if [ -n "$1" ]; then awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; else echo "n/a (no /usr/bin/time)"; fi; }

series=()
for stations in "$@"; do
  db=$out/province-$stations.db
  if [ ! -s "$db" ] || [ "${REGENERATE:-0}" = 1 ]; then
    "$here/gen_province.sh" "$cz_bin" "$db" "$stations"
  fi
  records=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM purchase) + (SELECT count(*) FROM sale) +
    (SELECT count(*) FROM service) + (SELECT count(*) FROM parcel)")
  cz=("$cz_bin" --db "$db" --as-of 2026-07-01 assess --period 2026Q2 --format json)

  # Untimed: migrates the file if the schema moved on, warms the page cache, and keeps the
  # findings of both for the comparison.
  "${cz[@]}" >"$out/assess.json"
  sqlite3 "$db" <"$sql" >"$out/assess_sql.txt"

  cz_best="" cz_rss="" sq_best="" sq_rss=""
  for _ in $(seq 1 "$runs"); do
    run_timed "${cz[@]}" >/dev/null
    cz_best=$(min "$cz_best" "$elapsed")
    [ -z "$rss" ] || cz_rss=$(max "$cz_rss" "$rss")
    run_timed sqlite3 "$db" <"$sql" >/dev/null
    sq_best=$(min "$sq_best" "$elapsed")
    [ -z "$rss" ] || sq_rss=$(max "$sq_rss" "$rss")
  done
  ratio=$(awk -v a="$cz_best" -v b="$sq_best" 'BEGIN { printf "%.2f", a / b }')

  # The same findings: station, period, rule, measured value and threshold.
  if command -v jq >/dev/null; then
    jq -r '.findings[] | [.station, .period, .rule, .measured, .threshold] | map(tostring) | join("|")' \
      "$out/assess.json" | sort >"$out/assess_cz.txt"
  else
    grep -o '"station":"[^"]*","period":"[^"]*","rule":"[^"]*"' "$out/assess.json" | sort >"$out/assess_cz.txt"
  fi
  sort "$out/assess_sql.txt" -o "$out/assess_sql.txt"
  cz_findings=$(wc -l <"$out/assess_cz.txt")
  sq_findings=$(wc -l <"$out/assess_sql.txt")
  same="differ: see bench/out/assess_cz.txt and assess_sql.txt"
  if command -v jq >/dev/null && cmp -s "$out/assess_cz.txt" "$out/assess_sql.txt"; then
    same="identical"
  elif ! command -v jq >/dev/null && [ "$cz_findings" = "$sq_findings" ]; then
    same="same count (install jq to compare them line by line)"
  fi

  printf '%s stations, %s ledger records, %s\n' "$stations" "$records" "$(du -h "$db" | cut -f1)"
  printf '  findings: czstation %s, sqlite3 %s (%s)\n' "$cz_findings" "$sq_findings" "$same"
  cut -d'|' -f3 "$out/assess_sql.txt" | sort | uniq -c | awk '{ printf "    %s %s\n", $2, $1 }'
  printf '  czstation assess: %s s, peak RSS %s\n' "$cz_best" "$(mib "$cz_rss")"
  printf '  sqlite3 shell:    %s s, peak RSS %s\n' "$sq_best" "$(mib "$sq_rss")"
  printf '  ratio %s (target at most 1.5), peak RSS target under 64 MiB\n' "$ratio"
  series+=("$(printf '%8s %10s %9s %9s %6s %12s' "$stations" "$records" "$cz_best" "$sq_best" "$ratio" "$(mib "$cz_rss")")")
done

if [ "${#series[@]}" -gt 1 ]; then
  printf '\n%8s %10s %9s %9s %6s %12s\n' stations records czstation sqlite3 ratio "peak RSS"
  printf '%s\n' "${series[@]}"
fi
