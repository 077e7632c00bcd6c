package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/doc"
)

// section is a run of lines under one heading.
type section struct {
	kind    Kind
	heading *line
	lines   []*line
	kinds   []Kind // the kinds a mixed section without a heading holds
}

// headingKind says which section a line heads, if it is a heading.
func (r *run) headingKind(l *line) (Kind, bool) {
	key := headingKey{l.text, l.Heading, l.Bold, l.Blank, l.Cells != nil}
	if l.head != nil && l.head.key == key {
		return l.head.kind, l.head.ok
	}
	k, ok := r.decideHeading(l)
	l.head = &headingMemo{key, k, ok}
	return k, ok
}

// headingKey is what headingKind reads of a line: a copy of the line
// whose text or marks changed is looked at again.
type headingKey struct {
	text        string
	level       int
	bold, blank bool
	cells       bool
}

// headingMemo keeps what headingKind said of a line.
type headingMemo struct {
	key  headingKey
	kind Kind
	ok   bool
}

// decideHeading is headingKind without the memo.
func (r *run) decideHeading(l *line) (Kind, bool) {
	if l.Cells != nil {
		return "", false
	}
	if l.runes > maxHeadingLine && !shortHalves(l.text, maxHeadingLine) {
		return r.noteAside(l, true)
	}
	if k, ok := r.headingText(l, l.text); ok {
		return k, true
	}
	// dressed headings: "Work Experience (4)", "01. Skills", "一、教育背景"
	core := r.lx.undress(l.text)
	if core != l.text && core != "" {
		if k, ok := r.lx.headings[normHeading(core)]; ok {
			return k, true
		}
		if k, ok := r.headingText(l, core); ok {
			return k, true
		}
	}
	// a marked heading and a count after a wide gap or in smaller type:
	// "工作經歷  總年資 7~8年工作經驗", "Experience    (8 years)"; unmarked,
	// when the count says it is a total ("工作經歷  總年資 8 年" in a page
	// saved as text)
	if head, aside, ok := cutGap(strings.TrimSpace(l.raw)); l.Heading > 0 || l.Bold || ok && totalCount.MatchString(aside) {
		if sp := l.Spans; !ok && len(sp) >= 2 && sp[0].Size > 0 && !slices.ContainsFunc(sp[1:], func(s doc.Span) bool { return s.Size >= sp[0].Size }) {
			head, aside, ok = sp[0].Text, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l.raw), strings.TrimSpace(sp[0].Text))), true
		}
		if ok && headingCount.MatchString(strings.TrimSpace(aside)) {
			// ("Work  Acme Labs  2024": the label column's first entry; a
			// count's numbers are no dates, "總年資 10~15年", unless it
			// names a year, "2019-2023年")
			count := headingCount.ReplaceAllStringFunc(aside, func(m string) string {
				if yearDigits.MatchString(m) {
					return m
				}
				return ""
			})
			if _, dated := findSpan(count); !dated {
				if k, ok := r.lx.headings[normHeading(head)]; ok {
					return k, true
				}
			}
		}
	}
	// a label dressed as a heading: "【学历】", "一、学历", "◆ 学历" among
	// headings so marked, marked as one ("## 学历"), or alone in a table's
	// row (a shaded bar); bare, "学历" is a form's label
	if t := strings.TrimSpace(l.text); core != "" && (!strings.HasPrefix(t, core) || l.Heading > 0 || (ordinalMarker(l) || r.dressMarks[l.Marker] || l.merged) && t == core) || bracketed(t) {
		// (dress before the word: an aside after it, "学历（本科）", is a value)
		if k, ok := r.lx.dressedOnly[normHeading(core)]; ok {
			return k, true
		}
	}
	return r.noteAside(l, false)
}

// noteAside is decideHeading for a line without the note in brackets at
// its end: "工作經驗 EMPLOYMENT HISTORY（最近的一份先填 latest one first）",
// "E. 語言 LANGUAGES（母語 Native / 流利 Fluent）", a form's
// note on how to fill the section in, set aside in two scripts, as a
// form's, or, on a long line, on one set as a heading (in body type the
// bracket is a body line's aside, "Volunteer (organised weekend clubs
// …)"; on a short line the aside after a label is its value, "1. 学历（本
// 科）").
func (r *run) noteAside(l *line, long bool) (Kind, bool) {
	head, note, ok := trailingBracket(l.text)
	if !ok || !(shortHalves(head, maxHeadingLine) || long && (l.Heading > 0 || l.Bold || allCapsLatin(head) || orderNote.MatchString(note)) && utf8.RuneCountInString(head) <= maxHeadingLine) {
		return "", false
	}
	h := *l
	h.text, h.raw, h.runes, h.head, h.feat = head, head, utf8.RuneCountInString(head), nil, nil
	return r.decideHeading(&h)
}

// orderNote is a note on the order of a section's entries, or on which
// are given: "most recent first", "in reverse chronological order",
// "selected", "按时间倒序".
var orderNote = lazyRE(`(?i)\b(?:most recent|latest|newest|oldest|earliest)\b.*\bfirst\b|\b(?:reverse[- ])?chronological\b|^\s*(?:selected|partial|abridged)\b|倒序|由近及远|从近到远|最近.*(?:开始|開始|在前)`)

// commaHeading is the section a heading names that lists names with
// commas, in capitals or marked as a heading, two of them names of
// sections: "LICENCES, TICKETS, PERMITS", "Awards, Grants, Honours"; not a
// title with a colon or one section's word ("PANELS, NOT PROJECTS: …").
func (r *run) commaHeading(l *line) (Kind, bool) {
	t := strings.TrimSpace(l.text)
	if !(allCapsLatin(t) || l.Heading > 0) || !strings.Contains(t, ", ") || strings.ContainsAny(t, ":：") {
		return "", false
	}
	parts := strings.Split(t, ", ")
	named := 0
	for _, p := range parts {
		if _, ok := r.lx.headings[normHeading(p)]; ok {
			named++
		} else if _, ok := r.headingWordKind(p); ok {
			named++
		}
	}
	if named < 2 || slices.ContainsFunc(parts, func(p string) bool { return len(strings.Fields(p)) > maxListedHeadingWords }) {
		return "", false
	}
	return r.headingText(l, strings.Join(parts, " & "))
}

// capsList reports whether l is a list in capitals, items apart by commas:
// "PYTHON, SQL, EXCEL".
func capsList(l *line) bool {
	return allCapsLatin(l.text) && strings.Contains(l.text, ", ")
}

// maxListedHeadingWords is the most words of one name in a heading that
// lists names with commas.
const maxListedHeadingWords = 3

// maxHeadingLine is the longest line that may be a heading, dress included.
const maxHeadingLine = 48

// ordinalMarker reports whether the line is numbered as a heading of a
// form's part is: "一、", "（二）", "3."; the marker, split off by the
// adapter, is the dress of "一、学历".
func ordinalMarker(l *line) bool {
	return l.numbered() || l.Marker != "" && containsAny(l.Marker, hanNumerals)
}

// yearDigits is a year written in full.
var yearDigits = lazyRE(`\d{4}`)

// totalCount opens a count after a heading that says it is the years
// of all its entries, as job sites print it: "總年資 8 年".
var totalCount = lazyRE(`^(?:總年資|总年资)`)

// headingCount is a count or a length of time set after a heading: "總年資
// 7~8年工作經驗", "(8 years)", "(3)"; not a list ("English (C2), …").
var headingCount = lazyRE(`\d+\s*(?:[~～\-–]\s*\d+\s*)?(?:年|个月|個月|项|項|个|個|份|条|條|years?\b|yrs?\b|months?\b|mos?\b)|^[(（]\s*\d{1,3}\s*[)）]$`)

// bracketed reports whether s is wrapped in a pair of brackets as a
// whole: "【学历】", "[ Skills ]".
func bracketed(s string) bool {
	return unwrapName(s) != s
}

// headingText is headingKind for the text t of line l.
func (r *run) headingText(l *line, t string) (Kind, bool) {
	if utf8.RuneCountInString(t) > maxHeadingRunes && !shortHalves(t, maxHeadingRunes) || containsAny(t, "，。；,;0123456789@") {
		return "", false // headings carry no sentence punctuation or digits
	}
	if k, ok := r.lx.headings[normHeading(t)]; ok {
		return k, true
	}
	if rest := strings.TrimSpace(nameSuffix.ReplaceAllString(t, "")); rest != t && rest != "" && r.isName(rest) {
		return "", false // "周明远 Resume": a name and the document's title, not the heading "Résumé"
	}
	// bilingual headings: "工作经历 Work Experience", "Education / 教育背景"
	if cjk, latin := splitScripts(t); cjk != "" && latin != "" {
		k1, ok1 := r.lx.headings[normHeading(cjk)]
		k2, ok2 := r.lx.headings[normHeading(latin)]
		if ok1 && ok2 && k1 == k2 {
			return k1, true
		}
		if ok1 && ok2 && entryKinds[k1] && entryKinds[k2] {
			// "科研经历 Research Experience": two names the lexicon files
			// apart (research is projects in Chinese, posts held in
			// English); the half written first says which
			if strings.Index(t, cjk) <= strings.IndexFunc(t, isLatinLetter) {
				return k1, true
			}
			return k2, true
		}
		// "申請職位 POSITION APPLIED FOR": the Chinese half a heading only
		// in dress (bare, a form's label), the English half the heading
		if ok2 && !ok1 && r.lx.dressedOnly[normHeading(cjk)] == k2 {
			return k2, true
		}
		// "Open Source 开源": the Chinese half shortened from a heading of
		// the same section ("开源项目")
		if ok2 && !ok1 && r.lx.headingPrefix(normHeading(cjk), k2) {
			return k2, true
		}
		// "优势 STRENGTHS" set as a heading: a short Chinese half the lexicon
		// lacks beside an English half it has
		if ok2 && !ok1 && (l.Heading > 0 || l.Bold) && utf8.RuneCountInString(cjk) <= maxBilingualHan && allHan(cjk) && !docTitles.MatchString(cjk) {
			// (not "个人简历 RESUME": the document's title, whose English
			// half is the French heading of a summary)
			return k2, true
		}
	}
	// two sections under one heading: "技能与证书", "Skills & Certifications";
	// two names of one section: "执业资格 / 职称"
	switch kinds := r.mixedKinds(t); len(kinds) {
	case 0:
	case 1:
		return kinds[0], true
	default:
		return kMixed, true
	}
	// short CJK lines ending in a section word: "数据库方向发表的论文"
	n := strings.Trim(t, headingDecor)
	if c := utf8.RuneCountInString(n); c >= 2 && c <= 14 && allHan(n) {
		// (an ending marked "marked:" heads only a line set or numbered
		// as a heading: "（三）基层实习", not the job "字节跳动后端开发实习")
		marked := l.Heading > 0 || l.Bold || ordinalMarker(l) || t != l.text
		for _, p := range r.lx.suffixes {
			k, needsMark := strings.CutPrefix(p.key, "marked:")
			if !strings.HasPrefix(p.key, "contains:") && (!needsMark || marked) && strings.HasSuffix(n, p.word) {
				return Kind(k), true
			}
		}
		for _, p := range r.lx.suffixes {
			if k, ok := strings.CutPrefix(p.key, "contains:"); ok && c <= 8 && strings.Contains(n, p.word) {
				return Kind(k), true
			}
		}
	}
	// lines marked as headings that start with a known CJK heading: "荣誉与其他"
	if l.Heading > 0 || l.Bold {
		// or begin every known heading of one section: "工作" (工作经历,
		// 工作经验), set as a heading
		if k, ok := r.lx.headingStem(strings.Trim(t, headingDecor)); ok && l.Heading > 0 {
			return k, true
		}
		if n := strings.Trim(t, headingDecor); allHan(n) && utf8.RuneCountInString(n) <= 10 {
			best, bestLen := Kind(""), 0
			for h, k := range r.lx.headings {
				if hasHan(h) && len(h) > bestLen && strings.HasPrefix(n, h) && utf8.RuneCountInString(h) >= 2 {
					best, bestLen = k, len(h)
				}
			}
			if best != "" {
				return best, true
			}
		}
	}
	// English headings in capitals or marked as headings: "SELECTED PROJECTS"
	// (or three words after a blank, written as a title, "&" not counted:
	// "Permits & Safety Training")
	if w := strings.Fields(strings.ToLower(strings.Trim(t, headingDecor))); len(w) > 0 && len(w) <= maxHeadingWords && (l.Heading > 0 || l.Bold || allCapsLatin(t) ||
		contentWords(w) <= 3 && l.Blank && titleLike(t) && !r.lx.isTitle(t)) {
		return r.headWordAt(w, l.Heading == 0 && !l.Bold && !r.lx.hasDegree(t))
	}
	return "", false
}

// maxHeadingRunes is the longest heading in one script; a heading in two
// ("專業證書及語言能力 PROFESSIONAL CERTIFICATIONS & LANGUAGES") may be as long
// in each.
const maxHeadingRunes = 40

// shortHalves reports whether s is written in two scripts, each half no
// longer than max runes.
func shortHalves(s string, max int) bool {
	cjk, latin := splitScripts(s)
	return cjk != "" && latin != "" && utf8.RuneCountInString(cjk) <= max && utf8.RuneCountInString(latin) <= max
}

// contactFollows reports whether an e-mail or a phone number stands in the
// three lines after line i: the lines under a name.
func contactFollows(lines []*line, i int) bool {
	for k := i + 1; k < len(lines) && k <= i+3; k++ {
		t := lines[k].text
		digits := 0
		for j := 0; j < len(t); j++ {
			if t[j] >= '0' && t[j] <= '9' {
				digits++
			}
		}
		if strings.IndexByte(t, '@') >= 0 && emailRe.MatchString(t) || digits >= 7 && findPhone(t) != "" {
			return true
		}
	}
	return false
}

// maxHeadline is how many lines of the top of a resume may stand before a
// marked line that names no section and is still its headline.
const maxHeadline = 8

