package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Date is a date found in text, as an ISO 8601 prefix (YYYY, YYYY-MM or
// YYYY-MM-DD), with its byte span in the text it came from.
type Date struct {
	ISO        string
	Start, End int
}

// Span is a date range found in text. End is empty when the range is open
// (至今, Present) or when only one date was written.
type Span struct {
	Start, End string
	Open       bool // the range ends in an open-end word
	Range      bool // two ends were written (or one and an open end)
	From, To   int  // byte span of the whole range in the text
}

// months maps month names and abbreviations (lexicon/months.tsv) to
// month numbers.
var months = func() map[string]int {
	m := map[string]int{}
	for _, p := range readPairs("months.tsv") {
		if n, err := strconv.Atoi(p.key); err == nil {
			m[p.word] = n
		}
	}
	return m
}()

// seasons name a part of a year; "Summer 2023" is the year 2023, "Summers
// 2021–2022" the years.
// Quarters ("Q3 2020") are parts of a year as well.
var seasons = map[string]bool{"spring": true, "summer": true, "summers": true, "fall": true, "autumn": true, "winter": true, "winters": true, "q1": true, "q2": true, "q3": true, "q4": true}

// openEnds are the words that end a range that is still going on.
var openEnds = readWords("open_ends.txt")

// rangeSeps join the two ends of a range, longest first ("--" and "---"
// are TeX's en and em dash as typed).
var rangeSeps = []string{"---", "--", "-", "–", "—", "―", "~", "～", "−", "－", "起至", "起到", "至", "到", "to", "until", "till", "→", "—", "_"}

// yearStoppers are runes after which four digits are a quantity, not a year.
const yearStoppers = "万亿千百+%个人次元条项台家位名"

// findDates returns every date written in s, in order.
func findDates(s string) []Date {
	var out []Date
	order := &dateOrder{s: s}
	for i := 0; i < len(s); {
		if d, ok := dateAt(s, i, order); ok {
			out = append(out, d)
			i = d.End
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// digitsAt reads up to max ASCII digits at i.
func digitsAt(s string, i, max int) (int, int) {
	v, j := 0, i
	for j < len(s) && j-i < max && isDigit(s[j]) {
		v = v*10 + int(s[j]-'0')
		j++
	}
	if j < len(s) && isDigit(s[j]) {
		return 0, i // too many digits
	}
	return v, j
}

// skipSpace skips ASCII and full-width spaces.
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != ' ' && r != '\u3000' && r != '\t' {
			break
		}
		i += n
	}
	return i
}

// dateAt parses one date starting exactly at byte i.
func dateAt(s string, i int, order *dateOrder) (Date, bool) {
	if i > 0 && (isDigit(s[i-1]) || s[i-1] == '.' && i > 1 && isDigit(s[i-2])) {
		return Date{}, false
	}
	if isDigit(s[i]) {
		if d, ok := numericDateAt(s, i, order); ok {
			return d, true
		}
		if d, ok := rocDateAt(s, i); ok {
			return d, true
		}
		if d, ok := rocNumericAt(s, i); ok {
			return d, true
		}
		return shortMonthAt(s, i)
	}
	if d, ok := shortYearAt(s, i); ok {
		return d, true
	}
	if s[i] >= 0x80 {
		// (each tried only where its first character stands: these run at
		// every character of every line)
		switch r, _ := utf8.DecodeRuneInString(s[i:]); {
		case r == '民':
			if d, ok := rocDateAt(s, i); ok {
				return d, true
			}
		case hanDigitRune(r):
			if d, ok := hanNumeralDateAt(s, i); ok {
				return d, true
			}
		}
	}
	return monthNameDateAt(s, i)
}

// rocDate is a year of the Republic of China calendar that Taiwan writes
// (民國 107 年 is 2018): after 民國, or a year of three digits before 年.
var rocDate = lazyRE(`^(民國|民国)?\s*(\d{2,3})\s*年\s*(?:(\d{1,2})\s*月)?`)

// minROCYear is the first year of the Republic of China calendar written
// without 民國 that is read as one: three digits (2011 on).
const minROCYear = 100

// rocOffset is what a year of the Republic of China calendar adds to
// make the year of the common era.
const rocOffset = 1911

// rocAside is a year on Taiwan's calendar in brackets after the same year
// written in full: "2016（民國105）年".
var rocAside = lazyRE(`^[（(]\s*(?:民國|民国)\s*(\d{2,3})\s*(?:年)?\s*[)）]`)

// rocDateAt reads "民國107年7月" or "107年7月" (a year of three digits
// from 100 and its month: no year of the common era is written so, and
// "成立120年" counts years).
func rocDateAt(s string, i int) (Date, bool) {
	m := rocDate.FindStringSubmatch(s[i:])
	if m == nil {
		return Date{}, false
	}
	y, _ := strconv.Atoi(m[2])
	if m[1] == "" && (y < minROCYear || m[3] == "") || !plausibleYear(y+rocOffset) {
		return Date{}, false
	}
	iso := strconv.Itoa(y + rocOffset)
	if m[3] != "" {
		mo, _ := strconv.Atoi(m[3])
		if mo < 1 || mo > 12 {
			return Date{}, false
		}
		iso += fmt.Sprintf("-%02d", mo)
	}
	return Date{ISO: iso, Start: i, End: i + len(m[0])}, true
}

// rocNumeric is a date of the Republic of China calendar in digits:
// "108.08.01", "111/7".
var rocNumeric = lazyRE(`^(\d{3})[./](\d{1,2})(?:[./](\d{1,2}))?`)

// maxROCYear is the last year of the Republic of China calendar read
// from digits alone (2031).
const maxROCYear = 120

// rocNumericAt reads "108.08.01" (2019-08-01) or "109.07～111.07": a year
// of three digits from 100, which no year of the common era is, and its
// month and day; without a day, only as an end of a range ("109.07～",
// "～111.07") in a line with Chinese in it: alone, "105.1" is a
// frequency, "128.5" a mark. Nothing may be glued after it ("105.5kg",
// "110.5%").
func rocNumericAt(s string, i int) (Date, bool) {
	if len(s) < i+5 || !isDigit(s[i+1]) || !isDigit(s[i+2]) || s[i+3] != '.' && s[i+3] != '/' {
		return Date{}, false // (tried at every digit of every line: the pattern only where it can match)
	}
	m := rocNumeric.FindStringSubmatchIndex(s[i:])
	if m == nil {
		return Date{}, false
	}
	end := i + m[1]
	if end < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLetter(r) && !isHan(r) || unicode.IsDigit(r) || r == '%' || (r == '.' || r == '/') && end+1 < len(s) && isDigit(s[end+1]) {
			return Date{}, false
		}
	}
	if m[6] < 0 {
		before := strings.TrimRight(s[:i], " \u3000")
		after := strings.TrimLeft(s[end:], " \u3000")
		if !hasHan(s) || !rangeSepAt(after) && !rangeSepEnd(before) {
			return Date{}, false
		}
	}
	y, _ := strconv.Atoi(s[i+m[2] : i+m[3]])
	mo, _ := strconv.Atoi(s[i+m[4] : i+m[5]])
	if y < minROCYear || y > maxROCYear || mo < 1 || mo > 12 {
		return Date{}, false
	}
	iso := fmt.Sprintf("%d-%02d", y+rocOffset, mo)
	if m[6] >= 0 {
		day, _ := strconv.Atoi(s[i+m[6] : i+m[7]])
		if day < 1 || day > 31 {
			return Date{}, false
		}
		iso += fmt.Sprintf("-%02d", day)
	}
	return Date{ISO: iso, Start: i, End: end}, true
}

// rangeSepAt reports whether s starts with a separator of a range's ends.
func rangeSepAt(s string) bool {
	for _, sep := range rangeSeps {
		if strings.HasPrefix(s, sep) {
			return true
		}
	}
	return false
}

// rangeSepEnd reports whether s ends with a separator of a range's ends.
func rangeSepEnd(s string) bool {
	for _, sep := range rangeSeps {
		if strings.HasSuffix(s, sep) {
			return true
		}
	}
	return false
}

// hanNumeralDate is a date in Chinese numerals: "二〇一九年七月".
var hanNumeralDate = lazyRE(`^([〇零○一二三四五六七八九]{4})\s*年\s*(?:(十[一二]?|[一二三四五六七八九])\s*月)?`)

// hanDigits are the Chinese numerals that write a year digit by digit.
var hanDigits = map[rune]int{'〇': 0, '零': 0, '○': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// hanDigitRune reports whether r writes a digit of a year in Chinese.
func hanDigitRune(r rune) bool {
	switch r {
	case '〇', '零', '○', '一', '二', '三', '四', '五', '六', '七', '八', '九':
		return true
	}
	return false
}

// hanNumeralDateAt reads a year and month written in Chinese numerals.
func hanNumeralDateAt(s string, i int) (Date, bool) {
	m := hanNumeralDate.FindStringSubmatch(s[i:])
	if m == nil {
		return Date{}, false
	}
	y := 0
	for _, c := range m[1] {
		y = y*10 + hanDigits[c]
	}
	if !plausibleYear(y) {
		return Date{}, false
	}
	iso := strconv.Itoa(y)
	if m[2] != "" {
		mo := 0
		for _, c := range m[2] {
			if c == '十' {
				mo += 10
			} else {
				mo += hanDigits[c]
			}
		}
		iso += fmt.Sprintf("-%02d", mo)
	}
	return Date{ISO: iso, Start: i, End: i + len(m[0])}, true
}

// shortYearAt reads a year written with two digits after an apostrophe:
// '23, ’14 (a year of this century up to shortYearPivot, else of the last).
func shortYearAt(s string, i int) (Date, bool) {
	if s[i] != '\'' && !strings.HasPrefix(s[i:], "’") {
		return Date{}, false // (the cheap test first: this runs at every character)
	}
	if prev := strings.TrimRight(s[:i], " "); prev != "" && !strings.HasSuffix(s[:i], "  ") && !strings.HasSuffix(s[:i], "\t") {
		// after a separator, a wide gap or at the start only: not
		// "rock'n", "O'Neil", nor a venue's name, "WCR ’22"
		if r, _ := utf8.DecodeLastRuneInString(prev); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return Date{}, false
		}
	}
	return apostropheYear(s, i)
}

// apostropheYear reads '23 or ’14 at i, wherever it stands.
func apostropheYear(s string, i int) (Date, bool) {
	n := 0
	switch {
	case i >= len(s):
		return Date{}, false
	case s[i] == '\'':
		n = 1
	case strings.HasPrefix(s[i:], "’"):
		n = len("’")
	default:
		return Date{}, false
	}
	y, j := digitsAt(s, i+n, 2)
	if j-(i+n) != 2 || j < len(s) && (isDigit(s[j]) || s[j] < 0x80 && unicode.IsLetter(rune(s[j]))) {
		return Date{}, false
	}
	return Date{ISO: fmt.Sprintf("%04d", fullYear(y)), Start: i, End: j}, true
}

// shortMonth is a month of a year written with two digits, "19.03",
// "21年9月", "21 年 6 月"; shortRangeTail is one that a range of them
// ends with.
var (
	shortMonth     = lazyRE(`^(\d{2})(?:[.．/]|\s*年\s*)(\d{1,2})(?:\s*月)?`)
	shortRangeTail = lazyRE(`\d{2}(?:[.．/]|\s*年\s*)\d{1,2}(?:\s*月)?\s*(?:-|–|—|~|～|至|到)\s*$`)
)

// shortMonthAt reads a month of a two-digit year ("19.03", "21年9月"),
// only as an end of a range of such months ("19.03-21.08", "21年9月-24年6
// 月", "19.03 - 至今"): alone, "19.03" is a number. With slashes, the
// range decides the order: "09/18–05/19" and "03/12 - 05/13" write the
// month first, since one of their ends cannot be read year first.
func shortMonthAt(s string, i int) (Date, bool) {
	if _, ok := shortMonthOnly(s, i, false); !ok {
		if _, ok := shortMonthOnly(s, i, true); !ok {
			return Date{}, false
		}
	}
	partner := -1
	if loc := shortRangeTail.FindStringIndex(s[:i]); loc != nil {
		partner = loc[0]
	} else if _, end := shortMonthEnd(s, i); end > 0 {
		if j := skipSeps(s, end); j > end {
			if _, ok := shortMonthOnly(s, j, false); ok {
				partner = j
			} else if _, ok := shortMonthOnly(s, j, true); ok {
				partner = j
			} else if openEndAt(s, j) > 0 {
				partner = len(s)
			}
		}
	}
	if partner < 0 {
		return Date{}, false
	}
	monthFirst := monthFirstOnly(s, i) || partner < len(s) && monthFirstOnly(s, partner)
	if !monthFirst && partner < len(s) {
		// "09/10 - 02/12": read year first the range runs backwards
		a, b := i, partner
		if b < a {
			a, b = b, a
		}
		ya, okA := shortMonthOnly(s, a, false)
		yb, okB := shortMonthOnly(s, b, false)
		ma, okMA := shortMonthOnly(s, a, true)
		mb, okMB := shortMonthOnly(s, b, true)
		monthFirst = okA && okB && yb.ISO < ya.ISO && okMA && okMB && ma.ISO <= mb.ISO
	}
	return shortMonthOnly(s, i, monthFirst)
}

// shortMonthEnd returns where the short month at i ends, or 0.
func shortMonthEnd(s string, i int) (Date, int) {
	if d, ok := shortMonthOnly(s, i, false); ok {
		return d, d.End
	}
	if d, ok := shortMonthOnly(s, i, true); ok {
		return d, d.End
	}
	return Date{}, 0
}

// monthFirstOnly reports whether the short month at i can only be read
// month first: "05/13" (no 13th month).
func monthFirstOnly(s string, i int) bool {
	_, yearFirst := shortMonthOnly(s, i, false)
	_, monthFirst := shortMonthOnly(s, i, true)
	return monthFirst && !yearFirst
}

// shortMonthOnly parses "19.03" or "21年9月" at i, a month of 1 to 12 not
// followed by a digit or a unit ("10.5万"); monthFirst reads "06/19" with
// a slash as the month, then the year.
func shortMonthOnly(s string, i int, monthFirst bool) (Date, bool) {
	m := shortMonth.FindStringSubmatch(s[i:])
	if m == nil {
		return Date{}, false
	}
	end := i + len(m[0])
	if r, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && (unicode.IsDigit(r) || strings.ContainsRune(yearStoppers+"KkWw", r)) {
		return Date{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	if monthFirst {
		if !strings.Contains(m[0], "/") || len(m[2]) != 2 {
			return Date{}, false
		}
		y, mo = mo, y // "06/19–present", "09/18–05/19": a month, then the year
	}
	if mo < 1 || mo > 12 {
		return Date{}, false
	}
	return Date{ISO: fmt.Sprintf("%04d-%02d", fullYear(y), mo), Start: i, End: end}, true
}

// shortYearPivot is the last two-digit year read as this century's.
const shortYearPivot = 40

// fullYear is the year a two-digit year stands for: of this century up
// to shortYearPivot, else of the last.
func fullYear(yy int) int {
	if yy > shortYearPivot {
		return 1900 + yy
	}
	return 2000 + yy
}

// slashDate is a date of three numbers: 01/10/2014, 30.09.2016.
var slashDate = lazyRE(`\b(\d{1,2})[/.](\d{1,2})[/.]\d{4}\b`)

// dayFirstIn reports whether the three-number dates of s put the day
// first (01/10/2014 – 30/09/2016, as Europass and most of the world write
// them): unless one of them has a second number no month has (05/23/2021),
// as US-made pages print them.
// dateOrder decides, once and only when a three-number date is met,
// whether the text's dates put the day first.
type dateOrder struct {
	s           string
	done, first bool
}

func (o *dateOrder) dayFirst() bool {
	if !o.done {
		o.done, o.first = true, dayFirstIn(o.s)
	}
	return o.first
}

func dayFirstIn(s string) bool {
	if !strings.ContainsAny(s, "/.") {
		return true
	}
	for _, m := range slashDate.FindAllStringSubmatch(s, -1) {
		if b, _ := strconv.Atoi(m[2]); b > 12 {
			return false
		}
	}
	return true
}

func numericDateAt(s string, i int, order *dateOrder) (Date, bool) {
	// "14 March 1991", "11 May 2022"
	if day, j := digitsAt(s, i, 2); j > i && day >= 1 && day <= 31 && j < len(s) && s[j] == ' ' {
		if d, ok := monthNameDateAt(s, j+1); ok && len(d.ISO) == len("2006-01") && !strings.Contains(s[j+1:d.End], ",") {
			return Date{ISO: fmt.Sprintf("%s-%02d", d.ISO, day), Start: i, End: d.End}, true
		}
	}
	// "09-Jan-2024": the day, the month's name and the year apart by dashes
	if day, j := digitsAt(s, i, 2); j > i && day >= 1 && day <= 31 && j+1 < len(s) && s[j] == '-' {
		e := j + 1
		for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || s[e] >= 'A' && s[e] <= 'Z') {
			e++
		}
		if mo, ok := months[strings.ToLower(s[j+1:e])]; ok && e > j+1 && e < len(s) && s[e] == '-' {
			if y, f := digitsAt(s, e+1, 4); f-(e+1) == 4 && plausibleYear(y) {
				return Date{ISO: fmt.Sprintf("%04d-%02d-%02d", y, mo, day), Start: i, End: f}, true
			}
		}
	}
	// DD/MM/YYYY and DD.MM.YYYY (Europass, German CVs); MM/DD/YYYY when
	// the first number cannot be a month's day order (05/23/2021)
	if a, j := digitsAt(s, i, 2); j > i && a >= 1 && a <= 31 && j < len(s) && (s[j] == '/' || s[j] == '.') {
		sep := s[j]
		if b, k := digitsAt(s, j+1, 2); k > j+1 && b >= 1 && b <= 31 && k < len(s) && s[k] == sep {
			if y, e := digitsAt(s, k+1, 4); e-(k+1) == 4 && plausibleYear(y) {
				day, month := a, b
				if !order.dayFirst() || month > 12 {
					day, month = b, a // 09/03/2019, 05/23/2021: month first
				}
				if month <= 12 {
					return Date{ISO: fmt.Sprintf("%04d-%02d-%02d", y, month, day), Start: i, End: e}, true
				}
			}
		}
	}
	// MM/YYYY and MM.YYYY
	if m, j := digitsAt(s, i, 2); j > i && m >= 1 && m <= 12 && j < len(s) && (s[j] == '/' || s[j] == '.' || s[j] == '-') {
		if y, k := digitsAt(s, j+1, 4); k-(j+1) == 4 && plausibleYear(y) {
			return Date{ISO: fmt.Sprintf("%04d-%02d", y, m), Start: i, End: k}, true
		}
	}
	y, j := digitsAt(s, i, 4)
	if j-i != 4 || !plausibleYear(y) {
		return Date{}, false
	}
	if j < len(s) {
		// "2000万", "2019s", "2020x": a quantity or a word, not a year
		if r, _ := utf8.DecodeRuneInString(s[j:]); strings.ContainsRune(yearStoppers, r) || isLatinLetter(r) {
			return Date{}, false
		}
	}
	d := Date{ISO: fmt.Sprintf("%04d", y), Start: i, End: j}
	// month
	k := skipSpace(s, j)
	if m := rocAside.FindStringSubmatch(s[k:]); m != nil {
		if roc, _ := strconv.Atoi(m[1]); roc+rocOffset == y {
			k = skipSpace(s, k+len(m[0])) // "2016（民國105）年9月": the same year on Taiwan's calendar, aside
		}
	}
	if strings.HasPrefix(s[k:], "年度") {
		return d, true // "2022年度": the year, and 年度 stays in the text
	}
	sepYear := strings.HasPrefix(s[k:], "年")
	if k < len(s) && (s[k] == '.' || s[k] == '/' || s[k] == '-' || sepYear) {
		if sepYear {
			d.End = k + len("年")
			k += len("年")
		} else {
			k++
		}
		k = skipSpace(s, k)
		m, k2 := digitsAt(s, k, 2)
		if k2 == k && s[k-1] == '-' {
			// "2020-Jan": the month by its name after the year (a theme's
			// date format)
			e := k
			for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || s[e] >= 'A' && s[e] <= 'Z') {
				e++
			}
			rest := strings.TrimLeft(s[e:], " .")
			if _, yearAfter := digitsAt(rest, 0, 4); yearAfter == 4 {
				// "2017-Mar 2019": a range from a year to a month of a year
			} else if mo, ok := months[strings.ToLower(s[k:e])]; ok && e > k {
				return Date{ISO: fmt.Sprintf("%04d-%02d", y, mo), Start: i, End: e}, true
			}
		}
		if k2 > k && m >= 1 && m <= 12 {
			d.ISO = fmt.Sprintf("%04d-%02d", y, m)
			d.End = k2
			k3 := skipSpace(s, k2)
			if strings.HasPrefix(s[k3:], "月") {
				d.End = k3 + len("月")
				k3 += len("月")
			}
			// day
			if k3 < len(s) && (s[k3] == '.' || s[k3] == '/' || s[k3] == '-') || k3 > k2 {
				k4 := k3
				if k4 < len(s) && (s[k4] == '.' || s[k4] == '/' || s[k4] == '-') {
					k4++
				}
				k4 = skipSpace(s, k4)
				if day, k5 := digitsAt(s, k4, 2); k5 > k4 && day >= 1 && day <= 31 {
					rest := s[k5:]
					if k3 > k2 && !strings.HasPrefix(rest, "日") && !strings.HasPrefix(rest, "号") {
						return d, true
					}
					d.ISO = fmt.Sprintf("%04d-%02d-%02d", y, m, day)
					d.End = k5
					if strings.HasPrefix(rest, "日") {
						d.End += len("日")
					} else if strings.HasPrefix(rest, "号") {
						d.End += len("号")
					}
				}
			}
		}
	}
	return d, true
}

func plausibleYear(y int) bool { return y >= 1950 && y <= 2099 }

// monthWord looks a word up among the month names and the seasons, in
// lower case; an ASCII word is lowered on the stack (this runs at every
// word of every line).
func monthWord(w string) (month int, isMonth, isSeason bool) {
	var buf [16]byte
	if len(w) > len(buf) {
		lw := strings.ToLower(w)
		month, isMonth = months[lw]
		return month, isMonth, seasons[lw]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			lw := strings.ToLower(w)
			month, isMonth = months[lw]
			return month, isMonth, seasons[lw]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	lw := buf[:len(w)]
	month, isMonth = months[string(lw)]
	return month, isMonth, seasons[string(lw)]
}

// monthNameDateAt parses "Aug 2023", "August, 2023", "Sept. 2023".
func monthNameDateAt(s string, i int) (Date, bool) {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) {
			return Date{}, false
		}
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !(r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r >= 0xC0 && r <= 0x24F && unicode.IsLetter(r)) {
			break
		}
		j += n
	}
	if j == i {
		return Date{}, false
	}
	if j == i+1 && (s[i] == 'Q' || s[i] == 'q') && j < len(s) && s[j] >= '1' && s[j] <= '4' {
		j++ // "Q3"
	}
	m, ok, season := monthWord(s[i:j])
	if !ok {
		if season {
			// "Summer 2023", "Summer '17": the year
			k := skipSpace(s, j)
			if y, k2 := digitsAt(s, k, 4); k2-k == 4 && plausibleYear(y) {
				return Date{ISO: fmt.Sprintf("%04d", y), Start: i, End: k2}, true
			}
			if d, ok := apostropheYear(s, k); ok && k > j {
				return Date{ISO: d.ISO, Start: i, End: d.End}, true
			}
		}
		return Date{}, false
	}
	k := j
	if k < len(s) && s[k] == '.' {
		k++
	}
	k = skipSpace(s, k)
	if k < len(s) && s[k] == ',' {
		k = skipSpace(s, k+1)
	}
	if k == j && k < len(s) && isDigit(s[k]) {
		return Date{}, false
	}
	// "Aug 15, 2023"
	if day, k2 := digitsAt(s, k, 2); k2 > k && day >= 1 && day <= 31 && k2 < len(s) && s[k2] == ',' {
		k3 := skipSpace(s, k2+1)
		if y, k4 := digitsAt(s, k3, 4); k4-k3 == 4 && plausibleYear(y) {
			return Date{ISO: fmt.Sprintf("%04d-%02d-%02d", y, m, day), Start: i, End: k4}, true
		}
	}
	y, k2 := digitsAt(s, k, 4)
	if k2-k != 4 || !plausibleYear(y) {
		if k > j {
			// "Jan '19", "Sept ’22": the month, a year of two digits
			if d, ok := apostropheYear(s, k); ok {
				return Date{ISO: d.ISO + fmt.Sprintf("-%02d", m), Start: i, End: d.End}, true
			}
		}
		return Date{}, false
	}
	return Date{ISO: fmt.Sprintf("%04d-%02d", y, m), Start: i, End: k2}, true
}

