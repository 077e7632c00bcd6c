package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"

	"github.com/resumex/resumex/internal/phonedata"
)

// TestGeneratedFileCurrent: the checked-in plans_gen.go is what this
// program writes from the library version in go.mod (run go generate in
// internal/phonedata after updating the library).
func TestGeneratedFileCurrent(t *testing.T) {
	want, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../plans_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("plans_gen.go is stale: run go generate ./internal/phonedata")
	}
}

// library is the answer phonedata.Possible stands for.
func library(s string) bool {
	n, err := phonenumbers.Parse(s, phonenumbers.UNKNOWN_REGION)
	return err == nil && phonenumbers.IsPossibleNumber(n)
}

// agree fails the test for each number on which the table and the library
// answer differently, and counts the numbers the library finds possible.
func agree(t *testing.T, numbers []string) (possible int) {
	t.Helper()
	bad := 0
	for _, s := range numbers {
		want := library(s)
		if want {
			possible++
		}
		if got := phonedata.Possible(s); got != want {
			if bad++; bad <= 20 {
				t.Errorf("Possible(%q) = %v, library says %v", s, got, want)
			}
		}
	}
	if bad > 20 {
		t.Errorf("... %d disagreements in all", bad)
	}
	return possible
}

// TestExamplesAgree: every region's example numbers of every type, written
// internationally, with the national prefix kept (+44 020 ..., +44 (0)20
// ...), a digit short and a digit long.
func TestExamplesAgree(t *testing.T) {
	types := []phonenumbers.PhoneNumberType{
		phonenumbers.FIXED_LINE, phonenumbers.MOBILE, phonenumbers.TOLL_FREE,
		phonenumbers.PREMIUM_RATE, phonenumbers.SHARED_COST, phonenumbers.VOIP,
		phonenumbers.PERSONAL_NUMBER, phonenumbers.PAGER, phonenumbers.UAN, phonenumbers.VOICEMAIL,
	}
	var numbers []string
	add := func(cc int, ndd, nsn string) {
		p := fmt.Sprintf("+%d ", cc)
		numbers = append(numbers, p+nsn, p+ndd+nsn, p+"("+ndd+") "+nsn, p+ndd+" "+nsn,
			p+nsn[:len(nsn)-1], p+nsn+"7", p+ndd+nsn[:len(nsn)-1], p+ndd+nsn+"0")
	}
	for region := range phonenumbers.GetSupportedRegions() {
		ndd := phonenumbers.GetNddPrefixForRegion(region, true)
		for _, typ := range types {
			if ex := phonenumbers.GetExampleNumberForType(region, typ); ex != nil {
				add(int(ex.GetCountryCode()), ndd, phonenumbers.GetNationalSignificantNumber(ex))
				numbers = append(numbers, phonenumbers.Format(ex, phonenumbers.INTERNATIONAL))
			}
		}
	}
	for cc := range phonenumbers.GetSupportedGlobalNetworkCallingCodes() {
		if ex := phonenumbers.GetExampleNumberForNonGeoEntity(cc); ex != nil {
			add(cc, "", phonenumbers.GetNationalSignificantNumber(ex))
		}
	}
	possible := agree(t, numbers)
	t.Logf("%d numbers, %d possible", len(numbers), possible)
	if possible < len(numbers)/4 {
		t.Errorf("only %d of %d example numbers possible: the sample misses what it is for", possible, len(numbers))
	}
}

// separators are those resumex's phone pattern lets through (and a tab,
// which it does and the library does not), then others of the library's.
var separators = []string{" ", " ", "-", "-", ".", "\u2010", "\u2011", "\u2012", "－", "\t", ") ", "(", "/", "\u00a0", "\u3000", "*"}

// TestRandomAgree: numbers made of a calling code (known or not) and up to
// 16 digits, national prefixes often, separators between groups.
func TestRandomAgree(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 8))
	var codes []int
	for cc := range phonenumbers.GetSupportedCallingCodes() {
		codes = append(codes, cc)
	}
	digits := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte(byte('0' + rng.IntN(10)))
		}
		return b.String()
	}
	sep := func() string {
		if rng.IntN(3) == 0 {
			return ""
		}
		return separators[rng.IntN(len(separators))]
	}
	const n = 60000
	numbers := make([]string, 0, n)
	for range n {
		var b strings.Builder
		b.WriteString("+")
		if rng.IntN(10) == 0 {
			b.WriteString(digits(1 + rng.IntN(3))) // often no such code
		} else {
			fmt.Fprint(&b, codes[rng.IntN(len(codes))])
		}
		b.WriteString(sep())
		switch rng.IntN(4) {
		case 0:
			b.WriteString("0")
		case 1:
			b.WriteString("(0)")
		}
		for left := rng.IntN(17); left > 0; {
			g := min(left, 1+rng.IntN(4))
			b.WriteString(digits(g))
			b.WriteString(sep())
			left -= g
		}
		numbers = append(numbers, strings.TrimRight(b.String(), " "))
	}
	possible := agree(t, numbers)
	t.Logf("%d numbers, %d possible", len(numbers), possible)
	if possible < n/10 {
		t.Errorf("only %d of %d random numbers possible: the sample misses what it is for", possible, n)
	}
}
