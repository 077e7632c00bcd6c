package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/resumex/resumex/doc"
)

func TestJoinBrokenAddress(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"broken inside the top-level domain", []string{"ana.lima@example.c", "om"}, []string{"ana.lima@example.com"}},
		{"broken after a dot", []string{"Email: ana@example.", "org"}, []string{"Email: ana@example.org"}},
		{"a whole address stays apart", []string{"ana@example.com", "denver"}, []string{"ana@example.com", "denver"}},
		{"the next line is no address's rest", []string{"ana@example.c", "Denver, CO"}, []string{"ana@example.c", "Denver, CO"}},
		{"no address", []string{"Go, Rust", "om"}, []string{"Go, Rust", "om"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ls []*line
			for _, s := range tt.in {
				ls = append(ls, &line{Line: doc.Line{Text: s}, text: s, raw: s})
			}
			var got []string
			for _, l := range joinBrokenAddress(ls) {
				got = append(got, l.text)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}
