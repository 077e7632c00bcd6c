package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
)

// The library decrypts only RC4-128 and AES-128 files, and those only in
// part (40-bit keys and AES padding are wrong, crypt filters other than
// one AESV2 are refused, 256-bit AES is unknown). So an encrypted file is
// decrypted here first: the cross-reference sections are read, the file
// key is found (crypt.go), and every object is written again with its
// strings and stream data in clear, into a plain PDF with one
// cross-reference stream and no /Encrypt, which is what the library then
// reads. Objects inside object streams need no work: the object stream is
// decrypted as a whole.

// xrefEntry locates an object: in the file (at off) or in an object
// stream (stream num, index).
type xrefEntry struct {
	inStream bool
	off      int // file offset, or the object stream's number
	idx      int // generation, or the index in the object stream
}

// plainFile is an encrypted file being decrypted.
type plainFile struct {
	data      []byte
	xref      map[int]xrefEntry
	trailer   pDict
	scanned   map[int]int // object headers found by scanning, built on demand
	endstream []int       // offsets of "endstream", built on demand
}

// decrypt returns data itself when it is not encrypted, else a plain
// copy of it. A file that needs a password is ErrEncrypted; one whose
// encryption is not the standard security handler's is
// ErrUnsupportedEncryption.
func decrypt(data []byte) ([]byte, error) {
	if !bytes.Contains(data, []byte("/Encrypt")) {
		return data, nil
	}
	f := &plainFile{data: data, xref: map[int]xrefEntry{}}
	if err := f.readXref(); err != nil || f.trailer.get("Encrypt") == nil && f.trailer.get("Root") == nil {
		f.xref, f.trailer = map[int]xrefEntry{}, pDict{}
		f.scanObjects()
	}
	encRef := f.trailer.get("Encrypt")
	if encRef == nil {
		return data, nil
	}
	enc, _ := f.resolve(encRef).(pDict)
	if enc.keys == nil {
		return nil, fmt.Errorf("%w: no encryption dictionary", ErrMalformed)
	}
	var id []byte
	if ids, ok := f.resolve(f.trailer.get("ID")).(pArray); ok && len(ids) > 0 {
		id, _ = f.resolve(ids[0]).(pStr)
	}
	sec, err := openSecurity(enc, id, f.resolve)
	if err != nil {
		return nil, err
	}
	skip, _ := encRef.(pRef)
	return f.write(sec, skip.num)
}

// readXref reads the cross-reference sections from the last one back
// along /Prev (and a hybrid file's /XRefStm): the newest entry of each
// object wins, and so does the newest trailer's value of each key.
func (f *plainFile) readXref() error {
	tail := f.data[max(0, len(f.data)-1024):]
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return errors.New("no startxref")
	}
	off, ok := readInt(tail[i+len("startxref"):])
	if !ok {
		return errors.New("no startxref offset")
	}
	seen := map[int]bool{}
	for n := 0; off > 0 && off < int64(len(f.data)); n++ {
		if seen[int(off)] || n >= maxXrefChain {
			return errors.New("cross-reference chain loops")
		}
		seen[int(off)] = true
		trailer, err := f.readSection(int(off))
		if err != nil {
			return err
		}
		if x, ok := intOf(trailer.get("XRefStm")); ok && x > 0 && x < len(f.data) && !seen[x] {
			seen[x] = true
			if _, err := f.readSection(x); err != nil {
				return err
			}
		}
		for i, k := range trailer.keys {
			if f.trailer.get(k) == nil {
				f.trailer.set(k, trailer.vals[i])
			}
		}
		prev, ok := intOf(trailer.get("Prev"))
		if !ok {
			break
		}
		off = int64(prev)
	}
	if len(f.xref) == 0 {
		return errors.New("empty cross-reference table")
	}
	return nil
}

