#!/usr/bin/env bash
# A month's ledger (台账) by township as CSV: completed records of each kind with their amounts
# and fees, per township. The month defaults to the one before AS_OF (default today), so on the
# 1st it reports the month just ended.
#
#   monthly-ledger.sh [YYYY-MM] [czstation options] > ledger.csv
#   cron: 0 8 1 * * /usr/share/doc/czstation/examples/reports/monthly-ledger.sh > /srv/reports/ledger-$(date +\%Y\%m).csv
set -euo pipefail
export LC_ALL=C.UTF-8
czstation=${CZSTATION_BIN:-}
for candidate in "$czstation" /usr/bin/czstation /usr/local/bin/czstation "$(command -v czstation || true)"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then czstation=$candidate && break; fi
done
[ -x "$czstation" ] || { echo "monthly-ledger.sh: czstation not found (set CZSTATION_BIN)" >&2; exit 69; }
today=${AS_OF:-$(date +%F)}
month=$(date -d "$(date -d "$today" +%Y-%m-01) - 1 day" +%Y-%m)
if [[ ${1:-} =~ ^[0-9]{4}-[0-9]{2}$ ]]; then month=$1 && shift; fi
exec "$czstation" --as-of "$today" "$@" report ledger --period "$month" --by township --format csv
