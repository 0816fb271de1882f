# Writes a year of a county's ledger as four CSV files for `czstation import` (purchases.csv,
# sales.csv, services.csv, parcels.csv in the directory `out`), for the stations of load.sh
# from the day each opened (or 2025-12-01) to 2026-11-27. Deterministic: the same files every
# run. Volumes differ by station (a busy town station, quiet remote ones, one that stays under
# the 100 records a half-year of R-VOLUME); purchases and parcels bunch before Losar
# (February) and at harvest (September, October). Most purchases and parcels are collected
# within a day or two; some are returned, cancelled or late to be notified (R-PICKUP-NOTICE);
# the last days' are still under way.
#
#   awk -v out=DIR -f gen_ledger.awk
BEGIN {
  srand(20251201)
  nstations = split("CN-CN-001 CN-CN-002 CN-LP-001 CN-KJ-001 CN-JL-001 CN-KD-001 CN-QZ-001 CN-GR-001 CN-JB-001", code, " ")
  split("2025-03-18 2025-04-02 2025-05-10 2025-06-01 2025-07-15 2025-09-01 2025-10-20 2026-01-12 2026-03-03", opened, " ")
  # records a day on average
  split("5.0 2.2 1.6 1.2 1.0 0.45 1.4 1.1 0.9", rate, " ")
  nnames = split("卓玛 扎西 次仁 拉姆 格桑 普布 达瓦 央金 尼玛 德吉 旺堆 索朗 边巴 次旦 白玛 平措 多吉 曲珍 桑珠 洛桑 益西 仁增 贡觉 巴桑", names, " ")
  nitems = split("电饭锅 复合肥(50kg) 青稞种子 酥油茶壶 保温杯 儿童羽绒服 棉被 智能手机 太阳能灯 牛羊饲料 儿童书包 藏式卡垫 电热毯 方便面(整箱) 洗衣机 高压锅 羊毛毡靴 学生文具 感冒药 老人手机", items, " ")
  split("199 236 85 128 39.9 159 169 899 68 95 79 260 99 52 1099 149 188 35 28 239", prices, " ")
  nplat = split("淘宝 京东 拼多多 供销e家", platforms, " ")
  ncar = split("中国邮政 顺丰 中通 圆通 韵达 京东物流", carriers, " ")
  split("EMS SF ZT YT YD JDL", prefix, " ")
  nprod = split("错那土豆 牦牛肉干 手工藏香 青稞 手工氆氇 野生蘑菇 酥油 乡村民宿 勒布沟徒步向导", products, " ")
  split("farm farm specialty farm sideline farm farm tourism tourism", categories, " ")
  split("斤 斤 盒 斤 匹 斤 斤 晚 天", units, " ")
  split("3 80 45 4 600 60 70 280 300", unit_price, " ")
  nkinds = split("water electricity broadband phone finance ticket hotel medical information", kinds, " ")
  split("35 86 100 50 2000 320 260 0 0", kind_amount, " ")
  split("31 28 31 30 31 30 31 31 30 31 30 31", mdays, " ")
  f_p = out "/purchases.csv"; f_s = out "/sales.csv"; f_v = out "/services.csv"; f_k = out "/parcels.csv"
  print "station,requested_on,villager,phone,item,quantity,price,fee,platform,platform_order,paid,ordered_on,arrived_at,notified_at,picked_up_on,returned_on,cancelled_on,reason" > f_p
  print "station,recommended_on,product,category,producer,phone,platform,contacted_on,listed_on,sold_on,quantity,unit,amount,fee,withdrawn_on,reason" > f_s
  print "station,served_on,kind,villager,phone,amount,fee,note" > f_v
  print "station,direction,carrier,tracking_no,name,phone,destination,fee,arrived_at,notified_at,picked_up_at,returned_on,reason,accepted_on,dispatched_on" > f_k
  # the days from 2025-12-01 to 2026-11-27
  n = 0
  y = 2025; m = 12
  while (1) {
    dm = mdays[m]
    for (d = 1; d <= dm; d++) {
      day[++n] = sprintf("%04d-%02d-%02d", y, m, d)
      month_of[n] = m
      if (y == 2026 && m == 11 && d == 27) break
    }
    if (y == 2026 && m == 11) break
    m++; if (m > 12) { m = 1; y++ }
  }
  last = n
  seq = 0
  for (s = 1; s <= nstations; s++) {
    for (i = 1; i <= last; i++) {
      if (day[i] < opened[s]) continue
      season = (month_of[i] == 1 || month_of[i] == 2) ? 1.6 : (month_of[i] == 9 || month_of[i] == 10) ? 1.4 : 1
      k = int(rate[s] * season * 2 * rand() + 0.5)
      for (j = 0; j < k; j++) event(s, i)
    }
  }
}
function pick(n) { return int(rand() * n) + 1 }
function phone() { return sprintf("1390894%04d", pick(9999)) }
function at(i, h) { return day[i] sprintf(" %02d:%02d", h, pick(59)) }
function later(i, n) { return (i + n <= last) ? i + n : 0 }
function event(s, i,    r) {
  r = rand()
  if (r < 0.40) purchase(s, i)
  else if (r < 0.72) parcel_in(s, i)
  else if (r < 0.88) service(s, i)
  else if (r < 0.97) parcel_out(s, i)
  else sale(s, i)
}
function purchase(s, i,    w, it, q, p, a, nn, pk, line, fate) {
  w = names[pick(nnames)]; it = pick(nitems); q = (rand() < 0.8) ? 1 : pick(4); p = prices[it]
  seq++
  line = sprintf("%s,%s,%s,%s,%s,%d,%s,%d", code[s], day[i], w, phone(), items[it], q, p, (rand() < 0.7) ? 5 : 0)
  fate = rand()
  if (fate < 0.03) { print line ",,,,,,,,," day[i] ",村民不需要了" > f_p; return }
  a = later(i, 2 + pick(4))
  if (!a) { print line sprintf(",%s,%s%07d,%.2f,%s,,,,,,", platforms[pick(nplat)], "ORD", seq, p * q, day[i]) > f_p; return }
  line = line sprintf(",%s,%s%07d,%.2f,%s,%s", platforms[pick(nplat)], "ORD", seq, p * q, day[i], at(a, 9 + pick(6)))
  nn = (rand() < 0.05) ? later(a, 2) : a   # a few are told two days late
  if (!nn) { print line ",,,,," > f_p; return }
  line = line "," at(nn, 16 + pick(3))
  pk = later(nn, pick(3))
  if (!pk) { print line ",,,," > f_p; return }
  if (fate > 0.96) { print line ",," day[pk] ",,尺码不对，退货退款" > f_p; return }
  print line "," day[pk] ",,," > f_p
}
function parcel_in(s, i,    c, nn, pk, line) {
  c = pick(ncar); seq++
  line = sprintf("%s,in,%s,%s%d%08d,%s,%s,,0,%s", code[s], carriers[c], prefix[c], s, seq, names[pick(nnames)], phone(), at(i, 9 + pick(8)))
  nn = later(i, (rand() < 0.04) ? 2 : 0)
  if (!nn || (i == last)) { print line ",,,,,," > f_k; return }
  line = line "," at(nn, 18 + pick(4) - 1)
  pk = later(nn, pick(3))
  if (rand() < 0.03) { pk = later(nn, 10); if (pk) { print line ",," day[pk] ",超期未取，退回,," > f_k; return } }
  if (!pk) { print line ",,,,," > f_k; return }
  print line "," at(pk, 9 + pick(10)) ",,,," > f_k
}
function parcel_out(s, i,    c, d) {
  c = pick(ncar); seq++
  d = later(i, pick(2) - 1)
  printf "%s,out,%s,%s%d%08d,%s,%s,%s,%d,,,,,,%s,%s\n", code[s], carriers[c], prefix[c], s, seq, names[pick(nnames)], phone(), (rand() < 0.5) ? "拉萨市城关区" : "山南市乃东区", 8 + pick(12), day[i], d ? day[d] : "" > f_k
}
function service(s, i,    k) {
  k = pick(nkinds)
  printf "%s,%s,%s,%s,%s,%d,%d,\n", code[s], day[i], kinds[k], names[pick(nnames)], (rand() < 0.6) ? phone() : "", kind_amount[k] ? kind_amount[k] + pick(60) : 0, (rand() < 0.3) ? 1 : 0 > f_v
}
function sale(s, i,    pr, c, l, sd, q) {
  pr = pick(nprod); c = later(i, pick(5)); l = c ? later(c, pick(7)) : 0; sd = l ? later(l, pick(20)) : 0
  q = (units[pr] == "斤") ? 50 * pick(20) : pick(10)
  printf "%s,%s,%s,%s,%s,%s,县电商交易平台,%s,%s,%s,%s,%s,%s,%s,,\n", code[s], day[i], products[pr], categories[pr], names[pick(nnames)], phone(), c ? day[c] : "", l ? day[l] : "", sd ? day[sd] : "", sd ? q : "", units[pr], sd ? q * unit_price[pr] : "", sd ? int(q * unit_price[pr] / 50) : "" > f_s
}
