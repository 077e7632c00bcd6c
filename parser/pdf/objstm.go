package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strconv"
)

// The library reads an object that lives in an object stream (/Type
// /ObjStm) by decompressing the stream and reading its index up to the
// object, every time the object is looked up: a file whose objects sit in
// one stream of a hundred thousand costs a decompression of the whole
// stream per object, a quadratic cost. So a file with object streams is
// given to the library with their objects written out: each stream is
// decompressed once, its objects appended to the file as plain objects,
// and a cross-reference table appended that lists every object where it
// now is (an incremental update, read by the library instead of the old
// sections, which it no longer follows).

// maxUnpacked bounds the objects unpacked, and so the table appended.
const maxUnpacked = 1 << 20

// unpackObjStms returns data with the objects of its object streams
// written out (and true), or data itself when it has none, is encrypted
// (decrypt has written it already), or has streams this cannot read
// (other filters than Flate, predictors): the library then reads it as it
// is.
func unpackObjStms(data []byte) ([]byte, bool) {
	if !bytes.Contains(data, []byte("/ObjStm")) {
		return data, false
	}
	f := &plainFile{data: data, xref: map[int]xrefEntry{}}
	if err := f.readXref(); err != nil || f.trailer.get("Root") == nil || f.trailer.get("Encrypt") != nil {
		return data, false
	}
	maxNum := 0
	streams := map[int]bool{} // the object streams the table names
	for num, e := range f.xref {
		maxNum = max(maxNum, num)
		if e.inStream {
			streams[e.off] = true
		}
	}
	if len(streams) == 0 || maxNum >= maxUnpacked {
		return data, false
	}
	type stm struct {
		sn    int
		text  []byte
		index []objAt
	}
	var stms []stm
	size := len(data) + 7*(maxNum+2) + 1024 // the file, its table
	for _, sn := range slices.Sorted(maps.Keys(streams)) {
		text, index, ok := readObjStm(f, sn)
		if !ok {
			return data, false
		}
		stms = append(stms, stm{sn, text, index})
		size += len(text) + 24*len(index)
	}
	// the table as a slice, and the file reader's map let go: it is three
	// times the size, and the output is built next
	xrefs := make([]xrefEntry, maxNum+1)
	for num, e := range f.xref {
		xrefs[num] = e
	}
	trailer := f.trailer
	f = nil
	b := bytes.NewBuffer(make([]byte, 0, size))
	b.Write(data)
	b.WriteByte('\n')
	moved := make([]int, maxNum+1) // object → its new offset, 0 when it stays
	for i, st := range stms {
		// an object runs to the start of the next one by offset
		ends := make([]int, len(st.index))
		for i, en := range st.index {
			ends[i] = en.off
		}
		sort.Ints(ends)
		for _, en := range st.index {
			if e := xrefs[en.num]; !e.inStream || e.off != st.sn || moved[en.num] > 0 {
				continue // a newer version elsewhere, or a duplicate
			}
			end := len(st.text)
			if k := sort.SearchInts(ends, en.off+1); k < len(ends) {
				end = ends[k]
			}
			moved[en.num] = b.Len()
			b.WriteString(strconv.Itoa(en.num))
			b.WriteString(" 0 obj\n")
			b.Write(st.text[en.off:end])
			b.WriteString("\nendobj\n")
		}
		stms[i] = stm{}
	}
	// a cross-reference stream, rows of 1 + 4 + 2 bytes, read by the
	// library without tokens (a table costs it three tokens an object)
	xnum := maxNum + 1
	xref := b.Len()
	rows := make([]byte, 0, 7*(xnum+1))
	for num := 0; num <= xnum; num++ {
		var e xrefEntry
		if num <= maxNum {
			e = xrefs[num]
		}
		off, gen, typ := 0, 0, byte(1)
		switch {
		case num == xnum:
			off = xref
		case num <= maxNum && moved[num] > 0:
			off = moved[num]
		case !e.inStream && e.off > 0:
			off, gen = e.off, e.idx
		default:
			typ, gen = 0, 65535
		}
		rows = append(rows, typ, byte(off>>24), byte(off>>16), byte(off>>8), byte(off), byte(gen>>8), byte(gen))
	}
	t := pDict{}
	t.set("Type", pName("XRef"))
	t.set("Size", pNum(strconv.Itoa(xnum+1)))
	t.set("W", pArray{pNum("1"), pNum("4"), pNum("2")})
	for _, k := range []string{"Root", "Info", "ID"} {
		if v := trailer.get(k); v != nil {
			t.set(k, v)
		}
	}
	t.set("Length", pNum(strconv.Itoa(len(rows))))
	fmt.Fprintf(b, "%d 0 obj\n", xnum)
	writeObj(b, t)
	b.WriteString("\nstream\n")
	b.Write(rows)
	fmt.Fprintf(b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xref)
	return b.Bytes(), true
}

// objAt is an object's number and offset in its object stream's text.
type objAt struct{ num, off int }

// readObjStm decompresses the object stream sn and returns its text and
// its index; ok is false when the stream cannot be read.
func readObjStm(f *plainFile, sn int) (text []byte, index []objAt, ok bool) {
	e, found := f.xref[sn]
	if !found || e.inStream || e.off <= 0 {
		return nil, nil, false
	}
	_, _, v, body, err := f.objectAt(e.off)
	d, _ := v.(pDict)
	if err != nil || body == nil || d.get("Type") != pName("ObjStm") || d.get("DecodeParms") != nil {
		return nil, nil, false
	}
	filter := d.get("Filter")
	if a, ok := filter.(pArray); ok && len(a) == 1 {
		filter = a[0]
	}
	switch filter {
	case nil:
		text = body
	case pName("FlateDecode"):
		zr, err := zlib.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, nil, false
		}
		text, _ = io.ReadAll(io.LimitReader(zr, maxStreamBytes))
	default:
		return nil, nil, false
	}
	n, ok1 := intOf(d.get("N"))
	first, ok2 := intOf(d.get("First"))
	if !ok1 || !ok2 || n < 0 || n > maxUnpacked || first < 0 || first > len(text) {
		return nil, nil, false
	}
	lx := &lexer{data: text[:first]}
	for range n {
		num, ok1 := lx.uint()
		off, ok2 := lx.uint()
		if !ok1 || !ok2 || first+off > len(text) {
			break
		}
		index = append(index, objAt{num, first + off})
	}
	return text, index, true
}
