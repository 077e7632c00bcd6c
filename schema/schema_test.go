package schema

import (
	"encoding/json"
	"maps"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// full is a valid document that uses every field and extras on every object.
func full() *Resume {
	x := func(k string, v any) map[string]any { return map[string]any{k: v} }
	return &Resume{
		Basics: Basics{
			Name: "Ada Lovelace", Label: "Engineer", Image: "https://example.com/a.png",
			Email: "a@b.com", Phone: "+44 20 1234", URL: "https://github.com/foo",
			Summary: "Analyst",
			Location: &Location{Address: "1 Main St\nFlat 2", PostalCode: "N1", City: "London",
				CountryCode: "GB", Region: "England", X: x("x-geo", "51.5,-0.1")},
			Profiles: []Profile{{Network: "GitHub", Username: "foo", URL: "https://github.com/foo",
				X: x("x-followers", json.Number("12"))}},
			X: x("x-altName", "Augusta Ada King"),
		},
		Work: []Work{{Name: "Acme", Location: "Remote", Description: "Widgets", Position: "Dev",
			URL: "https://acme.example.com", StartDate: "2020-01", EndDate: "2023",
			Summary: "Built things", Highlights: []string{"Shipped"}, X: x("x-team", "core")}},
		Volunteer: []Volunteer{{Organization: "OSS", Position: "Maintainer", URL: "https://oss.example.org",
			StartDate: "2019", EndDate: "2021-06-30", Summary: "Maintained", Highlights: []string{"Triage"},
			X: x("x-hours", json.Number("100"))}},
		Education: []Education{{Institution: "Uni", URL: "https://uni.example.edu", Area: "CS",
			StudyType: "BSc", StartDate: "2015-09", EndDate: "2019-06", Score: "3.9/4.0",
			Courses: []string{"CS101"}, X: x("x-thesis", "Graphs")}},
		Awards: []Award{{Title: "Best", Date: "2022-05", Awarder: "ACM", Summary: "Prize",
			X: x("x-rank", json.Number("1"))}},
		Certificates: []Certificate{{Name: "CKA", Date: "2023-08-01", URL: "https://cncf.io/c",
			Issuer: "CNCF", X: x("x-id", "ABC")}},
		Publications: []Publication{{Name: "Paper", Publisher: "IEEE", ReleaseDate: "2021",
			URL: "https://doi.org/10.1/x", Summary: "On things", X: x("x-doi", "10.1/x")}},
		Skills: []Skill{{Name: "Go", Level: "Expert", Keywords: []string{"generics"},
			X: x("x-years", json.Number("8"))}},
		Languages:  []Language{{Language: "English", Fluency: "Native", X: x("x-cefr", "C2")}},
		Interests:  []Interest{{Name: "Chess", Keywords: []string{"endgames"}, X: x("x-elo", json.Number("1800"))}},
		References: []Reference{{Name: "Bob", Reference: "Great", X: x("x-contact", "bob@example.com")}},
		Projects: []Project{{Name: "resumex", Description: "Parser", Highlights: []string{"Fast"},
			Keywords: []string{"json"}, StartDate: "2024-02", EndDate: "2024-03-15",
			URL: "https://github.com/resumex/resumex", Roles: []string{"Lead"}, Entity: "Self",
			Type: "application", X: x("x-stars", json.Number("3"))}},
		Meta: &Meta{Canonical: "https://example.com/resume.json", Version: "v1.0.0",
			LastModified: "2024-03-15T10:00:00", X: map[string]any{
				"source": "cv.pdf", "format": "pdf", "x-nested": map[string]any{"a": []any{true, nil}},
			}},
	}
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   *Resume
	}{
		{"empty", &Resume{}},
		{"full with extras", full()},
		{"extras only", &Resume{Basics: Basics{X: map[string]any{"x-a": "b"}}, Meta: &Meta{X: map[string]any{"source": "s"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, pretty := range []bool{false, true} {
				b, err := tt.in.Marshal(pretty)
				if err != nil {
					t.Fatal(err)
				}
				var got Resume
				if err := json.Unmarshal(b, &got); err != nil {
					t.Fatalf("unmarshal %s: %v", b, err)
				}
				if d := cmp.Diff(tt.in, &got); d != "" {
					t.Errorf("pretty=%v round trip (-want +got):\n%s", pretty, d)
				}
			}
		})
	}
}

func TestMarshal(t *testing.T) {
	tests := []struct {
		name   string
		in     *Resume
		pretty bool
		want   string
	}{
		{"empty", &Resume{}, false, "{}\n"},
		{"empty pretty", &Resume{}, true, "{}\n"},
		{"empty nested", &Resume{Basics: Basics{Profiles: []Profile{}}, Work: []Work{}}, false, "{}\n"},
		{"no html escaping", &Resume{Basics: Basics{Name: "A <b> & C", X: map[string]any{"x-h": "<i>&</i>"}}}, false,
			`{"basics":{"name":"A <b> & C","x-h":"<i>&</i>"}}` + "\n"},
		{"extras sorted after fields", &Resume{Work: []Work{{Name: "N", X: map[string]any{"x-b": 2, "x-a": 1}}}}, false,
			`{"work":[{"name":"N","x-a":1,"x-b":2}]}` + "\n"},
		{"extras on empty object", &Resume{Meta: &Meta{X: map[string]any{"source": "s"}}}, false,
			`{"meta":{"source":"s"}}` + "\n"},
		{"pretty", &Resume{Basics: Basics{Name: "A", Location: &Location{City: "B"}}}, true,
			"{\n  \"basics\": {\n    \"name\": \"A\",\n    \"location\": {\n      \"city\": \"B\"\n    }\n  }\n}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.in.Marshal(tt.pretty)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, string(b)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestMarshalExtraCollidesWithField(t *testing.T) {
	r := &Resume{Basics: Basics{Name: "A", X: map[string]any{"name": "B"}}}
	if b, err := r.Marshal(false); err == nil {
		t.Errorf("Marshal = %s, want error", b)
	}
}

func TestUnmarshalExtras(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Work
	}{
		{"no extras", `{"name":"A"}`, Work{Name: "A"}},
		{"x key", `{"name":"A","x-n":1.50,"x-o":{"k":[1]}}`,
			Work{Name: "A", X: map[string]any{"x-n": json.Number("1.50"), "x-o": map[string]any{"k": []any{json.Number("1")}}}}},
		{"case-sensitive keys", `{"name":"A","Name":"B"}`, Work{Name: "A", X: map[string]any{"Name": "B"}}},
		{"null", `null`, Work{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got Work
			if err := json.Unmarshal([]byte(tt.in), &got); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
	var w Work
	if err := json.Unmarshal([]byte(`{"name":1}`), &w); err == nil {
		t.Error("type mismatch: want error")
	}
}

// TestFieldsMatchSchema checks every object type's JSON keys against the
// embedded schema.json.
func TestFieldsMatchSchema(t *testing.T) {
	type node struct {
		Properties map[string]*node
		Items      *node
	}
	var root node
	if err := json.Unmarshal(schemaJSON, &root); err != nil {
		t.Fatal(err)
	}
	// keys returns the property names of the object at path (array items
	// are entered implicitly).
	keys := func(path ...string) []string {
		n := &root
		for _, p := range path {
			if n = n.Properties[p]; n.Items != nil {
				n = n.Items
			}
		}
		ks := slices.Sorted(maps.Keys(n.Properties))
		return slices.DeleteFunc(ks, func(k string) bool { return k == "$schema" }) // not modelled
	}
	tests := []struct {
		typ  any
		want []string
	}{
		{Resume{}, keys()},
		{Basics{}, keys("basics")},
		{Location{}, keys("basics", "location")},
		{Profile{}, keys("basics", "profiles")},
		{Work{}, keys("work")},
		{Volunteer{}, keys("volunteer")},
		{Education{}, keys("education")},
		{Award{}, keys("awards")},
		{Certificate{}, keys("certificates")},
		{Publication{}, keys("publications")},
		{Skill{}, keys("skills")},
		{Language{}, keys("languages")},
		{Interest{}, keys("interests")},
		{Reference{}, keys("references")},
		{Project{}, keys("projects")},
		{Meta{}, keys("meta")},
	}
	for _, tt := range tests {
		typ := reflect.TypeOf(tt.typ)
		got := slices.Sorted(maps.Keys(jsonFields(typ)))
		if d := cmp.Diff(tt.want, got); d != "" || len(got) == 0 {
			t.Errorf("%s fields (-schema +struct):\n%s", typ.Name(), d)
		}
	}
}

func TestValidateValid(t *testing.T) {
	fullDoc, err := full().Marshal(true)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		doc  string
	}{
		{"empty object", `{}`},
		{"full", string(fullDoc)},
		{"url and email", `{"basics":{"email":"a@b.com","url":"https://github.com/foo"}}`},
		{"date precisions", `{"work":[{"startDate":"2023","endDate":"2023-08"}],"awards":[{"date":"2023-08-01"}]}`},
		{"extras inside objects", `{"basics":{"foo":1,"location":{"bar":2}},"meta":{"source":"x"}}`},
		{"$schema", `{"$schema":"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"}`},
		{"lastModified unconstrained", `{"meta":{"lastModified":"yesterday"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Validate([]byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 0 {
				t.Errorf("violations: %v", got)
			}
		})
	}
}

func TestValidateInvalid(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string // pointers
	}{
		{"name not string", `{"basics":{"name":1}}`, []string{"/basics/name"}},
		{"unknown top-level key", `{"basics":{},"foo":1,"a/b":2}`, []string{"/a~1b", "/foo"}},
		{"not an object", `[]`, []string{""}},
		{"slash date", `{"work":[{"startDate":"2023/08"}]}`, []string{"/work/0/startDate"}},
		{"text date", `{"education":[{"endDate":"Present"}]}`, []string{"/education/0/endDate"}},
		{"certificate year only", `{"certificates":[{"date":"2023"}]}`, []string{"/certificates/0/date"}},
		{"certificate year-month", `{"certificates":[{"date":"2023-08"}]}`, []string{"/certificates/0/date"}},
		{"certificate impossible day", `{"certificates":[{"date":"2023-02-30"}]}`, []string{"/certificates/0/date"}},
		{"bad email", `{"basics":{"email":"nope"}}`, []string{"/basics/email"}},
		{"relative url", `{"basics":{"profiles":[{"url":"github.com/foo"}]}}`, []string{"/basics/profiles/0/url"}},
		{"empty url", `{"projects":[{"url":""}]}`, []string{"/projects/0/url"}},
		{"highlights not array", `{"work":[{"highlights":"x"}]}`, []string{"/work/0/highlights"}},
		{"keyword not string", `{"skills":[{"keywords":["a",2]}]}`, []string{"/skills/0/keywords/1"}},
		{"numeric sort", `{"work":[{},{},{"name":1},{},{},{},{},{},{},{},{"name":2}]}`,
			[]string{"/work/2/name", "/work/10/name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Validate([]byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			var ptrs []string
			for _, v := range got {
				ptrs = append(ptrs, v.Pointer)
				if v.Message == "" {
					t.Errorf("empty message at %q", v.Pointer)
				}
			}
			if d := cmp.Diff(tt.want, ptrs); d != "" {
				t.Errorf("pointers (-want +got):\n%s\nviolations: %v", d, got)
			}
		})
	}
}

func TestValidateInvalidJSON(t *testing.T) {
	for _, doc := range []string{``, `{`, `{"a":1}x`, `{"a":1} {}`} {
		if got, err := Validate([]byte(doc)); err == nil {
			t.Errorf("Validate(%q) = %v, nil; want error", doc, got)
		}
	}
}

func TestValidatorReuse(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	got, err := v.Validate([]byte(`{"basics":{"email":"x"}}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !strings.HasPrefix(got[0].String(), "/basics/email: ") {
		t.Errorf("got %v", got)
	}
}

// TestSample uses the official sample.resume.json from resume-schema@1.0.1.
// It is not valid under strict "uri" format checking, and it round-trips
// through Resume except for "$schema" and empty strings (omitempty).
func TestSample(t *testing.T) {
	b, err := os.ReadFile("testdata/sample.resume.json")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Validate(b)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"/basics/profiles/0/url", "/projects/0/url"} // "" and "missdirection.example.com"
	var ptrs []string
	for _, v := range got {
		ptrs = append(ptrs, v.Pointer)
	}
	if d := cmp.Diff(want, ptrs); d != "" {
		t.Errorf("sample violations (-want +got):\n%s", d)
	}

	var r Resume
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	out, err := r.Marshal(true)
	if err != nil {
		t.Fatal(err)
	}
	var in, back any
	if err := json.Unmarshal(b, &in); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	delete(in.(map[string]any), "$schema")
	if d := cmp.Diff(dropEmptyStrings(in), back); d != "" {
		t.Errorf("sample round trip (-in +out):\n%s", d)
	}
}

func dropEmptyStrings(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			if e == "" {
				delete(v, k)
			} else {
				v[k] = dropEmptyStrings(e)
			}
		}
	case []any:
		for i, e := range v {
			v[i] = dropEmptyStrings(e)
		}
	}
	return v
}
