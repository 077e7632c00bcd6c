package parser

import (
	"bytes"
	"context"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	gast "github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	gmparser "github.com/yuin/goldmark/parser"
	gmtext "github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/internal/gfm"
)

// The Markdown adapter reads Markdown as CommonMark with GitHub's pipe
// tables, strikethrough and task lists, through goldmark, and writes a
// document line for each source line of text, as a reader of the rendered
// page sees it:
//
//   - ATX and setext headings carry their level; a setext underline under
//     a paragraph of several lines is read as a rule under that paragraph,
//     as its writer meant, not as one heading of several lines;
//   - list items carry their marker ("-", "*", "1.") on their first line
//     and their source indentation (nested lists are indented deeper);
//     a line that starts with a bullet Markdown does not know ("•",
//     "1、") has it split off as in plain text;
//   - a table row is a line with cells;
//   - a line of a paragraph is a line; a hard break or an HTML <br> starts
//     a new one;
//   - a fenced code block is left out, with a warning: code is no resume
//     text, and read as text its lines would make entries ("Acme | 2019"
//     in a log, a command line before a heading); a document that is
//     mostly fenced code is a text resume set in a monospace font, and
//     its code is read as plain text lines, as is an indented code block
//     (in a resume, most often text indented by accident); a contact
//     card pasted in a fence ("BEGIN:VCARD" …) is read as text too;
//   - HTML blocks and inline HTML give their text (entities decoded, <h1>
//     to <h6> as headings, <b>/<strong> bold, <i>/<em> italic, <br> and
//     block tags as line breaks); comments, scripts and styles give none;
//   - emphasis, links and code make spans (bold, italic, the link target);
//     a line all in bold is Bold; links are the line's Links;
//   - images, rules and link reference definitions give no text; of front
//     matter only what a renderer prints or a reader reads as the
//     résumé's own (frontMatterLine): the title at the top (pandoc's
//     title block), a subtitle or author under it, and the
//     contact keys as labelled lines ("email: …"); the rest (layout,
//     fonts, geometry) none.
//
// An em space (U+2003, &emsp;) or an ideographic space is a wide gap, the
// field separator of the extractor, as a tab is; &nbsp; is a space.
// Positions are those of the source lines.

// mdParser is the goldmark parser the adapter uses, built on first use.
var mdParser = sync.OnceValue(func() gmparser.Parser {
	return gfm.NewParser()
})

// The budgets of the Markdown adapter, beyond those of the text adapter
// (doc.MaxLines, doc.MaxLineBytes): goldmark spends about a microsecond on
// each delimiter of inline syntax, and on each line time in proportion to
// the blocks it is nested in.
const (
	// mdMaxSyntax is the most bytes of inline syntax ([ ] ! * _ ~ ` < & \ |)
	// a Markdown document may hold; a resume holds a few thousand. A
	// document with more is read as plain text, with a warning.
	mdMaxSyntax = 100_000
	// mdMaxNesting is the most block quotes and list items a line opens
	// (a resume nests three or four); the markers past it are dropped.
	mdMaxNesting = 16
	// mdMaxIndent is the most columns of indentation a line keeps; the
	// rest is dropped.
	mdMaxIndent = 64
)

// parseMarkdown is the adapter for Markdown.
func parseMarkdown(ctx context.Context, data []byte) (*doc.Document, error) {
	// the line budget before decoding, as the text adapter counts it
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
	if n := syntaxBytes(text); n > mdMaxSyntax {
		d, err := parseText(ctx, data, doc.Text)
		if err != nil {
			return nil, err
		}
		d.Warn(doc.Pos{}, "more than %d bytes of Markdown syntax: read as plain text", mdMaxSyntax)
		return d, nil
	}
	d := &doc.Document{Format: doc.Markdown, Encoding: enc}
	raw := splitLines(text)
	if n, first := cutLines(raw); n > 0 {
		d.Warn(first, "%d line(s) longer than %d bytes cut", n, doc.MaxLineBytes)
	}
	src, starts := markdownSource(raw)
	root := mdParser().Parse(gmtext.NewReader(src))
	w := &mdWriter{ctx: ctx, src: src, starts: starts, raw: raw, doc: d}
	if err := w.blocks(root); err != nil {
		return nil, err
	}
	if w.code.lines > len(d.Lines) {
		// mostly code: a text resume set in a fence for its monospace
		// font; its code is its text
		d.Lines = d.Lines[:0]
		w = &mdWriter{ctx: ctx, src: src, starts: starts, raw: raw, doc: d, keepCode: true}
		if err := w.blocks(root); err != nil {
			return nil, err
		}
	} else if w.code.blocks > 0 {
		d.Warn(w.code.first, "%d code block(s) of %d line(s) left out: code is no resume text", w.code.blocks, w.code.lines)
	}
	if len(d.Lines) == 0 {
		return nil, ErrEmpty
	}
	return d, nil
}

// syntaxBytes counts the bytes of inline Markdown syntax in text.
func syntaxBytes(text string) int {
	n := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '[', ']', '!', '*', '_', '~', '`', '<', '&', '\\', '|':
			n++
		}
	}
	return n
}

