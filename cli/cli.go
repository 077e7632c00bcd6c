// Package cli is the resumex command line: a thin layer over the resumex,
// schema and score packages.
package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/term"

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
  parse [flags] FILE|DIR|-...  parse resumes into JSON Resume documents: one
                               document for one file, JSON Lines (or --out DIR)
                               for many
  text [--explain] FILE|-      print the intermediate document the extractor reads
  validate FILE|-...           check JSON Resume documents (or JSON Lines) against
                               the schema (v1.0.0)
  eval [flags] TRUTH OUTPUT    score an output against a truth file, or every
                               truth of a directory against its output
  test [flags] DIR             parse every input that has an expected NAME.json
                               beside it and show what changed
  completion bash|zsh|fish     print a shell completion script
  version                      print the version
  help [COMMAND]               print this help, or a command's

Run "resumex help COMMAND" or "resumex COMMAND -h" for a command's flags
and examples.
`

// commands are the commands of Run, in the order help lists them.
var commands = []string{"parse", "text", "validate", "eval", "test", "completion", "version", "help"}

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
		return runValidate(rest, stdin, stdout, stderr)
	case "eval":
		return runEval(rest, stdout, stderr)
	case "test":
		return runTest(rest, stdout, stderr)
	case "completion":
		return runCompletion(rest, stdout, stderr)
	case "version", "--version":
		return writeOut(stdout, stderr, "resumex "+resumex.Version+"\n")
	case "help", "-h", "--help":
		if len(rest) == 1 && rest[0] != "help" && slices.Contains(commands, rest[0]) {
			if rest[0] == "version" {
				return writeOut(stdout, stderr, "usage: resumex version\n\nPrints the version: the release's, or devel and the commit.\n")
			}
			return Run([]string{rest[0], "-h"}, stdin, stdout, stderr)
		}
		if len(rest) > 0 {
			fmt.Fprintf(stderr, "resumex help: unknown command %q\n", rest[0])
			return exitUsage
		}
		return writeOut(stdout, stderr, usage)
	}
	fmt.Fprintf(stderr, "resumex: unknown command %q (run \"resumex help\" for usage)\n", cmd)
	return exitUsage
}

// writeOut writes s to stdout; a write error is one line on stderr and
// exit 1.
func writeOut(stdout, stderr io.Writer, s string) int {
	if _, err := io.WriteString(stdout, s); err != nil {
		fmt.Fprintln(stderr, "resumex: writing output:", oneLine(err))
		return exitFail
	}
	return exitOK
}

// checkedWriter remembers the first write error, so that a command can
// print as it goes and fail once at the end.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.err = err
	return n, err
}

// done is the exit code after a command that printed through c: code,
// or 1 with one line on stderr when a write failed.
func (c *checkedWriter) done(code int, stderr io.Writer) int {
	if c.err != nil {
		fmt.Fprintln(stderr, "resumex: writing output:", oneLine(c.err))
		return exitFail
	}
	return code
}

// usageFunc prints a command's usage text, then its flags.
func usageFunc(fs *flag.FlagSet, text string) func() {
	return func() {
		io.WriteString(fs.Output(), text)
		fs.PrintDefaults()
	}
}

// isTerminalReader reports whether r is a terminal (or nothing at all):
// then a command does not wait on it for input.
func isTerminalReader(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return r == nil
	}
	return term.IsTerminal(int(f.Fd()))
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

const textUsage = `usage: resumex text [--explain] FILE|-

Prints the intermediate document the extractor reads: one line per line of
the input with its position and layout hints (h1, bold, size=, list=,
cells=, blank-before). With --explain, each line's spans and what the
extractor decided of it, by which rule: where to look when a field comes
out wrong.

examples:
  resumex text cv.pdf
  resumex text --explain cv.docx | less

flags:
`

func runText(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("text")
	fs.Usage = usageFunc(fs, textUsage)
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
		trace, err := p.Trace(d)
		if err != nil {
			fmt.Fprintln(stderr, "resumex:", oneLine(err))
			return exitFail
		}
		return writeOut(stdout, stderr, d.Explain(func(l doc.Line) []string {
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
	}
	return writeOut(stdout, stderr, d.String())
}

const validateUsage = `usage: resumex validate FILE|-...

