#!/usr/bin/env bash
# A CI test: every `czstation ...` command named in a message or hint (lib/, cmd/), a man page,
# the README or an example script exists. The command tree is read from the binary's own --help,
# level by level. After "czstation", leading options are skipped; each following lowercase word
# must be a subcommand until one takes no more subcommands. English words that follow the
# program's name in prose ("czstation is writing") are listed below and are not commands.
set -uo pipefail
: "${CZSTATION_BIN:?set CZSTATION_BIN to the czstation binary}"
root=${CZSTATION_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root" || exit 1
export LANG=C.UTF-8 NO_COLOR=1
unset CZSTATION_DB

prose=" is may maintainers database databases process one knows command commands reads writes makes
 rules-file file files binary itself was will can cannot does did has had keeps opens runs records
 prints refuses needs expects uses holds held manual options would failed finds not
 and or the to of in on for with as at by from that when "
prose=" $(tr '\n' ' ' <<<"$prose") "

# The subcommands of a command path ("" for the top), from its --help.
subcommands_of() {
  # shellcheck disable=SC2086
  "$CZSTATION_BIN" --lang en $1 --help 2>/dev/null \
    | awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on = 0}'
}

declare -A children
walk() {
  local path=$1 sub
  children[${path:-_}]=$(subcommands_of "$path" | tr '\n' ' ')
  for sub in ${children[${path:-_}]}; do
    walk "${path:+$path }$sub"
  done
}
walk ""
if [ -z "${children[_]}" ]; then
  echo "check_commands_named: could not read the subcommands from $CZSTATION_BIN --help" >&2
  exit 1
fi

bad=0
checked=0
check_mention() {
  local where=$1 words=$2 path="" word skip_value=0
  for word in $words; do
    if [ "$skip_value" = 1 ]; then
      skip_value=0
      continue
    fi
    case $word in
    --db | --format | --as-of | --actor | --config | --rules | --lang) [ -z "$path" ] && skip_value=1 && continue ;;
    -*) [ -z "$path" ] && continue || break ;;
    esac
    [[ "$word" =~ ^[a-z][a-z-]*$ ]] || break
    if [[ " ${children[${path:-_}]} " == *" $word "* ]]; then
      path="${path:+$path }$word"
      continue
    fi
    # A word that is not a subcommand: prose after the name, or an argument of a leaf.
    if [ -z "$path" ] && [[ "$prose" == *" $word "* ]]; then
      return
    fi
    if [ -n "${children[${path:-_}]// /}" ] && [[ "$prose" != *" $word "* ]]; then
      echo "check_commands_named: $where: 'czstation ${path:+$path }$word': no such command${path:+ under 'czstation $path'} (have: ${children[${path:-_}]})" >&2
      bad=$((bad + 1))
    fi
    break
  done
  checked=$((checked + 1))
}

while IFS= read -r hit; do
  where=${hit%%:czstation *}
  where=${where%:*}:${where##*:}
  words=${hit#*czstation }
  check_mention "$where" "$words"
done < <(grep -rnoE 'czstation( +-{0,2}[A-Za-z0-9_.=$/{}-]+){1,6}' lib cmd man README.md examples \
  --include='*.?pp' --include='*.[0-9]' --include='*.md' --include='*.sh' --include='*.cron' 2>/dev/null \
  | sed -E 's/\\f[BIRP]//g; s/\\-/-/g')

[ "$bad" -eq 0 ] || exit 1
echo "check_commands_named: $checked mentions of czstation commands, each names a command that exists"
