package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/schema"
)

// TestSetName: the name on a resume's name line, and what is written
// around it that is no part of it.
func TestSetName(t *testing.T) {
	tests := []struct {
		in   string
		name string
		x    map[string]any
	}{
		{"Gavin J. Strachan MRICS", "Gavin J. Strachan", map[string]any{"x-postnominals": "MRICS"}},
		{"Ana Lima, PhD, CFA", "Ana Lima", map[string]any{"x-postnominals": "PhD, CFA"}},
		{"Dr. Ana Lima", "Ana Lima", map[string]any{"x-honorific": "Dr."}},
		{"Ana Lima (she/her)", "Ana Lima", map[string]any{"x-pronouns": "she/her"}},
		{"ANA LIMA (Nina)", "ANA LIMA", map[string]any{"x-nickname": "Nina"}},
		{"LIMA Ana Paula (Ms.)", "LIMA Ana Paula", map[string]any{"x-honorific": "Ms."}},
		{"ANA PAULA LIMA, RN", "ANA PAULA LIMA", map[string]any{"x-postnominals": "RN"}},
		{"ANA LIMA, MBA, CPA", "ANA LIMA", map[string]any{"x-postnominals": "MBA, CPA"}},
		{"Resume of Ana Lima", "Ana Lima", nil},
		{"陈思远 / Siyuan Chen", "陈思远", map[string]any{"x-altName": "Siyuan Chen"}},
		// the name written first is the name, in either script
		{"Siyuan Chen 陈思远", "Siyuan Chen", map[string]any{"x-altName": "陈思远"}},
		{"陈思远 Siyuan Chen", "陈思远", map[string]any{"x-altName": "Siyuan Chen"}},
		{"Xuē Lántíng 薛兰亭", "Xuē Lántíng", map[string]any{"x-altName": "薛兰亭"}},
		{"Siyuan Chen陈思远", "Siyuan Chen", map[string]any{"x-altName": "陈思远"}}, // (two runs of a document, no space between)
		{"Hsiu-wen (Wendy) Chou  周秀文", "Hsiu-wen (Wendy) Chou", map[string]any{"x-altName": "周秀文"}},
		// a rank before the name, in capitals too
		{"CAPT. ANA LIMA", "ANA LIMA", map[string]any{"x-honorific": "CAPT."}},
		// a surname that is also a post-nominal's letters stays the name
		{"Li Na", "Li Na", nil},
		{"KEVIN JIANHUA MA", "KEVIN JIANHUA MA", nil},
		{"Robert Downey Jr.", "Robert Downey Jr.", nil},
		// an app's avatar, a character of the name, before it; a surname
		// spaced from the given name stays
		{"乐 屈乐乐", "屈乐乐", nil},
		{"乔 安然", "乔安然", nil},
		{"林 林林", "林林林", nil},
		// a Hong Kong name: the surname in capitals, the English name after
		// a comma, the Chinese name last
		{"CHAN Tai-man, Peter  陳大文", "CHAN Tai-man", map[string]any{"x-englishName": "Peter", "x-altName": "陳大文"}},
		{"LEUNG Ka Yan, Mandy", "LEUNG Ka Yan", map[string]any{"x-englishName": "Mandy"}},
		{"Lima, Ana", "", nil},
		// a city or a suffix after the comma is no English name
		{"DUPONT Jean, Paris", "", nil},
		{"SMITH John, Jr", "", nil},
		// a surname that is also a trade's word stays a name
		{"Laura Seaman", "Laura Seaman", nil},
		{"Peter Fitter", "Peter Fitter", nil},
		{"Anna Cadet", "Anna Cadet", nil},
		// a heading's opening word is no name's
		{"Selected Events", "", nil},
		{"Professional Memberships", "", nil},
	}
	for _, tt := range tests {
		r := &run{x: New(nil), lx: NewLexicon(), res: &schema.Resume{}}
		r.setName(tt.in)
		if r.res.Basics.Name != tt.name {
			t.Errorf("setName(%q): name %q, want %q", tt.in, r.res.Basics.Name, tt.name)
			continue
		}
		if tt.name == "" {
			continue
		}
		if d := cmp.Diff(tt.x, r.res.Basics.X); d != "" && !(len(tt.x) == 0 && len(r.res.Basics.X) == 0) {
			t.Errorf("setName(%q) x- fields (-want +got):\n%s", tt.in, d)
		}
	}
}

