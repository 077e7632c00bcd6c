package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/resumex/resumex/schema"
)

// TestCertificateItems: the certificates one line names.
func TestCertificateItems(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	tests := []struct {
		in   string
		want []string
	}{
		{"APICS CPIM（2017）；六西格玛绿带（2015.10）", []string{"APICS CPIM（2017）", "六西格玛绿带（2015.10）"}},
		{"ACCA (2018) · CPA（2016） · 初级会计职称", []string{"ACCA (2018)", "CPA（2016）", "初级会计职称"}},
		// an item with a company's word in it, dated, is an item
		{"NSW Driver Licence (Class C)  ·  National Police Check (2024)  ·  First Aid HLTAID011 (2023)", []string{"NSW Driver Licence (Class C)", "National Police Check (2024)", "First Aid HLTAID011 (2023)"}},
		// a certificate, its issuer and its date are one item
		{"Certified Scrum Master · Scrum Alliance · 2021", []string{"Certified Scrum Master · Scrum Alliance · 2021"}},
		// Chinese certificates apart by bars or wide gaps, each closed by
		// a certificate's, a grade's or an exam's word
		{"物流师（三级）  ｜  某某仓储运营认证（2020）  ｜  CET-6", []string{"物流师（三级）", "某某仓储运营认证（2020）", "CET-6"}},
		{"焊工（高级工）  质量员证（2019）  驾驶证 B2", []string{"焊工（高级工）", "质量员证（2019）", "驾驶证 B2"}},
		// a name and a Latin field beside it are one item
		{"PMP   项目管理专业人士资格认证", []string{"PMP   项目管理专业人士资格认证"}},
		// a certificate and its subject, or skills, are no list of them
		{"教师资格证  高中物理教师", []string{"教师资格证  高中物理教师"}},
		{"熟练掌握 SQL  精通 Excel VBA", []string{"熟练掌握 SQL  精通 Excel VBA"}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, r.certificateItems(tt.in)); d != "" {
			t.Errorf("certificateItems(%q) (-want +got):\n%s", tt.in, d)
		}
	}
}

// TestCertificateParts: a certificate's line parts its name from who
// issued it, and leaves out its number and the place it holds in.
func TestCertificateParts(t *testing.T) {
	for _, tt := range []struct {
		line string
		want schema.Certificate
	}{
		{"Chartered Surveyor, Institute of Land Surveyors (ILS), Reg. No. K/0381", schema.Certificate{Name: "Chartered Surveyor", Issuer: "Institute of Land Surveyors (ILS)"}},
		{"Licensed Broker, Harbour Trade Association, Singapore", schema.Certificate{Name: "Licensed Broker", Issuer: "Harbour Trade Association"}},
		{"Registered Dietitian, Dietetics Board of Westshire — Registration No. D-5520", schema.Certificate{Name: "Registered Dietitian", Issuer: "Dietetics Board of Westshire"}},
		{"RN (multistate, NLC) — Lic. No. RN-44120", schema.Certificate{Name: "RN (multistate, NLC)"}},
		{"药师执业证 某某市卫生局", schema.Certificate{Name: "药师执业证", Issuer: "某某市卫生局"}},
		{"救生员證書 — 某某游泳總會", schema.Certificate{Name: "救生员證書", Issuer: "某某游泳總會"}},
		{"CAD 培训证书（某某职业技术学院）", schema.Certificate{Name: "CAD 培训证书", Issuer: "某某职业技术学院"}},
		{"教师资格证（高级中学·化学）", schema.Certificate{Name: "教师资格证（高级中学·化学）"}},
		// who issued it first, apart by a gap; a lapse date is no issuer
		{"某某游泳總會  水上救生章（有效期至2027年5月）", schema.Certificate{Name: "水上救生章", Issuer: "某某游泳總會"}},
		{"Water Safety Instructor (valid to 06/2027)", schema.Certificate{Name: "Water Safety Instructor"}},
		// a subject or a grade after a space is no issuer
		{"教师资格证 高中物理", schema.Certificate{Name: "教师资格证 高中物理"}},
		// no separator left where the number came off
		{"注册造价师｜证书编号：ZJ30417", schema.Certificate{Name: "注册造价师"}},
		{"Certified Beekeeper / Cert No. 77120", schema.Certificate{Name: "Certified Beekeeper"}},
	} {
		text := "Ana Lima\nana@example.com\n\nCERTIFICATIONS\n" + tt.line + "\n\nEDUCATION\nBSc Biology, University of Wexmoor, 2012 – 2015"
		if hasHan(tt.line) {
			text = "李安\n电话：13800000000\n\n证书\n" + tt.line + "\n\n教育经历\n2012.09-2016.06 某某大学 本科"
		}
		res, _ := New(nil).Run(textDoc(text))
		if len(res.Certificates) != 1 {
			t.Errorf("%q: %d certificates, want 1", tt.line, len(res.Certificates))
			continue
		}
		c := res.Certificates[0]
		c.X = nil
		if diff := cmp.Diff(tt.want, c); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.line, diff)
		}
	}
}

