// Package pdf is resumex's PDF adapter: it reads a PDF's text layer into a
// doc.Document, one line per visual line in reading order, with layout
// hints (font size, bold, headings, indentation, paragraph gaps).
//
// It is built on the low-level API of github.com/ledongthuc/pdf (the object
// reader, Value accessors and Interpret), not on its text extraction, which
// decodes Chromium's Type 3 CJK fonts through their glyph names and ignores
// /ToUnicode. Text decoding, layout and reading order are this package's
// own: see font.go for the decoding precedence, content.go for the content
// interpreter (text state, CTM, form XObjects, /ActualText, vector bullets),
// layout.go for lines, columns, page furniture and paragraph re-joining,
// safety.go for how malformed and hostile files are kept from crashing
// or hanging the library, and decrypt.go for encrypted files.
//
// Known limits:
//   - Encryption: files that open without a password (an empty user or
//     owner password) parse, whatever the standard security handler's
//     revision (2-6: RC4 40- to 128-bit, AES-128, AES-256), decrypted by
//     this package before the library reads them (decrypt.go, crypt.go);
//     a password is ErrEncrypted, other security handlers (certificates)
//     ErrUnsupportedEncryption.
//   - Only upright text is read: rotated and vertical text (a sideways
//     sidebar label, Identity-V fonts) is left out. Page /Rotate is applied.
//   - Bold that a producer fakes inside glyph outlines (Chromium's synthetic
//     bold of a CJK font that has no bold face) cannot be seen; fake bold by
//     fill+stroke (render mode 2) or by overprinting is.
//   - Fonts without /ToUnicode whose codes are glyph IDs (Identity-H fonts
//     whose CIDs belong to no Adobe CJK collection, Type 3 names like
//     /g6CAA) cannot be decoded; their glyphs are skipped and, if nothing
//     else is left, Parse returns ErrNoText saying how many. CID fonts of
//     Adobe-GB1, -CNS1, -Japan1, -Korea1 and -KR (XeLaTeX's Fandol fonts)
//     decode through Adobe's tables (cid.go).
//   - Superscripts placed by moving the baseline (not by text rise) become
//     a line of their own.
//   - A broken cross-reference table is rebuilt by scanning for objects,
//     which cannot find objects inside object streams.
//   - Hangs the library can still run into from crafted input, not guarded
//     from outside: an object stream filtered otherwise than by Flate that
//     ends inside a hex string; the guard (checkObjStms) decodes Flate
//     object streams only (encrypted ones after decryption).
package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/resumex/resumex/doc"
)

// DefaultMaxPages is the page limit when Options.MaxPages is 0.
const DefaultMaxPages = 50

// Errors Parse returns (wrapped: test with errors.Is).
var (
	ErrNoText                = errors.New("no text layer (scanned image?)")
	ErrEncrypted             = errors.New("encrypted PDF: password required")
	ErrUnsupportedEncryption = errors.New("unsupported PDF encryption")
	ErrMalformed             = errors.New("malformed PDF")
)

// Options tune Parse. The zero value is ready to use.
type Options struct {
	MaxPages int // 0: DefaultMaxPages; a document with more pages is refused
}

// Parse reads a PDF's text layer into a document: lines in reading order
// with layout hints. It never panics: a malformed file is an error that
// wraps ErrMalformed. What it left out to keep within its budgets
// (safety.go) is in the document's Warnings.
func Parse(data []byte, opt Options) (d *doc.Document, err error) {
	return ParseContext(context.Background(), data, opt)
}

