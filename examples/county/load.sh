#!/usr/bin/env bash
# Loads the example county (错那县, a dozen village stations in nine townships) through the
# real czstation binary: registration, site checks, agreements, training, equipment, accounts
# and opening. Three stations fail onboarding on purpose (area, agreement, training) and stay
# "applied". Uses the database czstation would use anyway ($CZSTATION_DB, --db in
# CZSTATION_ARGS, the config file or the XDG default). Safe to run twice: stations that exist
# are left as they are.
#
#   examples/county/load.sh [path/to/czstation]
set -euo pipefail
cz_bin=${1:-czstation}
read -r -a extra <<<"${CZSTATION_ARGS:-}"
export CZSTATION_ACTOR=${CZSTATION_ACTOR:-示例数据}
cz() { "$cz_bin" "${extra[@]}" --quiet "$@"; }
# Only init creates a database at a path from $CZSTATION_DB, --db or the config file; it leaves
# an existing one as it is.
cz init

# station CODE NAME TOWNSHIP VILLAGE PREMISES AREA POPULATION MANAGER PHONE APPLIED
station() {
  if "$cz_bin" "${extra[@]}" register show "$1" --format csv >/dev/null 2>&1; then
    return 1
  fi
  cz register add --code "$1" --name "$2" --township "$3" --village "$4" --premises "$5" \
    --area "$6" --population "$7" --manager "$8" --phone "$9" --date "${10}"
}

# onboard CODE CHECK_DATE AREA POPULATION PREMISES TRAINING_DATE AGREEMENT_DATE [extra check args]
onboard() {
  local code=$1 check=$2 area=$3 pop=$4 premises=$5 trained=$6 signed=$7
  shift 7
  cz register check "$code" --date "$check" --inspector 次仁 --area "$area" --premises "$premises" \
    --population "$pop" --pass all "$@"
  cz register training "$code" --date "$trained" --hours 8 --topic "农村电商基础、代购代销流程与平台操作"
  cz register agreement "$code" --ref "CN-XY-${code#CN-}" --office-signed "$signed" --committee-signed "$signed"
}

equip() {
  cz register equipment "$1" --kind 电脑 --serial "PC-$1" --date "$2"
  cz register equipment "$1" --kind 打印机 --serial "PR-$1" --date "$2"
  cz register account "$1" --platform 县内容管理平台 --login "${1,,}" --role 站点发布员 --date "$2"
  cz register account "$1" --platform 县电商交易平台 --login "shop-${1,,}" --role 代购代销 --date "$2"
}

if station CN-CN-001 错那居委会电商服务站 错那镇 错那居委会 village_office 85 2100 卓玛 13908940001 2025-02-10; then
  onboard CN-CN-001 2025-03-01 85 2100 village_office 2025-03-05 2025-03-08
  equip CN-CN-001 2025-03-12
  cz register open CN-CN-001 --date 2025-03-18
fi
if station CN-CN-002 拿日雍措村电商服务站 错那镇 拿日雍措村 convenience_store 42.5 860 扎西 13908940002 2025-02-20; then
  onboard CN-CN-002 2025-03-15 42.5 860 convenience_store 2025-03-20 2025-03-25
  equip CN-CN-002 2025-03-28
  cz register open CN-CN-002 --date 2025-04-02
fi
if station CN-LP-001 浪坡村电商服务站 浪坡乡 浪坡村 village_office 36 640 格桑 13908940003 2025-04-01; then
  onboard CN-LP-001 2025-04-20 36 640 village_office 2025-04-25 2025-05-02
  equip CN-LP-001 2025-05-06
  cz register open CN-LP-001 --date 2025-05-10
fi
# Too small: 29.5 m² is under the 30 m² of Art. 3.1, so it cannot open (R-SITE-AREA).
if station CN-LP-002 日玛村电商服务站 浪坡乡 日玛村 convenience_store 29.5 420 普布 13908940004 2025-04-15; then
  onboard CN-LP-002 2025-05-08 29.5 420 convenience_store 2025-05-12 2025-05-15