func TestLanguageLevels(t *testing.T) {
	lx := NewLexicon()
	for s, want := range map[string]bool{
		"English  C1  C1  C1  C1  C1": true,
		"German B1, B2":               true,
		"French (A2)":                 true,
		"English":                     false, // no level
		"English native":              false, // not a CEFR level
		"Kotlin  C1":                  false, // no spoken language
		"English C1 teacher":          false,
		"英语 C1":                       false, // (Chinese lines are read as they are)
	} {
		if got := lx.languageLevels(s); got != want {
			t.Errorf("languageLevels(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLanguageLines: a line of languages set apart by dots or slashes is
// read item by item, a dialect named by its town among them, and a name
// written in two scripts kept in both.
func TestLanguageLines(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []schema.Language
	}{
		{"English – fluent / 普通话 Mandarin – native / 宁波话 Ningbo dialect – native", []schema.Language{
			{Language: "English", Fluency: "fluent"}, {Language: "普通话 Mandarin", Fluency: "native"}, {Language: "宁波话 Ningbo dialect", Fluency: "native"}}},
		{"粤语 Cantonese (native) · English (C1) · Ningbo dialect (basic)", []schema.Language{
			{Language: "粤语 Cantonese", Fluency: "native"}, {Language: "English", Fluency: "C1"}, {Language: "Ningbo dialect", Fluency: "basic"}}},
		// the section's name as a label, a wide gap, the languages
		{"外语        日语（N2）", []schema.Language{{Language: "日语", Fluency: "N2"}}},
	} {
		res, _ := New(nil).Run(textDoc("Ana Lima\nana@example.com\n\nLANGUAGES\n" + tt.line))
		if diff := cmp.Diff(tt.want, res.Languages); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.line, diff)
		}
	}
}

func TestDegreeBoundary(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want bool
	}{
		{"B.S., Ohio Valley University", "B.S.", true},
		{"B.S.M.E., Ohio Valley University", "B.S.", false}, // inside a longer abbreviation
		{"B.S.M.E., Ohio Valley University", "M.E.", false},
		{"MSc Finance", "MSc", true},
		{"MScs", "MSc", false},
	} {
		if got := degreeBoundary(c.s, c.w, strings.Index(c.s, c.w)); got != c.want {
			t.Errorf("degreeBoundary(%q, %q) = %v, want %v", c.s, c.w, got, c.want)
		}
	}
}

