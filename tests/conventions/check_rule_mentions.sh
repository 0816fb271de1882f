#!/usr/bin/env bash
# A CI test: every rule ID mentioned in code, messages, man pages, the README, the examples and
# the catalogue of translations is a rule of lib/rules/rule_catalogue.cpp.
set -uo pipefail
root=${CZSTATION_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root" || exit 1
known=$(grep -oE 'Rule::[a-z_]+, "R-[A-Z-]+"' lib/rules/rule_catalogue.cpp | grep -oE 'R-[A-Z-]+' | sort -u)
if [ -z "$known" ]; then
  echo "check_rule_mentions: no rules found in lib/rules/rule_catalogue.cpp" >&2
  exit 1
fi
bad=0
while IFS=: read -r file line id; do
  # "R-SITE-*" names a family, and a .po file may wrap an ID after a hyphen: neither is an ID.
  [[ "$id" == *- ]] && continue
  # "every R-SITE rule" names the family of R-SITE-AREA, R-SITE-PLAQUE, ...
  if ! grep -qx -- "$id" <<<"$known" && ! grep -q -- "^$id-" <<<"$known"; then
    echo "check_rule_mentions: $file:$line names $id, which is not in the rule catalogue" >&2
    bad=$((bad + 1))
  fi
done < <(grep -rnoE 'R-[A-Z]{2,}(-[A-Z]+)*-?' lib cmd man examples README.md po/zh_CN.po \
  --include='*.?pp' --include='*.[0-9]' --include='*.md' --include='*.toml' --include='*.sh' --include='*.po' \
  --include='*.cron' 2>/dev/null)
[ "$bad" -eq 0 ] || exit 1
echo "check_rule_mentions: every rule ID mentioned is in the catalogue ($(wc -l <<<"$known") rules)"
