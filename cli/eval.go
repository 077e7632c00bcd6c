package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/resumex/resumex/score"
)

// floorFlag is --min-f1: unset (NaN) until given, and shown without a
// default.
type floorFlag struct{ v float64 }

func (f *floorFlag) String() string {
	if f == nil || math.IsNaN(f.v) || f.v == 0 {
		return ""
	}
	return strconv.FormatFloat(f.v, 'f', -1, 64)
}

func (f *floorFlag) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) {
		return fmt.Errorf("want a number between 0 and 1")
	}
	f.v = v
	return nil
}

const evalUsage = `usage: resumex eval [flags] TRUTH OUTPUT
       resumex eval [flags] TRUTHDIR OUTDIR

Scores parsed output against truth as the reference scorer does (the rules
are in docs/scoring.md): precision, recall and F1 over the scored fields,
and body, how much descriptive text survived. Two directories: every truth
file (NAME.truth.json, else NAME.json) against its output at the same
place (NAME.json, NAME.jsonl, or NAME.EXT.json as parse --out writes it);
a missing output scores as empty, and two outputs for one truth are
reported. Exit 1 when the (micro) F1 is below --min-f1.

examples:
  resumex eval truth.json out.json
  resumex parse -q -o out/ corpus/ && resumex eval --min-f1 0.9 corpus/ out/
  resumex eval --by format --by layout --split split.json zoo/ out/

flags:
`

func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flags("eval")
	fs.Usage = usageFunc(fs, evalUsage)
	asJSON := fs.Bool("json", false, "print the result as JSON")
	floor := &floorFlag{v: math.NaN()}
	fs.Var(floor, "min-f1", "exit 1 when the F1 (the micro F1 for directories) is below `X` (0 to 1; default: no floor)")
	minF1 := &floor.v
	var by groupFlags
	fs.Var(&by, "by", "with directories: print a table of figures per `format`, `layout` (the first folder under TRUTH) or `file`; repeatable")
	splitFile := fs.String("split", "", "with --by: a JSON `FILE` {\"dev\": [layouts], \"test\": [layouts]}; each table then has dev and test rows apart")
	pos, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) != 2 {
		fmt.Fprintln(stderr, "resumex eval: want TRUTH and OUTPUT (two files or two directories)")
		return exitUsage
	}
	if !math.IsNaN(*minF1) && (*minF1 < 0 || *minF1 > 1) {
		fmt.Fprintln(stderr, "resumex eval: --min-f1 must be between 0 and 1")
		return exitUsage
	}
	truthDir, outDir := isDir(pos[0]), isDir(pos[1])
	if truthDir != outDir {
		fmt.Fprintln(stderr, "resumex eval: want two files or two directories")
		return exitUsage
	}
	if truthDir {
		g := grouping{by: by}
		if *splitFile != "" {
			var err error
			if g.split, err = readSplit(*splitFile); err != nil {
				fmt.Fprintln(stderr, "resumex:", oneLine(err))
				return exitFail
			}
		}
		return evalDirs(pos[0], pos[1], *asJSON, *minF1, g, stdout, stderr)
	}
	if len(by) > 0 || *splitFile != "" {
		fmt.Fprintln(stderr, "resumex eval: --by and --split go with directories")
		return exitUsage
	}
	res, err := score.ScoreFiles(pos[0], pos[1])
	if err != nil {
		fmt.Fprintln(stderr, "resumex:", oneLine(err))
		return exitFail
	}
	if err := writeReport(stdout, stderr, *asJSON, res, res.WriteText); err != nil {
		return exitFail
	}
	return checkFloor("F1", res.F1, *minF1, stderr)
}

// checkFloor is the exit code of --min-f1.
func checkFloor(what string, f1, floor float64, stderr io.Writer) int {
	if !math.IsNaN(floor) && f1 < floor {
		fmt.Fprintf(stderr, "resumex: %s %.4f is below --min-f1 %s\n", what, f1, strconv.FormatFloat(floor, 'f', -1, 64))
		return exitFail
	}
	return exitOK
}

