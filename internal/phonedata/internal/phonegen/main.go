// Command phonegen writes the numbering plans package phonedata reads, from
// the metadata of github.com/nyaruka/phonenumbers (libphonenumber).
//
// It is run by `go generate` in package phonedata and writes plans_gen.go,
// which is checked in: the library loads all of its metadata when a program
// starts (about 10 ms and 2.5 MB), so only this generator and its tests
// import it, never resumex itself.
//
// For every country calling code, the plan is that of the code's main
// region (the one libphonenumber takes when it parses "+CC..."): the
// possible lengths of a national number and those possible only locally,
// and, where the region has a national prefix (0 in +44 (0)20 ...), the
// patterns libphonenumber strips it with: the prefix, its transform rule and
// the region's national number pattern. The punctuation libphonenumber
// reads between digits is written out as a string of characters.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"os"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"
)

const libModule = "github.com/nyaruka/phonenumbers"

// nonGeoRegion is libphonenumber's region code for calling codes that
// belong to no country (+800, +882...).
const nonGeoRegion = "001"

// maxLength is the longest national number a plan's length masks can hold
// (bit n of a uint32 stands for length n).
const maxLength = 31

func main() {
	out := flag.String("o", "plans_gen.go", "output Go file")
	flag.Parse()
	src, err := generate()
	if err != nil {
		fmt.Fprintln(os.Stderr, "phonegen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "phonegen:", err)
		os.Exit(1)
	}
}

// plan is one calling code's row in plans_gen.go.
type plan struct {
	code      int
	region    string
	lengths   uint32 // bit n: a national number of n digits is possible
	local     uint32 // bit n: n digits are possible only dialled locally
	anyLength bool   // no length data: libphonenumber takes 2 to 17 digits
	prefix    string // national prefix for parsing, a regexp ("" when none)
	transform string // its transform rule
	national  string // the national number pattern (only with a prefix)
}

// plans reads every calling code's plan out of the library's metadata.
func plans() ([]plan, error) {
	coll, err := phonenumbers.MetadataCollection()
	if err != nil {
		return nil, err
	}
	byRegion := map[string]*phonenumbers.PhoneMetadata{}
	nonGeo := map[int]*phonenumbers.PhoneMetadata{}
	for _, m := range coll.GetMetadata() { // later entries win, as in the library
		if m.GetId() == nonGeoRegion {
			nonGeo[int(m.GetCountryCode())] = m
		} else {
			byRegion[m.GetId()] = m
		}
	}
	var codes []int
	for c := range phonenumbers.GetSupportedCallingCodes() {
		codes = append(codes, c)
	}
	slices.Sort(codes)

	var out []plan
	for _, c := range codes {
		region := phonenumbers.GetRegionCodeForCountryCode(c)
		m := byRegion[region]
		if region == nonGeoRegion {
			m = nonGeo[c]
		}
		p, err := planOf(c, region, m)
		if err != nil {
			return nil, fmt.Errorf("+%d (%s): %w", c, region, err)
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil, errors.New("the library knows no calling code")
	}
	return out, nil
}

func planOf(code int, region string, m *phonenumbers.PhoneMetadata) (plan, error) {
	p := plan{code: code, region: region}
	if code < 1 || code > 999 {
		return p, fmt.Errorf("calling code out of range")
	}
	if m == nil {
		p.anyLength = true // no metadata: nothing stripped, 2 to 17 digits
		return p, nil
	}
	g := m.GetGeneralDesc()
	p.anyLength = g.GetNationalNumberPattern() == ""
	possible := g.GetPossibleLength()
	if len(possible) == 0 {
		return p, errors.New("no possible lengths (the library would fail on this plan)")
	}
	if possible[0] != -1 { // -1: no number is possible; both masks stay empty
		var err error
		if p.lengths, err = mask(possible); err != nil {
			return p, err
		}
		if p.local, err = mask(g.GetPossibleLengthLocalOnly()); err != nil {
			return p, err
		}
	}
	if p.prefix = m.GetNationalPrefixForParsing(); p.prefix != "" {
		p.transform = m.GetNationalPrefixTransformRule()
		p.national = g.GetNationalNumberPattern()
		for _, re := range []string{"^(?:" + p.prefix + ")", "^(?:" + p.national + ")$"} {
			if _, err := regexp.Compile(re); err != nil {
				return p, err
			}
		}
	}
	return p, nil
}

// mask packs ascending lengths into a bit set; the library's length check
// takes the first length as the shortest and the last as the longest.
func mask(lengths []int32) (uint32, error) {
	var m uint32
	for i, l := range lengths {
		if l < 1 || l > maxLength {
			return 0, fmt.Errorf("possible length %d outside 1..%d", l, maxLength)
		}
		if i > 0 && l <= lengths[i-1] {
			return 0, fmt.Errorf("possible lengths %v not ascending", lengths)
		}
		m |= 1 << l
	}
	return m, nil
}

// punctuation lists every character of the library's VALID_PUNCTUATION
// class, and '*': it drops them between digits. Left out are letters, read
// as keypad digits, and what the library reads as an extension's label
// (~ in 555 0132 ~12).
func punctuation() (string, error) {
	re, err := regexp.Compile("^[" + phonenumbers.VALID_PUNCTUATION + "*]$")
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) || unicode.IsLetter(r) || !re.MatchString(string(r)) {
			continue
		}
		if _, ext := phonenumbers.MaybeSeparateExtensionFromPhone("4155550132" + string(r) + "12"); ext != "" {
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), nil
}

// quote writes s as a Go string literal, raw when it can be: the patterns
// read as they do in the library's metadata.
func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// libVersion is the version of the library this program was built with.
func libVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == libModule {
				return d.Version
			}
		}
	}
	return "(unknown version)"
}

