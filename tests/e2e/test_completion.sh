#!/usr/bin/env bash
# Completion in both shells: subcommands after on/off flags, per-command option values, station
# codes from the database the line names (never creating one), files where a file is expected.
# bash: the completion function is sourced and called with COMP_WORDS; zsh: the completion
# function runs in `zsh -f` with compadd and _files replaced by stubs that print what they get.
. "$(dirname "$0")/lib.sh"
export PATH=$(dirname "$CZSTATION_BIN"):$PATH
ready_station CN-KD-001
cp "$DB" "$T/other.db"
"$CZSTATION_BIN" --db "$T/other.db" --as-of 2026-11-28 register update CN-KD-001 --manager x >/dev/null
ready_station CN-LP-001 浪坡村电商服务站 浪坡乡
unset CZSTATION_DB

# shellcheck source=/dev/null
. "$CZSTATION_SOURCE_DIR/completions/czstation.bash"
bash_complete() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _czstation 2>/dev/null
  echo " ${COMPREPLY[*]} "
}
zsh_complete() {
  zsh -f -c '
    compadd() { if [[ $1 == -a ]]; then print -rl -- ${(P)2}; else print -rl -- "$@"; fi }
    _files() { print -r -- "<files>" }
    words=("$@"); CURRENT=$#; PREFIX=${words[CURRENT]}
    source "$CZSTATION_SOURCE_DIR/completions/_czstation" 2>&1
  ' zsh "$@" | tr '\n' ' ' | sed 's/^/ /'
}
export CZSTATION_SOURCE_DIR

for shell in bash zsh; do
  c() { "${shell}_complete" "$@"; }

  case_ "$shell: subcommands and options, also after an on/off global flag"
  [[ $(c czstation re) == *" register "* ]] && ok || bad "no register"
  [[ $(c czstation --quiet assess "") == *" history "* ]] && ok || bad "no history after --quiet assess"
  [[ $(c czstation --quiet assess --a) == *" --apply "* ]] && ok || bad "no --apply after --quiet"
  [[ $(c czstation --reveal register li) == *" list "* ]] && ok || bad "no list after --reveal"
  [[ $(c czstation --db "$DB" register op) == *" open "* ]] && ok || bad "no open after --db PATH"
  [[ $(c czstation --format j) == *" json "* ]] && ok || bad "no json"

  case_ "$shell: option values per command"
  out=$(c czstation register list --status "")
  [[ $out == *" rectifying "* && $out != *" picked_up "* ]] && ok || bad "register statuses: $out"
  out=$(c czstation parcel list --status "")
  [[ $out == *" picked_up "* && $out != *" rectifying "* ]] && ok || bad "parcel statuses: $out"
  out=$(c czstation review post list --status "")
  [[ $out == *" rejected "* && $out != *" open "* ]] && ok || bad "post statuses: $out"
  [[ $(c czstation parcel list --direction "") == *" in out "* ]] && ok || bad "no in|out"
  [[ $(c czstation assess --only "") == *" quarterly "* ]] && ok || bad "no quarterly for --only"
  [[ $(c czstation assess --period "") =~ \ [0-9]{4}Q[1-4]\  ]] && ok || bad "no quarter for --period"

  case_ "$shell: station codes from the database on the line, files where a file is expected"
  out=$(c czstation --db "$DB" register show CN)
  [[ $out == *" CN-KD-001 "* && $out == *" CN-LP-001 "* ]] && ok || bad "codes of --db: $out"
  out=$(c czstation --db "$T/other.db" register show CN)
  [[ $out == *" CN-KD-001 "* && $out != *" CN-LP-001 "* ]] && ok || bad "codes of the other --db: $out"
  out=$(CZSTATION_DB=$DB c czstation inspect list --station "")
  [[ $out == *" CN-LP-001 "* ]] && ok || bad "codes for --station: $out"
  out=$(CZSTATION_DB=$DB c czstation import services "")
  [[ $out != *"CN-KD-001"* ]] && ok || bad "station codes offered for a file: $out"
  if [ "$shell" = zsh ]; then
    [[ $out == *"<files>"* ]] && ok || bad "no file completion: $out"
  fi
  out=$(c czstation --db "$T/missing.db" register show "")
  [ ! -e "$T/missing.db" ] && ok || bad "completion created a database"
  [ ! -e "$XDG_DATA_HOME/czstation/czstation.db" ] && ok || bad "completion created the default database"

  case_ "$shell: no error text on completion"
  out=$(c czstation --quiet assess --period "" 2>&1)
  [[ $out != *"command not found"* ]] && ok || bad "errors: $out"
done
