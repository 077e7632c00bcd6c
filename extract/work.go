package extract

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/schema"
)

// job is what work and volunteer entries share.
type job struct {
	org, position, location, url, summary string
	start, end                            string
	highlights                            []string
	x                                     map[string]any
	// commaOrg: org is what followed a comma after the title ("Senior
	// Manager, Support Operations"); under an employer's entry it is
	// the title's end
	commaOrg bool
	// commaUnit: what followed a comma after a title, whatever its words
	// ("Director, Head of Glasgow Office")
	commaUnit bool
	// labelledRole: the header labels a title and no employer ("职位：电客车
	// 司机  2018.3 至 2021.6" under "单位：…" and its first role)
	labelledRole bool
	// orgPlace: the header is "Employer, Place" with no title known in
	// it ("Zuma Foods Plc, Ikeja"): over roles that name no employer,
	// the place is the second name (see rolesUnderEmployer)
	orgPlace bool
	// role: 1 + the index in highlights of the first role given with a
	// label ("Role: Field Technician Intern"), 0 when none; the title when
	// the job names no other (see readJob)
	role int
}

// teamSize is the size of the team a title led, in an aside: "下属7人",
// "团队 12 人", "team of 8".
var teamSize = lazyRE(`^(?:下属|团队|带领|管理|带)\s*(\d+)\s*(?:人|名)$|^(?i:team of|leading|managing)\s+(\d+)$`)

// trailBracket is an aside in brackets of any kind at the end of a field.
var trailBracket = lazyRE(`\s*[(（\[［]\s*([^()（）\[\]［］]*?)\s*[)）\]］]$`)

// employerFact reports whether a field beside a job's dates says what the
// employer is, as job sites print it ("2020年3月 - 至今 ｜ 合资（中外） ｜
// 500-999人 ｜ 下属 5 人"): its kind (company_types.txt), its headcount,
// the team one led, its industry.
func (lx *Lexicon) employerFact(x string) bool {
	x = strings.TrimSpace(x)
	if m := companyTypeAside.FindStringSubmatch(x); m != nil && lx.companyTypes[m[1]] {
		return true // "外资（欧美）"
	}
	return lx.companyTypes[x] || companySize.MatchString(x) || teamSize.MatchString(x) || industry.MatchString(x)
}

// maxIndustry is the longest trade read from its place before a company's
// size.
const maxIndustry = 12

// industry is the trade of an employer as a job site files it: "會計服務業",
// "其他金屬製品製造業", "零售业"; the name of a trade's firm ("某某矿业")
// ends otherwise.
var industry = lazyRE(`^\p{Han}{0,10}(?:服务|服務|制造|製造|批发|批發|零售|餐饮|餐飲|运输|運輸|仓储|倉儲|建筑|建築|金融|保险|保險|广告|廣告|出版|印刷|软件|軟體|资讯|資訊|顾问|顧問|住宿|医疗|醫療)(?:业|業)$`)

// companyTypeAside is a kind of employer and a short note on it in
// brackets: "外资（欧美）", "外资(非欧美)".
var companyTypeAside = lazyRE(`^(\p{Han}{2,6})\s*[（(][^（）()]{1,8}[）)]$`)

// companySize is the headcount of an employer: "500-1000人", "10000人以上",
// "少于50人", "1,000-5,000 employees".
var companySize = lazyRE(`(?i)^(?:少于\s*)?[\d,]+\s*(?:[-–~至]\s*[\d,]+\s*)?(?:人|名员工|employees|staff|people)(?:以上|以下)?$`)

// unitEnds are the words the name of a unit of an employer ends in.
var unitEnds = []string{"部", "事业部", "中心", "中台", "组", "处", "科", "室", "办", "Department", "Dept.", "Team"}

// placeWord reports whether s is one capitalised word of letters, such
// as a town's name.
func placeWord(s string) bool {
	if strings.ContainsRune(s, ' ') || !unicode.IsUpper(firstRuneOf(s)) || utf8.RuneCountInString(s) < 3 {
		return false
	}
	for _, c := range s {
		if !unicode.IsLetter(c) && c != '-' {
			return false
		}
	}
	return !hasHan(s)
}

// unitOf is the start of the English name of a unit of an organisation
// ("School of Earth Sciences", "Centre for Water Research").
var unitOf = lazyRE(`^(?:School|Department|Dept\.?|Faculty|Centre|Center|Division|Institute|Laboratory|Lab|Unit|Group) (?:of|for) \p{Lu}`)

// placeNotRole reports whether one capitalised word after a job's title
// and employer may be its place: no title, open end, business function
// or way of working ("Contract", "Part-time", "Marketing").
func (r *run) placeNotRole(w string) bool {
	return !r.lx.isTitle(w) && openEndAt(w, 0) != len(w) && !r.lx.functions[strings.ToLower(w)] && !wayOfWorking(w)
}

// wayOfWorking reports whether a header's field says only how a job was
// worked: "Full-time", "part-time", "Locum" (workload or employment).
func wayOfWorking(s string) bool { return workload.MatchString(s) || employment.MatchString(s) }

// employment is a kind of employment written as a header's field, past
// workload's: "Freelance", "Locum", "Fixed-term" (no place, no unit; it
// may stand as the employer's name of freelance work, so workload lacks
// it).
var employment = lazyRE(`(?i)^(?:freelance|temporary|temp|internship|secondment|locum|fixed[- ]term|apprenticeship|seasonal|casual|permanent|maternity cover|night shifts?|remote)$`)

// maxUnitWords is how many words a unit named in lower case runs to.
const maxUnitWords = 4

// unitBeforeOrg returns the name of a unit of an organisation in fields
// and the fields without it, when the organisation's name follows it:
// "Lecturer, School of Civil, Structural & Environmental Engineering,
// Tolka University" is a lecturer at the university, in that school. The
// unit's name may hold commas and units of its own ("Department of
// Surgery, School of Medicine"); it runs to the field of the organisation,
// past a title ("School of Computing, Senior Lecturer, Ulster University").
// A title with an organisation's word in it ("Research Group Leader") is
// no organisation.
func (r *run) unitBeforeOrg(fields []string) (string, []string) {
	k := slices.IndexFunc(fields, unitOf.MatchString)
	if k < 0 {
		// "Intern, rigging loft, Kestrel Sails Ltd": a unit
		// named in lower-case words after the title, the organisation's
		// name after it
		for i := 1; i+1 < len(fields); i++ {
			if f := fields[i]; startsLower(f) && len(strings.Fields(f)) <= maxUnitWords && strings.IndexFunc(f, unicode.IsDigit) < 0 && !wayOfWorking(f) &&
				r.lx.isTitle(fields[i-1]) && (r.lx.isOrg(fields[i+1]) || r.lx.isSchool(fields[i+1])) {
				return f, slices.Delete(slices.Clone(fields), i, i+1)
			}
		}
		return "", fields
	}
	split := func(unit []int) (string, []string) {
		var names []string
		rest := slices.Clone(fields[:0:0])
		for i, x := range fields {
			if slices.Contains(unit, i) {
				names = append(names, x)
			} else {
				rest = append(rest, x)
			}
		}
		return strings.Join(names, ", "), rest
	}
	unit := []int{k}
	last := -1 // the last part shaped as a unit that may be the organisation itself ("School of Oriental and African Studies")
	for m := k + 1; m < len(fields) && len(unit) <= maxUnitParts; m++ {
		f := fields[m]
		switch {
		case r.lx.isTitle(f):
			continue // the title, where it stands
		case !unitOf.MatchString(f) && (r.lx.isOrg(f) || r.lx.isSchool(f)):
			return split(unit)
		case r.lx.isOrg(f) || r.lx.isSchool(f):
			last = len(unit)
		}
		unit = append(unit, m)
	}
	if last > 0 {
		return split(unit[:last]) // no other organisation after it: the last is the organisation
	}
	return "", fields
}

// maxUnitParts is the most comma-separated parts of a unit's name.
const maxUnitParts = 3

// isUnit reports whether s names a unit of an employer (a department, a
// team): a few words ending in a unit word.
func isUnit(s string) bool {
	if utf8.RuneCountInString(s) > maxUnit {
		return false
	}
	for _, w := range unitEnds {
		if strings.HasSuffix(s, w) && s != w {
			return true
		}
	}
	return false
}

// maxUnit is the longest name of a unit, in runes.
const maxUnit = 16

// readJob reads an employment-shaped entry.
// maxLeadTitle is the longest title that opens a job's text as a
// sentence of its own.
const maxLeadTitle = 16

