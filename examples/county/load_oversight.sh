#!/usr/bin/env bash
# Loads a year of the county centre's oversight (December 2025 to November 2026) into the
# example county, through the real czstation binary: two inspections a month per open station
# with their checklists and follow-ups (Art. 10), monthly stock-takes (Art. 11), quarterly
# callbacks (Art. 14.2), the content platform's posts imported from its CSV export
# (platform_posts.csv: reposts that are duplicates, and violations that are rejected; Art. 12),
# and credit incidents (Art. 14.3). Run it after load.sh, which creates and opens the stations,
# on the same database ($CZSTATION_DB, or --db in CZSTATION_ARGS). What it leaves for the clerk:
# November's second visits to two stations, one stock-take still counting with an unexplained
# difference, callbacks due this quarter, a week of posts to moderate at two stations, a station
# with three violations (R-POST-VIOLATIONS) and a serious credit incident past its grace period
# (R-TERMINATE-CREDIT). Loaded once: a database that already has its inspections is left alone.
#
#   examples/county/load_oversight.sh [path/to/czstation]
set -euo pipefail
cz_bin=${1:-czstation}
here=$(cd "$(dirname "$0")" && pwd)
read -r -a extra <<<"${CZSTATION_ARGS:-}"
export CZSTATION_ACTOR=${CZSTATION_ACTOR:-示例数据}
cz() { "$cz_bin" "${extra[@]}" --quiet "$@"; }
ask() { "$cz_bin" "${extra[@]}" "$@"; }

if [ "$(ask inspect list --station CN-CN-001 --format tsv | wc -l)" -gt 1 ]; then
  echo "load_oversight: the example county already has its oversight records; nothing to do" >&2
  exit 0
fi

# The stations load.sh opens, with their plaque days; the others never opened.
declare -A opened=(
  [CN-CN-001]=2025-03-18 [CN-CN-002]=2025-04-02 [CN-LP-001]=2025-05-10 [CN-KJ-001]=2025-06-01
  [CN-JL-001]=2025-07-15 [CN-KD-001]=2025-09-01 [CN-QZ-001]=2025-10-20 [CN-GR-001]=2026-01-12
  [CN-JB-001]=2026-03-03
)
codes=(CN-CN-001 CN-CN-002 CN-LP-001 CN-KJ-001 CN-JL-001 CN-KD-001 CN-QZ-001 CN-GR-001 CN-JB-001)
declare -A manager=(
  [CN-CN-001]=卓玛 [CN-CN-002]=扎西 [CN-LP-001]=格桑 [CN-KJ-001]=达瓦 [CN-JL-001]=央金
  [CN-KD-001]=拉姆 [CN-QZ-001]=尼玛 [CN-GR-001]=旺堆 [CN-JB-001]=德吉
)
months=(2025-12 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11)
inspectors=(次仁 拉巴 格桑)

in_service() { [[ ! "$2" < "${opened[$1]}" ]]; }
next_day() { date -d "$1 + 1 day" +%F; }
last_day() { date -d "$1-01 + 1 month - 1 day" +%F; }

# --- Art. 10: two visits a month; a few find problems that are followed up -------------------
# Snow closes the road to 曲卓木 in winter: one visit in December, January and February. In
# November the second round has not reached 觉拉 and 曲卓木 yet.
visit() {
  local code=$1 date=$2 who=$3
  shift 3
  in_service "$code" "$date" || return 0
  cz inspect add "$code" --date "$date" --inspector "$who" --pass all "$@"
}
n=0
for month in "${months[@]}"; do
  for code in "${codes[@]}"; do
    who=${inspectors[$((n++ % 3))]}
    visit "$code" "$month-08" "$who"
    case "$code $month" in
      "CN-QZ-001 2025-12" | "CN-QZ-001 2026-01" | "CN-QZ-001 2026-02") continue ;;
      "CN-JL-001 2026-11" | "CN-QZ-001 2026-11") continue ;;
    esac
    [ "$month" = 2026-11 ] && day=20 || day=22
    visit "$code" "$month-$day" "$who"
  done
done
# Visits that found problems, each with its follow-up.
cz inspect add CN-KD-001 --date 2026-04-15 --inspector 拉巴 --pass all \
  --fail "posters=服务项目和收费标准未上墙" --fail "fees-posted=代购手续费未公示" \
  --problems "服务流程、收费标准未公示" --followup-by 2026-04-30
cz inspect followup "$(ask inspect list --station CN-KD-001 --failed --format tsv | awk -F'\t' 'NR == 2 { print $1 }')" \
  --date 2026-04-28 --note "已制作服务流程和收费公示牌并上墙"
cz inspect add CN-JL-001 --date 2026-07-29 --inspector 格桑 --pass all \
  --fail "smart-plaque-unobstructed=门口堆放货物遮挡牌匾" --problems "牌匾被货物遮挡" --followup-by 2026-08-10
cz inspect followup "$(ask inspect list --station CN-JL-001 --failed --format tsv | awk -F'\t' 'NR == 2 { print $1 }')" \
  --date 2026-08-05 --note "货物已移走，牌匾清晰可见"
cz inspect add CN-CN-002 --date 2026-02-26 --inspector 次仁 --pass all --fail "hygiene=柜台积灰，货架杂乱" \
  --problems "卫生较差" --followup-by 2026-03-08
cz inspect followup "$(ask inspect list --station CN-CN-002 --failed --format tsv | awk -F'\t' 'NR == 2 { print $1 }')" \
  --date 2026-03-08 --note "已打扫整理"
cz inspect add CN-LP-001 --date 2026-11-24 --inspector 拉巴 --pass all --fail "internet=宽带故障两天" \
  --problems "网络中断，无法代购" --followup-by 2026-12-05

