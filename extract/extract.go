// Package extract maps an intermediate document (package doc) into a JSON
// Resume document. It is format-agnostic: every adapter's output goes
// through the same steps: furniture removal, sectioning, then one plain
// function per section kind, registered in a table.
package extract

import (
	"context"
	"sort"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/schema"
)

// Segmenter cuts text into words; joining the pieces gives the text back.
type Segmenter interface {
	Cut(text string) []string
}

// Warning is a diagnostic about something the extractor could not place.
type Warning struct {
	Pos doc.Pos
	Msg string
}

func (w Warning) String() string { return w.Pos.String() + ": " + w.Msg }

// Kind names a resume section.
type Kind string

// The section kinds. header is the text before the first heading.
const (
	kHeader       Kind = "header"
	kBasics       Kind = "basics"
	kObjective    Kind = "objective"
	kSummary      Kind = "summary"
	kWork         Kind = "work"
	kEducation    Kind = "education"
	kProjects     Kind = "projects"
	kSkills       Kind = "skills"
	kAwards       Kind = "awards"
	kCertificates Kind = "certificates"
	kPublications Kind = "publications"
	kLanguages    Kind = "languages"
	kInterests    Kind = "interests"
	kVolunteer    Kind = "volunteer"
	kReferences   Kind = "references"
	kOther        Kind = "other"
	// kMixed heads two kinds at once ("技能与证书", "Skills & Certifications");
	// its lines go where their shape says
	kMixed Kind = "mixed"
)

// sectionFunc extracts one section's lines into the resume being built.
type sectionFunc func(r *run, lines []*line)

// handlers maps each section kind to its extractor, in the order they run
// (later sections may use what earlier ones found, e.g. awards look up
// employers).
var handlers = []struct {
	kind Kind
	fn   sectionFunc
}{
	{kHeader, (*run).basics},
	{kBasics, (*run).basics},
	{kObjective, (*run).objective},
	{kSummary, (*run).summary},
	{kWork, (*run).work},
	{kVolunteer, (*run).volunteer},
	{kEducation, (*run).education},
	{kProjects, (*run).projects},
	{kSkills, (*run).skills},
	{kAwards, (*run).awards},
	{kCertificates, (*run).certificates},
	{kPublications, (*run).publications},
	{kLanguages, (*run).languages},
	{kInterests, (*run).interests},
	{kReferences, (*run).references},
	{kOther, (*run).other},
}

// Extractor maps documents to resumes. It is safe for concurrent use.
type Extractor struct {
	lx  *Lexicon
	seg Segmenter
}

// New returns an extractor that cuts Chinese text with seg (nil: Chinese
// skill phrases are split only at punctuation and known filler words).
func New(seg Segmenter) *Extractor {
	return &Extractor{lx: NewLexicon(), seg: seg}
}

// run is the state of one extraction.
type run struct {
	x        *Extractor
	lx       *Lexicon
	res      *schema.Resume
	warnings []Warning
	nameLine *line // the line the name came from
	// nameHeading is the name's line that starts the top of the resume
	// again after a sidebar (sectionize); no line before it names the
	// person
	nameHeading *line
	heading     *line // the heading of the section being read, if any
	// headlineLabel is set while the label is the headline under the
	// name, which a stated target position replaces
	headlineLabel bool
	basicsEdu     []*eduBuilder          // education facts found among the contact details
	trace         map[doc.Pos][]Decision // what was decided of each line, when tracing
	typeset       bool                   // the document is a PDF: its words may be hyphenated at line ends
	plain         bool                   // the document is plain text: its columns are character columns
	ctx           context.Context        // nil: never done
	// dressMarks are the list marks set before section names only, three
	// kinds or more ("■ 教育背景", "■ 实习经历", "■ 获奖情况"): dress, no
	// bullet (sectionize)
	dressMarks map[string]bool
	// colonTitles is set while the jobs of a section are read whose
	// headers name them "Employer: Title", one title at least known
	// (work)
	colonTitles bool
	// headed are the sections a line of the document names as a heading
	// the lexicon knows ("Experience": work); a heading word marked
	// "last:" names none of them (prepare)
	headed map[Kind]bool
}

// done reports whether the run's context is done: the stages stop.
func (r *run) done() bool { return r.ctx != nil && r.ctx.Err() != nil }

// Decision is what the extractor decided of a line and the rule that
// decided it.
type Decision struct {
	Role string // "heading (work)", "opens an entry", "dropped", …
	Rule string // the rule or pass that decided, "" for the default
}

// Trace runs the extractor on d and also returns, per line position, what
// was decided of the line and by which rule: what `resumex text
// --explain` shows.
func (x *Extractor) Trace(d *doc.Document) (*schema.Resume, map[doc.Pos][]Decision) {
	r := &run{x: x, lx: x.lx, res: &schema.Resume{}, trace: map[doc.Pos][]Decision{}}
	r.extract(d)
	return r.res, r.trace
}

// Run extracts a resume from d. It returns what it found and warnings.
func (x *Extractor) Run(d *doc.Document) (*schema.Resume, []Warning) {
	res, warnings, _ := x.RunContext(context.Background(), d)
	return res, warnings
}

// RunContext is Run that gives up, with ctx's error, when ctx is done: it
// checks between its stages, its layout passes and its sections.
func (x *Extractor) RunContext(ctx context.Context, d *doc.Document) (*schema.Resume, []Warning, error) {
	r := &run{x: x, lx: x.lx, res: &schema.Resume{}, ctx: ctx}
	r.extract(d)
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	sort.SliceStable(r.warnings, func(i, j int) bool { return r.warnings[i].Pos.Offset < r.warnings[j].Pos.Offset })
	return r.res, r.warnings, nil
}

// extract runs the stages in order: document → lines (layout passes) →
// sections → entries and fields, section by section.
func (r *run) extract(d *doc.Document) {
	lines := r.prepare(d)
	if r.done() {
		return
	}
	secs := r.sectionize(lines)
	r.kindByContent(secs)
	secs = r.relocate(secs)
	for _, h := range handlers {
		for _, s := range secs {
			if r.done() {
				return
			}
			if s.kind == h.kind && len(s.lines) > 0 {
				r.heading = s.heading
				h.fn(r, s.lines)
			}
		}
	}
	r.nameByHandle(lines)
	r.nameIntroduced(lines)
	r.finish()
}

func (r *run) warn(l *line, msg string) {
	var p doc.Pos
	if l != nil {
		p = l.Pos
	}
	r.warnings = append(r.warnings, Warning{Pos: p, Msg: msg})
}

// traceLine records, when tracing, what was decided of a line and by
// which rule.
func (r *run) traceLine(l *line, role, rule string) {
	if r.trace == nil {
		return
	}
	r.trace[l.Pos] = append(r.trace[l.Pos], Decision{Role: role, Rule: rule})
}
