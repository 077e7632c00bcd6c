package docx

import (
	"encoding/xml"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The block tree a part is read into.
type block struct {
	p *para
	t *table
	// empties counts the empty paragraphs a blank block (p and t nil)
	// stands for
	empties int
}

// seg is a piece of a paragraph's text with the properties of its run, or
// a line break.
type seg struct {
	start, end    int  // the text in para.buf
	brk           bool // a soft line break (no text)
	column        bool // the break is a column break
	bold          bool
	size          int    // half-points
	link          string // hyperlink URL, "" for none
	rendered, man int    // page break counters where the segment starts
}

type para struct {
	off   int64 // byte offset of the w:p start tag
	props pprops
	buf   []byte // the text of all segments
	segs  []seg
	links []string // links without text (a linked picture)
	extra []block  // text box contents anchored in the paragraph, in the flow
	// floats are the text boxes anchored in the paragraph that the page
	// places (layout.go)
	floats        []*box
	rendered, man int  // page break counters where the paragraph starts
	sectEnd       bool // the paragraph ends a section
}

func (p *para) text(s seg) string { return string(p.buf[s.start:s.end]) }

// lines counts the lines with text the paragraph renders to (text boxes
// not included).
func (p *para) lines() int {
	n, text := 0, false
	for _, s := range p.segs {
		if s.brk {
			text = false
			continue
		}
		if !text && hasText(p.buf[s.start:s.end]) {
			n++
			text = true
		}
	}
	return n
}

// hasText reports whether b holds more than white space.
func hasText(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if !unicode.IsSpace(r) {
			return true
		}
		b = b[n:]
	}
	return false
}

// blank reports whether the block is an empty paragraph (or a run of them).
func (b block) blank() bool { return b.p == nil && b.t == nil }

type table struct{ rows []*row }

type row struct {
	off           int64
	cells         []*cell
	rendered, man int
	head          bool // w:tblHeader: the table's header row
}

type cell struct{ blocks []block }

// hdrRef is a header or footer reference of a section.
type hdrRef struct {
	id     string
	footer bool
}

// field is an open complex field (w:fldChar begin … separate … end).
type field struct {
	instr  strings.Builder
	result bool   // past the separator
	hidden bool   // a page number field whose result is dropped
	url    string // HYPERLINK target
}

// builder streams one part (document, header or footer) into blocks.
type builder struct {
	part     string
	st       *styles
	rels     relMap
	body     []block
	fields   []*field
	rendered int // w:lastRenderedPageBreak seen
	manual   int // explicit page breaks seen
	hdrRefs  []hdrRef
	sawRoot  bool
	resolved map[runKey]runProps // style resolution cache
	geom     geom                // the page of the last section

	lastNS     string // the namespace of the last element and whether
	lastOpaque bool   // it is opaque (cached: most elements share one)

	count counts // paragraphs, runs and cells so far (budget.go)
}

type runKey struct {
	r      rprops
	pStyle string
}

type runProps struct {
	hidden, bold bool
	size         int
}

func newBuilder(part string, st *styles, rels relMap) *builder {
	return &builder{part: part, st: st, rels: rels, geom: defaultGeom}
}

// mode says how the children of an element are read.
type mode uint8

const (
	modeContent mode = iota
	modePPr          // paragraph properties
	modeRPr          // run properties
	modeSect         // section properties
	modeText         // w:t: character data is text
	modeInstr        // w:instrText: character data is a field instruction
)

// run is an open w:r.
type run struct {
	props    rprops
	resolved bool
	runProps
}

// altState is an open mc:AlternateContent.
type altState struct{ taken bool }

// ctx is the reading context of an element, inherited by its children.
type ctx struct {
	mode     mode
	p        *para
	r        *run
	out      *[]block // where finished blocks go
	tbl      *table
	row      *row
	cell     *cell
	link     string
	alt      *altState
	preserve bool             // xml:space="preserve" in effect
	text     *strings.Builder // w:t or w:instrText being read
	sect     *sectState
	anchor   *anchor // the open wp:anchor or absolutely positioned VML shape
	axis     int     // in wp:positionH (0) or wp:positionV (1)
	group    *xform  // the innermost shape group (wpg:wgp, wpg:grpSp) in the anchor
	shape    *xform  // the shape (wps:wsp) in the anchor
	xf       *xform  // what an a:xfrm here describes
}

