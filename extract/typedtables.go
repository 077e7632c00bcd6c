package extract

import (
	"strings"
	"unicode"
)

// Tables without cells: a PDF whose table has no drawn cells, or its
// `pdftotext -layout` text, gives each row as a line of fields set apart
// by wide gaps, and a cell too long for its column wraps onto the next
// line under its column:
//
//	From      To        Company          Post
//	Oct 2019  now       Mercia Cross     Train Driver
//	                    Rail
//
// typedTables finds a row of column headings the lexicons know, gives it
// and the rows under it their cells by where each field starts, and joins
// each wrapped piece to the cell of the column it stands under. The rows
// are then read like any table's (readTableRows).

// field is a piece of a line set apart by a wide gap: its text, its left
// edge and its width, in points (PDF) or character columns (text).
type field struct {
	text string
	x, w float64
}

// lineFields are l's fields with their positions; nil when the document
// does not say where they stand. A text's columns are display columns: a
// CJK character takes two.
func (r *run) lineFields(l *line) []field {
	switch {
	case r.typeset && len(l.Spans) > 1:
		// a field is a run of spans the layout does not set apart, its
		// text raw's from its first span's start to its last span's end,
		// a gap inside it closed to a space ("无限航区  3000kW及以上"
		// under one heading)
		out, starts := spanBoxes(l)
		if out == nil {
			return nil
		}
		end := 0 // where the last span read ends in raw
		var at []int
		for _, sp := range l.Spans {
			k := strings.Index(l.raw[end:], sp.Text)
			if k < 0 {
				// raw rewritten ("2012.6 ---- 2017.2"): its parts between
				// wide gaps, when they agree in number with the fields
				texts := wideFields(l.raw)
				if len(texts) != len(out) {
					return nil
				}
				for i := range out {
					out[i].text = texts[i]
				}
				return out
			}
			at = append(at, end+k)
			end += k + len(sp.Text)
		}
		for i := range out {
			to := end
			if i+1 < len(out) {
				last := l.Spans[starts[i+1]-1]
				to = at[starts[i+1]-1] + len(last.Text)
			}
			if out[i].text = strings.Join(strings.Fields(l.raw[at[starts[i]]:to]), " "); out[i].text == "" {
				return nil
			}
		}
		return out
	case r.typeset:
		if l.X <= 0 {
			return nil
		}
		return []field{{text: l.text, x: l.X, w: textWidth(l.text, l.Size)}}
	case r.plain && !strings.ContainsRune(l.Text, '\t'):
		var out []field
		col, start, gap := l.Indent, -1, 0
		var b strings.Builder
		flush := func() {
			if start >= 0 {
				t := b.String()
				out = append(out, field{text: t, x: float64(start), w: float64(width(t))})
			}
			b.Reset()
			start = -1
		}
		for _, c := range l.Text {
			if c == ' ' {
				gap++
			} else {
				if gap >= 2 {
					flush()
				} else if gap == 1 && start >= 0 {
					b.WriteByte(' ')
				}
				if start < 0 {
					start = col
				}
				b.WriteRune(c)
				gap = 0
			}
			col += width(string(c)) // (a CJK character takes two columns)
		}
		flush()
		return out
	}
	return nil
}

// spanBoxes are the edges of a typeset line's fields, a field a run of
// spans the layout does not set apart (Box), and the index of the span
// each starts at; nil when a span's place is unknown.
func spanBoxes(l *line) (out []field, starts []int) {
	for i, s := range l.Spans {
		if s.X <= 0 {
			return nil, nil
		}
		size := s.Size
		if size <= 0 {
			size = l.Size
		}
		w := textWidth(s.Text, size)
		if i == 0 || s.Box {
			out, starts = append(out, field{x: s.X, w: w}), append(starts, i)
			continue
		}
		f := &out[len(out)-1]
		f.w = s.X + w - f.x
	}
	return out, starts
}

// textWidth estimates the width of s set in size points: half an em for
// a Latin character, an em for a CJK one.
func textWidth(s string, size float64) float64 {
	if size <= 0 {
		size = 10
	}
	w := 0.0
	for _, c := range s {
		if c >= 0x2e80 {
			w += size
		} else {
			w += size / 2
		}
	}
	return w
}

// maxColumnHeadWords is the most words a column heading has.
const maxColumnHeadWords = 4