func (r *run) readJob(e *entry) job {
	h := r.readHeader(e)
	j := job{url: h.url, x: map[string]any{}}
	if h.hasSpan {
		j.start, j.end = h.span.Start, h.span.End
	}
	for _, k := range h.kvs {
		r.jobField(&j, k.field, k.value)
	}
	j.labelledRole = slices.ContainsFunc(h.kvs, func(k kv) bool { return k.field == "entry.position" }) &&
		!slices.ContainsFunc(h.kvs, func(k kv) bool { return k.field == "entry.company" })
	if len(h.fields) == 1 && h.hasSpan {
		if m := jobSentence.FindStringSubmatch(h.fields[0]); m != nil && (r.lx.isOrg(m[1]) || r.lx.isTitle(m[2])) {
			// "2006年至2008年在某某林场做扑火队员（临时工）。": a job
			// written as a sentence, where and as what
			h.fields = []string{m[1], m[2]}
		}
	}
	var fields []string
	for _, f := range r.lx.bracketFields(h.fields) {
		// "Engineer" "at" "Acme" set in spans of their own: the word that
		// joined them is no field
		f = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(f, "at "), " at"))
		// a tenure after the dates, "(1.52年)", "(2 yrs)", is no field,
		// nor part of one: "高级工程师（3年3个月）"
		if t := strings.TrimSpace(strings.TrimRight(f, "()（）[] ")); duration.MatchString(strings.TrimLeft(t, "()（）[] ")) {
			continue
		}
		if m := trailBracket.FindStringSubmatch(f); m != nil && duration.MatchString(strings.TrimSpace(m[1])) {
			f = strings.TrimSpace(f[:len(f)-len(m[0])]) // "某公司 [ 3年4个月]"
		}
		if m := trailAside.FindStringSubmatch(f); m != nil {
			if t := teamSize.FindStringSubmatch(m[1]); t != nil {
				j.x["x-teamSize"] = t[1] + t[2] // "财务经理（下属7人）"
				f = strings.TrimSpace(f[:len(f)-len(m[0])])
			} else if companySize.MatchString(strings.TrimSpace(m[1])) {
				j.x["x-companySize"] = strings.TrimSpace(m[1]) // "某公司（500-1000人）"
				f = strings.TrimSpace(f[:len(f)-len(m[0])])
			} else if name := strings.TrimSpace(f[:len(f)-len(m[0])]); r.lx.isTitle(m[1]) && !r.lx.isOrg(m[1]) && !isUnit(m[1]) && hasHan(m[0]) && name != "" &&
				(!r.lx.isTitle(name) || strings.HasSuffix(name, "公司")) && !hasSentencePunct(m[1]) && !strings.ContainsAny(m[1], "（）()") && !r.lx.endsWithTag(m[1]) {
				// "顺丰速运（技术总监）": the employer, its title in brackets (not
				// "维修电工（顶岗实习）": how the job was held)
				fields = append(fields, name)
				f = strings.TrimSpace(m[1])
			} else if kind, size, ok := cutLast(m[1], ", "); ok && companySize.MatchString(strings.TrimSpace(size)) && !r.lx.isTitle(kind) {
				// "Mkhize Venter Inc. (Audit & advisory, 1,100 staff)": what
				// the company does and its size
				j.x["x-industry"], j.x["x-companySize"] = strings.TrimSpace(kind), strings.TrimSpace(size)
				f = strings.TrimSpace(f[:len(f)-len(m[0])])
			} else if place := strings.TrimSpace(m[1]); j.location == "" && strings.TrimSpace(f[:len(f)-len(m[0])]) != "" && r.lx.placeAside(place) {
				// "Indus Cart Systems (Lahore)", "Margalla Ledger
				// Systems (Karachi, remote)": the employer and its place
				j.location = place
				f = strings.TrimSpace(f[:len(f)-len(m[0])])
			}
		}
		if org, ok := strings.CutPrefix(f, "@ "); ok && j.org == "" && !emailRe.MatchString(f) {
			j.org = strings.TrimSpace(org) // "@ 某某科技有限公司" under the title: where
			continue
		}
		if f != "" && f != "at" && f != "@" {
			fields = append(fields, f)
		}
	}
	// "Northgate Analytics: Data Engineer": an employer, a colon and the
	// title (not a label before its value)
	// (read by the section's headers, the first field only: "Reporting
	// Line: Head Keeper" is a label's)
	if orgIn := slices.ContainsFunc(fields, r.lx.isOrg); r.colonTitles || !orgIn {
		for i := 0; i < len(fields); i++ {
			if orgIn && i > 0 {
				break
			}
			if a, b, ok := strings.Cut(fields[i], ": "); ok && !strings.Contains(b, ": ") && (r.lx.isTitle(b) || r.colonTitles && i == 0 && colonTitle(b)) && r.employerBeforeColon(a) && !hasSentencePunct(b) {
				fields = slices.Insert(slices.Delete(fields, i, i+1), i, strings.TrimSpace(a), strings.TrimSpace(b))
				i++
			}
		}
	}
	fields = r.rejoinTitle(e, fields)
	// "Senior Application Security" over "Engineer": a title its column
	// wrapped, the last word on a line of its own
	for i := 0; i+1 < len(fields); i++ {
		if ws := strings.Fields(fields[i]); len(ws) >= 2 && !strings.Contains(fields[i+1], " ") && !hasHan(fields[i+1]) &&
			r.lx.isTitle(fields[i]) && r.lx.isTitle(fields[i+1]) && !r.lx.isTitle(ws[len(ws)-1]) && !r.lx.isOrg(fields[i+1]) {
			fields[i] += " " + fields[i+1]
			fields = append(fields[:i+1], fields[i+2:]...)
		}
	}
	// "Msafiri & Wekesa Certified Public" over "Accountants": an
	// employer's name wrapped before its last word, the word that makes it
	// a company's
	for i := 0; i+1 < len(fields); i++ {
		if !strings.Contains(fields[i+1], " ") && !hasHan(fields[i]) && !hasHan(fields[i+1]) && len(strings.Fields(fields[i])) >= 2 &&
			r.lx.isOrg(fields[i+1]) && !r.lx.isOrg(fields[i]) && !r.lx.isTitle(fields[i]) && !r.lx.isLocation(fields[i]) {
			fields[i] += " " + fields[i+1]
			fields = append(fields[:i+1], fields[i+2:]...)
		}
	}
	// "Junior Developer at Pixel Studio, since 2023 — a small agency":
	// the title and the employer joined by "at" in a field of their own
	if len(fields) > 1 || len(fields) == 1 && strings.Contains(fields[0], "@") && hasHan(fields[0]) {
		for _, at := range []string{" at ", " @ ", "@"} {
			a, b, ok := strings.Cut(fields[0], at)
			if at == "@" && ok && !hasHan(lastRune(a)) && !hasHan(firstRune(b)) {
				continue // "产品经理@某公司"; an e-mail address has no Chinese beside its @
			}
			if ok && r.lx.isTitle(a) && !strings.Contains(b, at) {
				fields = append([]string{strings.TrimSpace(a), strings.TrimSpace(b)}, fields[1:]...)
				break
			}
		}
	}
	// "财务部  财务经理": a department before the title is part of the
	// position, as written
	for i := 0; i+1 < len(fields); i++ {
		if isUnit(fields[i]) && r.lx.isTitle(fields[i+1]) && !r.lx.isOrg(fields[i]) {
			fields[i] += r.unitSeparator(e, fields[i], fields[i+1]) + fields[i+1]
			fields = append(fields[:i+1], fields[i+2:]...)
		}
	}
	var desc []string
	var short []string
	for i := 0; i < len(fields); i++ {
		// "杭州云启科技有限公司，Java开发工程师" after the dates: names
		// apart by commas, no sentence
		if f := fields[i]; hasSentencePunct(f) && strings.Contains(f, "，") && !strings.Contains(f, ",") {
			if parts, ok := r.commaFields(f); ok && (slices.ContainsFunc(parts, r.lx.isOrg) ||
				len(parts) == 2 && r.lx.isTitle(parts[1]) && !r.lx.isTitle(parts[0]) && utf8.RuneCountInString(parts[0]) <= maxHanEmployerName) {
				fields = slices.Replace(fields, i, i+1, parts...)
				i += len(parts) - 1
			}
		}
	}
	for i, f := range fields {
		if rest, ok := strings.CutPrefix(f, ". "); ok && rest != "" {
			// "… — 2019 to date. Weekly club for year 5s": a sentence
			// after the dates that close the header
			desc = append(desc, rest)
			continue
		}
		countryFirst := j.location != "" && r.lx.isCountry(j.location)
		switch {
		case (r.lx.isLocation(f) || i > 0 && irishCounty(f) && r.lx.countyPlace(f)) && j.location == "":
			j.location = f // "Galway", "Tralee, Co. Kerry" (not the first field, which names the entry: "Harbour Clocks, Co. Cork")
		case (r.lx.isLocation(f) || r.lx.regionPlace(f) && countryFirst) && j.x["x-country"] == nil && (countryFirst || r.lx.isCountry(f)):
			// "NIGERIA — Maiduguri, Borno State": the country, and the
			// place in it
			if countryFirst {
				j.location, f = f, j.location
			}
			j.x["x-country"] = f
		case payRange.MatchString(f) && j.x["x-salary"] == nil:
			j.x["x-salary"] = f // "12001-18000元/月": the pay
		case workload.MatchString(strings.Trim(f, "()（） ")):
			// "Full-time", "Hybrid", "实习", "(part-time)": how the job was
			// worked, no name
		case asideNote(f):
			// "2013 – 2015 (during my studies)": a note in brackets, in
			// lower case, no name
			if _, set := j.x["x-note"]; !set {
				j.x["x-note"] = strings.TrimSpace(f[1 : len(f)-1])
			}
		case r.lx.employerFact(f):
			// "合资（中外）", "500-999人", "下属 5 人": what a job site
			// says of the employer and the team
			switch t := teamSize.FindStringSubmatch(f); {
			case t != nil:
				j.x["x-teamSize"] = t[1] + t[2]
			case companySize.MatchString(f):
				j.x["x-companySize"] = f
			case industry.MatchString(f):
				j.x["x-industry"] = f
			default:
				j.x["x-companyType"] = f
			}
		case len(short) > 0 && i+1 < len(fields) && companySize.MatchString(fields[i+1]) && hasHan(f) && utf8.RuneCountInString(f) <= maxIndustry &&
			!r.lx.isOrg(f) && !r.lx.isTitle(f) && j.x["x-industry"] == nil && (j.position != "" || slices.ContainsFunc(fields, r.lx.isTitle)):
			// "某某技術所｜2020/03 ~ 迄今｜機械設備｜30~99人" under
			// its title: a job site's line, the employer's trade right
			// before its size (with no title, the field is the post:
			// "某某公司｜用户增长｜20-99人")
			j.x["x-industry"] = f
		case width(f) > 80 && !(width(f) <= maxTitleUnitLine && r.lx.isTitle(commaSplit.Split(f, 2)[0])) || hasSentencePunct(f) || len(strings.Fields(f)) >= minVerbPhrase && r.lx.startsWithVerb(f),
			startsLower(f) && strings.HasSuffix(f, ".") && len(strings.Fields(f)) >= 3 && !r.lx.isOrg(lastWord(f)): // (not "van Oord Marine Contractors B.V.")
			desc = append(desc, f) // (or "Built REST APIs in Java for a portal", "prepared annual accounts.": what was done)
		default:
			short = append(short, f)
		}
	}
	titleFirst := false
	if len(short) == 1 && j.org == "" && j.position == "" {
		// "Senior Engineer, Acme Corp": English writes the title first
		if parts := r.commaParts(short[0]); len(parts) >= 3 && j.location == "" && r.lx.isLocation(parts[len(parts)-2]+", "+parts[len(parts)-1]) {
			// "NORTH STAR HEALTH, Minneapolis, MN": the place at the end
			j.location = parts[len(parts)-2] + ", " + parts[len(parts)-1]
			short = []string{strings.Join(parts[:len(parts)-2], ", ")}
		}
		if parts := r.commaParts(short[0]); len(parts) >= 3 && r.lx.isTitle(parts[0]) && r.lx.functions[strings.ToLower(parts[1])] {
			// "Summer Intern, Finance, Blue Fern": a side of the business
			// after the title is part of it
			parts = slices.Replace(parts, 0, 2, parts[0]+", "+parts[1])
			short, titleFirst = parts, !hasHan(short[0])
		} else if parts := r.commaParts(short[0]); len(parts) >= 2 && !r.lx.isLocation(short[0]) {
			short, titleFirst = parts, !hasHan(short[0])
			j.commaOrg = len(parts) == 2 && titleFirst && !r.lx.isOrg(lastWord(parts[1])) // ("Hospital Operations": a unit, "Acme Hospital": an employer)
			j.commaUnit = len(parts) == 2 && titleFirst && r.lx.isTitle(parts[0])         // ("Director, Head of Glasgow Office": a unit, under an undated employer's line)
			j.orgPlace = r.lx.isOrg(parts[0]) && !slices.ContainsFunc(parts[1:], func(p string) bool {
				return r.lx.isTitle(p) || r.lx.isOrg(p) || len(strings.Fields(p)) > 2
			})
		}
	}
	if len(short) == 1 && j.org == "" && j.position == "" {
		// "某某科技有限公司 数据工程师": one space between Chinese names
		if org, title, ok := r.lx.splitOrgTitle(short[0]); ok {
			short = []string{org, title}
		}
	}
	if len(short) >= 3 {
		// "Rigger, part-time, Kestrel Sails Ltd": how the job was worked,
		// in lower case between the names, is neither
		short = slices.DeleteFunc(slices.Clone(short), func(f string) bool {
			return f != short[0] && startsLower(f) && wayOfWorking(f)
		})
	}
	if unit, rest := r.unitBeforeOrg(short); unit != "" && j.org == "" {
		j.x["x-department"], short = unit, rest
	}
	for i, f := range short {
		// "Hart & Lowe, Cape Town.": the full stop closes the names; the
		// place is one without it
		if _, place, ok := cutLast(f, ", "); ok && strings.HasSuffix(place, ".") && r.lx.isLocation(strings.TrimSuffix(place, ".")) {
			short[i] = strings.TrimSuffix(f, ".")
		}
	}
	if len(short) >= 3 && j.org == "" && j.position == "" && !r.lx.isOrg(short[0]) && !r.lx.isOrg(short[1]) && r.lx.isTitle(short[0]) != r.lx.isTitle(short[1]) {
		// "Placement C (final, 12 weeks)" / "Student Dietitian — Glan Tywi
		// General Hospital, Carmarthen": neither of the first two names
		// an employer and a later one does; the other of the two is a
		// note on the entry, when it stands on a line of its own or reads
		// as a note (not "Product Manager | Stripe | Payments Group")
		for k := 2; k < len(short); k++ {
			if r.lx.isOrg(short[k]) && !r.lx.isTitle(short[k]) {
				note, title := short[0], short[1]
				if r.lx.isTitle(note) {
					note, title = title, note
				}
				if !noteLike(note) && headerLineOf(e, note) == headerLineOf(e, short[k]) {
					break
				}
				j.x["x-note"] = note
				short = append([]string{short[k], title}, slices.Delete(slices.Clone(short[2:]), k-2, k-1)...)
				break
			}
		}
	}
	if len(short) >= 3 && j.org == "" && j.position == "" && r.lx.isOrg(short[0]) && !r.lx.isTitle(short[1]) && !r.lx.isOrg(short[1]) && !r.lx.isLocation(short[1]) {
		// "某新能源有限公司  坝上 100MW 光伏电站  站长": the employer, the
		// site or unit one worked at (or its district: "海淀区"), then the
		// title
		for k := 2; k < len(short); k++ {
			if r.lx.isTitle(short[k]) && !r.lx.isOrg(short[k]) {
				if strings.ContainsRune("区區县縣", lastRuneOf(short[1])) && j.location == "" {
					j.location = short[1]
				} else {
					j.x["x-unit"] = short[1]
				}
				short = append([]string{short[0], short[k]}, slices.Delete(slices.Clone(short[2:]), k-2, k-1)...)
				break
			}
		}
	}
	if len(short) >= 2 && j.org == "" && j.position == "" {
		for i, f := range short[:2] {
			// "Halvorsen Logistik GmbH, Leipzig": the place after the comma
			other := short[1-i]
			// "Northwind Institute, Anchorage, AK": a place of two parts
			if org, place, ok := strings.Cut(f, ", "); ok && j.location == "" && (!strings.Contains(place, ",") || r.lx.isLocation(place)) && !r.lx.isTitle(f) && !r.lx.isOrg(place) &&
				(r.lx.cityIn(place) != "" || r.lx.isLocation(place) || r.lx.isOrg(org) && len(strings.Fields(place)) <= 2 || r.lx.isTitle(other) && len(strings.Fields(place)) <= 2 && titleLike(place)) {
				short[i], j.location = org, place
			}
		}
		a, b := short[0], short[1]
		ta, tb, oa, ob := r.lx.isTitle(a), r.lx.isTitle(b), r.lx.isOrg(a) || r.lx.isSchool(a), r.lx.isOrg(b) || r.lx.isSchool(b)
		switch {
		case ta && tb && !oa && !ob && hasHan(a) && r.lx.endsInTitle(a) && r.lx.endsInTitle(b) && len(short) == 2 && j.start != "":
			// "2022.01—至今  主任医师  医疗组长": two titles held at
			// once, no employer (a step of a career under its employer's
			// line)
			a, b = "", a+" "+b
		case oa && !ob && r.lx.endsWithOrgWord(a):
			// "某汽车销售服务有限公司" and "维修技师": a company by its
			// ending, whatever title's word its name holds (销售)
		case ta && !tb, ob && !oa:
			a, b = b, a
		case tb && !ta, oa && !ob:
		case titleFirst:
			a, b = b, a
		}
		j.org, j.position = a, b
		if len(short) == 2 && j.start == "" && r.lx.isOrg(a) && !r.lx.isOrg(b) && !r.lx.isTitle(b) && !r.lx.functions[strings.ToLower(b)] {
			// "Harbour Lim & Co., CPAs — Makati City" without dates: an
			// employer and maybe its place, when roles without an
			// employer follow (rolesUnderEmployer)
			j.orgPlace = true
		}
		if len(short) == 2 && j.location == "" && (r.lx.isOrg(a) || r.lx.isSchool(a) && r.lx.isLocation(b)) && !r.lx.isTitle(b) && !r.lx.functions[strings.ToLower(b)] && placeWord(b) {
			// "KESTREL MARINE SUPPLIES LTD — Tema": a company (or a
			// school and a town the lexicon knows, "Avon University
			// Archives, Adelaide") and one word that names neither a role
			// nor a side of the business ("Acme Ltd — Marketing"), its place
			j.location, j.position = b, ""
		}
		named := r.lx.isTitle(j.position) || r.lx.isOrg(j.org) // one of the two fields known for what it is
		for _, f := range short[2:] {
			place, note := f, ""
			if head, inner, ok := latinAside(f); ok && asideNote("("+inner+")") {
				place, note = head, inner // "Pennan (seasonal, renewed each spring)"
			}
			if j.x["x-department"] == nil && isUnit(f) && !r.lx.isLocation(f) {
				j.x["x-department"] = f // "维修技师  ·  售后服务部": the unit after the title
			} else if j.location == "" && (r.lx.isLocation(place) || utf8.RuneCountInString(f) <= 4 && hasHan(f) || named && placeWord(place) && r.placeNotRole(place)) {
				// "Yard manager, Kestrel Rigging, Pennan-on-Tay": a place
				// the lexicon knows, or one word of a name after the title
				// and the employer, a note in brackets after it
				j.location = place
				if _, set := j.x["x-note"]; !set && note != "" {
					j.x["x-note"] = note
				}
			} else if len(desc) == 0 && utf8.RuneCountInString(f) > 12 {
				desc = append(desc, f)
			}
		}
	} else {
		for _, f := range short {
			switch {
			case j.org == "" && (!r.lx.isTitle(f) || j.position != ""):
				j.org = f
			case j.position == "":
				j.position = f
			}
		}
	}
	if len(desc) > 0 {
		j.summary = strings.Join(desc, " ")
	}
	for i, it := range r.readBody(e.body) {
		switch it.field {
		case "":
			if i == 0 && j.summary == "" && it.line.Marker == "" && len(e.header) > 0 {
				j.summary = it.text
				if title, rest, ok := strings.Cut(it.text, "。"); ok && rest != "" && (j.position == "" && j.org != "" || j.org == "" && r.lx.isOrg(j.position)) &&
					utf8.RuneCountInString(title) <= maxLeadTitle && allHan(title) && r.lx.endsInTitle(title) {
					// "车险理赔部定损主管。带领12人定损团队…" under the
					// employer and dates: the title opens the text
					if j.org == "" {
						j.org = j.position // (the employer read as the title)
					}
					j.position, j.summary = title, strings.TrimSpace(rest)
				}
			} else {
				j.highlights = append(j.highlights, highlightText(it.line, it.text, true))
			}
		case "entry.description":
			if j.summary == "" {
				j.summary = it.text
			} else {
				j.highlights = append(j.highlights, it.text)
			}
		default:
			r.jobField(&j, it.field, it.text)
		}
	}
	if j.position == "" && j.org != "" && j.summary != "" && len(e.body) > 0 && e.body[0].Marker == "" && e.body[0].text == j.summary {
		// "教学主管 | 12001-18000元/月" under "某某道场  2020.08 - 至今": the
		// title on the line after the header, and the pay in the job (not
		// "协助经理", "Helped the CEO": what was done)
		title, pay, _ := strings.Cut(j.summary, " | ")
		if title = strings.TrimSpace(title); r.lx.isTitle(title) && !hasSentencePunct(title) && !r.lx.isOrg(title) && !r.lx.startsWithVerb(title) && utf8.RuneCountInString(title) <= maxLeadTitle &&
			(pay == "" || payRange.MatchString(strings.TrimSpace(pay))) {
			j.position, j.summary = title, ""
			if pay != "" {
				j.x["x-salary"] = strings.TrimSpace(pay)
			}
		}
	}
	if inner, ok := strings.CutPrefix(j.position, "（"); ok && j.org != "" {
		if inner, ok = strings.CutSuffix(inner, "）"); ok && !containsAny(inner, "（）") && inner != "" {
			j.position = inner // "某某科技有限公司（实习生）": the title in brackets after the employer
		}
	}
	if head, rest, ok := cutGap(j.position); ok && strings.TrimSpace(head) != "" {
		if label, value, kv := headKV(strings.TrimSpace(rest)); kv && value != "" && !strings.ContainsAny(head, ":：") {
			// "销售代表  负责片区：华南": the title ends at the gap before a
			// labelled fact of the job
			j.position = strings.TrimSpace(head)
			if _, set := j.x["x-note"]; !set {
				j.x["x-note"] = label + "：" + value
			}
		}
	}
	if j.position == "" && j.role > 0 {
		// "Role | Field Technician Intern" in a job that names no title:
		// its role is its title
		j.position = j.highlights[j.role-1]
		j.highlights = slices.Delete(j.highlights, j.role-1, j.role)
	}
	if j.location == "" {
		// "云帆协同 CloudSail 上海", "Cascade Streaming Inc. Seattle": the
		// city after the employer's name; after its comma, a city in both
		// scripts ("某某工程師事務所 Kite Engineers, 台北 Taipei")
		if org, place, ok := cutLast(j.org, ", "); ok && r.lx.isOrg(org) && r.lx.twoScriptCity(place) {
			j.org, j.location = org, place
		} else if i := strings.LastIndexByte(j.org, ' '); i > 0 {
			name, city := strings.TrimSpace(j.org[:i]), j.org[i+1:]
			if r.lx.cityIn(city) == city && (hasHan(city) || r.lx.isOrg(name)) && !strings.HasSuffix(strings.ToLower(name), " of") {
				j.org, j.location = name, city
				if n, comma := strings.CutSuffix(name, ","); comma {
					// "Awadh Gas Agency, Aliganj, Lucknow": the place
					// after the employer's comma, its locality too
					j.org = n
					// (a place the lexicon knows, or one word that names no
					// function or title: not "Quality Control", "Finance")
					if org, locality, ok := strings.Cut(n, ", "); ok && r.lx.isOrg(org) && !r.lx.isOrg(locality) &&
						(r.lx.isLocation(locality) || r.lx.cityIn(locality) == locality || len(strings.Fields(locality)) == 1 && !r.lx.functions[strings.ToLower(locality)] && !r.lx.isTitle(locality)) {
						j.org, j.location = org, locality+", "+city
					}
				}
			}
		}
	}
	return j
}

