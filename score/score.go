// Package score is a Go port of the reference scorer (score.py): it
// compares a parsed JSON Resume against a truth file and reports micro
// precision, recall and F1 over the scored fields, per-section counts, notes
// on every mismatch and the body-text coverage. The rules are written out
// in docs/scoring.md; on the same files the figures, counts and notes are
// the same as score.py's.
package score

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// soft is the bigram Dice at or above which two texts count as the same.
const soft = 0.6

// Counts are the true positives, false positives and false negatives of one
// section.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Result is what score.py prints with --json. Precision, Recall, F1 and Body
// are rounded to 4 decimals like Python's round().
type Result struct {
	TP        int               `json:"tp"`
	FP        int               `json:"fp"`
	FN        int               `json:"fn"`
	Precision float64           `json:"precision"`
	Recall    float64           `json:"recall"`
	F1        float64           `json:"f1"`
	Body      float64           `json:"body"`
	Sections  map[string]Counts `json:"sections"`
	Notes     []string          `json:"notes"`
}

type field struct{ name, kind string }

type section struct {
	name   string
	keys   []string // fields used to pair entries
	fields []field
}

// entries is score.py's ENTRIES, in its order.
var entries = []section{
	{"work", []string{"name", "position"}, []field{{"name", "soft"}, {"position", "soft"}, {"startDate", "exact"}, {"endDate", "exact"}}},
	{"education", []string{"institution", "area"}, []field{{"institution", "soft"}, {"area", "soft"}, {"studyType", "soft"}, {"startDate", "exact"}, {"endDate", "exact"}}},
	{"projects", []string{"name"}, []field{{"name", "soft"}, {"startDate", "exact"}, {"endDate", "exact"}}},
	{"awards", []string{"title"}, []field{{"title", "soft"}, {"date", "exact"}}},
	{"publications", []string{"name"}, []field{{"name", "soft"}, {"releaseDate", "exact"}}},
	{"certificates", []string{"name"}, []field{{"name", "soft"}, {"date", "exact"}}},
	{"languages", []string{"language"}, []field{{"language", "soft"}}},
	{"volunteer", []string{"organization"}, []field{{"organization", "soft"}, {"position", "soft"}, {"startDate", "exact"}, {"endDate", "exact"}}},
}

// bodyKeys is score.py's BODY.
var bodyKeys = []string{"summary", "description", "highlights", "roles"}

type tally struct {
	by      map[string]*Counts
	lenient []string
	notes   []string
}

func (t *tally) add(sec string, tp, fp, fn int) {
	c := t.by[sec]
	if c == nil {
		c = &Counts{}
		t.by[sec] = c
	}
	c.TP += tp
	c.FP += fp
	c.FN += fn
}

func (t *tally) note(format string, args ...any) {
	t.notes = append(t.notes, fmt.Sprintf(format, args...))
}

func (t *tally) isLenient(v any) bool {
	for _, l := range t.lenient {
		if same("soft", v, l) {
			return true
		}
	}
	return false
}

func (t *tally) field(sec, kind string, truth, out any, path string) {
	tp, op := present(truth), present(out)
	switch {
	case tp && op:
		if same(kind, truth, out) {
			t.add(sec, 1, 0, 0)
		} else {
			t.add(sec, 0, 1, 1)
			t.note("%s: got %s, want %s", path, pyRepr(out), pyRepr(truth))
		}
	case tp:
		t.add(sec, 0, 0, 1)
		t.note("%s: missing, want %s", path, pyRepr(truth))
	case op && !t.isLenient(out):
		t.add(sec, 0, 1, 0)
		t.note("%s: unexpected %s", path, pyRepr(out))
	}
}

// bag compares two lists of values as multisets under same(kind).
func (t *tally) bag(sec, kind string, truth, out []any, path string) {
	var o []any
	for _, x := range out {
		if present(x) {
			o = append(o, x)
		}
	}
	used := make([]bool, len(o))
	for _, tv := range truth {
		hit := -1
		for i, ov := range o {
			if !used[i] && same(kind, tv, ov) {
				hit = i
				break
			}
		}
		if hit < 0 {
			t.add(sec, 0, 0, 1)
			t.note("%s: missing %s", path, pyRepr(tv))
		} else {
			used[hit] = true
			t.add(sec, 1, 0, 0)
		}
	}
	for i, ov := range o {
		if !used[i] && !t.isLenient(ov) {
			t.add(sec, 0, 1, 0)
			t.note("%s: unexpected %s", path, pyRepr(ov))
		}
	}
}

