#!/usr/bin/env bash
# Construction batches (Art. 2.2) and outreach activities (Art. 4.1), issue 14: a batch set at
# registration or later filters listings and groups the ledger; outreach is listed and counted in
# the evaluation and the overview; bad input refused with nothing written.
. "$(dirname "$0")/lib.sh"

AS_OF=2026-06-30
ready_station CN-KD-001
cz register open CN-KD-001 --date 2026-02-01
ready_station CN-LP-001 浪坡村电商服务站 浪坡乡
cz register open CN-LP-001 --date 2026-02-01
cz register add --code CN-NB-001 --name 那布村电商服务站 --township 浪坡乡 --village 那布村 --premises other \
  --area 40 --population 600 --manager 次仁 --phone 13700000003 --date 2026-01-05 --batch 2026年第一批 --phase 1
cz order service add --station CN-KD-001 --kind water --villager 扎西 --amount 50 --date 2026-05-03
cz order service add --station CN-LP-001 --kind water --villager 格桑 --amount 30 --date 2026-05-04
[ "$RC" -eq 0 ] && ok || bad "the fixture could not be built: $(cat "$ERR")"
fixture_done

case_ "a batch given at registration is kept with its phase and shown in the listing"
cz register list --format csv
expect_out "code,name,township,village,premises,area_m2,population,manager,phone,status,applied_on,opened_on,closed_on,batch,phase"
expect_out "CN-NB-001,那布村电商服务站,浪坡乡,那布村,other,40.00,600,次仁,13700000003,applied,2026-01-05,,,2026年第一批,1"
expect_sql "SELECT batch, phase, set_on FROM station_batch" "2026年第一批|1|2026-01-05"

then_ "a batch set later is audited, filters the listing, and a change is an update"
cz register batch CN-KD-001 --batch 2026年第一批 --phase 2 --date 2026-03-01
expect_rc 0
cz register batch CN-LP-001 --batch 2026年第二批 --date 2026-03-01
expect_rc 0
cz register list --batch 2026年第一批 --format csv
expect_out "CN-KD-001"
expect_out "CN-NB-001"
grep -q CN-LP-001 "$OUT" && bad "CN-LP-001 is in the second batch" || ok
cz register batch CN-LP-001 --batch 2026年第一批 --date 2026-04-01
expect_sql "SELECT count(*) FROM audit_entry WHERE action = 'station.batch'" 3
cz audit verify
expect_rc 0

then_ "the ledger groups by batch, and --batch filters the listings of records"
cz register batch CN-LP-001 --batch 2026年第二批 --date 2026-04-02
cz report ledger --period 2026-05 --by batch --format csv
expect_rc 0
expect_out "2026-05,batch,2026年第一批,2026年第一批,total,1,"
expect_out "2026-05,batch,2026年第二批,2026年第二批,total,1,"
cz order list --batch 2026年第二批 --format csv
expect_out ",CN-LP-001,"
grep -q CN-KD-001 "$OUT" && bad "CN-KD-001 is not in the second batch" || ok

cz report ledger --period 2026-05 --batch 2026年第二批 --format csv
expect_out "2026-05,station,CN-LP-001,"
grep -q CN-KD-001 "$OUT" && bad "--batch keeps CN-KD-001 out of the ledger" || ok
cz report evaluation --period 2026-05 --batch 2026年第二批 --format csv
expect_out ",CN-LP-001,"
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "one station of the second batch evaluated: $(cat "$OUT")"
cz report evaluation --period 2026-05 --batch 2026年第二批 --station CN-KD-001
expect_rc 0
expect_err "CN-KD-001 is not in the construction batch 2026年第二批"
grep -q "did not operate" "$ERR" && bad "CN-KD-001 did operate in 2026-05" || ok
[ ! -s "$OUT" ] && ok || bad "nothing to print: $(cat "$OUT")"
cz --lang zh report ledger --period 2026-05 --by batch
expect_out "建设批次"
cz --format html report ledger --period 2026-05 --by batch
expect_out "By construction batch"
cz --format json report overview --period 2026Q2
expect_out '"stations_by_batch":[{"batch":"2026年第一批","stations":2},{"batch":"2026年第二批","stations":1}]'

then_ "a batch no station is in is refused, naming the closest one, and nothing is written"
refuses 69 order list --batch 2026年第三批
expect_err "did you mean"

case_ "outreach is recorded with the Chinese word for its kind, listed and counted in the month's evaluation"
cz register outreach add CN-KD-001 --date 2026-05-31 --kind 网络安全讲座 --topic 防范电信诈骗 --attendees 30
expect_rc 0
cz register outreach add CN-KD-001 --date 2026-06-01 --kind publicity --topic 代购服务 --attendees 12
expect_rc 0
expect_sql "SELECT kind, attendees FROM outreach ORDER BY id" "online_safety|30
publicity|12"
cz register outreach list --period 2026-05 --format csv
expect_out "1,CN-KD-001,2026-05-31,online_safety,防范电信诈骗,30"
[ "$(wc -l <"$OUT")" -eq 2 ] && ok || bad "one activity in May: $(cat "$OUT")"
cz report evaluation --period 2026-05 --station CN-KD-001 --format json
expect_out '"outreach":{"activities":1,"attendees":30,"by_kind":{"publicity":0,"training":0,"online_safety":1}}'
cz report overview --period 2026Q2 --format json
expect_out '"outreach_activities":2,"outreach_attendees":42'
cz --lang zh report evaluation --period 2026-05 --station CN-KD-001
expect_out "网络安全讲座 1"
cz --format html report evaluation --period 2026-05 --station CN-KD-001
expect_out "activities: 1; villagers attending: 30 (online_safety 1)"
cz --format html report overview --period 2026Q2
expect_out "outreach activities in the quarter"
expect_out "Stations by construction batch"

case_ "bad outreach is refused with nothing written"
refuses 64 register outreach add CN-KD-001 --date 2026-05-02 --kind 表演 --topic x --attendees 5
refuses 65 register outreach add CN-KD-001 --date 2026-05-02 --kind training --topic x --attendees 0
refuses 65 register outreach add CN-NB-001 --date 2026-05-02 --kind training --topic x --attendees 5
refuses 69 register outreach add CN-XX-009 --date 2026-05-02 --kind training --topic x --attendees 5

case_ "a station whose exit is decided takes no new outreach"
AS_OF=2026-06-10 cz close decide CN-LP-001 --basis voluntary --agreement XY-LP-EXIT --date 2026-06-10
expect_rc 0
refuses 65 register outreach add CN-LP-001 --date 2026-06-12 --kind publicity --topic x --attendees 5
expect_err "Art. 14"
