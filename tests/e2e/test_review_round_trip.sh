#!/usr/bin/env bash
# review post list and review login list --days export what review post import and review login
# import read back: every heading they write (CSV keys; English and Chinese workbook headings)
# is an alias of its column, and export → import into a fresh copy → export gives the same file:
# a post's decision (status, day, reviewer, reason, ground) and a day recorded by hand with its
# note come back as they were, imported by another clerk.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3 # Debian's python3 with python3-openpyxl

ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
fixture_done

# as_csv XLSX CSV: the workbook's sheet saved as CSV the way Excel does (dates as 2026/11/2).
as_csv() {
  "$PY" - "$1" "$2" <<'PYEOF'
import csv, datetime, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
def cell(v):
    if isinstance(v, datetime.datetime):
        return f"{v.year}/{v.month}/{v.day}" + ("" if (v.hour, v.minute) == (0, 0) else f" {v.hour}:{v.minute:02d}")
    return "" if v is None else str(v)
with open(sys.argv[2], "w", newline="", encoding="utf-8-sig") as f:
    csv.writer(f).writerows([[cell(v) for v in row] for row in ws.iter_rows(values_only=True)])
PYEOF
}
# fresh: a new copy of the fixture (the station, no posts nor logins) as $DB.
fresh() {
  DB=$T/fresh-$1.db
  cp "$FIXTURE" "$DB"
}

case_ "posts: list export (CSV, English and Chinese workbooks) → import into a fresh copy → the same export"
cz review post add CN-KD-001 --date 2026-11-02 --title 酥油上新 --body $'新鲜酥油\n每斤 40 元' --ref WX-1001
cz review post add CN-KD-001 --date 2026-11-03 --title 青稞饼 --body 本周有货
cz review post add CN-KD-001 --date 2026-11-03 --title 虫草 --body 包治百病
cz review post add CN-KD-001 --date 2026-11-04 --title 牦牛肉 --body 风干牦牛肉
expect_rc 0
cz review post approve 1 --date 2026-11-04
cz review post reject 3 --date 2026-11-05 --reason 夸大功效 --ground untrue
cz review post reject 4 --date 2026-11-06 --reason $'无检疫证明\n违反食品安全法'
expect_rc 0
cz --format csv review post list --period 2026-11
cp "$OUT" "$T/posts.csv"
cz --lang en --format xlsx --output "$T/posts-en.xlsx" review post list --period 2026-11
cz --lang zh --format xlsx --output "$T/posts-zh.xlsx" review post list --period 2026-11
as_csv "$T/posts-en.xlsx" "$T/posts-en.csv"
as_csv "$T/posts-zh.xlsx" "$T/posts-zh.csv"
head -1 "$T/posts-zh.csv" | grep -c '编号,服务站,日期,标题,正文' >/dev/null && ok || bad "Chinese headings: $(head -1 "$T/posts-zh.csv")"
home=$DB
grep -c '^3,.*,rejected,.*,2026-11-05,tester,夸大功效,untrue' "$T/posts.csv" >/dev/null && ok || bad "no rejection in the export"
for file in posts posts-en posts-zh; do
  fresh "$file"
  CZSTATION_ACTOR=另一位 cz review post import "$T/$file.csv"
  expect_rc 0
  expect_out "recorded the decision on 3 post(s)"
  cz --format csv review post list --period 2026-11
  cmp -s "$OUT" "$T/posts.csv" && ok || bad "$file: the export after import differs: $(diff "$T/posts.csv" "$OUT")"
  cz audit verify
  expect_rc 0
done
expect_sql "SELECT id, status, decided_on, decided_by FROM post WHERE status <> 'submitted' ORDER BY id" \
  $'1|approved|2026-11-04|tester\n3|rejected|2026-11-05|tester\n4|rejected|2026-11-06|tester'
expect_sql "SELECT id, ground FROM post_rejection ORDER BY id" $'3|untrue\n4|violation'
DB=$home

