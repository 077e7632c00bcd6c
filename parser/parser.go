// Package parser turns input files into the intermediate document (package
// doc). Each adapter reads one format; Parse detects the format by content,
// using the file name's extension only as a hint.
//
// Cost: every adapter works in time and memory linear in its input, within
// budgets (lines, bytes a line, elements, content operators, glyphs,
// paragraphs, ...) that bound any input within the size limits to 2 s of
// CPU and 256 MB, or refuse it early with a one-line *doc.LimitError
// ("text: more than 10000 lines"); what a budget cuts is said in the
// document's Warnings. docs/limits.md lists the budgets. ParseContext and
// ParseBytesContext give up when their context is done.
package parser

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/parser/docx"
	"github.com/resumex/resumex/parser/html"
	"github.com/resumex/resumex/parser/pdf"
)

// DefaultMaxSize is the largest input Parse reads unless Options say
// otherwise; DefaultMaxTextSize is the largest text, Markdown or HTML
// input (a resume as text is tens of kilobytes; PDF and DOCX files are
// bigger for their fonts and images).
const (
	DefaultMaxSize     = 32 << 20
	DefaultMaxTextSize = 8 << 20
)

// Errors an adapter returns, wrapped in an *Error.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary data, not text in a known encoding")
	ErrUnsupported = errors.New("unsupported format")
	ErrTooLarge    = errors.New("file too large")
)

// Error is a parse failure with the source name and, when known, a position.
type Error struct {
	Source string
	Format doc.Format
	Pos    doc.Pos // zero when the failure has no position
	Err    error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Source)
	if e.Pos.Line > 0 {
		b.WriteString(": " + e.Pos.String())
	}
	b.WriteString(": ")
	msg := e.Err.Error()
	if e.Format != "" && !named(msg, e.Format) {
		b.WriteString(string(e.Format) + ": ")
	}
	b.WriteString(msg)
	return b.String()
}

// named reports whether msg starts with the name of format f, as the
// errors of an adapter's package do ("docx: zip: not a valid zip file",
// "docx safety limit exceeded: ..."): Error does not write it twice.
func named(msg string, f doc.Format) bool {
	rest, ok := strings.CutPrefix(msg, string(f))
	return ok && (strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, " "))
}

func (e *Error) Unwrap() error { return e.Err }

// Options tune Parse. The zero value is ready to use.
type Options struct {
	Format  doc.Format // force a format instead of detecting it
	MaxSize int64      // largest input in bytes; 0 means DefaultMaxSize
	// MaxTextSize is the largest text, Markdown or HTML input in bytes; 0
	// means DefaultMaxTextSize
	MaxTextSize int64
	MaxPages    int // largest PDF in pages; 0 means the PDF adapter's default
}

// Parse reads r completely and returns its intermediate document. name is
// used for error messages, for meta and as a format hint (its extension).
func Parse(r io.Reader, name string, opt Options) (*doc.Document, error) {
	return ParseContext(context.Background(), r, name, opt)
}

// ParseContext is Parse that gives up when ctx is done: the adapters
// check it in their loops, and return its error.
func ParseContext(ctx context.Context, r io.Reader, name string, opt Options) (*doc.Document, error) {
	max := opt.maxSize()
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, &Error{Source: name, Err: err}
	}
	return ParseBytesContext(ctx, data, name, opt)
}

func (opt Options) maxSize() int64 {
	if opt.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return opt.MaxSize
}

func (opt Options) maxTextSize() int64 {
	if opt.MaxTextSize <= 0 {
		return DefaultMaxTextSize
	}
	return opt.MaxTextSize
}

// ParseBytes is Parse over a byte slice; it too refuses data larger than
// the Options allow.
func ParseBytes(data []byte, name string, opt Options) (*doc.Document, error) {
	return ParseBytesContext(context.Background(), data, name, opt)
}

// ParseBytesContext is ParseBytes that gives up when ctx is done.
func ParseBytesContext(ctx context.Context, data []byte, name string, opt Options) (*doc.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, &Error{Source: name, Err: err}
	}
	if max := opt.maxSize(); int64(len(data)) > max {
		return nil, &Error{Source: name, Err: fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, max)}
	}
	format := opt.Format
	if format == "" {
		var err error
		if format, err = Detect(data, name); err != nil {
			return nil, &Error{Source: name, Err: err}
		}
	}
	if max := opt.maxTextSize(); (format == doc.Text || format == doc.Markdown || format == doc.HTML) && int64(len(data)) > max {
		return nil, &Error{Source: name, Format: format, Err: fmt.Errorf("%w (more than %d bytes of %s)", ErrTooLarge, max, format)}
	}
	d, err := runAdapter(ctx, data, format, opt)
	if err != nil {
		var pe *Error
		if errors.As(err, &pe) {
			pe.Source = name
			return nil, pe
		}
		return nil, &Error{Source: name, Format: format, Err: err}
	}
	d.Source = name
	return d, nil
}

