package parser

import (
	"context"
	"slices"
	"strings"
	"unicode"
)

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Column layout in plain text: `pdftotext -layout` and text typed in two
// columns put a sidebar and the main column side by side on each line.
// splitTextColumns finds, page by page, a gutter: a character column that
// no line of a band writes in, with text of their own on both sides
// (rows with left text only, rows with right text only). Each such band is
// read column by column, the left one first; lines that write across the
// gutter (a title, a rule) end bands and stay as they are.

// text column limits: pages larger than this are read as they are
const (
	maxColumnLines = 600
	maxColumnWidth = 400
	maxColumnPages = 50
	minColumn      = 8 // the narrowest column, in runes
)

type textRow struct {
	src   rawLine
	runes []rune
	lead  int // runes before the first non-space, len(runes) when blank
}

func splitTextColumns(ctx context.Context, lines []rawLine) []rawLine {
	if len(lines) > maxColumnPages*maxColumnLines {
		return lines // no resume is that long: the cost stays bounded
	}
	var out []rawLine
	for start := 0; start < len(lines); {
		if ctx.Err() != nil {
			return lines // the caller checks ctx next
		}
		end := start + 1
		for end < len(lines) && lines[end].pos.Page == lines[start].pos.Page {
			end++
		}
		out = append(out, splitPageColumns(lines[start:end])...)
		start = end
	}
	return out
}

func splitPageColumns(lines []rawLine) []rawLine {
	if len(lines) < 6 || len(lines) > maxColumnLines {
		return lines
	}
	rows := make([]textRow, len(lines))
	width := 0
	for i, l := range lines {
		if strings.ContainsRune(l.text, '\t') {
			return lines // tab stops: positions unknown
		}
		rs := []rune(strings.TrimRight(l.text, " "))
		if len(rs) > maxColumnWidth {
			return lines
		}
		lead := 0
		for lead < len(rs) && rs[lead] == ' ' {
			lead++
		}
		rows[i] = textRow{src: l, runes: rs, lead: lead}
		width = max(width, len(rs))
	}
	can := gutters(rows, width)
	best, bestScore := 0, 0
	// each column is a fifth of the page at least
	for c := max(minColumn, width/5); c < width-max(minColumn, width/5); c++ {
		if !can[c] {
			continue
		}
		if s := columnScore(rows, c); s >= bestScore && s > 0 { // the rightmost of the best: what stands between the columns goes left
			best, bestScore = c, s
		}
	}
	if bestScore < 6 {
		return lines
	}
	c := best
	var out []rawLine
	var band []textRow
	flush := func() {
		// rows after two blank rows that write on the left only are the
		// full-width text that follows the columns ("PROJECTS" over an
		// entry whose dates stand flush right): they end the band
		var tail []textRow
		if gap := lastGap(band); gap > 0 && gap < len(band) {
			leftOnly := true
			for _, r := range band[gap:] {
				if side(r, c) > 1 {
					leftOnly = false
					break
				}
			}
			if leftOnly && bandColumnar(band[:gap], c) {
				band, tail = band[:gap], band[gap:]
			}
		}
		defer func() {
			for _, r := range tail {
				out = append(out, r.src)
			}
		}()
		if bandColumnar(band, c) {
			var right []rawLine
			for _, r := range band {
				// a side left empty by text on the other side is no blank
				// line of its own column; a blank row is one in both
				left, rt := cutRow(r, c)
				s := side(r, c)
				if s == 0 || s&1 != 0 {
					out = append(out, left)
				}
				if s == 0 || s&2 != 0 {
					right = append(right, rt)
				}
			}
			out = append(out, right...)
		} else {
			for _, r := range band {
				out = append(out, r.src)
			}
		}
		band = band[:0]
	}
	rightEdge := rightStart(rows, c)
	// after two blank rows and rows on the left only, a row with dates
	// flush right opens full-width text; inside the columns such a date
	// is the right column's
	blanks, afterGap := 0, false
	for _, r := range rows {
		if crossesColumn(r, c) || afterGap && flushRightDate(r, c, rightEdge) {
			flush()
			out = append(out, r.src)
			afterGap = false
			continue
		}
		switch s := side(r, c); {
		case s == 0:
			blanks++
			if blanks >= minBlankGap {
				afterGap = true
			}
		case s&2 != 0:
			afterGap, blanks = false, 0
		default:
			blanks = 0
		}
		band = append(band, r)
	}
	flush()
	return out
}

