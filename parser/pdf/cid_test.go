package pdf

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCIDCollectionText(t *testing.T) {
	// the CIDs are those of poppler-data's cidToUnicode files, an
	// independent copy of the collections' Unicode values
	tests := []struct {
		registry, ordering string
		cid                uint32
		want               string
	}{
		{"Adobe", "GB1", 0, ""}, // .notdef
		{"Adobe", "GB1", 1, " "},
		{"Adobe", "GB1", 34, "A"},
		{"Adobe", "GB1", 2622, "刘"},
		{"Adobe", "GB1", 4454, "张"},
		{"Adobe", "GB1", 3775, "伟"},
		{"Adobe", "GB1", 4559, "中"},
		{"Adobe", "GB1", 573, "，"},        // a vertical form: the horizontal character
		{"Adobe", "GB1", 30283, "\ua4c6"}, // the last CID of Adobe-GB1-5 (a Yi radical)
		{"Adobe", "GB1", 30284, ""},       // past the end
		{"Adobe", "GB1", 1 << 20, ""},
		{"Adobe", "CNS1", 2677, "張"},
		{"Adobe", "CNS1", 661, "中"},
		{"Adobe", "CNS1", 14000, "\U000200CC"}, // beyond the BMP (a surrogate pair in the CMap)
		{"Adobe", "Japan1", 3284, "日"},
		{"Adobe", "Japan1", 3722, "本"},
		{"Adobe", "Japan1", 1952, "語"},
		{"Adobe", "Japan1", 843, "あ"},
		{"Adobe", "Japan1", 926, "ア"},
		{"Adobe", "Korea1", 3296, "한"},
		{"Adobe", "Korea1", 1204, "국"},
		{"Adobe", "Korea1", 34, "A"},
		{"Adobe", "Korea1", 0x2010, "))"}, // more than one code point
		{"Adobe", "KR", 0x0b13, "한"},
	}
	for _, tc := range tests {
		c := collection(tc.registry, tc.ordering)
		if c == nil {
			t.Errorf("no collection %s-%s", tc.registry, tc.ordering)
			continue
		}
		if got := c.text(tc.cid); got != tc.want {
			t.Errorf("%s-%s CID %d = %q, want %q", tc.registry, tc.ordering, tc.cid, got, tc.want)
		}
	}
	for _, ro := range [][2]string{{"Adobe", "Identity"}, {"Adobe", "UCS"}, {"Foo", "GB1"}, {"", ""}} {
		if c := collection(ro[0], ro[1]); c != nil {
			t.Errorf("collection(%q, %q) = %s, want none", ro[0], ro[1], c.name)
		}
	}
	// every table decodes whole
	for name, c := range cidCollections {
		c.once.Do(c.load)
		if len(c.runes) < 18000 {
			t.Errorf("Adobe-%s: %d CIDs", name, len(c.runes))
		}
	}
}

func BenchmarkCIDCollectionLoad(b *testing.B) {
	for b.Loop() {
		c := &cidCollection{name: "GB1"}
		c.load()
	}
}

// cffIndexBytes writes a CFF INDEX with 1-byte offsets.
func cffIndexBytes(items ...[]byte) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, uint16(len(items)))
	if len(items) == 0 {
		return b.Bytes()
	}
	b.WriteByte(1)
	off := 1
	b.WriteByte(byte(off))
	for _, it := range items {
		off += len(it)
		b.WriteByte(byte(off))
	}
	for _, it := range items {
		b.Write(it)
	}
	return b.Bytes()
}

// testCFF makes a CFF font program's header, Name, Top DICT and String
// INDEXes: CID-keyed with the ROS registry-ordering-0 when registry is
// not "", else name-keyed.
func testCFF(registry, ordering string) []byte {
	var top []byte
	var strs [][]byte
	if registry != "" {
		// SIDs 391 and 392 (the first non-standard strings): 248 27, 248 28
		top = []byte{248, 27, 248, 28, 139, 12, 30}
		strs = [][]byte{[]byte(registry), []byte(ordering)}
	}
	top = append(top, 28, 0x01, 0x00, 17) // CharStrings offset 256 (not read)
	out := []byte{1, 0, 4, 1}
	out = append(out, cffIndexBytes([]byte("ABCDEF+Test"))...)
	out = append(out, cffIndexBytes(top)...)
	out = append(out, cffIndexBytes(strs...)...)
	return append(out, cffIndexBytes()...) // Global Subr INDEX
}

// testOTF wraps a CFF font program in an OpenType font.
func testOTF(cff []byte) []byte {
	var b bytes.Buffer
	b.WriteString("OTTO")
	binary.Write(&b, binary.BigEndian, []uint16{1, 16, 0, 0})
	b.WriteString("CFF ")
	binary.Write(&b, binary.BigEndian, []uint32{0, 28, uint32(len(cff))})
	b.Write(cff)
	return b.Bytes()
}

