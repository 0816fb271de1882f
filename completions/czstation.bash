# bash completion for czstation.
# Options and subcommands are read from `czstation ... --help` at completion time, so the
# completion always matches the installed binary; station codes come from `register list`.

_czstation_help() {
  # $@: the subcommand path typed so far.
  "${_czstation_bin:-czstation}" --lang en "$@" --help 2>/dev/null
}

_czstation() {
  local cur prev words cword
  _init_completion 2>/dev/null || {
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
  }
  _czstation_bin=${words[0]}

  case $prev in
    --db|--config|--rules) compopt -o default 2>/dev/null; COMPREPLY=(); return ;;
    --format) COMPREPLY=($(compgen -W "table json csv tsv" -- "$cur")); return ;;
    --lang) COMPREPLY=($(compgen -W "zh en" -- "$cur")); return ;;
    --status) COMPREPLY=($(compgen -W "applied open rectifying closing closed" -- "$cur")); return ;;
    --premises) COMPREPLY=($(compgen -W "village_office convenience_store other" -- "$cur")); return ;;
  esac

  # The subcommand path: the words that are not options or option values.
  local path=() i w help
  for ((i = 1; i < cword; i++)); do
    w=${words[i]}
    case $w in
      -*) ;;
      *) case ${words[i-1]} in --*) ;; *) path+=("$w") ;; esac ;;
    esac
  done
  help=$(_czstation_help "${path[@]}")

  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(grep -oE -- '--[a-z][a-z0-9-]*' <<<"$help" | sort -u)" -- "$cur"))
    return
  fi
  local subs
  subs=$(awk '/^Subcommands:/ { on = 1; next } /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }' <<<"$help")
  if [ -n "$subs" ]; then
    COMPREPLY=($(compgen -W "$subs" -- "$cur"))
  elif grep -q '^Positionals:' <<<"$help"; then
    COMPREPLY=($(compgen -W "$("$_czstation_bin" register list --format tsv 2>/dev/null | tail -n +2 | cut -f1)" -- "$cur"))
  fi
}
complete -F _czstation czstation