// minBlankGap is how many blank rows set the full-width text after a band
// of columns apart from it.
const minBlankGap = 2

// lastGap is the index of the first row after the last run of
// minBlankGap blank rows in band, 0 when there is none.
func lastGap(band []textRow) int {
	at, blanks := 0, 0
	for i, r := range band {
		if r.lead >= len(r.runes) {
			blanks++
			continue
		}
		if blanks >= minBlankGap {
			at = i
		}
		blanks = 0
	}
	return at
}

// rightStart is where the text right of the gutter c most often starts:
// the right column's left edge.
func rightStart(rows []textRow, c int) int {
	count := map[int]int{}
	best, n := -1, 0
	for _, r := range rows {
		if len(r.runes) <= c {
			continue
		}
		i := c
		for i < len(r.runes) && r.runes[i] == ' ' {
			i++
		}
		count[i]++
		if count[i] > n || count[i] == n && i < best {
			best, n = i, count[i]
		}
	}
	return best
}

// dateShift is how far right of the right column's edge a date stands
// when it is set flush right on a full-width row.
const dateShift = 8

// flushRightDate reports whether a row is an entry of full-width text
// with its dates set flush right ("Readmission Risk Model      01/2022 –
// 11/2022"): text on the left, and on the right a short run with digits
// that starts well right of the right column's edge.
func flushRightDate(r textRow, c, edge int) bool {
	if edge < 0 || side(r, c) != 3 {
		return false
	}
	i := c
	for i < len(r.runes) && r.runes[i] == ' ' {
		i++
	}
	rt := r.runes[i:]
	return i >= edge+dateShift && len(rt) <= 24 && hasYear(rt)
}

// hasYear reports whether rs holds a year of four digits, 19xx or 20xx,
// or of two after an apostrophe ("Sept '22", "’19").
func hasYear(rs []rune) bool {
	for i := 0; i+3 <= len(rs); i++ {
		if (rs[i] == '\'' || rs[i] == '’') && (i == 0 || rs[i-1] == ' ') && rs[i+1] >= '0' && rs[i+1] <= '9' && rs[i+2] >= '0' && rs[i+2] <= '9' && (i+3 == len(rs) || rs[i+3] < '0' || rs[i+3] > '9') {
			return true
		}
	}
	for i := 0; i+4 <= len(rs); i++ {
		if (i == 0 || rs[i-1] < '0' || rs[i-1] > '9') && (rs[i] == '1' && rs[i+1] == '9' || rs[i] == '2' && rs[i+1] == '0') &&
			rs[i+2] >= '0' && rs[i+2] <= '9' && rs[i+3] >= '0' && rs[i+3] <= '9' && (i+4 == len(rs) || rs[i+4] < '0' || rs[i+4] > '9') {
			return true
		}
	}
	return false
}

// gutters returns, for each gutter c, whether a band of rows could read
// as two columns there (bandColumnar): two rows written on the right side
// only, which are indented by c or more, or four written on both sides
// with two spaces at c-1 and c. Most gutters of most pages have neither,
// and are not scored.
func gutters(rows []textRow, width int) []bool {
	right := make([]int, width+2) // rows indented by exactly n
	gap := make([]int, width+2)   // difference array: rows with a gap at c-1, c
	for _, r := range rows {
		if r.lead >= len(r.runes) {
			continue
		}
		right[r.lead]++
		for i := r.lead; i < len(r.runes); {
			if r.runes[i] != ' ' {
				i++
				continue
			}
			j := i
			for j < len(r.runes) && r.runes[j] == ' ' {
				j++
			}
			// spaces at i..j-1, text after them (trimmed rows): c-1 >= i, c <= j-1
			if j-i >= 2 {
				gap[i+1]++
				gap[j]--
			}
			i = j
		}
	}
	ok := make([]bool, width+1)
	indented, gapped := 0, 0
	for c := width; c >= 0; c-- {
		indented += right[c] // rows with lead >= c
	}
	for c := 0; c <= width; c++ {
		gapped += gap[c]
		ok[c] = indented >= 2 || gapped >= 4
		indented -= right[c]
	}
	return ok
}

