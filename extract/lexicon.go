package extract

import (
	"embed"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

//go:embed lexicon/*
var lexiconFS embed.FS

// pair is one row of a two-column lexicon table.
type pair struct{ key, word string }

// rows yields the rows of an embedded lexicon file: one row a line,
// columns split by tabs, '#' comments and blank lines skipped. In the
// tables of hantTables a row written in Simplified Chinese comes with its
// Traditional forms after it (学历 gives 學歷 too): a word is known in
// both scripts. A yielded slice is reused by the next row (copy it to keep
// it); its strings may be kept.
func rows(name string) iter.Seq[[]string] {
	if !hantTables[name] {
		return readRows(name)
	}
	return withHant(readRows(name), hantForms)
}

// hantTables are the tables whose Chinese words a Traditional résumé
// writes in Traditional characters: headings and their endings, labels
// and their endings, column headings, organisation, school and title
// words, degrees, languages, levels, open ends, surnames, verbs, fillers,
// study modes, bracket tags, provinces and cities.
var hantTables = map[string]bool{"headings.tsv": true, "heading_stems.tsv": true, "words.tsv": true, "degrees.tsv": true, "labels.tsv": true, "languages.txt": true, "open_ends.txt": true, "skill_levels.txt": true, "surnames.txt": true, "company_types.txt": true,
	"heading_suffixes.tsv": true, "label_suffixes.tsv": true, "columns.tsv": true, "action_verbs.txt": true, "person_verbs.txt": true, "earlier_title_words.txt": true,
	"title_modifiers.txt": true, "study_modes.txt": true, "study_fields.txt": true, "language_skills.tsv": true, "hk_districts.txt": true, "fillers.txt": true, "bracket_tags.txt": true, "provinces.txt": true, "cities.txt": true}

// hantRow is a row of hantTable (hant_table.go, generated from OpenCC's
// tables by internal/genhant).
type hantRow struct{ s, t, tw, hk rune }

// hantForm gives the Simplified character r's Traditional form v: 0 the
// usual one, 1 Taiwan's, 2 Hong Kong's; r itself when it has none.
func hantForm(r rune, v int) rune { return hantForms(r)[v] }

// hantForms gives the three Traditional forms of hantForm at once.
func hantForms(r rune) [3]rune {
	if r < 0x3400 {
		return [3]rune{r, r, r}
	}
	i, ok := slices.BinarySearchFunc(hantTable[:], r, func(h hantRow, r rune) int { return int(h.s - r) })
	if !ok {
		return [3]rune{r, r, r}
	}
	h := hantTable[i]
	f := [3]rune{h.t, h.t, h.t}
	if h.tw != 0 {
		f[1] = h.tw
	}
	if h.hk != 0 {
		f[2] = h.hk
	}
	return f
}

// withHant yields after each row its Traditional forms (forms(r)[v] for v
// of 0, 1 and 2), each where it differs from the row and from the others.
func withHant(rows iter.Seq[[]string], forms func(r rune) [3]rune) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		var colForms [][][3]rune // per column, the forms of each rune (nil: no Han)
		var runeForms [][3]rune  // their backing array
		var buf []rune
		var alts [][]string // the row's alternatives yielded so far
		var alt []string
		for row := range rows {
			if !yield(row) {
				return
			}
			if !slices.ContainsFunc(row, hasHan) {
				continue // (most rows: Latin words)
			}
			colForms, runeForms = colForms[:0], runeForms[:0]
			for _, col := range row {
				start := len(runeForms)
				if hasHan(col) {
					for _, r := range col {
						runeForms = append(runeForms, forms(r))
					}
				}
				colForms = append(colForms, runeForms[start:len(runeForms):len(runeForms)])
			}
			alts = alts[:0]
			for v := range 3 {
				alt = append(alt[:0], row...)
				changed := false
				for i, col := range row {
					fs := colForms[i]
					if len(fs) == 0 {
						continue
					}
					buf = buf[:0]
					colChanged := false
					k := 0
					for _, r := range col {
						if f := fs[k][v]; f != r {
							r, colChanged = f, true
						}
						buf = append(buf, r)
						k++
					}
					if colChanged {
						alt[i], changed = string(buf), true
					}
				}
				if !changed || slices.ContainsFunc(alts, func(a []string) bool { return slices.Equal(a, alt) }) {
					continue
				}
				kept := slices.Clone(alt)
				alts = append(alts, kept)
				if !yield(kept) {
					return
				}
			}
		}
	}
}

