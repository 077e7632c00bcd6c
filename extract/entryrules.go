package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Where a line of an entry section goes is decided by the rules below, in
// order: the first rule with a verdict wins; a line no rule places is body
// text of the current entry. Each rule has a name, which `resumex text
// --explain` shows beside the line, and a case in entryrules_test.go.

// verdict is what a rule says of a line.
type verdict uint8

const (
	undecided   verdict = iota
	opensEntry          // the line opens a new entry
	joinsHeader         // the line belongs to the current entry's header
	inBody              // the line is body text of the current entry
)

func (v verdict) String() string {
	switch v {
	case opensEntry:
		return "opens an entry"
	case joinsHeader:
		return "joins the entry's header"
	case inBody:
		return "body"
	}
	return "undecided"
}

// Thresholds of the entry rules, in runes.
const (
	maxMarkedHeader = 60 // a bold line longer than this is text in bold
	maxHeaderField  = 80 // the first field of a dated header
	maxListHeader   = 60 // a bulleted title over its date line
	maxProjectName  = 50 // a project name line without dates
	maxSchoolLine   = 60 // a school's name on a line of its own
	maxDegreeLine   = 40 // a degree's line that opens a second entry
	maxDegreeHeader = 72 // a header's line that holds a degree's whole name
	maxNameWords    = 8  // words of a name line (an employer, a title, a school)
	maxHeaderWords  = 12 // words of all the names of a header line
	maxHeaderLines  = 4  // lines of one entry's header
)

// entryCtx is the line a rule looks at, in its section.
type entryCtx struct {
	kind  Kind
	lines []*line
	fs    []feat
	i     int
	cur   *entry // the entry being read, nil before the first
}

// definitionOf reports whether def is the definition of term: marked as
// one (Pandoc's ":"), or, as a PDF or a page sets a definition list, an
// unmarked line indented deeper than its unmarked term.
func definitionOf(term, def *line) bool {
	return term.Marker == "" && (def.Marker == ":" || def.Marker == "" && def.Indent > term.Indent && def.Indent-term.Indent <= maxDefinitionIndent)
}

// maxDefinitionIndent is the most a definition is indented past its term.
const maxDefinitionIndent = 8

// definitionText reports whether an unmarked definition is dates and then
// text after a full stop or a note in brackets ("2021 – 2024. First Class
// Honours.", "2016 – 2017 (one year, then transferred)"): the shape that tells a
// definition from a header's second line.
func definitionText(l *line, f feat) bool {
	rest := strings.TrimSpace(l.raw[f.span.To:])
	return strings.HasPrefix(strings.TrimLeft(rest, ")"), ". ") || strings.HasPrefix(rest, "(") && (strings.Contains(rest, "). ") || strings.HasSuffix(rest, ")"))
}

// datesFirst reports whether the entry being read opened with a date
// line set as date line n is, names under it ("2009 – 2013" / "Bachelor
// of Laws" / "University of …"): the document puts an entry's dates
// over its names, so n opens the next entry rather than closing names
// above it.
func (r *run) datesFirst(c *entryCtx, n *line) bool {
	if c.cur == nil || len(c.cur.header) < 2 {
		return false
	}
	if l := c.l(); len(c.cur.body) > 0 && (l.Blank || l.Bold || l.Heading > 0 || r.lx.isOrg(l.text) || r.lx.isSchool(l.text)) {
		return false // after the entry's text, a name set apart opens the next entry as ever ("Beta Corp" over its roles)
	}
	h, _, ok := r.openingDateLine(c)
	return ok && sameStyle(h, n) && h.Indent == n.Indent
}

// openingDateLine returns the first line of the entry being read and its
// features when that line is a date line.
func (r *run) openingDateLine(c *entryCtx) (*line, feat, bool) {
	if c.cur == nil || len(c.cur.header) == 0 {
		return nil, feat{}, false
	}
	h := c.cur.header[0]
	k := slices.Index(c.lines, h)
	if k < 0 || !r.dateLine(h, c.fs[k]) {
		return nil, feat{}, false
	}
	return h, c.fs[k], true
}

// namesToNextDates reports whether the entry being read opened with a
// date line and this line is one of the names under it that run to the
// next date line set the same way, or to the section's end ("2009 – 2013"
// / "Bachelor of Laws / Bachelor of Arts" / "University of …" / "2014").
func (r *run) namesToNextDates(c *entryCtx) bool {
	h, hf, ok := r.openingDateLine(c)
	if !ok || len(hf.fields) > 0 {
		return false
	}
	for k := 1; k <= 2; k++ {
		n, nf, ok := c.next(k)
		if !ok {
			return true
		}
		if r.dateLine(n, nf) && len(nf.fields) == 0 && sameStyle(n, h) {
			return true
		}
		if nf.hasSpan || n.Marker != "" || !r.fieldy(n, nf) {
			return false
		}
	}
	return false
}

func (c *entryCtx) l() *line { return c.lines[c.i] }
func (c *entryCtx) f() feat  { return c.fs[c.i] }

// next is the line k after this one.
func (c *entryCtx) next(k int) (*line, feat, bool) {
	if c.i+k < len(c.lines) {
		return c.lines[c.i+k], c.fs[c.i+k], true
	}
	return nil, feat{}, false
}

type entryRule struct {
	name   string
	decide func(r *run, c *entryCtx) verdict
}

