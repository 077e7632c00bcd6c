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
// TestDashLead: a project written on one line as its name, a spaced dash
// and what it is.
func TestDashLead(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct {
		s    string
		want schema.Project
		ok   bool
	}{
		{"kube-slo-lint — checks SLO files in CI (Go) <https://github.com/x/kube-slo-lint>", schema.Project{Name: "kube-slo-lint", Description: "checks SLO files in CI", Keywords: []string{"Go"}, URL: "https://github.com/x/kube-slo-lint"}, true},
		{"Route Planner (https://github.com/x/rp) – plans delivery routes for a bakery", schema.Project{Name: "Route Planner", Description: "plans delivery routes for a bakery", URL: "https://github.com/x/rp"}, true},
		{"PantryPal — https://pantrypal.example.com", schema.Project{Name: "PantryPal", URL: "https://pantrypal.example.com"}, true},
		{"雾港 — 像素风解谜游戏", schema.Project{Name: "雾港", Description: "像素风解谜游戏"}, true},
		// a role or a client after the dash; a sentence or a date before it
		{"Ledgerline — Lead Developer", schema.Project{}, false},
		{"Ledgerline — Acme Ltd", schema.Project{}, false},
		{"Built the billing API — cut latency by half", schema.Project{}, false},
		{"Bus tracker 2023 — live arrivals", schema.Project{}, false},
	} {
		got, ok := r.dashLead(&line{text: tt.s})
		if ok != tt.ok {
			t.Errorf("dashLead(%q) ok = %v, want %v", tt.s, ok, tt.ok)
			continue
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("dashLead(%q) (-want +got):\n%s", tt.s, d)
		}
	}
}

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

// TestProjectNameParts: a project's name and, after a separator, its role
// or what it was.
func TestProjectNameParts(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct {
		in          string
		want        []string
		description string
	}{
		{"Ledgerline, Lead Developer", []string{"Ledgerline", "Lead Developer"}, ""},
		{"订单中台重构 后端开发", []string{"订单中台重构", "后端开发"}, ""},
		{"智能客服系统 后端开发", []string{"智能客服系统", "后端开发"}, ""},
		{"Ledgerline: A tool for tracking expenses.", []string{"Ledgerline"}, "A tool for tracking expenses."},
		{"Tech Stack: Go, Postgres.", []string{"Tech Stack: Go, Postgres."}, ""},
		{"Ledgerline, Kestrel Labs", []string{"Ledgerline, Kestrel Labs"}, ""},
		{"Senior Engineer, Platform", []string{"Senior Engineer, Platform"}, ""},
		{"某某科技有限公司 后端开发", []string{"某某科技有限公司 后端开发"}, ""},
	} {
		var p schema.Project
		got := r.projectNameParts([]string{tt.in}, &p)
		if d := cmp.Diff(tt.want, got); d != "" || p.Description != tt.description {
			t.Errorf("projectNameParts(%q) (-want +got):\n%s description %q, want %q", tt.in, d, p.Description, tt.description)
		}
	}
}
