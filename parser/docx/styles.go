package docx

import (
	"strconv"
	"strings"

	"encoding/xml"
)

// rprops are the run properties the adapter reads.
type rprops struct {
	style    string // w:rStyle
	b, bCs   int8   // w:b, w:bCs: 0 unset, 1 on, -1 off
	sz, szCs int    // w:sz, w:szCs in half-points, 0 unset
	vanish   int8   // w:vanish (hidden text)
}

func tri(on bool) int8 {
	if on {
		return 1
	}
	return -1
}

// set applies one child element of a w:rPr.
func (r *rprops) set(se startElement) {
	switch se.Name.Local {
	case "rStyle":
		r.style = attr(se, "val")
	case "b":
		r.b = tri(onOff(se))
	case "bCs":
		r.bCs = tri(onOff(se))
	case "sz", "szCs":
		if n, ok := intAttr(se, "val"); ok && n > 0 && n <= 3276 {
			if se.Name.Local == "sz" {
				r.sz = n
			} else {
				r.szCs = n
			}
		}
	case "vanish":
		r.vanish = tri(onOff(se))
	}
}

func (r *rprops) bold() int8 {
	if r.b != 0 {
		return r.b
	}
	return r.bCs
}

func (r *rprops) size() int {
	if r.sz > 0 {
		return r.sz
	}
	return r.szCs
}

// pprops are the paragraph properties the adapter reads.
type pprops struct {
	style           string // w:pStyle
	numID           string // w:numPr/w:numId ("0" removes numbering)
	hasNum          bool
	ilvl            int // w:numPr/w:ilvl
	hasIlvl         bool
	outline         int // w:outlineLvl (0-based; 9 is body text)
	hasOutline      bool
	ind             int // w:ind w:left (or w:start) in twips
	hasInd          bool
	pageBreakBefore bool
}

// set applies one child element of a w:pPr or of its w:numPr.
func (p *pprops) set(se startElement) {
	switch se.Name.Local {
	case "pStyle":
		p.style = attr(se, "val")
	case "numId":
		p.numID, p.hasNum = strings.TrimSpace(attr(se, "val")), true
	case "ilvl":
		if n, ok := intAttr(se, "val"); ok && n >= 0 && n < 9 {
			p.ilvl, p.hasIlvl = n, true
		}
	case "outlineLvl":
		if n, ok := intAttr(se, "val"); ok && n >= 0 {
			p.outline, p.hasOutline = n, true
		}
	case "ind":
		n, ok := intAttr(se, "left")
		if !ok {
			n, ok = intAttr(se, "start")
		}
		if ok {
			p.ind, p.hasInd = n, true
		}
	case "pageBreakBefore":
		p.pageBreakBefore = onOff(se)
	}
}

// style is one w:style of styles.xml.
type style struct {
	id, name, typ, basedOn string
	r                      rprops
	p                      pprops
}

// styles is styles.xml.
type styles struct {
	byID        map[string]*style
	defaults    rprops // w:docDefaults/w:rPrDefault
	defaultPara string // the default paragraph style ("Normal")
	present     bool
}

// maxChain bounds w:basedOn chains (which may loop in broken files).
const maxChain = 32

// parse reads styles.xml.
func (s *styles) parse(x *xmlReader) error {
	s.present = true
	var stack []string
	var cur *style
	var rp *rprops
	var pp *pprops
	return x.each(func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			switch {
			case strings.HasSuffix(name, "Change") || name == "tblStylePr" || name == "latentStyles":
				if err := x.skip(); err != nil {
					return err
				}
				return nil
			case name == "style":
				cur = &style{id: attr(t, "styleId"), typ: attr(t, "type")}
				if cur.typ == "" {
					cur.typ = "paragraph"
				}
				if cur.typ == "paragraph" && onOffAttr(t, "default") && s.defaultPara == "" {
					s.defaultPara = cur.id
				}
			case cur != nil && parent == "style" && name == "name":
				cur.name = attr(t, "val")
			case cur != nil && parent == "style" && name == "basedOn":
				cur.basedOn = attr(t, "val")
			case name == "rPr" && parent == "style" && cur != nil:
				rp = &cur.r
			case name == "rPr" && parent == "rPrDefault":
				rp = &s.defaults
			case name == "pPr" && parent == "style" && cur != nil:
				pp = &cur.p
			case parent == "rPr" && rp != nil:
				rp.set(t)
			case (parent == "pPr" || parent == "numPr") && pp != nil:
				pp.set(t)
			}
			stack = append(stack, name)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			switch t.Name.Local {
			case "style":
				if cur != nil && cur.id != "" && s.byID[cur.id] == nil {
					s.byID[cur.id] = cur
				}
				cur = nil
			case "rPr":
				rp = nil
			case "pPr":
				pp = nil
			}
		}
		return nil
	})
}

