package pdf

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
)

// A small reader and writer of PDF objects (ISO 32000-2 §7.3), for the
// decryption pass (decrypt.go), which must see strings and streams
// before the library does. Everything is bounded: nesting, and the input.

type (
	pObj     = any
	pName    string // a name without its slash, as written (# escapes kept)
	pStr     []byte // a string's bytes (escapes resolved)
	pNum     string // a number as written
	pKeyword string // true, false, null (or anything else unknown)
	pRef     struct{ num, gen int }
	pArray   []pObj
	pDict    struct {
		keys []string
		vals []pObj
	}
)

// maxObjDepth bounds the nesting of arrays and dictionaries.
const maxObjDepth = 64

var errObj = errors.New("bad object")

func (d pDict) get(k string) pObj {
	for i, key := range d.keys {
		if key == k {
			return d.vals[i]
		}
	}
	return nil
}

func (d *pDict) set(k string, v pObj) {
	for i, key := range d.keys {
		if key == k {
			d.vals[i] = v
			return
		}
	}
	d.keys = append(d.keys, k)
	d.vals = append(d.vals, v)
}

func (d *pDict) del(k string) {
	for i, key := range d.keys {
		if key == k {
			d.keys = append(d.keys[:i:i], d.keys[i+1:]...)
			d.vals = append(d.vals[:i:i], d.vals[i+1:]...)
			return
		}
	}
}

// intOf reads an integer (a real with no fraction counts).
func intOf(o pObj) (int, bool) {
	n, ok := o.(pNum)
	if !ok {
		return 0, false
	}
	if v, err := strconv.Atoi(string(n)); err == nil {
		return v, true
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil || f != float64(int(f)) {
		return 0, false
	}
	return int(f), true
}

// lexer reads objects from data at pos.
type lexer struct {
	data []byte
	pos  int
}

func (lx *lexer) skipSpace() {
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		switch {
		case isSpace(c):
			lx.pos++
		case c == '%':
			for lx.pos < len(lx.data) && lx.data[lx.pos] != '\n' && lx.data[lx.pos] != '\r' {
				lx.pos++
			}
		default:
			return
		}
	}
}

// word reads a run of regular characters (a number, keyword or name body).
func (lx *lexer) word() []byte {
	s := lx.pos
	for lx.pos < len(lx.data) && !isSpace(lx.data[lx.pos]) && !isDelim(lx.data[lx.pos]) {
		lx.pos++
	}
	return lx.data[s:lx.pos]
}

// keyword reports whether the next token is the keyword kw, and skips it.
func (lx *lexer) keyword(kw string) bool {
	lx.skipSpace()
	save := lx.pos
	if string(lx.word()) == kw {
		return true
	}
	lx.pos = save
	return false
}

// uint reads an unsigned integer token.
func (lx *lexer) uint() (int, bool) {
	lx.skipSpace()
	save := lx.pos
	w := lx.word()
	v, err := strconv.Atoi(string(w))
	if err != nil || len(w) == 0 || w[0] < '0' || w[0] > '9' || v < 0 {
		lx.pos = save
		return 0, false
	}
	return v, true
}

