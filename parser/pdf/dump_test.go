package pdf

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDump prints the document of the PDF named by $PDF_DUMP.
func TestDump(t *testing.T) {
	name := os.Getenv("PDF_DUMP")
	if name == "" {
		t.Skip("set PDF_DUMP to a PDF file")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + d.String())
}

// TestDumpGlyphs prints the glyphs of the rows of $PDF_GLYPHS whose text
// contains $PDF_GREP: each glyph's text, the gap before it in ems, its
// size and font, to see where a word space is missing.
func TestDumpGlyphs(t *testing.T) {
	name := os.Getenv("PDF_GLYPHS")
	if name == "" {
		t.Skip("set PDF_GLYPHS to a PDF file")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	pds, err := parsePages(data, DefaultMaxPages)
	if err != nil {
		t.Fatal(err)
	}
	grep := os.Getenv("PDF_GREP")
	for _, pd := range pds {
		for _, r := range buildRows(pd.glyphs) {
			txt, _ := compose(r.gl)
			if !strings.Contains(txt, grep) {
				continue
			}
			var b strings.Builder
			fmt.Fprintf(&b, "page %d y=%.1f %q\n", pd.num, r.y, txt)
			for i, g := range r.gl {
				gap := 0.0
				if i > 0 {
					gap = (g.x0 - r.gl[i-1].x1) / g.size
				}
				fn, sw := "", 0.0
				if g.font != nil {
					fn, sw = g.font.name, g.font.spaceWidth()
				}
				fmt.Fprintf(&b, "  %q gap=%.3f sp=%d size=%.2f x0=%.2f x1=%.2f y=%.2f font=%s spw=%.3f\n", g.text, gap, g.spaceBefore, g.size, g.x0, g.x1, g.y, fn, sw)
			}
			t.Log(b.String())
		}
	}
}

// TestDumpRows prints the rows of $PDF_ROWS with their pieces' extents,
// to see how the page splits into columns.
func TestDumpRows(t *testing.T) {
	name := os.Getenv("PDF_ROWS")
	if name == "" {
		t.Skip("set PDF_ROWS to a PDF file")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	pds, err := parsePages(data, DefaultMaxPages)
	if err != nil {
		t.Fatal(err)
	}
	for _, pd := range pds {
		var b strings.Builder
		fmt.Fprintf(&b, "page %d box=%v\n", pd.num, pd.box)
		for _, r := range buildRows(pd.glyphs) {
			fmt.Fprintf(&b, "y=%6.1f sz=%4.1f", r.y, r.size)
			for _, p := range r.pieces {
				txt, _ := compose(p.gl)
				if len(txt) > 40 {
					txt = txt[:40] + "…"
				}
				fmt.Fprintf(&b, " [%.1f-%.1f %q]", p.x0, p.x1, txt)
			}
			b.WriteByte('\n')
		}
		t.Log(b.String())
	}
}
