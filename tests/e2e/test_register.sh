#!/usr/bin/env bash
# register: a station from application to opening, through the real binary.
. "$(dirname "$0")/lib.sh"

fixture_done
then_ "a new database is created with mode 0600 on first use"
cz init
expect_rc 0
expect_out "schema version"
[ "$(stat -c %a "$DB")" = 600 ] && ok || bad "mode is $(stat -c %a "$DB")"
expect_sql "PRAGMA application_id" 1129993044
expect_sql "PRAGMA journal_mode" wal

then_ "add a station and show it"
cz register add --code cn-kd-001 --name 卡达村电商服务站 --township 卡达乡 --village 卡达村 \
  --premises 村部 --area 45.5 --population 800 --manager 卓玛 --phone "139 0000 0002" --date 2026-01-05
expect_rc 0
expect_out "CN-KD-001"
expect_sql "SELECT code, premises, area_centi_m2, manager_phone, status FROM station" \
  "CN-KD-001|village_office|4550|13900000002|applied"
cz register show CN-KD-001 --format json
expect_rc 0
expect_out '"code":"CN-KD-001"'
expect_out '"area_m2":45.50'
expect_out '"status":"applied"'
expect_out '"opened_on":null'

then_ "opening is refused with every failing rule listed"
refuses 65 register open CN-KD-001 --date 2026-02-01
expect_err "R-SITE-AREA"
expect_err "R-ONBOARD-AGREEMENT"
expect_err "R-ONBOARD-TRAINING"
expect_hint

then_ "a failing site check names the rule and the note"
cz register check CN-KD-001 --date 2026-01-10 --inspector 次仁 --area 29.99 --premises village_office \
  --population 800 --pass all --fail "smart-plaque-outdoors=挂在室内"
expect_rc 0
expect_sql "SELECT count(*) FROM site_check_item WHERE passed = 0" 1
cz register training CN-KD-001 --date 2026-01-12 --hours 8 --topic 代购流程
expect_rc 0
cz register agreement CN-KD-001 --ref XY-001 --office-signed 2026-01-15
expect_rc 0
refuses 65 register open CN-KD-001 --date 2026-02-01
expect_err "[R-SITE-AREA, Art. 3.1]"
expect_err "29.99 m², below the minimum of 30.00 m²"
expect_err "[R-SITE-PLAQUE, Art. 3.2(a)]"
expect_err "挂在室内"
expect_err "the village committee had not signed by 2026-02-01"

then_ "30.00 m² passes where 29.99 failed; the latest check counts"
cz register check CN-KD-001 --date 2026-01-20 --inspector 次仁 --area 30 --premises village_office \
  --population 800 --pass all
expect_rc 0
cz register agreement CN-KD-001 --ref XY-001 --committee-signed 2026-01-18
expect_rc 0
refuses 65 register open CN-KD-001 --date 2026-01-19
expect_err "R-SITE-PLAQUE"
cz register open CN-KD-001 --date 2026-02-01
expect_rc 0
expect_out "open from 2026-02-01"
expect_sql "SELECT status, opened_on FROM station" "open|2026-02-01"
expect_sql "SELECT from_status, to_status, happened_on FROM station_event" "applied|open|2026-02-01"

then_ "opening twice is refused"
refuses 65 register open CN-KD-001 --date 2026-02-02
expect_err "opened on 2026-02-01"

then_ "list with filters, in every format"
ready_station CN-LP-001 浪坡村电商服务站 浪坡乡
cz register list --format csv
expect_rc 0
expect_out "code,name,township,village,premises,area_m2,population,manager,phone,status,applied_on,opened_on,closed_on"
# Registered at 45.5 m², measured at 30 m² by the latest site check: the register follows it.
expect_out "CN-KD-001,卡达村电商服务站,卡达乡,卡达村,village_office,30.00,800,卓玛,13900000002,open,2026-01-05,2026-02-01,"
cz register list --township 浪坡乡 --format tsv
expect_rc 0
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "expected header and one row"
cz register list --status open --format json
expect_rc 0
expect_out '[{"code":"CN-KD-001"'
cz register list
expect_rc 0
expect_out "卡达村电商服务站"
cz register list --status opened
expect_rc 64
expect_err "applied (已申请), open (已开业), rectifying (整改中), closing (退出中), closed (已关闭)"

then_ "CJK table columns line up by display width"
cz register list
# The status column starts at the same display column on every line (the header's "status"
# and each row's status word), whatever Chinese text stands before it; wc -L counts a CJK
# character as two columns.
widths=$(sed -E 's/(status|applied|open)( .*)?$//' "$OUT" | while IFS= read -r line; do
  printf '%s' "$line" | LC_ALL=C.UTF-8 wc -L
done | sort -u)
[ "$(wc -l <<<"$widths")" -eq 1 ] && [ "$widths" -gt 40 ] && ok || bad "status column starts at columns: $widths"

