#!/usr/bin/env bash
# Issue 13: Excel workbooks read back with openpyxl (types, identifiers as text with every
# digit, dates as dates, money with two decimals, a frozen header, masking), --output written
# whole or not at all, and tables as a person sees them in an 80-column terminal (tmux).
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3 # Debian's python3 with python3-openpyxl, not a pyenv one on PATH

ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
setup() { "$@" || true; [ "$RC" -eq 0 ] || { cat "$ERR" >&2; bad "fixture step failed: $*"; }; }
# A landline with its leading zero, a 19-digit platform order number, an amount over a thousand.
setup cz order purchase add --station CN-KD-001 --villager 王 --phone 0891-6823456 --item 电饭锅 --price 1286.5 \
  --fee 5 --date 2026-11-02 --platform 京东 --order 1234567890123456789 --paid 1286.5 --ordered-on 2026-11-02 \
  --arrived-at "2026-11-05 10:20" --notified-at "2026-11-05 12:00" --picked-up-on 2026-11-06
setup cz inspect add CN-KD-001 --date 2026-11-10 --inspector 次仁 --pass all \
  --problems "门口招牌被杂物遮挡，服务流程图张贴位置过低，村民不易看到，已要求站长本周内整改并拍照上报中心"
fixture_done

# xlsx_check FILE PYTHON: runs PYTHON with `wb` the workbook FILE; each failed assert is reported.
xlsx_check() {
  local file=$1 code=$2
  if "$PY" - "$file" >"$T/py.out" 2>&1 <<EOF; then ok; else bad "workbook check failed: $(tail -3 "$T/py.out")"; fi
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
$code
EOF
}

case_ "export purchases as xlsx: identifiers are text, dates are dates, money has two decimals"
cz --format xlsx export purchases
expect_rc 0
cp "$OUT" "$T/p.xlsx"
xlsx_check "$T/p.xlsx" '
ws = wb.active
assert ws.freeze_panes == "A2", ws.freeze_panes
head = [c.value for c in ws[1]]
row = {h: c for h, c in zip(head, ws[2])}
assert row["platform order"].value == "1234567890123456789" and row["platform order"].data_type == "s"
assert row["phone"].data_type == "s" and "6823456" not in row["phone"].value, row["phone"].value
assert row["villager"].value != "王"
assert row["station"].value == "CN-KD-001"
assert row["id"].value == 1 and row["id"].data_type == "n"
assert row["price"].value == 1286.5 and row["price"].number_format == "#,##0.00", row["price"].number_format
assert isinstance(row["requested"].value, datetime.datetime) and row["requested"].is_date
assert row["requested"].value == datetime.datetime(2026, 11, 2)
assert row["arrived"].value == datetime.datetime(2026, 11, 5, 10, 20)
assert ws.column_dimensions["G"].width >= 8
'

case_ "--reveal shows the landline whole, its leading zero kept; --lang zh words and headers"
cz --reveal --lang zh --format xlsx --output "$T/r.xlsx" export purchases
expect_rc 0
expect_no_out
xlsx_check "$T/r.xlsx" '
ws = wb.active
head = [c.value for c in ws[1]]
row = {h: c.value for h, c in zip(head, ws[2])}
assert row["电话"] == "0891-6823456", row
assert row["状态"] == "已取货", row["状态"]
assert row["村民"] == "王"
assert wb.sheetnames == ["代购导出"], wb.sheetnames
'

case_ "report ledger as xlsx: one sheet, Chinese levels and kinds, amounts as numbers"
cz --lang zh --format xlsx --output "$T/l.xlsx" report ledger --period 2026-11
expect_rc 0
xlsx_check "$T/l.xlsx" '
ws = wb.active
assert wb.sheetnames == ["台账报表"], wb.sheetnames
rows = list(ws.iter_rows(min_row=2, values_only=True))
assert rows[0][1] == "服务站" and rows[0][4] == "代购", rows[0]
assert rows[0][6] == 1286.5, rows[0]
assert ws.cell(2, 7).number_format == "#,##0.00"
assert ws.cell(2, 1).data_type == "s" and ws.cell(2, 1).value == "2026-11"
'

