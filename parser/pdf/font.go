package pdf

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Decoding follows the PDF spec's order of precedence (ISO 32000-1, 9.10.2):
//  1. the font's /ToUnicode CMap;
//  2. for simple fonts (Type1, TrueType, Type3): the /Encoding — a base
//     encoding plus /Differences, whose glyph names go through the Adobe
//     Glyph List; names that are glyph IDs ("g6CAA") decode to nothing;
//  3. for Type0 fonts with a predefined Unicode CMap (UniGB-UCS2-H,
//     UniJIS-UTF16-H, …): the codes are UTF-16; with a legacy CJK CMap
//     (GBK-EUC-H, 90ms-RKSJ-H, B5pc-H, KSC-EUC-H): that legacy encoding;
//  4. for Type0 fonts whose CIDs belong to one of Adobe's CJK character
//     collections (Adobe-GB1, -CNS1, -Japan1, -Korea1, -KR), by the
//     descendant's /CIDSystemInfo or, where that says Identity, by the ROS
//     of the embedded CID-keyed CFF font: code → CID (Identity: the code
//     is the CID; an embedded encoding CMap maps it) → Unicode by Adobe's
//     table of that collection (XeLaTeX's Fandol fonts have no /ToUnicode);
//  5. otherwise (Identity-H glyph IDs without /ToUnicode): unknown,
//     skipped and counted.

type fontKind int

const (
	simpleFont fontKind = iota
	type3Font
	type0Font
)

// codec says how a Type0 font's codes read without /ToUnicode.
type codec int

const (
	codecIdentity codec = iota // CIDs: unknown text
	codecUCS2                  // UCS-2 codes, 2 bytes
	codecUTF16                 // UTF-16 codes, 2 or 4 bytes
	codecLegacy                // a legacy CJK multi-byte encoding
	codecCMap                  // an embedded encoding CMap
	codecUnknown               // no or an unknown /Encoding: CIDs, code length from /ToUnicode
)

type font struct {
	kind     fontKind
	name     string
	bold     bool
	italic   bool
	toUni    *cmap
	enc      *baseEncoding // simple fonts: code → text
	codec    codec
	legacy   encoding.Encoding
	lead2    func(b byte) bool // legacy: does b start a 2-byte code
	encCMap  *cmap             // codecCMap: codespace and CIDs
	widths   [256]float64      // simple fonts, glyph units
	hasW     [256]bool
	missingW float64
	std      string // standard-14 font name, for widths without /Widths
	cidW     map[uint32]float64
	cidWR    []cidWidthRange
	dw       float64
	scale    float64 // glyph units → text space units
	memo     map[uint64]string
	spaceW   float64 // spaceWidth: 0 not yet known, -1 none
	icon     bool    // an icon font (icons.go): its glyphs are no text
	// Type0 fonts: the character collection of the CIDs, found on first
	// need (findColl) when /ToUnicode does not tell a code's text
	coll     *cidCollection
	collDone bool
	findColl func() *cidCollection
}

type cidWidthRange struct {
	lo, hi uint32
	w      float64
}

// loadFont reads a font dictionary.
func (p *parser) loadFont(fd lpdf.Value) *font {
	f := &font{scale: 0.001, dw: 1000, memo: map[uint64]string{}}
	sub := fd.Key("Subtype").Name()
	f.name = stripSubset(fd.Key("BaseFont").Name())
	desc := fd.Key("FontDescriptor")
	switch sub {
	case "Type0":
		f.kind = type0Font
		cid := fd.Key("DescendantFonts").Index(0)
		if d := cid.Key("FontDescriptor"); d.Kind() == lpdf.Dict {
			desc = d
		}
		if f.name == "" {
			f.name = stripSubset(cid.Key("BaseFont").Name())
		}
		f.readCIDWidths(cid)
		f.findColl = p.collectionOf(cid, desc)
		enc := fd.Key("Encoding")
		f.codec = codecUnknown
		switch enc.Kind() {
		case lpdf.Name:
			f.setPredefined(enc.Name())
		case lpdf.Stream:
			if m := p.parseCMap(enc); m != nil {
				f.codec, f.encCMap = codecCMap, m
			}
		}
	case "Type3":
		f.kind = type3Font
		if fm := fd.Key("FontMatrix"); fm.Len() == 6 {
			if s := math.Abs(fm.Index(0).Float64()); s > 0 && s < 10 {
				f.scale = s
			}
		}
		if f.name == "" {
			f.name = stripSubset(desc.Key("FontName").Name())
		}
		f.readSimple(fd, desc)
	default:
		f.readSimple(fd, desc)
	}
	if tu := fd.Key("ToUnicode"); tu.Kind() == lpdf.Stream {
		f.toUni = p.parseCMap(tu)
	}
	f.bold = isBold(f.name) || isBold(stripSubset(desc.Key("FontName").Name())) ||
		desc.Key("FontWeight").Float64() >= 600 || desc.Key("Flags").Int64()&(1<<18) != 0
	f.italic = isItalic(f.name) || isItalic(stripSubset(desc.Key("FontName").Name())) ||
		desc.Key("Flags").Int64()&(1<<6) != 0 || desc.Key("ItalicAngle").Float64() != 0
	f.icon = isIconFont(f.name)
	return f
}

