#!/usr/bin/env bash
# --format html end to end on the example county: the quarterly county report, the ledger and an
# inspection record sheet, written by the real binary and printed by headless Chromium through
# scripts/screenshots.sh (the script that made the README's screenshot) to PDF and PNG. Checks
# the page counts, the text pdftotext reads back (station names, figures, escaped markup), and
# that no glyph is missing. The HTML, PDF and PNG files stay in $CZSTATION_HTML_DIR
# (build/html-reports/ under ctest) for a person to look at.
. "$(dirname "$0")/lib.sh"
EX=$CZSTATION_SOURCE_DIR/examples
SHOTS=${CZSTATION_HTML_DIR:-$T/html-reports}

case_ "chromium, a CJK font and poppler's tools are installed (scripts/install-deps.sh)"
for tool in chromium pdfinfo pdftotext pdffonts python3; do
  command -v "$tool" >/dev/null && ok || bad "$tool is missing: run scripts/install-deps.sh"
done
[ -n "$(fc-list ':lang=zh' 2>/dev/null)" ] && ok || bad "no Chinese font: run scripts/install-deps.sh (fonts-noto-cjk)"
[ "$failed" -eq 0 ] || exit 1

case_ "the example county loads"
# ctest's fixture "example_county" (test_example_oversight.sh) has loaded it once already.
if [ -s "${CZSTATION_EXAMPLE_DB:-}" ]; then
  rm -f "$DB" && sqlite3 "$CZSTATION_EXAMPLE_DB" ".backup '$DB'"
else
  CZSTATION_DB=$DB "$EX/county/load.sh" "$CZSTATION_BIN" >/dev/null 2>&1 &&
    CZSTATION_DB=$DB "$EX/county/load_ledger.sh" "$CZSTATION_BIN" >/dev/null 2>&1 &&
    CZSTATION_DB=$DB CZSTATION_ARGS="--as-of 2026-11-28" "$EX/county/load_oversight.sh" "$CZSTATION_BIN" >/dev/null 2>&1
fi
RC=$?
expect_rc 0
[ "$RC" -eq 0 ] || exit 1

case_ "a command without an HTML form refuses html before it runs, writing nothing"
refuses 64 --format html register list
expect_err "register list has no HTML form"
expect_err "report overview, report ledger, report evaluation, inspect show"
refuses 64 --format html inspect add CN-KD-001 --inspector 次仁 --pass all
refuses 64 --format html report overview --period 2026-09

case_ "in English, the documents are English and say so in their lang attribute"
cz --lang en --format html report overview --period 2026Q3
expect_rc 0
expect_out '<html lang="en">'
expect_out "Village e-commerce service stations: quarterly report, 2026Q3"
cz --lang en --format html report ledger --period 2026Q3 --station CN-KD-001
expect_rc 0
expect_out "Station head (signature)"
expect_out "CN-KD-001"

case_ "the ledger by township and by county, and a quarter before any station opened"
cz --lang zh --format html report ledger --period 2026Q3 --by township
expect_rc 0
expect_out "<caption>分乡镇</caption>"
expect_out "<td>曲卓木乡</td>"
[ "$(grep -c '<section class="sheet">' "$OUT")" = 1 ] && ok || bad "the ledger by township is not one sheet"
cz --lang zh --format html report ledger --period 2026Q3 --by county
expect_rc 0
expect_out "<caption>全县分种类合计</caption>"
grep -q "<svg" "$OUT" && bad "the county's ledger has a township chart" || ok
cz --lang zh --format html report overview --period 2024Q1
expect_rc 0
expect_out "无已记录的考核发现"
expect_out "季度末前无登记的服务站"
[ "$(grep -c '<section class="sheet">' "$OUT")" = 5 ] && ok || bad "the empty quarter's report lacks a sheet"

