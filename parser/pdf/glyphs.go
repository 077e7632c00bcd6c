package pdf

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Tables for simple fonts: base encodings, glyph names and the widths of
// the standard 14 fonts, which PDFs may use without /Widths.

// baseEncoding is a simple font's code → text table.
type baseEncoding [256]string

var (
	winAnsi  = charmapEncoding(charmap.Windows1252)
	macRoman = charmapEncoding(charmap.Macintosh)
	standard = standardEncoding()
	symbol   = symbolEncoding()
	dingbats = dingbatsEncoding()
)

func charmapEncoding(cm *charmap.Charmap) *baseEncoding {
	var e baseEncoding
	for c := 32; c < 256; c++ {
		r := cm.DecodeByte(byte(c))
		if r == utf8.RuneError || r == 0x7f || r >= 0x80 && r < 0xa0 {
			continue
		}
		e[c] = string(r)
	}
	// PDF's WinAnsiEncoding maps the codes Windows-1252 leaves undefined
	// in 0x80-0x9f to nothing; 0xad (soft hyphen) is a visible hyphen.
	if cm == charmap.Windows1252 {
		e[0xad] = "-"
	}
	return &e
}

func standardEncoding() *baseEncoding {
	var e baseEncoding
	for c := 32; c < 127; c++ {
		e[c] = string(rune(c))
	}
	e['\''] = "’"
	e['`'] = "‘"
	high := map[int]string{
		0xa1: "¡", 0xa2: "¢", 0xa3: "£", 0xa4: "⁄", 0xa5: "¥", 0xa6: "ƒ", 0xa7: "§", 0xa8: "¤",
		0xa9: "'", 0xaa: "“", 0xab: "«", 0xac: "‹", 0xad: "›", 0xae: "fi", 0xaf: "fl",
		0xb1: "–", 0xb2: "†", 0xb3: "‡", 0xb4: "·", 0xb6: "¶", 0xb7: "•", 0xb8: "‚",
		0xb9: "„", 0xba: "”", 0xbb: "»", 0xbc: "…", 0xbd: "‰", 0xbf: "¿",
		0xc1: "`", 0xc2: "´", 0xc3: "ˆ", 0xc4: "˜", 0xc5: "¯", 0xc6: "˘", 0xc7: "˙",
		0xc8: "¨", 0xca: "˚", 0xcb: "¸", 0xcd: "˝", 0xce: "˛", 0xcf: "ˇ", 0xd0: "—",
		0xe1: "Æ", 0xe3: "ª", 0xe8: "Ł", 0xe9: "Ø", 0xea: "Œ", 0xeb: "º",
		0xf1: "æ", 0xf5: "ı", 0xf8: "ł", 0xf9: "ø", 0xfa: "œ", 0xfb: "ß",
	}
	for c, s := range high {
		e[c] = s
	}
	return &e
}

// symbolEncoding covers the Symbol font codes that turn up in resumes
// (bullets, arrows, a few math signs); Greek letters map to Greek.
func symbolEncoding() *baseEncoding {
	var e baseEncoding
	for c := 32; c < 127; c++ {
		e[c] = string(rune(c))
	}
	greek := "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"
	i := 0
	for _, r := range greek {
		e['A'+i] = string(r)
		i++
	}
	greek = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"
	i = 0
	for _, r := range greek {
		e['a'+i] = string(r)
		i++
	}
	for c, s := range map[int]string{
		0xa5: "∞", 0xa7: "♣", 0xa8: "♦", 0xa9: "♥", 0xaa: "♠", 0xab: "↔", 0xac: "←",
		0xad: "↑", 0xae: "→", 0xaf: "↓", 0xb0: "°", 0xb1: "±", 0xb4: "×", 0xb7: "•",
		0xb8: "÷", 0xb9: "≠", 0xba: "≡", 0xbb: "≈", 0xbc: "…", 0xd7: "⋅", 0xe0: "◊",
		0xde: "⇒", 0xdc: "⇐", 0xd2: "®", 0xd3: "©", 0xd4: "™", 0xa3: "≤", 0xb3: "≥",
	} {
		e[c] = s
	}
	return &e
}

// dingbatsEncoding maps the ZapfDingbats/Wingdings codes used as bullets.
func dingbatsEncoding() *baseEncoding {
	var e baseEncoding
	for c, s := range map[int]string{
		0x6c: "●", 0x6e: "■", 0x6f: "□", 0x71: "❑", 0x75: "◆", 0x76: "❖", 0x77: "◗",
		0xa7: "▪", 0xa8: "◦", 0x9f: "•", 0xd8: "➢", 0xfc: "✓", 0xfb: "✗", 0x34: "✔",
		0x33: "✓", 0x2a: "✪", 0x48: "★", 0x4e: "✮", 0xe0: "➔", 0xe8: "➨", 0xf0: "⇨",
		0x20: " ",
	} {
		e[c] = s
	}
	return &e
}

