#!/usr/bin/env bash
# A CI test: every #include "folder/..." in lib/ obeys the dependency table of lib/ARCHITECTURE.md.
# The table is the data: its first column names a folder, its last column the folders it may use
# ("nothing", or a comma-separated list). A folder may always include its own headers.
set -uo pipefail
root=${CZSTATION_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
table=$root/lib/ARCHITECTURE.md

declare -A allowed
declare -A rank
order=0
bad=0
while IFS='|' read -r _ folder _ uses _; do
  folder=$(echo "$folder" | tr -d ' `/')
  uses=$(echo "$uses" | tr -d ' `')
  [ -n "$folder" ] || continue
  [ "$uses" = "nothing" ] && uses=""
  allowed[$folder]=",$uses,"
  # Layers: every folder a row names must stand above it, so the table has no cycle.
  for used in ${uses//,/ }; do
    if [ -z "${rank[$used]+set}" ]; then
      echo "check_includes: lib/ARCHITECTURE.md lets $folder/ use $used/, which is not above it in the table" >&2
      bad=$((bad + 1))
    fi
  done
  rank[$folder]=$order
  order=$((order + 1))
done < <(grep -E '^\| `[a-z0-9_]+/` \|' "$table")

if [ ${#allowed[@]} -eq 0 ]; then
  echo "check_includes: no dependency table found in $table" >&2
  exit 1
fi

for dir in "$root"/lib/*/; do
  folder=$(basename "$dir")
  if [ -z "${allowed[$folder]+set}" ]; then
    echo "check_includes: lib/$folder/ is not in the dependency table of lib/ARCHITECTURE.md" >&2
    bad=$((bad + 1))
    continue
  fi
  while IFS=: read -r file line used; do
    [ "$used" = "$folder" ] && continue
    if [[ "${allowed[$folder]}" != *",$used,"* ]]; then
      echo "check_includes: ${file#"$root"/}:$line includes $used/, which lib/ARCHITECTURE.md does not let $folder/ use" >&2
      bad=$((bad + 1))
    fi
  done < <(grep -nHoE '^#include "[a-z0-9_]+/' "$dir"*.?pp | sed -E 's/#include "([a-z0-9_]+)\//\1/')
done
if [ "$bad" -gt 0 ]; then
  echo "check_includes: $bad include(s) break the dependency rule: move the code, or correct the table if the design changed" >&2
  exit 1
fi
echo "check_includes: ${#allowed[@]} folders obey lib/ARCHITECTURE.md"
