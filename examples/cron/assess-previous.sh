#!/usr/bin/env bash
# Applies the assessment of the month or quarter that has just ended, for cron. Prints nothing
# when nothing was found, so cron mails nothing when all is well; prints the findings (and
# cron mails them) otherwise. Exit 0 whatever was found; non-zero only when the run failed
# (a missing database is exit 66, never an empty new one).
#
#   assess-previous.sh month|quarter [czstation options, e.g. --db /srv/czstation/county.db]
#
# The quarter's run records everything but prints only the quarter's own rules (--only
# quarterly): the monthly runs have already mailed its months.
set -euo pipefail
# cron's PATH is /usr/bin:/bin: find czstation by the installed layout (this script lives in
# PREFIX/share/czstation/cron/, the binary in PREFIX/bin/), else $CZSTATION_BIN, else PATH.
here=$(cd "$(dirname "$0")" && pwd)
czstation=${CZSTATION_BIN:-$here/../../../bin/czstation}
[ -x "$czstation" ] || czstation=$(command -v czstation) || {
  echo "assess-previous.sh: czstation not found (set CZSTATION_BIN)" >&2
  exit 69
}
kind=${1:?usage: assess-previous.sh month|quarter [czstation options]}
shift
# AS_OF=YYYY-MM-DD runs the job as if on that day (a missed run, or a test).
today=${AS_OF:-$(date +%F)}
yesterday=$(date -d "$today - 1 day" +%F)
year=${yesterday:0:4}
month=$((10#${yesterday:5:2}))
case $kind in
  month) exec "$czstation" --quiet --as-of "$today" "$@" assess --period "${yesterday:0:7}" --apply ;;
  quarter)
    exec "$czstation" --quiet --as-of "$today" "$@" assess --period "${year}Q$(((month + 2) / 3))" --apply --only quarterly
    ;;
  *) echo "assess-previous.sh: say month or quarter" >&2; exit 64 ;;
esac