// minTableJobs is how many jobs read from the rows of one table make its
// columns' roles.
const minTableJobs = 3

// sameColumns makes the jobs read from the rows of one table take their
// employer and title from the same columns: most rows say which column
// holds the employer and which the title ("Harwell Approved Centre"
// under Service, "Adult Acute Mental Health" under Placement area), and a
// row read the other way round ("Tallow Road Team", whose name holds
// no employer's word) is swapped. rows are the cells each job was read
// from, nil for a job read from no table row.
func sameColumns(ws []schema.Work, rows [][]string) {
	cellOf := func(cells []string, v string) int {
		if v == "" {
			return -1
		}
		for i, c := range cells {
			if strings.HasPrefix(strings.TrimSpace(c), v) {
				return i
			}
		}
		return -1
	}
	type roles struct{ org, title int }
	for i := 0; i < len(ws) && i < len(rows); {
		n := len(rows[i])
		j := i + 1
		for n > 0 && j < len(ws) && j < len(rows) && len(rows[j]) == n {
			j++
		}
		if n == 0 || j-i < minTableJobs {
			i = j
			continue
		}
		got := make([]roles, j-i) // the columns each row's employer and title were read from
		votes := map[roles]int{}
		for k := i; k < j; k++ {
			got[k-i] = roles{cellOf(rows[k], ws[k].Name), cellOf(rows[k], ws[k].Position)}
			votes[got[k-i]]++
		}
		best, most := roles{}, 0
		for ro, v := range votes {
			if v > most && ro.org >= 0 && ro.title >= 0 {
				best, most = ro, v
			}
		}
		if 2*most > j-i {
			for k := i; k < j; k++ {
				if got[k-i] == (roles{best.title, best.org}) {
					ws[k].Name, ws[k].Position = ws[k].Position, ws[k].Name
				}
			}
		}
		i = j
	}
}

