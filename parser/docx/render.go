package docx

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/doc"
)

// pageMode says what Pos.Page counts.
type pageMode uint8

const (
	pagesNone     pageMode = iota // no page information: Page 0
	pagesRendered                 // w:lastRenderedPageBreak
	pagesManual                   // explicit page and section breaks
)

// shared is the state the renderers of one document share.
type shared struct {
	st    *styles
	num   *numbering
	pages pageMode
}

// renderer turns blocks into lines.
type renderer struct {
	sh      *shared
	lines   []doc.Line
	blank   bool       // an empty line was dropped since the last line
	pending []doc.Link // picture links waiting for a line with text
}

func (r *renderer) emit(l doc.Line) {
	l.Blank = r.blank && len(r.lines) > 0
	r.blank = false
	if len(r.pending) > 0 {
		l.Links, r.pending = dedupeLinks(append(r.pending, l.Links...)), nil
	}
	r.lines = append(r.lines, l)
}

func (r *renderer) blocks(bs []block) {
	for _, b := range bs {
		switch {
		case b.p != nil:
			r.para(b.p)
		case b.t != nil:
			r.table(b.t)
		default:
			r.blank = true
		}
	}
}

func (r *renderer) page(rendered, manual int) int {
	switch r.sh.pages {
	case pagesRendered:
		return rendered + 1
	case pagesManual:
		return manual + 1
	}
	return 0
}

// para renders a paragraph: its lines (one per soft break), then the text
// boxes anchored in it.
func (r *renderer) para(p *para) {
	r.paraFlow(p)
	r.floats(p.floats)
}

// paraFlow renders a paragraph without the boxes the page places: its
// lines, then the text boxes in its flow. A column break or the end of a
// section sets the text after it apart (blank).
func (r *renderer) paraFlow(p *para) {
	st := r.sh.st
	heading := st.heading(&p.props)
	marker := ""
	twips, hasInd := p.props.ind, p.props.hasInd
	if id, ilvl, ok := st.numPr(&p.props); ok {
		m, ind, ok := r.sh.num.next(id, ilvl, st)
		marker = m
		if !hasInd && ok {
			twips, hasInd = ind, true
		}
		if !hasInd {
			twips, hasInd = st.indent(&p.props)
		}
		if !hasInd && marker != "" {
			twips, hasInd = ilvl*4*20, true
		}
	}
	if !hasInd {
		twips, hasInd = st.indent(&p.props)
	}
	indent := 0
	if hasInd && twips > 0 {
		indent = twips / 20
	}

	links := make([]doc.Link, 0, len(p.links))
	for _, u := range p.links {
		links = append(links, doc.Link{URL: u})
	}
	first, blank, column := true, false, false
	start := 0
	for i := 0; i <= len(p.segs); i++ {
		if i < len(p.segs) && !p.segs[i].brk {
			continue
		}
		l, ok := r.piece(p, p.segs[start:i])
		start = i + 1
		if !ok {
			blank = true
			column = column || i < len(p.segs) && p.segs[i].column
			continue
		}
		l.Heading, l.Indent, l.Pos.Offset = heading, indent, int(p.off)
		if first {
			l.Marker = marker
			l.Links = dedupeLinks(append(links, l.Links...))
			first = false
		}
		if blank || column {
			r.blank, blank = true, false
		}
		r.emit(l)
		column = i < len(p.segs) && p.segs[i].column
	}
	if first {
		r.pending = append(r.pending, links...)
		if len(p.extra) == 0 {
			r.blank = true
		}
	}
	r.blocks(p.extra)
	if p.sectEnd || column {
		r.blank = true
	}
}

// piece renders the segments of one line; ok is false when it has no text.
func (r *renderer) piece(p *para, segs []seg) (l doc.Line, ok bool) {
	var b strings.Builder
	bold, any := true, false
	var w sizeWeights
	var links []doc.Link
	var lb strings.Builder
	var sw doc.SpanWriter
	for i, s := range segs {
		text := p.text(s)
		b.WriteString(text)
		for k, part := range strings.Split(text, "\t") {
			if k > 0 {
				sw.Break() // a tab stop: "Company<TAB>2019 – 2021"
			}
			sw.Write(part, doc.Style{Bold: s.bold, Size: float64(s.size) / 2}, s.link)
		}
		if s.link != "" {
			lb.WriteString(text)
			if i+1 == len(segs) || segs[i+1].link != s.link {
				links = append(links, doc.Link{Text: strings.TrimSpace(lb.String()), URL: s.link})
				lb.Reset()
			}
		}
		n := nonSpace(text)
		if n == 0 {
			continue
		}
		if !any {
			l.Pos.Page = r.page(s.rendered, s.man)
		}
		any = true
		bold = bold && s.bold
		w.add(s.size, n)
	}
	l.Text = strings.TrimSpace(b.String())
	if l.Text == "" {
		return l, false
	}
	l.Bold = bold && any
	l.Size = float64(w.dominant()) / 2
	l.Links = dedupeLinks(links)
	l.Spans = sw.Spans()
	return l, true
}

// isListItem reports whether the paragraph is numbered or bulleted.
func (r *renderer) isListItem(p *para) bool {
	id, ilvl, ok := r.sh.st.numPr(&p.props)
	if !ok {
		return false
	}
	_, lvl, _ := r.sh.num.level(id, ilvl, r.sh.st)
	return lvl != nil && lvl.fmt != "none"
}

