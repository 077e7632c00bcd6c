package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// entry is one item of an entry section: its header lines and body lines.
type entry struct {
	header []*line
	body   []*line
	detail bool // a row of a table of entries, whose text below the table is being read
	// named is the piece of a row's cell that a name over the row's text
	// below the table gave ("**Acme**" over the row "Engineer — Acme,
	// Leeds"): an employer, where the row alone does not say which piece is
	named string
}

// rowNamed is the entry of a table row that line l names when it heads
// that row's text below the table: its lead in bold (or the whole line
// bold or a heading), up to a dash or bracket, is one of the row's cells
// ("**Acme**（2019 – now）" under the row "2019 – now | Acme (UK) | …").
func rowNamed(rows []*entry, l *line) *entry {
	if len(rows) == 0 || l.rowCells != nil || l.Marker != "" {
		return nil
	}
	var lead string
	switch {
	case len(l.Spans) > 1 && l.Spans[0].Bold:
		lead = l.Spans[0].Text
	case l.Bold || l.Heading > 0:
		lead = l.text
	default:
		return nil
	}
	if i := indexAny(lead, "(（|｜"); i > 0 {
		lead = lead[:i]
	}
	for _, d := range []string{" — ", " – ", " - "} {
		lead, _, _ = strings.Cut(lead, d)
	}
	key := func(s string) string { return squash(trimSeps(s)) }
	k := key(lead)
	if utf8.RuneCountInString(k) < 2 {
		return nil
	}
	var found *entry
	piece := ""
	for _, e := range rows {
		for _, c := range e.header[0].rowCells {
			if key(c) == k || key(trailBracket.ReplaceAllString(c, "")) == k {
				if found != nil && found != e {
					return nil // a cell of two rows ("Engineer"): it names neither
				}
				found, piece = e, ""
				continue
			}
			// a piece of a cell that joins two with a dash, before its
			// place: "Engineer — Acme, Leeds" named "Acme"
			for _, p := range dashPieces(c) {
				if before, _, _ := strings.Cut(p, ", "); key(p) == k || key(before) == k {
					if found != nil && found != e {
						return nil
					}
					found, piece = e, strings.TrimSpace(before)
				}
			}
		}
	}
	if found != nil && piece != "" {
		found.named = piece
	}
	return found
}

// dashPieces splits a cell at the dashes set apart by spaces that join
// its pieces ("Engineer — Acme, Leeds"); nil when it has none.
func dashPieces(c string) []string {
	if ps := spacedDash.Split(c, -1); len(ps) > 1 {
		return ps
	}
	return nil
}

// spacedDash is a dash with a space on each side: what joins the pieces
// of a header or a cell.
var spacedDash = lazyRE(` [—–-] `)

// header is what an entry's header lines say.
type header struct {
	span    Span
	hasSpan bool
	fields  []string // free-text fields in order
	kvs     []kv     // labelled fields
	url     string
}

// features of a line used to find entry headers.
type feat struct {
	span     Span
	hasSpan  bool
	fields   []string // fields of the line with the date and labels removed
	kvs      []kv
	sentence bool
}

func (r *run) feature(l *line) feat {
	if l.feat == nil {
		f := r.computeFeature(l)
		l.feat = &f
	}
	return *l.feat
}

func (r *run) computeFeature(l *line) feat {
	f := feat{sentence: hasSentencePunct(l.raw)}
	t := l.raw
	f.span, f.hasSpan = findSpan(t)
	if f.hasSpan && !f.span.Range && strings.TrimSpace(t[f.span.To:]) == "" {
		if fld, ok := r.lx.labelField(strings.TrimRight(strings.TrimSpace(t[:f.span.From]), ":： ")); ok && (fld == "entry.start" || fld == "entry.end") {
			f.hasSpan = false // "结束时间：2023.01": the date is the label's value, a start or an end
		}
	}
	if f.hasSpan && r.noteDate(t, f.span) {
		// "策划总监（2022年3月前为主策划）": a note and its date, no field
		open := strings.LastIndexAny(t[:f.span.From], "(（")
		_, n := utf8.DecodeRuneInString(t[f.span.To+strings.IndexAny(t[f.span.To:], ")）"):])
		t = strings.TrimRight(t[:open], " ") + " " + t[f.span.To+strings.IndexAny(t[f.span.To:], ")）")+n:]
		f.hasSpan = false
	}
	if f.hasSpan && f.span.Range {
		f.span = laterRanges(t, f.span)
	}
	if f.hasSpan {
		if rest := t[min(f.span.To, len(t)):]; f.span.Range && strings.IndexFunc(rest, unicode.IsDigit) >= 0 {
			if sp, ok := findSpan(rest); ok && sp.Range && sp.Start == f.span.Start && sp.End == f.span.End && sp.Open == f.span.Open && strings.Trim(rest[:sp.From], " /｜|") == "" {
				// "2019.05 – 至今 / May 2019 – Present": the dates said
				// again right after, in the other script
				t = t[:f.span.To] + rest[sp.To:]
			}
		}
		t = cutSpan(t, f.span)
	}
	lead, kvs := r.lx.splitKV(t)
	f.kvs = kvs
	for _, x := range splitFields(lead) {
		if !duration.MatchString(x) && !(f.hasSpan && openEndAside(x)) {
			f.fields = append(f.fields, x)
		}
	}
	if len(f.fields) == 2 && twoScripts(f.fields) && (r.lx.isTitle(f.fields[0]) && r.lx.isTitle(f.fields[1]) && r.lx.isOrg(f.fields[0]) == r.lx.isOrg(f.fields[1]) || r.lx.isOrg(f.fields[0]) && r.lx.isOrg(f.fields[1])) {
		// "營養師  Dietitian  2021年9月 – 現在": one title in two scripts,
		// set apart by a gap (a change of font in a PDF); not a title and
		// a firm whose name holds a title's word ("Site Engineer —
		// 某某工程師事務所")
		f.fields = []string{f.fields[0] + " " + f.fields[1]}
	}
	if f.hasSpan && !f.sentence && len(f.fields) == 1 && utf8.RuneCountInString(f.fields[0]) > maxHeaderField {
		// "Graduate Research Assistant, Hale Lab for …, Some University
		// (Jan 2023 – present)": names listed with commas, too long for one
		if parts, ok := r.commaFields(f.fields[0]); ok {
			f.fields = parts
		}
	}
	if f.hasSpan && f.sentence {
		// punctuation only after the date (a description field) still allows a header
		before := l.raw[:f.span.From]
		f.sentence = hasSentencePunct(before)
		if f.sentence && len(kvs) == 0 {
			// "学士，某大学，某学院，某专业，2012.9~2016.7": commas between names
			if parts, ok := r.commaFields(before); ok {
				f.sentence, f.fields = false, parts
			}
		}
		if cols := wideFields(before); f.sentence && len(cols) >= 2 && !hasSentencePunct(cols[0]) && (r.lx.isSchool(cols[0]) || r.lx.isOrg(cols[0])) {
			// "英国西岸大学   金融学硕士 MSc Finance，Merit   2020.09 – 2021.11":
			// columns set apart by wide gaps, the first naming a school or
			// an employer; a comma inside a later column is a note's
			f.sentence = false
		}
		if trimmed := strings.TrimRight(before, " ,，"); f.sentence && !hasSentencePunct(trimmed) && len(f.fields) >= 2 && (r.lx.isSchool(f.fields[0]) || r.lx.isOrg(f.fields[0])) {
			// "某某大學 — 工商管理學士，2015 – 2019": names the line's
			// separators set apart, the first a school's or an employer's,
			// and sentence punctuation only right before the dates
			f.sentence = false
		}
	}
	if !f.hasSpan && f.sentence && !hasSentencePunct(strings.NewReplacer("，", "", ",", "").Replace(l.raw)) && len(f.fields) >= 2 && hasHan(l.raw) && strings.IndexFunc(l.raw, unicode.IsDigit) < 0 {
		// "硕士 海洋生物学 — 某某海洋大学，舟山": names a separator sets
		// apart, a comma only inside one of them (a school and its town),
		// each a list of names (no figures: "GPA 3.61/4.0，专业排名 7/90"
		// are facts)
		f.sentence = slices.ContainsFunc(f.fields, func(x string) bool {
			parts, _ := r.commaFields(x)
			return strings.ContainsAny(x, "，,") && parts == nil
		})
	}
	return f
}

