// Package parser turns input files into the intermediate document (package
// doc). Each adapter reads one format; Parse detects the format by content,
// using the file name's extension only as a hint.
package parser

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/resumex/resumex/doc"
)

// DefaultMaxSize is the largest input Parse reads unless Options say otherwise.
const DefaultMaxSize = 32 << 20

// Errors an adapter returns, wrapped in an *Error.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary data, not text in a known encoding")
	ErrUnsupported = errors.New("unsupported format")
	ErrTooLarge    = errors.New("file too large")
)

// Error is a parse failure with the source name and, when known, a position.
type Error struct {
	Source string
	Format doc.Format
	Pos    doc.Pos // zero when the failure has no position
	Err    error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Source)
	if e.Pos.Line > 0 {
		b.WriteString(": " + e.Pos.String())
	}
	b.WriteString(": ")
	if e.Format != "" {
		b.WriteString(string(e.Format) + ": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Options tune Parse. The zero value is ready to use.
type Options struct {
	Format  doc.Format // force a format instead of detecting it
	MaxSize int64      // largest input in bytes; 0 means DefaultMaxSize
}

// Parse reads r completely and returns its intermediate document. name is
// used for error messages, for meta and as a format hint (its extension).
func Parse(r io.Reader, name string, opt Options) (*doc.Document, error) {
	max := opt.maxSize()
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, &Error{Source: name, Err: err}
	}
	return ParseBytes(data, name, opt)
}

func (opt Options) maxSize() int64 {
	if opt.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return opt.MaxSize
}

// ParseBytes is Parse over a byte slice; it too refuses data larger than
// the Options allow.
func ParseBytes(data []byte, name string, opt Options) (*doc.Document, error) {
	if max := opt.maxSize(); int64(len(data)) > max {
		return nil, &Error{Source: name, Err: fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, max)}
	}
	format := opt.Format
	if format == "" {
		var err error
		if format, err = Detect(data, name); err != nil {
			return nil, &Error{Source: name, Err: err}
		}
	}
	var d *doc.Document
	var err error
	switch format {
	case doc.Text, doc.Markdown:
		d, err = parseText(data, format)
	default:
		err = fmt.Errorf("%w: %s", ErrUnsupported, format)
	}
	if err != nil {
		var pe *Error
		if errors.As(err, &pe) {
			pe.Source = name
			return nil, pe
		}
		return nil, &Error{Source: name, Format: format, Err: err}
	}
	d.Source = name
	return d, nil
}

// magic lists content signatures of formats resumex refuses.
var magic = []struct {
	prefix string
	what   string
}{
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Word/OLE document"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"II*\x00", "TIFF image"},
	{"MM\x00*", "TIFF image"},
	{"{\\rtf", "RTF document"},
	{"\x1f\x8b", "gzip archive"},
	{"7z\xbc\xaf\x27\x1c", "7z archive"},
	{"Rar!", "RAR archive"},
	{"%PDF", "PDF"},
	{"PK\x03\x04", "zip archive"},
}

// Detect names the format of data by its content; the extension of name is
// only a hint that chooses Markdown over plain text.
func Detect(data []byte, name string) (doc.Format, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", ErrEmpty
	}
	for _, m := range magic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return "", fmt.Errorf("%w: %s", ErrUnsupported, m.what)
		}
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return doc.Markdown, nil
	}
	text := data
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		if s, _, err := decode(data); err == nil {
			text = []byte(s)
		}
	}
	if looksMarkdown(text) {
		return doc.Markdown, nil
	}
	return doc.Text, nil
}
