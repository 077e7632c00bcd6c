package parser

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/resumex/resumex/doc"
)

// lightMarkup reads the marks of two plain-text markup languages people
// keep CVs in, when a text is written in one: AsciiDoc ("= Name",
// "== Experience", ":email: x", "Term:: text") and Org mode
// ("#+AUTHOR: Name", "* Experience", "- Phone :: x"). Section titles become
// headings, the document's author its first line, its e-mail attribute a
// labelled line, and the other settings go. A text with neither language's
// document marks is returned as it is: a "* " at the start of a line is a
// bullet in a plain CV, a heading only in Org.
//
// reStructuredText ("Jordan Blake" over and under a rule of "=", titles
// underlined, ":Email: x" fields) is read likewise: its titles become
// headings, levels in the order their rules first appear, fields labelled
// lines, **strong** text bold spans, and directives and comments go.
func lightMarkup(lines []rawLine) []rawLine {
	switch {
	case isOrg(lines):
		return readOrg(lines)
	case isAsciiDoc(lines):
		return readAsciiDoc(lines)
	case isRST(lines):
		return readRST(lines)
	}
	return lines
}

var (
	orgKeyword  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^#\+([A-Za-z_]+):\s*(.*)$`) })
	orgHeadline = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\*{1,6})\s+(\S.*)$`) })
	adocTitle   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(={1,6})\s+(\S.*)$`) })
	adocAttr    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^:([A-Za-z0-9_][\w-]*!?):\s*(.*)$`) })
	// a description list's term and text: "Phone :: x" (Org), "Phone:: x"
	// (AsciiDoc)
	descItem = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\s*(?:[-+]\s+)?)(\S[^:]*?)\s*::\s+(\S.*)$`) })
	// reStructuredText: a field ":Email: x", inline markup
	rstField  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\s*):([^:\s][^:]*):(?:\s+(.*))?$`) })
	rstInline = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile("\\*\\*([^*]+)\\*\\*|\\*([^*\\s][^*]*)\\*|``([^`]+)``|`([^`<]+?)\\s*<([^>]+)>`__?|`([^`]+)`_{0,2}")
	})
)

// isOrg reports whether the text opens with Org mode's document keywords
// ("#+TITLE:", "#+AUTHOR:") among its first lines.
func isOrg(lines []rawLine) bool {
	seen := 0
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		if m := orgKeyword().FindStringSubmatch(t); m != nil {
			if k := strings.ToUpper(m[1]); k == "TITLE" || k == "AUTHOR" {
				return true
			}
		}
		if seen++; seen >= 10 {
			break
		}
	}
	return false
}

// isAsciiDoc reports whether the text opens with an AsciiDoc document
// title ("= Name") followed by section titles ("== …") or header
// attributes (":email: …").
func isAsciiDoc(lines []rawLine) bool {
	first := true
	for _, l := range lines {
		t := strings.TrimRight(l.text, " \t")
		if strings.TrimSpace(t) == "" {
			continue
		}
		if first {
			m := adocTitle().FindStringSubmatch(t)
			if m == nil || len(m[1]) != 1 {
				return false
			}
			first = false
			continue
		}
		if adocAttr().MatchString(t) {
			return true
		}
		if m := adocTitle().FindStringSubmatch(t); m != nil && len(m[1]) >= 2 {
			return true
		}
	}
	return false
}

// readOrg rewrites an Org document's marks.
func readOrg(lines []rawLine) []rawLine {
	var out, head []rawLine
	title, author := -1, -1
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if m := orgKeyword().FindStringSubmatch(t); m != nil {
			switch v := strings.TrimSpace(m[2]); strings.ToUpper(m[1]) {
			case "AUTHOR":
				if v != "" {
					author = len(head)
					head = append(head, rawLine{text: v, pos: l.pos, heading: 1})
				}
			case "TITLE":
				if v != "" {
					title = len(head)
					head = append(head, rawLine{text: v, pos: l.pos, heading: 1})
				}
			case "EMAIL":
				if v != "" {
					head = append(head, rawLine{text: "Email: " + v, pos: l.pos})
				}
			}
			continue // (#+OPTIONS:, #+BEGIN_…, #+END_…: settings, no text)
		}
		if m := orgHeadline().FindStringSubmatch(strings.TrimRight(l.text, " \t")); m != nil {
			// (level one under the document's title, as AsciiDoc's "==")
			out = append(out, rawLine{text: m[2], pos: l.pos, heading: min(len(m[1])+1, 6)})
			continue
		}
		out = append(out, descLine(l))
	}
	if author >= 0 && title >= 0 {
		// the author is the name; the title ("Name -- CV") says no more
		head = append(head[:title], head[title+1:]...)
	}
	return append(head, out...)
}

