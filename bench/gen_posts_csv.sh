#!/usr/bin/env bash
# Writes a CSV of ROWS platform posts (default 1,000,000) for `czstation review post import`,
# spread over STATIONS stations coded PV-00001.. (default 50, as bench/gen_stations.sh codes
# them) and the days of 2026 from January to April in date order, as the content platform
# exports them: a platform id, a title of about 12 characters and a body of about 80 (the
# length of a real post), one in 30 a repost of an earlier post of the station (a duplicate), one
# in 200 holding 赌博 (flagged where the rules file bans it). Deterministic for given arguments.
#
#   bench/gen_posts_csv.sh [ROWS] [STATIONS] > posts.csv
set -euo pipefail
rows=${1:-1000000}
stations=${2:-50}
awk -v rows="$rows" -v stations="$stations" 'BEGIN {
  split("电饭锅 化肥 茶叶 青稞 牦牛肉干 酥油 土豆 核桃 菜籽油 蜂蜜", items, " ")
  split("今日到货 限时优惠 新品上架 产地直发 本站推荐 欢迎选购 送货上门 品质保证", words, " ")
  print "post_id,station,date,title,body"
  for (i = 1; i <= rows; i++) {
    s = (i % stations) + 1
    d = int((i - 1) * 100 / rows)
    date = sprintf("2026-%02d-%02d", int(d / 25) + 1, (d % 25) + 1)
    # A repost repeats the text of the post `stations` rows back: the same station, same month.
    n = (i % 30 == 0 && i > stations) ? i - stations : i
    item = items[(n % 10) + 1]
    title = sprintf("%s%s第%d批", words[(n % 8) + 1], item, n % 1000)
    body = sprintf("本站%s%s，每斤%d元，%s。%s，%s，村民可到服务站代购或预订，电话咨询139%08d。%s%s，数量有限，先到先得。",
      words[((n + 3) % 8) + 1], item, 3 + n % 40, words[((n + 5) % 8) + 1], words[((n + 1) % 8) + 1],
      words[((n + 6) % 8) + 1], n % 100000000, item, (i % 200 == 0) ? "，赌博" : "")
    printf "WX%09d,PV-%05d,%s,%s,%s\n", i, s, date, title, body
  }
}'
