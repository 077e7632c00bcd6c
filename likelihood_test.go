package resumex

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/parser"
	"github.com/resumex/resumex/schema"
)

func TestLikelihood(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		res   schema.Resume
		want  Likelihood
		err   string // "" for a resume
	}{
		{"nothing", []string{"hello world"}, schema.Resume{}, Likelihood{},
			"not a resume (no contact details, dates or resume headings)"},
		{"an e-mail alone", []string{"Questions: dev@example.org"}, schema.Resume{Basics: schema.Basics{Email: "dev@example.org"}},
			Likelihood{Score: 0.2, Contact: 1}, "not a resume (no dates or resume headings)"},
		{"an e-mail and a phone", []string{"a@b.org", "+1 415 555 0100"}, schema.Resume{Basics: schema.Basics{Email: "a@b.org", Phone: "+1 415 555 0100"}},
			Likelihood{Score: 0.3, Contact: 2}, "not a resume (no dates or resume headings)"},
		{"contact details and a dated job", []string{"a@b.org", "Acme 2019.03 - 2021.06"},
			schema.Resume{Basics: schema.Basics{Email: "a@b.org"}, Work: []schema.Work{{Name: "Acme", StartDate: "2019-03", EndDate: "2021-06"}}},
			Likelihood{Score: 0.4, Contact: 1, Dated: 1, Ranges: 1, Sections: 1}, ""},
		{"an address in the text counts", []string{"Jo Doe", "Jan 2020 - Present", "write to jo@example.net"}, schema.Resume{},
			Likelihood{Score: 0.3, Contact: 1, Ranges: 1}, "not a resume (no resume headings)"},
		{"a timeline dated to the day is no resume", []string{"pilot 2024-03-01", "rollout 2024-04-15"},
			schema.Resume{Projects: []schema.Project{{Name: "pilot", StartDate: "2024-03-01"}, {Name: "rollout", StartDate: "2024-04-15"}}},
			Likelihood{Score: 0.1, Sections: 1}, "not a resume (no contact details or dates)"},
		{"a changelog's months alone", []string{"Version 5.3 (March 2024)", "Version 5.2 (January 2024)", "Version 5.1 (November 2023)"}, schema.Resume{},
			Likelihood{Score: 0.3, Ranges: 3}, "not a resume (no contact details or resume headings)"},
		{"dates and sections without contact details", []string{"Experience", "Acme  2019 – 2021", "Education", "Fenmoor College  2015 – 2019"},
			schema.Resume{Work: []schema.Work{{Name: "Acme", StartDate: "2019", EndDate: "2021"}}, Education: []schema.Education{{Institution: "Fenmoor College", StartDate: "2015", EndDate: "2019"}}},
			Likelihood{Score: 0.4, Dated: 2, Ranges: 2, Sections: 2}, ""},
		{"a recognised heading counts when evidence is short", []string{"Experience", "June 2019", "Joined Acme", "May 2018"},
			schema.Resume{},
			Likelihood{Score: 0.3, Ranges: 2, Sections: 1}, "not a resume (no contact details)"},
		{"everything", []string{"a@b.org", "Acme 2019.03 - 2021.06", "Fenmoor 2015 - 2019", "Quire 2014.06 - 2014.09"},
			schema.Resume{Basics: schema.Basics{Email: "a@b.org", Phone: "139-0000-2741", Profiles: []schema.Profile{{Network: "GitHub"}}},
				Work: []schema.Work{{StartDate: "2019-03"}, {StartDate: "2014-06"}}, Education: []schema.Education{{StartDate: "2015"}}, Skills: []schema.Skill{{Name: "Go"}}},
			Likelihood{Score: 0.9, Contact: 3, Dated: 3, Ranges: 3, Sections: 3}, ""},
	}
	p := New(parser.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{Source: "x.txt"}
			for i, s := range tt.lines {
				d.Lines = append(d.Lines, doc.Line{Text: s, Pos: doc.Pos{Line: i + 1}})
			}
			got := p.Assess(d, &tt.res)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Assess (-want +got):\n%s", diff)
			}
			err := got.Err()
			switch {
			case tt.err == "" && err != nil:
				t.Errorf("Err() = %v, want a resume", err)
			case tt.err != "" && (err == nil || err.Error() != tt.err):
				t.Errorf("Err() = %v, want %q", err, tt.err)
			}
			if got.IsResume() != (tt.err == "") || got.IsResume() != (got.Score >= MinLikelihood) {
				t.Errorf("IsResume() = %v at score %.2f", got.IsResume(), got.Score)
			}
		})
	}
}

// TestLikelihoodCorpora: no resume of the layout zoo or the blind sets
// (every file with a truth beside it) is taken for a non-resume.
func TestLikelihoodCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every file of testdata/zoo and testdata/blind")
	}
	p := New(parser.Options{})
	resumes, refused := 0, 0
	for _, root := range []string{"testdata/zoo", "testdata/blind"} {
		err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || filepath.Ext(path) == ".json" {
				return err
			}
			isResume := false
			if _, err := os.Stat(path + ".truth.json"); err == nil {
				isResume = true
			} else if _, err := os.Stat(strings.TrimSuffix(path, filepath.Ext(path)) + ".truth.json"); err == nil {
				isResume = true
			}
			if !isResume {
				// generators, notes and READMEs beside the sets: the
				// refusal of non-resumes is measured on a set of its own
				// (cli/testdata/script/not_a_resume.txtar)
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			d, err := p.Document(bytes.NewReader(data), path)
			if err != nil {
				t.Errorf("%s: %v", path, err)
				return nil
			}
			res, _ := p.Extract(d)
			l := p.Assess(d, res)
			if isResume {
				resumes++
			}
			if l.IsResume() != isResume {
				refused++
				t.Errorf("%s: likelihood %.2f %+v, resume %v", path, l.Score, l, isResume)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d resumes, %d misjudged", resumes, refused)
}
