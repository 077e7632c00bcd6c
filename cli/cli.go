// Package cli is the resumex command line: a thin layer over the resumex,
// schema and score packages.
package cli

import (
	"encoding/json"
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
	"github.com/resumex/resumex/score"
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
  text FILE|-                print the intermediate document the extractor reads
  validate FILE...           check JSON Resume files against the schema (v1.0.0)
  eval [--json] TRUTH OUTPUT score OUTPUT against TRUTH (as shared/tools/score.py)
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

// parseFlags parses a subcommand's flags and reports whether to go on. When
// not, code is the exit code: -h prints the flags on stdout and succeeds; a
// bad flag is a one-line usage error on stderr.
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (code int, ok bool) {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return exitOK, true
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		return exitOK, false
	}
	fmt.Fprintf(stderr, "%s: %v\n", fs.Name(), err)
	return exitUsage, false
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

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("parse")
	pretty := fs.Bool("pretty", false, "indent the JSON")
	format := fs.String("format", "", "force the input format (text, markdown)")
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "resumex parse: want one file (or - for standard input)")
		return exitUsage
	}
	if !knownFormat(*format) {
		fmt.Fprintf(stderr, "resumex parse: unknown format %q (want text or markdown)\n", *format)
		return exitUsage
	}
	name := fs.Arg(0)
	in, err := open(name, stdin)
	if err != nil {
		fmt.Fprintln(stderr, "resumex:", err)
		return exitFail
	}
	defer in.Close()
	p := resumex.New(parser.Options{Format: docFormat(*format)})
	res, _, err := p.Parse(in, name)
	if err != nil {
		fmt.Fprintln(stderr, "resumex:", oneLine(err))
		return exitFail
	}
	out, err := res.Marshal(*pretty)
	if err != nil {
		fmt.Fprintf(stderr, "resumex: %s: %v\n", name, err)
		return exitFail
	}
	stdout.Write(out)
	return exitOK
}

func runText(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("text")
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "resumex text: want one file (or - for standard input)")
		return exitUsage
	}
	in, err := open(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintln(stderr, "resumex:", err)
		return exitFail
	}
	defer in.Close()
	d, err := resumex.New(parser.Options{}).Document(in, fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "resumex:", oneLine(err))
		return exitFail
	}
	io.WriteString(stdout, d.String())
	return exitOK
}

func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := flags("validate")
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "resumex validate: want one or more files")
		return exitUsage
	}
	code := exitOK
	for _, name := range fs.Args() {
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

func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flags("eval")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() != 2 {
		fmt.Fprintln(stderr, "resumex eval: want TRUTH and OUTPUT")
		return exitUsage
	}
	res, err := score.ScoreFiles(fs.Arg(0), fs.Arg(1))
	if err != nil {
		fmt.Fprintln(stderr, "resumex:", oneLine(err))
		return exitFail
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err = enc.Encode(res)
	} else {
		err = res.WriteText(stdout)
	}
	if err != nil {
		fmt.Fprintln(stderr, "resumex:", err)
		return exitFail
	}
	return exitOK
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
