# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for statuscope-cli.  Needs nothing from the
# bash-completion package: it is plain compgen.

_statuscope_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=
    (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}

    # bash splits "--format=js" at the "=": the option is then one word
    # further back, or the word being completed is the "=" itself.
    if [[ $cur == = ]]; then
        cur=
    elif [[ $prev == = ]] && (( COMP_CWORD > 1 )); then
        prev=${COMP_WORDS[COMP_CWORD-2]}
    fi

    case $prev in
        -i|--input|--compare|--history)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return ;;
        -f|--format)
            mapfile -t COMPREPLY < <(compgen -W 'text json jsonl csv markdown' -- "$cur")
            return ;;
        --fail-on)
            mapfile -t COMPREPLY < <(compgen -W 'problem warning' -- "$cur")
            return ;;
        --method)
            mapfile -t COMPREPLY < <(compgen -W 'GET HEAD' -- "$cur")
            return ;;
        --color)
            mapfile -t COMPREPLY < <(compgen -W 'auto always never' -- "$cur")
            return ;;
        -t|--timeout|--max-redirects|-j|--jobs|--per-host|-A|--user-agent|--accept)
            # A value of the user's own.
            COMPREPLY=()
            return ;;
    esac

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W '--input --format --quiet --fail-on --timeout
            --max-redirects --jobs --per-host --method --ignore-tls-errors --user-agent
            --accept --color --no-progress --compare --history --version --help -i -f -q -t -j -A -h' -- "$cur")
        return
    fi
    # Anything else is a URL, which only the user knows.
    COMPREPLY=()
}

complete -F _statuscope_cli statuscope-cli
