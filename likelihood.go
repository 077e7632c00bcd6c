package resumex

import (
	_ "embed"
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/extract"
	"github.com/resumex/resumex/schema"
)

// Likelihood says how much a parsed document looks like a resume, from
// what was found in it: contact details, dated entries and date ranges,
// and sections under resume headings. A README, a licence or meeting notes
// may hold one of these (an e-mail address, a few dates, a heading that
// reads like "Projects"); a resume holds several.
type Likelihood struct {
	// Score is the weighted evidence, between 0 and 1 (see evidence).
	Score float64 `json:"score"`
	// Contact counts the contact details of basics: e-mail, phone, and
	// profiles or a personal site (one for all of them).
	Contact int `json:"contact"`
	// Dated counts the work, education, volunteer and project entries
	// dated as resumes date them: to the month or the year (a meeting's
	// timeline is dated to the day).
	Dated int `json:"dated"`
	// Ranges counts the lines of the document that hold a date range
	// ("2019.03 – 2021.06", "Jan 2020 - Present") or a month ("June
	// 2019"): evidence that stays when the entries around them were not
	// recognised.
	Ranges int `json:"ranges"`
	// Sections counts the kinds of resume section that came out with
	// content (work, education, skills, projects, awards, ...) or, for a
	// document short of evidence, whose heading the extractor recognised.
	Sections int `json:"sections"`
}

// MinLikelihood is the Score below which a document is not taken for a
// resume.
const MinLikelihood = 0.4

// evidence weighs each kind of evidence: each item found adds per, up to
// max. A resume reaches MinLikelihood with two kinds of evidence (contact
// details and dated entries, dates and sections); no single kind reaches
// it alone, which is what keeps a README with a contact address, or a
// changelog full of dates, out.
var evidence = []struct {
	name     string // what the failure message calls it when it is missing
	per, max float64
	count    func(Likelihood) int
}{
	{"contact details", 0.2, 0.3, func(l Likelihood) int { return l.Contact }},
	{"dates", 0.1, 0.3, func(l Likelihood) int { return max(l.Dated, l.Ranges) }},
	{"resume headings", 0.1, 0.3, func(l Likelihood) int { return l.Sections }},
}

// IsResume reports whether the score reaches MinLikelihood.
func (l Likelihood) IsResume() bool { return l.Score >= MinLikelihood }

// Err is nil for a resume, else a *NotResumeError naming the evidence
// that was missing.
func (l Likelihood) Err() error {
	if l.IsResume() {
		return nil
	}
	e := &NotResumeError{Likelihood: l}
	for _, ev := range evidence {
		if ev.count(l) == 0 {
			e.Missing = append(e.Missing, ev.name)
		}
	}
	return e
}

// NotResumeError is the failure of a document that does not look like a
// resume.
type NotResumeError struct {
	Likelihood Likelihood
	Missing    []string // the kinds of evidence not found at all
}

func (e *NotResumeError) Error() string {
	switch n := len(e.Missing); n {
	case 0:
		return fmt.Sprintf("not a resume (too little evidence: likelihood %.2f below %.2f)", e.Likelihood.Score, MinLikelihood)
	case 1:
		return "not a resume (no " + e.Missing[0] + ")"
	default:
		return "not a resume (no " + strings.Join(e.Missing[:n-1], ", ") + " or " + e.Missing[n-1] + ")"
	}
}

// Assess measures how much a document and the resume extracted from it
// look like a resume. The evidence of the resume and of the document's
// text comes first; only a document that falls short of MinLikelihood is
// read again for the resume headings the extractor recognised, so a
// resume costs nothing more.
func (p *Parser) Assess(d *doc.Document, res *schema.Resume) Likelihood {
	l := assess(d, res, nil)
	if l.IsResume() || d == nil {
		return l
	}
	headings := map[string]bool{}
	trace, err := p.Trace(d)
	if err != nil {
		return l // (the extractor could not read it again: the text's figures stand)
	}
	for _, ds := range trace {
		for _, dc := range ds {
			if k, ok := strings.CutPrefix(dc.Role, "heading ("); ok {
				headings[strings.TrimSuffix(k, ")")] = true
			}
		}
	}
	return assess(d, res, headings)
}

