package pdf

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedPDFs are the hand-made PDFs the fuzzer starts from.
func seedPDFs() [][]byte {
	f := &pdfFile{}
	t3 := f.addType3CJK("张伟")
	t0 := f.addType0()
	form := f.stream("/Type /XObject /Subtype /Form /BBox [0 0 500 100] /Resources <<>>", []byte("BT /F1 9 Tf 10 10 Td (form) Tj ET"))
	mixed := build(f, []page{{
		content: tx("F2", 18, 72, 720, "Jane Doe") +
			"BT /T3 12 Tf 72 700 Td <0102> Tj ET\n" +
			hx("T0", 10, 72, 680, "00080005000C000C000F") +
			"BT /F1 10 Tf 72 660 Td [(Go) -300 (Dev)] TJ ET\n" +
			"/Span <</ActualText (x)>> BDC BT /F1 10 Tf 72 640 Td (y) Tj ET EMC\n" +
			"q 1 0 0 1 72 600 cm /Fm Do Q 0 0 m 5 5 l f\n",
		fonts: map[string]int{"T3": t3, "T0": t0},
		xobj:  map[string]int{"Fm": form},
	}})
	enc := &pdfFile{}
	enc.encrypt("", "owner")
	encrypted := build(enc, []page{{content: tx("F1", 10, 72, 700, "secret")}})
	two := build(nil, []page{
		{content: tx("F1", 8, 72, 770, "Header") + tx("F1", 10, 72, 700, "one") + tx("F1", 10, 300, 700, "two")},
		{content: tx("F1", 8, 72, 770, "Header") + tx("F1", 10, 72, 700, "three") + tx("F1", 8, 300, 20, "2")},
	})
	return [][]byte{mixed, encrypted, two, []byte("%PDF-1.7\n")}
}

func FuzzParse(f *testing.F) {
	for _, s := range seedPDFs() {
		f.Add(s)
	}
	files, _ := filepath.Glob(filepath.Join(formatsDir, "*.pdf"))
	enc, _ := filepath.Glob(filepath.Join("testdata", "encrypted", "r[26]-*.pdf"))
	files = append(files, enc...)
	for _, path := range files {
		if data, err := os.ReadFile(path); err == nil && len(data) < 150_000 {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse(data, Options{MaxPages: 5})
		if err != nil {
			if d != nil {
				t.Fatal("document and error")
			}
			if strings.ContainsAny(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		if d == nil || len(d.Lines) == 0 {
			t.Fatal("no error and no lines")
		}
		for _, l := range d.Lines {
			if l.Text == "" || l.Pos.Page < 1 || l.Pos.Line < 1 {
				t.Fatalf("bad line %+v", l)
			}
		}
		_ = errors.Is(err, ErrNoText)
	})
}
