package parser

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/doc"
)

// seedSamples are small inputs for every fuzz target's corpus.
var seedSamples = []string{
	"",
	" \n\t",
	"Jane Doe\njane@x.com | +1 415-555-0132\n\nEXPERIENCE\n• Led the team\n- Shipped it\n1. first\n",
	"个人简历\r\n姓名：张伟\r\n\r\n一、教育背景\r\n2019.07　公司　职位\r\n（1）负责后端\r\n① 项目\r\n",
	"p1\fp2\n\fp3",
	"---\nlayout: post\ntitle: x\n---\n# Jane\n\n## Skills\n- [x] Go\n",
	"### Co | Title\n**Bold line**\n**技术栈**：Go\n[GitHub](https://github.com/x) <https://a.b> ![i](i.png)\n",
	"| a | b |\n| --- | :-: |\n| `c|d` | \\| e |\n```go\n# code\n```\n> quote\n\\*x\\* `y` ~~z~~ <b>w</b>\n",
	"Title\n=====\nSub\n---\n<!--\ncomment\n-->\n",
	"⻓城 ⼈ \u200b\u00a0\u3000\t\v",
	"\xef\xbb\xbfBOM line\n",
	"\xff\xfeJ\x00a\x00n\x00e\x00\n\x00",
	"\xfe\xff\x00J\x00a\x00n\x00e",
	"\xb8\xf6\xc8\xcb\xbc\xf2\xc0\xfa\n", // GBK 个人简历
	"John\x92s resume \x93quoted\x94 \x96 2019\n",
	"\x89PNG\r\n\x1a\n",
	"%PDF-1.7",
	"a\x00b",
	"1.\xff",
	"# C#\n\\- x\n1\\. y\n",
}

// fixtureSeeds returns the fixture resumes (missing files are skipped) cut
// into blocks of whole lines of at most 256 bytes: with whole files every
// new input the fuzzer keeps is a few KB long, and minimizing those takes
// all of a one-minute run.
func fixtureSeeds(t testing.TB) [][]byte {
	var out [][]byte
	for _, pat := range []string{"*.txt", "*.md"} {
		m, _ := filepath.Glob(filepath.Join("..", "testdata", "fixtures", pat))
		for _, f := range m {
			data, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			var block []byte
			for _, line := range bytes.SplitAfter(data, []byte("\n")) {
				if len(block) > 0 && len(block)+len(line) > 256 {
					out = append(out, block)
					block = nil
				}
				block = append(block, line...)
			}
			if len(block) > 0 {
				out = append(out, block)
			}
		}
	}
	return out
}

func FuzzParseText(f *testing.F) {
	for _, s := range seedSamples {
		f.Add([]byte(s))
	}
	for _, data := range fixtureSeeds(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []doc.Format{doc.Text, doc.Markdown, ""} {
			d, err := ParseBytes(data, "fuzz", Options{Format: format})
			if err != nil {
				checkError(t, err, format)
				continue
			}
			checkDocument(t, data, d, format)
		}
	})
}

// checkError checks err is a one-line *Error of a kind the text adapter returns.
func checkError(t *testing.T, err error, format doc.Format) {
	t.Helper()
	var pe *Error
	if !errors.As(err, &pe) || pe.Source != "fuzz" {
		t.Fatalf("%s: error %#v is not an *Error with its Source", format, err)
	}
	known := errors.Is(err, ErrEmpty) || errors.Is(err, ErrBinary) || errors.Is(err, ErrTooLarge)
	if format == "" {
		// a detected PDF, DOCX or HTML input fails in its own adapter's words
		known = known || errors.Is(err, ErrUnsupported) || pe.Format == doc.PDF || pe.Format == doc.DOCX || pe.Format == doc.HTML
	}
	if !known {
		t.Fatalf("%s: unexpected error %v", format, err)
	}
	if strings.ContainsAny(err.Error(), "\r\n") {
		t.Fatalf("%s: error %q is not one line", format, err)
	}
}