func TestSplitWord(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Great Lakes Technological Univer-", "sity, Houghton", true},
		{"a long-", "term plan", true}, // (joinWrapped keeps the hyphen outside PDFs: TestJoinWrappedHyphen)
		{"2019 -", "present", false},
		{"Senior Engineer –", "platform team", false},
		{"Univer-", "Sity", false},
	} {
		if got := splitWord(c.a, c.b); got != c.want {
			t.Errorf("splitWord(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestJoinWrappedHyphen(t *testing.T) {
	mk := func(s string) *line { return &line{text: s, raw: s, runes: len([]rune(s))} }
	for _, c := range []struct {
		typeset bool
		a, b    string
		want    string
	}{
		{true, "2016 – 2021  Ph.D., Mechanical Engineering, Great Lakes Technological Univer-", "sity, Houghton, MI",
			"2016 – 2021  Ph.D., Mechanical Engineering, Great Lakes Technological University, Houghton, MI"},
		{false, "Ran the night shift for a long period of twelve months as a long-", "term locum on the ward",
			"Ran the night shift for a long period of twelve months as a long-term locum on the ward"},
	} {
		got := joinWrapped([]*line{mk(c.a), mk(c.b)}, c.typeset)
		if len(got) != 1 || got[0].text != c.want || got[0].runes != len([]rune(c.want)) {
			t.Errorf("typeset %v: got %d lines, first %q (%d runes); want %q", c.typeset, len(got), got[0].text, got[0].runes, c.want)
		}
	}
}

// TestEducationLabelled: labelled education values, the shapes a review
// found read wrongly by the first draft of these rules.
func TestEducationLabelled(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	type edu struct{ Inst, Area, Type, Board, Loc string }
	for _, c := range []struct {
		field, value string
		want         edu
	}{
		{"edu.studyType", "Engineer (inżynier), Applied Mathematics", edu{Type: "Engineer (inżynier)", Area: "Applied Mathematics"}},
		{"edu.studyType", "Master of Science (magister), Computer Science", edu{Type: "Master of Science (magister)", Area: "Computer Science"}},
		{"edu.studyType", "Computer Science (BSc)", edu{Type: "BSc", Area: "Computer Science"}},
		{"edu.studyType", "12th (HSC)", edu{Type: "12th (HSC)"}},
		{"edu.studyType", "10th (SSLC)", edu{Type: "10th (SSLC)"}},
		{"edu.studyType", "M.Com (Accountancy)", edu{Type: "M.Com", Area: "Accountancy"}},
		{"edu.studyType", "MSc (Distinction)", edu{Type: "MSc"}},
		{"edu.studyType", "MBA (Part-time)", edu{Type: "MBA"}},
		{"edu.studyType", "Bachelor of Arts (Hons)", edu{Type: "Bachelor of Arts"}},
		{"edu.studyType", "本科（统招），计算机科学与技术", edu{Type: "本科", Area: "计算机科学与技术"}},
		{"edu.institution", "Tamil Nadu State Board, Sangli High School", edu{Inst: "Sangli High School", Board: "Tamil Nadu State Board"}},
		{"edu.institution", "Maharashtra State Board, Pune", edu{Inst: "Maharashtra State Board", Loc: "Pune"}},
	} {
		b := &eduBuilder{x: map[string]any{}}
		b.set(r, c.field, c.value)
		board, _ := b.x["x-board"].(string)
		loc, _ := b.x["x-location"].(string)
		got := edu{Inst: b.e.Institution, Area: b.e.Area, Type: b.e.StudyType, Board: board, Loc: loc}
		if d := cmp.Diff(c.want, got); d != "" {
			t.Errorf("%s %q: (-want +got)\n%s", c.field, c.value, d)
		}
	}
}

func TestToolList(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for s, want := range map[string]bool{
		"秀米、135编辑器、剪映、Photoshop": true,
		"CET-4、CET-6": false,
		"雅思7.0、托福100": false,
		"驾照C1、注册会计师":  false,
		"CPA、CFA":     false,
		"Photoshop":   false, // one item: no list
	} {
		if got := r.toolList(s) != nil; got != want {
			t.Errorf("toolList(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDegreeClass: a British degree's class written short in the header
// is its grade, once.
func TestDegreeClass(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, c := range []struct {
		fields      []string
		score, area string
	}{
		{[]string{"BSc (Hons) Human Nutrition", "2:1"}, "2:1", "Human Nutrition"},
		{[]string{"BA History", "First", "2.2"}, "First", "History"},
		{[]string{"MSc Data Science", "1st"}, "1st", "Data Science"},
		{[]string{"BA Second Language Studies"}, "", "Second Language Studies"},
	} {
		b := &eduBuilder{x: map[string]any{}}
		for _, f := range c.fields {
			b.field(r, f)
		}
		if b.e.Score != c.score || b.e.Area != c.area {
			t.Errorf("%q: score %q area %q, want %q %q", c.fields, b.e.Score, b.e.Area, c.score, c.area)
		}
	}
}

// TestSchoolDeptMajor: a school, its college and a major written as one
// field.
func TestSchoolDeptMajor(t *testing.T) {
	type parts struct{ School, Dept, Major string }
	for _, c := range []struct {
		in   string
		want parts
		ok   bool
	}{
		{"江城财经大学公共管理学院行政管理专业", parts{"江城财经大学", "公共管理学院", "行政管理专业"}, true},
		{"北岭大学计算机系软件工程专业", parts{"北岭大学", "计算机系", "软件工程专业"}, true},
		{"北岭大学软件工程专业", parts{"北岭大学", "", "软件工程专业"}, true},
		{"北岭大学信息管理与信息系统专业", parts{"北岭大学", "", "信息管理与信息系统专业"}, true},
		{"北岭大学专业", parts{}, false},
		{"北岭大学 软件工程专业", parts{}, false}, // (apart by a space: schoolThenMore's)
		{"软件工程专业", parts{}, false},
	} {
		s, d, m, ok := schoolDeptMajor(c.in)
		if d := cmp.Diff(c.want, parts{s, d, m}); ok != c.ok || c.ok && d != "" {
			t.Errorf("%q: ok %v, want %v (-want +got)\n%s", c.in, ok, c.ok, d)
		}
	}
	r := &run{x: New(nil), lx: NewLexicon()}
	b := &eduBuilder{x: map[string]any{}}
	for _, f := range []string{"江城财经大学公共管理学院行政管理专业", "本科学习"} {
		b.field(r, f)
	}
	got := []string{b.e.Institution, b.e.Area, b.e.StudyType, b.x["x-department"].(string)}
	if d := cmp.Diff([]string{"江城财经大学", "行政管理", "本科", "公共管理学院"}, got); d != "" {
		t.Errorf("fields (-want +got):\n%s", d)
	}
	// the same in an entry's header
	res, _ := New(nil).Run(lines("柯雨桐", "keyutong@example.com", "教育背景", "2018.09-2022.06 江城财经大学公共管理学院行政管理专业 本科"))
	if len(res.Education) != 1 || res.Education[0].Institution != "江城财经大学" || res.Education[0].Area != "行政管理" {
		t.Errorf("header: %+v", res.Education)
	}
}

// TestDegreeWords: degrees of several countries' systems are read.
func TestDegreeWords(t *testing.T) {
	lx := NewLexicon()
	for _, c := range []struct{ in, degree string }{
		{"Licencjat in Pedagogy", "Licencjat"},
		{"Diplom-Ingenieur Maschinenbau", "Diplom-Ingenieur"},
		{"MPharm (Hons) Pharmacy", "MPharm (Hons)"}, // (the honours are the degree's)
		{"PGCert Clinical Education", "PGCert"},
		{"SVQ Level 3 Social Services", "SVQ"},
		{"Foundation Certificate in Art", "Foundation Certificate"},
	} {
		if d, _ := lx.degreeIn(c.in); d != c.degree {
			t.Errorf("degreeIn(%q) = %q, want %q", c.in, d, c.degree)
		}
	}
}

// TestLanguageItems: a line of languages split into its items, by the
// separators between them or by the gaps left where their ratings stood.
func TestLanguageItems(t *testing.T) {
	r := &run{lx: NewLexicon()}
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"English   Mandarin 华语   Bahasa Malaysia   Cantonese 粤语  (spoken only)", []string{"English", "Mandarin 华语", "Bahasa Malaysia", "Cantonese 粤语 (spoken only)"}},
		{"English (C2) / German (B1)", []string{"English (C2)", "German (B1)"}},
		{"English (fluent) ·粤语 Cantonese (native) ·Tagalog (basic)", []string{"English (fluent)", "粤语 Cantonese (native)", "Tagalog (basic)"}},
		{"English   native   German", []string{"English   native   German"}},
		{"英语：CET-6，可读英文文献    日语：JLPT N3", []string{"英语：CET-6，可读英文文献", "日语：JLPT N3"}}, // two, each with its levels
		// each language and its level in brackets, one space apart
		{"粵語（母語） 普通話（流利） 葡語（初級）", []string{"粵語（母語）", "普通話（流利）", "葡語（初級）"}},
		{"English (native) Spanish (basic)", []string{"English (native)", "Spanish (basic)"}},
		{"English (native) and some Spanish (basic)", []string{"English (native) and some Spanish (basic)"}},
	} {
		if d := cmp.Diff(tc.want, r.languageItems(tc.in)); d != "" {
			t.Errorf("languageItems(%q) (-want +got):\n%s", tc.in, d)
		}
	}
}