// commaParts splits a header field at its commas, but not inside
// brackets ("Bookkeeper (part-time, while studying)") nor inside a firm's
// name of partners ("Adjei, Boakye & Partners", "Baker, Tilly & Co"): a
// lone capitalised name before a part that joins names with "&" and ends
// in a company's word (not "Harrods, Food & Beverage", a department).
func (r *run) commaParts(s string) []string {
	parts := splitTop(s, ",，")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	for k := len(parts) - 1; k > 0; k-- {
		if strings.Contains(parts[k], " & ") && r.lx.isOrg(lastWord(parts[k])) && len(strings.Fields(parts[k-1])) == 1 && unicode.IsUpper(firstRuneOf(parts[k-1])) &&
			!r.lx.isTitle(parts[k-1]) && !r.lx.isLocation(parts[k-1]) {
			parts = slices.Replace(parts, k-1, k+1, parts[k-1]+", "+parts[k])
		}
	}
	return r.lx.joinLegalForms(parts, ", ")
}

// maxSpecialtyWords is the most words of a speciality after a title
// ("Research Assistant - Population Genomics").
const maxSpecialtyWords = 3

// titleJoins are the separators that may stand inside one position:
// "Barista / Shift Lead", "Research Assistant - Genomics".
var titleJoins = lazyRE(`^\s*(?:/|-|–|,)\s*$`)

// rejoinTitle puts back together a position that the header's split cut
// in two, where the header names its employer elsewhere. The pieces must
// stand side by side in one header line, joined by a slash, a dash or a
// comma:
//   - two titles: "Barista / Shift Lead" (a slash joins roles held at once);
//   - a title and "a speciality at the employer": "Research Assistant -
//     Genomics at Harbour Bank";
//   - a title and a short speciality that is no employer, place or title,
//     with the employer in a field after it: "Research Assistant -
//     Genomics" over "Kestrel Labs Ltd", "Summer Intern, Finance, Blue
//     Fern" (the speciality a side of the business, or the field after it
//     an employer by its words).
func (r *run) rejoinTitle(e *entry, fields []string) []string {
	whole := false // the pieces are all the names of their line
	joined := func(a, b string) (string, bool) {
		for _, l := range e.header {
			for from := 0; ; {
				i := strings.Index(l.raw[from:], a)
				if i < 0 {
					break
				}
				i += from
				rest := l.raw[i+len(a):]
				if k := strings.Index(rest, b); k > 0 && titleJoins.MatchString(rest[:k]) {
					j := l.raw[i : i+len(a)+k+len(b)]
					names := l.raw
					if f := r.feature(l); f.hasSpan {
						names = cutSpan(l.raw, f.span)
					}
					whole = trimSeps(names) == j
					return j, true
				}
				from = i + len(a)
			}
		}
		return "", false
	}
	name := func(s string) bool { return r.lx.isOrg(s) || r.lx.isSchool(s) || r.lx.isLocation(s) }
	for i := 0; i+1 < len(fields); i++ {
		a, b := fields[i], fields[i+1]
		if !r.lx.isTitle(a) || name(a) {
			continue
		}
		if x, y, ok := strings.Cut(b, " at "); ok && !strings.Contains(y, " at ") && !r.lx.isTitle(y) && !name(x) && len(strings.Fields(x)) <= maxSpecialtyWords {
			if j, ok := joined(a, x); ok {
				fields = slices.Replace(fields, i, i+2, j, strings.TrimSpace(y))
				continue
			}
		}
		// (not "产品经理 / Product Manager": one title in two languages; and
		// only with the employer's name after the two)
		slash := r.lx.isTitle(b) && !name(b) && hasHan(a) == hasHan(b) && i+2 < len(fields) && !r.lx.isTitle(fields[i+2])
		specialty := i+2 < len(fields) && !r.lx.isTitle(b) && !name(b) && !isUnit(b) && !unitOf.MatchString(b) && len(strings.Fields(b)) <= maxSpecialtyWords && !hasHan(b) &&
			(r.lx.functions[strings.ToLower(b)] || r.lx.isOrg(fields[i+2]) || r.lx.isSchool(fields[i+2]))
		if !slash && !specialty {
			continue
		}
		if j, ok := joined(a, b); ok && (slash && whole && strings.Contains(j, "/") || specialty && !strings.Contains(j, "/")) {
			fields = slices.Replace(fields, i, i+2, j)
		}
	}
	return fields
}

// bracketFields splits header fields at the square brackets of CJK
// writing that set a name apart: "【某某科技有限公司】Java开发工程师",
// "某某科技有限公司【Java开发工程师】".
func (lx *Lexicon) bracketFields(fields []string) []string {
	if !slices.ContainsFunc(fields, func(f string) bool { return containsAny(f, "【】〖〗") }) {
		return fields
	}
	var out []string
	for _, f := range fields {
		var parts []string
		for _, p := range strings.FieldsFunc(f, func(r rune) bool { return strings.ContainsRune("【】〖〗", r) }) {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		// (each part an employer, a title or a place, one of them a title at
		// most; not "【核心】负责支付", "【实习】 Java开发实习生")
		titles := len(slices.DeleteFunc(slices.Clone(parts), func(p string) bool { return !lx.isTitle(p) || lx.isOrg(p) }))
		// ("【顺丰速运】实习生": a name in the brackets and a title, no tag)
		named := len(parts) == 2 && titles == 1 && !hasSentencePunct(f) && !slices.ContainsFunc(parts, func(p string) bool { return lx.bracketTags[p] })
		if len(parts) < 2 || !named && slices.ContainsFunc(parts, func(p string) bool { return !lx.isOrg(p) && !lx.isTitle(p) && !lx.isLocation(p) }) || titles > 1 {
			out = append(out, lx.dropBracketTags(f))
			continue
		}
		out = append(out, parts...)
	}
	return out
}

// bracketTag is a word set in CJK square brackets.
var bracketTag = lazyRE(`[【〖]([^【】〖〗]*)[】〗]`)

// dropBracketTags drops the tags in CJK square brackets that name no
// employer and no place ("【外派】华为技术有限公司", "【实习】 Java开发实习生")
// and the brackets around those that do ("【销售经理】").
func (lx *Lexicon) dropBracketTags(f string) string {
	out := bracketTag.ReplaceAllStringFunc(f, func(m string) string {
		w := strings.TrimSpace(bracketTag.FindStringSubmatch(m)[1])
		if lx.isOrg(w) || lx.isLocation(w) || strings.TrimSpace(f) == m {
			return " " + w + " "
		}
		return " "
	})
	return strings.Join(strings.Fields(out), " ")
}

// employerBeforeColon reports whether s, before a colon and a title, names
// an employer: capitalised words or an organisation's, not a label
// ("Reporting to", "Position held", "Secondment") or a verb ("Promoted").
func (r *run) employerBeforeColon(s string) bool {
	s = strings.TrimSpace(s)
	if _, label := r.lx.lookupLabel(s); label || r.lx.isTitle(s) || r.lx.startsWithVerb(s) || r.lx.functions[strings.ToLower(s)] {
		return false
	}
	if r.lx.isOrg(s) {
		return true
	}
	ws := strings.Fields(s)
	return len(ws) >= 2 && len(ws) <= maxColonEmployerWords && !slices.ContainsFunc(ws, startsLower)
}

// jobSentence is a job written as a sentence after its dates: "在某某林场做
// 扑火队员。", "在某公司担任出纳": the employer and the title.
var jobSentence = lazyRE(`^(?:起|开始|開始)?在(\p{Han}[^，。；,;]{1,29}?)(?:担任|擔任|任职|任職|做|当|當)(\p{Han}[^，。；,;]{0,19}?)[。.]?$`)

// colonTitled reports whether a section's job headers name their jobs
// "Employer: Title": one such header at least whose title the lexicon
// knows, none the other way round ("Title: Employer"). Then every header
// so written is read so, its title known or not ("Harrow Farms: Yard
// hand").
func (r *run) colonTitled(ents []*entry) bool {
	sure := false
	for _, e := range ents {
		if len(e.header) == 0 {
			continue
		}
		f := r.feature(e.header[0])
		if len(f.fields) == 0 {
			continue
		}
		a, b, ok := strings.Cut(f.fields[0], ": ")
		if !ok {
			continue
		}
		switch {
		case r.lx.isTitle(a) && !r.lx.isTitle(b):
			return false
		case r.lx.isTitle(b) && r.employerBeforeColon(a):
			sure = true
		}
	}
	return sure
}

// colonTitle reports whether s may be a title after an employer and a
// colon: a few words, the first in capitals, no digit.
func colonTitle(s string) bool {
	ws := strings.Fields(s)
	return len(ws) > 0 && len(ws) <= maxColonEmployerWords && !startsLower(ws[0]) && strings.IndexFunc(s, unicode.IsDigit) < 0
}

// maxColonEmployerWords is the most words of an employer's name before a
// colon and the title.
const maxColonEmployerWords = 5

// splitOrgTitle splits a field at a single space beside a Chinese name
// into an employer and a title, in either order: the one side names an
// organisation and not a title, the other a title and not an organisation.
// Both sides are Chinese: "校研究生会 Graduate Student Association" is one
// name in two languages.
// maxGluedTitle is the longest title read off the end of an employer's
// name it is glued to.
const maxGluedTitle = 16

// endsWithOrgWord reports whether s ends with a Chinese organisation word
// ("有限公司", "集团", "图书馆").
func (lx *Lexicon) endsWithOrgWord(s string) bool {
	for _, w := range lx.orgWords.all {
		if w.han && strings.HasSuffix(s, w.lower) {
			return true
		}
	}
	return false
}

// bareOrgWord reports whether s is a Chinese organisation word and nothing
// more ("俱乐部" of "俱乐部经理": a title's word, no employer's name).
func (lx *Lexicon) bareOrgWord(s string) bool {
	return slices.ContainsFunc(lx.orgWords.all, func(w setWord) bool { return w.han && w.lower == s })
}

// nameQuotes drops the quotation marks a Chinese name may hold.
var nameQuotes = strings.NewReplacer("“", "", "”", "", "「", "", "」", "", "『", "", "』", "", "《", "", "》", "")

// splitOrgTitle splits a field of Chinese names into the employer and the
// title: apart by a space, or glued after an organisation's word.
func (lx *Lexicon) splitOrgTitle(s string) (org, title string, ok bool) {
	if !hasHan(s) {
		return "", "", false
	}
	if !strings.Contains(s, " ") {
		// "某某传媒有限公司新媒体运营实习生": a converter dropped the gap;
		// the cut falls after an organisation word, before a title that
		// names no organisation
		for i := len(s); i > 0; {
			_, size := utf8.DecodeLastRuneInString(s[:i])
			i -= size
			a, b := s[:i], s[i:]
			if i > 0 && utf8.RuneCountInString(b) <= maxGluedTitle && lx.isOrg(a) && lx.endsWithOrgWord(a) && !lx.bareOrgWord(a) && lx.isTitle(b) && !lx.isOrg(b) {
				return a, b, true
			}
		}
		return "", "", false
	}
	for i := strings.IndexByte(s, ' '); i > 0; {
		a, b := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
		if a != "" && b != "" && hasHan(a) && hasHan(b) && (hasHan(lastRune(a)) || hasHan(firstRune(b))) {
			switch {
			case lx.isOrg(a) && !lx.isTitle(a) && lx.isTitle(b) && !lx.isOrg(b):
				return a, b, true
			case lx.isTitle(a) && !lx.isOrg(a) && lx.isOrg(b) && !lx.isTitle(b):
				return b, a, true
			}
		}
		n := strings.IndexByte(s[i+1:], ' ')
		if n < 0 {
			break
		}
		i += 1 + n
	}
	// "链家 幼儿教师", "腾讯 Tencent 实习生": a title after the last space,
	// and before it a name in Chinese characters (and its English name)
	// that is no title, no place, no department and no word that qualifies
	// a title ("高级 Java 工程师", "交易中台 - 首席架构师")
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		a, b := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
		ws := strings.Fields(a)
		latin := !slices.ContainsFunc(ws[1:], func(w string) bool { return !titleLike(w) || lx.techs[strings.ToLower(w)] })
		name := nameQuotes.Replace(ws[0]) // ("“手心”读书会": a name quoted in the name)
		if allHan(name) && utf8.RuneCountInString(name) >= minHanOrg && latin && lx.isTitle(b) && !lx.isOrg(b) && !strings.Contains(b, " ") &&
			!lx.isTitle(a) && !lx.placeOnly(ws[0]) && !lx.titleModifiers[ws[0]] && !isUnit(ws[0]) {
			return a, b, true
		}
	}
	return "", "", false
}

