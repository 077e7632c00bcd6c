package parser

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestMapRadicals(t *testing.T) {
	tests := []struct{ in, want string }{
		{"⻓城", "长城"},
		{"\u2F08", "人"},  // Kangxi radical person
		{"⼯作经历", "工作经历"}, // U+2F2F
		{"⻚⾯设计", "页面设计"}, // supplement and Kangxi in one word
		{"⻢云 ⻔户", "马云 门户"},
		{"长城 Great Wall", "长城 Great Wall"},
		{"", ""},
		{"\u2FDF", "\u2FDF"}, // unassigned, in the scanned range: left alone
		{"\u2E80", "\u2E80"}, // radical without a mapping: left alone
	}
	for _, tt := range tests {
		if got := mapRadicals(tt.in); got != tt.want {
			t.Errorf("mapRadicals(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestKangxiMatchesNFKC checks the Kangxi table against Unicode's
// compatibility decomposition, and the supplement map wherever Unicode
// gives one.
func TestKangxiMatchesNFKC(t *testing.T) {
	if len(kangxi) != 0x2FD5-0x2F00+1 {
		t.Fatalf("kangxi has %d runes, want %d", len(kangxi), 0x2FD5-0x2F00+1)
	}
	for r := rune(0x2F00); r <= 0x2FD5; r++ {
		if got, want := mapRadicals(string(r)), norm.NFKC.String(string(r)); got != want {
			t.Errorf("mapRadicals(%U %c) = %q, NFKC gives %q", r, r, got, want)
		}
	}
	for from, to := range radicalMap {
		if n := norm.NFKC.String(string(from)); n != string(from) && n != string(to) {
			t.Errorf("radicalMap[%U] = %c, NFKC gives %s", from, to, n)
		}
		if to >= 0x2E80 && to <= 0x2FDF {
			t.Errorf("radicalMap[%U] maps to another radical %U", from, to)
		}
	}
}

func TestMapRadicalsNoAlloc(t *testing.T) {
	s := "没有部首的文本 plain text without radicals, 2019.07　公司"
	if got := mapRadicals(s); got != s {
		t.Fatalf("mapRadicals changed %q to %q", s, got)
	}
	if n := testing.AllocsPerRun(100, func() { _ = mapRadicals(s) }); n != 0 {
		t.Errorf("mapRadicals of text without radicals allocates %v times", n)
	}
}

func TestMapRadicalsInvalidUTF8(t *testing.T) {
	for _, s := range []string{"\xff⻓", "a\xe2\xbb", "⻓\xff"} {
		got := mapRadicals(s)
		if utf8.RuneCountInString(got) != utf8.RuneCountInString(s) {
			t.Errorf("mapRadicals(%q) = %q changes the rune count", s, got)
		}
	}
}
