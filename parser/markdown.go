package parser

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/resumex/resumex/doc"
)

var (
	mdHeading   = regexp.MustCompile(`^(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$`)
	mdSetext    = regexp.MustCompile(`^(?:=+|-+)$`)
	mdComment   = regexp.MustCompile(`<!--.*?-->`)
	mdRule      = regexp.MustCompile(`^(?:[-*_]\s*){3,}$`)
	mdTableSep  = regexp.MustCompile(`^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$`)
	mdImage     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)`)
	mdAutoLink  = regexp.MustCompile(`<((?:https?://|mailto:)[^>\s]+)>`)
	mdStrong    = regexp.MustCompile(`\*\*([^*]+)\*\*|__([^_]+)__`)
	mdEmph      = regexp.MustCompile(`(^|[^\w*])\*([^*\s][^*]*)\*|(^|[^\w_])_([^_\s][^_]*)_`)
	mdCode      = regexp.MustCompile("`([^`]*)`")
	mdStrike    = regexp.MustCompile(`~~([^~]+)~~`)
	mdHTMLTag   = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>`)
	mdEscape    = regexp.MustCompile(`\\([!-/:-@\[-` + "`" + `{-~])`)
	mdTaskBox   = regexp.MustCompile(`^\[[ xX]\]\s+`)
	mdStrongAll = regexp.MustCompile(`^(?:\*\*[^*]+\*\*|__[^_]+__)[:：]?$`)
)

// looksMarkdown guesses from content that text is Markdown.
func looksMarkdown(data []byte) bool {
	n := 0
	for _, l := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(l)
		if mdHeading.MatchString(t) || mdLink.MatchString(t) || mdStrongAll.MatchString(t) || mdTableSep.MatchString(t) && strings.Contains(t, "|") {
			n++
			if n >= 2 {
				return true
			}
		}
	}
	return false
}

// markdownLine reads Markdown block and inline syntax of one trimmed line
// into line's hints and returns the plain text; ok is false when the line
// carries no text (rules, table separators). Backslash escapes and code
// spans are shielded from the other rules first.
func markdownLine(t string, line *doc.Line) (string, bool) {
	if hasShield(t) {
		return markdownSyntax(t, line)
	}
	t = mdCode.ReplaceAllStringFunc(t, func(m string) string { return shield(m[1 : len(m)-1]) })
	t = mdEscape.ReplaceAllStringFunc(t, func(m string) string { return shield(m[1:]) })
	out, ok := markdownSyntax(t, line)
	for i := range line.Cells {
		line.Cells[i] = unshield(line.Cells[i])
	}
	for i := range line.Links {
		line.Links[i].Text = unshield(line.Links[i].Text)
		line.Links[i].URL = unshield(line.Links[i].URL)
	}
	return unshield(out), ok
}

// markdownSyntax is markdownLine after shielding.
func markdownSyntax(t string, line *doc.Line) (string, bool) {
	if strings.ContainsAny(t, "-*_") && (mdRule.MatchString(t) || (mdTableSep.MatchString(t) && strings.Contains(t, "-"))) {
		return "", false
	}
	if strings.Contains(t, "<!--") {
		t = strings.TrimSpace(mdComment.ReplaceAllString(t, " "))
	}
	for strings.HasPrefix(t, ">") {
		t = strings.TrimSpace(t[1:])
	}
	if m := headingMatch(t); m != nil {
		line.Heading = len(m[1])
		t = m[2]
	} else {
		line.Marker, t = splitMarker(t)
		if strings.HasPrefix(t, "[") {
			t = mdTaskBox.ReplaceAllString(t, "")
		}
	}
	if strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") && len(t) > 1 {
		cells := strings.Split(t[1:len(t)-1], "|")
		for i := range cells {
			cells[i] = inlineMarkdown(strings.TrimSpace(cells[i]), line)
		}
		line.Cells = cells
		return strings.Join(nonEmpty(cells), " | "), true
	}
	if (strings.HasPrefix(t, "**") || strings.HasPrefix(t, "__")) && mdStrongAll.MatchString(t) {
		line.Bold = true
	}
	return inlineMarkdown(t, line), true
}

// headingMatch is mdHeading's submatches when t starts with '#'.
func headingMatch(t string) []string {
	if !strings.HasPrefix(t, "#") {
		return nil
	}
	return mdHeading.FindStringSubmatch(t)
}

// Shielded text: the ASCII punctuation of backslash escapes and code spans
// is moved to Supplementary Private Use Area-A (U+F0000 + the byte) while the
// inline rules run, and moved back after. Lines that already hold such runes
// are not shielded.
const shieldBase = 0xF0000

func shield(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 && (unicode.IsPunct(r) || unicode.IsSymbol(r)) {
			return shieldBase + r
		}
		return r
	}, s)
}

func unshield(s string) string {
	if !hasShield(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= shieldBase && r < shieldBase+0x80 {
			return r - shieldBase
		}
		return r
	}, s)
}

func hasShield(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r >= shieldBase && r < shieldBase+0x80 })
}

// inlineMarkdown strips inline syntax, recording links on line.
func inlineMarkdown(t string, line *doc.Line) string {
	if !strings.ContainsAny(t, "[*_`~<\\") {
		return strings.Join(strings.Fields(t), " ") // no inline syntax: skip the regexps
	}
	t = mdImage.ReplaceAllString(t, "")
	t = mdAutoLink.ReplaceAllStringFunc(t, func(m string) string {
		u := mdAutoLink.FindStringSubmatch(m)[1]
		line.Links = append(line.Links, doc.Link{Text: u, URL: u})
		return strings.TrimPrefix(u, "mailto:")
	})
	t = mdLink.ReplaceAllStringFunc(t, func(m string) string {
		sm := mdLink.FindStringSubmatch(m)
		text, url := strings.TrimSpace(sm[1]), sm[2]
		line.Links = append(line.Links, doc.Link{Text: text, URL: url})
		if text == "" {
			return strings.TrimPrefix(url, "mailto:")
		}
		return text
	})
	t = mdCode.ReplaceAllString(t, "$1")
	t = mdStrong.ReplaceAllString(t, "$1$2")
	t = mdEmph.ReplaceAllString(t, "$1$2$3$4")
	t = mdStrike.ReplaceAllString(t, "$1")
	t = mdHTMLTag.ReplaceAllString(t, " ")
	t = mdEscape.ReplaceAllString(t, "$1")
	return strings.TrimSpace(strings.Join(strings.Fields(t), " "))
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
