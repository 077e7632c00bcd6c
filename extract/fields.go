package extract

import (
	"golang.org/x/text/unicode/norm"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kv is one "label：value" pair found in a line.
type kv struct {
	field, label, value string
}

// splitKV finds the known labels in s. It returns the text before the first
// label and the pairs in order.
func (lx *Lexicon) splitKV(s string) (string, []kv) {
	type loc struct{ start, end, next int } // label start, label end, value start
	var locs []loc
	find := func(glued bool) {
		locs = locs[:0]
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == ':' || r == '：' {
				if a, b, ok := lx.labelBefore(s, i, glued); ok && (len(locs) == 0 || a >= locs[len(locs)-1].next) {
					// "电话 / 微信：138…": two labels for one value; the first names it
					if pa, ok := lx.pairedLabel(s, a); ok && (len(locs) == 0 || pa >= locs[len(locs)-1].next) {
						a = pa
					}
					locs = append(locs, loc{a, b, i + n})
				}
			}
			i += n
		}
	}
	find(false)
	if colons := strings.Count(s, "：") + strings.Count(s, ":"); colons >= 2 && len(locs) < colons && hasHan(s) {
		// "求职意向：新媒体运营意向城市：杭州期望薪资：6-8K": a converter
		// dropped the gaps between the pairs; every colon has its label
		// glued to the value before it (not inside brackets: a label
		// there is an aside, read as one elsewhere)
		keep := slices.Clone(locs)
		if find(true); len(locs) < colons {
			locs = keep
		}
	}
	if len(locs) == 0 {
		return s, nil
	}
	lead := trimSeps(s[:locs[0].start])
	var out []kv
	for i, m := range locs {
		end := len(s)
		if i+1 < len(locs) {
			end = locs[i+1].start
		}
		label := s[m.start:m.end]
		field, _ := lx.lookupLabel(label)
		if first, _, paired := strings.Cut(label, "/"); paired {
			if f, ok := lx.lookupLabel(strings.TrimSpace(first)); ok {
				field = f
			}
		}
		out = append(out, kv{field: field, label: label, value: trimSeps(s[m.next:end])})
	}
	return lead, out
}

// pairedLabel finds a known label written before the label that starts at
// a, joined to it by a slash ("电话 / 微信"), and returns where it starts.
func (lx *Lexicon) pairedLabel(s string, a int) (int, bool) {
	before := strings.TrimRight(s[:a], " ")
	if !strings.HasSuffix(before, "/") {
		return 0, false
	}
	before = strings.TrimRight(strings.TrimSuffix(before, "/"), " ")
	start := strings.LastIndexAny(before, labelLead) + 1
	if start >= len(before) {
		return 0, false
	}
	if _, ok := lx.lookupLabel(before[start:]); !ok {
		return 0, false
	}
	return start, true
}

// labelKey folds a label for lookup: lower case, and no spaces between CJK
// characters ("姓    名" is 姓名).
func labelKey(s string) string {
	s = asciiLower(s)
	if hasHan(s) && strings.Contains(s, " ") {
		s = strings.ReplaceAll(s, " ", "")
	}
	return s
}

// inBrackets reports whether a bracket opened in s is still open at its end.
func inBrackets(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '（', '[', '【':
			depth++
		case ')', '）', ']', '】':
			depth = max(depth-1, 0)
		}
	}
	return depth > 0
}

// labelBefore finds the longest known label that ends (spaces aside) right
// before the colon at byte c and starts the text or follows a separator.
func (lx *Lexicon) labelBefore(s string, c int, glued bool) (int, int, bool) {
	end := c
	for end > 0 && s[end-1] == ' ' {
		end--
	}
	start, runes := end, 0
	best := -1
	for start > 0 && runes < lx.maxLabel {
		_, n := utf8.DecodeLastRuneInString(s[:start])
		start -= n
		runes++
		if start > 0 {
			if p, _ := utf8.DecodeLastRuneInString(s[:start]); !strings.ContainsRune(labelLead, p) && !(glued && runes >= 2 && hasHan(s[start:end]) && !inBrackets(s[:start])) {
				continue
			}
		}
		if cand := s[start:end]; !acrossGap(cand) {
			if _, ok := lx.lookupLabel(cand); ok && !glued {
				best = start
			} else if _, exact := lx.labels[labelKey(cand)]; exact && glued && runes >= 2 {
				best = start // glued to the value before: a label as the lexicon has it, "意向城市" of "新媒体运营意向城市"
			}
		}
	}
	if best < 0 {
		return 0, 0, false
	}
	return best, end, true
}