// readSection reads a cross-reference table or stream at off, adding the
// entries not yet known, and returns its trailer dictionary.
func (f *plainFile) readSection(off int) (pDict, error) {
	lx := &lexer{data: f.data, pos: off}
	if lx.keyword("xref") {
		for {
			if lx.keyword("trailer") {
				o, err := lx.object(0)
				d, _ := o.(pDict)
				if err != nil || d.keys == nil {
					return pDict{}, errors.New("bad trailer")
				}
				return d, nil
			}
			start, ok1 := lx.uint()
			count, ok2 := lx.uint()
			if !ok1 || !ok2 || start+count > maxXrefEntries {
				return pDict{}, errors.New("bad cross-reference subsection")
			}
			for k := 0; k < count; k++ {
				eoff, ok1 := lx.uint()
				gen, ok2 := lx.uint()
				lx.skipSpace()
				typ := lx.word()
				if !ok1 || !ok2 || len(typ) != 1 {
					return pDict{}, errors.New("bad cross-reference entry")
				}
				if _, known := f.xref[start+k]; !known && typ[0] == 'n' && eoff > 0 {
					f.xref[start+k] = xrefEntry{off: eoff, idx: gen}
				} else if !known && typ[0] == 'f' {
					f.xref[start+k] = xrefEntry{off: -1}
				}
			}
		}
	}
	_, _, v, body, err := f.objectAt(off)
	d, _ := v.(pDict)
	if err != nil || body == nil {
		return pDict{}, errors.New("cross-reference section not found")
	}
	if t, _ := d.get("Type").(pName); t != "XRef" {
		return pDict{}, errors.New("cross-reference stream without /Type /XRef")
	}
	rows, err := decodeXrefStream(d, body)
	if err != nil {
		return pDict{}, err
	}
	var w [3]int
	ws, _ := d.get("W").(pArray)
	if len(ws) < 3 {
		return pDict{}, errors.New("cross-reference stream /W missing")
	}
	width := 0
	for i := range 3 {
		w[i], _ = intOf(ws[i])
		if w[i] < 0 || w[i] > 8 {
			return pDict{}, errors.New("cross-reference stream /W out of range")
		}
		width += w[i]
	}
	size, _ := intOf(d.get("Size"))
	index, _ := d.get("Index").(pArray)
	if index == nil {
		index = pArray{pNum("0"), pNum(strconv.Itoa(size))}
	}
	field := func(b []byte, def int) int {
		if len(b) == 0 {
			return def
		}
		v := 0
		for _, c := range b {
			v = v<<8 | int(c)
		}
		return v
	}
	for len(index) >= 2 && width > 0 {
		start, _ := intOf(index[0])
		count, _ := intOf(index[1])
		index = index[2:]
		if start < 0 || count < 0 || start+count > maxXrefEntries {
			return pDict{}, errors.New("cross-reference stream /Index out of range")
		}
		for k := 0; k < count && len(rows) >= width; k++ {
			row := rows[:width]
			rows = rows[width:]
			typ := field(row[:w[0]], 1)
			a := field(row[w[0]:w[0]+w[1]], 0)
			b := field(row[w[0]+w[1]:], 0)
			if _, known := f.xref[start+k]; known {
				continue
			}
			switch typ {
			case 0:
				f.xref[start+k] = xrefEntry{off: -1}
			case 1:
				f.xref[start+k] = xrefEntry{off: a, idx: b}
			case 2:
				f.xref[start+k] = xrefEntry{inStream: true, off: a, idx: b}
			}
		}
	}
	return d, nil
}