type sectState struct {
	refs    []hdrRef // default and even headers and footers
	first   []hdrRef // first page ones, shown with w:titlePg
	titlePg bool
	geom    geom
}

// kind says what to do when an element ends.
type kind uint8

const (
	kindNone kind = iota
	kindP
	kindTbl
	kindTr
	kindTc
	kindT
	kindInstr
	kindSect
	kindPosOffset // wp:posOffset: character data is an offset
	kindAlign     // wp:align: character data is an alignment
)

type frame struct {
	kind kind
	c    ctx
}

// skipped are elements whose content never shows: deleted and moved-away
// text, field data, content control and smart tag properties, ruby text,
// comment and note references.
var skipped = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "delInstrText": true,
	"sdtPr": true, "sdtEndPr": true, "smartTagPr": true, "customXmlPr": true,
	"fldData": true, "ffData": true, "binData": true, "rt": true,
	"tblPr": true, "tblGrid": true, "tblPrEx": true, "tcPr": true,
	"footnoteReference": true, "endnoteReference": true, "commentReference": true,
	"annotationRef": true, "footnoteRef": true, "endnoteRef": true,
	"separator": true, "continuationSeparator": true, "background": true,
	"docPartPr": true, "fonts": true,
}

// parse reads the part.
func (b *builder) parse(x *xmlReader) error {
	stack := make([]frame, 1, 64)
	stack[0].c.out = &b.body
	return x.each(func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			b.sawRoot = true
			c := stack[len(stack)-1].c
			k, skip := b.start(&c, t, x.off)
			if err := b.count.check(t); err != nil {
				return err
			}
			if skip {
				if err := x.skip(); err != nil {
					return err
				}
				return nil
			}
			stack = append(stack, frame{kind: k, c: c})
		case xml.EndElement:
			if len(stack) > 1 {
				f := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				b.end(&f)
			}
		case xml.CharData:
			if c := &stack[len(stack)-1].c; c.text != nil {
				c.text.Write(t)
			}
		}
		return nil
	})
}

