package parser

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/doc"
)

// parseText is the adapter for plain text. Its budgets: at
// most doc.MaxLines lines, counted (blank ones too) before any work, and
// doc.MaxLineBytes bytes a line, the rest cut with a warning.
func parseText(ctx context.Context, data []byte, format doc.Format) (*doc.Document, error) {
	// line ends are single bytes in every encoding but UTF-16: count them
	// before decoding (a legacy encoding is tried several ways)
	if !bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) && countLineBytes(data) > doc.MaxLines {
		return nil, doc.Limit(0, "lines", doc.MaxLines)
	}
	text, enc, err := decode(data)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, ErrEmpty
	}
	if countLines(text) > doc.MaxLines {
		return nil, doc.Limit(0, "lines", doc.MaxLines)
	}
	d := &doc.Document{Format: format, Encoding: enc}
	raw := splitLines(text)
	if n, first := cutLines(raw); n > 0 {
		d.Warn(first, "%d line(s) longer than %d bytes cut", n, doc.MaxLineBytes)
	}
	raw = dropFrontMatter(raw)
	raw = lightMarkup(raw)
	raw = untex(raw)
	raw = splitTextColumns(ctx, raw)
	blank := false
	for i, r := range raw {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		line, ok := textLine(r)
		if !ok {
			if strings.TrimSpace(NormalizeSpace(r.text)) == "" {
				blank = true
			}
			continue
		}
		line.Blank = blank && len(d.Lines) > 0
		blank = false
		d.Lines = append(d.Lines, line)
	}
	if len(d.Lines) == 0 {
		return nil, ErrEmpty
	}
	if format == doc.Text {
		tabTables(d.Lines, raw)
	}
	return d, nil
}

// A table typed with tabs between its cells, as a spreadsheet or a word
// processor's table copies into plain text:
//
//	From⇥To⇥Position⇥Employer
//	2019/04⇥current⇥Night Porter⇥Harbour Hotel
//
// tabTables gives such rows their cells: two or more lines in a row, each
// of the same number, minTabCells or more, of pieces between tabs (a run
// of tabs one gap). A line alone with tabs, or of two pieces, is text
// aligned by tabs ("Engineer⇥⇥2019 – 2021"); rows of ragged counts are a
// label column's ("教育背景⇥2012.09-2016.06⇥某大学" over "⇥2016.09-…"), no
// table.

// minTabCells is the fewest pieces a line typed with tabs has to be a
// table's row.
const minTabCells = 3

func tabTables(lines []doc.Line, raw []rawLine) {
	byPos := make(map[doc.Pos]string, len(raw))
	for _, r := range raw {
		byPos[r.pos] = r.text
	}
	cells := make([][]string, len(lines))
	for i, l := range lines {
		if l.Heading > 0 || l.Marker != "" || l.Spans != nil {
			continue
		}
		t := strings.Trim(byPos[l.Pos], " ")
		if strings.HasPrefix(t, "\t") {
			continue // an empty first cell: a label column's line ("⇥2016.09-…")
		}
		var cs []string
		for _, c := range strings.Split(strings.TrimRight(t, "\t"), "\t") {
			if c = strings.TrimSpace(NormalizeSpace(c)); c != "" {
				cs = append(cs, c)
			}
		}
		if len(cs) >= minTabCells {
			cells[i] = cs
		}
	}
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && len(cells[j]) >= minTabCells && len(cells[j]) == len(cells[i]) && (j == i || !lines[j].Blank) {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				lines[k].Cells = cells[k]
				lines[k].Text = strings.Join(cells[k], " | ")
			}
		}
		i = max(j, i+1)
	}
}

type rawLine struct {
	text    string
	pos     doc.Pos
	heading int // 1-6 when a markup the text is written in marks it as a heading
	// spans are the line's runs in their styles, when a markup the text is
	// written in marks them (leading spaces and list marks not included)
	spans []doc.Span
}

// countLines counts the lines splitLines makes of text: one more than
// the line ends (LF, CRLF or CR) and form feeds.
func countLines(text string) int {
	return 1 + strings.Count(text, "\n") + strings.Count(text, "\r") - strings.Count(text, "\r\n") + strings.Count(text, "\f")
}

// countLineBytes is countLines over bytes.
func countLineBytes(b []byte) int {
	return 1 + bytes.Count(b, []byte("\n")) + bytes.Count(b, []byte("\r")) - bytes.Count(b, []byte("\r\n")) + bytes.Count(b, []byte("\f"))
}

// cutLines cuts the lines longer than doc.MaxLineBytes and returns how
// many it cut and where the first one is.
func cutLines(lines []rawLine) (n int, first doc.Pos) {
	for i := range lines {
		var cut bool
		if lines[i].text, cut = doc.Cut(lines[i].text, doc.MaxLineBytes); cut {
			if n++; n == 1 {
				first = lines[i].pos
			}
		}
	}
	return n, first
}

