package html

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// traverse visits the tree under root in document order without recursion.
// enter is called on every node reached; when it returns true the node's
// children are visited and exit (when not nil) is called after them.
func traverse(root *xhtml.Node, enter func(*xhtml.Node) bool, exit func(*xhtml.Node)) {
	n := root
	for {
		if enter(n) {
			if n.FirstChild != nil {
				n = n.FirstChild
				continue
			}
			if exit != nil {
				exit(n)
			}
		}
		for {
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
			if exit != nil {
				exit(n)
			}
		}
	}
}

func attr(n *xhtml.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val, true
		}
	}
	return "", false
}

func attrVal(n *xhtml.Node, key string) string {
	v, _ := attr(n, key)
	return v
}

// role is the first token of the element's ARIA role.
func role(n *xhtml.Node) string {
	return strings.ToLower(firstWord(attrVal(n, "role")))
}

func isElem(n *xhtml.Node, a atom.Atom) bool {
	return n.Type == xhtml.ElementNode && n.DataAtom == a && n.Namespace == ""
}

// dropAtoms are elements whose content is never page text.
var dropAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Canvas: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Head: true, atom.Title: true, atom.Input: true,
	atom.Select: true, atom.Textarea: true, atom.Button: true, atom.Option: true,
	atom.Datalist: true, atom.Audio: true, atom.Video: true, atom.Meta: true,
	atom.Link: true, atom.Base: true, atom.Noembed: true, atom.Noframes: true,
	atom.Rp: true, atom.Rt: true, atom.Meter: true, atom.Progress: true,
	atom.Frameset: true, atom.Map: true, atom.Applet: true,
}

// hiddenClasses are the class names of common "visually hidden" and
// "display: none" helpers.
var hiddenClasses = map[string]bool{
	"sr-only": true, "sr-only-focusable": true, "visually-hidden": true,
	"visually-hidden-focusable": true, "visuallyhidden": true,
	"screen-reader-text": true, "screen-reader-only": true, "screenreader-only": true,
	"a11y-hidden": true, "element-invisible": true, "hidden-visually": true,
	"u-hidden-visually": true, "show-for-sr": true, "skip-link": true, "skiplink": true,
	"skip-to-content": true, "skip-nav": true,
}

// displayNoneClasses hide an element unless a responsive class shows it
// again at some width (Tailwind "hidden md:block", Bootstrap
// "d-none d-lg-block"); such pairs are kept since the page is read as on a
// desktop screen.
var displayNoneClasses = map[string]bool{
	"hidden": true, "d-none": true, "hide": true, "is-hidden": true, "invisible": true,
}