// markdownSource is the text goldmark reads: the lines of raw, one a
// line, front matter left out (its lines empty), each line's indentation
// and nesting within the budgets; starts are the offsets of the lines in
// it.
func markdownSource(raw []rawLine) (src []byte, starts []int) {
	front := len(raw) - len(dropFrontMatter(raw))
	titled := false // the text opens with its own top heading ("# Ana Lima")
	for i, r := range raw[front:] {
		if t := strings.TrimSpace(r.text); t != "" {
			// ("# Ana Lima", or "Ana Lima" over "========")
			titled = strings.HasPrefix(t, "# ") || front+i+1 < len(raw) && setextTop().MatchString(raw[front+i+1].text)
			break
		}
	}
	starts = make([]int, len(raw))
	size := len(raw)
	for _, r := range raw {
		size += len(r.text)
	}
	src = make([]byte, 0, size)
	note := isNote(raw)
	block := lineBlocks(raw, front)
	inComment, inFence := false, false
	for i, r := range raw {
		starts[i] = len(src)
		if i < front {
			src = append(src, frontMatterLine(r.text, titled)...)
		}
		if i >= front {
			t := r.text
			if block[i] {
				t = "  " + strings.TrimPrefix(strings.TrimPrefix(t, "|"), " ") // (its columns kept)
			}
			if fence := strings.TrimSpace(t); strings.HasPrefix(fence, "```") || strings.HasPrefix(fence, "~~~") {
				inFence = !inFence
			}
			if note && !inFence {
				t, inComment = dropComments(t, inComment)
				if tagsOnly(t) {
					t = "" // "#求职 #实习": the note's tags, not the résumé's text
				}
				if !strings.Contains(t, "`") && (strings.Contains(t, "[[") || strings.Contains(t, "==")) {
					t = noteMarks().ReplaceAllString(t, "$1$2")
				}
			}
			src = append(src, capNesting(t)...)
		}
		src = append(src, '\n')
	}
	return src, starts
}

// frontMatterLine is what a line of YAML front matter gives the text:
// "title: Ana Lima", a subtitle or an author a line of text at the top,
// unless the text opens with a top heading of its own (titled: the
// page's own title over it); a contact key its labelled value ("email:
// ana@example.com"); any other key, a list or a nested value nothing.
func frontMatterLine(t string, titled bool) string {
	m := frontMatterShown().FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	v := strings.TrimSpace(m[2])
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		v = v[1 : len(v)-1]
	}
	if v == "" || strings.ContainsAny(v[:1], "[{|>&*") {
		return ""
	}
	switch strings.ToLower(m[1]) {
	case "title", "name", "subtitle", "author":
		if titled {
			return ""
		}
		return v // (a line of text: set as a heading it would set the level of the text's own headings)
	default:
		return m[1] + ": " + v
	}
}

var setextTop = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^ {0,3}=+\s*$`) })

var frontMatterShown = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(title|subtitle|author|name|email|phone|mobile|website)\s*:\s*(.*)$`)
})

// lineBlocks marks the lines of pandoc's line blocks: a paragraph whose
// every line starts with "| " ("| **Ana Lima**" / "| Oban, Scotland"),
// each line a line of its own as pandoc prints it, its bar no text. A
// paragraph with a delimiter row or a line that ends in a bar is a pipe
// table.
func lineBlocks(raw []rawLine, front int) []bool {
	block := make([]bool, len(raw))
	barred := func(t string) bool { return t == "|" || strings.HasPrefix(t, "| ") }
	inFence := false
	for i := front; i < len(raw); {
		if fence := strings.TrimSpace(raw[i].text); strings.HasPrefix(fence, "```") || strings.HasPrefix(fence, "~~~") {
			inFence = !inFence
		}
		if inFence || !barred(raw[i].text) || i > front && strings.TrimSpace(raw[i-1].text) != "" {
			i++
			continue
		}
		// the block: its lines, and lines that go on one of them
		// (starting with a space, as pandoc allows)
		j, table := i, false
		for ; j < len(raw) && (barred(raw[j].text) || j > i && strings.HasPrefix(raw[j].text, " ") && strings.TrimSpace(raw[j].text) != ""); j++ {
			t := strings.TrimSpace(raw[j].text)
			if len(t) > 1 && strings.HasSuffix(t, "|") || strings.Trim(t, "|-: ") == "" && strings.Contains(t, "-") {
				table = true
			}
		}
		for k := i; k < j && !table; k++ {
			block[k] = barred(raw[k].text)
		}
		i = j
	}
	return block
}

// isNote reports whether Markdown is a note app's (Obsidian, Logseq):
// its front matter has tags, or it has a callout ("> [!info]"), a wiki
// link ("[[page]]") or a comment block ("%%" on a line of its own).
// Only a note's tags, comments and marks are read as the note shows them.
func isNote(raw []rawLine) bool {
	for _, r := range raw {
		t := strings.TrimSpace(r.text)
		if strings.HasPrefix(t, "tags:") || strings.HasPrefix(t, "> [!") || t == "%%" || strings.Contains(t, "[[") && strings.Contains(t, "]]") {
			return true
		}
	}
	return false
}