// entryRules are the rules, in the order they are asked.
var entryRules = []entryRule{
	{"a date line above the names joins them", func(r *run, c *entryCtx) verdict {
		// "2022-01 —" over "<b>Engineer</b>"; a definition under its term,
		// "Sept. 2019 -- Date" over ":   Engineer, Acme" (Pandoc)
		l, f, cur := c.l(), c.f(), c.cur
		// (not under a row of a table of entries: the row holds its names)
		if cur != nil && len(cur.body) == 0 && len(cur.header) < 3 && cur.header[0].rowCells == nil && (r.datesOnly(cur) || r.namesToNextDates(c)) && !f.hasSpan && r.fieldy(l, f) && (l.Marker == "" || l.Marker == ":" && len(cur.header) == 1) {
			return joinsHeader
		}
		return undecided
	}},
	{"a definition's term opens an entry, the dates that lead the definition join it", func(r *run, c *entryCtx) verdict {
		// "BSc Geology — Lakeside College, Leeds" over ": 2015 – 2018.
		// Upper Second Class Honours." (Pandoc, Sphinx): the term names the
		// entry; the definition opens with its dates, then its text (an
		// unmarked term set apart by a blank line or in bold: not a line
		// of the text above, "northern moors" over "   2021 – 2022. …")
		l, f, cur := c.l(), c.f(), c.cur
		if c.i > 0 && definitionOf(c.lines[c.i-1], l) && f.hasSpan && strings.TrimSpace(l.raw[:f.span.From]) == "" && cur != nil && len(cur.header) == 1 && len(cur.body) == 0 &&
			cur.header[0] == c.lines[c.i-1] && !c.fs[c.i-1].hasSpan && (l.Marker == ":" || definitionText(l, f)) {
			return joinsHeader
		}
		if n, nf, ok := c.next(1); ok && (n.Marker == ":" || l.Blank || l.Bold || l.Heading > 0 || cur == nil) && definitionOf(l, n) && nf.hasSpan && strings.TrimSpace(n.raw[:nf.span.From]) == "" && !f.hasSpan && len(f.kvs) == 0 && !f.sentence && l.runes <= maxTitleUnitLine &&
			(n.Marker == ":" || definitionText(n, nf)) {
			return opensEntry
		}
		return undecided
	}},
	{"names set in two styles over their dates", func(r *run, c *entryCtx) verdict {
		// "<b>University</b>" / "Major" / "Degree" / "2003 — 2007"; a
		// school's major and degree in the same style too
		l, f, cur := c.l(), c.f(), c.cur
		if cur != nil && len(cur.body) == 0 && len(cur.header) < maxHeaderLines && r.namesOnly(cur) && r.fieldy(l, f) && fewWords(l.text) && l.Marker == "" &&
			(!sameStyle(l, cur.header[0]) || c.kind == kEducation && entryHasSchool(r, cur) != r.lx.isSchool(l.text)) &&
			!r.exactHeading(l) && r.datesFollow(c.lines, c.fs, c.i, maxHeaderLines-len(cur.header)) {
			return joinsHeader
		}
		return undecided
	}},
	{"dates after an undated entry's names or text are its own", func(r *run, c *entryCtx) verdict {
		l, f, cur := c.l(), c.f(), c.cur
		// ("2019年3月 – 現在 · 5年2個月 · 台南市東區": the length and the place
		// with them are no names)
		if cur != nil && len(cur.header) > 0 && f.hasSpan && !slices.ContainsFunc(f.fields, func(x string) bool { return !r.dateFact(x) }) && r.dateLine(l, f) && !r.entryDated(cur) {
			return joinsHeader
		}
		return undecided
	}},
	{"a name that completes a dated header joins it", func(r *run, c *entryCtx) verdict {
		// "<h2>Women in Security</h2>" / "May 2020 - Present" / "<b>Workshop Organiser</b>":
		// the header has its dates and one name; the other name follows
		l, f, cur := c.l(), c.f(), c.cur
		if cur == nil || len(cur.body) > 0 || len(cur.header) >= maxHeaderLines || f.hasSpan || l.Marker != "" || !r.entryDated(cur) || r.headerNames(cur) > 1 {
			return undecided
		}
		if c.kind == kWork && len(cur.header) == 1 && r.roleLine(r.feature(cur.header[0])) && r.rolesUnderEmployers(c.lines, c.fs) {
			if n, nf, ok := c.next(1); ok && n.Marker == "" && r.roleLine(nf) && sameStyle(n, cur.header[0]) && n.Indent == cur.header[0].Indent && l.Indent == n.Indent {
				return undecided // "Maison Verlaine, Paris" between two roles: the next employer, over its role
			}
		}
		if !r.fieldy(l, f) || !fewWords(l.text) || sameStyle(l, cur.header[0]) && l.Heading > 0 || r.exactHeading(l) ||
			strings.HasSuffix(l.text, ".") && !r.lx.isOrg(lastWord(l.text)) { // ("Community hospital, 180 beds.": a sentence, "Acme Co.": a name)
			return undecided
		}
		if c.kind == kProjects && !r.projectHeaderPart(l, f) && !slices.ContainsFunc(cur.header, func(h *line) bool {
			return slices.ContainsFunc(c.fs[slices.Index(c.lines, h)].fields, r.lx.isOrg)
		}) {
			// "2023.03-2023.06 雾港" over "像素风解谜游戏": a project's name
			// is followed by its role, its client or its tools; anything
			// else says what it is (but a client's dated line is followed
			// by the project's name)
			return undecided
		}
		return joinsHeader
	}},
	{"the other name right under a one-name header joins it", func(r *run, c *entryCtx) verdict {
		// "<h3>测试开发实习生</h3>" over "武汉光谷云测科技有限公司" in smaller
		// type: the title, then its employer; "<h3>校园二手交易平台</h3>"
		// over "后端负责人 · 课程设计": a project, then its role
		l, f, cur := c.l(), c.f(), c.cur
		if cur == nil || len(cur.body) > 0 || len(cur.header) != 1 || f.hasSpan || l.Marker != "" || l.Heading > 0 || l.Bold || r.exactHeading(l) || !r.fieldy(l, f) {
			return undecided
		}
		h := cur.header[0]
		if !(h.Heading > 0 || h.Bold) || r.feature(h).hasSpan || l.Size > 0 && h.Size > 0 && l.Size >= h.Size {
			return undecided
		}
		switch c.kind {
		case kWork, kVolunteer:
			if r.lx.isTitle(h.text) && !r.lx.isOrg(h.text) && (r.lx.isOrg(l.text) || r.lx.isSchool(l.text)) && !r.lx.isTitle(l.text) {
				return joinsHeader
			}
		case kProjects:
			if len(f.fields) > 0 && r.rolesList(f.fields[0]) && !r.lx.isTitle(h.text) {
				return joinsHeader
			}
		}
		return undecided
	}},
	{"a label on its own is no entry", func(r *run, c *entryCtx) verdict {
		if field, only := r.lx.labelOnly(c.l().text); only {
			if field == "" && c.kind == kProjects && r.nameInLeadList(c) {
				return undecided // "Campus Bus Tracker:" among "Name: what it is" lines
			}
			if lk := c.l().Links; field == "" && c.kind == kProjects && len(lk) == 1 && strings.HasPrefix(lk[0].URL, "http") {
				return opensEntry // "Lumen UI 组件库:" linked to its repository: a project's name
			}
			return inBody
		}
		return undecided
	}},
	{"chips under an entry's header, set smaller or naming technologies, are its text", func(r *run, c *entryCtx) verdict {
		// "React  TypeScript  Radix UI  Storybook" in bold 7.9 pt under a
		// project's name in 10.1 pt: badges, however bold
		l, cur := c.l(), c.cur
		if cur == nil || len(cur.header) == 0 || c.f().hasSpan || l.Heading > 0 || !tagRow(l) {
			return undecided
		}
		h := cur.header[0]
		if h.Size > 0 && l.Size > 0 && l.Size < maxChipSizeRatio*h.Size || r.techItems(tagItems(l)) {
			return inBody
		}
		return undecided
	}},
	{"a marked heading or a bold line opens an entry", func(r *run, c *entryCtx) verdict {
		l, f := c.l(), c.f()
		if cur := c.cur; cur != nil && len(cur.body) == 0 && !f.hasSpan && (l.Heading > 0 || l.Bold) && r.fieldy(l, f) && r.datePlaceOnly(cur, c) {
			// "01/09/2019 – CURRENT  Berlin" over "Engineer – Acme GmbH":
			// the names of the entry its dates opened
			return joinsHeader
		}
		if !(l.Heading > 0 || l.Bold && l.runes <= maxMarkedHeader && !f.sentence && !boldSentence(l) && !(r.lx.startsWithVerb(l.text) && !capitalWords(l.text))) {
			return undecided
		}
		titled := len(f.fields) == 1 && r.lx.isTitle(l.text) ||
			len(f.fields) == 2 && isUnit(f.fields[0]) && r.lx.isTitle(f.fields[1]) // "电气部    电气工程师"
		if cur := c.cur; cur != nil && len(cur.body) == 0 && !f.hasSpan && titled && r.entryDated(cur) && !r.headerHasTitle(cur, c) {
			// "Cascade Streaming Inc." / "January 2021 - Present" / "Principal
			// SRE": the title that completes an employer's dated header
			return joinsHeader
		}
		// a sub-heading ("Earlier Roles") above a line that heads an entry
		// by itself is not an entry
		if n, nf, ok := c.next(1); ok && !f.hasSpan && r.hasHeadingWord(l.text) && nf.hasSpan && r.namesEntry(nf) && n.Heading == 0 && !n.Bold {
			return inBody
		}
		return opensEntry
	}},
	{"a row of a table of entries opens an entry", func(r *run, c *entryCtx) verdict {
		// "Client | Role | Period" over "Acme (UK) | Contractor | 2021 –
		// 2022": each row below the column headings is one entry
		if c.l().rowCells != nil {
			return opensEntry
		}
		// the text between two rows, under the first: its text ("Fencer"'s
		// row, then "Post-and-rail on sheep stations.", then the next row)
		if cur := c.cur; cur != nil && len(cur.header) == 1 && cur.header[0].rowCells != nil && c.l().Cells == nil && c.i+1 < len(c.lines) && c.lines[c.i+1].rowCells != nil {
			return inBody
		}
		return undecided
	}},
	{"a labelled form: an entry starts where its first label comes back", func(r *run, c *entryCtx) verdict {
		// "Dates", "Occupation", "Employer", then "Dates" again
		l, f, cur := c.l(), c.f(), c.cur
		if len(f.kvs) == 0 || !strings.HasPrefix(l.text, f.kvs[0].label) || !isHeaderField(f.kvs[0].field) || len(f.fields) > 0 {
			return undecided
		}
		switch {
		case cur == nil || r.entryHasKV(cur, f.kvs[0].field):
			return opensEntry
		case r.entryHasKV(cur, ""):
			return inBody
		}
		return undecided
	}},
	{"a project named after a label inside a job", func(r *run, c *entryCtx) verdict {
		if c.kind == kWork && c.cur != nil && len(c.cur.header) > 0 && r.projectLabelled(c.l()) {
			return opensEntry // read as that job's project
		}
		return undecided
	}},
	{"an employer's or school's label opens an entry", func(r *run, c *entryCtx) verdict {
		l, f := c.l(), c.f()
		for _, k := range f.kvs {
			if k.field == "entry.company" || k.field == "entry.name" || (c.kind == kEducation && k.field == "edu.institution") {
				if strings.HasPrefix(l.text, k.label) {
					return opensEntry
				}
				return inBody
			}
		}
		return undecided
	}},
	{"a project written on one line with its tools opens an entry", func(r *run, c *entryCtx) verdict {
		// "1. Roster merger (Python, pandas) — a script …": one project
		// a line, numbered or not
		if _, ok := r.toolLead(c.l()); ok && c.kind == kProjects {
			return opensEntry
		}
		return undecided
	}},
	{"a numbered item inside an entry is its text", func(r *run, c *entryCtx) verdict {
		l := c.l()
		if !l.numbered() || c.cur == nil {
			return undecided
		}
		// "② 2022.04—2022.10 《某项目》" after "① 2023.03—2023.06 《某项目》":
		// entries numbered alike, each with its dates
		if h := c.cur.header; len(h) > 0 && h[0].numbered() && sameNumbering(h[0].Marker, l.Marker) && c.f().hasSpan && c.fs[slices.Index(c.lines, h[0])].hasSpan {
			return opensEntry
		}
		// "1. 雾港：像素风解谜游戏" / "2. 订单中心重构：拆分单体订单服务": projects
		// numbered alike, each its name before a colon or a dash
		if h := c.cur.header; c.kind == kProjects && len(h) > 0 && h[0].numbered() && sameNumbering(h[0].Marker, l.Marker) && r.projectLead(h[0]) && r.projectLead(l) {
			return opensEntry
		}
		return inBody
	}},
	{"a row of tags is the entry's text", func(r *run, c *entryCtx) verdict {
		// "React  TypeScript  PostGIS" as chips under a project; not
		// "Line Cook (seasonal) | The Harbour Kitchen | Oban" over its
		// dates in work: a title and an employer, a job's header
		if c.cur != nil && !c.f().hasSpan && tagRow(c.l()) && !r.jobRowOverDates(c) {
			return inBody
		}
		return undecided
	}},
	{"a degree over its school and dates indented or set right under it", func(r *run, c *entryCtx) verdict {
		// "Master of Information Management, with Distinction" over
		// "    Torrensvale University, 2009 - 2011": the degree opens the
		// entry, the line indented under it is its school and dates
		if c.kind != kEducation {
			return undecided
		}
		l, f := c.l(), c.f()
		// (or right under it at the start of a block, the section's or
		// one after a blank: "New Zealand Certificate in Carpentry (Level
		// 4)" over "Tōtara Trades Academy, Whangārei | 2021"; a header
		// being read starts no block; where every line stands apart, a
		// page's paragraphs, the blank says nothing)
		paragraphs := func() bool { return !slices.ContainsFunc(c.lines, func(x *line) bool { return !x.Blank }) }
		schoolDated := func(n *line, nf feat, over *line) bool {
			return n.Marker == "" && (n.Indent > over.Indent || n.Indent == over.Indent && (!n.Blank && (over.Blank || c.cur == nil) || paragraphs())) && nf.hasSpan && len(nf.fields) > 0 && r.lx.isSchool(nf.fields[0]) && !r.lx.hasDegree(n.text)
		}
		degreeLine := func(h *line, hf feat) bool {
			return h.Marker == "" && !hf.hasSpan && !hf.sentence && r.fieldy(h, hf) && r.lx.hasDegree(h.text) && !r.lx.isSchool(h.text)
		}
		if cur := c.cur; cur != nil && len(cur.header) == 1 && len(cur.body) == 0 && cur.header[0] == c.lines[c.i-1] {
			if h := cur.header[0]; degreeLine(h, c.fs[c.i-1]) && schoolDated(l, f, h) {
				return joinsHeader
			}
		}
		if n, nf, ok := c.next(1); ok && degreeLine(l, f) && schoolDated(n, nf, l) {
			return opensEntry
		}
		return undecided
	}},
	{"an employer's dated line under a title alone joins it", func(r *run, c *entryCtx) verdict {
		// "精密加工技術師" / "某某技術所｜2020/03 ~ 迄今｜機械設備｜30~99人": the
		// title opened the entry ("a title over its employer and dates"),
		// its employer's line completes the header
		l, f, cur := c.l(), c.f(), c.cur
		if c.kind != kWork && c.kind != kVolunteer || cur == nil || len(cur.header) != 1 || len(cur.body) > 0 || l.Blank || l.Marker != "" || !f.hasSpan || f.sentence || len(f.fields) == 0 {
			return undecided
		}
		h := cur.header[0]
		hf := r.feature(h)
		if h.Marker != "" || hf.hasSpan || len(hf.fields) != 1 || !r.lx.isTitle(hf.fields[0]) || r.lx.isOrg(hf.fields[0]) {
			return undecided
		}
		if e := f.fields[0]; !(r.lx.isOrg(e) || r.lx.isSchool(e)) || r.lx.isTitle(e) {
			return undecided
		}
		return joinsHeader
	}},
	{"a degree's dated line under a school alone joins it", func(r *run, c *entryCtx) verdict {
		// "**Kestrel Valley University**, Avonford" / "B.A. History —
		// expected June 2027": the school opened the entry, the degree and
		// its dates complete the header
		l, f, cur := c.l(), c.f(), c.cur
		if c.kind != kEducation || cur == nil || len(cur.header) != 1 || len(cur.body) > 0 || l.Blank || l.Marker != "" || !f.hasSpan || f.sentence {
			return undecided
		}
		h := cur.header[0]
		if h.Marker != "" || r.feature(h).hasSpan || !r.lx.isSchool(h.text) || r.lx.hasDegree(h.text) {
			return undecided
		}
		if !r.lx.hasDegree(l.text) || r.lx.isSchool(l.text) {
			return undecided
		}
		return joinsHeader
	}},
	{"a grade's line is the school's text", func(r *run, c *entryCtx) verdict {
		// "GPA 3.58/4.00 · Dean's List Fall 2024, Spring 2025": under a
		// school's entry, however dated
		if c.kind == kEducation && c.cur != nil && len(c.cur.header) > 0 && c.l().Marker == "" && gradeLead.MatchString(c.l().text) {
			return inBody
		}
		return undecided
	}},
	{"a dated line", (*run).datedLineRule},
	{"an employer over how the job was worked", func(r *run, c *entryCtx) verdict {
		// "Kestrel Lofts" / "Contract · 2 yrs" / "Napier, New Zealand":
		// an employer's name alone, how and how long the job was worked
		// under it (a profile page's group of roles)
		l, f := c.l(), c.f()
		if c.kind != kWork && c.kind != kVolunteer || l.Marker != "" || f.hasSpan || f.sentence || len(f.kvs) > 0 || len(f.fields) != 1 || !r.fieldy(l, f) ||
			c.cur != nil && !l.Blank || r.lx.isLocation(l.text) {
			return undecided // (the first line of a section or after a blank: not a job's place over "Full-time", nor its text)
		}
		n, nf, ok := c.next(1)
		if !ok || n.Marker != "" || n.Blank || nf.hasSpan || len(nf.kvs) > 0 || !howWorked(nf.fields) || !slices.ContainsFunc(nf.fields, func(x string) bool {
			return workload.MatchString(strings.Trim(x, "()（） "))
		}) {
			return undecided // (how the job was worked, not only how long: "3 yrs" alone may close a project's line)
		}
		return opensEntry
	}},
	{"an employer over its title and dates", func(r *run, c *entryCtx) verdict {
		// "星河互娱网络有限公司" / "Java 开发实习生 | 2023.07 – 2023.09 | 上海":
		// the employer alone, the next line the title with the dates
		l, f := c.l(), c.f()
		if c.kind != kWork && c.kind != kVolunteer || l.Marker != "" || f.hasSpan || len(f.kvs) > 0 || len(f.fields) == 0 || !placesOnly(r, unitsDropped(f.fields[1:])) {
			return undecided // (a place or a department may follow: "Ridgeline Health Analytics  Denver, CO", "某某科技有限公司 · 基础架构部")
		}
		// an employer by its name's shape: an organisation word, or a few
		// capitalised words ("Fynbos Fintech") that are no title
		name := f.fields[0]
		if org, _, ok := r.lx.cutPlace(name); ok {
			name = org // "NORTHGATE ANALYTICS, Leeds, Yorkshire": the employer and its place
		}
		if !r.fieldy(l, f) {
			return undecided // "Community hospital, 180 beds.": what the employer is, a sentence
		}
		if !r.lx.isOrg(name) && !(titleLike(name) && utf8.RuneCountInString(name) <= maxEmployerLine && !r.lx.isTitle(name) && r.fieldy(l, f)) {
			return undecided
		}
		n, nf, ok := c.next(1)
		if ok && !nf.hasSpan && n.Marker == "" && !r.fieldy(n, nf) && r.lx.isOrg(name) {
			// "Lantern Events Sdn. Bhd." / "Boutique event agency, 25
			// staff; weddings" / "Senior Event Executive  Jan 2022 –
			// current": what the employer is, in a line between
			if n2, nf2, ok2 := c.next(2); ok2 && n2.Marker == "" {
				n, nf = n2, nf2
			}
		}
		if !ok || !nf.hasSpan || nf.sentence || len(nf.fields) == 0 {
			return undecided
		}
		if n.Marker != "" && (n.runes > maxListHeader || len(nf.fields) > 1 || strings.Contains(nf.fields[0], " at ") || !l.Blank && c.cur != nil) {
			// a short item set apart below a name may be its role, the
			// title and the dates alone ("- *VP of Engineering* · Mar 2022
			// – present"); not one that names its own employer, nor under a
			// line that goes on with the entry above ("Early Career")
			return undecided
		}
		for _, x := range nf.fields {
			if r.lx.isOrg(x) {
				return undecided // the next line names an employer of its own
			}
		}
		if r.lx.isTitle(nf.fields[0]) {
			return opensEntry
		}
		return undecided
	}},
	{"a title over its employer and dates", func(r *run, c *entryCtx) verdict {
		// "Graduate Developer" / "University of Dundee IT Services / Dundee /
		// Aug 2018 – Jun 2019": the title alone, the next line the employer
		// with the dates
		l, f := c.l(), c.f()
		if c.kind != kWork && c.kind != kVolunteer || l.Marker != "" || f.hasSpan || len(f.kvs) > 0 || len(f.fields) != 1 || !r.fieldy(l, f) {
			return undecided
		}
		if t := f.fields[0]; !r.lx.isTitle(t) || r.lx.isOrg(t) || r.lx.isSchool(t) || utf8.RuneCountInString(t) > maxTitleLine {
			return undecided
		}
		if c.cur != nil && len(c.cur.body) == 0 && !l.Blank {
			return undecided // right under an employer's dated line: that job's title
		}
		n, nf, ok := c.next(1)
		if !ok || !nf.hasSpan || nf.sentence || len(nf.fields) == 0 || n.Marker != "" {
			return undecided
		}
		if e := nf.fields[0]; !(r.lx.isOrg(e) || r.lx.isSchool(e)) || r.lx.isTitle(e) {
			return undecided
		}
		return opensEntry
	}},
	{"a degree alone under a school joins it", func(r *run, c *entryCtx) verdict {
		// "西安电子职业技术学院" / "电子信息工程技术" / "大专" over the next
		// school's dates: the degree ends this entry, it opens no other
		l, f, cur := c.l(), c.f(), c.cur
		if c.kind != kEducation || cur == nil || len(cur.body) > 0 || l.Marker != "" || f.hasSpan {
			return undecided
		}
		if d, rest := r.lx.degreeIn(l.text); d != "" && rest == "" && !r.entryHasDegree(cur) && entryHasSchool(r, cur) {
			return joinsHeader
		}
		return undecided
	}},
	{"names over their date line", func(r *run, c *entryCtx) verdict {
		l, f := c.l(), c.f()
		if !r.fieldy(l, f) || !shortFields(f) {
			return undecided
		}
		// a date line, or in an outline a bulleted one under this
		// bulleted line ("- Acme · Engineer" over "  - 时间:: 2021 - 今")
		dated := func(n *line, nf feat) bool {
			if r.dateLine(n, nf) {
				return true
			}
			// (a property, "时间:: …", not a dated sub-item of a highlight:
			// "- Promoted to lead" over "  - March 2021")
			m := *n
			m.Marker = ""
			_, _, property := headKV(n.text)
			return n.Marker != "" && l.Marker != "" && n.Indent > l.Indent && property && r.dateLine(&m, nf)
		}
		// a list item whose item holds the whole entry: the date line
		// indented under it, or set in other type
		nested := func() bool {
			n, nf, ok := c.next(1)
			return ok && (n.Marker == "" || n.Indent > l.Indent && l.Marker != "") && dated(n, nf) &&
				(n.Indent > l.Indent || l.runes <= maxListHeader && len(nf.fields) == 0 && (n.Size > 0 && l.Size > 0 && n.Size != l.Size || strings.HasSuffix(l.text, ",")))
		}
		if !(len(f.fields) >= 2 || l.Marker == "" || nested()) {
			return undecided
		}
		if c.cur != nil && (bareURL(l.text) || (tagRow(l) && !r.jobRowOverDates(c)) || techChips(r, l) || c.kind == kWork && r.hanTags(c)) {
			// "github.com/x/foghaven" and "Unity   C#   Tilemap" at the end
			// of a project's text, over the next project's dates: the
			// project's link and chips, no names
			return undecided
		}
		// a line that goes on with the entry's text at its indentation,
		// deeper than the entry's header: a bullet whose marker was lost
		if cur := c.cur; cur != nil && len(cur.body) > 0 && len(cur.header) > 0 {
			if prev := cur.body[len(cur.body)-1]; prev == c.lines[c.i-1] && prev.Indent == l.Indent && l.Indent > cur.header[0].Indent && sameStyle(prev, l) {
				return undecided
			}
		}
		// (three names over the date line open an entry at the start of a
		// block: "U.S. Department of …" / "… Hotshot Crew" / "Boise, ID"
		// over "05/2021 - Present"; a block starts after a blank line, in
		// bold, right under its section's heading or after the bullets of
		// the entry above)
		// (right under the heading or after bullets, only when the third
		// name is a place: not "SAP, Excel" after the bullets, nor "Retail
		// and hospitality" under the heading, over a title and an employer)
		block := l.Blank || l.Bold || l.Heading > 0
		startish := !block && (c.i == 0 && r.heading != nil || c.i > 0 && c.lines[c.i-1].Marker != "" && l.Marker == "")
		for k := 1; k <= 3 && (k < 3 || block || startish && c.i+2 < len(c.lines) && r.lx.isLocation(c.lines[c.i+2].text)); k++ {
			n, nf, ok := c.next(k)
			if !ok {
				break
			}
			if dated(n, nf) {
				if r.datesFirst(c, n) {
					return undecided // the entry's dates came first: that date line opens the next
				}
				if k == 3 && (n.Indent > l.Indent+2 || !l.Bold && l.Heading == 0 && (c.lines[c.i+1].Bold || c.lines[c.i+1].Heading > 0)) {
					// (a date in a right-hand column after three lines: a
					// list's; a bold name under this one: the header starts
					// there)
					return undecided
				}
				for m := 1; m < k; m++ {
					if !r.fieldy(c.lines[c.i+m], c.fs[c.i+m]) || c.fs[c.i+m].hasSpan || c.lines[c.i+m].Marker != "" {
						return undecided
					}
				}
				return opensEntry
			}
			if !r.fieldy(n, nf) {
				break
			}
		}
		return undecided
	}},
	{"a project named in bold before a colon", func(r *run, c *entryCtx) verdict {
		// "• **FeatKit**: 900+ stars on GitHub": one project a line
		if c.kind == kProjects {
			if _, _, ok := r.boldLead(c.l()); ok {
				return opensEntry
			}
			// in plain text: "   FeatKit: 900+ stars", one project a line
			if _, _, ok := r.plainLead(c.l()); ok && (c.cur == nil || len(c.cur.body) == 0 && len(c.cur.header) == 1) {
				if c.cur == nil {
					return opensEntry
				}
				if _, _, prev := r.plainLead(c.cur.header[0]); prev {
					return opensEntry
				}
			}
			if r.nameInLeadList(c) {
				return opensEntry
			}
			// "- kube-slo-lint — checks SLO files in CI (Go)": a list of
			// projects, one an item (not the items under a project's own
			// name: "Route Planner (2023)" / "- Offline Mode — caches maps")
			if _, ok := r.dashLead(c.l()); ok && c.l().Marker != "" {
				if c.cur == nil || len(c.cur.header) == 0 {
					return opensEntry
				}
				if _, prev := r.dashLead(c.cur.header[0]); prev && c.cur.header[0].Marker != "" {
					return opensEntry
				}
			}
		}
		return undecided
	}},
	{"a project's name line", func(r *run, c *entryCtx) verdict {
		l, f, cur := c.l(), c.f(), c.cur
		if c.kind != kProjects || l.Marker != "" || len(f.kvs) > 0 || f.sentence || l.runes > maxProjectName ||
			strings.HasSuffix(l.text, ":") || strings.HasSuffix(l.text, "：") ||
			strings.HasSuffix(l.text, ".") && len(strings.Fields(l.text)) >= minSentenceWords {
			return undecided
		}
		if cur != nil && (len(cur.body) == 0 && findURL(l.text) == l.text || bareURL(l.text) && !entryHasURL(cur)) {
			// "https://github.com/…" under the project's name, or after its
			// text when it has no link yet: its link
			return undecided
		}
		if cur != nil && len(cur.body) > 0 && techChips(r, l) {
			return undecided // "Unity   Shader Graph" after a project's text: its chips
		}
		if cur == nil || l.Blank || c.i == 0 {
			return opensEntry
		}
		if n, nf, ok := c.next(1); ok && (n.Marker != "" && !n.numbered() || len(nf.kvs) > 0) && len(cur.body) > 0 {
			return opensEntry
		}
		return undecided
	}},
	{"a degree line under a school's header joins it", func(r *run, c *entryCtx) verdict {
		// "西蜀科技大学, 成都  2021.09 – 2025.06" over "本科 计算机科学与技术
		// GPA: 3.78/4.0  专业排名: 12/230"
		l, f, cur := c.l(), c.f(), c.cur
		if c.kind != kEducation || cur == nil || len(cur.body) > 0 || l.Marker != "" || f.sentence || f.hasSpan {
			return undecided
		}
		lead := l.text
		if len(f.fields) > 0 {
			lead = f.fields[0]
		}
		if r.lx.hasDegree(lead) && !r.entryHasDegree(cur) && entryHasSchool(r, cur) {
			return joinsHeader
		}
		return undecided
	}},
	{"a school or a second degree opens an education entry", func(r *run, c *entryCtx) verdict {
		l, f, cur := c.l(), c.f(), c.cur
		if c.kind != kEducation || f.sentence || l.Marker != "" && cur != nil {
			return undecided
		}
		if label, _, ok := headKV(l.text); ok && cur != nil {
			if fld, known := r.lx.labelField(label); known && fld != "edu.studyType" && fld != "edu.institution" {
				return undecided // "硕士论文：…", "Master's thesis: …": a labelled fact of the entry, though its label names a degree
			}
		}
		switch {
		case cur == nil && r.lx.isSchool(l.text):
			return opensEntry
		case cur == nil && l.runes <= maxDegreeLine && r.lx.hasDegree(l.text) && r.datesFollow(c.lines, c.fs, c.i, maxHeaderLines):
			return opensEntry // "Bachelor of Science" over its major, school and dates
		case cur != nil && l.runes <= maxSchoolLine && r.lx.isSchool(l.text) && entryHasSchool(r, cur):
			return opensEntry
		case cur != nil && (l.runes <= maxDegreeLine && r.lx.hasDegree(l.text) || r.lx.degreeLine(l)) && r.entryHasDegree(cur):
			return opensEntry // "电子信息工程, 本科" after an entry that has one
		}
		return undecided
	}},
}

