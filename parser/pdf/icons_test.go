package pdf

import (
	"fmt"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
)

// TestIconFonts: the glyphs of an icon font are dropped even where its
// /ToUnicode names them (LuaTeX's FontAwesome), except bullets, which
// read as "•"; the same names in a text font stay.
func TestIconFonts(t *testing.T) {
	f := &pdfFile{}
	utf16hex := func(s string) string {
		out := ""
		for _, u := range utf16.Encode([]rune(s)) {
			out += fmt.Sprintf("%04X", u)
		}
		return out
	}
	cm := "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n" +
		fmt.Sprintf("2 beginbfchar\n<01> <%s>\n<02> <%s>\nendbfchar\n", utf16hex("Envelope"), utf16hex("Angle-Right")) +
		"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
	tu := f.stream("", []byte(cm))
	icon := func(name string) int {
		return f.add(fmt.Sprintf("<</Type /Font /Subtype /Type1 /BaseFont /ABCDEF+%s /FirstChar 1 /LastChar 2 /Widths [1000 1000] /ToUnicode %d 0 R>>", name, tu))
	}
	fonts := map[string]int{"FA": icon("FontAwesome5Free-Solid"), "TX": icon("LMSans10-Regular")}
	c := "BT /FA 10 Tf 72 700 Td <01> Tj /F1 10 Tf 14 0 Td (jane@example.com) Tj ET\n" +
		"BT /FA 10 Tf 72 680 Td <02> Tj /F1 10 Tf 14 0 Td (English: native) Tj ET\n" +
		"BT /TX 10 Tf 72 660 Td <01> Tj ET\n"
	d := parseOK(t, build(f, []page{{content: c, fonts: fonts}}))
	want := []string{"jane@example.com", "• English: native", "Envelope"}
	if diff := cmp.Diff(want, texts(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestCleanText: private-use code points are no text, except the Symbol
// and Wingdings bullets Word-made PDFs map there (U+F0B7 for Symbol's
// bullet), which read as real bullets; ligatures split into letters.
func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\uf0b7", "•"},
		{"\uf0a7", "▪"},
		{"\uf0d8", "➢"},
		{"\ue001", ""},
		{"a\uf8ffb", "ab"},
		{"\ufb01le", "file"},
		{"\ufb03", "ffi"},
		{"a\u00a0b", "a b"},
		{"\u3000", "\u3000"},
		{"x\x07y", "xy"},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := cleanText(tt.in); got != tt.want {
			t.Errorf("cleanText(%+q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}

// TestIconBullets: an icon font's glyph with no text (XeTeX's FontAwesome
// subsets have no /ToUnicode) that starts two lines or more is their
// list bullet; one that starts a single line (a contact icon) or sits
// inside a line is dropped.
func TestIconBullets(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    []string
	}{
		{
			name: "the same glyph starts two lines",
			content: "BT /FA 10 Tf 72 700 Td <01> Tj /F1 10 Tf 12 0 Td (Built an idempotency layer) Tj ET\n" +
				"BT /FA 10 Tf 72 686 Td <01> Tj /F1 10 Tf 12 0 Td (Added load tests) Tj ET\n",
			want: []string{"• Built an idempotency layer", "• Added load tests"},
		},
		{
			name: "different glyphs before contact details",
			content: "BT /FA 10 Tf 72 700 Td <01> Tj /F1 10 Tf 12 0 Td (+1 555 0100) Tj ET\n" +
				"BT /FA 10 Tf 72 686 Td <02> Tj /F1 10 Tf 12 0 Td (jane@example.com) Tj ET\n",
			want: []string{"+1 555 0100", "jane@example.com"},
		},
		{
			name: "the same glyph inside lines",
			content: "BT /F1 10 Tf 72 700 Td (Austin) Tj /FA 10 Tf 30 0 Td <01> Tj /F1 10 Tf 12 0 Td (TX) Tj ET\n" +
				"BT /F1 10 Tf 72 686 Td (Denver) Tj /FA 10 Tf 34 0 Td <01> Tj /F1 10 Tf 12 0 Td (CO) Tj ET\n",
			want: []string{"Austin  TX", "Denver  CO"}, // the icon leaves a wide gap
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &pdfFile{}
			fa := f.add("<</Type /Font /Subtype /Type1 /BaseFont /ABCDEF+FontAwesome5Free-Solid /FirstChar 1 /LastChar 2 /Widths [800 800]>>")
			d := parseOK(t, build(f, []page{{content: tt.content, fonts: map[string]int{"FA": fa}}}))
			if diff := cmp.Diff(tt.want, texts(d)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