var responsiveShow = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:[a-z0-9-]+:|d-(?:sm|md|lg|xl|xxl)-|visible-)`) })

func hiddenByClass(class string) bool {
	fields := strings.Fields(strings.ToLower(class))
	none := false
	for _, c := range fields {
		if hiddenClasses[c] {
			return true
		}
		if displayNoneClasses[c] {
			none = true
		}
	}
	if !none {
		return false
	}
	for _, c := range fields {
		if responsiveShow().MatchString(c) {
			return false
		}
	}
	return true
}

// chromeWords mark cookie and consent banners, breadcrumbs and toolbars by
// id or class.
var chromeWords = []string{"cookie", "consent", "gdpr", "crumb", "toolbar"}

// chromeNames are whole class names and ids of a wiki's page chrome
// (MediaWiki's): its side and top menus, the table of contents, the
// "[edit]" link after each heading, the "From …" line, the categories.
var chromeNames = map[string]bool{
	"mw-panel": true, "mw-head": true, "mw-navigation": true, "mw-editsection": true,
	"toc": true, "sitesub": true, "contentsub": true, "jump-to-nav": true, "catlinks": true, "printfooter": true,
}

// isChromeBlock reports a cookie or consent banner, a breadcrumb trail, a
// toolbar or a wiki's menus, by id, class, role or aria-label.
func isChromeBlock(n *xhtml.Node, class, id string) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	}
	if r := role(n); r == "toolbar" || r == "alertdialog" && strings.Contains(strings.ToLower(attrVal(n, "aria-label")), "cookie") {
		return true
	}
	s := strings.ToLower(class + " " + id + " " + attrVal(n, "aria-label"))
	for _, f := range strings.Fields(strings.ToLower(class + " " + id)) {
		if chromeNames[f] {
			return len(shortText(n, 1024)) < 1024 // (not a wrapper of the page's text)
		}
	}
	for _, w := range chromeWords {
		if strings.Contains(s, w) {
			// a wrapper that merely carries such a class holds more text
			return len(shortText(n, 1024)) < 1024
		}
	}
	return false
}

var skipLinkPrefixes = []string{"skip to", "skip navigation", "skip nav", "skip main", "jump to content", "jump to main", "jump to navigation", "jump to search", "跳到", "跳转到", "跳过导航"}

// isSkipLink reports whether n is an in-page "skip to content" link.
func isSkipLink(n *xhtml.Node) bool {
	if !strings.HasPrefix(strings.TrimSpace(attrVal(n, "href")), "#") {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(shortText(n, 64)))
	for _, p := range skipLinkPrefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// shortText is the first max bytes of the text under n, spaces collapsed.
func shortText(n *xhtml.Node, max int) string {
	var b strings.Builder
	traverse(n, func(m *xhtml.Node) bool {
		if b.Len() >= max {
			return false
		}
		if m.Type == xhtml.TextNode {
			b.WriteString(m.Data)
			b.WriteByte(' ')
		}
		return m.Type == xhtml.ElementNode
	}, nil)
	return strings.Join(strings.Fields(b.String()), " ")
}

// hidden reports whether the element and its content are not page text:
// non-content elements (scripts, styles, forms controls, media, the head),
// the hidden attribute, aria-hidden="true", display:none or
// visibility:hidden from an inline style or the page's stylesheet,
// visually-hidden helper classes, cookie/consent banners, breadcrumbs and
// toolbars, skip links and closed dialogs.
func (p *page) hidden(n *xhtml.Node) bool {
	h, ok := p.hiddenAt[n]
	if !ok {
		h = p.isHidden(n)
		p.hiddenAt[n] = h
	}
	return h
}

func (p *page) isHidden(n *xhtml.Node) bool {
	if n.Namespace == "svg" || dropAtoms[n.DataAtom] && n.Namespace == "" {
		return true
	}
	return p.hiddenByPage(n)
}

// hiddenByPage reports whether the page hides n by its attributes, its
// classes or its style, whatever the element.
func (p *page) hiddenByPage(n *xhtml.Node) bool {
	if n.DataAtom == atom.Dialog {
		if _, open := attr(n, "open"); !open {
			return true
		}
	}
	var class, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			// hidden from screen readers, not from the eye: an icon (a
			// font's ligature name, "email") is no text, a title set
			// twice for the eye and for a reader is
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") && ariaIcon(n) {
				return true
			}
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		}
	}
	st := p.style(n)
	if st.display == "none" || st.visibility == "hidden" || st.visibility == "collapse" {
		return true
	}
	if class != "" && hiddenByClass(class) {
		return true
	}
	if isChromeBlock(n, class, id) {
		return true
	}
	return n.DataAtom == atom.A && isSkipLink(n)
}

// ariaIcon reports whether an element hidden from screen readers is an
// icon: no word, or one word in lower case (an icon font's ligature,
// "email", "arrow_forward"), or an element that names itself an icon.
func ariaIcon(n *xhtml.Node) bool {
	var b strings.Builder
	var walk func(*xhtml.Node)
	walk = func(c *xhtml.Node) {
		for k := c.FirstChild; k != nil && b.Len() <= maxIconText; k = k.NextSibling {
			if k.Type == xhtml.TextNode {
				b.WriteString(k.Data)
			}
			walk(k)
		}
	}
	walk(n)
	t := strings.TrimSpace(b.String())
	if len(t) > maxIconText {
		return false // more text than an icon holds
	}
	if !wordRun().MatchString(t) || iconLigature().MatchString(t) || n.DataAtom == atom.I {
		return true // (or a drawing in symbols: ASCII art, no word in it)
	}
	class, _ := attr(n, "class")
	return iconClass().MatchString(class)
}

// maxIconText is the most text an icon holds.
const maxIconText = 40

// wordRun is two letters in a row: a word.
var wordRun = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\pL\pL`) })

// iconLigature is the name an icon font draws as a glyph.
var iconLigature = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z][a-z0-9_]*$`) })

// iconClass is a class list that names an icon.
var iconClass = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|[\s_-])(?:icons?|fa[srlbd]?|bi|glyph\w*|material-\w+|emoji|avatar)(?:$|[\s_-])`)
})

