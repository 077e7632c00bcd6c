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
// written out, or data itself when it has none, is encrypted (decrypt
// has written it already), or has streams this cannot read (other filters
// than Flate, predictors): the library then reads it as it is.
func unpackObjStms(data []byte) []byte {
	if !bytes.Contains(data, []byte("/ObjStm")) {
		return data
	}
	f := &plainFile{data: data, xref: map[int]xrefEntry{}}
	if err := f.readXref(); err != nil || f.trailer.get("Root") == nil || f.trailer.get("Encrypt") != nil {
		return data
	}
	inStream := map[int][]int{} // object stream → the objects the table says it holds
	maxNum := 0
	for num, e := range f.xref {
		maxNum = max(maxNum, num)
		if e.inStream {
			inStream[e.off] = append(inStream[e.off], num)
		}
	}
	if len(inStream) == 0 || maxNum >= maxUnpacked {
		return data
	}
	streams := slices.Sorted(maps.Keys(inStream))
	texts := make([]map[int][]byte, len(streams))
	size := len(data) + 20*(maxNum+1) + 1024 // the file, its table
	for i, sn := range streams {
		objs, ok := readObjStm(f, sn)
		if !ok {
			return data
		}
		texts[i] = objs
		for _, num := range inStream[sn] {
			size += len(objs[num]) + 32
		}
	}
	b := bytes.NewBuffer(make([]byte, 0, size))
	b.Write(data)
	b.WriteByte('\n')
	moved := make([]int, maxNum+1) // object → its new offset, 0 when it stays
	for i, sn := range streams {
		for _, num := range inStream[sn] {
			body, ok := texts[i][num]
			if !ok {
				continue // not in the stream: the library would find nothing either
			}
			moved[num] = b.Len()
			b.WriteString(strconv.Itoa(num))
			b.WriteString(" 0 obj\n")
			b.Write(body)
			b.WriteString("\nendobj\n")
		}
		texts[i] = nil
	}
	xref := b.Len()
	fmt.Fprintf(b, "xref\n0 %d\n", maxNum+1)
	for num := 0; num <= maxNum; num++ {
		e, ok := f.xref[num]
		switch off := moved[num]; {
		case off > 0:
			fmt.Fprintf(b, "%010d 00000 n \n", off)
		case ok && !e.inStream && e.off > 0:
			fmt.Fprintf(b, "%010d %05d n \n", e.off, e.idx)
		default:
			b.WriteString("0000000000 65535 f \n")
		}
	}
	t := pDict{}
	t.set("Size", pNum(strconv.Itoa(maxNum+1)))
	for _, k := range []string{"Root", "Info", "ID"} {
		if v := f.trailer.get(k); v != nil {
			t.set(k, v)
		}
	}
	b.WriteString("trailer\n")
	writeObj(b, t)
	fmt.Fprintf(b, "\nstartxref\n%d\n%%%%EOF\n", xref)
	return b.Bytes()
}

// readObjStm decompresses the object stream sn and returns the bytes of
// each object in it, by number; ok is false when the stream cannot be read.
func readObjStm(f *plainFile, sn int) (map[int][]byte, bool) {
	e, ok := f.xref[sn]
	if !ok || e.inStream || e.off <= 0 {
		return nil, false
	}
	_, _, v, body, err := f.objectAt(e.off)
	d, _ := v.(pDict)
	if err != nil || body == nil || d.get("Type") != pName("ObjStm") || d.get("DecodeParms") != nil {
		return nil, false
	}
	filter := d.get("Filter")
	if a, ok := filter.(pArray); ok && len(a) == 1 {
		filter = a[0]
	}
	var text []byte
	switch filter {
	case nil:
		text = body
	case pName("FlateDecode"):
		zr, err := zlib.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, false
		}
		text, _ = io.ReadAll(io.LimitReader(zr, maxStreamBytes))
	default:
		return nil, false
	}
	n, ok1 := intOf(d.get("N"))
	first, ok2 := intOf(d.get("First"))
	if !ok1 || !ok2 || n < 0 || n > maxUnpacked || first < 0 || first > len(text) {
		return nil, false
	}
	type entry struct{ num, off int }
	var index []entry
	lx := &lexer{data: text[:first]}
	for range n {
		num, ok1 := lx.uint()
		off, ok2 := lx.uint()
		if !ok1 || !ok2 || first+off > len(text) {
			break
		}
		index = append(index, entry{num, first + off})
	}
	// an object runs to the start of the next one by offset
	ends := make([]int, len(index))
	for i := range index {
		ends[i] = index[i].off
	}
	sort.Ints(ends)
	out := make(map[int][]byte, len(index))
	for _, en := range index {
		end := len(text)
		if k := sort.SearchInts(ends, en.off+1); k < len(ends) {
			end = ends[k]
		}
		if _, dup := out[en.num]; !dup {
			out[en.num] = text[en.off:end]
		}
	}
	return out, true
}
