package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
)

// TestBudgets: a page that runs out of a budget keeps the text before the
// point where it ran out, and says so in a warning.
func TestBudgets(t *testing.T) {
	name := tx("F1", 12, 72, 700, "Avery Quill") + tx("F1", 10, 72, 680, "Staff Engineer")
	for _, tt := range []struct {
		name, content, warning string
	}{
		{"operators", name + strings.Repeat("q Q ", maxOpsPerPage/2+1) + tx("F1", 10, 72, 600, "after"),
			"pdf: page 1: more than 200000 content operators: the rest of the page is left out"},
		{"operands", name + strings.Repeat("1 ", maxOperands+1) + "Tj " + tx("F1", 10, 72, 600, "after"),
			"pdf: page 1: more than 16384 operands before an operator: the rest of the page is left out"},
		{"nesting", name + strings.Repeat("[", maxNesting+1) + "] TJ " + tx("F1", 10, 72, 600, "after"),
			"pdf: page 1: arrays or dictionaries nested more than 32 deep: the rest of the page is left out"},
		{"glyphs", name + "BT /F1 1 Tf 72 300 Td (" + strings.Repeat("a", maxGlyphsPage) + ") Tj ET " + tx("F1", 10, 72, 600, "after"),
			"pdf: page 1: more than 20000 glyphs: the rest of the page is left out"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(build(nil, []page{{content: tt.content}}), Options{})
			if err != nil {
				t.Fatal(err)
			}
			text := d.String()
			if !strings.Contains(text, "Avery Quill") || strings.Contains(text, "after") {
				t.Errorf("text:\n%s", text)
			}
			if len(d.Warnings) != 1 || d.Warnings[0].Msg != tt.warning || d.Warnings[0].Pos.Page != 1 {
				t.Errorf("warnings %v, want %q", d.Warnings, tt.warning)
			}
		})
	}
}

// TestDocumentBudget: once the document's glyph budget is spent, the
// pages left are left out, with one warning.
func TestDocumentBudget(t *testing.T) {
	var pages []page
	line := "BT /F1 1 Tf 72 300 Td (" + strings.Repeat("a", maxGlyphsPage-100) + ") Tj ET "
	for i := range 12 {
		pages = append(pages, page{content: tx("F1", 12, 72, 700, "Page "+string(rune('A'+i))) + line})
	}
	d, err := Parse(build(nil, pages), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, w := range d.Warnings {
		msgs = append(msgs, w.Msg)
	}
	// the pages up to the budget are read, the one that spends it is cut
	full := maxGlyphsDoc / (maxGlyphsPage - 100 + 6)
	want := fmt.Sprintf("pdf: %d page(s) from page %d on left out: the document's budget of %d content operators or %d glyphs is spent", 12-full-1, full+2, maxOpsDoc, maxGlyphsDoc)
	if got := strings.Join(msgs, "\n"); !strings.Contains(got, want) {
		t.Errorf("warnings:\n%s\nwant %q", got, want)
	}
	if text := d.String(); !strings.Contains(text, "Page A") || strings.Contains(text, "Page L") {
		t.Errorf("text:\n%.300s", text)
	}
}

// TestCanceled: a done context stops the parse with its error.
func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	data := build(nil, []page{{content: tx("F1", 12, 72, 700, "Avery Quill")}})
	if _, err := ParseContext(ctx, data, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("ParseContext: %v, want %v", err, context.Canceled)
	}
	if d, err := Parse(data, Options{}); err != nil || len(d.Lines) != 1 {
		t.Errorf("Parse: %v %v", d, err)
	}
}

// TestValueLayout: the library's Value is laid out as refs.go reads it:
// the references of a page tree's /Kids and of the catalog's /Pages are
// found, so lookups through limits are cached.
func TestValueLayout(t *testing.T) {
	data := build(nil, []page{{content: tx("F1", 12, 72, 700, "a")}, {content: tx("F1", 12, 72, 700, "b")}})
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if valueData < 0 {
		t.Fatal("lpdf.Value is not {r, ptr, data}: object lookups are not cached")
	}
	root := r.Trailer().Key("Root")
	if _, ok := keyRef(root, "Pages"); !ok {
		t.Error("the catalog's /Pages reference not found")
	}
	kids := root.Key("Pages").Key("Kids")
	a, ok1 := indexRef(kids, 0)
	b, ok2 := indexRef(kids, 1)
	if !ok1 || !ok2 || a == b {
		t.Errorf("/Kids references: %v %v, %v %v", a, ok1, b, ok2)
	}
	lim := newLimits(context.Background())
	if p := lim.index(kids, 1); p.Key("Type").Name() != "Page" || len(lim.objs) != 1 {
		t.Errorf("cached lookup: %v, cache %v", p, lim.objs)
	}
}

// TestObjectCount: a file that says it has more objects than the budget
// is refused before it is read.
func TestObjectCount(t *testing.T) {
	data := build(nil, []page{{content: tx("F1", 12, 72, 700, "Avery Quill")}})
	if n := objectCount(data); n < 4 || n > 20 {
		t.Errorf("objectCount = %d", n)
	}
	big := bytes.Replace(data, []byte("trailer\n<</Size "), []byte("trailer\n<</Size 1000000"), 1)
	if n := objectCount(big); n < 1000000 {
		t.Errorf("objectCount = %d, want 1000000 and more", n)
	}
	if _, err := Parse(big, Options{}); err == nil || err.Error() != "more than 50000 objects" {
		t.Errorf("Parse: %v", err)
	}
}
