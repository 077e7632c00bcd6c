package phonedata

import (
	"strings"
	"testing"
)

func TestPossible(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"+82 10-1234-5678", true},
		{"+82) 10-1234-5678", true}, // (+82) with its bracket opened before
		{"+86 183\u20111234\u20115678", true},
		{"+1 (555) 019-4402", true},
		{"+61 2 5550 1187", true},
		{"+44 20 7946 0018", true},
		{"+44 (0)20 7946 0018", true}, // national prefix stripped
		{"+44 020 7946 0018", true},
		{"+852 6000 1234", true},
		{"+99 123 4567", false},             // no such calling code
		{"+1 555 010 012", false},           // nine digits: no NANP number
		{"+86 138 0013 8000 0000 1", false}, // too long for China
		{"+44\t20 7946 0018", false},        // a tab is not the library's punctuation
		{"+44 20 7946 0018 ~12", false},     // an extension: not read here
		{"+0 123 4567", false},              // calling codes start 1-9
		{"+12", false},
		{"82 10 1234 5678", false}, // no '+'
		{"", false},
		{"+44 20 7946 0018" + strings.Repeat(" ", 240), false}, // past the library's 250 bytes
	}
	for _, tt := range tests {
		if got := Possible(tt.in); got != tt.want {
			t.Errorf("Possible(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestPlansSorted: Possible binary-searches plans by code.
func TestPlansSorted(t *testing.T) {
	for i := 1; i < len(plans); i++ {
		if plans[i-1].code >= plans[i].code {
			t.Fatalf("plans[%d] (+%d) not after plans[%d] (+%d)", i, plans[i].code, i-1, plans[i-1].code)
		}
	}
}

// TestPatternsCompile: every plan's patterns compile (compile panics otherwise).
func TestPatternsCompile(t *testing.T) {
	for i := range plans {
		if plans[i].prefix == "" {
			continue
		}
		var c patterns
		c.compile(&plans[i])
		if c.prefix == nil || c.national == nil {
			t.Errorf("+%d: patterns not compiled", plans[i].code)
		}
	}
}

func TestLength(t *testing.T) {
	p := plan{lengths: 1<<8 | 1<<10, local: 1 << 5}
	tests := []struct {
		n    int
		want lengthResult
	}{
		{5, localOnly}, {4, tooShort}, {7, tooShort}, {8, possible}, {9, invalidLength},
		{10, possible}, {11, tooLong}, {40, tooLong},
	}
	for _, tt := range tests {
		if got := p.length(tt.n); got != tt.want {
			t.Errorf("length(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
	if got := (&plan{local: 1 << 5}).length(5); got != invalidLength {
		t.Errorf("a plan without possible lengths: length(5) = %v, want invalidLength", got)
	}
}

// TestPossibleNational: the library's rules for stripping a national
// prefix, on made-up plans (the real ones rarely reach some of them).
func TestPossibleNational(t *testing.T) {
	trunk := plan{lengths: 1 << 6, local: 1 << 4, prefix: `0`, national: `[1-9]\d{5}|0\d{3}`}
	// a short number gets a region code prepended (as +261 and +378 do)
	transform := plan{lengths: 1<<6 | 1<<8, prefix: `([5-9]\d{5})$|0`, transform: `12$1`, national: `1\d{7}|4\d{5}`}
	// the transform makes a number too long: it is then not possible
	long := plan{lengths: 1 << 6, prefix: `([5-9]\d{5})$`, transform: `123$1`, national: `[1-4]\d{5}`}
	// a number that fits the national pattern keeps its prefix when the
	// number without it would not fit
	fits := plan{lengths: 1 << 6, prefix: `0`, national: `0\d{6}`}
	fitsT := plan{lengths: 1 << 6, prefix: `([4-9]\d{5})$`, transform: `12$1`, national: `4\d{5}`}
	// with carrier codes in groups (as +55): the number after them is kept
	carrier := plan{lengths: 1 << 6, prefix: `0(?:(2[1-3])(\d{6}))?`, transform: `$2`, national: `[1-9]\d{5}`}
	tests := []struct {
		name string
		p    plan
		n    string
		want bool
	}{
		{"national number", trunk, "123456", true},
		{"prefix stripped", trunk, "0123456", true},
		{"local-only length", trunk, "1234", true},
		{"stripping kept off: 0123 fits the pattern, 123 does not", trunk, "0123", true},
		{"prefix stripped to a short number", trunk, "01234", false},
		{"too long", trunk, "01234567", false},
		{"too short", trunk, "1", false},
		{"transform", transform, "567890", true},
		{"transform's other branch: prefix stripped", transform, "012345678", true},
		{"not the prefix", transform, "412345", true},
		{"a fitting number keeps its prefix", fits, "0123456", false},
		{"a fitting number is not transformed", fitsT, "412345", true},
		{"transformed too long", long, "567890", false},
		{"carrier code dropped", carrier, "021654321", true},
		{"carrier pattern not matched: prefix alone stripped", carrier, "0654321", true},
		{"any length", plan{anyLength: true}, "12", true},
		{"any length, too long", plan{anyLength: true}, "123456789012345678", false},
	}
	for _, tt := range tests {
		if got := possibleNational(&tt.p, &patterns{}, tt.n); got != tt.want {
			t.Errorf("%s: possibleNational(%q) = %v, want %v", tt.name, tt.n, got, tt.want)
		}
	}
}