// endsWithTag reports whether s ends with a tag of lexicon/bracket_tags.txt
// ("顶岗实习", "劳务派遣").
func (lx *Lexicon) endsWithTag(s string) bool {
	for t := range lx.bracketTags {
		if strings.HasSuffix(s, t) {
			return true
		}
	}
	return false
}

// placeOnly reports whether s is a place and nothing more: "上海",
// "浙江省" (not "江苏省交通运输厅", an office there).
func (lx *Lexicon) placeOnly(s string) bool {
	return lx.cityIn(s) == s || slices.Contains(lx.provinces, s) || lx.countries[s] || slices.Contains(lx.provinces, strings.TrimSuffix(s, "省"))
}

// maxHanEmployerName is the longest employer's name with no company word
// read before a title after a Chinese comma ("2016.10 - 至今，阿里巴巴（Alibaba），翻译").
const maxHanEmployerName = 20

// minHanOrg is the fewest characters of a Chinese employer's name ("美团").
const minHanOrg = 2

// highlightText is a body line as a highlight: bullets dropped, numbering
// kept when keepNumber (work) on a phase's heading and dropped otherwise.
func highlightText(l *line, text string, keepNumber bool) string {
	if keepNumber && l.numbered() && text == l.text && numberedPhase(text) {
		return l.Marker + " " + text
	}
	return text
}

// numberedPhase reports whether a numbered line of a job is the heading of
// a phase of it ("1. 云原生转型（2022.6 – 2023.2）"), whose number is kept; a
// numbered sentence ("1. 参与夹具设计，完成 6 套；") is a highlight like a
// bullet.
func numberedPhase(text string) bool {
	if _, dated := findSpan(text); dated {
		return true
	}
	return utf8.RuneCountInString(text) <= maxPhaseHeading && !hasSentencePunct(text)
}

// maxPhaseHeading is the longest undated numbered line kept numbered.
const maxPhaseHeading = 30

// roleTitle reports whether a role given with a label names a title
// ("Field Technician Intern", "项目经理"), not what was done ("led a team of
// five", "负责订单系统的设计与开发"): short, no sentence, not led by a verb
// or a lower-case word; in Chinese, a title the lexicon knows.
func (r *run) roleTitle(v string) bool {
	if hasSentencePunct(v) || len(strings.Fields(v)) > maxRoleTitle || r.lx.startsWithVerb(v) {
		return false
	}
	if hasHan(v) {
		return r.lx.isTitle(v) && !strings.HasPrefix(v, "负责")
	}
	return r.lx.isTitle(v) || !lowerWord(strings.Fields(v)[0]) // ("software engineer intern" is a title; "led a team" no)
}

// lowerWord reports whether a word is written in lower-case letters only
// ("led"; not "iOS", "eCommerce").
func lowerWord(w string) bool {
	return strings.IndexFunc(w, unicode.IsUpper) < 0 && strings.IndexFunc(w, unicode.IsLower) >= 0
}

// maxRoleTitle is the most words of a job's role read as its title.
const maxRoleTitle = 6

func (r *run) jobField(j *job, field, value string) {
	if value == "" {
		return
	}
	switch field {
	case "entry.company", "entry.entity":
		j.org = value
		// "Name of employer  Wattlebird Bank, Sydney", "Stud Farm, Naas, Co.
		// Kildare": the place after a comma
		if org, place, ok := strings.Cut(value, ", "); ok && j.location == "" && (!r.lx.isOrg(place) && (r.lx.cityIn(place) == place || r.lx.isLocation(place)) || r.lx.countyPlace(place)) {
			j.org, j.location = org, place
		}
	case "entry.position":
		j.position = value
	case "entry.roles":
		if j.role == 0 && r.roleTitle(value) {
			j.role = len(j.highlights) + 1
		}
		j.highlights = append(j.highlights, value)
	case "entry.location", "city":
		j.location = value
	case "entry.url":
		if u := findURL(value); u != "" {
			j.url = withScheme(u)
		}
	case "entry.dates":
		if sp, ok := findSpan(value); ok {
			j.start, j.end = sp.Start, sp.End
		}
	case "entry.start":
		j.start = labelledDate(value, j.start)
	case "entry.end":
		j.end = labelledDate(value, j.end)
	case "entry.keywords":
		j.highlights = append(j.highlights, value)
	case "entry.description":
		j.summary = value
	case "edu.x-advisor":
		j.x["x-mentor"] = value // "导师：周某" of an internship
	default:
		if strings.HasPrefix(field, "entry.x-") {
			j.x[strings.TrimPrefix(field, "entry.")] = value
		} else {
			j.highlights = append(j.highlights, value)
		}
	}
}

// minVerbPhrase is the fewest words of a header field that opens with an
// action verb and so tells what was done rather than naming anything.
const minVerbPhrase = 4

// unitSeparator is what the header writes between a department and the
// title after it, as written ("交易中台 - 首席架构师"), or a space.
func (r *run) unitSeparator(e *entry, unit, title string) string {
	for _, l := range e.header {
		if i := strings.Index(l.raw, unit); i >= 0 {
			rest := l.raw[i+len(unit):]
			if j := strings.Index(rest, title); j > 0 {
				if sep := strings.TrimSpace(rest[:j]); utf8.RuneCountInString(sep) == 1 && containsAny(sep, "-–—·|｜/") {
					return " " + sep + " "
				}
			}
		}
	}
	return " "
}

func nilIfEmpty(m map[string]any) map[string]any {
	if len(m) == 0 {
		return nil
	}
	return m
}

