package pdf

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSpanEdges checks that a line's fields set apart by wide gaps are
// spans that know their left edges, as a table without drawn cells needs.
func TestSpanEdges(t *testing.T) {
	content := tx("F1", 10, 72, 700, "From") + tx("F1", 10, 160, 700, "To") + tx("F1", 10, 260, 700, "Company") +
		tx("F1", 10, 72, 686, "Oct 2019") + tx("F1", 10, 160, 686, "now") + tx("F1", 10, 260, 686, "Kestrel Vale")
	d, err := Parse(build(nil, []page{{content: content}}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got [][]float64
	for _, l := range d.Lines {
		var xs []float64
		for _, s := range l.Spans {
			xs = append(xs, s.X)
		}
		got = append(got, xs)
	}
	want := [][]float64{{72, 160, 260}, {72, 160, 260}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("span edges (-want +got):\n%s", diff)
	}
}
