#!/usr/bin/env bash
# The documentation matches the binary: man pages render cleanly and name every subcommand and
# option that --help lists; the bash completion offers them.
. "$(dirname "$0")/lib.sh"
MAN=$CZSTATION_SOURCE_DIR/man

case_ "every man page renders without warnings"
for page in "$MAN"/*.[15]; do
  MANWIDTH=80 man -l "$page" >/dev/null 2>"$T/man.err"
  [ ! -s "$T/man.err" ] && ok || bad "man -l $(basename "$page"): $(head -3 "$T/man.err")"
  groff -k -man -Tutf8 -ww -z "$page" 2>"$T/groff.err"
  [ ! -s "$T/groff.err" ] && ok || bad "groff $(basename "$page"): $(head -3 "$T/groff.err")"
done

subcommands_of() {
  "$CZSTATION_BIN" --lang en "$@" --help |
    awk '/^Subcommands:/ { on = 1; next } /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }'
}
options_of() {
  "$CZSTATION_BIN" --lang en "$@" --help | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u
}
# in_page PAGE GREP-ARGS: the man page, roff escapes removed ("\-\-date" reads "--date"),
# matches. grep -c reads to the end: grep -q closing the pipe early would fail under pipefail.
in_page() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$1" | grep -c "${@:2}" >/dev/null; }

case_ "czstation(1) lists every top-level subcommand and global option"
for sub in $(subcommands_of); do
  in_page "$MAN/czstation.1" "^\.B $sub\$" && ok || bad "czstation.1 lacks subcommand $sub"
  [ -f "$MAN/czstation-$sub.1" ] && ok || bad "no man page czstation-$sub.1"
done
for opt in $(options_of); do
  in_page "$MAN/czstation.1" -F -- "$opt" && ok || bad "czstation.1 lacks $opt"
done

case_ "each subcommand's page names its subcommands and their options"
for sub in $(subcommands_of); do
  page=$MAN/czstation-$sub.1
  [ -f "$page" ] || continue
  for child in $(subcommands_of "$sub"); do
    in_page "$page" -w -- "$child" && ok || bad "$(basename "$page") lacks $child"
    for opt in $(options_of "$sub" "$child" | grep -vx -- --help); do
      in_page "$page" -F -- "$opt" && ok || bad "$(basename "$page") lacks $opt of $child"
    done
  done
  for opt in $(options_of "$sub"); do
    in_page "$page" -F -- "$opt" || in_page "$MAN/czstation.1" -F -- "$opt" &&
      ok || bad "$(basename "$page") lacks $opt"
  done
done

case_ "every man page's subcommands exist in the binary"
for page in "$MAN"/czstation-*.1; do
  sub=$(basename "$page" .1)
  sub=${sub#czstation-}
  "$CZSTATION_BIN" "$sub" --help >/dev/null 2>&1 && ok || bad "man page for a missing subcommand: $sub"
done

case_ "bash completion offers subcommands, options and station codes"
export PATH=$(dirname "$CZSTATION_BIN"):$PATH
export CZSTATION_DB=$DB
ready_station CN-KD-001
# shellcheck source=/dev/null
. "$CZSTATION_SOURCE_DIR/completions/czstation.bash"
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _czstation
  echo "${COMPREPLY[*]}"
}
[[ " $(complete_words czstation re) " == *" register "* ]] && ok || bad "no 'register' for 're'"
[[ " $(complete_words czstation register op) " == *" open "* ]] && ok || bad "no 'open' for 'register op'"
[[ " $(complete_words czstation register open --da) " == *" --date "* ]] && ok || bad "no --date"
[[ " $(complete_words czstation --format j) " == *" json "* ]] && ok || bad "no json"
[[ " $(complete_words czstation register show CN) " == *" CN-KD-001 "* ]] && ok || bad "no station code"
