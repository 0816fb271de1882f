#!/usr/bin/env bash
# review: quarterly callbacks (Art. 14.2), posts on the content platform (Art. 12) and credit
# incidents (Art. 14.3), through the real binary.
. "$(dirname "$0")/lib.sh"

open_station() {
  ready_station "$@"
  cz register open "$1" --date 2026-02-01
  [ "$RC" -eq 0 ] || bad "could not open $1"
}
open_station CN-KD-001
open_station CN-LP-001 浪坡村电商服务站 浪坡乡
ready_station CN-NEW-001 新站 卡达乡

fixture_done
case_ "callbacks: one that did not get through, then one that did"
cz review callback add CN-KD-001 --date 2026-10-10 --caller 拉巴 --not-reached --notes 无人接听
expect_rc 0
expect_out "recorded the 2026Q4 callback to CN-KD-001 on 2026-10-10: not reached; call again this quarter"
cz review callback add CN-KD-001 --date 2026-10-12 --caller 拉巴 --reached --reported "本季度代购120单，缺少打印纸"
expect_rc 0
expect_sql "SELECT quarter, called_on, reached, reported FROM callback ORDER BY id" \
  "2026Q4|2026-10-10|0|
2026Q4|2026-10-12|1|本季度代购120单，缺少打印纸"
cz review callback add CN-LP-001 --date 2026-10-02 --quarter 2026Q3 --caller 拉巴 --reached --format json
expect_rc 0
expect_out '"station":"CN-LP-001","quarter":"2026Q3","called_on":"2026-10-02"'

then_ "callback list and quarterly coverage (R-CALLBACK)"
cz review callback list --format csv
expect_out "id,station,quarter,called_on,caller,reached,reported,notes"
expect_out "3,CN-LP-001,2026Q3,2026-10-02,拉巴,true,,"
cz review callback list --station CN-KD-001 --period 2026Q4 --format tsv
[ "$(wc -l <"$OUT")" -eq 3 ] && ok || bad "two calls to CN-KD-001 in Q4"
cz review callback coverage --format csv
expect_out "station,name,township,status,quarter,calls,reached,required,due,last_called_on"
expect_out "CN-KD-001,卡达村电商服务站,卡达乡,open,2026Q4,2,1,1,false,2026-10-12"
expect_out "CN-LP-001,浪坡村电商服务站,浪坡乡,open,2026Q4,0,0,1,true,"
cz review callback coverage --quarter 2026Q3 --due --format csv
expect_out "CN-KD-001"
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "only CN-KD-001 is due for Q3"
cz review callback coverage --quarter 2026-07
expect_rc 64

then_ "bad callbacks are refused and change nothing"
refuses 65 review callback add CN-KD-001 --date 2026-10-20 --caller 拉巴 --reached
expect_err "already reached for 2026Q4 on 2026-10-12"
expect_hint
refuses 65 review callback add CN-KD-001 --quarter 2027Q1 --caller 拉巴 --reached
expect_err "the quarter 2027Q1 has not begun"
refuses 65 review callback add CN-KD-001 --quarter 2026Q4 --date 2026-09-30 --caller 拉巴 --reached
expect_err "before the quarter begins"
refuses 65 review callback add CN-KD-001 --quarter 2026-10 --caller 拉巴 --reached
expect_err "is not a quarter"
refuses 65 review callback add CN-NEW-001 --caller 拉巴 --reached
expect_err "has not opened"
refuses 64 review callback add CN-KD-001 --caller 拉巴
expect_err "--reached or --not-reached"
refuses 64 review callback add CN-KD-001 --caller 拉巴 --reached --not-reached

case_ "posts: recorded as submitted; a repost is a duplicate; a banned word would flag it"
cz review post add CN-KD-001 --date 2026-11-02 --title 新到高原土豆 --body "本站新到高原土豆，3元/斤，欢迎选购！"
expect_rc 0
expect_out "recorded post 1 of CN-KD-001 on 2026-11-02"
cz review post add CN-KD-001 --date 2026-11-05 --title "新到 高原土豆！" --body "本站新到高原土豆 ３元／斤 欢迎选购" --ref P-100
expect_rc 0
expect_out "it duplicates post 1 of the same month and does not count towards the quota"
cz review post add CN-KD-001 --date 2026-11-06 --title "ＮＥＷ 牦牛肉干" --body "$(printf '牦牛肉干到货\n每袋25元')"
expect_rc 0
expect_sql "SELECT body FROM post WHERE id = 3" "牦牛肉干到货
每袋25元"
cz review post add CN-LP-001 --date 2026-11-06 --title 新到高原土豆 --body "本站新到高原土豆，3元/斤，欢迎选购！" --format json
expect_out '"id":4,"station":"CN-LP-001"'
expect_out '"duplicate_of":null'
expect_sql "SELECT count(*) FROM post WHERE duplicate_of IS NOT NULL" 1

