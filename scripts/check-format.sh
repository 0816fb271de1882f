#!/usr/bin/env bash
# A CI test: every tracked C++ file is formatted as .clang-format says. Prints the files that are
# not and how to fix them; exits 1 if any.
set -euo pipefail
cd "$(dirname "$0")/.."
formatter=${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format || true)}
if [ -z "$formatter" ]; then
  echo "check-format: clang-format is not installed (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
bad=()
while IFS= read -r -d '' f; do
  if ! "$formatter" --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then
    bad+=("$f")
  fi
done < <(git ls-files -z '*.cpp' '*.hpp' '*.h' 2>/dev/null || find lib cmd tests bench -name '*.[ch]pp' -print0)
if [ ${#bad[@]} -gt 0 ]; then
  printf 'check-format: not formatted as .clang-format says:\n' >&2
  printf '  %s\n' "${bad[@]}" >&2
  printf 'fix with: %s -i %s\n' "$formatter" "${bad[*]}" >&2
  exit 1
fi
echo "check-format: $(git ls-files '*.cpp' '*.hpp' | wc -l) files formatted"
