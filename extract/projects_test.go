package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/schema"
)

// TestToolLead: a project written on one line with its tools in brackets
// after its name.
func TestToolLead(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct {
		s    string
		want schema.Project
		ok   bool
	}{
		{"Roster merger (Python, pandas) — a script that merges exports.", schema.Project{Name: "Roster merger", Description: "a script that merges exports.", Keywords: []string{"Python", "pandas"}}, true},
		{"Absence model (Python, scikit-learn, 2024): flags students early", schema.Project{Name: "Absence model", Description: "flags students early", Keywords: []string{"Python", "scikit-learn"}, StartDate: "2024"}, true},
		{"Bus tracker (Go, PostGIS)", schema.Project{Name: "Bus tracker", Keywords: []string{"Go", "PostGIS"}}, true},
		{"Built the billing API (Go, Redis) — cut latency by half", schema.Project{}, false},
		{"Senior Engineer (Go, Kafka) — payments", schema.Project{}, false},
		{"Volunteer tutor (two evenings a week) — reading club", schema.Project{}, false},
	} {
		got, ok := r.toolLead(&line{text: tt.s})
		if ok != tt.ok {
			t.Errorf("toolLead(%q) ok = %v, want %v", tt.s, ok, tt.ok)
			continue
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("toolLead(%q) (-want +got):\n%s", tt.s, d)
		}
	}
}

// TestTrailingTechs: a description's closing sentence that only lists
// technologies gives the keywords; any other sentence stays.
func TestTrailingTechs(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct {
		desc, rest string
		items      []string
	}{
		{"Replaced a report with a projection. Kotlin, Kafka Streams, PostgreSQL.", "Replaced a report with a projection.", []string{"Kotlin", "Kafka Streams", "PostgreSQL"}},
		{"Ran the pilot with two wards. Nurses, porters, pharmacists.", "Ran the pilot with two wards. Nurses, porters, pharmacists.", nil},
		{"Kotlin, Kafka, PostgreSQL.", "Kotlin, Kafka, PostgreSQL.", nil},
		{"Built it. Go.", "Built it. Go.", nil},
	} {
		rest, items := r.trailingTechs(tt.desc)
		if d := cmp.Diff([]any{tt.rest, tt.items}, []any{rest, items}); d != "" {
			t.Errorf("trailingTechs(%q) (-want +got):\n%s", tt.desc, d)
		}
	}
}
