// Package doc defines the intermediate document every input adapter produces
// and the extractor reads: a list of lines with layout hints and positions.
package doc

import (
	"fmt"
	"strings"
)

// Format names an input format.
type Format string

// The input formats resumex knows.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
	PDF      Format = "pdf"
	DOCX     Format = "docx"
)

// Pos says where a line came from in its source.
type Pos struct {
	Page   int // 1-based page (PDF, or form-feed separated text); 0 when unknown
	Line   int // 1-based line in the source (text formats) or on the page
	Offset int // byte offset of the line in the decoded source text
}

func (p Pos) String() string {
	if p.Page > 0 {
		return fmt.Sprintf("page %d, line %d", p.Page, p.Line)
	}
	return fmt.Sprintf("line %d", p.Line)
}

// Link is a hyperlink whose visible text is part of a line.
type Link struct {
	Text string
	URL  string
}

// Style is how a span of text is set.
type Style struct {
	Bold   bool
	Italic bool
	Size   float64 // font size in points, 0 when unknown
	Font   string  // font family or PDF font name, "" when unknown
}

// Span is a run of a line's text in one style. A line's spans, joined with
// a space (two where Box is set), give its Text up to white space.
type Span struct {
	Text string
	Style
	Link string // the target when the span is the text of a hyperlink
	// Box is set when the layout sets the span apart from the one before:
	// a table cell, a tab stop, a flex or grid item, an inline block, a
	// gap of two ems or more in a PDF. The extractor reads it as a field
	// boundary.
	Box bool
	// Break is set when the span starts a line of its own inside its box:
	// a paragraph of a table cell after the cell's first. The extractor
	// reads a cell of several paragraphs as lines when the row is a
	// section's name beside its text.
	Break bool
	// X is the span's left edge in points from the page's left edge, when
	// the layout knows it (PDF); 0 otherwise. It lines a row's fields up
	// with the column headings above them in a table drawn without cells.
	X float64
}

// Line is one line of the document with its layout hints.
type Line struct {
	Text    string   // the visible text, trimmed, list marker removed
	Pos     Pos      // where it came from
	Heading int      // 1-6 when the source marks the line as a heading, else 0
	Bold    bool     // the whole line is bold/strong
	Size    float64  // font size in points when known, else 0
	X       float64  // left edge in points (PDF) when known, else 0
	Indent  int      // leading indentation in columns (text formats)
	Marker  string   // list marker that preceded the text ("•", "-", "1.", "(2)"), "" when none
	Cells   []string // the cells when the line is a table row, else nil
	// HeadRow is set when the source marks the row as a header: Markdown's
	// header row, an HTML row of <th> cells only (wherever it stands) or
	// in <thead>, a DOCX row with w:tblHeader.
	HeadRow bool
	Links   []Link // hyperlinks in the line
	Blank   bool   // one or more blank lines preceded this line
	// Rule is set when a rule stands between this line and the line
	// before: a thematic break, an <hr>, a line of repeated marks
	Rule bool
	// Spans are the runs of the line in their styles, when the adapter
	// knows them; nil for plain text without wide gaps
	Spans []Span
}

// IsListItem reports whether the line was a list item.
func (l *Line) IsListItem() bool { return l.Marker != "" }

// Document is what an input adapter produces.
type Document struct {
	Source   string // file name or "-" for standard input
	Format   Format
	Encoding string // the detected character encoding of text formats
	Lines    []Line
	// Warnings say what the adapter left out to keep within its budgets
	// (see Limits) or could not read.
	Warnings []Warning
}

// Warning is a note an adapter leaves about its input.
type Warning struct {
	Pos Pos // where, when known
	Msg string
}

