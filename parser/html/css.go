package html

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	xhtml "golang.org/x/net/html"
)

// style holds the few CSS properties the adapter reads, as lowercase
// declared values; "" is unset.
type style struct {
	display, visibility, fontSize, fontWeight, whiteSpace, listStyle string
	flexDirection, fontStyle                                         string
	// before and after are the text of ::before and ::after content
	before, after string
	// hgap is set when the element has horizontal margin or padding: an
	// inline element so spaced is set apart from its neighbours
	hgap string
}

func (s *style) set(prop, val string) bool {
	switch prop {
	case "display":
		s.display = firstWord(val)
	case "visibility":
		s.visibility = firstWord(val)
	case "flex-direction":
		s.flexDirection = firstWord(val)
	case "font-size":
		s.fontSize = val
	case "font-weight":
		s.fontWeight = val
	case "font-style":
		s.fontStyle = firstWord(val)
	case "margin-left", "margin-right", "padding-left", "padding-right", "margin-inline", "padding-inline",
		"margin-inline-start", "margin-inline-end", "padding-inline-start", "padding-inline-end":
		s.hgap = boolWord(nonZeroLength(firstWord(val)))
	case "margin", "padding":
		// top right bottom left: the second value (or the only one) is horizontal
		f := strings.Fields(val)
		h := ""
		switch len(f) {
		case 1:
			h = f[0]
		case 2, 3, 4:
			h = f[1]
		}
		s.hgap = boolWord(nonZeroLength(h) || len(f) == 4 && nonZeroLength(f[3]))
	case "white-space":
		s.whiteSpace = firstWord(val)
	case "list-style-type":
		s.listStyle = firstWord(val)
	case "list-style":
		if slices.Contains(strings.Fields(val), "none") {
			s.listStyle = "none"
		}
	case "font":
		// [style] [variant] [weight] size[/line-height] family
		for _, w := range strings.Fields(val) {
			if w == "italic" || w == "oblique" {
				s.fontStyle = w
				continue
			}
			if w == "bold" || w == "bolder" || w == "normal" || w == "lighter" {
				if s.fontWeight == "" || w != "normal" {
					s.fontWeight = w
				}
				continue
			}
			if n, err := strconv.Atoi(w); err == nil && n >= 100 && n <= 900 && n%100 == 0 {
				s.fontWeight = w
				continue
			}
			size, _, _ := strings.Cut(w, "/")
			if _, ok := fontPx(size, 16); ok {
				s.fontSize = size
				break
			}
		}
	default:
		return false
	}
	return true
}

// merge overrides s with the properties o sets. (Field by field: a table
// of pointers into s made every style merged into escape to the heap.)
func (s *style) merge(o *style) {
	if o == nil {
		return
	}
	s.display = or(o.display, s.display)
	s.visibility = or(o.visibility, s.visibility)
	s.fontSize = or(o.fontSize, s.fontSize)
	s.fontWeight = or(o.fontWeight, s.fontWeight)
	s.whiteSpace = or(o.whiteSpace, s.whiteSpace)
	s.listStyle = or(o.listStyle, s.listStyle)
	s.flexDirection = or(o.flexDirection, s.flexDirection)
	s.fontStyle = or(o.fontStyle, s.fontStyle)
	s.before = or(o.before, s.before)
	s.after = or(o.after, s.after)
	s.hgap = or(o.hgap, s.hgap)
}

// or is a when it is set, else b.
func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// nonZeroLength reports whether a CSS length is more than nothing.
func nonZeroLength(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" || v == "auto" {
		return false
	}
	n := strings.TrimRight(strings.TrimLeft(v, "+"), "abcdefghijklmnopqrstuvwxyz%")
	f, err := strconv.ParseFloat(n, 64)
	return err == nil && f > 0
}

