// Package html is the HTML input adapter: it reads a web page (a resume
// exported or saved as HTML, or a code host's rendered README) into the
// intermediate document.
//
// The page is parsed with golang.org/x/net/html and queried with goquery;
// the text is then gathered by an iterative walk over the node tree, never
// with goquery's Text(), which glues adjacent blocks ("GoRust").
//
// What is read:
//
//   - Lines. Block elements (p, div, li, h1–h6, tr, dt, dd, blockquote, pre,
//     address, header, footer, figure, table, lists, …) start and end lines;
//     <br> splits them; inline elements stay in the line. Whitespace is
//     collapsed as a browser does; &nbsp; becomes a space that is not
//     collapsed; <pre> (and white-space: pre/pre-wrap/pre-line) keeps its
//     line breaks. An inline display style turns a block into an inline box
//     (separated by a space), a block display style an inline element into
//     a block. dt and dd are each a line of their own.
//   - Hints. h1–h6 (and role=heading) give Heading; a line whose text is all
//     bold (<b>, <strong>, font-weight bold or 600+) is Bold; Size is the
//     font size in points from font-size styles (px × 0.75; em and % relative
//     to the parent, 16px at the root) and <font size>, the size of most of
//     the line's text. <li> gives Marker "•" in <ul>, "1.", "a.", "iv." … in
//     <ol> (start, type, reversed and value are honoured; list-style none
//     gives no marker) and Indent 2 per list level (continuation lines of an
//     item are indented one level more). Leading &nbsp; and <pre> spaces add
//     to Indent. Links with absolute http(s), mailto or tel URLs are Links;
//     a link without text (an icon) contributes its aria-label, title, image
//     alt or URL as text. Other images are ignored.
//   - Tables. A row with two or more cells that hold text is one line with
//     Cells (every th/td, empty ones included, each cell's blocks joined by a
//     space; colspan cells once) and Text the non-empty cells joined by
//     " | ". Rows with a single cell holding text, or whose cells hold a
//     nested table or a heading, are layout: their cells are read as blocks,
//     so nested tables give their own rows.
//   - Blank is set on a line preceded by vertical space in a browser: a
//     boundary of p, h1–h6, a top-level list, dl, table, blockquote, pre,
//     figure, hr, or a sectioning element (section, article, main, aside,
//     header, footer, nav), an empty line made by <br><br>, or an empty line
//     in <pre>.
//   - Pos.Line is the 1-based line number in the output; Pos.Page and
//     Pos.Offset are 0 (x/net/html does not report source offsets).
//
// What is dropped: scripts, styles, templates, noscript, svg, canvas,
// iframes, objects, media, the head and title, form controls, closed
// dialogs; elements hidden by the hidden attribute, aria-hidden="true",
// display:none or visibility:hidden (inline or from the page's <style>
// rules, read for a desktop screen), visually-hidden helper classes
// (sr-only, visually-hidden, screen-reader-text, …) and display-none
// classes without a responsive counterpart; cookie and consent banners,
// breadcrumbs and toolbars (id, class or aria-label containing cookie,
// consent, gdpr, crumb or toolbar, on elements with less than 1 KB of
// text; role=toolbar); "skip to content"
// links; <nav> and role=navigation unless they hold contact details.
//
// Page chrome and the content root. When the element with class
// markdown-body (else id readme) that holds the most text holds at least
// 30% of the visible text, as in a code host's saved file or repository
// view, only its lines are read. Otherwise the first <main>, <article> or role=main
// holding more than half of the body's visible text (navigation and
// site-level headers and footers not counted) is the content root, and a
// nested one is preferred when it holds 85% of that (a candidate with a
// sibling candidate holding a quarter of its text, as in a listing of
// articles, is not taken). Outside the root, found through generic
// containers (div, span, center, main), only headers with contact details
// or a heading of their own and no navigation, sidebars (aside) and
// sections with contact details or a heading and little navigation,
// footers with contact details and <address> are kept, since a resume's
// name block and sidebar often sit outside its <main>. Without a
// content root the whole body is read less site-level headers and footers
// (not inside article, aside, main, nav or section) that are chrome: see
// siteChrome; a page that is just a resume keeps its <header> with the name.
//
// The charset comes from a BOM, the page's declaration or its content (see
// decode). Pages nested deeper than the parser allows are cut to 256 levels
// (see parseTree); the walk itself keeps its own stack.
//
// Budgets (the cost model of docs/limits.md): a page of more than
// MaxElements elements is refused before it is parsed ("more than 50000
// HTML elements"), and so is one that gives more than doc.MaxLines lines,
// as soon as the walk reaches that many. Matching the page's <style>
// rules costs at most sheetBudget element looks, whatever the selectors
// (see match.go); rules past it, and selectors with complex selectors
// inside pseudo-classes, are left out with a warning and the page is read
// with the styles it has left (inline ones always apply).
package html