# A clerk's text with markup, ampersands and both quotes, in the sheet the screenshots print.
MARK="<script>alert(\"x\")</script> & '单引号' <b>"
case_ "an inspection whose inspector and problems hold markup"
cz inspect add CN-KD-001 --date 2026-11-25 --inspector '次仁<i>' --pass all --problems "$MARK"
expect_rc 0

then_ "scripts/screenshots.sh writes each document and prints it to PDF and PNG"
rm -rf "$SHOTS"
"$CZSTATION_SOURCE_DIR/scripts/screenshots.sh" "$CZSTATION_BIN" "$DB" "$SHOTS" >"$OUT" 2>"$ERR"
RC=$?
expect_rc 0
id=$(sqlite3 "$DB" "SELECT max(id) FROM inspection")
names="quarterly-2026Q3 ledger-2026Q3 inspection-$id evaluation-2026-09"
for name in $names; do
  expect_out "$SHOTS/$name.html"
  for ext in html pdf png; do
    [ -s "$SHOTS/$name.$ext" ] && ok || bad "no $name.$ext"
  done
  pdftotext -layout "$SHOTS/$name.pdf" "$SHOTS/$name.txt" && ok || bad "pdftotext cannot read $name.pdf"
done

case_ "every document is self-contained: no script, nothing fetched, text escaped"
for name in $names; do
  f=$SHOTS/$name.html
  grep -qiE '<script|://|[[:space:]]src=|@import|@font-face' "$f" && bad "$name.html loads or runs something" || ok
  grep -qF "default-src 'none'" "$f" && ok || bad "$name.html has no Content-Security-Policy"
  grep -qF '"Noto Sans CJK SC"' "$f" && ok || bad "$name.html does not ask for a CJK font"
  grep -qF '<html lang="zh-CN">' "$f" && ok || bad "$name.html is not Chinese"
done
sheet=$SHOTS/inspection-$id.html
grep -qF '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;单引号&#39; &lt;b&gt;' "$sheet" &&
  ok || bad "the problems are not escaped"
grep -qF '次仁&lt;i&gt;' "$sheet" && ok || bad "the inspector's name is not escaped"

case_ "each printed PDF has a page per sheet, and the expected number"
pages() { pdfinfo "$SHOTS/$1.pdf" | awk '/^Pages:/ { print $2 }'; }
sheets() { grep -c '<section class="sheet">' "$SHOTS/$1.html"; }
for name in $names; do
  [ "$(pages "$name")" = "$(sheets "$name")" ] && ok ||
    bad "$name.pdf has $(pages "$name") pages for $(sheets "$name") sheets: a sheet overflowed its page"
done
# The quarterly report: summary, stations, volume, rules, oversight. The ledger: the county, then
# one page per township with a station in it (eight). The record sheet: one page.
[ "$(pages quarterly-2026Q3)" = 5 ] && ok || bad "the quarterly report has $(pages quarterly-2026Q3) pages, not 5"
[ "$(pages ledger-2026Q3)" = 9 ] && ok || bad "the ledger has $(pages ledger-2026Q3) pages, not 9"
[ "$(pages "inspection-$id")" = 1 ] && ok || bad "the record sheet has $(pages "inspection-$id") pages, not 1"
# The evaluation: a page per station that operated in the month, its findings the applied run's,
# with the audit anchor that run saw (issue 15), and lines for the station head and the centre.
operating=$(sqlite3 "$SHOTS/county.db" "SELECT count(*) FROM station WHERE opened_on <= '2026-09-30'")
[ "$(pages evaluation-2026-09)" = "$operating" ] && ok ||
  bad "the evaluation has $(pages evaluation-2026-09) pages for $operating stations"