Checks JSON Resume documents against the schema (v1.0.0): each violation is
one line with its JSON pointer, a valid file one "valid" line. A file of
JSON Lines (what parse prints for many inputs) is checked line by line,
each message naming its line. - reads standard input. Exit 1 when anything
is invalid.

examples:
  resumex validate out.json
  resumex parse cvs/ | resumex validate -
  resumex validate parsed/*.json

flags:
`

func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("validate")
	fs.Usage = usageFunc(fs, validateUsage)
	pos, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(stderr, "resumex validate: want one or more files (- for standard input)")
		return exitUsage
	}
	if n := slices.Index(pos, "-"); n >= 0 && slices.Index(pos[n+1:], "-") >= 0 {
		fmt.Fprintln(stderr, "resumex validate: standard input (-) can be read only once")
		return exitUsage
	}
	v, err := schema.NewValidator()
	if err != nil {
		fmt.Fprintln(stderr, "resumex:", oneLine(err))
		return exitFail
	}
	out := &checkedWriter{w: stdout}
	for _, name := range pos {
		in, err := open(name, stdin)
		if err != nil {
			fmt.Fprintln(stderr, "resumex:", oneLine(err))
			code = exitFail
			continue
		}
		data, err := io.ReadAll(in)
		in.Close()
		if name == "-" {
			name = "stdin"
		}
		if err != nil {
			fmt.Fprintf(stderr, "resumex: %s: %s\n", name, oneLine(err))
			code = exitFail
			continue
		}
		if c := validateData(v, name, data, out, stderr); c != exitOK {
			code = c
		}
		if out.err != nil {
			break
		}
	}
	return out.done(code, stderr)
}

// validateData validates one file: one document, or JSON Lines.
func validateData(v *schema.Validator, name string, data []byte, stdout, stderr io.Writer) int {
	if !isJSONLines(data) {
		vs, err := v.Validate(data)
		if err != nil {
			fmt.Fprintf(stderr, "resumex: %s: %s\n", name, oneLine(err))
			return exitFail
		}
		for _, x := range vs {
			fmt.Fprintf(stdout, "%s: %s: %s\n", name, pointer(x.Pointer), x.Message)
		}
		if len(vs) > 0 {
			return exitFail
		}
		fmt.Fprintf(stdout, "%s: valid\n", name)
		return exitOK
	}
	code, docs, bad := exitOK, 0, 0
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		docs++
		vs, err := v.Validate(line)
		if err != nil {
			fmt.Fprintf(stderr, "resumex: %s:%d: %s\n", name, n, oneLine(err))
			code, bad = exitFail, bad+1
			continue
		}
		for _, x := range vs {
			fmt.Fprintf(stdout, "%s:%d: %s: %s\n", name, n, pointer(x.Pointer), x.Message)
		}
		if len(vs) > 0 {
			code, bad = exitFail, bad+1
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(stderr, "resumex: %s: %s\n", name, oneLine(err))
		return exitFail
	}
	if bad == 0 {
		fmt.Fprintf(stdout, "%s: valid (%d documents)\n", name, docs)
	} else {
		fmt.Fprintf(stdout, "%s: %d of %d documents invalid\n", name, bad, docs)
	}
	return code
}

// isJSONLines reports whether data holds more than one JSON value, one a
// line, as parse prints a batch.
func isJSONLines(data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	var v json.RawMessage
	if err := dec.Decode(&v); err != nil {
		return false
	}
	if _, err := dec.Token(); err == io.EOF {
		return false
	}
	first, _, _ := bytes.Cut(bytes.TrimSpace(data), []byte("\n"))
	return json.Valid(first)
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

// formats are the formats --format accepts.
var formats = []doc.Format{doc.Text, doc.Markdown, doc.HTML, doc.PDF, doc.DOCX}

func formatNames() []string {
	var out []string
	for _, f := range formats {
		out = append(out, string(f))
	}
	return out
}

// knownFormat reports whether --format names a format resumex reads.
func knownFormat(s string) bool {
	return s == "" || slices.Contains(formats, doc.Format(s))
}
