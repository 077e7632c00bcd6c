package html

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
)

// lineSummary is the part of a line the table tests compare.
type lineSummary struct {
	Text    string
	Heading int
	Bold    bool
	Marker  string
	Cells   []string
}

func summarize(lines []doc.Line) []lineSummary {
	out := []lineSummary{}
	for _, l := range lines {
		out = append(out, lineSummary{l.Text, l.Heading, l.Bold, l.Marker, l.Cells})
	}
	return out
}

func mustParse(t testing.TB, src string) *doc.Document {
	t.Helper()
	d, err := Parse([]byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if d.Format != doc.HTML {
		t.Fatalf("Format = %q", d.Format)
	}
	for i, l := range d.Lines {
		if l.Pos.Line != i+1 || l.Text == "" || l.Text != strings.TrimSpace(l.Text) {
			t.Fatalf("line %d: bad line %+v", i, l)
		}
	}
	return d
}

type L = lineSummary

func texts(ts ...string) []L {
	out := []L{}
	for _, t := range ts {
		out = append(out, L{Text: t})
	}
	return out
}

var lineTests = []struct {
	name string
	src  string
	want []L
}{
	{"blocks and inline", `<div>Hello <b>World</b></div><p>Para <span>one</span> <em>two</em><i>three</i> <a href="/x">link</a></p><section>Sec<div>inner</div>tail</section>`,
		texts("Hello World", "Para one twothree link", "Sec", "inner", "tail")},
	{"list items are lines", `<ul><li>Go</li><li>Rust</li></ul>`,
		[]L{{Text: "Go", Marker: "•"}, {Text: "Rust", Marker: "•"}}},
	{"list items without spaces or closing tags", "<ul><li>Go<li>Rust<li><p>Python</p><p>more</p></ul>",
		[]L{{Text: "Go", Marker: "•"}, {Text: "Rust", Marker: "•"}, {Text: "Python", Marker: "•"}, {Text: "more"}}},
	{"br", `<p>a<br>b<br/>c</p><div>d<br></div><div>e</div>`, texts("a", "b", "c", "d", "e")},
	{"headings", `<h1>Jane Doe</h1><h2>Experience</h2><h3>Acme <small>2020</small></h3><h6>x</h6><div role="heading" aria-level="4">Role</div>`,
		[]L{{Text: "Jane Doe", Heading: 1}, {Text: "Experience", Heading: 2}, {Text: "Acme 2020", Heading: 3}, {Text: "x", Heading: 6}, {Text: "Role", Heading: 4}}},
	{"bold lines", `<p><strong>Skills</strong></p><p><b>Acme</b> Inc</p><p style="font-weight: 700">Styled</p><p><span style="font-weight:bold">x</span> <b>y</b></p><p style="font-weight:bold">a <span style="font-weight:normal">b</span></p><style>.lbl{font-weight:600}</style><div class="lbl">Sheet</div>`,
		[]L{{Text: "Skills", Bold: true}, {Text: "Acme Inc"}, {Text: "Styled", Bold: true}, {Text: "x y", Bold: true}, {Text: "a b"}, {Text: "Sheet", Bold: true}}},
	{"ordered lists", `<ol><li>a</li><li>b</li></ol><ol start="3"><li>c</li><li>d</li></ol><ol type="a"><li>x</li><li>y</li></ol><ol reversed><li>p</li><li>q</li><li>r</li></ol><ol type="I" start="4"><li>iv</li><li value="9">ix</li><li>x</li></ol>`,
		[]L{{Text: "a", Marker: "1."}, {Text: "b", Marker: "2."}, {Text: "c", Marker: "3."}, {Text: "d", Marker: "4."},
			{Text: "x", Marker: "a."}, {Text: "y", Marker: "b."}, {Text: "p", Marker: "3."}, {Text: "q", Marker: "2."}, {Text: "r", Marker: "1."},
			{Text: "iv", Marker: "IV."}, {Text: "ix", Marker: "IX."}, {Text: "x", Marker: "X."}}},
	{"list style none and inline items", `<ul style="list-style:none"><li>a</li></ul><ul class="tags"><li style="display:inline">Go</li><li style="display:inline">Rust</li></ul>`,
		[]L{{Text: "a"}, {Text: "Go Rust"}}},
	{"table key value rows", `<table><tr><td>姓名</td><td>张三</td><td>电话</td><td>13800138000</td></tr><tr><th>邮箱</th><td colspan="3">zs@example.com</td></tr><tr><td>学历</td><td></td><td>专业</td><td><p>计算机</p><p>科学</p></td></tr></table>`,
		[]L{{Text: "姓名 | 张三 | 电话 | 13800138000", Cells: []string{"姓名", "张三", "电话", "13800138000"}},
			{Text: "邮箱 | zs@example.com", Cells: []string{"邮箱", "zs@example.com"}},
			{Text: "学历 | 专业 | 计算机 科学", Cells: []string{"学历", "", "专业", "计算机 科学"}}}},
	{"nested tables", `<table><tr><td><h2>工作经历</h2></td></tr><tr><td><table><tr><td>2019–2021</td><td>Acme</td></tr><tr><td>2021–</td><td>Beta</td></tr></table></td><td>side</td></tr></table>`,
		[]L{{Text: "工作经历", Heading: 2}, {Text: "2019–2021 | Acme", Cells: []string{"2019–2021", "Acme"}}, {Text: "2021– | Beta", Cells: []string{"2021–", "Beta"}}, {Text: "side"}}},
	{"a short label beside several lines is a form's section", `<table><tr><td>实习经历</td><td><b>2023.07—2023.08　甲乙机械有限公司　结构设计实习生</b><br>1. 参与夹具设计，完成 6 套夹具的建模；<br>2. 协助进行公差分析。</td></tr><tr><td>邮箱</td><td>x@example.com</td></tr></table>`,
		[]L{{Text: "实习经历"}, {Text: "2023.07—2023.08　甲乙机械有限公司　结构设计实习生", Bold: true}, {Text: "1. 参与夹具设计，完成 6 套夹具的建模；"}, {Text: "2. 协助进行公差分析。"},
			{Text: "邮箱 | x@example.com", Cells: []string{"邮箱", "x@example.com"}}}},
	{"single text cell is layout", `<table><tr><td>姓名：张三<br>电话：138</td><td><img src="p.jpg"></td></tr><tr><td colspan="2">工作经历</td></tr></table>`,
		texts("姓名：张三", "电话：138", "工作经历")},
	{"definition lists", `<dl><dt>Email</dt><dd>a@b.c</dd><dt>Phone</dt><dd>123</dd></dl>`, texts("Email", "a@b.c", "Phone", "123")},
	{"hidden elements", `<p>visible</p><p hidden>h1</p><p aria-hidden="true">h2</p><p style="display: none">h3</p><p style="visibility:hidden">h4</p>` +
		`<p class="sr-only">h5</p><span class="visually-hidden">h6</span><span class="screen-reader-text">h7</span><div class="hidden">h8</div>` +
		`<div class="hidden md:block">shown</div><style>.gone{display:none} @media print{.noprint{display:none}} @media (max-width: 600px){.wide{display:none}}</style>` +
		`<div class="gone">h9</div><div class="noprint">screen</div><div class="wide">desktop</div><dialog>h10</dialog><p style="DISPLAY:NONE !important">h11</p>`,
		texts("visible", "shown", "screen", "desktop")},
	{"aria-hidden hides icons and drawings, not text shown to the eye", `<div><span aria-hidden="true">Support Team Lead</span><span class="visually-hidden">Support Team Lead</span></div>` +
		`<p><span class="material-icons" aria-hidden="true">email</span> a@b.c</p><pre aria-hidden="true"> (\_/) ~ |´´| </pre><p><i class="fa fa-phone" aria-hidden="true"></i> 555-0100</p>`,
		texts("Support Team Lead", "a@b.c", "555-0100")},
	{"a cell of lines beside a photo's place, two blocks of lines side by side: layout", `<table><tr><td><span>张三</span><br>更新时间：2024-04-28<br>男 | 31岁<br>手机：138-0000-0000</td><td><div>照片</div></td></tr></table>` +
		`<table><tr><td><b>最近工作</b><br>公司：甲乙自动化设备有限公司<br>职位：电气工程师</td><td><b>最高学历</b><br>学历：本科<br>学校：丙丁工学院</td></tr></table>`,
		[]L{{Text: "张三"}, {Text: "更新时间：2024-04-28"}, {Text: "男 | 31岁"}, {Text: "手机：138-0000-0000"}, {Text: "照片"},
			{Text: "最近工作", Bold: true}, {Text: "公司：甲乙自动化设备有限公司"}, {Text: "职位：电气工程师"}, {Text: "最高学历", Bold: true}, {Text: "学历：本科"}, {Text: "学校：丙丁工学院"}}},
	{"non-content elements", `<html><head><title>Title</title><style>p{color:red}</style><script>var x = 1;</script></head><body>` +
		`<script>function f(){}</script><noscript>Enable JS</noscript><template><p>tpl</p></template><svg><text>svg</text></svg>` +
		`<p>text</p><form><label>Name</label><input value="v"><select><option>opt</option></select><textarea>ta</textarea><button>Send</button></form>` +
		`<iframe src="x">frame</iframe><canvas>cv</canvas><object>obj</object></body></html>`,
		texts("text", "Name  v  opt  ta")}, // (a form's controls show their values; a button is no text)
	{"a form filled in: each control's value as it shows", `<form><p><label>姓名</label><input type="text" value="林晓"></p>` +
		`<p><label>性别</label><select><option>男</option><option selected>女</option></select></p>` +
		`<p><label>学历</label><select><optgroup label="x"><option>本科</option><option>硕士</option></optgroup></select></p>` +
		`<p><label>经历</label><textarea rows="2">负责竞品调研。</textarea></p>` +
		`<p><label>电话</label><input type="tel" value="138 0000 0000"><input type="hidden" value="id-77"><input type="password" value="pw">` +
		`<input type="checkbox" value="on"><input value="" ><input hidden value="h"></p></form>`,
		texts("姓名  林晓", "性别  女", "学历  本科", "经历  负责竞品调研。", "电话  138 0000 0000")},
	{"a form's controls the page hides, and a select left at its placeholder, show nothing", `<style>.sr-only{display:none}</style>` +
		`<p>Subscribe <input type="email" style="display:none" value="track@example.net"><select class="sr-only"><option selected>x</option></select></p>` +
		`<p>城市 <select><option value="">请选择</option><option>上海</option></select></p>`,
		texts("Subscribe", "城市")},
	{"entities and whitespace", "<p>  A&amp;B &lt;tag&gt;\n\t&quot;q&quot;   &copy; 2024 </p><p>x&nbsp;&nbsp;y</p><p>&#20013;&#x6587;</p>",
		texts(`A&B <tag> "q" © 2024`, "x  y", "中文")},
	{"pre keeps line breaks", "<pre>\nfunc main() {\n    fmt.Println(1)\n}\n</pre><p>after</p><div style=\"white-space:pre-line\">a   b\nc</div>",
		texts("func main() {", "fmt.Println(1)", "}", "after", "a b", "c")},
	{"inline-block boxes are separated", `<div><div style="display:inline-block">2019</div><div style="display:inline-block">Acme</div></div><div style="display:flex"><div>left</div><div>right</div></div><span style="display:block">blk</span>in`,
		texts("2019  Acme", "left", "right", "blk", "in")},
	{"generated content", `<style>.c span + span::before { content: " | "; } .t::after{content:"\2014 x"} .i::before{content:"\f0e0"}</style><div class="c"><span>Seattle</span><span>a@b.org</span></div><p class="t">A</p><p class="i">mail</p><p>nested ::before ignored</p>`,
		texts("Seattle | a@b.org", "A—x", "\uf0e0mail", "nested ::before ignored")},
	{"links spaced by margins are items", `<style>nav a{margin-right:14px}</style><nav><a href="https://x.dev">x.dev</a><a href="mailto:a@x.dev">a@x.dev</a></nav><p><span style="padding:0">glued</span>text</p>`,
		texts("x.dev  a@x.dev", "gluedtext")},
	{"a cell holding a list is layout", `<table><tr><td>2021 – Now</td><td><b>Lead</b> at Acme<ul><li>Led a team</li></ul></td></tr></table>`,
		[]L{{Text: "2021 – Now"}, {Text: "Lead at Acme", Bold: false}, {Text: "Led a team", Marker: "•"}}},
	{"ruby annotations", `<p><ruby>张<rp>(</rp><rt>zhāng</rt><rp>)</rp></ruby>三</p>`, texts("张三")},
	{"malformed", `<div><p>one<div>two</span></div></p>three</div></div></div><b>bold<i>both</b>italic</i><table><td>c1<td>c2</table>`,
		[]L{{Text: "one"}, {Text: "two"}, {Text: "three"}, {Text: "boldbothitalic"}, {Text: "c1 | c2", Cells: []string{"c1", "c2"}}}},
	{"empty", ``, []L{}},
	{"only hidden", `<div hidden>x</div><script>y</script>`, []L{}},
	{"text outside tags", `plain text<br>second`, texts("plain text", "second")},
}

// spanTests check the spans of each line: text, style and Box.
var spanTests = []struct {
	name string
	src  string
	want [][]doc.Span
}{
	{"plain line has no spans", `<p>Go and Rust</p>`, [][]doc.Span{nil}},
	{"bold title, plain employer", `<p><b>Senior Engineer</b> Acme Corp</p>`,
		[][]doc.Span{{{Text: "Senior Engineer", Style: doc.Style{Bold: true}}, {Text: "Acme Corp"}}}},
	{"italic by tag and by style", `<p><em>Acme</em> <span style="font-style:normal">Boston</span></p>`,
		[][]doc.Span{{{Text: "Acme", Style: doc.Style{Italic: true}}, {Text: "Boston"}}}},
	{"chips are boxes", `<style>.chip{display:inline-block}</style><div><span class="chip">Go</span><span class="chip">C++</span> <span class="chip">SQL</span></div>`,
		[][]doc.Span{{{Text: "Go"}, {Text: "C++", Box: true}, {Text: "SQL", Box: true}}}},
	{"link text", `<p>Site: <a href="https://x.example">x.example</a></p>`,
		[][]doc.Span{{{Text: "Site:"}, {Text: "x.example", Link: "https://x.example"}}}},
	{"cells are boxes", `<table><tr><td>2019</td><td><b>Acme</b> Inc</td></tr></table>`,
		[][]doc.Span{{{Text: "2019"}, {Text: "Acme", Style: doc.Style{Bold: true}, Box: true}, {Text: "Inc"}}}},
	{"paragraphs and line breaks in a cell break its spans", `<table><tr><td>教育背景</td><td><p>2020 – 2024 某大学</p><p>主修课程：力学</p>GPA 3.5<br>排名 5/120</td></tr></table>`,
		[][]doc.Span{{{Text: "教育背景"}, {Text: "2020 – 2024 某大学", Box: true}, {Text: "主修课程：力学", Break: true}, {Text: "GPA 3.5", Break: true}, {Text: "排名 5/120", Break: true}}}},
	{"sizes", `<p><span style="font-size:20px">Big</span> small</p>`,
		[][]doc.Span{{{Text: "Big", Style: doc.Style{Size: 15}}, {Text: "small"}}}},
}

func TestSpans(t *testing.T) {
	for _, tt := range spanTests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, tt.src)
			var got [][]doc.Span
			for _, l := range d.Lines {
				got = append(got, l.Spans)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("spans (-want +got):\n%s\n%s", diff, d.Explain(nil))
			}
		})
	}
}

