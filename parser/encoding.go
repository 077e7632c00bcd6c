package parser

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// candidate is a legacy encoding tried when the bytes are not UTF-8.
type candidate struct {
	name string
	enc  encoding.Encoding
	// minHan is the least share of Han characters among the non-ASCII
	// runes for the decoding to be believed (0 for single-byte codepages).
	minHan float64
}

// legacy lists the encodings tried, in order, for bytes that are not UTF-8.
// A new encoding is a new line here.
var legacy = []candidate{
	{"gb18030", simplifiedchinese.GB18030, 0.6},
	{"big5", traditionalchinese.Big5, 0.6},
	{"windows-1252", charmap.Windows1252, 0},
}

// decode detects the character encoding of data and returns it as UTF-8
// text with the encoding's name. Byte order marks decide first; then UTF-8;
// then the legacy candidates. NUL bytes outside UTF-16 mean binary data.
func decode(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return "", "", ErrBinary
		}
		return checkText(string(data), "utf-8-bom")
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(data, xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), "utf-16le")
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(data, xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), "utf-16be")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", "", ErrBinary
	}
	if utf8.Valid(data) {
		return checkText(string(data), "utf-8")
	}
	for _, c := range legacy {
		s, err := c.enc.NewDecoder().Bytes(data)
		if err != nil || bytes.Contains(s, []byte("\uFFFD")) {
			continue
		}
		if c.minHan > 0 && hanShare(string(s)) < c.minHan {
			continue
		}
		if text, name, err := checkText(string(s), c.name); err == nil {
			return text, name, nil
		}
	}
	return "", "", ErrBinary
}

func decodeWith(data []byte, enc encoding.Encoding, name string) (string, string, error) {
	s, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", ErrBinary
	}
	return checkText(string(s), name)
}

// checkText refuses decoded text that is mostly control characters.
func checkText(s, name string) (string, string, error) {
	var ctl, n int
	for _, r := range s {
		n++
		if r == 0 || (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v') || r == utf8.RuneError {
			ctl++
		}
	}
	if n > 0 && ctl*10 > n {
		return "", "", ErrBinary
	}
	return s, name, nil
}

// hanShare is the share of Han characters among the non-ASCII letters of s.
func hanShare(s string) float64 {
	var han, other int
	for _, r := range s {
		if r < 0x80 || unicode.IsSpace(r) || unicode.IsPunct(r) {
			continue
		}
		if unicode.Is(unicode.Han, r) {
			han++
		} else {
			other++
		}
	}
	if han+other == 0 {
		return 1
	}
	return float64(han) / float64(han+other)
}
