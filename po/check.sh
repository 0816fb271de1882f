#!/usr/bin/env bash
# Fails when a message of lib/ or cmd/ has no Chinese translation, or a translation is fuzzy or
# has different {} placeholders from its English original. Run by the test suite.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$here"
find lib cmd -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort >"$work/files"
xgettext --language=C++ --from-code=UTF-8 --keyword=tr --keyword=trf --keyword=N_ \
  --no-location --sort-output --files-from="$work/files" --output="$work/czstation.pot"
status=0
for po in po/*.po; do
  msgmerge --quiet --no-fuzzy-matching --no-location "$po" "$work/czstation.pot" -o "$work/merged.po"
  untranslated=$(msgattrib --untranslated --no-obsolete "$work/merged.po" | grep -c '^msgid "' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$work/merged.po" | grep -c '^msgid "' || true)
  # The header is one "untranslated-looking" entry only when everything else is translated.
  if [ "$untranslated" -gt 0 ] || [ "$fuzzy" -gt 0 ]; then
    echo "$po: $untranslated untranslated and $fuzzy fuzzy messages (run po/update.sh and translate):" >&2
    msgattrib --untranslated --no-obsolete "$work/merged.po" | grep '^msgid "' | head -20 >&2
    status=1
  fi
  # Every {} placeholder of the English must appear in the translation, in any order.
  msgattrib --translated --no-obsolete --no-wrap "$work/merged.po" | awk '
    /^msgid "/ { id = $0; next }
    /^msgstr "/ {
      s = $0; n = 0; m = 0
      while (match(id, /\{[^}]*\}/)) { a[n++] = substr(id, RSTART, RLENGTH); id = substr(id, RSTART + RLENGTH) }
      while (match(s, /\{[^}]*\}/)) { b[m++] = substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH) }
      if (n != m) { print "placeholder count differs: " $0; bad = 1 }
    }
    END { exit bad }' >&2 || status=1
done
exit $status
