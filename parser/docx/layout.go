package docx

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Text boxes that the page places. Word resumes are often built from text
// boxes (a sidebar, a name banner, a box per section) anchored anywhere in
// the XML, often all in the first paragraph: their order in the XML says
// nothing of where they stand. A box anchored with a position
// (wp:anchor's wp:positionH/wp:positionV, or a VML shape's
// position:absolute style) is put where its offsets and their frame
// (page, margin, column, paragraph) say; the paragraphs of the body get
// a rough position from the height of the text before them; and on each
// page with placed boxes, boxes and paragraphs are read in the order a
// person reads them (readingOrder): columns left to right, top to bottom
// within a column. Everything is in points.

// geom is a section's page: its size and margins.
type geom struct {
	w, h                     float64
	top, bottom, left, right float64
}

// defaultGeom is Word's default page (US Letter, one-inch margins).
var defaultGeom = geom{w: 612, h: 792, top: 72, bottom: 72, left: 72, right: 72}

// set reads a w:pgSz or w:pgMar element (twips).
func (g *geom) set(se startElement) {
	pt := func(local string, to *float64) {
		if n, ok := intAttr(se, local); ok {
			*to = math.Abs(float64(n)) / 20
		}
	}
	switch se.Name.Local {
	case "pgSz":
		pt("w", &g.w)
		pt("h", &g.h)
	case "pgMar":
		pt("top", &g.top)
		pt("bottom", &g.bottom)
		pt("left", &g.left)
		pt("right", &g.right)
	}
	if g.w < 72 || g.h < 72 || g.left+g.right >= g.w || g.top+g.bottom >= g.h {
		*g = defaultGeom
	}
}

func (g geom) textWidth() float64 { return g.w - g.left - g.right }

// anchor is where a floating shape stands: the offset or alignment of
// each axis (0 horizontal, 1 vertical) in a frame it is relative to.
type anchor struct {
	simple bool    // wp:anchor simplePos="1": the wp:simplePos point, on the page
	sx, sy float64 // that point
	rel    [2]string
	off    [2]float64
	align  [2]string
	has    [2]bool // the axis has an offset or an alignment
	w, h   float64 // the shape's extent
	vml    bool
	// sub is where a shape of a group stands in the group's anchor:
	// x, y, width, height
	sub *[4]float64
}

// xform is a shape's or a group's a:xfrm (EMU): where it stands in its
// group, and for a group the coordinates its shapes use (chOff, chExt).
type xform struct {
	off, ext, chOff, chExt [2]float64
	parent                 *xform // the group it is in
}

// set reads a child of a:xfrm; false for other elements.
func (x *xform) set(se startElement) bool {
	pair := func(to *[2]float64, a, b string) {
		u, ok1 := intAttr(se, a)
		v, ok2 := intAttr(se, b)
		if ok1 && ok2 { // a:ext also names extension lists' entries
			to[0], to[1] = float64(u), float64(v)
		}
	}
	switch se.Name.Local {
	case "off":
		pair(&x.off, "x", "y")
	case "ext":
		pair(&x.ext, "cx", "cy")
	case "chOff":
		pair(&x.chOff, "x", "y")
	case "chExt":
		pair(&x.chExt, "cx", "cy")
	default:
		return false
	}
	return true
}

// child returns the anchor of a shape: for a shape in a group, the
// group's anchor with the place of the shape in it (the group's
// coordinates scaled to its extent, through every enclosing group).
func (a *anchor) child(sh *xform) *anchor {
	if sh == nil || sh.parent == nil || sh.ext == [2]float64{} {
		return a
	}
	x, y, w, h := sh.off[0], sh.off[1], sh.ext[0], sh.ext[1]
	for g := sh.parent; g != nil; g = g.parent {
		sx, sy := 1.0, 1.0
		if g.chExt[0] > 0 && g.ext[0] > 0 {
			sx = g.ext[0] / g.chExt[0]
		}
		if g.chExt[1] > 0 && g.ext[1] > 0 {
			sy = g.ext[1] / g.chExt[1]
		}
		x, y, w, h = (x-g.chOff[0])*sx, (y-g.chOff[1])*sy, w*sx, h*sy
		if g.parent != nil { // the outermost group stands where the anchor does
			x, y = x+g.off[0], y+g.off[1]
		}
	}
	c := *a
	c.sub = &[4]float64{x * emu, y * emu, w * emu, h * emu}
	return &c
}