// adapter reads one format into a document; it checks ctx in its loops.
type adapter func(ctx context.Context, data []byte, opt Options) (*doc.Document, error)

// adapters maps each format to its adapter. A new format is a new line
// here and a case in Detect.
var adapters = map[doc.Format]adapter{
	doc.Text: func(ctx context.Context, data []byte, _ Options) (*doc.Document, error) {
		return parseText(ctx, data, doc.Text)
	},
	doc.Markdown: func(ctx context.Context, data []byte, _ Options) (*doc.Document, error) {
		return parseMarkdown(ctx, data)
	},
	doc.HTML: func(ctx context.Context, data []byte, _ Options) (*doc.Document, error) {
		return html.ParseContext(ctx, data)
	},
	doc.DOCX: func(ctx context.Context, data []byte, _ Options) (*doc.Document, error) {
		return docx.ParseContext(ctx, data)
	},
	doc.PDF: func(ctx context.Context, data []byte, opt Options) (*doc.Document, error) {
		return pdf.ParseContext(ctx, data, pdf.Options{MaxPages: opt.MaxPages})
	},
}

// runAdapter runs the adapter of format, turning a panic in it (or in a
// library under it) into an error, and gives every adapter's lines the same
// normalisation as the text adapter's, within the document budgets (see
// fit).
func runAdapter(ctx context.Context, data []byte, format doc.Format, opt Options) (d *doc.Document, err error) {
	a, ok := adapters[format]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnsupported, format)
	}
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, fmt.Errorf("malformed file: %v", strings.Join(strings.Fields(fmt.Sprint(p)), " "))
		}
	}()
	if d, err = a(ctx, data, opt); err != nil {
		return nil, err
	}
	if err := fit(d); err != nil {
		return nil, err
	}
	if format != doc.Text && format != doc.Markdown {
		normalizeLines(d)
	}
	if len(d.Lines) == 0 {
		return nil, ErrEmpty
	}
	d.Format = format
	return d, nil
}

// normalizeLines cleans the lines of the structured adapters (HTML, DOCX,
// PDF) as the text adapter cleans its own: exotic spaces and CJK radicals
// mapped, tabs and full-width spaces kept as wide gaps, typed list markers
// ("1. ", "• ") split off, also from list items that carry a marker of
// their own, empty lines dropped.
func normalizeLines(d *doc.Document) {
	out := d.Lines[:0]
	blank := false
	for _, l := range d.Lines {
		t := strings.TrimSpace(NormalizeSpace(l.Text))
		for i, c := range l.Cells {
			l.Cells[i] = strings.Join(strings.Fields(NormalizeSpace(c)), " ")
		}
		switch {
		case l.Marker == "" && l.Heading == 0 && l.Cells == nil:
			l.Marker, t = splitMarker(t)
		case l.Marker != "":
			// a list item whose page hides the list's own marker and
			// draws its own ("li::before { content: '- ' }"): the
			// drawn one is the marker, not text
			if mk, rest := splitMarker(t); mk != "" {
				l.Marker, t = mk, rest
			}
		}
		if t == "" {
			blank = true
			continue
		}
		if l.Spans != nil {
			l.Spans = normalizeSpans(l.Spans, l.Marker)
		}
		l.Text = t
		l.Blank = l.Blank || blank && len(out) > 0
		blank = false
		out = append(out, l)
	}
	d.Lines = out
}

// normalizeSpans gives the spans the normalisation of their line's text
// and takes the list marker the line lost off its first span.
func normalizeSpans(spans []doc.Span, marker string) []doc.Span {
	for i := range spans {
		spans[i].Text = strings.TrimSpace(NormalizeSpace(spans[i].Text))
	}
	return doc.TidySpans(doc.CutMarker(spans, marker))
}

// magic lists content signatures of formats resumex refuses.
var magic = []struct {
	prefix string
	what   string
}{
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Word/OLE document"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"II*\x00", "TIFF image"},
	{"MM\x00*", "TIFF image"},
	{"{\\rtf", "RTF document"},
	{"\x1f\x8b", "gzip archive"},
	{"7z\xbc\xaf\x27\x1c", "7z archive"},
	{"Rar!", "RAR archive"},
}

