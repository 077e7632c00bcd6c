package parser

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/resumex/resumex/doc"
)

func TestDetect(t *testing.T) {
	utf16md := encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), "# Jane\n\n## Skills\n- Go\n")
	tests := []struct {
		name     string
		data     string
		file     string
		want     doc.Format
		wantErr  error
		errMatch string // part of the error message
	}{
		{name: "empty", data: "", file: "a.txt", wantErr: ErrEmpty},
		{name: "whitespace", data: " \n\t\r\n\u3000 ", file: "a.txt", wantErr: ErrEmpty},
		{name: "png", data: "\x89PNG\r\n\x1a\n\x00\x00", file: "a.txt", wantErr: ErrUnsupported, errMatch: "PNG image"},
		{name: "jpeg", data: "\xff\xd8\xff\xe0\x00\x10JFIF", file: "a.jpg", wantErr: ErrUnsupported, errMatch: "JPEG image"},
		{name: "ole doc", data: "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", file: "cv.doc", wantErr: ErrUnsupported, errMatch: "legacy Word/OLE document"},
		{name: "zip", data: "PK\x03\x04\x14\x00", file: "cv.docx", wantErr: ErrUnsupported, errMatch: "zip archive"},
		{name: "pdf", data: "%PDF-1.7\n%âãÏÓ\n", file: "cv.txt", want: doc.PDF},
		{name: "pdf after junk", data: "junk\n%PDF-1.4\n", file: "cv", want: doc.PDF},
		{name: "html", data: "<!DOCTYPE html><html><body><p>Jane</p></body></html>", file: "cv.txt", want: doc.HTML},
		{name: "html fragment by extension", data: "<p>Jane</p>", file: "cv.htm", want: doc.HTML},
		{name: "docx", data: string(zipWith(t, "word/document.xml")), file: "cv.zip", want: doc.DOCX},
		{name: "xlsx", data: string(zipWith(t, "xl/workbook.xml")), file: "cv.docx", wantErr: ErrUnsupported, errMatch: "Excel workbook, not a Word document"},
		{name: "other zip", data: string(zipWith(t, "a.txt")), file: "cv.docx", wantErr: ErrUnsupported, errMatch: "zip archive, not a Word document"},
		{name: "gzip", data: "\x1f\x8b\x08\x00", file: "cv.gz", wantErr: ErrUnsupported, errMatch: "gzip archive"},
		{name: "rtf", data: `{\rtf1\ansi Jane}`, file: "cv.rtf", wantErr: ErrUnsupported, errMatch: "RTF document"},
		{name: "gif", data: "GIF89a\x01\x00", file: "a.gif", wantErr: ErrUnsupported, errMatch: "GIF image"},
		{name: "md extension", data: "Jane Doe\nEngineer", file: "cv.md", want: doc.Markdown},
		{name: "md opening with raw html", data: "<div align=\"center\">\n\n**Jane Doe**\n\n</div>\n\n## Skills\n", file: "cv.md", want: doc.Markdown},
		{name: "html document named md", data: "<!DOCTYPE html><html><body><p>Jane</p></body></html>", file: "cv.md", want: doc.HTML},
		{name: "div-started text without a name is html", data: "<div align=\"center\">\n\n**Jane Doe**\n\n</div>", file: "", want: doc.HTML},
		{name: "markdown extension upper case", data: "Jane Doe", file: "CV.MARKDOWN", want: doc.Markdown},
		{name: "two headings", data: "# Jane\n\nText\n\n## Skills\n", file: "cv.txt", want: doc.Markdown},
		{name: "heading and link", data: "# Jane\n[GitHub](https://github.com/j)\n", file: "-", want: doc.Markdown},
		{name: "table", data: "| a | b |\n|---|---|\n| c | d |\n## x", file: "-", want: doc.Markdown},
		{name: "one heading is text", data: "# Jane\nEngineer\n", file: "cv.txt", want: doc.Text},
		{name: "plain text", data: "Jane Doe\nEngineer at Acme\n- Go\n", file: "cv.txt", want: doc.Text},
		{name: "no name", data: "Jane Doe", file: "", want: doc.Text},
		{name: "utf-16 markdown", data: string(utf16md), file: "cv.txt", want: doc.Markdown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Detect([]byte(tt.data), tt.file)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Detect err = %v, want %v", err, tt.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), tt.errMatch) {
				t.Errorf("Detect err = %q, want it to name %q", err, tt.errMatch)
			}
			if got != tt.want {
				t.Errorf("Detect = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		opt     Options
		wantErr error
		wantMsg string
	}{
		{"empty", "", Options{}, ErrEmpty, "cv.txt: empty file"},
		{"whitespace forced text", "  \n ", Options{Format: doc.Text}, ErrEmpty, "cv.txt: text: empty file"},
		{"pdf header only", "%PDF-1.4\n", Options{}, nil, "cv.txt: pdf: malformed PDF: "},
		{"binary forced", "a\x00b", Options{Format: doc.Text}, ErrBinary, "cv.txt: text: binary data, not text in a known encoding"},
		{"format without adapter", "hello", Options{Format: "rtf"}, ErrUnsupported, "cv.txt: rtf: unsupported format: rtf"},
		{"text too large", "hello world", Options{MaxTextSize: 5}, ErrTooLarge, "cv.txt: text: file too large (more than 5 bytes of text)"},
		{"too large", "hello world", Options{MaxSize: 5}, ErrTooLarge, "cv.txt: file too large (more than 5 bytes)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, via := range []string{"Parse", "ParseBytes"} {
				var err error
				if via == "Parse" {
					_, err = Parse(strings.NewReader(tt.data), "cv.txt", tt.opt)
				} else {
					_, err = ParseBytes([]byte(tt.data), "cv.txt", tt.opt)
				}
				var pe *Error
				if !errors.As(err, &pe) {
					t.Fatalf("%s err = %#v, want *Error", via, err)
				}
				if pe.Source != "cv.txt" {
					t.Errorf("%s err Source = %q", via, pe.Source)
				}
				if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
					t.Errorf("%s err = %v, want errors.Is %v", via, err, tt.wantErr)
				}
				if tt.wantErr == nil && !strings.HasPrefix(err.Error(), tt.wantMsg) {
					t.Errorf("%s Error() = %q, want it to start %q", via, err, tt.wantMsg)
				} else if diff := cmp.Diff(tt.wantMsg, err.Error()); tt.wantErr != nil && diff != "" {
					t.Errorf("%s Error() (-want +got):\n%s", via, diff)
				}
			}
		})
	}
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{Source: "a.txt", Err: ErrEmpty}, "a.txt: empty file"},
		{&Error{Source: "a.md", Format: doc.Markdown, Err: ErrBinary}, "a.md: markdown: binary data, not text in a known encoding"},
		{&Error{Source: "a.txt", Pos: doc.Pos{Line: 3}, Err: ErrBinary}, "a.txt: line 3: binary data, not text in a known encoding"},
		{&Error{Source: "a.pdf", Pos: doc.Pos{Page: 2, Line: 3}, Format: doc.PDF, Err: io.ErrUnexpectedEOF}, "a.pdf: page 2, line 3: pdf: unexpected EOF"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if strings.Contains(tt.err.Error(), "\n") {
			t.Errorf("Error() %q is not one line", tt.err.Error())
		}
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, io.ErrUnexpectedEOF }