// box is a text box with a place on the page.
type box struct {
	blocks []block
	at     *anchor
}

// emu is an English Metric Unit in points.
const emu = 1.0 / 12700

// on reads an xsd:boolean attribute value.
func on(v string) bool {
	switch strings.TrimSpace(v) {
	case "1", "true", "on":
		return true
	}
	return false
}

// placed reports whether the anchor gives a position.
func (a *anchor) placed() bool { return a != nil && (a.simple || a.has[0] || a.has[1]) }

// start reads a child of wp:anchor.
func (a *anchor) start(c *ctx, se startElement) (kind, bool) {
	num := func(local string) float64 {
		n, _ := intAttr(se, local)
		return float64(n) * emu
	}
	switch se.Name.Local {
	case "simplePos":
		a.sx, a.sy = num("x"), num("y")
	case "extent":
		a.w, a.h = num("cx"), num("cy")
	case "positionH", "positionV":
		c.axis = 0
		if se.Name.Local == "positionV" {
			c.axis = 1
		}
		a.rel[c.axis] = attr(se, "relativeFrom")
		return kindNone, false
	case "posOffset":
		c.text = &strings.Builder{}
		return kindPosOffset, false
	case "align":
		c.text = &strings.Builder{}
		return kindAlign, false
	}
	return kindNone, true
}

