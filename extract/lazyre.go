package extract

import (
	"regexp"
	"strings"
	"sync"
)

// lazyRegexp is a regular expression compiled the first time a string
// passes its prefilter, so that a process pays only for the patterns its
// input can match: a program that links the extractor but does not run it
// (resumex text, validate) compiles none, and a one-file parse few.
// A call on a string that lacks every string a match needs (its
// prefilter) answers "no match" without running, or compiling, the
// expression. The prefilters of the patterns written in the source and
// the lexicon come built (prefilter_table.go); any other is read from the
// pattern on first use.
// Safe for concurrent use, as *regexp.Regexp is.
type lazyRegexp struct {
	expr    string
	pfBuilt bool // pf came from the table (set once, in lazyRE)
	pfOnce  sync.Once
	pf      prefilter
	reOnce  sync.Once
	re      *regexp.Regexp
}

// lazyRE returns the lazily compiled expression expr; like
// regexp.MustCompile, a bad expression panics (at its first use; the
// tests compile every pattern).
func lazyRE(expr string) *lazyRegexp {
	l := &lazyRegexp{expr: expr}
	l.pf, l.pfBuilt = builtPrefilter(expr)
	return l
}

// get returns the compiled expression.
func (l *lazyRegexp) get() *regexp.Regexp {
	l.reOnce.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// may reports whether s can match: false only when it lacks the strings
// every match holds. When it is true the expression is compiled.
func (l *lazyRegexp) may(s string) bool {
	if !l.filter().mayMatch(s) {
		return false
	}
	l.get()
	return true
}

func (l *lazyRegexp) MatchString(s string) bool { return l.may(s) && l.re.MatchString(s) }

// filter is the expression's prefilter, read from its pattern the first
// time when the table lacks it.
func (l *lazyRegexp) filter() *prefilter {
	if !l.pfBuilt {
		l.pfOnce.Do(func() { l.pf = newPrefilter(l.expr) })
	}
	return &l.pf
}

// mayOccurIn reports whether text holds what the expression requires of a
// match (its anchors aside): false means it matches no line of text.
// lower is text with its ASCII letters lowered, for the strings a (?i)
// pattern requires.
func (l *lazyRegexp) mayOccurIn(text, lower string) bool {
	pf := l.filter()
	if pf.exact == nil && pf.fold == nil {
		return true
	}
	for _, a := range pf.exact {
		if strings.Contains(text, a) {
			return true
		}
	}
	if pf.foldOdd && (strings.Contains(text, "\u212a") || strings.Contains(text, "\u017f")) {
		return true
	}
	for _, a := range pf.fold {
		if strings.Contains(lower, a) {
			return true
		}
	}
	return false
}

// occurringIn keeps the expressions of res that may match a line of text.
func occurringIn(res []*lazyRegexp, text string) []*lazyRegexp {
	var out []*lazyRegexp
	lower := asciiLower(text)
	for _, re := range res {
		if re.mayOccurIn(text, lower) {
			out = append(out, re)
		}
	}
	return out
}

func (l *lazyRegexp) FindString(s string) string {
	if !l.may(s) {
		return ""
	}
	return l.re.FindString(s)
}

func (l *lazyRegexp) FindStringIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringIndex(s)
}

func (l *lazyRegexp) FindStringSubmatch(s string) []string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringSubmatch(s)
}

func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringSubmatchIndex(s)
}

func (l *lazyRegexp) FindAllString(s string, n int) []string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllString(s, n)
}

func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringIndex(s, n)
}

func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringSubmatch(s, n)
}

func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringSubmatchIndex(s, n)
}

func (l *lazyRegexp) ReplaceAllString(s, repl string) string {
	if !l.may(s) {
		return s
	}
	return l.re.ReplaceAllString(s, repl)
}

func (l *lazyRegexp) ReplaceAllStringFunc(s string, f func(string) string) string {
	if !l.may(s) {
		return s
	}
	return l.re.ReplaceAllStringFunc(s, f)
}

// Split is regexp's Split: a string with no match is one piece (none
// when n is 0).
func (l *lazyRegexp) Split(s string, n int) []string {
	if !l.may(s) {
		if n == 0 {
			return nil
		}
		return []string{s}
	}
	return l.re.Split(s, n)
}

func (l *lazyRegexp) String() string { return l.expr }
