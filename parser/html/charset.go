package html

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
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
			if s, n, ok := sniffLegacy(data); ok {
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
	if s, n, ok := sniffLegacy(data); ok {
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

// legacy is one multi-byte Chinese encoding tried on undeclared bytes.
type legacy struct {
	name   string
	enc    encoding.Encoding
	common func([]byte) float64
}

var legacies = []legacy{
	{"gb18030", simplifiedchinese.GB18030, gbCommon},
	{"big5", traditionalchinese.Big5, big5Common},
}

// sniffLegacy tries the Chinese encodings on bytes that are not UTF-8: a
// decoding is believed when it has no invalid sequences, at least 60% of its
// non-ASCII letters are Han characters and 80% of its multi-byte
// characters lie in the encoding's frequently used rows (without the last
// check windows-1252 text and Big5 both decode as GB18030 mojibake).
func sniffLegacy(data []byte) (string, string, bool) {
	for _, l := range legacies {
		s, err := l.enc.NewDecoder().Bytes(data)
		if err != nil || bytes.ContainsRune(s, utf8.RuneError) {
			continue
		}
		if hanShare(s) < 0.6 || l.common(data) < 0.8 {
			continue
		}
		return string(s), l.name, true
	}
	return "", "", false
}

// hanShare is the share of Han characters among the non-ASCII letters of s.
func hanShare(s []byte) float64 {
	var han, other int
	for _, r := range string(s) {
		if r < 0x80 || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
			continue
		}
		if unicode.Is(unicode.Han, r) {
			han++
		} else {
			other++
		}
	}
	if han+other == 0 {
		return 0
	}
	return float64(han) / float64(han+other)
}

// gbCommon is the share of the multi-byte characters of GB18030 data in
// GB2312's symbol rows (lead 0xA1–0xA9) or hanzi rows (lead 0xB0–0xF7)
// with a trail byte of 0xA1 or more.
func gbCommon(data []byte) float64 {
	var common, all int
	for i := 0; i < len(data); {
		b := data[i]
		if b < 0x80 {
			i++
			continue
		}
		all++
		if i+1 >= len(data) {
			break
		}
		t := data[i+1]
		if t >= 0x30 && t <= 0x39 { // four-byte sequence
			i += 4
			continue
		}
		if t >= 0xA1 && t <= 0xFE && (b >= 0xA1 && b <= 0xA9 || b >= 0xB0 && b <= 0xF7) {
			common++
		}
		i += 2
	}
	if all == 0 {
		return 1
	}
	return float64(common) / float64(all)
}

// big5Common is the share of the double-byte characters of Big5 data that
// are symbols (lead 0xA1–0xA3) or frequently used hanzi (lead 0xA4–0xC6).
func big5Common(data []byte) float64 {
	var common, all int
	for i := 0; i < len(data); {
		b := data[i]
		if b < 0x80 {
			i++
			continue
		}
		all++
		if b >= 0xA1 && b <= 0xC6 {
			common++
		}
		i += 2
	}
	if all == 0 {
		return 1
	}
	return float64(common) / float64(all)
}

var (
	xmlDecl      = regexp.MustCompile(`^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']`)
	contentParam = regexp.MustCompile(`(?i)charset\s*=\s*["']?\s*([^"'\s;,]+)`)
)

// declaredCharset returns the charset label the page declares in its first
// prescanLimit bytes, "" when none. The bytes are tokenized so that <meta>
// inside scripts and comments is not taken.
func declaredCharset(data []byte) string {
	head := data
	if len(head) > prescanLimit {
		head = head[:prescanLimit]
	}
	if m := xmlDecl.FindSubmatch(head[:min(len(head), 1024)]); m != nil {
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
				if m := contentParam.FindStringSubmatch(content); m != nil {
					return m[1]
				}
			}
		}
	}
}
