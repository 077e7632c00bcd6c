package cli

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
)

const completionUsage = `usage: resumex completion bash|zsh|fish

Prints a completion script for the shell: commands, each command's flags,
file names after them.

examples:
  source <(resumex completion bash)                 # bash, this session
  resumex completion bash > /etc/bash_completion.d/resumex
  resumex completion zsh > "${fpath[1]}/_resumex"   # zsh
  resumex completion fish > ~/.config/fish/completions/resumex.fish
`

// flagLine matches a flag in a command's -h output ("  -out DIR").
var flagLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?m)^  -([A-Za-z0-9][\w-]*)`) })

// commandFlags lists the flags of a command, read from its own -h output so
// that completion never drifts from the flags the command defines.
func commandFlags(cmd string) []string {
	var out bytes.Buffer
	Run([]string{cmd, "-h"}, nil, &out, io.Discard)
	var names []string
	for _, m := range flagLine().FindAllStringSubmatch(out.String(), -1) {
		names = append(names, m[1])
	}
	return names
}

// dashed is a flag as one types it: -o for one letter, --out else.
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

func runCompletion(args []string, stdout, stderr io.Writer) int {
	if len(args) == 1 && (args[0] == "-h" || args[0] == "--help") {
		return writeOut(stdout, stderr, completionUsage)
	}
	if len(args) != 1 {
		fmt.Fprintln(stderr, "resumex completion: want one shell: bash, zsh or fish")
		return exitUsage
	}
	var withFlags []string // commands that take flags
	for _, c := range commands {
		if c != "version" && c != "help" && c != "completion" {
			withFlags = append(withFlags, c)
		}
	}
	var b strings.Builder
	switch args[0] {
	case "bash":
		fmt.Fprintf(&b, "# bash completion for resumex\n_resumex() {\n")
		fmt.Fprintf(&b, "  local cur=${COMP_WORDS[COMP_CWORD]} flags=\n")
		fmt.Fprintf(&b, "  if [ \"$COMP_CWORD\" -eq 1 ]; then\n    COMPREPLY=($(compgen -W %q -- \"$cur\"))\n    return\n  fi\n", strings.Join(commands, " "))
		fmt.Fprintf(&b, "  case ${COMP_WORDS[1]} in\n")
		for _, c := range withFlags {
			var fl []string
			for _, f := range commandFlags(c) {
				fl = append(fl, dashed(f))
			}
			fmt.Fprintf(&b, "    %s) flags=%q ;;\n", c, strings.Join(fl, " "))
		}
		fmt.Fprintf(&b, "    completion) COMPREPLY=($(compgen -W \"bash zsh fish\" -- \"$cur\")); return ;;\n")
		fmt.Fprintf(&b, "    help) COMPREPLY=($(compgen -W %q -- \"$cur\")); return ;;\n", strings.Join(commands, " "))
		fmt.Fprintf(&b, "  esac\n")
		fmt.Fprintf(&b, "  if [[ $cur == -* ]]; then\n    COMPREPLY=($(compgen -W \"$flags\" -- \"$cur\"))\n  else\n    COMPREPLY=($(compgen -f -- \"$cur\"))\n  fi\n}\n")
		fmt.Fprintf(&b, "complete -o filenames -F _resumex resumex\n")
	case "zsh":
		fmt.Fprintf(&b, "#compdef resumex\n# zsh completion for resumex\n_resumex() {\n")
		fmt.Fprintf(&b, "  if (( CURRENT == 2 )); then\n    compadd -- %s\n    return\n  fi\n", strings.Join(commands, " "))
		fmt.Fprintf(&b, "  local -a flags\n  case $words[2] in\n")
		for _, c := range withFlags {
			var fl []string
			for _, f := range commandFlags(c) {
				fl = append(fl, dashed(f))
			}
			fmt.Fprintf(&b, "    %s) flags=(%s) ;;\n", c, strings.Join(fl, " "))
		}
		fmt.Fprintf(&b, "    completion) compadd -- bash zsh fish; return ;;\n")
		fmt.Fprintf(&b, "    help) compadd -- %s; return ;;\n", strings.Join(commands, " "))
		fmt.Fprintf(&b, "  esac\n")
		fmt.Fprintf(&b, "  if [[ $PREFIX == -* ]]; then\n    compadd -- $flags\n  else\n    _files\n  fi\n}\n")
		fmt.Fprintf(&b, "compdef _resumex resumex\n")
	case "fish":
		fmt.Fprintf(&b, "# fish completion for resumex\n")
		fmt.Fprintf(&b, "complete -c resumex -f -n __fish_use_subcommand -a %q\n", strings.Join(commands, " "))
		for _, c := range withFlags {
			for _, f := range commandFlags(c) {
				opt := "-l"
				if len(f) == 1 {
					opt = "-s"
				}
				fmt.Fprintf(&b, "complete -c resumex -n '__fish_seen_subcommand_from %s' %s %s\n", c, opt, f)
			}
		}
		fmt.Fprintf(&b, "complete -c resumex -f -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'\n")
		fmt.Fprintf(&b, "complete -c resumex -f -n '__fish_seen_subcommand_from help' -a %q\n", strings.Join(commands, " "))
	default:
		fmt.Fprintf(stderr, "resumex completion: unknown shell %q (want bash, zsh or fish)\n", args[0])
		return exitUsage
	}
	return writeOut(stdout, stderr, b.String())
}
