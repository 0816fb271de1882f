#!/usr/bin/env bash
# review post list and review login list --days export what review post import and review login
# import read back: every heading they write (CSV keys; English and Chinese workbook headings)
# is an alias of its column, and export → import into a fresh copy → export gives the same file.
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
expect_rc 0
cz --format csv review post list --period 2026-11
cp "$OUT" "$T/posts.csv"
cz --lang en --format xlsx --output "$T/posts-en.xlsx" review post list --period 2026-11
cz --lang zh --format xlsx --output "$T/posts-zh.xlsx" review post list --period 2026-11
as_csv "$T/posts-en.xlsx" "$T/posts-en.csv"
as_csv "$T/posts-zh.xlsx" "$T/posts-zh.csv"
head -1 "$T/posts-zh.csv" | grep -c '编号,服务站,日期,标题,正文' >/dev/null && ok || bad "Chinese headings: $(head -1 "$T/posts-zh.csv")"
home=$DB
for file in posts posts-en posts-zh; do
  fresh "$file"
  cz review post import "$T/$file.csv"
  expect_rc 0
  cz --format csv review post list --period 2026-11
  cmp -s "$OUT" "$T/posts.csv" && ok || bad "$file: the export after import differs: $(diff "$T/posts.csv" "$OUT")"
done
DB=$home

case_ "login days: list --days export (CSV, English and Chinese workbooks) → import into a fresh copy → the same export"
printf 'station,time\nCN-KD-001,2026-11-02 09:05\nCN-KD-001,2026-11-02 18:00\nCN-KD-001,2026-11-03\n' >"$T/log.csv"
cz review login import "$T/log.csv"
expect_rc 0
cz --format csv review login list --days --month 2026-11
cp "$OUT" "$T/days.csv"
grep -q '09:05' "$T/days.csv" && ok || bad "no first login in the export"
cz --lang en --format xlsx --output "$T/days-en.xlsx" review login list --days --month 2026-11
cz --lang zh --format xlsx --output "$T/days-zh.xlsx" review login list --days --month 2026-11
as_csv "$T/days-en.xlsx" "$T/days-en.csv"
as_csv "$T/days-zh.xlsx" "$T/days-zh.csv"
for file in days days-en days-zh; do
  fresh "$file"
  cz review login import "$T/$file.csv"
  expect_rc 0
  cz --format csv review login list --days --month 2026-11
  cmp -s "$OUT" "$T/days.csv" && ok || bad "$file: the export after import differs: $(diff "$T/days.csv" "$OUT")"
done