then_ "posts: a bad decision refuses the whole file, naming the line, the column, the value and the form"
fresh refusals
# bad_row SED: posts.csv changed by SED, as $T/bad.csv (CSV lines end in CR LF; post 1 is on
# lines 2-3, its body two lines long; post 2 on line 4, post 3 on line 5).
bad_row() { sed "$1" "$T/posts.csv" >"$T/bad.csv"; }
bad_row 's/,approved,/,passed,/'
refuses 65 review post import "$T/bad.csv"
expect_err "bad.csv line 2: status: unknown status 'passed'"
expect_err "use submitted (已提交), approved (已通过) or rejected (未通过)"
expect_err "nothing was imported"
bad_row 's/2026-11-04,tester,/2026-11-01,tester,/'
refuses 65 review post import "$T/bad.csv"
expect_err "line 2: decided_on: the decision on 2026-11-01 is before the post was submitted on 2026-11-02"
bad_row 's/,untrue\r$/,spam\r/'
refuses 65 review post import "$T/bad.csv"
expect_err "line 5: ground: unknown ground 'spam'"
expect_err "violation (违规), untrue (不实), nonstandard (不规范)"
bad_row 's/夸大功效//'
refuses 65 review post import "$T/bad.csv"
expect_err "line 5: reason: a rejected post needs the reason it was rejected for"
bad_row 's/2026-11-04,tester,/05\/11\/2026,tester,/'
refuses 65 review post import "$T/bad.csv"
expect_err "line 2: decided_on: '05/11/2026' puts the day or the month first"
bad_row 's/,submitted,,,,,,,/,submitted,,,,2026-11-04,,,/'
refuses 65 review post import "$T/bad.csv"
expect_err "line 4: decided_on: '2026-11-04' is given, but status is 'submitted': the post is not decided"
expect_sql "SELECT count(*) FROM post" 0

case_ "login days: list --days export (CSV, English and Chinese workbooks) → import into a fresh copy → the same export"
printf 'station,time\nCN-KD-001,2026-11-02 09:05\nCN-KD-001,2026-11-02 18:00\nCN-KD-001,2026-11-03\n' >"$T/log.csv"
cz review login import "$T/log.csv"
expect_rc 0
cz review login add CN-KD-001 --date 2026-11-04 --time 10:30 --note $'微信截图\n站长电话确认'
cz review login add CN-KD-001 --date 2026-11-05 --note 电话回访
expect_rc 0
cz --format csv review login list --days --month 2026-11
cp "$OUT" "$T/days.csv"
grep -q '09:05' "$T/days.csv" && ok || bad "no first login in the export"
cz --lang en --format xlsx --output "$T/days-en.xlsx" review login list --days --month 2026-11
cz --lang zh --format xlsx --output "$T/days-zh.xlsx" review login list --days --month 2026-11
as_csv "$T/days-en.xlsx" "$T/days-en.csv"
as_csv "$T/days-zh.xlsx" "$T/days-zh.csv"
grep -c '^CN-KD-001,2026-11-05,hand,,tester,电话回访' "$T/days.csv" >/dev/null && ok || bad "no day by hand in the export"
for file in days days-en days-zh; do
  fresh "$file"
  CZSTATION_ACTOR=另一位 cz review login import "$T/$file.csv"
  expect_rc 0
  cz --format csv review login list --days --month 2026-11
  cmp -s "$OUT" "$T/days.csv" && ok || bad "$file: the export after import differs: $(diff "$T/days.csv" "$OUT")"
  cz audit verify
  expect_rc 0
done
expect_sql "SELECT day, source, first_login, note FROM platform_login WHERE source = 'hand' ORDER BY day" \
  $'2026-11-04|hand|10:30:00|微信截图\n站长电话确认\n2026-11-05|hand||电话回访'

then_ "login days: an unknown source, or two notes for one day, refuse the whole file"
fresh refusals
sed 's/,hand,,tester,电话回访\r$/,by phone,,tester,电话回访\r/' "$T/days.csv" >"$T/bad.csv"
refuses 65 review login import "$T/bad.csv"
expect_err "line 6: source: unknown source 'by phone'"
expect_err "use import (登录日志, the platform's login log) or hand (手工录入, recorded by hand)"
{ cat "$T/days.csv"; printf 'CN-KD-001,2026-11-05,hand,,tester,微信截图\r\n'; } >"$T/bad.csv"
refuses 65 review login import "$T/bad.csv"
expect_err "line 7: note: '微信截图', but line 6 gives '电话回访' for the same day 2026-11-05 of CN-KD-001"
expect_sql "SELECT count(*) FROM platform_login" 0