// readAsciiDoc rewrites an AsciiDoc document's marks.
func readAsciiDoc(lines []rawLine) []rawLine {
	out := make([]rawLine, 0, len(lines))
	header := true // in the document header: the title and its attributes
	skipTo := ""   // the delimiter that ends a passthrough or comment block
	table := 0     // in a table: 1, 2 when its first row is the header row
	for i, l := range lines {
		t := strings.TrimRight(l.text, " \t")
		if skipTo != "" {
			if t == skipTo {
				skipTo = ""
			}
			continue
		}
		switch t {
		case "++++", "////":
			if closedBelow(lines[i+1:], t) {
				skipTo = t // raw HTML to pass through, a comment: no text
			}
			continue // (one never closed is a stray line: the rest is text)
		case "----", "....", "====", "****", "____", "--":
			continue // a listing, literal, example, sidebar or quote block: its text stays
		case "|===":
			if table > 0 {
				table = 0
			} else if closedBelow(lines[i+1:], t) {
				table = 1
				if i > 0 && adocHeader().MatchString(lines[i-1].text) {
					table = 2 // [options="header"]: the first row names the columns
				}
			}
			continue
		}
		if table > 0 && strings.TrimSpace(t) != "" {
			cells := adocCells(t)
			if table == 2 {
				if cells != nil {
					table = 1
				}
				continue // the columns' names, no content
			}
			// a table's cells, each a line of its own (a cell may go on
			// over several lines)
			if cells == nil {
				cells = []string{t}
			}
			for _, c := range cells {
				if c = strings.TrimSpace(c); c != "" {
					out = append(out, adocLine(rawLine{text: c, pos: l.pos}))
				}
			}
			continue
		}
		if strings.TrimSpace(t) == "" {
			if len(out) > 0 {
				header = false
			}
			out = append(out, l)
			continue
		}
		if m := adocTitle().FindStringSubmatch(t); m != nil {
			out = append(out, rawLine{text: m[2], pos: l.pos, heading: len(m[1])})
			continue
		}
		if m := adocAttr().FindStringSubmatch(t); m != nil && (header || i == 0) {
			if strings.EqualFold(m[1], "email") && strings.TrimSpace(m[2]) != "" {
				out = append(out, rawLine{text: "Email: " + strings.TrimSpace(m[2]), pos: l.pos})
			}
			continue // (:author: repeats the title; :toc:, :revdate: are settings)
		}
		header = false
		if s := strings.TrimSpace(t); s == "'''" || strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") && !strings.Contains(s, " ") || strings.HasPrefix(s, "image::") {
			continue // a thematic break; a block's attributes ("[.lead]"); an image
		}
		out = append(out, adocLine(descLine(l)))
	}
	return out
}

// closedBelow reports whether a block's delimiter comes again below.
func closedBelow(lines []rawLine, delim string) bool {
	for _, l := range lines {
		if strings.TrimRight(l.text, " \t") == delim {
			return true
		}
	}
	return false
}

var (
	// a cell's start in a table row: "|", "a|", "2+|", ".2+^.^s|"
	adocCell = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:^|\s)(?:\d+[+*])?(?:\.\d+\+)?(?:[<^>])?(?:\.[<^>])?[adehlmsv]?\|`)
	})
	// a URL or mailto macro with its text: "mailto:a@b.c[a@b.c]",
	// "https://github.com/x[github.com/x]", "link:cv.pdf[CV]"
	adocMacro = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:link:|mailto:|https?://)([^\s\[]*)\[([^\]]*)\]`)
	})
	// a table's attributes that name its first row the header row:
	// options="header", %header (not %noheader)
	adocHeader = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^\[.*(?:options="[^"]*\bheader\b|%header\b)`)
	})
	// constrained and unconstrained bold, italic and monospace
	adocQuote = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\*\*(.+?)\*\*|__(.+?)__|\x60\x60(.+?)\x60\x60|(?:^|[^\pL\pN*_\x60])(?:\*([^*\s](?:[^*]*[^*\s])?)\*|_([^_\s](?:[^_]*[^_\s])?)_|\x60([^\x60\s](?:[^\x60]*[^\x60\s])?)\x60)`)
	})
)

// adocAttrs are the attribute references AsciiDoc writes for characters.
var adocAttrs = strings.NewReplacer("{plus}", "+", "{nbsp}", " ", "{sp}", " ", "{amp}", "&", "{lt}", "<", "{gt}", ">",
	"{startsb}", "[", "{endsb}", "]", "{vbar}", "|", "{caret}", "^", "{asterisk}", "*", "{tilde}", "~", "{backslash}", "\\",
	"{empty}", "", "{zwsp}", "", "{apos}", "'", "{quot}", "\"", "{deg}", "°", "{two-colons}", "::")

