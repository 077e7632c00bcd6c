package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// The library trusts its input: it panics on malformed files (Parse
// recovers), but a few inputs make it loop forever or allocate without
// bound. This file keeps those inputs away from it: it patches the file's
// bytes before the library sees them (fixup), checks the cross-reference
// chain (precheck), and re-wraps every content stream and CMap that the
// package interprets after cleaning it (sanitize, wrapStream).

// Limits.
const (
	maxStreamBytes = 16 << 20 // one decoded stream
	maxDocBytes    = 96 << 20 // all decoded streams of a document
	maxOpsPerPage  = 2_000_000
	maxOpsDoc      = 10_000_000
	maxFormDepth   = 16
	maxFormsPage   = 2_000
	maxGlyphsPage  = 50_000
	maxXrefEntries = 1 << 22
	maxXrefChain   = 256
)

var (
	errTooBig    = errors.New("stream too large")
	errOpLimit   = errors.New("too many operators on a page")
	errNotStream = errors.New("not a stream")
)

// fixup returns data with the patches the library needs, copying it only
// when it changes something:
//   - a %PDF-2.0 header (or one followed by a space) reads as %PDF-1.7;
//   - bytes after the last %%EOF are cut (the library looks for %%EOF in
//     the last 100 bytes only);
//   - absurd /Columns and /N numbers (≥ 2,000,000), which the library
//     would use to size an allocation or a loop, become 1.
func fixup(data []byte) []byte {
	out := data
	copied := false
	own := func() {
		if !copied {
			out = append([]byte(nil), out...)
			copied = true
		}
	}
	if len(out) >= 9 && bytes.HasPrefix(out, []byte("%PDF-")) {
		v := out[5:8]
		if !(v[0] == '1' && v[1] == '.' && v[2] >= '0' && v[2] <= '7') || out[8] != '\n' && out[8] != '\r' {
			if isDigit(v[0]) && v[1] == '.' && isDigit(v[2]) && (out[8] == ' ' || out[8] == '\t' || out[8] == '\n' || out[8] == '\r' || out[8] == '%') {
				own()
				copy(out, "%PDF-1.7")
				if out[8] != '\r' {
					out[8] = '\n'
				}
			}
		}
	}
	if i := bytes.LastIndex(out, []byte("%%EOF")); i > 0 {
		tail := bytes.TrimRight(out[i+5:], "\r\n\t\x00 ")
		if len(tail) > 0 {
			out = out[:i+5]
			if copied {
				out = append(out, '\n')
			} else {
				out = append(out[:i+5:i+5], '\n')
				copied = true
			}
		}
	}
	for _, key := range []string{"/Columns", "/N"} {
		k := []byte(key)
		for off := 0; ; {
			i := bytes.Index(out[off:], k)
			if i < 0 {
				break
			}
			i += off + len(k)
			off = i
			if i < len(out) && !isSpace(out[i]) && !isDigit(out[i]) {
				continue // a longer name such as /Names
			}
			j := i
			for j < len(out) && isSpace(out[j]) {
				j++
			}
			s := j
			for j < len(out) && isDigit(out[j]) {
				j++
			}
			if j-s > 6 || j-s == 6 && out[s] > '1' {
				own()
				out[s] = '1'
				for t := s + 1; t < j; t++ {
					out[t] = ' '
				}
			}
		}
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isSpace(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}

func isDelim(c byte) bool {
	switch c {
	case '<', '>', '(', ')', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// precheck follows the cross-reference chain from startxref the way the
// library will, and refuses what would make it loop (a /Prev cycle) or
// allocate gigabytes (a huge subsection start, /Size, /Index or /W). It
// says nothing about files it cannot follow: the library judges those.
// Then it checks the object streams (checkObjStms).
func precheck(data []byte) error {
	if err := precheckXref(data); err != nil {
		return err
	}
	return checkObjStms(data)
}

func precheckXref(data []byte) error {
	tail := data
	if len(tail) > 1024 {
		tail = tail[len(tail)-1024:]
	}
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return nil
	}
	off, ok := readInt(tail[i+len("startxref"):])
	if !ok {
		return nil
	}
	seen := map[int64]bool{}
	for n := 0; off > 0 && off < int64(len(data)); n++ {
		if seen[off] {
			return fmt.Errorf("cross-reference /Prev chain loops at offset %d", off)
		}
		if n >= maxXrefChain {
			return errors.New("cross-reference /Prev chain too long")
		}
		seen[off] = true
		var dictText []byte
		sect := data[off:]
		sect = sect[len(sect)-len(bytes.TrimLeft(sect, " \t\r\n\f\x00")):]
		if bytes.HasPrefix(sect, []byte("xref")) {
			t := bytes.Index(sect, []byte("trailer"))
			if t < 0 {
				return nil
			}
			if err := checkXrefTable(sect[4:t]); err != nil {
				return err
			}
			dictText = sect[t+len("trailer"):]
		} else {
			s := bytes.Index(sect, []byte("stream"))
			if s < 0 {
				return nil
			}
			dictText = sect[:s]
			if err := checkXrefStreamDict(dictText); err != nil {
				return err
			}
		}
		if e := bytes.Index(dictText, []byte("startxref")); e >= 0 {
			dictText = dictText[:e]
		}
		p := bytes.Index(dictText, []byte("/Prev"))
		if p < 0 {
			return nil
		}
		off, ok = readInt(dictText[p+len("/Prev"):])
		if !ok {
			return nil
		}
	}
	return nil
}

// checkObjStms looks at the object streams (/Type /ObjStm) the library
// may read objects from with its lexer in end-of-input-allowed mode, where
// a hex string left open at the end loops forever, and where an /Extends
// cycle does too. It refuses files with either. Streams it cannot decode
// itself (encrypted, other filters) are not checked.
func checkObjStms(data []byte) error {
	extends := map[int]int{}
	for off := 0; ; {
		i := bytes.Index(data[off:], []byte("/ObjStm"))
		if i < 0 {
			break
		}
		i += off
		off = i + 7
		start := bytes.LastIndex(data[max(0, i-4096):i], []byte("obj"))
		if start < 0 {
			continue
		}
		start += max(0, i-4096)
		hdr := objNumBefore(data[:start])
		end := bytes.Index(data[i:min(len(data), i+4096)], []byte("stream"))
		if end < 0 {
			continue
		}
		dict := data[start : i+end]
		if m := extendsRe.FindSubmatch(dict); m != nil && hdr > 0 {
			n, _ := strconv.Atoi(string(m[1]))
			extends[hdr] = n
		}
		body := data[i+end+6:]
		if bytes.HasPrefix(body, []byte("\r\n")) {
			body = body[2:]
		} else if len(body) > 0 && (body[0] == '\n' || body[0] == '\r') {
			body = body[1:]
		}
		n := streamLength(data, dict)
		if n <= 0 || n > len(body) {
			continue
		}
		body = body[:n]
		var text []byte
		switch {
		case bytes.Contains(dict, []byte("/DecodeParms")):
			continue
		case bytes.Contains(dict, []byte("/FlateDecode")):
			zr, err := zlib.NewReader(bytes.NewReader(body))
			if err != nil {
				continue
			}
			text, _ = io.ReadAll(io.LimitReader(zr, maxStreamBytes))
		case !bytes.Contains(dict, []byte("/Filter")):
			text = body
		default:
			continue
		}
		if openHexAtEnd(text) {
			return fmt.Errorf("object stream %d ends inside a hex string", hdr)
		}
	}
	for start := range extends {
		seen := map[int]bool{}
		for n, ok := start, true; ok; n, ok = extends[n] {
			if seen[n] {
				return fmt.Errorf("object stream /Extends cycle at %d", n)
			}
			seen[n] = true
		}
	}
	return nil
}

var (
	extendsRe = regexp.MustCompile(`/Extends\s+(\d+)\s+\d+\s+R`)
	lengthRe  = regexp.MustCompile(`/Length\s+(\d+)(?:\s+(\d+)\s+R)?`)
)

// objNumBefore reads N of "N G " just before an "obj" keyword.
func objNumBefore(b []byte) int {
	f := bytes.Fields(b[max(0, len(b)-32):])
	if len(f) < 2 {
		return 0
	}
	n, err := strconv.Atoi(string(f[len(f)-2]))
	if err != nil {
		return 0
	}
	return n
}

// streamLength reads a stream dictionary's /Length, following one
// indirect reference by a text search for its object.
func streamLength(data, dict []byte) int {
	m := lengthRe.FindSubmatch(dict)
	if m == nil {
		return -1
	}
	n, _ := strconv.Atoi(string(m[1]))
	if m[2] == nil {
		return n
	}
	re, err := regexp.Compile(`(?:^|\s)` + string(m[1]) + `\s+` + string(m[2]) + `\s+obj\s+(\d+)`)
	if err != nil {
		return -1
	}
	if mm := re.FindSubmatch(data); mm != nil {
		v, _ := strconv.Atoi(string(mm[1]))
		return v
	}
	return -1
}

// openHexAtEnd reports whether text ends inside a hex string: after its
// last '<' come only hex digits and white space.
func openHexAtEnd(text []byte) bool {
	i := bytes.LastIndexByte(text, '<')
	if i < 0 {
		return false
	}
	for _, c := range text[i+1:] {
		if !isSpace(c) && unhex(c) < 0 {
			return false
		}
	}
	return true
}

// readInt reads the integer after optional white space.
func readInt(b []byte) (int64, bool) {
	j := 0
	for j < len(b) && isSpace(b[j]) {
		j++
	}
	s := j
	for j < len(b) && isDigit(b[j]) && j-s < 18 {
		j++
	}
	if j == s {
		return 0, false
	}
	v, err := strconv.ParseInt(string(b[s:j]), 10, 64)
	return v, err == nil
}

// checkXrefTable checks the subsection headers ("start count") of a
// classic cross-reference table.
func checkXrefTable(b []byte) error {
	fields := bytes.Fields(b)
	for i := 0; i+1 < len(fields); {
		start, err1 := strconv.ParseInt(string(fields[i]), 10, 64)
		count, err2 := strconv.ParseInt(string(fields[i+1]), 10, 64)
		if err1 != nil || err2 != nil || start < 0 || count < 0 {
			return nil
		}
		if start+count > maxXrefEntries {
			return fmt.Errorf("cross-reference subsection %d %d too large", start, count)
		}
		i += 2 + 3*int(count)
	}
	return nil
}

// checkXrefStreamDict checks /Size, /Index and /W of an xref stream.
func checkXrefStreamDict(b []byte) error {
	if p := bytes.Index(b, []byte("/Size")); p >= 0 {
		if v, ok := readInt(b[p+5:]); ok && v > maxXrefEntries {
			return fmt.Errorf("cross-reference stream /Size %d too large", v)
		} else if !ok && bytes.HasPrefix(bytes.TrimSpace(b[p+5:]), []byte("-")) {
			return errors.New("negative cross-reference stream /Size")
		}
	}
	for _, key := range []string{"/Index", "/W"} {
		p := bytes.Index(b, []byte(key))
		if p < 0 {
			continue
		}
		rest := b[p+len(key):]
		lb := bytes.IndexByte(rest, '[')
		rb := bytes.IndexByte(rest, ']')
		if lb < 0 || rb < lb {
			continue
		}
		var sum int64
		for _, f := range bytes.Fields(rest[lb+1 : rb]) {
			v, err := strconv.ParseInt(string(f), 10, 64)
			if err != nil {
				continue
			}
			if v < 0 || v > maxXrefEntries {
				return fmt.Errorf("cross-reference stream %s entry %d out of range", key, v)
			}
			sum += v
		}
		if key == "/W" && sum > 32 {
			return fmt.Errorf("cross-reference stream /W too wide")
		}
		if key == "/Index" && sum > 2*maxXrefEntries {
			return fmt.Errorf("cross-reference stream /Index too large")
		}
	}
	return nil
}

// budget counts the decoded stream bytes of one document.
type budget struct{ left int64 }

// readStream returns a stream's decoded bytes, at most maxStreamBytes. A
// stream whose filter fails part way keeps what was decoded.
func (bg *budget) readStream(v lpdf.Value) (data []byte, err error) {
	if v.Kind() != lpdf.Stream {
		return nil, errNotStream
	}
	defer func() {
		if r := recover(); r != nil {
			data, err = nil, fmt.Errorf("stream: %s", panicText(r))
		}
	}()
	limit := int64(maxStreamBytes)
	if bg.left < limit {
		limit = bg.left
	}
	rc := v.Reader()
	defer rc.Close()
	data, err = io.ReadAll(io.LimitReader(rc, limit+1))
	if int64(len(data)) > limit {
		return nil, errTooBig
	}
	bg.left -= int64(len(data))
	if err != nil && len(data) > 0 {
		err = nil
	}
	return data, err
}

// wrapStream wraps data (already decoded) as the only stream of a small,
// valid PDF, so that lpdf.Interpret can read bytes this package chose.
// The second result is that PDF's trailer, a dictionary value the caller
// may use as scratch (CMaps need one for findresource).
func wrapStream(data []byte) (strm, scratch lpdf.Value, err error) {
	var b bytes.Buffer
	b.Grow(len(data) + 200)
	b.WriteString("%PDF-1.4\n")
	obj := b.Len()
	fmt.Fprintf(&b, "1 0 obj\n<</Length %d>>\nstream\n", len(data))
	b.Write(data)
	b.WriteString("\nendstream\nendobj\n")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 2\n0000000000 65535 f \n%010d 00000 n \ntrailer\n<</Size 2/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", obj, xref)
	buf := b.Bytes()
	r, err := lpdf.NewReader(bytes.NewReader(buf), int64(len(buf)))
	if err != nil {
		return lpdf.Value{}, lpdf.Value{}, err
	}
	strm = r.Trailer().Key("Root")
	if strm.Kind() != lpdf.Stream {
		return lpdf.Value{}, lpdf.Value{}, errNotStream
	}
	return strm, r.Trailer(), nil
}

// sanitize rewrites a content stream or CMap so that the library's
// tokenizer can read all of it: it never hangs (an unterminated hex string
// at the end makes it loop forever) and panics only rarely (stray ')' or
// '>', bad escapes, odd-length hex strings, huge numbers). Inline images
// (BI … ID data EI) are removed, their binary data is no PostScript. In
// content streams (cmap false) the keywords that the library's Interpret
// treats as PostScript dictionary operators are dropped too.
func sanitize(in []byte, cmap bool) []byte {
	out := make([]byte, 0, len(in)+16)
	n := len(in)
	for i := 0; i < n; {
		c := in[i]
		switch {
		case isSpace(c):
			out = append(out, c)
			i++
		case c == '%':
			for i < n && in[i] != '\n' && in[i] != '\r' {
				i++
			}
		case c == '(':
			i = literalString(in, i, &out)
		case c == '<' && i+1 < n && in[i+1] == '<':
			out = append(out, "<<"...)
			i += 2
		case c == '>' && i+1 < n && in[i+1] == '>':
			out = append(out, ">>"...)
			i += 2
		case c == '<':
			i = hexString(in, i, &out)
		case c == ')' || c == '>':
			out = append(out, ' ')
			i++
		case c == '[' || c == ']' || c == '{' || c == '}':
			out = append(out, c)
			i++
		case c == '/':
			i = nameToken(in, i, &out)
		default:
			j := i
			for j < n && !isSpace(in[j]) && !isDelim(in[j]) {
				j++
			}
			tok := in[i:j]
			i = j
			switch string(tok) {
			case "BI":
				i = skipInlineImage(in, i)
				out = append(out, ' ')
				continue
			case "begin", "end", "def", "dict", "currentdict", "pop":
				if !cmap {
					out = append(out, ' ')
					continue
				}
			}
			out = append(out, numberToken(tok)...)
		}
		if len(out) > 0 && !isSpace(out[len(out)-1]) {
			out = append(out, ' ')
		}
	}
	return out
}

// literalString copies a (string) starting at in[i], fixing escapes the
// library rejects; an unterminated string ends at the end of the input.
func literalString(in []byte, i int, out *[]byte) int {
	n := len(in)
	*out = append(*out, '(')
	depth := 1
	for i++; i < n; i++ {
		c := in[i]
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				*out = append(*out, ')')
				return i + 1
			}
		case '\\':
			if i+1 >= n {
				i++
				continue
			}
			d := in[i+1]
			switch {
			case d == 'n' || d == 'r' || d == 't' || d == 'b' || d == 'f' || d == '(' || d == ')' || d == '\\' || d == '\n' || d == '\r':
				*out = append(*out, '\\', d)
				i++
			case d >= '0' && d <= '7':
				v := 0
				k := i + 1
				for ; k < n && k < i+4 && in[k] >= '0' && in[k] <= '7'; k++ {
					v = v*8 + int(in[k]-'0')
				}
				*out = append(*out, fmt.Sprintf("\\%03o", v&0xff)...)
				i = k - 1
			default: // unknown escape: the backslash is ignored
				*out = append(*out, d)
				i++
			}
			continue
		}
		*out = append(*out, c)
	}
	*out = append(*out, ')')
	return n
}

// hexString copies a <hex string> starting at in[i], keeping only hex
// digits and padding an odd count with 0; it ends at '>', at the first
// character that is neither hex nor space, or at the end of the input.
func hexString(in []byte, i int, out *[]byte) int {
	n := len(in)
	*out = append(*out, '<')
	cnt := 0
	for i++; i < n; i++ {
		c := in[i]
		if c == '>' {
			i++
			break
		}
		if isSpace(c) {
			continue
		}
		if unhex(c) < 0 {
			break
		}
		*out = append(*out, c)
		cnt++
	}
	if cnt%2 == 1 {
		*out = append(*out, '0')
	}
	*out = append(*out, '>')
	return i
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// nameToken copies a /Name, fixing '#' escapes that are not two hex digits.
func nameToken(in []byte, i int, out *[]byte) int {
	n := len(in)
	*out = append(*out, '/')
	for i++; i < n && !isSpace(in[i]) && !isDelim(in[i]); i++ {
		if in[i] == '#' {
			if i+2 < n && unhex(in[i+1]) >= 0 && unhex(in[i+2]) >= 0 {
				*out = append(*out, in[i:i+3]...)
				i += 2
				continue
			}
			*out = append(*out, "#23"...)
			continue
		}
		*out = append(*out, in[i])
	}
	return i
}

// numberToken returns tok, or "0" for a number the library cannot parse.
func numberToken(tok []byte) []byte {
	digits, dots, other := 0, 0, 0
	for k, c := range tok {
		switch {
		case isDigit(c):
			digits++
		case c == '.':
			dots++
		case (c == '+' || c == '-') && k == 0:
		default:
			other++
		}
	}
	if other > 0 || digits == 0 {
		return tok
	}
	if dots > 1 || dots == 0 && digits > 18 || dots == 1 && len(tok) > 40 {
		return []byte("0")
	}
	return tok
}

// skipInlineImage skips from after "BI" past the matching "EI".
func skipInlineImage(in []byte, i int) int {
	n := len(in)
	// find the ID keyword (token-delimited)
	for i < n {
		if in[i] == 'I' && i+1 < n && in[i+1] == 'D' && (i == 0 || isSpace(in[i-1]) || isDelim(in[i-1])) && (i+2 >= n || isSpace(in[i+2])) {
			i += 3
			break
		}
		i++
	}
	for i < n {
		if in[i] == 'E' && i+1 < n && in[i+1] == 'I' && i > 0 && isSpace(in[i-1]) && (i+2 >= n || isSpace(in[i+2]) || isDelim(in[i+2])) {
			return i + 2
		}
		i++
	}
	return n
}

// panicText renders a recovered panic value as one line.
func panicText(r any) string { return oneLine(fmt.Sprint(r)) }

// oneLine cuts a message at its first line break and at 200 bytes, and
// keeps it valid UTF-8 (library messages may quote raw file bytes).
func oneLine(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200]
	}
	return strings.ToValidUTF8(s, "?")
}
