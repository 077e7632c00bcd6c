package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/resumex/resumex/doc"
)

// The library trusts its input: it panics on malformed files (Parse
// recovers), but a few inputs make it loop forever or allocate without
// bound. This file keeps those inputs away from it: it patches the file's
// bytes before the library sees them (fixup), checks the cross-reference
// chain (precheck), and re-wraps every content stream and CMap that the
// package interprets after cleaning it (sanitize, wrapStream).

// Limits. The budgets of the cost model (docs/limits.md) are set so that
// a document spending all of them takes well under 2 s and 256 MB; the
// largest resume pages measured need a tenth of each page budget (26,000
// operators, 3,700 glyphs).
const (
	maxStreamBytes = 16 << 20 // one decoded stream
	maxPageContent = 2 << 20  // a page's content: more than its operator budget needs
	maxDocBytes    = 96 << 20 // all decoded streams of a document
	maxOpsPerPage  = 200_000  // content operators of a page, forms included
	maxOpsDoc      = 1_500_000
	maxGlyphsPage  = 20_000 // glyphs shown on a page
	maxGlyphsDoc   = 150_000
	maxOperands    = 16_384  // values between two operators, nested ones included
	maxNesting     = 32      // arrays and dictionaries in a content stream
	maxLooksPage   = 20_000  // resources looked up on a page, each name once a stream
	maxContents    = 10_000  // streams in a page's /Contents array
	maxAnnots      = 200     // annotations read on a page
	maxFonts       = 500     // fonts loaded in a document
	maxCMapBytes   = 2 << 20 // one CMap read, the rest cut
	maxCMapDoc     = 8 << 20
	maxCMapEntries = 50_000 // codes, ranges and destinations of one CMap
	maxFormDepth   = 16
	maxFormsPage   = 2_000
	maxObjects     = 50_000 // objects of a document (a resume has a few hundred, the test files 1,251 at most)
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

// precheck is precheck for a file whose object streams may be unpacked:
// the library reads none of them then, and they need no check.
func (l *limits) precheck(data []byte) error {
	if l.unpacked {
		return precheckXref(data)
	}
	return precheck(data)
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

// objectCount reads the /Size of the cross-reference section at
// startxref: the number of objects the file says it has (0 when it cannot
// tell).
func objectCount(data []byte) int {
	tail := data[max(0, len(data)-1024):]
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return 0
	}
	off, ok := readInt(tail[i+len("startxref"):])
	if !ok || off <= 0 || off >= int64(len(data)) {
		return 0
	}
	sect := data[off:]
	if bytes.HasPrefix(bytes.TrimLeft(sect[:min(len(sect), 64)], " \t\r\n\f\x00"), []byte("xref")) {
		t := bytes.Index(sect, []byte("trailer")) // after the table
		if t < 0 {
			return 0
		}
		sect = sect[t:]
	}
	sect = sect[:min(len(sect), 4096)]
	p := bytes.Index(sect, []byte("/Size"))
	if p < 0 {
		return 0
	}
	n, _ := readInt(sect[p+len("/Size"):])
	return int(min(n, 1<<40))
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
		if m := extendsRe().FindSubmatch(dict); m != nil && hdr > 0 {
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
	extendsRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`/Extends\s+(\d+)\s+\d+\s+R`) })
	lengthRe  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`/Length\s+(\d+)(?:\s+(\d+)\s+R)?`) })
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
	m := lengthRe().FindSubmatch(dict)
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
	data, cut, err := bg.readStreamCut(v, maxStreamBytes)
	if cut {
		return nil, errTooBig
	}
	return data, err
}

