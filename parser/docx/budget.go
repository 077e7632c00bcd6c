package docx

import (
	"archive/zip"
	"encoding/xml"
	"fmt"

	"github.com/resumex/resumex/doc"
)

// The cost model's budgets for Word files (docs/limits.md): encoding/xml
// reads some 20 MB of Word XML a second, and every paragraph, run and
// cell becomes a node of the block tree, so a main part of tens of
// megabytes of tiny paragraphs cost seconds and gigabytes. A resume's
// document.xml is some hundred kilobytes, some ten thousand elements.
const (
	// MaxDocumentPart is the most uncompressed bytes of the main part,
	// MaxOtherPart of any other part read (styles, numbering, headers).
	MaxDocumentPart = 16 << 20
	MaxOtherPart    = 4 << 20
	// MaxElements is the most XML elements read from one part.
	MaxElements = 300_000
	// MaxParagraphs, MaxRuns and MaxCells bound the block tree.
	MaxParagraphs = 100_000
	MaxRuns       = 200_000
	MaxCells      = 50_000
)

// checkSize refuses, by its zip header, a main part larger than
// MaxDocumentPart and another part larger than MaxOtherPart (the reader's
// limit catches a header that lies, at MaxPartSize, and a part larger
// than that is refused as any part is).
func (p *pkg) checkSize(name string, f *zip.File) error {
	max := uint64(MaxOtherPart)
	if name == p.main {
		max = MaxDocumentPart
	}
	if f.UncompressedSize64 > max && f.UncompressedSize64 <= uint64(partLimit) {
		return fmt.Errorf("%s: %w", f.Name, doc.Limit(0, "bytes of XML", int(max)))
	}
	return nil
}

// spend counts a token against the part's element budget and, every 1024
// tokens, checks that the parse is still wanted.
func (x *xmlReader) spend(tok xml.Token) error {
	if x.toks++; x.toks%1024 == 0 && x.ctx != nil {
		if err := x.ctx.Err(); err != nil {
			return err
		}
	}
	if _, ok := tok.(xml.StartElement); ok {
		if x.elems++; x.elems > MaxElements {
			return fmt.Errorf("%s: %w", x.part, doc.Limit(0, "XML elements", MaxElements))
		}
	}
	return nil
}

// counts are the paragraphs, runs and cells of a part.
type counts struct{ paras, runs, cells int }

// check counts the element se that just started.
func (c *counts) check(se xml.StartElement) error {
	var n *int
	var max int
	var what string
	switch se.Name.Local {
	case "p":
		n, max, what = &c.paras, MaxParagraphs, "paragraphs"
	case "r":
		n, max, what = &c.runs, MaxRuns, "runs"
	case "tc":
		n, max, what = &c.cells, MaxCells, "table cells"
	default:
		return nil
	}
	if *n++; *n > max {
		return doc.Limit(0, what, max)
	}
	return nil
}
