package pdf

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/doc"
)

// Layout turns each page's glyphs into lines in reading order:
//
//  1. rows: glyphs on one baseline (within 0.3 × the font size), sorted by
//     x, with overprinted duplicates (fake bold) removed; each row splits
//     into pieces at gaps wider than 1.3 × the font size (0.8 × where
//     the size or the baseline changes across the gap);
//  2. page furniture: rows in the top or bottom 8% of the page that are
//     page numbers, or recur (digits aside) on two or more pages, are
//     dropped (a repeated header is kept on page 1: it is often the name);
//  3. columns: a candidate gutter is an x that pieces lie on both sides
//     of. Rows whose pieces straddle it cut the page into bands; a band is
//     split into a left and a right column when both sides have text of
//     their own (≥ 2 rows with pieces on one side only, each side, 4 in
//     all, and at least a quarter as many as the rows with text on both
//     sides, which a sidebar has when its baselines meet the main's; 2 of
//     each side beside the other side's text, unless the two sides'
//     baselines interleave: the text above and below a table whose cell
//     gap is the gutter is no column beside it) and
//     each side's rows follow each other closely (median baseline step ≤
//     2.5 × the font size): a sidebar does, while right-aligned dates
//     (always beside a left piece) and date-label columns (sparse) do not.
//     The left column is read first, then the right one, each split again
//     recursively; the page's other rows keep their top-down order;
//  4. lines: a row's pieces within one column make one line; a gap wider
//     than half the font's space width is a space (0.1-0.25 em; 0.15 em
//     when the font has no space to measure, see wordGap; 0.1 em between
//     an ideograph and a Latin letter or digit, 0.4 em next to other CJK,
//     1 em between CJK characters), one wider than 2 × the size is
//     two spaces (a field separator for the extractor); with letter
//     spacing (the median gap between characters), the thresholds move up
//     by it;
//  5. paragraphs: a line joins the previous one in its column when that
//     one wrapped: the next line's first word would not have fit on it
//     (the column's right edge is the widest line of the columns with that
//     left edge in the document) and it fills 60% of the column at least
//     (a column narrower than 12 ems holds items, not paragraphs); they
//     must have the same size and weight, sit at normal line spacing and
//     start at the same x (or at the text after a bullet), and neither
//     may be a bullet item start or have a wide gap; a line
//     that ends a sentence before one that starts like a sentence stays
//     apart. Latin lines join with a space (a trailing hyphen before a
//     lower-case letter is dropped), CJK lines with none.

type row struct {
	y      float64
	size   float64
	gl     []*glyph // non-space glyphs, by x
	pieces []piece
	rules  []rect // the page's rules
}

type piece struct {
	gl     []*glyph
	x0, x1 float64
}

type line struct {
	gl     []*glyph
	page   int
	text   string
	marker string
	x0, x1 float64
	xText  float64 // left edge of the text after a marker
	y      float64 // baseline (of the last physical line once joined)
	size   float64
	bold   bool
	wide   bool
	blank  bool
	links  []doc.Link
	newCol bool // first line of a column that is not below the line before
	spans  []doc.Span
}

// layout builds the document from the pages' glyphs.
func layout(pds []*pageData) (*doc.Document, error) {
	rows := make([][]*row, len(pds))
	for i, pd := range pds {
		pd.glyphs = append(pd.glyphs, iconMarkers(pd.icons, pd.glyphs)...)
		assignLinks(pd)
		rows[i] = buildRows(pd.glyphs)
		for _, r := range rows[i] {
			r.rules = pd.rules
		}
	}
	dropFurniture(pds, rows)
	var pages []pageBlocks
	var all []*line
	for i, pd := range pds {
		pb := pageBlocks{num: pd.num}
		for _, blk := range splitRegion(rows[i], 0, pd.num == 1) {
			var ls []*line
			stops := rowStops(blk)
			for ri, r := range blk {
				l := newLine(r, pd.num, pd.links, stops[ri])
				if l != nil {
					ls = append(ls, l)
				}
			}
			ls = carryMarkers(ls)
			shapeMarkers(ls, pd.shapes)
			if len(ls) > 0 {
				pb.blocks = append(pb.blocks, ls)
				all = append(all, ls...)
			}
		}
		pages = append(pages, pb)
	}
	body := bodySize(all)
	lead := leadRatio(pages)
	// a line's right margin: the rightmost end of the lines (anywhere in
	// the document) that start where it starts (within 0.6 em), but for
	// lines of fields (a date at a tab stop may stand past the margin of
	// the text: LibreOffice's right tab)
	rightAt := map[int]float64{}
	for _, l := range all {
		if l.wide {
			continue
		}
		k := int(math.Round(l.x0))
		rightAt[k] = math.Max(rightAt[k], l.x1)
	}
	// within a column, the lines of that column that start there, when
	// another one ends within an em of the line (a sidebar's items start
	// where a full-width header line does; a line longer than all others
	// of its column does not show where the column ends)
	edgeIn := func(blk []*line) func(l *line) float64 {
		return func(l *line) float64 {
			span := 0.6 * l.size
			r, reached := l.x1, false
			for _, o := range blk {
				if o != l && !o.wide && math.Abs(o.x0-l.x0) <= span {
					r = math.Max(r, o.x1)
					reached = reached || o.x1 >= l.x1-l.size
				}
			}
			if reached {
				return r
			}
			r = l.x1
			k0 := int(math.Round(l.x0))
			n := int(math.Ceil(math.Max(3, span)))
			for k := k0 - n; k <= k0+n; k++ {
				if v, ok := rightAt[k]; ok {
					r = math.Max(r, v)
				}
			}
			return r
		}
	}
	d := &doc.Document{Format: doc.PDF}
	for _, pb := range pages {
		var prev *line
		n := 0
		for _, blk := range pb.blocks {
			left := math.Inf(1)
			for _, l := range blk {
				left = math.Min(left, l.x0)
			}
			for i, l := range blk {
				switch {
				case prev == nil:
				case i == 0 && l.y >= prev.y-0.1*l.size:
					l.blank, l.newCol = true, true
				default:
					l.blank = prev.y-l.y > 1.25*lead*math.Max(prev.size, l.size)
				}
				prev = l
			}
			for _, l := range rejoin(blk, edgeIn(blk), lead) {
				n++
				d.Lines = append(d.Lines, l.docLine(pb.num, n, left, body))
			}
		}
	}
	if len(d.Lines) == 0 {
		return nil, ErrNoText // page furniture only
	}
	return d, nil
}

type pageBlocks struct {
	num    int
	blocks [][]*line
}

// docLine renders a line with its hints.
func (l *line) docLine(page, n int, left, body float64) doc.Line {
	dl := doc.Line{
		Text:   l.text,
		Pos:    doc.Pos{Page: page, Line: n},
		Bold:   l.bold,
		Size:   math.Round(l.size*10) / 10,
		X:      math.Round(l.x0*10) / 10,
		Marker: l.marker,
		Links:  l.links,
		Blank:  l.blank,
		Spans:  doc.TidySpans(doc.CutMarker(l.spans, l.marker)),
	}
	if body > 0 {
		if l.x0 > left+1 {
			dl.Indent = int(math.Round((l.x0 - left) / (body / 2)))
		}
		if utf8.RuneCountInString(l.text) <= 60 {
			switch r := l.size / body; {
			case r >= 1.6:
				dl.Heading = 1
			case r >= 1.25:
				dl.Heading = 2
			case r >= 1.1 && l.bold:
				dl.Heading = 3
			}
		}
	}
	return dl
}

// buildRows groups glyphs into baseline rows, top to bottom.
func buildRows(glyphs []glyph) []*row {
	gs := make([]*glyph, len(glyphs))
	for i := range glyphs {
		glyphs[i].seq = int32(i)
		gs[i] = &glyphs[i]
	}
	sort.SliceStable(gs, func(i, j int) bool {
		if gs[i].y != gs[j].y {
			return gs[i].y > gs[j].y
		}
		return gs[i].x0 < gs[j].x0
	})
	type cluster struct {
		y, sumY, minSize float64
		n                int
		gl               []*glyph
	}
	var cls []*cluster
	var cur *cluster
	for _, g := range gs {
		if cur != nil && math.Abs(cur.y-g.y) <= 0.3*math.Min(cur.minSize, g.size)+0.01 {
			cur.gl = append(cur.gl, g)
			cur.n++
			cur.sumY += g.y
			cur.y = cur.sumY / float64(cur.n)
			cur.minSize = math.Min(cur.minSize, g.size)
			continue
		}
		cur = &cluster{y: g.y, sumY: g.y, minSize: g.size, n: 1, gl: []*glyph{g}}
		cls = append(cls, cur)
	}
	var split []*cluster
	for _, c := range cls {
		// two lines printed over each other a little apart (a layout's
		// boxes overlapping on the page) are two rows, not one whose
		// letters interleave
		sort.SliceStable(c.gl, func(i, j int) bool { return c.gl[i].x0 < c.gl[j].x0 })
		if !overlapping(c.gl) {
			split = append(split, c) // (the cheap test, made first)
			continue
		}
		gls := overprinted(c.gl)
		if len(gls) == 1 {
			c.gl = gls[0]
			split = append(split, c)
			continue
		}
		for _, gl := range gls {
			split = append(split, &cluster{y: c.y, gl: gl})
		}
	}
	var rows []*row
	for _, c := range split {
		sort.SliceStable(c.gl, func(i, j int) bool { return c.gl[i].x0 < c.gl[j].x0 })
		r := &row{y: c.y}
		var last *glyph
		pendingSpace := 0
		for _, g := range c.gl {
			if g.space {
				sp := 1
				if strings.ContainsRune(g.text, '\u3000') {
					sp = 2
				}
				if sp > pendingSpace {
					pendingSpace = sp
				}
				continue
			}
			if last != nil && last.text == g.text && math.Abs(g.x0-last.x0) < 0.15*g.size && math.Abs(g.y-last.y) < 0.15*g.size {
				if math.Abs(g.x0-last.x0) > 0.05 {
					last.bold = true // overprinted with an offset: fake bold
				}
				continue
			}
			if last != nil {
				g.spaceBefore = int8(pendingSpace)
			}
			pendingSpace = 0
			r.gl = append(r.gl, g)
			last = g
		}
		if len(r.gl) == 0 {
			continue
		}
		r.setPieces()
		rows = append(rows, r)
	}
	return joinCenteredCells(rows)
}