// columnStarts are the left edges of a row of column headings, nil when
// the row is none: three or more short fields, left to right, that the
// lexicons read as the headings of a table of entries or certificates.
func (r *run) columnStarts(l *line) ([]field, bool) {
	if l.Cells != nil || l.Marker != "" || l.Heading > 0 || !strings.Contains(l.raw, "  ") {
		return nil, false
	}
	fs := r.lineFields(l)
	if len(fs) < minColumns {
		return nil, false
	}
	texts := make([]string, len(fs))
	for i, f := range fs {
		if i > 0 && f.x <= fs[i-1].x+fs[i-1].w/2 || len(strings.Fields(f.text)) > maxColumnHeadWords || strings.IndexFunc(f.text, unicode.IsDigit) >= 0 {
			return nil, false
		}
		texts[i] = f.text
	}
	if !r.entryColumns(texts) && !r.certColumns(texts) {
		return nil, false
	}
	return fs, true
}

// column is the column a field starting at x stands in, -1 left of the
// first. A column starts at its heading's left edge, give or take slack,
// or halfway across the gap after the heading before it, whichever comes
// first: a heading centred over its cells (a web page's <th>, printed)
// starts right of them. The first column reaches as far left of its
// heading's centre as it reaches right of it.
func column(heads []field, x, slack float64) int {
	c := -1
	for i, h := range heads {
		lo := h.x - slack
		switch {
		case i > 0:
			lo = min(lo, (heads[i-1].x+heads[i-1].w+h.x)/2)
		case len(heads) > 1:
			mid := (h.x + h.w + heads[1].x) / 2
			lo = min(lo, 2*h.x+h.w-mid-slack)
		}
		if x >= lo {
			c = i
		}
	}
	return c
}

func (r *run) typedTables(all []*line) []*line {
	out := all[:0:0]
	for i := 0; i < len(all); i++ {
		l := all[i]
		heads, ok := r.columnStarts(l)
		if !ok {
			out = append(out, l)
			continue
		}
		// slack: a third of the narrowest gap between two headings' starts
		slack := heads[len(heads)-1].x
		for k := 1; k < len(heads); k++ {
			slack = min(slack, heads[k].x-heads[k-1].x)
		}
		slack /= 3
		texts := make([]string, len(heads))
		for k, h := range heads {
			texts[k] = h.text
		}
		dated := r.datesColumn(texts)
		var rows, srcs []*line // the rows made, and the lines they start at
		j := i + 1
		for ; j < len(all); j++ {
			n := all[j]
			if n.Cells != nil || n.Marker != "" || n.Heading > 0 || n.Pos.Page != l.Pos.Page {
				break
			}
			fs := r.lineFields(n)
			if len(fs) == 0 {
				break
			}
			cells := make([]string, len(heads))
			fits := true
			first := column(heads, fs[0].x, slack)
			for _, f := range fs {
				c := column(heads, f.x, slack)
				if c < 0 || cells[c] != "" || c+1 < len(heads) && f.x+f.w > heads[c+1].x+slack {
					fits = false // a field across two columns, or left of the table: no row
					break
				}
				cells[c] = f.text
			}
			if !fits {
				break
			}
			// a row opens in the first column; when the table has a
			// column of dates, with a date in it (a wrapped name in the
			// first column and a wrapped cell beside it open none)
			filled := len(nonEmptyStrings(cells))
			opens := first == 0 && (len(rows) == 0 || filled >= 2 && (dated < 0 || strings.IndexFunc(cells[dated], unicode.IsDigit) >= 0))
			if opens {
				rows, srcs = append(rows, cellRow(n, cells, false)), append(srcs, n)
				continue
			}
			if len(rows) == 0 || n.Blank {
				break
			}
			if src := srcs[len(srcs)-1]; n.Size != src.Size || n.Bold && !src.Bold {
				break // a line in a style of its own: no wrapped cell ("工作经历" after the table)
			}
			if _, named := r.sectionNamed(n.text); named && first == 0 {
				break // a section's heading at the table's left edge
			}
			if strings.HasSuffix(n.text, ":") || strings.HasSuffix(n.text, "：") {
				break // a label over the text under the table ("工作描述：")
			}
			if dated >= 0 && filled == 1 && cells[dated] != "" && !dateCell(cells[dated]) {
				break // words alone under the dates are no wrapped date ("(nights)")
			}
			// a cell wrapped onto the line under it
			p := rows[len(rows)-1]
			for c, t := range cells {
				if t != "" {
					sep := " "
					if isHan(lastRuneOf(p.Cells[c])) && isHan(firstRuneOf(t)) {
						sep = "" // (a Chinese name wrapped: "青岚微电子科技" over "有限公司")
					} else if w := p.Cells[c]; strings.HasSuffix(w, "-") && len(w) >= 2 && unicode.IsLetter(rune(w[len(w)-2])) && unicode.IsLetter(firstRuneOf(t)) {
						sep = "" // (a word wrapped at its hyphen: "E-" over "commerce")
					}
					p.Cells[c] = strings.TrimSpace(p.Cells[c] + sep + t)
				}
			}
			rows[len(rows)-1] = cellRow(p, p.Cells, false)
		}
		if len(rows) == 0 {
			out = append(out, l)
			continue
		}
		out = append(out, cellRow(l, texts, true))
		out = append(out, rows...)
		i = j - 1
	}
	return out
}

