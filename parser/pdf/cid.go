package pdf

//go:generate go run ./internal/cidgen -src /usr/share/poppler/cMap -out cidmaps

import (
	"bytes"
	"compress/flate"
	"embed"
	"encoding/binary"
	"io"
	"sync"
)

// CID → Unicode for Adobe's CJK character collections, for CID fonts
// without /ToUnicode (XeLaTeX's Fandol fonts: Identity-H, Adobe-GB1 CIDs).
// The tables (cidmaps/*.z, ~110 KB in all) are made by internal/cidgen
// from Adobe's Adobe-*-UCS2 CMaps (cmap-resources, BSD-3-Clause: see
// cidmaps/LICENSE) and decompressed on first use, each collection once.

//go:embed cidmaps/*.z
var cidMaps embed.FS

// cidCollection is one character collection's CID → text table.
type cidCollection struct {
	name  string
	once  sync.Once
	runes []rune         // one code point per CID, 0 for none
	multi map[int]string // CIDs whose text is more than one code point
}

var cidCollections = map[string]*cidCollection{}

func init() {
	for _, c := range []string{"GB1", "CNS1", "Japan1", "Korea1", "KR"} {
		cidCollections[c] = &cidCollection{name: c}
	}
}

// collection returns the table of the collection Registry-Ordering, nil
// when it is none of Adobe's CJK collections.
func collection(registry, ordering string) *cidCollection {
	if registry != "Adobe" {
		return nil
	}
	return cidCollections[ordering]
}

// text returns the text of a CID, "" when the collection has none.
func (c *cidCollection) text(cid uint32) string {
	c.once.Do(c.load)
	if int64(cid) >= int64(len(c.runes)) {
		return ""
	}
	if r := c.runes[cid]; r != 0 {
		return string(r)
	}
	return c.multi[int(cid)]
}

// load decodes the collection's table (the format is described in
// internal/cidgen); a damaged table leaves what was read.
func (c *cidCollection) load() {
	z, err := cidMaps.ReadFile("cidmaps/" + c.name + ".z")
	if err != nil {
		return
	}
	data, err := io.ReadAll(flate.NewReader(bytes.NewReader(z)))
	if err != nil || !bytes.HasPrefix(data, []byte("CIDU\x01")) {
		return
	}
	r := bytes.NewReader(data[5:])
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<16 {
		return
	}
	runes := make([]rune, n)
	prev := rune(0)
	next := func() bool {
		d, err := binary.ReadVarint(r)
		prev += rune(d)
		return err == nil
	}
Table:
	for cid := range runes {
		k, err := binary.ReadUvarint(r)
		if err != nil || k > 16 {
			break
		}
		switch k {
		case 0:
		case 1:
			if !next() {
				break Table
			}
			runes[cid] = prev
		default:
			rs := make([]rune, k)
			for i := range rs {
				if !next() {
					break Table
				}
				rs[i] = prev
			}
			if c.multi == nil {
				c.multi = map[int]string{}
			}
			c.multi[cid] = string(rs)
		}
	}
	c.runes = runes
}