// noteMarks are the marks of a note's Markdown with the text they show: an
// embed "![[photo.png]]" shows nothing here, a wiki link "[[运营活动复盘]]"
// or "[[page|shown]]" its name, a highlight "==结题评为校级优秀==" its text.
var noteMarks = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`!\[\[[^\]]*\]\]|\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]|==([^=\s][^=]*[^=\s]|[^=\s])==`)
})

// tagsOnly reports whether a line holds nothing but a note's tags
// ("#求职 #数据分析", "#SQL #Python"): words glued to a "#", which a
// heading never is.
func tagsOnly(line string) bool {
	ws := strings.Fields(line)
	for _, w := range ws {
		if len(w) < 2 || w[0] != '#' || w[1] == '#' {
			return false
		}
	}
	return len(ws) > 0
}

// dropComments takes out of a note's line what a comment holds: an
// inline one closed on the line ("%%TODO: update the GPA%%"), or the
// lines between two "%%" lines; in says whether a block is open at the
// line's start, and the result whether one is open at its end. A "%%"
// that closes nothing is text.
func dropComments(line string, in bool) (string, bool) {
	if strings.TrimSpace(line) == "%%" {
		return "", !in
	}
	if in {
		return "", true
	}
	for {
		i := strings.Index(line, "%%")
		if i < 0 {
			return line, false
		}
		j := strings.Index(line[i+2:], "%%")
		if j < 0 {
			return line, false
		}
		line = line[:i] + line[i+2+j+2:]
	}
}

// capNesting keeps line within mdMaxIndent columns of indentation and
// mdMaxNesting container markers (">", "-", "1."); what is past them
// is dropped.
func capNesting(line string) string {
	if line == "" || !strings.ContainsAny(line[:1], " \t>-*+0123456789") {
		return line
	}
	i, col := 0, 0
	for ; i < len(line) && (line[i] == ' ' || line[i] == '\t'); i++ {
		if line[i] == '\t' {
			col += 4 - col%4
		} else {
			col++
		}
	}
	if col > mdMaxIndent {
		line = strings.Repeat(" ", mdMaxIndent) + line[i:]
		i = mdMaxIndent
	}
	for depth := 0; ; depth++ {
		j := i
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		k := containerMarker(line[j:])
		if k == 0 {
			return line
		}
		if depth == mdMaxNesting {
			// drop this marker and every one after it
			for k > 0 {
				j += k
				for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
					j++
				}
				k = containerMarker(line[j:])
			}
			return line[:i] + " " + line[j:]
		}
		i = j + k
	}
}

// containerMarker is the length of the block quote or list marker s starts
// with, 0 when none.
func containerMarker(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '>':
		return 1
	case '-', '*', '+':
		if len(s) > 1 && (s[1] == ' ' || s[1] == '\t') {
			return 1
		}
		return 0
	}
	n := 0
	for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 && n < len(s) && (s[n] == '.' || s[n] == ')') && (n+1 == len(s) || s[n+1] == ' ' || s[n+1] == '\t') {
		return n + 1
	}
	return 0
}

// mdWriter turns goldmark's tree into document lines.
type mdWriter struct {
	ctx    context.Context
	src    []byte    // the text goldmark reads (markdownSource)
	starts []int     // the offset in src of each line of raw
	raw    []rawLine // the source lines
	doc    *doc.Document

	marker  string // a list marker waiting for the first line of its item
	heading int    // the level of the heading being written, 0 for none
	rule    bool   // a thematic break waits for the next line
	table   bool   // writing a table cell: breaks are spaces
	bold    int    // depth of bold (strong emphasis, <b>)
	italic  int    // depth of italic (emphasis, <i>)
	link    string // the target of the link being written
	at      int    // the source offset of the last text written
	// skip is what ends the raw HTML being skipped ("-->" in a comment,
	// "</script" in a script, ">" in a tag), "" when none
	skip string
	// anchor is the <a href> being written, nil when none
	anchor *mdAnchor

	// keepCode is set when fenced code blocks are read as text; code
	// counts the blocks left out when they are not
	keepCode bool
	code     struct {
		blocks, lines int
		first         doc.Pos // where the first one starts
	}

	line *mdLine // the line being written, nil between lines
	last int     // index in raw of the source line of the last line written
	n    int     // lines written, for the checks of ctx
}

// mdLine is a document line being written.
type mdLine struct {
	first   int // the offset in src where the line starts
	heading int // the level of the heading the text is in, 0 for none
	text    strings.Builder
	spans   doc.SpanWriter
	links   []doc.Link
	cells   []string
	headRow bool // the table's header row
	space   bool // the text ends in a space
}

// mdAnchor is an HTML link being written.
type mdAnchor struct {
	url   string
	line  *mdLine
	start int // where its text starts in line
	prev  string
}