func TestNoReply(t *testing.T) {
	for _, tt := range []struct {
		email string
		want  bool
	}{
		{"noreply@jobs.example.com", true},
		{"No-Reply@example.com", true},
		{"no_reply@example.com", true},
		{"donotreply@example.com", true},
		{"do-not-reply@example.com", true},
		{"do_not_reply@example.com", true},
		{"jobs-noreply@example.com", true},
		{"noreply.jobs@example.com", true},
		{"noreplyana@example.com", false},
		{"ana.lima@example.com", false},
	} {
		if got := noReply(tt.email); got != tt.want {
			t.Errorf("noReply(%q) = %v, want %v", tt.email, got, tt.want)
		}
	}
}

func TestAddressCity(t *testing.T) {
	lx := NewLexicon()
	for _, tt := range []struct {
		s, want string
		shaped  bool
	}{
		{"Blk 12 Harbour Street 4, #03-101, Singapore 510123", "Singapore", true},
		{"Northfield, Bristol BS16", "Bristol", true},
		{"Osu, Accra, Ghana", "Accra", true},
		{"9 Ridge Terrace, Heaton, Newcastle upon Tyne NE6 5AB", "Newcastle upon Tyne", true},
		{"2100 Hale Street, Honolulu, HI 96822", "Honolulu", true},
		{"12 Lake Road, Seattle, Washington", "Seattle", true},
		{"8 Tong Street, Kwun Tong North, Hong Kong", "", true}, // a district the lexicon lacks: no guess past it
		{"Senior Engineer, Berlin", "Berlin", false},            // a headline naming a place, no address
	} {
		if got := lx.commaCity(tt.s); got != tt.want {
			t.Errorf("commaCity(%q) = %q, want %q", tt.s, got, tt.want)
		}
		if got := lx.addressShaped(tt.s); got != tt.shaped {
			t.Errorf("addressShaped(%q) = %v, want %v", tt.s, got, tt.shaped)
		}
	}
}

// TestPlaceCity: a place written where one lives is read from its end: the
// country, the postcode and the region come off and the town is left;
// something must come off (or a label say it is a place), and what is
// left must be a town's name, not a heading, a skill or a title.
func TestPlaceCity(t *testing.T) {
	lx := NewLexicon()
	for _, tt := range []struct {
		s                string
		labelled, among  bool
		city, wantRegion string
	}{
		{"7 Mill Lane, Glenelg SA 5045", false, false, "Glenelg", "SA"},
		{"Kinsale, Co. Cork P17 X2Y4", false, false, "Kinsale", "Co. Cork"},
		{"Portrush, Co. Antrim, BT56", false, false, "Portrush", "Co. Antrim"},
		{"Red Deer, AB  T4N 1A1", false, false, "Red Deer", "AB"},
		{"Boise, ID 83702 US", false, false, "Boise", "ID"},
		{"Warri, Delta State", false, false, "Warri", "Delta State"},
		{"Lives in Nakuru, Kenya (open to relocation)", false, false, "Nakuru", ""},
		{"Halifax Nova Scotia", false, false, "Halifax", "Nova Scotia"},
		{"2000, Geelong, Victoria", false, false, "Geelong", "Victoria"},
		{"4 Quay Street, Whitby YO21 3PP", false, false, "Whitby", ""},
		{"Queenscliff, 2096, New South Wales, AU", false, false, "Queenscliff", "New South Wales"},
		{"Bedok, Singapore", false, false, "Singapore", ""},
		{"P.O. Box 412-20100, Nakuru", false, true, "Nakuru", ""}, // a postal address beside the phone
		{"P.O. Box 412-20100, Nakuru", false, false, "", ""},      // alone on its line: the town may follow
		{"Ballarat VIC", false, true, "", ""},                     // a code after a word: "White Card NSW" is a ticket
		{"White Card NSW", false, true, "", ""},
		{"Boise, ID", false, false, "Boise", "ID"},     // a code in a part of its own
		{"Geelong, 3220", false, false, "Geelong", ""}, // a postcode in a part of its own
		{"Hangzhou, Zhejiang 310000", false, false, "Hangzhou", "Zhejiang"},
		{"Esch-sur-Alzette, Luxembourg", false, false, "Esch-sur-Alzette", ""}, // a country of a city's name
		{"Graduating May 2026", false, false, "", ""},                          // a year is no postcode
		{"Senior Developer, Brightwave, 2019", false, false, "", ""},
		{"34 Elm Street, Apt 1204", false, false, "", ""},            // a flat's number: the town is on the next line
		{"Menton, France", true, false, "Menton", ""},                // after a city label
		{"Ballarat", false, false, "", ""},                           // nothing came off
		{"Ballarat VIC", false, false, "", ""},                       // a code alone, on its own line
		{"ABOUT ME", false, false, "", ""},                           // a heading, not a town in Maine
		{"JavaScript ES6", false, false, "", ""},                     // half a postcode's shape
		{"Licence No. 554120", false, false, "", ""},                 // a number
		{"Go, Python, JS", false, false, "", ""},                     // two letters alone name no country
		{"Mechanical Engineering, Penn State", false, false, "", ""}, // a field of study
		{"Site Manager, Ontario", false, false, "", ""},              // a title
		{"12 Harbour Lane, Tel 555 0100 | ana@example.com", false, true, "", ""},
	} {
		city, region := lx.placeCity(tt.s, tt.labelled, tt.among)
		if city != tt.city || region != tt.wantRegion {
			t.Errorf("placeCity(%q, %v, %v) = %q, %q; want %q, %q", tt.s, tt.labelled, tt.among, city, region, tt.city, tt.wantRegion)
		}
	}
}