// emailInText finds an e-mail address anywhere in a line.
var emailInText = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}`) })

// assess weighs the evidence; headings are the kinds of the headings the
// extractor recognised, when known.
func assess(d *doc.Document, res *schema.Resume, headings map[string]bool) Likelihood {
	var l Likelihood
	b := res.Basics
	email := b.Email != ""
	if !email && d != nil {
		for _, line := range d.Lines {
			if strings.IndexByte(line.Text, '@') >= 0 && emailInText().MatchString(line.Text) {
				email = true
				break
			}
		}
	}
	if email {
		l.Contact++
	}
	if b.Phone != "" {
		l.Contact++
	}
	if len(b.Profiles) > 0 || b.URL != "" {
		l.Contact++
	}
	for _, w := range res.Work {
		l.Dated += dated(w.StartDate, w.EndDate)
	}
	for _, e := range res.Education {
		l.Dated += dated(e.StartDate, e.EndDate)
	}
	for _, v := range res.Volunteer {
		l.Dated += dated(v.StartDate, v.EndDate)
	}
	for _, p := range res.Projects {
		l.Dated += dated(p.StartDate, p.EndDate)
	}
	for kind, n := range map[string]int{"work": len(res.Work), "education": len(res.Education),
		"volunteer": len(res.Volunteer), "projects": len(res.Projects), "skills": len(res.Skills),
		"awards": len(res.Awards), "certificates": len(res.Certificates), "publications": len(res.Publications),
		"languages": len(res.Languages), "interests": len(res.Interests), "references": len(res.References)} {
		if n > 0 || headings[kind] {
			l.Sections++
		}
	}
	if d != nil {
		for _, line := range d.Lines {
			if resumeDate(line.Text) {
				l.Ranges++
			}
		}
	}
	for _, ev := range evidence {
		l.Score += math.Min(ev.max, ev.per*float64(ev.count(l)))
	}
	l.Score = math.Round(l.Score*100) / 100
	return l
}

// dated is 1 when an entry has a date to the month or the year.
func dated(start, end string) int {
	if start != "" && len(start) <= len("2006-01") || end != "" && len(end) <= len("2006-01") {
		return 1
	}
	return 0
}

//go:embed extract/lexicon/open_ends.txt
var openEndsText string

// openEnds are the words that end a range still going on ("Present",
// "至今"), lower case, from the extractor's lexicon.
var openEnds = func() []string {
	var out []string
	for line := range strings.Lines(openEndsText) {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}()

// rangeSeparators stand between the two ends of a date range.
var rangeSeparators = []string{"-", "–", "—", "―", "~", "～", "−", "－", "至", "到", "→", "to", "until", "till"}

// resumeDate reports whether s holds a date as resumes write them: a
// month ("June 2019", "2019.06"), or a range (a date, a separator, then
// another date or an open end).
func resumeDate(s string) bool {
	if !strings.ContainsFunc(s, unicode.IsDigit) {
		return false
	}
	ds := extract.DatesIn(s)
	for i, d := range ds {
		if len(d.ISO) == len("2006-01") {
			return true
		}
		rest, ok := cutSeparator(s[d.End:])
		if !ok {
			continue
		}
		if i+1 < len(ds) && len(s)-len(rest) == ds[i+1].Start {
			return true
		}
		lower := strings.ToLower(rest)
		for _, w := range openEnds {
			if strings.HasPrefix(lower, w) {
				r, _ := utf8.DecodeRuneInString(lower[len(w):])
				if !unicode.IsLetter(r) || r >= 0x2E80 {
					return true
				}
			}
		}
	}
	return false
}

// cutSeparator cuts spaces, a range separator and spaces off the start of
// s; ok is false when s does not start with a separator.
func cutSeparator(s string) (rest string, ok bool) {
	t := strings.TrimLeft(s, " \u3000")
	for _, sep := range rangeSeparators {
		if len(t) >= len(sep) && strings.EqualFold(t[:len(sep)], sep) {
			return strings.TrimLeft(t[len(sep):], " \u3000"), true
		}
	}
	return s, false
}
