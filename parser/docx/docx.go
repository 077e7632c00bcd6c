// Package docx is the input adapter for Word documents (.docx, Office Open
// XML WordprocessingML, transitional or strict).
//
// Parse streams the main document part with encoding/xml tokens into a small
// block tree (paragraphs with text segments, tables of rows of cells, text
// boxes hanging off the paragraph that anchors them) and renders that tree
// into the lines of a doc.Document:
//
//   - every paragraph becomes a line; soft breaks (w:br, w:cr) split it into
//     several lines; tabs stay "\t"; empty paragraphs set Blank on the next
//     line;
//   - a table row becomes one line with Cells (a cell's paragraphs joined with
//     a space) and Text the non-empty cells joined with " | ", except rows that
//     are page layout rather than data: a row is flattened into the lines of
//     its cells, cell by cell, when a cell holds a nested table, a list item,
//     a heading or four or more lines; a cell whose lines below the first
//     hold body text (60 characters or more) keeps its first line in the
//     row, and the rest follows the row as lines of its own;
//   - text boxes in the flow (inline, or anchored without a position)
//     follow the line of the paragraph that anchors them; boxes that the
//     page places (wp:anchor offsets or alignments relative to the page,
//     margin, column or paragraph, shapes of groups, VML shapes with an
//     absolute position) are read where they stand: on each page with such
//     boxes, boxes and paragraphs are ordered column by column, top to
//     bottom (layout.go), each box a block of its own;
//   - a column break (w:br w:type="column") and the end of a section set
//     the text after them apart (Blank); a w:cols section's XML holds its
//     columns in reading order already;
//   - headers come first and footers last, each distinct line once, without
//     page number fields and lines that are only page numbers;
//   - tracked deletions (w:del, w:moveFrom), hidden text (w:vanish), field
//     instructions, footnotes, endnotes and comments are dropped; tracked
//     insertions are kept; of mc:AlternateContent only the first mc:Choice
//     is read (or the mc:Fallback when there is none);
//   - hyperlinks (w:hyperlink, HYPERLINK fields, linked pictures) become
//     Links; a linked picture gives a Link without Text;
//   - Pos.Line counts the output lines from 1, Pos.Offset is the byte offset
//     of the paragraph (or table row) start tag in its part
//     (word/document.xml, or the header or footer part for their lines), and
//     Pos.Page counts pages from w:lastRenderedPageBreak when the file has
//     them, else from explicit page breaks (w:br w:type="page",
//     w:pageBreakBefore); it is 0 when the document has neither.
//
// Elements are matched by local name, so strict OOXML works like
// transitional. Safety limits: at most MaxEntries zip entries, MaxPartSize
// uncompressed bytes per part and MaxTotalSize over all parts read, XML
// nesting at most MaxDepth levels.
package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/resumex/resumex/doc"
)

// Limits Parse enforces.
const (
	MaxEntries   = 10000     // zip entries
	MaxPartSize  = 64 << 20  // uncompressed bytes of one part
	MaxTotalSize = 256 << 20 // uncompressed bytes of all parts read
	MaxDepth     = 10000     // XML element nesting
)

// The limits in effect (tests lower them).
var (
	partLimit  int64 = MaxPartSize
	totalLimit int64 = MaxTotalSize
)

// Errors Parse returns (wrapped, with the part name, where one applies).
var (
	ErrNotDOCX = errors.New("zip archive is not a Word document (no word/document.xml)")
	ErrLimit   = errors.New("docx safety limit exceeded")
)

// Parse reads a .docx file (a zip with word/document.xml) into a document.
// A document without text yields a Document with no lines and no error.
func Parse(data []byte) (*doc.Document, error) {
	return ParseContext(context.Background(), data)
}

