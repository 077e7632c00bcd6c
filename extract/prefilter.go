package extract

import (
	"cmp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A prefilter is a set of strings one of which every match of a regexp
// contains: a line without any of them is rejected by a substring search,
// which costs a small fraction of running the regexp. Most of the
// extractor's patterns are asked about every line and match few, so most
// calls end here.
type prefilter struct {
	// exact strings are looked for as they are, fold strings (lower-case
	// ASCII, from a (?i) pattern) in any case; both nil: nothing is
	// required, run the regexp
	exact, fold []string
	// foldOdd: a fold string holds a k or an s, which (?i) also matches
	// as K (U+212A) or ſ (U+017F)
	foldOdd bool
	// first, last: for a pattern anchored at the start or the end of the
	// text, the ranges (sorted lo, hi pairs) its first or last rune falls
	// in; nil: any
	first, last []rune
}

// maxClassRunes is the largest character class a prefilter tries rune by
// rune ("[(（]", "[年.]"); larger classes say nothing worth testing.
const maxClassRunes = 8

// newPrefilter reads the strings required by expr; a pattern it cannot
// read gets an empty prefilter, which lets every line through.
func newPrefilter(expr string) prefilter {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return prefilter{}
	}
	tree = tree.Simplify()
	var p prefilter
	if first, ok := anchored(tree, false); ok {
		p.first = sortRanges(first)
	}
	if last, ok := anchored(tree, true); ok {
		p.last = sortRanges(last)
	}
	req, ok := required(tree)
	if !ok {
		return p
	}
	p.exact, p.fold = req.exact, req.fold
	for _, a := range req.fold {
		if strings.ContainsAny(a, "ks") {
			p.foldOdd = true
		}
	}
	return p
}

// mayMatch reports whether s holds one of the required strings.
func (p prefilter) mayMatch(s string) bool {
	if p.first != nil {
		r, _ := utf8.DecodeRuneInString(s)
		if s == "" || !inRanges(r, p.first) {
			return false
		}
	}
	if p.last != nil {
		r, _ := utf8.DecodeLastRuneInString(s)
		if s == "" || !inRanges(r, p.last) {
			return false
		}
	}
	if p.exact == nil && p.fold == nil {
		return true
	}
	for _, a := range p.exact {
		if strings.Contains(s, a) {
			return true
		}
	}
	if p.fold == nil {
		return false
	}
	if p.foldOdd && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")) {
		return true
	}
	for _, a := range p.fold {
		if containsFoldASCII(s, a) {
			return true
		}
	}
	return false
}

// inRanges reports whether r falls in one of the sorted lo, hi pairs rs.
func inRanges(r rune, rs []rune) bool {
	// the first pair whose hi is r or more
	i, j := 0, len(rs)/2
	for i < j {
		if h := int(uint(i+j) >> 1); rs[2*h+1] < r {
			i = h + 1
		} else {
			j = h
		}
	}
	return 2*i < len(rs) && rs[2*i] <= r
}

// sortRanges sorts lo, hi pairs and merges those that overlap or touch.
func sortRanges(rs []rune) []rune {
	pairs := make([][2]rune, 0, len(rs)/2)
	for i := 0; i+1 < len(rs); i += 2 {
		pairs = append(pairs, [2]rune{rs[i], rs[i+1]})
	}
	slices.SortFunc(pairs, func(a, b [2]rune) int { return cmp.Compare(a[0], b[0]) })
	var out []rune
	for _, p := range pairs {
		if n := len(out); n > 0 && p[0] <= out[n-1]+1 {
			out[n-1] = max(out[n-1], p[1])
			continue
		}
		out = append(out, p[0], p[1])
	}
	return out
}

// anchored returns the ranges the first rune of a match falls in, or with
// last its last rune, for a pattern every branch of which is anchored at
// that end of the text ("^\d{4}…", "^A…|^B…", "…[)）]$"); ok is false for
// any other.
func anchored(re *syntax.Regexp, last bool) (ranges []rune, ok bool) {
	switch re.Op {
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			r, ok := anchored(sub, last)
			if !ok {
				return nil, false
			}
			ranges = append(ranges, r...)
		}
		return ranges, true
	case syntax.OpCapture:
		return anchored(re.Sub[0], last)
	case syntax.OpConcat:
		n := len(re.Sub)
		switch {
		case n > 1 && !last && re.Sub[0].Op == syntax.OpBeginText:
			return edgeRunes(re.Sub[1:], false)
		case n > 1 && last && re.Sub[n-1].Op == syntax.OpEndText:
			return edgeRunes(re.Sub[:n-1], true)
		}
	}
	return nil, false
}