// Detect names the format of data by its content; the extension of name is
// only a hint that chooses Markdown over plain text.
func Detect(data []byte, name string) (doc.Format, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", ErrEmpty
	}
	for _, m := range magic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return "", fmt.Errorf("%w: %s", ErrUnsupported, m.what)
		}
	}
	// the PDF header may follow some junk, within the first 1024 bytes
	if i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-")); i >= 0 {
		return doc.PDF, nil
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")) {
		return detectZip(data)
	}
	if looksHTML(data, name) {
		return doc.HTML, nil
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return doc.Markdown, nil
	case ".adoc", ".asciidoc", ".org", ".rst":
		return doc.Text, nil // AsciiDoc, Org mode, reStructuredText: text with marks of their own (lightmarkup.go)
	}
	text := data
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		if s, _, err := decode(data); err == nil {
			text = []byte(s)
		}
	}
	// Markdown shows in the first lines: the test reads no more than
	// mdSniff bytes, so its cost is bounded however long the text is
	if looksMarkdown(text[:min(len(text), mdSniff)]) {
		return doc.Markdown, nil
	}
	return doc.Text, nil
}

// mdSniff is how much of a text Detect reads to tell Markdown.
const mdSniff = 64 << 10

// detectZip tells a Word document from other zip archives.
func detectZip(data []byte) (doc.Format, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("%w: damaged zip archive (%v)", ErrUnsupported, err)
	}
	kind := "zip archive"
	for _, f := range zr.File {
		switch {
		case f.Name == "word/document.xml":
			return doc.DOCX, nil
		case strings.HasPrefix(f.Name, "xl/"):
			kind = "Excel workbook"
		case strings.HasPrefix(f.Name, "ppt/"):
			kind = "PowerPoint presentation"
		case f.Name == "content.xml":
			kind = "OpenDocument file (save it as .docx)"
		}
	}
	return "", fmt.Errorf("%w: %s, not a Word document", ErrUnsupported, kind)
}

// htmlStart matches the start of an HTML document or fragment.
var htmlStart = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?is)^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|section|article|main|header|table|p|h[1-6])[\s>/]`)
})

// htmlDocStart is the start of a whole HTML document.
var htmlDocStart = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?is)^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>/]`)
})

// looksHTML reports whether data is HTML: it starts like HTML, or it is
// named .html/.htm and starts with a tag.
func looksHTML(data []byte, name string) bool {
	head := data[:min(len(data), 4096)]
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		// Markdown may open with raw HTML ("<div align=center>" around the
		// name) and stays Markdown unless it is a whole HTML document
		return htmlDocStart().Match(head)
	}
	if htmlStart().Match(head) {
		return true
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".mhtml":
		return bytes.HasPrefix(bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))), []byte("<"))
	}
	return false
}

// fit keeps a document within the budgets of package doc: more lines than
// doc.MaxLines is a refusal (the adapters refuse as soon as they know,
// this is the last guard); longer lines, wider rows, lines of too many
// spans or links, and text past doc.MaxTextBytes are cut, with a warning
// for each kind of cut.
func fit(d *doc.Document) error {
	if len(d.Lines) > doc.MaxLines {
		return doc.Limit(0, "lines", doc.MaxLines)
	}
	type tally struct {
		n   int
		pos doc.Pos
	}
	var long, wide, spans, links tally
	note := func(t *tally, p doc.Pos) {
		if t.n++; t.n == 1 {
			t.pos = p
		}
	}
	total := 0
	for i := range d.Lines {
		l := &d.Lines[i]
		if total += len(l.Text); total > doc.MaxTextBytes {
			d.Warn(l.Pos, "the text from here on is left out: a document holds at most %d bytes of text", doc.MaxTextBytes)
			d.Lines = d.Lines[:i]
			break
		}
		var cut bool
		if l.Text, cut = doc.Cut(l.Text, doc.MaxLineBytes); cut {
			note(&long, l.Pos)
			l.Spans = nil // they would say more than the text
		}
		if len(l.Cells) > doc.MaxCells {
			note(&wide, l.Pos)
			l.Cells = l.Cells[:doc.MaxCells:doc.MaxCells]
		}
		for k, c := range l.Cells {
			l.Cells[k], _ = doc.Cut(c, doc.MaxLineBytes)
		}
		if len(l.Spans) > doc.MaxSpans {
			note(&spans, l.Pos)
			l.Spans = nil
		}
		if len(l.Links) > doc.MaxLinks {
			note(&links, l.Pos)
			l.Links = l.Links[:doc.MaxLinks:doc.MaxLinks]
		}
	}
	for _, c := range []struct {
		t   tally
		msg string
		max int
	}{
		{long, "line(s) longer than %d bytes cut", doc.MaxLineBytes},
		{wide, "table row(s) of more than %d cells cut", doc.MaxCells},
		{spans, "line(s) of more than %d styled spans read as plain text", doc.MaxSpans},
		{links, "line(s) of more than %d links cut to their first links", doc.MaxLinks},
	} {
		if c.t.n > 0 {
			d.Warn(c.t.pos, "%d "+c.msg, c.t.n, c.max)
		}
	}
	return nil
}
