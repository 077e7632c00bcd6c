package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/resumex/resumex/doc"
)

func TestJoinBrokenAddress(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"broken inside the top-level domain", []string{"ana.lima@example.c", "om"}, []string{"ana.lima@example.com"}},
		{"broken after a dot", []string{"Email: ana@example.", "org"}, []string{"Email: ana@example.org"}},
		{"a whole address stays apart", []string{"ana@example.com", "denver"}, []string{"ana@example.com", "denver"}},
		{"the next line is no address's rest", []string{"ana@example.c", "Denver, CO"}, []string{"ana@example.c", "Denver, CO"}},
		{"no address", []string{"Go, Rust", "om"}, []string{"Go, Rust", "om"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, lineTexts(joinBrokenAddress(textLines(tt.in)))); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestDropInitials(t *testing.T) {
	b := func(s string) *line { return &line{Line: doc.Line{Text: s, Bold: true}, text: s, raw: s} }
	p := func(s string) *line { return &line{Line: doc.Line{Text: s}, text: s, raw: s} }
	tests := []struct {
		name string
		in   []*line
		want []string
	}{
		{"over the name", []*line{p("NB"), b("Northwind Bank")}, []string{"Northwind Bank"}},
		{"over a title over the name", []*line{p("NB"), b("Analyst"), p("Northwind Bank")}, []string{"Analyst", "Northwind Bank"}},
		{"under the name in bold", []*line{b("Brightwell Health"), p("BH"), p("Full-time")}, []string{"Brightwell Health", "Full-time"}},
		{"under a plain line: an acronym of the text", []*line{p("Machine Learning"), p("ML")}, []string{"Machine Learning", "ML"}},
		{"no initials", []*line{b("Brightwell Health"), p("HB")}, []string{"Brightwell Health", "HB"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range dropInitials(tt.in) {
				got = append(got, l.text)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestJoinWrappedMonth(t *testing.T) {
	mk := func(s string) *line { return &line{Line: doc.Line{Text: s}, text: s, raw: s} }
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"a label half left", []string{"教育  2009 年 9 月-2013  西岭大学  会计学专业  本科", "经历  年 7 月"},
			[]string{"教育 2009 年 9 月-2013 年 7 月 西岭大学 会计学专业 本科", "经历"}},
		{"the month alone", []string{"2016 年 3 月-2018  东川开放大学", "年 7 月"}, []string{"2016 年 3 月-2018 年 7 月 东川开放大学"}},
		{"text after the month", []string{"2013 年 7 月-2018  南岸物流有限公司  总账会计", "年 3 月  负责凭证审核"},
			[]string{"2013 年 7 月-2018 年 3 月 南岸物流有限公司 总账会计", "负责凭证审核"}},
		{"a whole range stays", []string{"2013 年 7 月-2018 年 3 月  南岸物流", "年度优秀员工"}, []string{"2013 年 7 月-2018 年 3 月  南岸物流", "年度优秀员工"}}, // (untouched: the raw text as it came)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ls []*line
			for _, s := range tt.in {
				ls = append(ls, mk(s))
			}
			var got []string
			for _, l := range joinSplitDates(ls) {
				got = append(got, l.text)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestDropPageFurniture: lines repeated at the page breaks go, a running
// line with its page number among them; dates that happen to stand at two
// page breaks stay.
func TestDropPageFurniture(t *testing.T) {
	type ln struct {
		text string
		page int
	}
	tests := []struct {
		name string
		in   []ln
		want []string
	}{
		{"running footer with its page number", []ln{{"Ana Lima", 1}, {"Engineer at Acme", 1}, {"Did things for years.", 1}, {"Page 1 - Curriculum vitae of", 1}, {"Led a team of five.", 2}, {"Page 2 - Curriculum vitae of", 2}},
			[]string{"Ana Lima", "Engineer at Acme", "Did things for years.", "Led a team of five."}},
		{"dates at two page breaks", []ln{{"Ana Lima", 1}, {"Engineer at Acme", 1}, {"Did things for years.", 1}, {"2019 - 2021", 1}, {"2015 - 2018", 2}, {"Led a team of five.", 2}},
			[]string{"Ana Lima", "Engineer at Acme", "Did things for years.", "2019 - 2021", "2015 - 2018", "Led a team of five."}},
		{"the document's title and its owner atop page 2", []ln{{"Curriculum vitae", 1}, {"Ana Lima", 1}, {"Engineer at Acme", 1}, {"Curriculum vitae  Ana Lima", 2}, {"2015 - 2018  Analyst", 2}},
			[]string{"Curriculum vitae", "Ana Lima", "Engineer at Acme", "2015 - 2018  Analyst"}},
		{"a skills row that opens with a title's letters atop page 2 stays", []ln{{"Ana Lima", 1}, {"Engineer at Acme", 1}, {"CV  Object detection, tracking", 2}},
			[]string{"Ana Lima", "Engineer at Acme", "CV  Object detection, tracking"}},
		{"a level repeated in a list that ends a one-page document stays", []ln{{"Ana Lima", 1}, {"IT skills", 1}, {"SketchUp", 1}, {"Good", 1}, {"Revit", 1}, {"Good", 1}},
			[]string{"Ana Lima", "IT skills", "SketchUp", "Good", "Revit", "Good"}},
		{"a title with more than a name atop page 2 stays", []ln{{"Ana Lima", 1}, {"Engineer at Acme", 1}, {"Resume  Acme Corp, 2019 - 2021, Berlin and Lisbon offices", 2}},
			[]string{"Ana Lima", "Engineer at Acme", "Resume  Acme Corp, 2019 - 2021, Berlin and Lisbon offices"}},
	}
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ls []*line
			for _, l := range tt.in {
				ls = append(ls, &line{Line: doc.Line{Text: l.text, Pos: doc.Pos{Page: l.page}}, text: l.text, raw: l.text, runes: len([]rune(l.text))})
			}
			var got []string
			for _, l := range r.dropPageFurniture(ls) {
				got = append(got, l.text)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestSavedPageChrome: a job site's copyright footer marks a saved page
// on its own, so it goes even in a page saved as plain text; on such a
// page the job seeker's own view of it (how complete the résumé is, its
// buttons, whom it is hidden from) is chrome too.
func TestSavedPageChrome(t *testing.T) {
	for _, chrome := range []string{
		"某某招聘网 版权所有 © 2024 ｜ 关于我们 ｜ 联系客服",
		"简历完整度 85%\n刷新简历\n最后更新：2025-01-02\n公开 ｜ 对以下公司屏蔽（2）\n某某招聘网 版权所有 © 2024 ｜ 关于我们",
	} {
		res, _ := New(nil).Run(textDoc("王建国\n电话：138 0013 8000\n技能\nExcel、SQL\n" + chrome))
		var got []string
		for _, g := range res.Skills {
			got = append(got, g.Keywords...)
		}
		if d := cmp.Diff([]string{"Excel", "SQL"}, got); d != "" {
			t.Errorf("%q: skills (-want +got):\n%s", chrome, d)
		}
	}
}

// TestReadTableRowsColonCell: a colon typed at the start of a value's cell
// is the label's, not the value's.
func TestReadTableRowsColonCell(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	mk := func(cells ...string) *line {
		s := strings.Join(cells, " | ")
		return &line{Line: doc.Line{Text: s, Cells: cells}, text: s, raw: s, runes: len([]rune(s))}
	}
	var got []string
	for _, l := range r.readTableRows([]*line{mk("Languages Known", ": English, Hindi"), mk("Hobbies", "：Reading, Badminton")}) {
		got = append(got, l.text)
	}
	for _, g := range got {
		if strings.Contains(g, "：:") || strings.Contains(g, "：：") || strings.Contains(g, "| :") {
			t.Errorf("a colon kept in the value: %q", g)
		}
	}
	if len(got) != 2 {
		t.Errorf("got %q, want two label：value lines", got)
	}
}

// TestCloseLabels: the letters of a label spaced out to a longer label's
// width are closed up, and split from a value written against them.
func TestCloseLabels(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct{ in, want string }{
		{"姓\t名\t林晓雨", "姓名  林晓雨"},
		{"姓  名  林晓雨  性  别  女", "姓名  林晓雨  性别  女"},
		{"姓 名 林晓雨", "姓名  林晓雨"},
		{"姓  名周思远  性  别  女  照片", "姓名  周思远  性别  女  照片"},
		{"姓 名陈立群性 别  男", "姓名  陈立群  性别  男"},
		{"现 居 地：成都", "现居地：成都"},
		{"英  语：CET-6", "英语：CET-6"},                     // a language's name spaced out as a label
		{"专 业 技 能", "专 业 技 能"},                         // a heading spaced out
		{"方  磊  138 0000 1234", "方  磊  138 0000 1234"}, // a name spaced out
		{"政治面貌  中共党员  籍  贯  河北保定", "政治面貌  中共党员  籍贯  河北保定"},
	} {
		got, changed := r.closeLabels(tt.in)
		if got != tt.want || changed != (tt.want != tt.in) {
			t.Errorf("closeLabels(%q) = %q, %v; want %q", tt.in, got, changed, tt.want)
		}
	}
}

// TestStackedDates: a timeline's start over its end, each a line of its
// own, joins as one range; a date over text, or a later date first, does
// not.
func TestStackedDates(t *testing.T) {
	mk := func(s string) *line { return &line{Line: doc.Line{Text: s}, text: s, raw: s, runes: len([]rune(s))} }
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"2021.04", "至今", true},
		{"2016.07", "2021.03", true},
		{"Mar 2019", "Present", true},
		{"2021.03", "2016.07", false},
		{"2021.04", "苏州某公司", false},
		{"2019 – 2021", "2022", false},
		{"Since 2019", "2021", false},
	} {
		if got := stackedDates(mk(tt.a), mk(tt.b)); got != tt.want {
			t.Errorf("stackedDates(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestTimelineDates: stacked dates join, but not three years in a row.
func TestTimelineDates(t *testing.T) {
	mk := func(s string) *line {
		l := &line{Line: doc.Line{Text: s}, text: s, raw: s, runes: len([]rune(s))}
		if m, rest := splitMarkerForTest(s); m != "" {
			l.Marker, l.text, l.raw, l.runes = m, rest, rest, len([]rune(rest))
		}
		return l
	}
	for _, tt := range []struct {
		in   []string
		want []string
	}{
		{[]string{"工作经历", "2021.04", "至今", "某公司  财务经理"}, []string{"工作经历", "2021.04 – 至今", "某公司  财务经理"}},
		{[]string{"• 负责月结。", "2016.07", "2021.03", "某公司  会计"}, []string{"负责月结。", "2016.07 – 2021.03", "某公司  会计"}},
		{[]string{"工作经历", "2019", "2020", "2021"}, []string{"工作经历", "2019", "2020", "2021"}},
		// a range broken after its dash: the end, and what follows it
		{[]string{"2019.07 –", "2021.08", "某公司  会计"}, []string{"2019.07 – 2021.08", "某公司  会计"}},
		{[]string{"Mar 2019 -", "Present  Acme Ltd"}, []string{"Mar 2019 - Present  Acme Ltd"}},
		{[]string{"2021.07 –", "某公司  会计"}, []string{"2021.07 –", "某公司  会计"}},
		{[]string{"Jan 2016 to", "Dec 2018"}, []string{"Jan 2016 to Dec 2018"}},
		{[]string{"Mar 2021 –", "2023 promoted to Senior Lead"}, []string{"Mar 2021 –", "2023 promoted to Senior Lead"}},
	} {
		var ls []*line
		for _, s := range tt.in {
			ls = append(ls, mk(s))
		}
		var got []string
		for _, l := range joinSplitDates(ls) {
			got = append(got, l.text)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%q (-want +got):\n%s", tt.in, d)
		}
	}
}

// splitMarkerForTest cuts a "• " bullet off a test line.
func splitMarkerForTest(s string) (string, string) {
	if rest, ok := strings.CutPrefix(s, "• "); ok {
		return "•", rest
	}
	return "", s
}

// TestLiftLabelHeadings: a label column's heading, set larger, that
// reading by baselines put after the first line beside it goes first; and
// a heading split over two lines of that column around such a line joins.
func TestLiftLabelHeadings(t *testing.T) {
	head := func(s string) doc.Line { return doc.Line{Text: s, Heading: 2, Size: 13.5, Pos: doc.Pos{Page: 1}} }
	body := func(s string, indent int, blank bool) doc.Line {
		return doc.Line{Text: s, Size: 9, Indent: indent, Blank: blank, Pos: doc.Pos{Page: 1}}
	}
	tests := []struct {
		name string
		in   []doc.Line
		want []string
	}{
		{"a heading after the first line beside it", []doc.Line{body("2019-09 - 2023-06  某大学  本科", 11, true), head("教育"), body("数据结构 | 操作系统", 11, false)},
			[]string{"教育", "2019-09 - 2023-06  某大学  本科", "数据结构 | 操作系统"}},
		{"the last heading of the page", []doc.Line{body("英语 CET-6", 11, true), head("语言")},
			[]string{"语言", "英语 CET-6"}},
		{"a heading split around the line beside it", []doc.Line{body("2023-11  国家奖学金", 11, true), head("曾获"), body("专业排名第 2 名", 11, false), head("奖项"), body("2022-06  优秀学生干部", 11, true)},
			[]string{"曾获奖项", "2023-11  国家奖学金", "专业排名第 2 名", "2022-06  优秀学生干部"}},
		{"a heading under a paragraph barely indented stays", []doc.Line{body("Data scientist with a PhD.", 1, true), head("Experience"), body("Lead Data Scientist  2020 — Present", 1, true)},
			[]string{"Data scientist with a PhD.", "Experience", "Lead Data Scientist  2020 — Present"}},
		{"a heading atop the next page stays", []doc.Line{body("Young Researcher Prize, 2016", 11, true), {Text: "Publications", Heading: 2, Size: 13.5, Pos: doc.Pos{Page: 2}}},
			[]string{"Young Researcher Prize, 2016", "Publications"}},
		{"a line that names no section stays", []doc.Line{body("2019-09 - 2023-06  某大学", 11, true), head("某某奖学金")},
			[]string{"2019-09 - 2023-06  某大学", "某某奖学金"}},
	}
	// a document not read by baselines keeps its order: a Word file's
	// heading spaced by its style under an indented paragraph
	docx := &run{x: New(nil), lx: NewLexicon()}
	in := []*line{}
	for _, dl := range []doc.Line{body("Languages: English (native), Spanish (B2)", 11, true), head("Education"), body("BSc Economics", 11, false)} {
		in = append(in, &line{Line: dl, text: dl.Text, raw: dl.Text, runes: len([]rune(dl.Text))})
	}
	if got := docx.liftLabelHeadings(in); got[0].text != "Languages: English (native), Spanish (B2)" {
		t.Errorf("a DOCX's lines reordered: %q first", got[0].text)
	}
	r := &run{x: New(nil), lx: NewLexicon(), typeset: true}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ls []*line
			for _, dl := range tt.in {
				ls = append(ls, &line{Line: dl, text: dl.Text, raw: dl.Text, runes: len([]rune(dl.Text))})
			}
			var got []string
			for _, l := range r.liftLabelHeadings(r.joinSplitHeading(ls)) {
				got = append(got, l.text)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestSplitLabelColumnStems: a heading's stem ("工作", "学习") in a label
// column beside its first entry's dates heads its section once the
// document heads another section there by its full name; alone, or not
// beside dates, it stays the line's text.
func TestSplitLabelColumnStems(t *testing.T) {
	tests := []struct {
		name string
		in   []string // "\n" before a line: a blank line before it
		want []string
	}{
		{"stems beside dates, a full heading among them", []string{"柴某某  焊接技师", "\n工作    2016年4月—今    某重工机械有限公司    焊接班组长", "带12人焊接班组。",
			"\n学习    2002年9月—2005年7月    某技工学校  焊接加工", "\n证书    焊工（高级技师）  2019年"},
			[]string{"柴某某 焊接技师", "工作", "2016年4月—今 某重工机械有限公司 焊接班组长", "带12人焊接班组。", "学习", "2002年9月—2005年7月 某技工学校 焊接加工", "证书", "焊工（高级技师） 2019年"}},
		{"tabs part the label column", []string{"柴某某\t焊接技师", "\n工作\t2016年4月—今\t某重工机械有限公司", "\n证书\t焊工（高级技师）  2019年", "\n技能\t手工电弧焊、氩弧焊"},
			[]string{"柴某某 焊接技师", "工作", "2016年4月—今 某重工机械有限公司", "证书", "焊工（高级技师） 2019年", "技能", "手工电弧焊、氩弧焊"}},
		{"stems alone", []string{"柴某某  焊接技师", "\n工作    2016年4月—今    某重工机械有限公司", "\n学习    2002年9月—2005年7月    某技工学校"},
			[]string{"柴某某 焊接技师", "工作 2016年4月—今 某重工机械有限公司", "学习 2002年9月—2005年7月 某技工学校"}},
		{"a stem before no dates", []string{"柴某某  焊接技师", "\n工作    内容：焊接主梁", "\n证书    焊工（高级技师）  2019年", "\n技能    手工电弧焊、氩弧焊"},
			[]string{"柴某某 焊接技师", "工作 内容：焊接主梁", "证书", "焊工（高级技师） 2019年", "技能", "手工电弧焊、氩弧焊"}},
	}
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ls []*line
			for _, s := range tt.in {
				blank := strings.HasPrefix(s, "\n")
				s = strings.TrimPrefix(s, "\n")
				ls = append(ls, &line{Line: doc.Line{Text: s, Blank: blank}, text: strings.Join(strings.Fields(s), " "), raw: s, runes: len([]rune(s))})
			}
			var got []string
			for _, l := range r.splitLabelColumn(ls) {
				got = append(got, l.text)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestHeadingStem: the section a short Chinese word that begins its
// headings names (heading_stems.tsv).
func TestHeadingStem(t *testing.T) {
	lx := NewLexicon()
	for _, tt := range []struct {
		in   string
		want Kind
		ok   bool
	}{
		{"工作", kWork, true},
		{"学习", kEducation, true},
		{"學習", kEducation, true},
		{"个人", "", false}, // 个人信息, 个人技能, …: several sections
		{"课程", "", false}, // a course list of its own, though 课程设计 heads projects
		{"某", "", false},
		{"Work", "", false},
	} {
		if k, ok := lx.headingStem(tt.in); k != tt.want || ok != tt.ok {
			t.Errorf("headingStem(%q) = %q, %v, want %q, %v", tt.in, k, ok, tt.want, tt.ok)
		}
	}
}

// TestPairStarredLabels: a form's required fields are starred ("* 姓名"),
// and their labels pair with the values under them all the same.
func TestPairStarredLabels(t *testing.T) {
	mk := func(marker, s string) *line {
		return &line{Line: doc.Line{Text: s, Marker: marker}, text: s, raw: s, runes: len([]rune(s))}
	}
	r := &run{x: New(nil), lx: NewLexicon()}
	in := []*line{mk("*", "姓名"), mk("", "袁某某"), mk("", "政治面貌"), mk("", "共青团员"), mk("*", "手机号码"), mk("", "139 0000 5813"), mk("*", "熟练使用 Excel")}
	var got []string
	for _, l := range r.pairLabels(in) {
		got = append(got, l.Marker+"|"+l.text)
	}
	want := []string{"|姓名：袁某某", "|政治面貌：共青团员", "|手机号码：139 0000 5813", "*|熟练使用 Excel"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestDropContents: a run of short lines naming sections with nothing
// under them is a table of contents; an online form's numbered steps are
// one when half of them or more name sections.
func TestDropContents(t *testing.T) {
	mk := func(marker, s string) *line {
		return &line{Line: doc.Line{Text: s, Marker: marker}, text: s, raw: s, runes: len([]rune(s))}
	}
	head := func(s string) *line {
		return &line{Line: doc.Line{Text: s, Heading: 2, Blank: true}, text: s, raw: s, runes: len([]rune(s))}
	}
	tests := []struct {
		name string
		in   []*line
		want []string
	}{
		{"a table of contents", []*line{mk("", "Ana Lima"), mk("", "Experience"), mk("", "Education"), mk("", "Skills"), head("Experience")}, []string{"Ana Lima", "Experience"}},
		{"a form's steps", []*line{mk("", "禾某食品"), mk("①", "基本信息"), mk("②", "教育经历"), mk("③", "实践经历"), mk("④", "技能与奖项"), mk("⑤", "开放问题"), mk("⑥", "确认提交"), head("基本信息"), mk("", "姓名：袁某"), head("教育经历"), mk("", "某大学"), head("技能与奖项")},
			[]string{"禾某食品", "基本信息", "姓名：袁某", "教育经历", "某大学", "技能与奖项"}},
		{"a bulleted list of soft skills stays", []*line{mk("", "Skills"), mk("•", "Leadership"), mk("•", "Public speaking"), mk("•", "Volunteering"), mk("•", "Mentoring"), mk("•", "Photography")},
			[]string{"Skills", "Leadership", "Public speaking", "Volunteering", "Mentoring", "Photography"}},
		{"numbered headings with nothing under them stay", []*line{mk("", "王某"), mk("四、", "获奖情况"), mk("五、", "证书"), mk("六、", "自我评价"), mk("", "认真负责，善于沟通。")},
			[]string{"王某", "获奖情况", "证书", "自我评价", "认真负责，善于沟通。"}},
		{"steps that mostly name no section stay", []*line{mk("", "禾某食品"), mk("①", "基本信息"), mk("②", "填写问卷"), mk("③", "上传附件"), mk("④", "预约面试"), mk("⑤", "确认提交")},
			[]string{"禾某食品", "基本信息", "填写问卷", "上传附件", "预约面试", "确认提交"}},
	}
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range r.dropContents(tt.in) {
				got = append(got, l.text)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestBulletedCells: a table row whose every cell opens with a bullet is
// the list items it holds; a row with one plain cell, a rating, contact
// details or links stays a row.
func TestBulletedCells(t *testing.T) {
	row := func(cells ...string) *line {
		s := strings.Join(cells, " | ")
		return &line{Line: doc.Line{Text: s, Cells: cells}, text: s, raw: s, runes: len([]rune(s))}
	}
	var got []string
	linked := row("• [GitHub](https://github.com/example)", "• [Blog](https://blog.example.net)")
	linked.Links = []doc.Link{{Text: "GitHub", URL: "https://github.com/example"}}
	for _, l := range bulletedCells([]*line{row("– Clinical Dietetics", "– Public Health Nutrition"), row("• Medical Biochemistry", "", "• Counselling Skills"), row("– Python", "Go"),
		row("● ● ● ○", "● ● ○ ○"), row("• London", "• ana@example.com"), linked}) {
		got = append(got, fmt.Sprintf("%s|%s|%d", l.Marker, l.text, len(l.Cells)))
	}
	want := []string{"–|Clinical Dietetics|0", "–|Public Health Nutrition|0", "•|Medical Biochemistry|0", "•|Counselling Skills|0", "|– Python | Go|2",
		"|● ● ● ○ | ● ● ○ ○|2", "|• London | • ana@example.com|2", "|• [GitHub](https://github.com/example) | • [Blog](https://blog.example.net)|2"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestJoinHanTails: the last characters of a Chinese sentence that a hard
// wrap set alone join the line before; a title, a language, a heading,
// a line under a contact row, or any line of a text not wrapped at a width
// stays.
func TestJoinHanTails(t *testing.T) {
	mk := func(s string) *line { return &line{Line: doc.Line{Text: s}, text: s, raw: s, runes: len([]rune(s))} }
	// two more lines wrapped at the same width: a text wrapped by a tool
	w1, w2 := "负责品牌抖音自播间日播，每月开播约二十六场，单场时长四到六小", "时，平均在线人数从三百左右做到一千二百人以上，复盘每场数据。"
	tests := []struct {
		in, want []string
	}{
		{[]string{w1, w2, "参与选品会和排品，根据数据调整讲品顺序，退货率下降约8个百分", "点", "某某日用品商行 21年7月-22年9月"},
			[]string{w1, w2, "参与选品会和排品，根据数据调整讲品顺序，退货率下降约8个百分点", "某某日用品商行 21年7月-22年9月"}},
		{[]string{w1, w2, "三年服装直播经验，能控场、会讲品，单场最长连播六小时不掉状", "态。"}, []string{w1, w2, "三年服装直播经验，能控场、会讲品，单场最长连播六小时不掉状态。"}},
		// a title, a language, a heading under a wrapped line stay
		{[]string{w1, w2, "参与选品会和排品，根据数据调整讲品顺序，退货率下降约8个百分", "主管"}, []string{w1, w2, "参与选品会和排品，根据数据调整讲品顺序，退货率下降约8个百分", "主管"}},
		{[]string{w1, w2, "参与选品会和排品，根据数据调整讲品顺序，退货率下降约8个百分", "英语"}, []string{w1, w2, "参与选品会和排品，根据数据调整讲品顺序，退货率下降约8个百分", "英语"}},
		{[]string{w1, w2, "参与选品会和排品，根据数据调整讲品顺序，退货率下降约8个百分", "技能"}, []string{w1, w2, "参与选品会和排品，根据数据调整讲品顺序，退货率下降约8个百分", "技能"}},
		// a contact row; a text not wrapped at a width (each paragraph a line)
		{[]string{w1, w2, "135 0000 7788 | huang@example.com | 上海", "微博"}, []string{w1, w2, "135 0000 7788 | huang@example.com | 上海", "微博"}},
		{[]string{"负责接口开发，优化慢查询使接口响应时间下降约百分之四十", "某职"}, []string{"负责接口开发，优化慢查询使接口响应时间下降约百分之四十", "某职"}},
	}
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range tests {
		var ls []*line
		for _, s := range tt.in {
			ls = append(ls, mk(s))
		}
		var got []string
		for _, l := range r.joinHanTails(ls) {
			got = append(got, l.text)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("(-want +got):\n%s", d)
		}
	}
}

func TestSplitRunInHeadings(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"a document that runs its headings in", []string{
			"Ana Lima", "About. I photograph weddings around Bath.", "Work. Harbour Studio, Bath — Owner, since 2019",
			"Education. Severn College of Art — BA (Hons) Photography, 2015", "Featured in. “Barn weddings”, Bride magazine, 2022",
		}, []string{
			"Ana Lima", "About", "I photograph weddings around Bath.", "Work", "Harbour Studio, Bath — Owner, since 2019",
			"Education", "Severn College of Art — BA (Hons) Photography, 2015", "Featured in", "“Barn weddings”, Bride magazine, 2022",
		}},
		{"one sentence that starts with a section's name is no heading", []string{
			"Ana Lima", "Education. It matters to me.", "Work. Harbour Studio, Bath",
		}, []string{"Ana Lima", "Education. It matters to me.", "Work. Harbour Studio, Bath"}},
		{"a heading's dotted leader is no text run in", []string{
			"PUBLICATIONS . . . . . . . .", "LANGUAGES . . . . . .", "AWARDS . . . . . . .", "English",
		}, []string{"PUBLICATIONS . . . . . . . .", "LANGUAGES . . . . . .", "AWARDS . . . . . . .", "English"}},
		{"a document with headings of its own: lead words inside a job are its text", []string{
			"Ana Lima", "Experience", "Head of Nursing, St Anne's Hospital   2018 - present", "Leadership. Led a ward of 40 nurses.",
			"Training. Ran the preceptor scheme.", "Outreach. Visited schools.",
		}, []string{"Ana Lima", "Experience", "Head of Nursing, St Anne's Hospital   2018 - present", "Leadership. Led a ward of 40 nurses.",
			"Training. Ran the preceptor scheme.", "Outreach. Visited schools."}},
		{"a heading on a line of its own, however long its dress", []string{
			"Profile. Designer of books.", "Work. Harbour Studio, Bath — Owner, since 2019.", "Education. Severn College of Art, 2008.",
			"============================ SKILLS ============================", "Go",
		}, []string{"Profile. Designer of books.", "Work. Harbour Studio, Bath — Owner, since 2019.", "Education. Severn College of Art, 2008.",
			"============================ SKILLS ============================", "Go"}},
		{"a word that names no section", []string{
			"Note. One.", "Aside. Two.", "Also. Three.",
		}, []string{"Note. One.", "Aside. Two.", "Also. Three."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, lineTexts(r.splitRunInHeadings(textLines(tt.in)))); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestGroupGridShortLines: lines with no fields start no grid, whatever
// their spans (a document built by a caller, not an adapter).
func TestGroupGridShortLines(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon(), typeset: true}
	for _, first := range []doc.Line{{Text: "", Spans: []doc.Span{}, Size: 12}, {Text: ""}, {Text: "Tools", Size: 12, Spans: []doc.Span{{Text: "Tools"}}}} {
		ls := []*line{{Line: first, text: first.Text, raw: first.Text}, {Line: doc.Line{Text: "Go"}, text: "Go", raw: "Go"}, {Line: doc.Line{Text: "Rust"}, text: "Rust", raw: "Rust"}}
		if g, n := r.groupGrid(ls); n != 0 || g != nil {
			t.Errorf("groupGrid(%q …) = %v, %d; want no grid", first.Text, g, n)
		}
	}
}

// textLines makes plain lines of texts, as a pass receives them.
func textLines(texts []string) []*line {
	var ls []*line
	for _, s := range texts {
		ls = append(ls, &line{Line: doc.Line{Text: s}, text: s, raw: s, runes: len([]rune(s))})
	}
	return ls
}

// lineTexts is the text of each line a pass returned.
func lineTexts(ls []*line) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.text)
	}
	return out
}

// TestRuleLine: the rules text draws under a heading or between parts,
// in any of the marks reStructuredText underlines with.
func TestRuleLine(t *testing.T) {
	for s, want := range map[string]bool{
		"==========": true, "----": true, "~~~~~~": true, "^^^^^^^^^": true, "++++": true, `""""`: true, "''''": true,
		"＿＿＿": true, "==": false, "^^-^^": false, "Go ^^^": false, "": false,
	} {
		if got := ruleLine(s); got != want {
			t.Errorf("ruleLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDuration: a length of time beside the dates, and a year that is none.
func TestDuration(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"3年5个月", true}, {"共2年", true}, {"1.52年", true}, {"2 yrs 3 mos", true}, {"6 weeks", true},
		{"2017年", false}, {"2017", false}, {"2019年度", false},
	} {
		if got := duration.MatchString(c.in); got != c.want {
			t.Errorf("duration(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestPairDateColumn(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	p := func(s string) *line { return &line{Line: doc.Line{Text: s}, text: s, raw: s} }
	gap := func(s string) *line { l := p(s); l.Blank = true; return l }
	tests := []struct {
		name string
		in   []*line
		want []string
	}{
		{"dates under a heading, then as many rows", []*line{p("Education"), p("2014"), p("2009"), gap("MSc Marine Biology — Avon University"), p("BSc Zoology — Tolka College"), gap("Skills")},
			[]string{"Education", "2014  MSc Marine Biology — Avon University", "2009  BSc Zoology — Tolka College", "Skills"}},
		{"dates under a heading at the end", []*line{p("Awards"), p("2022"), p("2016"), gap("Best Sail, Napier Regatta"), p("Second place, Nelson Open")},
			[]string{"Awards", "2022  Best Sail, Napier Regatta", "2016  Second place, Nelson Open"}},
		{"fewer rows than dates", []*line{p("Education"), p("2014"), p("2009"), gap("MSc Marine Biology — Avon University"), gap("Skills")},
			[]string{"Education", "2014", "2009", "MSc Marine Biology — Avon University", "Skills"}},
		{"dates under a line that is no heading", []*line{p("Rigger, Kestrel Lofts Ltd"), p("2014"), p("2009"), gap("MSc Marine Biology — Avon University"), p("BSc Zoology — Tolka College")},
			[]string{"Rigger, Kestrel Lofts Ltd", "2014", "2009", "MSc Marine Biology — Avon University", "BSc Zoology — Tolka College"}},
		{"a row's text among the rows", []*line{p("Awards"), p("2022"), p("2019"), gap("Best Sail, Napier Regatta"), p("Awarded by the regatta's committee")},
			[]string{"Awards", "2022", "2019", "Best Sail, Napier Regatta", "Awarded by the regatta's committee"}},
		{"rows that hold dates of their own", []*line{p("Education"), p("2014"), p("2009"), gap("MSc — Avon University, 2012"), p("BSc — Tolka College, 2008")},
			[]string{"Education", "2014", "2009", "MSc — Avon University, 2012", "BSc — Tolka College, 2008"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, lineTexts(r.pairDateColumn(tt.in))); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestDropDoubled(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"a page that says its lines twice", []string{"Kestrel Lofts", "Kestrel Lofts", "Contract · 2 yrs", "Contract · 2 yrs", "Rigger", "Rigger", "Ran the loft."},
			[]string{"Kestrel Lofts", "Contract · 2 yrs", "Rigger", "Ran the loft."}},
		{"one pair is a slip", []string{"Kestrel Lofts", "Kestrel Lofts", "Rigger", "Ran the loft."},
			[]string{"Kestrel Lofts", "Kestrel Lofts", "Rigger", "Ran the loft."}},
		{"a line said three times", []string{"Rigger", "Rigger", "Rigger", "Sailmaker", "Sailmaker"},
			[]string{"Rigger", "Rigger", "Sailmaker"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, lineTexts(dropDoubled(textLines(tt.in)))); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestPinyinHeadings: Chinese lines spelled in pinyin under them are
// headings, from the first that names a known section (a name spelled
// under it at the top stays the name); their spellings are dropped.
func TestPinyinHeadings(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	in := textLines([]string{"林可", "LIN KE", "工作经历", "GONGZUO JINGLI", "某某博物馆  2014年7月—至今", "驻外工作经历", "ZHUWAI GONGZUO JINGLI", "2018年  某某研修班"})
	var got []string
	for _, l := range r.pinyinHeadings(in) {
		got = append(got, fmt.Sprintf("%s/%d", l.text, l.Heading))
	}
	want := []string{"林可/0", "LIN KE/0", "工作经历/2", "某某博物馆  2014年7月—至今/0", "驻外工作经历/2", "2018年  某某研修班/0"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	// a brand's name and a referee's spelled under them are no headings
	in = textLines([]string{"工作经历", "GONGZUO JINGLI", "小米", "XIAOMI", "2019.07—至今  产品经理", "青禾茶饮", "QINGHE CHAYIN", "2016.03—2019.06  店长", "推荐人", "TUIJIANREN", "王建国", "WANG JIANGUO", "138 0000 1234"})
	got = nil
	for _, l := range r.pinyinHeadings(in) {
		got = append(got, fmt.Sprintf("%s/%d", l.text, l.Heading))
	}
	want = []string{"工作经历/2", "小米/0", "XIAOMI/0", "2019.07—至今  产品经理/0", "青禾茶饮/0", "QINGHE CHAYIN/0", "2016.03—2019.06  店长/0", "推荐人/2", "王建国/0", "WANG JIANGUO/0", "138 0000 1234/0"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("brand and referee (-want +got):\n%s", d)
	}
	// one spelled heading is no style of the document's
	if out := r.pinyinHeadings(textLines([]string{"工作经历", "GONGZUO JINGLI", "某某博物馆"})); len(out) != 3 {
		t.Errorf("one spelled heading: %d lines, want 3", len(out))
	}
	for _, tt := range []struct {
		s    string
		n    int
		want bool
	}{
		{"GONGZUO JINGLI", 4, true},
		{"gongzuojingli", 4, true},
		{"XIAN", 1, true},
		{"XIAN", 2, true},
		{"ZAIZHI JINXIU", 4, true},
		{"PEIXUN YU JINXIU", 5, true},
		{"WORK EXPERIENCE", 4, false},
		{"GONGZUO JINGLI", 3, false},
		{"LÜSHI", 2, true},
	} {
		if got := r.lx.spells(tt.s, tt.n); got != tt.want {
			t.Errorf("spells(%q, %d) = %v, want %v", tt.s, tt.n, got, tt.want)
		}
	}
}

// TestTextBetweenRows: a line of text between two rows of a table of
// entries is the row's text and the table goes on under it; a section's
// name in any dress, or a row of labels below, ends the table, and the rows
// after it get no labels from its column headings.
func TestTextBetweenRows(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	row := func(cells ...string) *line {
		s := strings.Join(cells, " | ")
		return &line{Line: doc.Line{Text: s, Cells: cells}, text: s, raw: s, runes: len([]rune(s))}
	}
	p := func(s string) *line { return &line{Line: doc.Line{Text: s}, text: s, raw: s, runes: len([]rune(s))} }
	b := func(s string) *line { l := p(s); l.Bold = true; return l }
	head := row("When", "Employer", "Role", "What I did")
	head.HeadRow = true
	for _, tt := range []struct {
		name    string
		between *line
		next    *line
		labels  bool // the row under the line is read by the headings
	}{
		{"the row's text", p("Ran a crew of four on sheep stations."), row("2015 – 2019", "Kowhai Fencing Ltd", "Fencer", "Post-and-rail."), true},
		{"a bold name", b("Where I trained"), row("2011 – 2014", "Avonmere University", "BSc Geography", "2:1"), false},
		{"a known section's name", p("Education"), row("2011 – 2014", "Avonmere University", "BSc Geography", "2:1"), false},
		{"a name in capitals", p("LATER STUDY"), row("2016 – 2017", "Avonmere University", "MSc Hydrology", "Merit"), false},
		{"a short Chinese name", p("进修经历"), row("2016 – 2017", "某某大学", "研修班", "结业"), false},
		{"a row of labels below", p("Details the agency asked for, as written on the form"), row("籍贯", "湖南湘潭", "民族", "汉"), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := r.readTableRows([]*line{head, row("2019 – 2022", "Rata Contracting", "Foreman", "Fixed fences."), tt.between, tt.next})
			last := out[len(out)-1].text
			if got := strings.Contains(last, r.columnLabel("Employer")+"："); got != tt.labels {
				t.Errorf("row under %q read as %q: labelled %v, want %v", tt.between.text, last, got, tt.labels)
			}
		})
	}
}
