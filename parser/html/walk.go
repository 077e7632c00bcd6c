package html

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/resumex/resumex/doc"
)

// blockAtoms are the elements a browser lays out as blocks by default.
var blockAtoms = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Html: true, atom.Legend: true, atom.Li: true, atom.Listing: true,
	atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true, atom.P: true,
	atom.Plaintext: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Caption: true, atom.Tbody: true, atom.Thead: true,
	atom.Tfoot: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Ul: true,
	atom.Xmp: true, atom.Optgroup: true, atom.Search: true,
}

// marginAtoms are the blocks a browser separates with vertical space, and
// the sectioning elements; their boundaries set Blank.
var marginAtoms = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Dl: true, atom.Table: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Hr: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Aside: true,
	atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Listing: true,
	atom.Xmp: true, atom.Plaintext: true, atom.Fieldset: true, atom.Form: true,
}

// tableAtoms keep their table layout whatever their display style says.
var tableAtoms = map[atom.Atom]bool{
	atom.Table: true, atom.Caption: true, atom.Tbody: true, atom.Thead: true,
	atom.Tfoot: true, atom.Tr: true, atom.Td: true, atom.Th: true,
}

// element kinds
const (
	kindInline    = iota // stays in the line
	kindBlock            // starts and ends lines
	kindInlineBox        // a block displayed inline: separated by a space
)

// white-space modes
const (
	wsNormal  = iota
	wsPre     // spaces and line breaks kept
	wsPreLine // spaces collapsed, line breaks kept
)

// ctx is the inherited state of an open element.
type ctx struct {
	emit    bool    // its text is part of the output
	flex    bool    // the element is a flex or grid container: its items sit side by side
	bold    bool    // text is bold
	italic  bool    // text is italic
	px      float64 // font size in pixels, 0 when no style set one
	ws      uint8   // white-space mode
	heading int     // heading level
	indent  int     // indentation of lines starting inside
	depth   int     // list nesting
	sect    int     // sectioning ancestors (article, aside, main, nav, section)
	list    *list   // the innermost list
	link    *linkState
	cell    *seg // the data-row cell text goes to, nil outside one

	// what the element itself did, undone on exit
	kind    uint8
	margin  bool
	dataRow bool
	item    bool
	box     bool // an inline block: set apart from the text around it
	ownLink *linkState
}

type list struct {
	ordered bool
	none    bool // list-style none: no marker
	next    int
	step    int
	typ     string
}

// seg gathers the text of a line or of a table cell.
type seg struct {
	b     strings.Builder
	space bool // a collapsed space is pending
	gap   bool // a wide gap is pending: the next flex or grid item begins
	brk   bool // a line break inside a table cell is pending
	text  int  // bytes of non-space text
	bold  int  // of which bold
	sizes []sizeCount
	links []doc.Link
	sw    doc.SpanWriter
}

type sizeCount struct {
	pt float64
	n  int
}

// flushSpace writes a pending collapsed space before text in style st.
func (s *seg) flushSpace(st doc.Style, link string) {
	switch {
	case s.b.Len() == 0:
	case s.gap:
		s.b.WriteString("  ") // two spaces: a field separator for the extractor
		s.sw.Break()
	case s.space:
		s.b.WriteByte(' ')
		s.sw.Write(" ", st, link)
		if s.brk {
			s.sw.NewLine()
		}
	}
	s.space, s.gap, s.brk = false, false, false
}

// write appends text, collapsing whitespace unless keep is set.
func (s *seg) write(t string, keep bool, st doc.Style, link string) {
	bold, pt := st.Bold, st.Size
	var buf [utf8.UTFMax]byte
	for _, r := range t {
		if !keep && isCollapsible(r) {
			if s.b.Len() > 0 {
				s.space = true
			}
			continue
		}
		s.flushSpace(st, link)
		if r == '\u00a0' {
			r = ' '
		}
		s.b.WriteRune(r)
		s.sw.Write(string(buf[:utf8.EncodeRune(buf[:], r)]), st, link)
		if unicode.IsSpace(r) {
			continue
		}
		n := utf8.RuneLen(r)
		if n < 0 {
			n = 3 // RuneError
		}
		s.text += n
		if bold {
			s.bold += n
		}
		if pt > 0 {
			s.addSize(pt, n)
		}
	}
}

