package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/resumex/resumex"
	"github.com/resumex/resumex/batch"
	"github.com/resumex/resumex/parser"
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

// batchFlags are the flags parse and test share.
type batchFlags struct {
	include, exclude listFlag
	jobs             int
	timeout          time.Duration
	quiet            bool
}

func (b *batchFlags) register(fs *flag.FlagSet) {
	fs.Var(&b.include, "include", "in directories, take only files matching this `glob` (repeatable; base name, or relative path if it has a /)")
	fs.Var(&b.exclude, "exclude", "in directories, leave out files and directories matching this `glob` (repeatable)")
	fs.IntVar(&b.jobs, "jobs", runtime.GOMAXPROCS(0), "parse `N` files at once")
	fs.DurationVar(&b.timeout, "timeout", 0, "give up on a file after this long (e.g. 10s; 0: no limit)")
	fs.BoolVar(&b.quiet, "quiet", false, "no progress bar and no summary")
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

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("parse")
	var bf batchFlags
	pretty := fs.Bool("pretty", false, "indent the JSON (one file, or with --out)")
	format := fs.String("format", "", "force the input format (text, markdown)")
	outDir := fs.String("out", "", "write `DIR`/<relative path>.json for each input instead of JSON Lines on stdout")
	filesFrom := fs.String("files-from", "", "read more input paths from `FILE`, one a line (- for standard input)")
	unordered := fs.Bool("unordered", false, "print results as they complete, not in input order")
	skipExisting := fs.Bool("skip-existing", false, "with --out, skip inputs whose output file exists (resume a batch)")
	failFast := fs.Bool("fail-fast", false, "stop at the first file that fails")
	shardFlag := fs.String("shard", "", "parse only shard `i/n` of the inputs (0 <= i < n), chosen by a hash of each relative path")
	explain := fs.Bool("explain", false, "record where each value came from in meta[\"x-provenance\"]: JSON pointer -> page, line and character range")
	bf.register(fs)
	pos, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "resumex parse: "+format+"\n", a...)
		return exitUsage
	}
	if len(pos) == 0 && *filesFrom == "" {
		return usageErr("want one file, several, or a directory (- for standard input)")
	}
	if !knownFormat(*format) {
		return usageErr("unknown format %q (want text or markdown)", *format)
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
	if *skipExisting && *outDir == "" {
		return usageErr("--skip-existing needs --out")
	}

	p := resumex.New(parser.Options{Format: docFormat(*format)})
	parse := func(in batch.Input) ([]byte, error) {
		if testHookParse != nil {
			testHookParse(in.Path)
		}
		r, err := open(in.Path, stdin)
		if err != nil {
			return nil, err
		}
		defer r.Close()
		parseOne := p.Parse
		if *explain {
			parseOne = p.ParseExplained
		}
		res, _, err := parseOne(r, in.Path)
		if err != nil {
			return nil, err
		}
		return res.Marshal(*pretty)
	}

	single := len(pos) == 1 && *outDir == "" && *filesFrom == "" && *shardFlag == ""
	if single && pos[0] != batch.Stdin {
		if fi, err := os.Stat(pos[0]); err == nil && fi.IsDir() {
			single = false
		}
	}
	if single {
		// One file: one document, exactly as before batches existed.
		in := batch.Input{Path: pos[0], Rel: pos[0]}
		sum, _ := batch.Run(context.Background(), []batch.Input{in}, batch.Config{
			Parse:   parse,
			Timeout: bf.timeout,
			Emit: func(r *batch.Result) error {
				if r.Err != nil {
					fmt.Fprintln(stderr, "resumex:", oneLine(r.Err))
					return nil
				}
				_, err := stdout.Write(r.Data)
				return err
			},
		})
		if sum.Failed > 0 {
			return exitFail
		}
		return exitOK
	}

	if *pretty && *outDir == "" {
		return usageErr("--pretty needs --out or a single file: JSON Lines are one compact document a line")
	}
	paths := pos
	if *filesFrom != "" {
		list, err := readList(*filesFrom, stdin)
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

	filter := batch.Filter{Include: bf.include, Exclude: bf.exclude}
	if *outDir != "" {
		filter.SkipDirs = []string{*outDir}
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
		Parse:     parse,
		Jobs:      bf.jobs,
		Unordered: *unordered,
		FailFast:  *failFast,
		Timeout:   bf.timeout,
	}
	if *outDir != "" {
		if err := batch.Collision(inputs); err != nil {
			return usageErr("%v", err)
		}
		od, err := batch.OpenOutDir(*outDir)
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
		if r.Err != nil {
			prog.clear()
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
	if !quiet {
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

// readList reads --files-from.
func readList(name string, stdin io.Reader) ([]string, error) {
	r, err := open(name, stdin)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	list, err := batch.ReadList(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return list, nil
}
