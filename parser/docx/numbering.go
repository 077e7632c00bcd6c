package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// maxLvlText bounds the w:lvlText a marker is rendered from.
const maxLvlText = 64

// level is one w:lvl of a list definition.
type level struct {
	start      int
	fmt        string // w:numFmt ("decimal", "bullet", …)
	text       string // w:lvlText ("%1.")
	hasText    bool
	restart    int // w:lvlRestart
	hasRestart bool
	isLgl      bool
	ind        int // w:pPr/w:ind w:left in twips
	hasInd     bool
}

// abstractNum is a w:abstractNum list definition.
type abstractNum struct {
	id           string
	levels       [9]*level
	numStyleLink string // the definition lives in this numbering style
}

// num is a w:num list instance.
type num struct {
	abstract  string
	start     [9]int // w:lvlOverride/w:startOverride
	hasStart  [9]bool
	overrides [9]*level // w:lvlOverride/w:lvl
}

// counter is the running state of one abstract list.
type counter struct {
	vals    [9]int
	started [9]bool
}

// numbering is numbering.xml with the list counters.
type numbering struct {
	abstracts map[string]*abstractNum
	nums      map[string]*num
	counters  map[string]*counter // by abstractNum id
	applied   map[string]*[9]bool // startOverrides already applied, by num id
}

// parse reads numbering.xml.
func (n *numbering) parse(x *xmlReader) error {
	var abs *abstractNum
	var nm *num
	var lvl *level
	overrideLvl := -1 // w:ilvl of the open w:lvlOverride
	inPPr := false
	return x.each(func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			switch name := t.Name.Local; {
			case strings.HasSuffix(name, "Change") || name == "rPr":
				if err := x.skip(); err != nil {
					return err
				}
			case name == "abstractNum":
				abs, nm = &abstractNum{id: attr(t, "abstractNumId")}, nil
			case name == "num":
				nm, abs = &num{}, nil
				if id := attr(t, "numId"); id != "" && n.nums[id] == nil {
					n.nums[id] = nm
				}
			case name == "abstractNumId" && nm != nil:
				nm.abstract = attr(t, "val")
			case name == "numStyleLink" && abs != nil:
				abs.numStyleLink = attr(t, "val")
			case name == "lvlOverride" && nm != nil:
				overrideLvl = -1
				if i, ok := intAttr(t, "ilvl"); ok && i >= 0 && i < 9 {
					overrideLvl = i
				}
			case name == "startOverride" && nm != nil && overrideLvl >= 0:
				if v, ok := intAttr(t, "val"); ok {
					nm.start[overrideLvl], nm.hasStart[overrideLvl] = v, true
				}
			case name == "lvl":
				lvl = &level{start: 1}
				i, ok := intAttr(t, "ilvl")
				switch {
				case !ok || i < 0 || i >= 9:
				case abs != nil && abs.levels[i] == nil:
					abs.levels[i] = lvl
				case nm != nil && overrideLvl == i:
					nm.overrides[i] = lvl
				}
			case lvl != nil && name == "pPr":
				inPPr = true
			case lvl != nil && inPPr && name == "ind":
				var p pprops
				p.set(t)
				lvl.ind, lvl.hasInd = p.ind, p.hasInd
			case lvl != nil && name == "start":
				if v, ok := intAttr(t, "val"); ok {
					lvl.start = v
				}
			case lvl != nil && name == "numFmt":
				lvl.fmt = attr(t, "val")
			case lvl != nil && name == "lvlText":
				lvl.text, lvl.hasText = attr(t, "val"), true
				if len(lvl.text) > maxLvlText { // Word allows a few characters; keep markers small
					lvl.text = strings.ToValidUTF8(lvl.text[:maxLvlText], "")
				}
			case lvl != nil && name == "lvlRestart":
				lvl.restart, lvl.hasRestart = intAttr(t, "val")
			case lvl != nil && name == "isLgl":
				lvl.isLgl = onOff(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "abstractNum":
				if abs != nil && abs.id != "" && n.abstracts[abs.id] == nil {
					n.abstracts[abs.id] = abs
				}
				abs = nil
			case "num":
				nm = nil
			case "lvl":
				lvl = nil
			case "lvlOverride":
				overrideLvl = -1
			case "pPr":
				inPPr = false
			}
		}
		return nil
	})
}

// resolve returns the abstract definition of num id, following a
// w:numStyleLink through the numbering style's own w:numPr.
func (n *numbering) resolve(id string, st *styles) (*num, *abstractNum) {
	nm := n.nums[id]
	if nm == nil {
		return nil, nil
	}
	abs := n.abstracts[nm.abstract]
	for range 4 {
		if abs == nil || abs.numStyleLink == "" {
			break
		}
		s := st.byID[abs.numStyleLink]
		if s == nil || !s.p.hasNum || n.nums[s.p.numID] == nil {
			break
		}
		next := n.abstracts[n.nums[s.p.numID].abstract]
		if next == nil || next == abs {
			break
		}
		abs = next
	}
	return nm, abs
}

// level returns the definition of level ilvl of num id.
func (n *numbering) level(id string, ilvl int, st *styles) (*abstractNum, *level, *num) {
	nm, abs := n.resolve(id, st)
	if nm == nil || abs == nil || ilvl < 0 || ilvl >= 9 {
		return nil, nil, nil
	}
	if l := nm.overrides[ilvl]; l != nil {
		return abs, l, nm
	}
	return abs, abs.levels[ilvl], nm
}

