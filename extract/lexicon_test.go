package extract

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWithHant: a lexicon row written in Simplified Chinese comes with its
// Traditional forms, the usual and the regional ones, each once; other
// rows stay alone.
func TestWithHant(t *testing.T) {
	forms := map[rune][]rune{'学': {'學'}, '历': {'歷'}, '为': {'爲', '為'}, '里': {'裏', '裡'}}
	form := func(r rune) [3]rune {
		f := [3]rune{r, r, r}
		if fs := forms[r]; len(fs) > 0 {
			for v := range f {
				f[v] = fs[min(v, len(fs)-1)]
			}
		}
		return f
	}
	got := slices.Collect(withHant(slices.Values([][]string{{"education", "学历"}, {"work", "Experience"}, {"x", "为里"}}), form))
	want := [][]string{{"education", "学历"}, {"education", "學歷"}, {"work", "Experience"}, {"x", "为里"}, {"x", "爲裏"}, {"x", "為裡"}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("withHant (-want +got):\n%s", d)
	}
	for _, tt := range []struct {
		s    rune
		v    int
		want rune
	}{{'经', 0, '經'}, {'里', 0, '裏'}, {'里', 1, '裡'}, {'台', 1, '臺'}, {'台', 2, '台'}, {'a', 0, 'a'}, {'的', 0, '的'}} {
		if got := hantForm(tt.s, tt.v); got != tt.want {
			t.Errorf("hantForm(%q, %d) = %q, want %q", tt.s, tt.v, got, tt.want)
		}
	}
	for i := 1; i < len(hantTable); i++ {
		if hantTable[i-1].s >= hantTable[i].s {
			t.Fatalf("hantTable is not sorted at %d (%q, %q): hantForm's search needs it", i, hantTable[i-1].s, hantTable[i].s)
		}
	}
}

// TestLexiconWords reads testdata/words.tsv: what people write for a job
// title, an employer, a school, a degree and a place, each read as one,
// a spoken language, a technology, and look-alikes that are none; the labels of fields,
// each read as the label of its field; profile links, each of its network.
func TestLexiconWords(t *testing.T) {
	data, err := os.ReadFile("testdata/words.tsv")
	if err != nil {
		t.Fatal(err)
	}
	lx := NewLexicon()
	tests := map[string]func(string) bool{"title": lx.isTitle, "org": lx.isOrg, "school": lx.isSchool, "degree": lx.hasDegree, "place": lx.isLocation,
		"language": func(s string) bool { return lx.languageAt(s) != "" },
		"tech":     func(s string) bool { return lx.techs[strings.ToLower(s)] }}
	for _, row := range strings.Split(string(data), "\n") {
		f := strings.Split(row, "\t")
		if len(f) != 3 || strings.HasPrefix(row, "#") {
			continue
		}
		if f[0] == "network" {
			if p, _ := lx.profile(f[2]); p.Network != f[1] {
				t.Errorf("profile(%q) = %q, want %q", f[2], p.Network, f[1])
			}
			continue
		}
		if f[0] == "label" {
			if got, _ := lx.lookupLabel(f[2]); got != f[1] {
				t.Errorf("lookupLabel(%q) = %q, want %q", f[2], got, f[1])
			}
			continue
		}
		is, ok := tests[f[0]]
		if !ok {
			t.Fatalf("unknown test %q", f[0])
		}
		if got := is(f[2]); got != (f[1] == "true") {
			t.Errorf("%s(%q) = %v, want %s", f[0], f[2], got, f[1])
		}
	}
}

// TestTitleBySuffix: an English word ending as the words that name a
// person's work do is a title's, a word no longer than its ending is not.
func TestTitleBySuffix(t *testing.T) {
	lx := NewLexicon()
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Agronomist", true},
		{"Graduate Agronomist", true},
		{"Senior Sonographer (Cardiac)", true},
		{"Riverina Grain & Agronomy, Wagga Wagga", false},
		{"Geography", false},
		{"Ician", false},
	} {
		if got := lx.isTitle(tt.s); got != tt.want {
			t.Errorf("isTitle(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestHanTitleByEnd: a short field of Chinese ending as titles do is a
// title, a bracketed note after it aside; an ending that names no person,
// a field too short or a sentence is not.
func TestHanTitleByEnd(t *testing.T) {
	lx := NewLexicon()
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"喷涂工", true},
		{"裁剪师（男装组）", true},
		{"理赔查勘员", true},
		{"副段长", true},
		{"化工", false},
		{"滨江重工", false},
		{"某某理工", false},
		{"中共党员", false},
		{"个人特长", false},
		{"工", false},
		{"负责车间日常排班与质检的赶工", false},
	} {
		if got := lx.isTitle(tt.s); got != tt.want {
			t.Errorf("isTitle(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestLabelledCity: the city after a city label, however the place goes
// on; none where the label is missing or the rest is no place.
func TestLabelledCity(t *testing.T) {
	lx := NewLexicon()
	for _, tt := range []struct{ tok, want string }{
		{"现居深圳", "深圳"},
		{"现居 天津市滨海新区", "天津"},
		{"现居江苏省南京市江宁区。", "南京"},
		{"现居上海徐汇。", "上海"},
		{"现居南京江宁", "南京"},
		{"南京江宁", ""},
		{"现居南京市社会保险事业服务中心附近", ""},
	} {
		if got := lx.labelledCity(tt.tok); got != tt.want {
			t.Errorf("labelledCity(%q) = %q, want %q", tt.tok, got, tt.want)
		}
	}
}