// overprinted splits the glyphs of a baseline cluster into rows of their
// own when runs of them (glyphs drawn one after another, left to right)
// are printed over each other (a layout's boxes overlapping on the page:
// "Senior Product Manager" over "衡石软件 Hengshi Software"), else returns
// them as one group.
func overprinted(gl []*glyph) [][]*glyph {
	byDraw := slices.Clone(gl)
	slices.SortFunc(byDraw, func(a, b *glyph) int { return cmp.Compare(a.seq, b.seq) })
	// glyphs drawn again where they were (a shadow, a fake bold) are no
	// run of their own: two or more in a row, each the same letter as one
	// drawn before it in the same place (one such letter alone may be
	// where two texts printed over each other happen to agree)
	seen := map[string][]*glyph{}
	again := make([]*glyph, len(byDraw)) // the glyph drawn first, or nil
	for i, g := range byDraw {
		if g.space {
			continue
		}
		best := math.Inf(1)
		for _, h := range seen[g.text] {
			shift := redrawShift
			if i > 0 && h == byDraw[i-1] {
				shift = nextRedrawShift // right after it: a fake bold, not the next dot of a leader
			}
			if d := math.Abs(h.x0 - g.x0); d < shift*g.size && math.Abs(h.y-g.y) < shift*g.size && d < best {
				again[i], best = h, d // the nearest
			}
		}
		seen[g.text] = append(seen[g.text], g)
	}
	// the glyph drawn before and after it, spaces skipped: a one-letter
	// word of a shadow ("a", "–") stands between spaces
	neighbour := func(i, d int) *glyph {
		for j := i + d; j >= 0 && j < len(byDraw); j += d {
			if !byDraw[j].space {
				return again[j]
			}
		}
		return nil
	}
	kept := byDraw[:0:0]
	for i, g := range byDraw {
		if h := again[i]; h != nil && (neighbour(i, -1) != nil || neighbour(i, 1) != nil) {
			if d := math.Abs(g.x0 - h.x0); d > 0.05 && d < fakeBoldShift*g.size {
				h.bold = true // drawn again a little off: a fake bold
			}
			continue
		}
		kept = append(kept, g)
	}
	redrawn := len(kept) < len(byDraw)
	byDraw = kept
	type drawRun struct {
		gl     []*glyph
		x0, x1 float64
	}
	var runs []*drawRun
	for _, g := range byDraw {
		if g.space {
			if len(runs) > 0 {
				runs[len(runs)-1].gl = append(runs[len(runs)-1].gl, g)
			}
			continue
		}
		if n := len(runs); n > 0 {
			last := runs[n-1]
			if g.x0 >= last.x1-overprint*g.size && g.x0 <= last.x1+newRunGap*g.size {
				last.gl = append(last.gl, g)
				last.x1 = math.Max(last.x1, g.x1)
				continue
			}
		}
		runs = append(runs, &drawRun{gl: []*glyph{g}, x0: g.x0, x1: g.x1})
	}
	var rows [][]*drawRun
	overlap := false
next:
	for _, r := range runs {
		for k, row := range rows {
			clash := false
			for _, o := range row {
				if overprints(r.gl, o.gl) || overprints(o.gl, r.gl) {
					clash = true
				}
			}
			if !clash {
				rows[k] = append(rows[k], r)
				continue next
			}
		}
		if len(rows) > 0 {
			overlap = true
		}
		rows = append(rows, []*drawRun{r})
	}
	if !overlap {
		if redrawn {
			return [][]*glyph{byDraw}
		}
		return [][]*glyph{gl}
	}
	out := make([][]*glyph, len(rows))
	for k, row := range rows {
		for _, r := range row {
			out[k] = append(out[k], r.gl...)
		}
	}
	return out
}

// overlapping reports whether two glyphs of a row, sorted by x, share
// more of their width than kerning makes them: the row may hold text
// printed over text, or a glyph drawn twice.
func overlapping(gl []*glyph) bool {
	var last *glyph
	for _, g := range gl {
		if g.space {
			continue
		}
		if last != nil && g.x0 < last.x1-overlapKern*math.Min(g.size, last.size) {
			return true
		}
		if last == nil || g.x1 > last.x1 {
			last = g
		}
	}
	return false
}

// overlapKern is how many ems a glyph may reach into the one before it by
// kerning alone.
const overlapKern = 0.15

// overprints reports whether most glyphs of a, two at least, stand on
// glyphs of b: their middles inside the width of one of b's (a run that
// starts a little left of where the run before it ends, its glyphs
// measured a little wide, does not).
func overprints(a, b []*glyph) bool {
	on, n := 0, 0
	for _, g := range a {
		if g.space {
			continue
		}
		n++
		mid := (g.x0 + g.x1) / 2
		for _, h := range b {
			if !h.space && h.x0 < mid && mid < h.x1 {
				on++
				break
			}
		}
	}
	return on >= 2 && 2*on >= n
}

// Bounds of text printed over text: a glyph goes on its run when it starts
// no more than overprint ems left of the run's end and no more than
// newRunGap ems right of it.
const (
	overprint       = 0.3
	newRunGap       = 1.3
	redrawShift     = 0.3  // the most ems a glyph drawn again is off the first (a shadow of 2 px on 12 px type is 0.17)
	nextRedrawShift = 0.1  // the same when drawn right after it (the dots of a leader stand 0.25 ems apart)
	fakeBoldShift   = 0.15 // the most ems a glyph drawn again to embolden it is off the first
)

// setPieces sets a row's size and splits its glyphs into pieces.
func (r *row) setPieces() {
	r.size = dominantSize(r.gl)
	r.pieces = nil
	for i, g := range r.gl {
		if i == 0 || newPiece(r.gl[i-1], g) {
			r.pieces = append(r.pieces, piece{x0: g.x0, x1: g.x1})
		}
		p := &r.pieces[len(r.pieces)-1]
		p.gl = append(p.gl, g)
		p.x1 = math.Max(p.x1, g.x1)
	}
}

// Bounds of a table row whose cells wrap around cells centred beside them.
const (
	maxWrapPitch   = 2.0  // the most ems between a cell's two lines
	maxCentreShift = 0.05 // the most ems the middle row stands off their midpoint (a cell centred by the layout, not two columns' lines that happen to meet)
	cellGap        = 0.8  // ems of gap that set two cells of a row apart
	cellSep        = 2.5  // ems between the cells of a joined row
	wrapSizeRatio  = 0.1  // the most the three rows' sizes differ, relative
	minRowCells    = 3    // cells of such a row, both lines counted once
)

// joinCenteredCells joins the rows of a table row whose cells wrap onto a
// second line while the cells beside them, one line each, are centred
// between the two (a Word table exported to PDF, borders or not):
//
//	          东湖师范学院 理学   应用物理    硕士研究生（专业
//	2011.9—2014.6
//	                   学院              （物理）        硕士）
//
// is one row, "2011.9—2014.6  东湖师范学院 理学学院  应用物理（物理）
// 硕士研究生（专业硕士）". Each piece of the lower row goes on with the cell of
// the upper row above it; the middle row's pieces stand in columns of
// their own.
//
// A row whose cells wrap onto more lines interleaves the same way at half
// the line pitch (cells of three lines beside cells of two, centred):
// joinInterleaved reads such a run of rows as one.
func joinCenteredCells(rows []*row) []*row {
	out := rows[:0:0]
	for i := 0; i < len(rows); i++ {
		if n := interleavedRun(rows, i); n >= minInterleaved {
			if j := joinInterleaved(rows, i, n); j != nil {
				out = append(out, j)
				i += n - 1
				continue
			}
		}
		if i+2 < len(rows) && centred(rows[i], rows[i+1], rows[i+2]) && alone(rows, i+1, rows[i].y-rows[i+2].y) {
			if j := joinCells(rows[i], rows[i+1], rows[i+2]); j != nil {
				out = append(out, j)
				i += 2
				continue
			}
		}
		out = append(out, rows[i])
	}
	return out
}

// interleavedRun returns how many rows from rows[i] on follow each other
// at one step, half a line of one size apart (the longest such run, odd,
// at most maxInterleaved rows), 0 when there is no such run of three or
// more or it does not start at i.
func interleavedRun(rows []*row, i int) int {
	if i+2 >= len(rows) {
		return 0
	}
	a := rows[i]
	sz, step := a.size, a.y-rows[i+1].y
	if sz <= 0 || step <= 0 || 2*step > maxWrapPitch*sz {
		return 0
	}
	same := func(k int) bool {
		return math.Abs(rows[k].size-sz) <= wrapSizeRatio*sz && len(rows[k].pieces) <= maxRowPieces &&
			math.Abs(rows[k-1].y-rows[k].y-step) <= 2*maxCentreShift*sz
	}
	if i > 0 && same(i) {
		return 0 // the run starts above
	}
	n := 1
	for i+n < len(rows) && same(i+n) {
		n++
	}
	if n%2 == 0 || n > maxInterleaved {
		return 0
	}
	return n
}

// Bounds of an interleaved run of a table row's lines: from five rows (a
// cell of three lines beside one of two) to nine (five beside four).
const (
	minInterleaved = 5
	maxInterleaved = 9
	runGap         = 1.1 // pitches a row just above or below the run must stand off it, when in one of its columns
)