func (r *run) work(lines []*line) {
	projectJob := map[int]int{} // a project read under a job: the index of that job
	var parent *entry           // the last job's entry, for the projects under it
	listed := ""                // set after "Projects at Acme" ends a job's text: the entity of the projects listed under it
	var below []*line           // the lines of the projects listed under a job
	var rolesAt *entry          // the entry that named the employer of the roles read under it (nextRole)
	flush := func() {
		// "Projects at Acme" / "Checkout 2.0 — tech lead · 2021": the
		// job's projects, set below the level of the jobs, read as
		// projects are
		for _, pe := range r.splitEntries(kProjects, below) {
			if p, ok := r.readProject(pe); ok {
				p.Entity = listed
				r.res.Projects = append(r.res.Projects, p)
				r.traceLine(pe.header[0], "a project listed under the job above", "projects under a job")
			}
		}
		below, listed = nil, ""
	}
	first := len(r.res.Work)                  // the first job this call reads
	var rowOf [][]string                      // per job it reads: the cells of the table row it was read from, or nil
	var entOf []*entry                        // per job it reads: the entry it was read from, or nil (a step of a progression)
	commaOrg := make([]bool, len(r.res.Work)) // per job: its employer read after a comma
	commaUnit := make([]bool, len(r.res.Work))
	orgPlace := make([]bool, len(r.res.Work))
	ents := r.splitEntries(kWork, lines)
	r.colonTitles = r.colonTitled(ents)
	defer func() { r.colonTitles = false }()
	for _, e := range ents {
		if listed != "" && parent != nil && r.setBelow(parent, e) {
			below = append(append(below, e.header...), e.body...)
			continue
		}
		flush()
		ent, listing := r.projectsMarker(e)
		var tail []*line // the projects listed inside the job's text
		if listing {
			e = &entry{header: e.header, body: e.body[:len(e.body)-1]}
		} else if k, in, ok := r.projectsInside(e); ok {
			ent, listing, tail = in, true, e.body[k+1:]
			e = &entry{header: e.header, body: e.body[:k]}
		}
		if parent != nil && r.subEntry(parent, e) && len(r.res.Work) > 0 {
			// "### 实时数仓建设" under "## 某公司 职位（日期）": a project of
			// that job
			if p, ok := r.readProject(e); ok {
				p.Entity = r.res.Work[len(r.res.Work)-1].Name
				projectJob[len(r.res.Projects)] = len(r.res.Work) - 1
				r.res.Projects = append(r.res.Projects, p)
				r.traceLine(e.header[0], "a project of the job above", "sub-headings under a job")
			}
			continue
		}
		j := r.readJob(e)
		above := parent
		if rolesAt != nil {
			above = rolesAt // (the third role and on: the employer's entry, not the role before)
		}
		// (one name the lexicon does not know for an employer's is the
		// title: "**Fruit Sorter** · 2019 - 2022")
		if oneName := j.org == "" && j.position != "" || j.position == "" && j.org != "" && !r.lx.isOrg(j.org); oneName && j.start != "" && parent != nil && len(r.res.Work) > first && r.nextRole(above, parent, e) {
			// "**Brightmoor Steelworks Ltd**" over "* Senior Welder (2020 –
			// present)", then "* Welder (2016 – 2019)" set alike:
			// the next role at the employer the entry above named
			last := r.res.Work[len(r.res.Work)-1]
			if j.position == "" {
				j.position = j.org
			}
			j.org = last.Name
			if j.location == "" {
				j.location = last.Location
			}
			rolesAt = above
			r.traceLine(e.header[0], "the employer of the role above", "roles listed under their employer")
		} else {
			rolesAt = nil
		}
		if e.named != "" && j.org != "" && squash(j.org) != squash(e.named) && !r.lx.isTitle(e.named) {
			// the row's text below the table named its employer, "**Acme**"
			// under "Engineer — Acme, Leeds": the piece read as the
			// title, or the employer's name before its place (a name that
			// reads as a title, "**Engineer**", names the title)
			if head, place, _ := strings.Cut(j.position, ", "); squash(head) == squash(e.named) {
				j.org, j.position = head, j.org
				if place != "" && j.location == "" {
					j.location = place
				}
			} else if head, place, _ := strings.Cut(j.org, ", "); squash(head) == squash(e.named) && j.location == "" {
				j.org, j.location = head, place
			}
		}
		if parts := r.commaParts(j.org); len(parts) >= 2 && j.location == "" && r.lx.legalForms[legalKey(lastWord(parts[0]))] &&
			!slices.ContainsFunc(parts[1:], func(p string) bool {
				return !townName.MatchString(p) || r.lx.isOrg(p) || r.lx.legalForms[legalKey(lastWord(p))]
			}) {
			// "Nandi Castings Pvt. Ltd., Peenya, Bengaluru": the company's
			// name ends at its legal form, the places after it
			j.org, j.location = parts[0], strings.Join(parts[1:], ", ")
		}
		if parts := r.commaParts(j.org); len(parts) == 3 && j.location == "" && r.lx.legalForms[legalKey(lastWord(parts[1]))] && !r.lx.isOrg(parts[0]) &&
			townName.MatchString(parts[2]) && !r.lx.isOrg(parts[2]) {
			// "Sungai Lima Mill, Tanjung Palm Estates Sdn Bhd, Beaufort":
			// the site, the company by its legal form, the town
			j.org, j.location = parts[1], parts[2]
			j.x["x-site"] = parts[0]
		}
		if j.org == "" && j.position == "" && j.start == "" {
			if len(e.header) == 0 && len(r.res.Work) > 0 {
				// text before any header continues nothing; keep it on the last entry
				last := &r.res.Work[len(r.res.Work)-1]
				last.Highlights = append(last.Highlights, j.highlights...)
				if j.summary != "" {
					last.Highlights = append(last.Highlights, j.summary)
				}
				continue
			}
			if len(e.body) > 0 {
				r.warn(e.body[0], "work text without an employer or dates")
			}
			if j.summary == "" && len(j.highlights) == 0 {
				continue
			}
		}
		if prev := len(r.res.Work) - 1; j.labelledRole && j.org == "" && prev >= first && r.res.Work[prev].Name != "" {
			// "职位：电客车司机  2018.3 至 2021.6" after "单位：某地铁公司" and
			// its first role: another role at the same employer
			j.org = r.res.Work[prev].Name
			if d, ok := r.res.Work[prev].X["x-department"]; ok && j.x["x-department"] == nil {
				j.x["x-department"] = d
			}
			r.traceLine(e.header[0], "a role at the employer above", "labelled roles under one employer")
		}
		if steps, at := r.progression(e); len(steps) > 0 && j.org != "" {
			// "Support Analyst (2017) → Senior Support Analyst (2019) →
			// Support Lead (2022–)" under the employer: a role each
			// step, the newest first, each until the next began; the
			// job's text goes with the newest
			if j.summary != "" && strings.Contains(at.text, j.summary) {
				j.summary = "" // (the line, or the part of it after the first step's date)
			}
			for k := len(steps) - 1; k >= 0; k-- {
				st := steps[k]
				end := st.end
				switch {
				case end != "" || st.open:
				case k+1 < len(steps):
					end = steps[k+1].start
				default:
					end = j.end
				}
				w := schema.Work{Name: j.org, Position: st.title, Location: j.location, URL: j.url, StartDate: st.start, EndDate: end, X: nilIfEmpty(maps.Clone(j.x))}
				if k == len(steps)-1 {
					w.Summary, w.Highlights = j.summary, j.highlights
				}
				r.res.Work = append(r.res.Work, w)
				rowOf, entOf = append(rowOf, nil), append(entOf, nil)
				commaOrg, commaUnit, orgPlace = append(commaOrg, false), append(commaUnit, false), append(orgPlace, false)
			}
			r.traceLine(at, "the steps of a career at one employer", "a progression line")
			parent = e
			continue
		}
		r.res.Work = append(r.res.Work, schema.Work{
			Name: j.org, Position: j.position, Location: j.location, URL: j.url,
			StartDate: j.start, EndDate: j.end, Summary: j.summary, Highlights: j.highlights,
			X: nilIfEmpty(j.x),
		})
		var cells []string
		if len(e.header) == 1 {
			cells = e.header[0].Cells
		}
		rowOf, entOf = append(rowOf, cells), append(entOf, e)
		commaOrg = append(commaOrg, j.commaOrg && j.org != "" && j.position != "")
		commaUnit = append(commaUnit, j.commaUnit && j.org != "" && j.position != "")
		orgPlace = append(orgPlace, j.orgPlace && j.start == "")
		parent = e
		if listing {
			if listed = ent; ent == "" {
				listed = j.org
			}
			below = append(below, tail...)
		}
	}
	flush()
	sameColumns(r.res.Work[first:], rowOf)
	r.sameStyles(r.res.Work[first:], entOf)
	r.sameOrder(r.res.Work[first:], entOf)
	r.employerAsides(r.res.Work[first:])
	var employers map[int]string
	r.res.Work, employers = rolesUnderEmployer(r.res.Work, commaOrg, commaUnit, orgPlace)
	for p, job := range projectJob {
		// a project read under "Senior Engineer, Ledger team" belongs to
		// the employer that role turned out to be at
		if to, ok := employers[job]; ok {
			r.res.Projects[p].Entity = to
		}
	}
	// "Volunteer — Harbour Search & Rescue, Canmore — 2015–2020" among the
	// jobs: unpaid work, the volunteering section's (not a volunteer
	// coordinator's post, paid)
	kept := r.res.Work[:first]
	for _, w := range r.res.Work[first:] {
		if !volunteerPost(w.Position) || w.Name == "" {
			kept = append(kept, w)
			continue
		}
		x := w.X
		if w.Location != "" {
			x = maps.Clone(x)
			if x == nil {
				x = map[string]any{}
			}
			x["x-location"] = w.Location
		}
		r.res.Volunteer = append(r.res.Volunteer, schema.Volunteer{Organization: w.Name, Position: w.Position, URL: w.URL,
			StartDate: w.StartDate, EndDate: w.EndDate, Summary: w.Summary, Highlights: w.Highlights, X: x})
	}
	r.res.Work = kept
}

// sameOrder reads the employer and the title of each job in the order the
// section's headers give them: where jobs whose names the lexicon tells
// apart all name the title before the employer (or all after it), a job
// whose names it does not tell apart, read the other way round, is read
// in that order. On lines of their own, the header must be short and the
// line read as its employer's must name a place after it
// ("Packaging Co-op" over "Fernbrook Bakeries, York" after
// "Food Safety Co-op" over "Avonmore Foods Ltd, Leeds"); on one line, the
// names must be joined as the sure ones are, by a mark or a wide gap but
// not by a comma ("Sail Maker — Kestrel Lofts, Tern Bay" after
// "Apprentice Joiner — Pukeko Joinery, Napier"), and a place after a
// comma at the end of the employer's name is its location. Sure readings
// that disagree leave all as read.
func (r *run) sameOrder(ws []schema.Work, ents []*entry) {
	type reading struct {
		titleFirst int    // +1: the title before the employer, -1 after, 0 unknown
		joint      string // on one line, what joins the two names; "" on lines of their own
	}
	read := make([]reading, len(ws))
	want := map[bool]reading{} // the sure readings' order, by whether on one line
	// what the lexicon says of a job's two names: sure of the reading (an
	// employer's name read as the employer or a title as the title, and
	// neither the other way), or silent on both
	sure := func(w schema.Work) bool {
		return !r.lx.isTitle(w.Name) && !r.lx.isOrg(w.Position) && (r.lx.isOrg(w.Name) || r.lx.isTitle(w.Position))
	}
	silent := func(w schema.Work) bool {
		return !r.lx.isTitle(w.Position) && !r.lx.isOrg(w.Name) && !r.lx.isOrg(w.Position) && !r.lx.isTitle(w.Name)
	}
	for i, w := range ws {
		if ents[i] == nil || w.Name == "" || w.Position == "" {
			continue
		}
		o, p := headerLineOf(ents[i], w.Name), headerLineOf(ents[i], w.Position)
		if o < 0 || p < 0 {
			continue
		}
		rd := reading{titleFirst: 1}
		if o == p {
			text := ents[i].header[o].raw // (with its wide gaps)
			io, ip := strings.Index(text, w.Name), strings.Index(text, w.Position)
			if io < 0 || ip < 0 {
				continue
			}
			if io < ip {
				rd.titleFirst, rd.joint = -1, between(text, io+len(w.Name), ip)
			} else {
				rd.joint = between(text, ip+len(w.Position), io)
			}
			if rd.joint == "" || rd.joint == "," || rd.joint == "，" {
				continue // (commas also set off places and units: "Gait lab, Tern Bay Physio, Napier")
			}
		} else if p > o {
			rd.titleFirst = -1
		}
		read[i] = rd
		if !sure(w) {
			continue
		}
		one := rd.joint != ""
		if had, ok := want[one]; ok && had != rd {
			want[one] = reading{} // sure readings in both orders, or joined otherwise
			continue
		}
		want[one] = rd
	}
	for i := range ws {
		w, rd := &ws[i], read[i]
		if to := want[rd.joint != ""]; rd.titleFirst == 0 || to.titleFirst != -rd.titleFirst || to.joint != rd.joint || !silent(*w) {
			continue
		}
		if rd.joint == "" && (len(ents[i].header) > maxOrderedHeader || w.Location == "") {
			continue // (not a form's many lines; the employer's line names its place, "…, Kitchener, ON", not the place alone)
		}
		w.Name, w.Position = w.Position, w.Name
		if org, place, ok := cutLast(w.Name, ", "); ok && rd.joint != "" && w.Location == "" && (r.lx.isLocation(place) || r.lx.townAndRegion(place)) && !r.lx.isOrg(place) {
			w.Name, w.Location = org, place
		}
		r.traceLine(ents[i].header[0], "the employer, in the order of the section's headers", "jobs read in the order of their names")
	}
}