// boolWord stores a flag in a style string ("yes" or "no").
func boolWord(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// parseDecls reads "prop: value; …" into normal and !important styles and
// reports whether any property was one the adapter reads.
func parseDecls(text string, normal, important *style) bool {
	return parseDeclsContent(text, normal, important, nil)
}

// parseDeclsContent is parseDecls that also reads a content property into
// *content (nil: ignored).
func parseDeclsContent(text string, normal, important *style, content *string) bool {
	found := false
	for d := range strings.SplitSeq(text, ";") {
		prop, val, ok := strings.Cut(d, ":")
		if !ok {
			continue
		}
		prop = strings.ToLower(strings.TrimSpace(prop))
		if prop == "content" {
			// kept in *content for the caller: only ::before and ::after use it
			if content != nil {
				*content = cssContent(val)
			}
			continue
		}
		val = strings.ToLower(strings.TrimSpace(val))
		dst := normal
		if v, ok := strings.CutSuffix(val, "!important"); ok {
			val, dst = strings.TrimSpace(v), important
		}
		if val == "" || val == "inherit" || val == "initial" || val == "unset" || val == "revert" {
			continue
		}
		if dst.set(prop, val) {
			found = true
		}
	}
	return found
}

// fontPx converts a CSS font-size to pixels given the parent's size in
// pixels; ok is false when the value is not understood.
func fontPx(v string, parent float64) (float64, bool) {
	switch v {
	case "xx-small":
		return 9, true
	case "x-small":
		return 10, true
	case "small":
		return 13, true
	case "medium":
		return 16, true
	case "large":
		return 18, true
	case "x-large":
		return 24, true
	case "xx-large":
		return 32, true
	case "xxx-large":
		return 48, true
	case "smaller":
		return parent / 1.2, true
	case "larger":
		return parent * 1.2, true
	}
	units := []struct {
		suffix string
		px     float64 // pixels per unit; 0 = relative to parent
	}{{"px", 1}, {"pt", 4.0 / 3}, {"rem", 16}, {"em", 0}, {"%", 0}, {"pc", 16}, {"mm", 96 / 25.4}, {"cm", 96 / 2.54}, {"in", 96}}
	for _, u := range units {
		num, ok := strings.CutSuffix(v, u.suffix)
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
		if err != nil || f < 0 || f > 1e4 {
			return 0, false
		}
		switch {
		case u.px > 0:
			return f * u.px, true
		case u.suffix == "em":
			return f * parent, true
		default:
			return f / 100 * parent, true
		}
	}
	return 0, false
}

// fontTagPx are the pixel sizes of <font size=1…7>.
var fontTagPx = [...]float64{10, 13, 16, 18, 24, 32, 48}

// fontTagSize reads the size attribute of <font>: 1–7 or ±n relative to 3.
func fontTagSize(v string) (float64, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimPrefix(v, "+"))
	if err != nil {
		return 0, false
	}
	if v[0] == '+' || v[0] == '-' {
		n += 3
	}
	n = max(1, min(7, n))
	return fontTagPx[n-1], true
}

// sheet is the cascaded style of the elements the page's <style> rules
// match.
type sheet map[*xhtml.Node]*[2]style // [normal, !important]

// sheetBudget caps the cost of matching the page's rules (in element
// looks, see tree.cost), so that a huge stylesheet on a huge page costs
// bounded time; rules past the budget are left out, with a warning.
const sheetBudget = 4_000_000

// maxRules caps the rules read from a page.
const maxRules = 5000

type rule struct {
	sel       cascadia.Sel
	chain     chain
	spec      cascadia.Specificity
	order     int
	important bool
	st        style
}

