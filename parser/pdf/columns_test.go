package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rowOf builds a row at baseline y of pieces [x0, x1] in 10 pt type.
func rowOf(y float64, xs ...[2]float64) *row {
	r := &row{y: y, size: 10}
	for _, x := range xs {
		g := &glyph{text: "x", x0: x[0], x1: x[1], y: y, size: 10}
		r.pieces = append(r.pieces, piece{gl: []*glyph{g}, x0: x[0], x1: x[1]})
		r.gl = append(r.gl, g)
	}
	return r
}

func TestColumnar(t *testing.T) {
	// Europass: labels set flush right against x = 150, values from 160
	var labels []*row
	for i, x0 := range []float64{120, 60, 90, 70, 130, 100} {
		y := 700 - 24*float64(i)
		labels = append(labels, rowOf(y, [2]float64{x0, 150}, [2]float64{160, 400}), rowOf(y-12, [2]float64{160, 380}))
	}
	labels = append(labels, rowOf(400, [2]float64{95, 150}), rowOf(388, [2]float64{110, 150}))
	// a sidebar: set flush left at x = 40, ragged right, beside the main
	// column
	var sidebar []*row
	for i, x1 := range []float64{120, 90, 140, 100, 130, 110} {
		y := 700 - 12*float64(i)
		sidebar = append(sidebar, rowOf(y, [2]float64{40, x1}))
		sidebar = append(sidebar, rowOf(y-6, [2]float64{180, 440 + 10*float64(i)})) // ragged right
	}
	// headings set flush right on rows of their own, above their text
	var flushRight []*row
	for i := 0; i < 4; i++ {
		y := 700 - 36*float64(i)
		flushRight = append(flushRight, rowOf(y, [2]float64{480, 520}), rowOf(y-12, [2]float64{40, 300}), rowOf(y-24, [2]float64{40, 280}))
	}
	tests := []struct {
		name string
		band []*row
		want bool
	}{
		{"label column reads across", labels, false},
		{"sidebar is a column", sidebar, true},
		{"headings flush right are no column", flushRight, false},
	}
	for _, tt := range tests {
		if got := columnar(tt.band, 155); got != tt.want {
			t.Errorf("%s: columnar = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestFullWidthTail: rows after the last wide gap of a band that keep to
// the left of the gutter, or hold only a date set flush right past the
// right column's edge, are the full-width text that follows the columns.
func TestFullWidthTail(t *testing.T) {
	var cols []*row
	for i := 0; i < 6; i++ {
		y := 700 - 12*float64(i)
		cols = append(cols, rowOf(y, [2]float64{40, 250}, [2]float64{300, 520}))
	}
	tail := func(right [2]float64) []*row {
		return []*row{rowOf(600, [2]float64{40, 120}), rowOf(588, [2]float64{40, 200}, right), rowOf(576, [2]float64{40, 180})}
	}
	year := func(rs []*row) []*row { // the flush-right piece holds a year
		rs[1].pieces[1].gl[0].text = "01/2022 – 11/2022"
		return rs
	}
	tests := []struct {
		name string
		band []*row
		want int
	}{
		{"a heading and an entry with dates flush right after a gap", append(append([]*row{}, cols...), year(tail([2]float64{450, 560}))...), 6},
		{"text at the right column's edge belongs to the columns", append(append([]*row{}, cols...), year(tail([2]float64{300, 400}))...), 0},
		{"no date: no full-width entry", append(append([]*row{}, cols...), tail([2]float64{450, 560})...), 0},
		{"no gap", cols, 0},
	}
	for _, tt := range tests {
		if got := fullWidthTail(tt.band, 275); got != tt.want {
			t.Errorf("%s: fullWidthTail = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// textRow builds a row at baseline y in type of the given size from
// pieces that start at x: one glyph a character, half an em wide, words
// set apart by a third of an em.
func textRow(y, size float64, pieces ...textPiece) *row {
	r := &row{y: y, size: size}
	for _, tp := range pieces {
		x := tp.x
		p := piece{x0: x}
		space := false
		for _, c := range tp.text {
			if c == ' ' {
				x += size / 3
				space = true
				continue
			}
			w := size / 2
			if isCJK(c) {
				w = size
			}
			g := &glyph{text: string(c), x0: x, x1: x + w, y: y, size: size}
			if space {
				g.spaceBefore = 1
			}
			space = false
			x += w
			p.gl = append(p.gl, g)
			r.gl = append(r.gl, g)
		}
		p.x1 = x
		r.pieces = append(r.pieces, p)
	}
	return r
}

type textPiece struct {
	x    float64
	text string
}

// TestColumnarGrid: a page laid out as a table, labels, dates and
// headings in a narrow left column beside their text (LibreOffice's PDF
// of a Word table), reads across its rows, however densely the labels
// follow each other; a sidebar whose baselines meet the main column's is
// read column by column when reading across would cut the paragraphs of
// both columns.
func TestColumnarGrid(t *testing.T) {
	tp := func(x float64, s string) textPiece { return textPiece{x, s} }
	label := []*row{
		textRow(746.4, 10, tp(58, "Phone"), tp(182, "(555) 014-7789")),
		textRow(731.9, 10, tp(58, "Location"), tp(182, "Austin, Texas")),
		textRow(717.4, 10, tp(58, "LinkedIn"), tp(182, "linkedin.com/in/someone")),
		textRow(692.6, 12, tp(67, "Summary")),
		textRow(673.1, 10, tp(182, "Computer science senior graduating in May, looking for")),
		textRow(661.6, 10, tp(182, "a full-time backend or infrastructure role with two")),
		textRow(650.1, 10, tp(182, "internships.")),
		textRow(610.4, 12, tp(67, "Experience")),
		textRow(590.9, 10, tp(59, "05/2024 - 08/2024"), tp(182, "Ridgeline Software | Intern")),
	}
	// sidebar 34-190, main from 207; baselines shared; a paragraph of
	// each side wraps onto a row where the other side has text
	sidebar := []*row{
		textRow(696.0, 13, tp(34, "专业技能"), tp(207, "个人简介")),
		textRow(677.4, 9.5, tp(34, "数据分析："), tp(207, "三年互联网数据分析经验，熟悉用户增长与实验分析，能独立搭建指标体系和数")),
		textRow(661.6, 9.5, tp(34, "SQL、Python、Pandas"), tp(207, "据看板。")),
		textRow(644.8, 9.5, tp(34, "可视化：Tableau")),
		textRow(623.4, 13, tp(207, "工作经历")),
		textRow(605.1, 9.5, tp(34, "资格证书"), tp(207, "成都锦程网络科技有限公司")),
		textRow(588.1, 9.5, tp(34, "• 数据分析师二级证书，数据科学研究"), tp(207, "数据分析师")),
		textRow(571.8, 9.5, tp(43.5, "院颁发"), tp(207, "负责社区产品的用户增长分析。")),
	}
	// a table whose widest cell gap is at 276, with the text above and
	// below it, which stops short of the gap
	table := []*row{
		textRow(726, 10.5, tp(57, "with the team.")),
		textRow(702, 11, tp(57, "EDUCATION")),
		textRow(684, 10, tp(57, "Degree"), tp(170, "Board / University"), tp(284, "Institute"), tp(414, "Year"), tp(454, "Score /")),
		textRow(670.8, 10, tp(454, "CGPA")),
		textRow(657, 10, tp(57, "B.Tech. (Civil"), tp(170, "Coastal State"), tp(284, "Harbourview Institute of"), tp(414, "2019"), tp(454, "7.90 CGPA")),
		textRow(643.8, 10, tp(57, "Engineering)"), tp(170, "University"), tp(284, "Engineering, Kochi")),
		textRow(630, 10, tp(57, "HSC"), tp(170, "State Board"), tp(284, "Lakeside College"), tp(414, "2015"), tp(454, "88.2%")),
		textRow(616.2, 10, tp(57, "SSC"), tp(170, "State Board"), tp(284, "Riverside School,"), tp(414, "2013"), tp(454, "90.4%")),
		textRow(603, 10, tp(284, "Kochi")),
		textRow(578, 11, tp(57, "EXPERIENCE")),
		textRow(560, 10.5, tp(57, "Meridian Infra, Kochi")),
		textRow(546.1, 10.5, tp(57, "Role: Site Engineer")),
		textRow(532.2, 10.5, tp(57, "Responsibilities:")),
	}
	// two columns of entries at the foot of a page: their baselines
	// meet at first, then part; the right one runs on below the left
	foot := []*row{
		textRow(211, 11, tp(44, "PUBLICATIONS"), tp(312, "AWARDS")),
		textRow(195, 10, tp(44, "Gradient Boosting for Triage"), tp(312, "Impact Award")),
		textRow(184, 9, tp(44, "Journal of Clinical Analytics"), tp(312, "Harbor Health Labs")),
		textRow(173, 9, tp(44, "Quarterly Review, 2023")),
		textRow(167, 10, tp(312, "Best Poster, Stats Day")),
		textRow(156, 10, tp(44, "A Guide to Uplift Models"), tp(312, "Statistical Society")),
		textRow(145, 9, tp(44, "Data Quarterly, 2021")),
		textRow(135, 10, tp(312, "Languages: English, Tamil")),
		textRow(124, 10, tp(312, "Hindi")),
	}
	// a grid of labels, then a timeline table: each entry's dates and
	// place in a narrow column
	// beside it, starting on the entry's first baseline and ending
	// before the entry does; the entry's text indented under its title
	stamps := []*row{
		textRow(588, 12, tp(61, "Full Name"), tp(208, "Ines M. Farrow")),
		textRow(562.5, 12, tp(61, "Email"), tp(208, "ifarrow@example.org")),
		textRow(536.3, 12, tp(61, "Location"), tp(208, "Plymouth, UK")),
		textRow(510, 12, tp(61, "Languages"), tp(208, "English, French")),
		textRow(442.5, 16.5, tp(55, "Education")),
		textRow(406.5, 9, tp(83, "2015-2020"), tp(172, "PhD")),
		textRow(387, 12, tp(80, "Leeds, UK"), tp(172, "Northfield Institute of Science")),
		textRow(364.5, 12, tp(185, "Marine ecology (modelling track)")),
		textRow(345.8, 12, tp(185, "Thesis: Kelp forest recovery after heatwaves")),
		textRow(326.3, 12, tp(185, "Advisor: Dr. Ines Moreau")),
		textRow(288.8, 9, tp(83, "2011-2015"), tp(172, "B.Sc.")),
		textRow(269.3, 12, tp(79, "Cork, IE"), tp(172, "Shannon Valley University")),
		textRow(246.8, 12, tp(185, "Biology, First Class Honours")),
		textRow(171.8, 16.5, tp(55, "Experience")),
		textRow(135.8, 12, tp(78, "2020-present"), tp(172, "Research Fellow")),
		textRow(116.5, 12, tp(79, "Plymouth, UK"), tp(172, "Coastal Systems Laboratory")),
		textRow(94.5, 12, tp(185, "Building population models of kelp and urchin dynamics from")),
		textRow(75, 12, tp(185, "diver surveys")),
	}
	tests := []struct {
		name string
		band []*row
		cx   float64
		want bool
	}{
		{"labels, dates and headings beside their text read across", label, 170, false},
		{"a timeline of dates and places beside their entries reads across", stamps, 154.3, false},
		{"a sidebar on the main column's baselines is a column", sidebar, 198, true},
		{"a table's cell gap is no gutter", table, 276, false},
		{"columns whose baselines part are columns", foot, 270, true},
	}
	for _, tt := range tests {
		if got := columnar(tt.band, tt.cx); got != tt.want {
			t.Errorf("%s: columnar = %v, want %v", tt.name, got, tt.want)
		}
	}
	// what makes the timeline one: its stamps are one piece a row, and
	// each block starts on an entry's first baseline
	cells := []*row{
		textRow(700, 9, tp(40, "2024.03-"), tp(80, "Drone"), tp(200, "STM32, FreeRTOS, a PID loop tuned by hand")),
		textRow(688, 9, tp(40, "2024.06"), tp(200, "Attitude estimation on a custom board")),
		textRow(670, 9, tp(40, "2023.10-"), tp(80, "Garden"), tp(200, "ESP32, MQTT, a small web dashboard")),
		textRow(658, 9, tp(40, "2023.12"), tp(200, "Sixty days of unattended running")),
	}
	// a form's table: a label cell and a date cell, the date wrapped, the
	// entries beside them
	form := []*row{
		textRow(581.1, 10.5, tp(98, "期望薪资"), tp(156, "面议")),
		textRow(563.7, 10.5, tp(108, "教育"), tp(159, "2009年9月-2013"), tp(252, "西岭理工大学 会计学专业 本科")),
		textRow(546.3, 10.5, tp(108, "经历"), tp(183, "年7月")),
		textRow(528.9, 10.5, tp(159, "2016年3月-2018"), tp(252, "东川开放大学 工商管理专业 本科")),
		textRow(511.6, 10.5, tp(183, "年7月")),
		textRow(494.2, 10.5, tp(108, "工作"), tp(159, "2018年4月-至今"), tp(252, "北岭建材有限公司 财务主管")),
		textRow(476.8, 10.5, tp(108, "经历"), tp(252, "1、负责下属四家子公司的总账、合并报表及月度经营分析")),
		textRow(459.5, 10.5, tp(252, "2、牵头财务系统升级，月结时间由八天缩短到四天")),
		textRow(442.1, 10.5, tp(159, "2013年7月-2018"), tp(252, "南岸物流有限公司 总账会计")),
		textRow(424.8, 10.5, tp(183, "年3月"), tp(252, "负责凭证审核与纳税申报")),
	}
	// a Word table of 时间 | 内容 rows: a heading on its row right over
	// its first stamp, stamps under wrapped entries at line spacing, a
	// label spaced out to the cell's width
	headed := []*row{
		textRow(700, 12, tp(40, "竞赛获奖")),
		textRow(686, 10, tp(41, "2023.11"), tp(190, "中国研究生数学建模竞赛 二等奖")),
		textRow(673, 10, tp(41, "2021.11"), tp(190, "ICPC 亚洲区域赛（沈阳")),
		textRow(660, 10, tp(190, "站） 铜牌")),
		textRow(647, 10, tp(41, "2020.12"), tp(190, "全国大学生数学建模竞赛 一等奖")),
		textRow(620, 12, tp(40, "技能与证书")),
		textRow(606, 10, tp(41, "编程语言"), tp(190, "Python、C++、SQL")),
		textRow(593, 10, tp(41, "证"), tp(70, "书"), tp(190, "CET-6")),
	}
	// what makes each reading across: the rule, the band, the gutter
	for _, tt := range []struct {
		rule string
		fn   func([]*row, float64) bool
		name string
		band []*row
		cx   float64
		want bool
	}{
		{"datedRows", datedRows, "a form's dated rows", form, 242.6, true},
		{"datedRows", datedRows, "dates and places beside their entries", stamps, 154.3, false},
		{"datedRows", datedRows, "a sidebar beside a main column", sidebar, 198, false},
		{"timeline", timeline, "dates and places beside their entries", stamps, 154.3, true},
		{"timeline", timeline, "table cells of several pieces", cells, 195, false},
		{"timeline", timeline, "headings right over their stamps, a spaced-out label", headed, 150, true},
		{"timeline", timeline, "a sidebar's blocks beside the middle of paragraphs", sidebar, 198, false},
	} {
		if got := tt.fn(tt.band, tt.cx); got != tt.want {
			t.Errorf("%s: %s = %v, want %v", tt.name, tt.rule, got, tt.want)
		}
	}
}

// TestFormTableReadAcross: a Word form's table exported to PDF (a dev file
// of a blind set) keeps each dated row with the entry beside it.
func TestFormTableReadAcross(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "blind", "zh-freeform-4", "zh_liu_jianhua.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, l := range d.Lines {
		text = append(text, strings.Join(strings.Fields(l.Text), " "))
	}
	for _, want := range []string{"2007 年 9 月-2011 燕赵财经大学", "2019 年 4 月-至今 石家庄正阳建材集团有限公司"} {
		found := false
		for _, l := range text {
			found = found || strings.Contains(l, want)
		}
		if !found {
			t.Errorf("no line holds %q:\n%s", want, strings.Join(text, "\n"))
		}
	}
}

// TestRuledTable: a band drawn with borders (a vertical rule in the gap,
// rules across it between rows) reads across; a sidebar's divider alone,
// or rules under the main column only, make no table.
func TestRuledTable(t *testing.T) {
	band := func(rules []rect) []*row {
		var rs []*row
		for i := 0; i < 6; i++ {
			y := 700 - 20*float64(i)
			r := rowOf(y, [2]float64{50, 120}, [2]float64{140, 400})
			r.rules = rules
			rs = append(rs, r)
		}
		return rs
	}
	var across []rect
	for i := 0; i < 5; i++ {
		y := 695 - 20*float64(i)
		across = append(across, rect{45, y, 555, y})
	}
	divider := []rect{{130, 590, 130, 712}}
	cells := []rect{{130, 650, 130, 712}, {130, 590, 130, 649}} // drawn cell by cell
	under := []rect{{140, 695, 555, 695}, {140, 675, 555, 675}}
	tests := []struct {
		name  string
		rules []rect
		want  bool
	}{
		{"borders between and across", append(append([]rect{}, divider...), across...), true},
		{"a border drawn cell by cell", append(append([]rect{}, cells...), across...), true},
		{"a sidebar's divider", divider, false},
		{"rules under the main column", append(append([]rect{}, divider...), under...), false},
		{"no rules", nil, false},
	}
	for _, tt := range tests {
		if got := ruledTable(band(tt.rules), 120, 140); got != tt.want {
			t.Errorf("%s: ruledTable = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestJoinCenteredCells: a table row whose cells wrap onto a second line
// around cells centred between the two reads as one row; two columns
// whose lines happen to meet, or a middle line off the midpoint, do not.
func TestJoinCenteredCells(t *testing.T) {
	word := func(s string, x, y float64) []glyph {
		var gs []glyph
		for _, r := range s {
			w := 5.5
			if isCJK(r) {
				w = 11
			}
			gs = append(gs, glyph{text: string(r), x0: x, x1: x + w, y: y, size: 11})
			x += w
		}
		return gs
	}
	cat := func(ws ...[]glyph) []glyph {
		var out []glyph
		for _, w := range ws {
			out = append(out, w...)
		}
		return out
	}
	tests := []struct {
		name string
		gl   []glyph
		want []string
	}{
		{"a table row", cat(word("东湖师范学院", 220, 582.9), word("应用物理", 383, 582.9), word("硕士研究生（专业", 446, 582.9),
			word("2011.9-2014.6", 72, 575.5), word("学院", 248, 568.2), word("（物理）", 383, 568.2), word("硕士）", 470, 568.2)),
			[]string{"2011.9-2014.6  东湖师范学院学院  应用物理（物理）  硕士研究生（专业硕士）"}},
		{"a middle line off the midpoint", cat(word("东湖师范学院", 220, 582.9), word("应用物理", 383, 582.9),
			word("2011.9-2014.6", 72, 578), word("学院", 248, 568.2), word("（物理）", 383, 568.2)),
			[]string{"东湖师范学院  应用物理", "2011.9-2014.6", "学院  （物理）"}},
		{"a glyph raised a little in an upper cell stays in its word", cat(word("Phy", 220, 582.9), word("s", 236.5, 583.2), word("ics Dept", 242, 582.9), word("应用物理", 383, 582.9),
			word("2011.9-2014.6", 72, 575.5), word("Lab", 230, 568.2), word("（物理）", 383, 568.2)),
			[]string{"2011.9-2014.6  Physics Dept Lab  应用物理（物理）"}},
		{"two lower pieces under one upper cell", cat(word("东湖师范学院理学", 220, 582.9), word("应用物理", 400, 582.9),
			word("2011.9-2014.6", 72, 575.5), word("学院", 230, 568.2), word("范类", 300, 568.2)),
			[]string{"东湖师范学院理学  应用物理", "2011.9-2014.6", "学院  范类"}},
		{"a row of cells in three lines beside cells in two, centred", cat(word("Field", 150, 433.9), word("Rock River", 250, 433.9), word("Sampled 22 sites bi-", 380, 433.9),
			word("Summer", 72, 425.7),
			word("Technician", 150, 417.4), word("Watershed,", 250, 417.4), word("weekly for nitrate", 380, 417.4),
			word("2024", 72, 409.2),
			word("Intern", 150, 400.9), word("Beloit, WI", 250, 400.9), word("in Survey123", 380, 400.9)),
			[]string{"Summer 2024  Field Technician Intern  Rock River Watershed, Beloit, WI  Sampled 22 sites bi-weekly for nitrate in Survey123"}},
		{"interleaved lines whose pieces share a column: a column's lines", cat(word("Field", 150, 433.9), word("Rock River", 250, 433.9),
			word("Summer", 72, 425.7), word("xx", 255, 425.7),
			word("Technician", 150, 417.4), word("Watershed,", 250, 417.4),
			word("2024", 72, 409.2),
			word("Intern", 150, 400.9), word("Beloit, WI", 250, 400.9)),
			[]string{"Field  Rock River", "Summer  xx", "Technician  Watershed,", "2024", "Intern  Beloit, WI"}},
		{"two texts printed over each other on one baseline", cat(word("Senior Product Manager", 27.75, 456), word("Hengshi Software", 33, 456)),
			[]string{"Senior Product Manager", "Hengshi Software"}},
		{"a text printed again over itself, a little off: a shadow", cat(word("Contact Shanghai", 30, 500), word("Contact Shanghai", 30.4, 500.6)),
			[]string{"Contact Shanghai"}},
		{"a glyph measured wide runs a little into the next: no overprint", cat(word("2014年7", 72, 351), []glyph{{text: "—", x0: 108.5, x1: 125, y: 351, size: 11}}, word("月2018年7月", 116.9, 351)),
			[]string{"2014年7—月2018年7月"}},
		{"a sidebar's label/value lines beside a two-line paragraph, baselines half a line apart: two columns, no table row", cat(
			word("CONTACT", 30, 724), word("PROFILE", 200, 717),
			word("Phone", 30, 700), word("555 0100", 80, 700),
			word("Designer with seven years of work", 200, 693),
			word("Email", 30, 686), word("ana@x.io", 80, 686),
			word("in print and on the web for you.", 200, 679),
			word("Web", 30, 672), word("ana.io", 80, 672),
			word("EXPERIENCE", 200, 655), word("SKILLS", 30, 648)),
			[]string{"CONTACT", "PROFILE", "Phone  555 0100", "Designer with seven years of work", "Email  ana@x.io",
				"in print and on the web for you.", "Web  ana.io", "EXPERIENCE", "SKILLS"}},
		{"two table rows of interleaved cells, one after the other", cat(
			word("Field", 150, 433.9), word("Rock River", 250, 433.9), word("Sampled sites", 380, 433.9),
			word("Summer", 72, 425.7),
			word("Technician", 150, 417.4), word("Watershed,", 250, 417.4), word("for nitrate", 380, 417.4),
			word("2024", 72, 409.2),
			word("Intern", 150, 400.9), word("Beloit, WI", 250, 400.9), word("in Survey123", 380, 400.9),
			word("Lakeview", 250, 381.4), word("Help students", 380, 381.4),
			word("Fall 2023 –", 72, 373.2), word("GIS Lab", 150, 373.2),
			word("University", 250, 364.9), word("in the lab", 380, 364.9),
			word("now", 72, 356.7), word("Assistant", 150, 356.7),
			word("Geography", 250, 348.4), word("with ArcGIS", 380, 348.4)),
			[]string{"Summer 2024  Field Technician Intern  Rock River Watershed, Beloit, WI  Sampled sites for nitrate in Survey123",
				"Fall 2023 – now  GIS Lab Assistant  Lakeview University Geography  Help students in the lab with ArcGIS"}},
		{"a shadow 0.2 em off: one row, not two", cat(word("Contact Shanghai", 30, 500), word("Contact Shanghai", 32.2, 498.8)),
			[]string{"Contact Shanghai"}},
		{"a sidebar's line and the main column's", cat(word("tom.becker@example.c", 30, 700), word("Designer with seven years", 200, 693), word("om", 30, 686)),
			[]string{"tom.becker@example.c", "Designer with seven years", "om"}},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range buildRows(tt.gl) {
			var ps []string
			for _, p := range r.pieces {
				s, _ := compose(p.gl)
				ps = append(ps, s)
			}
			got = append(got, strings.Join(ps, "  "))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: rows\n%s\nwant\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// TestShadowOneLetterWords: a line drawn again a little off (a shadow),
// its spaces drawn as glyphs, reads once, one-letter words and
// separators between spaces too.
func TestShadowOneLetterWords(t *testing.T) {
	word := func(s string, x, y float64) []glyph {
		var gs []glyph
		for _, r := range s {
			if r == ' ' {
				gs = append(gs, glyph{text: " ", x0: x, x1: x + 3, y: y, size: 11, space: true})
				x += 3
				continue
			}
			gs = append(gs, glyph{text: string(r), x0: x, x1: x + 5.5, y: y, size: 11})
			x += 5.5
		}
		return gs
	}
	for _, s := range []string{"I am a UX designer", "Designer · Berlin · 2019 – 2021"} {
		gl := append(word(s, 30, 500), word(s, 32.2, 498.8)...) // a shadow 0.2 em off
		var got []string
		for _, r := range buildRows(gl) {
			var ps []string
			for _, p := range r.pieces {
				t, _ := compose(p.gl)
				ps = append(ps, t)
			}
			got = append(got, strings.Join(ps, "  "))
		}
		if strings.Join(got, "\n") != s {
			t.Errorf("shadowed %q: rows %q", s, got)
		}
	}
}