// blocks writes the lines of the blocks under n.
func (w *mdWriter) blocks(n gast.Node) error {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if err := w.block(c); err != nil {
			return err
		}
	}
	return nil
}

func (w *mdWriter) block(n gast.Node) error {
	switch n := n.(type) {
	case *gast.Heading:
		if n.Lines().Len() > 1 {
			// a setext underline under a paragraph of several lines: a
			// rule, the lines stay lines
			return w.leaf(n, 0)
		}
		return w.leaf(n, n.Level)
	case *gast.Paragraph, *gast.TextBlock:
		return w.leaf(n, 0)
	case *gast.List:
		i := 0
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			w.marker = listMarker(n, i)
			if err := w.blocks(c); err != nil {
				return err
			}
			w.marker = ""
			i++
		}
		return nil
	case *gast.FencedCodeBlock:
		if !w.keepCode && !w.contactCard(n.Lines()) {
			w.marker = ""
			w.leaveOut(n.Lines())
			return nil
		}
		return w.codeLines(n.Lines())
	case *gast.CodeBlock:
		return w.codeLines(n.Lines())
	case *gast.HTMLBlock:
		return w.htmlBlock(n)
	case *east.Table:
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			if err := w.row(row); err != nil {
				return err
			}
		}
		return nil
	case *gast.ThematicBreak:
		w.rule = true
		return nil
	}
	return w.blocks(n)
}

// listMarker is the marker of the i-th item of list l.
func listMarker(l *gast.List, i int) string {
	if l.IsOrdered() {
		return strconv.Itoa(l.Start+i) + string(l.Marker)
	}
	return string(l.Marker)
}

// leaf writes a block of inline content (a paragraph, a heading); heading
// is its level, 0 for none.
func (w *mdWriter) leaf(n gast.Node, heading int) error {
	w.heading = heading
	defer w.reset()
	if n.Lines().Len() > 0 {
		w.at = n.Lines().At(0).Start
	}
	if err := w.inlines(n); err != nil {
		return err
	}
	return w.end()
}

// row writes a table row (the header row too) as one line with cells.
func (w *mdWriter) row(row gast.Node) error {
	w.table = true
	var cells []string
	var links []doc.Link
	for c := row.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Lines().Len() > 0 {
			w.at = c.Lines().At(0).Start
		}
		if err := w.inlines(c); err != nil {
			return err
		}
		cell := ""
		if w.line != nil {
			cell = cleanText(w.line.text.String())
			links = append(links, w.line.links...)
		}
		w.line = nil
		cells = append(cells, cell)
	}
	w.reset()
	if len(nonEmpty(cells)) == 0 {
		return nil
	}
	_, head := row.(*east.TableHeader)
	w.line = &mdLine{first: row.Pos(), links: links, cells: cells, headRow: head}
	w.line.text.WriteString(strings.Join(nonEmpty(cells), " | "))
	return w.end()
}

// reset forgets the styles and the heading of a block when it ends: an
// HTML tag left open (<b>, <h2>, <a href>, a comment) does not reach into
// the next block.
func (w *mdWriter) reset() {
	w.heading, w.table, w.bold, w.italic, w.link, w.skip, w.anchor = 0, false, 0, 0, "", "", nil
}

// inlines writes the inline children of n.
func (w *mdWriter) inlines(n gast.Node) error {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if err := w.inline(c); err != nil {
			return err
		}
	}
	return nil
}

func (w *mdWriter) inline(n gast.Node) error {
	switch n := n.(type) {
	case *gast.Text:
		v := n.Segment.Value(w.src)
		w.start(n.Segment.Start)
		if n.IsRaw() {
			w.write(string(v))
		} else {
			w.write(unescapeMarkdown(v, true))
		}
		w.at = n.Segment.Stop
		if n.HardLineBreak() || n.SoftLineBreak() {
			return w.lineBreak()
		}
		return nil
	case *gast.String:
		w.write(string(n.Value))
		return nil
	case *gast.CodeSpan:
		var b strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*gast.Text); ok {
				w.start(t.Segment.Start)
				b.Write(bytes.TrimRight(t.Segment.Value(w.src), "\n"))
				if t.SoftLineBreak() {
					b.WriteByte(' ')
				}
				w.at = t.Segment.Stop
			}
		}
		w.write(b.String())
		return nil
	case *gast.Emphasis:
		if n.Level >= 2 {
			w.bold++
			defer func() { w.bold-- }()
		} else {
			w.italic++
			defer func() { w.italic-- }()
		}
		return w.inlines(n)
	case *gast.Link:
		return w.linked(n, unescapeMarkdown(n.Destination, true))
	case *gast.AutoLink:
		label := string(n.Label(w.src))
		url := string(n.URL(w.src))
		if n.AutoLinkType == gast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(url), "mailto:") {
			url = "mailto:" + url
		}
		w.start(w.find(label))
		w.line.links = append(w.line.links, doc.Link{Text: label, URL: url})
		prev := w.link
		w.link = url
		w.write(strings.TrimPrefix(label, "mailto:"))
		w.link = prev
		return nil
	case *gast.Image:
		// a badge's picture says in its alt text what it names
		// ("![Vue.js](https://img.shields.io/badge/…)"), a chip of its
		// own; other pictures say nothing
		if alt := imageAlt(n, w.src); alt != "" && badgeImage(string(n.Destination)) {
			w.start(w.at)
			if w.line.text.Len() > 0 {
				w.write("\u3000")
				w.line.spans.Break()
			}
			w.write(alt)
		}
		return nil
	case *east.TaskCheckBox:
		return nil
	case *gast.RawHTML:
		for i := 0; i < n.Segments.Len(); i++ {
			s := n.Segments.At(i)
			if err := w.html(s.Value(w.src), s.Start, false); err != nil {
				return err
			}
		}
		return nil
	}
	return w.inlines(n)
}