// crossesColumn reports whether a row writes at the gutter c or just
// before it (no gap of two spaces between the columns).
func crossesColumn(r textRow, c int) bool {
	if r.lead >= len(r.runes) {
		return false
	}
	at := func(i int) bool { return i < len(r.runes) && i >= r.lead && r.runes[i] != ' ' }
	return at(c) || at(c-1)
}

// side says where a row has text: 1 left, 2 right, 3 both, 0 none.
func side(r textRow, c int) int {
	s := 0
	if r.lead < min(c, len(r.runes)) {
		s |= 1
	}
	if len(r.runes) > c { // runes are trimmed on the right: text is there
		s |= 2
	}
	return s
}

// bandColumnar reports whether a band of rows reads as two columns at c:
// both sides have rows of their own, as a sidebar beside a main column
// has; right-aligned dates beside their entries do not.
func bandColumnar(band []textRow, c int) bool {
	var nl, nr, nb int
	for _, r := range band {
		switch side(r, c) {
		case 1:
			nl++
		case 2:
			nr++
		case 3:
			nb++
		}
	}
	sidebar := nl >= 2 && nr >= 2 && nl+nr >= 4 && 4*(nl+nr) >= nb // each side has rows of its own
	cards := nb >= 4                                               // a grid: text on both sides, row after row
	if !sidebar && !cards {
		return false // the cheap counts first: this runs for every column
	}
	// a column of text has lines of words, where right-aligned dates do
	// not
	prose, proseL := 0, 0
	for _, r := range band {
		s := side(r, c)
		if s&2 != 0 && prose < 3 && isProse(r.runes[c:]) {
			prose++
		}
		if s&1 != 0 && proseL < 3 && isProse(r.runes[:min(c, len(r.runes))]) {
			proseL++
		}
	}
	if !(sidebar && prose >= 2 || cards && prose >= 3 && proseL >= 3) {
		return false
	}
	return !textLabelColumn(band, c) && !textDateColumn(band, c) && !textHeadingGutter(band, c)
}

// textHeadingGutter reports whether the left side of a band is a gutter
// that holds the section headings, in capitals on rows of their own, and
// labels or dates beside the text ("EXPERIENCE" over "2021/06 – present
// Nurse Practitioner"), the right side no heading of its own: the page
// reads across. A sidebar beside a main column leaves the main column's
// headings on the right, has rows of its own that are no headings (an
// address, a list of skills), or holds the contact details (an e-mail
// address, a phone number), which no label or date is.
func textHeadingGutter(band []textRow, c int) bool {
	heads, other := 0, 0
	for _, r := range band {
		s := side(r, c)
		if s&2 != 0 && capsHeading(r.runes[c:]) {
			return false
		}
		left := r.runes[:min(c, len(r.runes))]
		if s&1 != 0 && contactish(left) {
			return false
		}
		switch {
		case s == 1 && capsHeading(left):
			heads++
		case s == 1:
			other++
		}
	}
	return heads >= minGutterHeadings && other <= heads
}

// contactish reports whether rs holds an e-mail address or a phone
// number: an "@", or minPhoneDigits digits or more and no year.
func contactish(rs []rune) bool {
	digits := 0
	for _, r := range rs {
		switch {
		case r == '@':
			return true
		case r >= '0' && r <= '9':
			digits++
		}
	}
	return digits >= minPhoneDigits && !hasYear(rs)
}

// minGutterHeadings is how many headings on the left make a gutter;
// minCapsLetters the fewest letters of a heading in capitals;
// minPhoneDigits the fewest digits of a phone number.
const (
	minGutterHeadings = 2
	minCapsLetters    = 4
	minPhoneDigits    = 7
)