// laterRanges extends a range to the end of the ranges that follow it in
// a list ("Jan.–Apr. 2016, Jan.–Apr. 2017 and Jan.–Apr. 2018": seasons of
// one job, from the first start to the last end), each later than the one
// before.
func laterRanges(t string, sp Span) Span {
	for {
		rest := t[sp.To:]
		k := len(rest) - len(strings.TrimLeft(rest, " ,;，；、"))
		if strings.HasPrefix(rest[k:], "and ") || strings.HasPrefix(rest[k:], "& ") {
			k += strings.Index(rest[k:], " ") + 1
		}
		if k == 0 {
			return sp
		}
		next, ok := findSpan(rest[k:])
		if !ok || !next.Range || next.From != 0 || next.Start < sp.Start || sp.Open {
			return sp
		}
		sp.End, sp.Open, sp.To = next.End, next.Open, sp.To+k+next.To
	}
}

// maxCommaField is the widest name a comma-separated header holds, in
// display columns (a Han character is two).
const maxCommaField = 40

// commaFields splits the part of a line before its dates at commas when
// it is a list of names, not a sentence: two parts or more, each short and
// free of other sentence punctuation, one of them a school, an employer, a
// degree or a title.
func (r *run) commaFields(s string) ([]string, bool) {
	parts := r.lx.joinLegalForms(commaSplit.Split(strings.Trim(s, sepChars), -1), ", ")
	if len(parts) < 2 {
		return nil, false
	}
	named := false
	for _, p := range parts {
		if p == "" || width(p) > maxCommaField || containsAny(p, "。；！？!?;") {
			return nil, false
		}
		if r.lx.isSchool(p) || r.lx.isOrg(p) || r.lx.hasDegree(p) || r.lx.isTitle(p) {
			named = true
		}
	}
	return parts, named
}

// legalKey is a legal form as legal_forms.txt lists it: no dots, lower
// case from three letters ("S.p.A." is "spa", "Co., Ltd." is "Co ltd",
// "CO" stays "CO").
func legalKey(s string) string {
	ws := strings.Fields(strings.NewReplacer(".", "", ",", " ").Replace(s))
	for i, w := range ws {
		if len(w) >= 3 {
			ws[i] = strings.ToLower(w)
		}
	}
	return strings.Join(ws, " ")
}

// joinLegalForms puts a part that is only a company's legal form back on
// the part before it, with sep between: "Summit Pay" and "Inc." are the
// name "Summit Pay, Inc.", not a name and a second one; not on a title.
func (lx *Lexicon) joinLegalForms(parts []string, sep string) []string {
	var out []string
	for _, p := range parts {
		if n := len(out); n > 0 && lx.legalForms[legalKey(p)] && !lx.isTitle(out[n-1]) {
			out[n-1] += sep + strings.TrimSpace(p)
			continue
		}
		out = append(out, p)
	}
	return out
}

// headerLabels are the labelled fields that may stand in a header.
func isHeaderField(field string) bool {
	switch field {
	case "entry.dates", "entry.start", "entry.end", "entry.company", "entry.position", "entry.location", "city", "entry.name",
		"entry.x-department", "entry.x-teamSize", "entry.x-level", "entry.x-reportsTo", "entry.x-industry",
		"entry.x-reasonForLeaving", "entry.x-salary", "edu.institution", "edu.area", "edu.studyType", "edu.dates", "edu.endDate", "edu.x-advisor":
		return true
	}
	return false
}

