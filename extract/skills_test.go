package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/schema"
)

// TestTechRuns checks how a run of technologies' names without
// separators is split: at spaces, or inside one word written end to end.
func TestTechRuns(t *testing.T) {
	r := &run{lx: NewLexicon()}
	tests := []struct {
		in   string
		want []string
	}{
		{"Spring Boot Kafka Redis", []string{"Spring Boot", "Kafka", "Redis"}},
		{"JavaScalaPythonSQL", []string{"Java", "Scala", "Python", "SQL"}},
		{"Go JavaKafkaRedis", []string{"Go", "Java", "Kafka", "Redis"}},
		{"JavaScript", nil},         // one name
		{"JavaKafka", nil},          // two names glued could be one the lexicon lacks
		{"Backendengineering", nil}, // no reading covers it
		{"Java, Kafka, Redis", nil}, // separated already
		{"JavaKafkaRedis 开发", nil},  // Chinese text is no list of names
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, r.techRuns(tc.in)); diff != "" {
			t.Errorf("techRuns(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

// TestLevelledPairs: skills written one a line, each over a line with its
// level alone, are the items; the levels are no items, and a group's name
// over its level and its bulleted items is read as before.
func TestLevelledPairs(t *testing.T) {
	for _, tt := range []struct {
		lines []string
		want  []schema.Skill
	}{
		{[]string{"Revit", "熟练", "SketchUp", "良好", "Rhino", "良好"}, []schema.Skill{{Keywords: []string{"Revit", "SketchUp", "Rhino"}}}},
		{[]string{"Figma", "Expert", "Sketch", "Intermediate"}, []schema.Skill{{Keywords: []string{"Figma", "Sketch"}}}},
		{[]string{"Infrastructure", "Expert", "- Kubernetes", "- Terraform"}, []schema.Skill{{Name: "Infrastructure", Level: "Expert", Keywords: []string{"Kubernetes", "Terraform"}}}},
	} {
		res, _ := New(nil).Run(textDoc("Ana Lima\nana@example.com\n\nSKILLS\n" + strings.Join(tt.lines, "\n")))
		if diff := cmp.Diff(tt.want, res.Skills); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.lines, diff)
		}
	}
}

// TestYearedSkills: one skill a line with the years it was used; the
// commas inside a line are the skill's own.
func TestYearedSkills(t *testing.T) {
	for _, tt := range []struct {
		lines []string
		want  []schema.Skill
	}{
		{[]string{"Fence building, post and rail styles -- 12", "Scissor lift (IPAF 3a) -- 8", "Log splitting -- 15"},
			[]schema.Skill{{Keywords: []string{"Fence building, post and rail styles", "Scissor lift", "Log splitting"}, X: map[string]any{"x-years": map[string]any{"Fence building, post and rail styles": 12, "Scissor lift": 8, "Log splitting": 15}}}}},
		{[]string{"Welding — 8 years", "Rigging — 10+ years", "Forklift — 3 years"},
			[]schema.Skill{{Keywords: []string{"Welding", "Rigging", "Forklift"}, X: map[string]any{"x-years": map[string]any{"Welding": 8, "Rigging": "10+", "Forklift": 3}}}}},
		// a rating after a colon, no years said: no skills with years
		{[]string{"Python: 5", "SQL: 4", "Excel: 3"},
			[]schema.Skill{{Name: "Python", Keywords: []string{"5"}}, {Name: "SQL", Keywords: []string{"4"}}, {Name: "Excel", Keywords: []string{"3"}}}},
	} {
		res, _ := New(nil).Run(textDoc("Ana Lima\nana@example.com\n\nSKILLS\n" + strings.Join(tt.lines, "\n")))
		if diff := cmp.Diff(tt.want, res.Skills); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.lines, diff)
		}
	}
}

