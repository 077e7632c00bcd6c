package docx

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/resumex/resumex/doc"
)

// TestBudgets: a file over a budget is refused with one line naming it;
// one within them is read.
func TestBudgets(t *testing.T) {
	for _, tt := range []struct {
		name, body, want string
	}{
		{"paragraphs", strings.Repeat("<w:p/>", MaxParagraphs+1), "more than 100000 paragraphs"},
		{"runs", p(strings.Repeat("<w:r/>", MaxRuns+1)), "more than 200000 runs"},
		{"cells", "<w:tbl><w:tr>" + strings.Repeat("<w:tc/>", MaxCells+1) + "</w:tr></w:tbl>", "more than 50000 table cells"},
		{"elements", p(strings.Repeat("<w:bookmarkEnd/>", MaxElements+1)), "word/document.xml: more than 300000 XML elements"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(makeDOCX(t, body(p(r("Avery Quill"))+tt.body)))
			if err == nil || err.Error() != tt.want || !errors.Is(err, doc.ErrLimit) {
				t.Errorf("Parse: %v, want %q", err, tt.want)
			}
		})
	}
	d, err := Parse(makeDOCX(t, body(p(r("Avery Quill"))+strings.Repeat("<w:p/>", 1000))))
	if err != nil || len(d.Lines) != 1 {
		t.Errorf("within the budgets: %v, %v", d, err)
	}
}

// TestCanceled: a done context stops the parse with its error.
func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	data := makeDOCX(t, body(p(r("Avery Quill"))+strings.Repeat(p(r("a")), 2000)))
	if _, err := ParseContext(ctx, data); !errors.Is(err, context.Canceled) {
		t.Errorf("ParseContext: %v, want %v", err, context.Canceled)
	}
}
