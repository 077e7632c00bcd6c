package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPrefilterRequired(t *testing.T) {
	for _, c := range []struct {
		expr string
		want prefilter
	}{
		{`年\s*\d{1,2}\s*月`, prefilter{exact: []string{"年"}}},
		{`\s*[(（]([^()（）]*)[)）]$`, prefilter{exact: []string{"(", "（"}, last: []rune{')', ')', '）', '）'}}},
		{`(?i)\bpage\b|\bseite\b`, prefilter{fold: []string{"page", "seite"}, foldOdd: true}},
		{`(?i)\bpage\b|第\s*\d+\s*页`, prefilter{exact: []string{"第"}, fold: []string{"page"}}},
		{`(?i)(?:early|mid|late|from)[- ]?$`, prefilter{fold: []string{"early", "mid", "late", "from"},
			last: []rune{' ', ' ', '-', '-', 'D', 'E', 'M', 'M', 'Y', 'Y', 'd', 'e', 'm', 'm', 'y', 'y'}}}, // [- ] or a word's end
		{`^Skip to (?:content|main content)$`, prefilter{exact: []string{"Skip to "}, first: []rune{'S', 'S'}, last: []rune{'t', 't'}}},
		// a run of literals and small classes spells what it needs
		{`[a-z]{3,}[.;] [A-Z]`, prefilter{exact: []string{". ", "; "}}},
		{`\d+[年.]\d+月`, prefilter{exact: []string{"月"}}}, // (the longest: "月" before "年", ".")
		{`q[ab]c`, prefilter{exact: []string{"qac", "qbc"}}},
		{`[a-h][a-h]x`, prefilter{exact: []string{"ax", "bx", "cx", "dx", "ex", "fx", "gx", "hx"}}}, // 64 strings are too many: the run starts again
		// anchored: the first rune
		{`^\d+\s*(?:yrs?|个?月)`, prefilter{exact: []string{"yr", "月"}, first: []rune{'0', '9'}}},
		{`^[\d.,]+[kKmM]?$|^\d{1,3}/\d{1,3}$`, prefilter{first: []rune{',', ',', '.', '.', '0', '9'},
			last: []rune{',', ',', '.', '.', '0', '9', 'K', 'K', 'M', 'M', 'k', 'k', 'm', 'm'}}}, // [kKmM] or what may stand before it
		// anchored at the end: the last rune
		{`\s+\d{1,2}$|\p{Han}(\d{1,2})$`, prefilter{last: []rune{'0', '9'}}},
		{`(?i)x(?:ab|c)$`, prefilter{fold: []string{"x"}, last: []rune{'B', 'C', 'b', 'c'}}},
		{`a\s*$`, prefilter{exact: []string{"a"}, last: []rune{'\t', '\n', '\f', '\r', ' ', ' ', 'a', 'a'}}}, // a space, or the a before it
		{`a?\s*$`, prefilter{}}, // nothing surely there
		{`(?i)^k`, prefilter{fold: []string{"k"}, foldOdd: true, first: []rune{'K', 'K', 'k', 'k', '\u212a', '\u212a'}}},
		{`^\b(?:a|\d)`, prefilter{first: []rune{'0', '9', 'a', 'a'}}},
		{`^\s*\d`, prefilter{first: []rune{'\t', '\n', '\f', '\r', ' ', ' ', '0', '9'}}},
		{`^\s*\d?`, prefilter{}},                       // nothing surely there
		{`^a|b`, prefilter{exact: []string{"a", "b"}}}, // one branch not anchored
		{`(?i)x|Y`, prefilter{exact: []string{"X", "Y", "x", "y"}}},
		{`[Ee]-?mail`, prefilter{exact: []string{"mail"}}},
		{`[Ee]`, prefilter{fold: []string{"e"}}},
		{`(?i)ökonom`, prefilter{fold: []string{"konom"}, foldOdd: true}}, // the ASCII part only
		{`(?i)résumé`, prefilter{fold: []string{"sum"}, foldOdd: true}},
		{`(?i)技能|skills?`, prefilter{exact: []string{"技能"}, fold: []string{"skill"}, foldOdd: true}},
		// nothing required, or nothing worth testing: every line goes to the regexp
		{`\d+`, prefilter{}},
		{`a?b*`, prefilter{}},
		{`[a-z]{3,}`, prefilter{}},
		{`foo|\d`, prefilter{}},
		{`(`, prefilter{}},
		{`a\x{FFFD}`, prefilter{}}, // U+FFFD matches any invalid byte: no literal holding it is required
		{`[\x{FFFD}x]`, prefilter{}},
	} {
		got := newPrefilter(c.expr)
		if d := cmp.Diff(c.want, got, cmp.AllowUnexported(prefilter{})); d != "" {
			t.Errorf("%s: (-want +got)\n%s", c.expr, d)
		}
	}
}