func TestGluedList(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	tests := []struct {
		in   string
		want []string
	}{
		{"JavaSpring BootSpring CloudMySQLRedis分布式事务DDD", []string{"Java", "Spring Boot", "Spring Cloud", "MySQL", "Redis", "分布式事务", "DDD"}},
		{"ShardingSphereMySQLCanalKafka", []string{"ShardingSphere", "MySQL", "Canal", "Kafka"}},
		{"Spring CloudMySQLRocketMQ", []string{"Spring Cloud", "MySQL", "RocketMQ"}},
		{"ReactTypeScriptQuuxmap GLPostgreSQLPostGIS", []string{"React", "TypeScript", "Quuxmap GL", "PostgreSQL", "PostGIS"}}, // unknown names: never starting with or running past a known one
		{"Spring Boot Kafka Redis", nil},      // spaces kept: techRuns reads it
		{"Go, Python, SQL and friends", nil},  // separators
		{"Led the platform team of six", nil}, // a sentence
		{"TerraformQuuxflare", nil},           // too short a list to be sure of
		{"TerraformCloudflare", []string{"Terraform", "Cloudflare"}},
		{"McAllisterHendersonJava", nil}, // one known name among unknown ones
		{"KubernetesHelmArgo CD", []string{"Kubernetes", "Helm", "Argo CD"}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, r.gluedList(tt.in)); d != "" {
			t.Errorf("gluedList(%q) (-want +got):\n%s", tt.in, d)
		}
	}
}

// TestProseTechs: a paragraph of prose under skills gives the
// technologies it names; a list is no prose.
func TestProseTechs(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct {
		s     string
		prose bool
		want  []string
	}{
		{"I write SQL every day (PostgreSQL and BigQuery), clean data in Python with pandas, and build dashboards in Tableau and Looker Studio. I use XLOOKUP too.", true,
			[]string{"SQL", "PostgreSQL", "BigQuery", "Python", "pandas", "Tableau", "Looker Studio", "XLOOKUP"}},
		{"I hold a PhD and worked in the USA on v2 of a Q3 2021 launch, mostly with gRPC and Kafka.", true, []string{"gRPC", "Kafka"}},
		{"Most of my work is in Go and Rust; I deploy with Docker on Kubernetes and sometimes go back to Go for tooling.", true, []string{"Go", "Rust", "Docker", "Kubernetes"}},
		{"Python, SQL, Tableau, Excel, Power BI, pandas, NumPy, scikit-learn, Git, Docker, Airflow, dbt", false, nil},
		{"熟悉 Java 与 Spring Boot，了解 Kafka、Redis 与 MySQL 的原理，能独立完成后端服务的设计与上线。", false, nil},
	} {
		if got := proseLatin(tt.s); got != tt.prose {
			t.Errorf("proseLatin(%q) = %v, want %v", tt.s, got, tt.prose)
		}
		if !tt.prose {
			continue
		}
		if d := cmp.Diff(tt.want, r.proseTechs(tt.s)); d != "" {
			t.Errorf("proseTechs(%q) (-want +got):\n%s", tt.s, d)
		}
	}
}

// TestProseItems: a paragraph of prose under skills gives the items of
// its lists after the word that leads them in, and the technologies named
// elsewhere in it.
func TestProseItems(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"I'm strongest in contextual inquiry, diary studies and survey design. Day to day I work in Dovetail, Figma and Qualtrics.",
			[]string{"contextual inquiry", "diary studies", "survey design", "Dovetail", "Figma", "Qualtrics"}},
		{"I write SQL every day, clean data in Python with pandas, and build dashboards in Tableau. I am an Excel power user — pivot tables, XLOOKUP, Power Query — and I enjoy it.",
			[]string{"SQL", "Python", "pandas", "Tableau", "Excel", "pivot tables", "XLOOKUP", "Power Query"}},
	} {
		if d := cmp.Diff(tt.want, r.proseItems(tt.s)); d != "" {
			t.Errorf("proseItems(%q) (-want +got):\n%s", tt.s, d)
		}
	}
}

// TestLanguagesInProse: the languages a sentence names, each with its
// level; a list is no sentence.
func TestLanguagesInProse(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, tt := range []struct {
		in   string
		want []schema.Language
	}{
		{"Fluent in English and Hindi; basic Tamil.", []schema.Language{{Language: "English", Fluency: "Fluent"}, {Language: "Hindi", Fluency: "Fluent"}, {Language: "Tamil", Fluency: "basic"}}},
		{"Native English speaker, working knowledge of German", []schema.Language{{Language: "English", Fluency: "Native"}, {Language: "German", Fluency: "working knowledge of"}}},
		{"🇧🇷 Portuguese (native), 🇬🇧 English (fluent, C1)", nil},
		{"English – Native, Spanish – B2", nil},
		{"英语：CET-6，能流利读写", nil},
	} {
		if d := cmp.Diff(tt.want, r.languagesInProse(tt.in)); d != "" {
			t.Errorf("languagesInProse(%q) (-want +got):\n%s", tt.in, d)
		}
	}
	if got := stripIcons("\x13 English: Native speaker"); got != "English: Native speaker" {
		t.Errorf("stripIcons drops an icon read as a control character: got %q", got)
	}
}