func TestParseReadError(t *testing.T) {
	_, err := Parse(failingReader{}, "in", Options{})
	var pe *Error
	if !errors.As(err, &pe) || !errors.Is(err, io.ErrUnexpectedEOF) || pe.Source != "in" {
		t.Fatalf("Parse(failing reader) err = %v", err)
	}
}

func TestParseDocument(t *testing.T) {
	d, err := Parse(strings.NewReader("# Jane\n\n## Skills\n- Go\n"), "cv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := &doc.Document{
		Source:   "cv",
		Format:   doc.Markdown,
		Encoding: "utf-8",
		Lines: []doc.Line{
			{Text: "Jane", Heading: 1, Pos: doc.Pos{Line: 1}},
			{Text: "Skills", Heading: 2, Blank: true, Pos: doc.Pos{Line: 3, Offset: 8}},
			{Text: "Go", Marker: "-", Pos: doc.Pos{Line: 4, Offset: 18}},
		},
	}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("Parse (-want +got):\n%s", diff)
	}
}

func TestLimits(t *testing.T) {
	t.Run("max size", func(t *testing.T) {
		data := []byte("0123456789")
		for _, tt := range []struct {
			max     int64
			wantErr error
		}{{9, ErrTooLarge}, {10, nil}, {0, nil}, {-1, nil}} {
			_, err := Parse(bytes.NewReader(data), "x", Options{MaxSize: tt.max})
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("Parse MaxSize=%d err = %v, want %v", tt.max, err, tt.wantErr)
			}
			_, err = ParseBytes(data, "x", Options{MaxSize: tt.max})
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("ParseBytes MaxSize=%d err = %v, want %v", tt.max, err, tt.wantErr)
			}
		}
	})

	t.Run("long line", func(t *testing.T) {
		line := strings.Repeat("技能 Go, *Rust* [x](y) ", 200000/20)
		for _, f := range []doc.Format{doc.Text, doc.Markdown} {
			start := time.Now()
			d, err := ParseBytes([]byte(line), "x", Options{Format: f})
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if len(d.Lines) != 1 {
				t.Errorf("%s: %d lines, want 1", f, len(d.Lines))
			}
			if el := time.Since(start); el > 5*time.Second {
				t.Errorf("%s: a %d-byte line took %v", f, len(line), el)
			}
		}
		// pathological inline syntax must stay linear too
		for _, s := range []string{"[", "*a", "`", "<a ", "**", "\\", "_x", "1. ", "![", "](", "|"} {
			line := strings.Repeat(s, 200000/len(s))
			start := time.Now()
			if _, err := ParseBytes([]byte(line), "x", Options{Format: doc.Markdown}); err != nil && !errors.Is(err, ErrEmpty) {
				t.Fatalf("%q×: %v", s, err)
			}
			if el := time.Since(start); el > 5*time.Second {
				t.Errorf("%q repeated to %d bytes took %v", s, len(line), el)
			}
		}
	})

	t.Run("20 MB", func(t *testing.T) {
		if testing.Short() {
			t.Skip("large input")
		}
		const size = 20 << 20
		var b bytes.Buffer
		b.Grow(size + 100)
		for i := 0; b.Len() < size; i++ {
			b.WriteString("2019.07　公司　高级工程师 — 负责 **Go** 服务，QPS 提升 30%\n")
			if i%50 == 0 {
				b.WriteString("\n• 一、教育背景\f\n")
			}
		}
		data := b.Bytes()

		_, err := Parse(bytes.NewReader(data), "big.txt", Options{MaxSize: 1 << 20})
		var pe *Error
		if !errors.Is(err, ErrTooLarge) || !errors.As(err, &pe) || pe.Source != "big.txt" {
			t.Errorf("Parse with MaxSize 1 MiB: err = %v, want ErrTooLarge", err)
		}
		if _, err := ParseBytes(data, "big.txt", Options{MaxSize: 1 << 20}); !errors.Is(err, ErrTooLarge) {
			t.Errorf("ParseBytes with MaxSize 1 MiB: err = %v, want ErrTooLarge", err)
		}

		if _, err := Parse(bytes.NewReader(data), "big.txt", Options{}); !errors.Is(err, ErrTooLarge) {
			t.Errorf("Parse with the default MaxTextSize: err = %v, want ErrTooLarge", err)
		}
		// within a raised size limit, the line budget still holds
		_, err = Parse(bytes.NewReader(data), "big.txt", Options{MaxTextSize: 32 << 20})
		if want := "big.txt: text: more than 10000 lines"; !errors.Is(err, doc.ErrLimit) || err == nil || err.Error() != want {
			t.Errorf("Parse with MaxTextSize 32 MiB: err = %v, want %q", err, want)
		}
	})
}

