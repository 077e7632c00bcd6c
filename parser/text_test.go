package parser

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
)

// parseLines parses src in format f and returns its lines.
func parseLines(t *testing.T, src string, f doc.Format) []doc.Line {
	t.Helper()
	d, err := ParseBytes([]byte(src), "test", Options{Format: f})
	if err != nil {
		t.Fatalf("ParseBytes(%q): %v", src, err)
	}
	return d.Lines
}

func TestTextLines(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []doc.Line
	}{
		{
			name: "LF",
			src:  "Jane Doe\njane@x.com\n",
			want: []doc.Line{
				{Text: "Jane Doe", Pos: doc.Pos{Line: 1, Offset: 0}},
				{Text: "jane@x.com", Pos: doc.Pos{Line: 2, Offset: 9}},
			},
		},
		{
			name: "CRLF offsets point into the decoded text",
			src:  "Jane Doe\r\n\r\njane@x.com\r\nEngineer",
			want: []doc.Line{
				{Text: "Jane Doe", Pos: doc.Pos{Line: 1, Offset: 0}},
				{Text: "jane@x.com", Pos: doc.Pos{Line: 3, Offset: 12}, Blank: true},
				{Text: "Engineer", Pos: doc.Pos{Line: 4, Offset: 24}},
			},
		},
		{
			name: "CR only",
			src:  "a\rb\r\rc",
			want: []doc.Line{
				{Text: "a", Pos: doc.Pos{Line: 1, Offset: 0}},
				{Text: "b", Pos: doc.Pos{Line: 2, Offset: 2}},
				{Text: "c", Pos: doc.Pos{Line: 4, Offset: 5}, Blank: true},
			},
		},
		{
			name: "form feeds count pages",
			src:  "p1\n\fp2 a\np2 b\fp3\n",
			want: []doc.Line{
				{Text: "p1", Pos: doc.Pos{Page: 1, Line: 1, Offset: 0}},
				{Text: "p2 a", Pos: doc.Pos{Page: 2, Line: 2, Offset: 4}, Blank: true},
				{Text: "p2 b", Pos: doc.Pos{Page: 2, Line: 3, Offset: 9}},
				{Text: "p3", Pos: doc.Pos{Page: 3, Line: 3, Offset: 14}},
			},
		},
		{
			name: "full-width spaces keep the gap between fields",
			src:  "2019.07　公司　职位\n　　负责后端开发",
			want: []doc.Line{
				{Text: "2019.07  公司  职位", Pos: doc.Pos{Line: 1}},
				{Text: "负责后端开发", Pos: doc.Pos{Line: 2, Offset: 26}, Indent: 4},
			},
		},
		{
			name: "NBSP and other spaces",
			src:  "Jane\u00a0Doe\u2003PhD\u2009x\u2002y",
			want: []doc.Line{{Text: "Jane Doe PhD x y", Pos: doc.Pos{Line: 1}}},
		},
		{
			name: "zero-width characters removed",
			src:  "Go\u200bLang\u200c \u200dRust\ufeff\n\u200b\nnext",
			want: []doc.Line{
				{Text: "GoLang Rust", Pos: doc.Pos{Line: 1}},
				{Text: "next", Pos: doc.Pos{Line: 3, Offset: 28}, Blank: true},
			},
		},
		{
			name: "tabs become four columns",
			src:  "2022.04 - 至今\t公司\t职位\n\tindented",
			want: []doc.Line{
				{Text: "2022.04 - 至今    公司    职位", Pos: doc.Pos{Line: 1}},
				{Text: "indented", Pos: doc.Pos{Line: 2, Offset: 31}, Indent: 4},
			},
		},
		{
			name: "blank flag after blank and whitespace-only lines, not at the start",
			src:  "\n\n  \nA\nB\n \t \n\nC\n",
			want: []doc.Line{
				{Text: "A", Pos: doc.Pos{Line: 4, Offset: 5}},
				{Text: "B", Pos: doc.Pos{Line: 5, Offset: 7}},
				{Text: "C", Pos: doc.Pos{Line: 8, Offset: 14}, Blank: true},
			},
		},
		{
			name: "front matter removed",
			src:  "---\nlayout: post\ntitle: x\n---\nJane Doe\n",
			want: []doc.Line{{Text: "Jane Doe", Pos: doc.Pos{Line: 5, Offset: 30}}},
		},
		{
			name: "dashes that are not front matter are kept",
			src:  "---\nJane Doe\n---\nEngineer",
			want: []doc.Line{
				{Text: "---", Pos: doc.Pos{Line: 1}},
				{Text: "Jane Doe", Pos: doc.Pos{Line: 2, Offset: 4}},
				{Text: "---", Pos: doc.Pos{Line: 3, Offset: 13}},
				{Text: "Engineer", Pos: doc.Pos{Line: 4, Offset: 17}},
			},
		},
		{
			name: "unclosed front matter is kept",
			src:  "---\nname: Jane\n",
			want: []doc.Line{
				{Text: "---", Pos: doc.Pos{Line: 1}},
				{Text: "name: Jane", Pos: doc.Pos{Line: 2, Offset: 4}},
			},
		},
		{
			name: "list markers and indentation",
			src:  "Skills\n  • Go\n  - Rust\n1. first\n（2）second",
			want: []doc.Line{
				{Text: "Skills", Pos: doc.Pos{Line: 1}},
				{Text: "Go", Marker: "•", Indent: 2, Pos: doc.Pos{Line: 2, Offset: 7}},
				{Text: "Rust", Marker: "-", Indent: 2, Pos: doc.Pos{Line: 3, Offset: 16}},
				{Text: "first", Marker: "1.", Pos: doc.Pos{Line: 4, Offset: 25}},
				{Text: "second", Marker: "（2）", Pos: doc.Pos{Line: 5, Offset: 34}},
			},
		},
		{
			name: "a lone marker makes no line",
			src:  "a\n•\nb",
			want: []doc.Line{
				{Text: "a", Pos: doc.Pos{Line: 1}},
				{Text: "b", Pos: doc.Pos{Line: 3, Offset: 6}},
			},
		},
		{
			name: "rows typed with tabs are a table's",
			src:  "From\tTo\tPost\n2019\tnow\tPorter\n\nEngineer\t\t2019 – 2021\nA\tB\tC\n",
			want: []doc.Line{
				{Text: "From | To | Post", Cells: []string{"From", "To", "Post"}, Pos: doc.Pos{Line: 1}},
				{Text: "2019 | now | Porter", Cells: []string{"2019", "now", "Porter"}, Pos: doc.Pos{Line: 2, Offset: 13}},
				{Text: "Engineer        2019 – 2021", Pos: doc.Pos{Line: 4, Offset: 30}, Blank: true},
				{Text: "A    B    C", Pos: doc.Pos{Line: 5, Offset: 54}},
			},
		},
		{
			name: "ragged rows and a label column's rows stay text",
			src:  "Work\t2019\tAcme\tPorter\n\t2017\tInitech\tClerk\nx\ty\tz\nx\ty\n",
			want: []doc.Line{
				{Text: "Work    2019    Acme    Porter", Pos: doc.Pos{Line: 1}},
				{Text: "2017    Initech    Clerk", Indent: 4, Pos: doc.Pos{Line: 2, Offset: 22}},
				{Text: "x    y    z", Pos: doc.Pos{Line: 3, Offset: 42}},
				{Text: "x    y", Pos: doc.Pos{Line: 4, Offset: 48}},
			},
		},
		{
			name: "text keeps Markdown syntax",
			src:  "# Jane\n**Bold**\n",
			want: []doc.Line{
				{Text: "# Jane", Pos: doc.Pos{Line: 1}},
				{Text: "**Bold**", Pos: doc.Pos{Line: 2, Offset: 7}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseLines(t, tt.src, doc.Text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lines of %q (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}

// TestOffsetsPointAtLines checks that every line's Offset is where its raw
// text starts in the decoded source.
func TestOffsetsPointAtLines(t *testing.T) {
	src := "Jane Doe\r\nEngineer\rAcme\n\n\fPage two\fPage three\r\n  indented\n"
	d, err := ParseBytes([]byte(src), "x.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range d.Lines {
		rest := strings.TrimLeft(src[l.Pos.Offset:], " ")
		if !strings.HasPrefix(rest, l.Text) {
			t.Errorf("line %q: offset %d points at %q", l.Text, l.Pos.Offset, src[l.Pos.Offset:])
		}
	}
}

func TestTextEmpty(t *testing.T) {
	for _, src := range []string{"\u200b\u200b", "\n\u200b\n\ufeff\n", "•\n①\n", "---\nlayout: post\n---\n"} {
		for _, f := range []doc.Format{doc.Text, doc.Markdown} {
			_, err := ParseBytes([]byte(src), "x", Options{Format: f})
			if !errors.Is(err, ErrEmpty) {
				t.Errorf("ParseBytes(%q, %s) err = %v, want ErrEmpty", src, f, err)
			}
		}
	}
}

func TestSplitMarker(t *testing.T) {
	tests := []struct {
		in, marker, rest string
	}{
		{"• a", "•", "a"},
		{"· a", "·", "a"},
		{"●项目", "●", "项目"},
		{"🔹 负责教学", "🔹", "负责教学"},
		{"（93）、机器学习（96）", "", "（93）、机器学习（96）"},
		{"👉 Led the migration", "👉", "Led the migration"},
		{"- a", "-", "a"},
		{"* a", "*", "a"},
		{"+ a", "+", "a"},
		{"– a", "–", "a"},
		{"− Serviced the boilers", "−", "Serviced the boilers"},
		{"−5 °C in the cold store", "", "−5 °C in the cold store"},
		{"1. a", "1.", "a"},
		{"12. a", "12.", "a"},
		{"1.a", "1.", "a"},
		{"1、a", "1、", "a"},
		{"2) a", "2)", "a"},
		{"(1) a", "(1)", "a"},
		{"（2）a", "（2）", "a"},
		{"（一）2016年9月至2019年7月，某政法大学", "（一）", "2016年9月至2019年7月，某政法大学"},
		{"(三) 项目", "(三)", "项目"},
		{"① a", "①", "a"},
		{"⑳项目", "⑳", "项目"},
		{"[3] a", "[3]", "a"},
		{"一、教育背景", "一、", "教育背景"},
		{"十二、其他", "十二、", "其他"},
		{"1.", "1.", ""},
		{"✦    Shot about 70 weddings", "✦", "Shot about 70 weddings"},
		{"✧\tEdited in Lightroom", "✧", "Edited in Lightroom"},
		// not markers
		{"✦✦✦✧✧", "", "✦✦✦✧✧"},
		{"✦ ✦ ✦ ✧", "", "✦ ✦ ✦ ✧"},
		{"✦Go", "", "✦Go"},
		{"2023.8 – 至今", "", "2023.8 – 至今"},
		{"2019.07 - 2022.03 公司", "", "2019.07 - 2022.03 公司"},
		{"3.0 SDK", "", "3.0 SDK"},
		{"1.8万亿", "", "1.8万亿"},
		{"10.5 years", "", "10.5 years"},
		{"-5%", "", "-5%"},
		{"-a", "", "-a"},
		{"*emphasis*", "", "*emphasis*"},
		{"**Bold**", "", "**Bold**"},
		{"2023 年", "", "2023 年"},
		{"123. a", "", "123. a"},
		{"C++", "", "C++"},
		{": Planned and ran 12 sessions.", ":", "Planned and ran 12 sessions."},
		{":: x", "", ":: x"},
		{"", "", ""},
	}
	for _, tt := range tests {
		marker, rest := splitMarker(tt.in)
		if diff := cmp.Diff([2]string{tt.marker, tt.rest}, [2]string{marker, rest}); diff != "" {
			t.Errorf("splitMarker(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestSplitMarkerInvalidUTF8(t *testing.T) {
	// the regexp consumes the byte after "1." as one rune; the marker must
	// still be "1." and the rest start after it
	marker, rest := splitMarker("1.\xffabc")
	if marker != "1." || rest != "\xffabc" {
		t.Errorf("splitMarker(%q) = %q, %q; want %q, %q", "1.\xffabc", marker, rest, "1.", "\xffabc")
	}
}

func TestNormalizeSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\u3000b", "a  b"},
		{"a\u00a0b\u2002c\u2003d\u2009e", "a b c d e"},
		{"a\u200b\u200c\u200d\ufeffb", "ab"},
		{"a\tb\vc", "a    b c"},
		{"⻓城", "长城"},
		{"plain", "plain"},
		{"\uf0e0 jane@example.com", " jane@example.com"},
		{"\ue0be电话", "电话"},
		{"\U000F0041 kept", "\U000F0041 kept"},
	}
	for _, tt := range tests {
		if got := NormalizeSpace(tt.in); got != tt.want {
			t.Errorf("NormalizeSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
