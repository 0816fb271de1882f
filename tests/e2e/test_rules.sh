#!/usr/bin/env bash
# rules: the rules in force and their sources, rules files through --rules and the config file,
# refusals of bad files, and the template, through the real binary.
. "$(dirname "$0")/lib.sh"

EXAMPLE=$CZSTATION_SOURCE_DIR/examples/rules.toml

# small_station CODE AREA: a station ready to open but for its area (29.5 m² is below the
# measures' 30 m²).
small_station() {
  local code=$1 area=$2
  cz register add --code "$code" --name 浪坡村电商服务站 --township 浪坡乡 --village 浪坡村 \
    --premises convenience_store --area "$area" --population 500 --manager 次仁 --phone 13900000003 --date 2026-01-05
  cz register check "$code" --date 2026-01-10 --inspector 次仁 --area "$area" --premises convenience_store \
    --population 500 --pass all
  cz register training "$code" --date 2026-01-12 --hours 8 --topic 代购流程
  cz register agreement "$code" --ref "XY-$code" --office-signed 2026-01-15 --committee-signed 2026-01-16
}

# column_of TEXT: the display column where TEXT starts on each stdout line holding it, one a
# line (CJK characters are two columns wide).
column_of() {
  python3 -c '
import sys, unicodedata
needle = sys.argv[1]
for line in open(sys.argv[2], encoding="utf-8"):
    at = line.find(needle)
    if at >= 0:
        print(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line[:at]))
' "$1" "$OUT"
}

cz init
expect_rc 0

fixture_done
case_ "rules prints every rule with its article, duty, parameters, values and sources"
cz rules
expect_rc 0
expect_out "rule"
expect_out "article"
expect_out "source"
expect_out "R-SITE-AREA"
expect_out "site.min_area_m2"
expect_out "30.00"
expect_out "built-in default"
expect_out "R-FEE"
expect_out "Asia/Shanghai"
for id in R-SITE-AREA R-SITE-PREMISES R-SITE-POPULATION R-SITE-PLAQUE R-SITE-ROOM R-ONBOARD-AGREEMENT \
  R-ONBOARD-TRAINING R-INSPECT-FREQ R-POST-QUOTA R-POST-VIOLATIONS R-STOCKTAKE R-CALLBACK R-VOLUME \
  R-TERMINATE-VOLUME R-TERMINATE-CREDIT R-EXIT-MIN R-EXIT-RECOVER R-PICKUP-NOTICE R-FEE; do
  grep -q "^$id " "$OUT" && ok || bad "no table row for $id"
done
cp "$OUT" "$T/rules.table"
cz rules show
expect_rc 0
cmp -s "$OUT" "$T/rules.table" && ok || bad "rules show differs from rules"

case_ "rules in JSON: one document, the value typed, the source stable English"
cz rules --format json
expect_rc 0
jq -e 'type == "array" and length == 30' "$OUT" >/dev/null && ok || bad "expected an array of 30 records"
jq -e '.[] | select(.parameter == "site.min_area_m2") | .rule == "R-SITE-AREA" and .article == "3.1"
  and .duty == "station" and .value == 30.00 and .source == "default" and .file == null and .line == null' \
  "$OUT" >/dev/null && ok || bad "site.min_area_m2 record"
jq -e '.[] | select(.parameter == "county.time_zone") | .rule == null and .value == "Asia/Shanghai"' "$OUT" >/dev/null \
  && ok || bad "time zone record"
jq -e '.[] | select(.parameter == "volume.counted_kinds") | .value == ["purchase","sale","parcel_in","parcel_out","service"]' \
  "$OUT" >/dev/null && ok || bad "counted_kinds is not an array"
jq -e '.[] | select(.rule == "R-INSPECT-FREQ") | .duty == "centre"' "$OUT" >/dev/null && ok || bad "inspections are the centre's"
jq -e '.[] | select(.rule == "R-SITE-PREMISES") | .parameter == null and .value == null' "$OUT" >/dev/null \
  && ok || bad "a rule without parameters"
jq -e '.[] | select(.rule == "R-FEE") | .parameter == "fees" and .value == {}' "$OUT" >/dev/null && ok || bad "no fee cap"
jq -e '.[-1] | .rule == null and .parameter == "evaluation" and .value == {}' "$OUT" >/dev/null && ok || bad "no scoring"

