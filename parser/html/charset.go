package html

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/resumex/resumex/parser/internal/sniff"
)

// prescanLimit is how far into the page the <meta> charset declaration is
// looked for. Browsers look at the first 1024 bytes only, but saved pages
// often have a long inline <style> before the <meta>.
const prescanLimit = 64 << 10

// decode turns the page into UTF-8 text and names the encoding it was in.
//
// The order is: a byte order mark; the charset the page declares (<meta
// charset>, <meta http-equiv="Content-Type" content="…; charset=…">, or an
// XML declaration); then the content itself. Two checks overrule a
// declaration, because saved and re-encoded pages often carry a stale one:
// bytes declared as a legacy encoding that are valid UTF-8 with non-ASCII
// text are UTF-8, and bytes declared as UTF-8 that are not valid UTF-8 are
// sniffed like undeclared ones. Undeclared bytes are UTF-8 when valid, else
// GB18030 or Big5 when they decode to mostly common Han characters, else
// windows-1252. Names are lowercase WHATWG names ("utf-8", "gbk",
// "gb18030", "big5", "utf-16le", …); a UTF-8 BOM still reports "utf-8".
func decode(data []byte) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return validUTF8(data[3:]), "utf-8"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(data[2:], xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)), "utf-16le"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(data[2:], xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)), "utf-16be"
	}
	if label := declaredCharset(data); label != "" {
		enc, name := charset.Lookup(label)
		switch {
		case enc == nil || name == "replacement" || name == "x-user-defined":
			// unknown or unusable label: sniff
		case name == "utf-8" || strings.HasPrefix(name, "utf-16"):
			// an ASCII-readable page cannot be UTF-16; the spec reads it as UTF-8
			if utf8.Valid(data) {
				return string(data), "utf-8"
			}
			if s, n, ok := sniff.Chinese(data); ok {
				return s, n
			}
			return validUTF8(data), "utf-8"
		default:
			if hasNonASCII(data) && utf8.Valid(data) {
				return string(data), "utf-8"
			}
			return decodeWith(data, enc), name
		}
	}
	if utf8.Valid(data) {
		return string(data), "utf-8"
	}
	if s, n, ok := sniff.Chinese(data); ok {
		return s, n
	}
	return decodeWith(data, charmap.Windows1252), "windows-1252"
}

func validUTF8(data []byte) string {
	return strings.ToValidUTF8(string(data), "\uFFFD")
}

func decodeWith(data []byte, enc encoding.Encoding) string {
	s, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return validUTF8(data)
	}
	return validUTF8(s)
}

func hasNonASCII(data []byte) bool {
	for _, b := range data {
		if b >= 0x80 {
			return true
		}
	}
	return false
}

var (
	xmlDecl      = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']`) })
	contentParam = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)charset\s*=\s*["']?\s*([^"'\s;,]+)`) })
)

// declaredCharset returns the charset label the page declares in its first
// prescanLimit bytes, "" when none. The bytes are tokenized so that <meta>
// inside scripts and comments is not taken.
func declaredCharset(data []byte) string {
	head := data
	if len(head) > prescanLimit {
		head = head[:prescanLimit]
	}
	if m := xmlDecl().FindSubmatch(head[:min(len(head), 1024)]); m != nil {
		return string(m[1])
	}
	z := xhtml.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return ""
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, more := z.TagName()
			if string(name) != "meta" {
				continue
			}
			var cs, equiv, content string
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equiv = string(v)
				case "content":
					content = string(v)
				}
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs
			}
			if strings.EqualFold(strings.TrimSpace(equiv), "content-type") {
				if m := contentParam().FindStringSubmatch(content); m != nil {
					return m[1]
				}
			}
		}
	}
}