// joinInterleaved joins the n rows from rows[i] on, an interleaved run,
// into one row of cells, or returns nil when they are no table row: the
// pieces of the rows in between (the cells centred on the others) must
// share no width with the pieces of the rows around them, each column of
// pieces must hold the lines of one cell (one piece a row), there must be
// minRowCells columns or more, and no text just above or below the run
// may stand in a column of the centred cells.
func joinInterleaved(rows []*row, i, n int) *row {
	run := rows[i : i+n]
	sz, pitch := run[0].size, 2*(run[0].y-run[1].y)
	for k := 1; k < n; k += 2 {
		for _, p := range run[k].pieces {
			for m := 0; m < n; m += 2 {
				if overlapsAny(p, run[m].pieces) {
					return nil
				}
			}
		}
		for _, o := range []int{i - 2, i - 1, i + n, i + n + 1} {
			if o < 0 || o >= len(rows) || math.Abs(rows[o].y-run[k].y) >= minCellSpace*pitch {
				continue
			}
			for _, p := range run[k].pieces {
				if overlapsAny(p, rows[o].pieces) {
					return nil // text above or below the centred cell: a column
				}
			}
		}
	}
	// columns: the pieces of the run grouped by the width they share
	type column struct {
		x0, x1 float64
		lines  [][]*glyph // top to bottom
		rows   []int
	}
	var cols []*column
	for k, r := range run {
		for _, p := range r.pieces {
			var into *column
			for _, c := range cols {
				if p.x0 < c.x1 && c.x0 < p.x1 {
					if into != nil || c.rows[len(c.rows)-1] == k {
						return nil // a piece under two columns, or two pieces in one
					}
					into = c
				}
			}
			if into == nil {
				into = &column{x0: p.x0, x1: p.x1}
				cols = append(cols, into)
			}
			into.x0, into.x1 = math.Min(into.x0, p.x0), math.Max(into.x1, p.x1)
			into.lines = append(into.lines, p.gl)
			into.rows = append(into.rows, k)
		}
	}
	if len(cols) < minRowCells {
		return nil
	}
	// the rows just above and below stand further off than a line's step,
	// or in no column of the run: columns of a page run on at line spacing
	// past their rows that happen to interleave
	for _, o := range [][2]int{{i - 1, i}, {i + n, i + n - 1}} {
		if o[0] < 0 || o[0] >= len(rows) || math.Abs(rows[o[0]].y-rows[o[1]].y) > runGap*pitch {
			continue
		}
		for _, p := range rows[o[0]].pieces {
			for _, c := range cols {
				if p.x0 < c.x1 && c.x0 < p.x1 {
					return nil
				}
			}
		}
	}
	// two columns of a page whose lines happen to interleave go on
	// interleaving above or below the run, each in its own columns (a
	// sidebar's heading half a line off the main column's): a row of a
	// table does not
	class := func(o int) int { // 1 or 2: the parity of the run's columns row o stands in, 3 both, 0 none
		c := 0
		for _, p := range rows[o].pieces {
			for _, col := range cols {
				if p.x0 < col.x1 && col.x0 < p.x1 {
					c |= 1 << (col.rows[0] % 2)
				}
			}
		}
		return c
	}
	step := run[0].y - run[1].y
	for _, pair := range [][2]int{{i - 2, i - 1}, {i + n, i + n + 1}} {
		a, b := pair[0], pair[1]
		if a < 0 || b >= len(rows) || math.Abs(rows[a].y-rows[b].y-step) > 2*maxCentreShift*sz {
			continue
		}
		if ca, cb := class(a), class(b); (ca == 1 || ca == 2) && (cb == 1 || cb == 2) && ca != cb {
			return nil
		}
	}
	slices.SortFunc(cols, func(x, y *column) int { return cmp.Compare(x.x0, y.x0) })
	for k := 1; k < len(cols); k++ {
		if cols[k].x0 < cols[k-1].x1 {
			return nil // columns grown into each other
		}
	}
	j := &row{y: run[0].y}
	cursor := math.Inf(-1)
	for _, c := range cols {
		shift := math.Max(0, cursor+cellSep*sz-c.x0)
		var last *glyph
		for li, gl := range c.lines {
			for k, g := range gl {
				ng := *g
				if li > 0 && k == 0 {
					// the cell's next line goes on after the one above: no
					// space between ideographs, a space between words
					x := last.x1
					ng.spaceBefore = 0
					if lr := lastRune(last.text); lr != '-' && (!isCJK(lr) || !isCJK(firstRune(g.text))) {
						ng.spaceBefore, x = 1, last.x1+0.3*sz
					}
					shift = x - g.x0
				}
				ng.x0, ng.x1, ng.y = g.x0+shift, g.x1+shift, run[0].y
				j.gl = append(j.gl, &ng)
				last = &ng
			}
		}
		cursor = last.x1
	}
	j.setPieces()
	return j
}

// alone reports whether the pieces of row k have no text above or below
// them, in the two rows above the row before it and the two below the row
// after it, nearer than minCellSpace × pitch (the distance between the two
// lines of the cells beside it): a cell centred in a table row, not a line
// of a column beside another column.
func alone(rows []*row, k int, pitch float64) bool {
	m := rows[k]
	for _, d := range []int{-3, -2, 2, 3} {
		j := k + d
		if j < 0 || j >= len(rows) || math.Abs(rows[j].y-m.y) >= minCellSpace*pitch {
			continue
		}
		for _, p := range m.pieces {
			if overlapsAny(p, rows[j].pieces) {
				return false
			}
		}
	}
	return true
}

// overlapsAny reports whether piece p shares some of its width with one of
// ps.
func overlapsAny(p piece, ps []piece) bool {
	for _, q := range ps {
		if p.x0 < q.x1 && q.x0 < p.x1 {
			return true
		}
	}
	return false
}

// minCellSpace is how far, in pitches of the wrapped cells, the text
// above and below a centred cell stays.
const minCellSpace = 1.5

// centred reports whether row m stands on the midpoint of rows a and b,
// set in one size and near enough to be a cell's two lines, each row with
// at most maxRowPieces pieces (the cheap test, made first).
func centred(a, m, b *row) bool {
	sz := a.size
	return sz > 0 && math.Abs(m.size-sz) <= wrapSizeRatio*sz && math.Abs(b.size-sz) <= wrapSizeRatio*sz &&
		a.y-b.y <= maxWrapPitch*sz && math.Abs(m.y-(a.y+b.y)/2) <= maxCentreShift*sz &&
		len(a.pieces) <= maxRowPieces && len(m.pieces) <= maxRowPieces && len(b.pieces) <= maxRowPieces
}

// maxRowPieces is the most pieces a row of a table joined this way has.
const maxRowPieces = 24

// joinCells joins rows a (top), m and b as joinCenteredCells says, or
// returns nil when they are no such table row (centred has said they
// could be).
func joinCells(a, m, b *row) *row {
	sz := a.size
	for _, p := range m.pieces {
		if overlapsAny(p, a.pieces) || overlapsAny(p, b.pieces) {
			return nil // the middle row shares a column: lines of one text
		}
	}
	// the upper row's cells: its glyphs apart by cellGap or more
	var cells [][]*glyph
	for k, g := range a.gl {
		if k == 0 || g.x0-a.gl[k-1].x1 >= cellGap*sz {
			cells = append(cells, nil)
		}
		cells[len(cells)-1] = append(cells[len(cells)-1], g)
	}
	tails := make([][]*glyph, len(cells))
	for _, p := range b.pieces {
		best, most := -1, 0.0
		for k, c := range cells {
			if ov := math.Min(p.x1, c[len(c)-1].x1) - math.Max(p.x0, c[0].x0); ov > most {
				best, most = k, ov
			}
		}
		if best < 0 || tails[best] != nil {
			return nil // a lower piece under no cell, or two under one
		}
		tails[best] = p.gl
	}
	if len(m.pieces)+len(cells) < minRowCells {
		return nil // one cell beside another: two columns, no table
	}
	type cell struct {
		gl    []*glyph
		upper int // how many of gl are the upper line's: the lower line goes on after them
	}
	var all []cell
	for k, c := range cells {
		all = append(all, cell{append(slices.Clone(c), tails[k]...), len(c)})
	}
	for _, p := range m.pieces {
		all = append(all, cell{p.gl, len(p.gl)})
	}
	slices.SortFunc(all, func(x, y cell) int { return cmp.Compare(x.gl[0].x0, y.gl[0].x0) })
	j := &row{y: a.y}
	cursor := math.Inf(-1)
	for _, c := range all {
		shift := math.Max(0, cursor+cellSep*sz-c.gl[0].x0)
		var last *glyph
		for k, g := range c.gl {
			ng := *g
			if k == c.upper {
				// the cell's next line goes on after its first: no space
				// between ideographs, a space between words
				ng.spaceBefore = 0
				x := last.x1
				if !isCJK(lastRune(last.text)) || !isCJK(firstRune(g.text)) {
					ng.spaceBefore, x = 1, last.x1+0.3*sz
				}
				shift = x - g.x0
			}
			ng.x0, ng.x1, ng.y = g.x0+shift, g.x1+shift, a.y
			j.gl = append(j.gl, &ng)
			last = &ng
		}
		cursor = last.x1
	}
	j.setPieces()
	return j
}

// newPiece reports whether glyph g starts a new piece of its row after p:
// a gap wider than 1.3 × the font size, or one wider than 0.8 × where the
// size or the baseline changes too (two columns whose lines happen to
// meet: a sidebar in 9 pt beside the main text in 10 pt).
func newPiece(p, g *glyph) bool {
	sz := math.Max(g.size, p.size)
	gap := g.x0 - p.x1
	if gap > 1.3*sz {
		return true
	}
	return gap > 0.8*sz && (math.Abs(g.size-p.size) > 0.05*sz || math.Abs(g.y-p.y) > 0.1*sz)
}

// dominantSize is the size most characters have.
func dominantSize(gl []*glyph) float64 {
	count := map[float64]int{}
	best, bestN := 0.0, -1
	for _, g := range gl {
		s := math.Round(g.size*10) / 10
		count[s] += utf8.RuneCountInString(g.text)
		if n := count[s]; n > bestN || n == bestN && s > best {
			best, bestN = s, n
		}
	}
	return best
}

// assignLinks marks the glyphs inside a link annotation's rectangle.
func assignLinks(pd *pageData) {
	for li, lk := range pd.links {
		for i := range pd.glyphs {
			g := &pd.glyphs[i]
			cx, cy := (g.x0+g.x1)/2, g.y+0.3*g.size
			if cx >= lk.box.x0-1 && cx <= lk.box.x1+1 && cy >= lk.box.y0-1 && cy <= lk.box.y1+1 {
				g.link = int32(li)
			}
		}
	}
}

