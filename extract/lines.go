package extract

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/doc"
)

// line is a document line as the extractor sees it.
type line struct {
	doc.Line
	text  string // Text with spaces collapsed
	raw   string // Text with runs of spaces kept as two (a field separator)
	feat  *feat  // the line's header features, computed once
	head  *headingMemo
	runes int
	// rowCells are the cells of a data row of a table of entries, set on
	// the first line readTableRows makes of the row: one row, one entry
	rowCells []string
	merged   bool // a table row with text in one cell only, made a plain line
}

func (l *line) numbered() bool {
	return l.Marker != "" && (l.Marker[0] >= '0' && l.Marker[0] <= '9' || containsAny(l.Marker, "(（①②③④⑤⑥⑦⑧⑨⑩["))
}

// full is the line with its list marker, as it was written.
func (l *line) full() string {
	if l.Marker == "" {
		return l.text
	}
	return l.Marker + " " + l.text
}

var multiSpace = lazyRE(`\s{2,}`)

// dashRange is a run of dashes between a date and the date or open end
// after it.
var dashRange = lazyRE(`(\d[年月]?)\s*-{3,}\s*(\d|至今|现在|(?i:now|present|current|today))`)

// leaders are runs of dots, dashes or rules between two words of a line,
// drawn to lead the eye across a gap: a field gap.
var leaders = lazyRE(`(?:\s*(?:\.{3,}|-{3,}|_{3,}|…+|·{3,})\s*)`)

var pageNumber = []*lazyRegexp{
	lazyRE(`^[-–—~]?\s*\d{1,3}\s*[-–—~]?$`),
	lazyRE(`^第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?$`),
	lazyRE(`^共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页$`),
	lazyRE(`(?i)^page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$`),
	lazyRE(`^\d{1,3}\s*(?:/|of)\s*\d{1,3}$`),
	// "最后更新：2024-11-02", "Last updated: March 2024": a page's date stamp
	lazyRE(`(?i)^(?:最后更新|更新于|更新日期|last updated|updated\s*[:：])[^\n]{0,24}?\d{4}`),
	// running footers that end in a page count
	lazyRE(`(?i)\bpage\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}$`),
	lazyRE(`第\s*\d{1,3}\s*页\s*[,，/／]?\s*共\s*\d{1,3}\s*页$`),
}

// declaration is the pledge a form closes with ("本人承诺以上信息真实、准确。",
// "I hereby declare that the above is true"): no content.
var declaration = lazyRE(`^(?:本人)?(?:郑重)?(?:承诺|保证|声明)[:：]?(?:以上|上述|所填|本简历所填?)[^。]{0,16}(?:真实|属实|准确)|(?i)^I\s+hereby\s+(?:declare|certify|confirm)\s+that\b`)

func isPageNumber(s string) bool {
	// cheap test first: page numbers are short or end in a page count
	if strings.IndexFunc(s, unicode.IsDigit) < 0 || len(s) > 16 && !strings.Contains(s, "age") && !strings.Contains(s, "页") && !strings.Contains(s, "更新") && !strings.Contains(s, "pdated") {
		return false
	}
	for _, re := range pageNumber {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// widthFolds are the full-width forms read as their ASCII letters: digits
// and the marks of dates, phones and e-mails ("２０１８．０４－至今",
// "１３９－００００", "ｘ＠ｙ"), and the ideographic space, a field separator
// like two spaces. Full-width brackets, colons and slashes are ordinary
// Chinese punctuation and stay.
var widthFolds = func() *strings.Replacer {
	var pairs []string
	for c := '０'; c <= '９'; c++ {
		pairs = append(pairs, string(c), string('0'+(c-'０')))
	}
	// (丨, a radical, is typed as a bar between fields: "2019/09-至今 丨 公司")
	// (the minus sign, −, is a hyphen some typesetters print for every one:
	// "CSCS−registered", "03.2018 −− now")
	pairs = append(pairs, "．", ".", "－", "-", "＠", "@", "＋", "+", "\u3000", "  ", "丨", "｜", "−", "-")
	return strings.NewReplacer(pairs...)
}()

// hasWide reports whether s holds a rune widthFolds changes.
func hasWide(s string) bool {
	return strings.ContainsFunc(s, func(c rune) bool {
		return c >= '０' && c <= '９' || c == '．' || c == '－' || c == '＠' || c == '＋' || c == '\u3000' || c == '丨' || c == '−'
	})
}

// foldWidths is dl with its full-width digits and marks folded.
func foldWidths(dl doc.Line) doc.Line {
	if !hasWide(dl.Text) {
		return dl
	}
	orig := dl.Text
	dl.Text = widthFolds.Replace(dl.Text)
	if dl.Cells != nil {
		cells := make([]string, len(dl.Cells))
		for i, c := range dl.Cells {
			cells[i] = widthFolds.Replace(c)
		}
		dl.Cells = cells
	}
	if dl.Spans != nil {
		spans := slices.Clone(dl.Spans)
		for i := range spans {
			spans[i].Text = widthFolds.Replace(spans[i].Text)
		}
		dl.Spans = spans
	}
	dl.Marker = widthFolds.Replace(dl.Marker)
	if dl.Marker == "" && dl.Cells == nil && startsWide(orig) {
		// "１．负责…": numbering the adapter could not see in full width
		if m := wideNumber.FindStringSubmatchIndex(dl.Text); m != nil {
			if next, _ := utf8.DecodeRuneInString(dl.Text[m[1]:]); next != utf8.RuneError && !unicode.IsDigit(next) {
				dl.Marker, dl.Text = dl.Text[m[2]:m[3]], dl.Text[m[1]:]
			}
		}
	}
	return dl
}

// startsWide reports whether s starts with a full-width digit.
func startsWide(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " \t\u3000"))
	return r >= '０' && r <= '９'
}

// wideNumber is list numbering at the start of a line: "1." or "1、"
// before a word, not a date ("2018.04").
var wideNumber = lazyRE(`^\s*(\d{1,2}[.、])\s*`)

// prepare turns document lines into extractor lines, dropping page
// furniture: saved-page chrome, page numbers, repeated headers and footers.
func (r *run) prepare(d *doc.Document) []*line {
	r.typeset = d.Format == doc.PDF
	r.plain = d.Format == doc.Text
	var all []*line
	for _, dl := range d.Lines {
		dl = foldWidths(dl)
		t := strings.Join(strings.Fields(dl.Text), " ")
		if t == "" {
			continue
		}
		raw := strings.TrimSpace(dl.Text)
		if len(dl.Spans) > 1 && dl.Cells == nil {
			raw = spanRaw(dl, t)
		}
		if strings.Contains(raw, "...") || strings.Contains(raw, "---") || strings.Contains(raw, "___") || strings.Contains(raw, "…") || strings.Contains(raw, "···") {
			// leaders: "Employer ------ Boston, MA", "Languages ..... Go";
			// dashes between two dates are the range's ("2012.6 ---- 2017.2")
			raw, t = dashRange.ReplaceAllString(raw, "$1 – $2"), dashRange.ReplaceAllString(t, "$1 – $2")
			raw = strings.TrimSpace(leaders.ReplaceAllString(raw, "  "))
			t = strings.Join(strings.Fields(leaders.ReplaceAllString(t, " ")), " ")
		}
		if strings.Contains(raw, "   ") || strings.ContainsAny(raw, "\t\n") {
			raw = multiSpace.ReplaceAllString(raw, "  ")
		}
		l := &line{Line: dl, text: t, raw: raw, runes: utf8.RuneCountInString(t)}
		all = append(all, l)
		if l.runes <= maxHeadingRunes {
			if k, ok := r.lx.headings[normHeading(t)]; ok {
				if r.headed == nil {
					r.headed = map[Kind]bool{}
				}
				r.headed[k] = true
			}
		}
	}
	for _, p := range passes {
		if r.done() {
			return nil
		}
		if r.trace == nil {
			all = p.fn(r, all)
			continue
		}
		kept := map[doc.Pos]bool{}
		before := all
		all = p.fn(r, slices.Clone(all))
		for _, l := range all {
			kept[l.Pos] = true
		}
		for _, l := range before {
			if !kept[l.Pos] {
				r.traceLine(l, "dropped or merged", p.name)
			}
		}
	}
	return all
}

// passes normalise the layout of the document's lines before sections
// are found, in this order; each reads lines and returns lines.
var passes = []struct {
	name string
	fn   func(r *run, all []*line) []*line
}{
	{"lines said twice by a copied page dropped", func(_ *run, all []*line) []*line { return dropDoubled(all) }},
	{"drop saved-page chrome", (*run).dropChrome},
	{"a contact card's lines read as labels", (*run).readVCard},
	{"a form's marks of required fields dropped", (*run).requiredMarks},
	{"marks that mark most lines cleared", func(_ *run, all []*line) []*line { return clearCommonMarks(all) }},
	{"a table of contents dropped", (*run).dropContents},
	{"letters spaced out in a label closed up", (*run).closeSpacedLabels},
	{"labels wrapped in a label column joined", (*run).joinWrappedLabels},
	{"rows of one cell are lines", func(_ *run, all []*line) []*line { return oneCellRows(all) }},
	{"a table in two languages read in its first", (*run).firstLanguageColumn},
	{"rows of bulleted cells are list items", func(_ *run, all []*line) []*line { return bulletedCells(all) }},
	{"a name set over two lines joined", (*run).joinSplitName},
	{"a heading set over two lines joined", (*run).joinSplitHeading},
	{"a label column's heading read after the line beside it put first", (*run).liftLabelHeadings},
	{"a section's name in bold before its text split off", (*run).splitBoldHeading},
	{"run-in headings split off", (*run).splitRunInHeadings},
	{"a dated paragraph's run-in header split off", (*run).splitRunInHeaders},
	{"a table drawn without cells read by its columns", (*run).typedTables},
	{"a table saved a cell a line read by its columns", (*run).stackedTables},
	{"table rows as label：value", (*run).readTableRows},
	{"labels over values joined", (*run).pairLabels},
	{"page numbers, running headers and footers", (*run).dropPageFurniture},
	{"rules under headings dropped, their headings marked", func(_ *run, all []*line) []*line { return underlinedHeadings(all) }},
	{"headings spelled in pinyin under them marked, the spelling dropped", (*run).pinyinHeadings},
	{"rating marks dropped", func(_ *run, all []*line) []*line { return dropRatings(all) }},
	{"anchor marks before headings dropped", func(_ *run, all []*line) []*line { return dropAnchors(all) }},
	{"symbol-only lines dropped", func(_ *run, all []*line) []*line { return dropSymbolLines(all) }},
	{"initials standing for a logo dropped", func(_ *run, all []*line) []*line { return dropInitials(all) }},
	{"date ranges split over lines joined", func(_ *run, all []*line) []*line { return joinSplitDates(all) }},
	{"a column of dates read before its rows paired with them", (*run).pairDateColumn},
	{"sections set side by side read one after the other", (*run).sideBySideSections},
	{"label column split", (*run).splitLabelColumn},
	{"a bracket left open on a line closed on the next joined", func(_ *run, all []*line) []*line { return joinOpenBrackets(all) }},
	{"an address broken at a narrow column's edge joined", func(_ *run, all []*line) []*line { return joinBrokenAddress(all) }},
	{"a Chinese line's last characters wrapped alone joined", (*run).joinHanTails},
	{"wrapped lines joined", func(r *run, all []*line) []*line { return joinWrapped(all, r.typeset) }},
}

// closeSpacedLabels closes up the letters of a label spaced out to the
// width of a longer one in a form ("姓  名  徐若溪  性  别  女" is
// "姓名  徐若溪  性别  女"), and splits such a label from a value written
// against its last letter ("姓  名周思远"). The letters must make a label
// the lexicon lists, or a language's name.
func (r *run) closeSpacedLabels(all []*line) []*line {
	for i, l := range all {
		if l.Cells != nil || !strings.ContainsAny(l.raw, " \t") || !hasHan(l.raw) {
			continue
		}
		raw, ok := r.closeLabels(l.raw)
		if !ok {
			continue
		}
		nl := *l
		nl.raw, nl.text = raw, strings.Join(strings.Fields(raw), " ")
		nl.runes, nl.feat, nl.head, nl.Spans = utf8.RuneCountInString(nl.text), nil, nil, nil
		all[i] = &nl
	}
	return all
}

// spacedLabel reports whether the letters of s, spaced out in a form,
// make a label the lexicon lists or a language's name ("英  语：CET-6").
func (r *run) spacedLabel(s string) bool {
	_, ok := r.lx.labels[labelKey(s)]
	return ok || hasHan(s) && r.lx.languageAt(s) == s
}

// maxSpacedLabel is the most letters of a label spaced out.
const maxSpacedLabel = 4

// closeLabels is closeSpacedLabels for one line's raw text.
func (r *run) closeLabels(raw string) (string, bool) {
	type tok struct {
		s   string
		gap string // the spaces before it
	}
	var ts []tok
	for rest := strings.ReplaceAll(raw, "\t", "  "); rest != ""; {
		t := strings.TrimLeft(rest, " ")
		gap := rest[:len(rest)-len(t)]
		end := strings.IndexByte(t, ' ')
		if end < 0 {
			end = len(t)
		}
		ts = append(ts, tok{t[:end], gap})
		rest = t[end:]
	}
	single := func(s string) bool { return utf8.RuneCountInString(s) == 1 && hasHan(s) }
	if !slices.ContainsFunc(ts, func(t tok) bool { return !single(t.s) }) {
		return raw, false // "专 业 技 能": a heading or a name spaced out, no label
	}
	changed := false
	for i := 0; i+1 < len(ts); i++ {
		// "陈立群性  别": a value, then a label's first letter written
		// against it
		last, n := utf8.DecodeLastRuneInString(ts[i].s)
		if single(ts[i].s) || !single(ts[i+1].s) || !unicode.Is(unicode.Han, last) {
			continue
		}
		cand := string(last)
		for j := i + 1; j < len(ts) && j-i < maxSpacedLabel && single(ts[j].s); j++ {
			cand += ts[j].s
			if r.spacedLabel(cand) {
				ts[i].s = ts[i].s[:len(ts[i].s)-n]
				ts[i+1].s, ts[i+1].gap = string(last)+ts[i+1].s, "  "
				changed = true
				break
			}
		}
	}
	var b strings.Builder
	for i := 0; i < len(ts); i++ {
		if !single(ts[i].s) {
			b.WriteString(ts[i].gap + ts[i].s)
			continue
		}
		// the longest run of single letters, with the first letter of the
		// word after it or not, that the lexicon lists as a label
		label, used, value := "", 0, ""
		cand := ts[i].s
		for j := i + 1; j < len(ts) && j-i < maxSpacedLabel; j++ {
			if single(ts[j].s) {
				cand += ts[j].s
				if r.spacedLabel(cand) {
					label, used, value = cand, j-i+1, ""
				}
				continue
			}
			if first, n := utf8.DecodeRuneInString(ts[j].s); unicode.Is(unicode.Han, first) {
				if r.spacedLabel(cand + string(first)) {
					label, used, value = cand+string(first), j-i+1, ts[j].s[n:]
				}
			}
			break
		}
		if label == "" {
			b.WriteString(ts[i].gap + ts[i].s)
			continue
		}
		b.WriteString(ts[i].gap + label)
		if strings.HasPrefix(value, "：") || strings.HasPrefix(value, ":") {
			b.WriteString(value) // "现 居 地：成都"
		} else if value != "" {
			b.WriteString("  " + value)
		} else if k := i + used; k < len(ts) {
			ts[k].gap = "  " // the label's value is a field of its own
		}
		i += used - 1
		changed = true
	}
	return strings.TrimSpace(b.String()), changed
}