anchor=$(sqlite3 "$SHOTS/county.db" "SELECT h.entry_id || ':' || substr(h.hash, 1, 16) FROM run_chain_head h
  JOIN assessment_run a ON a.id = h.id WHERE a.period = '2026-09'")
grep -qF "$anchor" "$SHOTS/evaluation-2026-09.txt" && ok || bad "the evaluation lacks the run's audit anchor $anchor"
grep -qF "站长（签字）" "$SHOTS/evaluation-2026-09.txt" && ok || bad "the evaluation lacks the station head's signature line"
grep -qF "R-PICKUP-NOTICE" "$SHOTS/evaluation-2026-09.txt" && ok || bad "the evaluation lacks the recorded findings"
q3=$(sqlite3 "$SHOTS/county.db" "SELECT h.entry_id || ':' || substr(h.hash, 1, 16) FROM run_chain_head h
  JOIN assessment_run a ON a.id = h.id WHERE a.period = '2026Q3'")
tr -d '\n' <"$SHOTS/quarterly-2026Q3.txt" | grep -cF "$q3" >/dev/null && ok || bad "the quarterly report lacks its run's audit anchor $q3"

case_ "pdftotext reads the titles, station names and figures back"
q=$SHOTS/quarterly-2026Q3.txt
grep -qF "村级电商服务站季度运行报告（2026Q3）" "$q" && ok || bad "no title in the quarterly report"
# The records and money of the quarter, as report ledger counts them, grouped as printed.
cz --format csv report ledger --period 2026Q3 --by county
total=$(awk -F, '$5 == "total" { print $6 "," $7 }' "$OUT")
group() { python3 -c 'import sys; w, _, f = sys.argv[1].partition("."); print(f"{int(w):,}" + ("." + f if f else ""))' "$1"; }
records=$(group "${total%%,*}")
amount=$(group "${total#*,}")
grep -qF "$records" "$q" && ok || bad "the quarter's $records records are not in the report"
grep -qF "$amount" "$q" && ok || bad "the quarter's $amount yuan are not in the report"
for station in 错那居委会电商服务站 浪坡村电商服务站 卡达村电商服务站; do
  grep -qF "$station" "$q" && ok || bad "$station is not in the quarterly report"
done
grep -qF "R-VOLUME" "$q" && ok || bad "the report lacks the R-VOLUME findings"
l=$SHOTS/ledger-2026Q3.txt
for township in 卡达乡 吉巴乡 库局乡 曲卓木乡 浪坡乡 觉拉乡 贡日乡 错那镇; do
  grep -qF "$township" "$l" && ok || bad "$township is not in the ledger"
done
s=$SHOTS/inspection-$id.txt
grep -qF "村级电商服务站巡检记录表" "$s" && ok || bad "no title on the record sheet"
grep -qF "$MARK" "$s" && ok || bad "the problems do not print as the clerk typed them"
grep -qF "巡检人（签字）" "$s" && ok || bad "no signature line for the inspector"

case_ "no glyph is missing: fonts embedded, every character of the page read back"
for name in $names; do
  pdffonts "$SHOTS/$name.pdf" | awk 'NR > 2 && $(NF - 4) != "yes" { bad = 1 } END { exit bad }' &&
    ok || bad "$name.pdf has a font that is not embedded"
  # Every non-ASCII character of the document's text (CJK and its punctuation) must come back
  # from the PDF: a character drawn as a missing-glyph box does not.
  missing=$(python3 - "$SHOTS/$name.html" "$SHOTS/$name.txt" <<'PY'
import html.parser, sys
class Text(html.parser.HTMLParser):
    skip = 0
    chars = set()
    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "title")
    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "title")
    def handle_data(self, data):
        if not self.skip:
            self.chars |= {c for c in data if ord(c) > 127 and not c.isspace()}
p = Text()
p.feed(open(sys.argv[1], encoding="utf-8").read())
pdf = open(sys.argv[2], encoding="utf-8").read()
print("".join(sorted(c for c in p.chars if c not in pdf)))
PY
  )
  [ -z "$missing" ] && ok || bad "$name.pdf lost these characters: $missing"
  grep -q $'\xef\xbf\xbd' "$SHOTS/$name.txt" && bad "$name.pdf has a replacement character" || ok
done