var pageNumber = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:[-–—\s]*\d{1,3}[-–—\s]*|(?:page|p\.|pg\.?|seite|página|pagina)\s*\d{1,3}(?:\s*(?:of|/|von|de|di)\s*\d{1,3})?|\d{1,3}\s*(?:/|of)\s*\d{1,3}|(?:共\s*\d{1,3}\s*页\s*[,，]?\s*)?第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*页)$`)
})

// dropFurniture removes page numbers and repeated headers and footers.
func dropFurniture(pds []*pageData, rows [][]*row) {
	// the text and key of each row in a zone, composed once
	texts := map[*row]string{}
	text := func(r *row) string {
		t, ok := texts[r]
		if !ok {
			t, _ = compose(r.gl)
			texts[r] = t
		}
		return t
	}
	keyOf := func(r *row) string {
		t := text(r)
		var b strings.Builder
		for _, c := range strings.ToLower(t) {
			switch {
			case unicode.IsSpace(c):
			case unicode.IsDigit(c):
				b.WriteByte('#')
			default:
				b.WriteRune(c)
			}
		}
		return b.String()
	}
	zone := func(pd *pageData, r *row) (top, in bool) {
		h := pd.box.y1 - pd.box.y0
		switch {
		case r.y >= pd.box.y1-0.08*h:
			return true, true
		case r.y <= pd.box.y0+0.08*h:
			return false, true
		}
		return false, false
	}
	pagesOf := map[[2]string]map[int]bool{}
	for i, pd := range pds {
		for _, r := range rows[i] {
			top, in := zone(pd, r)
			if !in {
				continue
			}
			k := [2]string{keyOf(r), map[bool]string{true: "t", false: "b"}[top]}
			if pagesOf[k] == nil {
				pagesOf[k] = map[int]bool{}
			}
			pagesOf[k][pd.num] = true
		}
	}
	for i, pd := range pds {
		kept := rows[i][:0]
		for _, r := range rows[i] {
			top, in := zone(pd, r)
			if in {
				if pageNumber().MatchString(strings.TrimSpace(text(r))) {
					continue
				}
				k := [2]string{keyOf(r), map[bool]string{true: "t", false: "b"}[top]}
				if len(pagesOf[k]) >= 2 && !(top && pd.num == 1) {
					continue
				}
			}
			kept = append(kept, r)
		}
		rows[i] = kept
	}
}

// splitRegion orders a region's rows into blocks (columns and the
// single-column runs between them); head: the region is the first page,
// whose first rows may be a header (see headerBlocks).
func splitRegion(rows []*row, depth int, head bool) [][]*row {
	pieces := 0
	for _, r := range rows {
		pieces += len(r.pieces)
	}
	if depth >= 4 || len(rows) < 4 || pieces > 5000 { // no page of a resume has more
		return [][]*row{rows}
	}
	cx, ok := findGutter(rows, head)
	if !ok {
		return [][]*row{rows}
	}
	var out [][]*row
	var flow, band []*row
	first := head // the band is the region's first rows
	split := func(b []*row) bool { return columnar(b, cx) || first && headerBlocks(b, cx) != 0 }
	flushFlow := func() {
		if len(flow) > 0 {
			out = append(out, flow)
			flow = nil
		}
	}
	flushBand := func() {
		if len(band) == 0 {
			return
		}
		// the full-width text after the columns, set apart by a section's
		// gap: rows on the left only, or with dates flush right past the
		// right column's edge ("PROJECTS" / "Readmission Risk Model …
		// 01/2022 – 11/2022")
		var tail []*row
		if k := fullWidthTail(band, cx); k > 0 && split(band[:k]) {
			band, tail = band[:k], band[k:]
		}
		defer func() { flow = append(flow, tail...) }()
		if split(band) {
			flushFlow()
			left, right := splitRows(band, cx)
			if !columnar(band, cx) && headerBlocks(band, cx) > 0 {
				left, right = right, left // the name first
			}
			out = append(out, splitRegion(left, depth+1, false)...)
			out = append(out, splitRegion(right, depth+1, false)...)
		} else {
			flow = append(flow, band...)
		}
		band = nil
	}
	for _, r := range rows {
		if crosses(r, cx) {
			flushBand()
			first = false
			flow = append(flow, r)
			continue
		}
		band = append(band, r)
	}
	flushBand()
	flushFlow()
	return out
}

// sectionGap is how many times the band's usual line step a vertical gap
// must be to set the text below it apart from the columns above it.
const sectionGap = 1.8

// fullWidthTail returns the index of the first row of the full-width text
// at the end of a band, 0 when there is none: the rows after the band's
// last wide vertical gap, each on the left of cx only or with a date set
// flush right well past where the right column starts.
func fullWidthTail(band []*row, cx float64) int {
	if len(band) < 6 {
		return 0
	}
	var steps []float64
	for i := 1; i < len(band); i++ {
		steps = append(steps, band[i-1].y-band[i].y)
	}
	step := median(steps)
	edge := math.Inf(1) // the right column's left edge
	for _, r := range band {
		for _, p := range r.pieces {
			if p.x0 >= cx {
				edge = math.Min(edge, p.x0)
			}
		}
	}
	at := 0
	for i := 1; i < len(band); i++ {
		if band[i-1].y-band[i].y > sectionGap*step {
			at = i
		}
	}
	if at == 0 || at > len(band)-1 {
		return 0
	}
	for _, r := range band[at:] {
		for _, p := range r.pieces {
			if p.x0 >= cx && !(p.x0 > edge+4*r.size && pieceYear(p)) {
				return 0
			}
		}
	}
	return at
}

// pieceYear reports whether a piece of a row holds a year (19xx, 20xx).
func pieceYear(p piece) bool {
	var b strings.Builder
	for _, g := range p.gl {
		b.WriteString(g.text)
	}
	return yearRe().MatchString(b.String())
}

// leftYear reports whether a row's text left of cx holds a year.
func leftYear(r *row, cx float64) bool {
	return slices.ContainsFunc(r.pieces, func(p piece) bool { return p.x1 <= cx && pieceYear(p) })
}

var yearRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?:^|\D)(?:19|20)\d\d(?:\D|$)`) })

func crosses(r *row, cx float64) bool {
	for _, p := range r.pieces {
		if p.x0 < cx-0.5 && p.x1 > cx+0.5 {
			return true
		}
	}
	return false
}

// findGutter returns the x that splits the most rows into columns; head
// as for splitRegion.
func findGutter(rows []*row, head bool) (float64, bool) {
	var xs []float64
	for _, r := range rows {
		for _, p := range r.pieces {
			xs = append(xs, p.x0, p.x1)
		}
	}
	sort.Float64s(xs)
	type cand struct{ cx, w float64 }
	var cands []cand
	for i := 0; i+1 < len(xs); i++ {
		if w := xs[i+1] - xs[i]; w >= 2 {
			cands = append(cands, cand{(xs[i] + xs[i+1]) / 2, w})
		}
	}
	if len(cands) > 500 {
		sort.Slice(cands, func(i, j int) bool { return cands[i].w > cands[j].w })
		cands = cands[:500]
	}
	best, bestScore, bestW := 0.0, 0, 0.0
	for _, c := range cands {
		cx, w := c.cx, c.w
		score := 0
		var band []*row
		first := head
		split := func(b []*row) bool { return columnar(b, cx) || first && headerBlocks(b, cx) != 0 }
		flush := func() {
			// as splitRegion reads a band: without the full-width text
			// after it, when there is some
			if k := fullWidthTail(band, cx); k > 0 && split(band[:k]) {
				score += k
			} else if len(band) > 0 && split(band) {
				score += len(band)
			}
			band = band[:0]
		}
		for _, r := range rows {
			if crosses(r, cx) {
				flush()
				first = false
				continue
			}
			band = append(band, r)
		}
		flush()
		if score > bestScore || score == bestScore && score > 0 && w > bestW {
			best, bestScore, bestW = cx, score, w
		}
	}
	return best, bestScore >= 4
}

// columnar reports whether a band of rows (none straddling cx) reads as
// two columns split at cx.
func columnar(band []*row, cx float64) bool {
	var nl, nr, nb int
	var ly, ry, lsz, rsz []float64
	gutterL, gutterR := math.Inf(-1), math.Inf(1)
	for _, r := range band {
		hasL, hasR := false, false
		for _, p := range r.pieces {
			if p.x1 <= cx {
				hasL = true
				gutterL = math.Max(gutterL, p.x1)
				lsz = append(lsz, p.gl[0].size)
			} else {
				hasR = true
				gutterR = math.Min(gutterR, p.x0)
				rsz = append(rsz, p.gl[0].size)
			}
		}
		switch {
		case hasL && hasR:
			nb++
		case hasL:
			nl++
		default:
			nr++
		}
		if hasL {
			ly = append(ly, r.y)
		}
		if hasR {
			ry = append(ry, r.y)
		}
	}
	if len(lsz) == 0 || len(rsz) == 0 {
		return false
	}
	sz := median(append(append([]float64(nil), lsz...), rsz...))
	if gutterR-gutterL < math.Max(3, 0.5*sz) {
		return false
	}
	if labelColumn(band, cx, sz) {
		return false
	}
	if ruledTable(band, gutterL, gutterR) {
		return false // a table drawn with borders: its rows read across
	}
	if flushRightNotes(band, cx, sz) {
		return false // headings and dates set flush right: no column of text
	}
	if !dense(ly, median(lsz)) || !dense(ry, median(rsz)) {
		return false
	}
	if crossWrap(band, cx) {
		return true // read across, a paragraph would be cut by the other side's text
	}
	if timeline(band, cx) || datedRows(band, cx) {
		return false // dates and places beside their entries: read across
	}
	if nl < 2 || nr < 2 || nl+nr < 4 || 4*(nl+nr) < nb {
		return false
	}
	if bl, br := besideRows(band, cx); (bl < minBeside || br < minBeside) && !interleaved(band, cx) {
		return false // no text of its own beside the other side's: a table's cells
	}
	return !grid(band, cx)
}

// ruledTable reports whether a band is a table drawn with borders across
// the gap between its sides (gutterL to gutterR): vertical rules in the
// gap beside half of the band's height or more, and minCrossRules rules
// or more across the gap between the band's rows. A sidebar's divider has
// no rules across it.
func ruledTable(band []*row, gutterL, gutterR float64) bool {
	if len(band) == 0 || len(band[0].rules) == 0 {
		return false
	}
	top, bottom := math.Inf(-1), math.Inf(1)
	for _, r := range band {
		top, bottom = math.Max(top, r.y+r.size), math.Min(bottom, r.y-r.size/2)
	}
	beside, across := 0.0, 0 // the height the gap's rules run beside the band (a border is drawn cell by cell)
	for _, ru := range band[0].rules {
		switch {
		case ru.x1-ru.x0 <= maxRuleWidth && ru.x0 >= gutterL-1 && ru.x1 <= gutterR+1:
			beside += math.Max(0, math.Min(ru.y1, top)-math.Max(ru.y0, bottom))
		case ru.y1-ru.y0 <= maxRuleWidth && ru.x0 < gutterL && ru.x1 > gutterR && ru.y0 >= bottom && ru.y1 <= top:
			across++
		}
	}
	return beside >= (top-bottom)/2 && across >= minCrossRules
}

// minCrossRules is how many rules across a band's gap make it a table.
const minCrossRules = 2

// A timeline table: a narrow left column of stamps (a date, a place,
// one piece a row) beside a wide right column of entries. Its left text is at most
// stampWidth times as wide as the right's, each of its blocks holds at
// most maxStampRows rows, and at least minStamps blocks start on a row
// where an entry starts on the right.
const (
	stampWidth   = 0.5
	maxStampRows = 3
	minStamps    = 2
)