case_ "rules in CSV and TSV: a header row of stable keys, one record per parameter"
cz rules --format csv
expect_rc 0
[ "$(head -1 "$OUT")" = $'rule,article,duty,summary,parameter,value,source,file,line\r' ] && ok || bad "csv header"
expect_out $'R-SITE-AREA,3.1,station,usable floor area at least the minimum,site.min_area_m2,30.00,default,,\r'
expect_out 'R-SITE-PLAQUE,"3.2(a), 6",station'
[ "$(wc -l <"$OUT")" -eq 31 ] && ok || bad "csv: expected a header and 30 records"
cz rules --format tsv
expect_rc 0
[ "$(head -1 "$OUT")" = "$(printf 'rule\tarticle\tduty\tsummary\tparameter\tvalue\tsource\tfile\tline')" ] && ok || bad "tsv header"
expect_out "$(printf 'R-INSPECT-FREQ\t10\tcentre\t')"

case_ "rules template is examples/rules.toml, and it loads back without a problem"
cz rules template
expect_rc 0
cmp -s "$OUT" "$EXAMPLE" && ok || bad "rules template differs from examples/rules.toml"
cp "$OUT" "$T/template.toml"
cz rules check "$T/template.toml"
expect_rc 0
expect_out "a valid rules file"
cz --rules "$T/template.toml" rules --format json
expect_rc 0
jq -e '[.[] | select(.parameter != null and .parameter != "fees" and .parameter != "evaluation") | .source] | all(. == "rules_file")' "$OUT" >/dev/null \
  && ok || bad "every value should come from the template file"
jq -e '.[] | select(.parameter == "site.min_area_m2") | .line == 14' "$OUT" >/dev/null && ok || bad "the line of min_area_m2"
refuses 64 rules template --format json
expect_err "--format does not apply"

case_ "--rules with a good file changes what the rules allow"
small_station CN-LP-002 29.5
refuses 65 register open CN-LP-002 --date 2026-02-01
expect_err "[R-SITE-AREA, Art. 3.1]"
expect_err "29.50 m², below the minimum of 30.00 m²"
cat >"$T/lenient.toml" <<'EOF'
# A county that accepts smaller rooms (Art. 3.1 reading of its own).
[site]
min_area_m2 = 25
EOF
cz --rules "$T/lenient.toml" rules --format csv
expect_rc 0
expect_out "site.min_area_m2,25.00,rules_file,$T/lenient.toml,3"
cz --rules "$T/lenient.toml" register open CN-LP-002 --date 2026-02-01
expect_rc 0
expect_sql "SELECT status FROM station WHERE code = 'CN-LP-002'" open

case_ "a bad rules file is refused with exit 78, every problem at file:line:col, the database unchanged"
small_station CN-LP-003 45
cat >"$T/bad.toml" <<'EOF'
[site]
min_area_m2 = -5
min_aera = 25

[posts]
violations_window_months = 13

[volume]
counted_kinds = ["purchase", "sales"]

[county]
time_zone = "Asia/Shanghia"
EOF
refuses 78 --rules "$T/bad.toml" register open CN-LP-003 --date 2026-02-01
expect_err "$T/bad.toml:2:15: site.min_area_m2 '-5' cannot be negative"
expect_err "$T/bad.toml:3:1: unknown key site.min_aera"
expect_err "did you mean min_area_m2?"
expect_err "$T/bad.toml:6:28: posts.violations_window_months '13' is too large: it can be at most 12"
expect_err "$T/bad.toml:9:30: volume.counted_kinds: unknown record kind 'sales'"
expect_err "$T/bad.toml:12:13: county.time_zone: unknown time zone 'Asia/Shanghia'"
expect_err 'did you mean "Asia/Shanghai"?'
[ "$(grep -c 'czstation: error:' "$ERR")" -eq 5 ] && ok || bad "expected 5 problems"
expect_sql "SELECT status FROM station WHERE code = 'CN-LP-003'" applied
printf '[site\nmin_area_m2 = 30\n' >"$T/syntax.toml"
refuses 78 --rules "$T/syntax.toml" rules
expect_err "$T/syntax.toml:1:6: not valid TOML"