// Warn adds a warning to the document.
func (d *Document) Warn(pos Pos, format string, args ...any) {
	d.Warnings = append(d.Warnings, Warning{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// String renders the document with one line per line and its hints, for
// `resumex text` and for tests.
func (d *Document) String() string { return d.render(false, nil) }

// Explain renders the document as String does, with each line's spans
// below it (their text in brackets, with their style and a "|" before a
// span the layout sets apart) and the notes that notes returns for it
// (nil: none).
func (d *Document) Explain(notes func(Line) []string) string { return d.render(true, notes) }

func (d *Document) render(spans bool, notes func(Line) []string) string {
	var b strings.Builder
	for _, l := range d.Lines {
		b.WriteString(l.Pos.String())
		var hints []string
		if l.Heading > 0 {
			hints = append(hints, fmt.Sprintf("h%d", l.Heading))
		}
		if l.Bold {
			hints = append(hints, "bold")
		}
		if l.Size > 0 {
			hints = append(hints, fmt.Sprintf("size=%g", l.Size))
		}
		if l.Indent > 0 {
			hints = append(hints, fmt.Sprintf("indent=%d", l.Indent))
		}
		if l.Marker != "" {
			hints = append(hints, "list="+l.Marker)
		}
		if l.Cells != nil {
			hints = append(hints, fmt.Sprintf("cells=%d", len(l.Cells)))
			if l.HeadRow {
				hints = append(hints, "head-row")
			}
		}
		if l.Blank {
			hints = append(hints, "blank-before")
		}
		if l.Rule {
			hints = append(hints, "rule-before")
		}
		if len(hints) > 0 {
			b.WriteString(" [" + strings.Join(hints, " ") + "]")
		}
		b.WriteString("\t")
		b.WriteString(l.Text)
		for _, k := range l.Links {
			b.WriteString(" <" + k.URL + ">")
		}
		b.WriteByte('\n')
		if spans && len(l.Spans) > 1 {
			b.WriteString("\tspans:")
			for _, sp := range l.Spans {
				b.WriteByte(' ')
				if sp.Box {
					b.WriteString("| ")
				} else if sp.Break {
					b.WriteString("/ ")
				}
				b.WriteString("[" + sp.Text + "]")
				if st := sp.describe(); st != "" {
					b.WriteString("{" + st + "}")
				}
			}
			b.WriteByte('\n')
		}
		if notes != nil {
			for _, n := range notes(l) {
				b.WriteString("\t-> " + n + "\n")
			}
		}
	}
	return b.String()
}

func (s Span) describe() string {
	var p []string
	if s.Bold {
		p = append(p, "b")
	}
	if s.Italic {
		p = append(p, "i")
	}
	if s.Size > 0 {
		p = append(p, fmt.Sprintf("%g", s.Size))
	}
	if s.Link != "" {
		p = append(p, "link")
	}
	return strings.Join(p, " ")
}

// SpanWriter builds a line's spans from pieces of text in their styles;
// a piece in the same style as the one before extends its span. Writing
// costs time linear in the text written, however small the pieces.
type SpanWriter struct {
	spans []Span
	last  strings.Builder // the text of the last span, not yet in its Text
	box   bool
	brk   bool
	x     float64 // the left edge of the next piece (At)
}

// At gives the left edge of the next piece written, which becomes the X
// of the span it opens.
func (w *SpanWriter) At(x float64) { w.x = x }

// NewLine starts the next piece on a line of its own inside its box
// (Break): a paragraph or a <br> inside a table cell.
func (w *SpanWriter) NewLine() {
	if len(w.spans) > 0 {
		w.brk = true
	}
}

// Break sets the next piece apart (Box).
func (w *SpanWriter) Break() {
	if len(w.spans) > 0 {
		w.box = true
	}
}

// Write adds text set in st, linked to link ("" for none).
func (w *SpanWriter) Write(text string, st Style, link string) {
	if text == "" {
		return
	}
	n := len(w.spans)
	if n > 0 && !w.box && !w.brk {
		if last := &w.spans[n-1]; last.Style == st && last.Link == link {
			w.last.WriteString(text)
			return
		}
	}
	if strings.TrimSpace(text) == "" {
		if n > 0 {
			w.last.WriteString(text)
		}
		return
	}
	w.flush()
	w.spans = append(w.spans, Span{Style: st, Link: link, Box: w.box, Break: w.brk && !w.box, X: w.x})
	w.last.WriteString(text)
	w.box, w.brk = false, false
}

// flush moves the text gathered for the last span into it.
func (w *SpanWriter) flush() {
	if n := len(w.spans); n > 0 && w.last.Len() > 0 {
		w.spans[n-1].Text += w.last.String()
		w.last.Reset()
	}
}

// Raw returns the spans written as they are, for a caller that joins
// several writers' spans (the cells of a row) before tidying them.
func (w *SpanWriter) Raw() []Span {
	w.flush()
	return w.spans
}

// Spans returns the spans written, their text trimmed, empty ones
// dropped; nil when all the text is in one span.
func (w *SpanWriter) Spans() []Span {
	w.flush()
	return TidySpans(w.spans)
}

// CutMarker takes a list marker that its line lost off the line's first
// span.
func CutMarker(spans []Span, marker string) []Span {
	if marker == "" {
		return spans
	}
	for i := range spans {
		t := strings.TrimSpace(spans[i].Text)
		if t == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(t, marker); ok {
			spans[i].Text = rest
		}
		break
	}
	return spans
}

// TidySpans trims the text of each span and drops empty ones (a Box or a
// Break carries over to the span after it); nil when one span or none is left
// (the line's own hints say all there is).
func TidySpans(spans []Span) []Span {
	out := spans[:0]
	box, brk := false, false
	for _, s := range spans {
		s.Text = strings.TrimSpace(s.Text)
		if s.Text == "" {
			box, brk = box || s.Box, brk || s.Break
			continue
		}
		if len(out) == 0 {
			s.Box, s.Break = false, false
		} else {
			s.Box, s.Break = s.Box || box, s.Break || brk
		}
		box, brk = false, false
		out = append(out, s)
	}
	if len(out) <= 1 {
		return nil
	}
	return out
}