// headlineHeading reports whether line i, marked at the known headings'
// level right under the name's lines, heads a section rather than being
// the resume's headline: set in a style that sets minHeadStyleKinds kinds
// of known headings (kinds), no job's title, no contact line under it,
// and in the first person or over a dated entry ("WHAT I'M LOOKING FOR"
// underlined as "REFERENCES" is, over what one looks for; not "Rigging
// Supervisor" over an e-mail line).
func (r *run) headlineHeading(lines []*line, i, kinds int) bool {
	l := lines[i]
	if kinds < minHeadStyleKinds || r.lx.isTitle(l.text) || contactFollows(lines, i) {
		return false
	}
	if !capsStyle(l.text) && !hasHan(l.text) {
		// "What I'm looking for": a question in the first person (not a
		// tagline, "I build data pipelines")
		w, _, _ := strings.Cut(strings.ToLower(l.text), " ")
		return firstPerson(l.text) && slices.Contains(questionWords, w)
	}
	if i+1 < len(lines) {
		if f := r.feature(lines[i+1]); f.hasSpan && f.span.Range {
			return true // over a dated entry
		}
	}
	return firstPerson(l.text)
}

// questionWords open a heading asked as a question: "What I do", "Where
// I've worked".
var questionWords = []string{"what", "where", "how", "why", "who", "when"}

// capsStyle reports whether s is set in capitals, as allCapsLatin, its
// apostrophes aside ("WHAT I'M LOOKING FOR"): a style, not yet a heading.
func capsStyle(s string) bool {
	if strings.ContainsAny(s, "'’") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "'", ""), "’", "")
	}
	return allCapsLatin(s)
}

// firstPerson reports whether s speaks of its writer as "I": "I", "I'm",
// "I've", "my" (a heading's words, "What I'm looking for"; a headline
// names a trade or a field; "ME", "US", "MY" in capitals may be places).
func firstPerson(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' && c != '’' }) {
		switch strings.ToLower(strings.ReplaceAll(w, "’", "'")) {
		case "i", "i'm", "i've", "i'd", "i'll":
			return true
		case "my":
			return w != "MY" // (in capitals, Malaysia's code as likely)
		}
	}
	return false
}

// minHeadStyleKinds is how many kinds of known headings a style sets for
// a line in it, marked at their level, to head a section right under the
// name's lines.
const minHeadStyleKinds = 2

// holdsSubheadings reports whether a section of kind k may hold headings
// of its own that name other sections ("Languages" over a skill group,
// "Awards" inside an education entry); the top of the page, contact
// details and a summary do not.
func holdsSubheadings(k Kind) bool {
	switch k {
	case kHeader, kBasics, kSummary, kObjective, kOther:
		return false
	}
	return true
}

// entryHeading reports whether line i, marked as a heading but naming no
// section, heads an entry of the section it stands in (a company or a
// degree set like the section titles): the section holds entries, and the
// line names a school, an employer, a title or a degree, or dates follow
// it before the next heading of its level or above (a date set as a
// smaller heading under it is the entry's); in skills, a short name over a list
// of items. After entries that open with their dates, none at this
// line's level, dates below it say so only over a title alone: under
// "2019 – 2021  MA Ceramics, …" lines, "Solo exhibitions" set as the
// section titles over "2024  Clay Talk, Avon Gallery" starts a part.
func (r *run) entryHeading(cur *section, lines []*line, i int) bool {
	switch kind := cur.kind; kind {
	case kWork, kEducation, kProjects, kVolunteer, kAwards, kPublications, kCertificates:
	case kSkills:
		// "设计软件" set like the section titles over "AutoCAD Electrical
		// EPLAN P8  ETAP": a group's name over its items
		if i+1 >= len(lines) {
			return false
		}
		n := lines[i+1]
		return lines[i].runes <= maxGroupHeading && n.Heading == 0 && (tagRow(n) || len(wideFields(n.raw)) >= 2 || len(splitList(n.text)) >= 2)
	default:
		return false
	}
	t := lines[i].text
	if h := cur.heading; h != nil && h.Heading == lines[i].Heading && sameBrackets(h.text, t) && !r.lx.isOrg(t) && !r.lx.isSchool(t) {
		return false // "〖 审计项目（节选） 〗" after "〖 工作经历 〗": the brackets the section titles wear
	}
	if h := cur.heading; h != nil && h.Heading == lines[i].Heading && nextOrdinal(h.text, t) && !r.lx.isOrg(t) && !r.lx.isSchool(t) &&
		!slices.ContainsFunc(cur.lines, func(x *line) bool { _, _, ok := ordinalOf(x.text); return ok && x.Heading == h.Heading }) {
		return false // "三、海上资历" after "二、证书情况": the next number of the section titles (not entries numbered alike)
	}
	if r.lx.isSchool(t) || r.lx.isOrg(t) || r.lx.isTitle(t) || r.lx.hasDegree(t) {
		return true
	}
	if _, ok := findSpan(t); ok {
		return true
	}
	afterDated := false // entries so far open with their dates, none set as this line is
	if len(cur.lines) > 0 && !slices.ContainsFunc(cur.lines, func(x *line) bool { return x.Heading == lines[i].Heading }) {
		sp, dated := findSpan(cur.lines[0].text)
		afterDated = dated && sp.From == 0 && strings.IndexFunc(cur.lines[0].text[sp.To:], unicode.IsLetter) >= 0
	}
	for k := i + 1; k < len(lines) && k <= i+4 && (lines[k].Heading == 0 || lines[k].Heading > lines[i].Heading); k++ {
		if _, ok := findSpan(lines[k].text); ok {
			// (after such entries, a dated line makes this line a part's
			// title, "2024  Clay Talk, Avon Gallery", unless it names a
			// title alone, "2019 – 2021  Junior analyst": this line is then
			// its employer)
			return !afterDated || r.wantsEmployer(lines[k].text)
		}
	}
	return false
}

// gapLabel reads a line set as a label, a wide gap and its value, the
// label a section's name: "外语        英语（CET-6）", "技能   ArcGIS、
// Zotero" in a table without cells.
func (r *run) gapLabel(l *line) (label, value string, ok bool) {
	f := wideFields(l.raw)
	if len(f) != 2 || utf8.RuneCountInString(f[0]) > maxGapLabel {
		return "", "", false
	}
	if _, known := r.lx.headings[normHeading(f[0])]; !known {
		return "", "", false
	}
	return f[0], f[1], true
}

// maxGapLabel is the longest label, in runes, gapLabel reads.
const maxGapLabel = 6

// headingBrackets pairs the brackets that enclose section titles
// ("【工作经历】", "[ EXPERIENCE ]").
var headingBrackets = map[rune]rune{'【': '】', '〖': '〗', '[': ']', '［': '］', '「': '」', '『': '』', '〔': '〕', '《': '》', '<': '>'}

// sameBrackets reports whether a and b are both enclosed in one pair of
// brackets.
func sameBrackets(a, b string) bool {
	af, _ := utf8.DecodeRuneInString(a)
	bf, _ := utf8.DecodeRuneInString(b)
	al, _ := utf8.DecodeLastRuneInString(a)
	bl, _ := utf8.DecodeLastRuneInString(b)
	c, ok := headingBrackets[af]
	return ok && af == bf && al == c && bl == c
}

// ordinalLead is a section title's number: "三、", "（二）", "第二部分", "IV.", "3.".
var ordinalLead = lazyRE(`^(?:[(（]?([` + hanNumerals + `]{1,3})[)）、.．]|第([一二三四五六七八九十]{1,3}|\d{1,2})部分|([IVX]{1,4})[.．、)]|(\d{1,2})\s*[.．、)）])`)

// ordinalOf reads the number a line opens with: its kind (Chinese, Roman,
// Arabic) and value. "2.1 Acme" (a sub-number) has none.
func ordinalOf(s string) (kind byte, n int, ok bool) {
	m := ordinalLead.FindStringSubmatchIndex(s)
	if m == nil {
		return 0, 0, false
	}
	if rest := s[m[1]:]; rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		return 0, 0, false // "2.1": a sub-number
	}
	for g := 1; g <= 4; g++ {
		if m[2*g] < 0 {
			continue
		}
		v := s[m[2*g]:m[2*g+1]]
		switch {
		case v[0] >= '0' && v[0] <= '9':
			n, _ = strconv.Atoi(v)
			return 'd', n, true
		case strings.ContainsAny(v, "IVX"):
			return 'r', romanValue(v), true
		default:
			return 'c', chineseNumeral(v), true
		}
	}
	return 0, 0, false
}

// nextOrdinal reports whether b opens with the number after a's, in one
// kind of numeral ("二、" then "三、", "9." then "10.").
func nextOrdinal(a, b string) bool {
	ka, na, oka := ordinalOf(a)
	kb, nb, okb := ordinalOf(b)
	return oka && okb && ka == kb && na > 0 && nb == na+1
}

// romanValue is the value of a Roman numeral of I, V and X.
func romanValue(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10}
	n := 0
	for i := 0; i < len(s); i++ {
		if i+1 < len(s) && val[s[i]] < val[s[i+1]] {
			n -= val[s[i]]
		} else {
			n += val[s[i]]
		}
	}
	return n
}

// hanNumerals are the Chinese numerals that number a form's parts, in
// their everyday and their financial forms (heading_dress.tsv spells
// them too).
const hanNumerals = "一二三四五六七八九十" + financialDigits

// financialDigits are the financial forms of the Chinese numerals.
const financialDigits = "壹贰貳叁參肆伍陆陸柒捌玖拾"

// financialNumerals are the financial forms of the Chinese numerals
// (壹, 貳, 參 …, written to keep a sum from being altered, and by some as
// the numbers of a form's parts), each with its everyday form.
var financialNumerals = strings.NewReplacer("壹", "一", "贰", "二", "貳", "二", "叁", "三", "參", "三", "肆", "四", "伍", "五", "陆", "六", "陸", "六", "柒", "七", "捌", "八", "玖", "九", "拾", "十")

// chineseNumeral is the value of a Chinese numeral up to 九十九.
func chineseNumeral(s string) int {
	digit := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	rs := []rune(financialNumerals.Replace(s))
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return digit[rs[0]]
	case len(rs) == 2 && rs[0] == '十':
		return 10 + digit[rs[1]]
	case len(rs) == 2 && rs[1] == '十':
		return 10 * digit[rs[0]]
	case len(rs) == 3 && rs[1] == '十':
		return 10*digit[rs[0]] + digit[rs[2]]
	}
	return 0
}

// wantsEmployer reports whether a dated line names a title and no
// employer or school ("2019 – 2021  Junior analyst"): a line above it
// names where.
func (r *run) wantsEmployer(s string) bool {
	sp, ok := findSpan(s)
	if !ok {
		return false
	}
	rest := trimSeps(cutSpan(s, sp))
	return rest != "" && r.lx.isTitle(rest) && !r.lx.isOrg(rest) && !r.lx.isSchool(rest)
}

// maxGroupHeading is the longest skill group's name set like a section
// title.
const maxGroupHeading = 24

// minListItems and maxToolWords: a list of three items or more, of three
// words at most each and no dates, names tools or skills.
const (
	minListItems = 3
	maxToolWords = 3
)

// maxPlainStyleOthers is how many lines a plain style of section headings
// may set besides the headings the lexicon knows.
const maxPlainStyleOthers = 3

// headingWordKind is the section an English heading word of s names
// ("Certification & Licensure": certificates), the first found.
func (r *run) headingWordKind(s string) (Kind, bool) {
	w := strings.Fields(asciiLower(strings.Trim(s, headingDecor)))
	if len(w) == 0 || len(w) > maxHeadingWords {
		return "", false
	}
	return r.headWordIn(w)
}

// headWordIn is the section the first English heading word among words
// names (heading_words.tsv, in its order), the words in lower case.
func (r *run) headWordIn(words []string) (Kind, bool) { return r.headWordAt(words, false) }

// headWordAt is headWordIn for a heading set as a plain line (plain): a
// word marked "last:" in heading_words.tsv names a section there as the
// heading's last word, where no heading the lexicon knows names that
// section ("Boatyard & rigging work"; not "Rigging Safety at Work", a
// certificate's name set as a sub-heading, nor "Field Work" under
// "Education" where "Experience" heads the jobs).
func (r *run) headWordAt(words []string, plain bool) (Kind, bool) {
	for _, p := range r.lx.headWords {
		key, last := strings.CutPrefix(p.key, "last:")
		for i, x := range words {
			if strings.Trim(x, "&/,:") == p.word && (!last || plain && i == len(words)-1 && i > 0 && !r.headed[Kind(key)]) {
				return Kind(key), true
			}
		}
	}
	return "", false
}

// hasHeadingWord reports whether s has a word of the English heading words
// ("Earlier Roles", "Other Experience").
func (r *run) hasHeadingWord(s string) bool {
	_, ok := r.headWordIn(strings.Fields(asciiLower(s)))
	return ok
}

// contentWords counts the words of a heading but the ones that join two
// names: "&", "and", "/".
func contentWords(w []string) int {
	n := 0
	for _, x := range w {
		if x != "&" && x != "and" && x != "/" {
			n++
		}
	}
	return n
}

// titleLike reports whether s reads like an English heading: a capital
// first letter, letters and spaces only, no sentence punctuation.
func titleLike(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == ' ' || r == '&' || r == '/' || r == '-') {
			return false
		}
	}
	return true
}

func (r *run) exactHeading(l *line) bool {
	_, ok := r.lx.headings[normHeading(l.text)]
	return ok
}

// joiners split a heading that names two sections.
var joiners = lazyRE(`\s*(?:与|與|和|及|、|/|&|\band\b)\s*|\s+[·・]\s+`)

// sharedHeadWords are the section words two Chinese headings joined in one
// share, written once at the end: "学习和工作经历", "获奖与荣誉情况".
var sharedHeadWords = []string{"经历", "經歷", "经验", "經驗", "背景", "情况", "情況"}