// TestPrefilterSound checks that a prefilter never turns away a string
// its regexp matches, on every line of the fixtures and on strings made to
// trip it (cases, the Kelvin sign and long s that (?i) matches as k and s).
func TestPrefilterSound(t *testing.T) {
	exprs := []string{
		`年\s*\d{1,2}\s*月`, `\s*[(（]([^()（）]*)[)）]$`, `(?i)\bpage\b|\bseite\b|第\s*\d+\s*页`,
		`(?i)(?:^|[\s(（–—-])((?:early|mid|late|from)[- ]?)$`, `(?i)\b(?:https?://|www\.)\S+`,
		`[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`,
		`(?i)\s+(?:and|or|etc\.?)\s+|\s+etc\.?$`, `^(民國|民国)?\s*(\d{2,3})\s*年`, `(?i)skills?|技能`,
		`[Ee]-?mail`, `(?i)ks|SK`, `(?i)^kit`, `^(?:\d+\s*年|\d+\s*个?月)$`, `^\p{Lu}\w+, [A-Z]{2}$`, `\s+\d{1,2}$`, `\s*[(（\[]\s*\d{1,3}\s*[)）\]]$`, `[a-z]{3,}[.;] [A-Z]`, `q[ab]c`, `[a-h][a-h]x`, `\s*(?:与|和|及|、|/|&|\band\b)\s*|\s+[·・]\s+`, `(?i)desk|Task`,
	}
	lines := []string{"PAGE 2", "Seite 3", "第 2 页", "mid-2019", "From", "(x)", "（注）", "E-mail", "email",
		"ſkill", "\u212aS", "\u212aIT", "3 年", "12个月", "Portland, OR", "Skills 3", "Projects (2)", "技能（3）", "x", "done. Next", "qbc", "hhx", "DESK", "tasK", "a / b", "a · b", "民國107年7月", "x AND y", "etc.", "www.Example.com", "A@B.CO"}
	files, _ := filepath.Glob("../testdata/fixtures/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	for _, e := range exprs {
		re, pf := regexp.MustCompile(e), newPrefilter(e)
		if pf.exact == nil && pf.fold == nil {
			t.Errorf("%s: no prefilter; this test wants patterns that have one", e)
		}
		for _, s := range lines {
			if re.MatchString(s) && !pf.mayMatch(s) {
				t.Errorf("%s: prefilter turns away %q, which matches", e, s)
			}
		}
	}
}

func TestLazyRegexpFiltered(t *testing.T) {
	l := lazyRE(`a(b)`)
	re := regexp.MustCompile(`a(b)`)
	for _, s := range []string{"", "xyz", "ab", "zabab"} {
		for _, c := range []struct {
			name      string
			got, want any
		}{
			{"MatchString", l.MatchString(s), re.MatchString(s)},
			{"FindString", l.FindString(s), re.FindString(s)},
			{"FindStringIndex", l.FindStringIndex(s), re.FindStringIndex(s)},
			{"FindStringSubmatch", l.FindStringSubmatch(s), re.FindStringSubmatch(s)},
			{"FindStringSubmatchIndex", l.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s)},
			{"FindAllString", l.FindAllString(s, -1), re.FindAllString(s, -1)},
			{"FindAllStringIndex", l.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1)},
			{"FindAllStringSubmatch", l.FindAllStringSubmatch(s, -1), re.FindAllStringSubmatch(s, -1)},
			{"FindAllStringSubmatchIndex", l.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1)},
			{"ReplaceAllString", l.ReplaceAllString(s, "<$1>"), re.ReplaceAllString(s, "<$1>")},
			{"ReplaceAllStringFunc", l.ReplaceAllStringFunc(s, strings.ToUpper), re.ReplaceAllStringFunc(s, strings.ToUpper)},
			{"Split-1", l.Split(s, -1), re.Split(s, -1)},
			{"Split0", l.Split(s, 0), re.Split(s, 0)},
			{"Split1", l.Split(s, 1), re.Split(s, 1)},
		} {
			if d := cmp.Diff(c.want, c.got); d != "" {
				t.Errorf("%s(%q): (-regexp +lazy)\n%s", c.name, s, d)
			}
		}
	}
}

