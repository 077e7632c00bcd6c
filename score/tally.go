package score

import "sort"

// Tally adds up the results of many files: micro counts over all their
// fields, per section, and the mean of their F1 and body.
type Tally struct {
	Files    int
	TP       int
	FP       int
	FN       int
	SumF1    float64
	SumBody  float64
	Sections map[string]Counts
}

// Add counts one file's result.
func (t *Tally) Add(r *Result) {
	t.Files++
	t.TP += r.TP
	t.FP += r.FP
	t.FN += r.FN
	t.SumF1 += r.F1
	t.SumBody += r.Body
	if t.Sections == nil {
		t.Sections = map[string]Counts{}
	}
	for k, c := range r.Sections {
		s := t.Sections[k]
		s.TP += c.TP
		s.FP += c.FP
		s.FN += c.FN
		t.Sections[k] = s
	}
}

// Micro is precision, recall and F1 over all the fields counted (an empty
// denominator counts as 1, as score.py does).
func (t *Tally) Micro() (p, r, f1 float64) { return PRF(t.TP, t.FP, t.FN) }

// MeanF1 is the mean of the files' F1; 0 for no files.
func (t *Tally) MeanF1() float64 {
	if t.Files == 0 {
		return 0
	}
	return t.SumF1 / float64(t.Files)
}

// MeanBody is the mean of the files' body figures; 0 for no files.
func (t *Tally) MeanBody() float64 {
	if t.Files == 0 {
		return 0
	}
	return t.SumBody / float64(t.Files)
}

// Recall is a section's recall; ok is false when the truth has none of it.
func (t *Tally) Recall(section string) (r float64, ok bool) {
	c := t.Sections[section]
	if c.TP+c.FN == 0 {
		return 0, false
	}
	return float64(c.TP) / float64(c.TP+c.FN), true
}

// Precision is a section's precision; ok is false when nothing was output.
func (t *Tally) Precision(section string) (p float64, ok bool) {
	c := t.Sections[section]
	if c.TP+c.FP == 0 {
		return 0, false
	}
	return float64(c.TP) / float64(c.TP+c.FP), true
}

// SectionNames lists the sections counted, sorted.
func (t *Tally) SectionNames() []string {
	var out []string
	for k := range t.Sections {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// PRF is precision, recall and F1 from counts, as score.py computes them:
// an empty denominator counts as 1.
func PRF(tp, fp, fn int) (p, r, f1 float64) {
	p, r = 1, 1
	if tp+fp != 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn != 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r != 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}