// puaBullets maps private-use code points that Word-made PDFs emit for
// Symbol/Wingdings bullets (the font's code plus 0xF000) to real bullets.
var puaBullets = map[rune]string{
	0xf0b7: "•", 0xf0a7: "▪", 0xf0d8: "➢", 0xf076: "❖", 0xf0fc: "✓", 0xf06c: "●",
	0xf06e: "■", 0xf0a8: "◦", 0xf075: "◆", 0xf09f: "•", 0xf0e0: "➔", 0xf0e8: "➨",
	0xf02d: "-", 0xf0be: "—",
}

// aglNames is the subset of the Adobe Glyph List this package knows besides
// the names derived from Unicode decompositions (see accented).
var aglNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{
		"space": " ", "exclam": "!", "quotedbl": "\"", "numbersign": "#", "dollar": "$",
		"percent": "%", "ampersand": "&", "quotesingle": "'", "quoteright": "’",
		"parenleft": "(", "parenright": ")", "asterisk": "*", "plus": "+", "comma": ",",
		"hyphen": "-", "period": ".", "slash": "/", "zero": "0", "one": "1", "two": "2",
		"three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
		"nine": "9", "colon": ":", "semicolon": ";", "less": "<", "equal": "=",
		"greater": ">", "question": "?", "at": "@", "bracketleft": "[", "backslash": "\\",
		"bracketright": "]", "asciicircum": "^", "underscore": "_", "grave": "`",
		"quoteleft": "‘", "braceleft": "{", "bar": "|", "braceright": "}", "asciitilde": "~",
		"exclamdown": "¡", "cent": "¢", "sterling": "£", "currency": "¤", "yen": "¥",
		"brokenbar": "¦", "section": "§", "dieresis": "¨", "copyright": "©",
		"ordfeminine": "ª", "guillemotleft": "«", "guillemetleft": "«", "logicalnot": "¬",
		"registered": "®", "macron": "¯", "degree": "°", "plusminus": "±",
		"twosuperior": "²", "threesuperior": "³", "acute": "´", "mu": "µ", "mu1": "µ",
		"paragraph": "¶", "periodcentered": "·", "middot": "·", "cedilla": "¸",
		"onesuperior": "¹", "ordmasculine": "º", "guillemotright": "»",
		"guillemetright": "»", "onequarter": "¼", "onehalf": "½", "threequarters": "¾",
		"questiondown": "¿", "AE": "Æ", "Eth": "Ð", "multiply": "×", "Oslash": "Ø",
		"Thorn": "Þ", "germandbls": "ß", "ae": "æ", "eth": "ð", "divide": "÷",
		"oslash": "ø", "thorn": "þ", "dotlessi": "ı", "Lslash": "Ł", "lslash": "ł",
		"OE": "Œ", "oe": "œ", "Dcroat": "Đ", "dcroat": "đ", "Dslash": "Đ", "dmacron": "đ",
		"florin": "ƒ", "circumflex": "ˆ", "caron": "ˇ", "breve": "˘", "dotaccent": "˙",
		"ring": "˚", "ogonek": "˛", "tilde": "˜", "hungarumlaut": "˝",
		"endash": "–", "emdash": "—", "figuredash": "‒", "horizontalbar": "―",
		"quotesinglbase": "‚", "quotedblleft": "“", "quotedblright": "”",
		"quotedblbase": "„", "dagger": "†", "daggerdbl": "‡", "bullet": "•",
		"ellipsis": "…", "perthousand": "‰", "guilsinglleft": "‹", "guilsinglright": "›",
		"fraction": "⁄", "Euro": "€", "euro": "€", "trademark": "™", "minus": "−",
		"fi": "fi", "fl": "fl", "ff": "ff", "ffi": "ffi", "ffl": "ffl", "st": "st",
		"nbspace": " ", "nonbreakingspace": " ", "sfthyphen": "-", "softhyphen": "-",
		"uni00A0": " ", "arrowright": "→", "arrowleft": "←", "arrowup": "↑",
		"arrowdown": "↓", "arrowboth": "↔", "lozenge": "◊", "blackcircle": "●",
		"whitecircle": "○", "filledbox": "■", "H18533": "●", "H18543": "▪", "H18551": "▫",
		"H22073": "□", "filledrect": "▬", "triagrt": "►", "checkmark": "✓",
		"openbullet": "◦", "heart": "♥", "club": "♣", "spade": "♠", "diamond": "♦",
		"infinity": "∞", "lessequal": "≤", "greaterequal": "≥", "notequal": "≠",
		"approxequal": "≈", "Omega": "Ω", "Delta": "Δ", "pi": "π", "alpha": "α",
		"beta": "β", "gamma": "γ", "delta": "δ", "lambda": "λ", "sigma": "σ",
		"quotereversed": "‛", "numero": "№", "afii61352": "№", "estimated": "℮",
		"dotlessj": "ȷ", "commaaccent": "\u0326", "kgreenlandic": "ĸ", "Eng": "Ŋ",
		"eng": "ŋ", "napostrophe": "ŉ", "IJ": "Ĳ", "ij": "ĳ", "Ldot": "Ŀ", "ldot": "ŀ",
		"longs": "ſ", "Hbar": "Ħ", "hbar": "ħ", "Tbar": "Ŧ", "tbar": "ŧ",
		"Gcommaaccent": "Ģ", "gcommaaccent": "ģ", "Kcommaaccent": "Ķ", "kcommaaccent": "ķ",
		"Lcommaaccent": "Ļ", "lcommaaccent": "ļ", "Ncommaaccent": "Ņ", "ncommaaccent": "ņ",
		"Rcommaaccent": "Ŗ", "rcommaaccent": "ŗ", "Tcommaaccent": "Ţ", "tcommaaccent": "ţ",
		"Scommaaccent": "Ș", "scommaaccent": "ș",
	}
	addAccented(m)
	return m
})