// badgeHosts serve badges: small pictures of a word (a skill, a network)
// that READMEs and profile pages line up as chips.
var badgeHosts = map[string]bool{"img.shields.io": true, "badgen.net": true, "flat.badgen.net": true, "forthebadge.com": true, "badge.fury.io": true}

// badgeImage reports whether an image's address is a badge service's.
func badgeImage(dest string) bool {
	u, err := url.Parse(dest)
	return err == nil && badgeHosts[strings.ToLower(u.Host)]
}

// imageAlt is the alt text of a Markdown image.
func imageAlt(n *gast.Image, src []byte) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*gast.Text); ok {
			b.Write(t.Segment.Value(src))
		}
	}
	return strings.TrimSpace(b.String())
}

// linked writes the text of a link to url, and the link.
func (w *mdWriter) linked(n gast.Node, url string) error {
	prev := w.link
	w.link = url
	line, start := w.line, 0
	if line != nil {
		start = line.text.Len()
	}
	if err := w.inlines(n); err != nil {
		return err
	}
	w.link = prev
	w.linkDone(url, line, start)
	return nil
}

// linkDone adds the link to url whose text started at start in line (nil:
// no line was open) to the line being written; a link without text (an
// image's link) shows its target.
func (w *mdWriter) linkDone(url string, line *mdLine, start int) {
	text := ""
	switch {
	case w.line == nil:
		w.start(w.at)
	case w.line == line:
		text = w.line.text.String()[start:]
	default:
		text = w.line.text.String()
	}
	text = cleanText(text)
	if text == "" {
		prev := w.link
		w.link = url
		w.write(strings.TrimPrefix(url, "mailto:"))
		w.link = prev
	}
	w.line.links = append(w.line.links, doc.Link{Text: text, URL: url})
}

// find returns the offset of s in the source from the last text written
// on, within a line's length, for nodes that do not say where they are.
func (w *mdWriter) find(s string) int {
	end := min(len(w.src), w.at+len(s)+doc.MaxLineBytes)
	if i := bytes.Index(w.src[w.at:end], []byte(s)); i >= 0 {
		w.at += i + len(s)
		return w.at - len(s)
	}
	return w.at
}

// lineBreak ends the line at a soft or hard break: a new line starts,
// except in a heading or a table cell.
func (w *mdWriter) lineBreak() error {
	if w.heading > 0 || w.table {
		w.write(" ")
		return nil
	}
	return w.end()
}

// start starts a line at source offset off unless one is open.
func (w *mdWriter) start(off int) {
	if w.line == nil {
		w.line = &mdLine{first: off}
	}
}

// write adds text in the current style. Runs of spaces and line ends are
// one space, as a browser shows them; wide spaces (see mdSpaces), tabs and
// no-break spaces stay, for cleanText to make wide gaps of.
func (w *mdWriter) write(s string) {
	if s == "" {
		return
	}
	w.start(w.at)
	s = collapseSpaces(mdSpaces.Replace(s), w.line.space)
	if s == "" {
		return
	}
	w.line.space = s[len(s)-1] == ' '
	w.line.text.WriteString(s)
	w.line.spans.Write(s, doc.Style{Bold: w.bold > 0, Italic: w.italic > 0}, w.link)
	if w.heading > 0 && strings.TrimSpace(s) != "" {
		w.line.heading = w.heading
	}
}

// mdSpaces maps the wide spaces of Markdown writers (&emsp;, &emsp13;) to
// the ideographic space, which NormalizeSpace makes a wide gap, the
// extractor's field separator.
var mdSpaces = strings.NewReplacer("\u2003", "\u3000", "\u2001", "\u3000")

// collapseSpaces makes each run of ASCII spaces and line ends in s one
// space, none at the start when space (the text before s ends in one).
func collapseSpaces(s string, space bool) string {
	if !strings.ContainsAny(s, " \n\r") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == '\n' || c == '\r' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		b.WriteByte(s[i])
		space = false
	}
	return b.String()
}