// acrossGap reports whether a label candidate spans a field gap (two
// spaces or more) between words: "会计  期望城市" is a value and a label.
// Letters spaced out to fill a box ("姓    名") are one label.
func acrossGap(s string) bool {
	if !strings.Contains(s, "  ") {
		return false
	}
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) > 1 {
			return true
		}
	}
	return false
}

// labelLead are the characters a label may follow.
const labelLead = " \t|｜/,，;；、·•"

// lookupLabel looks a label up: listed labels first, then the endings of
// short CJK labels.
func (lx *Lexicon) lookupLabel(label string) (string, bool) {
	k := labelKey(label)
	if f, ok := lx.labels[k]; ok {
		return f, true
	}
	if n := utf8.RuneCountInString(k); n >= 3 && n <= 10 && allHan(k) {
		for _, e := range lx.labelEnds {
			if strings.HasSuffix(k, e.word) && (e.maxRunes == 0 || n <= e.maxRunes) {
				return e.field, true
			}
		}
	}
	// bilingual: "电话 Tel", "姓名 Name", "Email 电邮" (one part in each script)
	if hasHan(label) && strings.Contains(label, " ") && utf8.RuneCountInString(label) <= 30 && scriptRuns(label) == 2 &&
		!strings.ContainsAny(label, ":：/|｜,，、;；()（）0123456789") {
		if cjk, latin := splitScripts(label); cjk != "" && latin != "" && len(strings.Fields(latin)) <= 3 && allHan(strings.ReplaceAll(cjk, " ", "")) && !strings.ContainsFunc(latin, func(c rune) bool { return !unicode.IsLetter(c) && c != ' ' && c != '-' && c != '.' }) {
			if f, ok := lx.labels[labelKey(cjk)]; ok {
				return f, true
			}
			if f, ok := lx.labels[strings.ToLower(latin)]; ok && utf8.RuneCountInString(strings.ReplaceAll(cjk, " ", "")) <= maxBilingualHan {
				return f, true // (not "本科 计算机科学与技术 GPA": a degree and a major before the label)
			}
		}
	}
	return "", false
}

// maxBilingualHan is the longest Chinese half of a bilingual label known
// by its Latin half ("电邮 Email").
const maxBilingualHan = 4

// scriptRuns counts the runs of Han and of other letters in s: "电话 Tel"
// has two, "Yan 电话 Tel" three.
func scriptRuns(s string) int {
	n, prev := 0, 0
	for _, c := range s {
		k := 0
		switch {
		case isHan(c):
			k = 1
		case unicode.IsLetter(c):
			k = 2
		default:
			continue
		}
		if k != prev {
			n++
			prev = k
		}
	}
	return n
}

// labelField looks a label up whole, then by its CJK or its Latin part
// ("Keywords 关键词").
func (lx *Lexicon) labelField(label string) (string, bool) {
	if f, ok := lx.lookupLabel(label); ok {
		return f, true
	}
	if strings.ContainsAny(label, ":：/|｜,，、;；()（）") || utf8.RuneCountInString(label) > 30 {
		return "", false
	}
	if cjk, latin := splitScripts(label); cjk != "" && latin != "" && len(strings.Fields(latin)) <= 3 {
		if f, ok := lx.labels[cjk]; ok {
			return f, true
		}
		if f, ok := lx.labels[strings.ToLower(latin)]; ok {
			return f, true
		}
	}
	return "", false
}

// labelOnly reports whether s is nothing but a label (known or not) such
// as "主要职责", "技术难点与收获" or "前端相关文章：".
func (lx *Lexicon) labelOnly(s string) (field string, ok bool) {
	t := strings.TrimSpace(s)
	bare := strings.TrimRight(t, ":： ")
	if f, known := lx.labelField(bare); known {
		if _, exact := lx.labels[labelKey(bare)]; !exact && bare == t && f == "entry.keywords" {
			// without a colon and a value, a keywords label read from
			// its ending is no label: "电子信息工程技术" is a major
			return "", false
		}
		return f, true
	}
	if bare != t && utf8.RuneCountInString(bare) <= 30 && !hasSentencePunct(bare) {
		return "", true
	}
	return "", false
}

