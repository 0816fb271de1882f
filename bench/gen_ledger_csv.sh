#!/usr/bin/env bash
# Writes a CSV of ROWS proxy purchases (default 1,000,000) for `czstation import purchases`,
# spread over STATIONS stations coded BM-0001.. (default 50) and the days of 2026 from January
# to November in date order (as a platform's export or a year of paper records comes), each
# taken through its whole lifecycle (requested, ordered and paid, arrived, notified, picked
# up): the widest rows the importer reads. Deterministic for given arguments.
#
#   bench/gen_ledger_csv.sh [ROWS] [STATIONS] > purchases.csv
set -euo pipefail
rows=${1:-1000000}
stations=${2:-50}
awk -v rows="$rows" -v stations="$stations" 'BEGIN {
  srand(20261128)
  split("电饭锅 化肥 茶叶 手机壳 棉被 种子 饲料 保温杯 儿童书包 电热水壶", items, " ")
  split("卓玛 扎西 次仁 拉姆 格桑 普布 达瓦 央金 尼玛 德吉", names, " ")
  split("淘宝 京东 拼多多 供销e家", platforms, " ")
  print "station,requested_on,villager,phone,item,quantity,price,fee,platform,platform_order,paid,ordered_on,arrived_at,notified_at,picked_up_on"
  for (i = 1; i <= rows; i++) {
    s = (i % stations) + 1
    d = int((i - 1) * 275 / rows)
    month = int(d / 25) + 1
    day = (d % 25) + 1
    qty = (i % 3) + 1
    price = 10 + (i % 490)
    date = sprintf("2026-%02d-%02d", month, day)
    arrive = sprintf("2026-%02d-%02d", month, day + 2)
    printf "BM-%04d,%s,%s%d,139%08d,%s,%d,%d.50,%d,%s,T%09d,%d.50,%s,%s 10:%02d,%s 15:30,%s\n",
      s, date, names[(i % 10) + 1], i % 7, i % 100000000, items[(i % 10) + 1], qty, price, i % 5,
      platforms[(i % 4) + 1], i, price * qty, date, arrive, i % 60, arrive, sprintf("2026-%02d-%02d", month, day + 3)
  }
}'
