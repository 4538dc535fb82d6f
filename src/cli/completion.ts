/** `spte completion bash|zsh|fish`: completion scripts built from the real command and option lists. */

import { PRESETS } from '../core';
import { OPTION_NAMES } from './args';
import { COMMANDS } from './help';

const words = (xs: readonly string[]) => xs.join(' ');

function bash(): string {
  const opts = words(OPTION_NAMES.map((o) => `--${o}`));
  return `# bash completion for spte
_spte() {
  local cur prev
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
    --preset|-p) COMPREPLY=( $(compgen -W "${words(PRESETS.map((p) => p.id))}" -- "$cur") ); return ;;
    --config|-c) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
    --level|-l) COMPREPLY=( $(compgen -W "1 2 3 4 5" -- "$cur") ); return ;;
    --theme) COMPREPLY=( $(compgen -W "light dark" -- "$cur") ); return ;;
    completion) COMPREPLY=( $(compgen -W "bash zsh fish" -- "$cur") ); return ;;
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${words(COMMANDS)}" -- "$cur") )
  elif [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "${opts}" -- "$cur") )
  elif [ "\${COMP_WORDS[1]}" = log ]; then
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -F _spte spte
`;
}

function zsh(): string {
  return `#compdef spte
# zsh completion for spte
_spte() {
  local -a commands
  commands=(${COMMANDS.map((c) => `'${c}'`).join(' ')})
  _arguments \\
    '(-p --preset)'{-p,--preset}'[host preset]:preset:(${words(PRESETS.map((p) => p.id))})' \\
    '(-c --config)'{-c,--config}'[host parameters (JSON file)]:file:_files' \\
    '(-k --kernel)'{-k,--kernel}'[kernel version]:version:' \\
    '(-l --level)'{-l,--level}'[page-table level]:level:(1 2 3 4 5)' \\
    '(-j --json)'{-j,--json}'[JSON lines]' \\
    '--color[force colours on]' '--no-color[force colours off]' \\
    '--theme[svg colours]:theme:(light dark)' '--compact[svg without caption]' \\
    '(-h --help)'{-h,--help}'[help]' '(-V --version)'{-V,--version}'[version]' \\
    '1:command:($commands)' \\
    '*:value:_files'
}
_spte "$@"
`;
}

function fish(): string {
  const lines = [
    '# fish completion for spte',
    `complete -c spte -f -n __fish_use_subcommand -a "${words(COMMANDS)}"`,
    `complete -c spte -s p -l preset -x -a "${words(PRESETS.map((p) => p.id))}" -d 'host preset'`,
    `complete -c spte -s c -l config -r -F -d 'host parameters (JSON file)'`,
    `complete -c spte -s k -l kernel -x -d 'kernel version'`,
    `complete -c spte -s l -l level -x -a "1 2 3 4 5" -d 'page-table level'`,
    `complete -c spte -s j -l json -d 'JSON lines'`,
    `complete -c spte -l color -d 'force colours on'`,
    `complete -c spte -l no-color -d 'force colours off'`,
    `complete -c spte -l theme -x -a "light dark" -d 'svg colours'`,
    `complete -c spte -l compact -d 'svg without caption'`,
    `complete -c spte -s h -l help -d help`,
    `complete -c spte -s V -l version -d version`,
    `complete -c spte -f -n '__fish_seen_subcommand_from completion' -a "bash zsh fish"`,
    `complete -c spte -F -n '__fish_seen_subcommand_from log'`,
  ];
  return lines.join('\n') + '\n';
}

export const COMPLETIONS: Readonly<Record<string, () => string>> = { bash, zsh, fish };
