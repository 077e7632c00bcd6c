package parser

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/resumex/resumex/doc"
)

func TestMarkdownLines(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []doc.Line
	}{
		{"h1", "# Jane Doe", []doc.Line{{Text: "Jane Doe", Heading: 1}}},
		{"h3 with pipe", "### Co | Title", []doc.Line{{Text: "Co | Title", Heading: 3}}},
		{"h6", "###### six", []doc.Line{{Text: "six", Heading: 6}}},
		{"seven hashes is no heading", "####### seven", []doc.Line{{Text: "####### seven"}}},
		{"closing hashes", "## Skills ##", []doc.Line{{Text: "Skills", Heading: 2}}},
		{"C# keeps its hash", "## Skills: C#", []doc.Line{{Text: "Skills: C#", Heading: 2}}},
		{"hashtag is no heading", "#hashtag", []doc.Line{{Text: "#hashtag"}}},
		{"heading keeps numbering", "## 1. Education", []doc.Line{{Text: "1. Education", Heading: 2}}},
		{"bold line", "**Bold line**", []doc.Line{{Text: "Bold line", Bold: true}}},
		{"bold line with colon", "__工作经历__：", []doc.Line{{Text: "工作经历：", Bold: true}}},
		{"bold label", "**技术栈**：Go", []doc.Line{{Text: "技术栈：Go"}}},
		{"link", "[GitHub](https://github.com/x)", []doc.Line{{
			Text: "GitHub", Links: []doc.Link{{Text: "GitHub", URL: "https://github.com/x"}},
		}}},
		{"link with title", `see [site](https://a.b/c "Title") now`, []doc.Line{{
			Text: "see site now", Links: []doc.Link{{Text: "site", URL: "https://a.b/c"}},
		}}},
		{"empty link text shows the URL", "[](mailto:a@b.c)", []doc.Line{{
			Text: "a@b.c", Links: []doc.Link{{URL: "mailto:a@b.c"}},
		}}},
		{"autolink", "<https://a.b>", []doc.Line{{
			Text: "https://a.b", Links: []doc.Link{{Text: "https://a.b", URL: "https://a.b"}},
		}}},
		{"mailto autolink", "Mail: <mailto:a@b.c>", []doc.Line{{
			Text: "Mail: a@b.c", Links: []doc.Link{{Text: "mailto:a@b.c", URL: "mailto:a@b.c"}},
		}}},
		{"image dropped", "![avatar](me.png) Jane", []doc.Line{{Text: "Jane"}}},
		{"image-only line dropped", "A\n![avatar](me.png)\nB", []doc.Line{{Text: "A"}, {Text: "B", Pos: doc.Pos{Line: 3}}}},
		{"rule dropped", "A\n\n---\n\nB\n***\n_ _ _", []doc.Line{{Text: "A"}, {Text: "B", Pos: doc.Pos{Line: 5}, Blank: true}}},
		{"bullets", "- Go\n* Rust\n+ Zig\n1. one\n2) two", []doc.Line{
			{Text: "Go", Marker: "-"},
			{Text: "Rust", Marker: "*", Pos: doc.Pos{Line: 2}},
			{Text: "Zig", Marker: "+", Pos: doc.Pos{Line: 3}},
			{Text: "one", Marker: "1.", Pos: doc.Pos{Line: 4}},
			{Text: "two", Marker: "2)", Pos: doc.Pos{Line: 5}},
		}},
		{"nested bullet indent", "- a\n  - b", []doc.Line{{Text: "a", Marker: "-"}, {Text: "b", Marker: "-", Indent: 2, Pos: doc.Pos{Line: 2}}}},
		{"emphasis is no marker", "*2022.07 - 至今* · 杭州", []doc.Line{{Text: "2022.07 - 至今 · 杭州"}}},
		{"emphasis", "*emphasis* and _this_ and snake_case_name", []doc.Line{{Text: "emphasis and this and snake_case_name"}}},
		{"task list", "- [x] done\n- [ ] todo", []doc.Line{
			{Text: "done", Marker: "-"},
			{Text: "todo", Marker: "-", Pos: doc.Pos{Line: 2}},
		}},
		{"quote", "> 全栈工程师 · 杭州", []doc.Line{{Text: "全栈工程师 · 杭州"}}},
		{"nested quote with list", "> > - item", []doc.Line{{Text: "item", Marker: "-"}}},
		{"inline code", "Built `@qiyun/ui` with `**kwargs`", []doc.Line{{Text: "Built @qiyun/ui with **kwargs"}}},
		{"code keeps backslashes", "`a\\*b`", []doc.Line{{Text: `a\*b`}}},
		{"strike and html", "~~old~~ <b>new</b><br/>", []doc.Line{{Text: "old new"}}},
		{"html comment", "A <!-- hidden --> B", []doc.Line{{Text: "A B"}}},
		{"multi-line html comment", "A\n<!--\nhidden\n-->\nB", []doc.Line{{Text: "A"}, {Text: "B", Pos: doc.Pos{Line: 5}}}},
		{"escaped emphasis", `\*not emphasis\*`, []doc.Line{{Text: "*not emphasis*"}}},
		{"escaped list markers", "\\- not a list\n1\\. not a list\n\\# not a heading", []doc.Line{
			{Text: "- not a list"},
			{Text: "1. not a list", Pos: doc.Pos{Line: 2}},
			{Text: "# not a heading", Pos: doc.Pos{Line: 3}},
		}},
		{"escaped brackets", `\[not a link\](x) and a\_b\_c`, []doc.Line{{Text: "[not a link](x) and a_b_c"}}},
		{"escaped rule", `\---`, []doc.Line{{Text: "---"}}},
		{"escaped backslash", `a\\b`, []doc.Line{{Text: `a\b`}}},
		{"table", "| 类别 | 技能 |\n| --- | :---: |\n| 语言 | Go, **Rust** |\n| 1. x | [Site](https://s.t) |", []doc.Line{
			{Text: "类别 | 技能", Cells: []string{"类别", "技能"}},
			{Text: "语言 | Go, Rust", Cells: []string{"语言", "Go, Rust"}, Pos: doc.Pos{Line: 3}},
			{Text: "1. x | Site", Cells: []string{"1. x", "Site"}, Links: []doc.Link{{Text: "Site", URL: "https://s.t"}}, Pos: doc.Pos{Line: 4}},
		}},
		{"table empty cell and escaped pipe", "| a | | b \\| c |", []doc.Line{
			{Text: "a | b | c", Cells: []string{"a", "", "b | c"}},
		}},
		{"code fence", "A\n```go\n# not a heading\n- item\n```\nB", []doc.Line{
			{Text: "A"},
			{Text: "# not a heading", Pos: doc.Pos{Line: 3}},
			{Text: "item", Marker: "-", Pos: doc.Pos{Line: 4}},
			{Text: "B", Pos: doc.Pos{Line: 6}},
		}},
		{"tilde fence holds a backtick fence line", "~~~\n```\n**x**\n~~~\n**y**", []doc.Line{
			{Text: "```", Pos: doc.Pos{Line: 2}},
			{Text: "**x**", Pos: doc.Pos{Line: 3}},
			{Text: "y", Bold: true, Pos: doc.Pos{Line: 5}},
		}},
		{"setext headings", "Jane Doe\n========\n\nExperience\n---\nAcme", []doc.Line{
			{Text: "Jane Doe", Heading: 1},
			{Text: "Experience", Heading: 2, Blank: true, Pos: doc.Pos{Line: 4}},
			{Text: "Acme", Pos: doc.Pos{Line: 6}},
		}},
		{"dashes under a longer paragraph are a rule", "a@b.c\n555-0100\n---\nX", []doc.Line{
			{Text: "a@b.c"},
			{Text: "555-0100", Pos: doc.Pos{Line: 2}},
			{Text: "X", Pos: doc.Pos{Line: 4}},
		}},
		{"front matter", "---\nlayout: post\ntitle: x\n---\n# Jane", []doc.Line{{Text: "Jane", Heading: 1, Pos: doc.Pos{Line: 5}}}},
	}
	// offsets are checked by the text tests; here they only add noise
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