// readStreamCut is readStream that reads at most max bytes of the stream
// and reports whether there was more (cut), which is then left unread.
func (bg *budget) readStreamCut(v lpdf.Value, max int) (data []byte, cut bool, err error) {
	if v.Kind() != lpdf.Stream {
		return nil, false, errNotStream
	}
	defer func() {
		if r := recover(); r != nil {
			data, cut, err = nil, false, fmt.Errorf("stream: %s", panicText(r))
		}
	}()
	limit := min(int64(max), bg.left)
	rc := v.Reader()
	defer rc.Close()
	data, err = io.ReadAll(io.LimitReader(rc, limit+1))
	if int64(len(data)) > limit {
		data, cut = data[:limit], true
	}
	bg.left -= int64(len(data))
	if err != nil && len(data) > 0 {
		err = nil
	}
	return data, cut, err
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

// limits is what one Parse has spent of the document's budgets, the
// warnings that say which ran out, and the caches that keep the parse from
// doing work twice.
type limits struct {
	ctx      context.Context
	glyphs   int                   // glyphs kept, all pages
	objs     map[ref]lpdf.Value    // indirect objects resolved (refs.go)
	forms    map[string]lpdf.Value // form XObjects sanitized and wrapped, by stream
	unpacked bool                  // the file's object streams are unpacked (objstm.go)
	warnings []doc.Warning
	skipped  []int // pages left out once the document's budgets ran out
	cmaps    int   // CMap bytes read
	cut      struct{ cmaps, fonts int }
}

// parsePages is readPages with fresh budgets and no deadline.
func parsePages(data []byte, max int) ([]*pageData, error) {
	return readPages(newLimits(context.Background()), data, max)
}

func newLimits(ctx context.Context) *limits {
	return &limits{ctx: ctx, objs: map[ref]lpdf.Value{}, forms: map[string]lpdf.Value{}}
}

// warn records a warning about a page.
func (l *limits) warn(page int, msg string) {
	l.warnings = append(l.warnings, doc.Warning{Pos: doc.Pos{Page: page}, Msg: "pdf: page " + strconv.Itoa(page) + ": " + msg})
}

// startPage reports whether a page may be read: not when the document's
// budgets are spent (the page is then noted as left out).
func (l *limits) startPage(p *parser, page int) bool {
	if p.ops < maxOpsDoc && l.glyphs < maxGlyphsDoc {
		return true
	}
	l.skipped = append(l.skipped, page)
	return false
}

// cmapData returns a CMap's data, sanitized, within the CMap budgets:
// maxCMapBytes of one, maxCMapDoc of all; a CMap over them is cut (its
// mappings read so far are kept).
func (l *limits) cmapData(data []byte) []byte {
	n := min(len(data), maxCMapBytes, max(0, maxCMapDoc-l.cmaps))
	if n < len(data) {
		l.cut.cmaps++
		data = data[:n]
	}
	l.cmaps += n
	return sanitize(data, true)
}

// entries counts what a CMap maps.
func (m *cmap) entries() int {
	return len(m.chars) + len(m.ranges) + len(m.cids) + len(m.cidRanges)
}

// report returns the warnings, the pages left out summed up in one.
func (l *limits) report() []doc.Warning {
	w := l.warnings
	if l.cut.cmaps > 0 {
		w = append(w, doc.Warning{Msg: fmt.Sprintf("pdf: %d font CMap(s) cut: a CMap is read up to %d bytes, all of them up to %d", l.cut.cmaps, maxCMapBytes, maxCMapDoc)})
	}
	if l.cut.fonts > 0 {
		w = append(w, doc.Warning{Msg: fmt.Sprintf("pdf: more than %d fonts: the text in %d other font(s) is left out", maxFonts, l.cut.fonts)})
	}
	if n := len(l.skipped); n > 0 {
		w = append(w, doc.Warning{Pos: doc.Pos{Page: l.skipped[0]}, Msg: fmt.Sprintf(
			"pdf: %d page(s) from page %d on left out: the document's budget of %d content operators or %d glyphs is spent",
			n, l.skipped[0], maxOpsDoc, maxGlyphsDoc)})
	}
	return w
}

// pageStop stops the interpretation of a page (run recovers it); msg, if
// any, is the warning that says why.
type pageStop struct{ msg string }

// op counts a content operator against the page's and the document's
// budgets, and checks every so often that the parse is still wanted.
func (pr *pageRun) op() {
	pr.ops++
	if pr.ops > maxOpsPerPage {
		panic(pageStop{fmt.Sprintf("more than %d content operators: the rest of the page is left out", maxOpsPerPage)})
	}
	if pr.p.ops+pr.ops > maxOpsDoc {
		panic(pageStop{fmt.Sprintf("the document's budget of %d content operators is spent: the rest of the page is left out", maxOpsDoc)})
	}
	if pr.ops%1024 == 0 && pr.p.lim.ctx.Err() != nil {
		panic(pageStop{}) // parsePages returns the context's error
	}
}

// glyph counts a glyph shown (kept or not: off the page, rotated,
// without Unicode) against the budgets.
func (pr *pageRun) glyph() {
	if pr.shown++; pr.shown > maxGlyphsPage {
		panic(pageStop{fmt.Sprintf("more than %d glyphs: the rest of the page is left out", maxGlyphsPage)})
	}
	if pr.p.lim.glyphs++; pr.p.lim.glyphs > maxGlyphsDoc {
		panic(pageStop{fmt.Sprintf("the document's budget of %d glyphs is spent: the rest of the page is left out", maxGlyphsDoc)})
	}
}

// look counts a resource looked up against the page's budget.
func (pr *pageRun) look() {
	if pr.looks++; pr.looks > maxLooksPage {
		panic(pageStop{fmt.Sprintf("more than %d resources looked up: the rest of the page is left out", maxLooksPage)})
	}
}

// resources are the named resources of one content stream, each
// dictionary resolved once and each name looked up once.
type resources struct {
	res                lpdf.Value
	fontDict, xobjDict lpdf.Value
	propDict           lpdf.Value
	resolved           uint8 // which of the three are set
	xobjs, props       map[string]lpdf.Value
}

func (rs *resources) init(res lpdf.Value) { rs.res = res }

func (rs *resources) fonts() lpdf.Value {
	if rs.resolved&1 == 0 {
		rs.fontDict, rs.resolved = rs.res.Key("Font"), rs.resolved|1
	}
	return rs.fontDict
}

// xobject looks up the XObject name.
func (rs *resources) xobject(pr *pageRun, name string) lpdf.Value {
	if v, ok := rs.xobjs[name]; ok {
		return v
	}
	pr.look()
	if rs.resolved&2 == 0 {
		rs.xobjDict, rs.resolved = rs.res.Key("XObject"), rs.resolved|2
		rs.xobjs = map[string]lpdf.Value{}
	}
	v := pr.p.lim.key(rs.xobjDict, name)
	rs.xobjs[name] = v
	return v
}

// property looks up the marked-content properties name.
func (rs *resources) property(pr *pageRun, name string) lpdf.Value {
	if v, ok := rs.props[name]; ok {
		return v
	}
	pr.look()
	if rs.resolved&4 == 0 {
		rs.propDict, rs.resolved = rs.res.Key("Properties"), rs.resolved|4
		rs.props = map[string]lpdf.Value{}
	}
	v := pr.p.lim.key(rs.propDict, name)
	rs.props[name] = v
	return v
}

// wrapContent is wrapStream(sanitize(data, false)) in one buffer (the
// content is sanitized into the stream of the small PDF, not copied into
// it after: a page's content can be megabytes) within the operand
// budgets: at most maxOperands values between two operators and
// maxNesting levels of arrays and dictionaries. Past a budget the content
// is cut there, and limit says which ran out.
func wrapContent(data []byte) (strm lpdf.Value, limit, err error) {
	b := make([]byte, 0, len(data)+len(data)/8+256)
	b = append(b, "%PDF-1.4\n"...)
	obj := len(b)
	b = append(b, "1 0 obj\n<</Length "...)
	at := len(b)
	b = append(b, "0000000000>>\nstream\n"...)
	start := len(b)
	b, limit = sanitizeWith(b, data, false, true)
	copy(b[at:at+10], fmt.Sprintf("%010d", len(b)-start))
	b = append(b, "\nendstream\nendobj\n"...)
	xref := len(b)
	b = fmt.Appendf(b, "xref\n0 2\n0000000000 65535 f \n%010d 00000 n \ntrailer\n<</Size 2/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", obj, xref)
	r, err := lpdf.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return lpdf.Value{}, limit, err
	}
	if strm = r.Trailer().Key("Root"); strm.Kind() != lpdf.Stream {
		return lpdf.Value{}, limit, errNotStream
	}
	return strm, limit, nil
}