// leaveOut notes the lines of a fenced code block left out of the
// document.
func (w *mdWriter) leaveOut(lines *gmtext.Segments) {
	n := 0
	for i := 0; i < lines.Len(); i++ {
		if s := lines.At(i); len(bytes.TrimSpace(s.Value(w.src))) > 0 {
			if n++; n == 1 && w.code.blocks == 0 {
				w.code.first = w.raw[w.rawIndex(s.Start)].pos
			}
		}
	}
	if n > 0 {
		w.code.blocks++
		w.code.lines += n
	}
}

// codeLines writes the lines of a code block as plain text.
func (w *mdWriter) codeLines(lines *gmtext.Segments) error {
	for i := 0; i < lines.Len(); i++ {
		if err := w.codeLine(lines.At(i)); err != nil {
			return err
		}
	}
	return nil
}

// contactCard reports whether a code block holds a contact card: its
// first line is "BEGIN:VCARD".
func (w *mdWriter) contactCard(lines *gmtext.Segments) bool {
	if lines.Len() == 0 {
		return false
	}
	first := lines.At(0)
	return strings.EqualFold(strings.TrimSpace(string(first.Value(w.src))), "BEGIN:VCARD")
}

// codeLine writes a line of a code block as the text adapter reads a line
// of plain text: no Markdown.
func (w *mdWriter) codeLine(s gmtext.Segment) error {
	idx := w.rawIndex(s.Start)
	line := doc.Line{Indent: indentOf(NormalizeSpace(w.raw[idx].text))}
	line.Marker, line.Text = splitMarker(strings.TrimSpace(NormalizeSpace(string(s.Value(w.src)))))
	if line.Text = cleanText(line.Text); line.Text == "" {
		return nil
	}
	if line.Marker == "" {
		line.Marker = w.marker
	}
	w.marker = ""
	return w.add(line, idx)
}

// end closes the line being written and adds it to the document unless it
// is empty.
func (w *mdWriter) end() error {
	l := w.line
	w.line = nil
	if l == nil {
		return nil
	}
	text := cleanText(l.text.String())
	if text == "" {
		return nil
	}
	idx := w.rawIndex(l.first)
	line := doc.Line{
		Text:    text,
		Heading: l.heading,
		Indent:  indentOf(NormalizeSpace(w.raw[idx].text)),
		Cells:   l.cells,
		HeadRow: l.headRow,
		Links:   l.links,
	}
	if l.cells != nil {
		line.Marker, w.marker = w.marker, ""
		return w.add(line, idx)
	}
	spans := l.spans.Spans()
	for i := range spans {
		spans[i].Text = cleanText(spans[i].Text)
	}
	line.Spans = doc.TidySpans(spans)
	switch {
	case line.Heading > 0:
		w.marker = "" // a heading in a list item: no marker
	case w.marker != "":
		line.Marker, w.marker = w.marker, ""
	case !escapedAt(w.src[l.first:]):
		line.Marker, line.Text = splitMarker(line.Text)
		line.Spans = doc.TidySpans(doc.CutMarker(line.Spans, line.Marker))
	}
	if line.Text == "" {
		return nil
	}
	line.Bold = line.Heading == 0 && allBold(l.spans.Raw())
	return w.add(line, idx)
}

// add adds line, from source line idx, to the document.
func (w *mdWriter) add(line doc.Line, idx int) error {
	line.Pos = w.raw[idx].pos
	line.Blank = w.blankBefore(idx)
	line.Rule, w.rule = w.rule && len(w.doc.Lines) > 0, false
	w.last = idx
	w.doc.Lines = append(w.doc.Lines, line)
	if w.n++; w.n%1024 == 0 {
		return w.ctx.Err()
	}
	return nil
}

// blankBefore reports whether a blank source line stands between the last
// line written and source line idx.
func (w *mdWriter) blankBefore(idx int) bool {
	if len(w.doc.Lines) == 0 {
		return false
	}
	for i := idx - 1; i > w.last && i >= 0; i-- {
		if strings.TrimLeft(w.raw[i].text, " \t>\u00a0\u3000") == "" {
			return true
		}
	}
	return false
}

// escapedAt reports whether the first word of src holds a backslash
// escape ("\\- not a list", "1\\. not a list"): a marker is not split off
// such a line.
func escapedAt(src []byte) bool {
	word := src[:min(len(src), 8)]
	if i := bytes.IndexAny(word, " \t\n"); i >= 0 {
		word = word[:i]
	}
	return bytes.IndexByte(word, '\\') >= 0
}

// htmlBlock writes the text of an HTML block, a line for each of its
// source lines.
func (w *mdWriter) htmlBlock(n *gast.HTMLBlock) error {
	defer w.reset()
	lines := n.Lines()
	for i := 0; i <= lines.Len(); i++ {
		var s gmtext.Segment
		switch {
		case i < lines.Len():
			s = lines.At(i)
		case n.HasClosure():
			s = n.ClosureLine
		default:
			continue
		}
		if err := w.html(s.Value(w.src), s.Start, true); err != nil {
			return err
		}
		if err := w.end(); err != nil {
			return err
		}
	}
	return nil
}