// loadSheet reads the page's <style> elements (those whose media applies
// to a desktop screen) and matches their rules that set a property the
// adapter reads against the elements under root (see match.go). It
// returns what it left out as warnings.
func loadSheet(d *goquery.Document, root *xhtml.Node) (sheet, []string) {
	var rules []rule
	unsupported := 0
	d.Find("style").Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		if n.Namespace != "" || len(rules) >= maxRules {
			return
		}
		if m, ok := s.Attr("media"); ok && !mediaApplies(m) {
			return
		}
		var css strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == xhtml.TextNode {
				css.WriteString(c.Data)
			}
		}
		var u int
		rules, u = parseSheet(css.String(), rules)
		unsupported += u
	})
	var warnings []string
	if unsupported > 0 {
		warnings = append(warnings, fmt.Sprintf("%d style selector(s) with complex selectors inside pseudo-classes ignored", unsupported))
	}
	if len(rules) == 0 {
		return nil, warnings
	}
	t := newTree(root)
	if len(t.elems) == 0 {
		return nil, warnings
	}
	budget := sheetBudget
	for i := range rules {
		if budget -= t.cost(rules[i].chain); budget < 0 {
			warnings = append(warnings, fmt.Sprintf("%d of %d style rules ignored: matching them all on %d elements costs too much", len(rules)-i, len(rules), len(t.elems)))
			rules = rules[:i]
			break
		}
	}
	slices.SortStableFunc(rules, func(a, b rule) int {
		if a.spec.Less(b.spec) {
			return -1
		}
		if b.spec.Less(a.spec) {
			return 1
		}
		return a.order - b.order
	})
	// each element's cascade, by element index; elements that end up
	// with the same styles share one copy
	cascade := make([]*[2]style, len(t.elems))
	var buf [2][]bool
	for i := range rules {
		r := &rules[i]
		for k, ok := range t.match(r.chain, &buf) {
			if !ok {
				continue
			}
			st := cascade[k]
			if st == nil {
				st = new([2]style)
				cascade[k] = st
			}
			if r.important {
				st[1].merge(&r.st)
			} else {
				st[0].merge(&r.st)
			}
		}
	}
	sh := sheet{}
	shared := map[[2]style]*[2]style{}
	for k, st := range cascade {
		if st == nil {
			continue
		}
		if s, ok := shared[*st]; ok {
			st = s
		} else {
			shared[*st] = st
		}
		sh[t.elems[k]] = st
	}
	return sh, warnings
}

// parseSheet appends the rules of css that set a property the adapter
// reads. @media blocks whose query applies are read, one level deep; other
// at-rules are skipped. It also returns how many selectors it could not
// match in bounded time (compileChain) and left out.
func parseSheet(css string, rules []rule) ([]rule, int) {
	css = stripComments(css)
	unsupported := 0
	type block struct {
		text  string
		depth int
	}
	todo := []block{{css, 0}}
	for len(todo) > 0 {
		b := todo[0]
		todo = todo[1:]
		s := b.text
		for len(s) > 0 && len(rules) < maxRules {
			open := strings.IndexAny(s, "{;}")
			if open < 0 {
				break
			}
			if s[open] != '{' { // an at-statement (@import …;) or a stray brace
				s = s[open+1:]
				continue
			}
			prelude := strings.TrimSpace(s[:open])
			end := matchBrace(s, open)
			body := s[open+1 : end]
			if end < len(s) {
				s = s[end+1:]
			} else {
				s = ""
			}
			if strings.HasPrefix(prelude, "@") {
				if b.depth < 2 && strings.HasPrefix(strings.ToLower(prelude), "@media") && mediaApplies(prelude[len("@media"):]) {
					todo = append(todo, block{body, b.depth + 1})
				}
				continue
			}
			var normal, important style
			content := "\x00" // unset
			found := parseDeclsContent(body, &normal, &important, &content)
			if !found && content == "\x00" {
				continue
			}
			if _, err := cascadia.ParseGroupWithPseudoElements(prelude); err != nil {
				continue
			}
			for _, text := range splitGroup(prelude) {
				sel, err := cascadia.ParseWithPseudoElement(text)
				if err != nil {
					continue
				}
				ch, ok := compileChain(text)
				if !ok {
					unsupported++
					continue
				}
				if pe := sel.PseudoElement(); pe != "" {
					// generated text: "span + span::before { content: ' | ' }"
					if content == "\x00" || content == "" || pe != "before" && pe != "after" {
						continue
					}
					var st style
					if pe == "before" {
						st.before = content
					} else {
						st.after = content
					}
					rules = append(rules, rule{sel: sel, chain: ch, spec: sel.Specificity(), order: len(rules), st: st})
					continue
				}
				for i, st := range [2]style{normal, important} {
					if st != (style{}) {
						rules = append(rules, rule{sel: sel, chain: ch, spec: sel.Specificity(), order: len(rules), important: i == 1, st: st})
					}
				}
			}
		}
	}
	return rules, unsupported
}