// onOffAttr reads an ST_OnOff attribute (absent is off).
func onOffAttr(se startElement, local string) bool {
	switch strings.ToLower(strings.TrimSpace(attr(se, local))) {
	case "1", "true", "on":
		return true
	}
	return false
}

// chain calls fn on the style id and the styles it is based on, until fn
// returns true.
func (s *styles) chain(id string, fn func(*style) bool) {
	for range maxChain {
		st := s.byID[id]
		if st == nil || fn(st) {
			return
		}
		id = st.basedOn
	}
}

// para returns the paragraph style id that applies to a paragraph whose
// w:pStyle is id.
func (s *styles) para(id string) string {
	if st := s.byID[id]; st != nil {
		return id
	}
	return s.defaultPara
}

// runBold resolves whether a run with properties r in a paragraph of style
// pStyle is bold: direct formatting, then the character style, then the
// paragraph style, then the document defaults.
func (s *styles) runBold(r *rprops, pStyle string) bool {
	v := r.bold()
	if v == 0 {
		s.chain(r.style, func(st *style) bool { v = st.r.bold(); return v != 0 })
	}
	if v == 0 {
		s.chain(s.para(pStyle), func(st *style) bool { v = st.r.bold(); return v != 0 })
	}
	if v == 0 {
		v = s.defaults.bold()
	}
	return v > 0
}

// runHidden resolves w:vanish like runBold.
func (s *styles) runHidden(r *rprops, pStyle string) bool {
	v := r.vanish
	if v == 0 {
		s.chain(r.style, func(st *style) bool { v = st.r.vanish; return v != 0 })
	}
	if v == 0 {
		s.chain(s.para(pStyle), func(st *style) bool { v = st.r.vanish; return v != 0 })
	}
	return v > 0
}

// runSize resolves the font size in half-points like runBold; Word's
// default of 10 points applies when a styles part exists but sets no size,
// 0 (unknown) is returned when there is no styles part.
func (s *styles) runSize(r *rprops, pStyle string) int {
	v := r.size()
	if v == 0 {
		s.chain(r.style, func(st *style) bool { v = st.r.size(); return v != 0 })
	}
	if v == 0 {
		s.chain(s.para(pStyle), func(st *style) bool { v = st.r.size(); return v != 0 })
	}
	if v == 0 {
		v = s.defaults.size()
	}
	if v == 0 && s.present {
		v = 20
	}
	return v
}

// heading returns the heading level (1-6) of a paragraph with properties
// p: a direct w:outlineLvl, else the first style in the w:basedOn chain
// named like a heading ("heading 2", "标题 2", "Title") or with an
// outline level.
func (s *styles) heading(p *pprops) int {
	if p.hasOutline {
		return outlineLevel(p.outline)
	}
	lvl := 0
	s.chain(s.para(p.style), func(st *style) bool {
		if st.typ != "paragraph" {
			return false
		}
		if n := headingName(st.name); n > 0 {
			lvl = n
			return true
		}
		if st.p.hasOutline {
			lvl = outlineLevel(st.p.outline)
			return true
		}
		return false
	})
	if lvl == 0 && s.byID[p.style] == nil {
		lvl = headingName(p.style) // no styles part: go by the style id
	}
	return lvl
}

func outlineLevel(n int) int {
	if n < 0 || n >= 9 {
		return 0
	}
	return min(n+1, 6)
}

// headingName returns the level a style name stands for, 0 for none.
func headingName(name string) int {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "title" {
		return 1
	}
	for _, prefix := range []string{"heading", "标题"} {
		if rest, ok := strings.CutPrefix(n, prefix); ok {
			if v, err := strconv.Atoi(strings.TrimSpace(rest)); err == nil && v >= 1 && v <= 9 {
				return min(v, 6)
			}
		}
	}
	return 0
}

// numPr resolves the numbering of a paragraph: direct w:numPr, else the
// paragraph style chain's. ok is false for paragraphs that are no list
// items (also for w:numId "0").
func (s *styles) numPr(p *pprops) (numID string, ilvl int, ok bool) {
	numID, ok = p.numID, p.hasNum
	ilvl, lvlOK := p.ilvl, p.hasIlvl
	s.chain(s.para(p.style), func(st *style) bool {
		if !ok && st.p.hasNum {
			numID, ok = st.p.numID, true
		}
		if !lvlOK && st.p.hasIlvl {
			ilvl, lvlOK = st.p.ilvl, true
		}
		return ok && lvlOK
	})
	if numID == "0" || numID == "" {
		return "", 0, false
	}
	return numID, ilvl, ok
}

// indent resolves the left indent in twips of a paragraph from its style
// chain; ok is false when none sets one.
func (s *styles) indent(p *pprops) (twips int, ok bool) {
	s.chain(s.para(p.style), func(st *style) bool {
		twips, ok = st.p.ind, st.p.hasInd
		return ok
	})
	return twips, ok
}