func isDir(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.IsDir()
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// evalFile is one truth file's line of a directory evaluation.
type evalFile struct {
	Name    string  `json:"name"`
	Truth   string  `json:"truth"`
	Output  string  `json:"output"` // "" when missing
	Missing bool    `json:"missing"`
	TP      int     `json:"tp"`
	FP      int     `json:"fp"`
	FN      int     `json:"fn"`
	P       float64 `json:"precision"`
	R       float64 `json:"recall"`
	F1      float64 `json:"f1"`
	Body    float64 `json:"body"`
}

// evalReport is what eval --json prints for two directories.
type evalReport struct {
	Files []evalFile `json:"files"`
	Micro struct {
		TP int     `json:"tp"`
		FP int     `json:"fp"`
		FN int     `json:"fn"`
		P  float64 `json:"precision"`
		R  float64 `json:"recall"`
		F1 float64 `json:"f1"`
	} `json:"micro"`
	Mean struct {
		F1   float64 `json:"f1"`
		Body float64 `json:"body"`
	} `json:"mean"`
	Groups  []groupTable `json:"groups,omitempty"`
	Count   int          `json:"count"`
	Missing int          `json:"missing"`
	MinF1   *float64     `json:"min_f1,omitempty"`
	Pass    bool         `json:"pass"`
}

// truthFiles lists the truth files under dir, as slash-separated relative
// paths in lexical order: the *.truth.json files if there are any (a
// corpus with its inputs beside them), else all *.json files.
func truthFiles(dir string) ([]string, error) {
	var all, truth []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !strings.HasSuffix(d.Name(), ".json") {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		all = append(all, rel)
		if strings.HasSuffix(rel, ".truth.json") {
			truth = append(truth, rel)
		}
		return nil
	})
	if len(truth) > 0 {
		return truth, err
	}
	return all, err
}

// stem is a truth file's name without ".truth.json" or ".json".
func stem(rel string) string {
	if s, ok := strings.CutSuffix(rel, ".truth.json"); ok {
		return s
	}
	return strings.TrimSuffix(rel, ".json")
}

// outputFinder finds the output of a truth file in an output directory.
type outputFinder struct {
	dir   string
	lists map[string][]string // directory -> sorted names
}

// find looks, in the output directory at the truth file's relative place,
// for STEM.json, STEM.jsonl, then STEM.EXT.json (the --out layout of an
// input STEM.EXT, e.g. cv.txt.json), and returns every match in that
// order: more than one is an ambiguity the caller reports.
func (f *outputFinder) find(rel string) []string {
	var found []string
	s := stem(rel)
	for _, c := range []string{s + ".json", s + ".jsonl"} {
		p := filepath.Join(f.dir, filepath.FromSlash(c))
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			found = append(found, p)
		}
	}
	dir, base := path.Split(s)
	names, ok := f.lists[dir]
	if !ok {
		entries, _ := os.ReadDir(filepath.Join(f.dir, filepath.FromSlash(dir)))
		for _, e := range entries {
			if e.Type().IsRegular() {
				names = append(names, e.Name())
			}
		}
		sort.Strings(names)
		f.lists[dir] = names
	}
	for _, n := range names {
		ext, ok := strings.CutPrefix(n, base+".")
		if !ok || strings.HasPrefix(n, ".") {
			continue
		}
		if ext, ok = strings.CutSuffix(ext, ".json"); ok && ext != "" && ext != "truth" && !strings.Contains(ext, ".") {
			if p := filepath.Join(f.dir, filepath.FromSlash(dir), n); !slices.Contains(found, p) {
				found = append(found, p)
			}
		}
	}
	return found
}