// style is the element's cascaded style: the stylesheet's rules, then its
// inline style attribute, then the stylesheet's !important rules.
// Styles from a style attribute are cached.
func (p *page) style(n *xhtml.Node) style {
	if st, ok := p.styles[n]; ok {
		return st
	}
	var st style
	sh := p.sheet[n]
	if sh != nil {
		st = sh[0]
	}
	v, inline := attr(n, "style")
	if inline {
		var normal, important style
		parseDecls(v, &normal, &important)
		st.merge(&normal)
		st.merge(&important)
	}
	if sh != nil {
		st.merge(&sh[1])
	}
	if inline {
		p.styles[n] = st
	}
	return st
}

func isNav(n *xhtml.Node) bool {
	return isElem(n, atom.Nav) || role(n) == "navigation"
}

func isHeader(n *xhtml.Node) bool {
	return isElem(n, atom.Header) || role(n) == "banner"
}

func isFooter(n *xhtml.Node) bool {
	return isElem(n, atom.Footer) || role(n) == "contentinfo"
}

// isSectioning reports the elements whose <header>/<footer> belong to them
// rather than to the site.
func isSectioning(n *xhtml.Node) bool {
	switch n.DataAtom {
	case atom.Article, atom.Aside, atom.Main, atom.Nav, atom.Section:
		return n.Namespace == ""
	}
	r := role(n)
	return r == "main" || r == "article" || r == "navigation" || r == "complementary"
}

func headingLevel(n *xhtml.Node) int {
	if n.Namespace != "" {
		return 0
	}
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	if role(n) == "heading" {
		l := 2
		if v := strings.TrimSpace(attrVal(n, "aria-level")); len(v) == 1 && v[0] >= '1' && v[0] <= '6' {
			l = int(v[0] - '0')
		}
		return l
	}
	return 0
}

// absoluteURL returns the href of a link that leads off the page: http(s),
// mailto and tel URLs; "" for relative and other links.
func absoluteURL(n *xhtml.Node) string {
	h := strings.TrimSpace(attrVal(n, "href"))
	l := strings.ToLower(h)
	for _, p := range []string{"http://", "https://", "mailto:", "tel:"} {
		if strings.HasPrefix(l, p) && len(h) > len(p) {
			return h
		}
	}
	return ""
}

// isInternalLink reports whether n is a link within the site: relative,
// fragment or javascript: hrefs, except links to documents and images (a
// resume header's "Download PDF").
func isInternalLink(n *xhtml.Node) bool {
	h, ok := attr(n, "href")
	if !ok || !isElem(n, atom.A) {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(h))
	if i := strings.IndexAny(l, "?#"); i > 0 {
		l = l[:i]
	}
	for _, p := range []string{"http:", "https:", "mailto:", "tel:", "ftp:", "//", "data:"} {
		if strings.HasPrefix(l, p) {
			return false
		}
	}
	for _, s := range []string{".pdf", ".doc", ".docx", ".png", ".jpg", ".jpeg", ".vcf", ".txt", ".md"} {
		if strings.HasSuffix(l, s) {
			return false
		}
	}
	return true
}

// stats sums up what decides whether a header, footer or sidebar is site
// chrome or part of the resume.
type stats struct {
	contact     bool // a mailto:/tel: link, an e-mail address or a phone number
	hasNav      bool // a <nav> or role=navigation inside
	internal    int  // links within the site (see isInternalLink)
	realHeading bool // a heading with text outside links and navigation
	copyright   bool // ©, "copyright", "all rights reserved", "powered by"
	text        int  // visible text bytes
}