func (s *seg) addSize(pt float64, n int) {
	for i := range s.sizes {
		if s.sizes[i].pt == pt {
			s.sizes[i].n += n
			return
		}
	}
	s.sizes = append(s.sizes, sizeCount{pt, n})
}

func isCollapsible(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

func hasVisible(t string) bool {
	return strings.IndexFunc(t, func(r rune) bool { return !unicode.IsSpace(r) }) >= 0
}

// linkState is an open <a> with an absolute URL.
type linkState struct {
	url   string
	label string // aria-label, title or image alt, for links without text
	seg   *seg   // the segment the link's text starts in
	idx   int    // its index in seg.links
	start int    // byte offset of its text in seg
	final bool   // its text is set
}

func (l *linkState) finish() {
	if l.final || l.seg == nil {
		return
	}
	l.final = true
	l.seg.links[l.idx].Text = strings.TrimSpace(l.seg.b.String()[l.start:])
}

// walker builds the lines.
type walker struct {
	p       *page
	lines   []doc.Line
	cur     *seg     // the current line
	meta    doc.Line // the current line's hints, set when its text starts
	started bool
	row     *rowState
	blank   bool  // vertical space since the last line
	rule    bool  // an <hr> since the last line
	item    *item // a list item whose marker waits for its first text
	links   []*linkState
	stack   []ctx
	cutRows bool // a row was cut: warned
}

type rowState struct {
	cells   []*seg
	meta    doc.Line
	started bool
	cut     bool // cells past doc.MaxCells were left out
	head    bool // the table's header row
}

type item struct {
	marker string
	indent int
}

// read walks the page and returns its lines.
func (p *page) read() []doc.Line {
	w := &walker{p: p, cur: &seg{}}
	w.stack = append(w.stack, ctx{emit: p.root == nil, kind: kindBlock})
	traverse(p.body, w.enter, w.exit)
	w.flushLine()
	return w.lines
}

func (w *walker) top() *ctx { return &w.stack[len(w.stack)-1] }

func (w *walker) enter(n *xhtml.Node) bool {
	w.p.tick()
	if n.Type == xhtml.TextNode {
		w.text(w.top(), n.Data)
		return false
	}
	if v, ok := formValue(n); ok && !w.p.hiddenByPage(n) {
		// a form's control shows its value: a job site's edit page
		// saved with the fields filled in
		if c := w.top(); c.emit {
			w.gap(c)
			w.text(c, v)
			w.gap(c)
		}
		return false
	}
	if n.Type != xhtml.ElementNode || w.p.hidden(n) {
		return false
	}
	p := w.p
	if isNav(n) && !p.statsOf(n).contact {
		return false
	}
	c := *w.top()
	inFlex := c.flex
	c.kind, c.margin, c.dataRow, c.item, c.ownLink, c.flex = kindInline, false, false, false, nil, false
	switch {
	case c.emit:
		if p.root == nil && c.sect == 0 && (isHeader(n) || isFooter(n)) && p.siteChrome(n) {
			return false
		}
	case n == p.root:
		c.emit = true
	case p.rootPath[n]:
	case p.codeHost:
		return false
	case outsideCandidate(n):
		if !p.keepOutside(n) {
			return false
		}
		c.emit = true
	case p.headerBand(n):
		c.emit = true // "<div class=band><h1>Name</h1>…phone…</div><main>…"
	case !passThrough(n):
		return false
	}
	if isSectioning(n) {
		c.sect++
	}
	w.inherit(n, &c)
	if c.emit {
		w.open(n, &c)
		if inFlex && c.kind != kindBlock {
			w.gap(&c) // "Company<span>Mar 2021 – Present</span>", chips: items, not one word
		}
		if b := w.p.style(n).before; b != "" {
			w.text(&c, b) // ::before content: a separator or an icon the page shows
		}
	}
	w.stack = append(w.stack, c)
	return true
}

// gap separates the items of a flex or grid container on one line.
func (w *walker) gap(c *ctx) {
	if s := w.target(c); s != nil && s.b.Len() > 0 {
		s.gap = true
	}
}

// inherit applies the element's style to the state its content inherits.
func (w *walker) inherit(n *xhtml.Node, c *ctx) {
	st := w.p.style(n)
	if n.Namespace == "" {
		switch n.DataAtom {
		case atom.B, atom.Strong:
			c.bold = true
		case atom.I, atom.Em, atom.Cite, atom.Var, atom.Address:
			c.italic = true
		case atom.Font:
			if px, ok := fontTagSize(attrVal(n, "size")); ok {
				c.px = px
			}
		case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
			c.ws = wsPre
		}
	}
	switch st.fontStyle {
	case "italic", "oblique":
		c.italic = true
	case "normal":
		c.italic = false
	}
	switch fw := st.fontWeight; fw {
	case "":
	case "bold", "bolder":
		c.bold = true
	case "normal", "lighter":
		c.bold = false
	default:
		if v, err := strconv.Atoi(fw); err == nil {
			c.bold = v >= 600
		}
	}
	if st.fontSize != "" {
		parent := c.px
		if parent == 0 {
			parent = 16
		}
		if px, ok := fontPx(st.fontSize, parent); ok {
			c.px = px
		}
	}
	switch st.whiteSpace {
	case "pre", "pre-wrap", "break-spaces":
		c.ws = wsPre
	case "pre-line":
		c.ws = wsPreLine
	case "normal", "nowrap":
		c.ws = wsNormal
	}
	if h := headingLevel(n); h > 0 {
		c.heading = h
	}
}

// isBoxDisplay reports whether a display value lays an element out as a
// box inside a line (a badge, a chip, a table cell).
func isBoxDisplay(display string) bool {
	switch display {
	case "inline-block", "inline-flex", "inline-grid", "inline-table", "table-cell":
		return true
	}
	return false
}

// kindOf is how the element is laid out.
func kindOf(n *xhtml.Node, display string) uint8 {
	block := n.Namespace == "" && blockAtoms[n.DataAtom]
	if tableAtoms[n.DataAtom] && n.Namespace == "" {
		return kindBlock
	}
	switch display {
	case "block", "flex", "grid", "list-item", "table", "table-row", "flow-root", "table-caption", "table-row-group":
		return kindBlock
	case "inline", "inline-block", "inline-flex", "inline-grid", "inline-table", "table-cell", "contents":
		if block {
			return kindInlineBox
		}
		return kindInline
	}
	if block {
		return kindBlock
	}
	return kindInline
}

// open handles an element whose content is output.
func (w *walker) open(n *xhtml.Node, c *ctx) {
	p := w.p
	st := p.style(n)
	c.kind = kindOf(n, st.display)
	switch st.display {
	case "flex", "inline-flex", "grid", "inline-grid":
		c.flex = st.flexDirection == "" || strings.HasPrefix(st.flexDirection, "row")
	}
	if n.Namespace != "" {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		w.lineBreak(c)
		return
	case atom.Hr:
		w.boundary(c, true)
		w.rule = c.cell == nil && w.row == nil // (a rule inside a table's cell parts no lines of the page)
		return
	case atom.Wbr:
		return
	case atom.Img:
		if c.link != nil && c.link.label == "" {
			c.link.label = strings.TrimSpace(attrVal(n, "alt"))
		}
		return
	case atom.A:
		if u := absoluteURL(n); u != "" {
			l := &linkState{url: u, label: strings.TrimSpace(attrVal(n, "aria-label"))}
			if l.label == "" {
				l.label = strings.TrimSpace(attrVal(n, "title"))
			}
			c.link, c.ownLink = l, l
			w.links = append(w.links, l)
		}
	}
	switch c.kind {
	case kindInline:
		if isBoxDisplay(st.display) || st.hgap == "yes" {
			w.gap(c) // a badge or chip, or a link spaced by margins: an item of its own
			c.box = true
		}
		return
	case kindInlineBox:
		w.softSpace(c)
		if isBoxDisplay(st.display) {
			w.gap(c)
			c.box = true
		}
		return
	}
	c.margin = marginAtoms[n.DataAtom]
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Menu, atom.Dir:
		c.margin = c.depth == 0
		w.boundary(c, c.margin)
		c.list = newList(n, st)
		c.depth++
		return
	case atom.Li:
		w.boundary(c, false)
		if c.cell != nil {
			return
		}
		c.item = true
		it := &item{marker: "•"}
		if l := c.list; l != nil {
			it.marker = l.marker(n)
			it.indent = 2 * (c.depth - 1)
		}
		w.item = it
		c.indent = it.indent + 2
		return
	case atom.Tr:
		w.boundary(c, false)
		if w.row == nil && c.cell == nil && w.isDataRow(n) {
			c.dataRow = true
			w.row = &rowState{}
			w.row.head = headRow(n)
		}
		return
	case atom.Td, atom.Th:
		if w.row != nil && c.cell == nil {
			if len(w.row.cells) >= doc.MaxCells {
				w.row.cut = true
				return // its text has no cell to go to: it is left out
			}
			s := &seg{}
			w.row.cells = append(w.row.cells, s)
			c.cell = s
			return
		}
	}
	w.boundary(c, c.margin)
}