// mixedKinds lists the different sections a heading names, in order.
func (r *run) mixedKinds(t string) []Kind {
	joined := func(s string) bool {
		return containsAny(s, "与與和及、/&·・") || containsFoldASCII(s, " and ")
	}
	if !joined(t) {
		return nil // (nor has the heading undressed, a part of t)
	}
	if core := r.lx.undress(t); core != t && core != "" {
		t = core // "📌 关于我 & 工作经历  3"
	}
	if !joined(t) {
		return nil
	}
	// "证书与语言 Certificates & Languages", "技能/语言 Skills / Languages":
	// each half names the same sections
	halves := [][2]string{}
	if cjk, latin, ok := scriptHalves(t); ok {
		halves = append(halves, [2]string{cjk, latin})
	}
	if cjk, latin := splitScripts(t); cjk != "" && latin != "" {
		halves = append(halves, [2]string{cjk, latin}) // (an icon between the words dropped: "Awards📌& certificates")
	}
	for _, h := range halves {
		if kc, kl := r.mixedKinds(h[0]), r.mixedKinds(h[1]); len(kc) > 1 && len(kc) == len(kl) && !slices.ContainsFunc(kc, func(k Kind) bool { return !slices.Contains(kl, k) }) {
			return kc
		}
	}
	parts := joiners.Split(strings.Trim(t, headingDecor), -1)
	if len(parts) < 2 || len(parts) > 3 {
		return nil
	}
	// "学习和工作经历": the halves share the last one's section word
	// ("学习经历", "工作经历")
	shared := ""
	if last := parts[len(parts)-1]; allHan(last) {
		for _, w := range sharedHeadWords {
			if strings.HasSuffix(last, w) && last != w {
				shared = w
				break
			}
		}
	}
	var kinds []Kind
	for _, p := range parts {
		k, ok := r.lx.headings[normHeading(p)]
		if !ok && shared != "" && allHan(p) && !strings.HasSuffix(p, shared) {
			k, ok = r.lx.headings[normHeading(p+shared)]
		}
		if !ok && hasHan(p) {
			for _, s := range r.lx.suffixes {
				if !strings.HasPrefix(s.key, "contains:") && !strings.HasPrefix(s.key, "marked:") && strings.HasSuffix(p, s.word) {
					k, ok = Kind(s.key), true
					break
				}
			}
		}
		if !ok && allHan(p) {
			// a label or a stem that heads a section only when dressed
			// heads it joined to another such word or a section's name:
			// "学历及培训", "学习与培训"
			if k, ok = r.lx.dressedOnly[normHeading(p)]; !ok {
				k, ok = r.lx.headingStem(p)
			}
		}
		if !ok {
			return nil
		}
		if !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	return kinds
}

// allCapsLatin reports whether s is Latin text in capitals only.
func allCapsLatin(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == ' ' || r == '&' || r == '/' || r == '-' || r == ':' || r == ',':
		default:
			return false
		}
	}
	return letters >= 4
}

// allHan reports whether s is only CJK ideographs (and middle dots).
func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) && r != '·' && r != '、' && r != '与' {
			return false
		}
	}
	return s != ""
}

// scriptHalves cuts a heading written twice, once in each script, where
// the scripts meet, each half with its joiners as written ("证书、语言" and
// "Certificates / Languages"); ok is false unless each half holds one
// script only.
func scriptHalves(s string) (cjk, latin string, ok bool) {
	latinAt := strings.IndexFunc(s, isLatinLetter)
	hanAt := strings.IndexFunc(s, isHan)
	if latinAt < 0 || hanAt < 0 {
		return "", "", false
	}
	if hanAt < latinAt {
		cjk, latin = s[:latinAt], s[latinAt:]
	} else {
		latin, cjk = s[:hanAt], s[hanAt:]
	}
	if strings.IndexFunc(latin, isHan) >= 0 || strings.IndexFunc(cjk, isLatinLetter) >= 0 {
		return "", "", false
	}
	return strings.TrimSpace(cjk), strings.TrimSpace(latin), true
}

// isLatinLetter reports whether r is a letter of the ASCII alphabet.
func isLatinLetter(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }

// splitScripts splits a heading into its CJK and its Latin part.
func splitScripts(s string) (cjk, latin string) {
	var c, l strings.Builder
	for _, r := range s {
		switch {
		case isHan(r):
			c.WriteRune(r)
		case r < 0x80 && (unicode.IsLetter(r) || r == ' ' || r == '&'):
			l.WriteRune(r)
		}
	}
	return strings.TrimSpace(c.String()), strings.TrimSpace(l.String())
}

// sectionize splits lines into sections at headings. Lines the source
// marked as headings but which name no known section open an "other"
// section when they are at the level of the known headings or above.
// headCtx is what a heading veto reads: the line that names a section
// (kind k), the section it stands in and the document's heading styles.
type headCtx struct {
	r          *run
	l          *line
	k          Kind
	cur        *section
	level      int     // the level of the known section headings
	headSize   float64 // the size most marked headings are set in
	styleKinds int     // how many kinds the line's style heads elsewhere
	next       *line   // the line after it, nil at the end
}

// minDressKinds is how many sections' names a list mark must stand
// before, and before nothing else, to be the dress of headings;
// maxDressedName the longest line such a mark may stand before.
const (
	minDressKinds  = 3
	maxDressedName = 16
)

// headingVetoes are the reasons a line that names a section is no heading
// but a part of the section it stands in (a sub-heading, a label, an
// item); the first that applies decides. A style that heads three kinds or
// more is a style of section headings and is never vetoed for its size.
var headingVetoes = []struct {
	name    string
	applies func(c *headCtx) bool
}{
	{"group names over their items in columns", func(c *headCtx) bool {
		// "Languages   Tools" over "Go   Git" under Skills: a grid
		return c.cur.kind == kSkills && c.l.Heading == 0 && len(wideFields(c.l.raw)) >= 2 && c.next != nil && c.next.Indent > c.l.Indent &&
			len(wideFields(c.next.raw)) >= 2
	}},
	{"sub-heading at a deeper level", func(c *headCtx) bool {
		// "Languages" in an h4 under the h2 SKILLS
		return c.l.Heading > 0 && c.level > 0 && c.l.Heading > c.level && c.styleKinds < 3 && holdsSubheadings(c.cur.kind)
	}},
	{"sub-heading in smaller type", func(c *headCtx) bool {
		// "Languages" in bold body size under SKILLS set in 16 pt: a group
		return c.l.Heading == 0 && c.headSize > 0 && c.l.Size > 0 && c.l.Size < 0.9*c.headSize && c.cur.kind != kHeader && c.styleKinds < 3
	}},
	{"skill group in smaller type than its section's heading", func(c *headCtx) bool {
		// "Languages" in small caps of 6.7 pt under "Skills" in 9.7 pt,
		// where no line is marked as a heading to measure them by
		h := c.cur.heading
		return c.cur.kind == kSkills && h != nil && c.l.Heading == 0 && h.Size > 0 && c.l.Size > 0 &&
			c.l.Size < maxSubSizeRatio*h.Size && c.styleKinds < 3
	}},
	{"languages one programs in, under skills", func(c *headCtx) bool {
		// "Languages" under "Skills", over "Go / Python / SQL": a skill
		// group's name, whatever its type; spoken languages would follow
		// a languages section's heading
		if c.cur.kind != kSkills || c.k != kLanguages || c.next == nil || c.next.Heading > 0 || c.r.lx.languageAt(strings.TrimSpace(c.next.text)) != "" {
			return false
		}
		if h := c.cur.heading; h != nil && (h.Heading > 0 || h.Bold) && sameStyle(c.l, h) {
			return false // set as the skills' own heading: the next section
		}
		items := splitTop(c.next.text, "、，,;；|｜/·•")
		if len(items) < 2 {
			items = wideFields(c.next.raw)
		}
		for i := range items {
			items[i] = strings.TrimSpace(items[i])
			if c.r.lx.languageAt(items[i]) != "" {
				return false // "ASL, English": spoken after all
			}
		}
		return len(items) >= 2 && 2*c.r.techCount(items) >= len(items)
	}},
	{"bulleted sub-heading", func(c *headCtx) bool {
		// "• Languages" over a skill group's bullets: list items are
		// parts of a section, and section headings are not bulleted
		return bulletedIn(c.l, c.cur) && holdsSubheadings(c.cur.kind) && c.styleKinds < 3 && !c.r.dressMarks[c.l.Marker]
	}},
	{"indented sub-heading", func(c *headCtx) bool {
		// "    Languages" under "Skills", its items indented deeper still
		// (plain text keeps the nesting as indentation only)
		// (plain text keeps the nesting as indentation only); skill
		// groups only: headings in a label column are indented as
		// their lengths fall
		h := c.cur.heading
		return h != nil && c.cur.kind == kSkills && c.styleKinds < 3 && c.l.Heading == 0 && h.Heading == 0 &&
			c.l.Indent >= h.Indent+minSubIndent && c.next != nil && c.next.Indent >= c.l.Indent+minSubIndent &&
			// headings set flush right in a label column end where the
			// section's heading ends
			(c.l.Indent+c.l.runes-h.Indent-h.runes >= minSubIndent || h.Indent+h.runes-c.l.Indent-c.l.runes >= minSubIndent)
	}},
	{"label inside an entry", func(c *headCtx) bool {
		// "Highlights" over a job's bullets: a label, no section
		if c.k != kOther || !holdsSubheadings(c.cur.kind) || c.cur.kind == kSkills {
			return false
		}
		_, label := c.r.lx.labelField(strings.TrimRight(c.l.text, ":："))
		return label
	}},
	{"a plain label with a colon in a job, where the section's heading is marked", func(c *headCtx) bool {
		// "Selected projects:" in body type over a job's list of projects,
		// under "EXPERIENCE" in bold (or in capitals, in plain text): the
		// job's own list
		h := c.cur.heading
		t := strings.TrimSpace(c.l.text)
		return c.cur.kind == kWork && h != nil && (h.Bold || h.Heading > 0 || allCapsLatin(h.text) && !allCapsLatin(t)) && c.l.Heading == 0 && !c.l.Bold &&
			(strings.HasSuffix(t, ":") || strings.HasSuffix(t, "："))
	}},
	{"item of its own section", func(c *headCtx) bool {
		// "校级荣誉称号" in a list of awards is an award, not a heading
		// (two headings each of two sections, "证书与获奖" then "技能与其他",
		// are no items of each other)
		return c.k == c.cur.kind && c.k != kMixed && len(c.cur.lines) > 0 && c.l.Heading == 0 && !c.l.Bold && !c.r.exactHeading(c.l) && c.styleKinds < minHeadingStyleKinds
	}},
}

// maxSubSizeRatio is the largest size of a skill group's name, relative to
// its section's heading, that makes it no heading.
const maxSubSizeRatio = 0.8

// asideScale is how much smaller than its heading a line marked as a
// heading right under it is set to be the heading's tagline.
const asideScale = 0.8

// minSubIndent is how much deeper than its section's heading a
// sub-heading is indented, and its items deeper than it.
const minSubIndent = 2

// bulletedIn reports whether l is a bulleted line in a section whose
// heading is not bulleted: an item or a group label of that section. A
// mark on both sides ("※ 自我评价 ※") dresses a heading.
func bulletedIn(l *line, cur *section) bool {
	return l.Marker != "" && !l.numbered() && !strings.HasSuffix(l.text, l.Marker) && cur.heading != nil && cur.heading.Marker == "" &&
		!sameDress(l, cur.heading)
}

// sameDress reports whether a marked line stands where the section's
// heading stands and that heading starts with a symbol of its own: "▶
// 个人项目" after "▣   实习经历", both at one indentation, icons that dress
// every heading (some of them read as list marks), not a bullet.
func sameDress(l, heading *line) bool {
	r, _ := utf8.DecodeRuneInString(heading.text)
	return l.Indent == heading.Indent && l.X == heading.X && r != utf8.RuneError && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r)
}