// maxChipSizeRatio is the largest size of a row of chips, relative to its
// entry's header, that makes it no header of its own.
const maxChipSizeRatio = 0.9

// techItems reports whether most items name technologies the lexicon
// knows or are written like one ("GTFS-realtime" is not; "Radix UI" is
// not, "React" is).
func (r *run) techItems(items []string) bool {
	return 2*r.techCount(items) > len(items)
}

// techCount is how many items name technologies the lexicon knows or are
// written like one.
func (r *run) techCount(items []string) int {
	n := 0
	for _, it := range items {
		if r.lx.techs[strings.ToLower(it)] || !strings.Contains(it, " ") && techShaped(it) {
			n++
		}
	}
	return n
}

// techChips reports whether a line is two or more short items set apart
// by wide gaps, most of them technologies: chips.
func techChips(r *run, l *line) bool {
	fs := wideFields(l.raw)
	if len(fs) == 1 && r.gluedList(l.text) != nil {
		return true // "ReactTypeScriptMapbox GLPostgreSQL": chips a converter wrote end to end
	}
	return len(fs) >= 2 && !slices.ContainsFunc(fs, func(f string) bool { return !tagLike(f) }) && r.techItems(fs)
}

// entryHasURL reports whether a line of entry e holds a link.
func entryHasURL(e *entry) bool {
	for _, ls := range [][]*line{e.header, e.body} {
		for _, l := range ls {
			if findURL(l.text) != "" {
				return true
			}
		}
	}
	return false
}