// decodeXrefStream returns a cross-reference stream's rows: not encrypted,
// unfiltered or Flate with a PNG predictor.
func decodeXrefStream(d pDict, body []byte) ([]byte, error) {
	filter := d.get("Filter")
	if a, ok := filter.(pArray); ok && len(a) == 1 {
		filter = a[0]
	}
	params, _ := d.get("DecodeParms").(pDict)
	if a, ok := d.get("DecodeParms").(pArray); ok && len(a) == 1 {
		params, _ = a[0].(pDict)
	}
	switch filter {
	case nil:
		return body, nil
	case pName("FlateDecode"):
	default:
		return nil, errors.New("cross-reference stream filter not supported")
	}
	zr, err := zlib.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	out, _ := io.ReadAll(io.LimitReader(zr, maxStreamBytes))
	pred, _ := intOf(params.get("Predictor"))
	if pred < 10 {
		return out, nil
	}
	cols, ok := intOf(params.get("Columns"))
	if !ok {
		cols = 1
	}
	if cols <= 0 || cols > 1<<16 {
		return nil, errors.New("cross-reference stream /Columns out of range")
	}
	return unpredictPNG(out, cols), nil
}

// unpredictPNG undoes PNG row filters (one byte per pixel).
func unpredictPNG(data []byte, cols int) []byte {
	out := make([]byte, 0, len(data))
	prev := make([]byte, cols)
	for len(data) >= cols+1 {
		typ, row := data[0], append([]byte(nil), data[1:cols+1]...)
		data = data[cols+1:]
		for i := range row {
			var left, up, ul int
			if i > 0 {
				left, ul = int(row[i-1]), int(prev[i-1])
			}
			up = int(prev[i])
			switch typ {
			case 1:
				row[i] += byte(left)
			case 2:
				row[i] += byte(up)
			case 3:
				row[i] += byte((left + up) / 2)
			case 4:
				row[i] += byte(paeth(left, up, ul))
			}
		}
		out = append(out, row...)
		prev = row
	}
	return out
}