// end takes the text of a wp:posOffset or wp:align.
func (a *anchor) end(k kind, axis int, text string) {
	text = strings.TrimSpace(text)
	if k == kindAlign {
		a.align[axis], a.has[axis] = text, text != ""
		return
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil && n > -1<<40 && n < 1<<40 {
		a.off[axis], a.has[axis] = float64(n)*emu, true
	}
}

// vmlAnchor reads the style of a VML shape; nil unless it is absolutely
// positioned.
func vmlAnchor(style string) *anchor {
	props := map[string]string{}
	for _, decl := range strings.Split(style, ";") {
		if k, v, ok := strings.Cut(decl, ":"); ok {
			props[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
	}
	if props["position"] != "absolute" {
		return nil
	}
	a := &anchor{vml: true}
	for axis, keys := range [2][2]string{{"margin-left", "left"}, {"margin-top", "top"}} {
		for _, k := range keys {
			if v, ok := cssLength(props[k]); ok {
				a.off[axis], a.has[axis] = v, true
				break
			}
		}
	}
	a.w, _ = cssLength(props["width"])
	a.h, _ = cssLength(props["height"])
	rel := map[string]string{
		"page": "page", "margin": "margin", "text": "", "char": "character", "line": "line",
		"left-margin-area": "leftMargin", "right-margin-area": "rightMargin",
		"inner-margin-area": "insideMargin", "outer-margin-area": "outsideMargin",
		"top-margin-area": "topMargin", "bottom-margin-area": "bottomMargin",
	}
	a.rel[0] = rel[props["mso-position-horizontal-relative"]]
	a.rel[1] = rel[props["mso-position-vertical-relative"]]
	for axis, k := range [2]string{"mso-position-horizontal", "mso-position-vertical"} {
		if v := props[k]; v != "" && v != "absolute" {
			a.align[axis], a.has[axis] = v, true
		}
	}
	return a
}

// cssUnits are the points in one unit of a VML style length.
var cssUnits = map[string]float64{"pt": 1, "in": 72, "cm": 72 / 2.54, "mm": 72 / 25.4, "pc": 12, "px": 0.75, "": 1}

// cssLength reads a length such as "12.5pt" or "1in" in points.
func cssLength(s string) (float64, bool) {
	s = strings.TrimSpace(strings.ToLower(s))
	i := strings.IndexFunc(s, func(r rune) bool { return r != '-' && r != '+' && r != '.' && !unicode.IsDigit(r) })
	if i < 0 {
		i = len(s)
	}
	unit, ok := cssUnits[s[i:]]
	v, err := strconv.ParseFloat(s[:i], 64)
	if !ok || err != nil || math.IsInf(v, 0) || math.IsNaN(v) || math.Abs(v) > 1e6 {
		return 0, false
	}
	return v * unit, true
}

// frameOf returns the start and length, on an axis, of what a position is
// relative to; paraY is the top of the anchoring paragraph.
func frameOf(axis int, rel string, g geom, paraY float64) (start, size float64) {
	if axis == 0 {
		switch rel {
		case "page":
			return 0, g.w
		case "leftMargin", "insideMargin":
			return 0, g.left
		case "rightMargin", "outsideMargin":
			return g.w - g.right, g.right
		}
		return g.left, g.textWidth() // margin, column, character
	}
	switch rel {
	case "page":
		return 0, g.h
	case "margin":
		return g.top, g.h - g.top - g.bottom
	case "topMargin":
		return 0, g.top
	case "bottomMargin":
		return g.h - g.bottom, g.bottom
	}
	return paraY, 0 // paragraph, line
}

// rect returns where the shape stands.
func (a *anchor) rect(g geom, paraY float64) (x0, y0, x1, y1 float64) {
	x0, y0, x1, y1 = a.place(g, paraY)
	if s := a.sub; s != nil {
		return x0 + s[0], y0 + s[1], x0 + s[0] + s[2], y0 + s[1] + s[3]
	}
	return x0, y0, x1, y1
}

// place returns where the anchor (a shape, or a group of shapes) stands.
func (a *anchor) place(g geom, paraY float64) (x0, y0, x1, y1 float64) {
	if a.simple {
		return a.sx, a.sy, a.sx + a.w, a.sy + a.h
	}
	var p [2]float64
	for axis, ext := range [2]float64{a.w, a.h} {
		start, size := frameOf(axis, a.rel[axis], g, paraY)
		switch a.align[axis] {
		case "", "left", "top", "inside":
			p[axis] = start + a.off[axis]
		case "center":
			p[axis] = start + (size-ext)/2
		default: // right, bottom, outside
			p[axis] = start + size - ext
		}
	}
	return p[0], p[1], p[0] + a.w, p[1] + a.h
}

// Estimates of the height of text, for the rough position of paragraphs.
const (
	defaultPt  = 11   // font size where no run says
	lineFactor = 1.25 // line height in font sizes
	paraGap    = 4.0  // space between paragraphs
)

// height estimates the height of a block set in a column width wide.
func (r *renderer) height(b block, width float64) float64 {
	switch {
	case b.p != nil:
		return paraHeight(b.p, width)
	case b.t != nil:
		h := 0.0
		for _, row := range b.t.rows {
			rh := 0.0
			for _, c := range row.cells {
				ch := 0.0
				for _, cb := range c.blocks {
					ch += r.height(cb, width/float64(len(row.cells)))
				}
				rh = max(rh, ch)
			}
			h += rh
		}
		return h
	}
	return float64(b.empties) * (defaultPt*lineFactor + paraGap)
}

// paraHeight estimates a paragraph's height: its lines, wrapped at width
// with Latin letters half an em wide and CJK ones an em.
func paraHeight(p *para, width float64) float64 {
	h, w, size := 0.0, 0.0, 0.0
	flush := func() {
		if size == 0 {
			size = defaultPt
		}
		h += math.Max(1, math.Ceil(w/math.Max(width, 1))) * size * lineFactor
		w, size = 0, 0
	}
	for _, s := range p.segs {
		if s.brk {
			flush()
			continue
		}
		pt := float64(s.size) / 2
		if pt <= 0 {
			pt = defaultPt
		}
		size = max(size, pt)
		for _, c := range p.text(s) {
			if unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) || c >= 0xFF00 && c <= 0xFFEF {
				w += pt
			} else {
				w += pt / 2
			}
		}
	}
	flush()
	return h + paraGap
}

// item is a paragraph or table of the body, or a placed box, with where
// it stands.
type item struct {
	page           int
	x0, y0, x1, y1 float64
	b              block
	bx             *box
	blank          bool // blank lines came before it (a paragraph or table)
	seq            int  // the XML order
}

func (it item) lo(axis int) float64 { return [2]float64{it.x0, it.y0}[axis] }
func (it item) hi(axis int) float64 { return [2]float64{it.x1, it.y1}[axis] }

// Tolerances of readingOrder, in points.
const (
	cutSlack = 2 // items may overlap this much across a cut
	rowSlack = 6 // items whose tops are this close stand in one row
	// an item beside one this much wider is a detail of it (a date)
	rowWidthRatio = 0.75
)

// readingOrder orders the items of a page: split into columns where a
// vertical gap runs through them all, else into bands where a horizontal
// one does, each part ordered the same way; left to right and top to
// bottom. Columns come first so that a sidebar is read whole, unless the
// columns are rather rows of items side by side (a date beside each
// title), which bands read row by row. Bands that stand in the same
// columns are read as one (a banner over two columns cuts the page into
// bands, and so may a gap that happens to run across both columns).
func readingOrder(items []item) []item {
	if len(items) < 2 {
		return items
	}
	cols := split(items, 0)
	if cols != nil && !rowLike(cols) {
		return joinOrdered(cols)
	}
	if bands := split(items, 1); bands != nil {
		merged := [][]item{bands[0]}
		for _, b := range bands[1:] {
			last := merged[len(merged)-1]
			both := append(append([]item(nil), last...), b...)
			if c := split(both, 0); c != nil && !rowLike(c) && columnar(last) && columnar(b) {
				merged[len(merged)-1] = both
				continue
			}
			merged = append(merged, b)
		}
		if len(merged) > 1 {
			return joinOrdered(merged)
		}
		return joinOrdered(bands)
	}
	if cols != nil {
		return joinOrdered(cols)
	}
	out := append([]item(nil), items...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if math.Abs(a.y0-b.y0) > rowSlack {
			return a.y0 < b.y0
		}
		if a.x0 != b.x0 {
			return a.x0 < b.x0
		}
		return a.seq < b.seq
	})
	return out
}

func joinOrdered(groups [][]item) []item {
	var out []item
	for _, g := range groups {
		out = append(out, readingOrder(g)...)
	}
	return out
}

// split cuts items along an axis (0: into columns, 1: into bands) at
// every gap that no item straddles; nil when there is none.
func split(items []item, axis int) [][]item {
	s := append([]item(nil), items...)
	sort.SliceStable(s, func(i, j int) bool {
		if s[i].lo(axis) != s[j].lo(axis) {
			return s[i].lo(axis) < s[j].lo(axis)
		}
		return s[i].seq < s[j].seq
	})
	var groups [][]item
	cur, end := []item{s[0]}, s[0].hi(axis)
	for _, it := range s[1:] {
		if it.lo(axis) >= end-cutSlack {
			groups = append(groups, cur)
			cur = nil
		}
		cur = append(cur, it)
		end = max(end, it.hi(axis))
	}
	if groups == nil {
		return nil
	}
	return append(groups, cur)
}

// columnar reports whether items stand in more than one column.
func columnar(items []item) bool {
	c := split(items, 0)
	return c != nil && !rowLike(c)
}

// rowLike reports whether columns are rather rows: two or more items
// right of the first column, two thirds of which stand beside a wider
// item (a date beside a title) whose top is at the same height. Equal
// columns whose boxes happen to line up (a heading in each) stay columns.
func rowLike(cols [][]item) bool {
	n, aligned := 0, 0
	for i, col := range cols[1:] {
		for _, it := range col {
			n++
			if besideWider(it, cols[:i+1]) {
				aligned++
			}
		}
	}
	return n >= 2 && aligned*3 >= n*2
}

// besideWider reports whether an item of the columns left of it has its
// top at the same height and is markedly wider.
func besideWider(it item, left [][]item) bool {
	for _, col := range left {
		for _, o := range col {
			if math.Abs(o.y0-it.y0) <= rowSlack && it.x1-it.x0 < rowWidthRatio*(o.x1-o.x0) {
				return true
			}
		}
	}
	return false
}

// blocksText reports whether blocks hold any text.
func blocksText(bs []block) bool {
	for _, b := range bs {
		if b.t != nil || b.p != nil && (b.p.lines() > 0 || blocksText(b.p.extra)) {
			return true
		}
		if b.p != nil {
			for _, f := range b.p.floats {
				if blocksText(f.blocks) {
					return true
				}
			}
		}
	}
	return false
}

// body renders the blocks of the document body: in XML order, except on
// the pages that hold placed boxes, read in readingOrder.
func (r *renderer) body(bs []block, g geom) {
	placed := false
	for _, b := range bs {
		placed = placed || b.p != nil && len(b.p.floats) > 0
	}
	if !placed {
		r.blocks(bs)
		return
	}
	var items []item
	y, page, blank := g.top, 0, false
	known := r.sh.pages != pagesNone
	for _, b := range bs {
		if known {
			pg := 0
			switch {
			case b.p != nil && len(b.p.segs) > 0:
				pg = r.page(b.p.segs[0].rendered, b.p.segs[0].man)
			case b.p != nil:
				pg = r.page(b.p.rendered, b.p.man)
			case b.t != nil && len(b.t.rows) > 0:
				pg = r.page(b.t.rows[0].rendered, b.t.rows[0].man)
			}
			if pg > page {
				page, y = pg, g.top
			}
		}
		h := r.height(b, g.textWidth())
		if !known && y+h > g.h-g.bottom && y > g.top {
			page, y = page+1, g.top
		}
		if b.blank() {
			blank = true
			y += h
			continue
		}
		if b.t != nil || b.p.lines() > 0 || len(b.p.extra) > 0 || len(b.p.links) > 0 {
			items = append(items, item{page: page, x0: g.left, y0: y, x1: g.w - g.right, y1: y + h, b: b, blank: blank, seq: len(items)})
			blank = false
		}
		if b.p != nil {
			for _, f := range b.p.floats {
				if blocksText(f.blocks) {
					x0, y0, x1, y1 := f.at.rect(g, y)
					items = append(items, item{page: page, x0: x0, y0: y0, x1: x1, y1: y1, bx: f, seq: len(items)})
				}
			}
		}
		y += h
	}
	for start := 0; start < len(items); {
		end, boxes := start, false
		for ; end < len(items) && items[end].page == items[start].page; end++ {
			boxes = boxes || items[end].bx != nil
		}
		page := items[start:end]
		if boxes {
			page = readingOrder(page)
		}
		for _, it := range page {
			if it.bx != nil {
				r.box(it.bx)
				continue
			}
			if it.blank {
				r.blank = true
			}
			if it.b.t != nil {
				r.table(it.b.t)
			} else {
				r.paraFlow(it.b.p)
			}
		}
		start = end
	}
}

// box renders a placed box as a block of its own.
func (r *renderer) box(bx *box) {
	if len(r.lines) > 0 {
		r.blank = true
	}
	r.blocks(bx.blocks)
	r.blank = len(r.lines) > 0
}

// floats renders the placed boxes of a paragraph outside the body (in a
// table cell, a header, another box) in reading order among themselves.
func (r *renderer) floats(fs []*box) {
	items := make([]item, 0, len(fs))
	for _, f := range fs {
		x0, y0, x1, y1 := f.at.rect(defaultGeom, 0)
		items = append(items, item{x0: x0, y0: y0, x1: x1, y1: y1, bx: f, seq: len(items)})
	}
	for _, it := range readingOrder(items) {
		r.box(it.bx)
	}
}