// bareURL reports whether s is a link and nothing else.
func bareURL(s string) bool {
	u := findURL(s)
	return u != "" && strings.TrimSpace(s) == u
}

// jobRowOverDates reports whether a short row in work or volunteering
// is a job's header over its date line: one of its items a title (or,
// with no title, an organisation), none a technology.
func (r *run) jobRowOverDates(c *entryCtx) bool {
	if c.kind != kWork && c.kind != kVolunteer {
		return false
	}
	if n, nf, ok := c.next(1); !ok || !r.dateLine(n, nf) {
		return false
	}
	if _, _, ok := r.openingDateLine(c); ok {
		return false // the entries open with their dates ("Jan 2015 – Dec 2020" / "Barista"): a row after the text is chips
	}
	titles, orgs := 0, 0
	for _, it := range tagItems(c.l()) {
		switch {
		case r.lx.techs[strings.ToLower(it)]:
			return false
		case r.lx.isTitle(it):
			titles++
		case r.lx.isOrg(it):
			orgs++
		}
	}
	return titles == 1 || titles == 0 && orgs == 1 // (two titles: two entries set side by side)
}

// Thresholds of a row of tags.
const (
	minTags      = 3  // tags in a row
	maxTagWords  = 3  // words of one tag
	maxTagLength = 24 // columns of one tag (a Han character takes two)
)