case_ "report overview as xlsx: one sheet per section named in Chinese; counts and money are numbers, codes text"
cz --lang zh --format xlsx --output "$T/o.xlsx" report overview --period 2026Q4
expect_rc 0
xlsx_check "$T/o.xlsx" '
names = ["概况", "各乡镇服务站", "建设批次", "各乡镇业务量", "近八个季度", "按规则统计的考核发现", "整改通知",
         "可终止运营的服务站", "巡检与盘点", "电话回访", "代购纠纷", "最活跃的服务站", "最不活跃的服务站"]
assert wb.sheetnames == names, wb.sheetnames
for ws in wb.worksheets:
    assert ws.freeze_panes == "A2", (ws.title, ws.freeze_panes)
    assert len(ws.title) <= 31
summary = {r[0]: r[1] for r in wb["概况"].iter_rows(min_row=2, values_only=True)}
assert summary["季度"] == "2026Q4", summary
assert summary["已开业的服务站"] == 1, summary
assert not any("[" in str(v) for v in summary.values()), summary
ws = wb["各乡镇服务站"]
assert [c.value for c in ws[1]][:3] == ["乡镇", "已申请", "已开业"], [c.value for c in ws[1]]
assert ws.cell(2, 3).value == 1 and ws.cell(2, 3).data_type == "n"
ws = wb["各乡镇业务量"]
head = [c.value for c in ws[1]]
row = {h: c for h, c in zip(head, ws[2])}
assert row["代购"].value == 1 and row["代购"].data_type == "n", head
assert row["金额（元）"].value == 1286.5 and row["金额（元）"].number_format == "#,##0.00"
ws = wb["近八个季度"]
assert ws.max_row == 9 and ws.cell(9, 1).value == "2026Q4" and ws.cell(9, 1).data_type == "s"
ws = wb["巡检与盘点"]
assert ws.cell(3, 1).value == "2026-11" and ws.cell(3, 1).data_type == "s", ws.cell(3, 1).value
assert ws.cell(3, 3).value == 1
ws = wb["最活跃的服务站"]
assert ws.cell(2, 2).value == "CN-KD-001" and ws.cell(2, 2).data_type == "s"
assert ws.cell(2, 5).value == 1 and ws.cell(2, 6).value == 1286.5
assert ws.column_dimensions["C"].width >= 8
'

case_ "a workbook is refused for a command that changes records, before it changes anything"
refuses 64 --format xlsx order purchase add --station CN-KD-001 --villager 李 --phone 13900000009 --item 盐 \
  --price 3 --date 2026-11-20
expect_err "has no table to write as an Excel file"

case_ "--output is written only when the command succeeds"
echo "keep me" >"$T/kept.csv"
refuses 64 --output "$T/kept.csv" report ledger --period 2026-13
[ "$(cat "$T/kept.csv")" = "keep me" ] && ok || bad "a failed command replaced the --output file"
refuses 64 --output "$T/new.csv" report ledger --period 2026-13
[ ! -e "$T/new.csv" ] && ok || bad "a failed command left an --output file"
[ -z "$(ls "$T" | grep -F '.tmp-')" ] && ok || bad "a temporary file was left behind"
cz --format csv --output "$T/new.csv" report ledger --period 2026-11
expect_rc 0
expect_no_out
grep -qF "1286.50" "$T/new.csv" && ok || bad "--output lacks the report"
grep -qF "1,286.50" "$T/new.csv" && bad "CSV has a thousands separator" || ok

