package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/resumex/resumex/schema"
)

// TestHanDegreeBracket: a Chinese degree with its field in brackets
// gives both; a note in the brackets (a track, a mode of study) is no
// field.
func TestHanDegreeBracket(t *testing.T) {
	for _, tt := range []struct {
		line            string
		studyType, area string
	}{
		{"本科（园艺学）", "本科", "园艺学"},
		{"高級文憑（航空服務）", "高級文憑", "航空服務"},
		{"工学硕士（测绘工程）", "工学硕士", "测绘工程"},
		{"本科（全日制）", "本科", ""},
		{"法学硕士（国际法方向）", "法学硕士", ""},
	} {
		res, _ := New(nil).Run(textDoc("王明\n电话：13800000000\n\n教育经历\n某某职业技术学院    2016年9月 – 2019年7月\n" + tt.line))
		if len(res.Education) != 1 {
			t.Errorf("%q: %d schools, want 1", tt.line, len(res.Education))
			continue
		}
		e := res.Education[0]
		if diff := cmp.Diff(schema.Education{StudyType: tt.studyType, Area: tt.area}, schema.Education{StudyType: e.StudyType, Area: e.Area}); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.line, diff)
		}
	}
}

// TestSchoolAfterDegree: under a header of dates only, a line with the
// degree, then the school after a comma, gives the school; what follows
// it is a detail.
func TestSchoolAfterDegree(t *testing.T) {
	for _, tt := range []struct {
		line                       string
		studyType, area, institute string
	}{
		{"MSc Marine Biology, Northgate University, Leeds. Thesis: kelp forests after storms.", "MSc", "Marine Biology", "Northgate University"},
		{"BA History, Kellsbridge College.", "BA", "History", "Kellsbridge College"},
		{"BSc Physics, with a year at sea.", "BSc", "Physics", ""},
		{"MSc Ecology, thesis supervised at Northgate University Field Station.", "MSc", "Ecology", ""},
	} {
		res, _ := New(nil).Run(textDoc("Ada Quill\nada@example.com\n\nEDUCATION\n2014 – 2016\n    " + tt.line))
		if len(res.Education) != 1 {
			t.Errorf("%q: %d schools, want 1", tt.line, len(res.Education))
			continue
		}
		e := res.Education[0]
		want := schema.Education{StudyType: tt.studyType, Area: tt.area, Institution: tt.institute}
		if diff := cmp.Diff(want, schema.Education{StudyType: e.StudyType, Area: e.Area, Institution: e.Institution}); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.line, diff)
		}
	}
}

// TestGraduateProgramme: a Taiwan graduate programme named after its
// degree ("碩士 土木工程研究所") is the degree and the field, the school on
// the line under it, its town in two scripts after a comma its place; a
// mainland research institute after a degree is the school; a second
// degree is no twin of the first in the other script.
func TestGraduateProgramme(t *testing.T) {
	res, _ := New(nil).Run(textDoc("卢思远\n电话：139 1234 5678\n\n教育经历\n2016.09—2019.06  硕士 中国科学院南江地理研究所  自然地理学"))
	if len(res.Education) != 1 || res.Education[0].Institution != "中国科学院" {
		t.Errorf("research institute: %+v, want the school 中国科学院", res.Education)
	}
	res, _ = New(nil).Run(textDoc("Ada Quill\nada@example.com\n\nEducation\nNanjiang University  2015 – 2019\nB.S. Computer Science  |  双学位 经济学学士"))
	if len(res.Education) != 1 || res.Education[0].X["x-degreeOtherScript"] != nil {
		t.Errorf("second degree: %+v, want no x-degreeOtherScript", res.Education)
	}
	res, _ = New(nil).Run(textDoc("陳冠宇\n電話：0912-345-678\n\n學歷\n碩士 土木工程研究所  M.S. Civil Engineering    2016 – 2018\n" +
		"北嶺科技大學 Beiling University of Technology, 台中 Taichung\n學士 土木工程學系  B.S. Civil Engineering    2012 – 2016\n北嶺科技大學 Beiling University of Technology, 台中 Taichung"))
	var got [][]string
	for _, e := range res.Education {
		got = append(got, []string{e.Institution, e.StudyType, e.Area, e.StartDate})
	}
	want := [][]string{
		{"北嶺科技大學 Beiling University of Technology", "碩士", "土木工程研究所", "2016"},
		{"北嶺科技大學 Beiling University of Technology", "學士", "土木工程學系", "2012"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