fi
if station CN-KJ-001 库局村电商服务站 库局乡 库局村 village_office 55 730 达瓦 13908940005 2025-04-28; then
  onboard CN-KJ-001 2025-05-20 55 730 village_office 2025-05-22 2025-05-26
  equip CN-KJ-001 2025-05-28
  cz register open CN-KJ-001 --date 2025-06-01
fi
# The first check found the plaque kept indoors; it passed on the second visit.
if station CN-JL-001 觉拉村电商服务站 觉拉乡 觉拉村 convenience_store 40 510 央金 13908940006 2025-06-03; then
  onboard CN-JL-001 2025-06-25 40 510 convenience_store 2025-06-28 2025-07-02 \
    --fail "smart-plaque-outdoors=牌匾放置在室内" --fail "smart-plaque-prominent=从村道上看不到"
  cz register check CN-JL-001 --date 2025-07-10 --inspector 次仁 --area 40 --premises convenience_store \
    --population 510 --pass all --note "smart-plaque-outdoors=已移至门外正上方"
  equip CN-JL-001 2025-07-12
  cz register open CN-JL-001 --date 2025-07-15
fi
if station CN-KD-001 卡达村电商服务站 卡达乡 卡达村 other 32 380 拉姆 13908940007 2025-07-20; then
  onboard CN-KD-001 2025-08-15 32 380 other 2025-08-20 2025-08-25
  equip CN-KD-001 2025-08-28
  cz register open CN-KD-001 --date 2025-09-01
fi
# The village committee has not signed yet (R-ONBOARD-AGREEMENT).
if station CN-KD-002 达拉村电商服务站 卡达乡 达拉村 village_office 48 450 次旦 13908940008 2025-08-01; then
  cz register check CN-KD-002 --date 2025-09-02 --inspector 次仁 --area 48 --premises village_office \
    --population 450 --pass all
  cz register training CN-KD-002 --date 2025-09-05 --hours 6 --topic 农村电商基础
  cz register agreement CN-KD-002 --ref CN-XY-KD-002 --office-signed 2025-09-10
fi
if station CN-QZ-001 曲卓木村电商服务站 曲卓木乡 曲卓木村 village_office 60 920 尼玛 13908940009 2025-09-01; then
  onboard CN-QZ-001 2025-09-28 60 920 village_office 2025-10-08 2025-10-12
  equip CN-QZ-001 2025-10-15
  cz register open CN-QZ-001 --date 2025-10-20
fi
# No training yet (R-ONBOARD-TRAINING).
if station CN-LE-001 勒村电商服务站 勒乡 勒村 convenience_store 35 300 边巴 13908940010 2025-10-10; then
  cz register check CN-LE-001 --date 2025-11-05 --inspector 次仁 --area 35 --premises convenience_store \
    --population 300 --pass all
  cz register agreement CN-LE-001 --ref CN-XY-LE-001 --office-signed 2025-11-10 --committee-signed 2025-11-12
fi
if station CN-GR-001 贡日村电商服务站 贡日乡 贡日村 village_office 31 350 旺堆 13908940011 2025-11-01; then
  onboard CN-GR-001 2025-12-10 31 350 village_office 2025-12-15 2025-12-20
  equip CN-GR-001 2026-01-08
  cz register open CN-GR-001 --date 2026-01-12
fi
if station CN-JB-001 吉巴村电商服务站 吉巴乡 吉巴村 convenience_store 45 560 德吉 13908940012 2026-01-05; then
  onboard CN-JB-001 2026-02-10 45 560 convenience_store 2026-02-18 2026-02-25
  equip CN-JB-001 2026-02-28
  cz register open CN-JB-001 --date 2026-03-03
fi
# Applied this autumn; nothing recorded yet.
station CN-MM-001 麻玛村电商服务站 麻玛乡 麻玛村 village_office 38 410 索朗 13908940013 2026-10-12 || true

# The three that fail onboarding are tried, and refused, as a clerk would see it.
for code in CN-LP-002 CN-KD-002 CN-LE-001; do
  "$cz_bin" "${extra[@]}" register open "$code" --date 2025-12-01 2>&1 >/dev/null | sed 's/^/  /' >&2 || true
done