// readRows yields the rows of an embedded lexicon file as written; the
// strings of a row are slices of one string holding the file.
func readRows(name string) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		data, err := lexiconFS.ReadFile("lexicon/" + name)
		if err != nil || len(data) == 0 {
			panic("resumex: missing lexicon " + name) // embedded at build time: a build error
		}
		// data is this function's own copy and never written: a string
		// over it saves a second copy of the file
		text := unsafe.String(&data[0], len(data))
		var row []string
		for line := range strings.Lines(text) {
			t := strings.TrimRight(line, " \r\n")
			if t == "" || t[0] == '#' {
				continue
			}
			row = row[:0]
			for {
				i := strings.IndexByte(t, '\t')
				if i < 0 {
					row = append(row, t)
					break
				}
				row = append(row, t[:i])
				t = t[i+1:]
			}
			if !yield(row) {
				return
			}
		}
	}
}

// tablePairs yields the first two columns of the rows of rows(name) that have
// two.
func tablePairs(name string) iter.Seq[pair] {
	return func(yield func(pair) bool) {
		for r := range rows(name) {
			if len(r) >= 2 && !yield(pair{r[0], r[1]}) {
				return
			}
		}
	}
}

// tableWords yields the first column of the rows of rows(name).
func tableWords(name string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for r := range rows(name) {
			if !yield(r[0]) {
				return
			}
		}
	}
}

func readPairs(name string) []pair {
	var out []pair
	for r := range rows(name) {
		if len(r) >= 2 {
			out = append(out, pair{r[0], r[1]})
		}
	}
	return out
}

func readWords(name string) []string {
	var out []string
	for r := range rows(name) {
		out = append(out, r[0])
	}
	return out
}

// labelEnd is one row of label_suffixes.tsv: the ending of a CJK label,
// the field it names, and the longest such label (0: any up to 10).
type labelEnd struct {
	field, word string
	maxRunes    int
}

// network is one row of networks.tsv.
type network struct {
	name, host string
	path       []string // pattern segments: "{u}", "{_}", "@{u}", literal
}

// degree is one row of degrees.tsv.
type degree struct{ level, word string }