// dig is score.py's dig(): a dotted path into nested objects.
func dig(d any, path string) any {
	for _, k := range strings.Split(path, ".") {
		o, ok := d.(*object)
		if !ok {
			return nil
		}
		d = o.vals[k]
	}
	return d
}

func keySim(keys []string, a, b *object) float64 {
	best := 0.0
	for i, k := range keys {
		s := 0.0
		if x, y := a.get(k), b.get(k); truthy(x) && truthy(y) {
			s = dice(x, y)
		}
		if i == 0 || s > best {
			best = s
		}
	}
	return best
}

// pair pairs truth and output entries greedily by key similarity, best
// first; ties go to the larger truth index, then the larger output index
// (Python's reverse sort of (score, i, j) tuples).
func pair(keys []string, truth, out []*object) [][2]int {
	type cand struct {
		s    float64
		i, j int
	}
	var cands []cand
	for i, te := range truth {
		for j, oe := range out {
			if s := keySim(keys, te, oe); s >= 0.4 {
				cands = append(cands, cand{s, i, j})
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		x, y := cands[a], cands[b]
		if x.s != y.s {
			return x.s > y.s
		}
		if x.i != y.i {
			return x.i > y.i
		}
		return x.j > y.j
	})
	ti, oj := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cands {
		if !ti[c.i] && !oj[c.j] {
			ti[c.i], oj[c.j] = true, true
			pairs = append(pairs, [2]int{c.i, c.j})
		}
	}
	return pairs
}

// body joins an entry's summary, description, highlights and roles.
func body(e *object) string {
	var b strings.Builder
	for _, k := range bodyKeys {
		v := e.get(k)
		if l, ok := v.([]any); ok {
			for _, x := range l {
				b.WriteString(pyStr(x))
			}
		} else if truthy(v) {
			b.WriteString(pyStr(v))
		}
	}
	return b.String()
}

func asObj(v any) (*object, bool) {
	o, ok := v.(*object)
	return o, ok
}

// Score compares a parsed resume (out) with the truth resume and its lenient
// strings as score.py's score() does. Values are those encoding/json decodes
// into, preferably with UseNumber as LoadTruth and LoadOutput do, so that
// integers print like Python ints; other Go values go through their JSON
// encoding first. Go maps have no key order: where score.py would print or
// iterate an object standing in place of text, Score takes its keys sorted
// (ScoreJSON and ScoreFiles keep the document's order).
func Score(truth map[string]any, lenient []string, out map[string]any) Result {
	t, _ := normalize(truth).(*object)
	o, _ := normalize(out).(*object)
	return score(t, lenient, o)
}

func score(truth *object, lenient []string, out *object) Result {
	t := &tally{by: map[string]*Counts{}, lenient: lenient}

	for _, f := range []field{{"name", "exact"}, {"label", "soft"}, {"email", "exact"},
		{"phone", "phone"}, {"url", "url"}, {"location.city", "soft"}} {
		p := "basics." + f.name
		t.field("basics", f.kind, dig(truth, p), dig(out, p), p)
	}
	var tp, op []any
	for _, p := range iterate(dig(truth, "basics.profiles")) {
		if m, ok := asObj(p); ok && truthy(m.get("url")) {
			tp = append(tp, m.get("url"))
		}
	}
	for _, p := range iterate(dig(out, "basics.profiles")) {
		if m, ok := asObj(p); ok {
			if truthy(m.get("url")) {
				op = append(op, m.get("url"))
			} else {
				op = append(op, "")
			}
		}
	}
	t.bag("basics", "url", tp, op, "basics.profiles")

	var coverage []float64
	for _, sec := range entries {
		var tl, ol []*object
		for _, e := range iterate(truth.get(sec.name)) {
			m, _ := asObj(e) // score.py would fail on a non-object; count it as empty
			tl = append(tl, m)
		}
		for _, e := range iterate(out.get(sec.name)) {
			if m, ok := asObj(e); ok {
				ol = append(ol, m)
			}
		}
		pairs := pair(sec.keys, tl, ol)
		pairedT := map[int]int{}
		pairedO := map[int]bool{}
		for _, p := range pairs {
			pairedT[p[0]] = p[1]
			pairedO[p[1]] = true
		}
		for i, te := range tl {
			oe := &object{}
			j, paired := pairedT[i]
			if paired {
				oe = ol[j]
			}
			label := sec.name + "[" + strconv.Itoa(i) + "]"
			for _, f := range sec.fields {
				t.field(sec.name, f.kind, te.get(f.name), oe.get(f.name), label+"."+f.name)
			}
			if sec.name == "projects" {
				t.bag(sec.name, "soft", iterate(te.get("keywords")), iterate(oe.get("keywords")), label+".keywords")
			}
			if tb := body(te); tb != "" {
				switch sec.name {
				case "work", "projects", "education", "volunteer":
					c := 0.0
					if paired {
						c = dice(tb, body(oe))
					}
					coverage = append(coverage, c)
				}
			}
		}
		for j, oe := range ol {
			if pairedO[j] {
				continue
			}
			parts := make([]string, len(sec.keys))
			for k, key := range sec.keys {
				if v := oe.get(key); truthy(v) {
					parts[k] = pyStr(v)
				}
			}
			keyv := pyStrip(strings.Join(parts, " "))
			if t.isLenient(keyv) {
				continue
			}
			for _, f := range sec.fields {
				if present(oe.get(f.name)) {
					t.add(sec.name, 0, 1, 0)
				}
			}
			t.note("%s: unexpected entry %s", sec.name, reprString(keyv))
		}
	}

	var tk, ok, tn, on []any
	for _, s := range iterate(truth.get("skills")) {
		if m, isMap := asObj(s); isMap {
			tk = append(tk, iterate(m.get("keywords"))...)
			if truthy(m.get("name")) {
				tn = append(tn, m.get("name"))
			}
		}
	}
	for _, s := range iterate(out.get("skills")) {
		if m, isMap := asObj(s); isMap {
			ok = append(ok, iterate(m.get("keywords"))...)
			if truthy(m.get("name")) {
				on = append(on, m.get("name"))
			}
		}
	}
	t.bag("skills", "soft", tk, ok, "skills.keywords")
	t.bag("skills", "soft", tn, on, "skills.name")

	r := Result{Sections: map[string]Counts{}, Notes: t.notes}
	if r.Notes == nil {
		r.Notes = []string{}
	}
	for k, c := range t.by {
		r.Sections[k] = *c
		r.TP += c.TP
		r.FP += c.FP
		r.FN += c.FN
	}
	p, rc := 1.0, 1.0
	if r.TP+r.FP != 0 {
		p = float64(r.TP) / float64(r.TP+r.FP)
	}
	if r.TP+r.FN != 0 {
		rc = float64(r.TP) / float64(r.TP+r.FN)
	}
	f1 := 0.0
	if p+rc != 0 {
		f1 = 2 * p * rc / (p + rc)
	}
	cov := 1.0
	if len(coverage) > 0 {
		sum := 0.0 // plain left-to-right addition, as Python 3.11's sum()
		for _, c := range coverage {
			sum += c
		}
		cov = sum / float64(len(coverage))
	}
	r.Precision, r.Recall, r.F1, r.Body = round4(p), round4(rc), round4(f1), round4(cov)
	return r
}

// round4 is Python's round(x, 4): correctly rounded, ties to even on the
// exact binary value, which is what strconv's fixed formatting does.
func round4(x float64) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return f
}

// WriteText writes the report score.py prints without --json.
func (r Result) WriteText(w io.Writer) error {
	var b strings.Builder
	for _, n := range r.Notes {
		b.WriteString("  " + n + "\n")
	}
	for _, k := range sortedKeys(r.Sections) {
		c := r.Sections[k]
		fmt.Fprintf(&b, "%-13s tp=%3d fp=%3d fn=%3d\n", k, c.TP, c.FP, c.FN)
	}
	fmt.Fprintf(&b, "P=%.3f R=%.3f F1=%.3f body=%.3f\n", r.Precision, r.Recall, r.F1, r.Body)
	_, err := io.WriteString(w, b.String())
	return err
}