// object reads one object.
func (lx *lexer) object(depth int) (pObj, error) {
	if depth > maxObjDepth {
		return nil, fmt.Errorf("%w: nested too deep", errObj)
	}
	lx.skipSpace()
	if lx.pos >= len(lx.data) {
		return nil, fmt.Errorf("%w: unexpected end", errObj)
	}
	switch c := lx.data[lx.pos]; {
	case c == '/':
		lx.pos++
		return pName(lx.word()), nil
	case c == '(':
		return lx.literal(), nil
	case c == '<' && lx.pos+1 < len(lx.data) && lx.data[lx.pos+1] == '<':
		lx.pos += 2
		return lx.dict(depth)
	case c == '<':
		return lx.hexString(), nil
	case c == '[':
		lx.pos++
		var a pArray
		for {
			lx.skipSpace()
			if lx.pos >= len(lx.data) {
				return nil, fmt.Errorf("%w: unterminated array", errObj)
			}
			if lx.data[lx.pos] == ']' {
				lx.pos++
				return a, nil
			}
			v, err := lx.object(depth + 1)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
	case c == '+' || c == '-' || c == '.' || isDigit(c):
		w := lx.word()
		if n, err := strconv.Atoi(string(w)); err == nil && n >= 0 && isDigit(w[0]) {
			save := lx.pos
			if gen, ok := lx.uint(); ok && lx.keyword("R") {
				return pRef{n, gen}, nil
			}
			lx.pos = save
		}
		return pNum(w), nil
	case isDelim(c):
		return nil, fmt.Errorf("%w: unexpected %q", errObj, c)
	}
	return pKeyword(lx.word()), nil
}

func (lx *lexer) dict(depth int) (pObj, error) {
	var d pDict
	for {
		lx.skipSpace()
		if lx.pos+1 < len(lx.data) && lx.data[lx.pos] == '>' && lx.data[lx.pos+1] == '>' {
			lx.pos += 2
			return d, nil
		}
		k, err := lx.object(depth + 1)
		if err != nil {
			return nil, err
		}
		name, ok := k.(pName)
		if !ok {
			return nil, fmt.Errorf("%w: dictionary key is not a name", errObj)
		}
		lx.skipSpace()
		if lx.pos+1 < len(lx.data) && lx.data[lx.pos] == '>' && lx.data[lx.pos+1] == '>' {
			d.set(string(name), pKeyword("null"))
			continue
		}
		v, err := lx.object(depth + 1)
		if err != nil {
			return nil, err
		}
		d.set(string(name), v)
	}
}

// literal reads a (string); an unterminated one ends with the input.
func (lx *lexer) literal() pStr {
	var out []byte
	depth := 0
	for lx.pos++; lx.pos < len(lx.data); lx.pos++ {
		c := lx.data[lx.pos]
		switch c {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				lx.pos++
				return out
			}
			depth--
		case '\\':
			lx.pos++
			if lx.pos >= len(lx.data) {
				return out
			}
			switch d := lx.data[lx.pos]; d {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case '\r':
				if lx.pos+1 < len(lx.data) && lx.data[lx.pos+1] == '\n' {
					lx.pos++
				}
			case '\n':
			default:
				if d >= '0' && d <= '7' {
					v := 0
					k := lx.pos
					for ; k < len(lx.data) && k < lx.pos+3 && lx.data[k] >= '0' && lx.data[k] <= '7'; k++ {
						v = v*8 + int(lx.data[k]-'0')
					}
					out = append(out, byte(v))
					lx.pos = k - 1
				} else {
					out = append(out, d)
				}
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

// hexString reads a <hex string>: white space skipped, an odd digit
// padded with 0, ended by '>' or by the first character that is neither.
func (lx *lexer) hexString() pStr {
	var out []byte
	hi := -1
	for lx.pos++; lx.pos < len(lx.data); lx.pos++ {
		c := lx.data[lx.pos]
		if c == '>' {
			lx.pos++
			break
		}
		if isSpace(c) {
			continue
		}
		v := unhex(c)
		if v < 0 {
			break
		}
		if hi < 0 {
			hi = v
		} else {
			out = append(out, byte(hi<<4|v))
			hi = -1
		}
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	return out
}

// writeObj writes o in PDF syntax; strings as hex.
func writeObj(b *bytes.Buffer, o pObj) {
	switch v := o.(type) {
	case pName:
		b.WriteByte('/')
		b.WriteString(string(v))
	case pStr:
		b.WriteByte('<')
		b.WriteString(hex.EncodeToString(v))
		b.WriteByte('>')
	case pNum:
		b.WriteString(string(v))
	case pKeyword:
		b.WriteString(string(v))
	case pRef:
		fmt.Fprintf(b, "%d %d R", v.num, v.gen)
	case pArray:
		b.WriteByte('[')
		for i, e := range v {
			if i > 0 {
				b.WriteByte(' ')
			}
			writeObj(b, e)
		}
		b.WriteByte(']')
	case pDict:
		b.WriteString("<<")
		for i, k := range v.keys {
			b.WriteByte('/')
			b.WriteString(k)
			b.WriteByte(' ')
			writeObj(b, v.vals[i])
		}
		b.WriteString(">>")
	default:
		b.WriteString("null")
	}
}
