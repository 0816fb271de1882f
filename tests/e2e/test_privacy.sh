#!/usr/bin/env bash
# Art. 13: no private value (names, phones, pickup codes; storage/private_data.hpp) is printed
# without --reveal, whatever the command, the format or the error. One fixture holds a value of
# every private field, in the shapes masking must handle (a one-character name, a name with a
# middle dot, a landline, a waiting parcel's pickup code); the walk runs every listing and show
# command in every format once and looks for each value.
. "$(dirname "$0")/lib.sh"

ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
setup() { "$@" || true; [ "$RC" -eq 0 ] || { cat "$ERR" >&2; bad "fixture step failed: $*"; }; }
setup cz order purchase add --station CN-KD-001 --villager 王 --phone 0891-6823456 --item 化肥 --price 120 --date 2026-11-02
setup cz order sale add --station CN-KD-001 --product 土豆 --category farm --producer 阿依古丽·买买提 --phone 13912345678 \
  --platform 县平台 --date 2026-11-03
setup cz order service add --station CN-KD-001 --kind water --villager 达瓦 --phone 13712345678 --amount 50 --date 2026-11-04
setup cz parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF1 --recipient 欧阳娜娜 --phone 13812345678 \
  --at "2026-11-20 09:00"
setup cz parcel out --station CN-KD-001 --carrier 顺丰 --tracking SF2 --sender 格桑 --phone 13612345678 --destination 拉萨 \
  --date 2026-11-21
CODE=$(sql "SELECT pickup_code FROM parcel WHERE tracking_no = 'SF1'")
# Every private value of the fixture, and the parts of the dotted name.
private=(王 阿依古丽 买买提 达瓦 欧阳娜娜 格桑 6823456 13912345678 13712345678 13812345678 13612345678)

fixture_done

# no_private WHAT: stdout and stderr of the last command hold no private value; the pickup code
# counts as a whole word (a hash may contain its six digits).
no_private() {
  local v
  for v in "${private[@]}"; do
    if grep -qF -- "$v" "$OUT" "$ERR"; then
      bad "$1 shows '$v'"
      return
    fi
  done
  if grep -qw -- "$CODE" "$OUT" "$ERR"; then
    bad "$1 shows the pickup code"
    return
  fi
  ok
}

case_ "every listing and show command, in every format, masks every private value"
for format in table json csv tsv; do
  for command in "order list" "order show P1" "order show S1" "order show C1" "parcel list" "parcel show 1" \
    "parcel show 2" "parcel overdue --days 0" "export purchases" "export sales" "export services" "export parcels" \
    "audit list"; do
    # shellcheck disable=SC2086 # the command's words
    cz $command --format "$format"
    [ "$RC" -eq 0 ] && ok || bad "$command --format $format failed ($RC)"
    no_private "$command --format $format"
  done
done

case_ "--reveal shows what the walk looks for, so the walk can fail"
cz parcel show 1 --reveal --format json
expect_out 欧阳娜娜
expect_out "$CODE"
cz order show P1 --reveal
expect_out 0891-6823456

case_ "a reveal's own entry masks every private option: audit list never shows the name looked for"
cz parcel list --name 欧阳娜娜 --phone 13812345678 --reveal --format csv
expect_out 欧阳娜娜
cz parcel list --name=欧阳娜娜 --reveal --format csv
for format in json csv tsv; do
  cz audit list --last 2 --format "$format"
  expect_out "privacy.reveal"
  expect_out "--name '欧***'"
  no_private "audit list --format $format after a reveal"
done

then_ "parcel pickup --code is masked in the log, a station's --code is not"
cz parcel notify 1 --at "2026-11-21 10:00"
cz parcel pickup 1 --code "$CODE" --at "2026-11-22 10:00"
expect_rc 0
cz audit list --last 1 --format csv
expect_out "--code '******'"
cz audit list --format csv
expect_out "--code CN-KD-001"

case_ "a refused phone or name is masked in the message"
refuses 65 order purchase add --station CN-KD-001 --villager 次旦 --phone 1381234x5678 --item 化肥 --price 1
expect_err "is not a phone number"
! grep -qF 1381234x5678 "$ERR" && ok || bad "the refused phone is shown whole"
refuses 65 order purchase add --station CN-KD-001 --villager 次旦 --phone 1.38123E+10 --item 化肥 --price 1
! grep -qF 1.38123E+10 "$ERR" && ok || bad "the refused phone in exponent form is shown whole"
refuses 65 parcel in --station CN-KD-001 --carrier 顺丰 --tracking SF9 --recipient $'欧阳\u202e娜娜' --phone 13812345678
expect_err "invisible"
! grep -qF 娜娜 "$ERR" && ok || bad "the refused name is shown whole"

case_ "import diagnostics mask the phone and the name they refuse"
printf '%s\n%s\n%s\n' \
  "station,requested_on,villager,phone,item,quantity,price,fee,platform,platform_order,paid,ordered_on,arrived_at,notified_at,picked_up_on" \
  "CN-KD-001,2026-11-05,次旦,1391234567,化肥,1,10,,,,,,,," \
  "CN-KD-001,2026-11-05,$(printf '达\u200f瓦'),13912345678,化肥,1,10,,,,,,,," >"$T/bad.csv"
refuses 65 import purchases "$T/bad.csv"
expect_err "not a phone number"
! grep -qF 1391234567 "$ERR" && ok || bad "the import diagnostic shows the phone"
! grep -qF 瓦 "$ERR" && ok || bad "the import diagnostic shows the name"

case_ "a command that writes shows private values with --reveal only with the reveal in its own entry"
cz --reveal --format json order purchase pay 1 --platform 京东 --order JD1 --paid 120 --date 2026-11-02
expect_rc 0
expect_out '"villager":"王"'
cz audit list --last 1 --format json
expect_out '"action":"purchase.pay"'
expect_out '"op":"reveal"'
cz --format json order purchase arrive 1 --at "2026-11-05 10:00"
expect_rc 0
no_private "a step without --reveal"
