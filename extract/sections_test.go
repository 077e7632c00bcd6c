package extract

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/schema"
)

// TestHeadingVetoes gives each heading veto a case where it applies and one
// where it does not: a line that names a section, the section it stands in
// and the document's heading styles.
func TestHeadingVetoes(t *testing.T) {
	mk := func(dl doc.Line) *line {
		return &line{Line: dl, text: dl.Text, raw: dl.Text, runes: len([]rune(dl.Text))}
	}
	skills := &section{kind: kSkills, heading: mk(doc.Line{Text: "Skills", Bold: true, Size: 14})}
	work := &section{kind: kWork, heading: mk(doc.Line{Text: "Experience", Heading: 2}), lines: []*line{mk(doc.Line{Text: "Acme  2019 – 2021"})}}
	awards := &section{kind: kAwards, heading: mk(doc.Line{Text: "Awards", Heading: 2}), lines: []*line{mk(doc.Line{Text: "Dean's list"})}}
	top := &section{kind: kHeader}
	textSkills := &section{kind: kSkills, heading: mk(doc.Line{Text: "Skills"})}
	tests := []struct {
		veto       string
		l          doc.Line
		k          Kind
		cur        *section
		level      int
		headSize   float64
		styleKinds int
		want       bool
	}{
		{"sub-heading at a deeper level", doc.Line{Text: "Languages", Heading: 4}, kLanguages, skills, 2, 0, 1, true},
		{"sub-heading at a deeper level", doc.Line{Text: "Languages", Heading: 2}, kLanguages, skills, 2, 0, 1, false},
		{"sub-heading at a deeper level", doc.Line{Text: "Languages", Heading: 4}, kLanguages, skills, 2, 0, 3, false},
		{"sub-heading in smaller type", doc.Line{Text: "Languages", Bold: true, Size: 10}, kLanguages, skills, 0, 16, 1, true},
		{"sub-heading in smaller type", doc.Line{Text: "Languages", Bold: true, Size: 16}, kLanguages, skills, 0, 16, 1, false},
		{"skill group in smaller type than its section's heading", doc.Line{Text: "Languages", Size: 9}, kLanguages, skills, 0, 0, 1, true},
		{"skill group in smaller type than its section's heading", doc.Line{Text: "Languages", Size: 13}, kLanguages, skills, 0, 0, 1, false},
		{"skill group in smaller type than its section's heading", doc.Line{Text: "Languages", Size: 9}, kLanguages, awards, 0, 0, 1, false},
		{"bulleted sub-heading", doc.Line{Text: "Languages", Marker: "•", Heading: 4}, kLanguages, skills, 4, 0, 1, true},
		{"bulleted sub-heading", doc.Line{Text: "Languages", Marker: "1.", Heading: 4}, kLanguages, skills, 4, 0, 1, false},
		{"bulleted sub-heading", doc.Line{Text: "Languages", Marker: "•"}, kLanguages, top, 0, 0, 1, false},
		{"bulleted sub-heading", doc.Line{Text: "自我评价 ※", Marker: "※"}, kSummary, skills, 0, 0, 1, false},
		{"bulleted sub-heading", doc.Line{Text: "个人项目", Marker: "▶", Indent: 4}, kProjects, &section{kind: kWork, heading: mk(doc.Line{Text: "▣   实习经历", Indent: 4})}, 0, 0, 1, false},
		{"bulleted sub-heading", doc.Line{Text: "个人项目", Marker: "▶", Indent: 8}, kProjects, &section{kind: kWork, heading: mk(doc.Line{Text: "▣   实习经历", Indent: 4})}, 0, 0, 1, true},
		{"bulleted sub-heading", doc.Line{Text: "个人项目", Marker: "▶", Indent: 4}, kProjects, &section{kind: kWork, heading: mk(doc.Line{Text: "实习经历", Indent: 4})}, 0, 0, 1, true},
		{"indented sub-heading", doc.Line{Text: "Languages", Indent: 4}, kLanguages, textSkills, 0, 0, 0, true},
		{"indented sub-heading", doc.Line{Text: "Languages", Indent: 0}, kLanguages, textSkills, 0, 0, 0, false},
		{"group names over their items in columns", doc.Line{Text: "Languages          Tools"}, kLanguages, textSkills, 0, 0, 0, true},
		{"group names over their items in columns", doc.Line{Text: "Languages          Tools"}, kLanguages, work, 0, 0, 0, false},
		{"group names over their items in columns", doc.Line{Text: "Languages"}, kLanguages, textSkills, 0, 0, 0, false},
		{"label inside an entry", doc.Line{Text: "Highlights"}, kOther, work, 2, 0, 1, true},
		{"label inside an entry", doc.Line{Text: "Highlights"}, kOther, skills, 2, 0, 1, false},
		{"a plain label with a colon in a job, where the section's heading is marked", doc.Line{Text: "Selected projects:"}, kProjects, work, 2, 0, 1, true},
		{"a plain label with a colon in a job, where the section's heading is marked", doc.Line{Text: "Selected projects:", Bold: true}, kProjects, work, 2, 0, 1, false},
		{"a plain label with a colon in a job, where the section's heading is marked", doc.Line{Text: "Projects"}, kProjects, work, 2, 0, 1, false},
		{"a plain label with a colon in a job, where the section's heading is marked", doc.Line{Text: "Projects:"}, kProjects, textSkills, 0, 0, 0, false},
		{"a plain label with a colon in a job, where the section's heading is marked", doc.Line{Text: "Selected projects:"}, kProjects, &section{kind: kWork, heading: mk(doc.Line{Text: "E X P E R I E N C E"})}, 0, 0, 0, true},
		{"a plain label with a colon in a job, where the section's heading is marked", doc.Line{Text: "Selected projects:"}, kProjects, &section{kind: kWork, heading: mk(doc.Line{Text: "Experience"})}, 0, 0, 0, false},
		{"languages one programs in, under skills", doc.Line{Text: "Languages", Bold: true, Size: 16}, kLanguages, skills, 0, 0, 1, true},
		{"languages one programs in, under skills", doc.Line{Text: "Languages", Bold: true, Size: 16}, kLanguages, awards, 0, 0, 1, false},
		{"languages one programs in, under skills", doc.Line{Text: "Interests", Bold: true, Size: 16}, kInterests, skills, 0, 0, 1, false},
		{"item of its own section", doc.Line{Text: "校级荣誉称号"}, kAwards, awards, 2, 0, 1, true},
		{"item of its own section", doc.Line{Text: "校级荣誉称号", Bold: true}, kAwards, awards, 2, 0, 1, false},
		{"item of its own section", doc.Line{Text: "技能与其他"}, kMixed, &section{kind: kMixed, lines: []*line{mk(doc.Line{Text: "2022.12 | 国家励志奖学金 | 教育部"})}}, 2, 0, 1, false},
	}
	r := &run{x: New(nil), lx: NewLexicon()}
	covered := map[string]bool{}
	for _, tt := range tests {
		covered[tt.veto] = true
		c := &headCtx{r: r, l: mk(tt.l), k: tt.k, cur: tt.cur, level: tt.level, headSize: tt.headSize, styleKinds: tt.styleKinds, next: mk(doc.Line{Text: "Go          Git", Indent: 8})}
		found := false
		for _, v := range headingVetoes {
			if v.name == tt.veto {
				found = true
				if got := v.applies(c); got != tt.want {
					t.Errorf("%s: %+v in %s: %v, want %v", tt.veto, tt.l, tt.cur.kind, got, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("no veto %q", tt.veto)
		}
	}
	for _, v := range headingVetoes {
		if !covered[v.name] {
			t.Errorf("veto %q has no test case", v.name)
		}
	}
}

// TestIsName: names in Latin letters of any alphabet, with particles, and
// what is no name.
func TestIsName(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Tomás Herrera", true},
		{"Łukasz Nowak", true},
		{"Ana de la Cruz", true},
		{"Jan van Dijk", true},
		{"Marcus HOLLOWAY", true},
		{"张伟", true},
		{"Hola, I'm", false},
		{"Senior Software Engineer", false},
		{"Work Experience", false},
		{"tomás herrera", false},
		{"方  磊", true},
		{"罗　静", true},
		{"乔 安然", true},
		{"张三 李四", false},
		{"GitHub CSDN", false},
		{"GitHub Smith", true},
		{"Dear Mrs Alvarez", false},
		// a heading's question or place words, never a name's first
		{"WHAT I'M LOOKING FOR", false},
		{"Where I Trained", false},
		{"OFF THE WATER", false},
		{"How Jia Hui", true},
		{"Hi Mr Lee", false},
		{"To Minh Anh", true},
		{"欧阳澜", true},
		{"許家瑋", true},
		{"楼思琪", true},
		{"迪丽·热巴", true},
		{"头像", false},
		{"履歷表", false},
		{"陕西", false},
		{"The Netherlands", false},
		{"My Network", false},
		{"Europass Curriculum Vitae", false},
		{"Miriam Teller", true},
		{"Charity Wanjiru", true},
		{"See Toh Wei Ming", true},
		{"岳阳", false},
		{"成都", false},
		{"Data Analyst", false},
		{"Hsiu-wen (Wendy) Chou", true},
		{"Candidate Report", false},
		{"候选人推荐报告", false},
		{"Data (Senior) Analyst", false},
	} {
		if got := r.isName(tt.s); got != tt.want {
			t.Errorf("isName(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	// an icon before the name dresses it
	for _, tt := range []struct{ s, name, alt string }{
		{"👋 林可", "林可", ""},
		{"👋 林可 (Ke Lin)", "林可", "Ke Lin"},
		{"🧑‍💻 Tomás Herrera", "Tomás Herrera", ""},
		{"Dr Tamsin E. Greaves", "Tamsin E. Greaves", ""},
		{"Prof. Ana Lima", "Ana Lima", ""},
		{"Mr Bean", "Mr Bean", ""},
		{"Ana Lima (she/her)", "Ana Lima", ""},
		{"Hannah Brooks She/Her", "Hannah Brooks", ""},
		{"Resume of Ana Lima", "Ana Lima", ""},
		{"CV — Ana Lima", "Ana Lima", ""},
	} {
		r := &run{x: New(nil), lx: NewLexicon(), res: &schema.Resume{}}
		ok := r.setName(tt.s)
		alt, _ := r.res.Basics.X["x-altName"].(string)
		if !ok || r.res.Basics.Name != tt.name || alt != tt.alt {
			t.Errorf("setName(%q): name %q, alt %v; want %q, %q", tt.s, r.res.Basics.Name, r.res.Basics.X["x-altName"], tt.name, tt.alt)
		}
	}
}

// TestKindByContent: a section under a heading the lexicon lacks takes
// the kind its lines show, or stays unknown.
func TestKindByContent(t *testing.T) {
	p := func(s string) doc.Line { return doc.Line{Text: s} }
	tests := []struct {
		name    string
		heading string // "Quest log" when empty
		lines   []doc.Line
		want    Kind
	}{
		{"jobs", "", []doc.Line{p("JUN 2025 — SEP 2025"), p("Quarrystone Games Level Design Intern"), {Text: "Built the harbour level.", Marker: "•"}}, kWork},
		{"projects", "", []doc.Line{p("SEP 2025 – JUN 2026"), p("Emberpath"), p("ana-lima.itch.io/emberpath"), p("Role: Gameplay programmer")}, kProjects},
		{"schools", "", []doc.Line{p("2021 – 2025"), p("Avon Bay University"), p("B.S. Computer Science")}, kEducation},
		{"languages", "", []doc.Line{p("English ♥♥♥♥♥ native"), p("Japanese ♥♥♡♡♡ JLPT N4")}, kLanguages},
		{"works with their tools", "", []doc.Line{{Text: "Roster merger (Python, pandas) — merges gradebook exports.", Marker: "1."}, {Text: "Bus tracker (Go, PostGIS, 2023) — live arrivals", Marker: "2."}}, kProjects},
		{"prose about technologies", "", []doc.Line{p("I write SQL every day, clean data in Python with pandas, and build dashboards in Tableau and Looker. I am an Excel power user.")}, kSkills},
		{"prose about something else", "", []doc.Line{p("I taught algebra for eight years and ran the department's data meetings. I coach the MathCounts team.")}, kOther},
		{"nothing to go by", "", []doc.Line{p("Kite flying · Board games · Knitting")}, kOther},
		{"jobs whose title is a field apart by a wide gap", "", []doc.Line{p("2019.9-至今  桐江机务段（城东检修车间）  检修班长"), p("管三个车站的设备。"), p("2012年7月-2019年8月  桐江器材装配段（北区车间）  装配工")}, kWork},
		{"sentences that name spans, no entries", "", []doc.Line{{Text: "牵头制定化肥厂2021—2023年度设备检修计划和节能改造方案，能耗下降8%。", Marker: "1."},
			{Text: "负责质检科的日常管理，2022年通过体系复审。", Marker: "2."}, {Text: "资格证书 | 注册安全工程师 2019年", Cells: []string{"资格证书", "注册安全工程师 2019年"}}}, kOther},
		{"a section's word in a heading the lexicon lacks", "Grants-Awards", []doc.Line{p("Best Poster, Avon Symposium 2022")}, kAwards},
		{"a negated section's word over jobs", "Non-Academic Work", []doc.Line{p("Copperleaf Café"), p("Barista, Sep 2014 – Jun 2016"), p("Harbour Books"), p("Shift Supervisor, Jul 2016 – Aug 2018")}, kWork},
		{"an adjective of a section's word", "Educational Record", []doc.Line{p("A levels: Maths, Physics — 2011")}, kEducation},
		{"a heading the lexicon knows as no section's, a section's word in it", "Career Highlights", []doc.Line{p("Opened the Leeds office in 2019")}, kOther},
	}
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range tests {
		h := tt.heading
		if h == "" {
			h = "Quest log"
		}
		s := &section{kind: kOther, heading: &line{Line: doc.Line{Text: h}, text: h}}
		for _, dl := range tt.lines {
			s.lines = append(s.lines, &line{Line: dl, text: dl.Text, raw: dl.Text, runes: len([]rune(dl.Text))})
		}
		r.kindByContent([]*section{s})
		if s.kind != tt.want {
			t.Errorf("%s: kind %s, want %s", tt.name, s.kind, tt.want)
		}
	}
}

func TestFlankedHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"～ Where I've worked ～": true,
		"— Experience —":        true,
		"* Projects *":          true,
		"～Where～":               false, // no space: a word in marks
		"《雾港》":                  false,
		"- 2019 -":              false,
		"* Built a thing. *":    false,
		"Where I've worked":     false,
	} {
		if got := flankedHeading(s); got != want {
			t.Errorf("flankedHeading(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestStyledHeading: a short line in the style that heads three kinds of
// section or more is a heading the lexicon lacks, unless the style names
// the entries of its part too; so is a line alone after a rule where rules
// part the sections.
func TestStyledHeading(t *testing.T) {
	h := func(s string) doc.Line { return doc.Line{Text: s, Bold: true, Size: 13} }
	p := func(s string) doc.Line { return doc.Line{Text: s, Size: 11} }
	tests := []struct {
		name  string
		lines []doc.Line
		want  []Kind
	}{
		{"a heading the lexicon lacks", []doc.Line{p("石某某"), h("工作经历"), p("2011 – 2015 某律师事务所 律师"), h("案件选录"), p("某建工集团合同纠纷系列案（2019-2021）"), h("荣誉"), p("2022年 优秀律师"), h("自我评价"), p("认真负责。")},
			[]Kind{kHeader, kWork, kOther, kAwards, kSummary}},
		{"entries named in the headings' style", []doc.Line{p("石某某"), h("项目经历"), h("Emberpath"), p("A game."), h("Saltmarsh"), p("Another game."), h("荣誉"), p("2022年 优秀律师"), h("自我评价"), p("认真负责。")},
			[]Kind{kHeader, kProjects, kAwards, kSummary}},
		{"a marked heading in the level of two known ones", []doc.Line{p("Juno Castellanos"), {Text: "Side projects", Heading: 2, Bold: true, Size: 10}, p("2024 — now Tidepool Timer"), {Text: "Where I've been", Heading: 2, Bold: true, Size: 10}, p("Pelican Health · iOS Developer"), p("Jul 2023 – Present"), {Text: "School", Heading: 2, Bold: true, Size: 10}, p("Coronado State University · B.S.")},
			[]Kind{kHeader, kProjects, kOther, kEducation}},
		{"a plain line after a gap that ends in a section's word", []doc.Line{p("Ana Lima"), {Text: "Boatyard & rigging work", Blank: true}, p("2019 – 2021  Acme  Engineer"), {Text: "Education", Blank: true}, p("2010 – 2014  Avon University  BSc")},
			[]Kind{kHeader, kWork, kEducation}},
		{"headings underlined in capitals, one right under the name's lines", []doc.Line{p("ANA LIMA"), p("Rigger  -  sail lofts"), p("tel 07700 900123"),
			{Text: "WHAT I'M LOOKING FOR", Heading: 2, Blank: true}, p("A rigging post on the east coast."), {Text: "THE YARDS", Heading: 2, Blank: true}, p("Rigger, Kestrel Lofts Ltd   2019 – 2021"),
			{Text: "EDUCATION", Heading: 2, Blank: true}, p("2010 – 2014  Avon University  BSc"), {Text: "REFERENCES", Heading: 2, Blank: true}, p("On request.")},
			[]Kind{kHeader, kOther, kOther, kEducation, kReferences}},
		{"headings marked in Markdown, one in the first person right under the name's lines", []doc.Line{{Text: "Ana Lima", Heading: 1}, p("Rigger - sail lofts"), p("Napier · ana@example.com"),
			{Text: "What I'm looking for", Heading: 2, Blank: true}, p("A rigging post on the east coast."), {Text: "The yards", Heading: 2, Blank: true}, {Text: "Kestrel Lofts Ltd, Napier", Heading: 3}, p("Rigger — 2019 – 2021"),
			{Text: "Education", Heading: 2, Blank: true}, p("2010 – 2014  Avon University  BSc"), {Text: "References", Heading: 2, Blank: true}, p("On request.")},
			[]Kind{kHeader, kOther, kOther, kEducation, kReferences}},
		{"a tagline in the first person set as the headings right under the name is its headline", []doc.Line{{Text: "Ana Lima", Heading: 1}, p("Napier · ana@example.com"),
			{Text: "I rig boats that sail safely", Heading: 2, Blank: true}, p("Ten years in sail lofts."), {Text: "The yards", Heading: 2, Blank: true}, {Text: "Kestrel Lofts Ltd, Napier", Heading: 3}, p("Rigger — 2019 – 2021"),
			{Text: "Education", Heading: 2, Blank: true}, p("2010 – 2014  Avon University  BSc"), {Text: "References", Heading: 2, Blank: true}, p("On request.")},
			[]Kind{kHeader, kEducation, kReferences}},
		{"a field in capitals set as the headings right under the name is its headline", []doc.Line{p("ANA LIMA"), p("ana@example.com"), {Text: "COASTAL RIGGING & SAIL REPAIR", Heading: 2, Blank: true}, p("Ten years in sail lofts."),
			{Text: "THE YARDS", Heading: 2, Blank: true}, p("Rigger, Kestrel Lofts Ltd   2019 – 2021"),
			{Text: "EDUCATION", Heading: 2, Blank: true}, p("2010 – 2014  Avon University  BSc"), {Text: "REFERENCES", Heading: 2, Blank: true}, p("On request.")},
			[]Kind{kHeader, kOther, kEducation, kReferences}},
		{"a job's title set as the headings right under the name is its headline", []doc.Line{p("ANA LIMA"), {Text: "RIGGING SUPERVISOR", Heading: 2, Blank: true}, p("ana@example.com"),
			{Text: "THE YARDS", Heading: 2, Blank: true}, p("Rigger, Kestrel Lofts Ltd   2019 – 2021"),
			{Text: "EDUCATION", Heading: 2, Blank: true}, p("2010 – 2014  Avon University  BSc"), {Text: "REFERENCES", Heading: 2, Blank: true}, p("On request.")},
			[]Kind{kHeader, kOther, kEducation, kReferences}},
		{"capitals after a gap in plain text", []doc.Line{p("Ana Lima"), {Text: "EXPERIENCE", Blank: true}, p("2019 – 2021  Acme  Engineer"), {Text: "TEACHING", Blank: true}, p("2018 – now  MB2031 Coral Reef Ecology"),
			{Text: "PROJECTS", Blank: true}, p("03/2015 – 09/2016"), p("SYNTHGRASP"), {Text: "EDUCATION", Blank: true}, p("2010 – 2014  Avon University  BSc")},
			[]Kind{kHeader, kWork, kOther, kProjects, kEducation}},
		{"capitals after a gap over entries that name their school or employer beside their dates", []doc.Line{p("Ana Lima"), {Text: "ABOUT", Blank: true}, p("A sail maker."),
			{Text: "THE LOFT", Blank: true}, p("Kestrel Lofts Ltd, Napier  -  owner   2019 – 2024"),
			{Text: "WHERE I STUDIED", Blank: true}, p("Avon College     2005 - 2008"),
			{Text: "PRIZES", Blank: true}, p("Best Sail, 2017"), {Text: "TOOLS", Blank: true}, p("Needles, palms")},
			[]Kind{kHeader, kSummary, kOther, kOther, kAwards, kSkills}},
		{"titles set as the headings are, each over one job's line that names its employer", []doc.Line{p("Ana Lima"), {Text: "Experience", Bold: true}, p("I have worked on boats all my life."),
			{Text: "Sail Maker", Bold: true}, p("Kestrel Lofts Ltd    2019 – 2021"), {Text: "Yard Hand", Bold: true}, p("Moana Marine Ltd    2016 – 2019"),
			{Text: "Education", Bold: true}, p("Avon College    2010 – 2014"), {Text: "Awards", Bold: true}, p("Best Sail, 2017")},
			[]Kind{kHeader, kWork, kEducation, kAwards}},
		{"skill groups named at the headings' level over their items", []doc.Line{p("庞某"), {Text: "Experience", Heading: 4}, p("2019 – 2021 某公司 工程师"), {Text: "Skills", Heading: 4}, {Text: "设计软件", Heading: 4}, p("AutoCAD Electrical  EPLAN P8  ETAP"),
			{Text: "控制系统", Heading: 4}, p("TIA Portal  Modbus"), {Text: "Education", Heading: 4}, p("2015 – 2019 某学院")},
			[]Kind{kHeader, kWork, kSkills, kEducation}},
		{"a line alone after a rule, where rules part the sections", []doc.Line{p("Ana Lima"), {Text: "What I do these days", Rule: true, Blank: true}, {Text: "Data Fellow, Acme — Jan 2024 - now", Blank: true},
			{Text: "Education", Rule: true, Blank: true}, p("B.S., Mathematics — Avon College, 2016")},
			[]Kind{kHeader, kOther, kEducation}},
		{"rules between entries, none before a known heading, part no sections", []doc.Line{p("Ana Lima"), {Text: "Projects", Blank: true}, p("Kettle"), p("A game made in 48 hours."),
			{Text: "Ferrylog", Rule: true, Blank: true}, {Text: "A tide timer for surfers.", Blank: true}, {Text: "Moss", Rule: true, Blank: true}, {Text: "A garden log.", Blank: true}},
			[]Kind{kHeader, kProjects}},
		{"one rule parts no sections", []doc.Line{p("Ana Lima"), {Text: "What I do these days", Rule: true, Blank: true}, {Text: "Data Fellow, Acme — Jan 2024 - now", Blank: true},
			{Text: "Education", Blank: true}, p("B.S., Mathematics — Avon College, 2016")},
			[]Kind{kHeader, kEducation}},
		{"a part's title at the headings' level after entries that open with their dates", []doc.Line{p("Ana Lima"), {Text: "Education", Heading: 2, Bold: true}, p("2019 – 2021  MA Ceramics, Avon College of Art"),
			{Text: "Readings", Heading: 2, Bold: true}, p("2024  Clay Talk, Avon Gallery"), p("2022  Kilns, Harbour Hall"), {Text: "Screenings", Heading: 2, Bold: true}, p("2023  Tide, Harbour Hall"),
			{Text: "Awards", Heading: 2, Bold: true}, p("2021  Graduate Award")},
			[]Kind{kHeader, kEducation, kOther, kOther, kAwards}},
		{"employers at the headings' level after a job that opens with its dates", []doc.Line{p("Ana Lima"), {Text: "Experience", Heading: 2, Bold: true}, p("2021 – present  Data Analyst, Kestrelmoor Freight"),
			{Text: "Marlowe & Quist", Heading: 2}, p("2019 – 2021  Junior analyst"), {Text: "Tollan Maps", Heading: 2}, p("2017 – 2019  Intern"), {Text: "Education", Heading: 2, Bold: true}, p("2013 – 2017  BSc, Avon College")},
			[]Kind{kHeader, kWork, kEducation}},
		{"a school at the headings' level under a date that opens its entry", []doc.Line{p("Ana Lima"), {Text: "Education", Heading: 2, Bold: true}, p("2023 - 2025"),
			{Text: "Avon Polytechnic", Heading: 2}, p("MPhil - Bioinformatics"), p("2019 - 2023"), {Text: "Harbour Medical College", Heading: 2}, p("BSc - Biotechnology"), {Text: "Awards", Heading: 2, Bold: true}, p("2021  Graduate Award")},
			[]Kind{kHeader, kEducation, kAwards}},
		{"entries parted by rules, set unlike the headings", []doc.Line{p("Ana Lima"), {Text: "Work", Heading: 3, Rule: true}, {Text: "Community Lead", Bold: true, Blank: true}, p("2019 - 2022"),
			{Text: "Content Editor", Bold: true, Rule: true}, p("2017 - 2019"), {Text: "Education", Heading: 3, Rule: true}, p("Avon College")},
			[]Kind{kHeader, kWork, kEducation}},
		{"a mark set before headings only dresses them, after a section that holds sub-headings", []doc.Line{p("田小雨"), p("兴趣爱好"), p("长跑、摄影"),
			{Text: "教育背景", Marker: "■"}, p("2021.09—2025.06 北川大学"), {Text: "实习经历", Marker: "■"}, p("2024.07—2024.09 南岭规划院"),
			{Text: "其他项目", Marker: "■"}, {Text: "获奖情况", Marker: "■"}, p("2023 年 国家奖学金")},
			[]Kind{kHeader, kInterests, kEducation, kWork, kAwards}},
		{"headings the lexicon lacks in the known ones' style, one after the other, each over a list", []doc.Line{{Text: "Ada Quill", Heading: 1},
			{Text: "Experience", Heading: 2}, {Text: "Owner, Quill Frames (Leeds)", Bold: true}, p("2020-03 – present"), {Text: "Run the shop.", Marker: "-"},
			{Text: "Apprentice, Dunmore Gilders (York)", Bold: true}, p("2013-01 – 2015-08"),
			{Text: "Where I trained", Heading: 2}, {Text: "BA (Hons) Fine Art — Avon College, 2008 – 2011", Marker: "-"},
			{Text: "Bench craft", Heading: 2}, {Text: "Gilding: water and oil, toning", Marker: "-"},
			{Text: "References", Heading: 2}, {Text: "On request", Marker: "-"}},
			[]Kind{kHeader, kWork, kOther, kOther, kReferences}},
		{"groups of skills in the headings' style, each over a list", []doc.Line{{Text: "Ada Quill", Heading: 1},
			{Text: "Education", Heading: 2, Bold: true}, p("BSc Geography, Avon College, 2015"),
			{Text: "Skills", Heading: 2, Bold: true}, p("Leica, Trimble"), {Text: "Field kit", Heading: 2, Bold: true}, p("Total station, GNSS"), {Text: "Office", Heading: 2, Bold: true}, p("AutoCAD, QGIS"),
			{Text: "Experience", Heading: 2, Bold: true}, p("Surveyor, Tayside Civil, 2019 – 2024")},
			[]Kind{kHeader, kEducation, kSkills, kWork}},
		{"projects' names in the dress of the headings, over their text", []doc.Line{p("Ana Lima"), p("ana@example.com"),
			{Text: "Experience", Marker: "■"}, p("Data Analyst, Kestrelmoor Freight    2019 – 2023"), {Text: "Projects", Marker: "■"},
			{Text: "Harbourlight", Marker: "■"}, p("A ferry timetable app."), {Text: "Pennywise", Marker: "■"}, p("A budget tracker."),
			{Text: "Education", Marker: "■"}, p("BSc Statistics, Avon College    2013 – 2016")},
			[]Kind{kHeader, kWork, kProjects, kEducation}},
		{"projects' names in the headings' style after a line of text, undated", []doc.Line{p("Ana Lima"), p("ana@example.com"),
			{Text: "Experience", Bold: true}, p("Data Analyst, Kestrelmoor Freight    2019 – 2023"), {Text: "Projects", Bold: true}, p("Things I built at weekends."),
			{Text: "Harbourlight", Bold: true}, p("A ferry timetable app."), {Text: "Pennywise", Bold: true}, p("A budget tracker."),
			{Text: "Education", Bold: true}, p("BSc Statistics, Avon College    2013 – 2016")},
			[]Kind{kHeader, kWork, kProjects, kEducation}},
		{"a heading the lexicon lacks in the dress of the known ones, after dated entries", []doc.Line{p("田小雨"), p("电话：138 0000 0000"),
			{Text: "教育背景", Marker: "■"}, p("2021.09—2025.06 北川大学"), {Text: "实习经历", Marker: "■"}, p("2024.07—2024.09 南岭规划院 实习生"),
			{Text: "读书与远足", Marker: "■"}, p("每年走一段长城。"), {Text: "获奖情况", Marker: "■"}, p("2023 年 国家奖学金")},
			[]Kind{kHeader, kEducation, kWork, kOther, kAwards}},
		{"a form's label heads in the dress of the headings around it", []doc.Line{p("田小雨"), p("电话：138 0000 0000"),
			{Text: "工作经历", Marker: "◆"}, p("2024.07—至今  南岭规划院  助理规划师"), {Text: "学历", Marker: "◆"}, p("2021.09—2024.06  北川大学  城乡规划  本科"),
			{Text: "证书", Marker: "◆"}, p("注册规划师（2025 年）"), {Text: "自我评价", Marker: "◆"}, p("细心。")},
			[]Kind{kHeader, kWork, kEducation, kCertificates, kSummary}},
		{"three headings at one level, none known, in a document without a known heading", []doc.Line{{Text: "Ada Quill", Heading: 1}, p("Surveyor"), p("ada@example.com"),
			{Text: "Who am I?", Heading: 2}, p("A surveyor who likes long days"), p("outside with a total station"), p("and a flask of tea, and who"), p("can process the data"), p("afterwards."),
			{Text: "What have I done?", Heading: 2}, {Text: "Site Surveyor · Glenmorrow Renewables · 2019 – 2024", Heading: 3}, p("Set out turbine bases."),
			{Text: "What else?", Heading: 2}, p("Hill walking.")},
			[]Kind{kHeader, kOther, kOther}},
		{"entries marked as headings, no section headings: no sections of them", []doc.Line{{Text: "Ada Quill", Heading: 1}, p("ada@example.com"),
			{Text: "Site Surveyor — Glenmorrow Renewables", Heading: 3}, p("2019 – 2024"), p("Set out turbine bases."),
			{Text: "Assistant Surveyor — Tayside Civil", Heading: 3}, p("2015 – 2019"), p("Ran the total station."),
			{Text: "Chainman — Kelvale Groundworks", Heading: 3}, p("2013 – 2015")},
			[]Kind{kHeader}},
		{"a mark set before short lines only, each over lines of its own, where no heading is known", []doc.Line{p("韦小川"), p("电话：138 0000 0000"),
			{Text: "做过的事", Marker: "▶"}, p("2019.9-至今  某某机务段  检修工"), {Text: "读过的书", Marker: "▶"}, p("2015.9—2019.6  某某职业学院  机车检修"),
			{Text: "拿过的证", Marker: "▶"}, p("电工证  2018年")},
			[]Kind{kHeader, kOther, kOther, kOther}},
		{"a mark set before lines after dated entries sets items", []doc.Line{p("韦小川"), p("电话：138 0000 0000"), p("2019.07—至今  青禾科技有限公司  Java 开发工程师"),
			{Text: "智慧仓储", Marker: "◆"}, p("负责后端接口。"), {Text: "订单中台", Marker: "◆"}, p("负责订单拆分。"), {Text: "报表平台", Marker: "◆"}, p("负责报表导出。")},
			[]Kind{kHeader}},
		{"a mark set before items one after another is a bullet", []doc.Line{p("韦小川"), p("电话：138 0000 0000"),
			{Text: "做过的事", Marker: "▶"}, {Text: "读过的书", Marker: "▶"}, {Text: "拿过的证", Marker: "▶"}, p("电工证  2018年")},
			[]Kind{kHeader}},
		{"a mark that also sets an item is a bullet", []doc.Line{p("田小雨"), p("兴趣爱好"), {Text: "长跑（每周三次，十公里）", Marker: "■"},
			{Text: "教育背景", Marker: "■"}, p("2021.09—2025.06 北川大学"), {Text: "实习经历", Marker: "■"}, p("2024.07—2024.09 南岭规划院"),
			{Text: "获奖情况", Marker: "■"}, p("2023 年 国家奖学金")},
			[]Kind{kHeader, kInterests}},
	}
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range tests {
		var ls []*line
		for _, dl := range tt.lines {
			ls = append(ls, &line{Line: dl, text: dl.Text, raw: dl.Text, runes: len([]rune(dl.Text))})
		}
		var got []Kind
		for _, s := range r.sectionize(ls) {
			got = append(got, s.kind)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, d)
		}
	}
}

// TestRouteMixed: the lines under a heading that names two kinds go to
// the kind each shows.
func TestRouteMixed(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	mk := func(s string) *line { return &line{Line: doc.Line{Text: s}, text: s, raw: s, runes: len([]rune(s))} }
	for _, tt := range []struct {
		name, heading string
		lines         []*line
		want          map[Kind][]string
	}{
		{"tools, certificates and a language", "技能/证书", []*line{mk("工具：Axure、墨刀、Visio"), mk("证书：PMP（2020年）"), mk("英语：CET-6，能阅读英文文档")}, map[Kind][]string{
			kSkills:       {"工具：Axure、墨刀、Visio"},
			kCertificates: {"PMP（2020年）"},
			kLanguages:    {"英语：CET-6，能阅读英文文档"},
		}},
		// a section's name as a label, a wide gap, its value (a table without cells)
		{"labels apart by a gap", "语言与技能", []*line{mk("外语        英语（CET-6），能读法文文献"), mk("技能        海图绘制、QGIS")}, map[Kind][]string{
			kLanguages: {"英语（CET-6），能读法文文献"},
			kSkills:    {"海图绘制、QGIS"},
		}},
		{"tickets", "Qualifications & Tickets", []*line{mk("ACS CCN1, CENWAT ..... renewed 2023"), mk("BSc Building Services, Avon University, 2014"), mk("NVQ Level 3 Diploma in Gas Utilisation ..... 2014")}, map[Kind][]string{
			kCertificates: {"ACS CCN1, CENWAT ..... renewed 2023", "NVQ Level 3 Diploma in Gas Utilisation ..... 2014"},
			kEducation:    {"BSc Building Services, Avon University, 2014"},
		}},
		// sub-labels in two scripts part the kinds; a label beside its value
		// is no sub-label
		{"two scripts", "Skills & Languages", []*line{mk("Skills 技能"), mk("数据：SQL、Excel"), mk("Languages 语言"), mk("English – fluent"), mk("粤语 – conversational")}, map[Kind][]string{
			kSkills:    {"数据：SQL、Excel"},
			kLanguages: {"English – fluent", "粤语 – conversational"},
		}},
		// a heading in two scripts names the sections both halves name; a
		// line opening with a spoken language and its level is a language,
		// a title opening with a language's name is not
		{"languages among certificates", "证书与语言 Certificates & Languages", []*line{mk("Cloud Practitioner, 2021"), mk("英语 English：CET-6"), mk("English — native · Portuguese — B2"), mk("English Teaching Certificate (CELTA), 2019"), mk("英语教师资格证（2018年）"), mk("French-English Translator Certificate, 2020"), mk("日语 N2")}, map[Kind][]string{
			kCertificates: {"Cloud Practitioner, 2021", "English Teaching Certificate (CELTA), 2019", "英语教师资格证（2018年）", "French-English Translator Certificate, 2020"},
			kLanguages:    {"英语 English：CET-6", "English — native · Portuguese — B2", "日语 N2"},
		}},
		{"posts and degrees apart by commas", "教育与工作经历", []*line{mk("2020.07—至今  东川大学地理学院，副教授（2022年起任硕士生导师）"),
			mk("2018.09—2020.06  南岭地质研究所，博士后（合作导师：某研究员）"), mk("2013.09—2018.06  东川大学地理学院，自然地理学，博士（导师：某教授）")}, map[Kind][]string{
			kWork:      {"2020.07—至今  东川大学地理学院，副教授（2022年起任硕士生导师）", "2018.09—2020.06  南岭地质研究所，博士后（合作导师：某研究员）"},
			kEducation: {"2013.09—2018.06  东川大学地理学院，自然地理学，博士（导师：某教授）"},
		}},
	} {
		s := &section{kind: kMixed, heading: mk(tt.heading), lines: tt.lines}
		got := map[Kind][]string{}
		for _, sec := range r.routeMixed(s, []*section{s}) {
			for _, l := range sec.lines {
				got[sec.kind] = append(got[sec.kind], l.text)
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, d)
		}
	}
	for _, h := range []string{"证书与语言 Certificates & Languages", "证书、语言 Certificates / Languages", "Certificates · Languages 证书 · 语言"} {
		if got := r.mixedKinds(h); !slices.Equal(got, []Kind{kCertificates, kLanguages}) {
			t.Errorf("mixedKinds(%q) = %v, want certificates and languages", h, got)
		}
	}
	if k, ok := r.subLabel(mk("证书  Unity Certified User: Programmer（2024.03）"), []Kind{kCertificates, kLanguages}); ok {
		t.Errorf("subLabel of a label and its value = %q, want none", k)
	}
}

// TestRefereeNoName: a referee's name over their phone, in references, is
// no name that starts the resume's top again; the name in h1 after the
// sidebar is.
func TestRefereeNoName(t *testing.T) {
	p := func(s string) doc.Line { return doc.Line{Text: s} }
	r := &run{x: New(nil), lx: NewLexicon()}
	var ls []*line
	for _, dl := range []doc.Line{{Text: "Contact", Heading: 2}, p("zk@example.com"), {Text: "References", Heading: 2}, p("Sipho Dlamini"), p("+27 21 555 0171"),
		{Text: "Thandi Mokoena", Heading: 1}, p("Brand & Visual Designer"), {Text: "Experience", Heading: 2}, p("Senior Designer — Kestrel Studio, 2020 – present")} {
		ls = append(ls, &line{Line: dl, text: dl.Text, raw: dl.Text, runes: len([]rune(dl.Text))})
	}
	var got []string
	for _, s := range r.sectionize(ls) {
		var texts []string
		for _, l := range s.lines {
			texts = append(texts, l.text)
		}
		got = append(got, string(s.kind)+": "+strings.Join(texts, " / "))
	}
	want := []string{"header: ", "basics: zk@example.com", "references: Sipho Dlamini / +27 21 555 0171", "header: Thandi Mokoena / Brand & Visual Designer", "work: Senior Designer — Kestrel Studio, 2020 – present"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestSpokenLanguagesGroup: a group among the skills named as the
// languages one speaks, over lines that start with a language, goes to
// languages; a group of programming languages stays.
func TestSpokenLanguagesGroup(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	mk := func(s string, bold bool) *line {
		return &line{Line: doc.Line{Text: s, Bold: bold}, text: s, raw: s, runes: len([]rune(s))}
	}
	s := &section{kind: kSkills, heading: mk("Skills", true), lines: []*line{mk("Platforms", true), mk("Excel, Figma", false),
		mk("Languages 语言", true), mk("English – TEM-8；Español – DELE B1", false), mk("Languages", true), mk("C++, Go", false)}}
	got := map[Kind][]string{}
	for _, sec := range r.relocate([]*section{{kind: kHeader}, s}) {
		for _, l := range sec.lines {
			got[sec.kind] = append(got[sec.kind], l.text)
		}
	}
	want := map[Kind][]string{
		kSkills:    {"Platforms", "Excel, Figma", "Languages", "C++, Go"},
		kLanguages: {"English – TEM-8；Español – DELE B1"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestFooterUnderEntries: the contact details and the postal address at
// the foot of the page, under the last section's entries, are the
// contact details where the top of the page gives none; a referee's are
// the references'.
func TestFooterUnderEntries(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	mk := func(s string) *line { return &line{Line: doc.Line{Text: s}, text: s, raw: s, runes: len([]rune(s))} }
	footer := []string{"Tel. 01632 960111   Mob. 07700 900111   E. ana@example.com", "Unit 9, Mill Yard, Tern Bay, Kent CT9"}
	for _, tt := range []struct {
		kind Kind
		top  string // a line at the top of the page
		want map[Kind][]string
	}{
		{kWork, "Sail maker", map[Kind][]string{kHeader: {"Sail maker"}, kWork: {"Kestrel Lofts, Napier   2019 – 2021", "Cut and sewed sails."}, kBasics: footer}},
		{kReferences, "Sail maker", map[Kind][]string{kHeader: {"Sail maker"}, kReferences: append([]string{"Kestrel Lofts, Napier   2019 – 2021", "Cut and sewed sails."}, footer...)}},
		// the top gives the contact details: a referee's under the last job
		{kWork, "ana@example.com", map[Kind][]string{kHeader: {"ana@example.com"}, kWork: append([]string{"Kestrel Lofts, Napier   2019 – 2021", "Cut and sewed sails."}, footer...)}},
	} {
		s := &section{kind: tt.kind, heading: mk("EXPERIENCE")}
		for _, x := range append([]string{"Kestrel Lofts, Napier   2019 – 2021", "Cut and sewed sails."}, footer...) {
			s.lines = append(s.lines, mk(x))
		}
		got := map[Kind][]string{}
		for _, sec := range r.relocate([]*section{{kind: kHeader, lines: []*line{mk(tt.top)}}, s}) {
			for _, l := range sec.lines {
				got[sec.kind] = append(got[sec.kind], l.text)
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", tt.kind, d)
		}
	}
}

// TestProgrammingLanguages: a languages section that lists the languages
// one programs in is a skill group named by its heading; one that lists
// spoken languages stays.
func TestProgrammingLanguages(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	mk := func(s string) *line { return &line{Line: doc.Line{Text: s}, text: s, raw: s, runes: len([]rune(s))} }
	for _, tt := range []struct {
		line string
		want Kind
	}{
		{"Python, Go, Rust, TypeScript", kSkills},
		{"English (native), Spanish (B2)", kLanguages},
		{"Python, English", kLanguages},
	} {
		s := &section{kind: kLanguages, heading: mk("LANGUAGES"), lines: []*line{mk(tt.line)}}
		secs := r.relocate([]*section{{kind: kHeader}, s})
		if s.kind != tt.want {
			t.Errorf("%q: kind %s, want %s", tt.line, s.kind, tt.want)
		}
		if tt.want == kSkills && (len(secs[1].lines) != 2 || secs[1].lines[0].text != "LANGUAGES:") {
			t.Errorf("%q: lines %v, want the heading as the group's name first", tt.line, secs[1].lines)
		}
	}
}

// TestDressedOnlyHeading: a heading that is also a form's label
// ("学历：本科") heads a section only when dressed, in Simplified or
// Traditional characters.
func TestDressedOnlyHeading(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct {
		s  string
		ok bool
	}{
		{"【学历】", true},
		{"【學歷】", true},
		{"一、学历", true},
		{"学历", false},
		{"學歷", false},
		{"学历：本科", false},
		{"【工作經歷】", true},
		{"專長", true},
		{"学历（本科）", false},
		{"學歷（大學）", false},
		{"## 学历", true},
		{"## 學歷", true},
		{"## 工作經歷  總年資 7~8年工作經驗", true},
		{"## Experience    (8 years)", true},
		{"## Work  Island Genomics  2024", false},
		{"## 工作經歷  總年資 10~15年", true},
		{"E. 語言 LANGUAGES（母語 Native / 流利 Fluent / 尚可 Basic）", true}, // a form's note, the line short
		{"## 工作经历  2019-2023年 某规划院 助理规划师", false},                   // the first entry beside the label, its years no count
		{"## Skills  Python, Go", false},
		{"## Skills\tPython 3, Go 1.21", false},
		{"## Languages  English (C2), Portuguese (B1)", false},
		{"## Projects  (3)", true},
		{"学历 (本科)", false},
		{"二、|學歷", true}, // the numbering split off by the adapter
		{"二、|經歷", true}, // "經歷", experience, heads a Taiwan form's jobs
		{"•|學歷", false}, // a bullet is no numbering
		{"3.|学历", true},
		{"1.|学历（本科）", false}, // an aside after the word: a value
		{"## — 学 习 —", true}, // flanked and letter-spaced
		{"学习", false},
		{"## 常用工具", true},
		{"＜應徵職位＞", true},
		{"应聘职位", false},
		{"## 學歷及培訓", true}, // a label and a stem joined: one section
		{"学习与培训", true},
		{"培训", false},
		{"工作与生活", false},
		{"## ZHENGSHU", true},  // pinyin of two syllables, marked
		{"ZHENGSHU", false},    // (bare, it may be a name)
		{"cell:學歷", true},      // alone in a table's row: a shaded bar
		{"cell:学历（本科）", false}, // (an aside after the word: a value)
	} {
		dl := doc.Line{Text: tt.s}
		if s, ok := strings.CutPrefix(tt.s, "## "); ok {
			dl = doc.Line{Text: s, Heading: 2}
		}
		if marker, s, ok := strings.Cut(tt.s, "|"); ok {
			dl = doc.Line{Text: s, Marker: marker, Bold: true}
		}
		s, cell := strings.CutPrefix(tt.s, "cell:")
		if cell {
			dl = doc.Line{Text: s}
		}
		l := &line{Line: dl, text: dl.Text, raw: dl.Text, runes: len([]rune(dl.Text)), merged: cell}
		if _, ok := r.decideHeading(l); ok != tt.ok {
			t.Errorf("decideHeading(%q) = %v, want %v", tt.s, ok, tt.ok)
		}
	}
}

// TestHeadingCoverage reads every heading of testdata/headings.tsv as a
// marked heading and as a plain line after a blank line.
func TestHeadingCoverage(t *testing.T) {
	data, err := os.ReadFile("testdata/headings.tsv")
	if err != nil {
		t.Fatal(err)
	}
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, row := range strings.Split(string(data), "\n") {
		kind, h, ok := strings.Cut(row, "\t")
		if !ok || strings.HasPrefix(row, "#") {
			continue
		}
		for _, dl := range []doc.Line{{Text: h, Heading: 2}, {Text: h, Blank: true}} {
			l := &line{Line: dl, text: h, raw: h, runes: utf8.RuneCountInString(h)}
			if k, _ := r.decideHeading(l); k != Kind(kind) {
				t.Errorf("%q (heading %d): kind %q, want %q", h, dl.Heading, k, kind)
			}
		}
	}
}

// TestDressedHeadings reads headings of testdata/headings.tsv in the dress
// people put on them: numbers, letters, numerals, brackets, marks and
// icons before them, counts and symbols after them, capitals.
func TestDressedHeadings(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	dress := []string{"{h}:", "{h}：", "1. {h}", "01 {h}", "01. {h}", "I. {h}", "IV. {h}", "A. {h}", "b) {h}", "Ⅱ. {h}", "§ {h}", "» {h}",
		"== {h} ==", "// {h}", "■ {h}", "◆ {h}", "▍{h}", "● {h}", "★ {h}", "▶ {h}", "✦ {h}", "💼 {h}", "— {h} —", "[ {h} ]", "【{h}】", "<{h}>", "＜{h}＞", "〈{h}〉",
		"《{h}》", "〔{h}〕", "｜{h}", "{h} (3)", "{h}（3）", "一、{h}", "（一）{h}", "第一部分 {h}", "PART 01   {h}", "Part 2: {h}", "{h} ▼", "~ {h} ~"}
	for _, h := range []struct {
		k Kind
		s string
	}{{kWork, "Work Experience"}, {kEducation, "Education"}, {kProjects, "Projects"}, {kSkills, "Skills"}, {kWork, "工作经历"}, {kEducation, "教育背景"}, {kLanguages, "Languages"}} {
		for _, d := range dress {
			s := strings.ReplaceAll(d, "{h}", h.s)
			l := &line{Line: doc.Line{Text: s, Blank: true}, text: s, raw: s, runes: utf8.RuneCountInString(s)}
			if k, _ := r.decideHeading(l); k != h.k {
				t.Errorf("%q: kind %q, want %q", s, k, h.k)
			}
		}
	}
}

// TestFooterContact: the résumé's own contact row, read outside the
// header, however long its list of details; not a sentence that holds an
// address.
func TestFooterContact(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Ana Lima  ·  Sliema, Malta  ·  +356 2155 0143  ·  ana.lima@example.com.mt  ·  linkedin.com/in/analima-example  ·  updated March 2025", true},
		{"+44 7700 900418 • ana@example.com • in/analima", true},
		{"ana@example.com", true},
		{"Write to ana@example.com or call +44 7700 900418, and I will answer within a day.", false},
		{"2015.09-2019.06", false},
		{"ana@example.com · +44 7700 900418 · open to relocation · full driving licence", true},
		{"Ana Lima · ana@example.com · +44 7700 900418 · gh/analima · tw/analima · ig/analima · in/analima", true},
		{"Tel. 01632 960111   Mob. 07700 900111   E. ana@example.com", true},
	} {
		l := &line{Line: doc.Line{Text: tt.in}, text: tt.in, raw: tt.in, runes: len([]rune(tt.in))}
		if got := r.footerContact(l); got != tt.want {
			t.Errorf("footerContact(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestBareWordOverEntries: a few Chinese words alone over a dated line
// head a part only where the dated line names its own employer or school.
func TestBareWordOverEntries(t *testing.T) {
	x := New(nil)
	r := &run{x: x, lx: x.lx, plain: true}
	for _, tt := range []struct {
		word, next string
		want       bool
	}{
		{"做过的活", "2019年至今  某某土石方工程有限公司  机手带班", true},
		{"上学", "2002年毕业  某县第一中学  初中", true},
		{"字节跳动", "2019.03-2021.05  后端开发", false},
		{"北京邮电", "2015.09-2019.06  计算机科学与技术  本科", false},
		{"项目编辑", "2018.03-2021.05  某某出版社", false},
	} {
		ls := []*line{
			{Line: doc.Line{Text: tt.word, Blank: true}, text: tt.word, raw: tt.word},
			{Line: doc.Line{Text: tt.next}, text: tt.next, raw: tt.next},
		}
		if got := r.bareWordOverEntries(ls, 0); got != tt.want {
			t.Errorf("bareWordOverEntries(%q over %q) = %v, want %v", tt.word, tt.next, got, tt.want)
		}
	}
}

// TestUndressButtons: a saved page's button word after a heading goes
// when a space sets it apart (an icon or a wide gap for a button that is
// a word too, "编辑"), or when the heading run on to it is four characters
// or more; a shorter word run on to it, or "编辑" one space apart, is a
// title.
func TestUndressButtons(t *testing.T) {
	lx := New(nil).lx
	for _, tt := range []struct{ in, want string }{
		{"技能 新增", "技能"},
		{"语言  ✎ 编辑", "语言"},
		{"技能  编辑", "技能"},
		{"工作经历添加", "工作经历"},
		{"项目编辑", "项目编辑"},
		{"项目 编辑", "项目 编辑"}, // (an editor: a title)
	} {
		if got := lx.undress(tt.in); got != tt.want {
			t.Errorf("undress(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHeadingLastWord: a word that names a section only as the last word
// of a heading set as a plain line ("work").
func TestHeadingLastWord(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct {
		l    doc.Line
		want Kind
	}{
		{doc.Line{Text: "Boatyard & rigging work", Blank: true}, kWork},
		{doc.Line{Text: "Work on the boats", Blank: true}, ""},
		{doc.Line{Text: "Rigging Safety at Work", Heading: 4}, ""},
		{doc.Line{Text: "Rigging Safety at Work", Bold: true}, ""},
		{doc.Line{Text: "Rigging Experience", Heading: 4}, kWork},
		{doc.Line{Text: "BA Social Work", Blank: true}, ""},
		{doc.Line{Text: "R&D Tax Credits", Blank: true}, ""},
	} {
		l := &line{Line: tt.l, text: tt.l.Text, raw: tt.l.Text, runes: utf8.RuneCountInString(tt.l.Text)}
		if got, _ := r.headingText(l, tt.l.Text); got != tt.want {
			t.Errorf("headingText(%+v) = %q, want %q", tt.l, got, tt.want)
		}
	}
	// where a known heading names the section, the word names none
	r.headed = map[Kind]bool{kWork: true}
	l := &line{Line: doc.Line{Text: "Boatyard & rigging work", Blank: true}, text: "Boatyard & rigging work", raw: "Boatyard & rigging work"}
	if got, _ := r.headingText(l, l.text); got != "" {
		t.Errorf("headingText(%q) with a known work heading = %q, want none", l.text, got)
	}
}

// TestTraditionalJoiner: 與 joins two sections' names in one heading as
// 与 does.
func TestTraditionalJoiner(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, s := range []string{"獲獎與證書", "获奖与证书"} {
		if got := r.mixedKinds(s); len(got) != 2 {
			t.Errorf("mixedKinds(%q) = %v, want two kinds", s, got)
		}
	}
}

func TestFirstPerson(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"What I'm looking for", true},
		{"WHERE I'VE WORKED", true},
		{"About my work", true},
		{"Fisheries of Maine (ME) and the US", false},
		{"TRADE ROUTES: MY, SG, ID", false},
		{"Trade routes: MY, SG, ID", false},
	} {
		if got := firstPerson(tt.s); got != tt.want {
			t.Errorf("firstPerson(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestDegreeLineAmongJobs: a school, a degree and the dates among the
// jobs, with no text of its own, are education; a teacher's post at a
// school stays a job.
func TestDegreeLineAmongJobs(t *testing.T) {
	res, _ := New(nil).Run(textDoc("李某某\n电话：139 0000 0000\n\n工作经历\n2010.03 - 2013.01  燕东理工大学  机械设计制造及其自动化  本科\n2012.03 - 2016.05  某某新能源有限公司  站长\n2016.08 - 2019.07  某某实验学校  高中英语教师\n2019.08 - 至今  某某大学  本科招生办\n"))
	var edu, work []string
	for _, e := range res.Education {
		edu = append(edu, e.Institution)
	}
	for _, w := range res.Work {
		work = append(work, w.Name)
	}
	if d := cmp.Diff([]string{"燕东理工大学"}, edu); d != "" {
		t.Errorf("education (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"某某新能源有限公司", "某某实验学校", "某某大学"}, work); d != "" {
		t.Errorf("work (-want +got):\n%s", d)
	}
}
