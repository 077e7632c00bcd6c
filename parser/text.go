package parser

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/doc"
)

// parseText is the adapter for plain text and Markdown.
func parseText(data []byte, format doc.Format) (*doc.Document, error) {
	text, enc, err := decode(data)
	if err != nil {
		return nil, err
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if strings.TrimSpace(text) == "" {
		return nil, ErrEmpty
	}
	d := &doc.Document{Format: format, Encoding: enc}
	raw := splitLines(text)
	raw = dropFrontMatter(raw)
	md := format == doc.Markdown
	blank := false
	inFence := false
	for _, r := range raw {
		if md {
			t := strings.TrimSpace(r.text)
			if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
				inFence = !inFence
				continue
			}
		}
		line, ok := textLine(r, md && !inFence)
		if !ok {
			blank = true
			continue
		}
		line.Blank = blank && len(d.Lines) > 0
		blank = false
		d.Lines = append(d.Lines, line)
	}
	return d, nil
}

type rawLine struct {
	text string
	pos  doc.Pos
}

// splitLines splits text into lines, counting pages at form feeds.
func splitLines(text string) []rawLine {
	var out []rawLine
	page, lineNo, off := 1, 0, 0
	for _, l := range strings.SplitAfter(text, "\n") {
		lineNo++
		start := off
		off += len(l)
		l = strings.TrimSuffix(l, "\n")
		parts := strings.Split(l, "\f")
		for i, p := range parts {
			if i > 0 {
				page++
			}
			out = append(out, rawLine{text: p, pos: doc.Pos{Page: page, Line: lineNo, Offset: start}})
		}
	}
	if page == 1 {
		for i := range out {
			out[i].pos.Page = 0
		}
	}
	return out
}

// dropFrontMatter removes a leading `---` … `---` block of key: value lines.
func dropFrontMatter(lines []rawLine) []rawLine {
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i].text) == "" {
		i++
	}
	if i >= len(lines) || strings.TrimSpace(lines[i].text) != "---" {
		return lines
	}
	for j := i + 1; j < len(lines) && j < i+40; j++ {
		t := strings.TrimSpace(lines[j].text)
		if t == "---" || t == "..." {
			return lines[j+1:]
		}
		if t != "" && !frontMatterKey.MatchString(t) && !strings.HasPrefix(t, "- ") && !strings.HasPrefix(t, "#") {
			return lines
		}
	}
	return lines
}

var frontMatterKey = regexp.MustCompile(`^[A-Za-z_][\w-]*\s*:`)

// NormalizeSpace replaces exotic spaces with ASCII spaces, drops zero-width
// characters and maps CJK radicals to the ideographs they stand for. Every
// adapter runs its text through it.
func NormalizeSpace(s string) string {
	return spaceFixer.Replace(mapRadicals(s))
}

var spaceFixer = strings.NewReplacer(
	"\u3000", "  ", "\u00a0", " ", "\u2002", " ", "\u2003", " ", "\u2009", " ",
	"\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\t", "    ", "\v", " ",
)

// bulletRunes are list markers that stand alone before an item.
const bulletRunes = "•·●○◦▪▫■□◆◇►▶➢➤✓✔✗☐☑❖※>"

var numberedMarker = regexp.MustCompile(`^(?:\d{1,2}[.、)）](?:\s+|$|[^\d.])|[(（]\d{1,2}[)）]\s*|[①-⑳]\s*|\[\d{1,2}\]\s*|[一二三四五六七八九十]{1,2}[、.．]\s*)`)

// splitMarker separates a leading list marker from the text.
func splitMarker(t string) (marker, rest string) {
	if t == "" {
		return "", t
	}
	r, n := utf8.DecodeRuneInString(t)
	if strings.ContainsRune(bulletRunes, r) {
		return string(r), strings.TrimSpace(t[n:])
	}
	if (r == '-' || r == '*' || r == '+' || r == '–') && len(t) > n && (t[n] == ' ') {
		return string(r), strings.TrimSpace(t[n:])
	}
	if m := numberedMarker.FindString(t); m != "" {
		// keep the rune that followed a marker like "1.x" (regexp ate it)
		mk := strings.TrimSpace(m)
		last, _ := utf8.DecodeLastRuneInString(mk)
		if !unicode.IsSpace(last) && !strings.ContainsRune(".、)）]①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", last) {
			mk = strings.TrimSpace(mk[:len(mk)-utf8.RuneLen(last)])
			return mk, strings.TrimSpace(t[len(mk):])
		}
		return mk, strings.TrimSpace(t[len(m):])
	}
	return "", t
}

// textLine builds one document line; ok is false for blank lines.
func textLine(r rawLine, md bool) (doc.Line, bool) {
	s := NormalizeSpace(r.text)
	indent := len(s) - len(strings.TrimLeft(s, " "))
	t := strings.TrimSpace(s)
	line := doc.Line{Pos: r.pos, Indent: indent}
	if md {
		var ok bool
		if t, ok = markdownLine(t, &line); !ok {
			return line, false
		}
	}
	if t == "" {
		return line, false
	}
	if line.Marker == "" && line.Heading == 0 {
		line.Marker, t = splitMarker(t)
	}
	line.Text = t
	if t == "" && line.Marker == "" {
		return line, false
	}
	return line, t != ""
}