// findSpan finds the first date range in s, or failing that the first
// single date. ok is false when s holds no date.
func findSpan(s string) (Span, bool) {
	sp, ok := spanIn(s)
	if ok && sp.Open && sp.To <= len(s) {
		sp.To += len(calendarAside.FindString(s[sp.To:])) // "108/12 – 至今 (民國)": the calendar's name after the open end
	}
	return sp, ok
}

// spanIn is findSpan but for a calendar's name after an open end.
func spanIn(s string) (Span, bool) {
	ds := findDates(s)
	if len(ds) == 0 {
		if sp, ok := monthShortYears(s); ok {
			return sp, true // "Apr 21 – present": no date the usual way
		}
		// an open end alone ("至今") is not a span
		return Span{}, false
	}
	if sp, ok := sharedYearSpan(s, ds[0]); ok {
		return sp, true
	}
	if strings.EqualFold(strings.TrimSpace(s[:ds[0].Start]), "seasons") {
		ds[0].Start = strings.Index(strings.ToLower(s), "seasons") // "Seasons 2011 - 2015" opening the text: the dates' word (not "Four Seasons 2016")
	}
	for i := range ds {
		// "2019年秋": a season after the year is the date's; "mid-2019",
		// "early 2021", "from 2019": a word before it leaves the year
		ds[i].End += hanSeason(s, ds[i].End)
		ds[i].End += graduatedAfter(s, ds[i].End)
		if rest := s[ds[i].End:]; strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, " (") || strings.HasPrefix(rest, "（") || strings.HasPrefix(rest, " （") {
			ds[i].End += len(calendarAside.FindString(rest))
		}
		ds[i].Start -= yearQualifier(s, ds[i].Start)
	}
	for i, d := range ds {
		j := skipSeps(s, d.End)
		if sp, ok := sameYearMonths(s, d, j); ok {
			return sp, true
		}
		if k := skipSpace(s, d.End); k > d.End || strings.TrimSpace(s[:d.Start]) == "" {
			// "2019 onwards", "2019 till date", "2018.05 起": an open end
			// that needs no dash before it; in Chinese only after the
			// dates that lead the line, the field ending there (the line's
			// end, a wide gap or a cell's bar after it, a note in brackets
			// between): "2020 年起带新人…", "2019年起 担任班主任", "（2018 年
			// 起）" are a sentence's time, "起至 2021" a range's start
			n := openEndAt(s, k)
			if w := s[k : k+n]; hasHan(w) && (strings.TrimSpace(s[:d.Start]) != "" || !fieldEnds(s[k+n:])) || !hasHan(w) && k == d.End {
				n = 0
			}
			if n > 0 && selfOpen[strings.ToLower(s[k:k+n])] {
				return Span{Start: d.ISO, Open: true, Range: true, From: d.Start, To: k + n}, true
			}
		}
		if k := skipSpace(s, d.End); k > d.End && strings.HasPrefix(strings.ToLower(s[k:]), "to ") {
			if n := openEndAt(s, k); n > 0 {
				// "2019 to date": an open end that holds its own "to"
				return Span{Start: d.ISO, Open: true, Range: true, From: d.Start, To: k + n}, true
			}
		}
		if from, to, e, sure, ok := academicYear(s, d.Start+max(0, strings.IndexFunc(s[d.Start:d.End], unicode.IsDigit)), false); ok {
			if d.ISO != from+"-"+to[2:] {
				from = d.ISO // "Sep 2019/20": the month the year began in (but "2007/08" is no August)
			}
			// "2019/20": an academic or financial year, or a season; "2018/19
			// – 2020/21" runs from the first year of one to the last of
			// the other ("2007/08 – 2010/11" too, though each could be a
			// month of a year alone)
			if k := skipSeps(s, e); k > e {
				// (two that could each be a month, beside Chinese text, are
				// months: "2008/09 – 2009/10  某公司")
				if _, to2, e2, sure2, ok2 := academicYear(s, k+seasonWordAt(s, k), true); ok2 && (sure || sure2 || !hasHan(s)) {
					return Span{Start: from, End: to2, Range: true, From: d.Start, To: e2}, true
				}
				if n := openEndAt(s, k); n > 0 && sure {
					return Span{Start: from, Open: true, Range: true, From: d.Start, To: k + n}, true
				}
				if i+1 < len(ds) && ds[i+1].Start == k && sure {
					// "Sep 2017/18 – Jun 2021": the end a date of its own
					return Span{Start: from, End: ds[i+1].ISO, Range: true, From: d.Start, To: ds[i+1].End}, true
				}
			}
			if sure {
				return Span{Start: from, End: to, Range: true, From: d.Start, To: e}, true
			}
		}
		if rest := s[d.End:]; strings.HasPrefix(rest, "..") && !strings.HasPrefix(rest, "...") {
			// "2016..2019", "2021-09..now": two dots between a range's ends
			if k := d.End + 2; i+1 < len(ds) && ds[i+1].Start == k {
				return Span{Start: d.ISO, End: ds[i+1].ISO, Range: true, From: d.Start, To: ds[i+1].End}, true
			} else if n := openEndAt(s, k); n > 0 {
				return Span{Start: d.ISO, Open: true, Range: true, From: d.Start, To: k + n}, true
			}
		}
		if j == d.End {
			if stackedPair(s, ds, i) {
				// "2013.07 2016.06": a start over its end in a table's cell,
				// read into one line
				return Span{Start: d.ISO, End: ds[i+1].ISO, Range: true, From: d.Start, To: ds[i+1].End}, true
			}
			continue
		}
		if i+1 < len(ds) && ds[i+1].Start == j {
			return Span{Start: d.ISO, End: ds[i+1].ISO, Range: true, From: d.Start, To: ds[i+1].End}, true
		}
		if end, n := shortYearEnd(s, j, d); n > 0 {
			// "2017–18", "2019-22": the end year written with two digits
			return Span{Start: d.ISO, End: end, Range: true, From: d.Start, To: j + n}, true
		}
		if n := openEndAt(s, j); n > 0 {
			return Span{Start: d.ISO, Open: true, Range: true, From: d.Start, To: j + n}, true
		}
		if strings.TrimSpace(s[j:]) == "" && i+1 == len(ds) {
			// "2022-01 —": a range whose end is left blank runs on
			return Span{Start: d.ISO, Open: true, Range: true, From: d.Start, To: len(strings.TrimRight(s, " "))}, true
		}
	}
	d := ds[0]
	if before := strings.TrimRight(s[:d.Start], " "); len(before) >= len("since") && strings.EqualFold(before[len(before)-len("since"):], "since") &&
		(len(before) == len("since") || !unicode.IsLetter(rune(before[len(before)-len("since")-1]))) {
		// "since Mar 2023": a range that runs on
		return Span{Start: d.ISO, Open: true, Range: true, From: len(before) - len("since"), To: d.End}, true
	}
	if w, _, _ := strings.Cut(strings.ToLower(s[d.Start:d.End]), " "); seasons[w] {
		if end, to, ok := andYear(s, d); ok {
			// "Summers 2017 & 2018", "Summers '17 and '18": the first
			// year to the last
			return Span{Start: d.ISO, End: end, Range: true, From: d.Start, To: to}, true
		}
		return Span{Start: d.ISO, End: d.ISO, Range: true, From: d.Start, To: d.End}, true
	}
	return Span{Start: d.ISO, From: d.Start, To: d.End}, true
}