// start handles a start element: it updates the context c its children
// will read in and returns what to do at its end, or skip for elements
// whose content is to be skipped.
func (b *builder) start(c *ctx, se startElement, off int64) (k kind, skip bool) {
	name := se.Name.Local
	if strings.HasSuffix(name, "Change") { // tracked property changes hold old properties
		return kindNone, true
	}
	for _, a := range se.Attr {
		if a.Name.Local == "space" && (a.Name.Space == "xml" || strings.Contains(a.Name.Space, "XML/1998")) {
			c.preserve = a.Value == "preserve"
		}
	}
	switch c.mode {
	case modePPr:
		switch name {
		case "numPr":
			return kindNone, false
		case "sectPr":
			c.p.sectEnd = true
			c.mode, c.sect = modeSect, &sectState{geom: defaultGeom}
			return kindSect, false
		case "ilvl", "numId", "pStyle", "outlineLvl", "ind", "pageBreakBefore":
			c.p.props.set(se)
			if name == "pageBreakBefore" && c.p.props.pageBreakBefore {
				b.manual++
			}
		}
		return kindNone, true
	case modeRPr:
		c.r.props.set(se)
		return kindNone, true
	case modeSect:
		switch name {
		case "headerReference", "footerReference":
			ref := hdrRef{id: relID(se), footer: name == "footerReference"}
			if strings.EqualFold(attr(se, "type"), "first") {
				c.sect.first = append(c.sect.first, ref)
			} else {
				c.sect.refs = append(c.sect.refs, ref)
			}
		case "titlePg":
			c.sect.titlePg = onOff(se)
		case "pgSz", "pgMar", "cols":
			c.sect.geom.set(se)
		}
		return kindNone, true
	case modeText, modeInstr:
		return kindNone, true
	}

	if se.Name.Space != b.lastNS {
		b.lastNS, b.lastOpaque = se.Name.Space, opaqueNS(se.Name.Space)
	}
	if b.lastOpaque {
		if c.xf != nil {
			if c.xf.set(se) {
				return kindNone, true
			}
			return kindNone, false
		}
		if name == "hlinkClick" {
			if url := b.target(relID(se)); url != "" && c.p != nil {
				c.p.links = append(c.p.links, url)
			}
			return kindNone, true
		}
		return kindNone, false
	}
	if skipped[name] {
		return kindNone, true
	}
	switch name {
	case "p":
		c.p = &para{off: off, rendered: b.rendered, man: b.manual}
		c.r, c.tbl, c.row, c.cell = nil, nil, nil, nil
		return kindP, false
	case "pPr":
		if c.p == nil || c.r != nil {
			return kindNone, true
		}
		c.mode = modePPr
	case "r":
		if c.p == nil {
			return kindNone, false
		}
		c.r = &run{}
	case "rPr":
		if c.r == nil {
			return kindNone, true
		}
		c.mode = modeRPr
	case "t":
		if c.r == nil {
			return kindNone, true
		}
		c.mode, c.text = modeText, &strings.Builder{}
		return kindT, false
	case "instrText":
		if f := b.field(); f == nil || f.result {
			return kindNone, true
		}
		c.mode, c.text = modeInstr, &strings.Builder{}
		return kindInstr, false
	case "tab", "ptab":
		if c.r != nil {
			b.text(c, "\t")
		}
		return kindNone, true
	case "br", "cr":
		if c.r != nil {
			b.brk(c)
			switch typ := attr(se, "type"); {
			case name != "br":
			case typ == "page":
				b.manual++
			case typ == "column" && len(c.p.segs) > 0 && c.p.segs[len(c.p.segs)-1].brk:
				c.p.segs[len(c.p.segs)-1].column = true
			}
		}
		return kindNone, true
	case "noBreakHyphen":
		if c.r != nil {
			b.text(c, "-")
		}
		return kindNone, true
	case "sym":
		if c.r != nil {
			b.text(c, symbol(attr(se, "char")))
		}
		return kindNone, true
	case "lastRenderedPageBreak":
		b.rendered++
		return kindNone, true
	case "fldChar":
		b.fldChar(attr(se, "fldCharType"))
		return kindNone, true
	case "fldSimple":
		f := classify(attr(se, "instr"))
		if f.hidden {
			return kindNone, true
		}
		if f.url != "" {
			c.link = f.url
		}
	case "hyperlink":
		if url := b.target(relID(se)); url != "" {
			c.link = url
		}
	case "drawing", "pict", "object":
		c.r = nil // text in drawings comes in text boxes, as paragraphs
	case "anchor":
		if strings.Contains(se.Name.Space, "wordprocessingDrawing") {
			c.anchor = &anchor{simple: on(attr(se, "simplePos"))}
		}
	case "simplePos", "positionH", "positionV", "posOffset", "align", "extent":
		if c.anchor != nil && strings.Contains(se.Name.Space, "wordprocessingDrawing") {
			return c.anchor.start(c, se)
		}
	case "wgp", "grpSp":
		if c.anchor != nil {
			c.group = &xform{parent: c.group}
		}
	case "grpSpPr":
		c.xf = c.group
	case "wsp":
		if c.anchor != nil {
			c.shape = &xform{parent: c.group}
		}
	case "spPr":
		c.xf = c.shape
	case "txbxContent":
		if c.p != nil {
			c.out = &c.p.extra
			if c.anchor.placed() {
				bx := &box{at: c.anchor.child(c.shape)}
				c.p.floats = append(c.p.floats, bx)
				c.out = &bx.blocks
			}
		}
		c.p, c.r, c.tbl, c.row, c.cell, c.link = nil, nil, nil, nil, nil, ""
		c.anchor, c.group, c.shape, c.xf = nil, nil, nil, nil
	case "AlternateContent":
		c.alt = &altState{}
	case "Choice", "Fallback":
		if c.alt != nil {
			if c.alt.taken {
				return kindNone, true
			}
			c.alt.taken = true
		}
	case "tbl":
		c.tbl = &table{}
		c.p, c.r, c.row, c.cell = nil, nil, nil, nil
		return kindTbl, false
	case "tr":
		if c.tbl == nil {
			return kindNone, false
		}
		c.row = &row{off: off, rendered: b.rendered, man: b.manual}
		return kindTr, false
	case "trPr":
		// a row's properties: only w:tblHeader (a header row, repeated
		// on each page) is read
		return kindNone, c.row == nil
	case "tblHeader":
		if c.row != nil && len(c.row.cells) == 0 {
			c.row.head = onOff(se)
		}
		return kindNone, true
	case "tc":
		if c.row == nil {
			return kindNone, false
		}
		c.cell = &cell{}
		c.out = &c.cell.blocks
		c.p, c.r = nil, nil
		return kindTc, false
	case "sectPr":
		c.mode, c.sect = modeSect, &sectState{geom: defaultGeom}
		return kindSect, false
	}
	if c.p != nil && strings.Contains(se.Name.Space, "urn:schemas-microsoft-com:vml") {
		if a := vmlAnchor(attr(se, "style")); a != nil {
			c.anchor = a
		}
	}
	return kindNone, false
}

