# bash completion for czstation.
# Options and subcommands are read from `czstation ... --help` at completion time, so the
# completion always matches the installed binary. Station codes come from `register list` on
# the database the line names (--db, --config), which only reads: completing never creates a
# database file.

_czstation_help() {
  # $@: the subcommand path typed so far.
  "${_czstation_bin:-czstation}" --lang en "$@" --help 2>/dev/null
}

# The options of a help text that take a value: "  --db PATH   ..." has one space and a type
# name after the option, a flag ("  -q,--quiet   ...") has only the description's spaces.
_czstation_value_options() {
  grep -oE -- '^  (-[a-zA-Z],)?--[a-z][a-z0-9-]* [^ ]' <<<"$1" | grep -oE -- '--[a-z][a-z0-9-]*'
}

# The quarters and months that have just ended, newest first, for --period and --month.
_czstation_periods() {
  local y m q i
  y=$(date +%Y) m=$((10#$(date +%m)))
  q=$(((m + 2) / 3))
  for ((i = 0; i < 4; i++)); do
    echo "${y}Q$q"
    q=$((q - 1))
    if [ "$q" -eq 0 ]; then q=4 y=$((y - 1)); fi
  done
  y=$(date +%Y)
  for ((i = 0; i < 3; i++)); do
    printf '%04d-%02d\n' "$y" "$m"
    m=$((m - 1))
    if [ "$m" -eq 0 ]; then m=12 y=$((y - 1)); fi
  done
}

_czstation() {
  local cur prev words cword
  if declare -F _init_completion >/dev/null; then
    _init_completion || return
  else
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
  fi
  _czstation_bin=${words[0]}

  # Walk the line: the subcommand path, the options that take a value (from the help of each
  # level, the global ones first), and the --db/--config that choose the database.
  local help global cmdpath=() dbargs=() values i w
  global=$(_czstation_help)
  help=$global
  values=$(_czstation_value_options "$global")
  for ((i = 1; i < cword; i++)); do
    w=${words[i]}
    case $w in
      --db=* | --config=*) dbargs+=("$w") ;;
      -*)
        if grep -qxF -- "$w" <<<"$values"; then
          case $w in --db | --config) dbargs+=("$w" "${words[i + 1]}") ;; esac
          i=$((i + 1))
        fi
        ;;
      *)
        cmdpath+=("$w")
        help=$(_czstation_help "${cmdpath[@]}")
        values=$(printf '%s\n%s' "$(_czstation_value_options "$global")" "$(_czstation_value_options "$help")")
        ;;
    esac
  done

  case $prev in
    --db | --config | --rules | --to)
      compopt -o default 2>/dev/null
      COMPREPLY=()
      return
      ;;
    --format) COMPREPLY=($(compgen -W "table json csv tsv xlsx html" -- "$cur")) && return ;;
    --lang) COMPREPLY=($(compgen -W "zh en" -- "$cur")) && return ;;
    --period | --month) COMPREPLY=($(compgen -W "$(_czstation_periods)" -- "$cur")) && return ;;
    --station) COMPREPLY=($(compgen -W "$(_czstation_codes)" -- "$cur")) && return ;;
    --batch) COMPREPLY=($(compgen -W "$(_czstation_batches)" -- "$cur")) && return ;;
    --status)
      local statuses
      case ${cmdpath[0]}/${cmdpath[1]:-}/${cmdpath[2]:-} in
        register/*) statuses="applied open rectifying closing closed" ;;
        parcel/*) statuses="arrived notified picked_up returned accepted dispatched" ;;
        order/*) statuses="requested ordered arrived notified picked_up returned exchanged cancelled recommended listed sold withdrawn" ;;
        review/post/*) statuses="submitted approved rejected" ;;
      esac
      COMPREPLY=($(compgen -W "$statuses" -- "$cur"))
      return
      ;;
  esac
  # An option whose type names its values ("--direction in|out", "--only quarterly|monthly").
  if [[ $prev == --* ]] && grep -qxF -- "$prev" <<<"$values"; then
    local type
    type=$(grep -oE -- "^  (-[a-zA-Z],)?$prev [^ ]+" <<<"$help"$'\n'"$global" | head -n 1 | awk '{ print $2 }')
    if [[ $type == *"|"* ]]; then
      COMPREPLY=($(compgen -W "${type//|/ }" -- "$cur"))
    else
      COMPREPLY=()
    fi
    return
  fi

  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(grep -oE -- '--[a-z][a-z0-9-]*' <<<"$help"$'\n'"$global" | sort -u)" -- "$cur"))
    return
  fi
  local subs
  subs=$(awk '/^Subcommands:/ { on = 1; next } /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }' <<<"$help")
  if [ -n "$subs" ]; then
    COMPREPLY=($(compgen -W "$subs" -- "$cur"))
    return
  fi
  # A positional: a file where the help says FILE, a station code where it says CODE.
  local positional
  positional=$(awk '/^Positionals:/ { getline; print $2; exit }' <<<"$help")
  case $positional in
    FILE | PATH | DIR)
      compopt -o default 2>/dev/null
      COMPREPLY=()
      ;;
    CODE) COMPREPLY=($(compgen -W "$(_czstation_codes)" -- "$cur")) ;;
  esac
}

# The station codes of the database the line names; `register list` never creates a file.
_czstation_codes() {
  "$_czstation_bin" "${dbargs[@]}" --lang en register list --format tsv 2>/dev/null | tail -n +2 | cut -f1
}
# The construction batches stations are in (the batch column of `register list`).
_czstation_batches() {
  "$_czstation_bin" "${dbargs[@]}" --lang en register list --format tsv 2>/dev/null | tail -n +2 | cut -f14 |
    grep -v '^$' | sort -u
}
complete -F _czstation czstation