// adocCells splits a table row into its cells' texts; nil when the line
// starts no cell (it goes on the cell above).
func adocCells(t string) []string {
	locs := adocCell().FindAllStringIndex(t, -1)
	if len(locs) == 0 || locs[0][0] != 0 {
		return nil
	}
	var cells []string
	for k, loc := range locs {
		end := len(t)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		cells = append(cells, t[loc[1]:end])
	}
	return cells
}

// adocLine reads a line's inline marks: a hard break's " +", character
// references, links by their text, quotes by their words, a leading
// bold phrase as a bold span ("*Email*: x").
func adocLine(l rawLine) rawLine {
	t := strings.TrimSuffix(strings.TrimRight(l.text, " \t"), " +")
	t = adocAttrs.Replace(t)
	t = adocMacro().ReplaceAllStringFunc(t, func(m string) string {
		g := adocMacro().FindStringSubmatch(m)
		if g[2] != "" {
			return g[2]
		}
		return strings.TrimSuffix(m, "[]")
	})
	lead := strings.TrimLeft(t, " \t")
	var bold string
	if strings.HasPrefix(lead, "*") && !strings.HasPrefix(lead, "* ") && !strings.HasPrefix(lead, "**") {
		if end := strings.Index(lead[1:], "*"); end > 0 {
			bold = lead[1 : 1+end]
		}
	}
	t = adocQuote().ReplaceAllStringFunc(t, func(m string) string {
		g := adocQuote().FindStringSubmatchIndex(m)
		for k := 2; k < len(g); k += 2 {
			if g[k] >= 0 {
				mark := 1 // "*x*" after the character before it
				if k <= 6 {
					mark = 2 // "**x**", "__x__", "``x``"
				}
				return m[:g[k]-mark] + m[g[k]:g[k+1]]
			}
		}
		return m
	})
	l.text = t
	if bold != "" {
		l.spans = boldLead(bold, strings.TrimPrefix(strings.TrimLeft(t, " \t"), bold))
	}
	return l
}

// boldLead is the runs of a line that opens with bold text: the bold
// words, then the rest when there is any.
func boldLead(bold, rest string) []doc.Span {
	spans := []doc.Span{{Text: bold, Style: doc.Style{Bold: true}}}
	if strings.TrimSpace(rest) != "" {
		spans = append(spans, doc.Span{Text: rest})
	}
	return spans
}

// descLine writes a description list's item as a label and its text:
// "- Phone :: +91 …" gives "- Phone: +91 …".
func descLine(l rawLine) rawLine {
	if m := descItem().FindStringSubmatch(l.text); m != nil {
		l.text = m[1] + m[2] + ": " + m[3]
	}
	return l
}

// rstRule reports whether t is a reStructuredText title's rule: one
// punctuation character repeated, three or more.
func rstRule(t string) (byte, bool) {
	t = strings.TrimRight(t, " \t")
	if len(t) < 3 || !strings.ContainsRune("=-~^\"'#*+_:.`", rune(t[0])) || strings.Trim(t, t[:1]) != "" {
		return 0, false
	}
	return t[0], true
}

// rstTitle reports whether lines[i] is a title's text with its rule
// under it, at least as wide (a CJK character counted twice).
func rstTitle(lines []rawLine, i int) (byte, bool) {
	if i+1 >= len(lines) {
		return 0, false
	}
	t := strings.TrimSpace(lines[i].text)
	c, ok := rstRule(lines[i+1].text)
	if !ok || t == "" || strings.HasPrefix(lines[i].text, " ") {
		return 0, false
	}
	if _, rule := rstRule(t); rule {
		return 0, false
	}
	return c, len(strings.TrimSpace(lines[i+1].text)) >= displayWidth(t)
}

// rstOverTitle reports whether lines[i] is the rule over a title that the
// same rule closes two lines down.
func rstOverTitle(lines []rawLine, i int) (byte, bool) {
	if i+2 >= len(lines) || strings.TrimSpace(lines[i+1].text) == "" {
		return 0, false
	}
	c, ok := rstRule(lines[i].text)
	c2, ok2 := rstRule(lines[i+2].text)
	return c, ok && ok2 && c == c2
}