// newList starts a ul/ol: its numbering and marker style.
func newList(n *xhtml.Node, st style) *list {
	l := &list{ordered: n.DataAtom == atom.Ol, next: 1, step: 1, typ: "1"}
	if t := strings.TrimSpace(attrVal(n, "type")); t != "" {
		l.typ = t
	}
	switch st.listStyle {
	case "none":
		l.none = true
	case "decimal", "decimal-leading-zero":
		l.ordered, l.typ = true, "1"
	case "lower-alpha", "lower-latin":
		l.ordered, l.typ = true, "a"
	case "upper-alpha", "upper-latin":
		l.ordered, l.typ = true, "A"
	case "lower-roman":
		l.ordered, l.typ = true, "i"
	case "upper-roman":
		l.ordered, l.typ = true, "I"
	case "disc", "circle", "square":
		l.ordered = false
	}
	if !l.ordered {
		return l
	}
	if _, rev := attr(n, "reversed"); rev {
		l.step = -1
		l.next = 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if isElem(c, atom.Li) {
				l.next++
			}
		}
	}
	if v, err := strconv.Atoi(strings.TrimSpace(attrVal(n, "start"))); err == nil && v > -1e6 && v < 1e6 {
		l.next = v
	}
	return l
}

// marker numbers the list item li.
func (l *list) marker(li *xhtml.Node) string {
	if l.none {
		return ""
	}
	if !l.ordered {
		return "•"
	}
	num := l.next
	if v, err := strconv.Atoi(strings.TrimSpace(attrVal(li, "value"))); err == nil && v > -1e6 && v < 1e6 {
		num = v
	}
	l.next = num + l.step
	typ := l.typ
	if t := strings.TrimSpace(attrVal(li, "type")); t != "" {
		typ = t
	}
	return formatNumber(num, typ) + "."
}