// Lexicon holds the word tables the extractor works from.
type Lexicon struct {
	headings           map[string]Kind // normalized heading -> section
	iconSections       map[string]Kind // an icon that opens a line of a section in a note without headings
	dressedOnly        map[string]Kind // headings that are labels too: a heading only in brackets or other dress ("【学历】")
	suffixes           []pair          // section, ending
	headWords          []pair          // section, English heading word
	labels             map[string]string
	labelEnds          []labelEnd // endings of CJK labels not listed
	maxLabel           int        // the longest label, in runes
	networks           []network
	chromeHard         []*lazyRegexp
	chromeSoft         []*lazyRegexp
	fillers            map[string]bool
	fillerList         []string          // lower case, longest first, for prefix stripping
	fillerRunes        string            // the CJK characters of the filler words
	notNameWords       map[string]bool   // words a name never starts with, lower case
	pinyin             map[string]bool   // the syllables of Mandarin in pinyin, lower case, no tones
	studyModes         map[string]bool   // how one studied ("全日制", "Part-time"), lower case
	postnominals       map[string]bool   // letters after a name ("MRICS", "PhD"), as written
	honours            map[string]bool   // honours.txt: "summa cum laude" beside a degree
	hkDistricts        map[string]bool   // hk_districts.txt: "沙田", "將軍澳"
	languageSkills     map[string]string // language_skills.tsv: a grid of languages' column heading, the skill it rates ("講": speaking)
	studyFieldWords    map[string]bool   // study_fields.txt, its Latin words: "science", "engineering"
	studyFieldEnds     []string          // study_fields.txt, its Chinese endings: "工程", "技术"
	studyFieldSuffixes []string          // study_fields.txt, the endings of its Latin words: "ology", "ics"
	titleModifiers     map[string]bool   // words that qualify a title ("高级"), never an employer
	personVerbs        []string          // verbs whose object is a person ("协助"): before a title, no title
	earlierTitleWords  []string          // words of a note on the title held before, lower case ("前为")
	bracketTags        map[string]bool   // tags in 【】 before a job or project ("外派"), no name
	keepSlash          []string
	keepSlashLower     []string          // keepSlash in lower case
	degrees            []degree          // longest first
	iconFields         map[string]string // an icon that labels a header field: "👤" → entry.roles
	techs              map[string]bool   // technologies by name, lower case: what a run of words splits into
	schoolWords        wordSet
	orgWords           wordSet
	titleWords         wordSet
	awardWords         wordSet
	certWords          wordSet
	courseWords        wordSet         // words.tsv "course": "Training", "Licence", "培训"
	notCourseWords     wordSet         // words.tsv "notcourse": "GPA", "Thesis", "交换"
	studyWords         map[string]bool // words.tsv "study": "学习" of "本科学习"
	functions          map[string]bool // business functions and one-word roles that are surnames, lower-case: "marketing", "cook"
	cityNames          map[string]bool // lower case
	countries          map[string]bool
	countriesUpper     map[string]bool   // the countries in capitals: "DR CONGO"
	regions            map[string]bool   // states and provinces written in full
	regionCodes        map[string]bool   // their two-letter codes (region_codes.txt)
	cityStates         map[string]bool   // cities that are their own country (city_states.txt)
	counties           map[string]bool   // counties and states after a town in a contact line (counties.txt)
	vendors            map[string]bool   // vendors whose name leads a product's, lower case
	companyTypes       map[string]bool   // kinds of employer job sites print ("外资", "民营公司")
	columns            map[string]string // column headings of tables of entries, lower case: their field
	fieldLabel         map[string]string // per field, the first label that names it
	languages          []string          // longest first
	legalForms         map[string]bool   // legal_forms.txt, lower case without dots
	headingStems       map[string]Kind   // heading_stems.tsv
	langByFirst        map[rune][]string // the same by their first letter lowered, longest first
	nonSites           []string          // link targets that are no site of the person's
	levels             map[string]bool
	verbs              []string        // action verbs that open a bullet, lower case
	verbSet            map[string]bool // the same, for Latin words
	provinces          []string        // provinces.txt
	surnames           map[string]bool // Chinese surnames (surnames.txt), one or two characters
	dressBefore        []*lazyRegexp
	headingButtons     []headingButton // a saved page's button words after a heading (heading_buttons.tsv)
	titleSuffixes      []string        // endings of English words that name a person's work (title_suffixes.txt)
	hanTitleEnds       map[rune]bool   // last characters of Chinese titles (title_ends_han.txt)
	hanTitleNot        []string        // endings of Chinese words that name no person ("!" in title_ends_han.txt)
	dressAfter         []*lazyRegexp
}

// NewLexicon parses the embedded tables. The tables are independent; they
// are read in three parts at once, since building the lexicon is most of
// what a one-file parse costs before its first line.
//
// Each part sets only its own fields and reads none that another sets, so
// that they need no lock (go test -race ./extract in .ci/run holds them
// to it). A part that panics (a table missing from the build) panics in
// the caller, as a one-part build would.
func NewLexicon() *Lexicon {
	lx := &Lexicon{}
	var wg sync.WaitGroup
	panics := make([]any, 2)
	for i, part := range []func(){lx.readWordTables, lx.readPlaceTables} {
		wg.Go(func() {
			defer func() { panics[i] = recover() }()
			part()
		})
	}
	lx.readHeadingTables()
	wg.Wait()
	for _, p := range panics {
		if p != nil {
			panic(p)
		}
	}
	return lx
}