// headKV splits a leading "label：" of any short label from s: "编程语言：Java"
// gives ("编程语言", "Java"). ok is false when there is no such label.
func headKV(s string) (label, value string, ok bool) {
	i := indexAny(s, ":：")
	if i <= 0 {
		return "", s, false
	}
	label = strings.TrimSpace(s[:i])
	if width(label) > 40 || hasSentencePunct(label) || strings.Contains(label, "http") {
		return "", s, false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	if strings.HasPrefix(s[i:], "::") {
		n = 2 // "时间:: 2021.05 - 今": an outliner's property (Logseq, Org)
	}
	return label, strings.TrimSpace(s[i+n:]), true
}

const sepChars = " |｜/／,，;；·・‧•、\t-–—:："

func trimSeps(s string) string {
	s = trimUnbalanced(strings.Trim(s, sepChars))
	if t, ok := strings.CutSuffix(s, " ."); ok {
		// "Data Analyst — Hart & Lowe, Cape Town. 2017 – to date.": the
		// full stop that closed the dates
		s = strings.TrimRight(t, sepChars)
	}
	if t := strings.TrimRight(s, "."); t != s && t != "" && unicode.Is(unicode.Han, lastRuneOf(t)) {
		s = t // "某某财税服务有限公司.": a full stop after Chinese ends the text, not the name
	}
	return s
}

// lastRuneOf is the last rune of s.
func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// firstRuneOf is the first rune of s.
func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// bracketPairs are the brackets a split may leave one half of.
var bracketPairs = [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}}

// trimUnbalanced drops a closing bracket at the end, or an opening one at
// the start, that has no partner in s: what splitting "公司（2018年至今，
// 总监）" at its comma leaves on "总监）".
func trimUnbalanced(s string) string {
	for _, b := range bracketPairs {
		open, cls := strings.Count(s, b[0]), strings.Count(s, b[1])
		if cls > open && strings.HasSuffix(s, b[1]) {
			s = strings.TrimSpace(strings.TrimSuffix(s, b[1]))
		} else if open > cls && strings.HasPrefix(s, b[0]) {
			s = strings.TrimSpace(strings.TrimPrefix(s, b[0]))
		}
	}
	return s
}

var commaSplit = lazyRE(`\s*[,，]\s*`)

// separator finds a field separator at byte i of s and returns its
// length, or 0. The separators are tried strongest first.
type separator func(s string, i int) int

// dotSeps are the dots and small shapes set between spaces to part the
// fields of a line.
const dotSeps = "·・‧•◆◇♦⬥■□▪▫●○◦∙⋄✦"

var separators = []separator{
	// "公司 | 职位", "公司｜职位", "公司 :: 职位" (an Org or AsciiDoc term)
	func(s string, i int) int {
		if s[i] == '|' {
			return 1
		}
		if strings.HasPrefix(s[i:], " :: ") {
			return len(" :: ")
		}
		if strings.HasPrefix(s[i:], "｜") {
			return len("｜")
		}
		return 0
	},
	// "Acme / Engineer", "公司／职位"
	func(s string, i int) int {
		if s[i] == ' ' && strings.HasPrefix(s[i+1:], "/ ") {
			return 3
		}
		if strings.HasPrefix(s[i:], "／") {
			return len("／")
		}
		// "本科/某大学/2012-2016": a bare slash beside Chinese text
		if s[i] == '/' && i > 0 && i+1 < len(s) {
			pr, _ := utf8.DecodeLastRuneInString(s[:i])
			nr, _ := utf8.DecodeRuneInString(s[i+1:])
			if isHan(pr) || isHan(nr) {
				return 1
			}
		}
		return 0
	},
	// "Acme · Engineer", "a@example.com ◆ Portland": a dot or a small
	// shape between spaces
	func(s string, i int) int {
		if s[i] != ' ' {
			return 0
		}
		r, n := utf8.DecodeRuneInString(s[i+1:])
		if rest := s[i+1+n:]; strings.ContainsRune(dotSeps, r) && (strings.HasPrefix(rest, " ") || rest == "") {
			return min(n+2, len(s)-i) // (the last one may end the line)
		}
		return 0
	},
	// "Acme — Engineer", "Acme - Engineer", "公司——职位", "某书院（资助）— 教师"
	func(s string, i int) int {
		if strings.HasPrefix(s[i:], "——") {
			return len("——")
		}
		if strings.HasPrefix(s[i:], "— ") && (strings.HasSuffix(s[:i], "）") || strings.HasSuffix(s[:i], ")")) {
			return len("— ") // (a closing bracket stands for the space before)
		}
		if s[i] != ' ' {
			return 0
		}
		for _, d := range []string{" — ", " – ", " -- ", " - ", " —— "} {
			if strings.HasPrefix(s[i:], d) {
				return len(d)
			}
		}
		return 0
	},
	// a wide gap: two or more spaces, or a tab
	func(s string, i int) int {
		if s[i] == '\t' {
			return 1
		}
		if s[i] == ' ' && i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\t') {
			return 2
		}
		return 0
	},
	// "Engineer @ Acme", "Engineer at Acme"
	func(s string, i int) int {
		for _, d := range []string{" @ ", " at "} {
			if strings.HasPrefix(s[i:], d) {
				return len(d)
			}
		}
		return 0
	},
}

