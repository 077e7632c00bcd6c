package cli

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/resumex/resumex"
	"github.com/resumex/resumex/batch"
	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/extract"
	"github.com/resumex/resumex/parser"
	"github.com/resumex/resumex/schema"
)

// exitInterrupted is the exit code of a batch stopped by SIGINT or SIGTERM.
const exitInterrupted = 130

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// testHookParse, when set (only by the tests), runs before each parse with
// the input's path: it is how the scripts make a parse slow or stuck.
var testHookParse func(path string)

// readableExts are the extensions of the formats resumex reads: what a
// directory walk takes unless --include says otherwise. LaTeX source is
// text that reads as what it typesets (parser/tex.go); AsciiDoc and Org
// mode are text with marks of their own (parser/lightmarkup.go).
var readableExts = []string{".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".tex", ".adoc", ".org", ".rst"}

// defaultIncludes are readableExts as globs that match either case
// ("*.[pP][dD][fF]").
func defaultIncludes() []string {
	var out []string
	for _, ext := range readableExts {
		var b strings.Builder
		b.WriteString("*.")
		for _, r := range ext[1:] {
			fmt.Fprintf(&b, "[%c%c]", r, r-'a'+'A')
		}
		out = append(out, b.String())
	}
	return out
}

// batchFlags are the flags parse and test share.
type batchFlags struct {
	include, exclude listFlag
	jobs             int
	timeout          time.Duration
	quiet            bool
	acceptAny        bool
}

func (b *batchFlags) register(fs *flag.FlagSet) {
	fs.Var(&b.include, "include", "in directories, take only files matching this `glob` (repeatable; base name, or relative path if it has a /; ** spans directories); default: "+strings.Join(readableExts, " "))
	fs.Var(&b.exclude, "exclude", "in directories, leave out files and directories matching this `glob` (repeatable; .json files are always left out)")
	fs.IntVar(&b.jobs, "jobs", runtime.GOMAXPROCS(0), "parse `N` files at once")
	fs.IntVar(&b.jobs, "j", runtime.GOMAXPROCS(0), "short for --jobs")
	fs.DurationVar(&b.timeout, "timeout", 0, "give up on a file after this long (e.g. 10s; 0: no limit)")
	fs.BoolVar(&b.quiet, "quiet", false, "no progress bar and no summary")
	fs.BoolVar(&b.quiet, "q", false, "short for --quiet")
	fs.BoolVar(&b.acceptAny, "accept-any", false, "parse files that do not look like a resume (no contact details, dates or resume headings) instead of failing them")
}

// filter is the walk filter of the flags: the readable formats unless
// --include is given, never a .json file (expected outputs, truths,
// earlier results).
func (b *batchFlags) filter() batch.Filter {
	inc := []string(b.include)
	if len(inc) == 0 {
		inc = defaultIncludes()
	}
	return batch.Filter{Include: inc, Exclude: append([]string{"*.[jJ][sS][oO][nN]"}, b.exclude...)}
}

// warningLines renders the extractor's warnings of a file as compilers do,
// "resumex: FILE:LINE: warning: MESSAGE", one a line.
func warningLines(name string, ws []extract.Warning) string {
	var b strings.Builder
	for _, w := range ws {
		fmt.Fprintf(&b, "resumex: %s:%d: warning: %s", name, w.Pos.Line, w.Msg)
		if w.Pos.Page > 0 {
			fmt.Fprintf(&b, " (page %d)", w.Pos.Page)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// metaWarnings are the warnings as meta["x-warnings"] holds them.
func metaWarnings(ws []extract.Warning) []map[string]any {
	out := make([]map[string]any, 0, len(ws))
	for _, w := range ws {
		m := map[string]any{"line": w.Pos.Line, "message": w.Msg}
		if w.Pos.Page > 0 {
			m["page"] = w.Pos.Page
		}
		out = append(out, m)
	}
	return out
}

// parseOptions say how one input becomes its JSON document.
type parseOptions struct {
	pretty, explain, metaWarnings, acceptAny bool
}

// parseInput parses one input into its JSON document: the document, the
// extraction behind the extractor's guard, the resume check unless
// acceptAny, then the meta the options ask for. It also returns the
// extractor's warnings.
func parseInput(ctx context.Context, p *resumex.Parser, r io.Reader, name string, o parseOptions) ([]byte, []extract.Warning, error) {
	d, err := p.DocumentContext(ctx, r, name)
	if err != nil {
		return nil, nil, err
	}
	res, warnings, err := p.ExtractDocumentContext(ctx, d)
	if err != nil {
		return nil, nil, err
	}
	if !o.acceptAny {
		if err := p.Assess(d, res).Err(); err != nil {
			return nil, warnings, fmt.Errorf("%s: %w", name, err)
		}
	}
	if o.explain {
		res.Meta.X["x-provenance"] = provenance(d, res)
	}
	if o.metaWarnings && len(warnings) > 0 {
		res.Meta.X["x-warnings"] = metaWarnings(warnings)
	}
	data, err := res.Marshal(o.pretty)
	return data, warnings, err
}

// provenance is meta["x-provenance"]: each value's JSON pointer mapped to
// where it was found.
func provenance(d *doc.Document, res *schema.Resume) map[string]any {
	prov := map[string]any{}
	for _, o := range resumex.Explain(d, res) {
		prov[o.Pointer] = o.String()
	}
	return prov
}

// check reports a usage error in the shared flags.
func (b *batchFlags) check() error {
	if b.jobs < 1 {
		return fmt.Errorf("--jobs must be at least 1")
	}
	if b.timeout < 0 {
		return fmt.Errorf("--timeout must not be negative")
	}
	return batch.Filter{Include: b.include, Exclude: b.exclude}.Check()
}

const parseUsage = `usage: resumex parse [flags] FILE|DIR|- ...

Parses resumes into JSON Resume documents. One file prints one document;
several files, a directory, --files-from or --out make a batch: JSON Lines
on stdout (one compact document a line), or one file per input under
--out. With no file and standard input not a terminal, reads standard
input. Directories are walked for the formats resumex reads (%s);
.json files are never taken. A file that does not look like a resume fails
with "not a resume (...)" unless --accept-any.

examples:
  resumex parse cv.pdf | jq .basics
  resumex parse --pretty - < cv.md
  resumex parse cvs/ > cvs.jsonl
  resumex parse -o parsed/ -j 4 --include '**/*.pdf' cvs/
  find cvs -name '*.docx' -print0 | resumex parse -0 --files-from - -q
  resumex parse -v cv.txt                  # the extractor's warnings on stderr

flags:
`

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("parse")
	fs.Usage = usageFunc(fs, fmt.Sprintf(parseUsage, strings.Join(readableExts, " ")))
	var bf batchFlags
	pretty := fs.Bool("pretty", false, "indent the JSON (one file, or with --out)")
	format := fs.String("format", "", "force the input `format`, one of: "+strings.Join(formatNames(), ", ")+" (default: detected from the content)")
	var outDir string
	fs.StringVar(&outDir, "out", "", "write `DIR`/<relative path>.json for each input instead of JSON Lines on stdout")
	fs.StringVar(&outDir, "o", "", "short for --out")
	filesFrom := fs.String("files-from", "", "read more input paths from `FILE`, one a line (- for standard input)")
	nul := fs.Bool("0", false, "--files-from names are separated by NUL bytes, as find -print0 writes them")
	unordered := fs.Bool("unordered", false, "print results as they complete, not in input order")
	skipExisting := fs.Bool("skip-existing", false, "with --out, skip inputs whose output file exists (resume a batch)")
	failFast := fs.Bool("fail-fast", false, "stop at the first file that fails")
	shardFlag := fs.String("shard", "", "parse only shard `i/n` of the inputs (0 <= i < n), chosen by a hash of each relative path")
	explain := fs.Bool("explain", false, "record where each value came from in meta[\"x-provenance\"]: JSON pointer -> page, line and character range")
	var showWarnings bool
	fs.BoolVar(&showWarnings, "warnings", false, "print the extractor's warnings on stderr as FILE:LINE: warning: ...")
	fs.BoolVar(&showWarnings, "v", false, "short for --warnings")
	metaWarn := fs.Bool("meta-warnings", false, "record the extractor's warnings in meta[\"x-warnings\"] ({line, page, message})")
	bf.register(fs)
	pos, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "resumex parse: "+format+"\n", a...)
		return exitUsage
	}
	if *nul && *filesFrom == "" {
		return usageErr("-0 goes with --files-from")
	}
	if len(pos) == 0 && *filesFrom == "" {
		if isTerminalReader(stdin) {
			return usageErr("want one file, several, or a directory (- for standard input)")
		}
		pos = []string{batch.Stdin}
	}
	if !knownFormat(*format) {
		return usageErr("unknown format %q (want one of: %s)", *format, strings.Join(formatNames(), ", "))
	}
	if err := bf.check(); err != nil {
		return usageErr("%v", err)
	}
	var shard batch.Shard
	if *shardFlag != "" {
		var err error
		if shard, err = batch.ParseShard(*shardFlag); err != nil {
			return usageErr("%v", err)
		}
	}
	if *skipExisting && outDir == "" {
		return usageErr("--skip-existing needs --out")
	}

	p := resumex.New(parser.Options{Format: docFormat(*format)})
	opt := parseOptions{pretty: *pretty, explain: *explain, metaWarnings: *metaWarn, acceptAny: bf.acceptAny}
	// the warnings of each input, printed when its result is emitted
	var mu sync.Mutex
	pending := map[string]string{}
	parse := func(ctx context.Context, in batch.Input) ([]byte, error) {
		if testHookParse != nil {
			testHookParse(in.Path)
		}
		r, err := open(in.Path, stdin)
		if err != nil {
			return nil, err
		}
		defer r.Close()
		data, warnings, err := parseInput(ctx, p, r, in.Path, opt)
		if showWarnings && len(warnings) > 0 {
			mu.Lock()
			pending[in.Path] = warningLines(in.Path, warnings)
			mu.Unlock()
		}
		return data, err
	}
	flushWarnings := func(path string) {
		mu.Lock()
		w := pending[path]
		delete(pending, path)
		mu.Unlock()
		io.WriteString(stderr, w)
	}

	single := len(pos) == 1 && outDir == "" && *filesFrom == "" && *shardFlag == ""
	if single && pos[0] != batch.Stdin {
		if fi, err := os.Stat(pos[0]); err == nil && fi.IsDir() {
			single = false
		}
	}
	if single {
		// One file: one document, exactly as before batches existed.
		in := batch.Input{Path: pos[0], Rel: pos[0]}
		sum, err := batch.Run(context.Background(), []batch.Input{in}, batch.Config{
			ParseContext: parse,
			Timeout:      bf.timeout,
			Emit: func(r *batch.Result) error {
				flushWarnings(r.Input.Path)
				if r.Err != nil {
					fmt.Fprintln(stderr, "resumex:", oneLine(r.Err))
					return nil
				}
				_, err := stdout.Write(r.Data)
				return err
			},
		})
		if err != nil {
			fmt.Fprintln(stderr, "resumex: writing output:", oneLine(err))
			return exitFail
		}
		if sum.Failed > 0 {
			return exitFail
		}
		return exitOK
	}

	if *pretty && outDir == "" {
		return usageErr("--pretty needs --out or a single file: JSON Lines are one compact document a line")
	}
	paths := pos
	if *filesFrom != "" {
		list, err := readList(*filesFrom, stdin, *nul)
		if err != nil {
			fmt.Fprintln(stderr, "resumex:", oneLine(err))
			return exitFail
		}
		paths = append(paths, list...)
	}
	stdins := 0
	for _, p := range paths {
		if p == batch.Stdin {
			stdins++
		}
	}
	if *filesFrom == batch.Stdin {
		stdins++
	}
	if stdins > 1 {
		return usageErr("standard input (-) can be read only once")
	}

	filter := bf.filter()
	if outDir != "" {
		filter.SkipDirs = []string{outDir}
	}
	inputs := batch.Expand(paths, filter)
	if len(inputs) == 0 {
		where := ""
		if len(paths) == 1 {
			where = paths[0] + ": "
		}
		fmt.Fprintf(stderr, "resumex: %sno input files\n", where)
		return exitFail
	}
	inputs = shard.Select(inputs)

	cfg := batch.Config{
		ParseContext: parse,
		Jobs:         bf.jobs,
		Unordered:    *unordered,
		FailFast:     *failFast,
		Timeout:      bf.timeout,
	}
	if outDir != "" {
		if err := batch.Collision(inputs); err != nil {
			return usageErr("%v", err)
		}
		// made once, up front: an --out that cannot be made is one error,
		// not one a file
		if err := os.MkdirAll(outDir, 0o777); err != nil {
			fmt.Fprintf(stderr, "resumex: --out %s: %s\n", outDir, oneLine(err))
			return exitFail
		}
		od, err := batch.OpenOutDir(outDir)
		if err != nil {
			fmt.Fprintln(stderr, "resumex:", oneLine(err))
			return exitFail
		}
		cfg.Write = od.Write
		if *skipExisting {
			cfg.Skip = od.Exists
		}
	}
	prog := newProgress(stderr, len(inputs), bf.quiet)
	cfg.Emit = func(r *batch.Result) error {
		prog.add()
		mu.Lock()
		hasWarnings := pending[r.Input.Path] != ""
		mu.Unlock()
		if r.Err != nil || hasWarnings {
			prog.clear()
		}
		flushWarnings(r.Input.Path)
		if r.Err != nil {
			fmt.Fprintln(stderr, "resumex:", oneLine(r.Err))
			return nil
		}
		if r.Data != nil {
			_, err := stdout.Write(r.Data)
			return err
		}
		return nil
	}
	return runBatch(inputs, cfg, prog, bf.quiet, stderr)
}

// runBatch runs a batch with signal handling: the first SIGINT or SIGTERM
// stops dispatching, lets the files in progress finish and be written,
// prints the summary and exits 130; a second one kills at once. It prints
// the summary and returns the exit code.
func runBatch(inputs []batch.Input, cfg batch.Config, prog *progress, quiet bool, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // the next signal has its default effect
	}()
	sum, err := batch.Run(ctx, inputs, cfg)
	prog.finish()
	if err != nil {
		fmt.Fprintln(stderr, "resumex: writing output:", oneLine(err))
	}
	if !quiet && err == nil {
		what := ""
		if sum.Interrupted {
			what = "interrupted: "
		}
		fmt.Fprintf(stderr, "resumex: %s%s\n", what, sum)
	}
	switch {
	case sum.Interrupted:
		return exitInterrupted
	case err != nil, sum.Failed > 0:
		return exitFail
	}
	return exitOK
}

// readList reads --files-from: one path a line, or NUL-separated with
// nul (find -print0).
func readList(name string, stdin io.Reader, nul bool) ([]string, error) {
	r, err := open(name, stdin)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	if nul {
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		var list []string
		for _, p := range bytes.Split(data, []byte{0}) {
			if len(p) > 0 {
				list = append(list, string(p))
			}
		}
		return list, nil
	}
	list, err := batch.ReadList(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return list, nil
}
