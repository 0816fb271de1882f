#!/usr/bin/env bash
# The quarter's findings for each township head: one CSV per township in OUTDIR (default
# ./findings-QUARTER), named TOWNSHIP.csv, with every finding of the quarter's assessment for the
# stations of that township (the quarter's own rules and those of its months). Reads only: the
# assessment is not recorded (the quarterly cron job records it). Prints the files written.
#
#   quarter-findings.sh [YYYYQN] [OUTDIR] [czstation options]
#
# The quarter defaults to the one before AS_OF (default today).
set -euo pipefail
export LC_ALL=C.UTF-8
czstation=${CZSTATION_BIN:-}
for candidate in "$czstation" /usr/bin/czstation /usr/local/bin/czstation "$(command -v czstation || true)"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then czstation=$candidate && break; fi
done
[ -x "$czstation" ] || { echo "quarter-findings.sh: czstation not found (set CZSTATION_BIN)" >&2; exit 69; }
today=${AS_OF:-$(date +%F)}
last_quarter_day=$(date -d "$(date -d "$today" +%Y)-$(printf %02d $(((10#$(date -d "$today" +%m) - 1) / 3 * 3 + 1)))-01 - 1 day" +%F)
quarter="${last_quarter_day:0:4}Q$(((10#${last_quarter_day:5:2} + 2) / 3))"
if [[ ${1:-} =~ ^[0-9]{4}Q[1-4]$ ]]; then quarter=$1 && shift; fi
outdir=./findings-$quarter
if [ $# -gt 0 ] && [[ $1 != -* ]]; then outdir=$1 && shift; fi
mkdir -p "$outdir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cz() { "$czstation" --as-of "$today" "$@"; }
# Station code -> township, from the register (code is field 1, township field 3; neither
# holds a comma).
cz "$@" register list --format csv | awk -F, 'NR > 1 { print $1 "," $3 }' >"$work/townships"
cz "$@" assess --period "$quarter" --format csv >"$work/findings"
header=$(head -n 1 "$work/findings")
mkdir -p "$work/by"
awk -F, -v dir="$work" -v header="township,$header" '
  NR == FNR { township[$1] = $2; next }
  FNR == 1 { next }
  { t = township[$1]; file = dir "/by/" t ".csv"
    if (!(file in started)) { print header > file; started[file] = 1 }
    print t "," $0 > file }
' "$work/townships" "$work/findings"
for f in "$work"/by/*.csv; do
  [ -e "$f" ] || continue
  cp "$f" "$outdir/"
  echo "$outdir/$(basename "$f")"
done