// readHeadingTables reads the tables of the page: headings and their
// dress, labels and column headings, networks, chrome and fillers.
func (lx *Lexicon) readHeadingTables() {
	labels := readPairs("labels.tsv")
	lx.headings, lx.labels, lx.fillers = make(map[string]Kind, 1024), make(map[string]string, len(labels)), map[string]bool{}
	lx.dressedOnly = map[string]Kind{}
	for r := range rows("headings.tsv") {
		switch {
		case len(r) == 2:
			lx.headings[normHeading(r[1])] = Kind(r[0])
		case len(r) == 3 && r[2] == "dressed":
			lx.dressedOnly[normHeading(r[1])] = Kind(r[0])
		}
	}
	lx.iconSections = map[string]Kind{}
	for p := range tablePairs("icon_sections.tsv") {
		lx.iconSections[p.word] = Kind(p.key)
	}
	lx.iconFields = map[string]string{}
	for p := range tablePairs("icon_labels.tsv") {
		lx.iconFields[p.word] = p.key
	}
	lx.suffixes = readPairs("heading_suffixes.tsv")
	lx.headWords = readPairs("heading_words.tsv")
	for row := range rows("label_suffixes.tsv") {
		if len(row) < 2 {
			continue
		}
		e := labelEnd{field: row[0], word: row[1]}
		if len(row) > 2 {
			e.maxRunes, _ = strconv.Atoi(row[2])
		}
		lx.labelEnds = append(lx.labelEnds, e)
	}
	for _, p := range labels {
		k := strings.ToLower(p.word)
		if _, dup := lx.labels[k]; !dup {
			lx.labels[k] = p.key
			lx.maxLabel = max(lx.maxLabel, utf8.RuneCountInString(k))
		}
	}
	lx.columns = map[string]string{}
	for p := range tablePairs("columns.tsv") {
		lx.columns[strings.ToLower(p.word)] = p.key
	}
	lx.fieldLabel = map[string]string{}
	for _, p := range labels {
		if _, ok := lx.fieldLabel[p.key]; !ok {
			lx.fieldLabel[p.key] = p.word
		}
	}
	for r := range rows("networks.tsv") {
		if len(r) < 3 {
			continue
		}
		lx.networks = append(lx.networks, network{name: r[0], host: r[1], path: strings.Split(strings.Trim(r[2], "/"), "/")})
	}
	lx.chromeHard, lx.chromeSoft = patternTable("chrome.tsv", "strong")
	var fr strings.Builder
	for w := range tableWords("fillers.txt") {
		lx.fillers[strings.ToLower(w)] = true
		lx.fillerList = append(lx.fillerList, strings.ToLower(w))
		for _, c := range w {
			if isHan(c) && !strings.ContainsRune(fr.String(), c) {
				fr.WriteRune(c)
			}
		}
	}
	lx.fillerRunes = fr.String()
	sort.Slice(lx.fillerList, func(i, j int) bool { return len(lx.fillerList[i]) > len(lx.fillerList[j]) })
	lx.dressBefore, lx.dressAfter = patternTable("heading_dress.tsv", "before")
	for p := range tablePairs("heading_buttons.tsv") {
		lx.headingButtons = append(lx.headingButtons, headingButton{p.word, p.key == "word"})
	}
	lx.titleSuffixes = readWords("title_suffixes.txt")
	lx.hanTitleEnds = map[rune]bool{}
	for _, w := range readWords("title_ends_han.txt") {
		if not, ok := strings.CutPrefix(w, "!"); ok {
			lx.hanTitleNot = append(lx.hanTitleNot, not)
		} else if r, _ := utf8.DecodeRuneInString(w); len(w) == utf8.RuneLen(r) {
			lx.hanTitleEnds[r] = true
		}
	}
	lx.nonSites = readWords("nonsites.txt")
}

// patternTable reads a table of regular expressions keyed by kind: those
// of kind first, then the rest. One small regexp a pattern: Go runs small
// ones with its fast backtracker, where one big alternation falls back to
// the slow NFA.
func patternTable(name, first string) (firsts, rest []*lazyRegexp) {
	for p := range tablePairs(name) {
		if p.key == first {
			firsts = append(firsts, lazyRE(p.word))
		} else {
			rest = append(rest, lazyRE(p.word))
		}
	}
	return firsts, rest
}