// html writes the text of raw HTML b found at source offset off: the text
// between tags, entities decoded, and what the tags mean for the lines
// (see htmlTags); block is set in an HTML block, where a line break ends a
// line.
func (w *mdWriter) html(b []byte, off int, block bool) error {
	for i := 0; i < len(b); {
		if w.skip != "" {
			j := indexFold(b[i:], w.skip)
			if j < 0 {
				return nil
			}
			i += j + len(w.skip)
			if w.skip == ">" {
				w.skip = ""
			} else if w.skip = ""; b[i-1] != '>' {
				w.skip = ">" // the rest of the end tag of a script or style
			}
			continue
		}
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			lt = len(b) - i
		}
		if lt > 0 {
			w.at = off + i
			text := string(b[i : i+lt])
			if block {
				text = strings.TrimRight(text, "\r\n")
			}
			w.start(off + i)
			w.write(unescapeMarkdown([]byte(text), false))
			i += lt
			continue
		}
		if bytes.HasPrefix(b[i:], []byte("<!--")) {
			w.skip = "-->"
			i += 4
			continue
		}
		name, end, closing := htmlTagAt(b[i:])
		if name == "" {
			w.start(off + i)
			w.write("<")
			i++
			continue
		}
		tag := b[i : i+end]
		if !bytes.HasSuffix(tag, []byte(">")) {
			w.skip = ">"
		}
		i += end
		if err := w.tag(name, tag, closing, off+i); err != nil {
			return err
		}
	}
	return nil
}

// htmlTagAt reads the tag at the start of b ("<b>", "</td>", "<br/>",
// "<a href=...>"): its lower-case name, its length (to its '>' or to the
// end of b) and whether it closes an element; name is "" when b starts
// with no tag.
func htmlTagAt(b []byte) (name string, n int, closing bool) {
	i := 1
	if i < len(b) && b[i] == '/' {
		closing = true
		i++
	}
	j := i
	for j < len(b) && (b[j] >= 'a' && b[j] <= 'z' || b[j] >= 'A' && b[j] <= 'Z' || j > i && b[j] >= '0' && b[j] <= '9') {
		j++
	}
	if j == i || j < len(b) && !strings.ContainsRune(" \t\r\n/>", rune(b[j])) {
		return "", 0, false
	}
	if k := bytes.IndexByte(b[j:], '>'); k >= 0 {
		return strings.ToLower(string(b[i:j])), j + k + 1, closing
	}
	return strings.ToLower(string(b[i:j])), len(b), closing
}

// tag does what an HTML tag means for the lines; raw is the whole tag,
// next the source offset after it.
func (w *mdWriter) tag(name string, raw []byte, closing bool, next int) error {
	switch htmlTags[name] {
	case tagBreak:
		w.at = next
		return w.lineBreak()
	case tagBlock:
		w.at = next
		if w.table || w.heading > 0 {
			w.write(" ")
			return nil
		}
		return w.end()
	case tagCell:
		if !closing && w.line != nil {
			w.write("\u3000")
		}
	case tagHeading:
		w.at = next
		if err := w.end(); err != nil {
			return err
		}
		if w.heading = 0; !closing {
			w.heading = int(name[1] - '0')
		}
	case tagBold:
		w.bold = nest(w.bold, closing)
	case tagItalic:
		w.italic = nest(w.italic, closing)
	case tagLink:
		if a := w.anchor; closing && a != nil {
			w.anchor, w.link = nil, a.prev
			w.linkDone(a.url, a.line, a.start)
		} else if !closing && a == nil {
			if url := htmlAttr(raw, "href"); url != "" {
				w.anchor = &mdAnchor{url: url, line: w.line, prev: w.link}
				if w.line != nil {
					w.anchor.start = w.line.text.Len()
				}
				w.link = url
			}
		}
	case tagSkip:
		if !closing && !bytes.HasSuffix(raw, []byte("/>")) {
			w.skip = "</" + name
		}
	}
	return nil
}

// nest is a depth of nesting after an opening or a closing tag.
func nest(depth int, closing bool) int {
	if closing {
		return max(depth-1, 0)
	}
	return depth + 1
}

// What an HTML tag means for the lines.
type htmlTagKind int

const (
	tagInline  htmlTagKind = iota // nothing: <span>, <sub>, <font>, <img>
	tagBreak                      // <br>: a new line
	tagBlock                      // a block starts or ends: a new line
	tagCell                       // a table cell starts: a wide gap
	tagHeading                    // <h1> to <h6>
	tagBold                       // <b>, <strong>
	tagItalic                     // <i>, <em>
	tagLink                       // <a href>
	tagSkip                       // an element whose content is no text
)

