package parser

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/resumex/resumex/parser/internal/sniff"
)

// westernText reports whether bytes can be Western single-byte text: at
// least half ASCII with almost no control bytes (real text is mostly ASCII
// letters; random bytes are an eighth control bytes).
func westernText(data []byte) bool {
	var ascii, ctl int
	for _, b := range data {
		switch {
		case b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f':
			ctl++
		case b < 0x80:
			ascii++
		}
	}
	return len(data) > 0 && ctl*200 <= len(data) && ascii*2 >= len(data)
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
	if s, name, ok := sniff.Chinese(data); ok {
		if text, name, err := checkText(s, name); err == nil {
			return text, name, nil
		}
	}
	// windows-1252: every byte but five decodes, so only text that looks
	// Western is believed
	if s, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil && westernText(data) && !bytes.ContainsRune(s, utf8.RuneError) {
		return checkText(string(s), "windows-1252")
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
