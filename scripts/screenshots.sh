#!/usr/bin/env bash
# Writes the printable HTML documents of the example county and prints each in headless
# Chromium to PDF and PNG, the way CI checks them (tests/e2e/test_html.sh) and the way the
# README's screenshot in docs/ was made:
#   scripts/screenshots.sh CZSTATION_BIN COUNTY_DB OUT_DIR
# COUNTY_DB is the loaded example county (scripts/demo.sh's build/example-county.db); it is not
# changed: a copy in OUT_DIR gets the assessments of 2026Q1 to 2026Q3 applied, so the report shows
# recorded findings and orders. OUT_DIR receives, for each document NAME (quarterly-2026Q3,
# ledger-2026Q3, inspection-ID, the newest inspection, evaluation-2026-09, a page per station),
# NAME.html, NAME.pdf and NAME.png, and the
# paths are printed; county.db (the assessed copy) and the logs stay there too. Needs chromium
# and fonts-noto-cjk (scripts/install-deps.sh).
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 CZSTATION_BIN COUNTY_DB OUT_DIR" >&2
  exit 64
fi
bin=$1
out=$3
here=$(cd "$(dirname "$0")/.." && pwd)
command -v chromium >/dev/null || {
  echo "screenshots: chromium is not installed (scripts/install-deps.sh installs it)" >&2
  exit 69
}
mkdir -p "$out"
out=$(cd "$out" && pwd)
db=$out/county.db
rm -f "$db" "$db-wal" "$db-shm"
sqlite3 "$2" ".backup '$db'"
cz() { "$bin" --db "$db" --as-of 2026-11-28 --rules "$here/examples/rules.toml" --lang zh "$@"; }
for period in 2026Q1 2026Q2 2026-07 2026-08 2026-09 2026Q3; do
  cz assess --period "$period" --apply >>"$out/assess.log" 2>&1
done
inspection=$(cz inspect list --format tsv | tail -n 1 | cut -f1)
cz --format html report overview --period 2026Q3 >"$out/quarterly-2026Q3.html"
cz --format html report ledger --period 2026Q3 >"$out/ledger-2026Q3.html"
cz --format html inspect show "$inspection" >"$out/inspection-$inspection.html"
cz --format html report evaluation --period 2026-09 >"$out/evaluation-2026-09.html" 2>>"$out/assess.log"

# One page of A4 on screen (210 mm at 96 dpi, with the page's margin around it).
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chrome() {
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --force-device-scale-factor=1 "$@" 2>>"$out/chromium.log" >/dev/null
}
for name in quarterly-2026Q3 ledger-2026Q3 "inspection-$inspection" evaluation-2026-09; do
  chrome --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$out/$name.html"
  chrome --window-size=860,1180 --screenshot="$out/$name.png" "file://$out/$name.html"
  echo "$out/$name.html"
done
