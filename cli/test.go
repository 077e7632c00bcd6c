package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/resumex/resumex"
	"github.com/resumex/resumex/batch"
	"github.com/resumex/resumex/parser"
)

// volatileMeta are the meta fields test ignores: where the input was read
// from (which depends on the working directory) and the parser version.
var volatileMeta = []string{"source", "parser"}

// expectedFor is the expected output of an input: NAME.EXT.json beside it
// if that exists, else NAME.json. want reports whether one exists; when
// none does, name is where --add writes it (NAME.json, or NAME.EXT.json if
// another input of the directory has the same NAME).
func expectedFor(path string, shared bool) (name string, exists bool) {
	full := path + ".json"
	short := strings.TrimSuffix(path, filepath.Ext(path)) + ".json"
	for _, c := range []string{full, short} {
		if fi, err := os.Stat(c); err == nil && fi.Mode().IsRegular() {
			return c, true
		}
	}
	if shared {
		return full, false
	}
	return short, false
}

const testUsage = `usage: resumex test [flags] DIR|FILE...

Parses every input that has an expected output beside it (NAME.json, or
NAME.EXT.json which wins) and prints what changed, field by field; the
entries of a section are paired by their keys as the scorer pairs them, so
a job added at the top is "+ work[0]". meta.source and meta.parser are
ignored. Exit 1 when anything changed or failed.

examples:
  resumex test --add corpus/       # once: accept the current output
  resumex test corpus/             # in CI: exit 1 and a diff when extraction changes
  resumex test --update corpus/    # after reviewing the diff: accept it

flags:
`

func runTest(args []string, stdout, stderr io.Writer) int {
	fs := flags("test")
	fs.Usage = usageFunc(fs, testUsage)
	var bf batchFlags
	update := fs.Bool("update", false, "rewrite the expected files that differ with the new output")
	add := fs.Bool("add", false, "also write expected files for inputs that have none")
	bf.register(fs)
	pos, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	cw := &checkedWriter{w: stdout}
	stdout = cw
	if len(pos) == 0 {
		fmt.Fprintln(stderr, "resumex test: want one or more directories (or files)")
		return exitUsage
	}
	if err := bf.check(); err != nil {
		fmt.Fprintf(stderr, "resumex test: %v\n", err)
		return exitUsage
	}
	for _, p := range pos {
		if p == batch.Stdin {
			fmt.Fprintln(stderr, "resumex test: standard input has no expected output")
			return exitUsage
		}
	}

	// Inputs: the readable files, never the JSON ones (the expected
	// outputs).
	all := batch.Expand(pos, bf.filter())
	stems := map[string]int{}
	for _, in := range all {
		stems[strings.TrimSuffix(in.Path, filepath.Ext(in.Path))]++
	}
	var inputs []batch.Input
	expected := map[string]string{} // input path -> expected file
	untested := 0
	for _, in := range all {
		if in.Err != nil {
			inputs = append(inputs, in)
			continue
		}
		name, exists := expectedFor(in.Path, stems[strings.TrimSuffix(in.Path, filepath.Ext(in.Path))] > 1)
		if exists || *add {
			expected[in.Path] = name
			inputs = append(inputs, in)
		} else {
			untested++
		}
	}
	if len(inputs) == 0 {
		fmt.Fprintf(stderr, "resumex: no input has an expected output beside it (NAME.json next to NAME.txt; --add writes them)\n")
		return exitFail
	}

	p := resumex.New(parser.Options{})
	parse := func(ctx context.Context, in batch.Input) ([]byte, error) {
		if testHookParse != nil {
			testHookParse(in.Path)
		}
		f, err := open(in.Path, nil)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		data, _, err := parseInput(ctx, p, f, in.Path, parseOptions{pretty: true, acceptAny: bf.acceptAny})
		return data, err
	}
	var same, changed, failed, updated, added int
	prog := newProgress(stderr, len(inputs), bf.quiet)
	emit := func(r *batch.Result) error {
		prog.add()
		if r.Err != nil {
			prog.clear()
			fmt.Fprintln(stderr, "resumex:", oneLine(r.Err))
			failed++
			return nil
		}
		want := expected[r.Input.Path]
		old, err := os.ReadFile(want)
		if os.IsNotExist(err) {
			// --add: a new expected file.
			if err := batch.WriteFileAtomic(want, r.Data, 0o644); err != nil {
				prog.clear()
				fmt.Fprintln(stderr, "resumex:", oneLine(err))
				failed++
				return nil
			}
			prog.clear()
			fmt.Fprintf(stdout, "added %s\n", want)
			added++
			return nil
		}
		changes, err := compareExpected(old, r.Data)
		if err != nil {
			err = fmt.Errorf("%s: %w", want, err)
		}
		if err == nil && len(changes) == 0 {
			same++
			return nil
		}
		prog.clear()
		changed++
		fmt.Fprintf(stdout, "--- %s (expected %s)\n", r.Input.Path, want)
		if err != nil {
			fmt.Fprintf(stdout, "  %s\n", oneLine(err))
		}
		for _, c := range changes {
			fmt.Fprintf(stdout, "  %s\n", c)
		}
		if *update {
			if err := batch.WriteFileAtomic(want, r.Data, 0o644); err != nil {
				fmt.Fprintln(stderr, "resumex:", oneLine(err))
				failed++
				return nil
			}
			fmt.Fprintf(stdout, "updated %s\n", want)
			updated++
		}
		return nil
	}
	cfg := batch.Config{ParseContext: parse, Emit: emit, Jobs: bf.jobs, Timeout: bf.timeout}
	code = runBatch(inputs, cfg, prog, true, stderr)

	var b strings.Builder
	fmt.Fprintf(&b, "%d tested: %d unchanged, %d changed, %d failed", same+changed+failed, same, changed, failed)
	if updated > 0 {
		fmt.Fprintf(&b, ", %d updated", updated)
	}
	if added > 0 {
		fmt.Fprintf(&b, "; %d added", added)
	}
	if untested > 0 {
		fmt.Fprintf(&b, "; %d without expected output", untested)
	}
	fmt.Fprintln(stdout, b.String())
	switch {
	case code != exitOK:
	case failed > 0, changed > updated:
		code = exitFail
	}
	return cw.done(code, stderr)
}

// compareExpected lists the changes from the expected document to the new
// output, ignoring the volatile meta fields.
func compareExpected(old, new []byte) ([]change, error) {
	ov, err := decodeLoose(old)
	if err != nil {
		return nil, err
	}
	nv, err := decodeLoose(new)
	if err != nil {
		return nil, err
	}
	for _, v := range []any{ov, nv} {
		if m, ok := v.(map[string]any); ok {
			if meta, ok := m["meta"].(map[string]any); ok {
				for _, k := range volatileMeta {
					delete(meta, k)
				}
			}
		}
	}
	return diffJSON(ov, nv), nil
}
