package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// addTeXFont adds a pdfTeX-like Type 1 font: /Widths (Helvetica's) for
// codes 33-126 only, no space character; with space > 0, code 32 is a
// space that wide (glyph units).
func (f *pdfFile) addTeXFont(name string, space int) int {
	var w strings.Builder
	first := 33
	if space > 0 {
		first = 32
		fmt.Fprintf(&w, " %d", space)
	}
	for c := 33; c <= 126; c++ {
		fmt.Fprintf(&w, " %d", helveticaWidths[c-32])
	}
	return f.add(fmt.Sprintf("<</Type /Font /Subtype /Type1 /BaseFont /ABCDEF+%s /FirstChar %d /LastChar 126 /Widths [%s] /FontDescriptor <</Type /FontDescriptor /FontName /ABCDEF+%s /Flags 4>>>>", name, first, w.String(), name))
}

// TestWordSpacing: words that only a gap sets apart (pdfTeX positions
// them with TJ offsets) get a space; gaps inside words do not.
func TestWordSpacing(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    []string
	}{
		{
			// justified: inter-word spaces shrunk to 0.24 em
			name:    "justified TeX line",
			content: "BT /T1 10 Tf 72 700 Td [(Replaced) -240 (a) -241 (rules-based) -240 (forecast) -259 (with) -240 (gradient)] TJ ET\n",
			want:    []string{"Replaced a rules-based forecast with gradient"},
		},
		{
			// chips: 1.7 em between tags, 0.28 em inside "Mapbox GL"
			name:    "tags drawn as chips are set apart",
			content: "BT /T1 10 Tf 72 700 Td [(React) -1700 (TypeScript) -1700 (Mapbox) -280 (GL)] TJ ET\nBT /T1 10 Tf 72 680 Td [(C++) -1700 (LLVM) -1700 (CMake)] TJ ET\n",
			want:    []string{"React  TypeScript  Mapbox GL", "C++  LLVM  CMake"},
		},
		{
			// a loose justified line: every space wide, none three times another
			name:    "a loose justified line stays one",
			content: "BT /T1 10 Tf 72 700 Td [(the) -900 (rest) -1000 (of) -950 (the) -1000 (team)] TJ ET\n",
			want:    []string{"the rest of the team"},
		},
		{
			// moderncv's \cvitem: a label set flush right in its column,
			// 0.82 em before the value, whose word spaces are 0.33 em
			name:    "a label column's gap is a field boundary",
			content: "BT /T1 10 Tf 72 700 Td [(Android) -820 (Kotlin,) -330 (Jetpack) -330 (Compose,) -330 (Coroutines)] TJ ET\n",
			want:    []string{"Android  Kotlin, Jetpack Compose, Coroutines"},
		},
		{
			// a sentence space (TeX sets it 1.5 times wider) is no field
			name:    "a sentence space stays a space",
			content: "BT /T1 10 Tf 72 700 Td [(Led) -330 (the) -330 (team.) -500 (Cut) -330 (costs) -330 (by) -330 (half.)] TJ ET\n",
			want:    []string{"Led the team. Cut costs by half."},
		},
		{
			name:    "kerning inside words",
			content: "BT /T1 10 Tf 72 700 Td [(Emily) -200 (T) 41 (r) 29 (an) -200 (W) 80 (orld) -28 (wide) -333 (bo) -27 (ok)] TJ ET\n",
			want:    []string{"Emily Tran Worldwide book"},
		},
		{
			// a font whose space is 0.2 em (Source Sans): spaces of 0.2 em
			// and kerns of up to 0.05 em
			name:    "narrow space from /Widths",
			content: "BT /S1 10 Tf 72 700 Td [(Comput) 14 (er) -212 (scienc) -21 (e) -200 (senior) -46 (s) -200 (in) -212 (May)] TJ ET\n",
			want:    []string{"Computer science seniors in May"},
		},
		{
			name: "letter-spaced capitals",
			content: "BT /T1 12 Tf 72 700 Td [(C) -300 (U) -300 (R) -300 (R) -300 (I) -300 (C) -300 (U) -300 (L) -300 (U) -300 (M) -1000 (V) -300 (I) -300 (T) -300 (A) -300 (E)] TJ ET\n" +
				"BT /T1 10 Tf 2 Tc 72 680 Td (EXPERIENCE) Tj ET\n",
			want: []string{"CURRICULUM VITAE", "EXPERIENCE"},
		},
		{
			// \textsc: capitals at 12 pt, small capitals at 9.6 pt
			name: "small caps from two sizes",
			content: fmt.Sprintf("BT /T1 12 Tf 72 700 Td (J) Tj /T1 9.6 Tf %g 0 Td (ANE) Tj /T1 12 Tf %g 0 Td (D) Tj /T1 9.6 Tf %g 0 Td (OE) Tj ET\n",
				helvWidth("J", 12, false), helvWidth("ANE", 9.6, false)+0.33*12, helvWidth("D", 12, false)),
			want: []string{"JANE DOE"},
		},
		{
			// xeCJK's glue between ideographs and Latin (a third of an em)
			// is a space; more of these gaps than gaps inside words is no
			// letter spacing
			name: "ideographs and Latin",
			content: "BT /G1 10 Tf 72 700 Td <0E340D36> Tj /T1 10 Tf 23.3 0 Td (6.2%) Tj ET\n" +
				"BT /G1 10 Tf 72 680 Td <0B4D> Tj /T1 10 Tf 13.3 0 Td (6) Tj /G1 10 Tf 8.9 0 Td <1105> Tj /T1 10 Tf 13.3 0 Td (7) Tj /G1 10 Tf 8.9 0 Td <1105> Tj ET\n",
			want: []string{"提升 6.2%", "年 6 月 7 月"},
		},
		{
			// the same glue after a Latin mark (a percent sign, a comma)
			name: "Latin marks and ideographs",
			content: fmt.Sprintf("BT /T1 10 Tf 72 700 Td (48%%) Tj /G1 10 Tf %g 0 Td <0E340D36> Tj ET\n", helvWidth("48%", 10, false)+3.3) +
				fmt.Sprintf("BT /G1 10 Tf 72 680 Td <0A3E> Tj /T1 10 Tf 10 0 Td (,) Tj /G1 10 Tf %g 0 Td <1166> Tj ET\n", helvWidth(",", 10, false)+3.3),
			want: []string{"48% 提升", "刘, 张"},
		},
		{
			// CJK: no spaces between Han characters, however justified
			name:    "Han characters set apart",
			content: "BT /G1 10 Tf 72 700 Td [<0A3E> -150 <1166> -300 <0EBF> -150 <11CF>] TJ ET\n",
			want:    []string{"刘张伟中"},
		},
		{
			// a table's columns: an em or more between ideographs, where
			// CJK text sets them edge to edge, parts two fields
			name:    "an ideographic space between Han characters",
			content: "BT /G1 10 Tf 72 700 Td [<0A3E> <1166> -1000 <0EBF> <11CF>] TJ ET\n",
			want:    []string{"刘张  伟中"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := &pdfFile{}
			fonts := map[string]int{
				"T1": f.addTeXFont("SFRM1000", 0),
				"S1": f.addTeXFont("SourceSansPro-Regular", 200),
				"G1": f.addCIDFont("ABCDEF+FandolSong-Regular", "GB1", nil),
			}
			d := parseOK(t, build(f, []page{{content: tc.content, fonts: fonts}}))
			if diff := cmp.Diff(tc.want, texts(d)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestSpaceWidth(t *testing.T) {
	f := &pdfFile{}
	ids := map[string]int{
		"tex":   f.addTeXFont("CMR10", 0),
		"space": f.addTeXFont("SourceSansPro-Regular", 200),
		"gb1":   f.addCIDFont("ABCDEF+FandolSong-Regular", "GB1", nil),
		"type0": f.addType0(), // /ToUnicode maps code 30 to a space, /W makes it 250
	}
	c := tx("F1", 10, 72, 700, "x") + tx("F3", 10, 72, 680, "x") + tx("tex", 10, 72, 660, "x") +
		tx("space", 10, 72, 640, "x") + hx("gb1", 10, 72, 620, "0A3E") + hx("type0", 10, 72, 600, "0008")
	pm := map[string]int{"F3": f.add("<</Type /Font /Subtype /Type1 /BaseFont /Times-Roman>>")}
	for n, id := range ids {
		pm[n] = id
	}
	pds, err := parsePages(build(f, []page{{content: c, fonts: pm}}), 10)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, g := range pds[0].glyphs {
		if g.font != nil {
			got[g.font.name] = g.font.spaceWidth()
		}
	}
	want := map[string]float64{
		"Helvetica": 0.278, "Times-Roman": 0.25, "CMR10": 0, "SourceSansPro-Regular": 0.2,
		"FandolSong-Regular-Identity-H": 0.25, "NotoSans-Bold": 0.25,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("space widths (-want +got):\n%s", diff)
	}
}