// boxedLead reports whether head is the whole of the line's first box: the
// spans before the first one set apart (a heading in small caps is two
// spans, "E" and "MPLOYMENT").
func boxedLead(l *line, head string) bool {
	var b strings.Builder
	for i, sp := range l.Spans {
		if i > 0 && sp.Box {
			return i < len(l.Spans) && b.String() == strings.ReplaceAll(strings.TrimSpace(head), " ", "")
		}
		b.WriteString(strings.ReplaceAll(sp.Text, " ", ""))
	}
	return false
}

var (
	// brokenEmail is an e-mail address cut inside its domain at the end
	// of a line: "tom.becker@example.c"
	brokenEmail = lazyRE(`[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.?[a-z]*$`)
	// addressRest is what a narrow column wrapped of it: "om", "example.com"
	addressRest = lazyRE(`^[a-z0-9][a-z0-9.\-]{0,30}$`)
	// wholeEmail is an address with a top-level domain of two letters or more
	wholeEmail = lazyRE(`[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}$`)
)

// joinBrokenAddress joins an e-mail address that a narrow column broke
// inside its domain ("tom.becker@example.c" over "om"): the line ends in
// an address, the next holds only its rest, and joined they make a whole
// address the first was not.
func joinBrokenAddress(all []*line) []*line {
	var out []*line
	for i := 0; i < len(all); i++ {
		l := all[i]
		if i+1 < len(all) && l.Marker == "" && strings.IndexByte(l.text, '@') >= 0 && brokenEmail.MatchString(l.text) && addressRest.MatchString(all[i+1].text) {
			tail := brokenEmail.FindString(l.text)
			if joined := tail + all[i+1].text; wholeEmail.MatchString(joined) && !wholeEmail.MatchString(tail) {
				out = append(out, retext(l, l.text+all[i+1].text, l.raw+all[i+1].text))
				i++
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// maxSideHeading is the longest heading of two set side by side.
const maxSideHeading = 24

// minRightIndent is the least indentation of a line of one field that
// goes on the right-hand one of two sections set side by side.
const minRightIndent = 16

// sideBySideSections reads two sections a layout set side by side (a
// Word section in two columns, read across by the text layer): a line
// of two headings of the lexicon apart by a wide gap ("专业技能    荣誉奖项"),
// then lines of a field for each, becomes the first heading and the left
// fields, then the second heading and the right fields. A line of one
// field goes left, or right when indented as far as the right column
// (the wrapped end of a right-hand item). The next heading ends them.
func (r *run) sideBySideSections(all []*line) []*line {
	var out []*line
	for i := 0; i < len(all); i++ {
		l := all[i]
		if l.runes > 2*maxSideHeading || !strings.Contains(l.raw, "  ") {
			out = append(out, l) // two headings apart by a gap, or nothing
			continue
		}
		heads, col := sideFields(l, -1)
		if len(heads) != 2 {
			out = append(out, l)
			continue
		}
		k0, ok0 := r.headingKind(partLine(l, heads[0]))
		k1, ok1 := r.headingKind(partLine(l, heads[1]))
		var current Kind // the kind of the section the line is in
		for j := len(out) - 1; j >= 0 && ok0 && ok1; j-- {
			if k, ok := r.headingKind(out[j]); ok {
				current = k
				break
			}
		}
		if !ok0 || !ok1 || k0 == k1 || k0 == current || k1 == current || twoScripts(heads) {
			// (not "Languages   Tools" over their items inside a skills
			// section: groups set side by side; not "证书奖项  CERTIFICATES &
			// AWARDS": one heading in two scripts)
			out = append(out, l)
			continue
		}
		var left, right []*line
		pairs := 0
		j := i + 1
		for ; j < len(all); j++ {
			m := all[j]
			if _, ok := r.headingKind(m); ok {
				break
			}
			fs, _ := sideFields(m, col)
			switch {
			case len(fs) == 2:
				left, right = append(left, partLine(m, fs[0])), append(right, partLine(m, fs[1]))
				pairs++
			case len(fs) == 1 && m.Indent >= minRightIndent && len(right) > 0 && m.Marker == "":
				// the wrapped end of the item above it ("…北京赛区一" / "等奖")
				last := right[len(right)-1]
				right[len(right)-1] = partLine(last, joinWrap(last.text, fs[0]))
				right[len(right)-1].Marker = last.Marker
			case len(fs) == 1 && m.Indent >= minRightIndent:
				right = append(right, m)
			case len(fs) == 1:
				left = append(left, m)
			default:
				pairs = -1 // a table, not two sections
			}
			if pairs < 0 {
				break
			}
		}
		if pairs < 1 {
			out = append(out, l)
			continue
		}
		out = append(out, partLine(l, heads[0]))
		out = append(out, left...)
		out = append(out, partLine(l, heads[1]))
		out = append(out, right...)
		i = j - 1
	}
	return out
}

// sideFields splits a line into what stands left and right of the
// gutter between two sections set side by side: at its boxes when the
// adapter set them (a PDF's wide gaps), else at its wide gaps; with
// col >= 0 (the text column the right-hand heading starts at, in a
// plain text line) at the gap that ends nearest to col. It returns the
// column the second field starts at.
func sideFields(l *line, col int) ([]string, int) {
	var boxes []string
	for i, sp := range l.Spans {
		if i == 0 || sp.Box {
			boxes = append(boxes, "")
		}
		boxes[len(boxes)-1] += sp.Text
	}
	if len(boxes) >= 2 {
		var out []string
		for _, b := range boxes {
			if b = strings.TrimSpace(b); b != "" {
				out = append(out, b)
			}
		}
		return out, -1
	}
	text := strings.TrimRight(l.Text, " ")
	gaps := gapRun.FindAllStringIndex(text, -1)
	best := -1
	for k, g := range gaps {
		if g[0] == 0 {
			continue // the indentation
		}
		at := width(text[:g[1]])
		if best < 0 || col >= 0 && abs(at-col) < abs(width(text[:gaps[best][1]])-col) {
			best = k
		}
		if col < 0 && k > 0 && best >= 0 {
			return wideFields(l.raw), -1 // more than two fields, and no column to go by
		}
	}
	if best < 0 {
		return wideFields(l.raw), -1
	}
	g := gaps[best]
	if col >= 0 && abs(width(text[:g[1]])-col) > maxColumnDrift {
		return []string{strings.TrimSpace(text)}, -1
	}
	return []string{strings.TrimSpace(text[:g[0]]), strings.TrimSpace(text[g[1]:])}, width(text[:g[1]])
}

// gapRun is a run of two or more spaces or a tab.
var gapRun = lazyRE(`(?: {2,}|\t+)`)

// maxColumnDrift is how far (in columns) the gutter of a line may stand
// from where the right-hand heading starts.
const maxColumnDrift = 4

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// joinWrap joins a line's text and the wrapped rest of it: no space
// between Chinese characters.
func joinWrap(a, b string) string {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if isHan(ra) && isHan(rb) {
		return a + b
	}
	return a + " " + b
}

// partLine is a copy of l holding one of its fields, the field's own
// list marker split off ("▪ 2024 研究生国家奖学金").
func partLine(l *line, text string) *line {
	n := *l
	n.Marker = ""
	if m, rest, ok := leadingMarker(text); ok {
		n.Marker, text = m, rest
	}
	return retext(&n, strings.Join(strings.Fields(text), " "), text)
}

// retext is a copy of l with other text: its raw form and the words of
// it, the spans and what was worked out of the old text dropped.
func retext(l *line, text, raw string) *line {
	n := *l
	n.text, n.raw, n.runes, n.Spans, n.feat, n.head = text, raw, utf8.RuneCountInString(text), nil, nil, nil
	return &n
}

// splitLabelColumn splits the lines of a layout whose section headings
// stand in a left column beside the first line of their section
// ("EXPERIENCE  Staff Engineer  Mar 2020 – Present"): a line whose first
// wide-gap field is a section heading becomes the heading and the rest.
// A heading followed by a single space counts too once two or more lines
// of the document are split at a wide gap.
func (r *run) splitLabelColumn(all []*line) []*line {
	type cut struct {
		head, rest string
		cont       bool // the second half of a heading set over two lines: only rest stays
		stem       bool // a heading's stem (headingStem), no heading by itself
	}
	var cuts []cut
	wide, boxed, stems := 0, 0, 0
	for i, l := range all {
		if l.Marker != "" || l.Cells != nil || cuts != nil && cuts[i].cont {
			continue
		}
		head, rest, ok := cutGap(l.raw)
		if ok && l.Heading == 0 && boxedLead(l, head) && allCapsLatin(head) && r.exactHeadingText(head) && strings.TrimSpace(rest) != "" {
			// a heading set apart as a box of its own before its text:
			// "SUMMARY | Product designer …" (one such line is enough)
			if cuts == nil {
				cuts = make([]cut, len(all))
			}
			cuts[i] = cut{head: strings.TrimSpace(head), rest: strings.TrimSpace(rest)}
			boxed++
			continue
		}
		if ok && utf8.RuneCountInString(head) <= 40 && strings.TrimSpace(rest) != "" && r.isHeadingText(head) &&
			!(l.Heading > 0 && (headingCount.MatchString(strings.TrimSpace(rest)) || !strings.ContainsFunc(rest, unicode.IsLetter) || !headSetLarger(l))) { // ("工作经历  3": the heading and its count)
			if cuts == nil {
				cuts = make([]cut, len(all))
			}
			cuts[i] = cut{head: strings.TrimSpace(head), rest: strings.TrimSpace(rest)}
			wide++ // (marked as a heading too: "Projects  履约中台 2.0" set large, the name smaller)
			continue
		}
		// "工作  2022-02 - 至今 …" over "经历  负责…": a heading set over
		// two lines of the label column
		if ok && l.Heading == 0 && i+1 < len(all) && allHan(strings.TrimSpace(head)) && utf8.RuneCountInString(strings.TrimSpace(head)) <= maxSplitHeadHalf {
			n := all[i+1]
			h2, rest2, ok2 := cutGap(n.raw)
			if ok2 && !n.Blank && n.Marker == "" && n.Cells == nil && n.Heading == 0 && allHan(strings.TrimSpace(h2)) && utf8.RuneCountInString(strings.TrimSpace(h2)) <= maxSplitHeadHalf &&
				strings.TrimSpace(rest) != "" && strings.TrimSpace(rest2) != "" && r.isHeadingText(strings.TrimSpace(head)+strings.TrimSpace(h2)) &&
				(!r.exactHeadingText(strings.TrimSpace(h2)) || datedLead(rest)) {
				// (a second half that heads a section alone, "技能", is
				// that section's heading, "编程" over it no half, unless
				// the first line opens an entry with its dates: "曾获
				// 2024-10 …" over "奖项 2020-11 …")
				if cuts == nil {
					cuts = make([]cut, len(all))
				}
				cuts[i] = cut{head: strings.TrimSpace(head) + strings.TrimSpace(h2), rest: strings.TrimSpace(rest)}
				cuts[i+1] = cut{rest: strings.TrimSpace(rest2), cont: true}
				wide++
			}
		}
		if ok && (cuts == nil || cuts[i].head == "") && (l.Blank || i == 0) && l.Heading == 0 {
			if _, stem := r.lx.headingStem(strings.TrimSpace(head)); stem && datedLead(rest) {
				// "工作  2016年4月—今  某公司  焊接班组长" opening a block: a
				// heading's stem in the label column beside its first entry's
				// dates, counted once the document heads other sections there
				// by their full names
				if cuts == nil {
					cuts = make([]cut, len(all))
				}
				cuts[i] = cut{head: strings.TrimSpace(head), rest: strings.TrimSpace(rest), stem: true}
				stems++
			}
		}
	}
	if wide+boxed == 0 {
		return all
	}
	if wide > 0 {
		wide += stems
	} else {
		for i := range cuts {
			if cuts[i].stem {
				cuts[i] = cut{}
			}
		}
	}
	// the document heads its sections this way: more than once, and at
	// least as often as with headings on lines of their own; boxed
	// headings are split in any case
	if wide > 0 {
		alone := 0
		for i, l := range all {
			if cuts[i].head == "" && l.Marker == "" && l.runes <= 40 && !strings.Contains(l.raw, "  ") && !strings.Contains(l.raw, "\t") && r.isHeadingText(l.text) {
				if _, label := r.lx.labelField(l.text); !label {
					alone++ // "Highlights" over each job's bullets is a label, not a heading
				}
			}
		}
		if wide < 2 || wide < alone {
			for i := range cuts {
				if !(boxedLead(all[i], cuts[i].head) && allCapsLatin(cuts[i].head)) {
					cuts[i] = cut{}
				}
			}
			wide = 0
		}
	}
	out := make([]*line, 0, len(all)+wide)
	for i, l := range all {
		c := cuts[i]
		if c.cont && wide >= 2 {
			rest := *l
			rest.raw, rest.text = c.rest, strings.Join(strings.Fields(c.rest), " ")
			rest.runes, rest.Spans, rest.feat = utf8.RuneCountInString(rest.text), nil, nil
			out = append(out, &rest)
			continue
		}
		if c.head == "" && wide >= 2 && l.Marker == "" && l.Cells == nil && l.Heading == 0 {
			c.head, c.rest = r.capsHeadingPrefix(l.raw)
		}
		if c.head == "" {
			out = append(out, l)
			continue
		}
		h := *l
		h.text, h.raw, h.runes, h.Spans, h.Links, h.feat = c.head, c.head, utf8.RuneCountInString(c.head), nil, nil, nil
		h.Heading = 2
		if editorAction.MatchString(strings.TrimSpace(c.rest)) {
			out = append(out, &h) // "项目经历  ＋ 添加": an online editor's button, no entry
			continue
		}
		rest := *l
		if mk, after, ok := leadingMarker(c.rest); ok && rest.Marker == "" {
			rest.Marker, c.rest = mk, after // "项目经历  ① 2023.03—…": the first item's number
		}
		rest.raw = c.rest
		rest.text = strings.Join(strings.Fields(c.rest), " ")
		rest.runes, rest.Blank, rest.Spans, rest.feat = utf8.RuneCountInString(rest.text), false, nil, nil
		out = append(out, &h, &rest)
	}
	return out
}

// cutGap cuts s at its first wide gap, two spaces or a tab.
func cutGap(s string) (before, after string, found bool) {
	i, j := strings.Index(s, "  "), strings.IndexByte(s, '\t')
	switch {
	case i < 0 && j < 0:
		return s, "", false
	case i < 0 || j >= 0 && j < i:
		return s[:j], s[j+1:], true
	default:
		return s[:i], s[i+2:], true
	}
}

// editorAction is the button an online résumé editor prints beside a
// section's heading: "＋ 添加", "✎ 编辑", "+ Add", "Edit".
var editorAction = lazyRE(`^[＋+✎✏🖉]?\s*(?:添加|新增|编辑|删除|(?i:add|edit|delete))$`)

// headSetLarger reports whether a marked line's first span, a section's
// name in a label column, is set larger than the rest of the line, the
// entry beside it ("Projects" over "履约中台 2.0"), or as large and
// bold where the rest is not; not a sidebar's
// heading beside the name set large ("COMPETENCES  周明轩").
func headSetLarger(l *line) bool {
	if len(l.Spans) < 2 || l.Spans[0].Size == 0 {
		return false
	}
	h := l.Spans[0]
	for _, sp := range l.Spans[1:] {
		if sp.Size > h.Size || sp.Size == h.Size && (sp.Bold || !h.Bold) {
			return false // (as large, and as bold: "Work  港岛基因科技" with "Work" in bold is set apart)
		}
	}
	return true
}

// datedLead reports whether s starts with a date.
func datedLead(s string) bool {
	ds := findDates(strings.TrimSpace(s))
	return len(ds) > 0 && ds[0].Start == 0
}

// maxSplitHeadHalf is the most characters of each half of a Chinese
// heading set over two lines of a label column ("工作" / "经历").
const maxSplitHeadHalf = 4

// leadingMarker splits a list marker that a split left at the start of a
// line's text: a circled number or a bullet, then a space.
func leadingMarker(s string) (marker, rest string, ok bool) {
	s = strings.TrimSpace(s)
	r, n := utf8.DecodeRuneInString(s)
	if n == len(s) || s[n] != ' ' || !(r >= '①' && r <= '⑳' || strings.ContainsRune("•●▪■◆►", r)) {
		return "", s, false
	}
	return string(r), strings.TrimSpace(s[n:]), true
}

// joinSplitName joins a name that a large display face set over two lines
// at the top of the page ("Ava" over "Lindqvist"): two single words in the
// same heading style, capitalised, that make a name together.
func (r *run) joinSplitName(all []*line) []*line {
	if len(all) < 2 {
		return all
	}
	a, b := all[0], all[1]
	if !(a.Heading > 0 || a.Bold) || !sameStyle(a, b) || a.Cells != nil || b.Cells != nil ||
		strings.Contains(a.text, " ") || strings.Contains(b.text, " ") || hasHan(a.text) || hasHan(b.text) {
		return all
	}
	joined := a.text + " " + b.text
	if first, _ := utf8.DecodeRuneInString(b.text); !unicode.IsUpper(first) || !r.isName(joined) {
		return all
	}
	j := *a
	j.text, j.raw, j.runes, j.feat = joined, joined, utf8.RuneCountInString(joined), nil
	return append([]*line{&j}, all[2:]...)
}

// cellBullets are the marks that open a list item typed into a table's
// cell.
const cellBullets = "-–—•·▪●◦*"

// bulletedCells makes a table row whose every cell opens with a bullet
// ("– Clinical Dietetics | – Public Health Nutrition": a list set in two
// columns) the list items it holds, one a line, in reading order.
func bulletedCells(all []*line) []*line {
	out := all[:0:0]
	for _, l := range all {
		cells := nonEmptyStrings(l.Cells)
		if len(cells) < 2 || len(l.Links) > 0 || slices.ContainsFunc(cells, func(c string) bool {
			r, n := utf8.DecodeRuneInString(c)
			first, _ := utf8.DecodeRuneInString(strings.TrimSpace(c[n:]))
			return !strings.ContainsRune(cellBullets, r) || !strings.HasPrefix(c[n:], " ") || !unicode.IsLetter(first) && !unicode.IsDigit(first) || strings.Contains(c, "@")
		}) {
			// (a row of links or contact details keeps its cells; "● ● ○"
			// is a rating, no item)
			out = append(out, l)
			continue
		}
		for k, c := range cells {
			r, n := utf8.DecodeRuneInString(c)
			item := retext(l, strings.Join(strings.Fields(c[n:]), " "), strings.TrimSpace(c[n:]))
			item.Cells, item.HeadRow, item.Marker = nil, false, string(r)
			if k > 0 {
				item.Blank, item.Rule = false, false
			}
			out = append(out, item)
		}
	}
	return out
}

// firstLanguageColumn reads a table that gives the same text in two
// languages side by side in its first column, as a reader of that
// language does: its head row names the two languages ("中文 | English")
// or one section in both ("简介 | Profile"), and the rows of two cells
// under it ("面点主管 | Pastry Supervisor") become their first cell. A
// head row naming a section becomes that heading.
func (r *run) firstLanguageColumn(all []*line) []*line {
	out := all[:0]
	for i := 0; i < len(all); i++ {
		l := all[i]
		if !l.HeadRow || len(l.Cells) != 2 {
			out = append(out, l)
			continue
		}
		a, b := strings.TrimSpace(l.Cells[0]), strings.TrimSpace(l.Cells[1])
		ka, namedA := r.sectionNamed(a)
		kb, namedB := r.sectionNamed(b)
		heading := namedA && namedB && ka == kb && hasHan(a) != hasHan(b)
		end, twoScripts := i+1, 0 // the rows under the head row, and those in two scripts
		for ; end < len(all) && len(all[end].Cells) == 2 && !all[end].HeadRow; end++ {
			if x, y := all[end].Cells[0], all[end].Cells[1]; hasHan(x) != hasHan(y) && strings.IndexFunc(x+y, isLatinLetter) >= 0 {
				twoScripts++
			}
		}
		// (not "English | Spanish" over "Native | Fluent": a table of
		// levels, its rows in one script)
		if !heading && !(r.lx.languageAt(a) == a && r.lx.languageAt(b) == b && a != b) || 2*twoScripts < end-i-1 {
			out = append(out, l)
			continue
		}
		if heading {
			out = append(out, firstCell(l))
		}
		for i+1 < end {
			i++
			if strings.TrimSpace(all[i].Cells[0]) != "" {
				out = append(out, firstCell(all[i]))
			}
		}
	}
	return out
}

// firstCell is a table row read as its first cell alone.
func firstCell(l *line) *line {
	nl := *l
	t := strings.Join(strings.Fields(l.Cells[0]), " ")
	nl.text, nl.raw, nl.runes = t, strings.TrimSpace(l.Cells[0]), utf8.RuneCountInString(t)
	nl.Cells, nl.HeadRow, nl.feat, nl.head = nil, false, nil, nil
	nl.Spans = nil
	for k, sp := range l.Spans {
		if k > 0 && sp.Box {
			break
		}
		nl.Spans = append(nl.Spans, sp)
	}
	return &nl
}

// oneCellRows makes a table row with text in one cell only a plain line:
// a heading or a paragraph set in a table used for layout.
func oneCellRows(all []*line) []*line {
	for _, l := range all {
		if l.Cells != nil && len(nonEmptyStrings(l.Cells)) == 1 {
			l.Cells = nil
			l.feat = nil
			l.merged = true
		}
	}
	return all
}

// clearCommonMarks clears a heading level or bold weight that most of the
// document's lines carry (a converter that set the body in "Heading 1"):
// a mark on most lines sets nothing apart.
func clearCommonMarks(all []*line) []*line {
	var levels [7]int
	bold := 0
	for _, l := range all {
		if l.Heading > 0 && l.Heading < len(levels) {
			levels[l.Heading]++
		}
		if l.Bold {
			bold++
		}
	}
	common := func(n int) bool { return n >= 8 && 5*n >= 2*len(all) }
	clearBold := 10*bold >= 6*len(all) && bold >= 8
	for k, n := range levels {
		if k == 0 || !common(n) {
			continue
		}
		for _, l := range all {
			if l.Heading == k {
				l.Heading = 0
				if clearBold {
					l.Bold = false
				}
			}
		}
	}
	return all
}

// requiredMark is an asterisk before a field's label in a form ("手机号码
// 187…  *  电子邮箱 …"): the label is group 2.
var requiredMark = lazyRE(`(^|\s)\*\s*([^\s*：:]{2,12})(?:\s{2,}|：|:|$)`)

// requiredMarks drops the asterisks a form sets before the labels of its
// required fields ("* 姓名  窦欣然  * 性别  女"); an asterisk before any
// other word stays (a footnote's, a bullet's).
func (r *run) requiredMarks(all []*line) []*line {
	for i, l := range all {
		if l.Marker != "*" && !strings.Contains(l.raw, "*") {
			continue
		}
		label := func(s string) bool { _, ok := r.lx.labelField(s); return ok }
		strip := func(s string) string {
			return requiredMark.ReplaceAllStringFunc(s, func(m string) string {
				sm := requiredMark.FindStringSubmatch(m)
				if !label(sm[2]) {
					return m
				}
				return strings.Replace(m, "*", " ", 1)
			})
		}
		nl := *l
		if first, rest, _ := strings.Cut(strings.TrimSpace(l.raw), " "); l.Marker == "*" && label(first) && (strings.HasPrefix(rest, " ") || rest == "") ||
			l.Marker == "*" && label(strings.TrimRight(first, ":：")) && strings.ContainsAny(first, ":：") {
			nl.Marker = "" // ("* Email marketing campaigns …" is a bullet: a label stands apart by a gap or a colon)
		}
		nl.raw = strings.TrimSpace(strip(l.raw))
		nl.text = strings.Join(strings.Fields(strip(l.text)), " ")
		if nl.Marker != l.Marker || nl.raw != l.raw || nl.text != l.text {
			nl.runes, nl.feat, nl.head, nl.Spans = utf8.RuneCountInString(nl.text), nil, nil, nil
			all[i] = &nl
		}
	}
	return all
}

// headingOff is a copy of l holding only the section's name it opens
// with, set in bold as a heading line of its own.
func headingOff(l *line, name string) *line {
	h := *l
	h.Spans, h.Bold, h.feat, h.head = nil, true, nil, nil
	h.text, h.raw, h.runes = name, name, utf8.RuneCountInString(name)
	return &h
}

// splitBoldHeading splits a line that opens with a section's name in bold
// and a colon, its text after it ("**技能：** SQL / Python"), into the
// heading and the text, when a blank line sets it apart. A name that is
// also an entry's label ("**技术栈**：") stays a label, and so do the names
// skill groups share with sections ("**Languages:** Swift, Kotlin").
func (r *run) splitBoldHeading(all []*line) []*line {
	out := all[:0:0]
	// a document whose headings are bold lines ("**Work**") may set one
	// before its text without a colon ("**Stack** Go · SQL")
	boldHeadings := slices.ContainsFunc(all, func(l *line) bool {
		if !l.Bold || l.Heading != 0 {
			return false
		}
		_, named := r.sectionNamed(l.text)
		return named
	})
	for _, l := range all {
		if len(l.Spans) >= 2 && l.Spans[0].Style.Bold && !l.Bold && l.Heading == 0 && l.Marker == "" && l.Cells == nil {
			name := strings.TrimSpace(l.Spans[0].Text)
			bare := strings.TrimRight(name, ":：")
			k, section := r.sectionNamed(bare)
			rest := strings.TrimSpace(strings.TrimPrefix(l.text, name))
			// "Languages:" names a skill group as often as the section:
			// the section when spoken languages follow
			spoken := k == kLanguages && r.lx.languageAt(rest) != ""
			// ("Stack:" labels a project's tools; "**Stack** Go · SQL" is
			// the skills)
			if _, label := r.lx.labelField(bare); (bare != name && !label || bare == name && boldHeadings) && section && l.Blank && (k != kLanguages || spoken) && k != kOther {
				if rest != "" {
					h, body := headingOff(l, bare), *l
					body.Spans, body.feat, body.head, body.Blank = l.Spans[1:], nil, nil, false
					body.text, body.raw, body.runes = rest, rest, utf8.RuneCountInString(rest)
					out = append(out, h, &body)
					continue
				}
			}
		}
		out = append(out, l)
	}
	return out
}

// maxRunInHeading is the longest heading splitRunInHeadings looks up: a
// run-in one in bytes, one on a line of its own in runes, its dress
// trimmed.
const maxRunInHeading = 48

// minRunIn is how many lines must open with a section's name and a full
// stop for a document to be read as setting its headings run in.
const minRunIn = 3

// runInHeading gives the section's name a line opens with, followed by a
// full stop and its text ("Education. Severnside College of Art, …"),
// and the text after it.
func (r *run) runInHeading(l *line) (name, rest string, ok bool) {
	if l.Marker != "" || l.Cells != nil || l.Heading != 0 {
		return "", "", false
	}
	name, rest, found := strings.Cut(l.text, ". ")
	if !found || len(name) > maxRunInHeading || name != strings.TrimSpace(name) || len(strings.Fields(name)) > 3 || strings.IndexFunc(rest, unicode.IsLetter) < 0 {
		return "", "", false // (not "LANGUAGES . . . .": a heading's dotted leader)
	}
	if k, section := r.sectionNamed(name); !section || k == kOther {
		return "", "", false
	}
	return name, strings.TrimSpace(rest), true
}

// splitRunInHeadings splits the lines that open with a section's name and
// a full stop, its text run in after it ("Work. Harbour Studio, Bath —
// Owner, since 2019"), into the heading and the text, when the document
// sets minRunIn headings or more so and none on a line of its own: its
// own way of writing them, not a sentence that happens to start with
// "Education." nor a job's text led by "Leadership." under a heading.
func (r *run) splitRunInHeadings(all []*line) []*line {
	n := 0
	for _, l := range all {
		if _, _, ok := r.runInHeading(l); ok {
			n++
		}
	}
	if n < minRunIn {
		return all
	}
	for _, l := range all {
		if l.Marker != "" {
			continue
		}
		if t := strings.Trim(l.text, headingDecor); utf8.RuneCountInString(t) <= maxRunInHeading {
			if _, named := r.sectionNamed(t); named {
				return all // headings on lines of their own: "Leadership. …" inside a job is its text
			}
		}
	}
	out := all[:0:0]
	for _, l := range all {
		name, rest, ok := r.runInHeading(l)
		if !ok {
			out = append(out, l)
			continue
		}
		h, body := headingOff(l, name), *l
		body.feat, body.head, body.Blank = nil, nil, false
		body.Spans = nil
		if len(l.Spans) > 1 {
			// the heading cut off the first span (or the first span
			// dropped, when it was the heading alone)
			sp := slices.Clone(l.Spans)
			if t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(sp[0].Text), name+".")); t == "" {
				sp = sp[1:]
				sp[0].Box = false
			} else {
				sp[0].Text = t
			}
			if len(sp) > 1 {
				body.Spans = sp
			}
		}
		body.Text, body.text, body.raw, body.runes = rest, rest, rest, utf8.RuneCountInString(rest)
		if body.Spans != nil {
			body.raw = spanRaw(body.Line, rest)
		}
		out = append(out, h, &body)
	}
	return out
}

// runInHeader is a paragraph that opens with its entry's header written
// as short sentences, its dates first: "2016 – 2019. Harbour Rooms,
// Deal. Junior Valuer. Catalogued …". Group 1 is the dates, 2 the
// header's pieces with their stops, 3 the text after them.
var runInHeader = lazyRE(`^([^.:]{4,40}?)[.:] ((?:\p{Lu}[^.]{1,60}\. ){2,3})(\p{Lu}.{20,})$`)

// maxRunInPiece is the most words a piece of a run-in header holds.
const maxRunInPiece = 8

// splitRunInHeaders splits the run-in header off the paragraphs that open
// with one, two or more of them in a section of jobs: the dates and the
// pieces become a header line, its fields apart by wide gaps, and the
// rest the entry's text. (Awards and publications may be written alike:
// "2021 – 2022. Gold Medal. Valuers' Guild. Given for …".)
func (r *run) splitRunInHeaders(all []*line) []*line {
	type split struct{ head, rest string }
	splits := map[int]split{} // the lines that open so, by index
	for i, l := range all {
		if head, rest, ok := splitRunInHeaderLine(l); ok {
			splits[i] = split{head, rest}
		}
	}
	if len(splits) < 2 {
		return all
	}
	// the section each line stands in, by the last heading the
	// lexicons know above it
	kinds := make([]Kind, len(all))
	counts := map[Kind]int{}
	k := Kind("")
	for i, l := range all {
		if l.runes <= maxHeadingLine {
			if hk, ok := r.headingKind(l); ok {
				k = hk
			}
		}
		kinds[i] = k
		if _, ok := splits[i]; ok {
			counts[k]++
		}
	}
	out := all[:0:0]
	for i, l := range all {
		sp, ok := splits[i]
		if !ok || counts[kinds[i]] < 2 || !runInKinds[kinds[i]] {
			out = append(out, l)
			continue
		}
		head, rest := sp.head, sp.rest
		h, body := *l, *l
		h.Spans, h.feat, h.head = nil, nil, nil
		h.Text, h.text, h.raw, h.runes = head, head, head, utf8.RuneCountInString(head)
		body.Spans, body.feat, body.head, body.Blank = nil, nil, nil, false
		body.Text, body.text, body.raw, body.runes = rest, rest, rest, utf8.RuneCountInString(rest)
		out = append(out, &h, &body)
	}
	return out
}

// runInKinds are the sections whose entries a run-in header may open.
var runInKinds = map[Kind]bool{kWork: true, kVolunteer: true}

// splitRunInHeaderLine returns the header line a paragraph opens with,
// its fields apart by wide gaps, and the text after it. A piece is a few
// words, and not one short word: that is a word cut short at its stop
// ("St. Mary's Hall").
func splitRunInHeaderLine(l *line) (head, rest string, ok bool) {
	if l.Marker != "" || l.Heading != 0 || l.Cells != nil {
		return "", "", false
	}
	m := runInHeader.FindStringSubmatch(l.text)
	if m == nil {
		return "", "", false
	}
	if sp, ok := findSpan(m[1]); !ok || !sp.Range || strings.TrimSpace(cutSpan(m[1], sp)) != "" {
		return "", "", false
	}
	pieces := strings.Split(strings.TrimSuffix(m[2], ". "), ". ")
	for _, p := range pieces {
		if len(strings.Fields(p)) > maxRunInPiece || len(strings.Fields(p)) == 1 && utf8.RuneCountInString(p) <= 4 {
			return "", "", false // a sentence, or a word cut short ("St. Mary's")
		}
	}
	return strings.TrimSpace(m[1]) + "   " + strings.Join(pieces, "   "), m[3], true
}

// maxHeadingPiece is the longest piece of a Chinese heading set over two
// lines in a narrow label column ("工作" / "经历").
const maxHeadingPiece = 4

// joinSplitHeading joins two short Chinese lines set alike that make a
// known heading together, the second no heading alone ("工作" over "经历",
// "项目" over "经历").
func (r *run) joinSplitHeading(all []*line) []*line {
	out := all[:0:0]
	for i := 0; i < len(all); i++ {
		l := all[i]
		if n := verticalRun(all[i:]); n >= minVertical {
			// "教" / "育" / "背" / "景": a label set one character a line
			j := *l
			for _, c := range all[i+1 : i+n] {
				j.text += c.text
			}
			j.raw, j.runes, j.feat, j.head = j.text, n, nil, nil
			out = append(out, &j)
			i += n - 1
			continue
		}
		if i+2 < len(all) && r.splitPieces(l, all[i+2]) && all[i+1].Indent > l.Indent && all[i+1].Heading == 0 {
			// "工作" / (a line of the entries beside it) / "经历": a label
			// column's heading that reading by baselines interleaved with
			// the first lines beside it; when the line before it starts
			// that block, the heading goes before it too
			j := *l
			j.text, j.raw, j.runes, j.feat, j.head = l.text+all[i+2].text, l.raw+all[i+2].raw, l.runes+all[i+2].runes, nil, nil
			if k := len(out) - 1; k >= 0 && out[k].Blank && out[k].Indent > l.Indent && out[k].Heading == 0 && i > 0 && out[k] == all[i-1] {
				prev := out[k]
				out = append(out[:k], &j, prev)
			} else {
				out = append(out, &j)
			}
			out = append(out, all[i+1])
			i += 2
			continue
		}
		if i+1 < len(all) {
			n := all[i+1]
			if l.runes <= maxHeadingPiece && n.runes <= maxHeadingPiece && allHan(l.text) && allHan(n.text) && l.Marker == "" && n.Marker == "" &&
				l.Cells == nil && n.Cells == nil && sameStyle(l, n) && (l.Heading > 0 || l.Bold) && !n.Blank {
				if _, ok := r.lx.headings[normHeading(l.text+n.text)]; ok {
					if _, ok1 := r.lx.headings[normHeading(n.text)]; !ok1 {
						j := *l
						j.text, j.raw, j.runes, j.feat, j.head = l.text+n.text, l.raw+n.raw, l.runes+n.runes, nil, nil
						out = append(out, &j)
						i++
						continue
					}
				}
			}
		}
		out = append(out, l)
	}
	return out
}

// liftLabelHeadings puts a known heading of a label column before the
// line beside it that reading by baselines put first: a heading set larger
// than the text, its baseline below the first line of its block
// ("2021-09 - 2025-06  某大学" read before "教育" beside it). The line it
// follows opens a block, set smaller and indented past a label column; the heading
// has no blank line before it, and the line after it (if any) goes on at
// that indent.
func (r *run) liftLabelHeadings(all []*line) []*line {
	if !r.typeset {
		return all // (only a page read by baselines interleaves its columns so)
	}
	out := slices.Clone(all)
	for i := 1; i < len(out); i++ {
		l, p := out[i], out[i-1]
		if l.Blank || l.Pos.Page != p.Pos.Page || l.Marker != "" || l.Cells != nil || p.Cells != nil || !p.Blank || p.Heading > 0 || p.Bold ||
			p.Indent-l.Indent < minLabelColumn || p.Size <= 0 || l.Size <= p.Size || i+1 < len(out) && out[i+1].Indent < p.Indent && !out[i+1].Blank {
			continue
		}
		if _, ok := r.headingKind(l); !ok {
			continue
		}
		h, q := *l, *p
		h.Blank, q.Blank = true, false
		out[i-1], out[i] = &h, &q
		r.traceLine(l, "put before the line beside it", "a label column's heading read after the line beside it put first")
	}
	return out
}

// minLabelColumn is the least indent, in columns, of the text beside a
// label column beyond the labels'.
const minLabelColumn = 6

// splitPieces reports whether two lines are the halves of a Chinese
// heading set in a narrow label column: short, set alike, marked as
// headings or bold, a known heading together and not both headings alone.
func (r *run) splitPieces(l, n *line) bool {
	if l.runes > maxHeadingPiece || n.runes > maxHeadingPiece || !allHan(l.text) || !allHan(n.text) || l.Marker != "" || n.Marker != "" ||
		l.Cells != nil || n.Cells != nil || !sameStyle(l, n) || !(l.Heading > 0 || l.Bold) {
		return false
	}
	if _, ok := r.lx.headings[normHeading(l.text+n.text)]; !ok {
		return false
	}
	_, alone := r.lx.headings[normHeading(n.text)]
	_, firstAlone := r.lx.headings[normHeading(l.text)]
	return !alone || !firstAlone // ("曾获" / "奖项": the second is a heading alone, the first is none)
}

// minVertical is the fewest lines of one Han character each that are read
// as a word set vertically.
const minVertical = 3

// verticalRun counts the lines at the start of ls that hold one Han
// character each, set alike, not list items, with no blank line between.
func verticalRun(ls []*line) int {
	n := 0
	for k, c := range ls {
		if c.runes != 1 || !allHan(c.text) || c.Marker != "" || c.Cells != nil || k > 0 && (c.Blank || !sameStyle(ls[0], c)) {
			break
		}
		n++
	}
	return n
}

// dropSymbolLines drops lines without a letter or a digit that are no
// dash between two lines ("#" and "¶" permalinks of themes, ornaments).
// maxUnderlined is the longest heading a rule of = or - underlines.
const maxUnderlined = 40

// ruleLine reports whether s is a rule drawn in text: one character
// repeated three times or more ("==========", "----", "＿＿＿", and the
// other adornments reStructuredText underlines with: "^^^^", "++++",
// "\"\"\"\"", "", "````").
func ruleLine(s string) bool {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) < 3 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune("=-_~*#^+\"'`─━═▬—–·.＝－＿", first) {
		return false
	}
	for _, c := range s {
		if c != first && c != ' ' {
			return false
		}
	}
	return true
}

// underlinedHeadings drops the rules of a plain-text document: a rule under
// a short line about as wide as it marks that line as a heading
// ("EXPERIENCE" over "=========="); any other rule is a separator, noted
// on the line after it (Rule).
func underlinedHeadings(all []*line) []*line {
	out := all[:0:0]
	separated := false // a separator rule waits for the next line
	// how often each rule is drawn: one drawn under three short lines or
	// more is the document's underline of headings, whatever its length
	drawn := map[string]int{}
	for i, l := range all {
		if i > 0 && l.Marker == "" && l.Cells == nil && ruleLine(l.text) && shortTitleLine(all[i-1]) {
			drawn[strings.TrimSpace(l.text)]++
		}
	}
	for _, l := range all {
		rule := l.text
		if rule == "" {
			rule = l.Text // a rule of dashes, read as a leader and emptied
		}
		if l.Marker != "" {
			rule = l.full() // ("* * *" is no list item: a rule of spaced marks)
		}
		if l.Cells != nil || !ruleLine(rule) {
			if separated && len(out) > 0 && !l.Rule {
				m := *l
				m.Rule, m.head, m.feat = true, nil, nil
				l = &m
			}
			separated = false
			out = append(out, l)
			continue
		}
		if n := len(out); n > 0 && l.Marker == "" { // (a rule of spaced marks, "* * *", is a separator)
			h := out[n-1]
			w, rw := width(h.text), width(strings.TrimSpace(rule))
			// (a numbered line over a rule of any length: "2. 工作经历" over
			// a rule across the page)
			if (h.Marker == "" || h.numbered()) && h.Cells == nil && h.Heading == 0 && h.runes <= maxUnderlined && !l.Blank && 2*rw >= w && (rw <= 2*w+4 || h.numbered() ||
				drawn[strings.TrimSpace(rule)] >= minDrawnUnderline && shortTitleLine(h)) {
				m := *h
				m.Heading, m.head, m.feat = 2, nil, nil
				out[n-1] = &m
				continue
			}
		}
		separated = true
	}
	return out
}

// agencyNote is a note on the rows of a table of jobs below it: the agency
// they were got through ("Through: Acme Crewing Inc. (Manila)").
var agencyNote = lazyRE(`^(?i:through|via|agency|manning agency|crewing agency)\s*[:：]`)

// minDrawnUnderline is how many short lines a rule of one length must be
// drawn under to be the document's underline of headings.
const minDrawnUnderline = 3

// shortTitleLine reports whether a line could be a heading over a rule: a
// few words after a blank line, no sentence, no digits.
func shortTitleLine(l *line) bool {
	return l.Blank && l.Marker == "" && l.Cells == nil && l.runes > 0 && l.runes <= maxDrawnTitle && !hasSentencePunct(l.text) && strings.IndexFunc(l.text, unicode.IsDigit) < 0
}

// maxDrawnTitle is the longest line over a rule of the document's
// headings that is read as one.
const maxDrawnTitle = 12

// ratingMarks is a level drawn as a row of marks ("●●●●○", "★★★☆☆",
// "■■■□□"): decoration beside a skill or a language, no text.
var ratingMarks = lazyRE(`\s*[` + ratingRunes + `]{3,}\s*`)

// ratingRunes are the marks a rating is drawn with.
const ratingRunes = "●○◉◎★☆✦✧■□▪▫◆◇"

// dropRatings takes rows of rating marks out of lines ("Python  ●●●●○"
// is Python); a line of marks alone goes.
func dropRatings(all []*line) []*line {
	out := all[:0:0]
	for _, l := range all {
		if !containsAny(l.text, ratingRunes) || !ratingMarks.MatchString(l.text) {
			out = append(out, l)
			continue
		}
		nl := *l
		nl.raw = strings.TrimSpace(ratingMarks.ReplaceAllString(l.raw, "  "))
		nl.text = strings.Join(strings.Fields(ratingMarks.ReplaceAllString(l.text, " ")), " ")
		nl.runes, nl.feat, nl.Spans = utf8.RuneCountInString(nl.text), nil, nil
		if nl.text != "" {
			out = append(out, &nl)
		}
	}
	return out
}

// anchorMark is the permalink a docs site sets before a heading ("#  工作经历",
// "¶ Projects"), a field of its own.
var anchorMark = lazyRE(`^[#¶§]\s+`)

// dropAnchors takes anchor marks off the headings they stand before.
func dropAnchors(all []*line) []*line {
	for i, l := range all {
		if l.Heading == 0 || !anchorMark.MatchString(l.text) {
			continue
		}
		nl := *l
		nl.text = anchorMark.ReplaceAllString(l.text, "")
		nl.raw = strings.TrimSpace(anchorMark.ReplaceAllString(l.raw, ""))
		nl.runes, nl.feat, nl.head = utf8.RuneCountInString(nl.text), nil, nil
		if len(nl.Spans) > 0 && strings.TrimSpace(nl.Spans[0].Text) == string([]rune(l.text)[0]) {
			nl.Spans = doc.TidySpans(slices.Clone(nl.Spans[1:]))
		}
		all[i] = &nl
	}
	return all
}

func dropSymbolLines(all []*line) []*line {
	out := all[:0:0]
	for _, l := range all {
		if l.Marker == "" && l.runes <= 3 && !strings.ContainsFunc(l.text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) && !isDash(l.text) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// maxInitials is the most letters of a logo or an avatar drawn as
// initials.
const maxInitials = 3

// dropInitials drops a line of one to three capitals set over the name
// they abbreviate ("BH" over "Brightwell Health", "Z" over "Zendesk
// Support Administrator", or over a title over the employer's name): the
// placeholder a page draws for a missing logo or photo, no text of the
// résumé.
func dropInitials(all []*line) []*line {
	out := all[:0:0]
	for i, l := range all {
		if l.Marker == "" && (i+1 < len(all) && initialsOf(l.text, all[i+1].text) || i+2 < len(all) && initialsOf(l.text, all[i+2].text) ||
			i > 0 && initialsOf(l.text, all[i-1].text) && (all[i-1].Bold || all[i-1].Heading > 0)) {
			// (or under the name set in bold it stands for, drawn beside
			// it a little lower: "Brightwell Health" / "BH")
			continue
		}
		if l.Marker == "" && l.Cells == nil && l.runes == 1 && isHan(firstRuneOf(l.text)) && hanInNext(all, i, l.text) {
			continue // "晴" over "物理治療師" / "台南晴川醫院": a character of the name drawn as its logo
		}
		out = append(out, l)
	}
	return out
}

// hanInNext reports whether the Chinese character c stands in a line of
// the few after line i: the name a one-character logo stands for.
func hanInNext(all []*line, i int, c string) bool {
	for k := i + 1; k < len(all) && k <= i+maxLogoReach; k++ {
		if all[k].runes > 1 && strings.Contains(all[k].text, c) {
			return true
		}
	}
	return false
}

// maxLogoReach is how many lines after a one-character logo the name it
// stands for may come.
const maxLogoReach = 3

// initialsOf reports whether s is one to three capitals that start the
// words of name, in order, the first of them its first word's.
func initialsOf(s, name string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxInitials || strings.IndexFunc(s, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return false
	}
	k := 0
	for _, w := range strings.Fields(name) {
		if k < len(s) && w[0] == s[k] {
			k++
		} else if k == 0 {
			return false
		}
	}
	return k == len(s)
}

func isDash(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s != "_" && slices.Contains(rangeSeps, s)
}

// joinSplitDates joins a date range written over three lines, a date, a
// dash, a date ("May 2024" / "—" / "August 2024"), into one line.
func joinSplitDates(all []*line) []*line {
	out := all[:0:0]
	for i := 0; i < len(all); i++ {
		l := all[i]
		if i+1 < len(all) && l.Marker == "" {
			if a, b, ok := joinWrappedMonth(l, all[i+1]); ok {
				// "2007 年 9 月-2011  某大学" over "经历  年 7 月": a table
				// cell wrapped the range's end; its month goes back
				out = append(out, a)
				if b != nil {
					all[i+1] = b
				} else {
					i++
				}
				continue
			}
		}
		if i+1 < len(all) && openRangeOver(l, all[i+1]) {
			// "2019.07 –" over "2021.08": a narrow column of dates broke
			// the range after its dash
			out = append(out, joinedLines(l, all[i+1], " "))
			i++
			continue
		}
		if i+1 < len(all) && stackedDates(l, all[i+1]) && timelineAround(all, i) {
			// "2021.04" over "至今", "2016.07" over "2021.03": a
			// timeline's two ends, one a line
			out = append(out, joinedLines(l, all[i+1], " – "))
			i++
			continue
		}
		if i+2 < len(all) && isDash(all[i+1].text) && all[i+1].Marker == "" {
			a, b := l, all[i+2]
			if _, ok := findSpan(a.text); ok && a.runes <= 20 && b.runes <= 20 {
				if _, ok := findSpan(b.text); ok {
					j := *a
					j.text = a.text + " " + all[i+1].text + " " + b.text
					j.raw = a.raw + " " + all[i+1].text + " " + b.raw
					j.runes = utf8.RuneCountInString(j.text)
					j.feat = nil
					out = append(out, &j)
					i += 2
					continue
				}
			}
		}
		out = append(out, l)
	}
	return out
}

// joinedLines is a, with b after it and sep between.
// pairDateColumn pairs a column of dates read out before the rows beside
// it, as a PDF's text in reading order gives a table: "2014", "2009" over
// a blank line, then "MSc Marine Biology — …" and "BSc Zoology — …", as
// many lines as dates, each with nothing else in it, the next line blank
// or none. Each row is its date, a wide gap and its line, "2014  MSc
// Marine Biology — …". The dates stand right under a section's
// heading, and no row is one (not the dates of the rows above, read after
// them, over the next section).
func (r *run) pairDateColumn(all []*line) []*line {
	heading := func(l *line) bool {
		_, ok := r.headingKind(l)
		return ok
	}
	dated := func(l *line) bool {
		if l.runes > maxDateOnly || l.Marker != "" {
			return false
		}
		sp, ok := findSpan(l.text)
		return ok && l.Marker == "" && strings.TrimSpace(l.text[:sp.From]) == "" && strings.Trim(l.text[sp.To:], " .") == ""
	}
	out := all[:0:0]
	for i := 0; i < len(all); i++ {
		k := 0
		for i+k < len(all) && dated(all[i+k]) && (k == 0 || !all[i+k].Blank) {
			k++
		}
		j := i + k // the rows' first line
		paired := k >= minDateColumn && i > 0 && heading(all[i-1]) && j+k <= len(all) && all[j].Blank && (j+k == len(all) || all[j+k].Blank) &&
			!slices.ContainsFunc(all[j:j+k], func(l *line) bool {
				_, has := findSpan(l.text)
				return has || l.Marker != "" || l.Cells != nil || l != all[j] && l.Blank || heading(l) ||
					containsAny(l.text, sentenceEnds) || strings.HasSuffix(l.text, ".") || strings.HasSuffix(l.text, "…") || r.lx.startsWithVerb(l.text) // (a row's text, no row)
			})
		switch {
		case paired:
			for m, d := range all[i : i+k] {
				out = append(out, joinedLines(d, all[j+m], "  "))
			}
			i = j + k - 1
		case k > 0:
			out = append(out, all[i:i+k]...)
			i += k - 1
		default:
			out = append(out, all[i])
		}
	}
	return out
}

// minDateColumn is how many dates make a column read before its rows;
// maxDateOnly is the longest line, in runes, of such a column.
const (
	minDateColumn = 2
	maxDateOnly   = 24
)

func joinedLines(a, b *line, sep string) *line {
	j := *a
	j.text = a.text + sep + b.text
	j.raw = a.raw + sep + b.raw
	j.runes = utf8.RuneCountInString(j.text)
	j.feat, j.Spans = nil, nil
	return &j
}

// openRangeOver reports whether a is a date and a dash alone ("2019.07
// –") and b goes on with a later date or an open end: a range broken
// after its dash.
func openRangeOver(a, b *line) bool {
	if b.Marker != "" || a.Pos.Page != b.Pos.Page {
		return false
	}
	sa, ok := dateLed(a)
	if !ok || sa.End != "" || !dashEnd(a.text) {
		return false // (a lone dash after a date reads as a range left open)
	}
	// the end alone on its line, or apart from what follows by a wide gap
	// (not "2023 promoted to Senior Lead")
	t := strings.TrimSpace(b.raw)
	alone := func(n int) bool { return n == len(t) || strings.HasPrefix(t[n:], "  ") || t[n] == '\t' }
	if n := openEndAt(t, 0); n > 0 {
		return alone(n)
	}
	sb, ok := findSpan(t)
	return ok && sb.From == 0 && !sb.Range && sb.Start >= sa.Start && alone(sb.To)
}

// dashEnd reports whether s ends in a range's separator (rangeSeps): "–",
// "至", "to".
func dashEnd(s string) bool {
	s = asciiLower(strings.TrimSpace(s))
	for _, d := range rangeSeps {
		if d != "_" && strings.HasSuffix(s, d) && (!isLatinLetter(firstRuneOf(d)) || wordBoundary(s, len(s)-len(d), len(s))) {
			return true
		}
	}
	return false
}

// stackedDates reports whether a and b are a range's two ends on lines of
// their own: a date alone, then a later date or an open end alone.
func stackedDates(a, b *line) bool {
	if b.Marker != "" || b.runes > maxDateLine || a.Pos.Page != b.Pos.Page {
		return false
	}
	sa, ok := dateLed(a)
	if !ok || sa.Range || sa.To < len(strings.TrimRight(a.text, " ")) {
		return false
	}
	t := strings.TrimSpace(b.text)
	if n := openEndAt(t, 0); n > 0 && n == len(t) {
		return true
	}
	sb, ok := findSpan(t)
	return ok && !sb.Range && sb.From == 0 && sb.To >= len(t) && sb.Start >= sa.Start
}

// timelineAround reports whether the dates on lines i and i+1 stand where a
// timeline's two ends do: no third date alone before or after them
// ("2019" / "2020" / "2021": a list of years).
func timelineAround(all []*line, i int) bool {
	lone := func(l *line) bool { _, ok := dateLed(l); return ok }
	return !(i+2 < len(all) && lone(all[i+2]) || i > 0 && lone(all[i-1]))
}

// maxDateLine is the longest line read as a date standing alone.
const maxDateLine = 16

// dateLed reports whether l is a short unmarked line that opens with a
// date, and the date.
func dateLed(l *line) (Span, bool) {
	if l.Marker != "" || l.runes > maxDateLine {
		return Span{}, false
	}
	sp, ok := findSpan(l.text)
	return sp, ok && sp.From == 0
}

var (
	// openYearEnd is a range whose end year stands without its month:
	// "2007 年 9 月-2011"
	openYearEnd = lazyRE(`\d{4}\s*年\s*\d{1,2}\s*月\s*[-–—~～至到]\s*\d{4}(\s|$)`)
	// wrappedMonth is that month on the next line, after a label cell's
	// half perhaps: "年 7 月", "经历  年 7 月"
	wrappedMonth = lazyRE(`^((?:\p{Han}{1,4}\s{2,})?)(年\s*\d{1,2}\s*月)(?:\s{2,}(.*))?$`)
)

// joinWrappedMonth moves the month of a range's end year that a table
// cell wrapped onto the next line back to its year: it returns the line
// with the range whole and what is left of the next line (nil for
// nothing).
func joinWrappedMonth(a, b *line) (*line, *line, bool) {
	if b.Marker != "" {
		return nil, nil, false
	}
	loc := openYearEnd.FindStringSubmatchIndex(a.raw)
	if loc == nil {
		return nil, nil, false
	}
	m := wrappedMonth.FindStringSubmatch(strings.TrimSpace(b.raw))
	if m == nil {
		return nil, nil, false
	}
	at := loc[2] // after the year
	raw := a.raw[:at] + " " + m[2] + a.raw[at:]
	j := retext(a, strings.Join(strings.Fields(raw), " "), raw)
	rest := strings.TrimSpace(m[1] + "  " + m[3])
	if rest == "" {
		return j, nil, true
	}
	return j, retext(b, strings.Join(strings.Fields(rest), " "), rest), true
}

// isHeadingText reports whether s alone would be a section heading.
func (r *run) isHeadingText(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	_, ok := r.headingKind(&line{text: s, raw: s, runes: utf8.RuneCountInString(s)})
	return ok
}

// exactHeadingText reports whether s is a heading of the lexicon as it
// stands (no fuzzy matching).
func (r *run) exactHeadingText(s string) bool {
	_, ok := r.lx.headings[normHeading(s)]
	return ok
}

// capsHeadingPrefix finds a known heading in capitals at the start of a
// line, before a single space ("CERTIFICATIONS Certified Kubernetes …").
func (r *run) capsHeadingPrefix(raw string) (head, rest string) {
	words := strings.Fields(raw)
	for n := min(3, len(words)-1); n >= 1; n-- {
		h := strings.Join(words[:n], " ")
		if !allCapsLatin(h) {
			continue
		}
		if _, ok := r.lx.headings[normHeading(h)]; ok && !allCapsLatin(words[n]) {
			return h, strings.Join(words[n:], " ")
		}
	}
	return "", ""
}

// spanRaw is a line's raw text from its spans: a wide gap (a field
// separator) where the layout sets a span apart, and, in a line short
// enough to be an entry header and without sentence punctuation, where
// the style changes between two words with no separator between them
// ("<b>Senior Engineer</b> Acme Corp"). Elsewhere what stood between two
// spans in the line's text stays. The line's trimmed text is returned
// when the spans cannot be found in it in order.
func spanRaw(dl doc.Line, text string) string {
	src := strings.TrimSpace(dl.Text)
	header := dl.Marker == "" && utf8.RuneCountInString(text) <= 100 && !hasSentencePunct(text) &&
		!strings.HasSuffix(text, ".") && len(strings.Fields(text)) <= 12
	var b strings.Builder
	at := 0
	for i, sp := range dl.Spans {
		k := strings.Index(src[at:], sp.Text)
		if k < 0 {
			return src
		}
		between := src[at : at+k]
		if i > 0 {
			prev := dl.Spans[i-1]
			switch {
			case sp.Box:
				between = "  "
			case header && styleBreak(prev, sp) && strings.TrimSpace(between) == "" && !(between == "" && prev.Bold == sp.Bold && prev.Italic == sp.Italic && latinJoin(prev.Text, sp.Text)) && !smallCaps(prev, sp) &&
				!fontFallback(dl.Spans, i-1) && !fontFallback(dl.Spans, i) &&
				!containsAny(lastRune(prev.Text), sepChars+"(（") && !containsAny(firstRune(sp.Text), sepChars+")）"):
				between = "  "
			}
		}
		b.WriteString(between)
		b.WriteString(sp.Text)
		at += k + len(sp.Text)
	}
	b.WriteString(src[at:])
	return b.String()
}

// latinJoin reports whether two spans meet inside a Latin word: a letter
// ends one and starts the other with nothing between. Set in two sizes
// of one weight, that is small caps ("E" and "MPLOYMENT"); in two weights,
// a converter glued two fields ("Brightloom Analytics" "Jun 2023").
func latinJoin(a, b string) bool {
	x, _ := utf8.DecodeLastRuneInString(a)
	y, _ := utf8.DecodeRuneInString(b)
	return x < 0x250 && y < 0x250 && unicode.IsLetter(x) && unicode.IsLetter(y)
}

// smallCaps reports whether two spans differ only in size and are both
// capitals: small caps built from two sizes ("IDA M. SORENSEN" as "I",
// "DA", "M. S", "ORENSEN").
func smallCaps(a, b doc.Span) bool {
	capsOnly := func(s string) bool {
		return strings.ContainsFunc(s, unicode.IsUpper) && !strings.ContainsFunc(s, unicode.IsLower)
	}
	return a.Bold == b.Bold && a.Italic == b.Italic && capsOnly(a.Text) && capsOnly(b.Text)
}

// fontFallback reports whether span i is one Latin word set between two
// Chinese spans ("高级 [Java] 工程师"): the font a PDF fell back to for
// Latin letters, no style of the writer's.
func fontFallback(sps []doc.Span, i int) bool {
	if i <= 0 || i+1 >= len(sps) {
		return false
	}
	w := strings.TrimSpace(sps[i].Text)
	return w != "" && !hasHan(w) && !strings.Contains(w, " ") && hasHan(lastRune(strings.TrimSpace(sps[i-1].Text))) && hasHan(firstRune(strings.TrimSpace(sps[i+1].Text)))
}

// styleBreak reports whether two spans are set in styles different enough
// to be two fields: weight, slant, a point of size, or link and no link.
func styleBreak(a, b doc.Span) bool {
	// a Latin word set in its own font within Chinese text ("Java 开发实习生"
	// in italic, "MiniKV 分布式键值存储" in bold a size larger) is one
	// field: the fonts of two scripts differ in slant and size
	// (a label and its value in two sizes, "邮箱 gaoruoxin@…", stay two)
	scripts := hasHan(lastRune(a.Text)) != hasHan(firstRune(b.Text))
	italic := a.Italic != b.Italic && !scripts
	size := a.Size > 0 && b.Size > 0 && math.Abs(a.Size-b.Size) >= 1 && !(scripts && a.Bold && b.Bold)
	return a.Bold != b.Bold || italic || size || (a.Link == "") != (b.Link == "")
}

func firstRune(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}

// pairLabels joins labels written on a line of their own to the value on
// the next line ("电话" / "+86 186…", as <dt>/<dd> or a printed form
// gives them) when two or more such pairs follow each other: a single
// label above a paragraph ("主要职责" and its lines) stays as it is.
// maxPairedSuffixLabel is the longest line alone over a value that is
// read as a label by its ending only ("开发技术" over "Go"; not
// "计算机科学与技术" over "本科").
const maxPairedSuffixLabel = 4

// maxNamedLabelValue is the longest value a section's name over it is
// the label of.
const maxNamedLabelValue = 40

func (r *run) pairLabels(all []*line) []*line {
	isLabel := func(i int) bool {
		// (a form's required field is starred: "* 姓名")
		if i >= len(all) || all[i].Marker != "" && all[i].Marker != "*" || all[i].Heading > 0 || all[i].runes > 24 {
			return false
		}
		t := strings.TrimRight(all[i].text, ":：")
		f, ok := r.lx.labelField(t)
		if _, exact := r.lx.labels[labelKey(t)]; ok && !exact && allHan(t) && utf8.RuneCountInString(t) > maxPairedSuffixLabel {
			return false // a longer line read as a label by its ending alone is a value ("计算机科学与技术")
		}
		return ok && f != "drop"
	}
	isValue := func(i int) bool {
		// (a degree alone under a line is no value: "计算机科学与技术" over
		// "本科" is a major, not a label ending in 技术)
		return i < len(all) && !isLabel(i) && all[i].Heading == 0 && all[i].Marker == "" && all[i].runes <= 120 && !r.lx.bareDegree(all[i].text)
	}
	isPair := func(i int) bool {
		if !isLabel(i) || !isValue(i+1) {
			return false
		}
		// a section's name over a sentence or a period heads a section
		// ("个人简介" over its text, "工作经验" over "2019年7月 – 现在"); over a
		// value it is a label ("工作经验" over "8年", "求职意向" over a post)
		if _, named := r.sectionNamed(strings.TrimRight(all[i].text, ":：")); named {
			sp, dated := findSpan(all[i+1].text)
			return all[i+1].runes <= maxNamedLabelValue && !containsAny(all[i+1].text, "。！？!?") && !strings.HasSuffix(all[i+1].text, ".") && !(dated && sp.Range)
		}
		return true
	}
	out := all[:0:0]
	for i := 0; i < len(all); {
		n := 0 // label/value pairs from i on
		for isPair(i + 2*n) {
			n++
		}
		if n < 2 {
			out = append(out, all[i])
			i++
			continue
		}
		for k := 0; k < n; k++ {
			lab, val := all[i+2*k], all[i+2*k+1]
			nl := *lab
			nl.Marker = ""
			nl.Bold = lab.Bold && val.Bold // a bold label over a plain value is no bold line
			nl.text = strings.TrimRight(lab.text, ":：") + "：" + val.text
			nl.raw = strings.TrimRight(lab.raw, ":：") + "：" + val.raw
			nl.runes = utf8.RuneCountInString(nl.text)
			nl.Links = append(append([]doc.Link{}, lab.Links...), val.Links...)
			out = append(out, &nl)
		}
		i += 2 * n
	}
	return out
}

// minSectionCell is the length from which the cell beside a section's
// name in a form is that section's text, not a value.
const minSectionCell = 20

// sectionNamed says which section s names, exactly, if any.
func (r *run) sectionNamed(s string) (Kind, bool) {
	if k, ok := r.lx.headings[normHeading(s)]; ok {
		return k, true
	}
	if cjk, latin, two := scriptHalves(s); two {
		// "工作經驗 Work Experience", "學歷 Education": the English half
		// names the section, the Chinese half names it too or is a
		// heading only in dress
		k, ok := r.lx.headings[normHeading(latin)]
		kc, okc := r.lx.headings[normHeading(cjk)]
		if !okc {
			kc, okc = r.lx.dressedOnly[normHeading(cjk)]
		}
		return k, ok && okc && kc == k
	}
	return "", false
}

// entryColumns reports whether column headings name the fields of entries
// (时间, 单位, 职务, 学校 …): a table of jobs or schools, not of skills.
// columnField is the field a table's column heading names: a label, or
// a heading of the columns lexicon.
func (r *run) columnField(c string) (string, bool) {
	if f, ok := r.lx.labelField(c); ok {
		return f, true
	}
	if f, ok := r.columnHeading(c); ok {
		return f, true
	}
	if f, _, two := r.columnPair(c); two {
		return f, true // "Employer / Position": the first name's field
	}
	if cjk, latin, two := scriptHalves(c); two {
		// "期間 Dates", "公司／職稱 Company / Title": a heading in two
		// scripts names the field either half names
		if f, ok := r.columnField(cjk); ok {
			return f, true
		}
		return r.columnField(latin)
	}
	return "", false
}

// columnHeading is the field the columns lexicon gives a column heading;
// a heading of two names apart by a slash gives its first name's field
// ("Institution / Board": the institution).
func (r *run) columnHeading(c string) (string, bool) {
	c = strings.ToLower(strings.TrimSpace(c))
	if f, ok := r.lx.columns[c]; ok {
		return f, true
	}
	if a, b, ok := strings.Cut(c, "/"); ok && !strings.Contains(b, "/") {
		fa, oka := r.lx.columns[strings.TrimSpace(a)]
		_, okb := r.lx.columns[strings.TrimSpace(b)]
		return fa, oka && okb
	}
	return "", false
}

// columnPair reports the two fields a column heading of two names apart by
// a slash gives, each half in either script ("公司／職稱 Company / Title":
// the employer and the title), when they differ.
func (r *run) columnPair(c string) (fa, fb string, ok bool) {
	if _, latin, two := scriptHalves(c); two {
		c = latin
	}
	a, b, cut := strings.Cut(c, "/")
	if !cut || strings.Contains(b, "/") {
		return "", "", false
	}
	fa, oka := r.columnField(strings.TrimSpace(a))
	fb, okb := r.columnField(strings.TrimSpace(b))
	return fa, fb, oka && okb && fa != fb
}

// personalLabel reports whether a label's field is a person's, not an
// entry's.
func personalLabel(field string) bool {
	return field != "" && !strings.HasPrefix(field, "entry.") && !strings.HasPrefix(field, "edu.")
}

// isColumnHeading reports whether c names a column: a label, or a heading
// of the columns lexicon ("名称", "Institution").
func (r *run) isColumnHeading(c string) bool {
	_, ok := r.columnField(c)
	return ok
}

// columnLabel is the label a data row's cell is given from its column's
// heading: the heading when it is a label, else a label of its field.
func (r *run) columnLabel(heading string) string {
	if _, ok := r.lx.labelField(heading); ok {
		return strings.TrimRight(heading, ":： ")
	}
	if f, ok := r.columnField(heading); ok && r.lx.fieldLabel[f] != "" {
		return r.lx.fieldLabel[f] // (a heading in two scripts too: "畢業 Year")
	}
	return strings.TrimRight(heading, ":： ")
}

func (r *run) entryColumns(cells []string) bool {
	known, unknown, dated, where := 0, 0, false, false
	for _, c := range cells {
		f, _ := r.columnField(c)
		if k, named := r.sectionNamed(c); named && entryKinds[k] {
			known++
			where = true
			continue // "项目 | 简介 | 技术": the column of the entries' names
		}
		switch {
		case f == "entry.dates" || f == "entry.start" || f == "entry.end":
			dated = true
			known++
		case f == "entry.company" || f == "edu.institution":
			where = true
			known++
		case strings.HasPrefix(f, "entry.") || strings.HasPrefix(f, "edu.") || f == "drop":
			known++
		default:
			unknown++
		}
	}
	// (one column the lexicons do not know among three or more that name
	// an entry's fields, its dates and where among them: "船名 | 总吨/主机功率 |
	// 船公司 | 职务 | 上船 | 下船")
	return unknown == 0 || unknown == 1 && known >= minColumns && dated && where
}

// textBetweenRows reports whether line i, no row, stands between two rows
// of n cells of a table of entries as the text of the row above, the table
// going on below ("Fencer" row, "Post-and-rail on sheep stations.", the
// next row): plain text, no section's name in any dress (not "EDUCATION"
// or a bold "教育背景" over a second table without headings), and the row
// below no row of labels and values ("籍贯 | 湖南 | 民族 | 汉").
func (r *run) textBetweenRows(all []*line, i, n int) bool {
	l := all[i]
	if l.Heading > 0 || l.Bold || i == 0 || all[i-1].Cells == nil || i+1 >= len(all) || len(all[i+1].Cells) != n {
		return false
	}
	if _, named := r.sectionNamed(strings.Trim(l.text, headingDecor)); named || allCapsLatin(l.text) || allHan(strings.Trim(l.text, headingDecor)) && l.runes <= maxBareHanHeading {
		return false
	}
	_, label := r.lx.labelField(all[i+1].Cells[0])
	return !label
}

// maxBareHanHeading is the longest line of Chinese alone between two tables
// read as the second's heading.
const maxBareHanHeading = 10

// maxRoleCell is the longest cell of a column of roles read as a title.
const maxRoleCell = 8

// headingsRow reports whether the cells of a row are column headings of
// a table of entries, no data: a second table's under a first's (a
// heading between them in a merged row).
func (r *run) headingsRow(cells []string) bool {
	return !slices.ContainsFunc(cells, func(c string) bool { return strings.IndexFunc(c, unicode.IsDigit) >= 0 }) && r.entryColumns(cells)
}

// personalColumns reports whether every column heading is a label of a
// person's field (期望职位, 期望城市, 期望薪资): a row of values under it.
func (r *run) personalColumns(cells []string) bool {
	return !slices.ContainsFunc(cells, func(c string) bool { return !personalLabel(r.lx.labels[labelKey(c)]) })
}

// entryKinds are the sections of entries, whose name a column heading may
// give as the heading of the column of their names.
var entryKinds = map[Kind]bool{kWork: true, kProjects: true, kEducation: true, kVolunteer: true}

// minColumns is the fewest column headings a table is read by.
const minColumns = 3

// readTableRows rewrites the rows of tables (HTML, DOCX) that pair labels
// with values ("姓名 | 张三 | 电话 | 138…", "项目名称 | X") as "label：value"
// text, which the rest of the extractor reads like a typed resume, and
// drops column-heading rows ("时间 | 公司 | 职位").
func (r *run) readTableRows(all []*line) []*line {
	out := all[:0:0]
	var columns []string // the column headings of the table being read
	entryRows := false   // the rows are under column headings of entries ("Years | Role")
	for i, l := range all {
		if l.Cells == nil && !l.merged && !(len(columns) > 0 && entryRows && r.textBetweenRows(all, i, len(columns))) {
			columns, entryRows = nil, false
		}
		if l.merged && len(columns) > 0 && r.entryColumns(columns) && i+1 < len(all) && len(all[i+1].Cells) == len(columns) && agencyNote.MatchString(l.text) {
			// "Through: Acme Crewing" in one merged cell between the rows
			// of a table of entries: a note on the rows below, no entry
			r.traceLine(l, "dropped", "a merged row between a table's rows")
			continue
		}
		if len(columns) > 0 && len(l.Cells) == len(columns) && !l.HeadRow && !r.headingsRow(l.Cells) {
			// a data row under its column headings: "起止时间：2020.06-至今
			// 工作单位：某公司  职务：…", each cell with its column's label
			var parts, aside []string
			first := len(out)
			given := map[string]bool{} // the fields earlier columns gave
			for i, c := range l.Cells {
				f, _ := r.columnHeading(columns[i])
				if f == "entry.end" && i > 0 {
					if g, _ := r.columnHeading(columns[i-1]); g == "entry.start" {
						continue // (read with its start)
					}
				}
				if f == "entry.start" || f == "entry.end" {
					// "Oct 2019 | now": the start and the end of one period
					if f == "entry.start" && i+1 < len(columns) {
						if g, _ := r.columnHeading(columns[i+1]); g == "entry.end" {
							if e := strings.TrimSpace(l.Cells[i+1]); e != "" {
								c = strings.TrimSpace(c) + " – " + e
							}
						}
					}
					if c = strings.TrimSpace(c); c != "" {
						parts = append(parts, r.lx.fieldLabel["entry.dates"]+"："+c)
					}
					continue
				}
				if c = strings.TrimSpace(c); c != "" && strings.Trim(c, "—-–/ 无") != "" {
					if k, named := r.sectionNamed(columns[i]); named && entryKinds[k] {
						// the entry's name, on a line of its own that
						// opens the entry
						nl := *l
						nl.Cells, nl.Spans, nl.feat, nl.Bold = nil, nil, nil, true
						nl.text, nl.raw, nl.runes = c, c, utf8.RuneCountInString(c)
						out = append(out, &nl)
						continue
					}
					if fa, fb, two := r.columnPair(columns[i]); two {
						if ps := cellParagraphs(l, i); len(ps) == 2 && r.lx.fieldLabel[fa] != "" && r.lx.fieldLabel[fb] != "" {
							// "Employer / Position" over a cell of two
							// paragraphs: the first the employer, the second
							// the title
							parts = append(parts, r.lx.fieldLabel[fa]+"："+strings.TrimSpace(ps[0]), r.lx.fieldLabel[fb]+"："+strings.TrimSpace(ps[1]))
							continue
						}
					}
					f, _ := r.columnField(columns[i])
					if f == "entry.roles" && utf8.RuneCountInString(c) <= maxRoleCell && !hasSentencePunct(c) && !containsAny(c, "、,，/") && r.lx.fieldLabel["entry.position"] != "" {
						// "角色 | 團長": the role a row's column names in a
						// word or two is the entry's title
						parts = append(parts, r.lx.fieldLabel["entry.position"]+"："+c)
						continue
					}
					if given[f] {
						// a second column of a field an earlier one gave
						// ("Institute | University / Board": the body that
						// awards the institute's degrees, no school of the
						// entry's)
						continue
					}
					if f == "" {
						aside = append(aside, strings.TrimRight(columns[i], ":： ")+"："+c)
						continue // (a column no lexicon knows: its cell is the entry's text)
					}
					given[f] = true
					parts = append(parts, r.columnLabel(columns[i])+"："+c)
				}
			}
			for _, p := range [][]string{parts, aside} {
				if len(p) > 0 {
					nl := *l
					nl.Cells, nl.Spans, nl.feat = nil, nil, nil
					nl.text = strings.Join(p, "  ")
					nl.raw, nl.runes = nl.text, utf8.RuneCountInString(nl.text)
					out = append(out, &nl)
				}
			}
			if len(out) > first {
				out[first].rowCells = nonEmptyStrings(l.Cells)
			}
			continue
		}
		cells, table := nonEmptyStrings(l.Cells), l.Cells != nil
		if !table && strings.Contains(l.raw, "  ") {
			cells = wideFields(l.raw) // a row typed with wide gaps: "姓名  张三  性别  男"
			for i, c := range cells {
				if t := strings.TrimLeft(c, "*＊ "); t != "" && t != c {
					cells[i] = t // "姓名  张三  * 性别  女": a form's required field is starred
				}
			}
		}
		if len(cells) < 2 {
			out = append(out, l)
			continue
		}
		if table && len(cells)%2 == 0 {
			// "Languages Known | : English, Hindi": the colon typed in
			// the value's cell
			cells = slices.Clone(cells)
			for i := 1; i < len(cells); i += 2 {
				if v := strings.TrimLeft(cells[i], ":： "); v != "" && !strings.HasSuffix(cells[i-1], ":") && !strings.HasSuffix(cells[i-1], "：") {
					cells[i] = v
				}
			}
		}
		if n := len(cells); n%2 == 1 && n >= 3 {
			if f, ok := r.lx.labelField(strings.Trim(cells[n-1], "（）()[]【】 ")); ok && f == "drop" {
				cells = cells[:n-1] // "姓名 | 李沐阳 | 性别 | 男 | （照片）": the photo's box
			} else if _, last := r.lx.labels[labelKey(cells[n-1])]; last && !table && personalLabel(r.lx.labels[labelKey(cells[n-3])]) && personalLabel(r.lx.labels[labelKey(cells[n-1])]) && !r.isColumnHeading(cells[n-2]) {
				// "姓名  李沐阳  性别": a label whose value a PDF's text put
				// elsewhere (not the column headings of a table of entries,
				// "时间  名称  颁发单位")
				cells = cells[:n-1]
			}
		}
		heads, columnHeads, pairs := 0, 0, len(cells)%2 == 0 && !r.columnNamesRow(all, i)
		laterHeads := 0 // labels after the first cell (a section's name there may be a label too: "教育背景")
		for i, c := range cells {
			_, known := r.lx.labelField(c)
			if known {
				heads++
				if i > 0 {
					laterHeads++
				}
			}
			if _, col := r.columnField(c); col {
				columnHeads++
			}
			if i%2 == 0 && !known && !(table && len(cells) == 2 && shortLabel(c)) {
				pairs = false
			}
			if label, value, ok := headKV(c); ok && value != "" {
				if _, labelled := r.lx.labelField(label); labelled {
					pairs = false // "姓  名：高郁婷 | 英文姓名：Yu-Ting Kao": a cell holds a pair of its own
				}
			}
		}
		_, named := r.sectionNamed(cells[0])
		switch {
		case table && r.certColumns(cells):
			out = append(out, l) // "证书名称 | 等级 | 签发日期": read with its rows (certificates)
		case heads == len(cells) || len(cells) >= minColumns && (table && heads == len(cells)-1 || columnHeads == len(cells) || table && columnHeads == len(cells)-1 || l.HeadRow) && r.entryColumns(cells) ||
			l.HeadRow && columnHeads == len(cells) && r.entryColumns(cells):
			// ("Years | Role" over two columns: headings a source marks as such)
			// (one column headed by the name of the entries' section:
			// "项目 | 简介 | 技术"; a row typed with wide gaps, or a PDF's,
			// when the columns lexicon knows every heading)
			if table && len(cells) >= minColumns && (r.entryColumns(cells) || heads == len(cells) && r.personalColumns(cells)) {
				columns = cells // the rows under it read by them ("期望职位 | 期望城市 | 期望薪资" over one row of values too)
			}
			entryRows = table && r.entryColumns(cells)
			continue // a row of column headings
		case pairs && len(cells) == 2 && named && len(cellParagraphs(l, 1)) >= 2:
			// "教育背景 | 2020.09—2024.07 某大学 … / 主修课程：… / 成绩：…": a
			// form's section beside its text in paragraphs, read as lines
			h := *l
			h.Cells, h.Spans, h.feat = nil, nil, nil
			h.text, h.raw, h.runes, h.Bold = cells[0], cells[0], utf8.RuneCountInString(cells[0]), true
			out = append(out, &h)
			for _, p := range cellParagraphs(l, 1) {
				pl := *l
				pl.Cells, pl.Spans, pl.feat, pl.Blank = nil, nil, nil, false
				pl.raw = multiSpace.ReplaceAllString(p, "  ")
				pl.text = strings.Join(strings.Fields(p), " ")
				pl.runes = utf8.RuneCountInString(pl.text)
				out = append(out, &pl)
			}
		case table && !pairs && len(cells) >= 3 && named && laterHeads == 0 && dated(cells[1]) && !slices.ContainsFunc(cells, func(c string) bool { return strings.HasSuffix(c, ":") || strings.HasSuffix(c, "：") }):
			// "教育 经历 | 2007年9月-2011年7月 | 某大学  会计学专业  本科": a
			// form's section name in a merged cell beside the first dated
			// row of its table, the rows below without it (no cell a label, as in
			// "求职意向： | … | 期望薪资： | 面议")
			h, row := *l, *l
			h.Cells, h.Spans, h.feat = nil, nil, nil
			h.text, h.raw, h.runes, h.Bold = cells[0], cells[0], utf8.RuneCountInString(cells[0]), true
			row.Cells, row.Spans, row.feat, row.Blank = cells[1:], nil, nil, false
			row.raw = strings.Join(cells[1:], "  ")
			if k := strings.Index(l.raw, cells[1]); k > 0 {
				row.raw = l.raw[k:] // with the gaps inside its cells
			}
			row.text = strings.Join(strings.Fields(row.raw), " ")
			row.runes = utf8.RuneCountInString(row.text)
			out = append(out, &h, &row)
		case pairs && len(cells) == 2 && utf8.RuneCountInString(cells[1]) >= minSectionCell && hasSentencePunct(cells[1]) && named:
			// "自我评价 | 动手能力强，…": a form's section in one row (a
			// list beside a group's name, "语言 | Go, Python", is a value)
			h, body := *l, *l
			h.Cells, body.Cells, h.Spans, body.Spans = nil, nil, nil, nil
			h.text, h.raw, h.runes, h.Bold = cells[0], cells[0], utf8.RuneCountInString(cells[0]), true
			body.text, body.raw, body.runes, body.Blank = cells[1], cells[1], utf8.RuneCountInString(cells[1]), false
			out = append(out, &h, &body)
		case pairs:
			var parts []string
			for i := 0; i < len(cells); i += 2 {
				parts = append(parts, strings.TrimRight(cells[i], ":： ")+"："+cells[i+1]) // ("到岗时间：" | "1个月")
			}
			nl := *l
			nl.Cells = nil
			nl.text = strings.Join(parts, "  ")
			nl.raw = nl.text
			nl.runes = utf8.RuneCountInString(nl.text)
			out = append(out, &nl)
		case layoutRow(l):
			// a table used for layout, a cell of several paragraphs ("姓名
			// / 应聘岗位：…" beside "电话：… / 邮箱：…"): its paragraphs are
			// lines, cell by cell
			for i, p := range rowParagraphs(l) {
				pl := *l
				pl.Cells, pl.Spans, pl.feat, pl.Blank = nil, nil, nil, l.Blank && i == 0
				pl.raw = multiSpace.ReplaceAllString(p.text, "  ")
				pl.text = strings.Join(strings.Fields(p.text), " ")
				pl.runes = utf8.RuneCountInString(pl.text)
				pl.Bold = p.bold
				if p.size > 0 {
					pl.Size = p.size
				}
				out = append(out, &pl)
			}
		default:
			if entryRows && table {
				l.rowCells = cells // a row of entries read as written, its cells kept for the text below the table
			}
			out = append(out, l)
		}
	}
	return out
}

// dated reports whether s holds a date.
func dated(s string) bool {
	_, ok := findSpan(s)
	return ok
}

// paragraph is a paragraph of a table cell, from the row's spans.
type paragraph struct {
	text string
	bold bool    // all its spans are bold
	size float64 // the size of its first span
}

// rowParagraphs splits a table row into the paragraphs of its cells, in
// order, by the Box (a cell) and Break (a paragraph) of its spans.
func rowParagraphs(l *line) []paragraph {
	var out []paragraph
	for i, sp := range l.Spans {
		if i == 0 || sp.Box || sp.Break {
			out = append(out, paragraph{text: sp.Text, bold: sp.Bold, size: sp.Size})
			continue
		}
		p := &out[len(out)-1]
		if !(hasHan(lastRune(p.text)) && hasHan(firstRune(sp.Text))) {
			p.text += " "
		}
		p.text += sp.Text
		p.bold = p.bold && sp.Bold
	}
	return out
}

// layoutRow reports whether a table row lays out blocks of text rather
// than holding a record: one of its cells has two paragraphs or more, and
// a label：value paragraph is among them.
func layoutRow(l *line) bool {
	breaks, labelled := 0, false
	for _, sp := range l.Spans {
		if sp.Break {
			breaks++
		}
		if _, _, ok := headKV(sp.Text); ok {
			labelled = true
		}
	}
	return breaks > 0 && labelled
}

// cellParagraphs gives the paragraphs of a table row's cell (the n-th
// that holds text) from the line's spans, each with its wide gaps; nil when
// the spans do not say (one span, or no paragraph breaks).
func cellParagraphs(l *line, n int) []string {
	var out []string
	var b strings.Builder
	cell := 0
	for i, sp := range l.Spans {
		if i > 0 && sp.Box {
			cell++
		}
		if cell != n {
			continue
		}
		if sp.Break && b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
		if b.Len() > 0 && !(hasHan(lastRune(b.String())) && hasHan(firstRune(sp.Text))) {
			b.WriteByte(' ')
		}
		b.WriteString(sp.Text)
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// joinWrappedLabels mends a label that its column wrapped: "Main
// activities and  Lead a team …" over "responsibilities" becomes "Main
// activities and responsibilities  Lead a team …" when the joined words
// are a known label and the first part alone is not.
func (r *run) joinWrappedLabels(all []*line) []*line {
	out := all[:0:0]
	for i := 0; i < len(all); i++ {
		l := all[i]
		head, rest, ok := strings.Cut(l.raw, "  ")
		if ok && i+1 < len(all) && l.Cells == nil {
			n := all[i+1]
			// (the two parts of one label are in one script, and the part
			// under is no dressed heading: "LAO KIN FAI  x@example.mo"
			// over "＜應徵職位＞")
			if n.Marker == "" && n.Cells == nil && !strings.Contains(n.raw, "  ") && len(strings.Fields(n.text)) <= 3 && n.runes <= 30 &&
				hasHan(head) == hasHan(n.text) && !bracketed(n.text) {
				if _, known := r.lx.labelField(strings.TrimSpace(head)); !known {
					joined := strings.TrimSpace(head) + " " + n.text
					if hasHan(joined) {
						joined = strings.TrimSpace(head) + n.text
					}
					if _, known := r.lx.labelField(joined); known {
						nl := *l
						nl.raw = joined + "  " + strings.TrimSpace(rest)
						nl.text = strings.Join(strings.Fields(nl.raw), " ")
						nl.runes, nl.feat = utf8.RuneCountInString(nl.text), nil
						out = append(out, &nl)
						i++
						continue
					}
				}
			}
		}
		out = append(out, l)
	}
	return out
}

// wideFields splits a line at its wide gaps only.
func wideFields(raw string) []string {
	var out []string
	for _, f := range strings.Split(raw, "  ") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// shortLabel reports whether a table cell can be the label of the cell
// beside it: a few words, no digits, no sentence, no rating marks.
func shortLabel(s string) bool {
	return width(s) <= 16 && strings.IndexFunc(s, unicode.IsDigit) < 0 && !hasSentencePunct(s) && !containsAny(s, "、,，/"+ratingRunes)
}

// joinOpenBrackets joins a line that leaves a bracket open to the next
// line, set alike, that closes it: "求职意向：投资经理（消费" over "与医药方向）",
// a heading or a value the page wrapped.
func joinOpenBrackets(all []*line) []*line {
	out := all[:0:0]
	for i := 0; i < len(all); i++ {
		l := all[i]
		for i+1 < len(all) && openBracket(l.text) && closesBracket(all[i+1].text) && all[i+1].Marker == "" && !all[i+1].Blank &&
			sameStyle(l, all[i+1]) && l.Cells == nil && all[i+1].Cells == nil {
			n := all[i+1]
			j := *l
			sep := " "
			if hasHan(lastRune(l.text)) || hasHan(firstRune(n.text)) {
				sep = ""
			}
			j.text, j.raw = l.text+sep+n.text, l.raw+sep+n.raw
			j.runes, j.feat, j.head, j.Spans = utf8.RuneCountInString(j.text), nil, nil, nil
			l = &j
			i++
		}
		out = append(out, l)
	}
	return out
}

// openBracket reports whether s leaves a bracket open at its end.
func openBracket(s string) bool {
	return strings.Count(s, "（")+strings.Count(s, "(") > strings.Count(s, "）")+strings.Count(s, ")")
}

// closesBracket reports whether s closes a bracket it did not open.
func closesBracket(s string) bool {
	return strings.Count(s, "）")+strings.Count(s, ")") > strings.Count(s, "（")+strings.Count(s, "(")
}

// wrapEnd matches a line that stops mid-phrase, so the next line goes on
// with it: a trailing connector word, comma or hyphen.
var wrapEnd = lazyRE(`(?i)(?:\b(?:of|and|for|the|in|at|to|with|a|an|on|by|from|&)|[,\-])$`)

// tail is the end of s wrapEnd needs to see (its longest word and the
// character before): matching the whole of a long line costs its length.
func tail(s string) string { return s[max(0, len(s)-16):] }

func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// maxHanTail is the most characters of a Chinese line that a hard wrap
// leaves on a line of their own ("点", "态。"); hanWrapSlack how far short
// of the document's widest line, in display columns, the line before may
// stop.
const (
	maxHanTail   = 3
	hanWrapSlack = 6
	// minWrappedLines is the fewest lines as wide as the widest that show
	// a text wrapped at a width
	minWrappedLines = 3
)

// joinHanTails joins to the line before the last characters of a Chinese
// sentence that a hard wrap set on a line of their own ("…退货率下降约8个百
// 分" over "点"): a line of a few Han characters (a full stop after them
// perhaps) under a line of running Chinese text (a comma in it) as wide
// as the document's widest, which ends in a Han character, in a text
// wrapped at a width. No heading, title, language or label, nothing
// marked.
func (r *run) joinHanTails(all []*line) []*line {
	widest := 0
	for _, l := range all {
		if l.Cells == nil && hasHan(l.text) {
			widest = max(widest, width(l.text))
		}
	}
	wrapped := 0 // lines as wide as the widest: a text wrapped at a width
	for _, l := range all {
		if l.Cells == nil && hasHan(l.text) && width(l.text) >= widest-hanWrapSlack {
			wrapped++
		}
	}
	if wrapped < minWrappedLines {
		return all
	}
	out := all[:0:0]
	for _, l := range all {
		if n := len(out); n > 0 && l.runes <= maxHanTail && l.Marker == "" && l.Heading == 0 && !l.Bold && l.Cells == nil && !l.Blank {
			prev := out[n-1]
			core := strings.TrimRight(l.text, "。，；！？")
			_, label := r.lx.labelField(core)
			if core != "" && allHan(core) && !label && prev.Heading == 0 && prev.Cells == nil && width(prev.text) >= widest-hanWrapSlack && containsAny(prev.text, "，、；") &&
				isHan(lastRuneOf(prev.text)) && !r.isHeadingText(l.text) && !r.lx.isTitle(core) && r.lx.languageAt(core) == "" {
				out[n-1] = retext(prev, prev.text+l.text, prev.raw+l.raw)
				r.traceLine(l, "joined to the line before", "a Chinese line's last characters wrapped alone joined")
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// joinWrapped re-joins English lines that a page or a column wrapped: a
// line that starts in lower case, or follows a line that stops mid-phrase.
func joinWrapped(all []*line, typeset bool) []*line {
	out := all[:0:0]
	// han[i]: out[i] has Han characters, kept as lines join; a paragraph
	// grows in builders (not copied at each line joined) to
	// doc.MaxLineBytes at most: the cost stays linear
	han := make([]bool, 0, len(all))
	var text, raw strings.Builder // out's last line while lines join it
	joining := false
	for _, l := range all {
		if n := len(out); n > 0 && l.Marker == "" && l.Heading == 0 && l.Cells == nil && !l.Blank && !containsAny(lastRune(out[n-1].text), ".!?;:。！？；：") {
			prev := out[n-1]
			first, _ := utf8.DecodeRuneInString(l.text)
			// (a bold line after a plain one is no wrapped end: "CAREER
			// OBJECTIVE" under the contact line)
			// (nor a line in capitals: "WORK EXPERIENCE")
			if prev.Heading == 0 && prev.Cells == nil && prev.runes >= 40 && !han[n-1] && !strings.ContainsAny(l.text, "@|") && (!l.Bold || prev.Bold) && !allCapsLatin(l.text) &&
				len(prev.raw)+1+len(l.raw) <= doc.MaxLineBytes &&
				(unicode.IsLower(first) && first < 0x80 || !hasHan(l.text) && wrapEnd.MatchString(tail(prev.text))) && findURL(l.text) == "" {
				if !joining {
					joined := *prev
					prev, out[n-1], joining = &joined, &joined, true
					text.Reset()
					raw.Reset()
					text.WriteString(prev.text)
					raw.WriteString(prev.raw)
				}
				sep, gap := " ", 1
				if splitWord(prev.text, l.text) && splitWord(prev.raw, l.raw) {
					// a word the line's end broke: a typesetter's
					// hyphenation ("Technological Univer-" / "sity") is
					// whole again (a copy of the paragraph so far, only at
					// such a break: 8 KB at most); a compound typed over
					// two lines keeps its hyphen ("long-" / "term")
					sep, gap = "", 0
					if typeset {
						gap = -1
						t, r := text.String(), raw.String()
						text.Reset()
						raw.Reset()
						text.WriteString(t[:len(t)-1])
						raw.WriteString(r[:len(r)-1])
					}
				}
				text.WriteString(sep + l.text)
				raw.WriteString(sep + l.raw)
				prev.text, prev.raw = text.String(), raw.String()
				prev.runes += gap + l.runes
				han[n-1] = hasHan(l.text)
				continue
			}
		}
		joining = false
		out = append(out, l)
		han = append(han, hasHan(l.text))
	}
	return out
}

// splitWord reports whether a line that ends in a hyphen after a
// lower-case letter and the line after it, which starts with a lower-case
// letter, are one word broken across the lines ("Univer-" / "sity").
func splitWord(a, b string) bool {
	n := len(a)
	return n >= 2 && a[n-1] == '-' && 'a' <= a[n-2] && a[n-2] <= 'z' && b != "" && 'a' <= b[0] && b[0] <= 'z'
}

// dropDoubled drops the second of two like lines one after the other
// where a document says many of its lines twice so: a page copied as text
// with the words it writes again for screen readers ("Experience" over
// "Experience", "Full-time · 2 yrs" over "Full-time · 2 yrs"). A pair
// counts when the two lines are the same and nothing parts them; pairs
// must be minDoubled or more (one is a slip).
func dropDoubled(all []*line) []*line {
	same := func(i int) bool {
		a, b := all[i-1], all[i]
		return !b.Blank && a.text != "" && a.full() == b.full() && a.Marker == b.Marker && a.Heading == b.Heading
	}
	pairs := 0
	for i := 1; i < len(all); i++ {
		if same(i) {
			pairs++
			i++ // (a line said three times is one pair and a line)
		}
	}
	if pairs < minDoubled {
		return all
	}
	out := all[:0:0]
	for i := 0; i < len(all); i++ {
		out = append(out, all[i])
		if i+1 < len(all) && same(i+1) {
			i++
		}
	}
	return out
}

// minDoubled is how many pairs of like lines make a document that says
// its lines twice.
const minDoubled = 2

func (r *run) dropChrome(all []*line) []*line {
	var text strings.Builder
	for _, l := range all {
		text.WriteString(l.full())
		text.WriteByte('\n')
	}
	hard := occurringIn(r.lx.chromeHard, text.String())
	if len(hard) == 0 {
		return all
	}
	saved := false
	for _, l := range all {
		if l.runes <= 240 && matchAny(hard, l.full()) {
			saved = true
			break
		}
	}
	if !saved {
		return all
	}
	out := all[:0:0]
	for _, l := range all {
		s := l.full()
		if l.runes <= 240 && (matchAny(hard, s) || matchAny(r.lx.chromeSoft, s)) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// minContents is the fewest section names in a row, with nothing under
// them, that make a table of contents.
const minContents = 3

// dropContents drops a table of contents: section names one a line, set
// alike, with no text of their own between them ("个人信息 / 工作经历 /
// 开源作品 / 技术栈" in a site's sidebar, "Experience / Education /
// Skills" in a page's menu).
func (r *run) dropContents(all []*line) []*line {
	short := func(l *line) bool {
		return l.Heading == 0 && (l.Marker == "" || l.Marker == "•" || stepMarker(l)) && l.Cells == nil && l.runes <= maxContentsEntry
	}
	named := func(l *line) bool {
		_, ok := r.headingKind(l)
		return ok
	}
	out := all[:0:0]
	for i := 0; i < len(all); i++ {
		// the lexicon is asked only about runs of short lines long enough
		k := i
		for k < len(all) && short(all[k]) && (k == i || !all[k].Blank && sameStyle(all[i], all[k])) {
			k++
		}
		if k-i < minContents {
			out = append(out, all[i:max(k, i+1)]...)
			i = max(k, i+1) - 1
			continue
		}
		if !slices.ContainsFunc(all[i:k], stepMarker) {
			j := i
			for j < k && named(all[j]) {
				j++
			}
			if j-i >= minContents {
				i = j - 1
				continue
			}
		} else if r.formSteps(all, i, k) {
			i = k - 1
			continue
		}
		out = append(out, all[i])
	}
	return out
}

// stepMarker reports whether a line is numbered as a step of a form is:
// "1.", "一、", "①".
func stepMarker(l *line) bool { return ordinalMarker(l) || circledMarker(l.Marker) }

// formSteps reports whether the numbered lines all[i:k] are an online
// form's steps ("① 基本信息  ② 教育经历  ③ 实践经历  ④ 技能与奖项  ⑤ 开放问题
// ⑥ 确认提交"): every one numbered, half of them or more (the first among
// them) naming sections, two or more of which stand again as headings
// further on; not numbered headings with nothing under them ("四、获奖情况
// 五、证书  六、自我评价").
func (r *run) formSteps(all []*line, i, k int) bool {
	named, again := 0, 0
	for _, l := range all[i:k] {
		if !stepMarker(l) {
			return false
		}
		if _, ok := r.headingKind(l); ok {
			named++
			if slices.ContainsFunc(all[k:], func(h *line) bool { return h.text == l.text }) {
				again++
			}
		} else if named == 0 {
			return false
		}
	}
	return named >= minContents && 2*named >= k-i && again >= minStepsAgain
}

// minStepsAgain is the fewest of a form's steps that stand again as
// headings further on.
const minStepsAgain = 2

// circledMarker reports whether a list marker is a circled number ("①").
func circledMarker(m string) bool {
	r, n := utf8.DecodeRuneInString(m)
	return n == len(m) && (r >= '①' && r <= '⑳' || r >= '❶' && r <= '❿' || r >= '➀' && r <= '➓')
}

// maxDeclaration is the longest declaration line dropped, in runes.
const maxDeclaration = 120

// maxContentsEntry is the longest entry of a table of contents, in runes.
const maxContentsEntry = 24

// dropPageFurniture removes page numbers and lines repeated next to page
// boundaries (running headers and footers).
func (r *run) dropPageFurniture(all []*line) []*line {
	// boundaries: page-number lines and page changes
	boundary := make([]bool, len(all)+1)
	drop := make([]bool, len(all))
	boundary[0], boundary[len(all)] = true, true
	for i, l := range all {
		if isPageNumber(l.full()) {
			drop[i] = true
			boundary[i], boundary[i+1] = true, true
		} else if l.runes <= maxDeclaration && declaration.MatchString(l.text) {
			drop[i] = true
			r.traceLine(l, "dropped", "a declaration that the résumé is true")
		}
		if i > 0 && l.Pos.Page != all[i-1].Pos.Page {
			boundary[i] = true
		}
	}
	for i, l := range all {
		if i > 0 && l.Pos.Page > 1 && l.Pos.Page != all[i-1].Pos.Page && pageTitle(l, r.isName) {
			// "Curriculum vitae  Ana Lima" atop page 2: the document's
			// title, with its owner's name, over every page after the first
			drop[i] = true
		}
	}
	// near is the boundary a line stands within two lines of, -1 for none
	near := func(i int) int {
		for d := 0; d <= 2; d++ {
			if i-d >= 0 && boundary[i-d] {
				return i - d
			}
			if i+d+1 <= len(all) && boundary[i+d+1] {
				return i + d + 1
			}
		}
		return -1
	}
	seen := map[string][]int{}
	for i, l := range all {
		if !drop[i] && near(i) >= 0 && l.runes <= 60 && !ruleLine(l.full()) { // (a rule between parts is no running header)
			k := squash(l.text)
			if pageWord.MatchString(l.text) {
				k = digitRun.ReplaceAllString(k, "#") // "Page 1 - Curriculum vitæ of", "Page 2 - …": one running line
			}
			seen[k] = append(seen[k], i)
		}
	}
	for _, idx := range seen {
		if len(idx) < 2 {
			continue
		}
		if len(idx) == 2 && idx[1] == idx[0]+1 && all[idx[0]].Pos.Page != all[idx[1]].Pos.Page {
			// the last line of a page printed again as the first of the
			// next (a block the page break cut): one line, kept with what
			// follows it
			drop[idx[0]] = true
			continue
		}
		if near(idx[0]) == len(all) {
			continue // a line repeated only by the document's end runs over no pages: "良好" twice in a list that ends it
		}
		for n, i := range idx {
			if n == 0 && i < 3 && r.isName(all[i].text) {
				continue // a name at the top repeated on every page: keep it once
			}
			if n == 0 && (emailRe.MatchString(all[i].text) || findPhone(all[i].text) != "" || addressCityShape(all[i].text) != "" && !hasSentencePunct(all[i].text)) {
				continue // contact details or a postal address in a running footer: keep them once
			}
			drop[i] = true
		}
	}
	out := all[:0:0]
	for i, l := range all {
		if !drop[i] {
			out = append(out, l)
		}
	}
	return out
}

// pageTitle reports whether a line is a document's title alone or with a
// name after it: "Curriculum vitae  Ana Lima", "简历 — 周明轩".
func pageTitle(l *line, isName func(string) bool) bool {
	fs := wideFields(l.raw)
	if len(fs) == 0 || len(fs) > 2 || !docTitles.MatchString(strings.TrimSpace(fs[0])) {
		return false
	}
	if len(fs) == 1 {
		return true
	}
	// (not a row of a skills table: "CV  Object detection, tracking")
	return isName(strings.Trim(fs[1], " -–—:|·"))
}

// pageWord is a word that names a page in a running header or footer;
// digitRun a run of digits.
var (
	pageWord = lazyRE(`(?i)\bpage\b|\bseite\b|第\s*\d+\s*页`)
	digitRun = lazyRE(`\d+`)
)

// squash folds text for comparisons: no spaces, lower case, digits kept.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool { return r >= firstHan && unicode.Is(unicode.Han, r) }

// firstHan is the first code point of the Han script (the CJK Radicals
// Supplement): below it no table need be looked up.
const firstHan = 0x2E80

func hasHan(s string) bool {
	for _, r := range s {
		if isHan(r) {
			return true
		}
	}
	return false
}

// sentencePunct marks running text rather than a header or a name.
const sentencePunct = "，。；！？!?;"

func hasSentencePunct(s string) bool { return containsAny(s, sentencePunct) }

// sentenceEnds are the marks that end a sentence or a clause: a line that
// holds one is text, no entry's header (sentencePunct less the commas).
const sentenceEnds = "。；！？!?;"

// indexAny is strings.IndexAny for a set that holds non-ASCII characters
// (see containsAny).
func indexAny(s, chars string) int {
	first := -1
	for _, c := range chars {
		var i int
		if c < utf8.RuneSelf {
			i = strings.IndexByte(s, byte(c))
		} else {
			i = strings.IndexRune(s, c)
		}
		if i >= 0 && (first < 0 || i < first) {
			first = i
			s = s[:i] // look no further than the first found
		}
	}
	return first
}

// containsAny is strings.ContainsAny for a set that holds non-ASCII
// characters: the standard one then looks each character of s up in the
// set, this one scans s once per character of the (short) set, which is
// several times faster on the short lines resumes are made of.
func containsAny(s, chars string) bool {
	for _, c := range chars {
		if c < utf8.RuneSelf {
			if strings.IndexByte(s, byte(c)) >= 0 {
				return true
			}
		} else if strings.ContainsRune(s, c) {
			return true
		}
	}
	return false
}

// columnNamesRow reports whether lines[i] is the header row of a
// two-column table that names its columns ("Area | Tools", "类别 | 技能",
// "Skill | Level"): not a label and its value, nor a skill group. A
// Markdown table must have a header row, and some put their first pair
// there: a list ("| Languages | Go, Python |") is a group's row, and a
// label before a value is a form's row when the row under it starts with
// a label too ("| 姓名 | 王小明 |" over "| 电话 | … |").
func (r *run) columnNamesRow(lines []*line, i int) bool {
	l := lines[i]
	cells := nonEmptyStrings(l.Cells)
	if !l.HeadRow || len(cells) != 2 || containsAny(cells[1], ",，、;；/") {
		return false
	}
	if _, label := r.lx.labelField(cells[0]); !label || i+1 >= len(lines) {
		return true
	}
	next := nonEmptyStrings(lines[i+1].Cells)
	if len(next) == 0 {
		return true
	}
	_, form := r.lx.labelField(next[0])
	return !form
}

// pinyinHeadings marks as headings the Chinese lines a document spells in
// pinyin on the line under them, a designed résumé's subtitles ("工作经历"
// over "GONGZUO JINGLI"), and drops the spellings: two such pairs or more,
// from the first whose Chinese line names a section the lexicon knows (not
// a name spelled under it at the top), so that a heading the lexicon lacks
// ("驻外工作经历" over "ZHUWAI GONGZUO JINGLI") heads its section as the
// others do.
func (r *run) pinyinHeadings(all []*line) []*line {
	spelled := func(i int) bool {
		if i+1 >= len(all) {
			return false
		}
		l, n := all[i], all[i+1]
		if l.Marker != "" || l.Cells != nil || n.Marker != "" || n.Cells != nil || l.runes > 2*maxPinyinHeading {
			// (a longer line, its dress counted, is no heading: cheap before the trim)
			return false
		}
		han := strings.Trim(l.text, headingDecor)
		c := utf8.RuneCountInString(han)
		if c < 2 || c > maxPinyinHeading || !allHan(han) || !r.lx.spells(n.text, c) {
			return false
		}
		// a heading the lexicon knows, or one it lacks of four characters
		// or more that ends in a section's word and names no person or
		// organisation ("小米" over "XIAOMI", a referee "王建国" over "WANG
		// JIANGUO", a brand "云栖茶饮" over its spelling: no headings)
		if _, known := r.lx.headings[normHeading(han)]; known {
			return true
		}
		_, named := r.headingTail(han)
		return named && c >= minPinyinUnknown && !r.isName(han) && !r.lx.isOrg(han)
	}
	heads := make([]bool, len(all)) // each line decided once
	first, pairs := -1, 0
	for i := range all {
		if heads[i] = spelled(i); !heads[i] {
			continue
		}
		pairs++
		if _, known := r.lx.headings[normHeading(all[i].text)]; known && first < 0 {
			first = i
		}
	}
	if pairs < minPinyinHeadings || first < 0 {
		return all
	}
	out := all[:0:0]
	for i := 0; i < len(all); i++ {
		l := all[i]
		if i >= first && heads[i] {
			if l.Heading == 0 {
				m := *l
				m.Heading, m.head, m.feat = 2, nil, nil
				l = &m
			}
			i++ // (the spelling dropped)
		}
		out = append(out, l)
	}
	return out
}

// maxPinyinHeading is the longest heading pinyinHeadings reads, in
// characters; minPinyinHeadings how many a document spells for its
// spellings to mark headings.
const (
	maxPinyinHeading  = 10
	minPinyinHeadings = 2
	minPinyinUnknown  = 4 // the shortest heading the lexicon lacks so read
)

// spells reports whether s is pinyin of n syllables, its words written
// together or apart, in any case, without tones ("GONGZUO JINGLI": 4;
// "XIAN" may be one syllable or two).
func (lx *Lexicon) spells(s string, n int) bool {
	if n >= 64 || s == "" {
		return false
	}
	total := uint64(1) // the syllable counts the words so far can make, as bits
	for _, w := range strings.Fields(strings.ToLower(s)) {
		counts := make([]uint64, len(w)+1) // counts[k]: the counts w[:k] can make
		counts[0] = 1
		for k := 1; k <= len(w); k++ {
			for j := max(0, k-6); j < k; j++ {
				if counts[j] != 0 && lx.pinyin[w[j:k]] {
					counts[k] |= counts[j] << 1
				}
			}
		}
		word := counts[len(w)]
		if word == 0 {
			return false // a word that is no pinyin
		}
		sum := uint64(0)
		for b := 0; b < 64; b++ {
			if total&(1<<b) != 0 {
				sum |= word << b
			}
		}
		total = sum
	}
	return total&(1<<n) != 0
}