func formatNumber(n int, typ string) string {
	if n <= 0 || n > 3999 {
		return strconv.Itoa(n)
	}
	switch typ {
	case "a", "A":
		var b []byte
		for m := n; m > 0; m = (m - 1) / 26 {
			b = append([]byte{byte('a' + (m-1)%26)}, b...)
		}
		if typ == "A" {
			return strings.ToUpper(string(b))
		}
		return string(b)
	case "i", "I":
		vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
		syms := []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
		var b strings.Builder
		for i, v := range vals {
			for ; n >= v; n -= v {
				b.WriteString(syms[i])
			}
		}
		if typ == "I" {
			return strings.ToUpper(b.String())
		}
		return b.String()
	}
	return strconv.Itoa(n)
}

// isDataRow reports whether a table row is read as one line with cells: it
// has two or more cells with text and none holds a table or a heading.
func (w *walker) isDataRow(tr *xhtml.Node) bool {
	var cells []info
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if !isElem(c, atom.Td) && !isElem(c, atom.Th) {
			continue
		}
		in, ok := w.p.info[c]
		if !ok { // hidden
			continue
		}
		if in.table || in.heading || in.list {
			return false // a cell that holds a list is page layout, not a value
		}
		if in.text > 0 {
			cells = append(cells, in)
		}
	}
	if len(cells) == 2 && sectionCell(cells[0], cells[1]) {
		return false // "实习经历 | 2023.07 公司 职位<br>1. …<br>2. …": a form's section
	}
	if len(cells) == 2 && cells[0].breaks >= minLayoutBreaks && cells[0].text >= minSectionText &&
		(cells[1].breaks <= 1 && cells[1].text <= maxSectionLabel || cells[1].breaks >= minLayoutBreaks) {
		// "周强<br>ID …<br>男 | 31岁<br>手机 … | 照片": a header's lines beside a
		// photo's place; two blocks of lines side by side
		return false
	}
	return len(cells) >= 2
}