func stripSubset(name string) string {
	if i := strings.IndexByte(name, '+'); i == 6 {
		return name[i+1:]
	}
	return name
}

// isItalic reports whether a font name says the font is italic or
// slanted (TeX's cmti and cmsl faces too).
func isItalic(name string) bool {
	n := strings.ToLower(stripSubset(name))
	return strings.Contains(n, "italic") || strings.Contains(n, "oblique") || strings.HasPrefix(n, "cmti") || strings.HasPrefix(n, "cmsl") || strings.HasPrefix(n, "lmroman10-italic")
}

// isBold reports whether a font name says the font is bold.
func isBold(name string) bool {
	n := strings.ToLower(name)
	for _, w := range []string{"bold", "black", "heavy", "semibold", "demi", "ultra"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

func (f *font) setPredefined(name string) {
	switch {
	case strings.HasPrefix(name, "Identity"):
		f.codec = codecIdentity
	case strings.Contains(name, "UCS2"):
		f.codec = codecUCS2
	case strings.Contains(name, "UTF16"):
		f.codec = codecUTF16
	case strings.HasPrefix(name, "GBK2K"):
		f.codec, f.legacy, f.lead2 = codecLegacy, simplifiedchinese.GB18030, above(0x80)
	case strings.HasPrefix(name, "GB"):
		f.codec, f.legacy, f.lead2 = codecLegacy, simplifiedchinese.GBK, above(0x80)
	case strings.Contains(name, "B5") || strings.HasPrefix(name, "CNS"):
		f.codec, f.legacy, f.lead2 = codecLegacy, traditionalchinese.Big5, above(0x80)
	case strings.Contains(name, "RKSJ"):
		f.codec, f.legacy = codecLegacy, japanese.ShiftJIS
		f.lead2 = func(b byte) bool { return b >= 0x81 && b <= 0x9f || b >= 0xe0 && b <= 0xfc }
	case name == "EUC-H" || name == "EUC-V":
		f.codec, f.legacy, f.lead2 = codecLegacy, japanese.EUCJP, above(0x8d)
	case strings.HasPrefix(name, "KSC"):
		f.codec, f.legacy, f.lead2 = codecLegacy, korean.EUCKR, above(0x80)
	default:
		f.codec = codecUnknown
	}
}

func above(min byte) func(byte) bool { return func(b byte) bool { return b > min } }

// readSimple reads the encoding and widths of a simple font.
func (f *font) readSimple(fd, desc lpdf.Value) {
	var base *baseEncoding
	var diffs lpdf.Value
	enc := fd.Key("Encoding")
	switch enc.Kind() {
	case lpdf.Name:
		base = namedEncoding(enc.Name())
	case lpdf.Dict:
		base = namedEncoding(enc.Key("BaseEncoding").Name())
		diffs = enc.Key("Differences")
	}
	lname := strings.ToLower(f.name)
	if base == nil && f.kind != type3Font {
		switch {
		case strings.Contains(lname, "symbol"):
			base = symbol
		case strings.Contains(lname, "dingbat") || strings.Contains(lname, "wingding"):
			base = dingbats
		case fd.Key("Subtype").Name() == "TrueType":
			base = winAnsi
		default:
			base = standard
		}
	}
	var e baseEncoding
	if base != nil {
		e = *base
	}
	code := 0
	for i, n := 0, diffs.Len(); i < n && i < 4096; i++ {
		v := diffs.Index(i)
		switch v.Kind() {
		case lpdf.Integer:
			code = int(v.Int64())
		case lpdf.Name:
			if code >= 0 && code < 256 {
				e[code] = glyphText(v.Name())
			}
			code++
		}
	}
	f.enc = &e
	first := int(fd.Key("FirstChar").Int64())
	w := fd.Key("Widths")
	for i, n := 0, w.Len(); i < n && first+i < 256; i++ {
		if c := first + i; c >= 0 {
			f.widths[c] = w.Index(i).Float64()
			f.hasW[c] = true
		}
	}
	f.missingW = desc.Key("MissingWidth").Float64()
	if w.Len() == 0 {
		f.std = f.name
	}
}

func namedEncoding(name string) *baseEncoding {
	switch name {
	case "WinAnsiEncoding":
		return winAnsi
	case "MacRomanEncoding":
		return macRoman
	case "StandardEncoding":
		return standard
	}
	return nil
}

// readCIDWidths reads /W and /DW of a CIDFont.
func (f *font) readCIDWidths(cid lpdf.Value) {
	if dw := cid.Key("DW"); dw.Kind() == lpdf.Integer || dw.Kind() == lpdf.Real {
		f.dw = dw.Float64()
	}
	f.cidW = map[uint32]float64{}
	w := cid.Key("W")
	n := w.Len()
	if n > 200_000 {
		n = 200_000
	}
	for i := 0; i < n; {
		c := w.Index(i)
		if c.Kind() != lpdf.Integer {
			i++
			continue
		}
		next := w.Index(i + 1)
		switch next.Kind() {
		case lpdf.Array:
			start := uint32(c.Int64())
			for k, m := 0, next.Len(); k < m && k < 65536; k++ {
				f.cidW[start+uint32(k)] = next.Index(k).Float64()
			}
			i += 2
		case lpdf.Integer, lpdf.Real:
			if i+2 < n {
				f.cidWR = append(f.cidWR, cidWidthRange{uint32(c.Int64()), uint32(next.Int64()), w.Index(i + 2).Float64()})
			}
			i += 3
		default:
			i++
		}
	}
}

// nextCode splits the first character code off a shown string.
func (f *font) nextCode(s []byte) (code uint32, n int) {
	if f.kind != type0Font {
		return uint32(s[0]), 1
	}
	switch f.codec {
	case codecCMap:
		if n = f.encCMap.codeLen(s); n > 0 {
			return bytesCode(s[:n]), n
		}
	case codecUnknown:
		if f.toUni != nil && f.toUni.hasSpace() {
			if n = f.toUni.codeLen(s); n > 0 {
				return bytesCode(s[:n]), n
			}
		}
	case codecUTF16:
		if len(s) >= 4 && s[0] >= 0xd8 && s[0] < 0xdc {
			return bytesCode(s[:4]), 4
		}
	case codecLegacy:
		if f.lead2(s[0]) && len(s) >= 2 {
			return bytesCode(s[:2]), 2
		}
		return uint32(s[0]), 1
	}
	if len(s) < 2 {
		return uint32(s[0]), 1
	}
	return bytesCode(s[:2]), 2
}

func bytesCode(b []byte) uint32 {
	var c uint32
	for _, x := range b {
		c = c<<8 | uint32(x)
	}
	return c
}

// decode returns the text of one character code, "" when unknown.
func (f *font) decode(code uint32, raw []byte) string {
	key := uint64(code) | uint64(len(raw))<<32
	if s, ok := f.memo[key]; ok {
		return s
	}
	s := f.decode1(code, raw)
	if f.icon {
		s = iconText(s)
	}
	f.memo[key] = s
	return s
}

func (f *font) decode1(code uint32, raw []byte) string {
	if f.toUni != nil {
		if s, ok := f.toUni.lookup(code); ok {
			if s = cleanText(s); s != "" {
				return s
			}
		}
	}
	if f.kind != type0Font {
		if code < 256 {
			return cleanText(f.enc[code])
		}
		return ""
	}
	switch f.codec {
	case codecUCS2, codecUTF16:
		return cleanText(utf16Text(raw))
	case codecLegacy:
		if len(raw) == 1 && raw[0] < 0x80 {
			return cleanText(string(rune(raw[0])))
		}
		out, err := f.legacy.NewDecoder().Bytes(raw)
		if err != nil {
			return ""
		}
		return cleanText(string(out))
	}
	if c := f.collection(); c != nil {
		cid, ok := code, true
		switch f.codec {
		case codecCMap:
			cid, ok = f.encCMap.cid(code)
		case codecUnknown:
			ok = len(raw) == 2
		}
		if ok {
			return cleanText(c.text(cid))
		}
	}
	return ""
}

// collection returns the character collection of a Type0 font's CIDs,
// nil when it is not known.
func (f *font) collection() *cidCollection {
	if !f.collDone {
		f.collDone = true
		if f.findColl != nil {
			f.coll = f.findColl()
		}
	}
	return f.coll
}

// collectionOf returns a function that finds the character collection of
// a CIDFont: its /CIDSystemInfo's, or when that is Identity (or
// missing), the ROS of its embedded CFF font program (/FontFile3).
func (p *parser) collectionOf(cid, desc lpdf.Value) func() *cidCollection {
	return func() *cidCollection {
		si := cid.Key("CIDSystemInfo")
		if c := collection(pdfString(si.Key("Registry")), pdfString(si.Key("Ordering"))); c != nil {
			return c
		}
		ff := desc.Key("FontFile3")
		if ff.Kind() != lpdf.Stream {
			return nil
		}
		data, err := p.bg.readStream(ff)
		if err != nil {
			return nil
		}
		if reg, ord, ok := cffROS(data); ok {
			return collection(reg, ord)
		}
		return nil
	}
}

// pdfString is a string's or a name's text.
func pdfString(v lpdf.Value) string {
	if v.Kind() == lpdf.Name {
		return v.Name()
	}
	return v.RawString()
}

var ligatures = [...]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}

// cleanText expands Latin ligatures, maps private-use bullets to real ones, white space to a space
// and drops what is no text (controls, other private-use code points,
// replacement characters).
func cleanText(s string) string {
	if s == "" {
		return ""
	}
	ok := true
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r >= 0xe000 && r <= 0xf8ff || r == utf8.RuneError || unicode.IsSpace(r) && r != ' ' && r != 0x3000 || r >= 0xfff0 && r <= 0xffff || r >= 0xfb00 && r <= 0xfb06 {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 0xfb00 && r <= 0xfb06:
			b.WriteString(ligatures[r-0xfb00])
		case r >= 0xe000 && r <= 0xf8ff:
			b.WriteString(puaBullets[r]) // "" for other private-use code points
		case r == 0x3000:
			b.WriteRune(r)
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r == utf8.RuneError || r >= 0xfff0 && r <= 0xffff:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// width returns a code's advance width in glyph units, 0 when unknown.
func (f *font) width(code uint32, text string) float64 {
	if f.kind != type0Font {
		if code < 256 && f.hasW[code] {
			return f.widths[code]
		}
		if f.std != "" {
			if w := standardWidth(f.std, text); w > 0 {
				return w
			}
		}
		return f.missingW
	}
	cid := code
	switch f.codec {
	case codecCMap:
		c, ok := f.encCMap.cid(code)
		if !ok {
			return f.dw
		}
		cid = c
	case codecUCS2, codecUTF16, codecLegacy:
		return f.dw
	}
	if w, ok := f.cidW[cid]; ok {
		return w
	}
	for _, r := range f.cidWR {
		if cid >= r.lo && cid <= r.hi {
			return r.w
		}
	}
	return f.dw
}

// hasCIDWidth reports whether /W gives the CID's width (not /DW).
func (f *font) hasCIDWidth(cid uint32) bool {
	if _, ok := f.cidW[cid]; ok {
		return true
	}
	for _, r := range f.cidWR {
		if cid >= r.lo && cid <= r.hi {
			return true
		}
	}
	return false
}

// utf16Text decodes big-endian UTF-16; an odd-length string is Latin-1.
func utf16Text(b []byte) string {
	if len(b)%2 == 1 {
		var s strings.Builder
		for _, c := range b {
			s.WriteRune(rune(c))
		}
		return s.String()
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return string(utf16.Decode(u))
}

// cmap is a parsed CMap: a /ToUnicode map or an embedded encoding CMap.
type cmap struct {
	space     [4][][2][]byte // codespace ranges by code length - 1
	chars     map[uint32]string
	ranges    []uniRange
	cids      map[uint32]uint32
	cidRanges []cidRange
	// index and cidIndex find the range of a code when there are many
	// (cmapindex.go)
	index, cidIndex *rangeIndex
}

type uniRange struct {
	lo, hi uint32
	base   []uint16 // destination of lo, incremented for the others
	arr    []string // or one destination each
}

type cidRange struct{ lo, hi, cid uint32 }

func (m *cmap) hasSpace() bool {
	for _, s := range m.space {
		if len(s) > 0 {
			return true
		}
	}
	return false
}

// codeLen returns the length of the code at the start of s by the
// codespace ranges, 0 when the CMap has none.
func (m *cmap) codeLen(s []byte) int {
	shortest := 0
	for l := 1; l <= 4; l++ {
		rs := m.space[l-1]
		if len(rs) == 0 {
			continue
		}
		if shortest == 0 {
			shortest = l
		}
		if len(s) < l {
			continue
		}
	Ranges:
		for _, r := range rs {
			for k := 0; k < l; k++ {
				if s[k] < r[0][k] || s[k] > r[1][k] {
					continue Ranges
				}
			}
			return l
		}
	}
	if shortest > len(s) {
		shortest = len(s)
	}
	return shortest
}

func (m *cmap) lookup(code uint32) (string, bool) {
	if s, ok := m.chars[code]; ok {
		return s, true
	}
	if i := m.findRange(code); i >= 0 {
		r := &m.ranges[i]
		off := code - r.lo
		if r.arr != nil {
			if int(off) < len(r.arr) {
				return r.arr[off], true
			}
			return "", false
		}
		u := append([]uint16(nil), r.base...)
		if len(u) == 0 {
			return "", false
		}
		if n := len(u); n >= 2 && utf16.IsSurrogate(rune(u[n-2])) {
			rr := utf16.DecodeRune(rune(u[n-2]), rune(u[n-1])) + rune(off)
			return string(utf16.Decode(u[:n-2])) + string(rr), true
		}
		last := rune(u[len(u)-1]) + rune(off)
		return string(utf16.Decode(u[:len(u)-1])) + string(last), true
	}
	return "", false
}

func (m *cmap) cid(code uint32) (uint32, bool) {
	if c, ok := m.cids[code]; ok {
		return c, true
	}
	if i := m.findCIDRange(code); i >= 0 {
		r := m.cidRanges[i]
		return r.cid + code - r.lo, true
	}
	return 0, false
}

// parseCMap reads a CMap stream with lpdf.Interpret. Whatever was read
// before a malformed part is kept.
func (p *parser) parseCMap(v lpdf.Value) *cmap {
	data, _, err := p.bg.readStreamCut(v, maxCMapBytes+1) // cmapData cuts it, and says so
	if err != nil || len(data) == 0 {
		return nil
	}
	strm, scratch, err := wrapStream(p.lim.cmapData(data))
	if err != nil {
		return nil
	}
	m := &cmap{chars: map[uint32]string{}, cids: map[uint32]uint32{}}
	func() {
		defer func() { _ = recover() }()
		mark, ops, dests := 0, 0, 0
		lpdf.Interpret(strm, func(stk *lpdf.Stack, op string) {
			if ops++; ops > maxOpsPerPage || m.entries()+dests > maxCMapEntries {
				panic(errOpLimit) // what was read is kept
			}
			switch op {
			case "findresource":
				stk.Pop()
				stk.Pop()
				stk.Push(scratch)
			case "defineresource":
				stk.Pop()
				d := stk.Pop()
				stk.Pop()
				stk.Push(d)
			case "begincodespacerange", "beginbfchar", "beginbfrange", "begincidrange", "begincidchar", "beginnotdefrange", "beginnotdefchar":
				stk.Pop()
				mark = stk.Len()
			case "endcodespacerange":
				a := popTo(stk, mark)
				for i := 0; i+1 < len(a); i += 2 {
					lo, hi := []byte(a[i].RawString()), []byte(a[i+1].RawString())
					if len(lo) >= 1 && len(lo) <= 4 && len(lo) == len(hi) {
						m.space[len(lo)-1] = append(m.space[len(lo)-1], [2][]byte{lo, hi})
					}
				}
			case "endbfchar":
				a := popTo(stk, mark)
				for i := 0; i+1 < len(a); i += 2 {
					src := a[i].RawString()
					if len(src) == 0 || len(src) > 4 {
						continue
					}
					m.chars[bytesCode([]byte(src))] = dstText(a[i+1])
				}
			case "endbfrange":
				a := popTo(stk, mark)
				for i := 0; i+2 < len(a); i += 3 {
					lo, hi := a[i].RawString(), a[i+1].RawString()
					if len(lo) == 0 || len(lo) > 4 || len(hi) == 0 || len(hi) > 4 {
						continue
					}
					r := uniRange{lo: bytesCode([]byte(lo)), hi: bytesCode([]byte(hi))}
					if r.hi < r.lo {
						continue
					}
					switch d := a[i+2]; d.Kind() {
					case lpdf.Array:
						for k, n := 0, d.Len(); k < n && k < 65536 && dests < maxCMapEntries; k++ {
							r.arr = append(r.arr, dstText(d.Index(k)))
							dests++
						}
					case lpdf.String:
						b := []byte(d.RawString())
						if len(b)%2 == 1 {
							b = append([]byte{0}, b...)
						}
						for k := 0; k+1 < len(b); k += 2 {
							r.base = append(r.base, uint16(b[k])<<8|uint16(b[k+1]))
						}
					default:
						continue
					}
					m.ranges = append(m.ranges, r)
				}
			case "endcidrange":
				a := popTo(stk, mark)
				for i := 0; i+2 < len(a); i += 3 {
					lo, hi := a[i].RawString(), a[i+1].RawString()
					if len(lo) == 0 || len(lo) > 4 || len(hi) == 0 || len(hi) > 4 {
						continue
					}
					m.cidRanges = append(m.cidRanges, cidRange{bytesCode([]byte(lo)), bytesCode([]byte(hi)), uint32(a[i+2].Int64())})
				}
			case "endcidchar":
				a := popTo(stk, mark)
				for i := 0; i+1 < len(a); i += 2 {
					if src := a[i].RawString(); len(src) > 0 && len(src) <= 4 {
						m.cids[bytesCode([]byte(src))] = uint32(a[i+1].Int64())
					}
				}
			case "endnotdefrange", "endnotdefchar":
				popTo(stk, mark)
			}
		})
	}()
	if len(m.chars) == 0 && len(m.ranges) == 0 && len(m.cids) == 0 && len(m.cidRanges) == 0 && !m.hasSpace() {
		return nil
	}
	return m
}

// popTo pops the stack down to mark and returns the values in push order.
func popTo(stk *lpdf.Stack, mark int) []lpdf.Value {
	n := stk.Len() - mark
	if n <= 0 {
		return nil
	}
	a := make([]lpdf.Value, n)
	for i := n - 1; i >= 0; i-- {
		a[i] = stk.Pop()
	}
	return a
}

// dstText decodes a bfchar/bfrange destination: a UTF-16 string or, in
// old files, a glyph name.
func dstText(v lpdf.Value) string {
	switch v.Kind() {
	case lpdf.String:
		return utf16Text([]byte(v.RawString()))
	case lpdf.Name:
		return glyphText(v.Name())
	}
	return ""
}

// spaceWidth returns the width of the font's space character in ems (text
// space units at size 1), 0 when the font has none that is known: from
// /Widths (simple fonts) or /W and /DW (CID fonts) at the code that
// decodes to a space, else from the standard 14 fonts' metrics.
func (f *font) spaceWidth() float64 {
	if f.spaceW != 0 {
		return max(f.spaceW, 0)
	}
	f.spaceW = -1
	if w := f.findSpaceWidth(); w > 0.02 && w < 2 {
		f.spaceW = w
	}
	return max(f.spaceW, 0)
}

func (f *font) findSpaceWidth() float64 {
	if f.kind != type0Font {
		for c := 32; c < 256+32; c++ { // the usual code, 32, first
			if k := c % 256; f.hasW[k] && f.widths[k] > 0 && f.decode(uint32(k), []byte{byte(k)}) == " " {
				return f.widths[k] * f.scale
			}
		}
		if f.std != "" {
			return standardWidth(f.std, " ") * f.scale
		}
		return 0
	}
	if f.toUni != nil {
		code, found := uint32(0), false
		for c, s := range f.toUni.chars {
			if s == " " && (!found || c < code) { // the lowest code: the same every run
				code, found = c, true
			}
		}
		if found {
			return f.width(code, " ") * f.scale
		}
		for _, r := range f.toUni.ranges {
			if r.arr == nil && len(r.base) == 1 && r.base[0] <= 32 && uint32(32-r.base[0]) <= r.hi-r.lo {
				code := r.lo + uint32(32-r.base[0])
				return f.width(code, " ") * f.scale
			}
		}
	} else if c := f.collection(); c != nil && f.codec == codecIdentity && c.text(1) == " " && f.hasCIDWidth(1) {
		return f.width(1, " ") * f.scale // CID 1, the space of Adobe's collections
	}
	return 0
}