// timeline reports whether a band is a timeline table: each block of the
// left side (rows at line spacing, as closestSteps measures it, and no
// more than maxLineStep ems apart) starts on the baseline of an entry of
// the right side (the right side's row above it, if any, is further than
// a line away, or the block's first row holds a year) and runs beside that
// entry, each of its rows with text on the right too; or it is a heading on
// a row of its own right above such a block, whose first row may follow it
// at line spacing. A row's left side is one piece, or one word spaced out
// in two ("证  书"). A sidebar's blocks start where they will, most often
// beside the middle of a paragraph of the main column, and run on past it.
func timeline(band []*row, cx float64) bool {
	for _, r := range band {
		left, short := 0, true
		for _, p := range r.pieces {
			if p.x1 <= cx {
				left++
				short = short && len(p.gl) <= 2
			}
		}
		if left > 2 || left == 2 && !short {
			return false // cells of a table, not a stamp ("证  书", one word spaced out, is one)
		}
	}
	if lw, rw := sideWidths(band, cx); lw > stampWidth*rw {
		return false
	}
	step := closestSteps(band, cx)
	stamps := 0
	lastL, lastR := -1, -1 // the indices of each side's row above
	blockRows := 0         // the rows of the left block so far
	heading := false       // the left block is a heading on its own row
	for i, r := range band {
		l, rt := hasSide(r, cx, false), hasSide(r, cx, true)
		if l {
			gap := lastL < 0
			if !gap {
				d := band[lastL].y - r.y
				gap = d > math.Min(lineSlack*step[0], maxLineStep*math.Max(r.size, band[lastL].size))
			}
			switch {
			case gap && rt && (lastR < 0 || band[lastR].y-r.y > lineSlack*step[1] || leftYear(r, cx)):
				stamps++ // a block starts beside an entry's first line (or a dated one right under the last)
				blockRows, heading = 1, false
			case gap && !rt && i+1 < len(band) && hasSide(band[i+1], cx, false) && hasSide(band[i+1], cx, true):
				blockRows, heading = 1, true // a heading above the next block
			case heading && rt && (lastR < 0 || band[lastR].y-r.y > lineSlack*step[1]):
				stamps++ // the block under the heading starts beside an entry's first line
				blockRows, heading = 1, false
			case gap, heading, !rt:
				return false
			default:
				blockRows++
				if blockRows > maxStampRows {
					return false
				}
			}
			lastL = i
		}
		if rt {
			lastR = i
		}
	}
	return stamps >= minStamps
}

// datedRows reports whether a band is a form's table of dated rows: a
// narrow left side of a label cell and a date cell ("教育 | 2007年9月-2011"
// over "经历 | 年7月") beside the entries on the right. Each row of the
// left side that holds a year starts a block and has an entry's text
// beside it; the rows under it, no more than maxStampRows-1, hold short
// pieces only (the date's wrapped end, the label's second half); rows
// before the first block have nothing on the right. Two blocks at least.
func datedRows(band []*row, cx float64) bool {
	blocks, cont := 0, 0
	for _, r := range band {
		var left []piece
		for _, p := range r.pieces {
			if p.x1 <= cx {
				left = append(left, p)
			}
		}
		if len(left) == 0 {
			continue
		}
		rt := hasSide(r, cx, true)
		if slices.ContainsFunc(left, pieceYear) {
			if !rt {
				return false
			}
			blocks, cont = blocks+1, 0
			continue
		}
		if blocks == 0 {
			if rt {
				return false
			}
			continue // a row of the form above the table
		}
		if cont++; cont >= maxStampRows {
			return false
		}
		for _, p := range left {
			if len(p.gl) > maxStampPiece {
				return false
			}
		}
	}
	lw, rw := sideWidths(band, cx)
	return blocks >= minStamps && lw <= formStampWidth*rw
}

// sideWidths is how wide a band's text is on each side of the gutter
// at cx: from the leftmost start to the rightmost end of its pieces.
func sideWidths(band []*row, cx float64) (left, right float64) {
	lx0, rx0 := math.Inf(1), math.Inf(1)
	lx1, rx1 := math.Inf(-1), math.Inf(-1)
	for _, r := range band {
		for _, p := range r.pieces {
			if p.x1 <= cx {
				lx0, lx1 = math.Min(lx0, p.x0), math.Max(lx1, p.x1)
			} else {
				rx0, rx1 = math.Min(rx0, p.x0), math.Max(rx1, p.x1)
			}
		}
	}
	return lx1 - lx0, rx1 - rx0
}

// maxStampPiece is the most glyphs of a piece under a dated row's first
// ("年7月", "经历"); formStampWidth the widest a form's left side of labels
// and dates may be, relative to its right side.
const (
	maxStampPiece  = 6
	formStampWidth = 0.6
)

// minBeside is how many rows of its own each side of a gutter must have
// beside the other side's text to make two columns, unless their
// baselines interleave.
const minBeside = 2

// lineSlack is how many times a side's closest baseline step the step
// between two of its rows may be for them to follow each other at line
// spacing (a table's rows, a new paragraph, are further apart).
const lineSlack = 1.15

// besideRows counts the rows with text left of cx only (nl) and right of
// it only (nr) that run beside the other side's text: between the first
// and the last rows of both sides, or going on from them at the side's
// line spacing (its closest baseline step, as in grid). Two columns each
// have text of their own beside the other's. A table whose cell gap
// makes the gutter has its rows on both sides, rows of one side only
// where a cell wraps, and the page's text above and below it, set apart
// by more than a line (a heading, the next section), on one side only
// when it stops short of cx.
func besideRows(band []*row, cx float64) (nl, nr int) {
	step := closestSteps(band, cx)
	var ys [2][]float64 // per side: the baselines of its rows, top-down
	var idx [2][]int    // and the rows' indices in band
	for s := range ys {
		ys[s], idx[s] = make([]float64, 0, len(band)), make([]int, 0, len(band))
	}
	for i, r := range band {
		for s, right := range []bool{false, true} {
			if hasSide(r, cx, right) {
				ys[s], idx[s] = append(ys[s], r.y), append(idx[s], i)
			}
		}
	}
	if len(ys[0]) == 0 || len(ys[1]) == 0 {
		return 0, 0
	}
	top := math.Min(ys[0][0], ys[1][0])
	bottom := math.Max(ys[0][len(ys[0])-1], ys[1][len(ys[1])-1])
	beside := make([]bool, len(band))
	for s := range ys {
		first, last := -1, -1
		for k, y := range ys[s] {
			if y <= top && y >= bottom {
				if first < 0 {
					first = k
				}
				last = k
			}
		}
		if first < 0 {
			continue
		}
		near := func(k int) bool { return ys[s][k-1]-ys[s][k] <= lineSlack*step[s] }
		for first > 0 && near(first) {
			first--
		}
		for last+1 < len(ys[s]) && near(last+1) {
			last++
		}
		for _, i := range idx[s][first : last+1] {
			beside[i] = true
		}
	}
	for i, r := range band {
		if !beside[i] {
			continue
		}
		switch l, rt := hasSide(r, cx, false), hasSide(r, cx, true); {
		case l && !rt:
			nl++
		case rt && !l:
			nr++
		}
	}
	return nl, nr
}

// closestSteps returns, per side of cx (left, right), the closest
// baseline step between rows with text on that side: its line spacing.
func closestSteps(band []*row, cx float64) [2]float64 {
	var step [2]float64
	last := [2]float64{math.NaN(), math.NaN()}
	for _, r := range band {
		for s, right := range []bool{false, true} {
			if !hasSide(r, cx, right) {
				continue
			}
			if d := last[s] - r.y; d > minLineStep*r.size && (step[s] == 0 || d < step[s]) {
				step[s] = d
			}
			last[s] = r.y
		}
	}
	return step
}

// blockRatio is how many times the size of all the text on one side of a
// gutter the text on the other side must be to make a block of its own.
const blockRatio = 1.5

// headerBlocks reports whether the first rows of a document are a
// header of two blocks: all the text on one side of cx is set in type
// blockRatio times the size of all the text on the other side, a name
// and a title in large type beside a block of contact details
// (moderncv's header). They share baselines by chance, and are read one
// after the other, not a line each row. Further down a page, large type
// beside small is a heading beside its items: read across. It returns
// -1 when the large type is left of cx, 1 when it is right, else 0.
func headerBlocks(band []*row, cx float64) int {
	lo := [2]float64{math.Inf(1), math.Inf(1)}
	hi := [2]float64{0, 0}
	for _, r := range band {
		for _, p := range r.pieces {
			s := 0
			if p.x1 > cx {
				s = 1
			}
			sz := dominantSize(p.gl)
			lo[s], hi[s] = math.Min(lo[s], sz), math.Max(hi[s], sz)
		}
	}
	switch {
	case hi[0] == 0 || hi[1] == 0:
		return 0
	case lo[0] >= blockRatio*hi[1]:
		return -1
	case lo[1] >= blockRatio*hi[0]:
		return 1
	}
	return 0
}

// Baseline steps, in ems, between the lines of one paragraph: wider than
// minLineStep and at most maxLineStep (CJK fonts' leading in LibreOffice
// is about 1.7 em).
const (
	minLineStep = 0.5
	maxLineStep = 2.0
)

// sidePieces returns a row's pieces left of cx (right false) or right of
// it (right true).
func sidePieces(r *row, cx float64, right bool) []piece {
	var out []piece
	for _, p := range r.pieces {
		if (p.x1 > cx) == right {
			out = append(out, p)
		}
	}
	return out
}

// hasSide reports whether a row has a piece left of cx (right false) or
// right of it (right true), as sidePieces splits them.
func hasSide(r *row, cx float64, right bool) bool {
	for _, p := range r.pieces {
		if (p.x1 > cx) == right {
			return true
		}
	}
	return false
}

// crossWrap reports whether reading a band across its rows would cut a
// paragraph of one side with text of the other: a line on one side wraps
// (the next line of that side, at line spacing and at its left edge,
// starts with a word that would not have fit before the side's right
// edge) and the other side has text on a row below the line down to the
// next line, and the other side holds paragraphs too (a line of it
// wraps). A sidebar whose baselines meet the main column's is such a
// band; a label column (dates, headings, "Phone") beside its values is
// not, nor are dates and places set at the right of a page's entries:
// they never wrap.
func crossWrap(band []*row, cx float64) bool {
	var wrapped, cut [2]bool // per side: a line wraps; one wraps across the other side's text
	for s, right := range []bool{false, true} {
		left, edge := math.Inf(1), math.Inf(-1)
		for _, r := range band {
			for _, p := range sidePieces(r, cx, right) {
				left, edge = math.Min(left, p.x0), math.Max(edge, p.x1)
			}
		}
		prev := -1
		var prevPs []piece
		for i, r := range band {
			ps := sidePieces(r, cx, right)
			if len(ps) == 0 {
				continue
			}
			if prev >= 0 && wraps(prevPs, ps, band[prev].y-r.y, left, edge) {
				wrapped[s] = true
				for _, o := range band[prev+1 : i+1] {
					if hasSide(o, cx, !right) {
						cut[s] = true
					}
				}
			}
			prev, prevPs = i, ps
		}
	}
	return cut[0] && wrapped[1] || cut[1] && wrapped[0]
}