// between is text[i:j] trimmed of spaces, "  " when it is a wide gap,
// or "" when j < i.
func between(text string, i, j int) string {
	if j < i {
		return ""
	}
	if t := strings.TrimSpace(text[i:j]); t != "" || j-i < 2 {
		return t
	}
	return "  "
}

// maxOrderedHeader is the most lines of a header read in the order of
// the section's others: the title, the employer and the dates.
const maxOrderedHeader = 3

// headerLineOf is the index of the first line of e's header that holds
// x, or -1.
func headerLineOf(e *entry, x string) int {
	return slices.IndexFunc(e.header, func(h *line) bool { return strings.Contains(h.text, x) })
}

// sameStyles reads the employer and the title of each job from the lines
// set in the styles the section gives them: where one job's header names
// a title the lexicon knows on a line in one style and its employer on a
// line in another ("<h3>Apprentice Joiner</h3>" over "Pukeko Joinery,
// Napier"), a job whose names the lexicon does not tell apart, set in the
// same two styles the other way round from how it was read, is read that
// way ("<h3>Shed Hand</h3>" over "Kōwhai Marine, Napier"). Jobs whose
// sure readings disagree leave all as read.
func (r *run) sameStyles(ws []schema.Work, ents []*entry) {
	lineOf := func(e *entry, v string) *line {
		if k := headerLineOf(e, v); k >= 0 && v != "" {
			return e.header[k]
		}
		return nil
	}
	type lines struct{ org, pos *line }
	read := make([]lines, len(ws))
	var title, org *line // the styles a sure reading gives the title and the employer
	for i, w := range ws {
		if ents[i] == nil {
			continue
		}
		o, p := lineOf(ents[i], w.Name), lineOf(ents[i], w.Position)
		if o == nil || p == nil || o == p || sameStyle(o, p) {
			continue
		}
		read[i] = lines{o, p}
		if !r.lx.isTitle(w.Position) || r.lx.isOrg(w.Position) || r.lx.isTitle(w.Name) {
			continue // not sure
		}
		if title != nil && !(sameStyle(title, p) && sameStyle(org, o)) {
			return // sure readings in other styles
		}
		title, org = p, o
	}
	if title == nil {
		return
	}
	for i := range ws {
		w, rl := &ws[i], read[i]
		if rl.org == nil || !sameStyle(rl.org, title) || !sameStyle(rl.pos, org) || r.lx.isTitle(w.Position) || r.lx.isOrg(w.Name) {
			continue
		}
		w.Name, w.Position = w.Position, w.Name
		if name, place, ok := r.lx.cutPlace(w.Name); ok && w.Location == "" {
			w.Name, w.Location = name, place
		}
		r.traceLine(rl.pos, "the employer, set as the section's employers are", "jobs read by the styles of their names")
	}
}

// nextRole reports whether entry e is one dated line set like the last
// line of entry above, whose first line, undated, named the employer,
// with nothing at the employer's level in the text of above or of prev,
// the entry right before e: one more role at that employer.
func (r *run) nextRole(above, prev, e *entry) bool {
	if len(e.header) != 1 || len(above.header) < 2 {
		return false
	}
	h, role, org := e.header[0], above.header[len(above.header)-1], above.header[0]
	of, rf := r.feature(org), r.feature(role)
	if h.Marker != role.Marker || h.Indent != role.Indent || !sameStyle(h, role) || of.hasSpan || !rf.hasSpan || len(rf.fields) == 0 || len(of.fields) == 0 || slices.ContainsFunc(of.fields, r.lx.isTitle) {
		return false // (the role's line holds a title, the employer's none: "Developer, Acme" over its dates is one job)
	}
	for _, b := range append(slices.Clip(above.body), prev.body...) {
		if b.Marker == "" && b.Indent <= org.Indent {
			return false // a line at the employer's own level: the next employer's name, read or not
		}
	}
	return r.lx.isOrg(of.fields[0]) || org.Bold || org.Heading > 0 || len(org.Spans) > 0 && org.Spans[0].Bold
}

// projectsMarker reports whether a job's text ends with a line that heads
// the projects listed under it ("Projects at Shopwave", "Key projects"),
// and the organisation it names, if any.
func (r *run) projectsMarker(e *entry) (string, bool) {
	if len(e.body) == 0 || len(e.header) == 0 {
		return "", false
	}
	return r.projectsMarkerLine(e.body[len(e.body)-1])
}

// projectsInside finds a line inside a job's text that heads a list of
// its projects ("Selected projects:" over "– Cherry Creek Bridge (2021):
// …"): its index in the body and the organisation it names, if any.
func (r *run) projectsInside(e *entry) (int, string, bool) {
	if len(e.header) == 0 {
		return 0, "", false
	}
	for k := 0; k+1 < len(e.body); k++ {
		if e.body[k+1].Marker == "" {
			continue
		}
		if ent, ok := r.projectsMarkerLine(e.body[k]); ok {
			return k, ent, true
		}
	}
	return 0, "", false
}

// projectsMarkerLine reports whether l heads the projects listed under a
// job, and the organisation it names, if any.
func (r *run) projectsMarkerLine(l *line) (string, bool) {
	if l.Marker != "" || l.runes > maxTitleLine {
		return "", false
	}
	t := strings.TrimRight(l.text, ":：")
	if k, ok := r.sectionNamed(t); ok && k == kProjects {
		return "", true
	}
	lower := strings.ToLower(t) // "PROJECTS AT SHOPWAVE"
	for _, at := range []string{" at ", " @ ", " – ", " — ", " - "} {
		if i := strings.Index(lower, at); i > 0 && len(lower) == len(t) {
			if k, ok := r.sectionNamed(t[:i]); ok && k == kProjects {
				return strings.TrimSpace(t[i+len(at):]), true
			}
		}
	}
	return "", false
}

// setBelow reports whether entry e is set below the level of the job
// entry parent: its header is not marked as a heading where the job's is,
// or is set smaller.
func (r *run) setBelow(parent, e *entry) bool {
	if len(e.header) == 0 || len(parent.header) == 0 {
		return false
	}
	h, ph := e.header[0], parent.header[0]
	return ph.Heading > 0 && h.Heading == 0 || h.Size > 0 && ph.Size > 0 && h.Size < subHeadScale*ph.Size
}

// subHeadScale: a header set smaller than this share of the job's header
// size is a level below it.
const subHeadScale = 0.95

// subEntry reports whether e is set under the job entry parent as a
// part of it: a project named after a label (projectLabelled); its one
// header line is a heading a level deeper than the
// job's (or, without levels, marked and set smaller), with no dates, no
// employer and no title in it; or a line dated inside the job's period,
// set smaller than the job's header (or both unstyled), with no employer
// and no title before its dates.
func (r *run) subEntry(parent, e *entry) bool {
	if len(parent.header) == 0 || len(e.header) == 0 {
		return false
	}
	if r.projectLabelled(e.header[0]) {
		return true // (its text may have joined its header)
	}
	h, ph := e.header[0], parent.header[0]
	deeper := h.Heading > 0 && ph.Heading > 0 && h.Heading > ph.Heading ||
		// in a PDF: a bold line set smaller than the job's marked header
		(h.Bold || h.Heading > 0) && (ph.Bold || ph.Heading > 0) && h.Size > 0 && h.Size < subHeadScale*ph.Size
	if deeper {
		if label, value, ok := headKV(h.text); ok && value != "" && !hasSentencePunct(value) && r.projectLabel(label) {
			return true // "*** 项目：跨境收单记账" under "** 某公司 :: 技术专家", its dates on the lines below
		}
	}
	if len(e.header) != 1 {
		return false
	}
	if !deeper && r.datedWithin(parent, h) && h.Marker == "" && (h.Size == 0 && largestHeader(parent) == 0 || h.Bold && h.Size > 0 && h.Size < subHeadScale*largestHeader(parent)) {
		// "智能派单引擎 ｜ 核心开发 ｜ 2022.03 – 2023.01" in bold 8 pt under
		// "2021.04 — 至今" / "某某科技有限公司" in 10 pt: a project of the
		// job, its dates inside the job's
		return true
	}
	if !deeper || !r.entryDated(parent) {
		return false
	}
	f := r.feature(h)
	return !f.hasSpan && !r.lx.isOrg(h.text) && !r.lx.isTitle(h.text)
}

// projectLabelled reports whether l names a project after a label
// ("项目：统一服务网关（2022.03 – 2022.12）", "Project: Statements rebuild
// (2023) — …"): under a job, a project of that job. The value is dated,
// and what comes before its dates is a name, no sentence ("Key projects:
// the dashboard and the feed." is the job's text).
func (r *run) projectLabelled(l *line) bool {
	label, value, ok := headKV(l.text)
	if !ok || value == "" || l.Marker != "" {
		return false
	}
	if !r.projectLabel(label) {
		return false
	}
	sp, dated := findSpan(value)
	if !dated {
		return false
	}
	name := strings.TrimRight(strings.TrimSpace(value[:sp.From]), "(（[【 ")
	return name != "" && utf8.RuneCountInString(name) <= maxHeaderField && !hasSentencePunct(name)
}

