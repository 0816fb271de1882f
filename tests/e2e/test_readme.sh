#!/usr/bin/env bash
# The README is honest: its clerk's walkthrough and its cron lines run as written (on a fresh
# default database in a temporary XDG data directory), and each quick-start command says how
# long it takes. The quick-start commands themselves (a full build) run in CI as .ci/run.
. "$(dirname "$0")/lib.sh"
README=$CZSTATION_SOURCE_DIR/README.md

# The ```sh blocks of the README, one file each.
awk -v dir="$T" '
  /^```sh$/ { n++; file = dir "/block" n ".sh"; on = 1; next }
  /^```$/ { on = 0; next }
  on { print > file }
' "$README"

case_ "the README's walkthrough and cron lines run as written"
export PATH=$(dirname "$CZSTATION_BIN"):$PATH
ran=0
for block in "$T"/block*.sh; do
  # The quick start and the build by hand install packages and build: CI runs those as .ci/run.
  if grep -qE '(^|[ /])(scripts/|cmake |ninja |sudo )' "$block"; then
    continue
  fi
  (cd "$T" && bash -euo pipefail "$block") >"$OUT" 2>"$ERR"
  RC=$?
  [ "$RC" -eq 0 ] && ok || bad "$(basename "$block") failed: $(head -c 300 "$block")"
  ran=$((ran + 1))
done
[ "$ran" -ge 2 ] && ok || bad "expected the walkthrough and cron blocks, ran $ran"
[ -f "$XDG_DATA_HOME/czstation/czstation.db" ] && ok || bad "the walkthrough did not use the default database"
cz_raw register show CN-KD-001 --format csv
expect_out "CN-KD-001"

case_ "each quick-start command says how long it takes"
for cmd in demo.sh test.sh; do
  sed -n '/^## Quick start/,/^## A clerk/p' "$README" | tr '\n' ' ' | grep -F "\`$cmd\` takes about" >/dev/null &&
    ok || bad "the quick start does not say how long $cmd takes"
done
