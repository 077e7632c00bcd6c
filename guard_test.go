package resumex

import (
	"errors"
	"strings"
	"testing"

	"github.com/resumex/resumex/doc"
)

// TestExtractGuard: a panic in the extractor (here, a Parser without one)
// comes back as an *ExtractError naming the source, on one line.
func TestExtractGuard(t *testing.T) {
	p := &Parser{}
	d := &doc.Document{Source: "cv.txt", Lines: []doc.Line{{Text: "张三"}}}
	res, _, err := p.ExtractDocument(d)
	var ee *ExtractError
	if res != nil || !errors.As(err, &ee) {
		t.Fatalf("ExtractDocument = %v, %v; want an *ExtractError", res, err)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "cv.txt: internal error in the extractor: ") || strings.Contains(msg, "\n") || strings.Contains(msg, "goroutine") {
		t.Errorf("error %q", msg)
	}
}

// TestTraceGuard: resumex text --explain reads a document through the same
// guard: a panic is an *ExtractError, not a crash.
func TestTraceGuard(t *testing.T) {
	p := &Parser{}
	d := &doc.Document{Source: "cv.txt", Lines: []doc.Line{{Text: "张三"}}}
	tr, err := p.Trace(d)
	var ee *ExtractError
	if tr != nil || !errors.As(err, &ee) {
		t.Fatalf("Trace = %v, %v; want an *ExtractError", tr, err)
	}
}