// readWordTables reads the tables of the words of entries: technologies,
// degrees, the words that tell schools, employers, titles, awards and
// certificates, and the words around them (honours, study modes, verbs,
// skill levels, postnominals).
func (lx *Lexicon) readWordTables() {
	techs := readWords("technologies.txt")
	lx.techs = make(map[string]bool, len(techs))
	for _, w := range techs {
		lx.techs[strings.ToLower(w)] = true
	}
	for p := range tablePairs("degrees.tsv") {
		lx.degrees = append(lx.degrees, degree{p.key, p.word})
	}
	sort.SliceStable(lx.degrees, func(i, j int) bool { return len(lx.degrees[i].word) > len(lx.degrees[j].word) })
	words := map[string][]string{}
	for p := range tablePairs("words.tsv") {
		words[p.key] = append(words[p.key], p.word)
	}
	lx.schoolWords = newWordSet(words["school"])
	lx.orgWords = newWordSet(words["company"])
	lx.titleWords = newWordSet(words["title"])
	lx.awardWords = newWordSet(words["award"])
	lx.certWords = newWordSet(words["cert"])
	lx.courseWords = newWordSet(words["course"])
	lx.notCourseWords = newWordSet(words["notcourse"])
	lx.studyWords = map[string]bool{}
	for _, w := range words["study"] {
		lx.studyWords[w] = true
	}
	lx.functions = map[string]bool{}
	for _, w := range append(words["function"], words["role"]...) {
		lx.functions[strings.ToLower(w)] = true
	}
	lx.companyTypes = wordMap("company_types.txt", false)
	lx.vendors = map[string]bool{}
	for _, w := range words["vendor"] {
		lx.vendors[strings.ToLower(w)] = true
	}
	lx.bracketTags = wordMap("bracket_tags.txt", false)
	lx.titleModifiers = wordMap("title_modifiers.txt", false)
	lx.personVerbs = readWords("person_verbs.txt")
	for _, w := range readWords("earlier_title_words.txt") {
		lx.earlierTitleWords = append(lx.earlierTitleWords, strings.ToLower(w))
	}
	lx.postnominals = wordMap("postnominals.txt", false)
	lx.honours = wordMap("honours.txt", true)
	lx.hkDistricts = wordMap("hk_districts.txt", false)
	lx.languageSkills = map[string]string{}
	for p := range tablePairs("language_skills.tsv") {
		lx.languageSkills[strings.ToLower(p.word)] = p.key
	}
	lx.studyFieldWords = map[string]bool{}
	for w := range tableWords("study_fields.txt") {
		if hasHan(w) {
			lx.studyFieldEnds = append(lx.studyFieldEnds, w)
		} else if e, ok := strings.CutPrefix(w, "-"); ok {
			lx.studyFieldSuffixes = append(lx.studyFieldSuffixes, e)
		} else {
			lx.studyFieldWords[strings.ToLower(w)] = true
		}
	}
	lx.studyModes = wordMap("study_modes.txt", true)
	lx.notNameWords = wordMap("not_name_words.txt", false)
	lx.pinyin = wordMap("pinyin.txt", false)
	lx.keepSlash = readWords("keepslash.txt")
	lx.headingStems = map[string]Kind{}
	for r := range rows("heading_stems.tsv") {
		lx.headingStems[r[1]] = Kind(r[0])
	}
	lx.legalForms = map[string]bool{}
	for _, w := range readWords("legal_forms.txt") {
		lx.legalForms[legalKey(w)] = true
	}
	for _, k := range lx.keepSlash {
		lx.keepSlashLower = append(lx.keepSlashLower, strings.ToLower(k))
	}
	lx.verbs = readWords("action_verbs.txt")
	lx.verbSet = map[string]bool{}
	for _, v := range lx.verbs {
		lx.verbSet[v] = true
	}
	lx.levels = wordMap("skill_levels.txt", false)
}