then_ "update changes only the given fields"
cz register update CN-LP-001 --area 52 --manager 格桑
expect_rc 0
expect_sql "SELECT area_centi_m2, manager_name, township FROM station WHERE code = 'CN-LP-001'" "5200|格桑|浪坡乡"

then_ "equipment and accounts are listed as holdings"
cz register equipment CN-KD-001 --kind 电脑 --serial PC-0001 --date 2026-01-25
expect_rc 0
cz register account CN-KD-001 --platform 县内容管理平台 --login cn-kd-001 --role 发布员 --date 2026-01-25
expect_rc 0
cz register holdings CN-KD-001 --format csv
expect_rc 0
expect_out "equipment,电脑,PC-0001,,2026-01-25,"
expect_out "account,县内容管理平台,cn-kd-001,发布员,2026-01-25,"
refuses 65 register equipment CN-LP-001 --kind 电脑 --serial PC-0001
expect_err "already issued to station CN-KD-001"

then_ "an unknown station is not found, with a suggestion"
refuses 69 register show CN-KD-002
refuses 69 register open CN-KD-01
expect_err "did you mean CN-KD-001?"

then_ "a duplicate code is refused"
refuses 65 register add --code CN-KD-001 --name x --township x --village x --premises other --area 40 \
  --population 1 --manager x --phone 13900000000
expect_err "already exists"

add_named() {
  refuses 65 register add --code CN-NEW-001 --township 卡达乡 --village 卡达村 --premises other \
    --population 10 --manager 卓玛 --phone 13900000002 "$@"
}
add_with() { add_named --name 新站 "$@"; }
then_ "bad areas are refused"
add_with --area -5
add_with --area abc
add_with --area 1e9
add_with --area 1000000000
add_with --area 30.123
expect_err "--area"

then_ "impossible and future dates are refused"
add_with --area 40 --date 2026-02-30
expect_err "February 2026 has 28 days"
add_with --area 40 --date 2026-11-29
expect_err "in the future"
add_with --area 40 --date 26-1-5
refuses 65 register open CN-LP-001 --date 2024-02-30

then_ "non-UTF-8, overlong and control-character text is refused"
add_named --area 40 --name "$(printf '\xd7\xbf\xc2\xea')"
expect_err "not valid UTF-8"
add_named --area 40 --name "$(printf '站%.0s' {1..101})"
expect_err "at most 100"
add_named --area 40 --name "$(printf 'a\u202eb')"
expect_err "<U+202E>"
add_named --area 40 --name "$(printf 'a\x07b')"
expect_err "<U+0007>"

then_ "text that looks like SQL is stored as text, and refused where it is not a code"
refuses 65 register add --code "X'; DROP TABLE station; --" --name x --township x --village x \
  --premises other --area 40 --population 1 --manager x --phone 13900000000
cz register add --code CN-SQL-001 --name "Robert'); DROP TABLE station; --" --township 卡达乡 --village 卡达村 \
  --premises other --area 40 --population 1 --manager x --phone 13900000000 --date 2026-01-05
expect_rc 0
expect_sql "SELECT name FROM station WHERE code = 'CN-SQL-001'" "Robert'); DROP TABLE station; --"

then_ "bad site checks are refused"
refuses 65 register check CN-LP-001 --inspector 次仁 --area 40 --premises other --population 1 --pass hygiene
expect_err "does not judge the item"
refuses 65 register check CN-LP-001 --inspector 次仁 --area 40 --premises other --population 1 --pass all --pass roof
expect_err "there is no site check item roof"
refuses 64 register check CN-LP-001 --inspector 次仁 --area 40 --premises castle --population 1 --pass all
refuses 64 register check CN-LP-001 --area 40 --premises other --population 1 --pass all
refuses 65 register training CN-LP-001 --date 2026-01-12 --hours 0 --topic x
refuses 65 register agreement CN-KD-001 --ref XY-001 --office-signed 2026-01-20
expect_err "already records"

then_ "usage errors exit 64 with a hint, and --help exits 0"
refuses 64 register add --code X
refuses 64 register frobnicate
cz register --help
expect_rc 0
expect_out "open"
cz register check --help
expect_rc 0
expect_out "smart-plaque-outdoors"
cz --format yaml register list
expect_rc 64

then_ "Chinese messages with --lang zh"
cz --lang zh register show CN-XX-999
expect_rc 69
expect_err "错误"
cz --lang zh register open CN-KD-001
expect_err "已"

case_ "the equipment register: return and replace, transfer, a recovered item issued again, the county-wide list"
export AS_OF=2026-04-01
for code in CN-KD-001 CN-LP-001; do
  ready_station "$code"
  cz register open "$code" --date 2026-02-01
