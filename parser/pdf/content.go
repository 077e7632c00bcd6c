package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// matrix is a PDF transformation matrix [a b c d e f]; points are row
// vectors, so m.mul(n) applies m first, then n.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func translate(x, y float64) matrix { return matrix{1, 0, 0, 1, x, y} }

// glyph is one shown character (or ligature) in page space. Its fields
// are packed (64 bytes): a page holds tens of thousands.
type glyph struct {
	text   string
	x0, x1 float64 // left and right edge
	y      float64 // baseline
	size   float64 // effective font size
	font   *font   // nil for /ActualText
	link   int32   // index into the page's links, -1 when none
	// spaceBefore: a space glyph precedes this one in its row (1), an
	// ideographic space (2)
	spaceBefore int8
	bold        bool
	space       bool  // white space only
	guess       bool  // the font does not tell the width: x1 is a guess
	seq         int32 // the glyph's place in the page's drawing order (set by buildRows)
}

// gstate is the part of the graphics state the text needs.
type gstate struct {
	ctm      matrix
	font     *font
	fontSize float64
	tc, tw   float64 // character and word spacing
	th       float64 // horizontal scaling (1 = 100%)
	tl       float64 // leading
	rise     float64
	mode     int // text rendering mode
}

// pageRun interprets the content of one page.
type pageRun struct {
	p     *parser
	pd    *pageData
	ops   int
	forms int
	spans []*span // open marked-content sequences
	// looks counts the resources looked up on the page (fonts, XObjects,
	// marked-content properties), each name once a content stream
	looks int
	shown int // glyphs shown
}

// span is a marked-content sequence; with /ActualText, the text replaces
// that of the glyphs shown inside it (Chromium marks glyphs whose
// /ToUnicode entry is ambiguous this way: a radical for an ideograph, a
// figure dash for an en dash).
type span struct {
	actual bool
	text   string
	start  int // index of the first glyph shown inside
	box    bool
	x0, x1 float64
	y      float64
	size   float64
	bold   bool
}

// run interprets one content stream (already decoded) with its resources.
// Its budgets (safety.go): content operators and glyphs per page and per
// document, operands between two operators and their nesting, resources
// looked up per page; the first one that runs out stops the page, whose
// glyphs so far are kept, with a warning.
func (pr *pageRun) run(data []byte, res lpdf.Value, gs gstate, depth int) {
	if len(data) == 0 {
		return
	}
	strm, limit, err := wrapContent(data)
	if limit != nil {
		pr.p.lim.warn(pr.pd.num, limit.Error()+": the rest of the page is left out")
	}
	if err != nil {
		pr.pd.note(err)
		return
	}
	pr.runStream(strm, res, gs, depth)
	if g := pr.pd.glyphs; depth == 0 && cap(g) > len(g)+len(g)/4 {
		pr.pd.glyphs = append(make([]glyph, 0, len(g)), g...) // pages wait for layout: keep no spare room
	}
}