var (
	emailRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`) })
	phoneRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:^|[^\d])(?:1[3-9]\d[- ]?\d{4}[- ]?\d{4}|\+\d{1,3}[ -]?\(?\d{1,4}\)?[ -]?\d{2,4}[ -]?\d{3,4}(?:[ -]?\d{1,4})?|\(\d{3}\) ?\d{3}-\d{4}|\d{3}[-.]\d{3}[-.]\d{4})(?:$|[^\d])`)
	})
	copyRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)©|copyright|all rights reserved|powered by|版权所有`)
	})
)

// statsOf computes (once) the stats of the element n.
func (p *page) statsOf(n *xhtml.Node) *stats {
	if s, ok := p.stats[n]; ok {
		return s
	}
	s := &stats{}
	var nav, head, link int
	var text strings.Builder
	traverse(n, func(m *xhtml.Node) bool {
		if m.Type == xhtml.TextNode {
			if text.Len() < 8<<10 {
				text.WriteString(m.Data)
				text.WriteByte(' ')
			}
			if head > 0 && link == 0 && nav == 0 && strings.IndexFunc(m.Data, notSpace) >= 0 {
				s.realHeading = true
			}
			s.text += len(strings.TrimSpace(m.Data))
			return false
		}
		if m.Type != xhtml.ElementNode || m != n && p.hidden(m) {
			return false
		}
		if m != n && isNav(m) {
			s.hasNav = true
			nav++
		}
		if headingLevel(m) > 0 {
			head++
		}
		if isInternalLink(m) {
			s.internal++
			link++
		}
		if u := strings.ToLower(absoluteURL(m)); strings.HasPrefix(u, "mailto:") || strings.HasPrefix(u, "tel:") {
			s.contact = true
		}
		return true
	}, func(m *xhtml.Node) {
		if m != n && isNav(m) {
			nav--
		}
		if headingLevel(m) > 0 {
			head--
		}
		if isInternalLink(m) {
			link--
		}
	})
	t := text.String()
	if !s.contact {
		s.contact = emailRe().MatchString(t) || phoneRe().MatchString(t)
	}
	s.copyright = copyRe().MatchString(t)
	p.stats[n] = s
	return s
}

func notSpace(r rune) bool { return !unicode.IsSpace(r) }

// siteChrome decides, when the whole body is read, whether a site-level
// header or footer (one not inside article, aside, main, nav or section) is
// page chrome. Contact details always keep it. A footer is chrome on a page
// that has a <main>/<article>, or when it holds navigation or a copyright
// line. A header is chrome on a page with a <main>/<article> when it holds
// navigation or no heading of its own text; on other pages, which are
// likely just a resume whose <header> holds the name, only when it holds
// navigation (a <nav> or three internal links) and no heading of its own.
func (p *page) siteChrome(n *xhtml.Node) bool {
	s := p.statsOf(n)
	if s.contact {
		return false
	}
	if isFooter(n) {
		return p.hasMain || s.hasNav || s.internal >= 3 || s.copyright
	}
	if p.hasMain {
		return s.hasNav || !s.realHeading
	}
	return (s.hasNav || s.internal >= 3) && !s.realHeading
}

// keepOutside decides whether an element outside the content root still
// belongs to the resume: a header (name and contact block), a footer,
// sidebar or section with contact details, a header with a heading of its
// own and no navigation, a sidebar or section with such a heading and
// fewer than three internal links (a two-column resume's skills column),
// a <nav> with a heading and contact details and fewer than three internal
// links (a theme's navbar as its header), and any <address>.
func (p *page) keepOutside(n *xhtml.Node) bool {
	if isElem(n, atom.Address) {
		return true
	}
	s := p.statsOf(n)
	if isNav(n) {
		// a theme's navbar that holds the name and the contact details
		// (Bootstrap's "navbar" as the resume's header), not a site's menu
		return s.contact && s.realHeading && s.internal < 3
	}
	if s.contact {
		return true
	}
	switch {
	case isHeader(n):
		return s.realHeading && !s.hasNav
	case isElem(n, atom.Aside) || isElem(n, atom.Section) || role(n) == "complementary":
		return s.realHeading && !s.hasNav && s.internal < 3
	}
	return false
}

// headerBand reports whether a plain <div> outside the content root is the
// resume's own header set apart from <main>: it has a heading of its own
// (the name) and contact details, and no navigation.
func (p *page) headerBand(n *xhtml.Node) bool {
	if !isElem(n, atom.Div) {
		return false
	}
	s := p.statsOf(n)
	return s.contact && s.realHeading && !s.hasNav && s.internal < 3
}

// outsideCandidate reports the elements keepOutside judges.
func outsideCandidate(n *xhtml.Node) bool {
	return isHeader(n) || isFooter(n) || isNav(n) || isElem(n, atom.Aside) || isElem(n, atom.Section) || isElem(n, atom.Address) || role(n) == "complementary"
}

// passThrough reports the generic containers searched, outside the content
// root, for headers and sidebars to keep.
func passThrough(n *xhtml.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Div, atom.Span, atom.Center, atom.Main:
		return n.Namespace == ""
	}
	return false
}