// form sections in a table: a short cell beside one of several lines
const (
	maxSectionLabel = 24 // bytes of the label cell (eight Chinese characters)
	minSectionText  = 60 // bytes of the cell beside it
	minLayoutBreaks = 2  // line breaks in a cell of lines beside a short one
)

// sectionCell reports whether a row of two cells is a section of a resume
// laid out as a form: a short label on one line beside text of several
// lines. Such a row is page layout: the label, then the lines.
func sectionCell(label, body info) bool {
	return label.text <= maxSectionLabel && label.breaks == 0 && body.breaks >= 1 && body.text >= minSectionText
}

func (w *walker) exit(n *xhtml.Node) {
	c := w.stack[len(w.stack)-1]
	w.stack = w.stack[:len(w.stack)-1]
	if !c.emit {
		return
	}
	if a := w.p.style(n).after; a != "" && n.Type == xhtml.ElementNode {
		w.text(&c, a)
	}
	if l := c.ownLink; l != nil {
		if l.seg == nil {
			label := l.label
			if label == "" {
				label = l.url
				if i := strings.IndexByte(label, ':'); i >= 0 && !strings.HasPrefix(strings.ToLower(label), "http") {
					label = label[i+1:]
				}
			}
			w.softSpace(&c)
			w.text(&c, label)
			w.softSpace(&c)
		}
		l.finish()
		if k := len(w.links); k > 0 && w.links[k-1] == l {
			w.links = w.links[:k-1]
		}
	}
	if c.box {
		w.gap(&c)
	}
	switch c.kind {
	case kindInline:
		return
	case kindInlineBox:
		w.softSpace(&c)
		return
	}
	switch {
	case c.dataRow:
		w.flushRow()
	case c.cell != nil && w.top().cell == nil: // a data cell ends
	default:
		w.boundary(&c, c.margin)
	}
	if c.item {
		w.item = nil
	}
}

// target is the segment text in state c goes to; nil to drop it.
func (w *walker) target(c *ctx) *seg {
	if w.row != nil {
		return c.cell
	}
	return w.cur
}

// softSpace separates inline boxes.
func (w *walker) softSpace(c *ctx) {
	if s := w.target(c); s != nil && s.b.Len() > 0 {
		s.space = true
	}
}

// cellBreak is a block edge or a <br> inside a data cell: a space in the
// cell's text, and the span after it starts a line of its own (Break).
func (w *walker) cellBreak(c *ctx) {
	if s := w.target(c); s != nil && s.b.Len() > 0 {
		s.space, s.brk = true, true
	}
}

// boundary ends the current line at a block edge; inside a data cell it is
// a space.
func (w *walker) boundary(c *ctx, margin bool) {
	if c.cell != nil {
		w.cellBreak(c)
		return
	}
	w.flushLine()
	if margin {
		w.blank = true
	}
}

// lineBreak is a <br> or a line break in preformatted text.
func (w *walker) lineBreak(c *ctx) {
	if c.cell != nil || w.row != nil {
		w.cellBreak(c)
		return
	}
	if !w.started {
		w.blank = true
	}
	w.flushLine()
}

