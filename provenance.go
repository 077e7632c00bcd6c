package resumex

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/extract"
	"github.com/resumex/resumex/schema"
)

// Origin says where a value of a resume stands in the intermediate
// document it was extracted from.
type Origin struct {
	Pointer string  `json:"pointer"` // the value's JSON pointer ("/work/0/name")
	Value   string  `json:"value"`
	Pos     doc.Pos `json:"-"`
	Page    int     `json:"page,omitempty"`
	Line    int     `json:"line"`
	From    int     `json:"from"` // character range in the line's text
	To      int     `json:"to"`
	// Exact is false when the value is not written as it is: a date
	// written in another form, a value whose words were found together
	Exact bool `json:"exact"`
}

func (o Origin) String() string {
	s := fmt.Sprintf("%s, chars %d-%d", o.Pos, o.From, o.To)
	if !o.Exact {
		s += " (rebuilt)"
	}
	return s
}

// Explain locates each text value of res in d, in the order of the JSON
// document: the line that holds it and the character range, looked for
// from the line of the value before it on. Values found nowhere (a label
// the extractor dropped, a value it made up from several lines) are left
// out.
func Explain(d *doc.Document, res *schema.Resume) []Origin {
	data, err := json.Marshal(res)
	if err != nil {
		return nil
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return nil
	}
	lines := make([]string, len(d.Lines))
	lower := make([]string, len(d.Lines))
	for i, l := range d.Lines {
		lines[i] = l.Text
		lower[i] = strings.ToLower(l.Text)
	}
	e := &explainer{d: d, lines: lines, lower: lower}
	e.walk("", v)
	return e.out
}

type explainer struct {
	d      *doc.Document
	lines  []string
	lower  []string
	cursor int // the line of the last value found
	out    []Origin
}

func (e *explainer) walk(ptr string, v any) {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range orderedKeys(x) {
			if ptr == "" && k == "meta" {
				continue
			}
			e.walk(ptr+"/"+escapePointer(k), x[k])
		}
	case []any:
		for i, it := range x {
			e.walk(ptr+"/"+strconv.Itoa(i), it)
		}
	case string:
		if o, ok := e.find(x); ok {
			o.Pointer, o.Value = ptr, x
			e.out = append(e.out, o)
		}
	}
}

// orderedKeys lists an object's keys in the order resumex writes them:
// the JSON Resume order, which follows a resume's reading order.
func orderedKeys(m map[string]any) []string {
	order := []string{"basics", "name", "label", "email", "phone", "url", "location", "city", "profiles", "network", "username",
		"work", "volunteer", "organization", "education", "institution", "position", "area", "studyType", "startDate", "endDate",
		"summary", "highlights", "projects", "description", "roles", "keywords", "awards", "title", "date", "awarder",
		"certificates", "issuer", "publications", "publisher", "releaseDate", "skills", "level", "languages", "language", "fluency", "interests"}
	seen := map[string]bool{}
	var out []string
	for _, k := range order {
		if _, ok := m[k]; ok {
			out = append(out, k)
			seen[k] = true
		}
	}
	var rest []string
	for k := range m {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

func escapePointer(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}

// find looks for a value from the cursor on, then from the top.
func (e *explainer) find(v string) (Origin, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return Origin{}, false
	}
	n := len(e.lines)
	for pass := 0; pass < 2; pass++ {
		for k := 0; k < n; k++ {
			i := (e.cursor + k) % n
			if o, ok := e.at(i, v); ok {
				e.cursor = i
				return o, true
			}
		}
		if !isISODate(v) {
			break
		}
	}
	return Origin{}, false
}

// at reports whether line i holds v: as written (case aside), as a date
// written in any form, or as all of v's words.
func (e *explainer) at(i int, v string) (Origin, bool) {
	l := e.d.Lines[i]
	mk := func(from, to int, exact bool) Origin {
		return Origin{Pos: l.Pos, Page: l.Pos.Page, Line: l.Pos.Line,
			From: utf8.RuneCountInString(e.lines[i][:from]), To: utf8.RuneCountInString(e.lines[i][:to]), Exact: exact}
	}
	if j := strings.Index(e.lower[i], strings.ToLower(v)); j >= 0 && len(e.lower[i]) == len(e.lines[i]) {
		return mk(j, j+len(v), true), true
	}
	if j := strings.Index(e.lines[i], v); j >= 0 {
		return mk(j, j+len(v), true), true
	}
	if isISODate(v) {
		for _, d := range extract.DatesIn(e.lines[i]) {
			if d.ISO == v {
				return mk(d.Start, d.End, false), true
			}
		}
		return Origin{}, false
	}
	// the words of a value rebuilt from one line ("Senior Engineer" out of
	// "Senior  Engineer")
	words := strings.Fields(strings.ToLower(v))
	if len(words) < 2 {
		return Origin{}, false
	}
	from, to := -1, 0
	for _, w := range words {
		j := strings.Index(e.lower[i], w)
		if j < 0 || len(e.lower[i]) != len(e.lines[i]) {
			return Origin{}, false
		}
		if from < 0 || j < from {
			from = j
		}
		to = max(to, j+len(w))
	}
	return mk(from, to, false), true
}

func isISODate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i, c := range s {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// ParseExplained parses a resume as Parse does and records in meta, under
// "x-provenance", where each value came from: its JSON pointer mapped to
// "page P, line L, chars A-B" (with "(rebuilt)" where the value is not
// written as it is).
func (p *Parser) ParseExplained(r io.Reader, name string) (*schema.Resume, []Warning, error) {
	d, err := p.Document(r, name)
	if err != nil {
		return nil, nil, err
	}
	res, warnings, err := p.ExtractDocument(d)
	if err != nil {
		return nil, nil, err
	}
	prov := map[string]any{}
	for _, o := range Explain(d, res) {
		prov[o.Pointer] = o.String()
	}
	res.Meta.X["x-provenance"] = prov
	return res, warnings, nil
}