// splitGaps splits fields further at the wide gaps inside them: in "公司
// 部门 · 职位" the gap the layout left sets the company apart from the
// department and title that the dot separates.
func splitGaps(fields []string) []string {
	var out []string
	for _, f := range fields {
		if f = strings.ReplaceAll(f, "\t", "  "); strings.Contains(f, "  ") {
			if gs := wideFields(f); !slices.ContainsFunc(gs, bareNumber) && !twoScripts(gs) {
				// (not "审批流引擎  2.0": a number is no field of its own,
				// but "★ 930" is; not "云帆协同  CloudSail": one name in two
				// scripts)
				for _, g := range gs {
					if g = trimSeps(g); g != "" {
						out = append(out, g)
					}
				}
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// bareNumber reports whether g has no letter and no symbol before it: a
// version or a count that belongs to the text before it.
func bareNumber(g string) bool {
	r, _ := utf8.DecodeRuneInString(g)
	return !strings.ContainsFunc(g, unicode.IsLetter) && !unicode.Is(unicode.So, r)
}

// twoScripts reports whether pieces mix a piece in Chinese with one in
// Latin letters only: a name written in both.
func twoScripts(pieces []string) bool {
	han, latin := false, false
	for _, p := range pieces {
		if hasHan(p) {
			han = true
		} else {
			latin = true
		}
	}
	return han && latin
}

// splitFields splits a header into its fields by the strongest separator
// it uses, and each field at the gaps inside it.
// dashSep is a dash (or a hyphen) with a space on each side.
func dashSep(s string, i int) int {
	for _, d := range []string{" — ", " – ", " - "} {
		if strings.HasPrefix(s[i:], d) {
			return len(d)
		}
	}
	return 0
}

func splitFields(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	seps := separators
	if strings.Count(s, " — ")+strings.Count(s, " – ")+strings.Count(s, " - ") == 1 && strings.Contains(s, " / ") {
		// "Clinical Mentor / Assessor module — Wardlow University",
		// "Acme Ltd, Leeds - owner / director": the dash parts the fields,
		// the slash is inside one
		seps = append([]separator{dashSep}, separators...)
	}
	for _, sep := range seps {
		var out []string
		start := 0
		depth := 0 // inside brackets no separator parts fields: "(20 credits, Level 6)"
		for i := 0; i < len(s); {
			switch s[i] {
			case '(':
				depth++
			case ')':
				depth = max(0, depth-1)
			}
			if strings.HasPrefix(s[i:], "（") {
				depth++
			} else if strings.HasPrefix(s[i:], "）") {
				depth = max(0, depth-1)
			}
			if n := sep(s, i); n > 0 && depth == 0 {
				if f := trimSeps(s[start:i]); f != "" {
					out = append(out, f)
				}
				i += n
				start = i
				continue
			}
			i++
		}
		if len(out) > 0 {
			if f := trimSeps(s[start:]); f != "" {
				out = append(out, f)
			}
			if len(out) > 1 {
				return splitGaps(out)
			}
		}
	}
	return []string{trimSeps(s)}
}

// cutSpan removes the text of a date span (with brackets around it and a
// "时间：" label before it) from s.
func cutSpan(s string, sp Span) string {
	a, b := sp.From, sp.To
	opened := 0 // brackets taken off before the dates
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:a])
		if !strings.ContainsRune(" (（[【", r) {
			break
		}
		if r != ' ' {
			opened++
		}
		a -= n
	}
	before := strings.TrimSpace(s[:a])
	for b < len(s) {
		r, n := utf8.DecodeRuneInString(s[b:])
		if r != ' ' && !strings.ContainsRune(")）]】", r) {
			break
		}
		if r != ' ' {
			if opened == 0 {
				if k := unclosedAside(before); k >= 0 {
					// "(MSc dissertation, 2024)": the dates end an aside
					// that opened before them; the aside stays, closed,
					// unless it only labelled them ("（时间：2019.07-2021.06）")
					if t := strings.TrimRight(before, " "); strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
						before = strings.TrimSpace(before[:k])
					} else {
						before = strings.TrimRight(before, ",，;；·|/-–— ") + string(r)
					}
				}
				b += n // (a wrapped aside's end, "2019 – 2021)": no bracket to close)
				break
			}
			opened--
		}
		b += n
	}
	return before + "  " + strings.TrimSpace(s[b:])
}