case_ "a missing rules file exits 66"
refuses 66 --rules "$T/none.toml" register open CN-LP-003 --date 2026-02-01
expect_err "the rules file $T/none.toml does not exist"
expect_hint
refuses 66 --rules "$T" rules
expect_err "is a folder"

case_ "rules check validates a file before it is deployed"
cz rules check "$T/bad.toml"
expect_rc 78
expect_no_out
expect_err "$T/bad.toml:2:15:"
expect_err "$T/bad.toml:12:13:"
cz rules check "$T/none.toml"
expect_rc 66
cz rules check "$T/lenient.toml" --format json
expect_rc 0
expect_out_eq "[{\"file\":\"$T/lenient.toml\",\"valid\":true,\"values_set\":1}]"
cz --quiet rules check "$T/lenient.toml"
expect_rc 0
expect_no_out
# The file in force being broken must not stop a clerk checking its replacement.
cz --rules "$T/bad.toml" rules check "$T/lenient.toml"
expect_rc 0
cz --rules "$T/bad.toml" rules template
expect_rc 0
refuses 64 rules check

case_ "the config file's rules key names the rules file, relative to the config file"
mkdir -p "$T/etc"
cp "$T/lenient.toml" "$T/etc/rules.toml"
printf 'rules = "rules.toml"\n' >"$T/etc/config.toml"
cz --config "$T/etc/config.toml" rules --format json
expect_rc 0
jq -e --arg f "$T/etc/rules.toml" '.[] | select(.parameter == "site.min_area_m2") | .value == 25.00 and .file == $f' \
  "$OUT" >/dev/null && ok || bad "the config's rules file is not in force"
cz --config "$T/etc/config.toml" --rules "$T/template.toml" rules --format csv
expect_rc 0
expect_out "site.min_area_m2,30.00,rules_file,$T/template.toml,14"
printf 'rules = "missing.toml"\n' >"$T/etc/missing.toml.config"
refuses 66 --config "$T/etc/missing.toml.config" rules
expect_err "$T/etc/missing.toml does not exist"

case_ "the config's time zone applies unless the rules file sets a different one"
printf 'time_zone = "Asia/Urumqi"\n' >"$T/etc/zone.toml"
cz --config "$T/etc/zone.toml" rules --format json
expect_rc 0
jq -e --arg f "$T/etc/zone.toml" '.[] | select(.parameter == "county.time_zone") | .value == "Asia/Urumqi"
  and .source == "config_file" and .file == $f and .line == null' "$OUT" >/dev/null && ok || bad "the config's zone"
cz --config "$T/etc/zone.toml" rules
expect_out "config $T/etc/zone.toml"
refuses 78 --config "$T/etc/zone.toml" --rules "$T/template.toml" rules
expect_err "the config file $T/etc/zone.toml sets time_zone = \"Asia/Urumqi\" but the rules file $T/template.toml:9:1 sets time_zone = \"Asia/Shanghai\""
expect_hint
sed 's|^time_zone = .*|time_zone = "Asia/Urumqi"|' "$T/template.toml" >"$T/urumqi.toml"
cz --config "$T/etc/zone.toml" --rules "$T/urumqi.toml" rules --format csv
expect_rc 0
expect_out "county.time_zone,Asia/Urumqi,rules_file,$T/urumqi.toml,9"
printf 'time_zone = "Asia/Nowhere"\n' >"$T/etc/nozone.toml"
refuses 78 --config "$T/etc/nozone.toml" rules
expect_err "unknown time zone 'Asia/Nowhere'"

case_ "tables align CJK values by display width"
cat >"$T/words.toml" <<'EOF'
[posts]
banned_words = ["假货", "传销"]
EOF
cz --rules "$T/words.toml" rules
expect_rc 0
[ "$(column_of "$T/words.toml:2" | sort -u | wc -l)" -eq 1 ] && ok || bad "source column misaligned"
[ "$(column_of "built-in default" | sort -u)" = "$(column_of "$T/words.toml:2" | sort -u)" ] && ok || bad "sources misaligned"

case_ "--help names --rules and the rules subcommand"
cz_raw --help
expect_rc 0
expect_out "--rules"
expect_out "rules"
cz_raw rules --help
expect_rc 0
expect_out "check"
expect_out "template"
