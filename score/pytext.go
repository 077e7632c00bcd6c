package score

import (
	"encoding/json"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file holds the pieces of Python semantics the scorer relies on:
// str(), repr(), truthiness, iteration, str.isspace(), str.lower() and the
// text normalisation helpers of score.py built on top of them.

// isSpace reports whether r is whitespace for Python's str.isspace(), which is
// also what `\s` matches in a str regular expression and what str.strip()
// removes.
func isSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0d, r >= 0x1c && r <= 0x20:
		return true
	case r < 0x85:
		return false
	case r == 0x85, r == 0xa0, r == 0x1680, r >= 0x2000 && r <= 0x200a,
		r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// isDash reports whether r is in score.py's DASHES class.
func isDash(r rune) bool {
	return r >= 0x2010 && r <= 0x2015 || r == 0x2212 || r == 0xff0d ||
		r == 0x2e3a || r == 0x2e3b || r == '~' || r == 0xff5e
}

// isTrail reports whether r is in score.py's TRAIL class.
func isTrail(r rune) bool {
	return isSpace(r) || strings.ContainsRune(".;,:!。；，：！、", r)
}

// pyStrip is Python's str.strip() without arguments.
func pyStrip(s string) string { return strings.TrimFunc(s, isSpace) }

// pyLower is Python's str.lower(): the simple lower-case mapping plus the two
// full mappings Python applies (U+0130 and the final-sigma rule).
func pyLower(s string) string {
	var rs []rune
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch r {
		case 0x130:
			b.WriteString("i\u0307")
		case 0x3a3:
			if rs == nil {
				rs = []rune(s)
			}
			if finalSigma(rs, utf8.RuneCountInString(s[:i])) {
				b.WriteRune(0x3c2)
			} else {
				b.WriteRune(0x3c3)
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma mirrors handle_capital_sigma in CPython's unicodeobject.c.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !cased(rs[j]) {
		return false
	}
	for j = i + 1; j < len(rs) && caseIgnorable(rs[j]); j++ {
	}
	return j == len(rs) || !cased(rs[j])
}

func cased(r rune) bool {
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Other_Lowercase, unicode.Other_Uppercase)
}

func caseIgnorable(r rune) bool {
	switch r {
	// Word_Break = MidLetter, MidNumLet or Single_Quote.
	case '\'', '.', ':', 0xb7, 0x387, 0x55f, 0x5f4, 0x2018, 0x2019, 0x2024,
		0x2027, 0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// truthy is Python's bool() of a decoded JSON value.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case json.Number:
		f, _ := strconv.ParseFloat(string(x), 64)
		return f != 0
	case float64:
		return x != 0
	case []any:
		return len(x) > 0
	case *object:
		return len(x.keys) > 0
	}
	return true
}

// present is `v not in (None, "")`.
func present(v any) bool {
	if v == nil {
		return false
	}
	s, ok := v.(string)
	return !ok || s != ""
}

// iterate lists what Python's `for x in (v or [])` visits. A truthy value
// that Python cannot iterate (a number, True) would raise there; it yields
// nothing here.
func iterate(v any) []any {
	switch x := v.(type) {
	case []any:
		return x
	case string:
		out := make([]any, 0, len(x))
		for _, r := range x {
			out = append(out, string(r))
		}
		return out
	case *object:
		out := make([]any, len(x.keys))
		for i, k := range x.keys {
			out[i] = k
		}
		return out
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// pyStr is Python's str() of a decoded JSON value.
func pyStr(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return pyRepr(v)
}

// pyRepr is Python's repr() of a decoded JSON value.
func pyRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case string:
		return reprString(x)
	case json.Number:
		return numberStr(string(x))
	case float64:
		if x == math.Trunc(x) && !math.IsInf(x, 0) {
			if x == 0 {
				return "0"
			}
			return strconv.FormatFloat(x, 'f', -1, 64)
		}
		return floatRepr(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = pyRepr(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *object:
		parts := make([]string, len(x.keys))
		for i, k := range x.keys {
			parts[i] = reprString(k) + ": " + pyRepr(x.vals[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return pyRepr(normalize(v))
}

// reprString is Python's repr() of a str.
func reprString(s string) string {
	quote := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	const hex = "0123456789abcdef"
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteRune(quote)
	for _, r := range s {
		switch {
		case r == quote || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hex[r>>4])
			b.WriteByte(hex[r&15])
		case r < 0x7f || unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString(`\x`)
			b.WriteByte(hex[r>>4])
			b.WriteByte(hex[r&15])
		case r <= 0xffff:
			b.WriteString(`\u`)
			for sh := 12; sh >= 0; sh -= 4 {
				b.WriteByte(hex[(r>>sh)&15])
			}
		default:
			b.WriteString(`\U`)
			for sh := 28; sh >= 0; sh -= 4 {
				b.WriteByte(hex[(r>>sh)&15])
			}
		}
	}
	b.WriteRune(quote)
	return b.String()
}

// numberStr is str() of the value Python's json module makes of a JSON
// number: an int when the text has no fraction or exponent, else a float.
func numberStr(t string) string {
	if !strings.ContainsAny(t, ".eE") {
		if n, ok := new(big.Int).SetString(t, 10); ok {
			return n.String()
		}
		return t
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil && !math.IsInf(f, 0) {
		return t
	}
	return floatRepr(f)
}

// floatRepr is Python's repr() of a float: the shortest round-tripping
// digits, positional when the decimal exponent is in (-4, 16], else
// scientific with at least two exponent digits.
func floatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // [-]d[.ddd]e±XX
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	mant, exps, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	exp, _ := strconv.Atoi(exps)
	decpt := exp + 1
	if decpt <= -4 || decpt > 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := "+"
		if exp < 0 {
			es, exp = "-", -exp
		}
		x := strconv.Itoa(exp)
		if len(x) < 2 {
			x = "0" + x
		}
		return sign + m + "e" + es + x
	}
	switch {
	case decpt <= 0:
		return sign + "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		return sign + digits + strings.Repeat("0", decpt-len(digits)) + ".0"
	}
	return sign + digits[:decpt] + "." + digits[decpt:]
}

// normText is score.py's norm().
func normText(v any) string {
	if v == nil {
		return ""
	}
	s := pyLower(norm.NFKC.String(pyStr(v)))
	s = strings.Map(func(r rune) rune {
		if isDash(r) {
			return '-'
		}
		return r
	}, s)
	s = strings.Join(strings.FieldsFunc(s, isSpace), " ")
	return strings.TrimRightFunc(s, isTrail)
}

// squeeze is score.py's squeeze().
func squeeze(v any) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, normText(v))
}

// bigrams counts the code-point bigrams of squeeze(v); a one-character text
// counts as itself (second element -1).
func bigrams(v any) (map[[2]rune]int, int) {
	rs := []rune(squeeze(v))
	switch len(rs) {
	case 0:
		return nil, 0
	case 1:
		return map[[2]rune]int{{rs[0], -1}: 1}, 1
	}
	out := make(map[[2]rune]int, len(rs)-1)
	for i := 0; i+1 < len(rs); i++ {
		out[[2]rune{rs[i], rs[i+1]}]++
	}
	return out, len(rs) - 1
}

// dice is score.py's dice(): bigram Dice coefficient of two texts.
func dice(a, b any) float64 {
	x, nx := bigrams(a)
	y, ny := bigrams(b)
	if nx == 0 || ny == 0 {
		return 0.0
	}
	common := 0
	for k, v := range x {
		common += min(v, y[k])
	}
	return 2.0 * float64(common) / float64(nx+ny)
}

// normURL is score.py's norm_url().
func normURL(v any) string {
	u := normText(v)
	i := 0
	for i < len(u) && u[i] >= 'a' && u[i] <= 'z' {
		i++
	}
	if i > 0 && strings.HasPrefix(u[i:], "://") {
		u = u[i+3:]
	}
	u = strings.TrimPrefix(u, "www.")
	return strings.TrimRight(u, "/")
}

// normPhone is score.py's norm_phone().
func normPhone(v any) string {
	s := ""
	if truthy(v) {
		s = pyStr(v)
	}
	d := strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
	if strings.HasPrefix(d, "0086") {
		d = d[4:]
	} else if strings.HasPrefix(d, "86") && utf8.RuneCountInString(d) == 13 {
		d = d[2:]
	}
	return d
}

// same is score.py's same().
func same(kind string, a, b any) bool {
	switch kind {
	case "exact":
		return squeeze(a) == squeeze(b)
	case "url":
		return normURL(a) == normURL(b)
	case "phone":
		pa := normPhone(a)
		return pa == normPhone(b) && pa != ""
	}
	return squeeze(a) == squeeze(b) || dice(a, b) >= soft
}

// normalize turns a Go value into the scorer's value model (what
// decodeJSON produces): nil, bool, string, json.Number, float64, []any and
// *object. Go maps have no key order, so their keys are taken sorted.
func normalize(v any) any {
	switch x := v.(type) {
	case nil, bool, string, json.Number, float64, *object:
		return v
	case float32:
		return float64(x)
	case int:
		return json.Number(strconv.FormatInt(int64(x), 10))
	case int64:
		return json.Number(strconv.FormatInt(x, 10))
	case int32:
		return json.Number(strconv.FormatInt(int64(x), 10))
	case uint:
		return json.Number(strconv.FormatUint(uint64(x), 10))
	case uint64:
		return json.Number(strconv.FormatUint(x, 10))
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = normalize(e)
		}
		return out
	case []string:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = e
		}
		return out
	case map[string]any:
		o := &object{keys: sortedKeys(x), vals: make(map[string]any, len(x))}
		for k, e := range x {
			o.vals[k] = normalize(e)
		}
		return o
	case map[string]string:
		o := &object{keys: sortedKeys(x), vals: make(map[string]any, len(x))}
		for k, e := range x {
			o.vals[k] = e
		}
		return o
	}
	// Anything else (structs, typed slices): through its JSON encoding.
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	r, err := decodeJSON(b)
	if err != nil {
		return nil
	}
	return r
}