then_ "approve and reject"
cz review post reject 3 --date 2026-11-07 --reason "虚假宣传：无产地证明"
expect_rc 0
expect_out "rejected post 3 of CN-KD-001 as a violation"
cz review post approve 1 2 --date 2026-11-07
expect_rc 0
expect_out "approved 2 posts"
expect_sql "SELECT id, status, decided_on, decided_by FROM post WHERE status <> 'submitted' ORDER BY id" \
  "1|approved|2026-11-07|tester
2|approved|2026-11-07|tester
3|rejected|2026-11-07|tester"
cz review post list --format csv
expect_out "id,station,submitted_on,title,body,status,duplicate_of,flagged,platform_ref,decided_on,decided_by,reason"
expect_out "2,CN-KD-001,2026-11-05,新到 高原土豆！,本站新到高原土豆 ３元／斤 欢迎选购,approved,1,,P-100,2026-11-07,tester,"
cz review post list --status rejected --format tsv
expect_out "虚假宣传：无产地证明"
cz review post list --duplicates --format csv
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "one duplicate"
cz review post list --station CN-LP-001 --period 2026-11
expect_out "submitted"
cz review post list --status pending
expect_rc 64

then_ "approve --pending approves the month's undecided posts"
cz review post approve --pending --month 2026-11 --station CN-LP-001 --date 2026-11-08
expect_rc 0
expect_out "approved post 4 of CN-LP-001"
cz review post approve --pending --month 2026-11
expect_rc 0
expect_out "approved 0 posts"

then_ "quota per station and month (R-POST-QUOTA) and violations so far (R-POST-VIOLATIONS)"
cz review post quota --month 2026-11 --format csv
expect_out "station,name,month,posts,counted,quota,short,pending,duplicates,rejected,violations,violations_limit,accountable"
expect_out "CN-KD-001,卡达村电商服务站,2026-11,3,1,15,14,0,1,1,1,3,false"
expect_out "CN-LP-001,浪坡村电商服务站,2026-11,1,1,15,14,0,0,0,0,3,false"
cz review post quota --month 2026-10 --due --format csv
[ "$(wc -l <"$OUT")" -eq 3 ] && ok || bad "both stations short in October"

then_ "bad posts are refused and change nothing"
refuses 65 review post reject 4 --date 2026-11-09
expect_err "cannot be rejected without a reason"
expect_hint
refuses 65 review post add CN-KD-001 --date 2026-11-09 --title t --body b --ref P-100
expect_err "already recorded, as post 2"
refuses 65 review post approve 1
expect_err "post 1 was already approved on 2026-11-07 by tester"
refuses 65 review post approve 4 1
refuses 65 review post reject 1 --reason 违规
expect_err "already approved"
refuses 65 review post approve 3
expect_err "already rejected"
refuses 69 review post approve 99
refuses 64 review post approve
refuses 64 review post approve 4 --month 2026-11
expect_err "with ids, leave them out"
refuses 65 review post add CN-NEW-001 --title t --body b
expect_err "has not opened"
refuses 65 review post add CN-KD-001 --title t --body "$(printf 'a\033[31mb')"
expect_err "control characters"
refuses 64 review post add CN-KD-001 --title "" --body b # an empty value is a usage error
refuses 65 review post add CN-KD-001 --title t --body b --date 2026-12-01
expect_err "in the future"

then_ "import a platform CSV export; importing it again changes nothing"
cat >"$T/posts.csv" <<'CSV'
post_id,station,date,title,body,views
P-1,CN-KD-001,2026-11-10 09:30,高原土豆上市,"本站新到高原土豆，
3元/斤",12
P-2,CN-KD-001,2026-11-11,高原土豆上市！,本站新到高原土豆 3元斤,3
P-3,CN-LP-001,2026-11-11,藏鸡蛋,散养藏鸡蛋，每枚2元,40
CSV
cz review post import "$T/posts.csv"
expect_rc 0
expect_out "imported 3 posts from $T/posts.csv (0 already there); 1 duplicates, 0 flagged for review"
expect_sql "SELECT platform_ref, duplicate_of IS NOT NULL FROM post WHERE platform_ref LIKE 'P-_' ORDER BY id" "P-1|0
P-2|1
P-3|0"
before=$(db_hash)
cz review post import "$T/posts.csv" --format json
expect_rc 0
expect_out '[{"rows":3,"imported":0,"already":3,"duplicates":0,"flagged":0,"empty_rows":0,"decided":0}]'
[ "$(db_hash)" = "$before" ] && ok || bad "a second import changed the database"
refuses 65 review post approve 5 --date 2026-11-09
expect_err "post 5 was submitted on 2026-11-10; it cannot be decided on 2026-11-09"
iconv -f UTF-8 -t GBK <"$T/posts.csv" | sed 's/P-/G-/' >"$T/posts-gbk.csv"
refuses 65 review post import "$T/posts-gbk.csv" --encoding utf-8
expect_err "add --encoding gbk"
cz review post import "$T/posts-gbk.csv" --encoding gbk
expect_rc 0
expect_out "imported 3 posts"
# A platform export with Chinese headings, saved by Excel in GBK: read as GBK without an option
# (as `import` does); told it is UTF-8, the refusal names the encoding rather than missing columns.
printf '平台编号,站点编号,发布日期,标题,正文\r\nH-1,CN-KD-001,2026/11/12,青稞上市,本站新到青稞 5元斤\r\n' |
  iconv -f UTF-8 -t GBK >"$T/posts-gbk-headings.csv"