// fieldEnds reports whether a field ends where s starts: s is empty or
// opens with a wide gap or a cell's bar, past a note in brackets
// ("（兼职） | …").
func fieldEnds(s string) bool {
	if m := leadAside.FindString(s); m != "" {
		s = s[len(m):]
	}
	return strings.TrimSpace(s) == "" || strings.HasPrefix(s, "  ") || strings.HasPrefix(s, "\t") || strings.HasPrefix(strings.TrimLeft(s, " "), "|") || strings.HasPrefix(strings.TrimLeft(s, " "), "｜")
}

// leadAside is a note in brackets that opens s.
var leadAside = lazyRE(`^\s*[(（][^()（）]{1,12}[)）]`)

// seasonWordAt returns the length of a season's word and the space after
// it at i ("Winter " of "Winter 2020/21"), or 0.
func seasonWordAt(s string, i int) int {
	w, _, ok := strings.Cut(s[i:], " ")
	if !ok || !seasons[strings.ToLower(w)] {
		return 0
	}
	return len(w) + 1
}

// andYear reads a later year joined to date d by "&" or "and": the
// year and where it ends.
func andYear(s string, d Date) (string, int, bool) {
	k := skipSpace(s, d.End)
	switch {
	case strings.HasPrefix(s[k:], "&"):
		k++
	case len(s) > k+3 && strings.EqualFold(s[k:k+3], "and") && s[k+3] == ' ':
		k += 3
	default:
		return "", 0, false
	}
	k = skipSpace(s, k)
	var y Date
	if n, k2 := digitsAt(s, k, 4); k2-k == 4 && plausibleYear(n) {
		y = Date{ISO: fmt.Sprintf("%04d", n), End: k2}
	} else if a, ok := apostropheYear(s, k); ok {
		y = a
	} else {
		return "", 0, false
	}
	if len(d.ISO) < 4 || y.ISO <= d.ISO[:4] {
		return "", 0, false
	}
	return y.ISO, y.End, true
}

