package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	in := []entry{
		{"4S店", 3}, {"4s店", 5}, {"与", 160984}, {"参与", 7060}, {"罕见", 1}, {"C++", 3}, {"bad\xff", 3},
	}
	want := []entry{{"4s店", 3}, {"与", 2}, {"参与", 7060}, {"c++", 3}}
	if diff := cmp.Diff(want, normalize(in), cmp.AllowUnexported(entry{})); diff != "" {
		t.Errorf("normalize mismatch (-want +got):\n%s", diff)
	}
}

func TestSelectEntries(t *testing.T) {
	in := []entry{{"甲", 2}, {"管理", 900}, {"参与", 5}, {"研发", 800}, {"罕见词", 3}, {"平等", 4}}
	tests := []struct {
		n    int
		want []string
	}{
		{0, []string{"参与", "平等", "甲", "研发", "管理", "罕见词"}},
		{1, []string{"参与", "平等", "甲", "管理"}},
		{2, []string{"参与", "平等", "甲", "研发", "管理"}},
	}
	for _, tc := range tests {
		var got []string
		for _, e := range selectEntries(in, tc.n, "与等") {
			got = append(got, e.word)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("selectEntries(n=%d) mismatch (-want +got):\n%s", tc.n, diff)
		}
	}
}