func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x1100 && (unicode.Is(unicode.Han, r) || r >= 0xFF00 && r <= 0xFFEF || r >= 0x3000 && r <= 0x30FF) {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// isRST reports whether the text is reStructuredText: among its first
// lines, two underlined titles (or an overlined one) and a field list or
// a directive. Plain texts underline their headings too, but write no
// ":Email: x" fields or ".. " directives.
func isRST(lines []rawLine) bool {
	titles, marks, seen := 0, 0, 0
	for i := 0; i < len(lines) && seen < 60; i++ {
		t := strings.TrimSpace(lines[i].text)
		if t == "" {
			continue
		}
		seen++
		if _, ok := rstOverTitle(lines, i); ok {
			titles += 2 // an overlined title
			i += 2
			continue
		}
		if _, ok := rstTitle(lines, i); ok {
			titles++
			i++
			continue
		}
		if rstField().MatchString(lines[i].text) || strings.HasPrefix(t, ".. ") {
			marks++
		}
	}
	return titles >= 2 && marks >= 1
}

// readRST rewrites a reStructuredText document's marks.
func readRST(lines []rawLine) []rawLine {
	out := make([]rawLine, 0, len(lines))
	var styles []string // title rules in the order they first appear: the levels
	level := func(style string) int {
		for k, s := range styles {
			if s == style {
				return min(k+1, 6)
			}
		}
		styles = append(styles, style)
		return min(len(styles), 6)
	}
	directive := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l.text)
		if directive {
			if t == "" || strings.HasPrefix(l.text, " ") || strings.HasPrefix(l.text, "\t") {
				continue // the directive's options and content
			}
			directive = false
		}
		if c, ok := rstOverTitle(lines, i); ok {
			out = append(out, rawLine{text: strings.TrimSpace(lines[i+1].text), pos: lines[i+1].pos, heading: level("over" + string(c))})
			i += 2
			continue
		}
		if c, ok := rstTitle(lines, i); ok {
			out = append(out, rawLine{text: rstText(t), pos: l.pos, heading: level(string(c))})
			i++
			continue
		}
		if strings.HasPrefix(t, "..") && (t == ".." || strings.HasPrefix(t, ".. ")) {
			name, arg, isDirective := rstDirective(t)
			switch {
			case !isDirective || rstDropped[name]:
				directive = true // a comment, a link target, an image: no text
			case name == "rubric" || name == "topic" || name == "sidebar":
				if arg != "" {
					out = append(out, rawLine{text: rstText(arg), pos: l.pos, heading: min(len(styles)+1, 6)})
				}
			case arg != "" && name != "container" && name != "class":
				out = append(out, rawLine{text: rstText(arg), pos: l.pos}) // ".. note:: Available from May" (a container's argument is its class)
			}
			continue // (a kept directive's text, indented below it, is read as text)
		}
		if strings.HasPrefix(l.text, " ") && rstOption().MatchString(t) {
			continue // a directive's option (":class: contact")
		}
		if m := rstField().FindStringSubmatch(l.text); m != nil && strings.TrimSpace(m[3]) != "" {
			l.text = m[1] + m[2] + ": " + rstText(m[3])
			out = append(out, l)
			continue
		}
		if rest, ok := strings.CutPrefix(t, "| "); ok {
			l.text = rest // a line block's line
		}
		l.spans = rstSpans(l.text)
		l.text = rstText(l.text)
		out = append(out, l)
	}
	return out
}

var (
	// rstDirectiveLine is ".. name:: argument"
	rstDirectiveLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\.\.\s+([A-Za-z][\w-]*)::\s*(.*)$`) })
	// rstOption is an option line under a directive: ":class: x", ":width: 80"
	rstOption = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^:[\w-]+:(?:\s.*)?$`) })
)

// rstDropped are the directives whose content is no text of the page.
var rstDropped = map[string]bool{"image": true, "figure": true, "raw": true, "meta": true, "contents": true, "include": true,
	"csv-table": true, "math": true, "code": true, "code-block": true, "sectnum": true, "header": true, "footer": true, "target-notes": true}

// rstDirective reads ".. name:: argument"; isDirective is false for a
// comment, a link target (".. _x: url") or a substitution (".. |x| …").
func rstDirective(t string) (name, arg string, isDirective bool) {
	m := rstDirectiveLine().FindStringSubmatch(t)
	if m == nil {
		return "", "", false
	}
	return strings.ToLower(m[1]), strings.TrimSpace(m[2]), true
}

// rstText is a line's text without its inline markup: "**Acme** — `site
// <https://acme.example>`_" gives "Acme — site https://acme.example".
func rstText(s string) string {
	return rstInline().ReplaceAllStringFunc(s, func(m string) string {
		g := rstInline().FindStringSubmatch(m)
		switch {
		case g[1] != "":
			return g[1]
		case g[2] != "":
			return g[2]
		case g[3] != "":
			return g[3]
		case g[4] != "":
			return g[4] + " " + g[5]
		}
		return g[6]
	})
}

// rstSpans are a line's runs when it opens with strong text: "**Acme** —
// Engineer" is Acme in bold, then the rest; nil otherwise.
func rstSpans(s string) []doc.Span {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "**") {
		return nil
	}
	end := strings.Index(t[2:], "**")
	if end <= 0 {
		return nil
	}
	return boldLead(t[2:2+end], rstText(t[2+end+2:]))
}
