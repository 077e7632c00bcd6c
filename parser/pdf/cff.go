package pdf

import (
	"encoding/binary"
	"math"
)

// A minimal reader of a CFF font program's Top DICT (Adobe TN #5176),
// enough to tell a CID-keyed font's character collection: the ROS
// (Registry-Ordering-Supplement) operator. A CID-keyed CFF maps glyphs to
// the CIDs of its ROS through its charset, and a PDF's CIDs of a
// CIDFontType0 font are those CIDs (ISO 32000-1, 9.7.4.2): with an
// Identity-H encoding the code is that CID, whatever /CIDSystemInfo says.

// cffROS returns the registry and ordering of a CID-keyed CFF font, or
// of the 'CFF ' table of an OpenType font; ok is false for a name-keyed
// font or data that does not parse.
func cffROS(data []byte) (registry, ordering string, ok bool) {
	if len(data) >= 12 && (string(data[:4]) == "OTTO" || string(data[:4]) == "\x00\x01\x00\x00") {
		if data = sfntTable(data, "CFF "); data == nil {
			return "", "", false
		}
	}
	if len(data) < 4 || data[0] != 1 {
		return "", "", false
	}
	pos := int(data[2])              // header size
	_, pos, ok = cffIndex(data, pos) // Name INDEX
	if !ok {
		return "", "", false
	}
	top, pos, ok := cffIndex(data, pos) // Top DICT INDEX
	if !ok || len(top) == 0 {
		return "", "", false
	}
	strs, _, ok := cffIndex(data, pos) // String INDEX
	if !ok {
		return "", "", false
	}
	sids, ok := cffDictROS(top[0])
	if !ok {
		return "", "", false
	}
	str := func(sid int) string {
		if i := sid - 391; i >= 0 && i < len(strs) { // 391 standard strings
			return string(strs[i])
		}
		return ""
	}
	return str(sids[0]), str(sids[1]), true
}

// sfntTable returns the data of an OpenType font's table, nil if absent.
func sfntTable(data []byte, tag string) []byte {
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			return nil
		}
		if string(data[rec:rec+4]) != tag {
			continue
		}
		off, length := binary.BigEndian.Uint32(data[rec+8:]), binary.BigEndian.Uint32(data[rec+12:])
		if uint64(off)+uint64(length) > uint64(len(data)) {
			return nil
		}
		return data[off : off+length]
	}
	return nil
}

// cffIndex reads the INDEX at pos: its items and the position after it.
func cffIndex(data []byte, pos int) (items [][]byte, end int, ok bool) {
	if pos < 0 || pos+2 > len(data) {
		return nil, 0, false
	}
	count := int(binary.BigEndian.Uint16(data[pos:]))
	if count == 0 {
		return nil, pos + 2, true
	}
	if pos+3 > len(data) {
		return nil, 0, false
	}
	offSize := int(data[pos+2])
	if offSize < 1 || offSize > 4 {
		return nil, 0, false
	}
	offs := pos + 3
	base := offs + (count+1)*offSize - 1 // offsets count from 1
	if base >= len(data) {
		return nil, 0, false
	}
	off := func(i int) int {
		v := 0
		for _, b := range data[offs+i*offSize : offs+(i+1)*offSize] {
			v = v<<8 | int(b)
		}
		return base + v
	}
	last := off(count)
	if last > len(data) || last < base {
		return nil, 0, false
	}
	items = make([][]byte, 0, min(count, 64))
	prev := off(0)
	for i := 1; i <= count; i++ {
		o := off(i)
		if o < prev || o > last {
			return nil, 0, false
		}
		if len(items) < 64 { // only the first items are read
			items = append(items, data[prev:o])
		}
		prev = o
	}
	return items, last, true
}

// cffDictROS finds the ROS operator (12 30) of a DICT: the SIDs of its
// registry and ordering.
func cffDictROS(d []byte) (sids [2]int, ok bool) {
	var ops []float64
	for i := 0; i < len(d); {
		b := d[i]
		switch {
		case b == 12:
			if i+1 < len(d) && d[i+1] == 30 && len(ops) >= 3 {
				return [2]int{int(ops[len(ops)-3]), int(ops[len(ops)-2])}, true
			}
			ops = ops[:0]
			i += 2
		case b <= 21:
			ops = ops[:0]
			i++
		case b == 28:
			if i+3 > len(d) {
				return sids, false
			}
			ops = append(ops, float64(int16(binary.BigEndian.Uint16(d[i+1:]))))
			i += 3
		case b == 29:
			if i+5 > len(d) {
				return sids, false
			}
			ops = append(ops, float64(int32(binary.BigEndian.Uint32(d[i+1:]))))
			i += 5
		case b == 30: // real: nibbles up to 0xf
			i++
			for i < len(d) && d[i]&0x0f != 0x0f && d[i]>>4 != 0x0f {
				i++
			}
			i++
			ops = append(ops, math.NaN())
		case b >= 32 && b <= 246:
			ops = append(ops, float64(int(b)-139))
			i++
		case b >= 247 && b <= 250:
			if i+2 > len(d) {
				return sids, false
			}
			ops = append(ops, float64((int(b)-247)*256+int(d[i+1])+108))
			i += 2
		case b >= 251 && b <= 254:
			if i+2 > len(d) {
				return sids, false
			}
			ops = append(ops, float64(-(int(b)-251)*256-int(d[i+1])-108))
			i += 2
		default: // 22-27, 31, 255: reserved
			return sids, false
		}
		if len(ops) > 48 {
			return sids, false
		}
	}
	return sids, false
}
