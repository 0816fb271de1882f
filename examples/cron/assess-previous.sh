#!/usr/bin/env bash
# Applies the assessment of the month or quarter that has just ended, for cron. Prints nothing
# when nothing was found, so cron mails nothing when all is well; prints the findings (and
# cron mails them) otherwise. Exit 0 whatever was found; non-zero only when the run failed.
#
#   assess-previous.sh month|quarter [czstation options, e.g. --db /srv/czstation/county.db]
set -euo pipefail
kind=${1:?usage: assess-previous.sh month|quarter [czstation options]}
shift
yesterday=$(date -d yesterday +%F)
year=${yesterday:0:4}
month=$((10#${yesterday:5:2}))
case $kind in
  month) period=$(date -d yesterday +%Y-%m) ;;
  quarter) period="${year}Q$(((month + 2) / 3))" ;;
  *) echo "assess-previous.sh: say month or quarter" >&2; exit 64 ;;
esac
exec czstation --quiet "$@" assess --period "$period" --apply
