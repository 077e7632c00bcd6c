package html

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
)

func TestSizes(t *testing.T) {
	src := `<style>h1 { font-size: 24px } .small { font-size: 80% }</style>
<h1>Title</h1>
<p style="font-size:16px">px</p>
<div style="font-size: 20pt"><p>pt inherited</p><p class="small">percent</p></div>
<div style="font-size:20px"><span style="font-size:1.5em">em</span></div>
<p style="font-size:1.5em">em root</p>
<p><font size="5">font tag</font></p>
<p><font size="+1">font plus</font></p>
<p style="font-size:large">keyword</p>
<p style="font: bold 12pt/1.4 Arial, sans-serif">shorthand</p>
<p>unknown</p>
<p style="font-size:14px">mostly <span style="font-size:30px">big</span> small text here</p>
<p>unsized text with a <span style="font-size:30px">big</span> word</p>`
	d := mustParse(t, src)
	type ts struct {
		Text string
		Size float64
		Bold bool
	}
	var got []ts
	for _, l := range d.Lines {
		got = append(got, ts{l.Text, l.Size, l.Bold})
	}
	want := []ts{
		{"Title", 18, false}, {"px", 12, false}, {"pt inherited", 20, false}, {"percent", 16, false},
		{"em", 22.5, false}, {"em root", 18, false}, {"font tag", 18, false}, {"font plus", 13.5, false},
		{"keyword", 13.5, false}, {"shorthand", 12, true}, {"unknown", 0, false}, {"mostly big small text here", 10.5, false},
		{"unsized text with a big word", 0, false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sizes (-want +got):\n%s", diff)
	}
}

func TestIndentAndMarkers(t *testing.T) {
	src := `<ul><li>A<ul><li>A1</li><li>A2<ol><li>deep</li></ol></li></ul>more A</li><li>B</li></ul>
<p>&nbsp;&nbsp;&nbsp;&nbsp;nbsp indent</p><pre>  two
	tab</pre>`
	d := mustParse(t, src)
	type ti struct {
		Text   string
		Marker string
		Indent int
	}
	var got []ti
	for _, l := range d.Lines {
		got = append(got, ti{l.Text, l.Marker, l.Indent})
	}
	want := []ti{{"A", "•", 0}, {"A1", "•", 2}, {"A2", "•", 2}, {"deep", "1.", 4}, {"more A", "", 2}, {"B", "•", 0},
		{"nbsp indent", "", 4}, {"two", "", 2}, {"tab", "", 4}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("indent (-want +got):\n%s", diff)
	}
}

func TestLinks(t *testing.T) {
	src := `<p>Mail <a href="mailto:jane@example.com">jane@example.com</a> or <a href="https://github.com/jane"><b>GitHub</b></a>, <a href="/relative">rel</a>, <a href="#top">top</a></p>
<p><a href="https://linkedin.com/in/jane"><i class="fa fa-linkedin"></i></a><a href="https://x.com/jane" aria-label="X profile"><svg></svg></a><a href="https://site.example"><img src="s.png" alt="Site"></a></p>
<p><a href="tel:+4930123">call</a></p>
<table><tr><td><a href="https://a.example">A</a></td><td><a href="https://b.example">B</a></td></tr></table>
<div><a href="https://span.example">first<br>second</a></div>`
	d := mustParse(t, src)
	type tl struct {
		Text  string
		Links []doc.Link
	}
	var got []tl
	for _, l := range d.Lines {
		got = append(got, tl{l.Text, l.Links})
	}
	want := []tl{
		{"Mail jane@example.com or GitHub, rel, top", []doc.Link{{Text: "jane@example.com", URL: "mailto:jane@example.com"}, {Text: "GitHub", URL: "https://github.com/jane"}}},
		{"https://linkedin.com/in/jane X profile Site", []doc.Link{{Text: "https://linkedin.com/in/jane", URL: "https://linkedin.com/in/jane"}, {Text: "X profile", URL: "https://x.com/jane"}, {Text: "Site", URL: "https://site.example"}}},
		{"call", []doc.Link{{Text: "call", URL: "tel:+4930123"}}},
		{"A | B", []doc.Link{{Text: "A", URL: "https://a.example"}, {Text: "B", URL: "https://b.example"}}},
		{"first", []doc.Link{{Text: "first", URL: "https://span.example"}}},
		{"second", nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

func TestBlank(t *testing.T) {
	src := `<h2>Experience</h2><div>Acme</div><div>2020</div><p>Did things</p><ul><li>one</li><li>two</li></ul>line<br><br>after gap<br>next<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table><pre>x

y</pre>`
	d := mustParse(t, src)
	type tb struct {
		Text  string
		Blank bool
	}
	var got []tb
	for _, l := range d.Lines {
		got = append(got, tb{l.Text, l.Blank})
	}
	want := []tb{{"Experience", false}, {"Acme", true}, {"2020", false}, {"Did things", true}, {"one", true}, {"two", false},
		{"line", true}, {"after gap", true}, {"next", false}, {"a | b", true}, {"c | d", false}, {"x", true}, {"y", true}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("blank (-want +got):\n%s", diff)
	}
}

func TestRule(t *testing.T) {
	d := mustParse(t, `<hr><p>Lin Wei</p><hr><p>What I do these days</p><p>Acme, 2020</p><p>one<hr>two</p><table><tr><td>2019 – 2021<hr>Acme</td><td>x</td></tr></table><p>after</p>`)
	type tr struct {
		Text string
		Rule bool
	}
	var got []tr
	for _, l := range d.Lines {
		got = append(got, tr{l.Text, l.Rule})
	}
	want := []tr{{"Lin Wei", false}, {"What I do these days", true}, {"Acme, 2020", false}, {"one", false}, {"two", true}, {"2019 – 2021 Acme | x", false}, {"after", false}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rule (-want +got):\n%s", diff)
	}
}