// zipWith makes a zip archive holding empty files of the given names.
func zipWith(t *testing.T, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		if _, err := zw.Create(n); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestNormalizeMarkers: a typed marker is split off a line without one, and
// replaces the marker of a list item whose page draws its own ("- " from
// li::before); headings and table rows keep their text.
func TestNormalizeMarkers(t *testing.T) {
	tests := []struct {
		name   string
		in     doc.Line
		marker string
		text   string
	}{
		{"typed bullet", doc.Line{Text: "• Built it"}, "•", "Built it"},
		{"list item drawing its own dash", doc.Line{Text: "- Built it", Marker: "•"}, "-", "Built it"},
		{"list item drawing its own number", doc.Line{Text: "2. Built it", Marker: "•"}, "2.", "Built it"},
		{"list item without one", doc.Line{Text: "Built it", Marker: "•"}, "•", "Built it"},
		{"list item starting with a figure", doc.Line{Text: "1.5x faster", Marker: "•"}, "•", "1.5x faster"},
		{"heading keeps its dash", doc.Line{Text: "- Skills -", Heading: 2}, "", "- Skills -"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{Lines: []doc.Line{tt.in}}
			normalizeLines(d)
			if len(d.Lines) != 1 {
				t.Fatalf("got %d lines", len(d.Lines))
			}
			got := [2]string{d.Lines[0].Marker, d.Lines[0].Text}
			if diff := cmp.Diff([2]string{tt.marker, tt.text}, got); diff != "" {
				t.Errorf("marker, text (-want +got):\n%s", diff)
			}
		})
	}
}