# on_terminal NAME COMMAND: runs COMMAND in an 80x40 tmux terminal of its own server; the
# screen (wrapped lines joined) in $T/NAME.screen, the exit code in $T/NAME.rc.
on_terminal() {
  local name=$1 sock=$T/tmux-$1.sock # a server of its own: none is shared or reused
  rm -f "$T/$name.rc"
  tmux -S "$sock" new-session -d -x 80 -y 40 "$2; echo \$? >$T/$name.rc; sleep 60"
  for _ in $(seq 50); do [ -s "$T/$name.rc" ] && break; sleep 0.1; done
  tmux -S "$sock" capture-pane -p -J >"$T/$name.screen"
  tmux -S "$sock" kill-server
}
# widest FILE: the most terminal columns a line of FILE takes (CJK counts two).
widest() {
  "$PY" -c 'import sys, unicodedata
print(max((sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l) for l in open(sys.argv[1]).read().split("\n")), default=0))' "$1"
}
CZ="LANG=C.UTF-8 '$CZSTATION_BIN' --db '$DB' --as-of 2026-11-28 --lang zh"

case_ "a table on an 80-column terminal fits it, the long text shortened with …"
on_terminal fit "$CZ inspect list"
[ "$(cat "$T/fit.rc")" = 0 ] && ok || bad "inspect list on a terminal failed"
[ "$(grep -v '^czstation:' "$T/fit.screen" | widest /dev/stdin)" -le 80 ] && ok || bad "a line is wider than 80: $(cat "$T/fit.screen")"
grep -v '^czstation:' "$T/fit.screen" | grep -cF "…" >/dev/null && ok || bad "no ellipsis on the terminal: $(cat "$T/fit.screen")"
grep -qF "czstation: 较长的文字已用 … 截短" "$T/fit.screen" && ok || bad "no note that text was shortened: $(cat "$T/fit.screen")"
grep -qF "CN-KD-001" "$T/fit.screen" && ok || bad "the station code was shortened"

then_ "a listing too wide even shortened leaves columns out and says which; status words stay whole"
on_terminal many "$CZ parcel list"
[ "$(cat "$T/many.rc")" = 0 ] && ok || bad "parcel list on a terminal failed"
[ "$(grep -v '^czstation:' "$T/many.screen" | widest /dev/stdin)" -le 80 ] && ok || bad "a line is wider than 80: $(cat "$T/many.screen")"
grep -qF "省略了" "$T/many.screen" && ok || bad "no note of the columns left out: $(cat "$T/many.screen")"
grep -qF -- "--wide" "$T/many.screen" && ok || bad "the note does not name --wide"
grep -qF "运单号" "$T/many.screen" && ok || bad "the tracking number column was left out"
# The note itself fits, its list of names shortened with … when need be, in either language.
[ "$(grep '^czstation:' "$T/many.screen" | widest /dev/stdin)" -le 80 ] && ok || bad "a note is wider than 80: $(cat "$T/many.screen")"
on_terminal many_en "${CZ/--lang zh/--lang en} parcel list"
grep -qF "column(s) left out to fit 80 columns" "$T/many_en.screen" && ok || bad "no English note: $(cat "$T/many_en.screen")"
[ "$(grep '^czstation:' "$T/many_en.screen" | widest /dev/stdin)" -le 80 ] && ok || bad "the English note is wider than 80: $(cat "$T/many_en.screen")"
on_terminal words "$CZ order list"
grep -qF "已取货" "$T/words.screen" && ok || bad "a status word was shortened: $(cat "$T/words.screen")"

then_ "--wide and piped output print the text whole"
on_terminal wide "$CZ --wide inspect list"
grep -qF "拍照上报中心" "$T/wide.screen" && ok || bad "--wide shortened the text"
[ "$(widest "$T/wide.screen")" -gt 80 ] && ok || bad "--wide table is not whole"
on_terminal piped "$CZ inspect list | cat"
grep -qF "拍照上报中心" "$T/piped.screen" && ok || bad "piped output was shortened"
grep -qF "…" "$T/piped.screen" && bad "piped output has an ellipsis" || ok
grep -qF "截短" "$T/piped.screen" && bad "piped output notes a shortening" || ok
on_terminal wide_note "$CZ --wide inspect list"
grep -qF "截短" "$T/wide_note.screen" && bad "--wide notes a shortening" || ok

