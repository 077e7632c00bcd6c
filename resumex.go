// Package resumex parses resumes (Chinese, English or both) into JSON
// Resume documents, one per file. It reads five formats, told by content:
//
//   - text: plain text in UTF-8, UTF-16, GB18030/GBK, Big5 or Windows-1252
//   - Markdown: CommonMark with GitHub tables (goldmark), inline HTML too
//   - HTML: pages written by hand or saved from job sites and code hosts
//   - PDF: the text layer, in reading order (a scan without one is refused)
//   - DOCX: Word documents: paragraphs, lists, tables, text boxes
//
// Parse a file with ParseFile; docs/fields.md says what goes into each
// field of the result.
//
//	res, warnings, err := resumex.ParseFile("cv.md")
//
// The pipeline is two stages, each its own package: parser.Parse turns the
// input into an intermediate document (lines with layout hints), and
// extract maps that document into a schema.Resume.
//
// Any input within the size limits costs at most 2 s of CPU and 256 MB, or
// is refused early with a one-line error: the adapters keep to budgets, and
// the output to caps (a field, a section, a resume), with a warning for
// each cut (docs/limits.md). ParseContext gives up when its context is
// done, freeing the work's CPU and memory.
package resumex

import (
	"bytes"
	"context"
	"io"
	"os"
	"sync"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/extract"
	"github.com/resumex/resumex/parser"
	"github.com/resumex/resumex/schema"
	"github.com/resumex/resumex/segment"
)

// Warning is a diagnostic from extraction.
type Warning = extract.Warning

// Parser parses resumes. Its zero value is not ready; use New. A Parser is
// safe for concurrent use; the word segmenter loads once, on first need.
type Parser struct {
	ex  *extract.Extractor
	opt parser.Options
}

// New returns a Parser. opt tunes the input adapters.
func New(opt parser.Options) *Parser {
	return &Parser{ex: extract.New(segment.New()), opt: opt}
}

var defaultParser = sync.OnceValue(func() *Parser { return New(parser.Options{}) })

// ParseFile parses the file at path with a default Parser.
func ParseFile(path string) (*schema.Resume, []Warning, error) {
	return defaultParser().ParseFile(path)
}

// Parse parses a resume read from r; name is used in errors and meta and as
// a format hint.
func Parse(r io.Reader, name string) (*schema.Resume, []Warning, error) {
	return defaultParser().Parse(r, name)
}

// ParseContext is Parse that gives up, with ctx's error, when ctx is done.
func ParseContext(ctx context.Context, r io.Reader, name string) (*schema.Resume, []Warning, error) {
	return defaultParser().ParseContext(ctx, r, name)
}

// ParseFile parses the file at path.
func (p *Parser) ParseFile(path string) (*schema.Resume, []Warning, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, &parser.Error{Source: path, Err: unwrapPathError(err)}
	}
	defer f.Close()
	return p.Parse(f, path)
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// Parse parses a resume read from r.
func (p *Parser) Parse(r io.Reader, name string) (*schema.Resume, []Warning, error) {
	return p.ParseContext(context.Background(), r, name)
}

// ParseContext is Parse that gives up, with ctx's error, when ctx is done:
// the input adapters check ctx in their loops and the extractor between
// its stages, so that the work stops soon after and its memory is freed
// (a batch's --timeout relies on it).
func (p *Parser) ParseContext(ctx context.Context, r io.Reader, name string) (*schema.Resume, []Warning, error) {
	d, err := parser.ParseContext(ctx, r, name, p.opt)
	if err != nil {
		return nil, nil, err
	}
	return p.ExtractDocumentContext(ctx, d)
}

// Document returns the intermediate document of an input, as the
// extractor sees it.
func (p *Parser) Document(r io.Reader, name string) (*doc.Document, error) {
	return parser.Parse(r, name, p.opt)
}

// DocumentContext is Document that gives up, with ctx's error, when ctx
// is done.
func (p *Parser) DocumentContext(ctx context.Context, r io.Reader, name string) (*doc.Document, error) {
	return parser.ParseContext(ctx, r, name, p.opt)
}

// Extract maps an intermediate document into a resume with provenance in
// meta. The warnings are the input adapter's first (what it left out to
// keep within its budgets), then the extractor's, then the output caps'
// (see caps.go).
func (p *Parser) Extract(d *doc.Document) (*schema.Resume, []Warning) {
	res, warnings, _ := p.extract(context.Background(), d)
	return res, warnings
}

// extract is Extract that gives up, with ctx's error, when ctx is done.
func (p *Parser) extract(ctx context.Context, d *doc.Document) (*schema.Resume, []Warning, error) {
	res, found, err := p.ex.RunContext(ctx, d)
	if err != nil {
		return nil, nil, err
	}
	warnings := make([]Warning, 0, len(d.Warnings)+len(found))
	for _, w := range d.Warnings {
		warnings = append(warnings, Warning{Pos: w.Pos, Msg: w.Msg})
	}
	warnings = append(warnings, found...)
	warnings = append(warnings, capResume(res)...)
	res.Meta = &schema.Meta{X: map[string]any{
		"source":   d.Source,
		"format":   string(d.Format),
		"encoding": d.Encoding,
		"parser":   "resumex " + Version,
	}}
	if d.Encoding == "" {
		delete(res.Meta.X, "encoding")
	}
	return res, warnings, nil
}

// ParseBytes parses an in-memory resume.
func (p *Parser) ParseBytes(data []byte, name string) (*schema.Resume, []Warning, error) {
	return p.Parse(bytes.NewReader(data), name)
}
