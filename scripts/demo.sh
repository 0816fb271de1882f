#!/usr/bin/env bash
# The README's first command: installs what is needed, builds czstation, loads the example
# county (a dozen stations with a year of ledger and oversight records) into its own example
# database (build/example-county.db, or $CZSTATION_DEMO_DB; never the clerk's default one), and
# runs the main job on it: the quarterly assessment of 2026Q3, with the county's overview and
# ledger report, ending with the quarterly county report written as a printable HTML file whose
# path it prints. Running it again loads nothing twice and prints the same.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
BUILD_DIR=$here/build "$here/scripts/build.sh"
czstation=$here/build/cmd/czstation
export CZSTATION_DB=${CZSTATION_DEMO_DB:-$here/build/example-county.db}
echo "== the example database: $CZSTATION_DB ==" >&2
echo "== loading the example county (once) ==" >&2
"$here/examples/county/load.sh" "$czstation" 2>/dev/null
"$here/examples/county/load_ledger.sh" "$czstation"
"$here/examples/county/load_oversight.sh" "$czstation"
# The example's records run to 2026-11-28; the assessment is fixed to that day.
cz() { "$czstation" --as-of 2026-11-28 --rules "$here/examples/rules.toml" "$@"; }
echo "== the quarterly assessment of 2026Q3 (czstation assess --period 2026Q3) ==" >&2
cz assess --period 2026Q3
echo "== the county at the end of 2026Q3 (czstation report overview --period 2026Q3) ==" >&2
cz report overview --period 2026Q3
echo "== the ledger of 2026Q3 by township (czstation report ledger --period 2026Q3 --by township) ==" >&2
cz report ledger --period 2026Q3 --by township
# The quarter as the county's leadership reads it: one printable page set (A4, charts, no
# network), in Chinese, next to the example database; its path is the job's last line.
report=${CZSTATION_DB%.db}-2026Q3.html
echo "== the quarterly county report of 2026Q3 to print (czstation --format html report overview --period 2026Q3) ==" >&2
cz --lang zh --format html report overview --period 2026Q3 >"$report"
echo "$report"