// text outputs a text node's data in state c.
func (w *walker) text(c *ctx, t string) {
	if !c.emit || t == "" {
		return
	}
	if c.ws == wsNormal {
		w.write(c, t, false)
		return
	}
	for i := 0; ; i++ {
		part, rest, more := strings.Cut(t, "\n")
		if i > 0 {
			w.lineBreak(c)
		}
		w.write(c, part, c.ws == wsPre)
		if !more {
			break
		}
		t = rest
	}
}

func (w *walker) write(c *ctx, t string, keep bool) {
	s := w.target(c)
	if s == nil {
		return
	}
	if !keep {
		if u := strings.TrimLeft(t, " \t\n\r\f"); len(u) < len(t) {
			if s.b.Len() > 0 {
				s.space = true
			}
			t = u
		}
	}
	if t == "" {
		return
	}
	if hasVisible(t) {
		w.begin(c)
		if l := c.link; l != nil && l.seg == nil {
			s.flushSpace(w.style(c), l.url)
			l.seg, l.idx, l.start = s, len(s.links), s.b.Len()
			s.links = append(s.links, doc.Link{URL: l.url})
		}
	}
	link := ""
	if c.link != nil {
		link = c.link.url
	}
	s.write(t, keep, w.style(c), link)
}

// style is the style of text in state c.
func (w *walker) style(c *ctx) doc.Style {
	st := doc.Style{Bold: c.bold, Italic: c.italic}
	if c.px > 0 {
		st.Size = math.Round(c.px*0.75*10) / 10
	}
	return st
}

// begin records the hints of a line (or row) when its first text arrives.
func (w *walker) begin(c *ctx) {
	var m *doc.Line
	switch {
	case w.row != nil:
		if w.row.started {
			return
		}
		w.row.started = true
		m = &w.row.meta
	case w.started:
		return
	default:
		w.started = true
		m = &w.meta
	}
	*m = doc.Line{Heading: c.heading, Indent: c.indent}
	if w.item != nil {
		m.Marker, m.Indent = w.item.marker, w.item.indent
		w.item = nil
	}
	m.Blank = w.blank && len(w.lines) > 0
	m.Rule = w.rule && len(w.lines) > 0
	w.blank, w.rule = false, false
}

// flushLine ends the current line.
func (w *walker) flushLine() {
	if w.row != nil {
		return
	}
	s := w.cur
	if w.started {
		w.finishLinks(s)
		raw := s.b.String()
		if text := strings.TrimSpace(raw); text != "" {
			l := w.meta
			l.Text = text
			l.Indent += leadingIndent(raw)
			l.Bold = s.text > 0 && s.bold == s.text
			l.Size = mainSize(s.sizes, s.text)
			l.Links = s.links
			l.Spans = s.sw.Spans()
			w.add(l)
		}
	}
	w.cur = &seg{}
	w.started = false
}

// flushRow ends a data row: one line with cells.
func (w *walker) flushRow() {
	r := w.row
	w.row = nil
	if r == nil || !r.started {
		return
	}
	if r.cut && !w.cutRows {
		w.cutRows = true
		w.p.warnings = append(w.p.warnings, fmt.Sprintf("table row(s) of more than %d cells cut", doc.MaxCells))
	}
	l := r.meta
	l.HeadRow = r.head
	var texts []string
	var text, bold int
	var sizes []sizeCount
	var spans []doc.Span
	for _, s := range r.cells {
		if cs := s.sw.Raw(); len(cs) > 0 {
			cs[0].Box = true
			spans = append(spans, cs...)
		}
		w.finishLinks(s)
		t := strings.TrimSpace(s.b.String())
		l.Cells = append(l.Cells, t)
		if t != "" {
			texts = append(texts, t)
		}
		text += s.text
		bold += s.bold
		l.Links = append(l.Links, s.links...)
		for _, sc := range s.sizes {
			sizes = addCount(sizes, sc)
		}
	}
	if len(texts) == 0 {
		return
	}
	l.Text = strings.Join(texts, " | ")
	l.Spans = doc.TidySpans(spans)
	l.Bold = text > 0 && bold == text
	l.Size = mainSize(sizes, text)
	w.add(l)
}

