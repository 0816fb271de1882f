#!/usr/bin/env bash
# A CI test: cmd/ parses, calls lib/ and formats. It holds no SQL (no statement text, no prepared
# statements) and no rule-ID literal: rules are named in lib/rules/rule_catalogue.cpp only.
set -uo pipefail
root=${CZSTATION_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root" || exit 1
bad=0
report() {
  echo "check_cmd_thin: $1" >&2
  sed 's/^/  /' <<<"$2" >&2
  bad=$((bad + 1))
}
sql=$(grep -nE '"[[:space:]]*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|REPLACE)[[:space:]]' cmd/*.?pp)
[ -z "$sql" ] || report "SQL text in cmd/ (move the query into lib/):" "$sql"
stmt=$(grep -nE 'SQLite::Statement|\.exec\(|SQLiteCpp/Statement\.h' cmd/*.?pp)
[ -z "$stmt" ] || report "SQLite statements in cmd/ (move them into lib/):" "$stmt"
# Code, not comments: a comment may show an ID as an example.
code_lines() { grep -nE "$1" "${@:2}" | grep -vE '^[^:]+:[0-9]+:[[:space:]]*//|//[^"]*"R-'; }
ids=$(code_lines '"R-[A-Z]+(-[A-Z]+)*"' cmd/*.?pp)
[ -z "$ids" ] || report "rule-ID literals in cmd/ (use lib/rules' constants through lib/):" "$ids"
outside=$(code_lines '"R-[A-Z]+(-[A-Z]+)*"' $(find lib -name '*.?pp' ! -name rule_catalogue.cpp | sort))
[ -z "$outside" ] || report "rule-ID literals outside lib/rules/rule_catalogue.cpp (use rules::Rule):" "$outside"
[ "$bad" -eq 0 ] || exit 1
echo "check_cmd_thin: cmd/ holds no SQL and no rule-ID literal; lib/ names rules by constant"
