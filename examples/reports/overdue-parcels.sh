#!/usr/bin/env bash
# Each morning: the inbound parcels still waiting at a station (arrived or notified, not picked
# up or returned) that arrived more than DAYS days ago (default 3), oldest first, as CSV with
# the station, carrier, tracking number, masked recipient and arrival time. Prints nothing when
# none is overdue, so cron mails only when there is something to chase.
#
#   overdue-parcels.sh [DAYS] [czstation options, e.g. --db /srv/czstation/county.db]
#   cron: 0 7 * * * /usr/share/doc/czstation/examples/reports/overdue-parcels.sh 3
#
# AS_OF=YYYY-MM-DD runs it as of another day; CZSTATION_BIN names the binary (else the
# installed one, since cron's PATH may lack it).
set -euo pipefail
export LC_ALL=C.UTF-8
czstation=${CZSTATION_BIN:-}
for candidate in "$czstation" /usr/bin/czstation /usr/local/bin/czstation "$(command -v czstation || true)"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then czstation=$candidate && break; fi
done
[ -x "$czstation" ] || { echo "overdue-parcels.sh: czstation not found (set CZSTATION_BIN)" >&2; exit 69; }
days=3
if [[ ${1:-} =~ ^[0-9]+$ ]]; then days=$1 && shift; fi
today=${AS_OF:-$(date +%F)}
cutoff=$(date -d "$today - $days days" +%FT%T)
as_of=(--as-of "$today")

{
  for status in arrived notified; do
    "$czstation" "${as_of[@]}" "$@" parcel list --direction in --status "$status" --format csv | tail -n +2
  done
} | awk -F, -v cutoff="$cutoff" '
  # Fields of parcel list --format csv: 1 id, 2 station, 4 status, 5 carrier, 6 tracking_no,
  # 7 name, 8 phone, 11 arrived_at. Masked names and phones hold no commas.
  $11 != "" && $11 < cutoff { print $11 "," $2 "," $1 "," $4 "," $5 "," $6 "," $7 "," $8 }
' | sort | {
  if IFS= read -r first; then
    echo "arrived_at,station,parcel,status,carrier,tracking_no,name,phone"
    printf '%s\n' "$first"
    cat
  fi
}
