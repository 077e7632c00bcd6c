// Package cli is the resumex command line: a thin layer over the resumex,
// schema and score packages.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/resumex/resumex"
	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/parser"
	"github.com/resumex/resumex/schema"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // an input could not be parsed, or a check failed
	exitUsage = 2
)

const usage = `usage: resumex <command> [flags] [files]

commands:
  parse [--pretty] [--format F] FILE|-
                             parse a resume and print one JSON Resume document
  parse [flags] FILE|DIR|-...
                             parse many: JSON Lines on stdout, or --out DIR
                             (--files-from, --include, --exclude, --jobs,
                             --unordered, --skip-existing, --fail-fast,
                             --timeout, --shard i/n, --quiet; see parse -h)
  text FILE|-                print the intermediate document the extractor reads
  validate FILE...           check JSON Resume files against the schema (v1.0.0)
  eval [--json] TRUTH OUTPUT score OUTPUT against TRUTH (as shared/tools/score.py)
  eval [--json] [--min-f1 X] TRUTHDIR OUTDIR
                             score every truth file against its output: a table,
                             micro and mean figures; exit 1 below --min-f1
  test [--update] DIR        parse every input of DIR that has an expected
                             NAME.json beside it and show what changed;
                             --update accepts the new output
  version                    print the version
  help                       print this help
`

// Run runs the command line args and returns the exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "parse":
		return runParse(rest, stdin, stdout, stderr)
	case "text":
		return runText(rest, stdin, stdout, stderr)
	case "validate":
		return runValidate(rest, stdout, stderr)
	case "eval":
		return runEval(rest, stdout, stderr)
	case "test":
		return runTest(rest, stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, "resumex", resumex.Version)
		return exitOK
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "resumex: unknown command %q (run \"resumex help\" for usage)\n", cmd)
	return exitUsage
}

// flags returns a FlagSet for a subcommand; parseFlags parses it.
func flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("resumex "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses a subcommand's flags, which may stand before, between
// or after its other arguments ("--" ends the flags), and returns those
// arguments. When it returns ok false, code is the exit code: -h prints the
// flags on stdout and succeeds; a bad flag is a one-line usage error on
// stderr.
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (pos []string, code int, ok bool) {
	for {
		err := fs.Parse(args)
		switch {
		case errors.Is(err, flag.ErrHelp):
			fs.SetOutput(stdout)
			fs.Usage()
			return nil, exitOK, false
		case err != nil:
			fmt.Fprintf(stderr, "%s: %v\n", fs.Name(), err)
			return nil, exitUsage, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, exitOK, true
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), exitOK, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// open opens a named input, "-" being stdin.
func open(name string, stdin io.Reader) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(stdin), nil
	}
	f, err := os.Open(name)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s: %w", name, pe.Err)
		}
		return nil, err
	}
	return f, nil
}

func runText(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("text")
	explain := fs.Bool("explain", false, "show each line's spans (text, style, and | where the layout sets a span apart) and what the extractor decided of it, by which rule")
	pos, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		fmt.Fprintln(stderr, "resumex text: want one file (or - for standard input)")
		return exitUsage
	}
	in, err := open(pos[0], stdin)
	if err != nil {
		fmt.Fprintln(stderr, "resumex:", err)
		return exitFail
	}
	defer in.Close()
	p := resumex.New(parser.Options{})
	d, err := p.Document(in, pos[0])
	if err != nil {
		fmt.Fprintln(stderr, "resumex:", oneLine(err))
		return exitFail
	}
	if *explain {
		trace := p.Trace(d)
		io.WriteString(stdout, d.Explain(func(l doc.Line) []string {
			var out []string
			for _, dc := range trace[l.Pos] {
				s := dc.Role
				if dc.Rule != "" {
					s += " [" + dc.Rule + "]"
				}
				out = append(out, s)
			}
			return out
		}))
	} else {
		io.WriteString(stdout, d.String())
	}
	return exitOK
}

func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := flags("validate")
	pos, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(stderr, "resumex validate: want one or more files")
		return exitUsage
	}
	for _, name := range pos {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(stderr, "resumex:", oneLine(err))
			code = exitFail
			continue
		}
		vs, err := schema.Validate(data)
		if err != nil {
			fmt.Fprintf(stderr, "resumex: %s: %s\n", name, oneLine(err))
			code = exitFail
			continue
		}
		for _, v := range vs {
			fmt.Fprintf(stdout, "%s: %s: %s\n", name, pointer(v.Pointer), v.Message)
		}
		if len(vs) > 0 {
			code = exitFail
		} else {
			fmt.Fprintf(stdout, "%s: valid\n", name)
		}
	}
	return code
}

func pointer(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

// oneLine keeps an error message to one line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

func docFormat(s string) doc.Format { return doc.Format(s) }

// knownFormat reports whether --format names a format resumex knows; the
// parser decides whether it can read it.
func knownFormat(s string) bool {
	switch doc.Format(s) {
	case "", doc.Text, doc.Markdown, doc.HTML, doc.PDF, doc.DOCX:
		return true
	}
	return false
}
