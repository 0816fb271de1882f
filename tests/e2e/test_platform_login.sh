#!/usr/bin/env bash
# review login (Art. 12: station staff log in to the content platform daily): the platform's
# login log imported (GBK, Chinese headings) or a day added by hand, the days active per station,
# R-DAILY-LOGIN when the rules file sets a minimum, and the days in the monthly evaluation.
. "$(dirname "$0")/lib.sh"

# CN-KD-001 operates all of October 2026; CN-LP-001 opens on 2026-10-16 (16 of 31 days).
ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
ready_station CN-LP-001 浪坡村电商服务站 浪坡乡
cz register open CN-LP-001 --date 2026-10-16
[ "$RC" -eq 0 ] && ok || bad "the fixture could not be built: $(cat "$ERR")"
# Two logins on 10-05 (one day, the earlier time kept), a day without a time, and a third column.
printf '站点编号,登录时间,登录账号\r\nCN-KD-001,2026/10/5 9:05,kd01\r\ncn-kd-001,2026-10-05 08:01,kd01\r\nCN-KD-001,2026年10月6日,kd01\r\nCN-LP-001,2026-10-20 10:00,lp01\r\n' |
  iconv -f UTF-8 -t GBK >"$T/logins.csv"
printf '[platform]\nmin_login_days = 20\n' >"$T/rules.toml"
fixture_done

case_ "a GBK login log with Chinese headings: a station's logins of one day count once"
refuses 65 review login import "$T/logins.csv" --encoding utf8
expect_err "add --encoding gbk"
cz review login import "$T/logins.csv"
expect_rc 0
expect_out "recorded 3 day(s) of platform activity of 2 station(s) from 4 logins in $T/logins.csv (0 already there)"
expect_sql "SELECT s.code, l.day, l.source, coalesce(l.first_login, '-'), l.recorded_by FROM platform_login l
  JOIN station s ON s.id = l.station_id ORDER BY l.id" "CN-KD-001|2026-10-05|import|08:01:00|tester
CN-KD-001|2026-10-06|import|-|tester
CN-LP-001|2026-10-20|import|10:00:00|tester"

then_ "importing the same log again adds nothing and says so"
before=$(db_hash)
cz review login import "$T/logins.csv" --encoding gbk
expect_rc 0
expect_out "nothing new in $T/logins.csv: its 3 day(s) of platform activity were already recorded"
cz review login import "$T/logins.csv" --encoding gbk --format json
expect_out_eq '[{"rows":4,"days":0,"already":3,"stations":2,"empty_rows":0}]'
[ "$(db_hash)" = "$before" ] && ok || bad "a second import changed the database"

then_ "a day by hand (from a screenshot); the same day again changes nothing"
cz review login add CN-KD-001 --date 2026-10-07 --time 9:30 --note 平台截图 --format json
expect_rc 0
expect_out_eq '[{"station":"CN-KD-001","date":"2026-10-07","source":"hand","first_login":"09:30:00","recorded_by":"tester","note":"平台截图"}]'
before=$(db_hash)
cz review login add CN-KD-001 --date 2026-10-05
expect_rc 0
expect_out "CN-KD-001 was already recorded active on 2026-10-05 (login log); nothing changed"
[ "$(db_hash)" = "$before" ] && ok || bad "a day added twice changed the database"
expect_sql "SELECT count(*) FROM audit_entry WHERE action IN ('oversight.login_import', 'oversight.login_add')" 2

then_ "the days active per station in a month; R-DAILY-LOGIN off by default"
cz review login list --month 2026-10 --format json
expect_rc 0
expect_out_eq '[{"station":"CN-KD-001","name":"卡达村电商服务站","township":"卡达乡","month":"2026-10","operated_days":31,"active_days":3,"due":null,"short":null},{"station":"CN-LP-001","name":"浪坡村电商服务站","township":"浪坡乡","month":"2026-10","operated_days":16,"active_days":1,"due":null,"short":null}]'
cz review login list --month 2026-10 --station CN-KD-001 --days --format csv
expect_out "station,date,source,first_login,recorded_by,note"
expect_out "CN-KD-001,2026-10-05,import,08:01:00,tester,"
expect_out "CN-KD-001,2026-10-06,import,,tester,"
expect_out "CN-KD-001,2026-10-07,hand,09:30:00,tester,平台截图"
[ "$(wc -l <"$OUT")" -eq 4 ] && ok || bad "three days and a header"
cz assess --period 2026-10 --format json
jq -e '[.findings[] | select(.rule == "R-DAILY-LOGIN")] == []' "$OUT" >/dev/null && ok || bad "off by default"

then_ "with a minimum of 20 days the monthly assessment finds both stations, prorated for the one opened mid-month"
cz --rules "$T/rules.toml" assess --period 2026-10 --format json
expect_rc 0
jq -e '[.findings[] | select(.rule == "R-DAILY-LOGIN") | [.station, .article, .measured, .threshold]]
  == [["CN-KD-001", "12", 3, 20], ["CN-LP-001", "12", 1, 11]]' "$OUT" >/dev/null && ok || bad "R-DAILY-LOGIN findings"
cz --rules "$T/rules.toml" review login list --month 2026-10 --short --format csv
expect_out "CN-KD-001,卡达村电商服务站,卡达乡,2026-10,31,3,20,17"
expect_out "CN-LP-001,浪坡村电商服务站,浪坡乡,2026-10,16,1,11,10"

then_ "the monthly evaluation shows the days active"
cz report evaluation --period 2026-10 --format json
jq -e '[.stations[] | .login_days] == [3, 1]' "$OUT" >/dev/null && ok || bad "login_days in JSON"
cz report evaluation --period 2026-10 --station CN-KD-001
expect_out "active on 3 of 31 day(s) open"
cz --lang zh report evaluation --period 2026-10 --station CN-LP-001 --format html
expect_out "营业 16 天中登录 1 天"

case_ "a login log naming an unknown station is refused whole, every broken row named"
printf 'station,time\nCN-KD-001,2026-10-05 09:00\nCN-XX-001,2026-10-05 09:00\nCN-KD-001,2026-10-32 09:00\nCN-KD-001,2026-12-01 09:00\nCN-LP-001,2026-10-01 09:00\n' >"$T/bad.csv"
refuses 65 review login import "$T/bad.csv"
expect_err "bad.csv line 3: no station with code CN-XX-001"
expect_err "bad.csv line 4:"
expect_err "bad.csv line 5: the login is dated 2026-12-01, after today (2026-11-28)"
expect_err "bad.csv line 6: station CN-LP-001 opened on 2026-10-16, after 2026-10-01"
expect_err "nothing was imported; rows with problems: 4"
expect_hint
expect_sql "SELECT count(*) FROM platform_login" 0
printf 'station,account\nCN-KD-001,kd01\n' >"$T/nohead.csv"
refuses 65 review login import "$T/nohead.csv"
expect_err "lacks the column(s) time"
refuses 66 review login import "$T/missing.csv"
refuses 64 review login import "$T/bad.csv" --encoding latin1
refuses 69 review login add CN-XX-001 --date 2026-10-05
refuses 65 review login add CN-KD-001 --date 2026-12-01
refuses 65 review login add CN-KD-001 --date 2026-10-05 --time 25:00
refuses 64 review login list --month 2026-10 --days --short