func TestLines(t *testing.T) {
	for _, tt := range lineTests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, tt.src)
			if diff := cmp.Diff(tt.want, summarize(d.Lines)); diff != "" {
				t.Errorf("lines (-want +got):\n%s\n%s", diff, d)
			}
		})
	}
}

// TestHeadRow: a row of <th> cells or in <thead> heads its table; a row
// with a <td> does not (a form's <th> labels beside <td> values).
func TestHeadRow(t *testing.T) {
	for _, tt := range []struct {
		src  string
		want []bool
	}{
		{`<table><tr><th>Area</th><th>Tools</th></tr><tr><td>Cloud</td><td>AWS</td></tr></table>`, []bool{true, false}},
		{`<table><thead><tr><td>Area</td><td>Tools</td></tr></thead><tbody><tr><td>Cloud</td><td>AWS</td></tr></tbody></table>`, []bool{true, false}},
		{`<table><tr><th>Name</th><td>Ana Lima</td></tr><tr><th>Email</th><td>ana@example.com</td></tr></table>`, []bool{false, false}},
	} {
		d := mustParse(t, tt.src)
		var got []bool
		for _, l := range d.Lines {
			got = append(got, l.HeadRow)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: head rows (-want +got):\n%s", tt.src, diff)
		}
	}
}