// readPlaceTables reads the tables of places, peoples and tongues:
// cities, provinces, regions, countries, surnames and languages.
func (lx *Lexicon) readPlaceTables() {
	lx.cityNames = wordMap("cities.txt", true)
	lx.provinces = readWords("provinces.txt")
	surnames := readWords("surnames.txt")
	lx.surnames = make(map[string]bool, len(surnames))
	for _, w := range surnames {
		lx.surnames[w] = true
	}
	lx.countries, lx.countriesUpper = map[string]bool{}, map[string]bool{}
	for c := range tableWords("countries.txt") {
		lx.countries[c] = true
		lx.countriesUpper[strings.ToUpper(c)] = true
	}
	lx.regions = map[string]bool{}
	for c := range tableWords("regions.txt") {
		lx.regions[c] = true
	}
	lx.regionCodes = wordMap("region_codes.txt", false)
	lx.cityStates = wordMap("city_states.txt", false)
	lx.counties = map[string]bool{}
	for c := range tableWords("counties.txt") {
		lx.counties[c] = true
	}
	lx.languages = readWords("languages.txt")
	sort.SliceStable(lx.languages, func(i, j int) bool { return len(lx.languages[i]) > len(lx.languages[j]) })
	lx.langByFirst = map[rune][]string{}
	for _, name := range lx.languages {
		r, _ := utf8.DecodeRuneInString(name)
		lx.langByFirst[unicode.ToLower(r)] = append(lx.langByFirst[unicode.ToLower(r)], name)
	}
}

// hanSurname reports whether a name written in Han characters starts with
// a Chinese surname: "乔安然", "欧阳澜", "許家瑋"; not "头像", "履歷表".
// A name with a middle dot ("阿依古丽·买买提") is written as it is spoken
// in another language and has none.
func (lx *Lexicon) hanSurname(name string) bool {
	if strings.ContainsRune(name, '·') {
		return true
	}
	rs := []rune(name)
	return len(rs) >= 2 && (lx.surnames[string(rs[:1])] || len(rs) >= 3 && lx.surnames[string(rs[:2])])
}

// provinceCity splits an address that starts with a province and a known
// city ("湖南长沙岳麓区", "广东省深圳市南山区") into the two.
func (lx *Lexicon) provinceCity(s string) (region, city string) {
	for _, p := range lx.provinces {
		rest, ok := strings.CutPrefix(s, p)
		if !ok {
			continue
		}
		for _, suf := range []string{"省", "自治区", "市"} {
			rest = strings.TrimPrefix(rest, suf)
		}
		rs := []rune(rest)
		for n := min(len(rs), 4); n >= 2; n-- {
			if c := string(rs[:n]); lx.cityNames[c] {
				return p, c
			}
		}
		if m := prefectureCity.FindStringSubmatch(rest); m != nil {
			return p, m[1] // "江苏省昆山市花桥镇": a city the table lacks, named with 市
		}
		return "", ""
	}
	return "", ""
}

// prefectureCity is a city named with 市 at the start of what follows its
// province: "昆山市花桥镇".
var prefectureCity = lazyRE(`^(\p{Han}{2,4}?)市`)

// maxBareDistrict is the longest district written after a labelled city
// without 区 or 县.
const maxBareDistrict = 3

// labelledCity finds a known city after a city label with no colon
// between them: "现居深圳", "Based in Austin".
func (lx *Lexicon) labelledCity(tok string) string {
	for i := range tok {
		if i == 0 || lx.labels[labelKey(tok[:i])] != "city" {
			continue
		}
		rest := strings.TrimRight(strings.TrimSpace(tok[i:]), "。.")
		if rest != "" && lx.cityIn(rest) == rest {
			return rest
		}
		c := lx.hanCityPrefix(rest)
		if districtAfter(rest, c) {
			return c // "现居 天津市滨海新区"
		}
		if _, pc := lx.provinceCity(rest); pc != "" {
			return pc // "现居江苏省南京市江宁区"
		}
		if c != "" && allHan(rest) && utf8.RuneCountInString(strings.TrimPrefix(rest[len(c):], "市")) <= maxBareDistrict {
			return c // "现居上海徐汇": the label says it is a place, the district written bare
		}
	}
	return ""
}

