package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
)

func TestSpanRaw(t *testing.T) {
	b := doc.Style{Bold: true}
	tests := []struct {
		name   string
		text   string
		marker string
		spans  []doc.Span
		want   string
	}{
		{"style change between words", "Senior Engineer Acme Corp", "",
			[]doc.Span{{Text: "Senior Engineer", Style: b}, {Text: "Acme Corp"}}, "Senior Engineer  Acme Corp"},
		{"a separator already there", "Acme Corp | Senior Engineer", "",
			[]doc.Span{{Text: "Acme Corp", Style: b}, {Text: "| Senior Engineer"}}, "Acme Corp | Senior Engineer"},
		{"label and value", "Skills: Go, SQL", "",
			[]doc.Span{{Text: "Skills:", Style: b}, {Text: "Go, SQL"}}, "Skills: Go, SQL"},
		{"boxes", "Go C++ SQL", "",
			[]doc.Span{{Text: "Go"}, {Text: "C++", Box: true}, {Text: "SQL", Box: true}}, "Go  C++  SQL"},
		{"CJK font runs keep no space", "甬上易购电子商务有限公司", "",
			[]doc.Span{{Text: "甬上易购电", Style: doc.Style{Font: "a"}}, {Text: "子商务有限公司", Style: doc.Style{Font: "b"}}}, "甬上易购电子商务有限公司"},
		{"a Latin word in its italic font inside Chinese: one field", "Java 开发实习生", "",
			[]doc.Span{{Text: "Java", Style: doc.Style{Italic: true}}, {Text: "开发实习生"}}, "Java 开发实习生"},
		{"a Latin word in a fallback font between Chinese: one field", "高级 Java 工程师", "",
			[]doc.Span{{Text: "高级"}, {Text: "Java", Style: b}, {Text: "工程师"}}, "高级 Java 工程师"},
		{"an italic Latin title beside a plain Latin employer: two fields", "Engineer Acme", "",
			[]doc.Span{{Text: "Engineer", Style: doc.Style{Italic: true}}, {Text: "Acme"}}, "Engineer  Acme"},
		{"small caps from two sizes: no break inside the word", "EMPLOYMENT Acme Corp, Anchorage 2017–present", "",
			[]doc.Span{{Text: "E", Style: doc.Style{Size: 10}}, {Text: "MPLOYMENT", Style: doc.Style{Size: 8}}, {Text: "Acme Corp, Anchorage", Style: doc.Style{Size: 10}, Box: true}, {Text: "2017–present", Style: doc.Style{Size: 10}, Box: true}},
			"EMPLOYMENT  Acme Corp, Anchorage  2017–present"},
		{"a name in small caps from two sizes stays one field", "IDA M. SORENSEN", "",
			[]doc.Span{{Text: "I", Style: doc.Style{Size: 14.5}}, {Text: "DA", Style: doc.Style{Size: 11.5}}, {Text: "M. S", Style: doc.Style{Size: 14.5}}, {Text: "ORENSEN", Style: doc.Style{Size: 11.5}}},
			"IDA M. SORENSEN"},
		{"two fields a converter glued, in two weights", "Brightloom AnalyticsJun 2023", "",
			[]doc.Span{{Text: "Brightloom Analytics", Style: b}, {Text: "Jun 2023"}}, "Brightloom Analytics  Jun 2023"},
		{"a Latin word a size larger inside Chinese: one field", "MiniKV 分布式键值存储", "",
			[]doc.Span{{Text: "MiniKV", Style: doc.Style{Bold: true, Size: 10}}, {Text: "分布式键值存储", Style: doc.Style{Bold: true, Size: 8.5}}}, "MiniKV 分布式键值存储"},
		{"a Chinese label and its Latin value in two sizes: two fields", "邮箱 gaoruoxin@example.cn", "",
			[]doc.Span{{Text: "邮箱", Style: doc.Style{Size: 9}}, {Text: "gaoruoxin@example.cn", Style: doc.Style{Size: 8}}}, "邮箱  gaoruoxin@example.cn"},
		{"sentence: bold word stays in it", "Led the migration, saving 30%.", "",
			[]doc.Span{{Text: "Led", Style: b}, {Text: "the migration, saving 30%."}}, "Led the migration, saving 30%."},
		{"list item: no break", "Go expert", "•",
			[]doc.Span{{Text: "Go", Style: b}, {Text: "expert"}}, "Go expert"},
		{"spans not in the text", "Acme", "",
			[]doc.Span{{Text: "Other", Style: b}, {Text: "x"}}, "Acme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dl := doc.Line{Text: tt.text, Marker: tt.marker, Spans: tt.spans}
			if got := spanRaw(dl, strings.Join(strings.Fields(tt.text), " ")); got != tt.want {
				t.Errorf("spanRaw = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSplitLabelColumn(t *testing.T) {
	src := []string{
		"Dana Reyes",
		"PROFILE  Engineer who likes boring pagers.",
		"EXPERIENCE  Staff Engineer  Mar 2020 – Present",
		"Acme Analytics · Seattle, WA",
		"EDUCATION  B.S. Computer Engineering  2009 – 2013",
		"CERTIFICATIONS Certified Kubernetes Administrator  Nov 2021",
	}
	d := &doc.Document{}
	for _, s := range src {
		d.Lines = append(d.Lines, doc.Line{Text: s})
	}
	r := &run{x: New(nil), lx: NewLexicon()}
	var got []string
	for _, l := range r.prepare(d) {
		got = append(got, l.text)
	}
	want := []string{"Dana Reyes", "PROFILE", "Engineer who likes boring pagers.", "EXPERIENCE", "Staff Engineer Mar 2020 – Present",
		"Acme Analytics · Seattle, WA", "EDUCATION", "B.S. Computer Engineering 2009 – 2013", "CERTIFICATIONS", "Certified Kubernetes Administrator Nov 2021"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	// a skills table inside a section with headings of its own is no
	// label column
	d = &doc.Document{Lines: []doc.Line{{Text: "Skills", Heading: 2}, {Text: "Languages  Go, SQL"}, {Text: "Data  Kafka"}, {Text: "Education", Heading: 2}}}
	got = nil
	for _, l := range r.prepare(d) {
		got = append(got, l.text)
	}
	if diff := cmp.Diff([]string{"Skills", "Languages Go, SQL", "Data Kafka", "Education"}, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
}

func TestClearCommonMarks(t *testing.T) {
	var ls []*line
	for i := 0; i < 10; i++ {
		ls = append(ls, &line{Line: doc.Line{Heading: 1, Bold: true}})
	}
	ls = append(ls, &line{Line: doc.Line{Heading: 3, Bold: true}}, &line{Line: doc.Line{Heading: 3, Bold: true}})
	clearCommonMarks(ls)
	for i, l := range ls {
		want := 0
		if i >= 10 {
			want = 3
		}
		if l.Heading != want || l.Bold != (i >= 10) {
			t.Errorf("line %d: heading %d bold %v, want %d %v", i, l.Heading, l.Bold, want, i >= 10)
		}
	}
	// a few headings among many lines stay
	ls = []*line{{Line: doc.Line{Heading: 1}}, {Line: doc.Line{}}, {Line: doc.Line{}}}
	clearCommonMarks(ls)
	if ls[0].Heading != 1 {
		t.Error("a lone heading was cleared")
	}
}

func TestContactFooterKept(t *testing.T) {
	d := &doc.Document{Lines: []doc.Line{
		{Text: "Dana Reyes", Pos: doc.Pos{Page: 1, Line: 1}},
		{Text: "Experience", Pos: doc.Pos{Page: 1, Line: 2}},
		{Text: "Acme  2019 – 2021", Pos: doc.Pos{Page: 1, Line: 3}},
		{Text: "dana@example.org • +1 415 555 0100", Pos: doc.Pos{Page: 1, Line: 4}},
		{Text: "Initech  2016 – 2019", Pos: doc.Pos{Page: 2, Line: 1}},
		{Text: "dana@example.org • +1 415 555 0100", Pos: doc.Pos{Page: 2, Line: 2}},
	}}
	r := &run{x: New(nil), lx: NewLexicon()}
	n := 0
	for _, l := range r.prepare(d) {
		if strings.HasPrefix(l.text, "dana@") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("contact footer kept %d times, want once", n)
	}
}

func TestFindPhone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"+61 2 5550 1187", "+61 2 5550 1187"},
		{"Phone: (+82) 10-1234-5678", "(+82) 10-1234-5678"},
		{"+86 183\u20111234\u20115678", "+86 183\u20111234\u20115678"},
		{"+1 (555) 019-4402", "+1 (555) 019-4402"},
		{"139-0000-2741", "139-0000-2741"},
		{"Mobile: +91 90000 04512", "+91 90000 04512"},
		{"+44 07700 900418", "+44 07700 900418"},
		{"(555) 010-2233", "(555) 010-2233"},
		{"2019.07 - 2021.03", ""},
		{"ID 12345", ""},
		{"提交时间：2024-10-08 21:37  ｜  手机 139 0000 5813", "139 0000 5813"}, // a day's date and its hour
		{"更新时间 2024-10-08 139 0000 5813", "139 0000 5813"},
		{"Tel 0082 10 1234 5678", "0082 10 1234 5678"},
		{"+99 123 4567", ""},             // no such country code
		{"+1 555 010 012", ""},           // nine digits: no US number
		{"+86 138 0013 8000 0000 1", ""}, // too long for China
		{"履歷編號：K3307125", ""},            // a record's number, glued to its code's letter
		{"Tel0412 345 678", "0412 345 678"},
		{"Mob07700 900123", "07700 900123"},
	}
	for _, tt := range tests {
		if got := findPhone(tt.in); got != tt.want {
			t.Errorf("findPhone(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLabelColumnWithLabels: labels over each entry's bullets do not
// count as headings of their own against a label column.
func TestLabelColumnWithLabels(t *testing.T) {
	src := []string{"Dana Reyes", "About  Engineer who likes boring pagers.", "Work  January 2021 — Now", "Principal SRE", "Highlights", "Cut pages by half",
		"Staff Engineer", "Highlights", "Built the paging bot",
		"Systems Engineer", "Highlights", "Ran the fleet", "Technician", "Highlights", "Racked servers", "Education  Lakeside University"}
	d := &doc.Document{}
	for _, s := range src {
		d.Lines = append(d.Lines, doc.Line{Text: s})
	}
	r := &run{x: New(nil), lx: NewLexicon()}
	var got []string
	for _, l := range r.prepare(d) {
		got = append(got, l.text)
	}
	if !slices.Contains(got, "Work") || !slices.Contains(got, "January 2021 — Now") {
		t.Errorf("label column not split: %q", got)
	}
}

func TestDegreeIn(t *testing.T) {
	lx := NewLexicon()
	tests := []struct{ in, degree, rest string }{
		{"BCom Honours, Information Systems", "BCom Honours", ", Information Systems"},
		{"Bachelor of Design - Interaction Design", "Bachelor of Design", "- Interaction Design"},
		{"MFA in Poetry", "MFA", "in Poetry"},
		{"M.A.T., Secondary Science", "M.A.T.", ", Secondary Science"},
		{"M.S.W. Social Work", "M.S.W.", "Social Work"},
		{"计算机科学与技术 本科", "本科", "计算机科学与技术"},
		{"機械工程系 四技", "四技", "機械工程系"},
		{"電子工程科 五專", "五專", "電子工程科"},
		// a level in a school's name is no degree
		{"某某电力高等专科学校 热能与动力工程 大专", "大专", "某某电力高等专科学校 热能与动力工程"},
		{"GCSEs - Brynmawr Comprehensive, 2003", "GCSEs", "- Brynmawr Comprehensive, 2003"},
		{"NVQ Level 3 in Plumbing", "NVQ Level 3", "in Plumbing"},
		{"Level 3 Certificate in Transport and Logistics", "Level 3 Certificate", "in Transport and Logistics"},
		// a degree named by what it is of, with its abbreviation
		{"Master of Social Work", "Master of Social Work", ""},
		{"Master of Urban Planning (MUP), Eastfield University", "Master of Urban Planning (MUP)", ", Eastfield University"},
		{"Bachelor of Forestry and Wildlife (Hons)", "Bachelor of Forestry and Wildlife", ""},
		{"Master of Technology IIT Delhi 2016", "Master of Technology", "IIT Delhi 2016"},
		{"Master of Accounting Dec 2020", "Master of Accounting", "Dec 2020"},
		{"Master of Laws (Merit), 2019", "Master of Laws", ", 2019"},
		{"Master of Social Work  Lakeshore University", "Master of Social Work", "Lakeshore University"},
		{"Master of Public Health GPA 3.9/4.0", "Master of Public Health", "GPA 3.9/4.0"},
		{"Master of Nursing (Mental Health)", "Master of Nursing", "(Mental Health)"},
		{"Master's in Geography", "Master's", "in Geography"},
		{"Leaving Certificate Applied, 2011", "Leaving Certificate Applied", ", 2011"},
		{"NCEA Level 3, Ōtaki College", "NCEA Level 3", ", Ōtaki College"},
		// two degrees: the one written first, however long the other
		{"工商管理學士（會計）Bachelor of Business Administration", "工商管理學士", "Bachelor of Business Administration"},
		{"BEng Civil Engineering, 工学学士", "BEng", "Civil Engineering, 工学学士"},
		{"初中级会计师", "", "初中级会计师"}, // a grade of a title
		// the abbreviation's dot, as written; not the dot ending a sentence
		{"BSc. Medical Physics", "BSc.", "Medical Physics"},
		{"MLIS, 2019", "MLIS", ", 2019"},
	}
	for _, tt := range tests {
		d, rest := lx.degreeIn(tt.in)
		if d != tt.degree || rest != tt.rest {
			t.Errorf("degreeIn(%q) = %q, %q; want %q, %q", tt.in, d, rest, tt.degree, tt.rest)
		}
	}
}

func TestStartsWithVerb(t *testing.T) {
	lx := NewLexicon()
	tests := []struct {
		in   string
		want bool
	}{
		{"Rewrote the rider app in Kotlin", true},
		{"Built twenty-odd client apps", true},
		{"负责订单中心的开发", true},
		{"Lead Mobile Engineer", false},
		{"United Payments Ltd", false},
		{"BUILT", false},
		{"字节跳动", false},
		{"Moved the whole caseload to teletherapy in 3 weeks", true},
		{"Applied Statistics, PhD", false}, // a field of study, not a verb
		{"策划总监", false},                    // a title that opens with a verb's characters
		{"设计师助理（实习）", false},
		{"策划并执行年会", true},
		{"协助总监", true}, // helped the director
	}
	for _, tt := range tests {
		if got := lx.startsWithVerb(tt.in); got != tt.want {
			t.Errorf("startsWithVerb(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestSpacedLabelNoPanic: a label written with spaces between its
// characters ("公  司  名  称:X") once sliced the line out of range.
func TestSpacedLabelNoPanic(t *testing.T) {
	d := &doc.Document{Lines: []doc.Line{{Text: "张三"}, {Text: "工作经历"}, {Text: "公  司  名  称:X"}}}
	res, _ := New(nil).Run(d)
	if res.Basics.Name != "张三" {
		t.Errorf("name = %q", res.Basics.Name)
	}
}

// TestSchoolWords: words that name a school, in either script.
func TestSchoolWords(t *testing.T) {
	lx := NewLexicon()
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"某某書院", true}, // a Hong Kong secondary school
		{"某某书院", true},
		{"某某中學", true},
		{"某某有限公司", false},
		// schools named in Irish, Welsh, Afrikaans and Māori
		{"Coláiste Mhuire", true},
		{"Gaelscoil na Mara", true},
		{"Ysgol Glan Clwyd", true},
		{"Hoërskool Waterkloof", true},
		{"Te Kura o Ōtaki", true},
	} {
		if got := lx.isSchool(tt.in); got != tt.want {
			t.Errorf("isSchool(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestDegreeWithItsOtherName checks that a degree written with another
// name for it ("本科/学士", "硕士（MPA）") is the studyType as written, and
// that a degree with a note that is no degree keeps the degree alone.
func TestDegreeWithItsOtherName(t *testing.T) {
	for _, tt := range []struct{ value, want string }{
		{"本科/学士", "本科/学士"},
		{"硕士（MPA）", "硕士（MPA）"},
		{"本科（统招）", "本科"},
	} {
		d := lines("贺知远", "电话：13800001111", "教育经历", "学校：青岚师范学院  专业：汉语言文学  学历："+tt.value+"  时间：2005.09—2009.07")
		res, _ := New(nil).Run(d)
		if len(res.Education) != 1 || res.Education[0].StudyType != tt.want {
			t.Errorf("%s: education = %+v, want studyType %q", tt.value, res.Education, tt.want)
		}
	}
}
