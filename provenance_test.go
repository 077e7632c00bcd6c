package resumex_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex"
	"github.com/resumex/resumex/parser"
)

func TestExplain(t *testing.T) {
	src := "Ana Lima\nana@example.org | +1 415 555 0100\n\nExperience\nAcme Corp | Senior Engineer | Mar 2019 – Jun 2022\n• Built the billing service\n"
	p := resumex.New(parser.Options{})
	d, err := p.Document(strings.NewReader(src), "cv.txt")
	if err != nil {
		t.Fatal(err)
	}
	res, _ := p.Extract(d)
	got := map[string]string{}
	for _, o := range resumex.Explain(d, res) {
		got[o.Pointer] = o.String()
	}
	want := map[string]string{
		"/basics/name":         "line 1, chars 0-8",
		"/basics/email":        "line 2, chars 0-15",
		"/basics/phone":        "line 2, chars 18-33",
		"/work/0/name":         "line 5, chars 0-9",
		"/work/0/position":     "line 5, chars 12-27",
		"/work/0/startDate":    "line 5, chars 30-38 (rebuilt)",
		"/work/0/endDate":      "line 5, chars 41-49 (rebuilt)",
		"/work/0/highlights/0": "line 6, chars 0-25",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("origins (-want +got):\n%s", diff)
	}
	res2, _, err := p.ParseExplained(strings.NewReader(src), "cv.txt")
	if err != nil {
		t.Fatal(err)
	}
	if prov, _ := res2.Meta.X["x-provenance"].(map[string]any); prov["/basics/name"] != "line 1, chars 0-8" {
		t.Errorf("meta x-provenance = %v", res2.Meta.X["x-provenance"])
	}
}
