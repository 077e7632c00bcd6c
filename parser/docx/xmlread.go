package docx

import (
	"bufio"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

type startElement = xml.StartElement

// xmlReader is a token reader over one part that counts the nesting depth
// and names the part in its errors.
type xmlReader struct {
	part  string
	d     *xml.Decoder
	depth int
	ctx   context.Context // nil: never done
	elems int             // start elements read (budget.go)
	toks  int
	off   int64 // byte offset where the last token returned began
}

// newXMLReader starts decoding r; UTF-16 parts (with a byte order mark)
// are transcoded to UTF-8 first, other declared encodings go through
// golang.org/x/text.
func newXMLReader(part string, r io.Reader) (*xmlReader, error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, fmt.Errorf("%s: %w", part, err)
	}
	var in io.Reader = br
	utf16 := len(head) == 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF)
	if utf16 {
		in = transform.NewReader(br, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder())
	}
	d := xml.NewDecoder(in)
	d.CharsetReader = func(label string, input io.Reader) (io.Reader, error) {
		if utf16 && strings.HasPrefix(strings.ToLower(label), "utf-16") {
			return input, nil
		}
		e, err := htmlindex.Get(label)
		if err != nil {
			return nil, fmt.Errorf("unsupported encoding %q", label)
		}
		return transform.NewReader(input, e.NewDecoder()), nil
	}
	return &xmlReader{part: part, d: d}, nil
}

// errDepth reports XML nested too deeply.
var errDepth = fmt.Errorf("%w: XML nested deeper than %d levels", ErrLimit, MaxDepth)

// next returns the next token (io.EOF at the end). Start elements beyond
// MaxDepth are an error.
func (x *xmlReader) next() (xml.Token, error) {
	x.off = x.d.InputOffset()
	tok, err := x.d.Token()
	if err != nil {
		if err == io.EOF {
			return nil, io.EOF
		}
		if errors.Is(err, ErrLimit) {
			return nil, err
		}
		return nil, fmt.Errorf("%s: %w", x.part, err)
	}
	if err := x.spend(tok); err != nil {
		return nil, err
	}
	switch tok.(type) {
	case xml.StartElement:
		x.depth++
		if x.depth > MaxDepth {
			return nil, fmt.Errorf("%s: %w", x.part, errDepth)
		}
	case xml.EndElement:
		x.depth--
	}
	return tok, nil
}

// each calls fn with every token of the part up to its end; an error from
// fn or from the reader ends the loop.
func (x *xmlReader) each(fn func(xml.Token) error) error {
	for {
		tok, err := x.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(tok); err != nil {
			return err
		}
	}
}

// skip consumes the rest of the element whose start tag was just read.
func (x *xmlReader) skip() error {
	for n := 1; n > 0; {
		tok, err := x.next()
		if err == io.EOF {
			return fmt.Errorf("%s: %w", x.part, io.ErrUnexpectedEOF)
		}
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			n++
		case xml.EndElement:
			n--
		}
	}
	return nil
}

// attr returns the value of the attribute with local name local, whatever
// its namespace ("" when absent).
func attr(se startElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// relID returns the r:id attribute (a relationship id) of se.
func relID(se startElement) string {
	for _, a := range se.Attr {
		if a.Name.Local == "id" && (a.Name.Space == "r" || strings.Contains(a.Name.Space, "relationships")) {
			return a.Value
		}
	}
	return ""
}

// onOff reads an ST_OnOff toggle element: on unless w:val says otherwise.
func onOff(se startElement) bool {
	switch strings.ToLower(strings.TrimSpace(attr(se, "val"))) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

// intAttr reads an integer attribute; ok is false when it is absent or not
// a number. Decimal fractions ("12.5") are truncated.
func intAttr(se startElement, local string) (int, bool) {
	v := strings.TrimSpace(attr(se, local))
	if v == "" {
		return 0, false
	}
	if i := strings.IndexByte(v, '.'); i >= 0 {
		v = v[:i]
	}
	n, err := strconv.Atoi(v)
	if err != nil || n > 1<<30 || n < -(1<<30) {
		return 0, false
	}
	return n, true
}

// Namespaces whose elements are opaque to the adapter: DrawingML text and
// tables (a:p, a:r, a:t, a:tbl) are not WordprocessingML paragraphs.
func opaqueNS(space string) bool {
	return strings.Contains(space, "drawingml/2006/main") || strings.HasSuffix(space, "ooxml/drawingml/main") ||
		strings.Contains(space, "drawingml/2006/chart") || strings.Contains(space, "drawingml/2006/diagram")
}