// end finishes the element of frame f.
func (b *builder) end(f *frame) {
	c := &f.c
	switch f.kind {
	case kindP:
		p := c.p
		if len(p.extra) == 0 && len(p.floats) == 0 && len(p.links) == 0 && p.lines() == 0 {
			if _, _, list := b.st.numPr(&p.props); !list {
				// empty paragraphs only matter as blank lines (and, for
				// the page layout, by their count): store one
				if n := len(*c.out); n == 0 || !(*c.out)[n-1].blank() {
					*c.out = append(*c.out, block{empties: 1})
				} else {
					(*c.out)[n-1].empties++
				}
				return
			}
		}
		*c.out = append(*c.out, block{p: p})
	case kindTbl:
		*c.out = append(*c.out, block{t: c.tbl})
	case kindTr:
		c.tbl.rows = append(c.tbl.rows, c.row)
	case kindTc:
		c.row.cells = append(c.row.cells, c.cell)
	case kindT:
		s := c.text.String()
		if !c.preserve {
			s = strings.Trim(s, " \t\r\n")
		}
		s = strings.Map(func(r rune) rune {
			switch r {
			case '\r', '\n':
				return ' '
			}
			return r
		}, s)
		b.text(c, s)
	case kindInstr:
		if fl := b.field(); fl != nil && !fl.result {
			fl.instr.WriteString(c.text.String())
		}
	case kindSect:
		s := c.sect
		// a first page header or footer comes before the others
		refs := s.refs
		if s.titlePg {
			refs = append(s.first, refs...)
		}
		b.hdrRefs = append(b.hdrRefs, refs...)
		b.geom = s.geom
	case kindPosOffset, kindAlign:
		c.anchor.end(f.kind, c.axis, c.text.String())
	}
}

// field returns the innermost open complex field, nil when none.
func (b *builder) field() *field {
	if len(b.fields) == 0 {
		return nil
	}
	return b.fields[len(b.fields)-1]
}

// fldChar handles a complex field character.
func (b *builder) fldChar(typ string) {
	switch typ {
	case "begin":
		if len(b.fields) < MaxDepth {
			b.fields = append(b.fields, &field{})
		}
	case "separate":
		if f := b.field(); f != nil && !f.result {
			g := classify(f.instr.String())
			f.result, f.hidden, f.url = true, g.hidden, g.url
		}
	case "end":
		if len(b.fields) > 0 {
			b.fields = b.fields[:len(b.fields)-1]
		}
	}
}