// dateLine reports whether l is a line of dates (and header labels) only:
// "时间：2022.6 – 2023.8 | 团队规模：20人".
func (r *run) dateLine(l *line, f feat) bool {
	if !f.hasSpan || l.Marker != "" && !r.iconDated(l, f) {
		return false
	}
	for _, k := range f.kvs {
		if !isHeaderField(k.field) {
			return false
		}
	}
	var short []string
	for _, x := range f.fields {
		if !r.dateFact(x) {
			short = append(short, x)
		}
	}
	if p := strings.Join(short, ", "); len(short) == 2 && (r.lx.isLocation(p) || r.lx.countyPlace(p)) || len(short) == 1 && irishCounty(p) && r.lx.countyPlace(p) {
		// "Tralee, Co. Kerry · 2020 – present": a town and its county
		// or state (parted at the comma or not) are one place, no name
		return true
	}
	for _, x := range short {
		if utf8.RuneCountInString(x) > 30 && !r.lx.hasDegree(x) || r.lx.isSchool(x) || r.lx.isOrg(x) || r.lx.isTitle(x) {
			return false // "Sandhill College  2007 – 2011" heads an entry of its own
		}
	}
	return len(short) <= 1
}

// dateFact reports whether a field beside an entry's dates says more of
// the dates or the job, no name: "🔗 github.com/x/y", "⭐ 2.3k", "remote",
// "香港 Hong Kong", "3 days/week", "5年2個月", "（预计 expected）",
// "外资（欧美）", "1000-9999人".
func (r *run) dateFact(x string) bool {
	return metaField(x) || r.lx.isLocation(x) || r.lx.cityIn(x) != "" && utf8.RuneCountInString(x) <= maxPlaceField || workload.MatchString(x) || duration.MatchString(strings.Trim(x, "()（） ")) || wholeAside.MatchString(x) || r.lx.employerFact(x)
}

// iconDated reports whether a bulleted line is an entry's dates behind an
// icon a PDF's text layer made a bullet of ("📅 Jun 2024 – Aug 2024
// 📍 Hong Kong"): it starts with the dates, and only places follow.
func (r *run) iconDated(l *line, f feat) bool {
	if l.Marker != "•" || f.span.From > 0 || len(f.kvs) > 0 {
		return false
	}
	for _, x := range f.fields {
		if !r.lx.isLocation(strings.TrimSpace(strings.Trim(x, "•· "))) {
			return false
		}
	}
	return true
}

// starCount is a count of stars, forks or downloads: "2.3k", "1,200+",
// or of items done: "3/3" beside a ☑.
var starCount = lazyRE(`^[\d.,]+[kKmM]?\+?$|^\d{1,3}/\d{1,3}$`)

// wholeAside is a field in brackets from end to end: a note on the dates
// beside them ("（预计 expected）", "(part-time)").
var wholeAside = lazyRE(`^[(（][^()（）]{1,24}[)）]$`)

// maxPlaceField is the longest field beside the dates read as a place by
// the city it starts with ("香港 Hong Kong").
const maxPlaceField = 24

// workload is how much of the week an engagement took, and how it was
// worked: "3 days/week", "20 hrs per week", "full-time", "hybrid", "实习".
var workload = lazyRE(`(?i)^(?:\d+(?:\.\d+)?(?:\s*[–-]\s*\d+)?\s*(?:days?|hrs?|hours?|h)\s*(?:/|per|a)\s*(?:week|wk|month|mo)|full[- ]time|part[- ]time|contract|hybrid|on[- ]?site|in[- ]office|全职|兼职|实习|外包|劳务派遣|全職|兼職|實習|勞務派遣)$`)

// metaField reports whether a header field is a link or a count beside an
// entry's dates, with the symbol that marks it: no name of the entry.
func metaField(x string) bool {
	t := stripIcons(x)
	return t != "" && (findURL(t) == t || starCount.MatchString(t))
}

// iconField reads a header field led by an icon that labels it ("👤
// 技术负责人", "🏢 某公司"): its field and value.
func (lx *Lexicon) iconField(x string) (field, value string, ok bool) {
	for icon, f := range lx.iconFields {
		if rest, found := strings.CutPrefix(strings.TrimSpace(x), icon); found {
			if value = stripIcons(rest); value != "" {
				return f, value, true
			}
		}
	}
	return "", "", false
}

// stripIcons takes the icons (symbols, emoji) off the start of a header
// field; brackets and marks of names stay.
func stripIcons(x string) string {
	return strings.TrimSpace(strings.TrimLeftFunc(x, func(r rune) bool {
		// (with the joiner and the skin tones of an emoji sequence: "🧑‍💻")
		// and control characters an icon font's glyph was read as ("\x13")
		return unicode.Is(unicode.So, r) || r == '\uFE0F' || r == '\u200D' || r >= 0x1F3FB && r <= 0x1F3FF || unicode.IsSpace(r) || unicode.IsControl(r)
	}))
}

