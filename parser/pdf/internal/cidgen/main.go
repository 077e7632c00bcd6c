// Command cidgen writes the CID → Unicode tables of Adobe's CJK character
// collections (Adobe-GB1, Adobe-CNS1, Adobe-Japan1, Adobe-Korea1,
// Adobe-KR) that package pdf embeds, from Adobe's Adobe-*-UCS2 CMaps.
//
// Source: Adobe's cmap-resources (https://github.com/adobe-type-tools/cmap-resources),
// the files Adobe-<collection>/Adobe-<collection>-UCS2, which Debian's
// poppler-data package installs under /usr/share/poppler/cMap/.
// Copyright 1990-2020 Adobe. Licence: BSD-3-Clause (see cidmaps/LICENSE,
// written by this program from the CMaps' own %%Copyright header).
//
// Output: one file per collection, cidmaps/<collection>.z, raw DEFLATE of
//
//	"CIDU" version(1 byte) count(uvarint)
//	then, for each CID from 0 to count-1: the number of code points
//	(uvarint, 0 for none), each code point a zigzag varint delta from
//	the previous code point written.
//
// Variation selectors (U+FE00-FE0F, U+E0100-E01EF) that some entries
// append to pick a glyph variant are dropped: the text is the base
// character. U+FFFD (CID 0, .notdef) is no text.
//
// Usage (from parser/pdf, as its go:generate line does):
//
//	go run ./internal/cidgen -src /usr/share/poppler/cMap -out cidmaps
package main

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Collections lists the character collections written.
var Collections = []string{"GB1", "CNS1", "Japan1", "Korea1", "KR"}

func main() {
	src := flag.String("src", "/usr/share/poppler/cMap", "directory holding Adobe-<collection>/Adobe-<collection>-UCS2")
	out := flag.String("out", "cidmaps", "output directory")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	var licence string
	for _, c := range Collections {
		path := filepath.Join(*src, "Adobe-"+c, "Adobe-"+c+"-UCS2")
		data, err := os.ReadFile(path)
		if err != nil {
			log.Fatal(err)
		}
		if licence == "" {
			licence = copyright(data)
		}
		table, err := parse(data)
		if err != nil {
			log.Fatalf("%s: %v", path, err)
		}
		z := encode(table)
		if err := os.WriteFile(filepath.Join(*out, c+".z"), z, 0o644); err != nil {
			log.Fatal(err)
		}
		mapped := 0
		for _, rs := range table {
			if len(rs) > 0 {
				mapped++
			}
		}
		fmt.Printf("Adobe-%s: %d CIDs, %d mapped, %d bytes\n", c, len(table), mapped, len(z))
	}
	head := "The tables in this directory are made by parser/pdf/internal/cidgen from\n" +
		"Adobe's cmap-resources (the Adobe-*-UCS2 CMaps), under this licence:\n\n"
	if err := os.WriteFile(filepath.Join(*out, "LICENSE"), []byte(head+licence), 0o644); err != nil {
		log.Fatal(err)
	}
}

// copyright returns the CMap's %%Copyright header lines.
func copyright(data []byte) string {
	var b strings.Builder
	for _, l := range strings.Split(string(data), "\n") {
		if t, ok := strings.CutPrefix(l, "%%Copyright:"); ok {
			t = strings.TrimSpace(t)
			if strings.Trim(t, "-") == "" && t != "" {
				continue
			}
			b.WriteString(t + "\n")
		}
	}
	return strings.TrimLeft(b.String(), "\n")
}

// parse reads the bfchar and bfrange sections of a CID → Unicode CMap.
func parse(data []byte) ([][]rune, error) {
	var table [][]rune
	set := func(cid int, u []uint16) {
		if cid < 0 || cid > 0xffff {
			return
		}
		for len(table) <= cid {
			table = append(table, nil)
		}
		var rs []rune
		for _, r := range utf16.Decode(u) {
			if r >= 0xfe00 && r <= 0xfe0f || r >= 0xe0100 && r <= 0xe01ef || r == 0xfffd {
				continue
			}
			rs = append(rs, r)
		}
		table[cid] = rs
	}
	section := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasSuffix(line, "beginbfchar"):
			section = "char"
			continue
		case strings.HasSuffix(line, "beginbfrange"):
			section = "range"
			continue
		case line == "endbfchar" || line == "endbfrange":
			section = ""
			continue
		}
		if section == "" || line == "" {
			continue
		}
		f := strings.Fields(line)
		switch {
		case section == "char" && len(f) == 2:
			cid, err1 := hexInt(f[0])
			u, err2 := hexUnits(f[1])
			if err := errors.Join(err1, err2); err != nil {
				return nil, fmt.Errorf("%q: %v", line, err)
			}
			set(cid, u)
		case section == "range" && len(f) == 3:
			lo, err1 := hexInt(f[0])
			hi, err2 := hexInt(f[1])
			u, err3 := hexUnits(f[2])
			if err := errors.Join(err1, err2, err3); err != nil || hi < lo || len(u) == 0 {
				return nil, fmt.Errorf("%q: %v", line, err)
			}
			for cid := lo; cid <= hi; cid++ {
				v := append([]uint16(nil), u...)
				v[len(v)-1] += uint16(cid - lo)
				set(cid, v)
			}
		default:
			return nil, fmt.Errorf("unexpected line %q", line)
		}
	}
	return table, sc.Err()
}

func hexInt(s string) (int, error) {
	v, err := strconv.ParseUint(strings.Trim(s, "<>"), 16, 32)
	return int(v), err
}

func hexUnits(s string) ([]uint16, error) {
	h := strings.Trim(s, "<>")
	if len(h)%4 != 0 {
		return nil, fmt.Errorf("odd destination %q", s)
	}
	var u []uint16
	for i := 0; i < len(h); i += 4 {
		v, err := strconv.ParseUint(h[i:i+4], 16, 16)
		if err != nil {
			return nil, err
		}
		u = append(u, uint16(v))
	}
	return u, nil
}

// encode writes a table in the format package pdf reads (see above).
func encode(table [][]rune) []byte {
	var raw bytes.Buffer
	raw.WriteString("CIDU\x01")
	raw.Write(binary.AppendUvarint(nil, uint64(len(table))))
	prev := rune(0)
	for _, rs := range table {
		raw.Write(binary.AppendUvarint(nil, uint64(len(rs))))
		for _, r := range rs {
			raw.Write(binary.AppendVarint(nil, int64(r-prev)))
			prev = r
		}
	}
	var z bytes.Buffer
	w, _ := flate.NewWriter(&z, flate.BestCompression)
	w.Write(raw.Bytes())
	w.Close()
	return z.Bytes()
}
