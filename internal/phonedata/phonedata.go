// Package phonedata says whether a phone number written with its country
// calling code is possible, as libphonenumber (github.com/nyaruka/phonenumbers)
// says it, without loading that library: its metadata costs every process
// about 10 ms and 2.5 MB at start. What the check needs of the metadata, each
// calling code's numbering plan, is in plans_gen.go, written by
// internal/phonegen (go generate) and checked in; that program's tests hold
// this package to the library's answers.
package phonedata

//go:generate go run ./internal/phonegen -o plans_gen.go

import (
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// plan is one calling code's numbering plan.
type plan struct {
	code      uint16
	lengths   uint32 // bit n: a national number of n digits is possible
	local     uint32 // bit n: n digits are possible only dialled locally
	anyLength bool   // no length data: every national number of 2 to 17 digits
	prefix    string // the national prefix as read when parsing, a regexp ("" when none)
	transform string // what a prefix match is replaced by ("": removed)
	national  string // the pattern of a national number, with a prefix only
}

// patterns are a plan's regexps, compiled when a number first needs them.
type patterns struct {
	once             sync.Once
	prefix, national *regexp.Regexp
}

// compile compiles p's patterns the first time it is called.
func (c *patterns) compile(p *plan) {
	c.once.Do(func() {
		c.prefix = regexp.MustCompile("^(?:" + p.prefix + ")")
		c.national = regexp.MustCompile("^(?:" + p.national + ")$")
	})
}

// compiled holds plans[i]'s compiled patterns at index i.
var compiled [len(plans)]patterns

// What the library's length check says of a national number.
type lengthResult int

const (
	possible lengthResult = iota
	localOnly
	tooShort
	tooLong
	invalidLength
)

// Possible reports whether s is a possible phone number the way
// phonenumbers.IsPossibleNumber says it of what phonenumbers.Parse(s, "ZZ")
// reads (false when Parse fails): s starts with '+' and a calling code the
// library knows, and the national number after it, once its national prefix
// is stripped as the library strips it, has a length possible in the
// code's main region.
//
// s is '+' (or several), then ASCII digits and punctuation: spaces,
// hyphens and dashes, dots, slashes, brackets, tildes. Characters the
// library reads otherwise (letters as keypad digits or an extension, other
// scripts' digits, RFC 3966 parameters) make the answer false.
func Possible(s string) bool {
	if len(s) > maxInput {
		return false
	}
	rest := strings.TrimLeft(s, "+＋")
	if len(rest) == len(s) {
		return false // no country code
	}
	var buf [maxInput]byte
	digits := buf[:0]
	for _, r := range rest {
		switch {
		case r >= '0' && r <= '9':
			digits = append(digits, byte(r))
		case !strings.ContainsRune(punctuation, r):
			return false
		}
	}
	if len(digits) <= minNational || digits[0] == '0' {
		return false // too short after the '+', or no calling code
	}
	for n := 1; n <= maxCode && n <= len(digits); n++ {
		code := 0
		for _, d := range digits[:n] {
			code = code*10 + int(d-'0')
		}
		if i, ok := slices.BinarySearchFunc(plans[:], code, func(p plan, c int) int { return int(p.code) - c }); ok {
			return possibleNational(&plans[i], &compiled[i], string(digits[n:]))
		}
	}
	return false // no such calling code
}

// possibleNational follows the library from the national number n of plan
// p (c holds its patterns): strip the national prefix if what is left has a
// possible length (or is too long), then check the length.
func possibleNational(p *plan, c *patterns, n string) bool {
	if len(n) < minNational {
		return false
	}
	if p.prefix != "" {
		if s, ok := stripPrefix(p, c, n); ok {
			if r := p.length(len(s)); r == possible || r == tooLong {
				n = s
			}
		}
	}
	if len(n) < minNational || len(n) > maxNational {
		return false
	}
	if p.anyLength {
		return true
	}
	r := p.length(len(n))
	return r == possible || r == localOnly
}

// stripPrefix strips p's national prefix from n as the library's
// maybeStripNationalPrefixAndCarrierCode does: the prefix must match at the
// start, a number that fit the national pattern must still fit it after,
// and a transform rule rewrites the number when the prefix's last group
// matched.
func stripPrefix(p *plan, c *patterns, n string) (string, bool) {
	c.compile(p)
	groups := c.prefix.FindStringSubmatchIndex(n)
	if groups == nil {
		return "", false
	}
	viable := c.national.MatchString(n)
	last := len(groups)/2 - 1
	if p.transform == "" || groups[last*2] < 0 {
		if viable && !c.national.MatchString(n[groups[1]:]) {
			return "", false
		}
		return n[groups[1]:], true
	}
	t := c.prefix.ReplaceAllString(n, p.transform)
	if viable && !c.national.MatchString(t) {
		return "", false
	}
	return t, true
}

// length is the library's testNumberLength for a national number of n
// digits: local-only lengths first, then the plan's shortest and longest.
func (p *plan) length(n int) lengthResult {
	if p.lengths == 0 {
		return invalidLength
	}
	bit := uint32(1) << n // 0 past 31 digits: no length matches
	shortest := bits.TrailingZeros32(p.lengths)
	longest := 31 - bits.LeadingZeros32(p.lengths)
	switch {
	case p.local&bit != 0:
		return localOnly
	case n < shortest:
		return tooShort
	case n > longest:
		return tooLong
	case p.lengths&bit != 0:
		return possible
	}
	return invalidLength
}