// projectLabel reports whether label names a project's name: a label of
// it ("项目名称", "Project"), the projects' heading ("项目"), or a kind of
// project that ends in one of them ("大创项目", "Side project").
func (r *run) projectLabel(label string) bool {
	is := func(s string) bool {
		f, _ := r.lx.labelField(s)
		return f == "entry.name" || r.isSectionWord(s, kProjects)
	}
	if is(label) {
		return true
	}
	if hasHan(label) {
		rs := []rune(label)
		for i := 1; i+1 < len(rs); i++ {
			if is(string(rs[i:])) {
				return true
			}
		}
		return false
	}
	ws := strings.Fields(label)
	return len(ws) > 1 && is(ws[len(ws)-1])
}

// isSectionWord reports whether s names a section of kind k ("项目",
// "Key Projects").
func (r *run) isSectionWord(s string, k Kind) bool {
	got, ok := r.sectionNamed(s)
	return ok && got == k
}

// largestHeader is the size of the largest line of an entry's header.
func largestHeader(e *entry) float64 {
	m := 0.0
	for _, l := range e.header {
		m = max(m, l.Size)
	}
	return m
}

// datedWithin reports whether line h names a period inside the period of
// the job entry parent, and no employer and no title before its dates: a
// part of the job (a project, an assignment), not a job of its own.
func (r *run) datedWithin(parent *entry, h *line) bool {
	sp, ok := findSpan(h.text)
	if !ok || !sp.Range || sp.From == 0 {
		return false
	}
	var job Span
	found := false
	for _, l := range parent.header {
		if job, found = findSpan(l.text); found {
			break
		}
	}
	if !found || !job.Range || sp.Start < job.Start || job.End != "" && (sp.End == "" || sp.End > job.End) {
		return false
	}
	for _, f := range splitFields(strings.TrimSpace(h.text[:sp.From])) {
		if r.lx.isOrg(f) {
			return false
		}
	}
	first := splitFields(h.text[:sp.From])
	return len(first) > 0 && !r.lx.isTitle(first[0])
}

// rolesUnderEmployer reads an employer's entry that holds no role of its
// own, followed by entries that name a role and no employer ("Acme 2013–
// 2018" / "Senior Engineer (2016–2018)" / "Engineer (2013–2016)"), as one
// job per role at that employer. An undated employer's line over one
// dated role is that role's employer ("Thandanani Community Trust" over
// "Bookkeeper (part-time) 2015 – 2017"). A role named "Title, Unit"
// under it keeps its unit ("Director, Head of Glasgow Office").
// It returns the jobs and, by the index in ws of each role so read, the
// name of its employer.
func rolesUnderEmployer(ws []schema.Work, commaOrg, commaUnit, orgPlace []bool) ([]schema.Work, map[int]string) {
	out := ws[:0:0]
	employers := map[int]string{}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if orgPlace[i] && w.Position != "" && len(w.Highlights) == 0 && i+1 < len(ws) && (ws[i+1].Name == "" || commaOrg[i+1]) && ws[i+1].Position != "" && ws[i+1].StartDate != "" {
			// "Zuma Foods Plc, Ikeja, Lagos" over its roles: the place
			if w.Location == "" {
				w.Location = w.Position
			} else {
				w.Location = w.Position + ", " + w.Location
			}
			w.Position = ""
		}
		n := 0
		unit := func(k int) bool { return commaOrg[k] || commaUnit[k] && w.StartDate == "" } // the name after the comma is the title's end
		for i+1+n < len(ws) && (ws[i+1+n].Name == "" || unit(i+1+n)) && ws[i+1+n].Position != "" && ws[i+1+n].StartDate != "" {
			n++
		}
		if w.Name == "" || w.Position != "" || len(w.Highlights) > 0 || n < 2 && !(n == 1 && w.StartDate == "" && ws[i+1].Name == "") {
			out = append(out, w)
			continue
		}
		for k, role := range ws[i+1 : i+1+n] {
			if k == 0 && role.Summary == "" {
				role.Summary = w.Summary // what the employer is, over its first role
			}
			if unit(i + 1 + k) {
				role.Position += ", " + role.Name // "Senior Manager, Support Operations"
			}
			employers[i+1+k] = w.Name
			role.Name = w.Name
			if role.Location == "" {
				role.Location = w.Location
			}
			if role.URL == "" {
				role.URL = w.URL
			}
			out = append(out, role)
		}
		i += n
	}
	return out, employers
}

func (r *run) volunteer(lines []*line) {
	for _, e := range r.splitEntries(kVolunteer, lines) {
		j := r.readJob(e)
		if j.org == "" && j.position == "" && j.start == "" && j.summary == "" && len(j.highlights) == 0 {
			continue
		}
		if j.location != "" {
			j.x["x-location"] = j.location
		}
		r.res.Volunteer = append(r.res.Volunteer, schema.Volunteer{
			Organization: j.org, Position: j.position, URL: j.url,
			StartDate: j.start, EndDate: j.end, Summary: j.summary, Highlights: j.highlights,
			X: nilIfEmpty(j.x),
		})
	}
}

// startsLower reports whether s starts with a lower-case letter: a
// sentence's words, not a name's.
func startsLower(s string) bool { return unicode.IsLower(firstRuneOf(s)) }

// employerAsides sets apart what a job's employer is, said in brackets
// after its name in Latin letters, once the jobs' names are read in their
// order: "Harbour Rovers FC (Premier Division)", "Tern Pay Ltd (EMI,
// licensed by the regulator)" (x-note); a title so written is the job's
// title where it has none ("Avon Town FC (player-coach)"). Not an
// acronym ("Northern Health Service (NHS)"), a place or a country, nor an
// organisation the employer belongs to ("Avon Infirmary (Northgate
// Health Trust)"): those are part of the name or read elsewhere.
func (r *run) employerAsides(ws []schema.Work) {
	for i := range ws {
		w := &ws[i]
		head, inner, ok := latinAside(w.Name)
		if !ok || r.lx.isLocation(inner) || r.lx.isCountry(inner) || r.lx.isOrg(inner) {
			continue
		}
		w.Name = head
		switch {
		case w.Position == "" && r.lx.isTitle(inner):
			w.Position = inner
		case w.X["x-note"] == nil:
			if w.X == nil {
				w.X = map[string]any{}
			}
			w.X["x-note"] = inner
		}
	}
}

// latinAside splits a name in Latin letters from a note in round brackets
// at its end: "Harbour Rovers FC (Premier Division)". An acronym in the
// brackets ("(NHS)", "(JV)") is part of the name; so are brackets inside
// the name.
func latinAside(s string) (head, inner string, ok bool) {
	if !strings.HasSuffix(s, ")") || hasHan(s) || strings.Count(s, "(") != 1 || strings.Count(s, ")") != 1 {
		return "", "", false
	}
	i := strings.LastIndex(s, " (")
	if i <= 0 {
		return "", "", false
	}
	head, inner = strings.TrimSpace(s[:i]), s[i+2:len(s)-1]
	if acronym.MatchString(inner) || head == "" || inner == "" {
		return "", "", false
	}
	return head, inner, true
}

// asideNote reports whether a header's field is a note in round brackets,
// of words in lower case, or of months and such words: "(during my
// studies)", "(Nov - Mar each year)", not "(Acme Corp)".
func asideNote(f string) bool {
	inner, opened := strings.CutPrefix(f, "(")
	inner, closed := strings.CutSuffix(inner, ")")
	if !opened || !closed || strings.ContainsAny(inner, "()") || hasHan(inner) {
		return false
	}
	ws := strings.Fields(inner)
	if len(ws) < 2 {
		return false
	}
	_, month, _ := monthWord(strings.TrimSuffix(ws[0], "."))
	return startsLower(inner) || month && lowerWords(inner) > 0
}

// placeAside reports whether an aside in brackets is a place: "Lahore",
// "Boston, MA", "Karachi, remote"; not "London Stock Exchange Group" nor
// "Singapore Pte Ltd", which start with a city.
func (lx *Lexicon) placeAside(s string) bool {
	if lx.isOrg(s) {
		return false
	}
	if lx.isLocation(s) || lx.cityIn(s) == s {
		return true
	}
	city := lx.cityIn(s)
	if city == "" {
		return false
	}
	switch strings.ToLower(strings.Trim(s[len(city):], ",，/ ")) {
	case "remote", "hybrid", "on-site", "onsite", "远程":
		return true
	}
	return false
}

// careerStep is one step of a progression line: a title and its dates.
type careerStep struct {
	title, start, end string
	open              bool // the step's own dates run on ("(2022–)")
}

// progressionArrows part the steps of a progression line.
var progressionArrows = []string{"→", "->", "⟶", "➜", "➔", "=>"}

// progression finds, in the first lines of a job, a line that lists the
// titles held at the employer one after another, each with the date it
// began ("2016.04 行政专员 → 2018.09 行政主管 → 2021.03 行政经理",
// "Support Analyst (2017) → Senior Support Analyst (2019) → Lead (2022–)"). It
// returns the steps, oldest first, and the line; none when no line is
// two or more such steps, each a title and a date, in order ("🕒
// 2019.07 → 2021.03": an arrow for a dash, no titles).
func (r *run) progression(e *entry) ([]careerStep, *line) {
	ls := e.header
	ls = append(ls[:len(ls):len(ls)], e.body[:min(2, len(e.body))]...)
	for _, l := range ls {
		t := l.text
		arrow := ""
		for _, a := range progressionArrows {
			if strings.Contains(t, a) {
				arrow = a
				break
			}
		}
		if arrow == "" {
			continue
		}
		if sp, ok := findSpan(t); ok && sp.Range && sp.From <= strings.Index(t, arrow) && strings.Index(t, arrow) < sp.To {
			continue // "2014 → 2019  Sail Maker": the arrow joins a range's dates
		}
		var steps []careerStep
		for _, piece := range strings.Split(t, arrow) {
			piece = strings.TrimSpace(piece)
			sp, ok := findSpan(piece)
			if !ok || sp.Start == "" {
				steps = nil
				break
			}
			title := strings.Trim(cutSpan(piece, sp), " ()（）[]·,，|-–—~～")
			title = strings.Join(strings.Fields(title), " ")
			if !strings.ContainsFunc(title, unicode.IsLetter) || utf8.RuneCountInString(title) > maxHeaderField || hasSentencePunct(title) ||
				len(steps) > 0 && sp.Start < steps[len(steps)-1].start {
				steps = nil
				break
			}
			st := careerStep{title: title, start: sp.Start, open: sp.Open}
			if sp.Range {
				st.end = sp.End
			}
			steps = append(steps, st)
		}
		if len(steps) >= 2 {
			return steps, l
		}
	}
	return nil, nil
}

// noteLike reports whether a name reads as a note on an entry
// ("Placement C (final, 12 weeks)"): an aside in brackets or a number,
// which an employer's name seldom has.
func noteLike(s string) bool {
	return strings.ContainsAny(s, "()（）") && strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// twoScriptCity reports whether s names a city in Chinese, then in Latin
// letters: "台北 Taipei".
func (lx *Lexicon) twoScriptCity(s string) bool {
	han, latin, ok := strings.Cut(s, " ")
	return ok && allHan(han) && lx.cityIn(han) == han && !hasHan(latin) && lx.isLocation(latin)
}
