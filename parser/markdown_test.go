package parser

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/resumex/resumex/doc"
)

// at is a position on source line n.
func at(n int) doc.Pos { return doc.Pos{Line: n} }

// bold, italic and link are spans in a style.
func bold(s string) doc.Span   { return doc.Span{Text: s, Style: doc.Style{Bold: true}} }
func italic(s string) doc.Span { return doc.Span{Text: s, Style: doc.Style{Italic: true}} }
func plain(s string) doc.Span  { return doc.Span{Text: s} }
func link(s, url string) doc.Span {
	return doc.Span{Text: s, Link: url}
}

func TestMarkdownLines(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []doc.Line
	}{
		// headings
		{"h1", "# Jane Doe", []doc.Line{{Text: "Jane Doe", Heading: 1}}},
		{"h3 with pipe", "### Co | Title", []doc.Line{{Text: "Co | Title", Heading: 3}}},
		{"h6", "###### six", []doc.Line{{Text: "six", Heading: 6}}},
		{"seven hashes is no heading", "####### seven", []doc.Line{{Text: "####### seven"}}},
		{"closing hashes", "## Skills ##", []doc.Line{{Text: "Skills", Heading: 2}}},
		{"C# keeps its hash", "## Skills: C#", []doc.Line{{Text: "Skills: C#", Heading: 2}}},
		{"hashtag is no heading", "#hashtag", []doc.Line{{Text: "#hashtag"}}},
		{"a hashtag in a note is a tag", "[[Home]]\n\n#hashtag", []doc.Line{{Text: "Home"}}},
		{"a note's tags are no text", "---\ntags: [job]\n---\nJane Doe\n\n#job #data\n\nAcme", []doc.Line{{Text: "Jane Doe", Pos: at(4)}, {Text: "Acme", Blank: true, Pos: at(8)}}},
		{"tags outside a note are text", "Jane Doe\n\n#SQL #Python", []doc.Line{{Text: "Jane Doe"}, {Text: "#SQL #Python", Blank: true, Pos: at(3)}}},
		{"a note's comments are no text", "> [!info] Jane Doe %%fix this%%\n%%\ndraft\n%%\nAcme", []doc.Line{{Text: "[!info] Jane Doe"}, {Text: "Acme", Pos: at(5)}}},
		{"a %% that closes nothing is text", "See [[CV]]\nLed %% growth\nAcme", []doc.Line{{Text: "See CV"}, {Text: "Led %% growth", Pos: at(2)}, {Text: "Acme", Pos: at(3)}}},
		{"wiki links, embeds and highlights show their text, not in code", "Led [[Ops review|the ops review]] and [[Q3 plan]], ==rated best== ![[me.png]]\n`x==y==z`",
			[]doc.Line{{Text: "Led the ops review and Q3 plan, rated best"}, {Text: "x==y==z", Pos: at(2)}}},
		{"heading keeps numbering", "## 1. Education", []doc.Line{{Text: "1. Education", Heading: 2}}},
		{"heading with emphasis has spans", "## **Acme** Corp", []doc.Line{{
			Text: "Acme Corp", Heading: 2, Spans: []doc.Span{bold("Acme"), plain("Corp")},
		}}},
		{"setext headings", "Jane Doe\n========\n\nExperience\n---\nAcme", []doc.Line{
			{Text: "Jane Doe", Heading: 1},
			{Text: "Experience", Heading: 2, Blank: true, Pos: at(4)},
			{Text: "Acme", Pos: at(6)},
		}},
		{"setext headings in Chinese", "卢浩然的简历\n===\n\n工作经历\n---", []doc.Line{
			{Text: "卢浩然的简历", Heading: 1},
			{Text: "工作经历", Heading: 2, Blank: true, Pos: at(4)},
		}},
		{"dashes under a longer paragraph are a rule", "a@b.c\n555-0100\n---\nX", []doc.Line{
			{Text: "a@b.c"},
			{Text: "555-0100", Pos: at(2)},
			{Text: "X", Pos: at(4)},
		}},
		{"badges say what they name; other pictures say nothing", "![Go](https://img.shields.io/badge/-Go-00ADD8) ![Vue.js](https://img.shields.io/badge/-Vue.js-4FC08D) ![views](https://example.com/counter.svg)", []doc.Line{{
			Text: "Go  Vue.js", Spans: []doc.Span{plain("Go"), {Text: "Vue.js", Box: true}},
		}}},
		{"a heading in a list item has no marker", "- # Title\n- item", []doc.Line{
			{Text: "Title", Heading: 1},
			{Text: "item", Marker: "-", Pos: at(2)},
		}},

		// paragraphs and line breaks
		{"each source line of a paragraph is a line", "**项目描述**：一个插件\n**担任角色**：作者", []doc.Line{
			{Text: "项目描述：一个插件", Spans: []doc.Span{bold("项目描述"), plain("：一个插件")}},
			{Text: "担任角色：作者", Spans: []doc.Span{bold("担任角色"), plain("：作者")}, Pos: at(2)},
		}},
		{"hard breaks", "a\\\nb  \nc", []doc.Line{{Text: "a"}, {Text: "b", Pos: at(2)}, {Text: "c", Pos: at(3)}}},
		{"br starts a line at the same position", "Acme<br>Engineer<br/>2019", []doc.Line{
			{Text: "Acme"}, {Text: "Engineer"}, {Text: "2019"},
		}},
		{"spaces collapse as a browser shows them", "a   b \t c", []doc.Line{{Text: "a b  c"}}},
		{"blank lines", "A\n\n\nB\n![x](y.png)\nC", []doc.Line{{Text: "A"}, {Text: "B", Blank: true, Pos: at(4)}, {Text: "C", Pos: at(6)}}},
		{"rules give no line; the line after one says so", "A\n\n---\n\nB\n***\n_ _ _", []doc.Line{{Text: "A"}, {Text: "B", Pos: at(5), Blank: true, Rule: true}}},
		{"a rule before the first line is no rule between lines", "* * *\n\nA", []doc.Line{{Text: "A", Pos: at(3)}}},
		{"quote", "> 全栈工程师 · 杭州", []doc.Line{{Text: "全栈工程师 · 杭州"}}},
		{"nested quote with list", "> > - item", []doc.Line{{Text: "item", Marker: "-"}}},

		// inline styles and links
		{"bold line", "**Bold line**", []doc.Line{{Text: "Bold line", Bold: true}}},
		{"bold line with colon", "__工作经历__：", []doc.Line{{Text: "工作经历：", Bold: true, Spans: []doc.Span{bold("工作经历"), plain("：")}}}},
		{"bold label", "**技术栈**：Go", []doc.Line{{Text: "技术栈：Go", Spans: []doc.Span{bold("技术栈"), plain("：Go")}}}},
		{"emphasis is no marker", "*2022.07 - 至今* · 杭州", []doc.Line{{
			Text: "2022.07 - 至今 · 杭州", Spans: []doc.Span{italic("2022.07 - 至今"), plain("· 杭州")},
		}}},
		{"emphasis", "*emphasis* and _this_ and snake_case_name", []doc.Line{{
			Text:  "emphasis and this and snake_case_name",
			Spans: []doc.Span{italic("emphasis"), plain("and"), italic("this"), plain("and snake_case_name")},
		}}},
		{"nested emphasis", "***both*** **b *bi***", []doc.Line{{
			Text: "both b bi", Bold: true,
			Spans: []doc.Span{{Text: "both", Style: doc.Style{Bold: true, Italic: true}}, bold("b"), {Text: "bi", Style: doc.Style{Bold: true, Italic: true}}},
		}}},
		{"strikethrough is text", "~~old~~ new", []doc.Line{{Text: "old new"}}},
		{"inline code", "Built `@qiyun/ui` with `**kwargs`", []doc.Line{{Text: "Built @qiyun/ui with **kwargs"}}},
		{"code keeps backslashes", "`a\\*b`", []doc.Line{{Text: `a\*b`}}},
		{"link", "[GitHub](https://github.com/x)", []doc.Line{{
			Text: "GitHub", Links: []doc.Link{{Text: "GitHub", URL: "https://github.com/x"}},
		}}},
		{"link with title", `see [site](https://a.b/c "Title") now`, []doc.Line{{
			Text: "see site now", Links: []doc.Link{{Text: "site", URL: "https://a.b/c"}},
			Spans: []doc.Span{plain("see"), link("site", "https://a.b/c"), plain("now")},
		}}},
		{"reference link", "see [site]\n\n[site]: https://a.b", []doc.Line{{
			Text: "see site", Links: []doc.Link{{Text: "site", URL: "https://a.b"}},
			Spans: []doc.Span{plain("see"), link("site", "https://a.b")},
		}}},
		{"empty link text shows the URL", "[](mailto:a@b.c)", []doc.Line{{
			Text: "a@b.c", Links: []doc.Link{{URL: "mailto:a@b.c"}},
		}}},
		{"a linked image shows the link", "CI: [![badge](b.svg)](https://ci.example)", []doc.Line{{
			Text: "CI: https://ci.example", Links: []doc.Link{{URL: "https://ci.example"}},
			Spans: []doc.Span{plain("CI:"), link("https://ci.example", "https://ci.example")},
		}}},
		{"autolink", "<https://a.b>", []doc.Line{{
			Text: "https://a.b", Links: []doc.Link{{Text: "https://a.b", URL: "https://a.b"}},
		}}},
		{"mailto autolink", "Mail: <mailto:a@b.c>", []doc.Line{{
			Text: "Mail: a@b.c", Links: []doc.Link{{Text: "mailto:a@b.c", URL: "mailto:a@b.c"}},
			Spans: []doc.Span{plain("Mail:"), link("a@b.c", "mailto:a@b.c")},
		}}},
		{"e-mail autolink", "<a@b.c>", []doc.Line{{
			Text: "a@b.c", Links: []doc.Link{{Text: "a@b.c", URL: "mailto:a@b.c"}},
		}}},
		{"image dropped", "![avatar](me.png) Jane", []doc.Line{{Text: "Jane"}}},

		// lists
		{"bullets", "- Go\n* Rust\n+ Zig\n1. one\n2) two", []doc.Line{
			{Text: "Go", Marker: "-"},
			{Text: "Rust", Marker: "*", Pos: at(2)},
			{Text: "Zig", Marker: "+", Pos: at(3)},
			{Text: "one", Marker: "1.", Pos: at(4)},
			{Text: "two", Marker: "2)", Pos: at(5)},
		}},
		{"ordered list numbers follow its start", "3. c\n1. d", []doc.Line{
			{Text: "c", Marker: "3."}, {Text: "d", Marker: "4.", Pos: at(2)},
		}},
		{"nested lists keep their indentation", "1. one\n   - nested\n     - deeper\n2. two", []doc.Line{
			{Text: "one", Marker: "1."},
			{Text: "nested", Marker: "-", Indent: 3, Pos: at(2)},
			{Text: "deeper", Marker: "-", Indent: 5, Pos: at(3)},
			{Text: "two", Marker: "2.", Pos: at(4)},
		}},
		{"only an item's first line has its marker", "- a\n  b\n- c", []doc.Line{
			{Text: "a", Marker: "-"}, {Text: "b", Indent: 2, Pos: at(2)}, {Text: "c", Marker: "-", Pos: at(3)},
		}},
		{"bullets Markdown does not know are split off", "• Go\n1、需求分析", []doc.Line{
			{Text: "Go", Marker: "•"}, {Text: "需求分析", Marker: "1、", Pos: at(2)},
		}},
		{"task list", "- [x] done\n- [ ] todo", []doc.Line{
			{Text: "done", Marker: "-"},
			{Text: "todo", Marker: "-", Pos: at(2)},
		}},
		{"escaped list markers", "\\- not a list\n1\\. not a list\n\\# not a heading", []doc.Line{
			{Text: "- not a list"},
			{Text: "1. not a list", Pos: at(2)},
			{Text: "# not a heading", Pos: at(3)},
		}},
		{"escaped emphasis and brackets", `\*not emphasis\* \[x\](y) a\_b`, []doc.Line{{Text: "*not emphasis* [x](y) a_b"}}},
		{"escaped rule", `\---`, []doc.Line{{Text: "---"}}},
		{"escaped backslash", `a\\b`, []doc.Line{{Text: `a\b`}}},

		// code
		{"a fenced code block is left out", "# Jane\n\n```\nAcme | Engineer | 2019 - 2021\n```\nB", []doc.Line{
			{Text: "Jane", Heading: 1},
			{Text: "B", Blank: true, Pos: at(6)},
		}},
		{"a contact card in a fence is text", "# Jane\n\nSome text here.\n\n```\nBEGIN:VCARD\nFN:Jane Roe\nEND:VCARD\n```\nB", []doc.Line{
			{Text: "Jane", Heading: 1},
			{Text: "Some text here.", Blank: true, Pos: at(3)},
			{Text: "BEGIN:VCARD", Blank: true, Pos: at(6)},
			{Text: "FN:Jane Roe", Pos: at(7)},
			{Text: "END:VCARD", Pos: at(8)},
			{Text: "B", Pos: at(10)},
		}},
		{"a fence in a list item takes its marker along", "- a\n-\n  ```\n  x\n  ```\n- b", []doc.Line{
			{Text: "a", Marker: "-"},
			{Text: "b", Marker: "-", Pos: at(6)},
		}},
		{"mostly code: the code is plain text", "A\n```go\n# not a heading\n**not bold**\n- item\n```\nB", []doc.Line{
			{Text: "A"},
			{Text: "# not a heading", Pos: at(3)},
			{Text: "**not bold**", Pos: at(4)},
			{Text: "item", Marker: "-", Pos: at(5)},
			{Text: "B", Pos: at(7)},
		}},
		{"tilde fence holds a backtick fence line", "~~~\n```\n**x**\n~~~\n**y**", []doc.Line{
			{Text: "```", Pos: at(2)},
			{Text: "**x**", Pos: at(3)},
			{Text: "y", Bold: true, Pos: at(5)},
		}},
		{"fence in a quote", "> ```\n> # x\n> ```\n# y", []doc.Line{
			{Text: "y", Heading: 1, Pos: at(4)},
		}},
		{"code lines keep their wide gaps", "```\n2019 - 2021    Acme\n```", []doc.Line{{Text: "2019 - 2021  Acme", Pos: at(2)}}},
		{"indented code", "A\n\n    2019  Acme\n\nB", []doc.Line{
			{Text: "A"}, {Text: "2019  Acme", Indent: 4, Blank: true, Pos: at(3)}, {Text: "B", Blank: true, Pos: at(5)},
		}},

		// tables
		{"table", "| 类别 | 技能 |\n| --- | :---: |\n| 语言 | Go, **Rust** |\n| 1. x | [Site](https://s.t) |", []doc.Line{
			{Text: "类别 | 技能", Cells: []string{"类别", "技能"}, HeadRow: true},
			{Text: "语言 | Go, Rust", Cells: []string{"语言", "Go, Rust"}, Pos: at(3)},
			{Text: "1. x | Site", Cells: []string{"1. x", "Site"}, Links: []doc.Link{{Text: "Site", URL: "https://s.t"}}, Pos: at(4)},
		}},
		{"table empty cell and escaped pipe", "a | b | c\n--|--|--\nx | | y \\| z", []doc.Line{
			{Text: "a | b | c", Cells: []string{"a", "b", "c"}, HeadRow: true},
			{Text: "x | y | z", Cells: []string{"x", "", "y | z"}, Pos: at(3)},
		}},
		{"pipes without a delimiter row are text", "| a | b |", []doc.Line{{Text: "| a | b |"}}},

		// HTML and entities
		{"entities", "a &amp; b&nbsp;c &lt;d&gt; &#x4e2d;&#25991; &bogus;", []doc.Line{{Text: "a & b c <d> 中文 &bogus;"}}},
		{"an em space is a wide gap", "* 性别：男 &emsp;&emsp; 出生年月：1993.05", []doc.Line{{Text: "性别：男  出生年月：1993.05", Marker: "*"}}},
		{"ideographic spaces are a wide gap", "2023 年　博士研究生国家奖学金", []doc.Line{{Text: "2023 年  博士研究生国家奖学金"}}},
		{"no-break spaces around a bar", "a &nbsp;|&nbsp; b", []doc.Line{{Text: "a  |  b"}}},
		{"inline html", "## 工作经历<sub>(按时间倒序)</sub>", []doc.Line{{Text: "工作经历(按时间倒序)", Heading: 2}}},
		{"html bold", "<b>Acme</b> Engineer", []doc.Line{{Text: "Acme Engineer", Spans: []doc.Span{bold("Acme"), plain("Engineer")}}}},
		{"html comment", "A <!-- hidden --> B", []doc.Line{{Text: "A B"}}},
		{"an html comment over lines of a paragraph", "A <!-- hidden\nstill hidden --> B\nC", []doc.Line{{Text: "A B", Pos: at(1)}, {Text: "C", Pos: at(3)}}},
		{"a tag left open ends with its paragraph", "<b>Acme\n\nEngineer", []doc.Line{{Text: "Acme", Bold: true}, {Text: "Engineer", Blank: true, Pos: at(3)}}},
		{"a control character by reference is a space", "a&#12;b&#x0;c", []doc.Line{{Text: "a b\ufffdc"}}},
		{"multi-line html comment", "A\n\n<!--\nhidden\n-->\nB", []doc.Line{{Text: "A"}, {Text: "B", Pos: at(6), Blank: true}}},
		{"html block", "<div align=\"center\">\n<h1>张三</h1>\n<p>电话：123<br>邮箱：<a href=\"mailto:a@b.c\">a@b.c</a></p>\n</div>\n\n# Next", []doc.Line{
			{Text: "张三", Heading: 1, Pos: at(2)},
			{Text: "电话：123", Pos: at(3)},
			{Text: "邮箱：a@b.c", Links: []doc.Link{{Text: "a@b.c", URL: "mailto:a@b.c"}}, Spans: []doc.Span{plain("邮箱："), link("a@b.c", "mailto:a@b.c")}, Pos: at(3)},
			{Text: "Next", Heading: 1, Blank: true, Pos: at(6)},
		}},
		{"html table cells are wide gaps", "<table><tr><td>2019</td><td>Acme</td></tr></table>", []doc.Line{{Text: "2019  Acme"}}},
		{"script and style give no text", "<style>\nh1 { color: red }\n</style>\n<script>var a = 1 < 2;</script>\n\nJane", []doc.Line{{Text: "Jane", Pos: at(6)}}},

		// the source
		{"front matter: the title a heading, contact keys labelled, the rest no text", "---\nlayout: post\ntitle: \"Ana Lima\"\nemail: ana@example.com\nkeywords: [a, b]\nfontsize: 10pt\n---\n# Jane",
			[]doc.Line{{Text: "email: ana@example.com", Pos: at(4)}, {Text: "Jane", Heading: 1, Pos: at(8)}}},
		{"front matter's title under a text's own setext title", "---\ntitle: Résumé\n---\nAna Lima\n========",
			[]doc.Line{{Text: "Ana Lima", Heading: 1, Pos: at(4)}}},
		{"front matter's title over a text without a top heading", "---\ntitle: Ana Lima\nsubtitle: 'Data Analyst'\n---\nana@example.com",
			[]doc.Line{{Text: "Ana Lima", Pos: at(2)}, {Text: "Data Analyst", Pos: at(3)}, {Text: "ana@example.com", Pos: at(5)}}},
		{"nesting past the budget", strings.Repeat("> ", 40) + "a", []doc.Line{{Text: "a"}}},
		{"a pandoc line block: each line its own, the bars no text", "| **Ana Lima**\n| Oban, Scotland\n|\n| ana@example.org\n\n## Work", []doc.Line{
			{Text: "Ana Lima", Bold: true},
			{Text: "Oban, Scotland", Pos: at(2)},
			{Text: "ana@example.org", Pos: at(4)},
			{Text: "Work", Heading: 2, Blank: true, Pos: at(6)},
		}},
		{"bars that end the line are a table's, not a line block", "| Go | 2019 |\n| Rust | 2021 |", []doc.Line{{Text: "| Go | 2019 |"}, {Text: "| Rust | 2021 |", Pos: at(2)}}},
		{"bars in a fenced block are code", "| a\n\n```\n| grep x\n```", []doc.Line{{Text: "a"}}},
		{"a line block's line may go on, indented", "| 12 Harbour Road,\n  Oban\n| ana@example.org", []doc.Line{{Text: "12 Harbour Road,"}, {Text: "Oban", Indent: 2, Pos: at(2)}, {Text: "ana@example.org", Pos: at(3)}}},
		{"a delimiter row makes a table of lines that do not end in a bar", "| Skill | Years\n| --- | ---\n| Go | 5", []doc.Line{{Text: "Skill | Years", HeadRow: true, Cells: []string{"Skill", "Years"}}, {Text: "Go | 5", Cells: []string{"Go", "5"}, Pos: at(3)}}},
	}
	// offsets are checked by TestMarkdownPositions; here they only add noise
	ignoreOffset := cmpopts.IgnoreFields(doc.Pos{}, "Offset")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseLines(t, tt.src, doc.Markdown)
			for i := range tt.want {
				if tt.want[i].Pos.Line == 0 {
					tt.want[i].Pos.Line = 1
				}
			}
			if diff := cmp.Diff(tt.want, got, ignoreOffset); diff != "" {
				t.Errorf("lines of %q (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}

// TestMarkdownPositions checks that each line points at its source line:
// line number, page and byte offset, whatever the line ends.
func TestMarkdownPositions(t *testing.T) {
	src := "---\r\ntitle: x\r\n---\r\nJane\r\n\r\nA\tB\r\nC\rD\f# E\r\n\r\n- x"
	want := []doc.Line{
		{Text: "x", Pos: doc.Pos{Page: 1, Line: 2, Offset: 5}},
		{Text: "Jane", Pos: doc.Pos{Page: 1, Line: 4, Offset: 20}},
		{Text: "A  B", Blank: true, Pos: doc.Pos{Page: 1, Line: 6, Offset: 28}},
		{Text: "C", Pos: doc.Pos{Page: 1, Line: 7, Offset: 33}},
		{Text: "D", Pos: doc.Pos{Page: 1, Line: 8, Offset: 35}},
		{Text: "E", Heading: 1, Pos: doc.Pos{Page: 2, Line: 8, Offset: 37}},
		{Text: "x", Marker: "-", Blank: true, Pos: doc.Pos{Page: 2, Line: 10, Offset: 44}},
	}
	if diff := cmp.Diff(want, parseLines(t, src, doc.Markdown)); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
}

// TestMarkdownCode checks that the document says what code it left out.
func TestMarkdownCode(t *testing.T) {
	src := "# Jane\nJane writes Go.\n\n```sh\nmake release\n\n```\n~~~\nAcme | Engineer | 2019 - 2021\n~~~\nMore text.\nAnd more."
	d, err := ParseBytes([]byte(src), "x.md", Options{Format: doc.Markdown})
	if err != nil {
		t.Fatal(err)
	}
	want := []doc.Warning{{Pos: at(5), Msg: "2 code block(s) of 2 line(s) left out: code is no resume text"}}
	if diff := cmp.Diff(want, d.Warnings, cmpopts.IgnoreFields(doc.Pos{}, "Offset")); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	for _, l := range d.Lines {
		if strings.Contains(l.Text, "make") || strings.Contains(l.Text, "Acme") {
			t.Errorf("line %q of a code block in the document", l.Text)
		}
	}
}

// TestMarkdownBudgets checks that a document past the Markdown budgets is
// still read, in time linear in its size.
func TestMarkdownBudgets(t *testing.T) {
	t.Run("syntax", func(t *testing.T) {
		src := "# Jane\n" + strings.Repeat("[a *b [c *d [e *f [g *h [a *b [c *d [e *f [g *h\n", mdMaxSyntax/16+1)
		d, err := ParseBytes([]byte(src), "x.md", Options{Format: doc.Markdown})
		if err != nil {
			t.Fatal(err)
		}
		if d.Lines[0].Text != "# Jane" || d.Lines[0].Heading != 0 {
			t.Errorf("first line %+v, want the plain text # Jane", d.Lines[0])
		}
		if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0].Msg, "read as plain text") {
			t.Errorf("warnings %v, want one saying the document was read as plain text", d.Warnings)
		}
	})
	t.Run("indentation", func(t *testing.T) {
		var b strings.Builder
		for i := range 200 {
			b.WriteString(strings.Repeat(" ", 2*i) + "- a\n")
		}
		d, err := ParseBytes([]byte(b.String()), "x.md", Options{Format: doc.Markdown})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Lines) != 200 {
			t.Errorf("%d lines, want 200", len(d.Lines))
		}
	})
}