// tagRow reports whether a line is a row of tags set apart by the layout
// (chips, badges, a wide-gap list): three or more short items.
func tagRow(l *line) bool {
	if hasSentencePunct(l.text) || l.Marker != "" {
		return false
	}
	fs := tagItems(l)
	if len(fs) < minTags {
		return false
	}
	for _, f := range fs {
		if !tagLike(f) {
			return false
		}
	}
	return true
}

// countsSomething matches a number that counts something ("900+ stars",
// "被 3 家公司"): an achievement, never the name of a technology.
var countsSomething = lazyRE(`(?:^|\s)\d[\d,.]*(?:[+%]\s*|\s+)\pL`)

// tagLike reports whether a piece of text could be one tag: a few words,
// short, counting nothing.
func tagLike(f string) bool {
	return len(strings.Fields(f)) <= maxTagWords && width(f) <= maxTagLength &&
		!countsSomething.MatchString(f)
}

// hanTags reports whether the line of c is Chinese words apart by single
// spaces, which Chinese text does not put between words, none naming a
// school, an employer, a unit, a title, a degree or a place, over a dated
// line that holds a name of its own, no title: a job's skill tags on a
// saved page ("叉车驾驶 仓储管理 库存盘点" over "某某物流仓储站
// 2016.03-2020.03"), no names (not "腾讯 微信 支付" over "2017.07-2019.02
// 产品经理": that job's employer).
func (r *run) hanTags(c *entryCtx) bool {
	l := c.l()
	ws := strings.Fields(l.text)
	if len(ws) < minTags || l.Marker != "" {
		return false
	}
	for _, w := range ws {
		if !allHan(w) || r.lx.isSchool(w) || r.lx.isOrg(w) || isUnit(w) || r.lx.isTitle(w) || r.lx.hasDegree(w) || r.lx.cityIn(w) != "" {
			return false
		}
	}
	_, nf, ok := c.next(1)
	return ok && nf.hasSpan && slices.ContainsFunc(nf.fields, func(f string) bool { return !r.lx.isTitle(f) })
}

// tagItems splits a row of tags: at wide gaps, else at middle dots or
// bars ("Svelte · TypeScript · Web Workers").
func tagItems(l *line) []string {
	if fs := slices.DeleteFunc(wideFields(l.raw), func(f string) bool { return strings.Trim(f, "|｜·•/") == "" }); len(fs) >= minTags {
		return fs // (a bar between wide gaps parts two items, "Acme  ｜  Engineer", and is none)
	}
	if t := strings.TrimSpace(l.text); strings.Count(t, "#") >= minTags && t[0] == '#' && !strings.Contains(t, " ") {
		// "#SwiftUI#WidgetKit#CloudKit": hashtags a converter wrote end to end
		return strings.Split(t[1:], "#")
	}
	if ws := strings.Fields(l.text); len(ws) >= 2 && !slices.ContainsFunc(ws, func(w string) bool { return len(w) < 2 || w[0] != '#' }) {
		// "#Swift #Instruments #SwiftUI": hashtags
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = w[1:]
		}
		return out
	}
	for _, sep := range []string{" · ", " | ", " • ", " / "} {
		if strings.Count(l.text, sep) >= minTags-1 {
			var out []string
			for _, f := range strings.Split(l.text, sep) {
				if f = strings.TrimSpace(f); f != "" {
					out = append(out, f)
				}
			}
			return out
		}
	}
	return nil
}

