package extract

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled the first time it is used,
// so that a program that links the extractor but does not run it (resumex
// text, validate) does not pay for compiling its patterns at start-up.
// A call on a string that lacks every string a match needs (its
// prefilter) answers "no match" without running the expression.
// Safe for concurrent use, as *regexp.Regexp is.
type lazyRegexp struct {
	once sync.Once
	expr string
	re   *regexp.Regexp
	pf   prefilter
}

// lazyRE returns the lazily compiled expression expr; like
// regexp.MustCompile, a bad expression panics (at its first use).
func lazyRE(expr string) *lazyRegexp { return &lazyRegexp{expr: expr} }

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() {
		l.re = regexp.MustCompile(l.expr)
		l.pf = newPrefilter(l.expr)
	})
	return l.re
}

// may reports whether s can match: false only when it lacks the strings
// every match holds.
func (l *lazyRegexp) may(s string) bool {
	l.get()
	return l.pf.mayMatch(s)
}

func (l *lazyRegexp) MatchString(s string) bool { return l.may(s) && l.re.MatchString(s) }

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