func (r *run) sectionize(lines []*line) []*section {
	level := 0 // the heading level of known section headings
	var sizes []float64
	// the styles of known headings, with the kinds each heads: a style that
	// heads three kinds or more is a style of section headings, whatever
	// its level (a sidebar's smaller "SKILLS", "LANGUAGES")
	type headStyle struct {
		level int
		size  float64
		bold  bool
		caps  bool
	}
	styleOf := func(l *line) headStyle {
		return headStyle{l.Heading, math.Round(l.Size), l.Bold, capsStyle(l.text)}
	}
	styleKinds := map[headStyle]map[Kind]bool{}
	// plain styles (a size of their own, no weight or mark): the kinds of
	// the known headings set in each, and how many lines each style sets
	plainKinds := map[float64]map[Kind]bool{}
	plainLines, plainHeads := map[float64]int{}, map[float64]int{}
	plainSize := func(l *line) float64 { return math.Round(2*l.Size) / 2 } // (9.5 pt apart from 10)
	marked := 0                                                            // known headings the source marks as headings, less those it does not
	headed := false                                                        // the document has a known heading
	bare := 0                                                              // known headings set as body lines, bare of dress
	// list marks, the lines each sets that are no heading's shape, and the
	// kinds those that name a section name: a mark set before headings
	// only, three kinds or more of them known ("■ 教育背景", "■ 实习经历",
	// "■ 获奖情况"), dresses headings
	markLines := map[string]int{}
	markKinds := map[string]map[Kind]bool{}
	// the brackets that enclose known headings, with the kinds each heads:
	// a pair that encloses two kinds or more dresses headings
	bracketKinds := map[rune]map[Kind]bool{}
	for _, l := range lines {
		plain := l.Size > 0 && l.Heading == 0 && !l.Bold && !allCapsLatin(l.text)
		if plain {
			plainLines[plainSize(l)]++
		}
		if l.Marker != "" && !l.numbered() && (l.runes > maxDressedName || containsAny(l.text, "，。；,;.:：0123456789")) {
			markLines[l.Marker]++ // (a mark before an item of a list, no heading's shape)
		}
		k, ok := r.headingKind(l)
		if !ok {
			continue
		}
		if t := strings.TrimSpace(l.text); sameBrackets(t, t) {
			br, _ := utf8.DecodeRuneInString(t)
			if bracketKinds[br] == nil {
				bracketKinds[br] = map[Kind]bool{}
			}
			bracketKinds[br][k] = true
		}
		if l.Marker != "" && !l.numbered() {
			if markKinds[l.Marker] == nil {
				markKinds[l.Marker] = map[Kind]bool{}
			}
			markKinds[l.Marker][k] = true
		}
		if plain {
			st := plainSize(l)
			if plainKinds[st] == nil {
				plainKinds[st] = map[Kind]bool{}
			}
			plainKinds[st][k] = true
			plainHeads[st]++
		}
		headed = true
		if l.Heading == 0 && !l.Bold && l.Marker == "" && l.Cells == nil && r.lx.undress(l.text) == l.text {
			bare++
		}
		if l.Heading > 0 {
			marked++
		} else {
			marked--
		}
		if l.Heading > 0 || l.Bold || allCapsLatin(l.text) {
			st := styleOf(l)
			if styleKinds[st] == nil {
				styleKinds[st] = map[Kind]bool{}
			}
			styleKinds[st][k] = true
		}
		if l.Heading > 0 {
			if level == 0 || l.Heading < level {
				level = l.Heading
			}
			if l.Size > 0 {
				sizes = append(sizes, l.Size)
			}
		}
	}
	if !headed {
		// no heading the lexicon knows, but three or more the source
		// marks at the highest level it uses below the name ("Where did
		// I study?", "What have I done?" set as h2 under the name's h1),
		// none of which reads as an entry: headings of that level head
		// sections whose content says what they are (not "### Data
		// Engineer — Fenwick Retail" over its dates, an entry)
		top, n := 0, 0
		for i, l := range lines[min(1, len(lines)):] {
			if l.Heading == 0 || top != 0 && l.Heading > top {
				continue
			}
			if l.Heading < top || top == 0 {
				top, n = l.Heading, 0
			}
			if !r.entryShaped(lines, i+1) {
				n++
			} else {
				n = -len(lines) // an entry at the top level: no level of sections
			}
		}
		if n >= minMarkedUnknown {
			level = top
		}
	}
	// with no heading the lexicon knows, a mark set before short lines
	// only (no mark of markLines), three or more, each over lines of its
	// own ("▶ 做过的事", "▶ 读过的书", "▶ 拿过的证"), none of them an
	// entry's header and no dated entry above the first, dresses headings
	// the lexicon lacks
	unknownMarks := map[string]bool{}
	if !headed {
		heads, items := map[string]int{}, map[string]int{}
		dated := false // a line dated by a range read before a mark's first line
		for i, l := range lines {
			if l.Marker == "" || l.numbered() || markLines[l.Marker] > 0 {
				if sp, ok := findSpan(l.text); ok && sp.Range && l.Marker == "" {
					dated = true // (a range: an entry's dates, not a birth date)
				}
				continue
			}
			switch {
			case i+1 < len(lines) && lines[i+1].Marker == l.Marker || r.entryShaped(lines, i):
				items[l.Marker]++ // (items of a list one after another, or entries)
			case heads[l.Marker] == 0 && dated:
				items[l.Marker]++ // (entries above the first: the marks set items)
			default:
				heads[l.Marker]++
			}
		}
		for m, n := range heads {
			if n >= minMarkedUnknown && items[m] == 0 {
				unknownMarks[m] = true
			}
		}
	}
	// the marks that dress headings, known now that every line's mark
	// has been seen; a line so marked read before as no heading (its
	// memo) is read again in that dress
	r.dressMarks = map[string]bool{}
	for m, kinds := range markKinds {
		if markLines[m] == 0 && len(kinds) >= minDressKinds {
			r.dressMarks[m] = true
		}
	}
	for _, l := range lines {
		if r.dressMarks[l.Marker] {
			l.head = nil // ("◆ 学历")
		}
	}
	// the size the marked section headings are set in, when three or more
	// agree on one: an unmarked line set smaller is a sub-heading
	headSize := 0.0
	if len(sizes) >= 3 {
		slices.Sort(sizes)
		headSize = sizes[len(sizes)/2]
	}
	rules := 0 // lines a rule parts from the line before, a known heading among them
	ruledHeads := false
	for _, l := range lines {
		if l.Rule {
			rules++
			if _, ok := r.headingKind(l); ok {
				ruledHeads = true
			}
		}
	}
	if !ruledHeads {
		rules = 0 // rules between entries, not sections
	}
	cur := &section{kind: kHeader}
	secs := []*section{cur}
	nameSeen := false
	for i, l := range lines {
		k, ok := r.headingKind(l)
		vetoed := false // the line names a section but a veto made it part of the one it stands in
		if ok {
			c := headCtx{r: r, l: l, k: k, cur: cur, level: level, headSize: headSize, styleKinds: len(styleKinds[styleOf(l)])}
			if i+1 < len(lines) {
				c.next = lines[i+1]
			}
			for _, v := range headingVetoes {
				if v.applies(&c) {
					ok, vetoed = false, true
					r.traceLine(l, "no heading: "+v.name, "heading vetoes")
					break
				}
			}
		}
		if !ok && i > 0 && !nameSeen && cur.kind != kHeader && l.runes <= 40 && (l.Heading == 1 || contactFollows(lines, i) && cur.kind != kReferences) && r.nameLike(l.text) {
			// the name in the largest heading after a sidebar: the top
			// of the resume starts again there (not a referee's name over
			// their phone)
			if len(secs[0].lines) == 0 {
				r.nameHeading = l // (the page opens with a heading: a sidebar's contact block came first)
			}
			cur = &section{kind: kHeader}
			secs = append(secs, cur)
			nameSeen = true
			r.traceLine(l, "name heading", "section headings")
			cur.lines = append(cur.lines, l)
			continue
		}
		if cur.kind == kHeader && l.Heading == 1 && r.isName(l.text) {
			nameSeen = true
		}
		if !ok && l.Heading > 0 && i+1 < len(lines) && r.isSchoolLine(lines[i+1]) {
			if f, known := r.lx.labelField(l.text); known && strings.HasPrefix(f, "edu.") {
				// "3. 学历" set as a heading over "2007.9 – 2010.6  某某学院 …":
				// a field's label heading the education
				k, ok = kEducation, true
			}
		}
		if h := cur.heading; !ok && h != nil && len(cur.lines) == 0 && l.Heading > 0 && l.Heading == h.Heading && l.Size > 0 && l.Size < asideScale*h.Size && !l.Blank {
			// "Languages 語言" over "spoken at the table" marked alike in
			// smaller type: the heading's tagline
			r.traceLine(l, "dropped", "an aside under a heading")
			continue
		}
		if !ok && l.Heading > 0 && level > 0 && l.Heading <= level && i > 0 && !(cur.kind == kHeader && (r.isName(l.text) || len(cur.lines) < maxHeadline && !r.headlineHeading(lines, i, len(styleKinds[styleOf(l)])))) && !bulletedIn(l, cur) && !r.entryHeading(cur, lines, i) {
			// a line marked at the known headings' level (right under the
			// name's lines, only as headlineHeading says)
			k, ok = kOther, true
		}
		if !ok && i > 0 && cur.kind != kHeader && len(cur.lines) > 0 && !vetoed && inHeadingStyle(l, len(styleKinds[styleOf(l)]), level, marked) &&
			r.styledHeadingText(l) && !styleRecurs(r, lines, i, cur, styleOf) {
			// "代表案例" in the bold 13 pt that heads 荣誉, 论文与著述 and
			// 自我评价: a heading the lexicon lacks, set in the document's
			// style of section headings (never right under another
			// heading: that is the first entry's name, set alike)
			k, ok = kOther, true
		}
		if st := plainSize(l); !ok && i > 0 && cur.kind != kHeader && len(cur.lines) > 0 && (l.Marker == "" || ordinalMarker(l)) && l.Cells == nil && l.Heading == 0 && !l.Bold && len(plainKinds[st]) >= minHeadingStyleKinds &&
			plainLines[st] <= plainHeads[st]+maxPlainStyleOthers && r.styledHeadingText(l) &&
			!slices.ContainsFunc(cur.lines, func(x *line) bool { return plainSize(x) == st && x.Heading == 0 && !x.Bold }) {
			// "Certification & Licensure" in the 9.5 pt, no bolder, that
			// sets "Summary", "Professional Experience" and "Education" and
			// almost nothing else: a heading the lexicon lacks; its words
			// or its content say what it heads (not when the size sets a line
			// of the section it stands in: "Marlow and Finch" after "Harbour
			// Lights", employers set alike)
			k, ok = r.headingWordKind(l.text)
			if !ok {
				k, ok = kOther, true
			}
		}
		if !ok && i > 0 && (unknownMarks[l.Marker] || r.dressMarks[l.Marker] && cur.kind != kHeader && cur.kind != kProjects && len(cur.lines) > 0 && r.styledHeadingText(l) && i+1 < len(lines) && lines[i+1].Marker != l.Marker) {
			// "▶ 读过的书": a heading the lexicon lacks in the dress of
			// the others (known or not: after lines of its section, over
			// lines of its own, and not among projects, where the dress may
			// set a project's name); its content says what it heads
			k, ok = kOther, true
		}
		if dk, dressed := r.lx.dressedOnly[normHeading(strings.TrimSpace(l.text))]; !ok && dressed && i > 0 && bare >= minBareHeads && l.Blank && l.Heading == 0 && !l.Bold && l.Marker == "" && l.Cells == nil &&
			i+1 < len(lines) && (lines[i+1].Blank || r.knownLabelled(lines[i+1]) || r.feature(lines[i+1]).hasSpan) {
			// "學歷" alone between blank lines, or over labelled or dated
			// lines, where "求職目標" and "工作經歷" head their sections set
			// so: a form's label (bare, "学历：本科") that heads a section
			// as the others do
			k, ok = dk, true
		}
		if !ok && i > 0 && (l.Blank || len(styleKinds[styleOf(l)]) > 0) && len(cur.lines) > 0 && l.Marker == "" && l.Cells == nil &&
			!(i+1 < len(lines) && capsList(lines[i+1])) && !capsList(lines[i-1]) {
			// "LICENCES, TICKETS, PERMITS" after a blank line or in the style
			// of the known headings, below lines of the section above (not
			// a list of skills in capitals among others: "LEADERSHIP,
			// TRAINING" over "PYTHON, SQL")
			k, ok = r.commaHeading(l)
		}
		if !ok && i > 0 && l.Blank && l.Marker == "" && l.Cells == nil && cur.kind != kProjects && r.bracketDressed(lines, i, bracketKinds) {
			// "【做过的事】" after a blank line, where "【获奖】" and "【其他】"
			// head their sections: a heading the lexicon lacks in the
			// brackets of the others; its content says what it heads (not
			// "【门店主管】" right under a job's header)
			k, ok = kOther, true
		}
		if !ok && i > 0 && flankedHeading(l.text) && l.Marker == "" && l.Cells == nil {
			// "～ Where I've worked ～": the same mark on both sides dresses
			// a heading the lexicon lacks; its content says what it heads
			k, ok = kOther, true
		}
		if !ok && i > 0 && rules >= minRules && r.ruledHeading(lines, i) && (len(styleKinds[styleOf(l)]) > 0 || len(styleKinds) == 0 && l.Heading == 0 && !l.Bold) {
			// "What I do these days" alone between a rule and its
			// entries, where rules part the sections, set as the known
			// headings are: a heading the lexicon lacks; its content says
			// what it heads
			k, ok = kOther, true
		}
		if !ok && len(secs) == 1 && len(cur.lines) >= minHeaderBeforeLabel && r.bareLabelOverEntries(lines, i) {
			// "做过的工作:" over dated items in a note without headings:
			// a heading the lexicon lacks; its lines go where their
			// shapes say
			k, ok = kOther, true
		}
		if !ok && !headed && len(cur.lines) >= minHeaderBeforeLabel && r.bareWordOverEntries(lines, i) {
			// "做过的活" over "2019年至今  某物流有限公司  叉车司机" in a
			// note without headings: a heading the lexicon lacks; its
			// lines go where their shapes say
			k, ok = kOther, true
		}
		if ok {
			cur = &section{kind: k, heading: l}
			secs = append(secs, cur)
			r.traceLine(l, "heading ("+string(k)+")", "section headings")
			continue
		}
		if !headed && i > 0 {
			if ik, found := r.lx.iconSection(l.text); found && !r.contactLine(l) {
				// "🎓 2014.9 – 2018.6 某学院 本科" in a note without headings:
				// the icon says the section, the line is its first entry
				if ik != cur.kind {
					cur = &section{kind: ik}
					secs = append(secs, cur)
					r.traceLine(l, "opens a section ("+string(ik)+")", "a section's icon before a line")
				}
				l = partLine(l, stripIcons(l.raw)) // the line is what follows the icon
			}
		}
		if cur.heading != nil && len(cur.lines) == 0 && headingAside.MatchString(l.text) {
			// "工作经历" over "(按时间倒序)": a note on the heading
			r.traceLine(l, "dropped", "an aside under a heading")
			continue
		}
		cur.lines = append(cur.lines, l)
	}
	return secs
}

// contentCounts are what the lines of a section under a heading the
// lexicon lacks hold, line by line.
type contentCounts struct {
	lines    int // lines that are no list items
	ranges   int // date ranges
	schools  int // schools and degrees
	titles   int // job titles
	orgs     int // organisations
	langs    int // lines that start with a language's name
	projects int // a project's role label, a link, a row of chips
	tooled   int // a project written on one line with its tools (toolLead)
	techtalk int // prose that names minProseTechs technologies the lexicon knows or more
	named    int // lines led by a section's name as their label ("Languages：English, Tamil")
}

// contentKinds name a section from what its lines hold when its heading
// names none ("Quest log", "Completed quests", "Spoken tongues"); the
// first that applies decides, and none keeps the section unknown.
var contentKinds = []struct {
	name string
	kind Kind
	is   func(c contentCounts) bool
}{
	{"languages with their levels, line after line", kLanguages, func(c contentCounts) bool {
		return c.langs >= minContentLines && 2*c.langs >= c.lines
	}},
	{"dated entries at schools", kEducation, func(c contentCounts) bool {
		return c.ranges >= 1 && c.schools >= c.ranges && c.schools > c.titles
	}},
	{"dated entries with roles, links or chips", kProjects, func(c contentCounts) bool {
		return c.ranges >= 1 && c.projects >= c.ranges && c.titles <= c.ranges
	}},
	{"dated entries with titles or employers", kWork, func(c contentCounts) bool {
		return c.ranges >= 1 && c.titles+c.orgs >= c.ranges
	}},
	{"works named with their tools, one a line", kProjects, func(c contentCounts) bool {
		return c.tooled >= minContentLines && 2*c.tooled >= c.lines
	}},
	{"prose about the technologies one works with", kSkills, func(c contentCounts) bool {
		return c.techtalk >= 1 && c.ranges == 0 && 2*c.techtalk >= c.lines
	}},
}