import (
	"context"
	"strings"

	"github.com/PuerkitoBio/goquery"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/resumex/resumex/doc"
)

// MaxElements is the most elements (start tags) a page may have: a resume
// has a few hundred, a saved profile page some thousands.
const MaxElements = 50_000

// Parse reads an HTML page into a document. It detects the charset from a BOM,
// <meta charset>/http-equiv, or the content (GBK pages exist), and reports it in Encoding.
// It does not fail on malformed HTML; a page without visible text gives a
// document without lines, which the caller reports as empty. It fails on a
// page over its budgets, with a *doc.LimitError.
func Parse(data []byte) (*doc.Document, error) {
	return ParseContext(context.Background(), data)
}

// ParseContext is Parse that gives up, with ctx's error, when ctx is done.
func ParseContext(ctx context.Context, data []byte) (d *doc.Document, err error) {
	text, enc := decode(data)
	if countElements(text, MaxElements) > MaxElements {
		return nil, doc.Limit(0, "HTML elements", MaxElements)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			s, ok := r.(stop)
			if !ok {
				panic(r)
			}
			d, err = nil, s.err
		}
	}()
	p := newPage(ctx, parseTree(text))
	d = &doc.Document{Format: doc.HTML, Encoding: enc, Lines: p.read()}
	for _, w := range p.warnings {
		d.Warn(doc.Pos{}, "html: %s", w)
	}
	return d, nil
}

// countElements counts the start tags of a page, up to just past max.
func countElements(text string, max int) int {
	if strings.Count(text, "<") <= max {
		return strings.Count(text, "<") // cheap, and never fewer than the tags
	}
	z := xhtml.NewTokenizer(strings.NewReader(text))
	n := 0
	for n <= max {
		switch z.Next() {
		case xhtml.ErrorToken:
			return n
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			n++
		}
	}
	return n
}

// stop ends a parse from deep inside a walk, with an error; ParseContext
// recovers it.
type stop struct{ err error }

// tick counts a step of work and, every so often, stops the parse when
// its context is done.
func (p *page) tick() {
	if p.ticks++; p.ticks%1024 == 0 {
		if err := p.ctx.Err(); err != nil {
			panic(stop{err})
		}
	}
}

// page is a parsed page with what the walk needs to know about it.
type page struct {
	ctx      context.Context
	ticks    int
	warnings []string
	hiddenAt map[*xhtml.Node]bool // hidden's answers
	doc      *goquery.Document
	body     *xhtml.Node
	sheet    sheet
	styles   map[*xhtml.Node]style // cascaded styles of elements with a style attribute
	stats    map[*xhtml.Node]*stats
	info     map[*xhtml.Node]info
	root     *xhtml.Node          // the content root, nil to read the whole body
	rootPath map[*xhtml.Node]bool // the ancestors of root
	codeHost bool                 // root is a code host's markdown-body/readme
	hasMain  bool                 // the page has a <main>/<article> with text
}

// info is what the measuring pass records of the elements it is asked about.
type info struct {
	text    int  // visible text bytes, navigation and site chrome left out
	table   bool // a <table> inside
	heading bool // a heading inside
	list    bool // a list (<ul>, <ol>, <dl>) inside
	breaks  int  // line breaks and paragraphs inside (<br>, <p>, <div>)
}

func newPage(ctx context.Context, root *xhtml.Node) *page {
	d := goquery.NewDocumentFromNode(root)
	p := &page{ctx: ctx, doc: d, stats: map[*xhtml.Node]*stats{}, styles: map[*xhtml.Node]style{}, hiddenAt: map[*xhtml.Node]bool{}}
	if b := d.Find("body").First(); b.Length() > 0 {
		p.body = b.Get(0)
	} else {
		p.body = root
	}
	p.sheet, p.warnings = loadSheet(d, root)
	if err := ctx.Err(); err != nil {
		panic(stop{err})
	}
	p.measure()
	p.chooseRoot()
	return p
}