func paeth(a, b, c int) int {
	p := a + b - c
	pa, pb, pc := abs(p-a), abs(p-b), abs(p-c)
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// scanObjects finds the objects of a file whose cross-reference sections
// cannot be read by their "N G obj" headers (the last of a number wins),
// and its trailer: the last trailer dictionary, else the dictionary of
// the last cross-reference stream.
func (f *plainFile) scanObjects() {
	for num, off := range f.scan() {
		f.xref[num] = xrefEntry{off: off}
	}
	if i := bytes.LastIndex(f.data, []byte("trailer")); i >= 0 {
		lx := &lexer{data: f.data, pos: i + len("trailer")}
		if o, err := lx.object(0); err == nil {
			f.trailer, _ = o.(pDict)
		}
	}
	if f.trailer.keys != nil {
		return
	}
	best := -1
	for _, e := range f.xref {
		if _, _, v, _, err := f.objectAt(e.off); err == nil && e.off > best {
			if d, _ := v.(pDict); d.get("Type") == pName("XRef") {
				best, f.trailer = e.off, d
			}
		}
	}
}

// scan maps object numbers to the offset of their last "N G obj" header.
func (f *plainFile) scan() map[int]int {
	if f.scanned == nil {
		f.scanned = map[int]int{}
		for _, m := range objHeader().FindAllSubmatchIndex(f.data, maxXrefEntries) {
			if id, err := strconv.Atoi(string(f.data[m[2]:m[3]])); err == nil && id > 0 && id < maxXrefEntries {
				f.scanned[id] = m[2]
			}
		}
	}
	return f.scanned
}

// objectAt reads the indirect object at off: its number and generation,
// its value and, for a stream, its raw data (encrypted, filtered).
func (f *plainFile) objectAt(off int) (num, gen int, v pObj, body []byte, err error) {
	return f.object(off, true)
}

// object is objectAt, reading a stream's data only when withStream (a
// value that resolve looks up cannot make it look up a /Length again).
func (f *plainFile) object(off int, withStream bool) (num, gen int, v pObj, body []byte, err error) {
	if off < 0 || off >= len(f.data) {
		return 0, 0, nil, nil, errObj
	}
	lx := &lexer{data: f.data, pos: off}
	num, ok1 := lx.uint()
	gen, ok2 := lx.uint()
	if !ok1 || !ok2 || !lx.keyword("obj") {
		return 0, 0, nil, nil, fmt.Errorf("%w: no object header at %d", errObj, off)
	}
	if v, err = lx.object(0); err != nil {
		return 0, 0, nil, nil, err
	}
	d, isDict := v.(pDict)
	if !withStream || !isDict || !lx.keyword("stream") {
		return num, gen, v, nil, nil
	}
	if lx.pos < len(f.data) && f.data[lx.pos] == '\r' {
		lx.pos++
	}
	if lx.pos < len(f.data) && f.data[lx.pos] == '\n' {
		lx.pos++
	}
	start := lx.pos
	n, ok := intOf(f.resolve(d.get("Length")))
	if ok && n >= 0 && start+n <= len(f.data) {
		after := &lexer{data: f.data, pos: start + n}
		if after.keyword("endstream") {
			return num, gen, v, f.data[start : start+n], nil
		}
	}
	end := f.nextEndstream(start)
	if end < 0 {
		return 0, 0, nil, nil, fmt.Errorf("%w: stream without endstream", errObj)
	}
	body = f.data[start:end]
	if bytes.HasSuffix(body, []byte("\r\n")) {
		body = body[:len(body)-2]
	} else if bytes.HasSuffix(body, []byte("\n")) || bytes.HasSuffix(body, []byte("\r")) {
		body = body[:len(body)-1]
	}
	return num, gen, v, body, nil
}

// nextEndstream returns the offset of the first "endstream" at or after
// off, or -1.
func (f *plainFile) nextEndstream(off int) int {
	if f.endstream == nil {
		f.endstream = []int{}
		for i := 0; ; {
			j := bytes.Index(f.data[i:], []byte("endstream"))
			if j < 0 {
				break
			}
			f.endstream = append(f.endstream, i+j)
			i += j + len("endstream")
		}
	}
	k := sort.SearchInts(f.endstream, off)
	if k == len(f.endstream) {
		return -1
	}
	return f.endstream[k]
}

// resolve follows an indirect reference to an uncompressed object (the
// encryption dictionary, stream lengths and the values they refer to
// are never compressed).
func (f *plainFile) resolve(o pObj) pObj {
	ref, ok := o.(pRef)
	if !ok {
		return o
	}
	get := func(off int) pObj {
		num, _, v, _, err := f.object(off, false)
		if _, isRef := v.(pRef); err != nil || num != ref.num || isRef {
			return nil
		}
		return v
	}
	if e, ok := f.xref[ref.num]; ok && !e.inStream {
		if v := get(e.off); v != nil {
			return v
		}
	}
	if off, ok := f.scan()[ref.num]; ok {
		return get(off)
	}
	return nil
}

// write writes the file again with every string and stream decrypted,
// leaving out the encryption dictionary (object skip) and the old
// cross-reference streams.
func (f *plainFile) write(sec *security, skip int) ([]byte, error) {
	nums := make([]int, 0, len(f.xref))
	for num, e := range f.xref {
		if num > 0 && num != skip && (e.inStream || e.off > 0) {
			nums = append(nums, num)
		}
	}
	sort.Ints(nums)
	var b bytes.Buffer
	b.Grow(len(f.data) + len(f.data)/4)
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	type out struct{ typ, a, b int }
	rows := map[int]out{}
	for _, num := range nums {
		e := f.xref[num]
		if e.inStream {
			rows[num] = out{2, e.off, e.idx}
			continue
		}
		n, gen, v, body, err := f.objectAt(e.off)
		if err != nil || n != num {
			if off, ok := f.scan()[num]; ok {
				n, gen, v, body, err = f.objectAt(off)
			}
			if err != nil || n != num {
				continue // a dangling entry: the object reads as null
			}
		}
		d, isDict := v.(pDict)
		if t, _ := d.get("Type").(pName); isDict && t == "XRef" {
			continue
		}
		v = decryptStrings(v, func(s pStr) pStr { return sec.decrypt(sec.str, num, gen, s) })
		rows[num] = out{1, b.Len(), gen}
		fmt.Fprintf(&b, "%d %d obj\n", num, gen)
		if body == nil {
			writeObj(&b, v)
			b.WriteString("\nendobj\n")
			continue
		}
		d = v.(pDict)
		m := sec.stm
		if t, _ := d.get("Type").(pName); t == "Metadata" && !sec.encryptMetadata {
			m = cryptIdentity
		}
		if cm, ok := cryptStreamFilter(&d, sec); ok {
			m = cm
		}
		body = sec.decrypt(m, num, gen, body)
		d.set("Length", pNum(strconv.Itoa(len(body))))
		writeObj(&b, d)
		b.WriteString("\nstream\n")
		b.Write(body)
		b.WriteString("\nendstream\nendobj\n")
	}
	// one cross-reference stream, rows of 1 + 4 + 4 bytes
	last := 0
	if len(nums) > 0 {
		last = nums[len(nums)-1]
	}
	xnum := last + 1
	rows[xnum] = out{1, b.Len(), 0}
	var data bytes.Buffer
	for num := 0; num <= xnum; num++ {
		r, ok := rows[num]
		if !ok {
			r = out{0, 0, 0}
			if num == 0 {
				r.b = 65535
			}
		}
		data.WriteByte(byte(r.typ))
		data.Write(binary.BigEndian.AppendUint32(nil, uint32(r.a)))
		data.Write(binary.BigEndian.AppendUint32(nil, uint32(r.b)))
	}
	t := pDict{}
	t.set("Type", pName("XRef"))
	t.set("Size", pNum(strconv.Itoa(xnum+1)))
	t.set("W", pArray{pNum("1"), pNum("4"), pNum("4")})
	for _, k := range []string{"Root", "Info", "ID"} {
		if v := f.trailer.get(k); v != nil {
			t.set(k, v)
		}
	}
	t.set("Length", pNum(strconv.Itoa(data.Len())))
	fmt.Fprintf(&b, "%d 0 obj\n", xnum)
	writeObj(&b, t)
	b.WriteString("\nstream\n")
	b.Write(data.Bytes())
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", rows[xnum].a)
	return b.Bytes(), nil
}

// cryptStreamFilter takes a /Crypt filter off a stream's filter list and
// returns the method of the crypt filter it names (Identity when none).
func cryptStreamFilter(d *pDict, sec *security) (cryptMethod, bool) {
	filters, params := d.get("Filter"), d.get("DecodeParms")
	fa, isArr := filters.(pArray)
	pa, _ := params.(pArray)
	if !isArr {
		fa, pa = pArray{filters}, pArray{params}
	}
	if len(fa) == 0 || fa[0] != pName("Crypt") {
		return 0, false
	}
	var p pDict
	if len(pa) > 0 {
		p, _ = pa[0].(pDict)
	}
	name, _ := p.get("Name").(pName)
	m, ok := sec.filters[string(name)]
	if name == "" || !ok {
		m = cryptIdentity
	}
	fa = fa[1:]
	if len(pa) > 0 {
		pa = pa[1:]
	}
	switch {
	case len(fa) == 0:
		d.del("Filter")
		d.del("DecodeParms")
	default:
		d.set("Filter", fa)
		if len(pa) > 0 {
			d.set("DecodeParms", pa)
		} else {
			d.del("DecodeParms")
		}
	}
	return m, true
}

// decryptStrings returns o with every string replaced by dec of it.
func decryptStrings(o pObj, dec func(pStr) pStr) pObj {
	switch v := o.(type) {
	case pStr:
		return dec(v)
	case pArray:
		out := make(pArray, len(v))
		for i, e := range v {
			out[i] = decryptStrings(e, dec)
		}
		return out
	case pDict:
		out := pDict{keys: v.keys, vals: make([]pObj, len(v.vals))}
		for i, e := range v.vals {
			out.vals[i] = decryptStrings(e, dec)
		}
		return out
	}
	return o
}