// minProseTechs is how many technologies a paragraph names to be about
// them.
const minProseTechs = 4

// entryShaped reports whether lines[i], a line marked as a heading or by
// a list mark, reads as an entry's header: it names a school, an
// organisation, a title or a degree, or holds dates, or the line under it
// does.
func (r *run) entryShaped(lines []*line, i int) bool {
	t := lines[i].text
	if r.lx.isSchool(t) || r.lx.isOrg(t) || r.lx.isTitle(t) || r.lx.hasDegree(t) {
		return true
	}
	if _, ok := findSpan(t); ok {
		return true
	}
	if i+1 < len(lines) {
		if sp, ok := findSpan(lines[i+1].text); ok && strings.TrimSpace(cutSpan(lines[i+1].text, sp)) == "" {
			return true // dates on a line of their own under it
		}
	}
	return false
}

// minMarkedUnknown is how many headings of one level, none of which the
// lexicon knows, make that level the sections' in a document without a
// known heading.
const minMarkedUnknown = 3

// minContentLines is how many lines of a kind make a section of it.
const minContentLines = 2

// kindByContent gives each section under a heading the lexicon lacks the
// kind its lines show, by contentKinds.
func (r *run) kindByContent(secs []*section) {
	for _, s := range secs {
		if s.kind != kOther || s.heading == nil || len(s.lines) == 0 {
			continue
		}
		if k, ok := r.headingTail(s.heading.text); ok {
			// "〖 审计项目（节选） 〗": a heading whose name ends in a
			// section's word heads that section
			s.kind = k
			r.traceLine(s.heading, "heading ("+string(k)+")", "a heading ending in a section's word")
			continue
		}
		var c contentCounts
		for _, l := range s.lines {
			if volunteerLine(l.text) {
				continue // (a volunteering line goes to its section: relocate)
			}
			if l.Marker != "" && !l.numbered() {
				// a list item counts as a dated title ("* Senior Welder
				// (Mar 2020 – present)") when it is a role held at the
				// employer above it, at the list's first level; other
				// items are what was done
				if sp, ok := findSpan(l.text); ok && sp.Range && l.Indent == 0 && r.lx.isTitle(l.text) && !r.lx.isOrg(l.text) {
					c.ranges++
					c.titles++
				}
				continue
			}
			c.lines++
			f := r.feature(l)
			sp, dated := findSpan(l.text)
			if dated && sp.Range && !(hasSentencePunct(l.text) && strings.HasSuffix(l.text, "。")) {
				c.ranges++ // (not a sentence that names a span: "主持制定2021—2023年度检修计划，…。")
			}
			if r.lx.isSchool(l.text) || r.lx.hasDegree(l.text) {
				c.schools++
			}
			if r.lx.isTitle(l.text) || slices.ContainsFunc(wideFields(l.raw), r.lx.isTitle) {
				c.titles++ // (or a field of it apart by a wide gap: "…  某器材厂  装配工")
			}
			if r.lx.isOrg(l.text) {
				c.orgs++
			}
			if r.lx.languageAt(strings.TrimSpace(l.text)) != "" {
				c.langs++
			}
			if _, ok := r.toolLead(l); ok {
				c.tooled++
			}
			if proseLatin(l.text) && len(slices.DeleteFunc(r.proseTechs(l.text), func(t string) bool { return !r.lx.techs[strings.ToLower(t)] })) >= minProseTechs {
				c.techtalk++
			}
			for _, kv := range f.kvs {
				if kv.field == "entry.roles" {
					c.projects++
				}
			}
			if len(l.Links) > 0 && !emailRe.MatchString(l.text) || findURL(l.text) != "" || techChips(r, l) || tagRow(l) && !dated {
				c.projects++ // a link to the work, its chips
			}
			if label, _, ok := headKV(l.text); ok {
				if _, named := r.lx.headings[normHeading(label)]; named {
					c.named++
				}
			}
		}
		if 2*c.named >= c.lines {
			continue // "Other": "Languages：…", "Volunteering：…", "Interests：…", each line its own section's
		}
		for _, k := range contentKinds {
			if k.is(c) {
				s.kind = k.kind
				r.traceLine(s.heading, "heading ("+string(k.kind)+")", k.name)
				break
			}
		}
		if k, ok := r.lx.iconSection(strings.TrimSpace(s.heading.text)); ok && s.kind == kOther {
			// "🏆 我的高光" over lines that say nothing: the icon before a
			// heading the lexicon lacks says its section, as it says a
			// line's in a note without headings
			s.kind = k
			r.traceLine(s.heading, "heading ("+string(k)+")", "a section's icon before a heading")
			continue
		}
		if k, ok := r.headingWordOf(s.heading.text); ok && s.kind == kOther {
			// "Grants-Awards", "Diving Credentials": an English heading
			// the lexicon lacks over lines that say nothing, one of its
			// words a section's
			s.kind = k
			r.traceLine(s.heading, "heading ("+string(k)+")", "a heading with a section's word")
		}
	}
}

// headingWordOf is the section an English heading the lexicon lacks
// names by one of its words, words joined by a hyphen read apart
// ("Grants-Awards"; not "Non-Academic", the negation of its word).
func (r *run) headingWordOf(text string) (Kind, bool) {
	if _, known := r.lx.headings[normHeading(text)]; known || hasHan(text) {
		return "", false
	}
	if !strings.Contains(strings.ToLower(text), "non-") {
		text = strings.ReplaceAll(text, "-", " ")
	}
	k, ok := r.headingWordKind(text)
	return k, ok && k != kOther
}

// headingTail reports the section a Chinese heading the lexicon lacks
// names with its last words ("审计项目" ends in "项目"), its dress and an
// aside removed.
func (r *run) headingTail(text string) (Kind, bool) {
	core := r.lx.undress(strings.TrimSpace(unwrapName(strings.TrimSpace(text))))
	if !hasHan(core) {
		return "", false
	}
	rs := []rune(core)
	for i := 1; i+1 < len(rs); i++ {
		if k, ok := r.sectionNamed(string(rs[i:])); ok && k != kOther && k != kHeader {
			return k, true
		}
	}
	if len(rs) >= 3 {
		// "陆地工作": a section's stem ends it (工作 of 工作经历, 工作经验)
		if k, ok := r.lx.headingStem(string(rs[len(rs)-2:])); ok {
			return k, true
		}
	}
	return "", false
}

// inHeadingStyle reports whether a line is set in the document's style of
// section headings: bold, marked or in capitals after a gap, in a style
// (kinds: how many kinds of section it heads) that heads
// minHeadingStyleKinds kinds, or, marked at the known headings' level where
// most known headings are marked (marked > 0), minMarkedStyleKinds.
func inHeadingStyle(l *line, kinds, level, marked int) bool {
	if !(l.Bold || l.Heading > 0 || allCapsLatin(l.text) && l.Blank) || l.Marker != "" || l.Cells != nil {
		return false
	}
	return kinds >= minHeadingStyleKinds || l.Heading > 0 && l.Heading <= level && marked > 0 && kinds >= minMarkedStyleKinds
}

// styledHeadingText reports whether a line in the headings' style reads as
// a heading: short, no digits, no sentence or list punctuation, and no
// school, employer, title or degree (an entry's name set alike).
func (r *run) styledHeadingText(l *line) bool {
	return (l.runes <= maxStyledHeading || !hasHan(l.text) && l.runes <= maxStyledLatinHeading && len(strings.Fields(l.text)) <= maxHeadingWords) && !hasSentencePunct(l.text) && strings.IndexFunc(l.text, unicode.IsDigit) < 0 && !containsAny(l.text, "：:，,") &&
		!r.lx.isSchool(l.text) && !r.lx.isOrg(l.text) && !r.lx.isTitle(l.text) && !r.lx.hasDegree(l.text)
}

// styleRecurs reports whether the style of line i comes again in its part:
// among the lines of the section it stands in, or after it before the
// next heading the lexicon knows, on a line dated beside it (or any line
// under projects or skill groups, whose names stand undated). The style
// then names the entries of this part ("金陵科技大学", "江淮工业大学" in the
// h3 of "Education") and makes no heading by itself; elsewhere undated, it
// heads parts of its own ("Where I trained", then "Bench craft" over a
// list, set as "Experience"), and so it does over parts of dated entries
// (partsNamedEntries).
func styleRecurs[S comparable](r *run, lines []*line, i int, cur *section, styleOf func(*line) S) bool {
	st := styleOf(lines[i])
	if slices.ContainsFunc(cur.lines, func(x *line) bool { return styleOf(x) == st }) {
		return true
	}
	for j, l := range lines[i+1:] {
		if _, ok := r.headingKind(l); ok {
			return false
		}
		if styleOf(l) == st && (undatedEntries(cur.kind) || datedBeside(lines, i+1+j) && !r.partsNamedEntries(lines, i, i+1+j)) {
			return true
		}
	}
	return false
}

// partsNamedEntries reports whether lines i and m, set alike, each head
// a part of entries rather than name one: the line under m is an entry's
// header of its own, its dates beside a school or an employer it names,
// and between i and m stand two dated lines or more, or one naming the
// other kind ("THE YARD" over a job's "Kestrel Lofts Ltd, Napier   2019 –
// 2024", then "WHERE I STUDIED" over "Avon College     2005 - 2008"; not
// "Sail Maker" over one job's line, then "Yard Hand" over the next).
func (r *run) partsNamedEntries(lines []*line, i, m int) bool {
	// named: a line that is an entry's header, its dates beside a school
	// or an employer it names; school: the name is a school's
	named := func(k int) (named, school bool) {
		if k >= len(lines) || lines[k].Marker != "" {
			return false, false
		}
		f := r.feature(lines[k])
		if !f.hasSpan {
			return false, false
		}
		return slices.ContainsFunc(f.fields, func(x string) bool { return r.lx.isSchool(x) || r.lx.isOrg(x) }), slices.ContainsFunc(f.fields, r.lx.isSchool)
	}
	below, school := named(m + 1)
	if !below {
		return false
	}
	n, schools := 0, false
	for k := i + 1; k < m; k++ {
		if lines[k].Marker == "" && r.feature(lines[k]).hasSpan {
			n++
			_, s := named(k)
			schools = schools || s
		}
	}
	return n >= 2 || n == 1 && schools != school
}

// undatedEntries reports whether the entries of a section of kind k go
// by their names alone, often undated: skill groups and projects.
func undatedEntries(k Kind) bool { return k == kSkills || k == kProjects }

// datedBeside reports whether line i or a line next to it, no list item,
// holds a date: the line names an entry ("Marlowe & Quist" over "2019 –
// 2021  Junior analyst", "实时特征平台" under its dates), not a part of
// its own ("Kit & know-how" over a list of skills).
func datedBeside(lines []*line, i int) bool {
	for j := max(i-1, 0); j <= i+1 && j < len(lines); j++ {
		if j != i && lines[j].Marker != "" {
			continue
		}
		if _, ok := findSpan(lines[j].text); ok {
			return true
		}
	}
	return false
}

// minHeadingStyleKinds is how many kinds of section a style heads to be
// the document's style of section headings; maxStyledHeading the longest
// line in that style read as a heading the lexicon lacks.
const (
	minHeadingStyleKinds  = 3
	minMarkedStyleKinds   = 2 // a line marked as a heading where most known headings are marked: two kinds are enough
	maxStyledHeading      = 24
	maxStyledLatinHeading = 40 // in Latin letters, of maxHeadingWords words at most
	maxHeadingWords       = 5
)

// flankedHeading reports whether s is a short name between two copies of
// one mark ("～ Where I've worked ～", "— Experience —", "* Projects *").
func flankedHeading(s string) bool {
	s = strings.TrimSpace(s)
	first, n1 := utf8.DecodeRuneInString(s)
	last, n2 := utf8.DecodeLastRuneInString(s)
	if len(s) <= n1+n2 || first != last || unicode.IsLetter(first) || unicode.IsDigit(first) || unicode.IsSpace(first) || strings.ContainsRune("《「『(（[【\"'", first) {
		return false
	}
	inner := strings.TrimSpace(s[n1 : len(s)-n2])
	n := utf8.RuneCountInString(inner)
	return n >= 2 && n <= maxFlankedHeading && inner != s[n1:len(s)-n2] && !hasSentencePunct(inner) && !containsAny(inner, ".。!！?？;；") && strings.IndexFunc(inner, unicode.IsDigit) < 0 &&
		strings.IndexFunc(inner, unicode.IsLetter) >= 0
}

// bracketDressed reports whether line i is a short name enclosed in the
// brackets that enclose two kinds of known headings or more, with no
// digit, sentence, employer or school in it, and the line after it not
// so enclosed (a list of names in brackets).
func (r *run) bracketDressed(lines []*line, i int, bracketKinds map[rune]map[Kind]bool) bool {
	t := strings.TrimSpace(lines[i].text)
	br, _ := utf8.DecodeRuneInString(t)
	if len(bracketKinds[br]) < minBracketKinds || !sameBrackets(t, t) {
		return false
	}
	inner := strings.TrimSpace(unwrapName(t))
	n := utf8.RuneCountInString(inner)
	if n < 2 || n > maxFlankedHeading || inner == t || hasSentencePunct(inner) || strings.IndexFunc(inner, unicode.IsDigit) >= 0 || r.lx.isOrg(inner) || r.lx.isSchool(inner) {
		return false
	}
	return i+1 >= len(lines) || !sameBrackets(t, strings.TrimSpace(lines[i+1].text))
}

// knownLabelled reports whether l opens with a label the lexicon knows
// and a colon: "期間：2012/09～2016/06 …".
func (r *run) knownLabelled(l *line) bool {
	label, _, ok := headKV(l.text)
	if !ok {
		return false
	}
	_, known := r.lx.labelField(label)
	_, column := r.columnHeading(label)
	return known || column
}

// minBareHeads is how many known headings set bare as body lines make
// a label alone between blank lines a heading too.
const minBareHeads = 2

// minBracketKinds is how many kinds of known headings a pair of brackets
// must enclose to dress headings.
const minBracketKinds = 2