# --- Art. 11: the month's stock-take, counted on its last day ----------------------------------
# stocktake CODE MONTH: three lines; the books and the count usually agree.
stocktake() {
  local code=$1 month=$2 day
  day=$(last_day "$month")
  local m=$((10#${month#*-}))
  cz inspect stocktake open "$code" --month "$month" --date "$day" --counter "${manager[$code]}"
  cz inspect stocktake line "$code" --month "$month" --item "菜籽油 5L" --unit 桶 --book $((12 + m % 5)) --counted $((12 + m % 5))
  cz inspect stocktake line "$code" --month "$month" --item 大米 --unit 袋 --book $((30 + m * 2 % 9)) --counted $((30 + m * 2 % 9))
  cz inspect stocktake line "$code" --month "$month" --item 洗衣粉 --unit 袋 --book $((20 + m % 7)) --counted $((20 + m % 7))
}
for month in "${months[@]:0:11}"; do
  for code in "${codes[@]}"; do
    # 曲卓木 was snowed in at the end of January: no stock-take that month (R-STOCKTAKE).
    [ "$code $month" = "CN-QZ-001 2026-01" ] && continue
    in_service "$code" "$(last_day "$month")" || continue
    stocktake "$code" "$month"
    case "$code $month" in
      "CN-CN-001 2026-03")
        cz inspect stocktake line CN-CN-001 --month 2026-03 --item "菜籽油 5L" --counted 13 --reason "一桶运输途中破损，已报损" ;;
      "CN-LP-001 2026-06")
        cz inspect stocktake line CN-LP-001 --month 2026-06 --item 大米 --counted 30 --reason "两袋受潮霉变，已销毁" ;;
      "CN-KD-001 2026-10")
        # Ten bags of rice missing and no one can say why: the stock-take stays open.
        cz inspect stocktake line CN-KD-001 --month 2026-10 --item 大米 --counted 22
        continue ;;
    esac
    cz inspect stocktake close "$code" --month "$month" --date "$(next_day "$(last_day "$month")")"
  done
done

# --- Art. 14.2: a phone call to every station every quarter ------------------------------------
callback() {
  local code=$1 date=$2
  shift 2
  in_service "$code" "$date" || return 0
  cz review callback add "$code" --date "$date" --caller 拉巴 "$@"
}
for quarter_day in 2025-12-15 2026-02-15 2026-05-15 2026-08-14; do
  for code in "${codes[@]}"; do
    case "$code $quarter_day" in
      "CN-QZ-001 2026-02-15" | "CN-KJ-001 2026-08-14")
        callback "$code" "$quarter_day" --not-reached --notes "无人接听"
        callback "$code" "$(next_day "$quarter_day")" --reached --reported "经营正常" ;;
      *) callback "$code" "$quarter_day" --reached --reported "经营正常，代购代销业务稳定" ;;
    esac
  done
done
# This quarter the calls have reached five stations so far.
for code in CN-CN-001 CN-CN-002 CN-LP-001 CN-KJ-001 CN-JB-001; do
  callback "$code" 2026-11-16 --reached --reported "备货过冬，快递量增加"
done
callback CN-KD-001 2026-11-16 --not-reached --notes "电话停机"

# --- Art. 12: the platform's posts, violations rejected, the rest approved ---------------------
cz review post import "$here/platform_posts.csv"
posts=$(mktemp)
trap 'rm -f "$posts"' EXIT
ask review post list --format tsv >"$posts"
# reject TITLE REASON: the post with that title, the day after it was submitted.
reject() {
  awk -F'\t' -v t="$1" '$4 == t { print $1, $3 }' "$posts" | while read -r id day; do
    cz review post reject "$id" --date "$(next_day "$day")" --reason "$2"
  done
}
reject 无抵押秒批贷款 "违法金融广告：非法放贷，要求先交费（第九条、第十二条）"
reject 包治百病的祖传藏药 "虚假医疗宣传，夸大功效（第九条、第十二条）"
reject 高价收购野生动物制品 "收购国家保护野生动物制品，违法（第九条、第十二条）"
reject 名牌运动鞋一折清仓 "假冒商标商品，虚假宣传（第八条、第十二条）"
reject 转发本条抽奖送手机 "诱导转发的虚假抽奖（第九条、第十二条）"
reject 代办低保名额 "虚假信息，涉嫌诈骗（第九条、第十二条）"
for month in "${months[@]:0:11}"; do
  cz review post approve --pending --month "$month" --date "$(next_day "$(last_day "$month")")"
done
# November is reviewed station by station; 拿日雍措 and 吉巴 are still waiting.
for code in CN-CN-001 CN-LP-001 CN-KJ-001 CN-JL-001 CN-KD-001 CN-QZ-001 CN-GR-001; do
  cz review post approve --pending --month 2026-11 --station "$code" --date 2026-11-27
done

# --- Art. 14.3: credit incidents --------------------------------------------------------------
cz review credit add CN-LP-001 --date 2026-06-03 --description "代收快递费未及时上交物流公司"
cz review credit correct "$(ask review credit list --station CN-LP-001 --format tsv | awk -F'\t' 'NR == 2 { print $1 }')" \
  --date 2026-06-10 --note "已补交"
cz review credit add CN-QZ-001 --date 2026-08-14 --serious --description "拖欠供货商货款一万二千元，多次催缴未还"
cz review credit correct "$(ask review credit list --station CN-QZ-001 --format tsv | awk -F'\t' 'NR == 2 { print $1 }')" \
  --date 2026-09-05 --note "货款已全部结清（宽限期内）"
cz review credit add CN-KD-001 --date 2026-10-08 --serious --description "收取村民代购货款后未下单，拒不退款"

echo "load_oversight: loaded; see czstation inspect coverage, review post quota, review credit overdue" >&2