// accentNames name the combining marks in glyph names such as "eacute".
var accentNames = map[rune][]string{
	0x300: {"grave"}, 0x301: {"acute"}, 0x302: {"circumflex"}, 0x303: {"tilde"},
	0x304: {"macron"}, 0x306: {"breve"}, 0x307: {"dotaccent"}, 0x308: {"dieresis"},
	0x30a: {"ring"}, 0x30b: {"hungarumlaut"}, 0x30c: {"caron"},
	0x326: {"commaaccent"}, 0x327: {"cedilla", "commaaccent"}, 0x328: {"ogonek"},
}

// addAccented adds to m the names of the accented Latin letters (Latin-1
// and Latin Extended-A/B) by decomposing them: "eacute", "Scaron",
// "Aogonek".
func addAccented(m map[string]string) {
	for r := rune(0xc0); r < 0x250; r++ {
		d := norm.NFD.String(string(r))
		rs := []rune(d)
		if len(rs) != 2 || rs[0] >= 0x80 || !unicode.IsLetter(rs[0]) {
			continue
		}
		for _, acc := range accentNames[rs[1]] {
			n := string(rs[0]) + acc
			if _, ok := m[n]; !ok {
				m[n] = string(r)
			}
		}
	}
	for c := 'a'; c <= 'z'; c++ {
		m[string(c)] = string(c)
		m[string(c-32)] = string(c - 32)
	}
	m["Idot"] = "İ"
}

// glyphText maps a glyph name to its text, "" when the name says nothing
// about the character: names like "g6CAA", "glyph12" or "cid123" are glyph
// IDs, which only a /ToUnicode map can decode.
func glyphText(name string) string {
	if s, ok := aglNames()[name]; ok {
		return s
	}
	if i := strings.IndexByte(name, '.'); i > 0 { // "a.sc", "one.oldstyle"
		return glyphText(name[:i])
	}
	if strings.Contains(name, "_") { // ligatures "f_f_i"
		var b strings.Builder
		for _, p := range strings.Split(name, "_") {
			s := glyphText(p)
			if s == "" {
				return ""
			}
			b.WriteString(s)
		}
		return b.String()
	}
	if strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0 {
		var b strings.Builder
		for i := 3; i < len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 32)
			if err != nil || v >= 0xd800 && v < 0xe000 {
				return ""
			}
			b.WriteRune(rune(v))
		}
		return b.String()
	}
	if name != "" && name[0] == 'u' && len(name) >= 5 && len(name) <= 7 {
		v, err := strconv.ParseUint(name[1:], 16, 32)
		if err == nil && v <= unicode.MaxRune && !(v >= 0xd800 && v < 0xe000) {
			return string(rune(v))
		}
	}
	return ""
}

// Widths of the standard 14 fonts for ASCII 32-126 (from their AFM files),
// used when a font dictionary has no /Widths.
var (
	helveticaWidths = [95]int16{
		278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
		556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
		1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
		667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
		333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
		556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
	}
	helveticaBoldWidths = [95]int16{
		278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
		556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
		975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
		667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
		333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
		611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
	}
	timesWidths = [95]int16{
		250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
		500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
		921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
		556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
		333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
		500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
	}
)

// standardWidth returns the width (glyph units) of text in a standard 14
// font named base, or 0 when the font is not one of them.
func standardWidth(base, text string) float64 {
	b := strings.ToLower(base)
	var table *[95]int16
	switch {
	case strings.Contains(b, "courier"):
		return 600
	case strings.Contains(b, "helvetica") || strings.Contains(b, "arial"):
		table = &helveticaWidths
		if strings.Contains(b, "bold") {
			table = &helveticaBoldWidths
		}
	case strings.Contains(b, "times"):
		table = &timesWidths
	case strings.Contains(b, "symbol") || strings.Contains(b, "dingbats"):
		return 600
	default:
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text)
	if r >= 32 && r < 127 {
		return float64(table[r-32])
	}
	return 556
}