// capsHeading reports whether rs reads as a heading in capitals: a few
// words of letters, none in lower case ("LICENSURE & CERTIFICATION").
func capsHeading(rs []rune) bool {
	words, letters := strings.Fields(string(rs)), 0
	if len(words) == 0 || len(words) > maxHeadingWords {
		return false
	}
	for _, r := range rs {
		switch {
		case unicode.IsLower(r) || unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= minCapsLetters
}

// textDateColumn reports whether the left side of a band is a column of
// dates beside the entries they date ("2023 — Now" beside "产品设计师 at
// 织云科技"), with the section headings on rows of their own: half of its
// rows or more hold a year and text on the right, and the rest are short
// (headings). Such a band reads across; a sidebar holds text of its own.
func textDateColumn(band []textRow, c int) bool {
	left, dated, prose := 0, 0, 0
	for _, r := range band {
		s := side(r, c)
		if s&1 == 0 {
			continue
		}
		left++
		lt := r.runes[:min(c, len(r.runes))]
		switch {
		case s == 3 && hasYear(lt):
			dated++
		case isProse(lt) || len(strings.Fields(string(lt))) > maxHeadingWords:
			prose++
		}
	}
	// (a row of words among many of dates is a form's row across the
	// page: "应聘岗位：…   工作地点：…" over the dated entries)
	return dated >= minDatedRows && 2*dated >= left && minDatedPerProse*prose <= dated
}

// minDatedRows is how many dated rows make a column of dates;
// maxHeadingWords the most words of a heading on a row of its own.
const (
	minDatedRows    = 2
	maxHeadingWords = 3
)

// minDatedPerProse is how many dated rows a row of words on the left
// needs beside it for the left side to stay a column of dates.
const minDatedPerProse = 4

// isProse reports whether rs reads as words: three or more, no digits.
func isProse(rs []rune) bool {
	words, in := 0, false
	for _, r := range rs {
		if r >= '0' && r <= '9' {
			return false
		}
		if r == ' ' {
			in = false
		} else if !in {
			in = true
			words++
		}
	}
	return words >= 3
}

// textLabelColumn reports whether the left side of a band is a column of
// labels set flush right against the gutter (a Europass CV): its rows
// read across, label then value. A sidebar is set flush left.
func textLabelColumn(band []textRow, c int) bool {
	var ends, leads []int
	for _, r := range band {
		if side(r, c)&1 == 0 {
			continue
		}
		end := min(c, len(r.runes)) - 1
		for end > r.lead && r.runes[end] == ' ' {
			end--
		}
		ends, leads = append(ends, end), append(leads, r.lead)
	}
	if len(ends) < 4 {
		return false
	}
	// text layout places words on a character grid, a few cells off:
	// flush means within 3 cells of the median end
	sorted := slices.Clone(ends)
	slices.Sort(sorted)
	midEnd, minLead := sorted[len(sorted)/2], slices.Min(leads)
	flush, left := 0, 0
	for i := range ends {
		if abs(ends[i]-midEnd) <= 3 {
			flush++
		}
		if leads[i]-minLead <= 1 {
			left++
		}
	}
	if 4*flush >= 3*len(ends) && 2*left < len(ends) {
		return true
	}
	// CJK labels throw the grid off; labels set right or centred still
	// start well inside the page where a sidebar starts at its edge
	sl := slices.Clone(leads)
	slices.Sort(sl)
	return sl[len(sl)/2]-minLead >= 4
}

// columnScore counts the rows in bands that read as two columns at c.
func columnScore(rows []textRow, c int) int {
	score, start := 0, 0
	for i := 0; i <= len(rows); i++ {
		if i == len(rows) || crossesColumn(rows[i], c) {
			if band := rows[start:i]; len(band) >= 4 && bandColumnar(band, c) {
				score += len(band)
			}
			start = i + 1
		}
	}
	return score
}

// cutRow splits a row at the gutter c into its left and right parts.
func cutRow(r textRow, c int) (left, right rawLine) {
	left, right = r.src, r.src
	if len(r.runes) <= c {
		right.text = ""
		return left, right
	}
	left.text = string(r.runes[:c])
	right.text = string(r.runes[c:])
	right.pos.Offset += len(left.text)
	return left, right
}