// TestContactPlace: the place among the contact lines is the city,
// whether it has a line of its own, shares one with the phone, follows a
// labelled value after a bar or a city label.
func TestContactPlace(t *testing.T) {
	for _, tt := range []struct{ src, city string }{
		{"Ana Lima\n7 Mill Lane, Glenelg SA 5045\nana.lima@example.com", "Glenelg"},
		{"Ana Lima\n+61 400 555 010  |  ana.lima@example.com  |  Ballarat VIC 3350", "Ballarat"},
		{"Ana Lima\n+61 400 555 010  |  ana.lima@example.com  |  White Card NSW", ""},
		{"Ana Lima\n34 Elm Street, Apt 1204\nSpringfield, IL 62704\nana.lima@example.com", "Springfield"},
		{"Ana Lima\nPhone: 0400 555 010 | Email: ana.lima@example.com | Kinsale, Co. Cork", "Kinsale"},
		{"Ana Lima\nLocation: Menton, France\nana.lima@example.com", "Menton"},
		{"Ana Lima\nBased in Nakuru, Kenya (open to relocation)  |  ana.lima@example.com", "Nakuru"},
		{"Ana Lima\nBedok, Singapore  ·  ana.lima@example.com", "Singapore"},
		{"Ana Lima\nABOUT ME\nana.lima@example.com", ""},
	} {
		res, _ := New(nil).Run(textDoc(tt.src))
		got := ""
		if res.Basics.Location != nil {
			got = res.Basics.Location.City
		}
		if got != tt.city {
			t.Errorf("%q: city %q, want %q", tt.src, got, tt.city)
		}
	}
}

// TestLowerName: a name in small letters is read only from the first line
// or the top heading, and only when it is a name's shape and words.
func TestLowerName(t *testing.T) {
	for _, tt := range []struct {
		src  string
		name string
	}{
		{"# ana lima\nproduct designer — porto\nana.lima@example.com", "ana lima"},
		{"# j. m. okafor\nana.lima@example.com", "j. m. okafor"},
		{"# ana lima resume\nana.lima@example.com", "ana lima"},
		{"# open to work\nAna Lima\nana.lima@example.com", "Ana Lima"},
		{"# cover letter\nana.lima@example.com", ""},
		{"# resume\nana.lima@example.com", ""},
		{"# work experience\nana.lima@example.com", ""},
		{"ana lima\nana.lima@example.com", "ana lima"},
		// below the first line a name in small letters is text
		{"ana.lima@example.com\nana lima", ""},
	} {
		d := &doc.Document{}
		for i, s := range strings.Split(tt.src, "\n") {
			l := doc.Line{Text: s, Pos: doc.Pos{Line: i + 1}}
			if t, ok := strings.CutPrefix(s, "# "); ok {
				l.Text, l.Heading = t, 1
			}
			d.Lines = append(d.Lines, l)
		}
		res, _ := New(nil).Run(d)
		if res.Basics.Name != tt.name {
			t.Errorf("%q: name %q, want %q", tt.src, res.Basics.Name, tt.name)
		}
	}
}