// measure records the visible text of the body, the candidate content
// roots and the table cells, and whether cells hold tables or headings.
// Text inside navigation and site-level headers and footers is not
// counted towards the elements that hold them.
func (p *page) measure() {
	want := map[*xhtml.Node]bool{p.body: true}
	p.doc.Find("main, article, [role=main], .markdown-body, #readme").Each(func(_ int, s *goquery.Selection) {
		want[s.Get(0)] = true
	})
	p.info = map[*xhtml.Node]info{}
	acc := []info{{}}
	sect := 0
	traverse(p.body, func(n *xhtml.Node) bool {
		p.tick()
		switch n.Type {
		case xhtml.TextNode:
			acc[len(acc)-1].text += visibleBytes(n.Data)
			return false
		case xhtml.ElementNode:
		default:
			return false
		}
		if n != p.body && p.hidden(n) {
			return false
		}
		acc = append(acc, info{})
		if isSectioning(n) {
			sect++
		}
		return true
	}, func(n *xhtml.Node) {
		in := acc[len(acc)-1]
		acc = acc[:len(acc)-1]
		if isSectioning(n) {
			sect--
		}
		if isElem(n, atom.Table) {
			in.table = true
		}
		if headingLevel(n) > 0 {
			in.heading = true
		}
		if isElem(n, atom.Ul) || isElem(n, atom.Ol) || isElem(n, atom.Dl) {
			in.list = true
		}
		if isElem(n, atom.Br) || isElem(n, atom.P) || isElem(n, atom.Div) {
			in.breaks++
		}
		if want[n] || isElem(n, atom.Td) || isElem(n, atom.Th) {
			p.info[n] = in
		}
		parent := &acc[len(acc)-1]
		parent.table = parent.table || in.table
		parent.heading = parent.heading || in.heading
		parent.list = parent.list || in.list
		parent.breaks += in.breaks
		if isNav(n) || sect == 0 && (isHeader(n) || isFooter(n)) {
			return
		}
		parent.text += in.text
	})
}

func visibleBytes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			n++
		}
	}
	return n
}

// chooseRoot picks the content root; see the package documentation.
func (p *page) chooseRoot() {
	total := p.info[p.body].text
	if total == 0 {
		return
	}
	for _, sel := range []string{".markdown-body", "#readme"} {
		var best *xhtml.Node
		bestText := 0
		p.doc.Find(sel).Each(func(_ int, s *goquery.Selection) {
			if t := p.info[s.Get(0)].text; t > bestText {
				best, bestText = s.Get(0), t
			}
		})
		if best != nil && bestText*10 >= total*3 {
			p.setRoot(best)
			p.codeHost = true
			return
		}
	}
	var cands []*xhtml.Node
	p.doc.Find("main, article, [role=main]").Each(func(_ int, s *goquery.Selection) {
		if n := s.Get(0); p.info[n].text > 0 {
			cands = append(cands, n)
		}
	})
	p.hasMain = len(cands) > 0
	var root *xhtml.Node
	for _, n := range cands {
		t := p.info[n].text
		switch {
		case root == nil:
			if 2*t > total && !p.rivalled(n, cands) {
				root = n
			}
		case isAncestor(root, n) && 100*t >= 85*p.info[root].text:
			root = n
		}
	}
	if root != nil {
		p.setRoot(root)
	}
}

// rivalled reports whether another candidate, neither inside nor around n,
// holds a quarter of n's text or more: sibling articles of a listing.
func (p *page) rivalled(n *xhtml.Node, cands []*xhtml.Node) bool {
	t := p.info[n].text
	for _, o := range cands {
		if o != n && !isAncestor(o, n) && !isAncestor(n, o) && 4*p.info[o].text >= t {
			return true
		}
	}
	return false
}

func (p *page) setRoot(n *xhtml.Node) {
	p.root = n
	p.rootPath = map[*xhtml.Node]bool{}
	for a := n.Parent; a != nil; a = a.Parent {
		p.rootPath[a] = true
	}
}

// isAncestor reports whether a is a proper ancestor of n.
func isAncestor(a, n *xhtml.Node) bool {
	for m := n.Parent; m != nil; m = m.Parent {
		if m == a {
			return true
		}
	}
	return false
}
