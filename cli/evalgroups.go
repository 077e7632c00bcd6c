package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/resumex/resumex/score"
)

// groupFlags are the dimensions eval --by groups files by.
type groupFlags []string

func (g *groupFlags) String() string { return strings.Join(*g, ",") }

func (g *groupFlags) Set(v string) error {
	for _, d := range strings.Split(v, ",") {
		switch d {
		case "format", "layout", "file":
			*g = append(*g, d)
		default:
			return fmt.Errorf("--by takes format, layout or file, not %q", d)
		}
	}
	return nil
}

// readSplit reads a split file: {"dev": [...], "test": [...]} (other keys
// are notes), and maps each layout ("theme-x") or single file
// ("set/name.pdf") to its part.
func readSplit(name string) (map[string]string, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	out := map[string]string{}
	for _, part := range []string{"dev", "test"} {
		var ls []string
		if r, ok := raw[part]; ok {
			if err := json.Unmarshal(r, &ls); err != nil {
				return nil, fmt.Errorf("%s: %q: %v", name, part, err)
			}
		}
		for _, l := range ls {
			out[l] = part
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no dev or test layouts", name)
	}
	return out, nil
}

// grouping tallies results per group of each dimension.
type grouping struct {
	by     []string
	split  map[string]string // layout -> dev/test
	tally  map[string]map[string]*score.Tally
	totals map[string]*score.Tally // per split part, "all" without a split
}

// fileFormat is the format of a truth file's input: the extension of its
// stem ("theme-x/cv.pdf" → "pdf").
func fileFormat(rel string) string {
	if e := path.Ext(stem(rel)); e != "" {
		return e[1:]
	}
	return "?"
}

func fileLayout(rel string) string {
	if i := strings.IndexByte(rel, '/'); i > 0 {
		return rel[:i]
	}
	return "."
}

func (g *grouping) part(rel string) string {
	if g.split == nil {
		return "all"
	}
	// a file listed on its own ("set/name.pdf") goes before its layout
	if p, ok := g.split[stem(rel)]; ok {
		return p
	}
	if p, ok := g.split[fileLayout(rel)]; ok {
		return p
	}
	return "unsplit"
}

func (g *grouping) add(rel string, r *score.Result) {
	if len(g.by) == 0 {
		return
	}
	if g.tally == nil {
		g.tally = map[string]map[string]*score.Tally{}
		g.totals = map[string]*score.Tally{}
	}
	part := g.part(rel)
	if g.totals[part] == nil {
		g.totals[part] = &score.Tally{}
	}
	g.totals[part].Add(r)
	for _, d := range g.by {
		var key string
		switch d {
		case "format":
			key = fileFormat(rel)
		case "layout":
			key = fileLayout(rel)
		default:
			key = stem(rel)
		}
		key = part + "\x00" + key
		m := g.tally[d]
		if m == nil {
			m = map[string]*score.Tally{}
			g.tally[d] = m
		}
		if m[key] == nil {
			m[key] = &score.Tally{}
		}
		m[key].Add(r)
	}
}

// recallSections are the sections whose recall the tables show.
var recallSections = []string{"basics", "work", "education", "projects", "skills"}

// groupRow is one line of a group table.
type groupRow struct {
	Part    string             `json:"part"`
	Group   string             `json:"group"`
	Files   int                `json:"files"`
	P       float64            `json:"precision"`
	R       float64            `json:"recall"`
	F1      float64            `json:"f1"`
	MeanF1  float64            `json:"mean_f1"`
	Recall  map[string]float64 `json:"section_recall"`
	Precise map[string]float64 `json:"section_precision"`
}

type groupTable struct {
	By   string     `json:"by"`
	Rows []groupRow `json:"rows"`
}

func rowOf(part, group string, t *score.Tally) groupRow {
	p, r, f1 := t.Micro()
	row := groupRow{Part: part, Group: group, Files: t.Files, P: round4(p), R: round4(r), F1: round4(f1), MeanF1: round4(t.MeanF1()),
		Recall: map[string]float64{}, Precise: map[string]float64{}}
	for _, s := range t.SectionNames() {
		if v, ok := t.Recall(s); ok {
			row.Recall[s] = round4(v)
		}
		if v, ok := t.Precision(s); ok {
			row.Precise[s] = round4(v)
		}
	}
	return row
}

// tables are the group tables, rows sorted by part then group, each part
// closed by its total.
func (g *grouping) tables() []groupTable {
	var out []groupTable
	for _, d := range g.by {
		var keys []string
		for k := range g.tally[d] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		t := groupTable{By: d}
		for i, k := range keys {
			part, group, _ := strings.Cut(k, "\x00")
			t.Rows = append(t.Rows, rowOf(part, group, g.tally[d][k]))
			if i+1 == len(keys) || !strings.HasPrefix(keys[i+1], part+"\x00") {
				t.Rows = append(t.Rows, rowOf(part, "(all)", g.totals[part]))
			}
		}
		out = append(out, t)
	}
	return out
}

func (rep *evalReport) writeGroups(w io.Writer) error {
	var buf bytes.Buffer
	for _, t := range rep.Groups {
		tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "PART\t%s\tFILES\tP\tR\tF1\tMEAN F1", strings.ToUpper(t.By))
		for _, s := range recallSections {
			fmt.Fprintf(tw, "\t%s R", s)
		}
		fmt.Fprintln(tw, "\t")
		for _, r := range t.Rows {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f", r.Part, r.Group, r.Files, r.P, r.R, r.F1, r.MeanF1)
			for _, s := range recallSections {
				if v, ok := r.Recall[s]; ok {
					fmt.Fprintf(tw, "\t%.3f", v)
				} else {
					fmt.Fprint(tw, "\t-")
				}
			}
			fmt.Fprintln(tw, "\t")
		}
		tw.Flush()
		buf.WriteByte('\n')
	}
	for line := range strings.Lines(buf.String()) {
		if _, err := io.WriteString(w, strings.TrimRight(line, " \n")+"\n"); err != nil {
			return err
		}
	}
	m := rep.Micro
	_, err := fmt.Fprintf(w, "%d files, %d missing output; micro P=%.3f R=%.3f F1=%.3f, mean F1=%.3f body=%.3f\n",
		rep.Count, rep.Missing, m.P, m.R, m.F1, rep.Mean.F1, rep.Mean.Body)
	return err
}
