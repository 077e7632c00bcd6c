package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/schema"
)

// TestSubEntry: an entry read under a job that is a part of it (a project
// set a level below, a project dated inside the job's period) and one that
// is a job of its own.
func TestSubEntry(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	mk := func(dl doc.Line) *line {
		return &line{Line: dl, text: dl.Text, raw: dl.Text, runes: len([]rune(dl.Text))}
	}
	ent := func(ls ...doc.Line) *entry {
		e := &entry{}
		for _, l := range ls {
			e.header = append(e.header, mk(l))
		}
		return e
	}
	job := ent(doc.Line{Text: "2021.04 — 至今", Bold: true, Size: 7.8}, doc.Line{Text: "蜀道云链科技有限公司  高级后端工程师", Size: 10})
	textJob := ent(doc.Line{Text: "2019.07 - 2023.06  Acme Logistics  Engineer"})
	tests := []struct {
		name   string
		parent *entry
		e      *entry
		want   bool
	}{
		{"a heading a level deeper, undated", ent(doc.Line{Text: "Acme  2019 – 2021", Heading: 2}), ent(doc.Line{Text: "Data platform", Heading: 3}), true},
		{"a heading a level deeper with an employer", ent(doc.Line{Text: "Acme  2019 – 2021", Heading: 2}), ent(doc.Line{Text: "Initech Ltd", Heading: 3}), false},
		{"a project dated inside the job, set smaller", job, ent(doc.Line{Text: "智能派单引擎 ｜ 核心开发 ｜ 2022.03 – 2023.01", Bold: true, Size: 8}), true},
		{"a job after it, set alike", job, ent(doc.Line{Text: "2019.07 — 2021.03", Bold: true, Size: 7.8}), false},
		{"a project dated outside the job", job, ent(doc.Line{Text: "智能派单引擎 ｜ 核心开发 ｜ 2019.03 – 2020.01", Bold: true, Size: 8}), false},
		{"a project dated inside a plain-text job", textJob, ent(doc.Line{Text: "Route optimiser  2020.01 - 2021.05"}), true},
		{"a promotion inside a plain-text job", textJob, ent(doc.Line{Text: "Senior Engineer  2021.06 - 2023.06"}), false},
		{"another employer inside the job's period", textJob, ent(doc.Line{Text: "Initech Ltd  2020.01 - 2021.05"}), false},
	}
	for _, tt := range tests {
		if got := r.subEntry(tt.parent, tt.e); got != tt.want {
			t.Errorf("%s: subEntry = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestReadJobAt: a title and an employer joined by "@" or "at" in one
// field of the header.
func TestReadJobAt(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	tests := []struct {
		header        string // lines apart by \n
		org, position string
		location      string // checked when set
	}{
		{"高级产品经理@杭州某某科技有限公司  2021.04～今（3年2个月）", "杭州某某科技有限公司", "高级产品经理", ""},
		{"Junior Developer at Pixel Studio  2023 – 2024", "Pixel Studio", "Junior Developer", ""},
		// two titles held at once, no employer: both the position
		{"2022.01—至今  主任医师  医疗组长", "", "主任医师 医疗组长", ""},
		{"2022.01—至今  某某学院  辅导员", "某某学院", "辅导员", ""},
		// a word that says the range goes on, in brackets beside the dates, is no field
		{"Head Rigger  (current)    2015 onwards", "", "Head Rigger", ""},
		{"Head Rigger  （至今）  2014.09 -", "", "Head Rigger", ""},
		// a unit of the employer before its name: the employer is the organisation
		{"Senior Lecturer, School of Earth & Ocean Sciences, Coral Coast University  2021 – now", "Coral Coast University", "Senior Lecturer", ""},
		{"Assistant Professor, School of Civil, Structural & Environmental Engineering, Tolka University  2021–present", "Tolka University", "Assistant Professor", ""},
		{"Research Fellow, Centre for Water Resources Research, Tolka University  2019–21", "Tolka University", "Research Fellow", ""},
		// a third field of one capitalised word after a known title and the employer: its place, a note in brackets after it
		{"Yard manager, Kestrel Rigging, Pennan-on-Tay  2015–2019", "Kestrel Rigging", "Yard manager", "Pennan-on-Tay"},
		{"Yard manager, Kestrel Rigging, Pennan (seasonal, renewed each spring)  2015–2019", "Kestrel Rigging", "Yard manager", "Pennan"},
		// no organisation after it: the unit is the employer
		{"Research Fellow, Centre for Water Resources Research  2019–21", "Centre for Water Resources Research", "Research Fellow", ""},
		// a company and one word that names no role: its place
		{"KESTREL MARINE SUPPLIES LTD — Tema", "KESTREL MARINE SUPPLIES LTD", "", "Tema"},
		{"Designer, Studio Ashgrove  '18–'21", "Studio Ashgrove", "Designer", ""},
		{"ASANTEWAA & PARTNERS, CHARTERED ACCOUNTANTS — Kumasi", "ASANTEWAA & PARTNERS, CHARTERED ACCOUNTANTS", "", "Kumasi"},
		// a dated job's one word is its title, whether or not the lexicon knows it
		{"Acme Ltd — Marketing  2019 – 2021", "Acme Ltd", "Marketing", ""},
		{"The Ivy Restaurant Ltd — Server  2014 – 2015", "The Ivy Restaurant Ltd", "Server", ""},
		// a role in the header is no reason to lose the title and the employer
		{"Software Engineer | Acme Ltd | Role: Tech lead | 2019 – 2021", "Acme Ltd", "Software Engineer", ""},
		// an English role beside a Chinese employer is no wrapped name
		{"Growth Marketing | 字节跳动科技有限公司 | 2019.07 – 2021.06", "字节跳动科技有限公司", "Growth Marketing", ""},
		// a title with a company word in it ("Group") is not the organisation after a unit
		{"School of Medicine, Research Group Leader  2017 – 2018", "School of Medicine", "Research Group Leader", ""},
		// a title between the unit and the organisation is no part of the unit
		{"School of Computing, Senior Lecturer, Ulster University  2019 – 2021", "Ulster University", "Senior Lecturer", ""},
		// an organisation whose name starts like a unit's, after a unit
		{"Research Assistant, Department of History, School of Oriental and African Studies  2015 – 2017", "School of Oriental and African Studies", "Research Assistant", ""},
		{"Lecturer, Department of Computing, Institute of Technology Carlow  2015 – 2017", "Institute of Technology Carlow", "Lecturer", ""},
		// a one-word role that is also a surname is no place after a company
		{"The Ivy Restaurant Ltd — Cook  2014 – 2015", "The Ivy Restaurant Ltd", "Cook", ""},
		// an employer's name wrapped before the word that makes it a company's
		{"Msafiri & Wekesa Certified Public  Sep 2013 – Feb 2016\nAccountants\nAudit Associate  Nairobi", "Msafiri & Wekesa Certified Public Accountants", "Audit Associate", ""},
		// an employer, a colon and the title; a label and its value stay apart
		{"Northgate Analytics: Data Engineer (Jan 2019 – Jun 2021)", "Northgate Analytics", "Data Engineer", ""},
		// names set apart by CJK square brackets; brackets around one name
		{"【杭州云启科技有限公司】Java开发工程师 2019.07-2021.03", "杭州云启科技有限公司", "Java开发工程师", ""},
		{"杭州云启科技有限公司【Java开发工程师】2019.07-2021.03", "杭州云启科技有限公司", "Java开发工程师", ""},
		{"杭州云启科技有限公司 | 【Java开发工程师】 | 2019.07-2021.03", "杭州云启科技有限公司", "Java开发工程师", ""},
		// a label before a colon is no employer; a tag in brackets is no name
		{"Harrowgate Freight Ltd  Jan 2019 – Jun 2021\nReporting to: Chief Technology Officer", "Harrowgate Freight Ltd", "Reporting to: Chief Technology Officer", ""},
		{"Kestrel Labs | Secondment: Product Manager | 2015 – 2016", "Kestrel Labs", "Secondment: Product Manager", ""},
		{"2016.07-2017.06 北京数联科技有限公司 【实习】 Java开发实习生", "北京数联科技有限公司", "Java开发实习生", ""},
		{"2014.07-2015.06 【外派】华为技术有限公司 测试工程师", "华为技术有限公司", "测试工程师", ""},
		// a position the split cut in two, its employer named elsewhere
		{"Barista / Shift Lead                        05.2017 – Now\nOak + Ash Design, Kuala Lumpur", "Oak + Ash Design", "Barista / Shift Lead", ""},
		// two roles held at once, the employer on the line under them
		{"3/2021 - present     Crane Operator / Scaffolder\n                     Harbourview Lifting (Pty) Ltd, Durban", "Harbourview Lifting (Pty) Ltd", "Crane Operator / Scaffolder", ""},
		{"Research Assistant - Genomics at Harbour Bank (2016 – 2018)", "Harbour Bank", "Research Assistant - Genomics", ""},
		{"Research Assistant - Genomics\nKestrel Labs Ltd\n2016 – 2018", "Kestrel Labs Ltd", "Research Assistant - Genomics", ""},
		{"Summer Intern, Finance, Blue Fern  2015 – 2016", "Blue Fern", "Summer Intern, Finance", ""},
		{"Software Engineer – Kestrel\nRemote-first startup\n2016 – 2018", "Kestrel", "Software Engineer", ""},
		// commas inside brackets and inside a firm of partners part nothing
		{"Bookkeeper (part-time, while studying), Thandanani Community Trust  2015 – 2017", "Thandanani Community Trust", "Bookkeeper (part-time, while studying)", ""},
		{"Senior Paralegal, Adjei, Boakye & Partners  2019 – 2021", "Adjei, Boakye & Partners", "Senior Paralegal", ""},
		{"Sales Associate, Harrods, Food & Beverage  2019 – 2021", "Harrods", "Sales Associate", ""},
		// a lone full stop after the dates, and the place before them
		{"Data Analyst — Hart & Lowe, Cape Town. 2017 – to date.", "Hart & Lowe", "Data Analyst", "Cape Town"},
		// names apart by Chinese commas after the dates; a title in brackets after the employer
		{"2019.07-2021.03，杭州云启科技有限公司，Java开发工程师", "杭州云启科技有限公司", "Java开发工程师", ""},
		{"2016.09-2017.06 杭州某某科技有限公司（实习生）", "杭州某某科技有限公司", "实习生", ""},
		{"2016.10 - 至今，拼多多，高级测试工程师", "拼多多", "高级测试工程师", ""},
		// a Chinese name with no company word, then a title, one space apart
		{"2016-02～今 链家 幼儿教师", "链家", "幼儿教师", ""},
		{"2014-09～2016-11 江苏省交通运输厅 管理培训生", "江苏省交通运输厅", "管理培训生", ""},
		{"2016.02-2018.03 腾讯 Tencent 实习生", "腾讯 Tencent", "实习生", ""},
		{"2016.02-2018.03 高级 Java工程师", "", "高级 Java工程师", ""},
		// a name in square brackets and a title; an employer and its title in brackets
		{"【顺丰速运】实习生 2008年11月–2010年2月", "顺丰速运", "实习生", ""},
		{"顺丰速运（技术总监） 2017-07～至今", "顺丰速运", "技术总监", ""},
		{"某某农机销售有限公司（维修工）  2014.5-2018.9", "某某农机销售有限公司", "维修工", ""},
		{"某某农机销售有限公司（仓库主管）  2014.5-2018.9", "某某农机销售有限公司", "仓库主管", ""},
		// a department in brackets is no title
		{"2015.3-2019.8  某某医药销售有限公司（销售部）  医药代表", "某某医药销售有限公司（销售部）", "医药代表", ""},
		{"河南中原汽车零部件有限公司 维修电工（顶岗实习） 2017-07～2018-06", "河南中原汽车零部件有限公司", "维修电工（顶岗实习）", ""},
		// what the company does and its size, in brackets after its name
		{"Mkhize Venter Inc. (Audit & advisory, 1,100 staff)\nAudit Manager  2022 – now", "Mkhize Venter Inc.", "Audit Manager", ""},
		// a legal form after a comma is the name's
		{"Summit Pay, Inc. — Boulder, CO · Aug 2012 – Dec 2019", "Summit Pay, Inc.", "", "Boulder, CO"},
		{"Software Engineer, Acme Widgets, Inc., 2010 - 2012", "Acme Widgets, Inc.", "Software Engineer", ""},
		{"Kaiyo Logistics Co., Ltd.\nExport Coordinator  2019 – 2022", "Kaiyo Logistics Co., Ltd.", "Export Coordinator", ""},
		// an employer whose name is a legal form's letters
		{"Statistical Programmer, SAS, 2015 – 2019", "SAS", "Statistical Programmer", ""},
		// the employer's place in brackets after its name
		{"2019 - 2022: DevOps Engineer at Indus Cart Systems (Lahore)", "Indus Cart Systems", "DevOps Engineer", "Lahore"},
		{"2022 - present: Senior Engineer at Margalla Ledger Works (Karachi, remote)", "Margalla Ledger Works", "Senior Engineer", "Karachi, remote"},
	}
	for _, tt := range tests {
		var e entry
		for _, s := range strings.Split(tt.header, "\n") {
			e.header = append(e.header, &line{Line: doc.Line{Text: s}, text: s, raw: s, runes: len([]rune(s))})
		}
		j := r.readJob(&e)
		if j.org != tt.org || tt.position != "" && j.position != tt.position || tt.location != "" && j.location != tt.location {
			t.Errorf("readJob(%q): org %q position %q location %q, want %q %q %q", tt.header, j.org, j.position, j.location, tt.org, tt.position, tt.location)
		}
	}
}

// TestAwardsSecondSection: a second awards section whose first line is a
// short title, with awards already read, reads it as an award (it once
// looked at the line before the first).
func TestAwardsSecondSection(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon(), res: &schema.Resume{}}
	r.res.Awards = []schema.Award{{Title: "国家奖学金"}}
	r.awards([]*line{{Line: doc.Line{Text: "优秀毕业生", Heading: 3}, text: "优秀毕业生", raw: "优秀毕业生", runes: 5}})
	if n := len(r.res.Awards); n != 2 || r.res.Awards[1].Title != "优秀毕业生" {
		t.Errorf("awards %+v, want a second award 优秀毕业生", r.res.Awards)
	}
}

// TestRolesUnderEmployer: an employer's entry over entries that name a
// role and no employer gives one job per role there, and says which
// entries took that employer's name.
func TestRolesUnderEmployer(t *testing.T) {
	ws := []schema.Work{
		{Name: "Ferrow Payments", StartDate: "2019-01", Summary: "Card acquiring."},
		{Name: "Ledger team", Position: "Senior Engineer", StartDate: "2022-03"},
		{Name: "Payouts team", Position: "Engineer", StartDate: "2019-01", EndDate: "2022-02"},
		{Name: "Northmoor Insurance", Position: "Developer", StartDate: "2015-09"},
		{Name: "Ledger team", Position: "Engineer", StartDate: "2012-01"},
	}
	got, employers := rolesUnderEmployer(ws, []bool{false, true, true, false, true}, make([]bool, 5), make([]bool, 5))
	want := []schema.Work{
		{Name: "Ferrow Payments", Position: "Senior Engineer, Ledger team", StartDate: "2022-03", Summary: "Card acquiring."},
		{Name: "Ferrow Payments", Position: "Engineer, Payouts team", StartDate: "2019-01", EndDate: "2022-02"},
		ws[3], ws[4],
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("jobs (-want +got):\n%s", d)
	}
	// an undated employer's line: a role "Title, Unit" under it keeps its
	// unit whatever its words, and one role under it is its role; under a
	// dated entry ("Career break") such a role is a job of its own
	ws = []schema.Work{
		{Name: "Caledon Property Partners LLP"},
		{Name: "Head of Glasgow Office", Position: "Director", StartDate: "2020-01"},
		{Name: "Office Agency", Position: "Associate Director", StartDate: "2015-04"},
		{Name: "Thandanani Community Trust"},
		{Position: "Bookkeeper", StartDate: "2015"},
		{Name: "Career break", StartDate: "2020-01"},
		{Name: "Office Agency", Position: "Associate Director", StartDate: "2015-04"},
		{Name: "Office Agency", Position: "Director", StartDate: "2012-04"},
	}
	got, _ = rolesUnderEmployer(ws, make([]bool, len(ws)), []bool{false, true, true, false, false, false, true, true}, make([]bool, len(ws)))
	want = []schema.Work{
		{Name: "Caledon Property Partners LLP", Position: "Director, Head of Glasgow Office", StartDate: "2020-01"},
		{Name: "Caledon Property Partners LLP", Position: "Associate Director, Office Agency", StartDate: "2015-04"},
		{Name: "Thandanani Community Trust", Position: "Bookkeeper", StartDate: "2015"},
		ws[5], ws[6], ws[7],
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("jobs under an undated employer (-want +got):\n%s", d)
	}
	if d := cmp.Diff(map[int]string{1: "Ferrow Payments", 2: "Ferrow Payments"}, employers); d != "" {
		t.Errorf("employers (-want +got):\n%s", d)
	}
	// "Harwell Foods Plc, Ikeja, Lagos" over its roles: what followed the
	// employer's comma is its place, the roles' place
	ws = []schema.Work{
		{Name: "Harwell Foods Plc", Position: "Ikeja", Location: "Lagos"},
		{Name: "South-West", Position: "Regional Manager", StartDate: "2021"},
		{Position: "Account Executive", StartDate: "2016-08", EndDate: "2018-12"},
		{Name: "Tallow Drinks Ltd", Position: "Ikeja"},
		{Name: "Tallow Drinks Ltd", Position: "Sales Representative", StartDate: "2013"},
	}
	got, _ = rolesUnderEmployer(ws, []bool{false, true, false, false, false}, make([]bool, len(ws)), []bool{true, false, false, true, false})
	want = []schema.Work{
		{Name: "Harwell Foods Plc", Position: "Regional Manager, South-West", Location: "Ikeja, Lagos", StartDate: "2021"},
		{Name: "Harwell Foods Plc", Position: "Account Executive", Location: "Ikeja, Lagos", StartDate: "2016-08", EndDate: "2018-12"},
		ws[3], ws[4],
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("jobs under an employer and its place (-want +got):\n%s", d)
	}
}

// TestReadJobUnit: the units named before the organisation in a job's
// header, nested or beside the title, go to x-department.
func TestReadJobUnit(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct{ header, org, position, dept string }{
		{"Department of Surgery, School of Medicine, Stanford University  2015 – 2016", "Stanford University", "", "Department of Surgery, School of Medicine"},
		{"School of Computing, Senior Lecturer, Ulster University  2019 – 2021", "Ulster University", "Senior Lecturer", "School of Computing"},
		{"Lecturer, School of Civil, Structural & Environmental Engineering, Tolka University  2021–present", "Tolka University", "Lecturer", "School of Civil, Structural & Environmental Engineering"},
		// a unit in lower case after the title, the organisation's name after it
		{"Intern, rigging loft, Kestrel Sails Ltd, Napier  2010", "Kestrel Sails Ltd", "Intern", "rigging loft"},
		{"Intern, rigging loft  2010", "rigging loft", "Intern", ""},
		{"Rigger, part-time, Kestrel Sails Ltd  2010 – 2012", "Kestrel Sails Ltd", "Rigger", ""},
	} {
		l := &line{Line: doc.Line{Text: tt.header}, text: tt.header, raw: tt.header, runes: len([]rune(tt.header))}
		j := r.readJob(&entry{header: []*line{l}})
		d, _ := j.x["x-department"].(string)
		if j.org != tt.org || j.position != tt.position || d != tt.dept {
			t.Errorf("readJob(%q): org %q position %q dept %q, want %q %q %q", tt.header, j.org, j.position, d, tt.org, tt.position, tt.dept)
		}
	}
}

func TestEmployerFact(t *testing.T) {
	lx := NewLexicon()
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"外资（欧美）", true},
		{"外资(非欧美)", true},
		{"外資（歐美）", true},
		{"民营公司", true},
		{"1000-9999人", true},
		{"下属 3 人", true},
		{"民营（江城）科技有限公司", false},
		{"国企（央企）改革办公室", false},
		{"财务部", false},
		{"高级顾问", false},
		{"電子零件製造業", true},
		{"会计服务业", true},
		{"某某矿业", false},
	} {
		if got := lx.employerFact(tt.s); got != tt.want {
			t.Errorf("employerFact(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestCountryAndPlaceHeader: a posting's header that names the country
// and the place in it, with the title and the employer on the line below.
func TestCountryAndPlaceHeader(t *testing.T) {
	res, _ := New(nil).Run(lines("Dana Reyes", "dana@example.com", "", "FIELD POSTINGS",
		"SOUTH SUDAN — Rumbek, Lakes State    Jan 2022 – Jun 2023",
		"Deputy Field Coordinator · Harbourlight Relief",
		"Ran logistics for a 30-staff base."))
	if len(res.Work) != 1 {
		t.Fatalf("work: %+v", res.Work)
	}
	w := res.Work[0]
	got := []any{w.Name, w.Position, w.Location, w.X["x-country"], w.StartDate}
	if d := cmp.Diff([]any{"Harbourlight Relief", "Deputy Field Coordinator", "Rumbek, Lakes State", "SOUTH SUDAN", "2022-01"}, got); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}

func TestIsLocation(t *testing.T) {
	lx := NewLexicon()
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"NIGERIA", true},
		{"Mechanical Engineering, Penn State", false},
		{"Walmart, Midwest Region", false},
		{"JORDAN", false}, // (a given name as often)
		{"DR CONGO", true},
		{"TRINIDAD AND TOBAGO", true},
		{"ACME", false},
		{"Harbourlight Relief", false},
	} {
		if got := lx.isLocation(c.in); got != c.want {
			t.Errorf("isLocation(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestSameColumns: the jobs of one table's rows take employer and title
// from the columns most rows take them from.
func TestSameColumns(t *testing.T) {
	rows := [][]string{
		{"Jan – Oct 2024", "Adult Acute Mental Health", "Harwell Approved Centre, Cork", "36"},
		{"Sep – Oct 2023", "Child & Adolescent Mental Health", "Lee Road Team, Cork", "6"},
		{"Feb – Apr 2023", "Later Life", "Shandon Community Hospital, Cork", "8"},
		nil,
	}
	ws := []schema.Work{
		{Name: "Harwell Approved Centre", Position: "Adult Acute Mental Health"},
		{Name: "Child & Adolescent Mental Health", Position: "Lee Road Team"},
		{Name: "Shandon Community Hospital", Position: "Later Life"},
		{Name: "Tallow Clinic", Position: "Nurse"},
	}
	sameColumns(ws, rows)
	want := []string{"Harwell Approved Centre | Adult Acute Mental Health", "Lee Road Team | Child & Adolescent Mental Health", "Shandon Community Hospital | Later Life", "Tallow Clinic | Nurse"}
	var got []string
	for _, w := range ws {
		got = append(got, w.Name+" | "+w.Position)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	// two rows make no table's roles
	two := []schema.Work{{Name: "Harwell Approved Centre", Position: "Adult Acute Mental Health"}, {Name: "Child & Adolescent Mental Health", Position: "Lee Road Team"}}
	sameColumns(two, rows[:2])
	if two[1].Name != "Child & Adolescent Mental Health" {
		t.Errorf("two rows: swapped %+v", two[1])
	}
}

// TestTitleEndsBeforeLabelledFact: a labelled title ends at the wide gap
// before a labelled fact the lexicon does not know ("负责片区：…"), which
// goes to x-note.
func TestTitleEndsBeforeLabelledFact(t *testing.T) {
	res, _ := New(nil).Run(textDoc("叶知秋\n电话：13800001111\n\n工作经历\n某某贸易有限公司\n时间：2019.03-至今  职位：销售代表  负责片区：华南 4 个城市\n负责渠道开发。"))
	if len(res.Work) == 0 || res.Work[0].Position != "销售代表" || res.Work[0].X["x-note"] != "负责片区：华南 4 个城市" {
		t.Errorf("work = %+v", res.Work)
	}
}

// TestNextRole: a dated line set like the role under an undated
// employer's line is one more role there, unless a line at the
// employer's level came between (a name the reader took for text).
func TestNextRole(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	mk := func(dl doc.Line) *line {
		return &line{Line: dl, text: dl.Text, raw: dl.Text, runes: len([]rune(dl.Text))}
	}
	above := func(body ...doc.Line) *entry {
		e := &entry{header: []*line{mk(doc.Line{Text: "Brightmoor Steelworks Ltd", Bold: true}), mk(doc.Line{Text: "Senior Welder (Mar 2020 – present)", Marker: "*"})}}
		for _, b := range body {
			e.body = append(e.body, mk(b))
		}
		return e
	}
	role := &entry{header: []*line{mk(doc.Line{Text: "Welder (Jan 2016 – Feb 2020)", Marker: "*"})}}
	bullet := doc.Line{Text: "Led the night shift.", Marker: "-", Indent: 4}
	tests := []struct {
		name  string
		above *entry
		e     *entry
		want  bool
	}{
		{"a role set like the one above", above(bullet), role, true},
		{"a line at the employer's level between", above(bullet, doc.Line{Text: "Freelance fabricator"}), role, false},
		{"a role set otherwise", above(bullet), &entry{header: []*line{mk(doc.Line{Text: "Welder (Jan 2016 – Feb 2020)"})}}, false},
		{"a title and an employer over their dates", &entry{header: []*line{mk(doc.Line{Text: "Welder, Brightmoor Ltd"}), mk(doc.Line{Text: "2016 – 2020"})}}, &entry{header: []*line{mk(doc.Line{Text: "Fitter, 2014 – 2015"})}}, false},
		{"an employer's line that is dated", &entry{header: []*line{mk(doc.Line{Text: "Brightmoor Ltd 2016 – 2024", Bold: true}), mk(doc.Line{Text: "Senior Welder (Mar 2020 – present)", Marker: "*"})}}, role, false},
	}
	for _, tt := range tests {
		if got := r.nextRole(tt.above, tt.above, tt.e); got != tt.want {
			t.Errorf("%s: nextRole = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestEmployerLegalForm: an employer's name ends at its legal form; the
// places after it are the job's location, not the name's.
func TestEmployerLegalForm(t *testing.T) {
	for _, tt := range []struct{ header, name, location string }{
		{"Company : Nandi Castings Pvt. Ltd., Peenya, Bengaluru", "Nandi Castings Pvt. Ltd.", "Peenya, Bengaluru"},
		{"Company : Ridgeway Gears Ltd., Leeds", "Ridgeway Gears Ltd.", "Leeds"},
		{"Company : Ridgeway Gears Ltd., Hollins Tooling Ltd", "Ridgeway Gears Ltd., Hollins Tooling Ltd", ""}, // two companies
	} {
		res, _ := New(nil).Run(textDoc("Ana Lima\nana@example.com\nWORK EXPERIENCE\n" + tt.header + "\nDesignation : Machinist\nPeriod : 02.07.2018 to 31.07.2021"))
		if len(res.Work) != 1 {
			t.Fatalf("%q: %d jobs, want 1", tt.header, len(res.Work))
		}
		if w := res.Work[0]; w.Name != tt.name || w.Location != tt.location {
			t.Errorf("%q: name %q, location %q; want %q, %q", tt.header, w.Name, w.Location, tt.name, tt.location)
		}
	}
}

// TestRunInHeaders: paragraphs that open with their header written as
// short sentences, the dates first, give the header's fields; a dated
// sentence alone, or one paragraph so, does not.
func TestRunInHeaders(t *testing.T) {
	text := "Mara Quill\nmara@example.com\n\nCAREER HISTORY\n" +
		"2018 – present. Tidewell Print Works, Whitby. Senior Compositor. I set and proof the books of three small presses and train the apprentices.\n\n" +
		"2013 – 2018. Larch Lane Press, York. Junior Compositor. Hand-set poetry pamphlets and ran the Heidelberg platen on Fridays.\n"
	res, _ := New(nil).Run(textDoc(text))
	var got []schema.Work
	for _, w := range res.Work {
		got = append(got, schema.Work{Name: w.Name, Position: w.Position, StartDate: w.StartDate, EndDate: w.EndDate})
	}
	want := []schema.Work{
		{Name: "Tidewell Print Works", Position: "Senior Compositor", StartDate: "2018"},
		{Name: "Larch Lane Press", Position: "Junior Compositor", StartDate: "2013", EndDate: "2018"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if h, _, ok := splitRunInHeaderLine(&line{text: "2019 – 2021. St. Mary's Hall, Ely. Porter. Kept the lodge and the post room in order all year."}); ok {
		t.Errorf("a word cut short read as a header piece: %q", h)
	}
	// awards written alike are no jobs' headers
	res, _ = New(nil).Run(textDoc("Mara Quill\nmara@example.com\n\nHONOURS\n" +
		"2019 – 2021. Dean's List. Faculty of Arts, Wexmoor University. Awarded each term for a first-class average.\n\n" +
		"2022 – 2023. Gold Medal. Guild of Letterpress Printers. Given for a hand-set edition of sea poems.\n"))
	if len(res.Awards) != 2 {
		t.Errorf("awards written as run-in paragraphs: %d awards, want 2", len(res.Awards))
	}
}

// TestTitleThenHanFirm: a Latin title and a Chinese firm whose name holds
// a title's word are two fields, not one title in two scripts; a city in
// both scripts after the firm's comma is its place.
func TestTitleThenHanFirm(t *testing.T) {
	for _, tt := range []struct {
		header string
		want   schema.Work
	}{
		{"Site Engineer — 某某工程師事務所", schema.Work{Name: "某某工程師事務所", Position: "Site Engineer"}},
		{"Site Engineer — 某某工程師事務所 Kite Engineers, 台北 Taipei", schema.Work{Name: "某某工程師事務所 Kite Engineers", Position: "Site Engineer", Location: "台北 Taipei"}},
	} {
		res, _ := New(nil).Run(textDoc("Ana Lin\nana@example.com\n\nEXPERIENCE\n" + tt.header + "\n2016.09 – 2019.07\n\n- Drew site plans."))
		if len(res.Work) != 1 {
			t.Errorf("%q: %d jobs, want 1", tt.header, len(res.Work))
			continue
		}
		w := res.Work[0]
		got := schema.Work{Name: w.Name, Position: w.Position, Location: w.Location}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.header, diff)
		}
	}
}

// TestAsideNote: a note in round brackets, in lower case, whole.
func TestAsideNote(t *testing.T) {
	for s, want := range map[string]bool{
		"(during my studies)":   true,
		"(Acme Corp)":           false,
		"during my studies)":    false,
		"(during my studies":    false,
		"(part)":                false, // one word: how the job was held, read elsewhere
		"(a (b) c)":             false,
		"(Nov - Mar each year)": true,
		"(May Hall Trust)":      false,
	} {
		if got := asideNote(s); got != want {
			t.Errorf("asideNote(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLatinAside: a note in brackets at the end of a name in Latin
// letters; an acronym is part of the name.
func TestLatinAside(t *testing.T) {
	for _, tt := range []struct{ in, head, inner string }{
		{"Harbour Rovers FC (Premier Division)", "Harbour Rovers FC", "Premier Division"},
		{"Tern Pay Ltd (EMI, licensed by the regulator)", "Tern Pay Ltd", "EMI, licensed by the regulator"},
		{"Northern Health Service (NHS)", "", ""},
		{"Avon (North) Mills (est. 1890)", "", ""},
		{"东岸书院（资助中学）", "", ""},
		{"Kestrel Lofts", "", ""},
	} {
		head, inner, _ := latinAside(tt.in)
		if head != tt.head || inner != tt.inner {
			t.Errorf("latinAside(%q) = %q, %q; want %q, %q", tt.in, head, inner, tt.head, tt.inner)
		}
	}
}

// TestTwinDates: dates said again right after them, in the other script,
// are no field of the line.
func TestTwinDates(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct {
		s      string
		fields []string
	}{
		{"2019.05 – 至今 / May 2019 – Present", nil},
		{"2019.05 – 2021.03 ｜ May 2019 – Mar 2021  Kestrel Lofts", []string{"Kestrel Lofts"}},
		{"2019.05 – 2021.03  Kestrel Lofts  May 2019 – Mar 2021", []string{"Kestrel Lofts", "May 2019", "Mar 2021"}}, // (not right after: readHeader's twin header)
	} {
		f := r.feature(&line{Line: doc.Line{Text: tt.s}, text: tt.s, raw: tt.s})
		if d := cmp.Diff(tt.fields, f.fields); d != "" {
			t.Errorf("feature(%q).fields (-want +got):\n%s", tt.s, d)
		}
	}
}

// TestCommaInsideName: a comma inside one of the names a separator sets
// apart (a school and its town) makes no sentence of the line.
func TestCommaInsideName(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct {
		s        string
		sentence bool
	}{
		{"硕士 海洋生物学 — 某某海洋大学，舟山", false},
		{"本科  林学 GPA 3.61/4.0，专业排名 7/90", true},
		{"负责台站运维，参与速报工作", true},
	} {
		if f := r.feature(&line{Line: doc.Line{Text: tt.s}, text: tt.s, raw: tt.s}); f.sentence != tt.sentence {
			t.Errorf("feature(%q).sentence = %v, want %v", tt.s, f.sentence, tt.sentence)
		}
	}
}

// TestThirdFieldPlace: one capitalised word after a job's title and
// employer is its place, unless it names a role, a function or a way of
// working.
func TestThirdFieldPlace(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct{ header, location string }{
		{"Yard manager, Kestrel Rigging, Pennan-on-Tay  2015–2019", "Pennan-on-Tay"},
		{"Avon University Archives, Adelaide  2011 - 2016", "Adelaide"},
		{"Yard manager, Kestrel Rigging, Supervisor  2015–2019", ""},
		{"Yard manager, Kestrel Rigging, Fixed-term  2015–2019", ""},
		{"Yard manager, Kestrel Rigging, Locum  2015–2019", ""},
		{"Yard manager, Kestrel Rigging, Marketing  2015–2019", ""},
	} {
		l := &line{Line: doc.Line{Text: tt.header}, text: tt.header, raw: tt.header}
		if j := r.readJob(&entry{header: []*line{l}}); j.location != tt.location {
			t.Errorf("readJob(%q).location = %q, want %q", tt.header, j.location, tt.location)
		}
	}
}