// Tables saved as text one cell a line (a word processor's plain-text
// save): the column headings on lines of their own, then each row's cells
// on as many lines, in the same order:
//
//	Examination
//	Board / University
//	Year
//	B.Com
//	Gomti University, Lucknow
//	2016
//
// stackedTables finds three or more such headings that the lexicons read
// as a table of entries or certificates, and gives them and the rows of
// cells under them, up to a blank line, back as table rows.

// maxStackedColumns is the most columns of a table saved a cell a line.
const maxStackedColumns = 8

func (r *run) stackedTables(all []*line) []*line {
	out := all[:0:0]
	cellLine := func(l *line) bool {
		return l.Cells == nil && l.Marker == "" && l.Heading == 0 && !strings.Contains(l.raw, "  ")
	}
	for i := 0; i < len(all); i++ {
		// the headings: short lines, each a column heading the lexicons know
		j := i
		for j < len(all) && j-i < maxStackedColumns && cellLine(all[j]) && (j == i || !all[j].Blank) && len(strings.Fields(all[j].text)) <= maxColumnHeadWords {
			if _, known := r.columnField(all[j].text); !known {
				break
			}
			j++
		}
		n := j - i
		heads := make([]string, n)
		for k := range n {
			heads[k] = all[i+k].text
		}
		if n < minColumns || !r.entryColumns(heads) && !r.certColumns(heads) {
			out = append(out, all[i])
			continue
		}
		dated := r.datesColumn(heads)
		// the rows: n lines each, up to a blank line or a line in other dress
		var rows []*line
		at := j
		for at+n <= len(all) {
			group := all[at : at+n]
			row := true
			for k, l := range group {
				// a cell: no gap inside it, but for the dates' ("2012/09 ~
				// 2016/06　畢業")
				if l.Blank || !cellLine(l) && !(k == dated && l.Cells == nil && l.Marker == "" && l.Heading == 0) {
					row = false
				}
			}
			if !row {
				break
			}
			if dated >= 0 && (!dateCell(group[dated].text) || hasSentencePunct(group[dated].text)) {
				break // no date where the dates stand, or a sentence that starts with one ("2018 年起負責…，…"): no row
			}
			cells := make([]string, n)
			for k, l := range group {
				cells[k] = l.text
			}
			rows = append(rows, cellRow(group[0], cells, false))
			at += n
		}
		if len(rows) == 0 {
			out = append(out, all[i])
			continue
		}
		out = append(out, cellRow(all[i], heads, true))
		out = append(out, rows...)
		i = at - 1
	}
	return out
}

// cellRow is src made a table row of cells (its heading row when head),
// its text the cells' joined: "a  b" where wide gaps stood.
func cellRow(src *line, cells []string, head bool) *line {
	kept := nonEmptyStrings(cells)
	row := retext(src, strings.Join(kept, " "), strings.Join(kept, "  "))
	row.Cells, row.HeadRow = cells, head
	if !head {
		row.Bold = false
	}
	return row
}

// datesColumn is the first of a table's columns whose heading names its
// dates (its period, or the period's start or end, or when a certificate
// was issued), -1 when none.
func (r *run) datesColumn(heads []string) int {
	for k, h := range heads {
		switch f, _ := r.columnField(h); f {
		case "entry.dates", "entry.start", "entry.end", "edu.dates", "edu.endDate":
			return k
		}
		if r.certColumn(h) == "date" {
			return k // "取得日期"
		}
	}
	return -1
}

// dateCell reports whether a cell under a table's dates holds one: a
// digit, or an open end ("now", "至今").
func dateCell(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0 || openEndAt(strings.TrimLeft(s, "–-— "), 0) != 0
}