// generate returns the text of plans_gen.go.
func generate() ([]byte, error) {
	ps, err := plans()
	if err != nil {
		return nil, err
	}
	punct, err := punctuation()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by internal/phonegen from %s %s; DO NOT EDIT.\n\n", libModule, libVersion())
	b.WriteString("package phonedata\n\n")
	b.WriteString("// Limits of libphonenumber's parser.\nconst (\n")
	fmt.Fprintf(&b, "\tminNational = %d // shortest national number\n", phonenumbers.MIN_LENGTH_FOR_NSN)
	fmt.Fprintf(&b, "\tmaxNational = %d // longest national number\n", phonenumbers.MAX_LENGTH_FOR_NSN)
	fmt.Fprintf(&b, "\tmaxCode = %d // digits of the longest calling code\n", phonenumbers.MAX_LENGTH_COUNTRY_CODE)
	fmt.Fprintf(&b, "\tmaxInput = %d // bytes of the longest text it reads\n", phonenumbers.MAX_INPUT_STRING_LENGTH)
	b.WriteString(")\n\n")
	b.WriteString("// punctuation holds the characters read as punctuation between digits.\n")
	fmt.Fprintf(&b, "const punctuation = %+q\n\n", punct)
	b.WriteString("// plans holds each calling code's numbering plan, by code.\n")
	b.WriteString("var plans = [...]plan{\n")
	for _, p := range ps {
		fmt.Fprintf(&b, "\t{code: %d, lengths: %#x, local: %#x", p.code, p.lengths, p.local)
		if p.anyLength {
			b.WriteString(", anyLength: true")
		}
		if p.prefix != "" {
			fmt.Fprintf(&b, ", prefix: %s", quote(p.prefix))
			if p.transform != "" {
				fmt.Fprintf(&b, ", transform: %s", quote(p.transform))
			}
			fmt.Fprintf(&b, ", national: %s", quote(p.national))
		}
		fmt.Fprintf(&b, "}, // %s\n", p.region)
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}