// selfOpen are the open ends that need no dash before them: "2019
// onwards", "2019 till date" (lexicon/open_ends_alone.txt).
var selfOpen = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range readWords("open_ends_alone.txt") {
		m[strings.ToLower(w)] = true
	}
	return m
}()

// hanSeasons are the seasons written after a year: "2019年秋", "2021年春季".
var hanSeasons = lazyRE(`^[春夏秋冬](?:季学期|季學期|季|学期|學期)?`)

// hanSeason returns the length of a season written right after a year
// that ends in 年 at i, or 0.
func hanSeason(s string, i int) int {
	if !strings.HasSuffix(s[:i], "年") {
		return 0
	}
	if m := hanSeasons.FindString(s[i:]); m != "" {
		if r, _ := utf8.DecodeRuneInString(s[i+len(m):]); i+len(m) < len(s) && isHan(r) {
			return 0 // "2022年冬奥会", "2019年夏令营": the word goes on
		}
		return len(m)
	}
	return 0
}

// graduated is 毕业 written right after a date, "于" after it naming the
// school: "2002年毕业", "2015.07 毕业于".
var graduated = lazyRE(`^\s?(?:毕业|畢業)(?:于|於)?`)

// calendarAside is the name of the calendar a date is written in, in
// brackets after it: "105/03 – 108/11 (民國)", Taiwan's years.
var calendarAside = lazyRE(`^\s?[(（]\s*(?:民國|民国|ROC)\s*[)）]`)