// unclosedAside returns where the last bracket of s that no bracket closes
// opens, -1 when every bracket is closed.
func unclosedAside(s string) int {
	depth := 0
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		switch {
		case strings.ContainsRune(")）]】", r):
			depth++
		case strings.ContainsRune("(（[【", r):
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// wordSet is a list of lexicon words prepared for containsWord: the CJK
// words apart, the Latin ones indexed by their first bytes, so that a
// line is read once, not once a word.
type wordSet struct {
	all   []setWord           // every word, in the lexicon's order
	han   map[rune][]string   // lowered words with CJK characters by their first character: matched anywhere
	latin map[string][]string // lowered Latin words by their first two bytes (one, for a word of one): matched as whole words
}

type setWord struct {
	lower string // ASCII letters lowered
	han   bool   // CJK words match anywhere; Latin ones as whole words
}

func newWordSet(words []string) wordSet {
	ws := wordSet{han: map[rune][]string{}, latin: map[string][]string{}}
	for _, w := range words {
		sw := setWord{lower: asciiLower(foldLatin(w)), han: hasHan(w)}
		ws.all = append(ws.all, sw)
		switch {
		case sw.lower == "":
		case sw.han:
			r, _ := utf8.DecodeRuneInString(sw.lower)
			ws.han[r] = append(ws.han[r], sw.lower)
		default:
			k := sw.lower[:min(2, len(sw.lower))]
			ws.latin[k] = append(ws.latin[k], sw.lower)
		}
	}
	return ws
}

// latinBase maps the accented Latin letters U+00C0–U+024F to the ASCII
// letter each is built on, or 0 (built once from their decompositions).
var latinBase = func() (t [0x250 - 0xC0]byte) {
	for r := rune(0xC0); r < 0x250; r++ {
		if d := norm.NFD.String(string(r)); 'a' <= d[0] && d[0] <= 'z' || 'A' <= d[0] && d[0] <= 'Z' {
			t[r-0xC0] = d[0]
		}
	}
	return t
}()

// foldLatin writes the accented Latin letters of s as the ASCII letters
// they are built on, so that the lexicons' words match them ("Hôtel" is
// a hotel): a table lookup per letter, cheaper than foldAccents, as it
// runs on every word match. Text without them is returned as it is.
func foldLatin(s string) string {
	i := latinLead(s)
	if i < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for _, r := range s[i:] {
		if r >= 0xC0 && r < 0x250 && latinBase[r-0xC0] != 0 {
			b = append(b, latinBase[r-0xC0])
		} else {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// latinLead is the index of the first letter of U+00C0–U+024F in s (by
// its UTF-8 lead byte), or -1.
func latinLead(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0xC3 && c <= 0xC9 {
			return i
		}
	}
	return -1
}

// asciiLower lowers ASCII letters only: cheaper than strings.ToLower and
// enough for the lexicons' Latin words.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// containsWord reports whether s contains one of words; Latin words must
// stand as whole words.
func containsWord(s string, words wordSet) bool {
	ls := asciiLower(foldLatin(s))
	if len(words.han) > 0 && hasHan(ls) {
		for i, r := range ls {
			for _, w := range words.han[r] {
				if strings.HasPrefix(ls[i:], w) {
					return true
				}
			}
		}
	}
	for i := 0; i < len(ls); i++ {
		if i > 0 && isWordByte(ls[i-1]) {
			continue // a whole word starts after no letter or digit
		}
		for k := 1; k <= 2 && i+k <= len(ls); k++ {
			for _, w := range words.latin[ls[i:i+k]] {
				if strings.HasPrefix(ls[i:], w) && (i+len(w) == len(ls) || !isWordByte(ls[i+len(w)])) {
					return true
				}
			}
		}
	}
	return false
}

// isWordByte reports whether c is a lower-case ASCII letter or a digit:
// what a whole word may not touch.
func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

func wordBoundary(s string, a, b int) bool {
	isW := func(r rune) bool { return r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }
	if a > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:a]); isW(r) {
			return false
		}
	}
	if b < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[b:]); isW(r) {
			return false
		}
	}
	return true
}