// classify reads a field instruction: page number fields are hidden, a
// HYPERLINK field links its result.
func classify(instr string) *field {
	f := &field{}
	words := fieldWords(instr)
	if len(words) == 0 {
		return f
	}
	switch strings.ToUpper(words[0]) {
	case "PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "PAGEREF":
		f.hidden = true
	case "HYPERLINK":
		for i := 1; i < len(words); i++ {
			w := words[i]
			if strings.HasPrefix(w, `\`) {
				if w == `\l` || w == `\o` || w == `\t` {
					i++ // the switch's argument
				}
				continue
			}
			if f.url == "" {
				f.url = w
			}
		}
		if !strings.Contains(f.url, ":") && !strings.HasPrefix(f.url, "www.") || !webLink(f.url) {
			f.url = "" // a local file or bookmark, not a web link
		}
	}
	return f
}

// fieldWords splits a field instruction into words, keeping quoted ones.
func fieldWords(s string) []string {
	var out []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] == '"' {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				out = append(out, s[1:])
				break
			}
			out = append(out, s[1:1+end])
			s = s[2+end:]
			continue
		}
		end := strings.IndexAny(s, " \t\r\n\"")
		if end < 0 {
			end = len(s)
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

// target returns the external URL relationship id points to, "" for
// internal targets and unknown ids.
func (b *builder) target(id string) string {
	r, ok := b.rels[id]
	if !ok || r.target == "" {
		return ""
	}
	if !strings.EqualFold(r.mode, "External") && !strings.Contains(r.target, ":") {
		return ""
	}
	if !webLink(r.target) {
		return ""
	}
	return r.target
}

// webLink reports whether a link target leads somewhere: not an anchor in
// the page ("#", "#top") or a script.
func webLink(url string) bool {
	return url != "" && !strings.HasPrefix(url, "#") && !strings.HasPrefix(strings.ToLower(url), "javascript:")
}

// shown reports whether run text is displayed (not a field instruction or
// a page number), and the URL of an enclosing HYPERLINK field.
func (b *builder) shown() (ok bool, url string) {
	for _, f := range b.fields {
		if !f.result || f.hidden {
			return false, ""
		}
		if f.url != "" {
			url = f.url
		}
	}
	return true, url
}

// props resolves the run properties of the open run once.
func (b *builder) props(c *ctx) *run {
	r := c.r
	if !r.resolved {
		r.resolved = true
		k := runKey{r.props, c.p.props.style}
		rp, ok := b.resolved[k]
		if !ok {
			rp.hidden = b.st.runHidden(&r.props, k.pStyle)
			rp.bold = b.st.runBold(&r.props, k.pStyle)
			rp.size = b.st.runSize(&r.props, k.pStyle)
			if b.resolved == nil {
				b.resolved = map[runKey]runProps{}
			}
			b.resolved[k] = rp
		}
		r.runProps = rp
	}
	return r
}

// text appends run text to the open paragraph.
func (b *builder) text(c *ctx, s string) {
	if s == "" || c.p == nil || c.r == nil {
		return
	}
	ok, url := b.shown()
	if !ok {
		return
	}
	r := b.props(c)
	if r.hidden {
		return
	}
	if c.link != "" {
		url = c.link
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	p := c.p
	start := len(p.buf)
	p.buf = append(p.buf, s...)
	if n := len(p.segs); n > 0 {
		if last := &p.segs[n-1]; !last.brk && last.bold == r.bold && last.size == r.size && last.link == url && last.end == start {
			last.end = len(p.buf)
			return
		}
	}
	p.segs = append(p.segs, seg{start: start, end: len(p.buf), bold: r.bold, size: r.size, link: url, rendered: b.rendered, man: b.manual})
}

// brk appends a soft line break to the open paragraph.
func (b *builder) brk(c *ctx) {
	if c.p == nil {
		return
	}
	if ok, _ := b.shown(); !ok {
		return
	}
	if b.props(c).hidden {
		return
	}
	c.p.segs = append(c.p.segs, seg{brk: true})
}

// symbol maps a w:sym character code (hex) to text: Symbol and Wingdings
// bullets become "•", other private-use codes are dropped.
func symbol(code string) string {
	var v rune
	for _, ch := range strings.TrimSpace(code) {
		var d rune
		switch {
		case ch >= '0' && ch <= '9':
			d = ch - '0'
		case ch >= 'a' && ch <= 'f':
			d = ch - 'a' + 10
		case ch >= 'A' && ch <= 'F':
			d = ch - 'A' + 10
		default:
			return ""
		}
		v = v*16 + d
		if v > utf8.MaxRune {
			return ""
		}
	}
	if v >= 0xF000 && v <= 0xF0FF {
		v -= 0xF000
		switch v {
		case 0xB7, 0x9F, 0xA7, 0x6C, 0x6E, 0x71, 0xA8, 0xD8, 0xFC:
			return "•"
		}
		return ""
	}
	if v < 0x20 || !utf8.ValidRune(v) || v >= 0xE000 && v <= 0xF8FF {
		return ""
	}
	return string(v)
}