// cityIn returns the known city a short contact token names: the token is
// the city, or starts with it ("上海 Shanghai", "Kraków, Poland").
func (lx *Lexicon) cityIn(tok string) string {
	tok = strings.TrimSpace(tok)
	if utf8.RuneCountInString(tok) > 30 {
		return ""
	}
	if lx.cityNames[strings.ToLower(tok)] {
		return tok
	}
	// the longest known city that the token starts with, followed by a
	// separator ("Kraków, Poland", "上海·浦东": the district after it) or,
	// for a CJK city, by non-CJK text ("上海 Shanghai")
	best := ""
	for i, r := range tok {
		if i == 0 {
			continue
		}
		rest := tok[i:]
		if (r == ' ' || r == ',' || r == '，' || r == '·' || r == '・' || !hasHan(rest) && hasHan(tok[:i])) && lx.cityNames[strings.ToLower(tok[:i])] {
			best = tok[:i]
		}
	}
	if best == "" {
		// "New South WalesSydney": a layout that set the region and the
		// city in boxes of their own, nothing between them
		for i := 1; i+1 < len(tok); i++ {
			if tok[i] >= 'A' && tok[i] <= 'Z' && tok[i-1] >= 'a' && tok[i-1] <= 'z' && lx.cityNames[strings.ToLower(tok[i:])] {
				return tok[i:]
			}
		}
	}
	return best
}

// normHeading folds a heading for lookup: no spaces, no decoration, no
// trailing colon, lower case, "and" for "&".
func normHeading(s string) string {
	s = strings.Trim(asciiLower(foldAccents(s)), headingDecor)
	if strings.Contains(s, "&") {
		s = strings.ReplaceAll(s, "&", "and")
	}
	if strings.ContainsAny(s, " \t") {
		s = strings.Join(strings.Fields(s), "")
	}
	return s
}

// foldAccents takes the diacritics off Latin letters ("Expériences" and
// "EXPERIENCES" look a heading up alike); text without accented Latin
// letters is returned as it is, without the cost.
func foldAccents(s string) string {
	if latinLead(s) < 0 {
		return s
	}
	return strings.ToLower(foldLatin(s))
}

// headingDecor is stripped around headings.
const headingDecor = " :：【】〔〕〖〗[]「」『』■□▌▍▎|｜#*=~_-—–<>＜＞〈〉《》◆◇●○•·★☆►▶※▲▼✦✧❖◎◉☞✪❀"

// startsWithVerb reports whether s opens with an action verb ("Built …",
// "负责…"): the start of an achievement, not a name.
func (lx *Lexicon) startsWithVerb(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	if hasHan(first) {
		if lead := hanLead(first); utf8.RuneCountInString(lead) <= maxVerbTitle && (lx.endsInTitle(lead) || lx.hanTitleByEnd(lead)) && (lead == first || strings.HasPrefix(first[len(lead):], "（") || strings.HasPrefix(first[len(lead):], "(")) &&
			!slices.ContainsFunc(lx.personVerbs, func(v string) bool { return strings.HasPrefix(lead, v) }) {
			return false // "策划总监", "设计师助理（实习）": a title that opens with a verb's characters (not "协助总监": helped the director)
		}
		for _, v := range lx.verbs {
			if hasHan(v) && strings.HasPrefix(first, v) {
				return true
			}
		}
		return false
	}
	if first == "" || first[0] < 'A' || first[0] > 'Z' || strings.ToUpper(first) == first {
		return false // a capitalised word only; all capitals are a heading's
	}
	return lx.verbSet[strings.ToLower(strings.TrimRight(first, ",:;"))]
}

// maxVerbTitle is the longest run of Han characters opening with a verb
// that may still be a title.
const maxVerbTitle = 8

// endsInTitle reports whether a Han string ends in a title word ("总监"
// of "策划总监").
func (lx *Lexicon) endsInTitle(s string) bool {
	for i, c := range s {
		for _, w := range lx.titleWords.han[c] {
			if s[i:] == w {
				return true
			}
		}
	}
	return false
}

// hanLead is the run of Han characters s opens with.
func hanLead(s string) string {
	for i, c := range s {
		if !unicode.Is(unicode.Han, c) {
			return s[:i]
		}
	}
	return s
}

// headingButton is a button's word after a heading; alsoWord when it
// names a thing too.
type headingButton struct {
	word     string
	alsoWord bool
}

// minButtonedHeading is the shortest heading read before a button's word
// run on to it.
const minButtonedHeading = 4