// wraps reports whether the text of pieces b, step below pieces a, goes
// on with a's last piece wrapped at the right edge of a column from left
// to edge: b starts where that piece does (or at its text after a
// bullet), in the same size, and its first word would not have fit on
// a's line, which fills most of the column (as in canJoin, a column
// narrower than 12 ems holds items, labels or dates, not paragraphs);
// and the words show it: a Latin line goes on in lower case or after a
// comma or hyphen, a CJK line ends in an ideograph within an em and a
// half of the edge. Items that happen to fill a line (a heading, a
// skill group, a list item) start with a capital and stay apart.
func wraps(a, b []piece, step, left, edge float64) bool {
	last, first := a[len(a)-1], b[0]
	lg, fg := last.gl[len(last.gl)-1], first.gl[0]
	sz := lg.size
	if sz <= 0 || step <= minLineStep*sz || step > maxLineStep*sz || math.Abs(fg.size-sz) > 0.06*sz {
		return false
	}
	if w := edge - left; w < 12*sz || last.x1-left < 0.6*w {
		return false
	}
	if d := first.x0 - last.x0; d < -0.6*sz || d > 2.5*sz {
		return false
	}
	if last.x1+0.3*sz+firstWordWidth(&line{gl: first.gl}) <= edge {
		return false
	}
	pr, nr := lastRune(lg.text), firstRune(fg.text)
	switch {
	case isIdeograph(pr):
		return edge-last.x1 < 1.5*sz && (isCJK(nr) || latinMark(nr)) && !strings.ContainsRune(bulletRunes, nr)
	case isCJK(pr):
		return false // CJK punctuation: a sentence or an item ends
	}
	return unicode.IsLower(nr) || strings.ContainsRune(",-‐/&", pr) && !strings.ContainsRune(bulletRunes, nr)
}

// grid reports whether a band's rows line up as a table's: labels, dates
// and headings in one column beside their text in the other. Each row
// with text on both sides starts a block on one side at least (the
// side's row above it is further than its closest line step, as a
// table's rows or a new paragraph are), and no rows with text on one
// side only interleave with the other side's. A sidebar on the main
// column's baselines has rows with text on both sides in the middle of
// both sides' lists and paragraphs.
func grid(band []*row, cx float64) bool {
	step := closestSteps(band, cx) // per side: the closest baseline step
	nb := 0
	last := [2]float64{math.NaN(), math.NaN()}
	for _, r := range band {
		l, rt := hasSide(r, cx, false), hasSide(r, cx, true)
		if l && rt {
			nb++
			starts := false
			for s := range last {
				if math.IsNaN(last[s]) || last[s]-r.y > lineSlack*step[s] {
					starts = true
				}
			}
			if !starts {
				return false
			}
		}
		if l {
			last[0] = r.y
		}
		if rt {
			last[1] = r.y
		}
	}
	return nb > 0 && !interleaved(band, cx)
}

// interleaved reports whether rows with text on one side of cx only lie
// within a line of rows with text on the other side only: two columns
// whose baselines do not meet. Rows of a grid (labels or dates beside
// their values, headings on rows of their own) are a line or more apart.
func interleaved(band []*row, cx float64) bool {
	// the closest pair of rows of the two sides is next to each other
	// among the one-sided rows, which the band holds top-down
	side, y, size := 0, 0.0, 0.0
	for _, r := range band {
		s := 0
		switch l, rt := hasSide(r, cx, false), hasSide(r, cx, true); {
		case l && !rt:
			s = -1
		case rt && !l:
			s = 1
		default:
			continue
		}
		if side == -s && math.Abs(y-r.y) < 1.25*math.Max(size, r.size) {
			return true
		}
		side, y, size = s, r.y, r.size
	}
	return false
}

// flushRightNotes reports whether everything right of cx is set flush
// right (within an em of the right edge) and no row there holds a line of
// words: headings and dates placed at the right of a one-column page, read
// in their rows, not as a column of their own.
func flushRightNotes(band []*row, cx, size float64) bool {
	edge := math.Inf(-1)
	for _, r := range band {
		for _, p := range r.pieces {
			edge = math.Max(edge, p.x1)
		}
	}
	for _, r := range band {
		for _, p := range r.pieces {
			if p.x0 < cx {
				continue
			}
			if p.x1 < edge-size {
				return false
			}
			t, _ := compose(p.gl)
			if len(strings.Fields(t)) >= 3 && !strings.ContainsAny(t, "0123456789") {
				return false
			}
		}
	}
	return true
}

// labelColumn reports whether the left side of a band is a column of
// labels set flush right against the gutter (Europass "Dates",
// "Occupation or position held" beside their values): the rows read
// across, label then value, not as two columns. A sidebar is set flush
// left.
func labelColumn(band []*row, cx, size float64) bool {
	var x0s, x1s []float64
	for _, r := range band {
		first, last := math.Inf(1), math.Inf(-1)
		for _, p := range r.pieces {
			if p.x1 <= cx {
				first, last = math.Min(first, p.x0), math.Max(last, p.x1)
			}
		}
		if last > math.Inf(-1) {
			x0s, x1s = append(x0s, first), append(x1s, last)
		}
	}
	if len(x1s) < 4 {
		return false
	}
	edge := 0.0
	for _, x := range x1s {
		edge = math.Max(edge, x)
	}
	flush, left := 0, 0
	minX0 := math.Inf(1)
	for _, x := range x0s {
		minX0 = math.Min(minX0, x)
	}
	for i := range x1s {
		if edge-x1s[i] <= 0.3*size {
			flush++
		}
		if x0s[i]-minX0 <= 0.3*size {
			left++
		}
	}
	return 4*flush >= 3*len(x1s) && left < flush
}

// dense reports whether rows at ys (top-down) follow each other at about
// line spacing.
func dense(ys []float64, size float64) bool {
	if len(ys) < 2 {
		return false
	}
	var steps []float64
	for i := 1; i < len(ys); i++ {
		steps = append(steps, ys[i-1]-ys[i])
	}
	return median(steps) <= 2.5*size
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// splitRows splits a band's rows at cx into the left and right columns.
func splitRows(band []*row, cx float64) (left, right []*row) {
	for _, r := range band {
		var lp, rp []piece
		for _, p := range r.pieces {
			if p.x1 <= cx {
				lp = append(lp, p)
			} else {
				rp = append(rp, p)
			}
		}
		if len(lp) > 0 {
			left = append(left, subRow(r, lp))
		}
		if len(rp) > 0 {
			right = append(right, subRow(r, rp))
		}
	}
	return left, right
}

func subRow(r *row, ps []piece) *row {
	s := &row{y: r.y, pieces: ps}
	for _, p := range ps {
		s.gl = append(s.gl, p.gl...)
	}
	s.size = dominantSize(s.gl)
	return s
}

// newLine makes a line of a row.
func newLine(r *row, page int, links []link, stops map[int]bool) *line {
	text, wide, spans := composeSpans(r.gl, stops, links, true)
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	l := &line{gl: r.gl, page: page, text: text, wide: wide, y: r.y, size: r.size, spans: spans,
		x0: r.gl[0].x0, x1: r.pieces[len(r.pieces)-1].x1, bold: true}
	for _, g := range r.gl {
		if !g.bold {
			l.bold = false
		}
		l.x1 = math.Max(l.x1, g.x1)
	}
	l.marker, l.text = splitMarker(l.text)
	l.xText = l.x0
	if l.marker != "" {
		// the gap after a bullet is no field boundary: the line is wide
		// only if its text still has one
		l.wide = l.wide && strings.Contains(l.text, "  ")
		// the text after the marker starts at the first glyph past it
		n := utf8.RuneCountInString(l.marker)
		for _, g := range r.gl {
			if n <= 0 {
				l.xText = g.x0
				break
			}
			n -= utf8.RuneCountInString(g.text)
		}
	}
	l.links = lineLinks(r.gl, links)
	return l
}

// lineLinks lists the links whose text is in the line.
func lineLinks(gl []*glyph, links []link) []doc.Link {
	var out []doc.Link
	for i := 0; i < len(gl); {
		li := gl[i].link
		if li < 0 || int(li) >= len(links) {
			i++
			continue
		}
		j := i
		for j < len(gl) && gl[j].link == li {
			j++
		}
		t, _ := compose(gl[i:j])
		t = strings.TrimSpace(t)
		dup := false
		for _, o := range out {
			if o.URL == links[li].url && o.Text == t {
				dup = true
			}
		}
		if !dup && t != "" {
			out = append(out, doc.Link{Text: t, URL: links[li].url})
		}
		i = j
	}
	return out
}

// carryMarkers moves a bullet that stands alone on its row (a bullet
// glyph on a slightly different baseline) to the line it belongs to.
func carryMarkers(ls []*line) []*line {
	out := ls[:0]
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if l.text == "" {
			if i+1 < len(ls) && ls[i+1].marker == "" && math.Abs(l.y-ls[i+1].y) <= 1.5*l.size {
				n := ls[i+1]
				n.marker, n.xText, n.x0 = l.marker, n.x0, math.Min(n.x0, l.x0)
				if n.y > l.y { // keep the earlier baseline for spacing
					n.y = l.y
				}
			}
			continue
		}
		out = append(out, l)
	}
	return out
}

// shapeMarkers gives a line the marker "•" when a small filled shape
// (a list bullet drawn as a path, as Chromium draws them) sits just left
// of its first character, about half-way up the small letters.
func shapeMarkers(ls []*line, shapes []rect) {
	if len(shapes) > 2000 {
		return // a drawing, not a list
	}
	for _, l := range ls {
		if l.marker != "" {
			continue
		}
		sz := l.size
		for _, s := range shapes {
			w, h := s.x1-s.x0, s.y1-s.y0
			cy := (s.y0 + s.y1) / 2
			if w < 0.15*sz || h < 0.15*sz || w > 0.7*sz || h > 0.7*sz || w > 2*h || h > 2*w {
				continue
			}
			if cy < l.y+0.05*sz || cy > l.y+0.7*sz || s.x1 > l.x0+0.1 || l.x0-s.x1 > 2.5*sz {
				continue
			}
			l.marker, l.xText, l.x0 = "•", l.x0, s.x0
			break
		}
	}
}

// wordStarts returns the indices of the glyphs of a row that start a word
// after the first: after a space or a gap of more than 0.2 em.
func wordStarts(gl []*glyph) []int {
	var out []int
	var prev *glyph
	for i, g := range gl {
		if g.space {
			continue
		}
		if prev != nil && (g.spaceBefore > 0 || g.x0-prev.x1 > wordGap(prev, g)*g.size) {
			out = append(out, i)
		}
		prev = g
	}
	return out
}

