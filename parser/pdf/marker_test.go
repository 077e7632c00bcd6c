package pdf

import "testing"

// TestSplitMarker: a bullet or a number before an item is its marker; a
// score in brackets that a wrapped list carries to the next line is not.
func TestSplitMarker(t *testing.T) {
	for _, tt := range []struct{ in, marker, rest string }{
		{"• 负责接口测试", "•", "负责接口测试"},
		{"1. Built the API", "1.", "Built the API"},
		{"（2）参与设计", "（2）", "参与设计"},
		{"（93）、机器学习（96）", "", "（93）、机器学习（96）"},
	} {
		if m, r := splitMarker(tt.in); m != tt.marker || r != tt.rest {
			t.Errorf("splitMarker(%q) = %q, %q; want %q, %q", tt.in, m, r, tt.marker, tt.rest)
		}
	}
}