// layoutCell reports whether the blocks of a table cell are page layout
// rather than a value: they hold a table, a list item, a heading, or four
// or more lines (counted in *lines).
func (r *renderer) layoutCell(bs []block, lines *int) bool {
	for _, b := range bs {
		if b.t != nil {
			return true
		}
		if b.p == nil {
			continue
		}
		if r.sh.st.heading(&b.p.props) > 0 || r.isListItem(b.p) {
			return true
		}
		*lines += b.p.lines()
		if *lines >= 4 || r.layoutCell(b.p.extra, lines) {
			return true
		}
		for _, f := range b.p.floats {
			if r.layoutCell(f.blocks, lines) {
				return true
			}
		}
	}
	return false
}

// table renders a table: a line per row, or the lines of the cells, cell
// after cell, for rows that are page layout rather than data.
func (r *renderer) table(t *table) {
	for _, row := range t.rows {
		layout := false
		for _, c := range row.cells {
			n := 0
			if r.layoutCell(c.blocks, &n) {
				layout = true
				break
			}
		}
		if layout {
			for _, c := range row.cells {
				if len(r.lines) > 0 {
					r.blank = true
				}
				r.blocks(c.blocks)
			}
			r.blank = len(r.lines) > 0
			continue
		}
		texts := make([]string, len(row.cells))
		var nonEmpty []string
		line := doc.Line{Pos: doc.Pos{Offset: int(row.off), Page: -1}}
		bold := true
		var w sizeWeights
		var links []doc.Link
		var spans []doc.Span
		var after []doc.Line // the body text below a cell's first line
		for i, c := range row.cells {
			sub := &renderer{sh: r.sh}
			sub.blocks(c.blocks)
			links = append(links, sub.pending...)
			cellLines := sub.lines
			if bodyBelow(cellLines) {
				after = append(after, cellLines[1:]...)
				cellLines = cellLines[:1]
			}
			parts := make([]string, 0, len(cellLines))
			for k, l := range cellLines {
				n := len(spans)
				if l.Spans != nil {
					spans = append(spans, l.Spans...)
				} else {
					spans = append(spans, doc.Span{Text: l.Text, Style: doc.Style{Bold: l.Bold, Size: l.Size}})
				}
				spans[n].Box, spans[n].Break = k == 0, k > 0
				parts = append(parts, l.Text)
				bold = bold && l.Bold
				w.add(int(l.Size*2), nonSpace(l.Text))
				links = append(links, l.Links...)
				if line.Pos.Page < 0 {
					line.Pos.Page = l.Pos.Page
				}
			}
			texts[i] = strings.Join(parts, " ")
			if texts[i] != "" {
				nonEmpty = append(nonEmpty, texts[i])
			}
		}
		if len(nonEmpty) == 0 {
			r.pending = append(r.pending, links...)
			r.blank = true
			continue
		}
		if line.Pos.Page < 0 {
			line.Pos.Page = r.page(row.rendered, row.man)
		}
		line.Text = strings.Join(nonEmpty, " | ")
		line.Spans = doc.TidySpans(spans)
		line.Cells = texts
		line.HeadRow = row.head
		line.Bold = bold
		line.Size = float64(w.dominant()) / 2
		line.Links = dedupeLinks(links)
		r.emit(line)
		for _, l := range after {
			r.emit(l)
		}
	}
}

// bodyLen is the length (in runes) from which a paragraph of a table cell
// is body text rather than a value wrapped over lines.
const bodyLen = 60

// bodyBelow reports whether a cell's lines are a first line with body
// text below it (a date-left layout table: "Acme | Engineer" over a
// sentence of what was done there): the row then keeps the first line and
// the body follows as lines of its own. Short lines (an address over two
// lines) stay one value.
func bodyBelow(lines []doc.Line) bool {
	for _, l := range lines[min(1, len(lines)):] {
		if utf8.RuneCountInString(l.Text) >= bodyLen {
			return true
		}
	}
	return false
}

// sizeWeights finds the font size most text is set in.
type sizeWeights struct {
	index         map[int]int
	sizes, counts []int
}

func (w *sizeWeights) add(size, n int) {
	if i, ok := w.index[size]; ok {
		w.counts[i] += n
		return
	}
	if w.index == nil {
		w.index = map[int]int{}
	}
	w.index[size] = len(w.sizes)
	w.sizes = append(w.sizes, size)
	w.counts = append(w.counts, n)
}

func (w *sizeWeights) dominant() int {
	best, bestN := 0, 0
	for i, s := range w.sizes {
		if w.counts[i] > bestN {
			best, bestN = s, w.counts[i]
		}
	}
	return best
}

// nonSpace counts the runes of s that are not white space.
func nonSpace(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// dedupeLinks drops repeated links, keeping the first of each.
func dedupeLinks(links []doc.Link) []doc.Link {
	if len(links) < 2 {
		return links
	}
	seen := make(map[doc.Link]bool, len(links))
	out := links[:0]
	for _, k := range links {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// pageWords are the words of page number lines ("Page 2 of 3").
var pageWords = map[string]bool{
	"page": true, "pages": true, "of": true, "p": true, "pg": true, "seite": true, "von": true,
	"página": true, "de": true, "sur": true,
}

// pageNumberOnly reports whether a header or footer line holds nothing
// but a page number ("3", "- 3 -", "Page 3 of 4", "第 3 页 共 4 页"), or
// what is left of one once its fields are dropped ("Page  of").
func pageNumberOnly(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for _, w := range words {
		w = strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) || strings.ContainsRune("第页頁共", r) {
				return -1
			}
			return r
		}, w)
		if w != "" && !pageWords[w] && !isRoman(w) {
			return false
		}
	}
	return true
}

// isRoman reports whether w is a short lower-case roman numeral.
func isRoman(w string) bool {
	return utf8.RuneCountInString(w) <= 4 && strings.Trim(w, "ivx") == ""
}