// ParseContext is Parse that gives up, with ctx's error, when ctx is done.
func ParseContext(ctx context.Context, data []byte, opt Options) (d *doc.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("%w: %s", ErrMalformed, panicText(r))
		}
	}()
	max := opt.MaxPages
	if max <= 0 {
		max = DefaultMaxPages
	}
	if !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")) {
		return nil, fmt.Errorf("%w: no %%PDF header", ErrMalformed)
	}
	if i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-")); i > 0 {
		data = data[i:] // junk before the header
	}
	data = fixup(data)
	data, err = decrypt(data)
	if err != nil {
		return nil, err
	}
	if objectCount(data) > maxObjects {
		return nil, doc.Limit(0, "objects", maxObjects)
	}
	lim := newLimits(ctx)
	data, lim.unpacked = unpackObjStms(data)
	pages, err := readPages(lim, data, max)
	if err != nil {
		var bad *badFile
		if !errors.As(err, &bad) {
			return nil, err
		}
		fixed := repair(data)
		if fixed == nil {
			return nil, err
		}
		lim = newLimits(ctx)
		pages2, err2 := readPages(lim, fixed, max)
		if err2 != nil {
			return nil, err
		}
		pages = pages2
	}
	if d, err = layout(pages); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d.Warnings = lim.report()
	return d, nil
}

// badFile marks errors that a rebuilt cross-reference table may cure.
type badFile struct{ msg string }

func (e *badFile) Error() string { return ErrMalformed.Error() + ": " + e.msg }
func (e *badFile) Unwrap() error { return ErrMalformed }

func malformed(msg string) error {
	// %%EOF is the name of PDF's end-of-file marker, not a stray printf
	// escape: say what its absence means
	msg = strings.ReplaceAll(oneLine(msg), "not a PDF file: missing %%EOF", "no end-of-file marker (%%EOF): the file is cut short or damaged")
	for _, p := range []string{"malformed PDF file: ", "malformed PDF: ", "malformed PDF file", "malformed PDF"} {
		msg = strings.TrimPrefix(msg, p)
	}
	if msg == "" {
		msg = "unreadable"
	}
	return &badFile{msg}
}

// parser holds what one Parse shares across pages.
type parser struct {
	lim     *limits // budgets spent, caches (safety.go)
	bg      budget
	fonts   map[string]*font
	unknown int // glyphs without a Unicode mapping
	ops     int // content operators interpreted so far
	rotated int // glyphs left out because they are not upright
}

// pageData is what a page yields before layout.
type pageData struct {
	num    int
	box    rect
	glyphs []glyph
	links  []link
	shapes []rect // small filled paths: maybe list bullets
	rules  []rect // thin long paths, stroked or filled: a table's borders, underlines
	icons  []icon // icon-font glyphs, which are no text: maybe list bullets
	err    error  // the first problem met on the page
}

func (pd *pageData) note(err error) {
	if pd.err == nil && err != nil {
		pd.err = err
	}
}

type pageInfo struct {
	v      lpdf.Value
	res    lpdf.Value
	box    rect
	rotate int // /Rotate: 0, 90, 180 or 270
}

// view returns the matrix from user space to the page as displayed (with
// its /Rotate applied, origin at the bottom left) and the displayed box.
func (pg pageInfo) view() (matrix, rect) {
	b := pg.box
	w, h := b.x1-b.x0, b.y1-b.y0
	m := translate(-b.x0, -b.y0)
	switch pg.rotate {
	case 90:
		return m.mul(matrix{0, -1, 1, 0, 0, w}), rect{0, 0, h, w}
	case 180:
		return m.mul(matrix{-1, 0, 0, -1, w, h}), rect{0, 0, w, h}
	case 270:
		return m.mul(matrix{0, 1, -1, 0, h, 0}), rect{0, 0, h, w}
	}
	return m, rect{0, 0, w, h}
}

