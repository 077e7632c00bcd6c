package pdf

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHeaderAndLabelColumns: a first page's header of a name in large
// type beside a block of contact details in small (moderncv's) reads as
// two blocks, the name first, whichever side it is on; labels and dates
// set flush right against a narrow gutter before their text (moderncv's
// \cvitem) are a field of their own, set apart by two spaces.
func TestHeaderAndLabelColumns(t *testing.T) {
	header := func(nameX, contactX float64) []byte {
		var b strings.Builder
		b.WriteString(tx("F1", 10, contactX, 760, "Austin"))
		b.WriteString(tx("F1", 10, contactX, 748, "Texas"))
		b.WriteString(tx("F1", 34, nameX, 736, "Jane Roe"))
		b.WriteString(tx("F1", 10, contactX, 736, "(555) 014-7789"))
		b.WriteString(tx("F1", 10, contactX, 724, "jane@example.org"))
		b.WriteString(tx("F1", 17, nameX, 704, "Data Engineer"))
		b.WriteString(tx("F1", 10, contactX, 704, "github.com/janeroe"))
		b.WriteString(tx("F2", 14, 160, 650, "Experience"))
		b.WriteString(tx("F1", 10, 160, 630, "Built the data platform of a grocery chain from the ground up, and ran it."))
		return build(nil, []page{{content: b.String()}})
	}
	labels := func() []byte {
		var b strings.Builder
		y := 700.0
		for _, kv := range [][2]string{{"Languages", "Go, Python"}, {"Tools", "Git, Docker"}, {"Cloud", "AWS, GCP"}, {"Databases", "PostgreSQL"}} {
			b.WriteString(tx("F1", 10, 150-helvWidth(kv[0], 10, false), y, kv[0]))
			b.WriteString(tx("F1", 10, 158, y, kv[1]))
			y -= 14
		}
		return build(nil, []page{{content: b.String()}})
	}
	tests := []struct {
		name string
		pdf  []byte
		want []string
	}{
		{"name left of the contact block", header(60, 430), []string{
			"Jane Roe", "Data Engineer", "Austin", "Texas", "(555) 014-7789", "jane@example.org", "github.com/janeroe",
			"Experience", "Built the data platform of a grocery chain from the ground up, and ran it.",
		}},
		{"name right of the contact block", header(330, 60), []string{
			"Jane Roe", "Data Engineer", "Austin", "Texas", "(555) 014-7789", "jane@example.org", "github.com/janeroe",
			"Experience", "Built the data platform of a grocery chain from the ground up, and ran it.",
		}},
		{"labels flush right against a narrow gutter", labels(), []string{
			"Languages  Go, Python", "Tools  Git, Docker", "Cloud  AWS, GCP", "Databases  PostgreSQL",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, texts(parseOK(t, tt.pdf))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
