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
	Links   []Link   // hyperlinks in the line
	Blank   bool     // one or more blank lines preceded this line
}

// IsListItem reports whether the line was a list item.
func (l *Line) IsListItem() bool { return l.Marker != "" }

// Document is what an input adapter produces.
type Document struct {
	Source   string // file name or "-" for standard input
	Format   Format
	Encoding string // the detected character encoding of text formats
	Lines    []Line
}

// String renders the document with one line per line and its hints, for
// `resumex text` and for tests.
func (d *Document) String() string {
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
		}
		if l.Blank {
			hints = append(hints, "blank-before")
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
	}
	return b.String()
}