// TestLargestName: the name set larger than everything else near the top,
// in a span of a line that holds more; none when no span stands out or
// the largest is no name.
func TestLargestName(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon(), res: &schema.Resume{}}
	sp := func(text string, size float64) doc.Span { return doc.Span{Text: text, Style: doc.Style{Size: size}} }
	mk := func(spans ...doc.Span) *line {
		var ts []string
		for _, s := range spans {
			ts = append(ts, s.Text)
		}
		t := strings.Join(ts, " ")
		return &line{Line: doc.Line{Text: t, Spans: spans}, text: t, raw: t}
	}
	for _, tt := range []struct {
		name  string
		lines []*line
		want  string
	}{
		{"beside a label column", []*line{mk(sp("个人信息", 9), sp("PERSONAL", 9), sp("周明轩", 14.5)), mk(sp("Senior PM", 12)), mk(sp("上海", 10))}, "周明轩"},
		{"not larger enough", []*line{mk(sp("Personal", 10), sp("Ana Lima", 11)), mk(sp("Engineer", 10.5))}, ""},
		{"two texts at the top size", []*line{mk(sp("Ana Lima", 16)), mk(sp("Curriculum Vitae", 16)), mk(sp("Engineer", 10))}, ""},
		{"a name in two runs of one size", []*line{mk(sp("Ana", 25), sp("Lima", 25)), mk(sp("Engineer", 12))}, "Ana Lima"},
		{"the largest is a title", []*line{mk(sp("Résumé", 20)), mk(sp("Ana Lima", 10))}, ""},
	} {
		_, got := largestName(tt.lines, r.isName)
		if got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestObjectiveTarget: the title an objective's sentence names.
func TestObjectiveTarget(t *testing.T) {
	for in, want := range map[string]string{
		"Junior Data Engineer role where I can build reliable pipelines.":                                "Junior Data Engineer",
		"To obtain the position of Senior Structural Engineer in a reputed infrastructure company.":      "Senior Structural Engineer",
		"To secure a role of Staff Nurse with a teaching hospital where I can grow.":                     "Staff Nurse",
		"To work in a challenging environment where I can use my skills and grow with the organisation.": "",
	} {
		if got := objectiveTarget(in); got != want {
			t.Errorf("objectiveTarget(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAddressCityShape: the city of a postal address by its postcode.
func TestAddressCityShape(t *testing.T) {
	for in, want := range map[string]string{
		"No. 27, 4th Cross Street, Anna Nagar West, Chennai - 600 040, Tamil Nadu": "Chennai",
		"Flat 2, Baner Road, Baner, Pune – 411045":                                 "Pune",
		"12 Rose Lane, Edinburgh EH8 9QT":                                          "Edinburgh",
	} {
		if got := addressCityShape(in); got != want {
			t.Errorf("addressCityShape(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNameByHandle: a name line no stage read (after a sidebar of contact
// details and skills) is the name when it spells the e-mail's local part;
// another person's name (a referee) is not.
func TestNameByHandle(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Contact\nruth.lane@example.com\n(206) 555-0186\n\nSkills\nGo, SQL, Kafka\n\nReferees\nMark Olsen\n\nLane Ruth\nBackend engineer", "Lane Ruth"},
		{"Contact\nruth.lane@example.com\n(206) 555-0186\n\nSkills\nGo, SQL, Kafka\n\nReferees\nMark Olsen", ""},
	} {
		res, _ := New(nil).Run(textDoc(tt.text))
		if res.Basics.Name != tt.want {
			t.Errorf("name = %q, want %q", res.Basics.Name, tt.want)
		}
	}
}

// TestNameIntroduced: a résumé written as a message gives the name in a
// sentence; a friend named in passing, or words that are no name, are
// not taken.
func TestNameIntroduced(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"王老师您好，我是朋友介绍来的。\n\n我叫林小满，女，1996年的，电话138 0013 8001。\n\n工作经历\n2019年3月到现在在某某餐厅做领班", "林小满"},
		{"Dear hiring team,\n\nMy name is Ruth Lane and I am applying for the porter role.\nruth@example.com\n\nExperience\n2019 - 2021 Porter, Harbour Hotel", "Ruth Lane"},
		{"Hello, my name is Ruth Lane and I am applying.\nruth@example.com\n\nExperience\n2019 - 2021 Porter, Harbour Hotel", "Ruth Lane"},
		{"我叫外卖的时候认识了店长。\n电话138 0013 8001\n\n工作经历\n2019年3月到现在在某某餐厅做领班", ""},
	} {
		res, _ := New(nil).Run(textDoc(tt.text))
		if res.Basics.Name != tt.want {
			t.Errorf("name of %.30q = %q, want %q", tt.text, res.Basics.Name, tt.want)
		}
	}
}

// TestTwoScriptLabel: a headline in two scripts apart by a middle dot
// keeps its first script, as a name does; one script on both sides is
// one headline.
func TestTwoScriptLabel(t *testing.T) {
	for _, tt := range []struct{ in, label, alt string }{
		{"Glassblower · 玻璃吹制师", "Glassblower", "玻璃吹制师"},
		{"玻璃吹制师 · Glassblower", "玻璃吹制师", "Glassblower"},
		{"Glassblower · Studio & Commission Work", "Glassblower · Studio & Commission Work", ""},
		{"玻璃吹制师 · 工作室负责人", "玻璃吹制师 · 工作室负责人", ""},
		{"Glassblower · Tutor · 玻璃吹制师", "Glassblower · Tutor · 玻璃吹制师", ""},
	} {
		label, alt, _ := twoScriptLabel(tt.in)
		if label != tt.label || alt != tt.alt {
			t.Errorf("twoScriptLabel(%q) = %q, %q; want %q, %q", tt.in, label, alt, tt.label, tt.alt)
		}
	}
	for _, tt := range []struct{ headline, label string }{
		{"Glassblower · 玻璃吹制师", "Glassblower"},
		{"玻璃吹制师 · Glass Artist", "玻璃吹制师"},
		{"数据分析师 · Python", "数据分析师 · Python"}, // (a skill, not the title in English)
	} {
		res, _ := New(nil).Run(textDoc("Ana Lima\n" + tt.headline + "\nana@example.com\n\nEXPERIENCE\nGlassblower, Kiln Row Studio, 2019 – 2024"))
		if res.Basics.Label != tt.label {
			t.Errorf("%q: label %q, want %q", tt.headline, res.Basics.Label, tt.label)
		}
	}
}

// TestAltNameInHeadline: the name in the other script leading the
// headline under a Chinese name is the name's, not the title's.
func TestAltNameInHeadline(t *testing.T) {
	for _, tt := range []struct{ headline, label, alt string }{
		{"Xiaohe Lin · Glassblower", "Glassblower", "Xiaohe Lin"},
		{"Glassblower · Studio Work", "Glassblower · Studio Work", ""},
	} {
		res, _ := New(nil).Run(textDoc("林小禾\n" + tt.headline + "\nxiaohe@example.com\n\n工作经历\n2019.07 - 2024.06  某某玻璃工作室  吹制师"))
		alt, _ := res.Basics.X["x-altName"].(string)
		if res.Basics.Label != tt.label || alt != tt.alt {
			t.Errorf("%q: label %q, alt %q; want %q, %q", tt.headline, res.Basics.Label, alt, tt.label, tt.alt)
		}
	}
}

// TestPostBoxLine: a post box's number and postcode are no phone, and a
// post box under the name is an address, no headline.
func TestPostBoxLine(t *testing.T) {
	for _, box := range []string{"P.O. Box 40777-00200, Kisumu", "PO Box 40777, Kisumu"} {
		res, _ := New(nil).Run(textDoc("OTIENO ALUOCH\n" + box + "\nTel: 0722 555 019\nEmail: otieno@example.co.ke\n\nEDUCATION\n2012 - 2014   Diploma in Land Surveying"))
		if b := res.Basics; b.Phone != "0722 555 019" || b.Label != "" {
			t.Errorf("%q: phone %q, label %q; want the Tel number and no label", box, b.Phone, b.Label)
		}
	}
	if p := findPhone("P.O. Box 40777-00200"); p != "" {
		t.Errorf("findPhone read a box's number as a phone: %q", p)
	}
}

// TestExpectationRow: a row under 求职意向 set apart by bars gives the
// post as the label, the city, the pay and when one can start, the facts
// also when a line above gave the post; a row of posts alone stays the
// label as written.
func TestExpectationRow(t *testing.T) {
	for _, tt := range []struct {
		row                  string
		label, city          string
		salary, availability any
	}{
		{"仓储主管 ｜ 嘉兴 ｜ 9-11K ｜ 随时到岗", "仓储主管", "嘉兴", "9-11K", "随时到岗"},
		{"数据分析师 | 杭州 | 面议", "数据分析师", "杭州", "面议", nil},
		{"全职 ｜ 质检主管 ｜ 宁波 ｜ 8000-10000元", "质检主管", "宁波", "8000-10000元", nil},
		{"质检主管 ｜ 宁波 ｜ 15k-20k×14薪", "质检主管", "宁波", "15k-20k×14薪", nil},
		{"仓储主管 | 物流主管", "仓储主管 | 物流主管", "", nil, nil},
		{"意向岗位：仓储主管\n嘉兴 ｜ 9-11K ｜ 随时到岗", "仓储主管", "嘉兴", "9-11K", "随时到岗"},
	} {
		res, _ := New(nil).Run(textDoc("王明\n电话：13800000000\n\n求职意向\n" + tt.row))
		b := res.Basics
		city := ""
		if b.Location != nil {
			city = b.Location.City
		}
		got := []any{b.Label, city, b.X["x-expectedSalary"], b.X["x-availability"]}
		if diff := cmp.Diff([]any{tt.label, tt.city, tt.salary, tt.availability}, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.row, diff)
		}
	}
}

// TestNameSuffix: a title written after the name on its line is no part
// of it, in either script.
func TestNameSuffix(t *testing.T) {
	for _, tt := range []struct{ line, name string }{
		{"林怡君履歷", "林怡君"},
		{"陈晓东的个人简历", "陈晓东"},
		{"周文華 個人履歷", "周文華"},
		{"吴海燕", "吴海燕"},
	} {
		res, _ := New(nil).Run(textDoc(tt.line + "\n电话：13800000000\n邮箱：a@example.com"))
		if res.Basics.Name != tt.name {
			t.Errorf("%q: name %q, want %q", tt.line, res.Basics.Name, tt.name)
		}
	}
}

// TestFacultyGrid: a faculty page's grid of labels and values gives the
// phone, the department and the title.
func TestFacultyGrid(t *testing.T) {
	d := &doc.Document{Lines: []doc.Line{
		{Text: "孟书远"},
		{Text: "职    称 | 副教授 | 所在系所 | 地理系", Cells: []string{"职    称", "副教授", "所在系所", "地理系"}},
		{Text: "电子邮箱 | mengsy@example.edu | 办公电话 | 010-5550 0172", Cells: []string{"电子邮箱", "mengsy@example.edu", "办公电话", "010-5550 0172"}},
	}}
	res, _ := New(nil).Run(d)
	b := res.Basics
	got := []any{b.Label, b.Phone, b.X["x-department"]}
	if diff := cmp.Diff([]any{"副教授", "010-5550 0172", "地理系"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestVCard: a contact card pasted into a résumé gives the basics its
// properties hold; the others are dropped.
func TestVCard(t *testing.T) {
	src := "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Lima\nN:Lima;Ana;;;\nTITLE:Head Keeper\nADR;TYPE=HOME:;;1 Mill Lane;Ambleside;Cumbria;LA22;UK\nTEL;CELL:07700 900123\nEMAIL;HOME:ana.lima@example.com\nURL:https://analima.example\nEND:VCARD\n\nExperience\nKeeper, Moor Holdings Ltd, 2017 – 2020\n"
	res, _ := New(nil).Run(textDoc(src))
	got := map[string]string{"name": res.Basics.Name, "label": res.Basics.Label, "email": res.Basics.Email, "phone": res.Basics.Phone, "url": res.Basics.URL}
	want := map[string]string{"name": "Ana Lima", "label": "Head Keeper", "email": "ana.lima@example.com", "phone": "07700 900123", "url": "https://analima.example"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("basics (-want +got):\n%s", diff)
	}
	if res.Basics.Location == nil || res.Basics.Location.Address != "1 Mill Lane, Ambleside, Cumbria LA22, UK" {
		t.Errorf("location = %+v", res.Basics.Location)
	}
}

// TestVCardCutShort: a card with no END ends at a blank line, so the
// résumé after it is read; a property in a group is read by its name.
func TestVCardCutShort(t *testing.T) {
	src := "Ana Lima\nana@example.com\n\nBEGIN:VCARD\nVERSION:3.0\nFN:Ana Lima\nitem1.URL:https://analima.example\n\nExperience\nKeeper, Moor Holdings Ltd, 2017 – 2020\n"
	res, _ := New(nil).Run(textDoc(src))
	if res.Basics.URL != "https://analima.example" {
		t.Errorf("url = %q", res.Basics.URL)
	}
	if len(res.Work) != 1 || res.Work[0].Name != "Moor Holdings Ltd" {
		t.Errorf("work = %+v", res.Work)
	}
}