// ParseContext is Parse that gives up, with ctx's error, when ctx is done
// (its XML reader checks every 1024 tokens). Its budgets (budget.go): a
// main part of at most MaxDocumentPart bytes and other parts of
// MaxOtherPart, at most MaxElements XML elements a part, MaxParagraphs
// paragraphs, MaxRuns runs and MaxCells table cells; past one the file is
// refused with a *doc.LimitError.
func ParseContext(ctx context.Context, data []byte) (*doc.Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("docx: %w", err)
	}
	if len(zr.File) > MaxEntries {
		return nil, fmt.Errorf("%w: more than %d zip entries", ErrLimit, MaxEntries)
	}
	p := &pkg{files: make(map[string]*zip.File, len(zr.File)), budget: totalLimit, ctx: ctx}
	for _, f := range zr.File {
		name := partKey(f.Name)
		if _, dup := p.files[name]; !dup {
			p.files[name] = f
		}
	}

	main := p.mainPart()
	if main == "" {
		return nil, ErrNotDOCX
	}
	p.main = main
	rels, err := p.rels(main)
	if err != nil {
		return nil, err
	}
	st := &styles{byID: map[string]*style{}}
	if name := p.related(main, rels, "/styles", "word/styles.xml"); name != "" {
		if err := p.read(name, st.parse); err != nil {
			return nil, err
		}
	}
	num := &numbering{abstracts: map[string]*abstractNum{}, nums: map[string]*num{}}
	if name := p.related(main, rels, "/numbering", "word/numbering.xml"); name != "" {
		if err := p.read(name, num.parse); err != nil {
			return nil, err
		}
	}

	body := newBuilder(main, st, rels)
	if err := p.read(main, body.parse); err != nil {
		return nil, err
	}
	if !body.sawRoot {
		return nil, fmt.Errorf("%s: no XML root element", main)
	}

	sh := &shared{st: st, num: num}
	switch {
	case body.rendered > 0:
		sh.pages = pagesRendered
	case body.manual > 0:
		sh.pages = pagesManual
	}
	r := &renderer{sh: sh}
	r.body(body.body, body.geom)
	lastPage := 0
	for _, l := range r.lines {
		lastPage = max(lastPage, l.Pos.Page)
	}

	var heads, foots []doc.Line
	seenPart := map[string]bool{main: true}
	seenText := [2]map[string]bool{{}, {}}
	for _, ref := range body.hdrRefs {
		rel, ok := rels[ref.id]
		if !ok {
			continue
		}
		name := resolveTarget(main, rel.target)
		if seenPart[name] || p.files[name] == nil {
			continue
		}
		seenPart[name] = true
		hrels, err := p.rels(name)
		if err != nil {
			return nil, err
		}
		hb := newBuilder(name, st, hrels)
		if err := p.read(name, hb.parse); err != nil {
			return nil, err
		}
		hr := &renderer{sh: &shared{st: st, num: num}}
		hr.blocks(hb.body)
		page, dst, seen := 0, &heads, seenText[0]
		if sh.pages != pagesNone {
			page = 1
		}
		if ref.footer {
			dst, seen = &foots, seenText[1]
			if sh.pages != pagesNone {
				page = max(lastPage, 1)
			}
		}
		for _, l := range hr.lines {
			if pageNumberOnly(l.Text) || seen[l.Text] {
				continue
			}
			seen[l.Text] = true
			l.Pos.Page = page
			l.Blank = l.Blank && len(*dst) > 0
			*dst = append(*dst, l)
		}
	}

	lines := make([]doc.Line, 0, len(heads)+len(r.lines)+len(foots))
	lines = append(lines, heads...)
	if len(heads) > 0 && len(r.lines) > 0 {
		r.lines[0].Blank = true
	}
	lines = append(lines, r.lines...)
	if len(foots) > 0 && len(lines) > 0 {
		foots[0].Blank = true
	}
	lines = append(lines, foots...)
	for i := range lines {
		lines[i].Pos.Line = i + 1
	}
	return &doc.Document{Format: doc.DOCX, Lines: lines}, nil
}

// pkg is the opened zip package.
type pkg struct {
	files  map[string]*zip.File // by partKey
	budget int64                // uncompressed bytes still allowed
	ctx    context.Context
	main   string // the main part
}

