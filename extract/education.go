package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/schema"
)

// maxDegreeBodyLine is the longest line under a school read as its degree
// and major.
const maxDegreeBodyLine = 80

// gpaEnd is a score at the end of a line: "金融工程本科 GPA 3.78/4.0".
var gpaEnd = lazyRE(`\s*(?i:GPA|CGPA|绩点)\s*[:：]?\s*(\d[\d.]*(?:\s*/\s*\d[\d.]*)?)$`)

// gpaTail is a score after a degree line: "BSc in Statistics; GPA 3.7/4.0".
var gpaTail = lazyRE(`^(.+?)\s*[;；,，|]\s*(?i:GPA|CGPA|绩点)\s*[:：]?\s*(\d[\d.]*(?:\s*/\s*\d[\d.]*)?)$`)

// degreeClass is the class of a British degree written short, a field of
// its own in a header: "2:1", "2.2", "1st", "First".
var degreeClass = lazyRE(`^(?i:1st|2[:.][12]|3rd|first|first class|upper second|lower second|third)$`)

// qualifier is a bracketed aside on a degree: "本科(统招)".
var qualifier = lazyRE(`\s*[(（][^)）]{0,12}[)）]`)

// honoursDegree is a degree with its honours in brackets: "BSc (Honours)".
var honoursDegree = lazyRE(`^(\S+)\s*[(（](?i:hons\.?|honours|honors)[)）]`)

// degreeIn finds a degree word in s; it returns the word and s without it.
// degreeOnly reports whether s is a degree and nothing else ("学士", "BSc").
func (lx *Lexicon) degreeOnly(s string) bool {
	d, rest := lx.degreeIn(strings.TrimSpace(s))
	return d != "" && rest == ""
}

func (lx *Lexicon) degreeIn(s string) (string, string) {
	if m := honoursDegree.FindStringSubmatch(s); m != nil && lx.hasDegree(m[1]) {
		return m[0], strings.TrimSpace(s[len(m[0]):]) // the honours are the degree's
	}
	// the degree written first, the longest there ("工商管理學士（會計）
	// Bachelor of Business Administration": the Chinese degree)
	at, word := -1, ""
	for _, d := range lx.degrees {
		i := strings.Index(s, d.word)
		if i < 0 || !hasHan(d.word) && !degreeBoundary(s, d.word, i) {
			continue
		}
		if next := firstRuneOf(s[i+len(d.word):]); hasHan(d.word) && (next == '级' || next == '級') {
			continue // "初中级会计师": a grade of a title, no school's level
		}
		if after := s[i+len(d.word):]; hasHan(d.word) && (strings.HasPrefix(after, "学校") || strings.HasPrefix(after, "學校") || strings.HasPrefix(after, "学院") || strings.HasPrefix(after, "學院")) {
			continue // "某某电力高等专科学校": the level in a school's name
		}
		if at < 0 || i < at {
			at, word = i, d.word
		}
	}
	if at >= 0 {
		i := at
		if j := i + len(word); !strings.HasSuffix(word, ".") && !hasHan(word) && strings.HasPrefix(s[j:], ".") && (j+1 == len(s) || s[j+1] == ' ') {
			word += "." // "BSc. Medical Laboratory Science": the degree's dot, as written
		}
		if bareDegree[strings.ToLower(word)] {
			// "Master of Social Work (MSW)": the degree is named by what
			// it is of, with its abbreviation
			word += lx.degreeOfName(s[i+len(word):])
		}
		rest := s[:i] + " " + s[i+len(word):]
		rest = qualifier.ReplaceAllString(rest, "")
		return word, strings.TrimSpace(rest)
	}
	return "", s
}

// bareDegree are the degree words a degree's name goes on from with "of":
// "Master of Public Policy", "Bachelor of Accounting and Finance".
var bareDegree = map[string]bool{"master": true, "masters": true, "master's": true, "bachelor": true, "bachelor's": true, "doctor": true, "associate": true}

// degreeOf is the rest of a degree's name after its word: "of" and a few
// capitalised words one space apart, then the degree's abbreviation in
// brackets ("(MPP)").
var degreeOf = lazyRE(`^ of (\p{Lu}[\p{L}'’.-]*(?: (?:and|&|\p{Lu}\p{Ll}[\p{L}'’.-]*)){0,4})( ?\(([A-Z][A-Za-z.]{1,9})\))?`)

