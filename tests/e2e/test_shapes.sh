#!/usr/bin/env bash
# The JSON and CSV shapes that scripts depend on, pinned: every listing and report runs on a small
# county with a record of every kind, and its JSON key paths and CSV header are compared with
# tests/golden/<name>.shape. Every key must also be named in the command's man page, so a change
# of shape fails here until the golden file and the man page are updated together.
# Regenerate after an intended change: UPDATE_GOLDEN=1 ctest -R e2e_test_shapes
. "$(dirname "$0")/lib.sh"

golden_dir=$CZSTATION_SOURCE_DIR/tests/golden
AS_OF=2026-11-28

# A county with one record of each kind, two stations, an applied quarter and a decided exit.
ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
ready_station CN-LP-001 浪坡村电商服务站 浪坡乡
cz register open CN-LP-001 --date 2026-02-01
cz register equipment CN-LP-001 --kind 电脑 --serial PC-1 --date 2026-02-01
cz register account CN-LP-001 --platform 县内容管理平台 --login lp001 --role 发布员 --date 2026-02-01
cz order purchase add --station CN-KD-001 --villager 卓玛拉姆 --phone 13900000009 --item 电饭锅 --price 199 --fee 5 --date 2026-03-01
cz order purchase pay P1 --platform 淘宝 --order T123 --paid 199 --date 2026-03-01
cz order purchase arrive P1 --at "2026-03-03 10:00"
cz order purchase notify P1 --at 2026-03-04T15:00
cz order purchase pickup P1 --date 2026-03-05
cz order dispute open P1 --kind damaged --description 外包装破损 --date 2026-03-06
cz order sale add --station CN-KD-001 --product 错那土豆 --category farm --producer 格桑 --phone 13600000004 --platform 县电商平台 --date 2026-04-01
cz order sale contact S1 --date 2026-04-03
cz order sale list S1 --date 2026-04-05
cz order sale sell S1 --quantity 500.5 --unit 斤 --amount 1501.50 --fee 30 --date 2026-04-20
cz order service add --station CN-KD-001 --kind water --villager 达瓦 --phone 13500000005 --amount 86.5 --fee 1 --date 2026-04-05
cz parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF1 --recipient 扎西 --phone 13800000001 --at "2026-11-01 09:00"
cz parcel out --station CN-KD-001 --carrier 中国邮政 --tracking EMS1 --sender 扎西 --destination 拉萨 --date 2026-11-02
cz inspect add CN-KD-001 --date 2026-03-05 --inspector 次仁 --pass all --fail "posters=服务流程未上墙"
cz inspect stocktake open CN-KD-001 --date 2026-03-31 --counter 卓玛
cz inspect stocktake line CN-KD-001 --month 2026-03 --item 大米 --unit kg --book 100 --counted 99 --reason 损耗
cz inspect stocktake close CN-KD-001 --month 2026-03 --date 2026-04-01
cz review callback add CN-KD-001 --date 2026-10-12 --caller 拉巴 --reached --reported 缺少打印纸
cz review post add CN-KD-001 --date 2026-11-02 --title 新到高原土豆 --body "本站新到高原土豆，3元/斤"
cz review credit add CN-KD-001 --date 2026-09-01 --serious --description 拖欠货款
cz review login add CN-KD-001 --date 2026-11-02 --time 09:05 --note 平台截图
cz assess --period 2026Q2 --apply --quiet
cz close decide CN-LP-001 --basis voluntary --agreement XY-EXIT-1 --date 2026-09-30
[ "$RC" -eq 0 ] && ok || bad "the fixture could not be built: $(cat "$ERR")"
fixture_done

# shape_of FORMAT: the key paths of a JSON document (arrays as []) to four levels, or the header of a
# CSV. Deeper keys are data, not shape: an audit entry's row image is keyed by its table's columns.
shape_of() {
  if [ "$1" = json ]; then
    jq -r '[paths | .[0:4] | map(if type == "number" then "[]" else . end) | join(".")] | unique | .[]' "$OUT"
  else
    head -n 1 "$OUT" | tr -d '\r' | tr ',' '\n'
  fi
}