// columnStops finds the columns of a table in a block of rows: x positions
// (rounded to points) where a word starts, other than at a row's start, in
// three or more rows, after a gap of over 1 em in at least one of them
// (words of running text line up by chance, always after a word space),
// or after words that end together in three rows, with a gap of over
// fieldGap ems (labels and dates set flush right against the gutter of
// their text, as moderncv sets them, a gutter narrower than an em). "Infrastructure Kubernetes" in a skills
// table has the narrow gap of its longest cell; the stop shows it is a
// column.
func columnStops(rows []*row) map[int]bool {
	if len(rows) < 3 {
		return nil
	}
	count := map[int]int{}
	maxGap := map[int]float64{}
	type end struct{ x, start, size float64 }
	ends := map[int][]end{} // where the word before a stop ends, and its row starts
	// the row ends at each stop: right-aligned text ("2019 - 2021" at the
	// right margin) lines up its words too, but all its rows end together
	endLo, endHi := map[int]float64{}, map[int]float64{}
	first, last := map[int]int{}, map[int]int{} // the rows with a word at x
	for ri, r := range rows {
		seen := map[int]bool{}
		rowEnd := r.gl[len(r.gl)-1].x1
		for _, i := range wordStarts(r.gl) {
			g := r.gl[i]
			k := int(math.Round(g.x0))
			if !seen[k] {
				seen[k] = true
				count[k]++
				if _, ok := first[k]; !ok {
					first[k] = ri
				}
				last[k] = ri
				if lo, ok := endLo[k]; !ok || rowEnd < lo {
					endLo[k] = rowEnd
				}
				endHi[k] = math.Max(endHi[k], rowEnd)
			}
			for j := i - 1; j >= 0; j-- {
				if !r.gl[j].space {
					maxGap[k] = math.Max(maxGap[k], (g.x0-r.gl[j].x1)/g.size)
					if g.x0-r.gl[j].x1 >= fieldGap*g.size {
						ends[k] = append(ends[k], end{r.gl[j].x1, r.gl[0].x0, g.size})
					}
					break
				}
			}
		}
	}
	// rows, between the first and the last with a word at x, that run
	// across x: in a table most of them have a word start at a column; in
	// running text few do
	across := func(k int) int {
		lo, hi := len(rows), -1
		for _, kk := range []int{k - 1, k, k + 1} {
			if f, ok := first[kk]; ok {
				lo, hi = min(lo, f), max(hi, last[kk])
			}
		}
		x, n := float64(k), 0
		for ri := lo; ri <= hi; ri++ {
			if r := rows[ri]; r.gl[0].x0 < x-1.5 && r.gl[len(r.gl)-1].x1 > x+1.5 {
				n++
			}
		}
		return n
	}
	// three or more rows whose words before the stop end within a point
	// and start at different places: set flush right (left-aligned words
	// of one width, dates of one format, end together too)
	flushEnds := func(k int) bool {
		e := append(append(append([]end(nil), ends[k-1]...), ends[k]...), ends[k+1]...)
		sort.Slice(e, func(i, j int) bool { return e[i].x < e[j].x })
		for i := 0; i+2 < len(e); i++ {
			lo, hi := e[i].start, e[i].start
			j := i
			for ; j < len(e) && e[j].x-e[i].x <= 1; j++ {
				lo, hi = math.Min(lo, e[j].start), math.Max(hi, e[j].start)
			}
			if j-i >= 3 && hi-lo > 0.5*e[i].size {
				return true
			}
		}
		return false
	}
	var stops map[int]bool
	for k := range count {
		n := count[k-1] + count[k] + count[k+1]
		if n >= 3 && (math.Max(maxGap[k-1], math.Max(maxGap[k], maxGap[k+1])) > 1 || flushEnds(k)) && endHi[k]-endLo[k] > 2 && float64(n) >= 0.6*float64(across(k)) {
			if stops == nil {
				stops = map[int]bool{}
			}
			stops[k] = true
		}
	}
	return stops
}

// rowStops gives each row of a block the column stops that apply to it:
// those where the row has a word and so does a row next to it, or a row
// next to it starts there (a table's rows are contiguous; a line below a
// table that happens to have a word at a column is not part of it).
func rowStops(rows []*row) []map[int]bool {
	out := make([]map[int]bool, len(rows))
	stops := columnStops(rows)
	if stops == nil {
		return out
	}
	at := make([]map[int]bool, len(rows)) // the stops each row has a word at
	for ri, r := range rows {
		for _, i := range wordStarts(r.gl) {
			k := int(math.Round(r.gl[i].x0))
			for _, kk := range []int{k - 1, k, k + 1} {
				if stops[kk] {
					if at[ri] == nil {
						at[ri] = map[int]bool{}
					}
					at[ri][kk] = true
				}
			}
		}
	}
	// a row next to it has a word at the stop, or starts at it (its first
	// cell is empty: the text under a dated entry's title)
	near := func(ri, k int) bool {
		if ri < 0 || ri >= len(rows) {
			return false
		}
		x := int(math.Round(rows[ri].gl[0].x0))
		return at[ri][k] || x >= k-1 && x <= k+1
	}
	for ri := range rows {
		for k := range at[ri] {
			if near(ri-1, k) || near(ri+1, k) {
				if out[ri] == nil {
					out[ri] = map[int]bool{}
				}
				out[ri][k] = true
			}
		}
	}
	return out
}

// compose joins glyphs into text, inserting spaces at gaps; wide reports
// a gap wider than twice the font size, written as two spaces.
func compose(gl []*glyph) (string, bool) {
	t, w, _ := composeSpans(gl, nil, nil, false)
	return t, w
}

// glyphStyle is the style of a glyph's text.
func glyphStyle(g *glyph) doc.Style {
	st := doc.Style{Bold: g.bold, Size: math.Round(g.size*2) / 2}
	if g.font != nil {
		st.Italic = g.font.italic
		st.Font = stripSubset(g.font.name)
	}
	return st
}

// A gap wider than chipGap ems and chipRatio times the line's narrowest
// word space sets two items apart: tags drawn as chips, "React  TypeScript",
// which justified text, whose spaces stretch alike, never has.
const (
	chipGap   = 1.2
	chipRatio = 3.0
	// a gap of fieldRatio times the line's median word space, and at
	// least fieldGap ems, between words of a line that has minFieldWords
	// word spaces or more, is a field boundary (TeX's widest sentence
	// space is about 1.5 times a word space)
	fieldRatio    = 2.2
	fieldGap      = 0.6
	minFieldWords = 3
	// a gap of about an ideographic space (an em, less a tenth for
	// rounding) or wider between two ideographs sets a field apart
	// ("某某师范大学　音乐学　本科", a table's columns); CJK text sets its
	// characters edge to edge. (Between CJK punctuation and an ideograph a
	// gap of an em is a space, 1.5 ems a field.)
	cjkFieldGap = 0.9
)

// joinSpans joins the spans of a wrapped line to the next line's: the
// first span of the next goes on with the last of the first when they
// share a style.
func joinSpans(a, b []doc.Span) []doc.Span {
	if len(a) == 0 || len(b) == 0 {
		return append(a, b...)
	}
	if last := &a[len(a)-1]; last.Style == b[0].Style && last.Link == b[0].Link {
		last.Text = joinText(last.Text, b[0].Text)
		return append(a, b[1:]...)
	}
	return append(a, b...)
}

// composeSpans is compose where a word starting at one of the column stops
// is a new field: the gap before it is wide whatever its size. It also
// returns the line's spans: a new one at a change of font, weight, size
// or link, and one set apart (Box) at a wide gap.
func composeSpans(gl []*glyph, stops map[int]bool, links []link, withSpans bool) (string, bool, []doc.Span) {
	atStop := map[int]bool{}
	if stops != nil {
		for _, i := range wordStarts(gl) {
			k := int(math.Round(gl[i].x0))
			if stops[k-1] || stops[k] || stops[k+1] {
				atStop[i] = true
			}
		}
	}
	var b strings.Builder
	wide := false
	// letter spacing: the typical gap between the characters of a word,
	// in ems; word spaces are gaps well above it. Gaps where CJK meets
	// other text are no letter spacing ("2024 年 6 月" has more of them
	// than gaps inside words).
	var gaps []float64
	for i := 1; i < len(gl); i++ {
		if g, p := gl[i], gl[i-1]; g.spaceBefore == 0 && g.size > 0 && isCJKText(g.text) == isCJK(lastRune(p.text)) {
			gaps = append(gaps, (g.x0-p.x1)/g.size)
		}
	}
	track := 0.0
	if len(gaps) >= 3 {
		track = math.Max(0, median(gaps))
	}
	// the narrowest word space of the line, in ems: a gap several times
	// wider, and wider than chipGap, sets items apart (tags drawn as chips)
	minWord := math.Inf(1)
	for i := 1; i < len(gl); i++ {
		g, p := gl[i], gl[i-1]
		if sz := (g.size + p.size) / 2; sz > 0 && !isCJK(lastRune(p.text)) && !isCJKText(g.text) {
			if em := (g.x0 - p.x1) / sz; em > wordGap(p, g)+track {
				minWord = math.Min(minWord, em)
			}
		}
	}
	// the line's usual word space, in ems: a gap fieldRatio times wider
	// sets a field apart even when it is narrower than a chip's (the
	// space after a right-aligned label column: moderncv's "iOS  Swift")
	var words []float64
	for i := 1; i < len(gl); i++ {
		g, p := gl[i], gl[i-1]
		if sz := (g.size + p.size) / 2; sz > 0 && !isCJK(lastRune(p.text)) && !isCJKText(g.text) {
			if em := (g.x0 - p.x1) / sz; em > wordGap(p, g)+track {
				words = append(words, em)
			}
		}
	}
	fieldAt := math.Inf(1)
	if len(words) >= minFieldWords {
		fieldAt = math.Max(fieldGap+track, fieldRatio*median(words))
	}
	var prev *glyph
	var sw doc.SpanWriter
	for i, g := range gl {
		var st doc.Style
		link := ""
		if withSpans {
			st = glyphStyle(g)
			if g.link >= 0 && int(g.link) < len(links) {
				link = links[g.link].url
			}
		}
		if prev != nil {
			gap := g.x0 - prev.x1
			sz := (prev.size + g.size) / 2
			pr, _ := utf8.DecodeLastRuneInString(prev.text)
			nr, _ := utf8.DecodeRuneInString(g.text)
			n := b.Len()
			switch {
			case gap > (2+track)*sz || atStop[i] && !prev.space || g.spaceBefore == 0 && gap > fieldAt*sz && !isCJK(pr) && !isCJK(nr),
				g.spaceBefore == 0 && isIdeograph(pr) && isIdeograph(nr) && gap > (cjkFieldGap+track)*sz,
				g.spaceBefore != 2 && gap > (chipGap+track)*sz && (gap > chipRatio*minWord*sz || minWord > chipGap+track) && !(isCJK(pr) && isCJK(nr) && gap < (1.5+track)*sz):
				b.WriteString("  ")
				wide = true
				sw.Break()
			case g.spaceBefore == 2:
				b.WriteString("  ")
			case g.spaceBefore == 1:
				b.WriteByte(' ')
			case isCJK(pr) && isCJK(nr):
				if gap > (1+track)*sz {
					b.WriteByte(' ')
				}
			case isIdeograph(pr) && latinMark(nr) || latinMark(pr) && isIdeograph(nr):
				// the space TeX's CJK packages (xeCJK's \CJKecglue, 0.15-0.4
				// em; LuaTeX-ja's xkanjiskip) and Word's autospace put
				// between an ideograph and a Latin word or mark ("48% 提升",
				// "成都, 四川"); Chromium sets them apart by none
				if gap > (0.1+track)*sz {
					b.WriteByte(' ')
				}
			case isCJK(pr) || isCJK(nr):
				if gap > (0.4+track)*sz {
					b.WriteByte(' ')
				}
			case gap > (wordGap(prev, g)+track)*sz:
				b.WriteByte(' ')
			}
			if b.Len() > n && withSpans {
				sw.Write(" ", st, link)
			}
		}
		b.WriteString(g.text)
		if !g.space && withSpans {
			sw.At(math.Round(g.x0*10) / 10)
			sw.Write(g.text, st, link)
		}
		prev = g
	}
	if !withSpans {
		return b.String(), wide, nil
	}
	return b.String(), wide, sw.Raw()
}