// degreeOfName is what names a bare degree after it ("of Social Work
// (MSW)" after "Master"), "" when nothing does: the words up to a month,
// a school, honours or a grade, which name no degree, and the
// abbreviation only when it is one (two capitals or more: not "(Merit)").
func (lx *Lexicon) degreeOfName(s string) string {
	m := degreeOf.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	words := strings.Fields(m[1])
	for k, w := range words {
		if lw := strings.ToLower(strings.TrimRight(w, ".")); months[lw] > 0 || lx.isSchool(w) || honoursWord.MatchString(w) || lw == "gpa" {
			words = words[:k]
			break
		}
	}
	for len(words) > 0 && (words[len(words)-1] == "and" || words[len(words)-1] == "&") {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	name := " of " + strings.Join(words, " ")
	if m[3] != "" && len(words) == len(strings.Fields(m[1])) && upperCount(m[3]) >= 2 {
		name += m[2]
	}
	return name
}

// upperCount counts the capital letters of s.
func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// degreeBoundary reports whether the Latin degree word w found at i in s
// stands as a word: "BSc" not in "BScs"; an abbreviation with dots ends
// where it ends, before a comma or a space, not inside a longer one ("B.S."
// is not the degree of "B.S.M.E.").
func degreeBoundary(s, w string, i int) bool {
	if !strings.HasSuffix(w, ".") {
		return wordBoundary(asciiLower(s), i, i+len(w)) // (byte for byte: i indexes s)
	}
	if i > 0 {
		if c := s[i-1]; c == '.' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	// not another initial after it ("B.S.M.E."); "B.E.机械工程", "Ph.D.in
	// Physics" have the degree
	rest := s[i+len(w):]
	return !(len(rest) >= 2 && 'A' <= rest[0] && rest[0] <= 'Z' && (rest[1] == '.' || len(rest) >= 3 && 'a' <= rest[1] && rest[1] <= 'z' && rest[2] == '.'))
}

// hasDegree reports whether s names a degree.
func (lx *Lexicon) hasDegree(s string) bool {
	if lx.honours[strings.ToLower(strings.TrimSpace(asideRun.ReplaceAllString(s, "")))] {
		return false // "Second Class Honours (Upper Division)": what the degree was awarded with
	}
	d, _ := lx.degreeIn(s)
	return d != ""
}

// studyField reports whether s names a field of study by its words
// (study_fields.txt): "Marine Biology", "数字媒体技术".
func (lx *Lexicon) studyField(s string) bool {
	if hasHan(s) {
		return slices.ContainsFunc(lx.studyFieldEnds, func(e string) bool { return strings.HasSuffix(s, e) })
	}
	return slices.ContainsFunc(strings.Fields(s), func(w string) bool {
		w = strings.ToLower(strings.Trim(w, ",.&()"))
		return lx.studyFieldWords[w] || slices.ContainsFunc(lx.studyFieldSuffixes, func(e string) bool { return len(w) > len(e)+2 && strings.HasSuffix(w, e) })
	})
}

// cutPlace cuts a place written after a name and a comma: "Brantley
// University, Boston, MA", "NORTHGATE ANALYTICS, Leeds"; the first comma
// after which the rest is a place.
func (lx *Lexicon) cutPlace(s string) (name, place string, ok bool) {
	for i := strings.Index(s, ", "); i >= 0; {
		if rest := s[i+2:]; lx.isLocation(rest) || lx.twoScriptCity(rest) {
			return s[:i], rest, true // ("…大學 … University, 台中 Taichung")
		}
		j := strings.Index(s[i+2:], ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return s, "", false
}

// bareDegree reports whether s is a degree and nothing else: "本科",
// "BSc".
func (lx *Lexicon) bareDegree(s string) bool {
	d, rest := lx.degreeIn(strings.TrimSpace(s))
	return d != "" && strings.Trim(rest, " ()（）") == ""
}

// vocationalOnly reports whether the degree s names is a vocational
// qualification ("NVQ Level 3 Diploma", "BTEC"): a ticket as often as a
// course of study.
func (lx *Lexicon) vocationalOnly(s string) bool {
	return lx.degreeLevel(s) == "vocational"
}

// secondDegree marks a degree taken beside another: "双学位 经济学学士",
// "Minor in Economics".
var secondDegree = lazyRE(`(?i)双学位|雙學位|辅修|輔修|第二学位|第二學位|\b(?:double|dual|second|minor)\b`)

// degreeLevel is the level (degrees.tsv) of the degree s names, "" when
// it names none: "bachelor" for "B.S. Civil Engineering" and "學士".
func (lx *Lexicon) degreeLevel(s string) string {
	d, _ := lx.degreeIn(s)
	for _, x := range lx.degrees {
		if x.word == d {
			return x.level
		}
	}
	return ""
}

var areaIn = lazyRE(`(?i)^(?:in|of|en|de|em)\s+`) // "in", in French and Spanish "en", "de", in Portuguese "em"

// area cleans a major: no trailing 专业, no leading "in".
func area(s string) string {
	s = strings.TrimSpace(areaIn.ReplaceAllString(strings.TrimSpace(s), ""))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "专业"), "專業")
	if m := bracketedArea.FindStringSubmatch(s); m != nil {
		s = m[1] // "B.E. (Computer Engineering)": the major in brackets after the degree
	}
	return trimSeps(s)
}

// bracketedArea is a major in brackets and nothing else.
var bracketedArea = lazyRE(`^[(（]([^()（）]+)[)）]$`)

// splitList splits an enumeration on list punctuation outside brackets.
func splitList(s string) []string {
	var out []string
	for _, p := range splitTop(s, "、，,;；|｜") {
		if p = strings.Trim(strings.TrimSpace(p), "。.等"); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// splitTop splits s at any of seps that stands outside brackets.
func splitTop(s, seps string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case strings.ContainsRune("(（[【《「", r):
			depth++
		case strings.ContainsRune(")）]】》」", r):
			if depth > 0 {
				depth--
			}
		case depth == 0 && strings.ContainsRune(seps, r):
			out = append(out, s[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, s[start:])
}

// eduBuilder accumulates one education entry.
type eduBuilder struct {
	e        schema.Education
	x        map[string]any
	deptArea bool // the area was read from the department's name ("计算机系")
	// bareArea: the area is a field of the header that stood alone
	// ("Harrowgate University, Tembor"); a field named with the degree
	// ("BSc Clinical Chemistry" on the next line) is the major.
	// (A Chinese major stays: "地质工程" is no place, and the "工程" of
	// "工程硕士" names less.)
	bareArea bool
}

// mayTakeArea reports whether a major named with the degree may be the
// entry's area: none is set, or the one set is a Latin field that stood
// alone (bareArea).
func (b *eduBuilder) mayTakeArea() bool {
	return b.e.Area == "" || b.bareArea && !hasHan(b.e.Area)
}

// notArea reports whether a field of an education header, standing
// alone, names no field of study: the degree's short name again
// ("Bachelor of Science - BS"), a mode of study or a note on the dates
// ("part-time", "(exp.)"), a class or a grade ("Second Class (Upper
// Division)", "GPA 5.00"), or a place ("Guelph ON", "Alberta" of
// "Alberta High School Diploma").
func (r *run) notArea(f string) bool {
	t := strings.TrimSpace(f)
	low := strings.ToLower(strings.Trim(t, "()（） "))
	return r.lx.degreeOnly(t) || r.lx.studyModes[low] || workload.MatchString(low) || dateNote.MatchString(low) ||
		honoursWord.MatchString(t) || degreeClass.MatchString(t) || r.lx.honours[low] || gradeField.MatchString(t) ||
		r.lx.isLocation(t) || r.lx.regions[t] || r.lx.countries[t] || townRegion.MatchString(t) && r.lx.regionCodes[t[len(t)-2:]] && !r.lx.hasDegree(t)
}

var (
	// dateNote is a note on when a course ends or that it goes on, maybe
	// with the date: "expected", "exp. 2026".
	dateNote = lazyRE(`^(?:exp\.?|expected|anticipated|in progress|ongoing|current|预计|預計|在读|在讀)(?:\s|$)`)
	// gradeField is a grade or a class: "GPA 5.00", "88%", "Second Class
	// (Upper Division)".
	gradeField = lazyRE(`(?i)^(?:c?gpa|cumulative average|average|grade|score)\b|^\d+(?:\.\d+)?\s*(?:/\s*\d+(?:\.\d+)?|%)$|^(?:first|second|third)\b.*\bclass\b|^\d{2,3}\s+points$`)
	// townRegion is a town and a region's two-letter code (region_codes.txt),
	// no comma between: "Guelph ON", "Dayton OH".
	townRegion = lazyRE(`^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2} [A-Z]{2}$`)
)

// restFields reads what follows the degree in a labelled value that holds
// the whole entry ("学历: 大专  某某职业技术学院  文秘  21年9月-24年6月"):
// its fields, split as a header's are, are the school, the major and the
// dates. It reports false, reading nothing, when the rest is no such run
// of fields.
func (b *eduBuilder) restFields(r *run, rest string) bool {
	fields := splitFields(rest)
	if len(fields) < 2 {
		return false
	}
	school, dates := -1, -1
	for i, f := range fields {
		if sp, ok := findSpan(f); ok && sp.Range && dates < 0 {
			dates = i
		} else if school < 0 && r.lx.isSchool(f) {
			school = i
		}
	}
	if school < 0 {
		return false
	}
	for i, f := range fields {
		switch {
		case i == school:
			b.set(r, "edu.institution", f)
		case i == dates:
			b.set(r, "edu.dates", f)
		case b.honours(r, f):
		case b.e.Area == "" && utf8.RuneCountInString(f) <= 30:
			b.e.Area = area(f)
		}
	}
	return true
}

// degreeNote is a note in a Chinese degree's brackets, no field: its
// track, a second degree, a minor.
var degreeNote = lazyRE(`(?:方向|双学位|雙學位|辅修|輔修)$`)

// maxDegreeQualifier is the most characters a Chinese degree's name may
// hold before its degree word ("毅進文憑", "高級文憑", "工学硕士").
const maxDegreeQualifier = 3

// trailingBracket splits "head (inner)" at its one bracket, which ends it.
func trailingBracket(s string) (head, inner string, ok bool) {
	m := headBracket.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", "", false
	}
	return strings.TrimSpace(m[1]), strings.TrimSpace(m[2]), true
}

var (
	headBracket = lazyRE(`^([^()（）]*?)\s*[(（]([^()（）]+)[)）]$`)
	// acronym is an abbreviation in capitals: "SSLC", "H.S.C."
	acronym = lazyRE(`^(?:\p{Lu}\.?){2,8}$`)
	// acronymWord is a word in capitals inside a field: "IIT Delhi"
	acronymWord = lazyRE(`\b[A-Z]{2,}\b`)
)

// examBoard is an examining board's name: "Tamil Nadu State Board", "CBSE".
var examBoard = lazyRE(`(?i)\bboard$|^(?:CBSE|ICSE|ISC)$`)

// qualificationThenField reports whether a labelled qualification and
// what follows its comma are a qualification and its field: the field is
// words without digits, no school, no degree, no honours in brackets.
func (b *eduBuilder) qualificationThenField(r *run, q, field string) bool {
	q, field = strings.TrimSpace(q), strings.TrimSpace(field)
	if head, _, ok := trailingBracket(q); ok {
		q = head // "Master of Science (magister inżynier)"
	}
	// the qualification is a degree alone or names none ("Engineer"), not
	// a degree and its field already ("Bachelor of Science in Nursing")
	if q == "" || hasHan(q) || r.lx.hasDegree(q) && !r.lx.degreeOnly(q) {
		return false
	}
	return field != "" && strings.IndexFunc(field, unicode.IsDigit) < 0 && !r.lx.isSchool(field) && !r.lx.hasDegree(field) &&
		!r.lx.honours[strings.ToLower(field)] && !r.lx.studyModes[strings.ToLower(field)] && !honoursWord.MatchString(field) &&
		qualifier.ReplaceAllString(field, "") == field && fewWords(field)
}

// schoolLevel is a school's year or standard, which an exam in brackets
// after it names: "12th (HSC)", "Class 10 (CBSE)".
var schoolLevel = lazyRE(`(?i)^(?:\d{1,2}(?:st|nd|rd|th)(?: std\.?| standard| grade)?|(?:class|grade|form|year|std\.?|standard) \d{1,2})$`)

// honoursWord is a degree's class or honours, written in its brackets or
// after its comma: "(Hons)", "Distinction", "2:1" — no field of study.
var honoursWord = lazyRE(`(?i)^(?:hons\.?|honou?rs|distinction|high distinction|merit|pass|credit|first|first class|upper second|lower second|2:1|2:2|\d(?:st|nd|rd|th) class)$`)

// bracketField reports whether the Latin words in a degree's brackets
// may name a field: capitalised, one word in capitals only at its start
// ("Aeronautical", "Computer Engineering"), not an abbreviation ("BComm"),
// honours ("Hons I") or a note ("see above").
func bracketField(inner string) bool {
	first, _ := utf8.DecodeRuneInString(inner)
	return unicode.IsUpper(first) && (strings.Contains(inner, " ") || upperCount(inner) == 1) && !strings.HasPrefix(strings.ToLower(inner), "hon") &&
		strings.IndexFunc(inner, unicode.IsDigit) < 0 // (not "Expected May 2025")
}

// fieldInBrackets reports whether the bracket after a degree names its
// field ("M.Com (Accountancy)"), not the degree's abbreviation, a class,
// honours, a mode of study or a school year ("(SSLC)", "(Distinction)",
// "(Part-time)", "(12th)").
func (r *run) fieldInBrackets(inner string) bool {
	low := strings.ToLower(inner)
	return !acronym.MatchString(inner) && !honoursWord.MatchString(inner) && !r.lx.honours[low] && !r.lx.studyModes[low] && !r.lx.hasDegree(inner) && !schoolLevel.MatchString(inner)
}

func (b *eduBuilder) set(r *run, field, value string) {
	if value == "" {
		return
	}
	switch field {
	case "edu.institution", "entry.company":
		if field == "entry.company" && b.e.Institution != "" {
			break // (an apprentice's employer beside the school)
		}
		// (a "Where" column of an education table names the school)
		// "Tamil Nadu State Board, Sri Ramakrishna School": the examining
		// board apart (an Indian school's)
		if parts := splitTop(value, ",，"); len(parts) == 2 {
			for i, p := range parts {
				if p, o := strings.TrimSpace(p), strings.TrimSpace(parts[1-i]); examBoard.MatchString(p) && !examBoard.MatchString(o) && !r.lx.isLocation(o) && r.lx.cityIn(o) != o {
					b.x["x-board"], value = p, o
					break
				}
			}
		}
		// "某师范大学 物理与电子工程学院" under "毕业院校及院系": the
		// department apart
		if school, dept, ok := splitDepartment(value); ok && strings.TrimSpace(dept) != dept {
			value = school
			b.department(strings.TrimSpace(dept))
		}
		// "School: Brantley University, Boston, MA", "Stud School, Naas,
		// Co. Kildare": the place apart
		if name, place, ok := r.lx.cutPlace(value); ok {
			b.e.Institution, b.x["x-location"] = name, place
		} else if name, place, ok := strings.Cut(value, ", "); ok && r.lx.countyPlace(place) {
			b.e.Institution, b.x["x-location"] = name, place
		} else {
			b.e.Institution = value
		}
	case "edu.area":
		b.e.Area = area(value)
	case "edu.studyType":
		// "Engineer (inżynier), Applied Mathematics": the qualification
		// as written, then its field
		if parts := splitTop(value, ",，"); len(parts) == 2 && b.e.Area == "" && b.qualificationThenField(r, parts[0], parts[1]) {
			b.e.StudyType, b.e.Area = strings.TrimSpace(parts[0]), area(strings.TrimSpace(parts[1]))
			break
		}
		if d, rest := r.lx.degreeIn(value); d != "" {
			b.e.StudyType = d
			if v := strings.TrimSpace(value); strings.HasPrefix(v, d) && v != d && r.lx.degreeOnly(strings.Trim(v[len(d):], "/／（）() ")) {
				// "本科/学士", "硕士（MPA）": the degree and its other
				// name, as written
				b.e.StudyType = v
				break
			}
			if head, inner, ok := trailingBracket(value); ok && !hasHan(value) {
				if inner == d && schoolLevel.MatchString(head) || head == d && schoolLevel.MatchString(inner) {
					// "12th (HSC)", "Intermediate (12th)": the one names the
					// other; the whole is the studyType
					b.e.StudyType = strings.TrimSpace(value)
					break
				}
				if head == d && r.fieldInBrackets(inner) && b.e.Area == "" {
					b.e.Area = area(inner) // "M.Com (Accountancy)"
					break
				}
			}
			if b.restFields(r, rest) {
				break
			}
			if b.mayTakeArea() && rest != "" && utf8.RuneCountInString(rest) <= 30 && !r.notArea(rest) {
				b.e.Area, b.bareArea = area(rest), false
			}
		} else if hasHan(value) {
			b.e.StudyType = qualifier.ReplaceAllString(value, "") // "本科（统招）"
		} else if head, inner, ok := trailingBracket(value); ok && r.fieldInBrackets(inner) && b.e.Area == "" {
			b.e.StudyType, b.e.Area = head, area(inner) // "M.Com (Accountancy)"
		} else {
			b.e.StudyType = strings.TrimSpace(value) // "10th (SSLC)", as written
		}
	case "edu.dates", "entry.dates":
		if sp, ok := findSpan(value); ok {
			b.e.StartDate, b.e.EndDate = sp.Start, sp.End
			if !sp.Range {
				b.e.StartDate, b.e.EndDate = "", sp.Start
			}
		}
	case "edu.endDate":
		if sp, ok := findSpan(value); ok {
			b.e.EndDate = sp.Start
		}
	case "edu.score":
		// "Final grade: 1.3 | Level in EQF: 7": the grade ends at a bar
		if i := indexAny(value, "|｜"); i > 0 {
			value = value[:i]
		}
		if b.e.Score == "" {
			b.e.Score = strings.TrimSpace(value) // the first grade given
		}
	case "edu.courses":
		b.e.Courses = append(b.e.Courses, splitList(value)...)
	case "entry.start":
		b.e.StartDate = labelledDate(value, b.e.StartDate)
	case "entry.end":
		b.e.EndDate = labelledDate(value, b.e.EndDate)
	case "entry.x-department":
		b.department(value)
	default:
		if strings.HasPrefix(field, "edu.x-") {
			b.x[strings.TrimPrefix(field, "edu.")] = value
		}
	}
}

// field places one free-text field of an education header.
// honours takes a field that is the honours of the degree ("summa cum
// laude", honours.txt) to x-honors, and reports whether it did.
func (b *eduBuilder) honours(r *run, f string) bool {
	f = strings.TrimSpace(f)
	if _, set := b.x["x-honors"]; set || !r.lx.honours[strings.ToLower(f)] {
		return false
	}
	b.x["x-honors"] = f
	return true
}

func (b *eduBuilder) field(r *run, f string) {
	if b.honours(r, f) {
		return
	}
	if head, grade, ok := trailingGrade(f); ok {
		// "Harrowgate University, Galway – Second Class Honours", "本科 ·
		// 通信工程  GPA 3.4/4.0": the grade after a dash or a wide gap
		// is the score, no part of the field before it
		if b.e.Score == "" {
			b.e.Score = grade
		}
		f = head
	}
	if degreeClass.MatchString(strings.TrimSpace(f)) && b.e.Score == "" {
		b.e.Score = strings.TrimSpace(f) // "BSc (Hons) Dietetics — 2:1": the class of the degree, its grade
		return
	}
	if parts := r.schoolThenMore(f); parts != nil {
		for _, p := range parts {
			b.field(r, p) // "浙江大学 计算机科学与技术" left when an aside was cut from it
		}
		return
	}
	if r.lx.studyWords[f] {
		return // "学习" of "本科学习": what one did there
	}
	if b.e.Institution == "" && b.e.Area == "" && b.schoolDeptMajor(r, f) {
		return
	}
	if r.lx.isSchool(f) && b.e.Institution == "" && !r.lx.hasDegree(f) {
		// "某大学计算机科学与技术系": the school, then its department
		if school, dept, ok := splitDepartment(f); ok {
			b.e.Institution = school
			b.department(dept)
			return
		}
		b.set(r, "edu.institution", f) // ("Harrowgate University, Galway": the place apart)
		return
	}
	if head, inner, ok := trailingBracket(f); ok && !hasHan(f) && r.lx.degreeOnly(head) && bracketField(inner) && r.fieldInBrackets(inner) && !r.notArea(inner) && b.e.StudyType == "" && (b.e.Area == "" || b.bareArea) {
		b.e.StudyType, b.e.Area, b.bareArea = head, area(inner), false // "HSC (Science)", "Bachelor of Engineering (Aeronautical)"
		return
	}
	if head, inner, ok := trailingBracket(f); ok && allHan(head) && allHan(inner) && b.e.StudyType == "" && b.e.Area == "" && r.fieldInBrackets(inner) && !r.notArea(inner) && !r.lx.isSchool(inner) && !degreeNote.MatchString(inner) {
		// "本科（计算机科学与技术）", "高級文憑（酒店管理）": the degree,
		// a word or two before its name perhaps, then its field (not a
		// note on it: "（某某方向）", "（某某双学位）")
		if d, rest := r.lx.degreeIn(head); d != "" && utf8.RuneCountInString(strings.TrimSpace(rest)) <= maxDegreeQualifier {
			b.e.StudyType, b.e.Area = head, inner
			return
		}
	}
	if d, rest := r.lx.degreeIn(f); d != "" && b.e.StudyType == "" {
		b.e.StudyType = d
		if head, inner, ok := trailingBracket(rest); ok && gradeField.MatchString(inner) {
			rest = head // "BSc Chemistry (Second Class Upper Division)": the class is no part of the major
		}
		if d2, rest2 := r.lx.degreeIn(rest); d2 != "" && rest2 == "" {
			return // "硕士 M.S.": the degree in two scripts
		}
		if cjk, latin, ok := scriptHalves(rest); ok && hasHan(d) {
			if d2, _ := r.lx.degreeIn(latin); d2 != "" && !hasHan(d2) {
				// "物业管理高級文憑 Higher Diploma in Property Management":
				// the degree and its field again in English
				rest = cjk
			}
		}
		// "B.S. in Computer Science", "软件工程 本科"
		if r.lx.studyWords[rest] {
			rest = "" // "本科学习": what one did there
		}
		if field, school, ok := cutLast(" "+rest, " from "); ok && r.lx.isSchool(school) && !r.lx.isSchool(field) {
			// "BSc in Physics from University of Leeds", "MBA from
			// Harbourside Business School": the field, then the school
			if field = strings.TrimSpace(field); field != "" && b.e.Area == "" {
				b.e.Area = area(field)
			}
			if b.e.Institution == "" {
				b.field(r, strings.TrimSpace(school))
			}
			return
		}
		if rest != "" && !r.lx.isSchool(rest) && b.mayTakeArea() && !r.notArea(rest) {
			b.e.Area, b.bareArea = area(rest), false
		} else if rest != "" && r.lx.isSchool(rest) && b.e.Institution == "" {
			b.field(r, rest) // ("浙江大学（本科） 计算机科学与技术": the school and the major)
		}
		return
	}
	switch {
	case b.e.Institution == "" && r.lx.isSchool(f):
		b.set(r, "edu.institution", f)
	case b.e.Institution != "" && isDepartment(f):
		b.department(f)
	case strings.HasSuffix(f, "专业") && b.e.Area == "":
		b.e.Area = area(f)
	case b.e.Institution == "" && !strings.HasSuffix(f, "专业"):
		b.e.Institution = f
	case r.notArea(f):
		// (no major)
	case b.e.Area == "" || b.deptArea && !strings.Contains(f, "毕业") && !strings.Contains(f, "畢業"):
		b.e.Area, b.deptArea, b.bareArea = area(f), false, true // ("南京大学 计算机系 软件工程": the major named after the department)
	}
}

// trailingGrade splits a field at its last dash or wide gap when what
// follows is a grade: "Galway – Second Class Honours, Grade 2 (2.2)",
// "通信工程  GPA 3.4/4.0", "Tuam – 480 points".
func trailingGrade(f string) (head, grade string, ok bool) {
	f = strings.TrimSpace(f)
	ms := fieldJoint.FindAllStringIndex(f, -1)
	if len(ms) == 0 || ms[len(ms)-1][0] == 0 {
		return f, "", false
	}
	last := ms[len(ms)-1]
	head, grade = strings.TrimSpace(f[:last[0]]), strings.TrimSpace(f[last[1]:])
	if head == "" || !(gradeField.MatchString(grade) || degreeClass.MatchString(grade)) {
		return f, "", false
	}
	return head, grade, true
}

// fieldJoint is what joins a field to an aside after it: a dash set
// apart by spaces, a wide gap, a tab.
var fieldJoint = lazyRE(` [—–-] |  +|\t`)

// schoolDeptMajor splits a Chinese field that names a school, maybe one of
// its colleges, and a major ending in 专业, written as one: "某大学公共管理学院
// 行政管理专业" → 某大学, 公共管理学院, 行政管理专业.
func schoolDeptMajor(f string) (school, dept, major string, ok bool) {
	if !hasHan(f) || !strings.HasSuffix(f, "专业") && !strings.HasSuffix(f, "專業") || strings.ContainsAny(f, " 　") {
		return "", "", "", false
	}
	for _, end := range []string{"大学", "大學"} {
		i := strings.Index(f, end)
		if i <= 0 {
			continue
		}
		school, rest := f[:i+len(end)], f[i+len(end):]
		for _, d := range []string{"学院", "學院", "系"} {
			if j := strings.Index(rest, d); j > 0 && !strings.HasPrefix(rest[j+len(d):], "统") && !strings.HasPrefix(rest[j+len(d):], "統") {
				// (not the 系 of a major's 系统: "信息管理与信息系统专业")
				dept, rest = rest[:j+len(d)], rest[j+len(d):]
				break
			}
		}
		if utf8.RuneCountInString(rest) <= 2 {
			return "", "", "", false // ("某大学专业": no major's name)
		}
		return school, dept, rest, true
	}
	return "", "", "", false
}

// schoolDeptMajor sets the school, the college and the major of a field
// that names them written as one ("某财经大学公共管理学院行政管理专业"),
// and reports whether it did.
func (b *eduBuilder) schoolDeptMajor(r *run, f string) bool {
	school, dept, major, ok := schoolDeptMajor(f)
	if !ok || !r.lx.isSchool(school) {
		return false
	}
	b.e.Institution, b.e.Area = school, area(major)
	if dept != "" {
		b.x["x-department"] = dept
	}
	return true
}

// departmentSuffixes end the name of a school's department or college.
var departmentSuffixes = []string{"学院", "系", "学部", "研究所", "研究院"}

// schoolEnds end the name of a university, before a department's name.
var schoolEnds = []string{"大学", "学院"}

// isDepartment reports whether f names a department ("信息科学与工程学院",
// "计算机系").
func isDepartment(f string) bool {
	if !hasHan(f) {
		return false
	}
	for _, s := range departmentSuffixes {
		if strings.HasSuffix(f, s) && utf8.RuneCountInString(f) > utf8.RuneCountInString(s) {
			return true
		}
	}
	return false
}

// splitDepartment splits "某大学计算机科学与技术系" into the school and the
// department written after it.
func splitDepartment(f string) (school, dept string, ok bool) {
	if !isDepartment(f) {
		return "", "", false
	}
	for _, end := range schoolEnds {
		if i := strings.Index(f, end); i > 0 && i+len(end) < len(f) {
			school, dept = f[:i+len(end)], f[i+len(end):]
			if isDepartment(dept) {
				return school, dept, true
			}
		}
	}
	return "", "", false
}

// department records a department; a 系 named after a subject is the
// area too, as written ("计算机科学与技术系"), until a major is named.
func (b *eduBuilder) department(d string) {
	b.x["x-department"] = d
	if b.e.Area == "" && strings.HasSuffix(d, "系") {
		b.e.Area = d
		b.deptArea = true
	}
}

func (b *eduBuilder) empty() bool {
	return b.e.Institution == "" && b.e.Area == "" && b.e.StudyType == "" && b.e.StartDate == "" && b.e.EndDate == ""
}

func (r *run) addEducation(b *eduBuilder) {
	if board, ok := b.x["x-board"].(string); ok && b.e.Institution == "" {
		// "B.Com | Gomti University, Lucknow | 2016" under "Board /
		// University", no school named: the board or university is where
		// one studied
		delete(b.x, "x-board")
		b.set(r, "edu.institution", board)
	}
	if b.empty() {
		return
	}
	b.e.X = nilIfEmpty(b.x)
	r.res.Education = append(r.res.Education, b.e)
}

func (r *run) education(lines []*line) {
	var projects []*line // entries that are projects, read after the loop
	entries := r.splitEntries(kEducation, lines)
	// courses beside a school's entry, or under a heading of training
	// ("TRAINING", "Courses") a section of nothing but courses
	courses := slices.ContainsFunc(entries, r.schooledEntry) ||
		r.trainingHeading() && len(entries) >= 2 && !slices.ContainsFunc(entries, func(e *entry) bool { return !r.trainingEntry(e) })
	for _, e := range entries {
		if r.projectShaped(e) {
			projects = append(append(projects, e.header...), e.body...)
			continue
		}
		if courses && r.trainingEntry(e) {
			// "Food Hygiene Level 2 — 2022" after a degree and its
			// university, or among other courses only: a course that names
			// no school and no degree, one date, is a certificate
			r.certificates(e.header)
			continue
		}
		b := &eduBuilder{x: map[string]any{}}
		h := r.readHeader(e)
		if h.hasSpan {
			b.e.StartDate, b.e.EndDate = h.span.Start, h.span.End
			if !h.span.Range {
				b.e.StartDate, b.e.EndDate = "", h.span.Start
			}
		}
		for _, k := range h.kvs {
			b.set(r, k.field, k.value)
		}
		var fields, after []string
		for _, f := range h.fields {
			if rest, ok := strings.CutPrefix(f, ". "); ok && rest != "" {
				// "2014. Chemistry B, History A": a sentence after the
				// dates that close the header, no name
				after = append(after, rest)
				continue
			}
			// "Brantley University, Boston, MA": the place goes first, so
			// that MA is not read as a degree
			if school, place, ok := r.lx.cutPlace(f); ok {
				b.x["x-location"] = place
				f = school
			}
			if parts := r.schoolThenMore(f); parts != nil {
				fields = append(fields, parts...) // "浙江大学 计算机科学与技术", "【浙江大学】软件工程"
				continue
			}
			if parts := splitTop(f, ",，"); len(parts) > 1 && !r.lx.isLocation(f) {
				for i, p := range parts { // (not inside brackets: "module (20 credits, Level 6)")
					p = strings.TrimSpace(p)
					if i == 1 && len(parts) == 2 && r.lx.isSchool(parts[0]) && !r.lx.isSchool(p) && !hasHan(p) && townName.MatchString(p) && len(strings.Fields(p)) <= 2 && !r.lx.studyField(p) && !r.lx.hasDegree(p) && b.x["x-location"] == nil {
						b.x["x-location"] = p // "Ogbe Ridge Polytechnic, Warri": a town the lexicon does not know after the school, no field of study
						continue
					}
					if p != "" {
						fields = append(fields, p)
					}
				}
			} else {
				fields = append(fields, f)
			}
		}
		for i, f := range fields {
			if m := trailAside.FindStringSubmatch(f); m != nil && m[0] != f && r.lx.isSchool(f) && (r.lx.countries[m[1]] || r.lx.isLocation(m[1])) {
				// "University of Westmoor (UK)": the place in brackets
				b.x["x-location"] = m[1]
				fields[i] = strings.TrimSpace(f[:len(f)-len(m[0])])
			}
		}
		// "LLB / BA": two degrees side by side, a double degree, one
		// studyType as written
		for i := 0; i+1 < len(fields) && b.e.StudyType == ""; i++ {
			if r.lx.degreeOnly(fields[i]) && r.lx.degreeOnly(fields[i+1]) {
				for _, l := range e.header {
					if m := slashJoined(l.raw, fields[i], fields[i+1]); m != "" {
						b.e.StudyType = m // as written
						fields = slices.Delete(fields, i, i+2)
						break
					}
				}
			}
		}
		// "碩士 土木工程研究所": a graduate programme after its degree,
		// the degree and the field of study (the school named elsewhere)
		for i, f := range fields {
			if m := gradProgramIn(f); m != "" && m == strings.TrimSpace(f) && b.e.StudyType == "" && b.e.Area == "" {
				d, rest := r.lx.degreeIn(m)
				b.e.StudyType, b.e.Area = d, strings.TrimSpace(rest)
				fields = slices.Delete(fields, i, i+1)
				break
			}
		}
		// "某某交通职业中专  汽车维修  中专": where a field is the degree
		// alone, a Chinese field that ends in the same word is the school
		// so named (a 中专 is a school and its level), no degree and field;
		// not where another field names the school ("某某大学  工商管理硕士
		// 硕士")
		if k := slices.IndexFunc(fields, r.lx.degreeOnly); k >= 0 && b.e.Institution == "" {
			d := strings.TrimSpace(fields[k])
			school := func(i int) bool { // another field names the school
				for j, g := range fields {
					if j != i && j != k && r.lx.isSchool(g) {
						return true
					}
				}
				return false
			}
			for i, f := range fields {
				if i != k && hasHan(d) && strings.HasSuffix(f, d) && utf8.RuneCountInString(f) > utf8.RuneCountInString(d)+1 && allHan(f) && !school(i) {
					b.e.Institution = f
					fields = slices.Delete(fields, i, i+1)
					break
				}
			}
		}
		// the field naming a school is the institution, wherever it stands
		for i, f := range fields {
			if _, rest := r.lx.degreeIn(f); rest == f && r.lx.isSchool(f) {
				b.e.Institution = f
				// "某大学公共管理学院行政管理专业", as field() reads it, or
				// "某大学计算机科学与技术系"
				if !b.schoolDeptMajor(r, f) {
					if school, dept, ok := splitDepartment(f); ok {
						b.e.Institution = school
						b.department(dept)
					}
				}
				fields = append(fields[:i:i], fields[i+1:]...)
				break
			}
		}
		if b.e.Institution == "" && len(fields) == 2 && (len(e.body) == 0 || e.body[0].Marker != "" || hasSentencePunct(e.body[0].text) || r.lx.isSchool(e.body[0].text)) {
			// "Computer Science – Bachelor of Science", "数字媒体技术 – 本科":
			// a field of study (study_fields.txt) beside a bare degree,
			// naming no school, is the major, unless a plain line under
			// it, naming no school, could be the school (or the field is
			// an acronym of one: "IIT Delhi – B.Tech")
			for i, f := range fields {
				if d := fields[1-i]; r.lx.degreeOnly(d) && r.lx.studyField(f) && !r.lx.hasDegree(f) && !r.lx.isSchool(f) && !r.notArea(f) && !acronymWord.MatchString(f) {
					b.field(r, d)
					b.e.Area, fields = area(f), nil
					break
				}
			}
		}
		for _, f := range fields {
			if l := r.lx.degreeLevel(f); l != "" && l == r.lx.degreeLevel(b.e.StudyType) && b.e.Area != "" && !r.lx.isSchool(f) && hasHan(f) != hasHan(b.e.StudyType) && !secondDegree.MatchString(f) {
				// "碩士 土木工程研究所  M.S. Civil Engineering": the same
				// degree in the other script (not "双学位 经济学学士", a second)
				b.x["x-degreeOtherScript"] = f
				continue
			}
			if r.lx.isLocation(f) || b.e.Institution != "" && (r.lx.regions[f] || r.lx.countries[f]) {
				b.x["x-location"] = f // ("Lincoln High School, Ohio": a state or a country after the school)
				continue
			}
			b.field(r, f)
		}
		notes := after
		lead := true // still in the short plain lines that open the body
		for _, it := range r.readBody(e.body) {
			l := it.line
			if m := gpaTail.FindStringSubmatch(l.text); m != nil && it.field == "" && b.e.Score == "" && r.lx.hasDegree(m[1]) {
				// "BSc in Statistics; GPA 3.7/4.0": the degree line, its score
				b.e.Score = m[2]
				l = partLine(l, m[1])
			}
			if head, tail, ok := cutAny(l.text, "，,"); lead && ok && it.field == "" && l.Marker == "" && b.e.StudyType == "" && b.e.Area == "" &&
				!hasSentencePunct(head) && utf8.RuneCountInString(head) <= maxDegreeBodyLine && r.lx.hasDegree(head) && degreeAndMore(r, head) {
				// "金融学硕士 MSc Finance，Merit": the major and the degree,
				// then a note after the comma (not "Bachelor of Science,
				// Computer Science": the degree, then the major)
				if m := gpaEnd.FindStringSubmatchIndex(head); m != nil && b.e.Score == "" {
					b.e.Score, head = head[m[2]:m[3]], strings.TrimSpace(head[:m[0]]) // "金融工程本科/学士 GPA 3.78/4.0"
				}
				if left, right, ok := cutLast(head, "/"); ok {
					// "金融工程本科/学士": one degree in two words, as written
					if d, rest := r.lx.degreeIn(left); d != "" && strings.HasSuffix(left, d) && r.lx.degreeOnly(right) {
						b.e.StudyType, head = d+"/"+right, rest
					}
				}
				b.field(r, head)
				if school, rest, _ := cutAny(tail, "，,"); b.e.Institution == "" && len(h.fields) == 0 && r.lx.schoolName(strings.TrimSuffix(strings.TrimSpace(school), ".")) {
					// "MSc Software Engineering, Northgate University,
					// Leeds.": the school after the degree, under a header of
					// dates only
					b.e.Institution, tail = strings.TrimSuffix(strings.TrimSpace(school), "."), rest
				}
				if tail = strings.TrimSpace(tail); tail != "" {
					notes = append(notes, tail)
				}
				continue
			}
			lead = lead && it.field == "" && l.Marker == "" && (l.runes <= 40 || l.runes <= maxDegreeBodyLine && r.lx.hasDegree(l.text) || b.e.Institution == "" && l.runes <= maxSchoolLine && r.lx.isSchool(l.text)) && !hasSentencePunct(l.text) && !strings.HasSuffix(l.text, ".")
			if lead && (b.e.StudyType == "" && r.lx.hasDegree(l.text) || b.e.Area == "" && !r.lx.isSchool(l.text) && b.e.Institution != "" ||
				b.e.Institution == "" && r.lx.isSchool(l.text)) {
				// the major and the degree on lines of their own under the
				// school: "Computer Science" / "Master of Science"; the
				// school under the degree, maybe with its place
				t := l.text
				if school, place, ok := r.lx.cutPlace(t); ok && b.e.Institution == "" && r.lx.isSchool(school) {
					t = school
					b.x["x-location"] = place
				}
				b.field(r, t)
				continue
			}
			switch {
			case strings.HasPrefix(it.field, "edu."):
				b.set(r, it.field, it.text)
			case it.field == "" && strings.HasPrefix(strings.ToUpper(it.text), "GPA"):
				b.e.Score = trimSeps(it.text[3:])
			default:
				notes = append(notes, l.text)
			}
		}
		if len(notes) > 0 {
			b.x["x-details"] = notes
		}
		r.addEducation(b)
	}
	if len(projects) > 0 {
		r.projects(projects)
	}
}

// gradProgram is a graduate programme named after its degree, as Taiwan
// writes it: "碩士 土木工程研究所" (研究所 a department, not an institute;
// the mainland's "硕士 某某研究所" is a research institute, a school, and
// so is any 研究院 or 科學院).
var gradProgram = lazyRE(`(?:碩士|博士)[班生]?\s*\p{Han}{2,12}研究所`)

// gradProgramIn is the graduate programme s names (gradProgram), "" when
// none.
func gradProgramIn(s string) string {
	if m := gradProgram.FindString(s); !containsAny(m, "院") {
		return m
	}
	return ""
}

// gradProgramOnly reports whether the only school s names is a graduate
// programme after its degree (gradProgramIn), the school itself elsewhere.
func (lx *Lexicon) gradProgramOnly(s string) bool {
	m := gradProgramIn(s)
	return m != "" && !lx.isSchool(strings.Replace(s, m, "", 1))
}

// schoolName reports whether s is a school's name, not a phrase that
// mentions one ("thesis supervised at Northgate University"): a school's
// word, and each Latin word capitalised but for the small words that join
// a name ("University of the Highlands").
func (lx *Lexicon) schoolName(s string) bool {
	if !lx.isSchool(s) {
		return false
	}
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !nameJoiners[w] {
			return false
		}
	}
	return true
}

// nameJoiners are the small words that join the words of a name.
var nameJoiners = map[string]bool{"of": true, "and": true, "the": true, "for": true, "at": true, "de": true, "la": true, "du": true, "des": true, "in": true, "&": true}

// schoolThenMore splits a Chinese field that names a school and then, apart
// by a space or CJK square brackets, more of the entry: "浙江大学
// 计算机科学与技术", "【浙江大学】软件工程 本科"; nil when f is no such
// field (not "浙江大学 Zhejiang University", a name in two scripts).
func (r *run) schoolThenMore(f string) []string {
	if !hasHan(f) || !containsAny(f, " 【】") {
		return nil
	}
	var parts []string
	for _, p := range splitTop(strings.NewReplacer("【", " ", "】", " ").Replace(f), " ") {
		if p = strings.TrimSpace(p); p != "" && !r.lx.studyModes[strings.ToLower(p)] {
			parts = append(parts, p) // (a mode of study, "全日制", is no field)
		}
	}
	if len(parts) < 2 || !r.lx.isSchool(parts[0]) || r.lx.hasDegree(parts[0]) {
		return nil
	}
	for _, p := range parts {
		if !hasHan(p) || r.lx.isSchool(p) && p != parts[0] && !isDepartment(p) {
			return nil
		}
	}
	return parts
}

// projectShaped reports whether an entry under the education heading is a
// project that the page set after the schools without a heading of its
// own (cards on a grid): no line of it names a school or a degree, and
// its body has a row of technology chips or a line that only names a
// link ("Source ↗", "Live demo").
func (r *run) projectShaped(e *entry) bool {
	for _, l := range e.header {
		if r.lx.isSchool(l.text) || r.lx.hasDegree(l.text) {
			return false
		}
	}
	marked := false
	for _, l := range e.body {
		if r.lx.isSchool(l.text) || r.lx.hasDegree(l.text) {
			return false
		}
		marked = marked || tagRow(l) || linkOnly(l)
	}
	return marked
}

// linkOnly reports whether a line only names the web link it carries:
// "View on GitHub →", "Source ↗".
func linkOnly(l *line) bool {
	lk := l.Links
	return len(lk) >= 1 && strings.HasPrefix(lk[0].URL, "http") && l.Marker == "" &&
		len(strings.Fields(l.text)) <= maxLinkWords*len(lk) && !hasSentencePunct(l.text)
}

// slashJoined returns a, a slash and b as s writes them ("LLB / BA",
// "BSc/MSc"), "" when s does not.
func slashJoined(s, a, b string) string {
	for i := strings.Index(s, a); i >= 0; {
		rest := strings.TrimLeft(s[i+len(a):], " ")
		if after, ok := strings.CutPrefix(rest, "/"); ok {
			if after = strings.TrimLeft(after, " "); strings.HasPrefix(after, b) {
				end := len(s) - len(after) + len(b)
				return s[i:end]
			}
		}
		j := strings.Index(s[i+1:], a)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return ""
}

// cutAny cuts s around the first of the runes in seps.
func cutAny(s, seps string) (before, after string, found bool) {
	if i := indexAny(s, seps); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return s[:i], s[i+n:], true
	}
	return s, "", false
}

// degreeAndMore reports whether s names a degree and something more, its
// major ("金融学硕士", "BSc Economics"), and no school.
func degreeAndMore(r *run, s string) bool {
	s = gpaEnd.ReplaceAllString(s, "")
	d, rest := r.lx.degreeIn(s)
	return d != "" && strings.TrimSpace(strings.Trim(rest, "/ ")) != "" && !r.lx.isSchool(rest)
}

// schooledEntry reports whether an education entry's header names a school
// or a degree (not a vocational one alone).
func (r *run) schooledEntry(e *entry) bool {
	for _, l := range e.header {
		if r.lx.isSchool(l.text) || r.lx.hasDegree(l.text) && !r.lx.vocationalOnly(l.text) {
			return true
		}
	}
	return false
}

// trainingEntry reports whether an education entry is a course of
// training: a header of one line with one date (not a range), naming no
// school, no degree and no place, no honours, grade or thesis, no
// sentence or label, and no text under it.
func (r *run) trainingEntry(e *entry) bool {
	if len(e.header) != 1 || len(e.body) > 0 {
		return false
	}
	l := e.header[0]
	if r.lx.isSchool(l.text) || r.lx.hasDegree(l.text) || hasSentencePunct(l.text) {
		return false // (a vocational degree too: a course of study)
	}
	sp, ok := findSpan(l.raw)
	if !ok || sp.Range || l.runes > maxEntryLine || strings.HasSuffix(l.text, ".") || strings.ContainsAny(l.text, ":：") {
		return false // (a sentence, or a label's value: "Fieldwork: …")
	}
	name := trimSeps(cutSpan(l.raw, sp))
	course := containsWord(name, r.lx.courseWords)
	if !named(name) || r.isAwardLine(l) && !course || containsWord(l.text, r.lx.notCourseWords) {
		return false // a date's rest ("18-Nov" of "18-Nov-2021"); honours, a grade, a thesis, an exchange
	}
	parts := 0
	for _, p := range splitTop(name, ",，") {
		if p = strings.TrimSpace(p); p != "" && r.lx.isLocation(p) {
			return false // a school's place: "G.C.E. A/L, Royal College, Colombo, 2010"
		} else if p != "" {
			parts++
		}
	}
	// names apart by commas are a course and its provider only when a word
	// or the heading says so ("Google UX Design Certificate, Coursera");
	// else a school and its subject ("Penn State, Mechanical Engineering")
	return parts < 2 || course || r.trainingHeading()
}

// trainingHeading reports whether the education section being read is
// headed as one of training ("TRAINING", "Courses", "培训经历").
func (r *run) trainingHeading() bool {
	return r.heading != nil && containsWord(r.heading.text, r.lx.courseWords)
}

// named reports whether s has a word in it that names something: three
// letters or more that are no month's name ("PMP", not "Nov"), or two
// Chinese characters.
func named(s string) bool {
	for w := range strings.FieldsFuncSeq(s, func(c rune) bool { return !unicode.IsLetter(c) }) {
		if n := utf8.RuneCountInString(w); hasHan(w) && n >= 2 || !hasHan(w) && n >= 3 {
			if _, month, _ := monthWord(w); !month {
				return true
			}
		}
	}
	return false
}