// ruledHeading reports whether line i stands alone right after a rule:
// a short line that reads as a heading (styledHeadingText), one field (not
// "廣東話（母語）  英文（良好）", items apart by wide gaps), and holds no
// contact detail, with a blank line or a rule after it.
func (r *run) ruledHeading(lines []*line, i int) bool {
	l := lines[i]
	if !l.Rule || l.Marker != "" || l.Cells != nil || i+1 >= len(lines) || !(lines[i+1].Blank || lines[i+1].Rule) {
		return false
	}
	return r.styledHeadingText(l) && !containsAny(l.text, "|｜@") && findURL(l.text) == "" && len(wideFields(l.raw)) == 1
}

// minRules is how many rules part a document's lines for a line after a
// rule to read as a heading: rules drawn between its sections.
const minRules = 2

// maxFlankedHeading is the longest name a heading dressed on both sides
// holds.
const maxFlankedHeading = 30

// minHeaderBeforeLabel is how many lines (a name, a contact line) come
// before a bare label that opens the first section of a document without
// headings.
const minHeaderBeforeLabel = 2

// maxBareLabel is the longest bare label that heads a section.
const maxBareLabel = 10

// bareWordOverEntries reports whether line i is a few Chinese words alone
// after a blank line, that name no title, employer, school, degree or
// field, over a dated line that names its own employer or school: a
// section's name the lexicon lacks (not "字节跳动" over "2019.03-2021.05
// 后端开发": the employer of the dated line).
func (r *run) bareWordOverEntries(lines []*line, i int) bool {
	l := lines[i]
	t := strings.TrimSpace(l.text)
	if !l.Blank || l.Marker != "" || l.Cells != nil || !allHan(t) || utf8.RuneCountInString(t) > maxBareLabel || i+1 >= len(lines) || lines[i+1].Blank {
		return false
	}
	if _, known := r.lx.labelField(t); known || r.lx.isTitle(t) || r.lx.isOrg(t) || r.lx.isSchool(t) || r.lx.hasDegree(t) || r.isName(t) {
		return false
	}
	n := lines[i+1]
	nf := r.feature(n)
	return nf.hasSpan && slices.ContainsFunc(nf.fields, func(f string) bool { return r.lx.isOrg(f) || r.lx.isSchool(f) })
}

// bareLabelOverEntries reports whether line i is a short label ending in
// a colon with nothing after it, over a list item or a dated line: a
// heading written as a label.
func (r *run) bareLabelOverEntries(lines []*line, i int) bool {
	l := lines[i]
	t := strings.TrimSpace(l.text)
	label, ok := strings.CutSuffix(t, ":")
	if !ok {
		label, ok = strings.CutSuffix(t, "：")
	}
	if !ok || label == "" || utf8.RuneCountInString(label) > maxBareLabel || l.Marker != "" || containsAny(label, ":：0123456789") || i+1 >= len(lines) {
		return false
	}
	if _, known := r.lx.labelField(label); known {
		return false // "地址：" over its value
	}
	n := lines[i+1]
	_, dated := findSpan(n.text)
	return n.Marker != "" || dated
}

// headingAside is a short note in brackets on a line of its own.
var headingAside = lazyRE(`^[(（][^()（）]{1,20}[)）]$`)

// sectionOf finds the first section of kind k, adding one at the end
// when there is none.
func (r *run) sectionOf(secs *[]*section, k Kind) *section {
	for _, x := range *secs {
		if x.kind == k {
			return x
		}
	}
	x := &section{kind: k}
	*secs = append(*secs, x)
	return x
}

// labelHeading says which section a label names, whole or by either half
// of a bilingual label ("语言 Languages").
func (r *run) labelHeading(label string) (Kind, bool) {
	if k, ok := r.lx.headings[normHeading(label)]; ok {
		return k, true
	}
	if cjk, latin := splitScripts(label); cjk != "" && latin != "" && scriptRuns(label) == 2 {
		if k, ok := r.lx.headings[normHeading(cjk)]; ok {
			return k, true
		}
		if k, ok := r.lx.headings[normHeading(latin)]; ok {
			return k, true
		}
	}
	return "", false
}

// labelledName reports whether l gives the name after a label of it
// ("签名：林可    2025年3月" under the last section): read with the
// contact details.
func (r *run) labelledName(l *line) bool {
	label, value, ok := headKV(l.raw)
	if !ok || l.runes > maxFooterContact {
		return false
	}
	if f, known := r.lx.labelField(label); !known || f != "name" {
		return false
	}
	if fs := wideFields(value); len(fs) > 0 {
		value = fs[0]
	}
	return r.isName(strings.TrimSpace(value))
}

// footerLine reports whether a line outside the header is the résumé's
// own: its contact row or its labelled name.
func (r *run) footerLine(l *line) bool { return r.footerContact(l) || r.labelledName(l) }

// footerContact reports whether a line is the résumé's own contact row: an
// e-mail address and a phone number (or a link) on one short line of
// nothing else, no sentence.
func (r *run) footerContact(l *line) bool {
	if l.runes > maxFooterContact || l.Marker != "" || !strings.ContainsAny(l.text, "@.0123456789") {
		return false
	}
	// a sidebar's contact details one a line: the address, the number, the
	// profile and nothing else
	t := strings.TrimSpace(stripSymbols(l.text))
	if strings.Contains(t, "@") && emailRe.FindString(t) == t {
		return true
	}
	if digits := digitCount(t); digits >= minPhoneLine && len(t) <= 2*digits {
		if _, dated := findSpan(t); !dated && findPhone(t) == t {
			return true // (not "2015.09-2019.06": dates)
		}
	}
	if !strings.Contains(t, " ") && strings.Contains(t, ".") {
		if u := findURL(t); u == t {
			if _, ok := r.lx.profile(u); ok {
				return true
			}
		}
	}
	if _, dated := findSpan(t); !dated && !hasSentencePunct(t) && (cityPostcode.MatchString(t) || cityPIN.MatchString(t)) {
		return true // "17 Wicken Row – Leeds LS6 2QT – United Kingdom": a postal address
	}
	if !strings.Contains(l.text, "@") || !emailRe.MatchString(l.text) {
		return false
	}
	rest := emailRe.ReplaceAllString(l.text, " ")
	if findPhone(rest) == "" && len(l.Links) < 2 {
		return false
	}
	return !hasSentencePunct(strings.ReplaceAll(rest, ".", " ")) && !contactSentence(rest)
}

// headerContacts reports whether the top of the page, before the first
// heading, gives an e-mail address or a phone number.
func headerContacts(s *section) bool {
	return s.kind == kHeader && slices.ContainsFunc(s.lines, func(l *line) bool { return emailRe.MatchString(l.text) || findPhone(l.text) != "" })
}

// postalLine reports whether a line can be a postal address: a few
// parts apart by commas, a number among them, no dates and no sentence
// ("Unit 9, Mill Yard, Tern Bay, Kent CT9").
func postalLine(l *line) bool {
	if _, dated := findSpan(l.text); dated || l.Marker != "" || l.runes > maxPostalLine || hasSentencePunct(strings.ReplaceAll(l.text, ",", " ")) {
		return false
	}
	return strings.Count(l.text, ",") >= 2 && strings.IndexFunc(l.text, unicode.IsDigit) >= 0
}

// maxPostalLine is the longest line read as a postal address, in runes.
const maxPostalLine = 80

// contactSentence reports whether a part of a line with an address reads
// as a sentence: four words in lower case or more between two separators,
// handles, addresses and numbers aside ("Write to … or call …, and I will
// answer"; not "open to relocation", "gh/analima").
func contactSentence(s string) bool {
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",·|•;", r) }) {
		n := 0
		for _, w := range strings.Fields(part) {
			if !strings.ContainsAny(w, "/@0123456789") && startsLower(w) {
				n++
			}
		}
		if n >= minContactSentence {
			return true
		}
	}
	return false
}

// digitCount counts the ASCII digits of s.
func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// minPhoneLine is the shortest phone number read alone on a line outside
// the header (not a year or a count).
const minPhoneLine = 8

// maxFooterContact is the longest contact row read outside the header;
// minContactSentence the fewest words in lower case between separators
// that make a line with an address a sentence (contactSentence).
const (
	maxFooterContact   = 160
	minContactSentence = 4
)

// headerLines is how many lines of the text before the first heading are
// read as the contact area.
const headerLines = 60