// foldOrbit is the ranges of r, and of the runes (?i) matches it with.
func foldOrbit(r rune, flags syntax.Flags) []rune {
	out := []rune{r, r}
	if flags&syntax.FoldCase != 0 {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			out = append(out, f, f)
		}
	}
	return out
}

// edgeRunes returns the ranges the first rune matched by the sequence
// seq falls in, or with last its last rune; ok is false unless seq surely
// matches a rune and this can tell which (a literal, a class, a repeat of
// one at least once, after optional parts whose runes it adds).
func edgeRunes(seq []*syntax.Regexp, last bool) ([]rune, bool) {
	var opt []rune // the runes of optional parts passed over
	for k := range seq {
		re := seq[k]
		if last {
			re = seq[len(seq)-1-k]
		}
		switch re.Op {
		case syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEndText, syntax.OpEndLine,
			syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEmptyMatch:
			continue // matches no rune
		case syntax.OpLiteral:
			r := re.Rune[0]
			if last {
				r = re.Rune[len(re.Rune)-1]
			}
			return append(opt, foldOrbit(r, re.Flags)...), true
		case syntax.OpCharClass:
			return append(opt, re.Rune...), len(re.Rune) > 0
		case syntax.OpCapture, syntax.OpPlus, syntax.OpConcat:
			r, ok := edgeRunes(re.Sub, last)
			return append(opt, r...), ok
		case syntax.OpRepeat, syntax.OpQuest, syntax.OpStar:
			r, ok := edgeRunes(re.Sub, last)
			if !ok {
				return nil, false
			}
			if re.Op == syntax.OpRepeat && re.Min >= 1 {
				return append(opt, r...), true
			}
			opt = append(opt, r...) // may match nothing: the part beyond it too
			continue
		case syntax.OpAlternate:
			var all []rune
			for _, sub := range re.Sub {
				r, ok := edgeRunes([]*syntax.Regexp{sub}, last)
				if !ok {
					return nil, false
				}
				all = append(all, r...)
			}
			return append(opt, all...), true
		}
		return nil, false
	}
	return nil, false
}

// containsFoldASCII reports whether s contains lit (lower-case ASCII) in
// any ASCII case.
func containsFoldASCII(s, lit string) bool {
	n := len(lit)
	if n == 0 {
		return true
	}
	c0, u0 := lit[0], lit[0]
	if 'a' <= c0 && c0 <= 'z' {
		u0 = c0 - 'a' + 'A'
	}
	for i := 0; i+n <= len(s); i++ {
		if b := s[i]; b != c0 && b != u0 {
			continue
		}
		j := 1
		for ; j < n; j++ {
			b := s[i+j]
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			if b != lit[j] {
				break
			}
		}
		if j == n {
			return true
		}
	}
	return false
}

// reqs are strings one of which a match contains: exact ones as they
// are, fold ones in any ASCII case.
type reqs struct{ exact, fold []string }

func (r reqs) shortest() int { return min(shortest(r.exact), shortest(r.fold)) }
func (r reqs) count() int    { return len(r.exact) + len(r.fold) }

// better reports whether r says more about a line than o: its shortest
// string is longer, or as long with fewer strings.
func (r reqs) better(o reqs) bool {
	if a, b := r.shortest(), o.shortest(); a != b {
		return a > b
	}
	return r.count() < o.count()
}

