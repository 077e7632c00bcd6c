// Package sniff recognises legacy Chinese encodings in bytes that are not
// UTF-8. The text and HTML adapters share it.
package sniff

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// candidate is one multi-byte Chinese encoding.
type candidate struct {
	name string
	enc  encoding.Encoding
	// common is the share of the multi-byte characters of the raw bytes
	// that fall in the encoding's frequently used rows. Without it
	// windows-1252 English (’ before a letter is a valid GBK pair) and
	// Big5 (every Big5 pair is a valid GBK pair) decode as GB18030 mojibake.
	common func([]byte) float64
}

// candidates are tried in order; a new encoding is a new line.
var candidates = []candidate{
	{"gb18030", simplifiedchinese.GB18030, gbCommon},
	{"big5", traditionalchinese.Big5, big5Common},
}

// Thresholds a decoding must reach to be believed.
const (
	minHan    = 0.6 // Han characters among the non-ASCII letters
	minCommon = 0.8 // frequently used characters among the multi-byte ones
)

// Chinese decodes data as GB18030 or Big5 when one of them reads it
// without invalid sequences, as mostly Han characters from the encoding's
// frequently used rows. It returns the text and the encoding's name.
func Chinese(data []byte) (text, name string, ok bool) {
	for _, c := range candidates {
		s, err := c.enc.NewDecoder().Bytes(data)
		if err != nil || bytes.ContainsRune(s, utf8.RuneError) {
			continue
		}
		if HanShare(string(s)) < minHan || c.common(data) < minCommon {
			continue
		}
		return string(s), c.name, true
	}
	return "", "", false
}

// HanShare is the share of Han characters among the non-ASCII letters of s
// (0 when it has none).
func HanShare(s string) float64 {
	var han, other int
	for _, r := range s {
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
// with a trail byte of 0xA1 or more. Chinese text stays almost entirely
// inside them; the GBK extension rows (trail bytes below 0x80, which Big5
// and windows-1252 text produce) and four-byte sequences are rare in it.
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
