package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// filteredRegexp is a regexp with literals one of which every match must
// contain: lines without any of them are rejected by a substring search,
// which is much cheaper than running the regexp on every line.
type filteredRegexp struct {
	re   *regexp.Regexp
	lits []string // ASCII-lowered; nil: run the regexp on every line
}

func newFilteredRegexp(pattern string) filteredRegexp {
	re := regexp.MustCompile(pattern)
	f := filteredRegexp{re: re}
	if tree, err := syntax.Parse(pattern, syntax.Perl); err == nil {
		for _, l := range requiredLiterals(tree.Simplify()) {
			f.lits = append(f.lits, asciiLower(l))
		}
	}
	return f
}

// match reports whether s matches; lower is s ASCII-lowered.
func (f filteredRegexp) match(s, lower string) bool {
	if f.lits != nil {
		found := false
		for _, l := range f.lits {
			if strings.Contains(lower, l) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return f.re.MatchString(s)
}

// requiredLiterals returns strings one of which every match of re
// contains, or nil when it finds none worth testing (shorter than 3 bytes).
func requiredLiterals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if s := string(re.Rune); len(s) >= 3 {
			return []string{s}
		}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiterals(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if l := requiredLiterals(sub); l != nil && (best == nil || shortest(l) > shortest(best)) {
				best = l
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			l := requiredLiterals(sub)
			if l == nil {
				return nil // one branch needs no literal
			}
			all = append(all, l...)
		}
		return all
	}
	return nil
}

func shortest(ss []string) int {
	n := -1
	for _, s := range ss {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

func matchAny(res []filteredRegexp, s string) bool {
	lower := asciiLower(s)
	for _, re := range res {
		if re.match(s, lower) {
			return true
		}
	}
	return false
}