// fieldy reports whether l could be (part of) an entry header: short, no
// running text, not a list item.
func (r *run) fieldy(l *line, f feat) bool {
	if l.runes > 90 && !(l.runes <= maxTitleUnitLine && len(f.fields) > 0 && r.lx.isTitle(f.fields[0])) || f.sentence || l.numbered() || englishSentence.MatchString(l.text) || r.lx.startsWithVerb(l.text) && !capitalWords(l.text) {
		return false
	}
	if strings.HasSuffix(l.text, ".") && !(r.lx.isOrg(lastWord(l.text)) && (!startsLower(lastWord(l.text)) || len(strings.TrimRight(lastWord(l.text), ".")) <= maxLegalForm)) && (len(strings.Fields(l.text)) >= 6 ||
		strings.Contains(l.text, ", ") && len(strings.Fields(l.text)) >= minSentenceWords && !r.lx.isLocation(l.text)) {
		return false // a sentence: "Led weekly lab sections of 30 students.", "Community hospital, 180 beds.", "… and Level II trauma center."; not "… Import & Export Co., Ltd."
	}
	if strings.HasSuffix(l.text, ".") && lowerWords(l.text) >= minLowerSentence {
		return false // "A tool for tracking things.": words in lower case and a full stop, a sentence
	}
	if _, only := r.lx.labelOnly(l.text); only {
		return false
	}
	if label, _, ok := headKV(l.text); ok && len(f.kvs) == 0 {
		if _, section := r.labelHeading(label); section {
			return false // "Skills: Zendesk · SQL" under a job: its text, no name
		}
	}
	for _, k := range f.kvs {
		if !isHeaderField(k.field) {
			return false
		}
	}
	return len(f.fields) > 0
}

// dropDurations drops the lines that hold only a length of time ("3 mois",
// "(2 yrs 3 mos)"): printed beside or under an entry's dates, they are
// no field of JSON Resume and would stand between the dates and the names.
func (r *run) dropDurations(lines []*line) []*line {
	lines, _ = r.dropLines(lines, nil, func(i int) string {
		if i > 0 && duration.MatchString(strings.Trim(lines[i].text, "()（） ")) {
			return "a length of time beside the dates"
		}
		return ""
	})
	return lines
}

// dropGroupYears drops the lines that hold only a year over an entry
// that names its own dates from that year ("2015" over "Harbour Stone
// Ltd — Mason (Jun 2015 - now)"): a year that groups the entries, said
// again in theirs.
func (r *run) dropGroupYears(lines []*line, fs []feat) ([]*line, []feat) {
	return r.dropLines(lines, fs, func(i int) string {
		l := lines[i]
		// (under the section's heading, a dated entry or its text; not
		// under an undated header, whose year it is: "Steward, Harvest
		// Fair" / "2016")
		above := i == 0 || lines[i-1].Marker != "" || fs[i-1].hasSpan || fs[i-1].sentence
		if above && i+1 < len(lines) && l.Marker == "" && yearOnly.MatchString(strings.TrimSpace(l.text)) && fs[i+1].hasSpan && fs[i+1].span.Range &&
			strings.HasPrefix(fs[i+1].span.Start, strings.TrimSpace(l.text)[:4]) && strings.TrimSpace(lines[i+1].text) != strings.TrimSpace(l.text) {
			return "a year over an entry dated from it"
		}
		return ""
	})
}

// dropLines returns lines, and their features when fs is given, less the
// lines for which why gives a reason (traced as the line's drop), deciding
// on the lines as given; lines and fs themselves when none is dropped.
func (r *run) dropLines(lines []*line, fs []feat, why func(i int) string) ([]*line, []feat) {
	var out []*line
	var outF []feat
	for i, l := range lines {
		if reason := why(i); reason != "" {
			r.traceLine(l, "dropped", reason)
			if out == nil {
				out = slices.Clone(lines[:i])
				if fs != nil {
					outF = slices.Clone(fs[:i])
				}
			}
			continue
		}
		if out != nil {
			out = append(out, l)
			if fs != nil {
				outF = append(outF, fs[i])
			}
		}
	}
	if out == nil {
		return lines, fs
	}
	return out, outF
}

// yearOnly is a year alone: "2016", "2016年".
var yearOnly = lazyRE(`^(?:19|20)\d{2}年?$`)

// features are the features of lines, each computed once.
func (r *run) features(lines []*line) []feat {
	fs := make([]feat, len(lines))
	for i, l := range lines {
		fs[i] = r.feature(l)
	}
	return fs
}

