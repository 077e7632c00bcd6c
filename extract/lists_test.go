package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, r.certificateItems(tt.in)); d != "" {
			t.Errorf("certificateItems(%q) (-want +got):\n%s", tt.in, d)
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
		{"a long-", "term plan", true}, // (a compound broken at its hyphen reads as one word too)
		{"2019 -", "present", false},
		{"Senior Engineer –", "platform team", false},
		{"Univer-", "Sity", false},
	} {
		if got := splitWord(c.a, c.b); got != c.want {
			t.Errorf("splitWord(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