done
cz register equipment CN-LP-001 --kind 电脑 --serial PC-1 --date 2026-02-01
expect_rc 0
cz register return CN-LP-001 --serial PC-1 --replace-with PC-2 --date 2026-03-01
expect_rc 0
cz register items --format csv
expect_out "station,kind,serial,issued_on,recovered_on,type,role,movement,to_station,replaced_by"
expect_out "CN-LP-001,电脑,PC-2,2026-03-01,"
grep -q "PC-1" "$OUT" && bad "a returned item is not issued" || ok
cz register transfer CN-LP-001 --serial PC-2 --to CN-KD-001 --date 2026-03-05
expect_rc 0
cz register items --format csv
expect_out "CN-KD-001,电脑,PC-2,2026-03-05,"
grep -q "CN-LP-001" "$OUT" && bad "LP holds nothing now" || ok
cz register items --all --format csv
expect_out "CN-LP-001,电脑,PC-1,2026-02-01,2026-03-01,equipment,,replaced,,PC-2"
expect_out "CN-LP-001,电脑,PC-2,2026-03-01,2026-03-05,equipment,,moved,CN-KD-001,"
expect_out "CN-KD-001,电脑,PC-2,2026-03-05,,equipment,,,,"
cz --lang zh register items --all
expect_out "转至 CN-KD-001"
cz register equipment CN-LP-001 --kind 电脑 --serial PC-1 --date 2026-03-10
expect_rc 0
refuses 65 register equipment CN-KD-001 --kind 电脑 --serial PC-1 --date 2026-03-11
expect_err "already issued to station CN-LP-001"
refuses 69 register return CN-KD-001 --serial NOPE --date 2026-03-11
refuses 65 register transfer CN-KD-001 --serial PC-2 --to CN-KD-001 --date 2026-03-11
refuses 65 register return CN-KD-001 --serial PC-2 --date 2026-03-01
expect_err "cannot move on 2026-03-01"
refuses 69 register transfer CN-KD-001 --serial PC-2 --to CN-XX-999 --date 2026-03-11
# One item, one place: not the same serial under another kind, not before it was recovered, not
# itself as its own replacement.
refuses 65 register equipment CN-KD-001 --kind 扫描仪 --serial PC-1 --date 2026-03-11
expect_err "电脑 with serial PC-1 is already issued to station CN-LP-001"
refuses 65 register return CN-KD-001 --serial PC-2 --replace-with PC-2 --date 2026-03-11
expect_err "cannot be the same item"
cz register return CN-LP-001 --serial PC-1 --date 2026-03-20
expect_rc 0
refuses 65 register equipment CN-KD-001 --kind 电脑 --serial PC-1 --date 2026-03-19
expect_err "recovered on 2026-03-20"
cz register equipment CN-KD-001 --kind 电脑 --serial PC-1 --date 2026-03-20
expect_rc 0
cz audit verify
expect_rc 0

then_ "platform accounts are in the register: returned and replaced, moved, granted again from the recovery day"
cz register account CN-LP-001 --platform 县内容平台 --login lp001 --role 发布员 --date 2026-02-01
cz register account CN-LP-001 --platform 淘宝 --login lp001 --role 店主 --date 2026-02-01
refuses 64 register return CN-LP-001 --login lp001 --date 2026-03-01
expect_err "PLATFORM:LOGIN"
refuses 64 register return CN-LP-001 --serial PC-1 --login lp001 --date 2026-03-01
refuses 64 register transfer CN-LP-001 --to CN-KD-001 --date 2026-03-01
cz register return CN-LP-001 --login 县内容平台:lp001 --replace-with lp002 --date 2026-03-01
expect_rc 0
expect_sql "SELECT platform, login, role, granted_on FROM platform_account WHERE recovered_on IS NULL AND platform = '县内容平台'" \
  "县内容平台|lp002|发布员|2026-03-01"
cz register transfer CN-LP-001 --login 淘宝:lp001 --to CN-KD-001 --date 2026-03-06
expect_rc 0
refuses 69 register return CN-LP-001 --login 淘宝:lp001 --date 2026-03-07
refuses 65 register transfer CN-KD-001 --login lp001 --to CN-LP-001 --date 2026-03-05
expect_err "cannot move on 2026-03-05"
cz register return CN-KD-001 --login lp001 --date 2026-03-10
refuses 65 register account CN-LP-001 --platform 淘宝 --login lp001 --role 店主 --date 2026-03-09
expect_err "recovered on 2026-03-10"
cz register items --all --format csv
expect_out "CN-LP-001,县内容平台,lp001,2026-02-01,2026-03-01,account,发布员,replaced,,lp002"
expect_out "CN-LP-001,淘宝,lp001,2026-02-01,2026-03-06,account,店主,moved,CN-KD-001,"
expect_out "CN-KD-001,淘宝,lp001,2026-03-06,2026-03-10,account,店主,returned,,"
cz register items --format csv
expect_out "CN-LP-001,县内容平台,lp002,2026-03-01,,account,发布员,,,"
grep -q "lp001" "$OUT" && bad "lp001 is held by no station now" || ok
cz audit verify
expect_rc 0
unset AS_OF