# The text of a command's man page, where its keys must be named (the roff source without its font
# escapes: rendering would hyphenate long keys at line ends).
man_text() { sed -E 's/\\f[BIRP]//g; s/\\-/-/g' "$CZSTATION_SOURCE_DIR/man/czstation-$1.1"; }

# shape NAME PAGE ARGS...: runs the listing in JSON and CSV and compares both shapes with the golden file.
shape() {
  local name=$1 page=$2
  shift 2
  case_ "shape of $name"
  local got=$T/$name.shape
  : >"$got"
  for format in json csv; do
    [ -n "${before_each:-}" ] && "$before_each" "$format"
    cz "$@" --format "$format"
    if [ "$RC" -ne 0 ]; then
      bad "czstation $* --format $format exited $RC"
      return
    fi
    shape_of "$format" | sed "s/^/$format: /" >>"$got"
  done
  if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
    cp "$got" "$golden_dir/$name.shape"
  fi
  if diff -u "$golden_dir/$name.shape" "$got" >"$T/$name.diff" 2>&1; then
    ok
  else
    bad "the shape of czstation $* changed (update tests/golden/$name.shape and the man page together):
$(cat "$T/$name.diff")"
  fi
  # Every key a script can read is documented in the command's man page.
  local page_text missing=""
  page_text=$(man_text "$page")
  while IFS= read -r key; do
    grep -qw -- "$key" <<<"$page_text" || missing="$missing $key"
  done < <(sed -E 's/^(json|csv): //; s/.*\.//' "$got" | grep -v '^\[\]$' | grep -v '^$' | sort -u)
  [ -z "$missing" ] && ok || bad "czstation-$page(1) does not name:$missing"
}

shape register-list register register list
shape register-holdings register register holdings CN-LP-001
shape register-items register register items --all
shape register-outreach-list register register outreach list
shape order-list order order list
shape order-list-purchase order order list --kind purchase
shape parcel-list parcel parcel list
shape parcel-overdue parcel parcel overdue --days 1
shape parcel-find parcel parcel find SF1
shape parcel-notify-day parcel parcel notify --station CN-KD-001 --arrived-on 2026-11-01
shape inspect-list inspect inspect list
shape inspect-coverage inspect inspect coverage --month 2026-03
shape stocktake-list inspect inspect stocktake list
shape stocktake-sheet inspect inspect stocktake sheet CN-KD-001 --month 2026-04
shape callback-list review review callback list
shape callback-coverage review review callback coverage --quarter 2026Q4
shape post-list review review post list
shape post-quota review review post quota --month 2026-11
shape credit-list review review credit list
shape credit-overdue review review credit overdue
shape login-list review review login list --month 2026-11
shape login-days review review login list --month 2026-11 --days
shape assess assess assess --period 2026Q2
shape assess-history assess assess history
# An amendment records (and prints) only what changes: a late paper record of an inspection in
# 2026Q2 before each run withdraws a month's R-INSPECT finding.
late_inspection() {
  local day=10
  [ "$1" = csv ] && day=11
  cz inspect add CN-KD-001 --date "2026-0$((day - 5))-$day" --inspector 次仁 --pass all
}
before_each=late_inspection shape assess-amend assess assess --period 2026Q2 --apply --amend --reason "late paper records"
shape close-status close close status CN-LP-001
shape report-ledger report report ledger --period 2026
shape report-checks report report checks --period 2026
shape report-overview report report overview --period 2026Q2
shape report-evaluation report report evaluation --period 2026Q2
shape report-disputes report report disputes --period 2026
shape export-purchases export export purchases
shape export-sales export export sales
shape export-services export export services
shape export-parcels export export parcels
shape rules-show rules rules show
shape audit-list audit audit list --limit 5