// required returns strings one of which every match of re contains; ok
// is false when re requires nothing this can test. A concatenation keeps
// its most telling part (reqs.better).
func required(re *syntax.Regexp) (reqs, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if slices.Contains(re.Rune, utf8.RuneError) {
			return reqs{}, false // (regexp reads each invalid byte as U+FFFD, which no substring search finds)
		}
		s := string(re.Rune)
		if re.Flags&syntax.FoldCase == 0 {
			return reqs{exact: []string{s}}, true
		}
		if caseless(s) { // "(?i)第"
			return reqs{exact: []string{s}}, true
		}
		// in any case: the longest ASCII run ("(?i)ökonom" needs "konom")
		best := ""
		for _, run := range strings.FieldsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) {
			if len(run) > len(best) {
				best = run
			}
		}
		if best == "" {
			return reqs{}, false
		}
		return reqs{fold: []string{strings.ToLower(best)}}, true
	case syntax.OpCharClass:
		return classRunes(re.Rune)
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		var best reqs
		found := false
		consider := func(r reqs) {
			if !found || r.better(best) {
				best, found = r, true
			}
		}
		var run []string // the strings a run of literals and small classes spells
		for _, sub := range re.Sub {
			if r, ok := required(sub); ok {
				consider(r)
			}
			// "[.;] " needs ". " or "; ", which say more than " "
			if set, ok := fixedStrings(sub); ok {
				if run == nil || len(run)*len(set) > maxRunStrings {
					run = []string{""} // (a run too long to spell starts again here)
				}
				var next []string
				for _, a := range run {
					for _, b := range set {
						next = append(next, a+b)
					}
				}
				run = next
				consider(reqs{exact: run})
				continue
			}
			run = nil
		}
		return best, found
	case syntax.OpAlternate:
		var all reqs
		for _, sub := range re.Sub {
			r, ok := required(sub)
			if !ok {
				return reqs{}, false // one branch needs nothing
			}
			all.exact = append(all.exact, r.exact...)
			all.fold = append(all.fold, r.fold...)
		}
		return all, true
	}
	return reqs{}, false
}

// maxRunStrings is the most strings a run of literals and classes may
// spell and still be tested.
const maxRunStrings = 16

// fixedStrings returns the strings re matches when it matches one of a
// few fixed strings: a literal in its case, a small character class.
func fixedStrings(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if slices.Contains(re.Rune, utf8.RuneError) {
			return nil, false // (U+FFFD stands for invalid bytes: see required)
		}
		if re.Flags&syntax.FoldCase == 0 || caseless(string(re.Rune)) {
			return []string{string(re.Rune)}, true
		}
	case syntax.OpCharClass:
		if r, ok := classRunes(re.Rune); ok && r.fold == nil {
			return r.exact, true
		}
	}
	return nil, false
}

// classRunes is required for a character class: its runes, when there are
// few; a class that is one letter in both cases ("[Ee]") is that letter
// in any case.
func classRunes(ranges []rune) (reqs, bool) {
	var rs []rune
	for i := 0; i+1 < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		if lo <= utf8.RuneError && utf8.RuneError <= hi {
			return reqs{}, false // (as for a literal: U+FFFD stands for invalid bytes)
		}
		if hi-lo >= maxClassRunes || len(rs)+int(hi-lo)+1 > maxClassRunes {
			return reqs{}, false
		}
		for r := lo; r <= hi; r++ {
			rs = append(rs, r)
		}
	}
	if len(rs) == 0 {
		return reqs{}, false
	}
	if len(rs) == 2 && 'A' <= rs[0] && rs[0] <= 'Z' && rs[0]+'a'-'A' == rs[1] {
		return reqs{fold: []string{string(rs[1])}}, true
	}
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = string(r)
	}
	return reqs{exact: out}, true
}

// caseless reports whether no rune of s has another case.
func caseless(s string) bool {
	for _, r := range s {
		if unicode.SimpleFold(r) != r {
			return false
		}
	}
	return true
}

// shortest is the length of the shortest of ss, or a length no string
// has when there are none.
func shortest(ss []string) int {
	n := maxInt
	for _, s := range ss {
		n = min(n, len(s))
	}
	return n
}

const maxInt = int(^uint(0) >> 1)

// matchAny reports whether s matches one of res.
func matchAny(res []*lazyRegexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

//go:generate go test -run TestPrefilterTable -update-prefilters

// prefilterEntry is a row of prefilterTable: a pattern and its prefilter.
type prefilterEntry struct {
	expr string
	pf   prefilter
}

// builtPrefilter returns the prefilter of expr from prefilterTable, which
// holds those of the patterns written in this package's source and its
// lexicon, read when the table was generated: reading a pattern costs
// about as much as compiling it, and a one-file parse would otherwise pay
// for every pattern it asks about.
func builtPrefilter(expr string) (prefilter, bool) {
	i, ok := slices.BinarySearchFunc(prefilterTable, expr, func(e prefilterEntry, s string) int { return strings.Compare(e.expr, s) })
	if !ok {
		return prefilter{}, false
	}
	return prefilterTable[i].pf, true
}