// wordGap is the narrowest gap between two glyphs, in ems, that is a
// space between words (before letter spacing): half the width of the
// font's space. TeX and justified text set words apart by gaps that
// kerning alone never makes: spaces shrink to about two thirds of their
// width at most, kerns and tracking between letters stay below a tenth of
// an em. PDFs that position every word (pdfTeX's TJ arrays) have no space
// characters to show the spaces, so the gap is all there is. Bounded to
// 0.1-0.25 em; 0.15 em when the font's space width is unknown (TeX's
// fonts rarely have a space in /Widths: theirs is about a third of an
// em), 0.25 em when a glyph's width is (then its right edge is a guess).
func wordGap(p, g *glyph) float64 {
	if p.guess || g.guess {
		return 0.25 // the gap is a guess too
	}
	sw := 0.0
	if p.font != nil {
		sw = p.font.spaceWidth()
	}
	if sw == 0 && g.font != nil {
		sw = g.font.spaceWidth()
	}
	if sw == 0 {
		return 0.15
	}
	return math.Min(0.25, math.Max(0.1, 0.5*sw))
}

// latinMark reports whether r is a visible character of a Latin text: a
// letter, digit, punctuation mark or symbol below the CJK blocks.
func latinMark(r rune) bool {
	return r < 0x2e80 && r > ' ' && !unicode.IsSpace(r) && unicode.IsGraphic(r)
}

// isCJK reports whether r is a CJK character or CJK punctuation.
func isCJK(r rune) bool {
	switch {
	case r < 0x2e80:
		return false
	case r >= 0x2e80 && r <= 0x2fdf, r >= 0x3000 && r <= 0x30ff, r >= 0x3100 && r <= 0x31ff,
		r >= 0xff00 && r <= 0xffef, r >= 0xac00 && r <= 0xd7af:
		return true
	}
	return unicode.Is(unicode.Han, r)
}

func isCJKText(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isCJK(r)
}

// bodySize is the font size of the most characters.
func bodySize(ls []*line) float64 {
	count := map[float64]int{}
	best, bestN := 0.0, 0
	for _, l := range ls {
		for _, g := range l.gl {
			s := math.Round(g.size*2) / 2
			count[s] += utf8.RuneCountInString(g.text)
			if n := count[s]; n > bestN || n == bestN && s < best {
				best, bestN = s, n
			}
		}
	}
	return best
}

// leadRatio estimates line spacing as a multiple of the font size: the
// most common baseline step between lines of one size in one column.
func leadRatio(pages []pageBlocks) float64 {
	count := map[int]int{}
	best, bestN := 24, 0 // 1.2 in 0.05 steps
	for _, pg := range pages {
		for _, blk := range pg.blocks {
			for i := 1; i < len(blk); i++ {
				a, b := blk[i-1], blk[i]
				if math.Abs(a.size-b.size) > 0.05*a.size || a.size <= 0 {
					continue
				}
				r := (a.y - b.y) / a.size
				if r < 0.9 || r > 2.5 {
					continue
				}
				k := int(math.Round(r * 20))
				count[k]++
				if count[k] > bestN {
					best, bestN = k, count[k]
				}
			}
		}
	}
	return float64(best) / 20
}

// rejoin joins the wrapped lines of paragraphs within one column; edge
// gives a line's right margin.
func rejoin(blk []*line, edge func(*line) float64, lead float64) []*line {
	var out []*line
	var last *line // the last physical line of out's last line
	var l0 *line   // out's last line while it has one physical line
	for _, l := range blk {
		if n := len(out); n > 0 && canJoin(out[n-1], last, l, edge(last), lead, out[n-1] == l0) {
			a := out[n-1]
			a.text = joinText(a.text, l.text)
			a.spans = joinSpans(a.spans, l.spans)
			a.gl = append(a.gl, l.gl...)
			a.bold = a.bold && l.bold
			a.links = append(a.links, l.links...)
			last, l0 = l, nil
			continue
		}
		out = append(out, l)
		c := *l
		last, l0 = &c, l
	}
	return out
}

// canJoin reports whether b continues the paragraph of p, whose last
// physical line is a and whose right margin is right; first: a is p's
// first line (which may be indented).
func canJoin(p, a, b *line, right, lead float64, first bool) bool {
	// a column narrower than 12 ems holds items, not paragraphs
	if b.blank || b.newCol || b.marker != "" || a.wide || b.wide || p.bold != b.bold {
		return false
	}
	if math.Abs(a.size-b.size) > 0.06*a.size {
		return false
	}
	step := a.y - b.y
	if step < 0.5*a.size || step > math.Max(1.6, 1.15*lead)*a.size {
		return false
	}
	tol := 0.6 * a.size
	aligned := math.Abs(b.x0-a.x0) <= tol || math.Abs(b.x0-a.xText) <= tol ||
		first && a.x0 > b.x0 && a.x0-b.x0 <= 4*a.size
	if !aligned {
		return false
	}
	left := math.Min(a.x0, b.x0)
	width := right - left
	if width < 12*a.size || a.x1-left < 0.6*width {
		return false
	}
	// a sentence that ends at the line's end and a next line that starts
	// like a sentence: separate items or not, keeping them apart costs
	// little
	pr, _ := utf8.DecodeLastRuneInString(a.text)
	nr, _ := utf8.DecodeRuneInString(b.text)
	if strings.ContainsRune(".!?。！？", pr) && (unicode.IsUpper(nr) || unicode.IsDigit(nr) || isCJK(nr)) {
		return false
	}
	// a line that starts with a label ("Afrikaans: Basic", "技术栈：Go")
	// is an item of its own; so is a line of a list set with dot leaders
	// ("ACS CCN1 ........ renewed 2023"): it fills the line by itself
	if labelStart().MatchString(b.text) || strings.Contains(a.text, leader) || strings.Contains(b.text, leader) {
		return false
	}
	// lines that both open with a range of dates ("2016.09-2019.06  某学院
	// …" over "2002.09-2006.06  某大学 …") are items of a dated list,
	// whatever their width
	if leadYear(a.text) && leadYear(b.text) {
		return false
	}
	// the line wrapped: the next line's first word would not have fit
	return a.x1+0.3*a.size+firstWordWidth(b) > right
}

// leadYear reports whether s opens with a range of dates: "2016.09-2019.06
// …", "2019 – 2021 …", "2020年3月-至今 …".
func leadYear(s string) bool {
	return (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) && leadRange().MatchString(s)
}

var leadRange = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:19|20)\d\d(?:[./年-]\d{1,2}月?)?\s*[-–—~～至到]+\s*(?:(?:19|20)\d\d|至今|今|现在|(?i:present|now|current))`)
})

// leader is a run of dots that leads the eye from an item to its value.
const leader = "....."

// labelStart matches a line that starts with a label of one to three
// words and a colon.
var labelStart = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[^\s:：,，.。]+(?:\s[^\s:：,，.。]+){0,2}\s?[:：]`)
})

// firstWordWidth is the width of a line's first unbreakable unit: up to a
// space, or before an ideograph (CJK text breaks around ideographs, but
// not before CJK punctuation).
func firstWordWidth(l *line) float64 {
	g0 := l.gl[0]
	end := g0.x1
	ideo := isIdeograph(firstRune(g0.text))
	prev := g0
	for _, g := range l.gl[1:] {
		r := firstRune(g.text)
		if g.spaceBefore > 0 || g.x0-end > wordGap(prev, g)*g.size || isIdeograph(r) || ideo && !isCJK(r) {
			break
		}
		end, prev = g.x1, g
	}
	return end - g0.x0
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isIdeograph reports whether r is a Han, kana or Hangul character.
func isIdeograph(r rune) bool {
	return r >= 0x2e80 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul))
}

// joinText joins a wrapped line to the next: CJK to CJK (or after CJK
// closing punctuation) without a space, a hyphenated Latin word without
// its hyphen, other text (Latin, or CJK next to Latin) with a space.
func joinText(a, b string) string {
	pr, _ := utf8.DecodeLastRuneInString(a)
	nr, _ := utf8.DecodeRuneInString(b)
	switch {
	case isCJK(pr) && isCJK(nr), strings.ContainsRune("，。、；：！？）」』】》", pr):
		return a + b
	case pr == '-' && unicode.IsLower(nr) && len(a) >= 2:
		p2, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
		if unicode.IsLetter(p2) {
			return a[:len(a)-1] + b
		}
	}
	return a + " " + b
}

// bulletRunes are list markers that stand alone before an item.
const bulletRunes = "•·●○◦▪▫■□◆◇►▶➢➤✓✔✗☐☑❖※▸‣⁃➔➨"

var numberedMarker = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\d{1,2}[.、)）]\s+|\d{1,2}、|[(（]\d{1,2}[)）]\s*|[(（][一二三四五六七八九十]{1,2}[)）]\s*|[①-⑳]\s*|[一二三四五六七八九十]{1,2}、\s*)`)
})

// splitMarker separates a leading list marker from the text.
func splitMarker(t string) (marker, rest string) {
	r, n := utf8.DecodeRuneInString(t)
	if strings.ContainsRune(bulletRunes, r) {
		return string(r), strings.TrimSpace(t[n:])
	}
	if (r == '-' || r == '*' || r == '+' || r == '–') && len(t) > n && t[n] == ' ' {
		return string(r), strings.TrimSpace(t[n:])
	}
	if m := numberedMarker().FindString(t); m != "" {
		rest := strings.TrimSpace(t[len(m):])
		if strings.HasPrefix(rest, "、") || strings.HasPrefix(rest, "，") {
			return "", t // "（93）、机器学习（96）": a wrapped list's next score
		}
		return strings.TrimSpace(m), rest
	}
	return "", t
}