// boldSentence reports whether a bold line is a sentence in bold (a
// description set off by weight): it ends in a period and runs on.
func boldSentence(l *line) bool {
	ws := strings.Fields(l.text)
	return strings.HasSuffix(l.text, ".") && len(ws) >= 5 && !abbrevEnd(ws[len(ws)-1])
}

// abbrevEnd reports whether the last word of a line is an abbreviation
// whose dot ends no sentence: "Ltd.", "Inc.", "Co.", "S.A.".
func abbrevEnd(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && utf8.RuneCountInString(w) <= maxAbbrev
}

// maxAbbrev is the longest abbreviation with its dot.
const maxAbbrev = 5

// fewWords reports whether s is short enough to be a name: at most
// maxNameWords words (CJK text: twice as many characters).
func fewWords(s string) bool {
	// (a name given again in the other script, in brackets, is no more
	// words: "Harbour Appliances Co. Ltd.（海濱器材有限公司）, Kwun Tong")
	s = hanAside.ReplaceAllString(s, "$1 ")
	// a run of CJK characters counts a word every four characters
	words, han := 0, 0
	for _, w := range strings.Fields(s) {
		h := 0
		for _, c := range w {
			if isHan(c) {
				h++
			}
		}
		if h == 0 && strings.IndexFunc(w, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) >= 0 {
			words++ // a separator ("@", "·", "|") is no word
		}
		han += h
	}
	return words+(han+3)/4 <= maxNameWords
}

// hanAside is a bracket holding Chinese only after Latin text: the same
// name in the other script.
var hanAside = lazyRE(`([A-Za-z.])\s*[(（][\p{Han}·（）()]+[)）]`)

// shortFields reports whether every field of a line is short enough to be
// a name.
func shortFields(f feat) bool {
	// an aside in brackets is no name ("Acme Puppets (tour of 24
	// venues)"), nor a mark alone a word ("&", "/")
	names := make([]string, len(f.fields))
	total := 0
	for i, x := range f.fields {
		names[i] = asideRun.ReplaceAllString(x, " ")
		for _, w := range strings.Fields(names[i]) {
			if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
				total++
			}
		}
	}
	if total > maxHeaderWords {
		return false // a sentence, though its parts are short
	}
	for _, x := range names {
		parts := commaSplit.Split(x, -1)
		for k, part := range parts {
			part = strings.TrimSpace(part)
			if cjk, latin, ok := scriptHalves(part); ok && fewWords(cjk) && fewWords(latin) {
				continue // "某某训练中心 Harbour Youth Table Tennis Training Centre": one name in two scripts, each short
			}
			if !fewWords(part) {
				return false
			}
			// "…, three of whom were promoted": a clause, not a name
			if part == "" {
				continue
			}
			if c := part[0]; k > 0 && c >= 'a' && c <= 'z' && !strings.HasPrefix(part, "at ") && !strings.HasPrefix(part, "inc") &&
				!(k+1 < len(parts) && len(strings.Fields(part)) <= maxLowerUnit && unicode.IsUpper(firstRuneOf(strings.TrimSpace(parts[k+1])))) {
				// (a few words in lower case between names are a unit or a
				// way of working: "Rigger, part-time, Kestrel Sails Ltd")
				return false
			}
		}
	}
	return true
}

// maxLowerUnit is how many words in lower case a header's part between
// two names may run to.
const maxLowerUnit = 3

// headerNames counts the name fields of an entry's header.
func (r *run) headerNames(e *entry) int {
	n := 0
	for _, l := range e.header {
		fields := r.feature(l).fields
		for i, f := range fields {
			switch {
			case r.lx.isLocation(f): // "Acme  Boston, MA": one name and a place
			case i > 0 && r.slashedTitles(l.raw, fields[i-1], f):
				// "Diver / Tender": two roles held at once, one position
			case hasHan(f) && func() bool { _, _, ok := r.lx.splitOrgTitle(f); return ok }():
				n += 2 // "某科技有限公司 数据工程师": both names
			default:
				n++
			}
		}
	}
	return n
}

// slashedTitles reports whether a and b are titles, no employer, school
// or place, written in that order in raw with a slash between them:
// "Diving Supervisor / Lead Diver", two roles held at once.
func (r *run) slashedTitles(raw, a, b string) bool {
	i := strings.Index(raw, a)
	if i < 0 || !strings.Contains(raw[i+len(a):], "/") {
		return false // (the cheap test first: headerNames asks often)
	}
	rest := raw[i+len(a):]
	if k := strings.Index(rest, b); k <= 0 || strings.TrimSpace(rest[:k]) != "/" {
		return false
	}
	pure := func(s string) bool {
		return r.lx.isTitle(s) && !r.lx.isOrg(s) && !r.lx.isSchool(s) && !r.lx.isLocation(s)
	}
	return pure(a) && pure(b) && hasHan(a) == hasHan(b)
}

// datedNameBeforeDash reports whether a line opens with a short name that
// holds the dates, then a spaced dash: "Campus bike-share analysis (2022)
// — demand clustering for 80 docks."
func datedNameBeforeDash(s string) bool {
	sp, dated := findSpan(s)
	if !dated {
		return false
	}
	for _, d := range []string{" — ", " – ", " -- "} {
		if i := strings.Index(s, d); i >= 0 {
			if sp.To > i {
				return false // the dash is the dates' own, or the dates come after it
			}
			name := stripIcons(strings.TrimSpace(trailAside.ReplaceAllString(cutSpan(s[:i], sp), "")))
			return strings.IndexFunc(name, unicode.IsLetter) >= 0 && !hasSentencePunct(name) && !strings.Contains(name, ". ") && fewWords(name)
		}
	}
	return false
}