func TestCFFROS(t *testing.T) {
	tests := []struct {
		name     string
		data     []byte
		reg, ord string
		ok       bool
	}{
		{"CID-keyed", testCFF("Adobe", "GB1"), "Adobe", "GB1", true},
		{"CID-keyed Identity", testCFF("Adobe", "Identity"), "Adobe", "Identity", true},
		{"in OpenType", testOTF(testCFF("Adobe", "Japan1")), "Adobe", "Japan1", true},
		{"name-keyed", testCFF("", ""), "", "", false},
		{"truncated", testCFF("Adobe", "GB1")[:20], "", "", false},
		{"empty", nil, "", "", false},
		{"not CFF", []byte("%!PS-AdobeFont-1.0: CMR10"), "", "", false},
		{"OpenType without CFF", testOTF(nil)[:12], "", "", false},
	}
	for _, tc := range tests {
		reg, ord, ok := cffROS(tc.data)
		if reg != tc.reg || ord != tc.ord || ok != tc.ok {
			t.Errorf("%s: cffROS = %q, %q, %v; want %q, %q, %v", tc.name, reg, ord, ok, tc.reg, tc.ord, tc.ok)
		}
	}
	// no data makes it panic or loop
	data := testOTF(testCFF("Adobe", "GB1"))
	for n := range data {
		cffROS(data[:n])
	}
}

// addCIDFont adds an Identity-H Type0 font without /ToUnicode over a
// CIDFontType0 whose /CIDSystemInfo has the ordering; fontFile, when not
// nil, is embedded as its /FontFile3 (CIDFontType0C). CID 1 is 250 units
// wide, the others 1000.
func (f *pdfFile) addCIDFont(name, ordering string, fontFile []byte) int {
	ff := ""
	if fontFile != nil {
		ff = fmt.Sprintf(" /FontFile3 %d 0 R", f.stream("/Subtype /CIDFontType0C", fontFile))
	}
	cid := f.add(fmt.Sprintf("<</Type /Font /Subtype /CIDFontType0 /BaseFont /%s /CIDSystemInfo <</Registry (Adobe) /Ordering (%s) /Supplement 0>> /DW 1000 /W [1 [250] 34 36 500] /FontDescriptor <</Type /FontDescriptor /FontName /%s /Flags 4%s>>>>", name, ordering, name, ff))
	return f.add(fmt.Sprintf("<</Type /Font /Subtype /Type0 /BaseFont /%s-Identity-H /Encoding /Identity-H /DescendantFonts [%d 0 R]>>", name, cid))
}

func TestCIDFontWithoutToUnicode(t *testing.T) {
	f := &pdfFile{}
	fonts := map[string]int{
		// XeLaTeX's Fandol fonts: Adobe-GB1 CIDs
		"G1": f.addCIDFont("ABCDEF+FandolSong-Regular", "GB1", testCFF("Adobe", "GB1")),
		// /CIDSystemInfo says Identity, the CFF's ROS Adobe-GB1
		"G2": f.addCIDFont("ABCDEF+FandolHei-Regular", "Identity", testCFF("Adobe", "GB1")),
		// and in an OpenType font program
		"G3": f.addCIDFont("ABCDEF+SomeSans", "Identity", testOTF(testCFF("Adobe", "Japan1"))),
		// Identity all along: CIDs are glyph IDs, nothing to decode
		"G4": f.addCIDFont("ABCDEF+FontAwesome", "Identity", testCFF("Adobe", "Identity")),
		"G5": f.addCIDFont("ABCDEF+NameKeyed", "Identity", testCFF("", "")),
	}
	c := hx("G1", 12, 72, 700, "0A3E1166") + // 刘张
		hx("G2", 12, 72, 680, "11660EBF11CF") + // 张伟中
		hx("G3", 12, 72, 660, "0CD40E8A07A0") + // 日本語
		hx("G4", 12, 72, 640, "0A3E1166") +
		hx("G5", 12, 72, 620, "0A3E1166") +
		tx("F1", 10, 72, 600, "end") +
		// Latin in the CJK font: words set apart by a gap of 0.3 em, CID 1
		// (the space) is 0.25 em wide; Han characters apart by 0.1 em
		"BT /G1 10 Tf 72 580 Td [<00220023> -300 <0024> -100 <0A3E> -100 <1166> -100 <0EBF>] TJ ET\n"
	d := parseOK(t, build(f, []page{{content: c, fonts: fonts}}))
	want := []string{"刘张", "张伟中", "日本語", "end", "AB C刘张伟"}
	if diff := cmp.Diff(want, texts(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
