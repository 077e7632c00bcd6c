package parser

import (
	"regexp"
	"strings"
	"sync"
)

// lightMarkup reads the marks of two plain-text markup languages people
// keep CVs in, when a text is written in one: AsciiDoc ("= Name",
// "== Experience", ":email: x", "Term:: text") and Org mode
// ("#+AUTHOR: Name", "* Experience", "- Phone :: x"). Section titles become
// headings, the document's author its first line, its e-mail attribute a
// labelled line, and the other settings go. A text with neither language's
// document marks is returned as it is: a "* " at the start of a line is a
// bullet in a plain CV, a heading only in Org.
func lightMarkup(lines []rawLine) []rawLine {
	switch {
	case isOrg(lines):
		return readOrg(lines)
	case isAsciiDoc(lines):
		return readAsciiDoc(lines)
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
	for i, l := range lines {
		t := strings.TrimRight(l.text, " \t")
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
		if s := strings.TrimSpace(t); s == "'''" || strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") && !strings.Contains(s, " ") {
			continue // a thematic break; a block's attributes ("[.lead]")
		}
		out = append(out, descLine(l))
	}
	return out
}

// descLine writes a description list's item as a label and its text:
// "- Phone :: +91 …" gives "- Phone: +91 …".
func descLine(l rawLine) rawLine {
	if m := descItem().FindStringSubmatch(l.text); m != nil {
		l.text = m[1] + m[2] + ": " + m[3]
	}
	return l
}