// sanitize rewrites a content stream or CMap so that the library's
// tokenizer can read all of it: it never hangs (an unterminated hex string
// at the end makes it loop forever) and panics only rarely (stray ')' or
// '>', bad escapes, odd-length hex strings, huge numbers). Inline images
// (BI … ID data EI) are removed, their binary data is no PostScript. In
// content streams (cmap false) the keywords that the library's Interpret
// treats as PostScript dictionary operators are dropped too.
func sanitize(in []byte, cmap bool) []byte {
	out, _ := sanitizeWith(make([]byte, 0, len(in)+len(in)/8+16), in, cmap, false)
	return out
}

// sanitizeWith appends in, sanitized, to out; limited: within the operand
// budgets (see wrapContent).
func sanitizeWith(out, in []byte, cmap, limited bool) ([]byte, error) {
	n := len(in)
	pending, depth := 0, 0 // values since the last operator; open arrays and dictionaries
	ops := 0               // operators: past the page's budget the rest is never read
	for i := 0; i < n; {
		c := in[i]
		if limited {
			switch {
			case isSpace(c) || c == '%' || c == ')' || c == '>' && !(i+1 < n && in[i+1] == '>'):
			case c == ']' || c == '}' || c == '>':
				depth = max(depth-1, 0)
			case c == '[' || c == '{' || c == '<' && i+1 < n && in[i+1] == '<':
				if depth++; depth > maxNesting {
					return out, fmt.Errorf("arrays or dictionaries nested more than %d deep", maxNesting)
				}
				pending++
			case isOperator(in, i):
				pending = 0
				if ops++; ops > maxOpsPerPage+1 {
					return out, nil // the interpreter stops at the budget, and says so
				}
			default:
				if pending++; pending > maxOperands {
					return out, fmt.Errorf("more than %d operands before an operator", maxOperands)
				}
			}
		}
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
	return out, nil
}

// isOperator reports whether the token at in[i] is an operator: a
// keyword other than true, false and null.
func isOperator(in []byte, i int) bool {
	c := in[i]
	if isDelim(c) || isDigit(c) || c == '+' || c == '-' || c == '.' {
		return false
	}
	j := i
	for j < len(in) && !isSpace(in[j]) && !isDelim(in[j]) {
		j++
	}
	switch string(in[i:j]) {
	case "true", "false", "null":
		return false
	}
	return true
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