// readPages opens the file and reads every page's glyphs, within the
// budgets of lim.
func readPages(lim *limits, data []byte, max int) (pds []*pageData, err error) {
	defer func() {
		if r := recover(); r != nil {
			pds, err = nil, malformed(panicText(r))
		}
	}()
	if err := lim.precheck(data); err != nil {
		return nil, fmt.Errorf("%w: %s", ErrMalformed, oneLine(err.Error()))
	}
	r, err := lpdf.NewReaderEncrypted(bytes.NewReader(data), int64(len(data)), func() string { return "" })
	if err != nil {
		switch {
		case errors.Is(err, lpdf.ErrInvalidPassword):
			return nil, ErrEncrypted
		case strings.Contains(err.Error(), "encryption") || strings.Contains(err.Error(), "O= or U=") || strings.Contains(err.Error(), "RC4 key"):
			msg := err.Error()
			for _, p := range []string{"unsupported PDF: ", "malformed PDF: "} {
				msg = strings.TrimPrefix(msg, p)
			}
			return nil, fmt.Errorf("%w: %s", ErrUnsupportedEncryption, oneLine(msg))
		}
		return nil, malformed(err.Error())
	}
	pages, total, err := collectPages(r, max)
	if err != nil {
		return nil, err
	}
	if total > max {
		return nil, fmt.Errorf("too many pages (%d > %d)", total, max)
	}
	p := &parser{lim: lim, bg: budget{maxDocBytes}, fonts: map[string]*font{}}
	text := false
	var firstErr error
	for i, pg := range pages {
		if err := lim.ctx.Err(); err != nil {
			return nil, err
		}
		pd := p.readPage(pg, i+1)
		pds = append(pds, pd)
		for _, g := range pd.glyphs {
			if !g.space {
				text = true
				break
			}
		}
		if firstErr == nil && pd.err != nil {
			firstErr = pd.err
		}
	}
	if !text {
		if firstErr != nil {
			return nil, malformed(firstErr.Error())
		}
		if p.unknown > 0 {
			return nil, fmt.Errorf("%w: %d glyphs have no Unicode mapping", ErrNoText, p.unknown)
		}
		return nil, ErrNoText
	}
	return pds, nil
}

// collectPages walks the page tree itself (the library's Page and
// Resources loop forever on a cyclic tree), carrying the inherited
// /Resources, /MediaBox and /CropBox down.
func collectPages(r *lpdf.Reader, max int) (pages []pageInfo, total int, err error) {
	root := r.Trailer().Key("Root").Key("Pages")
	if root.Kind() != lpdf.Dict {
		return nil, 0, malformed("no page tree")
	}
	nodes := 0
	var walk func(n lpdf.Value, res, media, crop lpdf.Value, rot int64, depth int)
	walk = func(n lpdf.Value, res, media, crop lpdf.Value, rot int64, depth int) {
		if nodes++; nodes > 20000 || depth > 64 || len(pages) > max || n.Kind() != lpdf.Dict {
			return
		}
		if v := n.Key("Rotate"); v.Kind() == lpdf.Integer {
			rot = v.Int64()
		}
		if v := n.Key("Resources"); v.Kind() == lpdf.Dict {
			res = v
		}
		if v := n.Key("MediaBox"); v.Len() == 4 {
			media = v
		}
		if v := n.Key("CropBox"); v.Len() == 4 {
			crop = v
		}
		kids := n.Key("Kids")
		if t := n.Key("Type").Name(); t == "Pages" || t != "Page" && kids.Kind() == lpdf.Array {
			for i, k := 0, kids.Len(); i < k; i++ {
				walk(kids.Index(i), res, media, crop, rot, depth+1)
			}
			return
		}
		box := rect{0, 0, 612, 792}
		if media.Len() == 4 {
			box = boxOf(media)
		}
		if crop.Len() == 4 {
			c := boxOf(crop)
			box = rect{maxf(box.x0, c.x0), maxf(box.y0, c.y0), minf(box.x1, c.x1), minf(box.y1, c.y1)}
		}
		if box.x1-box.x0 < 10 || box.y1-box.y0 < 10 {
			box = rect{0, 0, 612, 792}
		}
		pages = append(pages, pageInfo{v: n, res: res, box: box, rotate: int((rot%360 + 360) % 360 / 90 * 90)})
	}
	walk(root, lpdf.Value{}, lpdf.Value{}, lpdf.Value{}, 0, 0)
	total = len(pages)
	if total > max {
		if c := int(root.Key("Count").Int64()); c > total {
			total = c
		}
	}
	if total == 0 {
		return nil, 0, malformed("no pages")
	}
	return pages, total, nil
}