then_ "report evaluation fits an 80-column terminal in either language, its note too; piped, it is whole"
EVAL="LANG=C.UTF-8 '$CZSTATION_BIN' --db '$DB' --as-of 2026-12-01"
on_terminal eval_zh "$EVAL --lang zh report evaluation --period 2026-11"
[ "$(cat "$T/eval_zh.rc")" = 0 ] && ok || bad "report evaluation on a terminal failed: $(cat "$T/eval_zh.screen")"
[ "$(widest "$T/eval_zh.screen")" -le 80 ] && ok || bad "a line is wider than 80: $(cat "$T/eval_zh.screen")"
grep -qF "次仁" "$T/eval_zh.screen" && ok || bad "the inspection line is missing: $(cat "$T/eval_zh.screen")"
# Long lines wrap, their further lines indented under the value: nothing is cut, nothing to note.
grep -qF "…" "$T/eval_zh.screen" && bad "the evaluation cut a line: $(cat "$T/eval_zh.screen")" || ok
grep -qF "截短" "$T/eval_zh.screen" && bad "a wrapped evaluation notes a shortening" || ok
grep -qE "^ {16,}[^ ]" "$T/eval_zh.screen" && ok || bad "no indented continuation line: $(cat "$T/eval_zh.screen")"
on_terminal eval_en "$EVAL --lang en report evaluation --period 2026-11"
[ "$(widest "$T/eval_en.screen")" -le 80 ] && ok || bad "a line is wider than 80: $(cat "$T/eval_en.screen")"
grep -qF "1,286.50" "$T/eval_en.screen" && ok || bad "an amount lost digits: $(cat "$T/eval_en.screen")"
grep -qE "[0-9]…" "$T/eval_en.screen" && bad "a number was cut: $(cat "$T/eval_en.screen")" || ok
grep -qF "R-STOCKTAKE" "$T/eval_en.screen" && ok || bad "a finding was lost: $(cat "$T/eval_en.screen")"
on_terminal eval_piped "$EVAL --lang zh report evaluation --period 2026-11 | cat"
grep -qF "拍照上报中心" "$T/eval_piped.screen" && ok || bad "piped evaluation was shortened"
grep -qF "…" "$T/eval_piped.screen" && bad "piped evaluation has an ellipsis" || ok
on_terminal eval_wide "$EVAL --lang zh --wide report evaluation --period 2026-11"
grep -qF "拍照上报中心" "$T/eval_wide.screen" && ok || bad "--wide shortened the evaluation"

then_ "a workbook is refused on a terminal, with what to do instead"
on_terminal tty "$CZ --format xlsx export purchases"
[ "$(cat "$T/tty.rc")" = 64 ] && ok || bad "xlsx to a terminal exited $(cat "$T/tty.rc")"
grep -qF -- "--output" "$T/tty.screen" && ok || bad "the refusal does not name --output: $(cat "$T/tty.screen")"

case_ "amounts in tables show thousands separators"
cz --lang zh order list
expect_out "1,286.50"
expect_out "已取货"

case_ "a workbook that cannot be written exits 73 (no such directory) or 74 (standard output full)"
refuses 73 --format xlsx --output "$T/no/such/dir/p.xlsx" export purchases
expect_err "cannot create"
"$CZSTATION_BIN" --db "$DB" --format xlsx export purchases >/dev/full 2>"$ERR"
RC=$?
expect_rc 74
expect_err "cannot write the result to standard output"