// datedLineRule places a line that holds dates.
func (r *run) datedLineRule(c *entryCtx) verdict {
	l, f, cur := c.l(), c.f(), c.cur
	if !f.hasSpan {
		return undecided
	}
	if c.kind == kProjects && l.Marker == "" && datedNameBeforeDash(l.raw) && (cur == nil || l.Blank || len(cur.header) > 0 && datedNameBeforeDash(cur.header[0].raw)) {
		// "Bus ridership forecasting (MSc dissertation, 2024) — LightGBM
		// model beating the baseline. Python, pandas": a project's name and
		// dates, then what it was, on one line (the first, or one of a list
		// of such lines: not a dated phase in a project's text)
		return opensEntry
	}
	if f.sentence {
		return inBody
	}
	if cur != nil && len(cur.header) > 0 && (l.Marker != "" && !l.numbered() || l.Marker == "" && strings.HasSuffix(l.text, ".")) && r.lx.startsWithVerb(l.text) {
		// "- Co-curated Threads of Jiangnan (2023–24), 140 objects": what
		// was done, a bullet of the entry above, however dated; so is a
		// sentence that opens with a verb ("Promoted to shift lead once the
		// night bakery opened (2020 – 2022).")
		return inBody
	}
	if last := lastBody(cur); last != nil && l.Marker != "" && last.Marker == l.Marker && l.Indent == last.Indent &&
		(!f.span.Range || f.span.Open || f.span.To <= len(l.raw) && strings.Trim(l.raw[f.span.To:], " .。") != "") &&
		strings.HasSuffix(strings.TrimSpace(l.raw), ".") && len(strings.Fields(l.raw[:min(f.span.From, len(l.raw))])) >= 5 {
		// "• Acting line trainer for the first officers hired each
		// spring since 2023.", "- Kept the hotel open in 2020-2021 with
		// a small crew.": a sentence among the entry's bullets, at
		// their level, that mentions a date (not "- Data Analyst at
		// Initech, Mar 2017 – Dec 2018.", a range that ends it: a job)
		return inBody
	}
	if (c.kind == kWork || c.kind == kVolunteer) && !f.span.Range && !(lengthBeside(l.raw, f.span) && (l.Blank || cur == nil)) && !(len(f.fields) >= 2 && l.Marker == "" && (strings.Contains(l.raw, "  ") || containsAny(l.raw, "|｜") || dateSetApart(l.raw, f.span) && !r.inEntryDates(cur, f.span))) &&
		!r.commaNamesYear(l, f) && !r.yearParagraph(c) {
		// one date is no employment, unless it stands apart beside the
		// names or a length of time follows it ("2012 (4 months)" after
		// a blank line, a short job's date alone): "Acme  | Designer  Apr
		// 2021", a job that runs on;
		// "Apprentice | Loma Software | '23", a year's job; "Harbourline Labs,
		// Singapore — UX Research Intern · 2017 (6 months)"; "Intern,
		// Kestrel Sails Ltd, Napier  2010" after a blank line (commaNamesYear)
		return inBody
	}
	if r.dateLine(l, f) && len(f.fields) == 0 {
		// a date alone: it heads the entry when the next line holds the
		// names (or their definition, Pandoc's ":   Engineer, Acme")
		n, nf, ok := c.next(1)
		if !ok || !r.fieldy(n, nf) || nf.hasSpan || n.Marker != "" && n.Marker != ":" {
			return inBody
		}
		if p := c.i - 1; p >= 0 && r.fieldy(c.lines[p], c.fs[p]) && !c.fs[p].hasSpan && c.lines[p].Marker == "" &&
			(cur == nil || !r.entryDated(cur) && (len(cur.body) == 0 || cur.body[len(cur.body)-1] == c.lines[p])) {
			return inBody // it belongs to the header above
		}
		return opensEntry
	}
	if len(f.fields) == 0 {
		return inBody
	}
	if cur != nil && parenDate(l.raw, f.span) && len(f.fields) < 2 && (l.Marker != "" || c.kind == kWork && !r.lx.isOrg(l.text) && !r.lx.isTitle(l.text)) {
		n, nf, ok := c.next(1)
		// a list of dated one-line entries: the entry above was one too
		var first *line
		firstShape := false
		if len(cur.header) > 0 {
			first = cur.header[0]
			k := slices.Index(c.lines, first)
			firstShape = k >= 0 && parenDate(first.raw, c.fs[k].span) && len(c.fs[k].fields) < 2
		}
		sameShape := len(cur.body) == 0 && len(cur.header) == 1 && first.Marker != "" && firstShape ||
			// "Northgate Analytics (03/2012 - now)" over its title, and after
			// a blank line another such line: the next entry, set as the
			// first was (a phase of the job is not set apart by a blank)
			firstShape && l.Blank && l.Marker == "" && first.Marker == "" && l.Indent == first.Indent && first != l
		if !sameShape && (!ok || !(n.Indent > l.Indent || len(nf.kvs) > 0 && len(nf.fields) == 0) || l.numbered()) {
			return inBody // a dated phase of the current entry
		}
	}
	if cur != nil && len(cur.body) == 0 && f.span.Range && r.yearBadge(cur, c) && placesOnly(r, f.fields) {
		// "2021  Senior iOS Engineer · 某公司" over "2021.03 – 至今 · 上海": the
		// timeline's year badge, then the entry's dates and place
		return joinsHeader
	}
	if (c.kind == kWork || c.kind == kVolunteer) && cur != nil && len(cur.body) == 0 && !r.entryDated(cur) && len(f.fields) > 0 &&
		r.lx.isTitle(f.fields[0]) && !r.headerHasTitle(cur, c) && !r.nextRoleBelow(c.lines, c.fs, c.i) {
		// "Ridgeline Health Analytics  Denver, CO" over "ENGINEERING
		// MANAGER  Mar. 2019 - Present": the employer's title and dates
		// (unless another role follows, set alike: the employer's roles
		// one after another, each its own entry)
		return joinsHeader
	}
	if cur != nil && len(cur.body) == 0 && !r.entryDated(cur) && !slices.ContainsFunc(f.fields, func(x string) bool {
		_, _, labelled := r.lx.iconField(x)
		return !labelled && !metaField(x) && stripIcons(x) != ""
	}) && len(f.fields) > 0 {
		// "实时数仓 2.0" over "🕒 2022.03 → 2022.12  👤 技术负责人  🏢 某公司":
		// the dates and fields the icons label complete the header
		return joinsHeader
	}
	if c.kind == kProjects && cur != nil && len(cur.body) == 0 && !r.entryDated(cur) && len(f.fields) == 1 && r.lx.isOrg(f.fields[0]) {
		// "湖仓一体平台建设  项目负责人" over "2022.01 – 2023.06 ｜ 某某科技有限公司":
		// the project's dates and the company it was done at
		return joinsHeader
	}
	if utf8.RuneCountInString(f.fields[0]) <= maxHeaderField && !englishSentence.MatchString(f.fields[0]) {
		return opensEntry
	}
	if c.kind == kEducation && utf8.RuneCountInString(f.fields[0]) <= maxTitleUnitLine && (r.lx.hasDegree(f.fields[0]) || r.lx.isSchool(f.fields[0])) {
		// "B.S. Business Administration (Logistics concentration),
		// Sandhills Crossing University (online)    expected Dec 2024"
		return opensEntry
	}
	return inBody
}

// placeLine asks the rules about line i and returns the verdict and the
// name of the rule that gave it ("" when none did: body text).
func (r *run) placeLine(kind Kind, lines []*line, fs []feat, i int, cur *entry) (verdict, string) {
	c := &entryCtx{kind: kind, lines: lines, fs: fs, i: i, cur: cur}
	for _, rule := range entryRules {
		if v := rule.decide(r, c); v != undecided {
			return v, rule.name
		}
	}
	return inBody, ""
}

// startsEntry reports whether line i opens a new entry.
func (r *run) startsEntry(kind Kind, lines []*line, fs []feat, i int, cur *entry) bool {
	v, _ := r.placeLine(kind, lines, fs, i, cur)
	return v == opensEntry
}

// yearBadge reports whether an entry's header is dated by a single year
// only, no range.
func (r *run) yearBadge(e *entry, c *entryCtx) bool {
	for _, h := range e.header {
		if i := slices.Index(c.lines, h); i >= 0 && c.fs[i].hasSpan {
			return !c.fs[i].span.Range && len(c.fs[i].span.Start) == len("2006")
		}
	}
	return false
}

// gradeLead is a line that opens with a grade or a list of honours:
// "GPA 3.58/4.00", "Dean's List Fall 2024", "绩点 3.6/4.0".
var gradeLead = lazyRE(`^(?:(?i:c?gpa|dean'?s list)\b|绩点|績點)`)

// unitsDropped is fields without the names of departments ("基础架构部").
func unitsDropped(fields []string) []string {
	var out []string
	for _, x := range fields {
		if !isUnit(x) {
			out = append(out, x)
		}
	}
	return out
}

// maxYearParagraph is the longest paragraph of names and a year read as
// an entry, in runes.
const maxYearParagraph = 2 * maxHeaderField

// yearParagraph reports whether line i is a short paragraph of names and
// one date that opens its section or follows a paragraph of the same
// shape: "Volunteer, Riverside Food Bank, 2019" / "Reading Tutor, City
// Library, 2017", a year's role each.
func (r *run) yearParagraph(c *entryCtx) bool {
	l, f := c.l(), c.f()
	shape := func(l *line, f feat) bool {
		return l.Blank && l.Marker == "" && f.hasSpan && !f.span.Range && !f.sentence && len(f.fields) > 0 && r.fieldy(l, f) &&
			utf8.RuneCountInString(l.text) <= maxYearParagraph
	}
	if !shape(l, f) {
		return false
	}
	if c.cur == nil {
		return true
	}
	if len(c.cur.header) == 0 {
		return false
	}
	h := c.cur.header[0]
	k := slices.Index(c.lines, h)
	return k >= 0 && shape(h, c.fs[k])
}

// placesOnly reports whether every field is a place (or there is none).
func placesOnly(r *run, fields []string) bool {
	for _, x := range fields {
		if !r.lx.isLocation(x) && r.lx.cityIn(x) == "" {
			return false
		}
	}
	return true
}

// headerHasTitle reports whether an entry's header names a job title.
func (r *run) headerHasTitle(e *entry, c *entryCtx) bool {
	for _, h := range e.header {
		if i := slices.Index(c.lines, h); i >= 0 {
			for _, x := range c.fs[i].fields {
				if r.lx.isTitle(x) {
					return true
				}
			}
		}
	}
	return false
}

// nameInLeadList reports whether the line is a name and a colon with
// nothing after it ("Campus Bus Tracker:") under an entry read from a
// "Name: what it is" line at its indentation: the next item of that list.
func (r *run) nameInLeadList(c *entryCtx) bool {
	l, cur := c.l(), c.cur
	name, ok := strings.CutSuffix(l.text, ":")
	if !ok || !titleLike(name) || cur == nil || len(cur.header) != 1 || cur.header[0].Indent != l.Indent {
		return false
	}
	if _, known := r.lx.labelField(name); known {
		return false
	}
	if _, _, bold := r.boldLead(cur.header[0]); bold {
		return true // "• **Tinyraft**: …" above "• **Campus Bus Tracker**:"
	}
	_, _, prev := r.plainLead(cur.header[0])
	return prev
}

