#!/usr/bin/env bash
# Line breaks in text (issue 10): a note or reason keeps its line breaks, stored and exported
# whole, and every terminal table and `show` writes each as ↵ so a record stays on one line; a
# one-line field (a name, code, township, village, actor) refuses one, showing it as <U+000A>.
# Also which command lines the audit log masks: only a villager's private data.
. "$(dirname "$0")/lib.sh"

ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
fixture_done

case_ "a note keeps its line breaks: stored, ↵ in tables and show, \\n in JSON, whole in CSV"
cz inspect add CN-KD-001 --date 2026-11-03 --inspector 次仁 --pass all --problems $'门锁坏了\r\n已报修'
expect_rc 0
expect_sql "SELECT problems = '门锁坏了' || char(10) || '已报修' FROM inspection" "1"
cz inspect list
expect_out "门锁坏了↵已报修"
[ "$(wc -l <"$OUT")" = 2 ] && ok || bad "the record spilled over several lines"
cz inspect show 1
expect_out "门锁坏了↵已报修"
[ "$(grep -c "已报修" "$OUT")" = 1 ] && ok || bad "show spilled the problems over several lines"
cz --format json inspect list
expect_out '"problems":"门锁坏了\n已报修"'
cz --format csv inspect list
grep -qF '"门锁坏了' "$OUT" && grep -q '^已报修"' "$OUT" && ok || bad "CSV does not keep the line break in a quoted field"
# The audit log's command line holds the raw argument: its table shows it on one line too.
cz audit list
expect_out "门锁坏了↵已报修"
[ "$(grep -c "已报修" "$OUT")" = 1 ] && ok || bad "the audit table's command line spilled over lines"
cz review login add CN-KD-001 --date 2026-11-02 --note $'截图\u2028来自站长'
expect_rc 0
expect_sql "SELECT note = '截图' || char(10) || '来自站长' FROM platform_login" "1"

case_ "a one-line field refuses a line break, shows it as <U+000A>, and writes nothing"
refuses 65 register add --code CN-KD-002 --name $'卡达\n服务站' --township 卡达乡 --village 卡达村 \
  --premises village_office --area 45 --population 800 --manager 卓玛 --phone 13900000002
expect_err "'卡达<U+000A>服务站' contains a line break"
refuses 65 register update CN-KD-001 --village $'卡达\r村'
expect_err "<U+000D>"
refuses 65 order purchase add --station CN-KD-001 --villager $'卓玛\n拉姆' --phone 13900000002 --item 化肥 --price 10
expect_err "line break"
grep -qF "拉姆" "$ERR" && bad "a refused villager name was shown whole" || ok
before=$(db_hash)
cz --actor $'次仁\n卓玛' register list
expect_rc 64
expect_err "<U+000A>"
[ "$(db_hash)" = "$before" ] && ok || bad "database changed"

case_ "audit list masks a villager's phone, not the station manager's public one"
cz register update CN-KD-001 --phone 13908943001
cz order purchase add --station CN-KD-001 --villager 卓玛拉姆 --phone 13912345678 --item 化肥 --price 10
expect_rc 0
cz --wide audit list
expect_out "--phone 13908943001"
expect_out "--phone '139****5678'"
expect_out "--villager '卓***'"
grep -qF "13912345678" "$OUT" && bad "the villager's phone is shown whole" || ok
cz --format json audit list
grep -qF -- "--phone 13900000002" "$OUT" && ok || bad "register add's phone is masked in JSON"
