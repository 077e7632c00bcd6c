package resumex

import (
	"context"
	"fmt"
	"strings"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/extract"
	"github.com/resumex/resumex/schema"
)

// ExtractError is a failure inside the extractor: a panic caught at its
// boundary (as parser catches its adapters'), so that a bad input fails
// with one line instead of crashing the caller.
type ExtractError struct {
	Source string // the input's name
	Panic  string // what the extractor panicked with, on one line
}

func (e *ExtractError) Error() string {
	return e.Source + ": internal error in the extractor: " + e.Panic + " (please report this input)"
}

// ExtractDocument is Extract behind the extractor's panic guard: a panic
// becomes an *ExtractError.
func (p *Parser) ExtractDocument(d *doc.Document) (res *schema.Resume, warnings []Warning, err error) {
	return p.ExtractDocumentContext(context.Background(), d)
}

// ExtractDocumentContext is ExtractDocument that gives up, with ctx's
// error, when ctx is done.
func (p *Parser) ExtractDocumentContext(ctx context.Context, d *doc.Document) (res *schema.Resume, warnings []Warning, err error) {
	defer func() {
		if v := recover(); v != nil {
			res, warnings, err = nil, nil, extractError(d, v)
		}
	}()
	return p.extract(ctx, d)
}

// Trace extracts a resume from d and returns, per line position, what the
// extractor decided of the line and by which rule; behind the same guard.
func (p *Parser) Trace(d *doc.Document) (t map[doc.Pos][]extract.Decision, err error) {
	defer func() {
		if v := recover(); v != nil {
			t, err = nil, extractError(d, v)
		}
	}()
	_, t = p.ex.Trace(d)
	return t, nil
}

// extractError is the error a panic in the extractor becomes.
func extractError(d *doc.Document, v any) *ExtractError {
	return &ExtractError{Source: d.Source, Panic: strings.Join(strings.Fields(fmt.Sprint(v)), " ")}
}
