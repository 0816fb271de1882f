#!/usr/bin/env bash
# Extracts every message of lib/ and cmd/ into po/czstation.pot and merges it into each
# po/<lang>.po, so translators see new and changed messages. Run after changing messages:
#   po/update.sh && po/check.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
find lib cmd -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort >po/POTFILES
xgettext --language=C++ --from-code=UTF-8 --keyword=tr --keyword=trf --keyword=N_ \
  --add-comments=TRANSLATORS: --package-name=czstation --no-location --sort-output \
  --files-from=po/POTFILES --output=po/czstation.pot
for po in po/*.po; do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching --no-location --sort-output "$po" po/czstation.pot
done