func TestCapNesting(t *testing.T) {
	deep := strings.Repeat("> ", mdMaxNesting-1) + ">"
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"> - 1. a", "> - 1. a"},
		{deep + "> > a", deep + " a"},
		{deep + "- 1) * a", deep + " a"},
		{strings.Repeat(" ", 100) + "a", strings.Repeat(" ", mdMaxIndent) + "a"},
		{"\t\ta", "\t\ta"},
		{"-not a marker", "-not a marker"},
		{"2019. a year", "2019. a year"},
	}
	for _, tt := range tests {
		if got := capNesting(tt.in); got != tt.want {
			t.Errorf("capNesting(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMarkdownHeadRow: a pipe table's header row is marked as such.
func TestMarkdownHeadRow(t *testing.T) {
	src := "## Skills\n\n| Area | Tools |\n|------|-------|\n| Cloud | AWS<br>GCP |\n"
	d, err := ParseBytes([]byte(src), "x.md", Options{Format: doc.Markdown})
	if err != nil {
		t.Fatal(err)
	}
	var got []bool
	for _, l := range d.Lines {
		got = append(got, l.HeadRow)
	}
	if diff := cmp.Diff([]bool{false, true, false}, got); diff != "" {
		t.Errorf("head rows (-want +got):\n%s\n%s", diff, d)
	}
}