// next counts a list item of num id at level ilvl and returns its marker
// ("•" for bullets, the rendered w:lvlText for numbers; "" when the level
// shows nothing) and the level's left indent in twips. Counters belong to
// the abstract list, as in Word: list instances that share one continue
// each other unless a w:startOverride restarts them, and an item resets
// the counters of the levels below it (w:lvlRestart permitting).
func (n *numbering) next(id string, ilvl int, st *styles) (marker string, ind int, hasInd bool) {
	abs, lvl, nm := n.level(id, ilvl, st)
	if lvl == nil {
		return "", 0, false
	}
	if n.counters == nil {
		n.counters = map[string]*counter{}
		n.applied = map[string]*[9]bool{}
	}
	c := n.counters[abs.id]
	if c == nil {
		c = &counter{}
		n.counters[abs.id] = c
	}
	applied := n.applied[id]
	if applied == nil {
		applied = &[9]bool{}
		n.applied[id] = applied
	}
	switch {
	case nm.hasStart[ilvl] && !applied[ilvl]:
		c.vals[ilvl], c.started[ilvl] = nm.start[ilvl], true
		applied[ilvl] = true
	case !c.started[ilvl]:
		c.vals[ilvl], c.started[ilvl] = lvl.start, true
	default:
		c.vals[ilvl]++
	}
	for d := ilvl + 1; d < 9; d++ {
		restart := d // by default a level restarts after any level above it
		if _, l, _ := n.level(id, d, st); l != nil && l.hasRestart {
			restart = l.restart
		}
		if ilvl < restart {
			c.started[d] = false
		}
	}
	if lvl.fmt == "bullet" {
		return "•", lvl.ind, lvl.hasInd
	}
	if lvl.fmt == "none" {
		return "", lvl.ind, lvl.hasInd
	}
	text := lvl.text
	if !lvl.hasText {
		text = "%" + strconv.Itoa(ilvl+1) + "."
	}
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			k := int(text[i+1] - '1')
			v := c.vals[k]
			f := "decimal"
			if _, l, _ := n.level(id, k, st); l != nil {
				if !c.started[k] {
					v = l.start
				}
				if !lvl.isLgl {
					f = l.fmt
				}
			}
			if k > ilvl { // a deeper level that is not running
				v = max(v, 1)
			}
			b.WriteString(formatNumber(v, f))
			i++
			continue
		}
		b.WriteByte(text[i])
	}
	return strings.TrimSpace(strings.ToValidUTF8(b.String(), "")), lvl.ind, lvl.hasInd
}

// formatNumber renders v in the w:numFmt f; unknown formats are decimal.
func formatNumber(v int, f string) string {
	switch f {
	case "none":
		return ""
	case "decimalZero":
		if v >= 0 && v < 10 {
			return "0" + strconv.Itoa(v)
		}
	case "upperRoman", "lowerRoman":
		if r := roman(v); r != "" {
			if f == "lowerRoman" {
				return strings.ToLower(r)
			}
			return r
		}
	case "upperLetter", "lowerLetter":
		if v >= 1 && v <= 780 {
			// Word repeats the letter: A … Z, AA … ZZ, AAA …
			c := byte('A' + (v-1)%26)
			if f == "lowerLetter" {
				c += 'a' - 'A'
			}
			return strings.Repeat(string(c), (v-1)/26+1)
		}
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if v >= 1 && v <= 20 {
			return string(rune('①' + v - 1))
		}
	case "decimalEnclosedParen":
		if v >= 1 && v <= 20 {
			return string(rune('⑴' + v - 1))
		}
	case "decimalEnclosedFullstop":
		if v >= 1 && v <= 20 {
			return string(rune('⒈' + v - 1))
		}
	case "decimalFullWidth", "decimalFullWidth2":
		return strings.Map(func(r rune) rune { return r - '0' + '０' }, strconv.Itoa(v))
	case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "ideographDigital":
		if s := chinese(v); s != "" {
			return s
		}
	case "ideographTraditional":
		if v >= 1 && v <= 10 {
			return string([]rune("甲乙丙丁戊己庚辛壬癸")[v-1])
		}
	case "ideographZodiac":
		if v >= 1 && v <= 12 {
			return string([]rune("子丑寅卯辰巳午未申酉戌亥")[v-1])
		}
	case "ordinal":
		suffix := "th"
		if v%100 < 11 || v%100 > 13 {
			switch v % 10 {
			case 1:
				suffix = "st"
			case 2:
				suffix = "nd"
			case 3:
				suffix = "rd"
			}
		}
		return strconv.Itoa(v) + suffix
	}
	return strconv.Itoa(v)
}

func roman(v int) string {
	if v < 1 || v > 3999 {
		return ""
	}
	var b strings.Builder
	for _, p := range []struct {
		n int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for v >= p.n {
			b.WriteString(p.s)
			v -= p.n
		}
	}
	return b.String()
}

// chinese renders 1-99 in Chinese numerals (一, 十, 十一, 二十一).
func chinese(v int) string {
	digits := []rune("〇一二三四五六七八九")
	switch {
	case v >= 1 && v <= 9:
		return string(digits[v])
	case v >= 10 && v <= 99:
		s := ""
		if v/10 > 1 {
			s = string(digits[v/10])
		}
		s += "十"
		if v%10 > 0 {
			s += string(digits[v%10])
		}
		return s
	}
	return ""
}