// splitLines splits text into lines at LF, CRLF and CR, counting pages at
// form feeds. Offsets are byte offsets into text.
func splitLines(text string) []rawLine {
	var out []rawLine
	page, lineNo := 1, 0
	for off := 0; off < len(text) || lineNo == 0; {
		end, next := len(text), len(text)
		if i := strings.IndexAny(text[off:], "\r\n"); i >= 0 {
			end = off + i
			next = end + 1
			if text[end] == '\r' && next < len(text) && text[next] == '\n' {
				next++
			}
		}
		lineNo++
		start := off
		for i, p := range strings.Split(text[off:end], "\f") {
			if i > 0 {
				page++
			}
			out = append(out, rawLine{text: p, pos: doc.Pos{Page: page, Line: lineNo, Offset: start}})
			start += len(p) + 1
		}
		off = next
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
		if t != "" && !frontMatterKey().MatchString(t) && !strings.HasPrefix(t, "- ") && !strings.HasPrefix(t, "#") {
			return lines
		}
	}
	return lines
}

var frontMatterKey = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z_][\w-]*\s*:`) })

// NormalizeSpace replaces exotic spaces with ASCII spaces, drops zero-width
// characters and maps CJK radicals to the ideographs they stand for. Every
// adapter runs its text through it.
func NormalizeSpace(s string) string {
	return spaceFixer.Replace(dropIcons(mapRadicals(s)))
}

// dropIcons removes the characters of the Private Use Area that icon fonts
// (Font Awesome, Material Icons, academicons) draw as pictures before a
// value: an envelope before an e-mail is not text.
func dropIcons(s string) string {
	// U+E000–U+F8FF start with the bytes EE or EF in UTF-8
	if strings.IndexByte(s, 0xEE) < 0 && strings.IndexByte(s, 0xEF) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= 0xE000 && r <= 0xF8FF {
			return -1
		}
		return r
	}, s)
}

var spaceFixer = strings.NewReplacer(
	"\u3000", "  ", "\u00a0", " ", "\u2002", " ", "\u2003", " ", "\u2009", " ",
	"\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\t", "    ", "\v", " ",
)

// bulletRunes are list markers that stand alone before an item.
const bulletRunes = "•·●○◦▪▫■□◆◇►▶➢➤✓✔✗☐☑❖※>🔹🔸▸◾✅👉"

// starBullets are stars that mark an item when a space follows them; a
// row of them is a rating.
const starBullets = "✦✧"

var numberedMarker = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\d{1,2}[.、)）](?:\s+|$|[^\d.])|[(（]\d{1,2}[)）]\s*|[(（][一二三四五六七八九十]{1,2}[)）]\s*|[①-⑳]\s*|\[\d{1,2}\]\s*|[一二三四五六七八九十]{1,2}[、.．]\s*)`)
})

// splitMarker separates a leading list marker from the text.
func splitMarker(t string) (marker, rest string) {
	if t == "" {
		return "", t
	}
	r, n := utf8.DecodeRuneInString(t)
	if strings.ContainsRune(bulletRunes, r) {
		return string(r), strings.TrimSpace(t[n:])
	}
	if strings.ContainsRune(starBullets, r) && len(t) > n && (t[n] == ' ' || t[n] == '\t') {
		// "✦  Shot about 70 weddings": a star before an item, not a
		// rating's ("✦✦✦✧✧")
		if rest := strings.TrimSpace(t[n:]); rest != "" {
			if nr, _ := utf8.DecodeRuneInString(rest); !strings.ContainsRune(starBullets, nr) {
				return string(r), rest
			}
		}
	}
	// (": " opens a definition, Pandoc's and PHP Markdown Extra's way to
	// write the lines under a term: an item; "− ", the minus sign some
	// typesetters print for every hyphen, is a hyphen's item)
	if (r == '-' || r == '*' || r == '+' || r == '–' || r == '−' || r == ':') && len(t) > n && (t[n] == ' ') {
		return string(r), strings.TrimSpace(t[n:])
	}
	// "-Built the …": a hyphen glued to a capitalised word
	if r == '-' && len(t) > n+1 && t[n] >= 'A' && t[n] <= 'Z' && t[n+1] >= 'a' && t[n+1] <= 'z' {
		return "-", t[n:]
	}
	if m := numberedMarker().FindString(t); m != "" && !strings.HasPrefix(strings.TrimSpace(t[len(m):]), "、") && !strings.HasPrefix(strings.TrimSpace(t[len(m):]), "，") {
		// (not "（93）、机器学习（96）": a wrapped list's next score)
		// keep the rune that followed a marker like "1.x" (regexp ate it)
		mk := strings.TrimSpace(m)
		last, size := utf8.DecodeLastRuneInString(mk)
		if !unicode.IsSpace(last) && !strings.ContainsRune(".、)）]①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", last) {
			mk = strings.TrimSpace(mk[:len(mk)-size])
			return mk, strings.TrimSpace(t[len(mk):])
		}
		return mk, strings.TrimSpace(t[len(m):])
	}
	return "", t
}

// textLine builds one document line; ok is false for blank lines.
func textLine(r rawLine) (doc.Line, bool) {
	s := NormalizeSpace(r.text)
	indent := len(s) - len(strings.TrimLeft(s, " "))
	line := doc.Line{Pos: r.pos, Indent: indent, Heading: r.heading}
	if r.heading > 0 {
		line.Text = strings.TrimSpace(s) // a heading's text has no list marker
		return line, line.Text != ""
	}
	line.Marker, line.Text = splitMarker(strings.TrimSpace(s))
	if r.spans != nil && line.Marker == "" {
		line.Spans = r.spans
		line.Bold = len(r.spans) == 1 && r.spans[0].Bold
	}
	return line, line.Text != ""
}