// splitEntries groups a section's lines into entries.
func (r *run) splitEntries(kind Kind, lines []*line) []*entry {
	lines = r.dropColumnHeads(lines)
	lines = r.dropDurations(lines)
	fs := r.features(lines)
	lines, fs = r.dropGroupYears(lines, fs)
	var out []*entry
	var cur *entry
	var rows []*entry // the entries read from the rows of a table of entries
	for i := 0; i < len(lines); i++ {
		l, f := lines[i], fs[i]
		if e := rowNamed(rows, l); e != nil && cur != nil && (cur == rows[len(rows)-1] || cur.detail) {
			// "| Acme (UK) | Contractor | 2021 – 2022 |", and under the
			// table "**Acme** — Contractor" over its bullets: the text of
			// that row's entry
			r.traceLine(l, "dropped", "a row's name over its text below the table")
			cur = e
			cur.detail = true
			continue
		}
		v, rule := r.placeLine(kind, lines, fs, i, cur)
		r.traceLine(l, v.String(), rule)
		if v == joinsHeader && cur != nil {
			cur.header = append(cur.header, l)
			continue
		}
		if v == opensEntry {
			cur = &entry{header: []*line{l}}
			out = append(out, cur)
			if l.rowCells != nil {
				rows = append(rows, cur)
				continue // a row is a whole header
			}
			hasSpan := f.hasSpan
			nfields := len(f.fields)
			for i+1 < len(lines) && len(cur.header) < 3 {
				n, nf := lines[i+1], fs[i+1]
				why := ""
				switch {
				case !hasSpan && r.dateLine(n, nf):
					why = "the date line under an undated header"
				case len(nf.kvs) > 0 && len(nf.fields) == 0 && allHeaderFields(nf.kvs) && n.Marker == "" && !r.startsEntry(kind, lines, fs, i+1, cur):
					why = "labelled header fields under the header"
				case (kind == kWork || kind == kVolunteer || kind == kEducation) && nfields < 2 && hasSpan && !nf.hasSpan && r.fieldy(n, nf) && len(nf.kvs) == 0 && n.Marker == "" &&
					(n.runes <= 40 || n.runes <= maxTitleUnitLine && len(nf.fields) > 0 && (r.lx.isTitle(nf.fields[0]) || r.lx.isOrg(n.text)) && !nf.sentence) && // ("Assistant Social Work Officer, Integrated … Centre (Tseung Kwan O)"; "Sungai Lima Mill, Tanjung Palm Estates Sdn Bhd, Beaufort")
					(!strings.HasSuffix(n.text, ".") || r.lx.isOrg(lastWord(n.text))) && !r.startsEntry(kind, lines, fs, i+1, cur) &&
					!(kind == kWork && r.rolesUnderEmployers(lines, fs) && r.roleLine(f) && i+2 < len(lines) && r.roleLine(fs[i+2]) && lines[i+2].Marker == ""): // ("Maison Verlaine, Paris" over "Stagiaire  (Summer 2014)": the next employer over its role)
					why = "a name under a dated header with one name"
				case !hasSpan && !nf.hasSpan && r.fieldy(n, nf) && fewWords(n.text) && n.Marker == "" && len(nf.kvs) == 0 && (i+2 < len(lines) && r.dateLine(lines[i+2], fs[i+2]) || len(cur.header) == 1 && r.datesFollow(lines, fs, i+1, 2) && lines[i+3].Indent <= n.Indent+2):
					why = "a second name over the date line" // "Company" / "Title" / "date"
				case !hasSpan && nf.hasSpan && r.fieldy(n, nf) && len(f.fields)+len(nf.fields) <= 3 && n.Marker == "" && len(cur.header) == 1 && nfields < 2 && !(kind == kWork && r.nextRoleBelow(lines, fs, i+1)):
					why = "a dated line under a one-name header"
				case (kind == kWork || kind == kVolunteer) && !hasSpan && len(nf.kvs) == 0 && n.Marker == "" && howWorked(nf.fields) && firstNamesOnly(cur.header, fs, i):
					why = "how and how long the job was worked, under an undated name" // "Acme Ltd" / "Full-time · 5 yrs 4 mos"
				case (kind == kWork || kind == kVolunteer) && !hasSpan && len(nf.kvs) == 0 && n.Marker == "" && firstNamesOnly(cur.header, fs, i) && r.lx.isLocation(n.text):
					why = "the place under an undated name" // "Acme Ltd" / "Full-time · 5 yrs" / "Austin, Texas, United States"
				case !hasSpan && (cur.header[0].Heading > 0 || cur.header[0].Bold) && n.Marker != "" && r.metaBullets(lines, fs, i+1):
					why = "the employer, place and dates as a list under a marked header" // "<h3>Front-end Developer</h3>" / "• Harbor Tickets Co." / "• May 2023 – Present"
				default:
					goto body
				}
				r.traceLine(n, joinsHeader.String(), why)
				cur.header = append(cur.header, n)
				hasSpan = hasSpan || nf.hasSpan
				nfields += len(nf.fields)
				i++
			}
		body:
			continue
		}
		if cur == nil {
			cur = &entry{}
			out = append(out, cur)
		}
		if duration.MatchString(strings.Trim(l.text, "()（） ")) && len(cur.header) > 0 {
			continue // "3 months" beside the dates: not content
		}
		cur.body = append(cur.body, l)
	}
	return out
}

// howWorked reports whether fields say only how and how long a job was
// worked ("Full-time", "5 yrs 4 mos"), as a profile page prints them
// under an employer's name.
func howWorked(fields []string) bool {
	for _, f := range fields {
		if t := strings.Trim(f, "()（） "); !workload.MatchString(t) && !duration.MatchString(t) {
			return false
		}
	}
	return len(fields) > 0
}

// firstNamesOnly reports whether an entry's header, which ends at line i,
// is one name and lines of how the job was worked under it.
func firstNamesOnly(header []*line, fs []feat, i int) bool {
	if len(fs[i-len(header)+1].fields) != 1 {
		return false
	}
	for k := i - len(header) + 2; k <= i; k++ {
		if !howWorked(fs[k].fields) {
			return false
		}
	}
	return true
}

// metaBullets reports whether the list items from line k on start with a
// short run of fields (up to maxMetaBullets), the last of them the dates:
// an entry's employer, place and dates set as a list under its title.
func (r *run) metaBullets(lines []*line, fs []feat, k int) bool {
	for j := k; j < len(lines) && j < k+maxMetaBullets; j++ {
		l, f := lines[j], fs[j]
		if l.Marker == "" || l.runes > maxMetaBullet || f.sentence || hasSentencePunct(l.text) || !allHeaderFields(f.kvs) {
			return false
		}
		if f.hasSpan {
			c := *l
			c.Marker = "" // (a dated line as a list item)
			return r.dateLine(&c, f)
		}
		if _, _, labelled := headKV(l.text); !r.fieldy(l, f) || !fewWords(l.text) || len(f.kvs) > 0 || labelled {
			return false // ("• 项目来源：…" over "• 时间：…": a labelled form, read as such)
		}
	}
	return false
}

// Bounds of an entry's fields set as a list under its title.
const (
	maxMetaBullets = 3  // list items
	maxMetaBullet  = 60 // runes of one
)

// minLowerSentence is how many words in lower case, other than the small
// words of names ("of", "and", "for"), make a line that ends in a full
// stop a sentence.
const minLowerSentence = 2

// nameParticles are the small words a name writes in lower case: "Bank of
// Ireland", "Ministry for the Environment".
var nameParticles = map[string]bool{"of": true, "and": true, "for": true, "the": true, "de": true, "du": true, "la": true, "van": true, "von": true, "der": true, "in": true, "at": true, "on": true, "&": true}

// lowerWords counts the words of s in lower case that are no name
// particles.
func lowerWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if startsLower(w) && !nameParticles[strings.Trim(w, ".,")] && !strings.Contains(w, ".") {
			n++
		}
	}
	return n
}

// maxLegalForm is the longest company form written in lower case that
// ends a name, not a sentence: "co., ltd.", "gmbh." (not "center.").
const maxLegalForm = 4