case_ "--output replaces only a regular file, and keeps its mode (a private export stays private)"
mkfifo "$T/pipe"
ln -s "$T/elsewhere.csv" "$T/link.csv"
refuses 73 --format csv --output "$T/pipe" export purchases
expect_err "is not a regular file"
[ -p "$T/pipe" ] && ok || bad "the pipe was replaced"
refuses 73 --format csv --output "$T/link.csv" export purchases
expect_err "is a symbolic link"
[ -L "$T/link.csv" ] && ok || bad "the link was replaced"
install -m 600 /dev/null "$T/private.csv"
cz --reveal --format csv --output "$T/private.csv" export purchases
expect_rc 0
[ "$(stat -c %a "$T/private.csv")" = 600 ] && ok || bad "the export's mode became $(stat -c %a "$T/private.csv")"

case_ "read-only commands write workbooks: assess show, parcel find, register items"
cz --format xlsx --output "$T/items.xlsx" register items
expect_rc 0
[ -s "$T/items.xlsx" ] && ok || bad "register items wrote no workbook"
cz --lang zh --format xlsx --output "$T/outreach.xlsx" register outreach list
expect_rc 0
$PY -c 'import openpyxl, sys; assert openpyxl.load_workbook(sys.argv[1]).sheetnames == ["宣传活动"]' "$T/outreach.xlsx" \
  && ok || bad "register outreach list wrote no workbook with its Chinese sheet"

case_ "a single table's sheet is named for its command in the reader's language, in English a title too"
cz --lang zh --format xlsx --output "$T/s.xlsx" export sales
expect_rc 0
cz --lang zh --format xlsx --output "$T/i.xlsx" inspect show 1
expect_rc 0
cz --lang en --format xlsx --output "$T/e.xlsx" inspect show 1
expect_rc 0
xlsx_check "$T/s.xlsx" 'assert wb.sheetnames == ["代销导出"], wb.sheetnames'
xlsx_check "$T/i.xlsx" 'assert wb.sheetnames == ["巡检记录"], wb.sheetnames'
xlsx_check "$T/e.xlsx" 'assert wb.sheetnames == ["Inspection"], wb.sheetnames'

case_ "a table longer than its first window of rows: every later row is written as the window's are"
# The widths are settled from the first 200 rows; the rows after them are written one by one.
{
  echo "station,requested_on,villager,phone,item,quantity,price"
  for _ in $(seq 230); do echo "CN-KD-001,2026-10-01,卓玛,13900000002,化肥,1,10"; done
  echo "CN-KD-001,2026-10-02,卓玛,13900000002,$(printf '很长的商品名称%.0s' 1 2 3 4 5 6),1,1286.5"
} >"$T/window.csv"
cz import purchases "$T/window.csv"
expect_rc 0
cz --lang zh order list --kind purchase --period 2026-10
expect_rc 0
[ "$(wc -l <"$OUT")" = 232 ] && ok || bad "expected a header and 231 rows, got $(wc -l <"$OUT") lines"
# Rows 1 to 230 differ only in their reference: past the window they line up as inside it.
[ "$(sed -n '2,231p' "$OUT" | sed -E 's/^P[0-9]+ +//' | sort -u | wc -l)" = 1 ] && ok \
  || bad "rows after the window are laid out otherwise: $(sed -n '2p;231p' "$OUT")"
expect_out "$(printf '很长的商品名称%.0s' 1 2 3 4 5 6)  1,286.50" # piped, a later row is written whole
# $CZ names the database of an earlier case: this one's is named here.
on_terminal window "LANG=C.UTF-8 '$CZSTATION_BIN' --db '$DB' --as-of 2026-11-28 --lang zh order list --kind purchase --period 2026-10"
[ "$(cat "$T/window.rc")" = 0 ] && ok || bad "order list on a terminal failed"
[ "$(grep -v '^czstation:' "$T/window.screen" | widest /dev/stdin)" -le 80 ] && ok \
  || bad "a line is wider than 80: $(tail -3 "$T/window.screen")"
grep -E '^P[0-9]+ .*很长的?….* 1,286\.50' "$T/window.screen" >/dev/null && ok \
  || bad "the row after the window is not shortened to fit: $(grep -v '^czstation:' "$T/window.screen" | tail -2)"