// splitGroup cuts a selector list at its commas, outside brackets,
// parentheses and strings.
func splitGroup(s string) []string {
	var out []string
	depth, start := 0, 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '\\':
			i++
		case c == '"' || c == '\'':
			quote = c
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			depth--
		case c == ',' && depth == 0:
			out = append(out, strings.TrimSpace(s[start:i]))
			start = i + 1
		}
	}
	return append(out, strings.TrimSpace(s[start:]))
}

// matchBrace returns the index of the brace closing the one at open, or
// len(s) when it is not closed.
func matchBrace(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return len(s)
}

func stripComments(css string) string {
	if !strings.Contains(css, "/*") {
		return css
	}
	var b strings.Builder
	for {
		i := strings.Index(css, "/*")
		if i < 0 {
			b.WriteString(css)
			return b.String()
		}
		b.WriteString(css[:i])
		b.WriteByte(' ')
		j := strings.Index(css[i+2:], "*/")
		if j < 0 {
			return b.String()
		}
		css = css[i+2+j+2:]
	}
}

// viewport is the screen the media queries are evaluated for: a desktop
// browser window, since resumes are laid out for one (and printed).
const viewportW, viewportH = 1280, 800

// mediaApplies evaluates a media query list for a desktop screen: media
// types all and screen match, print and speech do not; min-/max-width and
// -height are compared with the viewport; orientation is landscape; any
// other feature does not match.
func mediaApplies(q string) bool {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return true
	}
	for alt := range strings.SplitSeq(q, ",") {
		if queryApplies(strings.TrimSpace(alt)) {
			return true
		}
	}
	return false
}

func queryApplies(q string) bool {
	not := false
	if rest, ok := strings.CutPrefix(q, "not "); ok {
		not, q = true, rest
	}
	q = strings.TrimPrefix(q, "only ")
	ok := true
	for part := range strings.SplitSeq(q, " and ") {
		part = strings.TrimSpace(part)
		switch {
		case part == "" || part == "all" || part == "screen":
		case strings.HasPrefix(part, "("):
			ok = ok && featureApplies(strings.Trim(part, "() "))
		default: // print, speech, tv, …
			ok = false
		}
	}
	return ok != not
}

func featureApplies(f string) bool {
	name, val, _ := strings.Cut(f, ":")
	name, val = strings.TrimSpace(name), strings.TrimSpace(val)
	var have float64
	switch strings.TrimPrefix(strings.TrimPrefix(name, "min-"), "max-") {
	case "width":
		have = viewportW
	case "height":
		have = viewportH
	case "orientation":
		return val == "landscape"
	default:
		return false
	}
	px, ok := fontPx(val, 16)
	if !ok {
		return false
	}
	if strings.HasPrefix(name, "min-") {
		return have >= px
	}
	if strings.HasPrefix(name, "max-") {
		return have <= px
	}
	return have == px
}

// cssContent is the text of a content value: its quoted strings, CSS
// escapes decoded ("\\f0e0" is U+F0E0); counters, attr() and images give
// no text; "none" and "normal" give "".
func cssContent(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		q := v[i]
		if q != '"' && q != '\'' {
			continue
		}
		for i++; i < len(v) && v[i] != q; i++ {
			if v[i] != '\\' || i+1 >= len(v) {
				b.WriteByte(v[i])
				continue
			}
			// an escape: up to six hex digits and one optional space, or
			// the next character as it is
			j := i + 1
			for j < len(v) && j < i+7 && isHex(v[j]) {
				j++
			}
			if j == i+1 {
				b.WriteByte(v[j])
				i = j
				continue
			}
			if n, err := strconv.ParseUint(v[i+1:j], 16, 32); err == nil && n > 0 && n <= 0x10FFFF {
				b.WriteRune(rune(n))
			}
			if j < len(v) && v[j] == ' ' {
				j++
			}
			i = j - 1
		}
	}
	return b.String()
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