// undress removes what stands around a heading's name (a count, a number,
// an aside, an icon: heading_dress.tsv); it returns s when nothing does.
func (lx *Lexicon) undress(s string) string {
	for _, b := range lx.headingButtons {
		// (what stands before is a heading set apart from the button, by
		// a space, "技能 新增", or for a button that is a word too by an
		// icon or a wide gap, "语言  ✎ 编辑"; or a heading of four
		// characters or more run on: not the title "项目编辑")
		cut, ok := strings.CutSuffix(s, b.word)
		if !ok {
			continue
		}
		// (the button's icon too: "求职意向  ✎ 编辑")
		t := strings.TrimRightFunc(cut, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		apart := len(t) < len(cut) && (!b.alsoWord || cut[len(t):] != " ")
		if (apart || utf8.RuneCountInString(t) >= minButtonedHeading) && lx.headings[normHeading(t)] != "" {
			s = t // "工作经历添加": a saved page's button after the heading
			break
		}
	}
	// dress starts with a digit, a numeral, a bracket or a symbol, and ends
	// with a digit, a bracket or a symbol: letters at both ends need no
	// regexp
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	plain := func(r rune) bool {
		return unicode.IsLetter(r) && !strings.ContainsRune("IVX第"+hanNumerals, r)
	}
	_, n := utf8.DecodeRuneInString(s)
	glyph := len(s) > n && s[n] == ' ' && hasHan(s)                                                                // "ŵ 教育背景": an icon a text layer read as a letter
	glyph = glyph || len(s) > n+1 && (s[n] == '.' || s[n] == ')') && s[n+1] == ' '                                 // "A. Education": a letter numbers it
	glyph = glyph || len(s) > 5 && strings.EqualFold(s[:4], "part") && (s[4] == ' ' || '0' <= s[4] && s[4] <= '9') // "PART 01   工作经历": a part's number
	if plain(first) && plain(last) && !glyph || containsAny(s, "，。；,;@") || strings.Count(s, " ") > 6 {
		return s // a heading in dress is a few words without sentence punctuation
	}
	for _, re := range lx.dressBefore {
		if loc := re.FindStringIndex(s); loc != nil && loc[1] < len(s) {
			s = s[loc[1]:]
			break
		}
	}
	for _, re := range lx.dressAfter {
		// a group marks the dress within the match: "工作经历3"
		if loc := re.FindStringSubmatchIndex(s); loc != nil && loc[0] > 0 {
			if len(loc) > 2 && loc[2] > 0 {
				s = s[:loc[2]]
			} else {
				s = s[:loc[0]]
			}
			break
		}
	}
	return strings.TrimSpace(s)
}

// headingPrefix reports whether p, two Han characters or more, starts a
// known heading of section k: "开源" of "开源项目".
func (lx *Lexicon) headingPrefix(p string, k Kind) bool {
	if utf8.RuneCountInString(p) < 2 || !hasHan(p) {
		return false
	}
	for h, hk := range lx.headings {
		if hk == k && len(h) > len(p) && strings.HasPrefix(h, p) {
			return true
		}
	}
	return false
}

// headingStem is the section a short Chinese word that begins its
// headings names where it stands as a heading (heading_stems.tsv):
// "工作" is work.
func (lx *Lexicon) headingStem(p string) (Kind, bool) {
	k, ok := lx.headingStems[p]
	return k, ok
}

// iconSection is the section an icon at the start of s stands for
// (icon_sections.tsv), if any, and whether text follows it.
func (lx *Lexicon) iconSection(s string) (Kind, bool) {
	s = strings.TrimSpace(s)
	for icon, k := range lx.iconSections {
		if rest, ok := strings.CutPrefix(s, icon); ok && stripIcons(rest) != "" {
			return k, true
		}
	}
	return "", false
}

// wordMap reads a word list of the lexicon into a set, lower-cased when
// lower is set.
func wordMap(file string, lower bool) map[string]bool {
	words := readWords(file)
	m := make(map[string]bool, len(words))
	for _, w := range words {
		if lower {
			w = strings.ToLower(w)
		}
		m[w] = true
	}
	return m
}