func addCount(sizes []sizeCount, sc sizeCount) []sizeCount {
	for i := range sizes {
		if sizes[i].pt == sc.pt {
			sizes[i].n += sc.n
			return sizes
		}
	}
	return append(sizes, sc)
}

func (w *walker) add(l doc.Line) {
	if len(w.lines) >= doc.MaxLines {
		panic(stop{doc.Limit(0, "lines", doc.MaxLines)})
	}
	l.Pos = doc.Pos{Line: len(w.lines) + 1}
	if len(w.lines) == 0 {
		l.Blank = false
	}
	w.lines = append(w.lines, l)
}

// finishLinks sets the text of the links still open in s.
func (w *walker) finishLinks(s *seg) {
	for _, l := range w.links {
		if l.seg == s {
			l.finish()
		}
	}
}

// mainSize is the size of most of the text (of text bytes in all), 0 when
// no size is known for at least half of it.
func mainSize(sizes []sizeCount, text int) float64 {
	best, n := 0.0, 0
	for _, s := range sizes {
		if s.n > n {
			best, n = s.pt, s.n
		}
	}
	if 2*n < text {
		return 0
	}
	return best
}

// leadingIndent counts the columns of leading spaces (a tab is 4, an
// ideographic space 2).
func leadingIndent(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ' ':
			n++
		case '\t':
			n += 4
		case '\u3000':
			n += 2
		default:
			return n
		}
	}
	return n
}

// headRow reports whether the row tr heads its table: it is in a <thead>,
// or its cells are all <th>.
func headRow(tr *xhtml.Node) bool {
	if tr.Parent != nil && tr.Parent.DataAtom == atom.Thead {
		return true
	}
	th := false
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Td:
			return false
		case atom.Th:
			th = true
		}
	}
	return th
}

// shownInputs are the types of <input> whose value a page shows as text.
var shownInputs = map[string]bool{
	"": true, "text": true, "email": true, "tel": true, "url": true, "search": true, "number": true,
	"date": true, "month": true, "week": true, "time": true, "datetime-local": true,
}

// formValue is the text a form's control shows: an <input>'s value, a
// <textarea>'s text, the option a <select> shows (the one selected, else
// the first). Controls marked hidden, and those that show no text
// (buttons, check boxes, passwords), give none.
func formValue(n *xhtml.Node) (string, bool) {
	if n.Type != xhtml.ElementNode || n.Namespace != "" {
		return "", false
	}
	if _, hidden := attr(n, "hidden"); hidden {
		return "", false
	}
	var v string
	switch n.DataAtom {
	case atom.Input:
		t, _ := attr(n, "type")
		if !shownInputs[strings.ToLower(strings.TrimSpace(t))] {
			return "", false
		}
		v, _ = attr(n, "value")
	case atom.Textarea:
		v = nodeText(n)
	case atom.Select:
		var first, chosen *xhtml.Node
		var find func(*xhtml.Node)
		find = func(p *xhtml.Node) {
			for c := p.FirstChild; c != nil && chosen == nil; c = c.NextSibling {
				switch {
				case isElem(c, atom.Option):
					if first == nil {
						first = c
					}
					if _, sel := attr(c, "selected"); sel {
						chosen = c
					}
				case isElem(c, atom.Optgroup):
					find(c)
				}
			}
		}
		find(n)
		if chosen == nil {
			if first == nil {
				return "", false
			}
			if v, ok := attr(first, "value"); ok && strings.TrimSpace(v) == "" {
				return "", false // "请选择" / "Please select": a placeholder, nothing chosen
			}
			chosen = first
		}
		v = nodeText(chosen)
	default:
		return "", false
	}
	v = strings.TrimSpace(v)
	return v, v != ""
}

// nodeText is the text of n's descendants, joined.
func nodeText(n *xhtml.Node) string {
	var b strings.Builder
	var walk func(*xhtml.Node)
	walk = func(p *xhtml.Node) {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == xhtml.TextNode {
				b.WriteString(c.Data)
			}
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
