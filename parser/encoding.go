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
	// common, when set, is the share of the multi-byte characters of the
	// raw bytes that fall in the encoding's frequently used range; the
	// decoding is believed only when it is at least minCommon. Without it
	// windows-1252 English (’ before a letter is a valid GBK pair) and Big5
	// (every Big5 pair is a valid GBK pair) decode as GB18030 mojibake.
	common func([]byte) float64
}

// minCommon is the least share of frequently used characters a multi-byte
// decoding must show.
const minCommon = 0.8

// legacy lists the encodings tried, in order, for bytes that are not UTF-8.
// A new encoding is a new line here.
var legacy = []candidate{
	{"gb18030", simplifiedchinese.GB18030, 0.6, gbCommon},
	{"big5", traditionalchinese.Big5, 0.6, big5Common},
	{"windows-1252", charmap.Windows1252, 0, westernText},
}

// westernText scores bytes as Western single-byte text: 1 when they are
// at least half ASCII with almost no control bytes (real text is mostly
// ASCII letters; random bytes are an eighth control bytes), else 0.
func westernText(data []byte) float64 {
	var ascii, ctl int
	for _, b := range data {
		switch {
		case b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f':
			ctl++
		case b < 0x80:
			ascii++
		}
	}
	if len(data) == 0 || ctl*200 > len(data) || ascii*2 < len(data) {
		return 0
	}
	return 1
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
		if c.common != nil && c.common(data) < minCommon {
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

// gbCommon is the share of the multi-byte characters of GB18030 data that
// lie in GB2312's symbol rows (lead 0xA1–0xA9) or its hanzi rows (lead
// 0xB0–0xF7), both with a trail byte of 0xA1 or more. Chinese text stays
// almost entirely inside them; the GBK extension rows (trail bytes below
// 0x80, which Big5 and windows-1252 text produce) and four-byte sequences
// are rare in it.
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
