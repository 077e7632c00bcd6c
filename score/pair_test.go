package score

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPairEntries(t *testing.T) {
	job := func(name, pos string) any { return map[string]any{"name": name, "position": pos} }
	old := []any{job("Tallow & Wick", "Engineer"), job("Quire", "Intern")}
	new := []any{job("Lumen Labs", "Lead"), job("Tallow & Wick", "Senior Engineer"), job("Quire", "Intern")}
	got, ok := PairEntries("work", old, new)
	if !ok {
		t.Fatal("work is not paired")
	}
	if d := cmp.Diff([][2]int{{1, 2}, {0, 1}}, got); d != "" {
		t.Errorf("pairs (-want +got):\n%s", d)
	}
	if _, ok := PairEntries("skills", old, new); ok {
		t.Error("skills paired")
	}
}
