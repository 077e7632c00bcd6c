package parser

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/resumex/resumex/doc"
)

// TestErrorText checks the whole error line of bad inputs: the file, the
// format once, and the problem in plain words.
func TestErrorText(t *testing.T) {
	manyEntries := zipOf(t, 10001)
	tests := []struct {
		name   string
		data   []byte
		format doc.Format
		want   string
	}{
		{"empty.txt", nil, "", "empty.txt: empty file"},
		{"notes.txt", []byte("Jane Doe\njane@example.org\n"), doc.DOCX, "notes.txt: docx: zip: not a valid zip file"},
		{"cv.docx", zipOf(t, 1), "", "cv.docx: unsupported format: zip archive, not a Word document"},
		{"cv.docx", manyEntries, doc.DOCX, "cv.docx: docx safety limit exceeded: more than 10000 zip entries"},
		{"cv.pdf", []byte("%PDF-1.4\nhello\n"), "", "cv.pdf: pdf: malformed PDF: no end-of-file marker (%%EOF): the file is cut short or damaged"},
		{"cv.md", []byte("# Jane\x00\x01"), "", "cv.md: markdown: binary data, not text in a known encoding"},
		{"cv.md", []byte(strings.Repeat("- a\n", doc.MaxLines+1)), "", "cv.md: markdown: more than 10000 lines"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" "+string(tt.format), func(t *testing.T) {
			_, err := ParseBytes(tt.data, tt.name, Options{Format: tt.format})
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestErrorFormatOnce(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("docx: zip: not a valid zip file"), "a.docx: docx: zip: not a valid zip file"},
		{fmt.Errorf("docx safety limit exceeded"), "a.docx: docx safety limit exceeded"},
		{fmt.Errorf("docxish"), "a.docx: docx: docxish"},
		{fmt.Errorf("word/document.xml: unexpected EOF"), "a.docx: docx: word/document.xml: unexpected EOF"},
	}
	for _, tt := range tests {
		e := &Error{Source: "a.docx", Format: doc.DOCX, Err: tt.err}
		if got := e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

// zipOf is a zip archive of n empty files that are no part of a Word
// document.
func zipOf(t *testing.T, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := range n {
		if _, err := zw.Create(fmt.Sprintf("f%d.txt", i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
