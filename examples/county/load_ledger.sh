#!/usr/bin/env bash
# Loads a year of the example county's ledger (2025-12-01 to 2026-11-27: proxy purchases,
# proxy sales, convenience services and parcels) through the real czstation binary: four CSV
# files written by gen_ledger.awk and imported with `czstation import`, then a few records a
# clerk takes through their lifecycle by hand (an exchange, a dispute referred to the market
# regulator, a parcel waiting for its recipient). Run examples/county/load.sh first: it creates
# the stations. Uses the database czstation would use anyway ($CZSTATION_DB, --db in
# CZSTATION_ARGS, the config file or the XDG default), as of 2026-11-28. Safe to run twice: a
# database that already has purchases is left as it is.
#
#   examples/county/load_ledger.sh [path/to/czstation]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cz_bin=${1:-czstation}
read -r -a extra <<<"${CZSTATION_ARGS:-}"
export CZSTATION_ACTOR=${CZSTATION_ACTOR:-示例数据}
cz() { "$cz_bin" "${extra[@]}" --as-of 2026-11-28 --quiet "$@"; }
# The number a recording command gave its record (from its JSON output).
id_of() { "$cz_bin" "${extra[@]}" --as-of 2026-11-28 --format json "$@" | sed -n 's/^\[{"id":\([0-9]*\),.*/\1/p'; }

if [ "$("$cz_bin" "${extra[@]}" export purchases | wc -l)" -gt 1 ]; then
  echo "load_ledger: the database already has purchases; nothing loaded" >&2
  exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/czstation-ledger.XXXXXX")
trap 'rm -rf "$work"' EXIT
awk -v out="$work" -f "$here/gen_ledger.awk"
for kind in purchases sales services parcels; do
  cz import "$kind" "$work/$kind.csv"
done

# A pressure cooker that arrived with a broken lid goes back for an exchange; the replacement
# arrives and is collected.
p=$(id_of order purchase add --station CN-LP-001 --villager 格桑 --phone 13908941003 --item 高压锅 \
  --price 149 --fee 5 --date 2026-11-10)
cz order purchase pay "$p" --platform 京东 --order JD20261110001 --paid 149 --date 2026-11-10
cz order purchase arrive "$p" --at "2026-11-14 11:00"
cz order purchase notify "$p" --at "2026-11-14 15:00"
cz order purchase exchange "$p" --reason 锅盖破损，换新 --date 2026-11-15
cz order purchase arrive "$p" --at "2026-11-20 10:30"
cz order purchase notify "$p" --at "2026-11-20 12:00"
cz order purchase pickup "$p" --date 2026-11-21

# Fake goods: a dispute negotiated with the seller, then referred to the market regulator.
p=$(id_of order purchase add --station CN-CN-001 --villager 次仁 --phone 13908941005 --item 品牌运动鞋 \
  --price 399 --fee 10 --date 2026-11-02)
cz order purchase pay "$p" --platform 拼多多 --order PDD20261102088 --paid 399 --date 2026-11-02
cz order purchase arrive "$p" --at "2026-11-06 09:40"
cz order purchase notify "$p" --at "2026-11-06 10:00"
cz order purchase pickup "$p" --date 2026-11-06
d=$(id_of order dispute open "$p" --kind counterfeit --description 鞋标与正品不符，疑似假冒 --date 2026-11-08)
cz order dispute negotiate "$d" --date 2026-11-09
cz order dispute refer "$d" --department 错那县市场监督管理局 --date 2026-11-16
cz order dispute resolve "$d" --outcome 商家退款并赔偿 --date 2026-11-25

# A parcel that has waited since early November, and one told late (R-PICKUP-NOTICE).
cz parcel in --station CN-QZ-001 --carrier 中国邮政 --tracking EMS9826110301 --recipient 尼玛 \
  --phone 13908944100 --at "2026-11-03 10:00"
k=$(id_of parcel in --station CN-JL-001 --carrier 顺丰 --tracking SF1426111801 --recipient 央金 \
  --phone 13908944101 --at "2026-11-18 09:00")
cz parcel notify "$k" --at "2026-11-20 17:00" 2>/dev/null
echo "load_ledger: loaded a year of the ledger; see: czstation report ledger --period 2026Q3" >&2