// relocate moves lines that have the shape of another section's entries
// out of sections where they do not belong.
func (r *run) relocate(secs []*section) []*section {
	var work, awards, certs *section
	for _, s := range secs {
		switch s.kind {
		case kWork:
			if work == nil {
				work = s
			}
		case kAwards:
			awards = s
		case kCertificates:
			certs = s
		}
	}
	if work == nil && len(secs) > 1 && secs[0].kind == kHeader {
		if h, k := secs[0], r.headlessJobs(secs[0].lines); k < min(len(h.lines), headerLines) {
			// "总账会计 - 某公司. 成都, 2023-03-01 - Present" right after
			// the contact details, with no heading over it where the other
			// sections have theirs (a theme that prints none) and no work
			// section elsewhere: the jobs and their text
			work = &section{kind: kWork, lines: h.lines[k:]}
			h.lines = h.lines[:k:k]
			secs = slices.Insert(secs, 1, work)
		}
	}
	if len(secs) == 1 && secs[0].kind == kHeader {
		// "From | To | Company | Post" under the summary of a document
		// without headings: the jobs, and the text after them up to the
		// next rule
		h := secs[0]
		if a, b := r.jobTable(h.lines); a > 0 {
			t := &section{kind: kWork, lines: slices.Clone(h.lines[a:b])}
			rest := slices.Clone(h.lines[b:])
			h.lines = h.lines[:a:a]
			secs = slices.Insert(secs, 1, t)
			if len(rest) > 0 {
				secs = slices.Insert(secs, 2, &section{kind: kHeader, lines: rest})
			}
			if work == nil {
				work = t
			}
		}
	}
	if len(secs) == 1 && secs[0].kind == kHeader {
		if parts := r.headlessParts(secs[0]); parts != nil {
			secs = parts
		}
	}
	if secs[0].kind == kHeader && !slices.ContainsFunc(secs, func(s *section) bool {
		return s.kind == kWork || s.kind == kEducation || s.kind == kProjects || s.kind == kMixed || s.kind == kVolunteer
	}) {
		if h, k := secs[0], r.headlessEntries(secs[0].lines); k < min(len(h.lines), headerLines) {
			// "Paramedic  Apr 21 – present" over "Fellgate Ambulance
			// Service", then "BSc Nursing  Sep 15 – Jul 18": dated
			// entries after the contact details and no
			// heading over any of them (headings set as images, rotated,
			// or none at all): each dated line a job or a school by what
			// it names, its text after it
			m := &section{kind: kMixed, kinds: []Kind{kWork, kEducation}, lines: h.lines[k:]}
			h.lines = h.lines[:k:k]
			secs = slices.Insert(secs, 1, m)
		}
	}
	if last := secs[len(secs)-1]; last.kind != kHeader && last.kind != kBasics && last.kind != kReferences && !headerContacts(secs[0]) {
		// "Tel. 01632 960111   Mob. 07700 900111   E. ana@example.com" and
		// the postal address at the foot of the page, under the last
		// section's entries, where the top of the page gives none: the
		// contact details (not a referee's under the last job, where the
		// top gives them; the lines of sections without entries are also
		// read one by one below)
		k := len(last.lines)
		for k > 0 && (r.footerLine(last.lines[k-1]) || k == len(last.lines) && postalLine(last.lines[k-1])) {
			k--
		}
		if k < len(last.lines) && k > 0 && slices.ContainsFunc(last.lines[k:], func(l *line) bool {
			return emailRe.MatchString(l.text) || findPhone(l.text) != ""
		}) {
			to := r.sectionOf(&secs, kBasics)
			to.lines = append(to.lines, last.lines[k:]...)
			last.lines = last.lines[:k:k]
		}
	}
	for _, s := range secs {
		from := 0
		if s.kind == kMixed {
			secs = r.routeMixed(s, secs)
			continue
		}
		if s.kind == kLanguages && s.heading != nil && r.programmingLanguages(s) {
			// "LANGUAGES" over "Python, Go, Rust, TypeScript": languages one
			// programs in, a skill group named by the heading
			s.kind = kSkills
			name := strings.TrimRight(s.heading.text, ":：") + ":"
			s.lines = append([]*line{{Line: s.heading.Line, text: name, raw: name, runes: utf8.RuneCountInString(name)}}, s.lines...)
		}
		if s.kind == kEducation && r.certificatesOnly(s) {
			// "Qualifications" over "IPMA Level D (Certified …), 2020":
			// no school and no degree, certificates
			s.kind = kCertificates
			continue
		}
		if s.kind == kWork {
			// "2010.03 - 2013.01  燕东理工大学  机械设计制造及其自动化  本科"
			// among the jobs, with no text of its own: a school, education
			var kept []*line
			for k, l := range s.lines {
				if r.degreeLine(l) && (k+1 == len(s.lines) || r.feature(s.lines[k+1]).hasSpan) {
					to := r.sectionOf(&secs, kEducation)
					to.lines = append(to.lines, l)
					continue
				}
				kept = append(kept, l)
			}
			if len(kept) < len(s.lines) {
				s.lines = kept
			}
			continue
		}
		switch s.kind {
		case kSkills, kInterests, kLanguages, kOther, kAwards, kCertificates, kSummary, kEducation, kBasics:
		case kHeader:
			// a document without headings: past its top, job lines are work
			from = min(len(s.lines), headerLines)
		default:
			continue
		}
		kept := s.lines[:from:from]
		lines := s.lines[from:]
		moving := false // the list items after a moved job line go with it
		movedIndent := 0
		var movedJob *line // the first job line moved from this section
		spoken := false    // under a group of skills that names the languages one speaks
		for li, l := range lines {
			if s.kind == kSkills {
				// "Languages 语言" in bold among skill groups over "English –
				// TEM-8；Español – DELE B1": the languages one speaks
				if k, known := r.labelHeading(strings.TrimRight(l.text, ":：")); known && k == kLanguages && li+1 < len(lines) && r.lx.languageAt(strings.TrimSpace(lines[li+1].text)) != "" {
					spoken = true
					continue
				}
				if spoken = spoken && r.lx.languageAt(strings.TrimSpace(l.text)) != ""; spoken || r.lx.languageLevels(l.text) {
					// ("English  C1  C1  C1  C1  C1": a Europass CV's grid row)
					to := r.sectionOf(&secs, kLanguages)
					to.lines = append(to.lines, l)
					continue
				}
			}
			if moving && (l.Marker != "" || l.Indent >= movedIndent+minSubIndent) {
				// its list items, and the lines indented under it
				work.lines = append(work.lines, l)
				continue
			}
			moving = false
			if s.kind == kBasics {
				// the contact details' own section: only a labelled line
				// that names another section leaves it (below)
			} else if s.kind != kHeader && r.footerLine(l) {
				// "+44 7700 900418 • name@example.com • in/name" at a page's
				// foot, read after the last section: the contact details
				to := r.sectionOf(&secs, kBasics)
				to.lines = append(to.lines, l)
				continue
			}
			if s.kind == kOther || s.kind == kSkills || s.kind == kLanguages || s.kind == kInterests {
				if t := stripIcons(l.raw); t != strings.TrimSpace(l.raw) {
					if _, _, labelled := headKV(stripIcons(l.text)); labelled {
						l = partLine(l, t) // "💬 英语：…", "🎨 爱好：…": the icon is the label's dress
					}
				}
			}
			if s.kind == kOther {
				// "变频器：ABB、汇川、台达" under a heading the lexicon lacks
				// ("会用的设备/软件"): a skill group
				// (its commas outside brackets: "历任：战士（列兵、上等兵）→ 班长" is no list)
				if label, value, ok := headKV(l.text); ok && containsAny(asideRun.ReplaceAllString(value, ""), "、，,") && !r.isCertLine(l) && !hasSentencePunct(value) {
					_, known := r.labelHeading(label)
					if _, lab := r.lx.labelField(label); !known && !lab && utf8.RuneCountInString(label) <= maxGroupLabel {
						to := r.sectionOf(&secs, kSkills)
						to.lines = append(to.lines, l)
						continue
					}
				}
			}
			if s.kind == kCertificates {
				// "软件：SolidWorks、AutoCAD" under 技能证书: a skill group
				if label, value, ok := headKV(l.text); ok {
					if k, known := r.labelHeading(label); known && k == kCertificates {
						nl := *l // "证书：CET-4；…": the section's own name
						nl.text, nl.raw, nl.feat, nl.head = value, value, nil, nil
						kept = append(kept, &nl)
						continue
					}
				}
				if label, value, ok := headKV(l.text); ok && containsAny(value, "、,，") && !r.isCertLine(l) {
					// (or "专业技能：用友NC、Excel": named as the skills, the
					// skills' own name dropped)
					if k, known := r.labelHeading(label); !known || k == kSkills {
						if _, lab := r.lx.labelField(label); !lab {
							to := r.sectionOf(&secs, kSkills)
							if known {
								nl := *l
								nl.text, nl.raw, nl.feat, nl.head = value, value, nil, nil
								l = &nl
							}
							to.lines = append(to.lines, l)
							continue
						}
					}
				}
			}
			if s.kind == kSkills || s.kind == kOther || s.kind == kLanguages || s.kind == kBasics || s.kind == kCertificates || s.kind == kAwards || s.kind == kInterests {
				// "语言 Languages：粤语（母语）；英语（IELTS 8.0）" among skill
				// groups, "Hobbies : Reading" among personal details,
				// "发表论文：《…》" or "英语：CET-6" under 其他, "Languages
				// spoken: English, Hindi" under Certifications: the label
				// names a section of its own, or a language
				if label, value, ok := headKV(l.text); ok && value != "" {
					k, known := r.labelHeading(label)
					if k == kLanguages && r.lx.languageAt(strings.TrimSpace(value)) == "" {
						known = false // "Languages: C, C++, Go": programming languages
					}
					text := value
					if !known && r.lx.languageAt(label) == strings.TrimSpace(label) {
						k, known, text = kLanguages, true, l.text // "英语：CET-6，可阅读英文文档"
					}
					if k == kOther && (s.kind != kLanguages || slices.ContainsFunc(splitList(value), func(it string) bool { return r.lx.languageAt(strings.TrimSpace(it)) != "" }) || r.languagesInProse(value) != nil) {
						known = false // ("Other: Python, MATLAB" is a group of skills; "OTHER: Can swim …" after the languages is not a language)
					}
					if known && k != s.kind && (k == kLanguages || k == kCertificates || k == kAwards || k == kInterests || k == kSummary || k == kOther || k == kPublications && s.kind == kOther) {
						nl := *l
						raw := text
						if _, v, ok := headKV(l.raw); ok && text == value {
							raw = v // the value's wide gaps kept
						}
						nl.text, nl.raw, nl.feat, nl.head = text, raw, nil, nil
						to := r.sectionOf(&secs, k)
						to.lines = append(to.lines, &nl)
						continue
					}
				} else if f := wideFields(l.raw); s.kind == kSkills && len(f) == 2 && r.lx.languageAt(f[1]) != "" {
					// "Languages 语言   Mandarin (native), English (IELTS 8.0)"
					// among skill groups set apart by a wide gap: spoken
					// languages
					if k, known := r.labelHeading(f[0]); known && k == kLanguages {
						nl := *l
						nl.text, nl.raw, nl.feat, nl.head, nl.Spans = f[1], f[1], nil, nil, nil
						to := r.sectionOf(&secs, kLanguages)
						to.lines = append(to.lines, &nl)
						continue
					}
				}
			}
			switch {
			case s.kind == kBasics:
				kept = append(kept, l)
			case s.kind == kOther && r.isSchoolLine(l):
				// "2007.9 ---- 2010.6  某某技师学院  专业（中专）" under a
				// heading the lexicon lacks: education
				to := r.sectionOf(&secs, kEducation)
				to.lines = append(to.lines, l)
			case (s.kind == kOther || s.kind == kAwards || s.kind == kInterests || s.kind == kSummary && datedCommaHeader(l)) && volunteerLine(l.text):
				// "Volunteer treasurer, Harbour Netball Club, 2019 to date"
				// under "Other" (or in a summary that swallowed entries): a
				// volunteering entry
				to := r.sectionOf(&secs, kVolunteer)
				to.lines = append(to.lines, l)
			case r.jobElsewhere(s, l, movedJob):
				if work == nil {
					work = &section{kind: kWork}
					secs = append(secs, work)
				}
				work.lines = append(work.lines, l)
				moving, movedIndent = true, l.Indent
				if movedJob == nil {
					movedJob = l
				}
				r.warn(l, "work entry under the "+string(s.kind)+" heading moved to work")
			case (s.kind == kOther || s.kind == kCertificates && !r.isCertLine(l)) && r.isAwardLine(l):
				if awards == nil {
					awards = &section{kind: kAwards}
					secs = append(secs, awards)
				}
				awards.lines = append(awards.lines, l)
			case (s.kind == kOther || s.kind == kAwards && !r.isAwardLine(l)) && r.isCertLine(l):
				if certs == nil {
					certs = &section{kind: kCertificates}
					secs = append(secs, certs)
				}
				certs.lines = append(certs.lines, l)
			default:
				kept = append(kept, l)
			}
		}
		s.lines = kept
	}
	return secs
}

// jobElsewhere reports whether line l of section s, no section of jobs, is
// a job's header, which goes to work: a complete one ("Company | Title
// 2005.7-2011.4"); or, but among certificates and for an award, one
// written with commas, or shaped as the job line moved before it from s
// ("Ovenman, Rye House (York)    Sep '16 – Aug '19" after "Head Baker,
// Oakfield Bakery (Leeds)    2019 to date", its title no word the lexicon
// knows); never a school's or a degree's.
func (r *run) jobElsewhere(s *section, l, movedJob *line) bool {
	if r.lx.isSchool(l.text) || s.kind == kEducation && r.lx.hasDegree(l.text) {
		return false // (a degree's line among schools: "Associate of Science — Fall 2021 – Spring 2023", no associate's job)
	}
	if r.isJobLine(l) {
		return true
	}
	if s.kind == kCertificates || r.isAwardLine(l) {
		return false
	}
	return r.commaJobLine(l) ||
		movedJob != nil && movedJob.Indent == l.Indent && l.Marker == "" && datedCommaHeader(movedJob) && datedCommaHeader(l) && !r.lx.hasDegree(l.text)
}

// datedCommaHeader reports whether a line is names apart by commas and a
// range of dates apart from them by a wide gap, before or after, and
// nothing else: "Baker, Rye House (York)    Sep '16 – Aug '19".
func datedCommaHeader(l *line) bool {
	names := commaHeader(l)
	return names != "" && !hasSentencePunct(names) && len(splitTop(names, ",，")) >= 2
}

// commaHeader is the field of names of a line of two fields apart by a
// wide gap, one of them a range of dates and nothing else; "" when the
// line is not so.
func commaHeader(l *line) string {
	f := wideFields(l.raw)
	if len(f) != 2 {
		return ""
	}
	for k, x := range f {
		if sp, ok := findSpan(x); ok && sp.Range && strings.TrimSpace(cutSpan(x, sp)) == "" {
			return f[1-k]
		}
	}
	return ""
}

// volunteerLine reports whether a line is a dated volunteering entry set
// among other things: it opens with the word ("Volunteer math tutor,
// …", "志愿者 …") and carries its dates.
func volunteerLine(t string) bool {
	if !volunteerPost(commaSplit.Split(t, 2)[0]) {
		return false // (not "Volunteer Co-ordinator, Avon Food Bank, 2012–2015": a post that runs volunteers)
	}
	_, dated := findSpan(t)
	return dated
}

// volunteerLead opens a line about unpaid work.
var volunteerLead = lazyRE(`^(?i:volunteer(?:ing)?\b)|^志愿`)

// volunteerPost reports whether a post is a volunteer's: it opens with
// the word, and names no paid post that runs volunteers.
func volunteerPost(title string) bool {
	return volunteerLead.MatchString(title) && !volunteerStaff.MatchString(title)
}

// volunteerStaff names the paid posts that run volunteers ("Volunteer
// Co-ordinator", "志愿服务部主管"), not a volunteer's ("Volunteer
// Teacher").
var volunteerStaff = lazyRE(`(?i)\b(?:co-?ordinator|manager|director|officer|administrator|supervisor|lead|head|engagement|services|programmes?|programs?|specialist|recruit\w*)\b|管理|主管|经理|經理|专员|專員|协调|協調|主任|负责人|負責人|服务部|服務部`)

// degreeFirst reports whether a Latin field starts with a degree that is
// more than a bare word and names a course, not a post: the school on the
// next line ("BSc (Hons) Nursing Science" over "Fellgate
// University"), or no title and no employer after the degree ("BSc
// Nursing"; not "MS Office Trainer", "A.S. Watson Group"). Chinese words
// run on ("硕士生导师" is a post) and are read by degreeOnly.
func (r *run) degreeFirst(f string, next *line) bool {
	d, rest := r.lx.degreeIn(f)
	if d == "" || hasHan(f) || !strings.HasPrefix(f, d) || bareDegree[strings.ToLower(d)] {
		return false
	}
	return next != nil && next.Marker == "" && r.lx.isSchool(next.text) || !r.lx.isTitle(rest) && !r.lx.isOrg(rest)
}

// schoolOrJob says whether a dated line of a list of schools and jobs is
// a school's (a degree, or a school not beside a title: not "某大学 讲师")
// or a job's.
func (r *run) schoolOrJob(l, next *line) Kind {
	var parts []string // the line's fields, and their parts apart by "、"
	var bare []string  // the parts without a bracketed note ("博士（导师：某教授）": a degree, not a post)
	for _, f := range splitFields(l.raw) {
		parts = append(parts, f)
		if h := trailBracket.ReplaceAllString(f, ""); h != f && h != "" {
			parts = append(parts, h) // "本科（管理学学士）"
		}
		if hasHan(f) {
			// (Chinese fields a single space or a comma apart: "江城大学
			// 统计学 博士", "某大学地理系，讲师")
			for _, w := range strings.FieldsFunc(f, func(r rune) bool { return r == ' ' || r == '，' }) {
				parts = append(parts, strings.Split(w, "、")...)
			}
		}
	}
	for _, p := range parts {
		if h := trailBracket.ReplaceAllString(p, ""); h != "" {
			bare = append(bare, h)
		}
	}
	title := func(p string) bool { return !strings.HasSuffix(p, "专业") && r.lx.isTitle(p) } // (not "行政管理专业": a major)
	switch {
	case slices.ContainsFunc(parts, r.lx.degreeOnly) || slices.ContainsFunc(parts, func(p string) bool { return r.degreeFirst(p, next) }):
		return kEducation // "某大学 本科" (a degree by itself: not "硕士生导师"), "BSc (Hons) Paramedic Science"
	case slices.ContainsFunc(bare, title):
		return kWork // "江城大学 统计学院 副教授、硕士生导师": a post at a school
	case slices.ContainsFunc(parts, r.lx.isSchool):
		// a school alone: the title may be on the next line
		if next != nil && next.Marker == "" && next.runes <= maxTitleLine && r.lx.isTitle(strings.TrimSpace(next.text)) {
			return kWork
		}
		return kEducation
	case r.lx.hasDegree(l.text):
		return kEducation // "行政管理专业  本科（管理学学士）"
	}
	return kWork
}

// namesPlaceFirst reports whether s, a line's text after its dates, names
// a school or an employer before its first comma ("某大学地理系，讲师"),
// not a deed ("连续获得校一等奖学金，担任班长").
func (r *run) namesPlaceFirst(s string) bool {
	first, _, _ := cutAny(strings.TrimSpace(s), "，,")
	return r.lx.isSchool(first) || r.lx.isOrg(first)
}

// subLabel reports which of a mixed section's kinds a bare line in it
// names: a heading of that kind ("教育"), or the start of one ("关于" of
// "关于我").
func (r *run) subLabel(l *line, kinds []Kind) (Kind, bool) {
	key := normHeading(l.text)
	if k, ok := r.lx.headings[key]; ok && slices.Contains(kinds, k) {
		return k, true
	}
	if cjk, latin := splitScripts(l.text); cjk != "" && latin != "" {
		// in two scripts, each naming it: "Languages 语言"
		k1, ok1 := r.lx.headings[normHeading(cjk)]
		k2, ok2 := r.lx.headings[normHeading(latin)]
		if ok1 && ok2 && k1 == k2 && slices.Contains(kinds, k1) {
			return k1, true
		}
	}
	for _, k := range kinds {
		if r.lx.headingPrefix(key, k) {
			return k, true
		}
	}
	return "", false
}

