package parser

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
)

// TestLightMarkup: AsciiDoc's and Org mode's marks read as headings and
// labelled lines; a plain text's "* " stays a bullet.
func TestLightMarkup(t *testing.T) {
	type L struct {
		Text    string
		Heading int
		Marker  string
	}
	tests := []struct {
		name, file, src string
		want            []L
	}{
		{"org", "cv.txt", "#+TITLE: Ana Lima -- CV\n#+AUTHOR: Ana Lima\n#+EMAIL: ana@example.com\n#+OPTIONS: toc:nil\n\n* Contact\n  - Phone :: +1 555 0100\n* Experience\n** Engineer, Acme\n",
			[]L{{"Ana Lima", 1, ""}, {"Email: ana@example.com", 0, ""}, {"Contact", 2, ""}, {"Phone: +1 555 0100", 0, "-"}, {"Experience", 2, ""}, {"Engineer, Acme", 3, ""}}},
		{"org by its extension", "cv.org", "#+AUTHOR: Ana Lima\n* Skills\n- Go, Rust\n",
			[]L{{"Ana Lima", 1, ""}, {"Skills", 2, ""}, {"Go, Rust", 0, "-"}}},
		{"asciidoc", "cv.txt", "= Ana Lima\n:author: Ana Lima\n:email: ana@example.com\n:toc!:\n\nEngineer in Denver\n\n== Experience\n\n=== Acme\nPhone:: +1 555 0100\n'''\n",
			[]L{{"Ana Lima", 1, ""}, {"Email: ana@example.com", 0, ""}, {"Engineer in Denver", 0, ""}, {"Experience", 2, ""}, {"Acme", 3, ""}, {"Phone: +1 555 0100", 0, ""}}},
		{"plain text with star bullets", "cv.txt", "Ana Lima\nana@example.com\n\nSkills\n* Go\n* Rust\n",
			[]L{{"Ana Lima", 0, ""}, {"ana@example.com", 0, ""}, {"Skills", 0, ""}, {"Go", 0, "*"}, {"Rust", 0, "*"}}},
		{"asciidoc inline marks, passthrough and tables", "cv.adoc", "= Ana Lima\n\n++++\n<style>p{}</style>\n++++\n\n*Phone*: {plus}1 555 0100 +\n*Email*: mailto:ana@example.com[ana@example.com] +\nhttps://github.com/analima[github.com/analima]\n\n== Education\n\n[cols=\"1,2\",options=\"header\"]\n|===\n|When |Where\n|2019 – 2023\na|*Lakeside University* +\n_B.Sc._ Computer Science, GPA 3.9\n|===\n\n== Skills\n\nC{plus}{plus}, `Go`, snake_case_names\n",
			[]L{{"Ana Lima", 1, ""}, {"Phone: +1 555 0100", 0, ""}, {"Email: ana@example.com", 0, ""}, {"github.com/analima", 0, ""}, {"Education", 2, ""}, {"2019 – 2023", 0, ""}, {"Lakeside University", 0, ""}, {"B.Sc. Computer Science, GPA 3.9", 0, ""}, {"Skills", 2, ""}, {"C++, Go, snake_case_names", 0, ""}}},
		{"asciidoc table without a header row", "cv.adoc", "= Ana Lima\n\n== Experience\n\n[%noheader,cols=\"1,2\"]\n|===\n|2019 – 2023 |Acme\n|===\n",
			[]L{{"Ana Lima", 1, ""}, {"Experience", 2, ""}, {"2019 – 2023", 0, ""}, {"Acme", 0, ""}}},
		{"asciidoc blocks never closed", "cv.adoc", "= Ana Lima\n\n++++\n\n== Experience\n\n|===\n|2019 – 2023 |Acme\n\n== Skills\n\nGo\n",
			[]L{{"Ana Lima", 1, ""}, {"Experience", 2, ""}, {"|2019 – 2023 |Acme", 0, ""}, {"Skills", 2, ""}, {"Go", 0, ""}}},
		{"a title line alone is no AsciiDoc", "cv.txt", "= Ana Lima =\nana@example.com\n",
			[]L{{"= Ana Lima =", 0, ""}, {"ana@example.com", 0, ""}}},
		{"restructuredtext", "cv.rst", "==========\n Ana Lima\n==========\n\n*Engineer*\n\n:Email: ana@example.com\n\nExperience\n----------\n\n**Acme** — `site <https://acme.example>`_\n    *2021 – now*\n\n    - Built ``acme-cli``\n\n.. image:: photo.jpg\n   :width: 80\n\nSkills\n------\n\n工作经历\n========\n",
			[]L{{"Ana Lima", 1, ""}, {"Engineer", 0, ""}, {"Email: ana@example.com", 0, ""}, {"Experience", 2, ""}, {"Acme — site https://acme.example", 0, ""}, {"2021 – now", 0, ""}, {"Built acme-cli", 0, "-"}, {"Skills", 2, ""}, {"工作经历", 3, ""}}},
		{"restructuredtext directives and line blocks", "cv.rst", "==========\nAna Lima\n==========\n\n.. container:: contact\n\n   ana@example.com\n\n.. image:: photo.jpg\n   :width: 80\n\nExperience\n----------\n\n.. rubric:: Highlights\n\n| Acme, 2019 – now\n| Engineer\n\n.. note:: Available from May\n",
			[]L{{"Ana Lima", 1, ""}, {"ana@example.com", 0, ""}, {"Experience", 2, ""}, {"Highlights", 3, ""}, {"Acme, 2019 – now", 0, ""}, {"Engineer", 0, ""}, {"Available from May", 0, ""}}},
		// plain text underlines its headings too: without fields or
		// directives it is no reStructuredText
		{"underlined headings alone are no reStructuredText", "cv.txt", "Ana Lima\n\nExperience\n----------\n**Acme**\n\nSkills\n------\nGo\n",
			[]L{{"Ana Lima", 0, ""}, {"Experience", 0, ""}, {"----------", 0, ""}, {"**Acme**", 0, ""}, {"Skills", 0, ""}, {"------", 0, ""}, {"Go", 0, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseBytes([]byte(tt.src), tt.file, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Format != doc.Text {
				t.Fatalf("format %s, want text", d.Format)
			}
			var got []L
			for _, l := range d.Lines {
				got = append(got, L{l.Text, l.Heading, l.Marker})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRSTSpans: strong text that opens a reStructuredText line is a bold
// span, the rest of the line another.
func TestRSTSpans(t *testing.T) {
	src := ":Email: ana@example.com\n\nExperience\n----------\n\n**Acme Freight** — Engineer\n\n**Initech**\n\nSkills\n------\n"
	d, err := ParseBytes([]byte(src), "cv.rst", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got [][]doc.Span
	var bold []bool
	for _, l := range d.Lines {
		if l.Heading == 0 && l.Spans != nil {
			got = append(got, l.Spans)
			bold = append(bold, l.Bold)
		}
	}
	want := [][]doc.Span{
		{{Text: "Acme Freight", Style: doc.Style{Bold: true}}, {Text: " — Engineer"}},
		{{Text: "Initech", Style: doc.Style{Bold: true}}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("spans (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]bool{false, true}, bold); d != "" {
		t.Errorf("bold lines (-want +got):\n%s", d)
	}
}