// evalDirs scores every truth file of truthDir against its output in
// outDir; a missing output counts as an empty document.
func evalDirs(truthDir, outDir string, asJSON bool, minF1 float64, g grouping, stdout, stderr io.Writer) int {
	rels, err := truthFiles(truthDir)
	if err != nil {
		fmt.Fprintln(stderr, "resumex:", oneLine(err))
		return exitFail
	}
	if len(rels) == 0 {
		fmt.Fprintf(stderr, "resumex: %s: no truth files (*.json)\n", truthDir)
		return exitFail
	}
	code := exitOK
	finder := &outputFinder{dir: outDir, lists: map[string][]string{}}
	var rep evalReport
	var sumF1, sumBody float64
	for _, rel := range rels {
		tp := filepath.Join(truthDir, filepath.FromSlash(rel))
		truth, err := os.ReadFile(tp)
		if err != nil {
			fmt.Fprintln(stderr, "resumex:", oneLine(err))
			code = exitFail
			continue
		}
		outs := finder.find(rel)
		ef := evalFile{Name: stem(rel), Truth: tp}
		if len(outs) > 0 {
			ef.Output = outs[0]
		}
		if len(outs) > 1 {
			fmt.Fprintf(stderr, "resumex: %s: %d outputs match this truth (%s); scored %s\n", tp, len(outs), strings.Join(outs, ", "), outs[0])
			code = exitFail
		}
		out := []byte("{}")
		if ef.Output == "" {
			ef.Missing = true
		} else if out, err = os.ReadFile(ef.Output); err != nil {
			fmt.Fprintf(stderr, "resumex: %s: scored as empty\n", oneLine(err))
			out = []byte("{}")
		}
		res, err := score.ScoreJSON(truth, out)
		if err != nil && strings.HasPrefix(err.Error(), "output:") {
			fmt.Fprintf(stderr, "resumex: %s: %s; scored as empty\n", ef.Output, oneLine(err))
			res, err = score.ScoreJSON(truth, []byte("{}"))
		}
		if err != nil {
			fmt.Fprintf(stderr, "resumex: %s: %s\n", tp, oneLine(err))
			code = exitFail
			continue
		}
		g.add(rel, &res)
		ef.TP, ef.FP, ef.FN = res.TP, res.FP, res.FN
		ef.P, ef.R, ef.F1, ef.Body = res.Precision, res.Recall, res.F1, res.Body
		rep.Files = append(rep.Files, ef)
		rep.Micro.TP += res.TP
		rep.Micro.FP += res.FP
		rep.Micro.FN += res.FN
		sumF1 += res.F1
		sumBody += res.Body
		if ef.Missing {
			rep.Missing++
		}
	}
	rep.Count = len(rep.Files)
	if rep.Count == 0 {
		return exitFail
	}
	rep.Micro.P, rep.Micro.R, rep.Micro.F1 = prf(rep.Micro.TP, rep.Micro.FP, rep.Micro.FN)
	rep.Mean.F1 = round4(sumF1 / float64(rep.Count))
	rep.Mean.Body = round4(sumBody / float64(rep.Count))
	rep.Pass = math.IsNaN(minF1) || rep.Micro.F1 >= minF1
	if !math.IsNaN(minF1) {
		rep.MinF1 = &minF1
	}

	if len(g.by) > 0 {
		rep.Groups = g.tables()
		if err := writeReport(stdout, stderr, asJSON, rep, rep.writeGroups); err != nil {
			return exitFail
		}
	} else if err := writeReport(stdout, stderr, asJSON, rep, rep.writeText); err != nil {
		return exitFail
	}
	if c := checkFloor("micro F1", rep.Micro.F1, minF1, stderr); c != exitOK {
		return c
	}
	return code
}

// prf is precision, recall and F1 from counts, as score.py computes them
// (an empty denominator counts as 1), rounded to 4 decimals.
func prf(tp, fp, fn int) (p, r, f1 float64) {
	p, r, f1 = score.PRF(tp, fp, fn)
	return round4(p), round4(r), round4(f1)
}

func round4(x float64) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return f
}

func (rep *evalReport) writeText(w io.Writer) error {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FILE\tP\tR\tF1\tBODY\t")
	for _, f := range rep.Files {
		note := ""
		if f.Missing {
			note = "missing output"
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%.3f\t%s\n", f.Name, f.P, f.R, f.F1, f.Body, note)
	}
	m := rep.Micro
	fmt.Fprintf(tw, "micro\t%.3f\t%.3f\t%.3f\t\ttp=%d fp=%d fn=%d\n", m.P, m.R, m.F1, m.TP, m.FP, m.FN)
	fmt.Fprintf(tw, "mean\t\t\t%.3f\t%.3f\t\n", rep.Mean.F1, rep.Mean.Body)
	tw.Flush()
	for line := range strings.Lines(buf.String()) {
		if _, err := io.WriteString(w, strings.TrimRight(line, " \n")+"\n"); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "%d files, %d missing output; micro P=%.3f R=%.3f F1=%.3f, mean F1=%.3f body=%.3f\n",
		rep.Count, rep.Missing, m.P, m.R, m.F1, rep.Mean.F1, rep.Mean.Body)
	return err
}

// writeReport prints a report as JSON or as text; a write error goes to
// stderr as one line and is returned.
func writeReport(stdout, stderr io.Writer, asJSON bool, v any, text func(io.Writer) error) error {
	var err error
	if asJSON {
		err = writeJSON(stdout, v)
	} else {
		err = text(stdout)
	}
	if err != nil {
		fmt.Fprintln(stderr, "resumex:", err)
	}
	return err
}