// runStream interprets a content stream wrapped by wrapStream.
func (pr *pageRun) runStream(strm, res lpdf.Value, gs gstate, depth int) {
	fonts := map[string]*font{}
	var rs resources // res's XObjects and properties, looked up once each
	rs.init(res)
	var stack []gstate
	var path rect // the current path's bounding box in page space
	inPath := false
	addPt := func(x, y float64) {
		m := gs.ctm
		px, py := x*m[0]+y*m[2]+m[4], x*m[1]+y*m[3]+m[5]
		if !inPath {
			path, inPath = rect{px, py, px, py}, true
			return
		}
		path = rect{math.Min(path.x0, px), math.Min(path.y0, py), math.Max(path.x1, px), math.Max(path.y1, py)}
	}
	tm, tlm := identity, identity
	defer func() {
		if r := recover(); r != nil {
			if st, ok := r.(pageStop); ok {
				if depth > 0 {
					panic(r) // stop the whole page
				}
				if st.msg != "" {
					pr.p.lim.warn(pr.pd.num, st.msg)
				}
				return
			}
			pr.pd.note(fmt.Errorf("content: %s", panicText(r)))
		}
	}()
	show := func(s []byte) {
		f := gs.font
		if f == nil {
			pr.p.unknown += len(s)
			return
		}
		for len(s) > 0 {
			pr.glyph()
			code, n := f.nextCode(s)
			if n <= 0 || n > len(s) {
				n = 1
			}
			raw := s[:n]
			s = s[n:]
			text := f.decode(code, raw)
			w := f.width(code, text) * f.scale
			guess := w <= 0 || w > 5
			if guess {
				w = 0.5
				if isCJKText(text) {
					w = 1
				}
			}
			trm := matrix{gs.fontSize * gs.th, 0, 0, gs.fontSize, 0, 0}.mul(tm).mul(gs.ctm)
			if text == "" && f.icon {
				pr.emitIcon(f, code, trm, w, gs)
			}
			pr.emit(text, trm, w, guess, gs)
			tx := w*gs.fontSize + gs.tc
			if n == 1 && code == 32 {
				tx += gs.tw
			}
			tm = translate(tx*gs.th, 0).mul(tm)
		}
	}
	lpdf.Interpret(strm, func(stk *lpdf.Stack, op string) {
		pr.op()
		args := popArgs(stk)
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		mat := func() (matrix, bool) {
			if len(args) < 6 {
				return identity, false
			}
			var m matrix
			for i := range m {
				m[i] = args[len(args)-6+i].Float64()
			}
			return m, true
		}
		switch op {
		case "q":
			if len(stack) < 1000 {
				stack = append(stack, gs)
			}
		case "Q":
			if n := len(stack); n > 0 {
				gs = stack[n-1]
				stack = stack[:n-1]
			}
		case "cm":
			if m, ok := mat(); ok {
				gs.ctm = m.mul(gs.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if len(args) >= 2 {
				name := args[len(args)-2].Name()
				f, ok := fonts[name]
				if !ok {
					pr.look()
					if len(pr.p.fonts) >= maxFonts {
						pr.p.lim.cut.fonts++ // not even looked up: fonts cost to read
					} else {
						f = pr.p.fontFor(pr.p.lim.key(rs.fonts(), name))
					}
					fonts[name] = f
				}
				gs.font = f
				gs.fontSize = args[len(args)-1].Float64()
			}
		case "Td", "TD":
			if len(args) >= 2 {
				tx, ty := num(len(args)-2), num(len(args)-1)
				if op == "TD" {
					gs.tl = -ty
				}
				tlm = translate(tx, ty).mul(tlm)
				tm = tlm
			}
		case "Tm":
			if m, ok := mat(); ok {
				tm, tlm = m, m
			}
		case "T*":
			tlm = translate(0, -gs.tl).mul(tlm)
			tm = tlm
		case "TL":
			gs.tl = num(0)
		case "Tc":
			gs.tc = num(0)
		case "Tw":
			gs.tw = num(0)
		case "Tz":
			gs.th = num(0) / 100
		case "Ts":
			gs.rise = num(0)
		case "Tr":
			gs.mode = int(num(0))
		case "Tj", "'", "\"":
			if len(args) == 0 {
				return
			}
			if op == "\"" && len(args) >= 3 {
				gs.tw, gs.tc = num(0), num(1)
			}
			if op != "Tj" {
				tlm = translate(0, -gs.tl).mul(tlm)
				tm = tlm
			}
			show([]byte(args[len(args)-1].RawString()))
		case "TJ":
			if len(args) == 0 {
				return
			}
			a := args[len(args)-1]
			for i, n := 0, a.Len(); i < n; i++ {
				switch e := a.Index(i); e.Kind() {
				case lpdf.String:
					show([]byte(e.RawString()))
				case lpdf.Integer, lpdf.Real:
					tm = translate(-e.Float64()/1000*gs.fontSize*gs.th, 0).mul(tm)
				}
			}
		case "m", "l":
			if len(args) >= 2 {
				addPt(num(len(args)-2), num(len(args)-1))
			}
		case "c", "v", "y":
			for i := 0; i+1 < len(args); i += 2 {
				addPt(num(i), num(i+1))
			}
		case "re":
			if len(args) >= 4 {
				x, y, w, h := num(0), num(1), num(2), num(3)
				addPt(x, y)
				addPt(x+w, y+h)
			}
		case "f", "F", "f*", "B", "B*", "b", "b*":
			if inPath && len(pr.pd.shapes) < 10000 && path.x1-path.x0 < 20 && path.y1-path.y0 < 20 {
				pr.pd.shapes = append(pr.pd.shapes, path)
			}
			pr.pd.addRule(inPath, path)
			inPath = false
		case "S", "s":
			pr.pd.addRule(inPath, path)
			inPath = false
		case "n":
			inPath = false
		case "BMC", "BDC":
			sp := &span{start: len(pr.pd.glyphs)}
			if op == "BDC" && len(args) >= 2 {
				props := args[len(args)-1]
				if props.Kind() == lpdf.Name {
					props = rs.property(pr, props.Name())
				}
				if at := props.Key("ActualText"); at.Kind() == lpdf.String {
					sp.actual, sp.text = true, cleanText(at.Text())
				}
			}
			if len(pr.spans) < 1000 {
				pr.spans = append(pr.spans, sp)
			}
		case "EMC":
			if n := len(pr.spans); n > 0 {
				sp := pr.spans[n-1]
				pr.spans = pr.spans[:n-1]
				pr.endSpan(sp, gs)
			}
		case "Do":
			if len(args) > 0 {
				pr.form(&rs, res, args[len(args)-1].Name(), gs, depth)
			}
		}
	})
}

// popArgs pops the operands of an operator, in order.
func popArgs(stk *lpdf.Stack) []lpdf.Value {
	n := stk.Len()
	if n == 0 {
		return nil
	}
	a := make([]lpdf.Value, n)
	for i := n - 1; i >= 0; i-- {
		a[i] = stk.Pop()
	}
	return a
}

// form interprets a form XObject; images and others are ignored.
func (pr *pageRun) form(rs *resources, res lpdf.Value, name string, gs gstate, depth int) {
	xo := rs.xobject(pr, name)
	if xo.Kind() != lpdf.Stream || xo.Key("Subtype").Name() != "Form" {
		return
	}
	if depth+1 > maxFormDepth {
		pr.pd.note(errors.New("form XObjects nested too deep"))
		return
	}
	if pr.forms++; pr.forms > maxFormsPage {
		pr.pd.note(errors.New("too many form XObjects on a page"))
		return
	}
	key := xo.String()
	strm, ok := pr.p.lim.forms[key]
	if !ok {
		data, err := pr.p.bg.readStream(xo)
		if err != nil {
			pr.pd.note(err)
		}
		if len(data) > 0 {
			var limit error
			strm, limit, err = wrapContent(data)
			if limit != nil {
				pr.p.lim.warn(pr.pd.num, fmt.Sprintf("form %s: %v: the rest of the form is left out", name, limit))
			}
			if err != nil {
				pr.pd.note(err)
			}
		}
		pr.p.lim.forms[key] = strm // sanitized once, however often it is drawn
	}
	if strm.Kind() != lpdf.Stream {
		return
	}
	if fm := xo.Key("Matrix"); fm.Len() == 6 {
		var m matrix
		for i := range m {
			m[i] = fm.Index(i).Float64()
		}
		gs.ctm = m.mul(gs.ctm)
	}
	fres := xo.Key("Resources")
	if fres.Kind() != lpdf.Dict {
		fres = res
	}
	pr.runStream(strm, fres, gs, depth+1)
}

// actualSpan returns the innermost open /ActualText span, if any.
func (pr *pageRun) actualSpan() *span {
	for i := len(pr.spans) - 1; i >= 0; i-- {
		if pr.spans[i].actual {
			return pr.spans[i]
		}
	}
	return nil
}

// endSpan replaces the glyphs shown in an /ActualText span by its text.
func (pr *pageRun) endSpan(sp *span, gs gstate) {
	if !sp.actual || !sp.box {
		return
	}
	pd := pr.pd
	if sp.start > len(pd.glyphs) {
		sp.start = len(pd.glyphs)
	}
	pd.glyphs = pd.glyphs[:sp.start]
	if sp.text == "" {
		return
	}
	pd.glyphs = append(pd.glyphs, glyph{text: sp.text, x0: sp.x0, x1: sp.x1, y: sp.y, size: sp.size,
		bold: sp.bold, space: strings.TrimSpace(sp.text) == "", link: -1})
}

// emit records one glyph.
func (pr *pageRun) emit(text string, trm matrix, w float64, guess bool, gs gstate) {
	if sp := pr.actualSpan(); sp != nil {
		// inside an /ActualText span: note where, the span has the text
		if trm[0] > 0 && trm[3] > 0 {
			x0, x1 := trm[4], trm[4]+w*trm[0]
			if !sp.box {
				sp.box, sp.x0, sp.x1, sp.y, sp.size = true, x0, x1, trm[5], math.Hypot(trm[2], trm[3])
				sp.bold = gs.font != nil && gs.font.bold || gs.mode == 2 || gs.mode == 6
			}
			sp.x0, sp.x1 = math.Min(sp.x0, x0), math.Max(sp.x1, x1)
		}
		return
	}
	if text == "" {
		pr.p.unknown++
		return
	}
	pd := pr.pd
	a, b, c, d := trm[0], trm[1], trm[2], trm[3]
	// upright text; a shear of the y axis alone (c) is a slanted, fake
	// italic (LibreOffice's italic CJK, which has no italic face)
	if !(a > 0 && d > 0 && math.Abs(b) <= 0.1*a && math.Abs(c) <= 0.5*d) {
		pr.p.rotated++ // rotated, mirrored or vertical text is left out
		return
	}
	size := math.Hypot(c, d)
	if math.Abs(c) > 0.1*d {
		size = d
	}
	if size < 1 || size > 1000 || math.IsNaN(size) {
		return
	}
	x0, y := trm[4], trm[5]
	x1 := x0 + w*a
	bx := pd.box
	if x1 < bx.x0-2 || x0 > bx.x1+2 || y < bx.y0-2 || y > bx.y1+2 {
		return // off the page
	}
	pd.glyphs = append(pd.glyphs, glyph{
		text:  text,
		x0:    x0,
		x1:    x1,
		y:     y,
		size:  size,
		bold:  gs.font.bold || gs.mode == 2 || gs.mode == 6,
		font:  gs.font,
		space: strings.TrimSpace(text) == "",
		link:  -1,
		guess: guess,
	})
}

// maxIcons is how many icon-font glyphs a page keeps to look for bullets
// among.
const maxIcons = 2000

// emitIcon notes where an icon font's glyph, which has no text, is drawn.
func (pr *pageRun) emitIcon(f *font, code uint32, trm matrix, w float64, gs gstate) {
	a, d := trm[0], trm[3]
	if len(pr.pd.icons) >= maxIcons || pr.actualSpan() != nil || gs.mode == 3 || gs.mode == 7 ||
		!(a > 0 && d > 0 && math.Abs(trm[1]) <= 0.1*a && math.Abs(trm[2]) <= 0.5*d) || d < 1 || d > 1000 {
		return
	}
	pr.pd.icons = append(pr.pd.icons, icon{font: f, code: code, x0: trm[4], x1: trm[4] + w*a, y: trm[5], size: d})
}

// fontFor returns the decoded font for a font dictionary.
func (p *parser) fontFor(fd lpdf.Value) *font {
	if fd.Kind() != lpdf.Dict {
		return nil
	}
	key := fd.String()
	if f, ok := p.fonts[key]; ok {
		return f
	}
	f := p.loadFont(fd)
	p.fonts[key] = f
	return f
}

// pageContent returns a page's content streams, decoded and concatenated.
// A stream listed more than once is decoded once; all together they are
// at most maxStreamBytes.
func (p *parser) pageContent(pg lpdf.Value, pd *pageData) []byte {
	c := pg.Key("Contents")
	cutMsg := fmt.Sprintf("more than %d bytes of content: the rest of the page is left out", maxPageContent)
	switch c.Kind() {
	case lpdf.Stream:
		data, cut, err := p.bg.readStreamCut(c, maxPageContent)
		if err != nil {
			pd.note(err)
		}
		if cut {
			p.lim.warn(pd.num, cutMsg)
		}
		return data
	case lpdf.Array:
		var all bytes.Buffer
		seen := map[any][]byte{} // by reference, else by stream
		for i, n := 0, c.Len(); i < n && i < maxContents; i++ {
			var key any
			r, isRef := indexRef(c, i)
			if isRef {
				key = r
			}
			s := p.lim.index(c, i)
			if !isRef {
				key = s.String()
			}
			data, ok := seen[key]
			if !ok {
				var err error
				var cut bool
				data, cut, err = p.bg.readStreamCut(s, maxPageContent-all.Len())
				if err != nil {
					pd.note(err)
					continue
				}
				seen[key] = data
				if cut {
					all.Write(data)
					p.lim.warn(pd.num, cutMsg)
					break
				}
			}
			if all.Len()+len(data)+1 > maxPageContent {
				p.lim.warn(pd.num, cutMsg)
				break
			}
			all.Write(data)
			all.WriteByte('\n')
		}
		return all.Bytes()
	}
	return nil
}

// readLinks reads the page's URI link annotations.
func (p *parser) readLinks(pg lpdf.Value, view matrix) []link {
	var links []link
	an := pg.Key("Annots")
	for i, n := 0, an.Len(); i < n && i < maxAnnots; i++ {
		a := p.lim.index(an, i)
		if a.Key("Subtype").Name() != "Link" {
			continue
		}
		act := a.Key("A")
		if act.Key("S").Name() != "URI" {
			continue
		}
		uri := strings.TrimSpace(act.Key("URI").Text())
		r := a.Key("Rect")
		if uri == "" || r.Len() != 4 {
			continue
		}
		b := boxOf(r)
		x0, y0 := b.x0*view[0]+b.y0*view[2]+view[4], b.x0*view[1]+b.y0*view[3]+view[5]
		x1, y1 := b.x1*view[0]+b.y1*view[2]+view[4], b.x1*view[1]+b.y1*view[3]+view[5]
		links = append(links, link{url: uri, box: rect{minf(x0, x1), minf(y0, y1), maxf(x0, x1), maxf(y0, y1)}})
	}
	return links
}

type link struct {
	url string
	box rect
}

type rect struct{ x0, y0, x1, y1 float64 }

// boxOf reads a rectangle array, normalized.
func boxOf(v lpdf.Value) rect {
	r := rect{v.Index(0).Float64(), v.Index(1).Float64(), v.Index(2).Float64(), v.Index(3).Float64()}
	if r.x0 > r.x1 {
		r.x0, r.x1 = r.x1, r.x0
	}
	if r.y0 > r.y1 {
		r.y0, r.y1 = r.y1, r.y0
	}
	return r
}

// Rules: a path at most maxRuleWidth thick and at least minRuleLength long
// is a rule (a table's border, an underline); a page keeps maxRules.
const (
	maxRuleWidth  = 2
	minRuleLength = 10
	maxRules      = 5000
)

// addRule keeps the painted path as one of the page's rules when it is
// thin and long.
func (pd *pageData) addRule(inPath bool, p rect) {
	w, h := p.x1-p.x0, p.y1-p.y0
	if inPath && len(pd.rules) < maxRules && (w <= maxRuleWidth && h >= minRuleLength || h <= maxRuleWidth && w >= minRuleLength) {
		pd.rules = append(pd.rules, p)
	}
}
