package resumex

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/parser"
	"github.com/resumex/resumex/schema"
)

func TestCapResume(t *testing.T) {
	long := strings.Repeat("é", MaxFieldBytes) // two bytes each: cut in half
	res := &schema.Resume{Basics: schema.Basics{Name: "Avery Quill", Summary: long}}
	for range MaxSectionItems + 50 {
		res.Work = append(res.Work, schema.Work{Name: "Example Corp", Highlights: make([]string, MaxListItems+5)})
	}
	res.Skills = []schema.Skill{{Name: "Go", X: map[string]any{"x-note": long}}}
	warnings := capResume(res)
	if n := len(res.Basics.Summary); n > MaxFieldBytes || n < MaxFieldBytes-2 || !strings.HasPrefix(long, res.Basics.Summary) {
		t.Errorf("summary: %d bytes", n)
	}
	if len(res.Work) != MaxSectionItems || len(res.Work[0].Highlights) != MaxListItems {
		t.Errorf("work: %d entries, %d highlights", len(res.Work), len(res.Work[0].Highlights))
	}
	if n := len(res.Skills[0].X["x-note"].(string)); n > MaxFieldBytes {
		t.Errorf("x-note: %d bytes", n)
	}
	var msgs []string
	for _, w := range warnings {
		msgs = append(msgs, w.Msg)
	}
	want := []string{
		"output cut: a field holds at most 4096 bytes: basics.summary, skills[0].x.x-note",
		"output cut: a section holds at most 200 entries, a list 100 items: work (200 items), work[0].highlights (100 items), work[1].highlights (100 items) and 198 more",
	}
	if diff := cmp.Diff(want, msgs); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

// TestCapResumeTotal: past MaxResumeBytes of text, the rest of the resume
// is left out.
func TestCapResumeTotal(t *testing.T) {
	res := &schema.Resume{}
	entry := strings.Repeat("a", 4000)
	for range 150 {
		res.Work = append(res.Work, schema.Work{Summary: entry, Highlights: []string{entry, entry}})
	}
	res.Education = []schema.Education{{Institution: "Example University"}}
	warnings := capResume(res)
	if len(res.Work) != 88 || len(res.Education) != 0 {
		t.Errorf("%d work entries, %d education entries", len(res.Work), len(res.Education))
	}
	if len(warnings) != 1 || warnings[0].Msg != "output cut: a resume holds at most 1048576 bytes of text: what follows work[87].highlights[0] is left out" {
		t.Errorf("warnings: %v", warnings)
	}
}

// TestParseContext: a done context stops a parse with its error.
func TestParseContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p := New(parser.Options{})
	in := "Avery Quill\navery.quill@example.org\n"
	if _, _, err := p.ParseContext(ctx, strings.NewReader(in), "cv.txt"); !errors.Is(err, context.Canceled) {
		t.Errorf("ParseContext: %v, want %v", err, context.Canceled)
	}
	res, _, err := p.ParseContext(context.Background(), bytes.NewReader([]byte(in)), "cv.txt")
	if err != nil || res.Basics.Email != "avery.quill@example.org" {
		t.Errorf("ParseContext: %+v %v", res, err)
	}
}
