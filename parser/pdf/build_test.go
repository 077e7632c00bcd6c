package pdf

import (
	"bytes"
	"crypto/md5"
	"crypto/rc4"
	"fmt"
	"sort"
	"strings"
)

// A small PDF writer for tests: objects, a cross-reference table with
// correct offsets and a trailer.

type pdfFile struct {
	objs []string // bodies; object i+1
	raw  map[int][]byte
	// encryption (RC4, revision 3, 128-bit) when key != nil
	key []byte
	enc string // the /Encrypt dictionary
	id  string
}

func (f *pdfFile) reserve() int {
	f.objs = append(f.objs, "")
	return len(f.objs)
}

func (f *pdfFile) set(id int, body string) { f.objs[id-1] = body }

func (f *pdfFile) add(body string) int {
	id := f.reserve()
	f.set(id, body)
	return id
}

// stream adds a stream object; dict is the dictionary's inside.
func (f *pdfFile) stream(dict string, data []byte) int {
	id := f.reserve()
	if f.raw == nil {
		f.raw = map[int][]byte{}
	}
	f.raw[id] = data
	f.objs[id-1] = dict
	return id
}

// bytes writes the file with the given catalog.
func (f *pdfFile) bytes(root int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(f.objs))
	for i, body := range f.objs {
		id := i + 1
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", id)
		if data, ok := f.raw[id]; ok {
			if f.key != nil {
				data = rc4Crypt(f.objKey(id), data)
			}
			fmt.Fprintf(&b, "<<%s /Length %d>>\nstream\n", body, len(data))
			b.Write(data)
			b.WriteString("\nendstream\n")
		} else {
			b.WriteString(body)
			b.WriteString("\n")
		}
		b.WriteString("endobj\n")
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(f.objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	extra := ""
	if f.enc != "" {
		extra = " /Encrypt " + f.enc + " /ID [<" + fmt.Sprintf("%x", f.id) + "> <" + fmt.Sprintf("%x", f.id) + ">]"
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d /Root %d 0 R%s>>\nstartxref\n%d\n%%%%EOF\n", len(f.objs)+1, root, extra, xref)
	return b.Bytes()
}

var pad = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

func padded(pw string) []byte { return append([]byte(pw), pad...)[:32] }

func rc4Crypt(key, data []byte) []byte {
	c, _ := rc4.NewCipher(key)
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

// encrypt sets up the standard security handler, revision 3 (RC4 128-bit),
// per ISO 32000-1 algorithms 2, 3 and 5. Strings in object bodies are not
// encrypted by this writer: tests keep them out of encrypted files, or
// encrypt them with objKey themselves.
func (f *pdfFile) encrypt(user, owner string) {
	f.id = "0123456789abcdef"
	xor := func(key []byte, i int) []byte {
		k := append([]byte(nil), key...)
		for j := range k {
			k[j] ^= byte(i)
		}
		return k
	}
	o := md5.Sum(padded(owner))
	for i := 0; i < 50; i++ {
		o = md5.Sum(o[:])
	}
	O := rc4Crypt(o[:], padded(user))
	for i := 1; i <= 19; i++ {
		O = rc4Crypt(xor(o[:], i), O)
	}
	P := int32(-4)
	h := md5.New()
	h.Write(padded(user))
	h.Write(O)
	h.Write([]byte{byte(P), byte(P >> 8), byte(P >> 16), byte(P >> 24)})
	h.Write([]byte(f.id))
	k := h.Sum(nil)
	for i := 0; i < 50; i++ {
		s := md5.Sum(k)
		k = s[:]
	}
	f.key = k
	u := md5.Sum(append(append([]byte(nil), pad...), f.id...))
	U := rc4Crypt(f.key, u[:])
	for i := 1; i <= 19; i++ {
		U = rc4Crypt(xor(f.key, i), U)
	}
	U = append(U, make([]byte, 16)...)
	f.enc = fmt.Sprintf("<</Filter /Standard /V 2 /R 3 /Length 128 /P %d /O <%x> /U <%x>>>", P, O, U)
}

func (f *pdfFile) objKey(id int) []byte {
	h := md5.New()
	h.Write(f.key)
	h.Write([]byte{byte(id), byte(id >> 8), byte(id >> 16), 0, 0})
	return h.Sum(nil)
}

// Test fonts.
const (
	fontHelv     = "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>"
	fontHelvBold = "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding>>"
)

// addType3CJK adds a Chromium-like Type 3 font: /Differences name glyph
// IDs (/g1 /g2 …) and only /ToUnicode tells the characters.
func (f *pdfFile) addType3CJK(chars string) int {
	rs := []rune(chars)
	var diffs, procs, bf strings.Builder
	proc := f.stream("", []byte("1000 0 0 0 1000 1000 d1 0 0 1000 1000 re f"))
	for i, r := range rs {
		fmt.Fprintf(&diffs, " /g%X", i+1)
		fmt.Fprintf(&procs, " /g%X %d 0 R", i+1, proc)
		fmt.Fprintf(&bf, "<%02X> <%04X>\n", i+1, r)
	}
	cm := fmt.Sprintf("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n%d beginbfchar\n%sendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n", len(rs), bf.String())
	tu := f.stream("", []byte(cm))
	widths := strings.Repeat(" 1000", len(rs))
	return f.add(fmt.Sprintf("<</Type /Font /Subtype /Type3 /FontMatrix [0.001 0 0 0.001 0 0] /FontBBox [0 0 1000 1000] /FirstChar 1 /LastChar %d /Widths [%s] /Encoding <</Type /Encoding /Differences [1%s]>> /CharProcs <<%s>> /ToUnicode %d 0 R /Resources <<>>>>", len(rs), widths, diffs.String(), procs.String(), tu))
}

// addType0 adds an Identity-H font whose /ToUnicode uses bfrange (string
// and array forms) and a UTF-16 surrogate pair: codes 1-26 are A-Z,
// 27-29 are "é", "ß", "𝒳" (U+1D4B3), 30 is a space.
func (f *pdfFile) addType0() int {
	cm := "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
		"2 beginbfrange\n<0001> <001A> <0041>\n<001B> <001D> [<00E9> <00DF> <D835DCB3>]\nendbfrange\n" +
		"1 beginbfchar\n<001E> <0020>\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
	tu := f.stream("", []byte(cm))
	cid := f.add("<</Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+NotoSans-Bold /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /DW 600 /W [30 [250]] /FontDescriptor <</Type /FontDescriptor /FontName /ABCDEF+NotoSans-Bold /Flags 32 /FontWeight 700>>>>")
	return f.add(fmt.Sprintf("<</Type /Font /Subtype /Type0 /BaseFont /ABCDEF+NotoSans-Bold /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>", cid, tu))
}

// page describes one page for build.
type page struct {
	content string
	fonts   map[string]int // resource name → font object
	xobj    map[string]int
	annots  string
	extra   string // more page dictionary entries
}

// build makes a PDF of pages; the default fonts F1 (Helvetica) and F2
// (Helvetica-Bold) are always there.
func build(f *pdfFile, pages []page) []byte {
	if f == nil {
		f = &pdfFile{}
	}
	helv := f.add(fontHelv)
	bold := f.add(fontHelvBold)
	pagesID := f.reserve()
	var kids []string
	for _, p := range pages {
		fonts := fmt.Sprintf("/F1 %d 0 R /F2 %d 0 R", helv, bold)
		names := make([]string, 0, len(p.fonts))
		for n := range p.fonts {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fonts += fmt.Sprintf(" /%s %d 0 R", n, p.fonts[n])
		}
		xo := ""
		for n, id := range p.xobj {
			xo += fmt.Sprintf(" /%s %d 0 R", n, id)
		}
		content := f.stream("", []byte(p.content))
		pg := f.add(fmt.Sprintf("<</Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources <</Font <<%s>> /XObject <<%s>>>> /Contents %d 0 R%s%s>>", pagesID, fonts, xo, content, p.annots, p.extra))
		kids = append(kids, fmt.Sprintf("%d 0 R", pg))
	}
	f.set(pagesID, fmt.Sprintf("<</Type /Pages /Kids [%s] /Count %d>>", strings.Join(kids, " "), len(kids)))
	root := f.add(fmt.Sprintf("<</Type /Catalog /Pages %d 0 R>>", pagesID))
	return f.bytes(root)
}

// Content helpers. Coordinates are PDF points, y up.

// tx shows s (a PDF string literal body) with font fn at size sz.
func tx(fn string, sz, x, y float64, s string) string {
	return fmt.Sprintf("BT /%s %g Tf 1 0 0 1 %g %g Tm (%s) Tj ET\n", fn, sz, x, y, esc(s))
}

// hx shows a hex string.
func hx(fn string, sz, x, y float64, hex string) string {
	return fmt.Sprintf("BT /%s %g Tf 1 0 0 1 %g %g Tm <%s> Tj ET\n", fn, sz, x, y, hex)
}

func esc(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`)
	return r.Replace(s)
}

// helvWidth is the width of s in Helvetica at size sz.
func helvWidth(s string, sz float64, bold bool) float64 {
	name := "Helvetica"
	if bold {
		name = "Helvetica-Bold"
	}
	w := 0.0
	for _, r := range s {
		w += standardWidth(name, string(r))
	}
	return w / 1000 * sz
}

// glyphByGlyph shows s one character at a time, each placed by its own Tm
// (as some producers write every glyph), with extra letter spacing.
func glyphByGlyph(fn string, sz, x, y float64, s string, spacing float64) string {
	var b strings.Builder
	b.WriteString("BT\n")
	fmt.Fprintf(&b, "/%s %g Tf\n", fn, sz)
	for _, r := range s {
		if r != ' ' {
			fmt.Fprintf(&b, "1 0 0 1 %.3f %g Tm (%s) Tj\n", x, y, esc(string(r)))
		}
		x += helvWidth(string(r), sz, fn == "F2") + spacing
	}
	b.WriteString("ET\n")
	return b.String()
}