// proseLine reports whether l reads as a sentence of prose: long, or
// ending in sentence punctuation.
func proseLine(l *line) bool {
	return l.runes >= minProseRunes || strings.HasSuffix(l.text, ".") || strings.HasSuffix(l.text, "。")
}

// minProseRunes is the length from which a line reads as prose whatever
// its punctuation.
const minProseRunes = 40

// minHeadlessParts is the fewest parts a rule sets apart that a document
// without headings is read by.
const minHeadlessParts = 3

// headlessParts reads a document without headings whose parts rules set
// apart ("* * *", "-----"): the first part, with the name and contact
// details, stays the header; each part after it is read by the shape of
// its lines like the text under a heading the lexicon lacks, a part of
// prose alone as the summary. Nil unless a part holds a job or a school.
func (r *run) headlessParts(h *section) []*section {
	var parts [][]*line
	start := 0
	for i, l := range h.lines {
		if i > 0 && l.Rule {
			parts = append(parts, h.lines[start:i:i])
			start = i
		}
	}
	parts = append(parts, h.lines[start:])
	if len(parts) < minHeadlessParts {
		return nil
	}
	out := []*section{{kind: kHeader, lines: parts[0]}}
	entries := false
	for _, p := range parts[1:] {
		k := kOther
		jobs := slices.ContainsFunc(p, func(l *line) bool { return r.isJobLine(l) || r.commaJobLine(l) })
		schools := slices.ContainsFunc(p, func(l *line) bool { return r.isSchoolLine(l) || r.lx.isSchool(l.text) && r.lx.hasDegree(l.text) })
		switch {
		case schools && !jobs:
			k = kEducation
		case !schools && (jobs || len(p) >= 2 && r.fieldy(p[0], r.feature(p[0])) && r.datesFollow(p, r.features(p), 0, 2)):
			k = kWork // ("Operations Manager, Acme Ltd" over "March 2019 - Present")
		case !slices.ContainsFunc(p, func(l *line) bool {
			_, dated := findSpan(l.text)
			return l.Marker != "" || dated || !strings.HasSuffix(l.text, ".") && !strings.HasSuffix(l.text, "。") && !strings.HasSuffix(l.text, "！")
		}):
			k = kSummary // sentences only
		}
		entries = entries || k == kWork || k == kEducation
		out = append(out, &section{kind: k, lines: p})
	}
	if !entries {
		return nil
	}
	return out
}

// headlessJobs is where the jobs start in the text before the first
// heading: the first job line (isJobLine, commaJobLine; no school, no label) after a
// contact detail, with no contact detail after it (a dated headline among
// the contact details is no job); len(lines) when there is none.
func (r *run) headlessJobs(lines []*line) int {
	at := r.afterContact(lines, func(l *line) bool {
		_, _, labelled := headKV(l.text)
		return (r.isJobLine(l) || r.commaJobLine(l)) && !r.lx.isSchool(l.text) && !labelled
	})
	if at == nil {
		return len(lines)
	}
	return at[0]
}

// minHeadlessEntries is the fewest dated entries that make the text
// after the contact details of a document without headings its jobs and
// schools.
const minHeadlessEntries = 2

// headlessEntries is where the dated entries start in the text before the
// first heading: the first line after a contact detail that opens an entry
// by its dates (entryOpener), or the short line over it that names what it
// dates ("Operations Manager, Acme Ltd" over "March 2019 – Present"), when
// minHeadlessEntries such lines follow and no contact detail does;
// len(lines) when there is none.
func (r *run) headlessEntries(lines []*line) int {
	opens := r.afterContact(lines, r.entryOpener)
	if len(opens) < minHeadlessEntries {
		return len(lines)
	}
	first := opens[0]
	if p := first - 1; p > 0 && !lines[first].Blank && lines[p].Marker == "" && lines[p].runes <= maxEntryLine && !hasSentencePunct(lines[p].text) && !r.contactish(lines[p].text) && !strings.Contains(lines[p].text, "@") {
		if _, dated := findSpan(lines[p].text); !dated {
			return p
		}
	}
	return first
}

// afterContact is the lines that open, after a contact detail, with no
// contact detail after the first of them (a dated headline among the
// contact details opens nothing): their indexes, nil when there are none.
func (r *run) afterContact(lines []*line, opens func(*line) bool) []int {
	var at []int
	contact := false
	for i, l := range lines {
		if contact && opens(l) {
			at = append(at, i)
		}
		if r.contactish(l.text) || strings.Contains(l.text, "@") {
			if at != nil {
				return nil
			}
			contact = true
		}
	}
	return at
}

// entryOpener reports whether a line opens an entry by its dates: a range
// of dates at its start or its end, short, no sentence, no list item.
func (r *run) entryOpener(l *line) bool {
	sp, ok := findSpan(l.text)
	if _, _, labelled := headKV(l.text); labelled {
		return false // "Work permit: Jan 2023 – Jan 2026"
	}
	return ok && sp.Range && l.Marker == "" && l.runes <= maxEntryLine && !hasSentencePunct(l.text) &&
		(sp.From == 0 || sp.To >= len(strings.TrimRight(l.text, " ")))
}

// jobTable finds the rows of a table of jobs in the contact area of a
// document without headings (rows read by their column headings, with
// an employer or a title and dates) and the text after it up to the
// next rule: the lines a to b.
func (r *run) jobTable(lines []*line) (a, b int) {
	for i, l := range lines {
		if i == 0 || l.rowCells == nil {
			continue
		}
		var org, dated bool
		for _, kv := range r.feature(l).kvs {
			switch kv.field {
			case "entry.company", "entry.position":
				org = true
			case "entry.dates", "entry.start":
				dated = true
			}
		}
		if !org || !dated {
			return 0, 0
		}
		b = i + 1
		for b < len(lines) && !lines[b].Rule {
			b++
		}
		if b == len(lines) {
			// no rule ends the part: the table's rows only
			b = i + 1
			for b < len(lines) && lines[b].rowCells != nil {
				b++
			}
		}
		return i, b
	}
	return 0, 0
}

// isSchoolLine reports whether a line is a whole education entry's
// header: a range of dates and a school's name.
func (r *run) isSchoolLine(l *line) bool {
	sp, ok := findSpan(l.raw)
	return ok && sp.Range && l.runes <= maxEntryLine && !hasSentencePunct(l.raw) && r.lx.isSchool(cutSpan(l.raw, sp))
}

// degreeLine reports whether a line is a whole education entry's header
// that names its degree, alone in a field, and no title: a school, a
// degree and the dates ("2010.03 - 2013.01  燕东理工大学  机械设计制造及其
// 自动化  本科"), however it stands among jobs (not "燕东大学  本科招生办",
// an office, nor "某中学  高中数学", a subject taught).
func (r *run) degreeLine(l *line) bool {
	if l.Marker != "" || l.runes > maxEntryLine || strings.IndexFunc(l.text, unicode.IsDigit) < 0 || !r.lx.isSchool(l.text) || !r.isSchoolLine(l) || !r.lx.hasDegree(l.text) {
		return false // (the cheap tests first: the stage runs before the features are read)
	}
	f := r.feature(l)
	return len(f.fields) >= 2 && slices.ContainsFunc(f.fields, r.lx.degreeOnly) && !slices.ContainsFunc(f.fields, func(x string) bool {
		return r.lx.isTitle(x) && !r.lx.degreeOnly(x) || r.lx.isOrg(x) && !r.lx.isSchool(x)
	})
}

// maxEntryLine is the longest line that is an entry's header alone.
const maxEntryLine = 80

// maxGroupLabel is the longest name of a skill group before its items.
const maxGroupLabel = 12

// programmingLanguages reports whether a languages section lists the
// languages one programs in: no item starts with a spoken language's name,
// and two items or more, half of them at least, name technologies.
func (r *run) programmingLanguages(s *section) bool {
	var items []string
	for _, l := range s.lines {
		for _, it := range splitList(l.text) {
			it = strings.TrimSpace(it)
			if r.lx.languageAt(it) != "" {
				return false
			}
			items = append(items, it)
		}
	}
	n := r.techCount(items)
	return n >= 2 && 2*n >= len(items)
}

// certificatesOnly reports whether an education section names no school
// and no degree, and some of its lines name certificates.
func (r *run) certificatesOnly(s *section) bool {
	certs := false
	for _, l := range s.lines {
		cert := r.isCertLine(l)
		if r.lx.isSchool(l.text) || r.lx.hasDegree(l.text) && !cert {
			return false // ("Certified … Associate" names a certificate)
		}
		certs = certs || cert
	}
	return certs
}

// routeMixed sends each line of a section that heads two kinds to the
// section its shape names: "证书：A；B" to certificates (label dropped),
// "语言：英语 CET-6" to languages, an award line to awards, a certificate
// line to certificates, and anything else (skill groups) to skills.
func (r *run) routeMixed(s *section, secs []*section) []*section {
	fallback := kSkills // the first section the heading names, "other" aside
	kinds := s.kinds
	if kinds == nil {
		kinds = r.mixedKinds(s.heading.text)
	}
	for _, k := range kinds {
		if k != kOther {
			fallback = k
			break
		}
	}
	cur, labelled := fallback, false
	// "学习和工作经历": schools and jobs in one list, each dated line an
	// entry of one or the other, its text after it
	eduWork := slices.Contains(kinds, kEducation) && slices.Contains(kinds, kWork)
	var entryKind Kind
	inSchool := false // the lines after a school or a degree, up to a blank line or a bullet
	for li, l := range s.lines {
		// a bare heading word of one of the kinds the heading names
		// ("教育" under "技能 · 教育 · 证书", in smaller type): the lines
		// after it are of its kind, up to the next such word
		if k, ok := r.subLabel(l, kinds); ok {
			cur, labelled = k, true
			continue
		}
		// a profile's paragraph first, then the next kind's entries
		// ("关于我 & 工作经历": the prose, then the jobs)
		if cur == kSummary && len(r.sectionOf(&secs, kSummary).lines) > 0 && !proseLine(l) {
			if i := slices.Index(kinds, kSummary); i >= 0 && i+1 < len(kinds) {
				cur = kinds[i+1]
			}
		}
		kind := cur
		if labelled {
			sec := r.sectionOf(&secs, kind)
			sec.lines = append(sec.lines, l)
			continue
		}
		label, value, ok := headKV(l.text)
		if !ok {
			label, value, ok = r.gapLabel(l)
		}
		if ok {
			if k, known := r.lx.headings[normHeading(label)]; known && (k != kSkills || fallback != kSkills && slices.Contains(kinds, kSkills)) {
				if k == kEducation && !r.lx.isSchool(value) && !r.lx.hasDegree(value) {
					k = kCertificates // "Quals: CSCS Gold Card, IPAF": tickets, no school
				}
				kind = k
				nl := *l
				nl.text, nl.raw = value, value
				l = &nl
			} else if !known && r.lx.languageAt(strings.TrimSpace(label)) == strings.TrimSpace(label) {
				kind = kLanguages // "英语：CET-6，能阅读英文文档" under 技能/证书: a language
			} else if !known && slices.Contains(kinds, kSkills) && containsAny(value, "、,，/") {
				kind = kSkills // "办公软件：Excel、Word" under 证书与技能: a skill group
			}
		}
		if eduWork && !labelled {
			if sp, dated := findSpan(l.text); dated && l.Marker == "" && l.runes <= maxHeaderField && !containsAny(l.text, sentenceEnds) && (!containsAny(l.text, "，,") || sp.Range && r.namesPlaceFirst(cutSpan(l.text, sp))) &&
				(sp.From == 0 || sp.To >= len(strings.TrimRight(l.text, " "))) {
				// (a line that opens an entry, its dates first or last; not
				// "2015年获国家奖学金，2016年获优秀毕业生" in a school's text)
				var next *line
				if li+1 < len(s.lines) {
					next = s.lines[li+1]
				}
				entryKind = r.schoolOrJob(l, next)
			}
			if entryKind != "" {
				kind = entryKind
			}
		}
		if l.Blank || l.Marker != "" {
			inSchool = false
		}
		if r.lx.isSchool(l.text) || r.lx.hasDegree(l.text) {
			inSchool = true // (the lines of a school's entry follow it: its dates, its details)
		}
		if kind == fallback && kind != kSummary {
			switch {
			case kind != kVolunteer && volunteerLine(l.text):
				kind = kVolunteer // "Volunteer reading mentor, … (2021 – present)" under "Recognition & community"
			case kind != kLanguages && slices.Contains(kinds, kLanguages) && r.spokenLanguageLine(l.text):
				kind = kLanguages // "English — native · Spanish — B2" under "Publications & Languages"
			case r.isAwardLine(l):
				kind = kAwards
			case r.isCertLine(l):
				kind = kCertificates
			case kind == kEducation && slices.Contains(kinds, kCertificates) && !r.lx.isSchool(l.text) && (!r.lx.hasDegree(l.text) || r.lx.vocationalOnly(l.text)):
				// "ACS CCN1, CENWAT …… renewed 2023" under "Qualifications
				// & Tickets": no school, no degree (or a vocational one,
				// "NVQ Level 3 Diploma in Gas …"), a ticket
				kind = kCertificates
			case kind == kEducation && slices.Contains(kinds, kSkills) && l.Marker != "" && !inSchool && !r.lx.isSchool(l.text) && !r.lx.hasDegree(l.text):
				// under "Qualifications & skills": a list of tools is
				// skills ("QLab, ETC Eos, Vectorworks"), any other line
				// with no school and no degree a qualification of its own
				// ("First Aid at Work (3-day), renewed 2022")
				kind = kCertificates
				if items := splitList(l.text); r.toolList(l.text) != nil || len(items) >= minListItems && !slices.ContainsFunc(items, func(it string) bool {
					_, dated := findSpan(it)
					return dated || len(strings.Fields(it)) > maxToolWords
				}) {
					kind = kSkills
				}
			}
		}
		sec := r.sectionOf(&secs, kind)
		sec.lines = append(sec.lines, l)
	}
	s.lines = nil
	return secs
}