var htmlTags = map[string]htmlTagKind{
	"br": tagBreak,
	"p":  tagBlock, "div": tagBlock, "li": tagBlock, "tr": tagBlock, "table": tagBlock,
	"ul": tagBlock, "ol": tagBlock, "dl": tagBlock, "dt": tagBlock, "dd": tagBlock,
	"section": tagBlock, "article": tagBlock, "header": tagBlock, "footer": tagBlock,
	"center": tagBlock, "blockquote": tagBlock, "pre": tagBlock, "hr": tagBlock,
	"details": tagBlock, "summary": tagBlock, "figure": tagBlock, "figcaption": tagBlock,
	"td": tagCell, "th": tagCell,
	"h1": tagHeading, "h2": tagHeading, "h3": tagHeading, "h4": tagHeading, "h5": tagHeading, "h6": tagHeading,
	"b": tagBold, "strong": tagBold,
	"i": tagItalic, "em": tagItalic,
	"a":      tagLink,
	"script": tagSkip, "style": tagSkip, "head": tagSkip, "title": tagSkip, "template": tagSkip,
	"svg": tagSkip, "textarea": tagSkip,
}

// htmlAttr is the value of attribute name in tag, "" when absent.
func htmlAttr(tag []byte, name string) string {
	m := htmlAttrRe().FindAllSubmatch(tag, -1)
	for _, a := range m {
		if strings.EqualFold(string(a[1]), name) {
			v := a[2]
			if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') {
				v = v[1 : len(v)-1]
			}
			return unescapeMarkdown(v, false)
		}
	}
	return ""
}

var htmlAttrRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`([a-zA-Z_:][-\w:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+)`)
})

// indexFold is bytes.Index of an ASCII sep that starts with a symbol
// ("-->", "</script", ">"), case aside.
func indexFold(b []byte, sep string) int {
	for i := 0; i+len(sep) <= len(b); i++ {
		j := bytes.IndexByte(b[i:len(b)-len(sep)+1], sep[0])
		if j < 0 {
			return -1
		}
		i += j
		if bytes.EqualFold(b[i:i+len(sep)], []byte(sep)) {
			return i
		}
	}
	return -1
}

// rawIndex is the index of the source line whose text is at offset off
// of src.
func (w *mdWriter) rawIndex(off int) int {
	i, found := slices.BinarySearch(w.starts, off)
	if !found {
		i--
	}
	return max(i, 0)
}

// indentOf is the width of the leading spaces of s.
func indentOf(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }

// cleanText normalises a line's text: exotic spaces, radicals and icons as
// NormalizeSpace does, runs of spaces of one and of two or more kept apart
// (a wide gap is a field separator), trimmed.
func cleanText(s string) string {
	s = strings.TrimSpace(NormalizeSpace(s))
	if !strings.Contains(s, "   ") {
		return s
	}
	return mdWideGap().ReplaceAllString(s, "  ")
}

var mdWideGap = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(` {3,}`) })

// allBold reports whether every word of a line is bold, trailing
// punctuation aside ("**工作经历**：").
func allBold(spans []doc.Span) bool {
	bold := false
	for _, s := range spans {
		t := strings.TrimSpace(s.Text)
		if t == "" {
			continue
		}
		if !s.Bold {
			if strings.Trim(t, ":：") != "" {
				return false
			}
			continue
		}
		bold = true
	}
	return bold
}

// unescapeMarkdown resolves the entity and character references of v and,
// when escapes is set, its backslash escapes (Markdown text, not HTML).
func unescapeMarkdown(v []byte, escapes bool) string {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		c := v[i]
		if escapes && c == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]) {
			b.WriteByte(v[i+1])
			i++
			continue
		}
		if c == '&' {
			if r, n := entityAt(v[i:]); n > 0 {
				b.WriteString(r)
				i += n - 1
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// entityAt reads an entity or character reference at the start of v: its
// text and its length, 0 when there is none.
func entityAt(v []byte) (string, int) {
	end := bytes.IndexByte(v, ';')
	if end < 2 || end > 32 {
		return "", 0
	}
	name := string(v[1:end])
	if name[0] == '#' {
		var n uint64
		var err error
		if len(name) > 1 && (name[1] == 'x' || name[1] == 'X') {
			n, err = strconv.ParseUint(name[2:], 16, 32)
		} else {
			n, err = strconv.ParseUint(name[1:], 10, 32)
		}
		if err != nil {
			return "", 0
		}
		r := rune(n)
		switch {
		case r == 0 || !utf8.ValidRune(r):
			r = utf8.RuneError
		case r < 0x20 || r == 0x7f:
			r = ' ' // a control character: a space, as HTML shows a line break
		}
		return string(r), end + 1
	}
	if e, ok := util.LookUpHTML5EntityByName(name); ok {
		return string(e.Characters), end + 1
	}
	return "", 0
}

// looksMarkdown guesses from content that text is Markdown.
func looksMarkdown(data []byte) bool {
	n := 0
	for _, l := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(l)
		if mdHeading().MatchString(t) || mdLink().MatchString(t) || mdStrongAll().MatchString(t) || mdTableSep().MatchString(t) && strings.Contains(t, "|") {
			n++
			if n >= 2 {
				return true
			}
		}
	}
	return false
}

// The signs of Markdown that looksMarkdown counts.
var (
	mdHeading  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$`) })
	mdTableSep = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$`) })
	mdLink     = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)`)
	})
	mdStrongAll = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:\*\*[^*]+\*\*|__[^_]+__)[:：]?$`) })
)

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