// graduatedAfter returns the length of graduated at i, or 0 when more
// Chinese follows it ("2016年毕业后加入": the word goes on).
func graduatedAfter(s string, i int) int {
	m := graduated.FindString(s[i:])
	if m == "" {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(s[i+len(m):]); i+len(m) < len(s) && isHan(r) && !strings.HasSuffix(m, "于") && !strings.HasSuffix(m, "於") {
		return 0
	}
	return len(m)
}

// yearQualifier is a word before a year that says which part of it, that
// a range starts there, or what happened then (lexicon/year_qualifiers.txt):
// "mid-2019", "early 2021", "late 2018", "from 2019", "Completed in May
// 2025", "Awarded on: Jan 01, 2022". It returns the length of the word and
// what follows it up to the date, or 0.
var yearQualifier = func() func(s string, i int) int {
	words := readWords("year_qualifiers.txt")
	for k, w := range words {
		words[k] = regexp.QuoteMeta(w)
	}
	re := lazyRE(`(?i)(?:^|[\s(（–—-])((?:` + strings.Join(words, "|") + `)(?:\s+(?:in|on))?(?:[:：]\s*|[- ])?)$`)
	return func(s string, i int) int {
		if i == 0 || i > len(s) {
			return 0
		}
		if m := re.FindStringSubmatch(s[:i]); m != nil {
			return len(m[1])
		}
		return 0
	}
}()

// shortYearEnd reads the end of a range of years written with its last two
// digits only ("2017–18", "1998-01") at i, after the year d: a later year
// at most maxShortSpan years on. It returns the year and the bytes read.
func shortYearEnd(s string, i int, d Date) (string, int) {
	if len(d.ISO) != 4 {
		return "", 0
	}
	yy, j := digitsAt(s, i, 2)
	if j-i != 2 || j < len(s) && (isDigit(s[j]) || s[j] < 0x80 && unicode.IsLetter(rune(s[j])) || s[j] == '/' ||
		s[j] == '.' && j+1 < len(s) && isDigit(s[j+1])) { // ("21.5 hours"; "2017–18." ends a sentence)
		return "", 0
	}
	if r, n := utf8.DecodeRuneInString(s[j:]); strings.ContainsRune(yearStoppers, r) ||
		r == ' ' && j+n < len(s) && (s[j+n] >= 'a' && s[j+n] <= 'z' || strings.ContainsRune(yearStoppers, firstRuneOf(s[j+n:]))) {
		return "", 0 // a quantity: "2019-20人", "2019 – 20 people", "2016 - 18 months"
	}
	from, _ := strconv.Atoi(d.ISO)
	to := from - from%100 + yy
	if to <= from {
		to += 100
	}
	if to-from > maxShortSpan {
		return "", 0
	}
	return fmt.Sprintf("%04d", to), j - i
}

// stackedPair reports whether dates i and i+1 of s are a range written
// without its dash: two months of years, the second later, only a space
// between them, alone in the text or its first cell ("2013.07 2016.06 |
// ● | 某会计师事务所").
func stackedPair(s string, ds []Date, i int) bool {
	if i+1 >= len(ds) || len(ds[i].ISO) != len("2006-01") || len(ds[i+1].ISO) != len("2006-01") || ds[i+1].ISO <= ds[i].ISO {
		return false
	}
	if gap := s[ds[i].End:ds[i+1].Start]; gap == "" || strings.TrimSpace(gap) != "" || len(gap) > 2 {
		return false
	}
	// the pair alone in the text or in its first cell ("Feb 2018  Mar 2021"
	// on a line of its own; not "AWS Certified … – Associate  Mar 2021
	// Mar 2024", issued and expiring)
	after := strings.TrimSpace(s[ds[i+1].End:])
	return i == 0 && strings.TrimSpace(s[:ds[i].Start]) == "" && (after == "" || strings.HasPrefix(after, "|") || strings.HasPrefix(after, "｜"))
}

// academicYear reads an academic or financial year, or a season, at i:
// "2019/20", "2019/2020", a year and the next one after a slash. It
// returns both years and the end of the text read; sure is false when
// the two digits after the slash could be a month ("2011/12"). Loose, a
// word may follow: the end of a range ("– 2020/21 seasons").
func academicYear(s string, i int, loose bool) (from, to string, end int, sure, ok bool) {
	y, j := digitsAt(s, i, 4)
	if j-i != 4 || !plausibleYear(y) || j >= len(s) || s[j] != '/' {
		return "", "", 0, false, false
	}
	from, to = fmt.Sprintf("%04d", y), fmt.Sprintf("%04d", y+1)
	n, k := digitsAt(s, j+1, 4)
	switch {
	case k-(j+1) == 2:
		// (as the end of "2017–18" is read: not "2019/20 people")
		t := s
		if loose && k+1 < len(s) && s[k] == ' ' && s[k+1] >= 'a' && s[k+1] <= 'z' {
			t = s[:k] // a word after the end of a range ("2020/21 seasons") is no count
		}
		if end, m := shortYearEnd(t, j+1, Date{ISO: from}); m == 0 || end != to {
			return "", "", 0, false, false
		}
		sure = n > 12 || n == 0
	case k-(j+1) == 4 && n == y+1:
		if k < len(s) && (isDigit(s[k]) || s[k] == '/' || isLatinLetter(rune(s[k]))) {
			return "", "", 0, false, false
		}
		sure = true
	default:
		return "", "", 0, false, false
	}
	return from, to, k, sure, true
}

// maxShortSpan is the longest range of years read from "2017–18".
const maxShortSpan = 12

// sharedYearSpan reads a range of months in one year written with the year
// once: "Jun–Aug 2023" (d is the date "Aug 2023").
func sharedYearSpan(s string, d Date) (Span, bool) {
	year, month, ok := strings.Cut(d.ISO, "-")
	if !ok || len(month) != 2 {
		return Span{}, false
	}
	before := strings.TrimRight(s[:d.Start], " ")
	cut := len(before)
	for _, sep := range rangeSeps {
		if strings.HasSuffix(before, sep) {
			cut = len(strings.TrimRight(before[:len(before)-len(sep)], " "))
			break
		}
	}
	if cut == len(before) {
		return Span{}, false
	}
	w := before[:cut]
	start := 0 // the month's word starts after a space, a bracket, a comma or a label ("When：Mar – Jun 2019")
	if k := strings.LastIndexAny(w, " (（,，:：|｜"); k >= 0 {
		_, n := utf8.DecodeRuneInString(w[k:])
		start = k + n
	}
	name := strings.TrimSuffix(strings.ToLower(w[start:]), ".")
	m, known := months[name]
	if !known || fmt.Sprintf("%02d", m) > month {
		return Span{}, false
	}
	return Span{Start: fmt.Sprintf("%s-%02d", year, m), End: d.ISO, Range: true, From: start, To: d.End}, true
}

// sameYearMonths reads a range whose end is a month of the start's year
// written alone: "2016 年 7 月～8 月". j is where the end would start.
func sameYearMonths(s string, d Date, j int) (Span, bool) {
	if j == d.End || len(d.ISO) != len("2006-01") || !strings.HasSuffix(strings.TrimRight(s[d.Start:d.End], " "), "月") {
		return Span{}, false
	}
	m, e := digitsAt(s, j, 2)
	if e == j || m < 1 || m > 12 {
		return Span{}, false
	}
	k := skipSpace(s, e)
	if !strings.HasPrefix(s[k:], "月") {
		return Span{}, false
	}
	end := fmt.Sprintf("%s-%02d", d.ISO[:4], m)
	if end < d.ISO {
		return Span{}, false
	}
	to := k + len("月")
	if day, e := digitsAt(s, skipSpace(s, to), 2); e > skipSpace(s, to) && day >= 1 && day <= 31 {
		if k2 := skipSpace(s, e); strings.HasPrefix(s[k2:], "日") {
			end, to = fmt.Sprintf("%s-%02d", end, day), k2+len("日") // "7月-8月15日"
		}
	}
	return Span{Start: d.ISO, End: end, Range: true, From: d.Start, To: to}, true
}

// skipSeps skips spaces and one range separator after a date; it returns i
// unchanged when no separator follows.
func skipSeps(s string, i int) int {
	j := skipSpace(s, i)
	for _, sep := range rangeSeps {
		if len(s)-j >= len(sep) && strings.EqualFold(s[j:j+len(sep)], sep) {
			return skipSpace(s, j+len(sep))
		}
	}
	return i
}

// openEndAt returns the length of an open-end word at i, or 0.
func openEndAt(s string, i int) int {
	for _, w := range openEnds {
		if len(s)-i >= len(w) && strings.EqualFold(s[i:i+len(w)], w) {
			rest := s[i+len(w):]
			if r, _ := utf8.DecodeRuneInString(rest); rest != "" && isLatinLetter(r) {
				continue
			}
			return len(w)
		}
	}
	return 0
}

// DatesIn returns every date written in s, in order, with its ISO form and
// byte range: what provenance uses to find where a date came from.
func DatesIn(s string) []Date { return findDates(s) }

// monthShortYears reads a range of months whose years have two digits,
// which only a range tells from a day: "Apr 21 – present", "Oct 23 – Jan
// 24" (a year of this century up to shortYearPivot, else of the last). A
// line that writes a year in full is read the usual way.
func monthShortYears(s string) (Span, bool) {
	if !wordThenTwoDigits(s) || !strings.ContainsAny(s, "-–—") && !strings.Contains(s, " to ") && !strings.Contains(s, " To ") && !strings.Contains(s, " TO ") {
		return Span{}, false
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && isLatinByte(s[i-1]) || !isLatinByte(s[i]) {
			continue // a word starts here
		}
		from, e, ok := monthShortYearAt(s, i)
		if !ok {
			continue
		}
		k := skipSpace(s, e)
		switch {
		case strings.HasPrefix(s[k:], "-"):
			for k < len(s) && s[k] == '-' {
				k++ // "-", "--"
			}
		case strings.HasPrefix(s[k:], "–"), strings.HasPrefix(s[k:], "—"):
			k += len("–")
		case len(s)-k >= 3 && strings.EqualFold(s[k:k+3], "to "):
			k += 3
		default:
			continue
		}
		k = skipSpace(s, k)
		if to, e2, ok := monthShortYearAt(s, k); ok && to >= from && to[5:] != from[5:] {
			// ("Mar 10 – Mar 24", one month at both ends: days)
			return Span{Start: from, End: to, Range: true, From: i, To: e2}, true
		}
		if n := openEndAt(s, k); n > 0 {
			return Span{Start: from, Open: true, Range: true, From: i, To: k + n}, true
		}
	}
	return Span{}, false
}

// monthShortYearAt reads a month's name and a year of two digits at i
// ("Apr 21", "Sept. 18"; not "Aug 15, 2023", a day): the month as
// YYYY-MM and where it ends.
func monthShortYearAt(s string, i int) (string, int, bool) {
	j := i
	for j < len(s) && isLatinByte(s[j]) {
		j++
	}
	if j-i < 3 || j-i > 9 {
		return "", 0, false
	}
	mon, ok, _ := monthWord(s[i:j])
	if !ok {
		return "", 0, false
	}
	if j < len(s) && s[j] == '.' {
		j++
	}
	k := skipSpace(s, j)
	if k == j || k+2 > len(s) || !isDigit(s[k]) || !isDigit(s[k+1]) {
		return "", 0, false
	}
	e := k + 2
	if e < len(s) && (isDigit(s[e]) || s[e] == ',' || isLatinByte(s[e]) || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
		return "", 0, false // ("Aug 15, 2023": a day)
	}
	return fmt.Sprintf("%04d-%02d", fullYear(int(s[k]-'0')*10+int(s[k+1]-'0')), mon), e, true
}

// isLatinByte reports whether b is an ASCII letter.
func isLatinByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// wordThenTwoDigits reports whether s holds a letter or a full stop,
// spaces and two digits alone ("Apr 21", "Apr  21"): a cheap test before
// reading months in monthShortYears.
func wordThenTwoDigits(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if isDigit(s[i]) && isDigit(s[i+1]) && (i+2 == len(s) || !isDigit(s[i+2])) && !isDigit(s[i-1]) {
			j := i
			for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
				j--
			}
			if j < i && j > 0 && (s[j-1] == '.' || isLatinByte(s[j-1])) {
				return true
			}
		}
	}
	return false
}

// labelledDate is the date a start's or an end's label gives ("开始时间：
// 2024-07", "结束时间：至今" gives none), or was when it gives none.
func labelledDate(value, was string) string {
	if sp, ok := findSpan(value); ok {
		return sp.Start
	}
	return was
}