// partKey normalizes a zip entry or part name for lookup: OPC part names
// are case-insensitive, and some writers use backslashes or a leading slash.
func partKey(name string) string {
	name = strings.ReplaceAll(name, `\`, "/")
	return strings.ToLower(strings.TrimLeft(name, "/"))
}

// resolveTarget resolves a relationship target relative to its source part.
func resolveTarget(source, target string) string {
	if i := strings.IndexAny(target, "#?"); i >= 0 {
		target = target[:i]
	}
	target = strings.ReplaceAll(target, `\`, "/")
	if strings.HasPrefix(target, "/") {
		return partKey(path.Clean(target))
	}
	return partKey(path.Join(path.Dir(source), target))
}

// mainPart finds the main document part: the officeDocument relationship of
// the package, else word/document.xml.
func (p *pkg) mainPart() string {
	if rels, err := p.rels(""); err == nil {
		for _, r := range rels.sorted() {
			if strings.HasSuffix(r.typ, "/officeDocument") {
				if name := resolveTarget("/", r.target); p.files[name] != nil {
					return name
				}
			}
		}
	}
	if p.files["word/document.xml"] != nil {
		return "word/document.xml"
	}
	return ""
}

// related returns the part that source's relationship of type suffix
// points to, else fallback when that part exists, else "".
func (p *pkg) related(source string, rels relMap, suffix, fallback string) string {
	for _, r := range rels.sorted() {
		if strings.HasSuffix(r.typ, suffix) && r.mode != "External" {
			if name := resolveTarget(source, r.target); p.files[name] != nil {
				return name
			}
		}
	}
	if p.files[fallback] != nil {
		return fallback
	}
	return ""
}

// read decompresses the part name through the size limits and hands it to
// fn; errors come back prefixed with the part name.
func (p *pkg) read(name string, fn func(*xmlReader) error) error {
	f := p.files[name]
	if f == nil {
		return nil
	}
	tooLarge := fmt.Errorf("%w: %s is larger than %s uncompressed", ErrLimit, f.Name, mib(partLimit))
	if f.UncompressedSize64 > uint64(partLimit) {
		return tooLarge
	}
	if err := p.checkSize(name, f); err != nil {
		return err
	}
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%s: %w", f.Name, err)
	}
	defer rc.Close()
	lr := &limitReader{r: rc, n: min(partLimit, p.budget), err: tooLarge}
	if p.budget < partLimit {
		lr.err = fmt.Errorf("%w: %s: the parts read are larger than %s uncompressed in all", ErrLimit, f.Name, mib(totalLimit))
	}
	x, err := newXMLReader(f.Name, lr)
	if err == nil {
		x.ctx = p.ctx
		err = fn(x)
	}
	p.budget -= lr.read
	if lr.n < 0 {
		return lr.err
	}
	return err
}

// mib formats a limit.
func mib(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// limitReader reads at most n bytes and fails with err on more.
type limitReader struct {
	r    io.Reader
	n    int64 // bytes still allowed
	read int64
	err  error
}

func (l *limitReader) Read(b []byte) (int, error) {
	if l.n < 0 {
		return 0, ErrLimit
	}
	if int64(len(b)) > l.n+1 {
		b = b[:l.n+1]
	}
	n, err := l.r.Read(b)
	l.n -= int64(n)
	l.read += int64(n)
	if l.n < 0 {
		return 0, ErrLimit
	}
	return n, err
}

// rel is one relationship of a part.
type rel struct {
	id, typ, target, mode string
	order                 int
}

type relMap map[string]rel

// sorted returns the relationships in file order.
func (m relMap) sorted() []rel {
	out := make([]rel, len(m))
	for _, r := range m {
		out[r.order] = r
	}
	return out
}

// rels reads the relationships of part source ("" for the package).
func (p *pkg) rels(source string) (relMap, error) {
	name := "_rels/.rels"
	if source != "" {
		name = partKey(path.Join(path.Dir(source), "_rels", path.Base(source)+".rels"))
	}
	m := relMap{}
	err := p.read(name, func(x *xmlReader) error {
		return x.each(func(tok xml.Token) error {
			if se, ok := tok.(startElement); ok && se.Name.Local == "Relationship" {
				r := rel{id: attr(se, "Id"), typ: attr(se, "Type"), target: strings.TrimSpace(attr(se, "Target")), mode: attr(se, "TargetMode")}
				if _, dup := m[r.id]; r.id != "" && !dup {
					r.order = len(m)
					m[r.id] = r
				}
			}
			return nil
		})
	})
	return m, err
}