// checkDocument checks the invariants of a document parsed from data.
func checkDocument(t *testing.T, data []byte, d *doc.Document, format doc.Format) {
	t.Helper()
	if format != "" && d.Format != format {
		t.Fatalf("format %q, want %q", d.Format, format)
	}
	if d.Format != doc.Text && d.Format != doc.Markdown {
		t.Fatalf("format %q", d.Format)
	}
	switch d.Encoding {
	case "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "big5", "windows-1252":
	default:
		t.Fatalf("encoding %q", d.Encoding)
	}
	if d.Source != "fuzz" {
		t.Fatalf("source %q", d.Source)
	}
	if len(d.Lines) == 0 {
		t.Fatalf("%s: no lines and no error", d.Format)
	}
	paged := d.Lines[0].Pos.Page > 0
	var prev doc.Pos
	for i, l := range d.Lines {
		where := func(msg string, args ...any) {
			t.Helper()
			t.Fatalf("%s line %d (%q, %+v): "+msg, append([]any{d.Format, i, l.Text, l.Pos}, args...)...)
		}
		switch {
		case l.Text == "":
			where("empty text")
		case !utf8.ValidString(l.Text):
			where("invalid UTF-8")
		case strings.TrimSpace(l.Text) != l.Text:
			where("leading or trailing space")
		case strings.ContainsAny(l.Text, "\r\n\f\t\v\u3000\u00a0\u200b\ufeff"):
			where("unnormalized space or line break")
		case l.Pos.Line < 1:
			where("line number < 1")
		case l.Pos.Line < prev.Line || l.Pos.Offset < prev.Offset || l.Pos.Page < prev.Page:
			where("position before the previous line's %+v", prev)
		case (l.Pos.Page > 0) != paged:
			where("page numbers only on some lines")
		case l.Heading < 0 || l.Heading > 6:
			where("heading %d", l.Heading)
		case l.Heading > 0 && l.Marker != "":
			where("heading with a marker")
		case l.Indent < 0:
			where("indent %d", l.Indent)
		case i == 0 && l.Blank:
			where("first line marked blank-before")
		case !utf8.ValidString(l.Marker) || strings.ContainsFunc(l.Marker, unicode.IsSpace):
			where("marker %q", l.Marker)
		case d.Format == doc.Text && (l.Heading != 0 || l.Bold || l.Links != nil):
			where("markdown hints in plain text")
		case d.Format == doc.Text && l.Cells != nil && (len(l.Cells) < minTabCells || l.Text != strings.Join(l.Cells, " | ") || slices.Contains(l.Cells, "")):
			where("cells %q not a tab-typed row's", l.Cells)
		}
		// in UTF-8 plain text each line's marker and text are in the source
		// line its Offset points at, up to space normalization
		if d.Format == doc.Text && strings.HasPrefix(d.Encoding, "utf-8") {
			text := string(data)
			if d.Encoding == "utf-8-bom" {
				text = text[3:]
			}
			if l.Pos.Offset > len(text) {
				where("offset past the end of %d bytes", len(text))
			}
			src := text[l.Pos.Offset:]
			if i := strings.IndexAny(src, "\r\n\f"); i >= 0 {
				src = src[:i]
			}
			src = NormalizeSpace(src)
			found := strings.Contains(src, l.Text)
			if l.Cells != nil {
				// a tab-typed row: each cell in the line, in order
				rest := src
				for _, c := range l.Cells {
					k := strings.Index(rest, c)
					if found = k >= 0; !found {
						break
					}
					rest = rest[k+len(c):]
				}
			}
			if !found || !strings.HasPrefix(strings.TrimSpace(src), l.Marker) {
				where("not found in its source line %q", src)
			}
		}
		for _, c := range l.Cells {
			if !utf8.ValidString(c) || strings.TrimSpace(c) != c {
				where("cell %q", c)
			}
		}
		prev = l.Pos
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range seedSamples {
		f.Add([]byte(s), "cv.txt")
	}
	f.Add([]byte("Jane"), "cv.md")
	f.Add([]byte("Jane"), "")
	f.Add([]byte("# a\n# b"), "-")
	for _, data := range fixtureSeeds(f) {
		f.Add(data, "fixture")
	}
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		format, err := Detect(data, name)
		if len(bytes.TrimSpace(data)) == 0 {
			if !errors.Is(err, ErrEmpty) {
				t.Fatalf("Detect(blank) = %q, %v; want ErrEmpty", format, err)
			}
			return
		}
		if err != nil {
			if !errors.Is(err, ErrUnsupported) || !strings.HasPrefix(err.Error(), ErrUnsupported.Error()+": ") {
				t.Fatalf("Detect error %q", err)
			}
			return
		}
		switch format {
		case doc.Text, doc.Markdown:
		case doc.PDF, doc.DOCX, doc.HTML:
			return // their adapters have fuzz targets of their own
		default:
			t.Fatalf("Detect = %q", format)
		}
		if ext := strings.ToLower(filepath.Ext(name)); (ext == ".md" || ext == ".markdown") && format != doc.Markdown {
			t.Fatalf("Detect(%q) = %q, want markdown by extension", name, format)
		}
		// whatever Detect accepts, ParseBytes reads with the same answer
		d, err := ParseBytes(data, name, Options{})
		if err != nil {
			if !errors.Is(err, ErrBinary) && !errors.Is(err, ErrEmpty) {
				t.Fatalf("ParseBytes after Detect = %q: %v", format, err)
			}
			return
		}
		if d.Format != format {
			t.Fatalf("ParseBytes format %q, Detect %q", d.Format, format)
		}
	})
}

func FuzzSplitMarker(f *testing.F) {
	for _, s := range []string{"• a", "· a", "- a", "* a", "1. a", "1、a", "(1) a", "（2）a", "① a", "[3] a",
		"一、教育背景", "2023.8 – 至今", "3.0 SDK", "1.8万亿", "-5%", "*emphasis*", "-a", "1.\xff", "12)x", "1.",
		"十二、", "（1）", "[12]", "⑳", "– x"} {
		f.Add(s)
	}
	for _, data := range fixtureSeeds(f) {
		for _, l := range strings.Split(string(data), "\n") {
			if t := strings.TrimSpace(l); t != "" {
				f.Add(t)
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		marker, rest := splitMarker(s)
		if marker == "" {
			if rest != s {
				t.Fatalf("splitMarker(%q) = no marker, rest %q", s, rest)
			}
			return
		}
		if !strings.HasPrefix(s, marker) || rest != strings.TrimSpace(s[len(marker):]) {
			t.Fatalf("splitMarker(%q) = %q, %q: not a split of the input", s, marker, rest)
		}
		if strings.ContainsFunc(marker, unicode.IsSpace) || !utf8.ValidString(marker) {
			t.Fatalf("splitMarker(%q) marker %q", s, marker)
		}
		if utf8.ValidString(s) && !utf8.ValidString(rest) {
			t.Fatalf("splitMarker(%q) rest %q invalid UTF-8", s, rest)
		}
	})
}