refuses 65 review post import "$T/posts-gbk-headings.csv" --encoding UTF-8
expect_err "the file looks like GBK (as Chinese Excel saves it): add --encoding gbk"
cz review post import "$T/posts-gbk-headings.csv"
expect_rc 0
expect_sql "SELECT submitted_on, title FROM post WHERE platform_ref = 'H-1'" "2026-11-12|青稞上市"

then_ "a post CSV with broken rows is refused whole, every row named"
cat >"$T/broken.csv" <<'CSV'
post_id,station,date,title,body
B-1,CN-KD-001,2026-11-12,好的一行,内容
B-2,CN-KD-01,2026-11-12,站点编号错,内容
B-3,CN-KD-001,2026-11-31,日期错,内容
B-4,CN-KD-001,2026-11-12,少一列
B-5,CN-NEW-001,2026-11-12,未开业,内容
CSV
refuses 65 review post import "$T/broken.csv"
expect_err "broken.csv line 3: no station with code CN-KD-01"
expect_err "did you mean CN-KD-001?"
expect_err "broken.csv line 4: '2026-11-31' is not a date"
expect_err "broken.csv line 5: the row has 4 fields; the header has 5"
expect_err "broken.csv line 6: station CN-NEW-001 has not opened"
expect_err "nothing was imported; rows with problems: 4"
printf 'station,date,title,body\nCN-KD-001,2026-11-12,"未闭合,内容\n' >"$T/unclosed.csv"
refuses 65 review post import "$T/unclosed.csv"
expect_err "not closed before the end of the file"
printf 'station,date,title\nCN-KD-001,2026-11-12,缺正文\n' >"$T/nobody.csv"
refuses 65 review post import "$T/nobody.csv"
expect_err "lacks the column(s) body"
refuses 66 review post import "$T/missing.csv"
refuses 64 review post import "$T/posts.csv" --encoding latin1

then_ "credit incidents: a serious one, corrected late; the overdue list (R-TERMINATE-CREDIT)"
cz review credit add CN-KD-001 --date 2026-09-01 --serious --description "拖欠供货商货款两万元"
expect_rc 0
expect_out "uncorrected after 2026-10-01 it makes the station eligible for termination (R-TERMINATE-CREDIT)"
cz review credit add CN-LP-001 --date 2026-11-01 --description 发货延迟
expect_rc 0
cz review credit add CN-LP-001 --date 2026-10-29 --serious --description 冒用村民身份下单
expect_rc 0
cz review credit overdue --format csv
expect_out "id,station,happened_on,serious,description,deadline,corrected_on,correction_note,overdue"
expect_out "1,CN-KD-001,2026-09-01,true,拖欠供货商货款两万元,2026-10-01,,,true"
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "one overdue incident (the other is within its grace)"
AS_OF=2026-11-29 cz review credit overdue --format csv
[ "$(wc -l <"$OUT")" -eq 3 ] && ok || bad "two overdue a day later"
cz review credit list --station CN-LP-001 --format csv
expect_out "2,CN-LP-001,2026-11-01,false,发货延迟,,,,false"
cz review credit list --serious --open --format tsv
[ "$(wc -l <"$OUT")" -eq 3 ] && ok || bad "two serious open incidents"
cz review credit correct 1 --date 2026-11-20 --note "货款已全部还清"
expect_rc 0
expect_sql "SELECT corrected_on, correction_note FROM credit_incident WHERE id = 1" "2026-11-20|货款已全部还清"
cz review credit overdue --format csv
[ "$(wc -l <"$OUT")" -eq 1 ] && ok || bad "nothing overdue once corrected"

then_ "bad credit records are refused and change nothing"
refuses 65 review credit correct 2 --date 2026-10-31
expect_err "cannot be corrected on 2026-10-31, before that"
expect_hint
refuses 65 review credit correct 1 --date 2026-11-21
expect_err "already corrected on 2026-11-20"
refuses 69 review credit correct 9
refuses 65 review credit add CN-NEW-001 --description x
refuses 64 review credit add CN-KD-001
refuses 65 review credit add CN-KD-001 --description x --date 2026-02-30

then_ "every record is in the audit log"
cz audit verify
expect_rc 0
expect_sql "SELECT count(*) FROM audit_entry WHERE action = 'oversight.post_import'" 3

case_ "help lists every subcommand"
cz review --help
expect_rc 0
expect_out "callback"
expect_out "credit"
cz review post --help
expect_out "quota"
expect_out "import"