func TestMonthWord(t *testing.T) {
	type res struct {
		Month             int
		IsMonth, IsSeason bool
	}
	for _, c := range []struct {
		in   string
		want res
	}{
		{"March", res{3, true, false}},
		{"MARCH", res{3, true, false}},
		{"März", res{3, true, false}}, // lowered by strings.ToLower
		{"Summer", res{0, false, true}},
		{"Q3", res{0, false, true}},
		{"Marching", res{}},
		{"Septemberseptember", res{}}, // longer than the stack buffer
	} {
		m, ok, season := monthWord(c.in)
		if d := cmp.Diff(c.want, res{m, ok, season}); d != "" {
			t.Errorf("monthWord(%q): (-want +got)\n%s", c.in, d)
		}
	}
}

// TestPrefilterInvalidUTF8: regexp reads an invalid byte as U+FFFD, so a
// pattern that needs U+FFFD matches it; the prefilter must let it through.
func TestPrefilterInvalidUTF8(t *testing.T) {
	for _, c := range []struct{ expr, s string }{
		{`\x{FFFD}`, "\xff"}, {`a\x{FFFD}`, "a\xff"}, {`[\x{FFFD}x]`, "\xff"}, {`^\x{FFFD}`, "\xff53"}, {`\x{FFFD}$`, "53\xff"},
	} {
		if !regexp.MustCompile(c.expr).MatchString(c.s) {
			t.Fatalf("%s does not match %q: the test is wrong", c.expr, c.s)
		}
		if !newPrefilter(c.expr).mayMatch(c.s) {
			t.Errorf("%s: prefilter turns away %q, which matches", c.expr, c.s)
		}
	}
}

// TestLowerKeepsOffsets: text lowered to be searched is indexed with the
// offsets of the original; "K" (U+212A) and "ſ" lower to shorter runes
// with strings.ToLower, and used to cut out of range.
func TestLowerKeepsOffsets(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	for _, s := range []string{"\u212aubernetes\u017fpringDocker Redis MySQL", "Ops\u212a CI/CD \u017f", "\u212a\u212a\u212a\u212aJavaSpring BootMySQL"} {
		r.gluedList(s)               // must not panic
		replaceFold(s, "ci/cd", "x") // nor this
		degreeBoundary(s, "MSc", 0)
	}
}

// TestAnyOf checks containsAny and indexAny against the standard library's
// ContainsAny and IndexAny on lines in both scripts.
func TestAnyOf(t *testing.T) {
	texts := []string{"", "abc", "张三：工程师", "Name: Li Wei", "2019.9－2023.6｜本科", "a，b。c", "技能、工具", "x\xffy：z", "：", "::：："}
	sets := []string{":：", "，。；！？!?;", "|｜", "、,，/", "(（|｜", "z", "：", "\xff"}
	for _, s := range texts {
		for _, c := range sets {
			if got, want := containsAny(s, c), strings.ContainsAny(s, c); got != want {
				t.Errorf("containsAny(%q, %q) = %v, want %v", s, c, got, want)
			}
			if got, want := indexAny(s, c), strings.IndexAny(s, c); got != want {
				t.Errorf("indexAny(%q, %q) = %d, want %d", s, c, got, want)
			}
		}
	}
}