// datePlaceOnly reports whether an entry's header so far holds dates and
// places only, no name: the names are still to come.
func (r *run) datePlaceOnly(e *entry, c *entryCtx) bool {
	dated := false
	for _, h := range e.header {
		i := slices.Index(c.lines, h)
		if i < 0 || !c.fs[i].hasSpan && len(c.fs[i].kvs) == 0 && len(c.fs[i].fields) == 0 {
			return false
		}
		dated = dated || c.fs[i].hasSpan || len(c.fs[i].kvs) > 0
		for _, x := range c.fs[i].fields {
			if !r.lx.isLocation(x) && r.lx.cityIn(x) == "" {
				return false
			}
		}
	}
	return dated // (a place may have a line of its own: "2016 - 2021" / "Ann Arbor, MI")
}

// maxEmployerLine is the longest line read as an employer's name by its
// shape alone.
const maxEmployerLine = 40

// minSentenceWords is the fewest words of a line ending in a full stop
// that make it a sentence rather than a name.
const minSentenceWords = 4

// maxBoldLead is the longest name set in bold before a colon.
const maxBoldLead = 40

// boldLead splits a line that opens with a name set apart in bold or as a
// link, then a colon, then text without dates: "FeatKit: a feature
// library".
// A known label in bold ("项目描述：") names no project.
func (r *run) boldLead(l *line) (name, rest string, ok bool) {
	if len(l.Spans) < 2 {
		return "", "", false
	}
	first := l.Spans[0]
	if !first.Style.Bold && first.Link == "" {
		return "", "", false
	}
	name = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(first.Text), ":："))
	if name == "" || utf8.RuneCountInString(name) > maxBoldLead {
		return "", "", false
	}
	if _, label := r.lx.labelField(name); label {
		return "", "", false // "**项目描述**：…" is a label
	}
	after := strings.TrimSpace(strings.TrimPrefix(l.text, strings.TrimSpace(first.Text)))
	trimmed := strings.TrimSpace(strings.TrimLeft(after, ":："))
	if trimmed == after && !containsAny(first.Text, ":：") || trimmed == "" {
		return "", "", false // no colon between the name and the text
	}
	if _, dated := findSpan(trimmed); dated {
		return "", "", false // "SwiftCache: Swift, SPM  Jun 2021 – Present" is a header
	}
	return name, trimmed, true
}

// projectHeaderPart reports whether a line under a project's dated name
// completes its header: a labelled field, a title in 《》, or fields that
// name a role, a client or tools ("Go, Raft, gRPC    个人项目").
func (r *run) projectHeaderPart(l *line, f feat) bool {
	if _, _, labelled := headKV(l.text); labelled || len(f.kvs) > 0 || strings.Contains(l.text, "《") {
		return true
	}
	return slices.ContainsFunc(f.fields, func(x string) bool {
		return r.lx.isTitle(x) || r.rolesList(x) || r.lx.isOrg(x) || r.lx.isSchool(x) || isTechList(x) || r.techCount(splitList(x)) > 0
	})
}

// projectLead reports whether a line names a project before a colon or a
// spaced dash and then says what it is.
func (r *run) projectLead(l *line) bool {
	if _, _, ok := r.boldLead(l); ok {
		return true
	}
	if _, _, ok := r.plainLead(l); ok {
		return true
	}
	_, ok := r.dashLead(l)
	return ok
}

// plainLead is boldLead for plain text: a short name, a colon, a text of
// its own ("FeatKit: 900+ stars on GitHub"). The name is no known label,
// a few capitalised words or Chinese, no sentence.
func (r *run) plainLead(l *line) (name, rest string, ok bool) {
	if len(l.Spans) > 1 && l.Spans[0].Bold {
		return "", "", false // a name set in bold: boldLead reads it
	}
	label, value, found := headKV(l.text)
	if !found || value == "" || utf8.RuneCountInString(label) > maxBoldLead || len(strings.Fields(label)) > 4 || hasSentencePunct(label) {
		return "", "", false
	}
	bare := label
	if sp, dated := findSpan(label); dated && parenDate(label, sp) {
		bare = strings.TrimSpace(cutSpan(label, sp)) // "销售看板（2020.05）"
	}
	if !titleLike(bare) && !hasHan(bare) && !strings.ContainsAny(bare, "0123456789.-") {
		return "", "", false
	}
	if _, known := r.lx.labelField(label); known {
		return "", "", false
	}
	if _, dated := findSpan(value); dated {
		return "", "", false
	}
	return strings.TrimSpace(label), strings.TrimSpace(value), true
}

// sameNumbering reports whether two list markers number alike: "①" and
// "②", "1." and "2.", "(1)" and "(2)".
func sameNumbering(a, b string) bool {
	shape := func(m string) string {
		var out []rune
		for _, c := range m {
			switch {
			case c >= '0' && c <= '9':
				if len(out) == 0 || out[len(out)-1] != '9' {
					out = append(out, '9')
				}
			case c >= '①' && c <= '⑳':
				out = append(out, '①')
			case strings.ContainsRune("一二三四五六七八九十", c):
				if len(out) == 0 || out[len(out)-1] != '一' {
					out = append(out, '一') // "（一）", "（十二）"
				}
			default:
				out = append(out, c)
			}
		}
		return string(out)
	}
	return a != b && shape(a) == shape(b)
}

// dateSetApart reports whether the date span sp ends the line text after
// a separator of fields (" · ", " • ", " — ", " – "), with at most its
// length in round brackets after it: "… — UX Research Intern · 2017 (6
// months)".
func dateSetApart(text string, sp Span) bool {
	if sp.From <= 0 || sp.To > len(text) || sp.From > sp.To {
		return false
	}
	before := strings.TrimRight(text[:sp.From], " ")
	if len(before) == len(text[:sp.From]) {
		return false // no space before the date
	}
	if !slices.ContainsFunc([]string{" ·", " •", " —", " –"}, func(sep string) bool { return strings.HasSuffix(before, sep) }) {
		return false
	}
	after := strings.TrimSpace(text[sp.To:])
	if after == "" {
		return true
	}
	for _, b := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if inner, ok := strings.CutPrefix(after, b[0]); ok {
			if inner, ok = strings.CutSuffix(inner, b[1]); ok {
				return duration.MatchString(strings.TrimSpace(inner))
			}
		}
	}
	return false
}

// inEntryDates reports whether the single date sp falls within the dates
// of the entry e: "Promoted to Senior Designer · 2019" under a job of
// 2018 – 2021 is a step of that job, not another.
func (r *run) inEntryDates(e *entry, sp Span) bool {
	if e == nil || len(sp.Start) < 4 {
		return false
	}
	for _, h := range e.header {
		hf := r.feature(h)
		if !hf.hasSpan || !hf.span.Range || len(hf.span.Start) < 4 {
			continue
		}
		y := sp.Start[:4]
		end := hf.span.End
		return y >= hf.span.Start[:4] && (end == "" || len(end) >= 4 && y <= end[:4])
	}
	return false
}

// lastBody returns the last line of the entry e's text so far, nil for
// none.
func lastBody(e *entry) *line {
	if e == nil || len(e.body) == 0 {
		return nil
	}
	return e.body[len(e.body)-1]
}

// commaNamesYear reports whether a line after a blank one lists names
// with commas, a title first and an employer after it, then after a
// wide gap one date that ends it: "Intern, rigging loft, Kestrel Sails
// Ltd, Napier  2010", a year's job.
func (r *run) commaNamesYear(l *line, f feat) bool {
	if !l.Blank || l.Marker != "" || len(f.fields) != 1 || f.span.From > len(l.raw) || f.span.To > len(l.raw) || !strings.Contains(l.raw[:f.span.From], "  ") ||
		strings.TrimSpace(l.raw[f.span.To:]) != "" || containsAny(f.fields[0], ":：") {
		return false
	}
	// a title first, an employer after it (not "Promoted to Senior
	// Engineer, Payments team  2021", a step of the job above, nor
	// "Rigger of the Year, Napier Marine Trades Ltd  2018", a prize)
	parts := r.commaParts(f.fields[0])
	return len(parts) >= 2 && r.lx.isTitle(parts[0]) && !r.lx.startsWithVerb(parts[0]) && slices.ContainsFunc(parts[1:], r.lx.isOrg)
}
