package doc

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// The cost model. Every adapter and the extractor work in time and memory
// linear in their input; these budgets bound that input, so that any file
// within the size limits is read in at most 2 s of CPU and 256 MB, or
// refused early with a one-line *LimitError. docs/limits.md lists every
// budget, per format, and why it is set where it is.
const (
	// MaxLines is the most lines a document may have: a resume has a few
	// hundred; fifty pages of dense text have 5,000.
	MaxLines = 10_000
	// MaxLineBytes is the most text one line keeps; the rest is cut, with
	// a warning. A paragraph of a resume is a few hundred bytes.
	MaxLineBytes = 8 << 10
	// MaxTextBytes is the most text all the lines of a document hold.
	MaxTextBytes = 4 << 20
	// MaxCells is the most cells a table row keeps; the rest are cut, with
	// a warning.
	MaxCells = 64
	// MaxSpans is the most spans a line keeps; past it the line's spans
	// are dropped (its text stays), with a warning.
	MaxSpans = 512
	// MaxLinks is the most links a line keeps; the rest are dropped, with
	// a warning.
	MaxLinks = 64
)

// ErrLimit is what every *LimitError wraps.
var ErrLimit = errors.New("over the cost limit")

// LimitError refuses an input that needs more of something than a budget
// allows: "page 3: more than 200000 text operations".
type LimitError struct {
	Page int    // the page where the budget ran out, 0 for the document
	What string // what ran out, plural: "lines", "text operations"
	Max  int
}

func (e *LimitError) Error() string {
	msg := fmt.Sprintf("more than %d %s", e.Max, e.What)
	if e.Page > 0 {
		return fmt.Sprintf("page %d: %s", e.Page, msg)
	}
	return msg
}

// Unwrap makes errors.Is(err, ErrLimit) true.
func (e *LimitError) Unwrap() error { return ErrLimit }

// Limit is the error of a budget of max what that ran out (page 0: the
// document's).
func Limit(page int, what string, max int) error {
	return &LimitError{Page: page, What: what, Max: max}
}

// Cut returns s cut to at most max bytes at a rune boundary, and whether
// it was cut.
func Cut(s string, max int) (string, bool) {
	if len(s) <= max {
		return s, false
	}
	i := max
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return strings.TrimSpace(s[:i]), true
}