// maxTitleUnitLine is the longest line under a dated header read as its
// title, when it starts with one: a title and the unit it served.
const maxTitleUnitLine = 120

// lastWord is the last word of s: "Inc." of "Acme Inc.".
func lastWord(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// datesOnly reports whether an entry's header so far holds dates and no
// names.
func (r *run) datesOnly(e *entry) bool {
	for _, l := range e.header {
		f := r.feature(l)
		if !f.hasSpan || len(f.fields) > 0 || slices.ContainsFunc(f.kvs, func(k kv) bool { return k.field == "entry.name" || k.field == "entry.company" }) {
			return false // ("Project: Statements rebuild (2021)": a name too)
		}
	}
	return len(e.header) > 0
}

// entryHasKV reports whether a line of the entry carries a labelled header
// field (field; any header field when field is "").
func (r *run) entryHasKV(e *entry, field string) bool {
	for _, ls := range [][]*line{e.header, e.body} {
		for _, l := range ls {
			for _, k := range r.feature(l).kvs {
				if isHeaderField(k.field) && (field == "" || k.field == field || sameDates(k.field, field)) {
					return true
				}
			}
		}
	}
	return false
}

// sameDates reports whether two fields are both dates.
func sameDates(a, b string) bool {
	return (a == "entry.dates" || a == "edu.dates") && (b == "entry.dates" || b == "edu.dates")
}

// datesFollow reports whether a date line follows line i within n lines,
// with only header-like lines between.
func (r *run) datesFollow(lines []*line, fs []feat, i, n int) bool {
	for k := i + 1; k < len(lines) && k <= i+n; k++ {
		if r.dateLine(lines[k], fs[k]) {
			return true
		}
		if !r.fieldy(lines[k], fs[k]) || fs[k].hasSpan || lines[k].Marker != "" {
			return false
		}
	}
	return false
}

// entryDated reports whether an entry's header has dates.
func (r *run) entryDated(e *entry) bool {
	for _, l := range e.header {
		if r.feature(l).hasSpan {
			return true
		}
		for _, k := range r.feature(l).kvs {
			if k.field == "entry.dates" || k.field == "edu.dates" {
				return true
			}
		}
	}
	return false
}

// namesOnly reports whether an entry's header so far names it without
// dates.
func (r *run) namesOnly(e *entry) bool {
	for _, l := range e.header {
		if f := r.feature(l); f.hasSpan || len(f.fields) == 0 {
			return false
		}
	}
	return len(e.header) > 0
}

// sameStyle reports whether two lines are set alike: weight, heading level
// and size.
func sameStyle(a, b *line) bool {
	return a.Bold == b.Bold && a.Heading == b.Heading && a.Size == b.Size
}

func allHeaderFields(kvs []kv) bool {
	for _, k := range kvs {
		if !isHeaderField(k.field) {
			return false
		}
	}
	return true
}

// dropColumnHeads drops the header rows of tables written as text
// ("学校  专业  学历  时间"): lines of two or more fields that are all labels.
func (r *run) dropColumnHeads(lines []*line) []*line {
	out := lines[:0:0]
	for _, l := range lines {
		if l.Cells == nil && (hasSentencePunct(l.raw) || strings.IndexFunc(l.raw, unicode.IsDigit) >= 0) {
			out = append(out, l) // column headings are words, not sentences or dates
			continue
		}
		fs := splitFields(l.raw)
		if l.Cells != nil {
			fs = l.Cells
		}
		heads := 0
		for _, f := range fs {
			if _, ok := r.lx.labelField(strings.TrimSpace(f)); ok {
				heads++
			}
		}
		if len(fs) >= 2 && heads == len(fs) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// entryHasDegree reports whether a line of the entry so far names a degree.
func (r *run) entryHasDegree(e *entry) bool {
	for _, ls := range [][]*line{e.header, e.body} {
		for _, l := range ls {
			if l.runes <= maxDegreeLine && r.lx.hasDegree(l.text) {
				return true
			}
		}
	}
	// the header's first line is a degree's whole name: "New Zealand
	// Certificate in Carpentry (Level 4)"
	return len(e.header) > 0 && r.lx.degreeLine(e.header[0])
}

// degreeLine reports whether a line is a degree's name, however long a
// name: it opens with the degree ("Graduate Certificate in Project
// Management") and is no longer than maxDegreeHeader.
func (lx *Lexicon) degreeLine(l *line) bool {
	if l.runes > maxDegreeHeader {
		return false
	}
	d, _ := lx.degreeIn(l.text)
	return d != "" && strings.HasPrefix(l.text, d)
}

func entryHasSchool(r *run, e *entry) bool {
	for _, l := range e.header {
		if r.lx.isSchool(l.text) && !r.lx.gradProgramOnly(l.text) {
			return true
		}
	}
	return false
}

// openEndAside reports whether a field is a word that says a range goes
// on, alone in brackets beside the dates: "Head Rigger  (current)
// 2015 onwards".
func openEndAside(x string) bool {
	for _, b := range [][2]string{{"(", ")"}, {"（", "）"}} {
		inner, opened := strings.CutPrefix(x, b[0])
		if inner, closed := strings.CutSuffix(inner, b[1]); opened && closed && inner != "" {
			return openEndAt(inner, 0) == len(inner)
		}
	}
	return false
}

// lengthBeside reports whether a line holds only a date and, after it,
// a length of time: "2012 (4 months)", "2019.07（2个月）".
func lengthBeside(raw string, sp Span) bool {
	return sp.From <= len(raw) && sp.To <= len(raw) && strings.TrimSpace(raw[:sp.From]) == "" &&
		duration.MatchString(strings.Trim(raw[sp.To:], "()（）,， "))
}

// duration is a length of time written beside dates: "3年5个月", "共2年", "2 yrs 3 mos",
// "1.52年".
var duration = lazyRE(`(?i)^(?:(?:共|合计|合計|约|約|历时|歷時)\s*)?(?:\d{1,2}(?:\.\d+)?\s*年(?:\s*\d+\s*[个個]?月)?|\d+\s*[个個]?月|\d+(?:\.\d+)?\s*(?:yrs?|years?|ans?|jahre?|años?)(?:,?\s*\d+\s*(?:mos?|months?|mois|monate?|meses))?|\d+\s*(?:mos?|months?|mois|monate?|meses)|\d+\s*(?:weeks?|wks?|周))$`)

// englishSentence matches the end of one sentence and the start of another.
var englishSentence = lazyRE(`[a-z]{3,}[.;] [A-Z]`)

// namesEntry reports whether a dated line names an entry by itself: two
// fields, or one with a comma ("Technician, Acme, 2011 – 2013"), places
// aside.
func (r *run) namesEntry(f feat) bool {
	var names []string
	for _, x := range f.fields {
		if !r.lx.isLocation(x) {
			names = append(names, x)
		}
	}
	return len(names) >= 2 || len(names) == 1 && strings.Contains(names[0], ", ")
}

// deptSeparator reports the one separator joining a department and a
// title in s ("平台部 · 高级工程师", "基础平台 - 团队负责人").
func deptSeparator(s string) (string, bool) {
	if containsAny(s, "|｜/／\t") || strings.Contains(s, "  ") {
		return "", false
	}
	for _, sep := range []string{" - ", " – ", " — ", " · "} {
		if strings.Count(s, sep) == 1 {
			return sep, true
		}
	}
	return "", false
}

// noteDate reports whether a single date stands in brackets with a word
// of a title held before (earlier_title_words.txt: "2022年3月前为主策划"): a
// date of a note on the title, not the entry's.
func (r *run) noteDate(s string, sp Span) bool {
	if sp.Range {
		return false
	}
	open := strings.LastIndexAny(s[:sp.From], "(（")
	if open < 0 || strings.ContainsAny(s[open:sp.From], ")）") {
		return false
	}
	end := strings.IndexAny(s[sp.To:], ")）")
	if end < 0 {
		return false
	}
	rest := strings.ToLower(s[open:sp.From] + " " + s[sp.To:sp.To+end])
	return slices.ContainsFunc(r.lx.earlierTitleWords, func(w string) bool { return strings.Contains(rest, w) })
}

// parenDate reports whether the span stands in brackets: "优化（2022.6 – 2023.2）".
func parenDate(s string, sp Span) bool {
	before := strings.TrimRight(s[:sp.From], " ")
	after := strings.TrimLeft(s[sp.To:], " ")
	return (strings.HasSuffix(before, "(") || strings.HasSuffix(before, "（")) && (strings.HasPrefix(after, ")") || strings.HasPrefix(after, "）"))
}

// readHeader collects what the header lines of an entry say.
func (r *run) readHeader(e *entry) header {
	var h header
	for i, l := range e.header {
		f := r.feature(l)
		if i == 1 && len(h.fields) == 1 && len(f.fields) == 2 && !r.lx.isTitle(h.fields[0]) && r.lx.isTitle(f.fields[1]) && !r.lx.isLocation(f.fields[1]) {
			// "公司" above "部门 - 职位 · 日期" or "部门 · 职位 ｜ 日期": the
			// second line is the position, its department prefix kept
			names := l.raw
			if f.hasSpan {
				names = cutSpan(l.raw, f.span)
			}
			if sep, ok := deptSeparator(trimSeps(names)); ok {
				f.fields = []string{f.fields[0] + sep + f.fields[1]}
			}
		}
		if i == 1 && len(h.fields) == 2 && len(f.fields) == 1 && (r.lx.isOrg(f.fields[0]) || r.lx.isSchool(f.fields[0])) && !asideNote(f.fields[0]) &&
			r.lx.isTitle(h.fields[0]) && !r.lx.isOrg(h.fields[1]) && !r.lx.isSchool(h.fields[1]) && hasHan(h.fields[1]) == hasHan(f.fields[0]) {
			// "Senior Project Engineer – Electric Drive Systems" above
			// "Isarwerk Antriebstechnik GmbH": the first line is the
			// position, its unit kept
			names := e.header[0].raw
			if f0 := r.feature(e.header[0]); f0.hasSpan {
				names = cutSpan(names, f0.span)
			}
			if sep, ok := deptSeparator(trimSeps(names)); ok {
				h.fields = []string{h.fields[0] + sep + h.fields[1]}
			}
		}
		if f.hasSpan && (!h.hasSpan || !h.span.Range && f.span.Range) {
			h.span, h.hasSpan = f.span, true // a range beats a year badge ("2021" over "2021.03 – 至今")
		}
		for _, k := range f.kvs {
			if k.field == "entry.dates" || k.field == "edu.dates" {
				if sp, ok := findSpan(k.value); ok && !h.hasSpan {
					h.span, h.hasSpan = sp, true
				}
				continue
			}
			h.kvs = append(h.kvs, k)
		}
		h.fields = append(h.fields, f.fields...)
		for _, lk := range l.Links {
			if h.url == "" && strings.HasPrefix(lk.URL, "http") {
				h.url = lk.URL
			}
		}
	}
	// "店长 Mar 2021 – Present": the header's start again, a month in
	// Latin letters right after Chinese that opens a range or ends the
	// field, ends the field it is glued to (what follows is the header's twin in English; not "Expo
	// 2020" in a name)
	if h.hasSpan && h.span.Range {
		for i, x := range h.fields {
			for _, d := range findDates(x) {
				head := strings.TrimSpace(x[:d.Start])
				if sp, ok := findSpan(x[d.Start:]); ok && (sp.Range || strings.TrimSpace(x[d.End:]) == "") && d.ISO == h.span.Start && hasHan(lastRune(strings.TrimRight(head, "）"))) && !hasHan(x[d.Start:]) && strings.IndexFunc(x[d.Start:d.End], isLatinLetter) >= 0 {
					h.fields[i] = strings.TrimSpace(x[:d.Start])
					break
				}
			}
		}
	}
	// URLs written as fields are the entry's url
	kept := h.fields[:0]
	for _, x := range h.fields {
		if field, value, ok := r.lx.iconField(x); ok {
			h.kvs = append(h.kvs, kv{field: field, value: value}) // "👤 技术负责人"
			continue
		}
		x = stripIcons(x) // "🔗 github.com/x", "📅"
		if x == "" || starCount.MatchString(x) {
			continue // an icon alone, a count of stars
		}
		if us := findURLs(x); len(us) == 1 && us[0] == strings.TrimSpace(x) {
			u := us[0]
			if h.url == "" {
				h.url = withScheme(u)
			}
			continue
		}
		kept = append(kept, x)
	}
	h.fields = kept
	return h
}

// bodyItem is one line of an entry body, routed by its label.
type bodyItem struct {
	field string // "" for plain content, else the label's field
	text  string
	line  *line
}

// readBody routes body lines: label-only lines vanish (and route the lines
// after them when they name a field), "label：value" lines go to their field.
func (r *run) readBody(lines []*line) []bodyItem {
	var out []bodyItem
	route := ""
	for _, l := range lines {
		if field, only := r.lx.labelOnly(l.text); only {
			switch field {
			case "":
				out = append(out, bodyItem{text: l.text, line: l}) // a sub-heading of content
			case "drop":
				route = ""
			default:
				route = field
			}
			continue
		}
		if label, value, ok := headKV(l.text); ok {
			if field, known := r.lx.labelField(label); known {
				if field == "drop" {
					field = ""
				}
				if field == "entry.keywords" {
					// "关键词：  Rust  Tokio  SOCKS5": the wide gaps separate
					if _, v, ok := headKV(l.raw); ok && strings.Contains(v, "  ") {
						value = v
					}
				}
				gapped := value // with the gaps of the line, to find the next label by
				if _, v, ok := headKV(l.raw); ok {
					gapped = v
				}
				if _, more := r.lx.splitKV(gapped); len(more) > 0 && (strings.Contains(gapped, "  ") || r.everyColonLabelled(gapped, more)) {
					// "简介：某工具  技术：Go, Vue": labelled fields side by
					// side, apart by wide gaps or by one space when every
					// colon has a known label ("角色：前端负责人 技术栈：Vue 3")
					if lead, _ := r.lx.splitKV(gapped); strings.TrimSpace(lead) != "" {
						out = append(out, bodyItem{field: field, text: strings.TrimSpace(lead), line: l})
					}
					for _, k := range more {
						if k.field == "drop" {
							k.field = ""
						}
						out = append(out, bodyItem{field: k.field, text: k.value, line: l})
					}
					route = ""
					continue
				}
				out = append(out, bodyItem{field: field, text: value, line: l})
				route = ""
				continue
			}
		}
		out = append(out, bodyItem{field: route, text: l.text, line: l})
	}
	return out
}

// everyColonLabelled reports whether each colon of s ends a known label of
// more (the labels splitKV found after the first) and each of those
// labels is in CJK with a full-width colon.
func (r *run) everyColonLabelled(s string, more []kv) bool {
	if strings.Count(s, "：")+strings.Count(s, ":") != len(more) {
		return false
	}
	for _, k := range more {
		if k.field == "" || !hasHan(k.label) || !strings.Contains(s, k.label+"：") {
			return false
		}
	}
	return true
}

// nextRoleBelow reports whether the dated title line k ("Sous-chef
// pâtissière  (Mar 2021 – present)", under an employer's line) is
// followed, past its own text, by another dated title line set as it is,
// before any other name: the roles held one after another at the employer
// above, each an entry of its own (rolesUnderEmployer gives them the
// employer).
func (r *run) nextRoleBelow(lines []*line, fs []feat, k int) bool {
	n, nf := lines[k], fs[k]
	if !r.roleLine(nf) || !r.rolesUnderEmployers(lines, fs) {
		return false
	}
	for j := k + 1; j < len(lines) && j <= k+maxRoleText; j++ {
		l, f := lines[j], fs[j]
		if l.Marker != "" || f.sentence {
			continue // the role's text
		}
		return r.roleLine(f) && sameStyle(l, n) && l.Indent == n.Indent
	}
	return false
}

// rolesUnderEmployers reports whether a work section opens with an
// employer's line over a role's line ("Hôtel Beaumanoir, Montréal" over
// "Sous-chef  (Mar 2021 – present)"): its roles stand under their
// employers, not their employers under them ("Software Engineer  (2019 –
// 2021)" over "Acme Systems, London").
func (r *run) rolesUnderEmployers(lines []*line, fs []feat) bool {
	return len(lines) >= 2 && !fs[0].hasSpan && len(fs[0].fields) > 0 && !r.lx.isTitle(fs[0].fields[0]) && lines[0].Marker == "" && r.roleLine(fs[1])
}

// roleLine reports whether a line's features are a role's: a title and
// its dates, no employer ("Commis pâtissière  (2015 to 2017)").
func (r *run) roleLine(f feat) bool {
	return f.hasSpan && len(f.kvs) == 0 && len(f.fields) > 0 && len(f.fields) <= 2 && r.lx.isTitle(f.fields[0]) && !slices.ContainsFunc(f.fields, func(x string) bool {
		// (a title may hold an organisation's word: "Company Stage Manager", "俱乐部经理")
		return r.lx.isOrg(x) && !(hasHan(x) && r.lx.endsInTitle(x) || !hasHan(x) && r.lx.isTitle(lastWord(x)))
	})
}

// maxRoleText is how many lines of a role's text nextRoleBelow looks past.
const maxRoleText = 12
