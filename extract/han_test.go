package extract

import (
	"testing"
	"unicode"
)

// TestFirstHan: no code point below firstHan is Han, so isHan may skip
// the table for them.
func TestFirstHan(t *testing.T) {
	for r := rune(0); r < firstHan; r++ {
		if unicode.Is(unicode.Han, r) {
			t.Fatalf("%U is Han, below firstHan", r)
		}
	}
	if !unicode.Is(unicode.Han, firstHan) {
		t.Fatalf("firstHan %U is no Han", firstHan)
	}
}