func (lx *Lexicon) isTitle(s string) bool {
	return containsWord(s, lx.titleWords) || lx.titleBySuffix(s) || lx.hanTitleByEnd(s)
}

// hanTitleByEnd reports whether s is a short field of Chinese that ends as
// titles do (title_ends_han.txt), a bracketed note after it aside:
// "喷漆工", "制版师（女装组）"; not a name of an organisation or a school
// ("振华重工", "某理工"), nor a word the file says names no person.
func (lx *Lexicon) hanTitleByEnd(s string) bool {
	s = strings.TrimSpace(s)
	if head, _, ok := trailingBracket(s); ok {
		s = strings.TrimSpace(head)
	}
	n := utf8.RuneCountInString(s)
	if n < 2 || n > maxHanTitle || !allHan(s) {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(s); !lx.hanTitleEnds[last] {
		return false
	}
	for _, not := range lx.hanTitleNot {
		if strings.HasSuffix(s, not) {
			return false
		}
	}
	return !lx.isOrg(s) && !lx.isSchool(s)
}

// maxHanTitle is the longest title of Chinese read by its ending.
const maxHanTitle = 8

// titleBySuffix reports whether a word of s ends as the words that name a
// person's work do (title_suffixes.txt): "Agronomist", "Sonographer".
func (lx *Lexicon) titleBySuffix(s string) bool {
	// each run of ASCII letters is a word; it is compared from its end,
	// case folded, without copying
	for end := len(s); end > 0; {
		start := end
		for start > 0 && isLatinLetter(rune(s[start-1])) {
			start--
		}
		for _, x := range lx.titleSuffixes {
			if end-start > len(x)+2 && strings.EqualFold(s[end-len(x):end], x) {
				return true
			}
		}
		end = start
		for end > 0 && !isLatinLetter(rune(s[end-1])) {
			end--
		}
	}
	return false
}

func (lx *Lexicon) isOrg(s string) bool    { return containsWord(s, lx.orgWords) }
func (lx *Lexicon) isSchool(s string) bool { return containsWord(s, lx.schoolWords) }

// townAndRegion reports whether s is a town and its region's code:
// "Fairport OH", "Tern Bay QLD".
func (lx *Lexicon) townAndRegion(s string) bool {
	town, code, ok := cutLast(s, " ")
	return ok && lx.regionCodes[code] && titleLike(town)
}

// placeRe is "City, Region": the region a state code or a word or two.
var placeRe = lazyRE(`^\p{Lu}[\p{L}.'\-]+(?: \p{Lu}[\p{L}.'\-]+)*, ([A-Z]{2}|\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)(?: \d{5}(?:-\d{4})?)?$`)

// isLocation reports whether a header field is a place: "Boston, MA",
// "Bristol, UK", "Kraków, Poland", a known city, or remote.
func (lx *Lexicon) isLocation(s string) bool {
	if s == "Remote" || s == "远程" || lx.cityIn(s) == s {
		return true
	}
	if len(s) > 3 && lx.countriesUpper[s] {
		return true // "NIGERIA", "SOUTH SUDAN": a country in capitals (not "USA", "UAE", which stand for the whole address)
	}
	if head, country, ok := cutLast(s, ", "); ok && lx.countries[country] && strings.Count(head, ", ") == 1 && lx.isLocation(head) {
		return true // "Denver, Colorado, United States"
	}
	m := placeRe.FindStringSubmatch(s)
	if m == nil || lx.isTitle(s) || lx.isOrg(s) || lx.isSchool(s) {
		return false
	}
	city, region := s[:strings.Index(s, ",")], m[1]
	if lx.hasDegree(city) {
		return false // "B.S., Computer Science"
	}
	return len(region) == 2 && strings.ToUpper(region) == region || lx.countries[region] || lx.regions[region] || lx.cityIn(city) != ""
}

// countyPlace reports whether s is a town and the county or region it is
// in, as a contact line writes where one lives: "Stockport, Greater
// Manchester", "Ennis, Co. Clare", "Kericho, Kericho County, Kenya"; read
// there, and after the comma of a labelled employer's or school's name
// ("Stud Farm, Naas, Co. Kildare"), not in a job's header line, where a
// region after a name is often no place.
func (lx *Lexicon) countyPlace(s string) bool {
	if head, country, ok := cutLast(s, ", "); ok && lx.countries[country] && strings.Count(head, ", ") == 1 {
		s = head
		if lx.regionPlace(s) {
			return true
		}
	}
	town, region, ok := strings.Cut(s, ", ")
	return ok && (lx.regions[region] || lx.counties[countyName(region)]) && townName.MatchString(town) && !lx.isTitle(s) && !lx.isOrg(town) && !lx.isSchool(s) // ("Co." is no company here)
}

// townName is a town's name in capitals: "Stockport", "Newcastle upon
// Tyne" is not one, "Bishop's Stortford" is.
var townName = lazyRE(`^\p{Lu}[\p{L}.'’\-]+(?: \p{Lu}[\p{L}.'’\-]+){0,2}$`)

// irishCounty reports whether a place ends in a county written as the
// Irish write it: "Tralee, Co. Kerry".
func irishCounty(s string) bool {
	_, region, ok := cutLast(s, ", ")
	return ok && countyName(region) != region
}

// countyName writes an Irish county as the regions table has it: "Co.
// Clare" is "County Clare".
func countyName(s string) string {
	for _, co := range []string{"Co. ", "Co "} {
		if rest, ok := strings.CutPrefix(s, co); ok {
			return "County " + rest
		}
	}
	return s
}

// regionPlace reports whether s is a place in a region named by its kind
// ("Maiduguri, Borno State"): read as a place only beside a country, as
// "Mechanical Engineering, Penn State" or "Walmart, Midwest Region" are
// not.
func (lx *Lexicon) regionPlace(s string) bool {
	m := placeRe.FindStringSubmatch(s)
	return m != nil && regionWord.MatchString(m[1])
}

// regionWord matches a region named by its kind: "Borno State", "Nyanza
// Province", "Kerry County".
var regionWord = lazyRE(`\s(?:State|Province|County|Region|District|Oblast|Prefecture)$`)

// cutLast slices s around the last instance of sep.
func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// width is the display width of s: CJK characters count two.
func width(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 && (isHan(r) || r >= 0x3000 && r <= 0x30ff || r >= 0xff00 && r <= 0xff60) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// isJobLine reports whether a line outside the work section is a complete
// work entry header: "Company | Title 2005.7-2011.4".
func (r *run) isJobLine(l *line) bool {
	sp, ok := findSpan(l.raw)
	if !ok || !sp.Range || l.runes > 80 || hasSentencePunct(l.raw) {
		return false
	}
	f := splitFields(cutSpan(l.raw, sp))
	if len(f) < 2 {
		return false
	}
	return r.lx.isTitle(strings.Join(f, " ")) || r.lx.isOrg(strings.Join(f, " "))
}

// commaJobLine reports whether a line outside the work section is a job's
// header written with commas, its dates apart by a wide gap: the title
// first, then the employer ("Head Baker, Oakfield Bakery (Leeds)    2019
// to date", "2021 – now  Studio Technician, Quay Street Studios"; not a
// degree's line).
func (r *run) commaJobLine(l *line) bool {
	if l.Marker != "" || !datedCommaHeader(l) {
		return false
	}
	p := splitTop(commaHeader(l), ",，")
	return r.lx.isTitle(strings.TrimSpace(p[0])) && !r.lx.hasDegree(p[0])
}

func (r *run) isAwardLine(l *line) bool { return containsWord(l.text, r.lx.awardWords) }
func (r *run) isCertLine(l *line) bool  { return containsWord(l.text, r.lx.certWords) }

// isCountry reports whether s names a country, in capitals or not.
func (lx *Lexicon) isCountry(s string) bool {
	return lx.countries[s] || lx.countriesUpper[s]
}