// readPage interprets one page. A malformed page keeps what was read
// before the problem.
func (p *parser) readPage(pg pageInfo, num int) (pd *pageData) {
	view, box := pg.view()
	pd = &pageData{num: num, box: box}
	defer func() {
		if r := recover(); r != nil {
			pd.note(fmt.Errorf("page %d: %s", num, panicText(r)))
		}
	}()
	if !p.lim.startPage(p, num) {
		return pd // the document's budgets are spent
	}
	pr := &pageRun{p: p, pd: pd}
	gs := gstate{ctm: view, th: 1}
	pr.run(p.pageContent(pg.v, pd), pg.res, gs, 0)
	for i := len(pr.spans) - 1; i >= 0; i-- { // unclosed marked content
		pr.endSpan(pr.spans[i], gs)
	}
	p.ops += pr.ops
	pd.links = p.readLinks(pg.v, view)
	return pd
}

var objHeader = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)(?:^|[\r\n\s])(\d{1,7})[ \t\r\n]+(\d{1,5})[ \t\r\n]+obj\b`)
})

// repair rebuilds the cross-reference table of a file whose own is broken
// or missing (a truncated download, bad offsets): it scans for "N G obj"
// headers, finds the catalog and appends a fresh xref and trailer. It
// returns nil when it finds no catalog. Objects inside object streams are
// not found this way, so a file whose catalog is compressed stays broken.
func repair(data []byte) []byte {
	offs := map[int]int{}
	gens := map[int]int{}
	maxID := 0
	for _, m := range objHeader().FindAllSubmatchIndex(data, maxXrefEntries) {
		id, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		gen, _ := strconv.Atoi(string(data[m[4]:m[5]]))
		if id <= 0 || id >= 1_000_000 || gen > 65535 {
			continue
		}
		offs[id] = m[2]
		gens[id] = gen
		if id > maxID {
			maxID = id
		}
	}
	if len(offs) == 0 {
		return nil
	}
	ref := regexp.MustCompile(`/Root\s+(\d+)\s+(\d+)\s+R`)
	root := ""
	if all := ref.FindAllSubmatch(data, -1); len(all) > 0 {
		m := all[len(all)-1]
		if id, _ := strconv.Atoi(string(m[1])); offs[id] > 0 {
			root = string(m[1]) + " " + string(m[2]) + " R"
		}
	}
	if root == "" {
		cat := regexp.MustCompile(`/Type\s*/Catalog\b`)
		for id, off := range offs {
			end := off + 4096
			if end > len(data) {
				end = len(data)
			}
			chunk := data[off:end]
			if e := bytes.Index(chunk, []byte("endobj")); e >= 0 {
				chunk = chunk[:e]
			}
			if cat.Match(chunk) {
				root = fmt.Sprintf("%d %d R", id, gens[id])
				break
			}
		}
	}
	if root == "" {
		return nil
	}
	// the encryption dictionary and file ID come along (the last ones: an
	// incremental update's trailer comes after the original's)
	var extra string
	if e := bytes.LastIndex(data, []byte("/Encrypt")); e >= 0 {
		m := regexp.MustCompile(`^/Encrypt\s+\d+\s+\d+\s+R`).Find(data[e:])
		if m == nil {
			return nil // a direct dictionary this does not carry over
		}
		extra += " " + string(m)
		if all := regexp.MustCompile(`/ID\s*\[[^\]]*\]`).FindAll(data, -1); len(all) > 0 {
			extra += " " + string(all[len(all)-1])
		}
	}
	var b bytes.Buffer
	b.Write(data)
	b.WriteString("\n")
	start := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", maxID+1)
	for id := 1; id <= maxID; id++ {
		if off, ok := offs[id]; ok {
			fmt.Fprintf(&b, "%010d %05d n \n", off, gens[id])
		} else {
			b.WriteString("0000000000 65535 f \n")
		}
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d /Root %s%s>>\nstartxref\n%d\n%%%%EOF\n", maxID+1, root, extra, start)
	return b.Bytes()
}

func minf(a, b float64) float64 {
	if a < b {
		return a
	}
	return b
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}
