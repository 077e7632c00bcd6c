package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/schema"
)

// countryCode is a two-letter country code written beside a place: "(ZA)".
var countryCode = lazyRE(`^\(?[A-Z]{2}\)?$`)

// docTitles are document titles, never a name.
var docTitles = lazyRE(`(?i)^(?:个人简历|简历|求职简历|履历|个人履历|简历表|履历表|履歷表|履歷|個人履歷|簡歷|個人簡歷|候选人推荐报告|候选人报告|推荐报告|resume|résumé|curriculum vitae|europass curriculum vitae|cv|candidate report|candidate profile)$`)

// nameSuffix is a title written after a name on one line: "张三的简历",
// "赵  某   个 人 简 历", "林怡君履歷", "郑某-个人简历", a personal site's
// "某某的小站".
// honorific is a title written before a name: "Dr Ana Lima", "Prof.
// Ana Lima", "Engr. Chidi Obi" (kept in x-honorific, not the name).
var honorific = lazyRE(`^(?i:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Engr|Sir|Dame|Rev|Capt|Captain|Atty)\.?\s+`)

// nicknameAfter is the name one goes by in brackets after the name, maybe
// in quotes: "Marta Nowak (Maja)", "Robert Lee (“Bobby”)".
var nicknameAfter = lazyRE(`\s*[(（]["“']?(\p{Lu}\p{Ll}+)["”']?[)）]$`)

// honorificAfter is the same title in brackets after a name: "Ana Lima
// (Ms.)", "LE Van Minh (Mr)".
var honorificAfter = lazyRE(`\s*[(（]((?:Dr|Mr|Mrs|Ms|Miss|Mx)\.?)[)）]$`)

var nameSuffix = lazyRE(`(?i)\s*(?:[-—–_·|｜]\s*)?(?:的)?(?:[个個]\s*人\s*(?:[简簡]\s*[历歷]|履\s*[历歷])|[简簡][历歷]|履[历歷]|resume|cv)$|的(?:小站|博客|个人主页|主页|个人网站)$`)

var (
	hanName = lazyRE(`^[\p{Han}·]{2,5}$`)
	// a Chinese name of two or three characters set apart by spaces, or a
	// surname apart from a given name of two ("乔 安然")
	spacedHanName = lazyRE(`^\p{Han}(?:[ \x{3000}]+\p{Han}){1,2}$|^\p{Han}[ \x{3000}]+\p{Han}{2}$`)
	// Latin names in any alphabet's letters ("Tomás Herrera", "Łukasz
	// Nowak"), with lower-case particles ("Ana de la Cruz", "Jan van Dijk")
	latinName = lazyRE(`^\p{Lu}[\p{L}\p{M}'’\-.]+(?:(?: (?:van|von|de|der|den|da|di|du|del|della|la|le|dos|das|bin|ibn|al))* \p{Lu}[\p{L}\p{M}'’\-.]*){1,3}$`)
)

// salutation opens a letter's greeting: "Dear Mrs Alvarez" names the
// reader of a cover letter, not the writer.
var salutation = lazyRE(`(?i)^(?:dear\b|(?:hi|hello|hey)\b\s*,|(?:hi|hello|hey)\s+(?:mr|mrs|ms|miss|dr|all|there|team)\b|(?:to|attn|attention)\s*:)`)

// isName reports whether s can be a person's name.
func (r *run) isName(s string) bool {
	if m := nickname.FindStringIndex(s); m != nil && m[0] > 0 && m[1] < len(s) && !hasHan(s) {
		// "Wen-li (Wendy) Chou": the name one goes by inside the name
		return r.isName(strings.Join(strings.Fields(s[:m[0]]+" "+s[m[1]:]), " "))
	}
	if spacedHanName.MatchString(s) {
		s = strings.Join(strings.Fields(s), "")
	}
	if docTitles.MatchString(labelKey(s)) || salutation.MatchString(s) {
		return false
	}
	if _, ok := r.headingKind(&line{text: s, runes: utf8.RuneCountInString(s)}); ok {
		return false
	}
	if _, ok := r.lx.labelField(s); ok {
		return false
	}
	if hanName.MatchString(s) {
		// (a known surname, not a place: "陕西", "成都" are none, nor is
		// "岳阳", a city's name more often than a person's)
		return r.lx.hanSurname(s) && !slices.Contains(r.lx.provinces, s) && !r.lx.isLocation(s) && !r.lx.isTitle(s) && !r.lx.isOrg(s) && !r.lx.isSchool(s)
	}
	if r.lx.isLocation(s) || r.lx.countries[strings.TrimPrefix(s, "The ")] {
		return false // "The Netherlands", "Cape Town": where one lives
	}
	if w, _, _ := strings.Cut(s, " "); r.lx.notNameWords[strings.ToLower(w)] {
		return false // "My Network", "About Me": a page's words; "Selected Events": a heading's
	}
	return latinName.MatchString(s) && !r.lx.isTitle(s) && !r.lx.isOrg(s) && !r.lx.isSchool(s) &&
		slices.ContainsFunc(strings.Fields(s), func(w string) bool { return !r.lx.isNetworkName(w) }) // "GitHub CSDN": links, no name
}

// nameLike reports whether s is a name as a name line writes it: with
// pronouns after it, or once in each script ("Wen-li (Wendy) Chou  周文麗"),
// as setName reads them.
func (r *run) nameLike(s string) bool {
	if r.isName(s) {
		return true
	}
	s = strings.TrimSpace(pronouns.ReplaceAllString(s, ""))
	if cjk, latin, ok := scriptHalves(s); ok {
		return r.isName(latin) && (cjk == "" || hanName.MatchString(cjk))
	}
	return r.isName(s)
}

// nickname is the name one goes by, in brackets inside a name: "Wen-li
// (Wendy) Chou".
var nickname = lazyRE(`\s*[(（]["“']?\p{Lu}\p{Ll}+["”']?[)）]`)

// pronouns written after a name: "Ana Lima (she/her)", "Hannah Brooks
// She/Her".
var pronouns = lazyRE(`(?i)\s*[(（]?\b((?:she|he|they|ze|xe)/(?:her|hers|him|his|them|theirs|they|she|he|zir|xem)(?:/\w+)?)[)）]?$`)

// namePrefix is a document's title written before a name: "Resume of Ana
// Lima", "CV — Ana Lima".
var namePrefix = lazyRE(`(?i)^(?:resume|résumé|cv|curriculum vitae)\s*(?:of\b|for\b|[-–—:|])\s*`)

// avatarInitial is a character of a Chinese name set before it as an
// app's avatar: "乐 屈乐乐".
var avatarInitial = lazyRE(`^(\p{Han})\s+(\p{Han}{2,4})$`)

// englishNameAfter is a name written the Hong Kong way: the surname in
// capitals, the given name, a comma and an English name, the Chinese name
// after it or none ("CHAN Tai-man, Peter  陳大文").
var englishNameAfter = lazyRE(`^(\p{Lu}{2,}(?:\s+[\p{L}'’\-]+){1,2}),\s*(\p{Lu}\p{Ll}+)(\s+\p{Han}{2,4})?$`)

// nameSuffixWord is a word after a name's comma that is no English name:
// a generation, a title ("SMITH John, Jr").
var nameSuffixWord = lazyRE(`^(?:Jr|Sr|Dr|Mr|Mrs|Ms|Miss|Prof|Esq|Hon|Rev)$`)

// setName sets the name, splitting a name written in two scripts.
func (r *run) setName(s string) bool {
	s = stripIcons(strings.TrimSpace(nameSuffix.ReplaceAllString(s, ""))) // "👋 欧志恒"
	s = namePrefix.ReplaceAllString(s, "")
	if m := avatarInitial.FindStringSubmatch(s); m != nil && !strings.HasPrefix(m[2], m[1]) && strings.Contains(m[2], m[1]) {
		s = m[2] // (a surname spaced from the given name, "乔 安然", "林 林林", stays whole)
	}
	if m := pronouns.FindStringSubmatchIndex(s); m != nil && m[0] > 0 {
		if r.setName(s[:m[0]]) {
			setX(&r.res.Basics.X, "x-pronouns", s[m[2]:m[3]])
			return true
		}
		return false
	}
	if name, post := r.postnominals(s); post != "" && r.setName(name) {
		setX(&r.res.Basics.X, "x-postnominals", post) // "Gavin Strachan MRICS", "Ana Lima, PhD, CFA"
		return true
	}
	if m := englishNameAfter.FindStringSubmatch(s); m != nil && (m[3] != "" || !r.lx.isLocation(m[2]) && !nameSuffixWord.MatchString(m[2])) && r.setName(m[1]+m[3]) {
		setX(&r.res.Basics.X, "x-englishName", m[2]) // "CHAN Tai-man, Peter": the English name a Hong Kong CV writes after the comma
		return true
	}
	if m := honorificAfter.FindStringSubmatchIndex(s); m != nil && m[0] > 0 && r.setName(s[:m[0]]) {
		setX(&r.res.Basics.X, "x-honorific", s[m[2]:m[3]])
		return true
	}
	if m := nicknameAfter.FindStringSubmatchIndex(s); m != nil && m[0] > 0 && r.setName(s[:m[0]]) {
		setX(&r.res.Basics.X, "x-nickname", s[m[2]:m[3]]) // "AGNES NOWAK (Aga)": the name one goes by
		return true
	}
	if m := honorific.FindString(s); m != "" && r.setNameText(s[len(m):]) {
		setX(&r.res.Basics.X, "x-honorific", strings.TrimSpace(m)) // "Dr"
		return true
	}
	return r.setNameText(s)
}

// setNameText is setName of a name without its dress.
// postnominals cuts the letters written after a name (lexicon/
// postnominals.txt) from its end: "Gavin J. Strachan MRICS" is the name
// and "MRICS"; "Ana Lima, PhD, CFA" the name and "PhD, CFA".
func (r *run) postnominals(s string) (name, post string) {
	name = strings.TrimSpace(s)
	// "KEVIN JIANHUA MA": in capitals, a surname and a degree look alike,
	// unless a comma sets the letters apart ("HEMI WALKER, RN")
	caps := strings.ToUpper(name) == name
	var got []string
	for {
		t := strings.TrimRight(name, " ,")
		i := strings.LastIndexAny(t, " ,")
		if i < 0 || !r.lx.postnominals[t[i+1:]] {
			break
		}
		if caps && !strings.HasSuffix(strings.TrimRight(t[:i+1], " "), ",") {
			break
		}
		got = append([]string{t[i+1:]}, got...)
		name = strings.TrimRight(t[:i], " ,")
	}
	if len(got) == 0 || len(strings.Fields(name)) < 2 {
		return s, ""
	}
	return name, strings.Join(got, ", ")
}

func (r *run) setNameText(s string) bool {
	s = strings.TrimSpace(s)
	if spacedHanName.MatchString(s) {
		s = strings.Join(strings.Fields(s), "") // "方  磊": spaced to fill the width of a longer name
	}
	b := &r.res.Basics
	if one := strings.Join(strings.Fields(s), " "); r.isName(one) && !(hasHan(one) && strings.IndexFunc(one, isLatinLetter) >= 0) && (len(wideFields(s)) < 2 || !slices.ContainsFunc(wideFields(s), r.isName)) {
		b.Name = one // "Inês  Carvalho": a name in two weights is one name
		return true
	}
	parts := splitFields(s)
	if len(parts) == 1 {
		// the halves as written ("Xuē Lántíng 薛兰亭"), else its letters
		// ("👋 林可 (Ke Lin)"); the name written first is the name
		cjk, latin, ok := scriptHalves(s)
		cjk, latin = strings.Trim(stripIcons(cjk), " ()（）"), strings.Trim(latin, " ()（）")
		if !ok || !r.isName(cjk) || !r.isName(latin) {
			cjk, latin = splitScripts(s)
		}
		if cjk != "" && latin != "" {
			parts = []string{cjk, latin}
			if strings.IndexFunc(s, isLatinLetter) < strings.IndexFunc(s, isHan) {
				parts = []string{latin, cjk}
			}
		}
	}
	if len(parts) == 2 && r.isName(parts[0]) && r.isName(parts[1]) && hasHan(parts[0]) != hasHan(parts[1]) {
		b.Name = parts[0]
		setX(&b.X, "x-altName", parts[1])
		return true
	}
	return false
}

// twoScriptLabel splits a headline written in two scripts, two parts
// apart by a middle dot, as a name in two scripts is split: the first
// part, then the other when it is in the other script ("Glassblower ·
// 玻璃吹制师", "玻璃吹制师 · Glass Artist"; not "Architect · Hospitality &
// Mixed-Use"). The caller checks that a Latin other part is a title too
// (not "数据分析师 · Python").
func twoScriptLabel(s string) (label, alt string, ok bool) {
	label, alt, ok = strings.Cut(s, " · ")
	if !ok || strings.Contains(alt, " · ") {
		return s, "", false
	}
	label, alt = strings.TrimSpace(label), strings.TrimSpace(alt)
	if hasHan(label) == hasHan(alt) || hasHan(label) && strings.IndexFunc(alt, isLatinLetter) < 0 {
		return s, "", false // (one script on both sides of the dot)
	}
	return label, alt, label != "" && alt != ""
}

// lowerName is a name written all in small letters ("noor rahimi", "j.
// doe"): two or three words, an initial allowed.
var lowerName = lazyRE(`^\p{Ll}[\p{Ll}'’\-]*\.?(?: \p{Ll}[\p{Ll}'’\-]*\.?){1,2}$`)

// setLowerName reads a name in small letters, which only the first line or
// the top heading can be: it is a name when, capitalised, it would be one,
// and none of its words is a page's word ("open to work", "cover letter",
// "page one").
func (r *run) setLowerName(s string) bool {
	s = strings.Join(strings.Fields(strings.TrimSpace(nameSuffix.ReplaceAllString(s, ""))), " ")
	if !lowerName.MatchString(s) {
		return false
	}
	ws := strings.Fields(s)
	for _, w := range ws {
		if r.lx.notNameWords[w] || lowerNotName[w] {
			return false
		}
	}
	for i, w := range ws {
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		ws[i] = string(rs)
	}
	if !r.isName(strings.Join(ws, " ")) {
		return false
	}
	r.res.Basics.Name = s
	return true
}

// lowerNotName are small words no name in small letters is made of.
var lowerNotName = map[string]bool{"to": true, "of": true, "the": true, "a": true, "an": true, "and": true, "for": true, "my": true, "in": true, "on": true, "at": true,
	"one": true, "two": true, "three": true, "page": true, "letter": true, "cover": true, "draft": true, "open": true, "work": true, "last": true, "updated": true, "new": true, "notes": true}

// setNameTitle reads the first line of a document, or its top heading,
// that a converter made of the name and the headline set beside it:
// "Sofia Marchetti Product Designer", the title the tail the lexicon
// knows.
func (r *run) setNameTitle(s string) bool {
	b := &r.res.Basics
	ws := strings.Fields(s)
	if name, title, ok := strings.Cut(s, " "); ok && hanName.MatchString(name) && b.Label == "" && len(splitFields(s)) == 1 && r.isName(name) &&
		!strings.ContainsAny(title, "0123456789") && !strings.Contains(title, "简历") && r.lx.isTitle(title) && !r.lx.isOrg(title) && !r.lx.isOrg(name) && utf8.RuneCountInString(title) <= maxTitleLine {
		b.Name, b.Label = name, strings.TrimSpace(title) // "李明 Java开发工程师"
		r.headlineLabel = true                           // (a stated target beats it)
		return true
	}
	if hasHan(s) || len(ws) < 3 || b.Label != "" || len(splitFields(s)) > 1 {
		return false
	}
	for k := 2; k <= min(3, len(ws)-1); k++ {
		name, title := strings.Join(ws[:k], " "), strings.Join(ws[k:], " ")
		if r.isName(name) && r.lx.isTitle(title) && !r.isName(title) {
			b.Name, b.Label = name, title
			r.headlineLabel = true
			return true
		}
	}
	return false
}

func setX(m *map[string]any, k string, v any) {
	if *m == nil {
		*m = map[string]any{}
	}
	if _, ok := (*m)[k]; !ok {
		(*m)[k] = v
	}
}

// contactish reports whether t, icons aside, is an e-mail, a phone, a web
// address or a place: a contact detail, without recording it.
func (r *run) contactish(t string) bool {
	t = stripSymbols(t)
	return emailRe.MatchString(t) || findPhone(t) != "" || findURL(t) != "" || bareDomain.MatchString(t) || r.lx.isLocation(t)
}

// maxHeadlineUnderName is the longest headline read right under the name
// (a profile's "Senior PM, Payments | ex-engineer | Building …").
const maxHeadlineUnderName = 160

// greeting is a line that greets and names the writer: "Hi 👋 我是宋佳琪",
// "Hello, I'm Ana Lima!".
var greeting = lazyRE(`^(?i:hi|hello|hey|hiya|howdy|greetings|hola|olá|ola|bonjour|salut|hallo|ciao|namaste|kia ora|你好|大家好|嗨)?[\s,，!！~～\p{So}\x{FE0F}]*(?:(?i:i'm|i’m|i am|my name is)\s+|我是|我叫)\s*([^\s,，!！。.~～][^,，!！。~～]*?)[\s,，!！。.~～\p{So}\x{FE0F}]*$`)

// maxGreetingLine is how many lines of the top a greeting may stand in.
const maxGreetingLine = 3

// maxLabelToken is the longest job title read from a line of facts.
const maxLabelToken = 20

// basics reads the header area and contact sections.
func (r *run) basics(lines []*line) {
	if len(lines) > headerLines {
		lines = lines[:headerLines] // a contact area is short; the rest is not basics
	}
	b := &r.res.Basics
	// the name is open here unless a name heading, set apart further
	// on, holds it (a sidebar's contact block before the main column)
	nameOpen := func() bool {
		return b.Name == "" && r.nameLine == nil && (r.nameHeading == nil || slices.Contains(lines, r.nameHeading))
	}
	edu := &eduBuilder{x: map[string]any{}}
	skip := -1                // a username line already read with the network above it
	var addrCity, addr string // a postal address among contact tokens, and its city
	for i, l := range lines {
		if i == skip {
			continue
		}
		if ps := r.networkGrid(lines, i); ps != nil {
			for _, p := range ps {
				r.addURL(p.URL) // "GitHub      LinkedIn" over "mholloway   jdoe"
			}
			skip = i + 1
			continue
		}
		if p, used, ok := r.networkUser(lines, i); ok {
			r.addURL(p.URL) // "GitHub" over "mholloway", "LinkedIn: jdoe"
			if used {
				skip = i + 1
			}
			continue
		}
		lead, kvs := r.lx.splitKV(l.raw)
		if len(kvs) == 0 {
			lead, kvs = r.alignedKV(l)
		}
		var rest []string // what follows a value after a bar: "城市：深圳 ｜ GitHub：x"
		for _, k := range kvs {
			if parts := splitTop(k.value, "|｜"); len(parts) > 1 && (k.field != "label" || r.lx.cityIn(stripSymbols(strings.TrimSpace(parts[1]))) != "") {
				// ("求职意向：地区经理 | 上海 | 年薪 25-30 万": the target ends at the bar before a city)
				k.value = strings.TrimSpace(parts[0])
				rest = append(rest, parts[1:]...)
			}
			if parts := wideFields(k.value); len(parts) > 1 && slices.ContainsFunc(parts[1:], func(t string) bool { return r.contactish(t) }) {
				// "求职意向：数据工程师  📍 北京  📱 186-0000-0139": the value
				// ends at the gap before the contact details
				k.value = parts[0]
				rest = append(rest, parts[1:]...)
			}
			r.basicsField(k.field, k.label, k.value, edu)
		}
		for _, t := range rest {
			if label, value, ok := headKV(strings.TrimSpace(t)); ok {
				r.basicsField("", label, value, edu)
			} else if t = stripSymbols(t); !r.contactToken(t) && r.lx.isLocation(t) && (b.Location == nil || b.Location.City == "") {
				r.setPlace(t) // "📍 北京"
			} else if c := r.cityOfDistrict(t, true); c != "" && (b.Location == nil || b.Location.City == "") {
				r.setCity(c) // "手机：… | 北京市海淀区"
			} else if c, region := r.lx.placeCity(t, false, true); c != "" && (b.Location == nil || b.Location.City == "") {
				r.setTown(c, region, t) // "Cell: … | Kinsale, Co. Cork"
			}
		}
		for _, lk := range l.Links {
			if u, ok := r.linkTarget(l, lk); ok {
				r.contactToken(u)
			}
		}
		if lead == "" {
			continue
		}
		// "Hi 👋 我是宋佳琪", "Hello, I'm Ana Lima": a profile page's
		// greeting names its owner
		if m := greeting.FindStringSubmatch(lead); m != nil && nameOpen() && i < maxGreetingLine && r.setName(m[1]) {
			r.nameLine = l
			continue
		}
		// (a name may lead the first line before labelled fields: "陆婉清 |
		// 求职意向：投资经理")
		// (… or beside the résumé's number on a job site's page: "沈若溪 | ID：10020030")
		if nameOpen() && (len(kvs) == 0 || i == 0 || l.Heading == 1 || onlyField(kvs, "x-resumeId")) && (r.setName(lead) || (i == 0 || l.Heading == 1) && (r.setNameTitle(lead) || r.setLowerName(lead))) {
			r.nameLine = l
			continue
		}
		if (r.lx.isLocation(lead) || r.lx.countyPlace(lead)) && (b.Location == nil || b.Location.City == "") {
			r.setPlace(lead) // "San Francisco, CA" on a line of its own
			continue
		}
		if c, region := r.lx.placeCity(lead, false, false); c != "" && (b.Location == nil || b.Location.City == "") {
			r.setTown(c, region, lead) // "7 Mill Lane, Glenelg SA 5045", "Portrush, Co. Antrim, BT56" on a line of their own
			continue
		}
		tokens := splitFields(lead)
		if len(tokens) == 1 {
			tokens = commaSplit.Split(lead, -1)
		}
		contact, places := false, 0
		if nameOpen() && len(tokens) > 2 && (i == 0 || l.Heading == 1) && slices.ContainsFunc(tokens[1:], r.contactish) && r.setName(stripSymbols(tokens[0])) {
			// "陶然 Ran Tao ｜ 财务经理 ｜ +86 137 …": the name leads the
			// first line, its contact details after it
			r.nameLine = l
			tokens = tokens[1:]
		}
		for _, t := range tokens {
			t = stripSymbols(t)
			// a place may carry an aside: "Karachi, Pakistan (open to relocation, UTC+5)"
			place := t
			if loc := trailBracket.FindStringIndex(t); loc != nil && loc[0] > 0 {
				place = t[:loc[0]]
			}
			city, region := r.tokenCity(place, len(tokens) > 1)
			switch {
			case r.personalFact(t):
				places++ // "男", "35岁", "12年经验": facts, not a headline
			case len(tokens) > 1 && allHan(t) && func() bool { d, rest := r.lx.degreeIn(t); return d != "" && rest == "" }():
				places++ // "本科" among the facts: the degree the education section gives
			case r.contactToken(t):
				contact = true
			case r.lx.isLocation(place) || len(tokens) > 1 && r.lx.countyPlace(place):
				if b.Location == nil || b.Location.City == "" {
					r.setPlace(place)
				}
				places++
			case city != "":
				if b.Location == nil || b.Location.City == "" {
					r.setTown(city, region, place) // (a postal address kept: "Keel Institute, 14 Dock Row, Whitby YO21 3PP, United Kingdom")
				}
				places++
			case len(tokens) > 1 && strings.Contains(t, ", ") && r.lx.addressShaped(t) && r.lx.commaCity(t) != "":
				// "Blk 12 Harbour Street 4, #03-101, Singapore 510123"
				// among the phone and the e-mail: a postal address, whose
				// city is the person's when no line names one
				if addrCity == "" {
					addrCity, addr = r.lx.commaCity(t), t
				}
				places++
			case countryCode.MatchString(t) && len(tokens) > 1:
				places++ // "Cape Town, (ZA)"
			case len(tokens) > 1 && r.lx.isTitle(t) && utf8.RuneCountInString(t) <= maxLabelToken && b.Label == "" && (contact || places > 0):
				b.Label, r.headlineLabel = t, true // "男 | 34 岁 | 嵌入式软件工程师 | 深圳": the title among the facts
				places++
			}
		}
		// a line of contact facts and places; a headline with a place in
		// it ("Backend Engineer · Austin, TX") goes on to the label below
		if contact || len(kvs) > 0 || places == len(tokens) {
			continue
		}
		if c := addressCityShape(lead); c != "" && (strings.Contains(lead, ",") || cityPostcode.MatchString(lead) || cityPIN.MatchString(lead)) {
			r.setCity(c) // a postal address
			if b.Location.Address == "" {
				b.Location.Address = lead
			}
			continue
		}
		if r.lx.isLocation(lead) && (b.Location == nil || b.Location.City == "") {
			r.setPlace(lead)
			continue
		}
		// the name may lead a line of other facts: "张三 | 高级工程师 | 北京",
		// in two scripts: "陶然 Ran Tao ｜ 财务经理"
		if nameOpen() && len(tokens) > 1 && r.setName(tokens[0]) {
			r.nameLine = l
			if b.Label == "" && r.lx.isTitle(tokens[1]) {
				b.Label, r.headlineLabel = tokens[1], true // (a stated target beats it)
			}
			continue
		}
		// the headline right under the name
		// (or a line marked as a heading below the contact details)
		// (or a job title on a line of its own among the contact details)
		if b.Label == "" && r.nameLine != nil && i > 0 && (lines[i-1] == r.nameLine || l.Heading > 0 && l.Heading >= r.nameLine.Heading ||
			l.runes <= maxTitleLine && r.lx.isTitle(lead) && !hasSentencePunct(lead) && len(kvs) == 0 && len(l.Links) == 0 && (strings.Contains(lead, " ") || hasHan(lead))) &&
			(l.runes <= 80 || l.runes <= maxHeadlineUnderName && lines[i-1] == r.nameLine && !hasSentencePunct(lead) && !strings.HasSuffix(lead, ".")) && !docTitles.MatchString(lead) && !postBox.MatchString(lead) {
			if h := r.headline(lead); h != "" && !isPersonalFact(h) {
				b.Label = h
				r.headlineLabel = true
				continue
			} // ("男｜35 岁（1989年6月）｜现居住 无锡": facts, no headline)
		}
		if l.runes > 60 && b.Summary == "" && r.nameLine != nil {
			b.Summary = l.text
		}
	}
	if nameOpen() {
		if l, name := largestName(lines, r.isName); l != nil && r.setName(name) {
			r.nameLine = l
		}
	}
	if addrCity != "" && (b.Location == nil || b.Location.City == "") {
		r.setCity(addrCity)
		if b.Location.Address == "" {
			b.Location.Address = addr
		}
	}
	if !edu.empty() {
		r.basicsEdu = append(r.basicsEdu, edu)
	}
}

// largestName is the name the contact area sets larger than all its other
// text, in a span of a line that holds more ("个人信息 PERSONAL 周明轩",
// a form's label column beside the name): the span and its line, when
// its size stands out (15% larger than the next size down) and it
// is a name.
func largestName(lines []*line, isName func(string) bool) (*line, string) {
	var best *line
	var name string
	top, next := 0.0, 0.0
	for _, l := range lines {
		for _, sp := range sizeRuns(l.Spans) {
			switch {
			case sp.Size > top:
				next, top = top, sp.Size
				best, name = l, strings.TrimSpace(sp.Text)
			case sp.Size == top && strings.TrimSpace(sp.Text) != name:
				best = nil // two texts at the top size: neither stands out
			case sp.Size < top && sp.Size > next:
				next = sp.Size
			}
		}
	}
	if best == nil || next == 0 || top < 1.15*next || !isName(name) {
		return nil, ""
	}
	return best, name
}

// sizeRuns joins a line's adjacent spans of one size ("[Mara]{25 b}
// [Quell]{25}": one name in two weights), blank spans left out.
func sizeRuns(spans []doc.Span) []doc.Span {
	var out []doc.Span
	for _, sp := range spans {
		if strings.TrimSpace(sp.Text) == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Size == sp.Size && !sp.Box {
			out[n-1].Text += " " + sp.Text
			continue
		}
		out = append(out, sp)
	}
	return out
}

// mergeBasicsEducation files the education facts of the contact area
// (学历：本科 …): into the education entry they describe when the
// education section has it, a level alone beside that section's entries
// as x-education, else as an entry of their own.
func (r *run) mergeBasicsEducation() {
	for _, b := range r.basicsEdu {
		matched := false
		for i := range r.res.Education {
			e := &r.res.Education[i]
			if b.e.Institution != "" && b.e.Institution == e.Institution || b.e.Institution == "" && b.e.StudyType != "" && b.e.StudyType == e.StudyType {
				for _, f := range []struct {
					to   *string
					from string
				}{{&e.Area, b.e.Area}, {&e.StudyType, b.e.StudyType}, {&e.StartDate, b.e.StartDate}, {&e.EndDate, b.e.EndDate}, {&e.Score, b.e.Score}} {
					if *f.to == "" {
						*f.to = f.from
					}
				}
				matched = true
				break
			}
		}
		switch {
		case matched:
		case b.e.Institution == "" && b.e.Area == "" && b.e.StartDate == "" && b.e.EndDate == "" && len(r.res.Education) > 0:
			// "最高学历：硕士研究生" over a section of schools: the highest
			// level reached, a fact of the person, no entry of its own
			setX(&r.res.Basics.X, "x-education", b.e.StudyType)
		default:
			r.addEducation(b)
		}
	}
}

// maxTitleLine is the longest line read as the job title of the header
// when it does not stand right under the name.
const maxTitleLine = 48

// headline reads the line under the name, or a row of what one seeks
// under 求职意向: its parts up to one that is a place (filed as the city)
// or a count ("11 年经验", "5 years"); past a count it still looks for
// the place, and every part that is a fact of the contact line (the pay,
// when one can start: personalFacts) is filed. It returns the parts kept,
// "" when every part was filed, and s when it has one part or none was.
func (r *run) headline(s string) string {
	parts := splitTop(s, "·•|｜")
	if len(parts) == 1 {
		return s
	}
	var keep []string
	counted := false // past a count the parts are facts: a place may still follow ("后端工程师 · 6 年 · 西安")
	placed := false  // past the place the parts are facts only ("… ｜ 杭州 ｜ 8-12K ｜ 随时到岗")
	filed := false   // a part was a fact or a place
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if b := &r.res.Basics; i == 0 && hasHan(b.Name) && !hasHan(p) && b.X["x-altName"] == nil && r.isName(p) && !r.lx.isTitle(p) {
			setX(&b.X, "x-altName", p) // "Xiaohe Lin · Glassblower" under "林小禾": the name in the other script first
			filed = true
			continue
		}
		if r.personalFact(p) {
			filed = true // "8-12K", "随时到岗", "全职": the pay, when one can start, the kind of work
			counted = counted || strings.IndexFunc(p, unicode.IsDigit) >= 0
			continue
		}
		if placed {
			continue
		}
		if c := r.lx.cityIn(stripSymbols(p)); c != "" {
			r.setCity(c)
			placed, filed = true, true
			continue
		}
		if d := r.lx.hkDistrict(stripSymbols(p)); d != "" {
			r.setCity(d) // "保安主任 ｜ 新界元朗"
			placed, filed = true, true
			continue
		}
		if m := townStatePostcode.FindStringSubmatch(p); m != nil {
			r.setCity(m[1]) // "Mindarie WA 6030"
			placed, filed = true, true
			continue
		}
		if head, note, ok := trailingBracket(p); ok && i == 0 && len(keep) == 0 && head != "" && yearDigits.MatchString(note) && strings.IndexFunc(head, unicode.IsDigit) < 0 {
			p = head // "Lab Technician (Cert IV, qualified 2023)": the post, a note on it
		}
		if c := r.lx.labelledCity(stripSymbols(p)); c != "" {
			r.setCity(c) // "现居深圳"
			placed, filed = true, true
			continue
		}
		if strings.IndexFunc(p, unicode.IsDigit) >= 0 {
			counted = true
		}
		if !counted {
			keep = append(keep, p)
		}
	}
	if len(keep) == 0 && !filed {
		return s
	}
	return strings.Join(keep, " · ") // ("" when every part was a fact or a place)
}

// townStatePostcode is a town, an Australian state's letters and a
// postcode, as an Australian address ends: "Mindarie WA 6030".
var townStatePostcode = lazyRE(`^(\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+){0,2})\s+(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}$`)

// objectiveTitle is the title an objective's sentence opens with: "Junior
// Data Scientist role where …", "A backend engineer position in …".
var objectiveTitle = lazyRE(`^(?i:to (?:obtain|secure|get) (?:the|a) (?:position|post|role) of (?:an? )?)(\p{Lu}[^,.;:]{2,60}?)\s+(?i:in|at|with|where)\b|^(?i:(?:an?|seeking|to (?:obtain|secure|join as)(?: an?)?)\s+)?(\p{Lu}[^,.;:]{2,60}?)\s+(?i:role|position|opportunity|internship|job)\b.*\S\s.*$`)

// objectiveTarget is the title an objective's sentence names ("Junior
// Data Scientist role where I can …", "To obtain the position of Senior
// Structural Engineer in a …"), or "".
func objectiveTarget(s string) string {
	m := objectiveTitle.FindStringSubmatch(s)
	switch {
	case m == nil:
		return ""
	case m[1] != "":
		return m[1]
	}
	return m[2]
}

// stripSymbols drops the icons and symbols that lead contact fields
// ("📍 成都", "☎ 176…").
func stripSymbols(s string) string {
	return strings.TrimLeftFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' && r != '('
	})
}

// bareDomain is a contact field that is a domain alone: "name.studio".
var bareDomain = lazyRE(`(?i)^(?:[a-z0-9][a-z0-9\-]*\.)+[a-z]{2,12}(?:/\S*)?$`)

var (
	// "Baner, Pune – 411045": a six-digit postcode after the city (its
	// state after a comma or in brackets: "Lucknow – 226024 (Uttar Pradesh)")
	cityPIN = lazyRE(`(\p{Lu}[\p{L}\-]+)\s*[–—-]?\s*\d{3}\s?\d{3}(?:\s*,\s*\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?|\s*[(（]\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?[)）])?\s*$`)
	// "04109 Leipzig", "75008 Paris": a postcode before the city
	postcodeCity = lazyRE(`\b\d{4,6}\s+(\p{Lu}[\p{L}\-]+(?:[ \-]\p{Lu}[\p{L}\-]+)?)`)
	// "Edinburgh EH8 9QT": a British postcode after the city
	cityPostcode = lazyRE(`(\p{Lu}[\p{L}\-]+)\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b`)
)

// cnCity is the city of a Chinese address: "江宁省东陵市文苑路 9 号".
var cnCity = lazyRE(`^\p{Han}{2,4}?市`)

// addressCity finds the city in a postal address: a part after a comma
// that is a city the lexicon knows ("Osu, Accra, Ghana",
// "Northfield, Bristol BS16"; a state or a country of a city's name is
// passed over), else by the address's shape ("2100 Hale Street" is no
// postcode and city when a known city follows).
func (lx *Lexicon) addressCity(s string) string {
	if c := lx.commaCity(s); c != "" {
		return c
	}
	if c := addressCityShape(s); c != "" {
		return c
	}
	c, _ := lx.placeCity(s, false, false) // "9 Kestrel Road, Westville, Durban North, 4051"
	return c
}

// commaCity is the city of an address written with commas: the last part
// that is no country, region or postcode, when the lexicon knows it as a
// city ("9 Ridge Terrace, Heaton, Newcastle upon Tyne NE6 5AB").
func (lx *Lexicon) commaCity(s string) string {
	parts := strings.Split(s, ", ")
	for i := len(parts) - 1; i >= 1; i-- {
		p := strings.Trim(postcodeEnd.ReplaceAllString(parts[i], ""), " –—-") // ("Pune – 411038")
		if lx.countries[p] && lx.cityIn(p) == p && strings.IndexFunc(parts[i-1], unicode.IsDigit) >= 0 {
			return p // "…, #03-101, Singapore 510123": a city-state after a unit's number
		}
		if p == "" || lx.countries[p] || lx.regions[p] || len(p) == 2 && strings.ToUpper(p) == p {
			continue // "…, Seattle, Washington": the state, not the city of that name
		}
		if c := lx.cityIn(p); c != "" && (c == p || len(strings.Fields(p)) <= 3 && strings.IndexFunc(p, unicode.IsDigit) < 0) {
			return p // (with the rest of its name: "Newcastle upon Tyne")
		}
		return "" // a district the lexicon does not know: not a city to guess past
	}
	return ""
}

// addressShaped reports whether a contact field with commas reads as a
// postal address, not a headline that names a place: it starts with a
// house's or a block's number or a post box, ends with a postcode, or
// ends with a country ("Osu, Accra, Ghana").
func (lx *Lexicon) addressShaped(t string) bool {
	_, last, _ := cutLast(t, ", ")
	return houseNumber.MatchString(t) || postBox.MatchString(t) || postcodeEnd.MatchString(t) || lx.countries[strings.TrimSpace(last)]
}

// houseNumber starts an address: "9 Ridge Terrace", "Blk 12",
// "Flat 2".
var houseNumber = lazyRE(`^(?i:(?:blk|block|flat|unit|apt|suite|no\.?)\s*)?\d+[A-Za-z]?\s+\pL`)

// unitWord is the word of a flat, a floor or a box in an address, left
// where its number came off: "Apt" of "34 Elm Street, Apt 1204".
var unitWord = lazyRE(`^(?i:blk|block|flat|unit|apt|apartment|suite|ste|no|floor|fl|room|rm|box|p\.?\s?o\.?\s*box|private bag|lot|plot|stand|house)\.?$`)

// yearLike is a number that reads as a year, not a postcode.
var yearLike = lazyRE(`^(?:19|20)\d{2}$`)

// postcodeEnd is a postcode at an address's end: "NE2 3QX", "BS16",
// "510731", "HI 96822".
var postcodeEnd = lazyRE(`(?:\b[A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?|\b\d{4,6}(?:-\d{4})?)$`)

// hanCityPrefix is the known Chinese city a place written in Chinese
// starts with, the word 市 after it dropped, when more follows it (a
// district, an aside in brackets): "天津市滨海新区" is 天津, "香港新界將軍澳"
// 香港; "" when none.
func (lx *Lexicon) hanCityPrefix(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || !isHan(firstRuneOf(s)) {
		return ""
	}
	return longestPrefix(s, lx.cityNames) // (the first rune is Han: so is every prefix's)
}

// hkDistrict is the district a Hong Kong address names after its region
// (hk_districts.txt): "新界沙田" is 沙田, "九龍觀塘秀茂坪" 觀塘, "新界大埔（太
// 和）" 大埔; "" when s names none.
func (lx *Lexicon) hkDistrict(s string) string {
	s = strings.TrimSpace(s)
	rest := hkRegion.ReplaceAllString(s, "")
	if rest == s {
		return "" // (no region: "沙田" alone is read as any place)
	}
	if lx.hkDistricts[rest] {
		return rest
	}
	return longestPrefix(rest, lx.hkDistricts)
}

// longestPrefix is the longest prefix of s shorter than s that set holds,
// or "".
func longestPrefix(s string, set map[string]bool) string {
	best := ""
	for i := range s {
		if i > 0 && set[s[:i]] {
			best = s[:i]
		}
	}
	return best
}

// hkRegion is the region a Hong Kong address opens with (one that opens
// with 香港 names the city so).
var hkRegion = lazyRE(`^(?:新界|九龍|九龙|港島|港岛)\s*`)

// tokenCity is the city a place among the contact details names, and its
// region when a province names it, tried in this order: a known city
// ("Austin", "上海 Shanghai"); one after a city label ("现居深圳"); a
// province and its city ("湖北省武汉市洪山区珞瑜路", not a birthplace "江苏扬州人"
// nor a school or an office named after them: "江苏省苏州中学"); a city and
// its district ("北京市海淀区"); a district and its city ("Canton,
// Cardiff"). among says whether the place shares its line with other
// items; alone on its line only a city (under the name), a labelled one
// or a city and its district (under the name) count.
func (r *run) tokenCity(place string, among bool) (city, region string) {
	if c := r.lx.cityIn(place); c != "" && (among || r.nameLine != nil) {
		return c, ""
	}
	if c := r.lx.labelledCity(place); c != "" {
		return c, ""
	}
	if among && !strings.HasSuffix(place, "人") && !r.lx.isOrg(place) && !r.lx.isSchool(place) {
		if region, c := r.lx.provinceCity(place); c != "" {
			return c, region
		}
	}
	if c := r.cityOfDistrict(place, among); (among || r.nameLine != nil) && c != "" {
		return c, ""
	}
	if c := r.districtCity(place); among && c != "" {
		return c, ""
	}
	if among || r.nameLine != nil {
		return r.lx.placeCity(place, false, among) // "Glenelg SA 5045", "Lives in Nakuru, Kenya"
	}
	return "", ""
}

// placeCity reads a place the way a contact line writes where one lives,
// from its end: a country, a postcode and a region (a state's code, a
// county, "Delta State") come off, and the last part left is the town:
// "7 Mill Lane, Glenelg SA 5045" is Glenelg (region SA), "Portrush, Co.
// Antrim, BT56" Portrush, "P.O. Box 412-20100, Nakuru, Kenya" Nakuru; a
// city that is its own country is the city ("Mong Kok, Kowloon, Hong
// Kong"). Something must come off the end, or a city label lead the place
// ("Lives in Nakuru, Kenya") or a label's value be the place (labelled),
// and the town must be written as one
// (townName), not be a title, an organisation or a school.
func (lx *Lexicon) placeCity(s string, labelled, among bool) (city, region string) {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "@|•·") {
		return "", "" // contact details run together, not one place
	}
	if loc := trailBracket.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = strings.TrimSpace(s[:loc[0]]) // "Nakuru, Kenya (open to relocation)"
	}
	if label, rest, ok := lx.placeLabel(s); ok && label != "" {
		s, labelled = rest, true
	}
	parts := commaSplit.Split(s, -1)
	if len(parts) > maxPlaceParts || utf8.RuneCountInString(s) > maxPlaceRunes {
		return "", ""
	}
	peeled, several := false, len(parts) > 1
	for len(parts) > 0 {
		last := strings.TrimSpace(parts[len(parts)-1])
		if last == "" {
			parts = parts[:len(parts)-1]
			continue
		}
		if lx.countries[last] || lx.cityStates[last] {
			if len(parts) > 1 && lx.cityStates[last] {
				return last, "" // "Bedok, Singapore"
			}
			parts, peeled = parts[:len(parts)-1], true
			continue
		}
		if countryCode.MatchString(last) && !lx.regionCodes[last] && len(parts) > 1 {
			parts = parts[:len(parts)-1] // "…, Victoria, AU": alone no sign of a place ("Go, Python, JS")
			continue
		}
		rest, code, postal, outward, n := lx.peelPlaceEnd(last)
		year := n == 1 && code == "" && !postal && yearLike.MatchString(strings.TrimSpace(last[len(rest):]))
		switch {
		case n == 0 || year:
			// (a year is no postcode: "Graduating May 2026", "Brightwave, 2019")
		case postal && !outward || n > 1 || strings.ToUpper(code) != code || several && (rest == "" || code == ""):
			// a whole postcode ("Whitby YO21 3PP"), a state's code and
			// more ("Glenelg SA 5045"), a state's name ("Halifax Nova
			// Scotia"), a code or a number in a part of its own ("Boise,
			// ID", "Geelong, 3220"); not half a postcode ("JavaScript
			// ES6") or a code after a word ("ABOUT ME", "White Card NSW",
			// "Centrelink ACT")
			peeled = true
		}
		if code != "" && region == "" {
			region = code
		}
		switch {
		case rest == "":
			parts = parts[:len(parts)-1] // "BT56", "AB T4N 1A1"
			continue
		case postal && countyName(rest) != rest || !postal && lx.isRegionName(rest):
			// (before a British or Irish postcode only an Irish county is
			// a region: "Kinsale, Co. Cork P17 X2Y4", not the town of a
			// region's name: "Mill Walk, Canterbury CT2 7NZ")
			if region == "" {
				region = rest
			}
			parts, peeled = parts[:len(parts)-1], true
			continue
		}
		parts[len(parts)-1] = rest
		break
	}
	if among && len(parts) > 1 && (houseNumber.MatchString(parts[0]) || postBox.MatchString(parts[0])) {
		// "P.O. Box 412-20100, Nakuru", "4 Quay Street, Whitby": a
		// postal address beside the phone (one alone on its line, or
		// after its label, may go on to the town on the next)
		peeled = true
	}
	if len(parts) == 0 || !peeled && !labelled {
		return "", ""
	}
	c := strings.TrimSpace(parts[len(parts)-1])
	if len(parts) > 1 && lx.cityStates[c] {
		return c, region // "8 Keppel Road, Singapore, SG"
	}
	if !townName.MatchString(c) || unitWord.MatchString(c) || lx.headings[normHeading(c)] != "" || lx.isTitle(c) || lx.isOrg(c) || lx.isSchool(c) || lx.countries[c] || lx.isRegionName(c) || lx.hasDegree(c) || lx.studyField(c) {
		// (nor a field of study: "Mechanical Engineering, Penn State")
		return "", ""
	}
	return c, region
}

// regionSuffix is the state or province written in full that ends s after
// a town without a comma ("Kingston Ontario", "Halifax Nova Scotia"), or "".
func (lx *Lexicon) regionSuffix(s string) string {
	ws := strings.Fields(s)
	for n := min(len(ws), maxRegionWords); n >= 1; n-- {
		if r := strings.Join(ws[len(ws)-n:], " "); lx.regions[r] {
			if n == len(ws) {
				return "" // the region alone ("New South Wales", not Wales after "New South")
			}
			return r
		}
	}
	return ""
}

// maxRegionWords is the most words of a region's name: "Prince Edward
// Island".
const maxRegionWords = 4

// postalAddress reports whether a place among the contact details is a
// postal address, not just a town and its region: it opens with a house's
// number or a post box, or runs to three parts or more with a number in
// them that is no year (not "深圳, 广东, China", "Go, SQL, 2019").
func postalAddress(place string) bool {
	if !strings.Contains(place, ", ") {
		return false
	}
	if houseNumber.MatchString(place) || postBox.MatchString(place) {
		return true
	}
	return strings.Count(place, ", ") >= 2 && slices.ContainsFunc(strings.Fields(place), func(w string) bool {
		return strings.IndexFunc(w, unicode.IsDigit) >= 0 && !yearLike.MatchString(strings.Trim(w, ",."))
	})
}

// postBox opens a postal address: "P.O. Box 412", "PO Box 412-20100".
var postBox = lazyRE(`^(?i:p\.?\s?o\.?\s*box|private bag)\s+\S*\d`)

// maxPlaceParts and maxPlaceRunes bound a place read by placeCity: a
// house, a street, a district, a town, a region and a country at most.
const (
	maxPlaceParts = 6
	maxPlaceRunes = 90
)

// placeLabel cuts a city label off the front of a place: "Lives in
// Nakuru", "Location: Menton, France".
func (lx *Lexicon) placeLabel(s string) (label, rest string, ok bool) {
	if l, v, kv := headKV(s); kv {
		if f, known := lx.lookupLabel(l); known && f == "city" {
			return l, strings.TrimSpace(v), true
		}
		return "", s, false
	}
	for i, c := range s {
		if c == ' ' && lx.labels[labelKey(s[:i])] == "city" {
			label, rest, ok = s[:i], strings.TrimSpace(s[i:]), true // the longest: "Based in", not "Based"
		}
	}
	if !ok {
		return "", s, false
	}
	return label, rest, ok
}

// isRegionName reports whether s is a state, province or county written
// in full ("Kerala", "Free State", "Co. Cork") or named by its kind
// ("Delta State", "Western Region": regionWord).
func (lx *Lexicon) isRegionName(s string) bool {
	return lx.regions[s] || lx.counties[countyName(s)] || regionWord.MatchString(s) && townName.MatchString(s)
}

// peelPlaceEnd takes the postcode, a country's code and a state's code off
// the end of one part of a place ("Glenelg SA 5045" is "Glenelg" in SA, "ID
// 83702 US" is ""); postal says a British or Irish postcode came off,
// which follows the town itself, outward that it was only its first half
// ("WV6"), a shape many other things have ("ES6"); n counts what came
// off.
func (lx *Lexicon) peelPlaceEnd(s string) (rest, code string, postal, outward bool, n int) {
	for ; ; n++ {
		t := strings.TrimSpace(s)
		head, word, ok := cutLast(t, " ")
		if !ok {
			head, word = "", t
		}
		regionEnd := lx.regionSuffix(t)
		switch {
		case len(word) <= 3 && lx.countries[word] && word == strings.ToUpper(word) && head != "":
			s = head // "… 83702 US"
		case lx.regionCodes[word]:
			s, code = head, word
		case head != "" && regionEnd != "":
			s, code = strings.TrimSpace(t[:len(t)-len(regionEnd)]), regionEnd // "Kingston Ontario"
		case placePostcode.MatchString(t):
			loc := placePostcode.FindStringSubmatchIndex(t)
			s, postal = t[:loc[0]], postal || loc[2] >= 0
			outward = outward || loc[4] >= 0
		default:
			return t, code, postal, outward, n
		}
	}
}

// placePostcode is a postcode at the end of a place: British ("YO21 3PP",
// "YO21": its first half captured again) and Irish ("P17 X2Y4") ones,
// captured, as they follow the town; Canadian ("T4N 1A1"), and four to
// six digits ("5045", "83702-1234", "560 034").
var placePostcode = lazyRE(`(?:^|\s)(?:(\b[A-Z]\d{2}\s?[A-Z\d]{4}|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|(\b[A-Z]{1,2}\d[A-Z\d]?))|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d|\b\d{3}\s\d{3}|\b\d{4,6}(?:-\d{4})?)$`)

// districtCity is the city of a place written among contact details as
// a district and its city ("Canton, Cardiff", "Box Hill, Melbourne VIC"):
// the last part when the lexicon knows it and not the first (which would
// be the city, before its region: "Seattle, Washington"); "" otherwise.
func (r *run) districtCity(place string) string {
	first, last, ok := strings.Cut(place, ", ")
	if !ok || strings.Contains(last, ", ") || len(strings.Fields(place)) > maxPlaceWords || strings.IndexFunc(place, unicode.IsDigit) >= 0 ||
		strings.ContainsAny(place, "@./") || r.lx.isOrg(place) || r.lx.cityIn(first) != "" {
		return ""
	}
	return r.lx.cityIn(last)
}

// maxPlaceWords is the most words of a place written among contact
// details: a district, a city and its state.
const maxPlaceWords = 5

// cityOfDistrict is the city a Chinese place starts with when a district
// of it follows (districtAfter), or, where bare districts are read (among
// the contact details), two characters of a district without 区 or 县
// ("广州海珠", "澳門氹仔"; not "广州大学"); "" otherwise.
func (r *run) cityOfDistrict(s string, bare bool) string {
	c := r.lx.hanCityPrefix(s)
	if districtAfter(s, c) {
		return c
	}
	if bare && c != "" && allHan(s) && utf8.RuneCountInString(s)-utf8.RuneCountInString(c) == bareDistrictRunes && !r.lx.isOrg(s) && !r.lx.isSchool(s) {
		return c
	}
	return ""
}

// bareDistrictRunes is how many characters a district written after its
// city without 区 or 县 has ("海珠" of "广州海珠").
const bareDistrictRunes = 2

// districtAfter reports whether the place s names the city c and then a
// district of it ("北京市海淀区", "上海·浦东", "深圳（南山）"), not an
// organisation named after the city ("北京大学").
func districtAfter(s, c string) bool {
	if c == "" {
		return false
	}
	rest := strings.TrimSpace(s[len(c):])
	if strings.HasPrefix(rest, "（") || strings.HasPrefix(rest, "(") {
		return true
	}
	if r, ok := strings.CutPrefix(rest, "市"); ok && r == "" {
		return true // "北京市"
	} else if ok {
		rest = r
	}
	// (not "株洲市社会保险事业服务中心": an office named after its city)
	return rest != "" && utf8.RuneCountInString(rest) <= maxDistrictRunes && strings.ContainsRune("区區县縣镇鎮", lastRuneOf(rest))
}

// maxDistrictRunes is the longest district written after its city.
const maxDistrictRunes = 6

// addressCityShape finds the city in a postal address by its shape.
func addressCityShape(s string) string {
	t := s
	for _, p := range []string{"自治区", "省"} {
		if i := strings.Index(t, p); i >= 0 {
			t = t[i+len(p):]
			break
		}
	}
	if m := cnCity.FindString(t); m != "" {
		return strings.TrimSuffix(m, "市") // a city is named without the word for one
	}
	if m := postcodeCity.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	if m := cityPostcode.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	if m := cityPIN.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

// alignedKV reads a label and its value separated by a wide gap instead of
// a colon: "Date of birth     14 March 1991".
func (r *run) alignedKV(l *line) (string, []kv) {
	label, value, ok := strings.Cut(l.raw, "  ")
	if !ok {
		return l.raw, nil
	}
	label, value = strings.TrimSpace(label), strings.TrimSpace(value)
	field, known := r.lx.labelField(label)
	if !known || value == "" || strings.HasPrefix(field, "entry.") || field == "drop" {
		return l.raw, nil
	}
	return "", []kv{{field: field, label: label, value: value}}
}

// contactToken files an email, phone or URL token; it reports whether t
// was one.
func (r *run) contactToken(t string) bool {
	b := &r.res.Basics
	found := false
	if e := emailRe.FindString(t); e != "" {
		if b.Email == "" && !noReply(e) {
			b.Email = e
		}
		t = strings.Replace(t, e, " ", 1)
		found = true
	}
	us := findURLs(t)
	// "name.example.org (portfolio)": a bare domain, a note on it after
	if d := strings.TrimSpace(trailAside.ReplaceAllString(t, "")); len(us) == 0 && bareDomain.MatchString(d) {
		us = []string{d}
	}
	for _, u := range us {
		found = true
		r.addURL(u)
		t = strings.Replace(t, u, " ", 1)
	}
	if p := findPhone(t); p != "" {
		if b.Phone == "" {
			b.Phone = p
		}
		found = true
	}
	return found
}

// noReply reports whether an address is a system's that takes no mail
// ("noreply@", "no-reply@", "do_not_reply@", "jobs-noreply@"): the sender
// of a job site's notice, never the person's.
func noReply(email string) bool {
	local, _, _ := strings.Cut(email, "@")
	return noReplyLocal.MatchString(local)
}

// noReplyLocal is the local part of an address that takes no mail.
var noReplyLocal = lazyRE(`(?i)(?:^|[-_.])(?:no|do[-_]?not)[-_]?reply(?:[-_.+]|$)`)

// addURL files a URL of the contact area as a profile or the personal site.
func (r *run) addURL(u string) {
	b := &r.res.Basics
	if strings.HasPrefix(strings.ToLower(u), "mailto:") {
		if b.Email == "" && !noReply(u[len("mailto:"):]) {
			b.Email = u[len("mailto:"):]
		}
		return
	}
	if p, ok := r.lx.profile(u); ok {
		for _, q := range b.Profiles {
			if sameURL(q.URL, p.URL) {
				return
			}
		}
		b.Profiles = append(b.Profiles, p)
		return
	}
	if r.lx.networkHost(u) {
		return // a repository or post on a network: not the personal site
	}
	if b.URL == "" {
		b.URL = withScheme(u)
	}
}

// basicsField files one labelled value of the contact area.
func (r *run) basicsField(field, label, value string, edu *eduBuilder) {
	b := &r.res.Basics
	if value == "" {
		return
	}
	switch {
	case field == "name":
		if fs := wideFields(value); len(fs) > 1 && r.isName(fs[0]) {
			value = fs[0] // "签名：林可    2025年3月": the date signed after a gap
		} else if !r.isName(value) && (digitCount(value) >= 7 || strings.Contains(value, "@")) {
			// "联系我：138 0000 6721 ／ x@example.com": contact details, a
			// name before them or none ("姓名：张伟 13800001111")
			r.contactToken(value)
			fs := strings.Fields(value)
			if len(fs) < 2 || !r.isName(fs[0]) {
				return
			}
			value = fs[0]
		}
		if b.Name == "" {
			r.setName(value)
			if b.Name == "" {
				b.Name = value
			}
		}
	case field == "email", field == "phone", field == "contact":
		r.contactToken(value)
	case field == "url" || field == "entry.url":
		if u := findURL(value); u != "" {
			r.addURL(u)
		}
	case field == "city":
		if b.Location == nil {
			b.Location = &schema.Location{}
		}
		if parts := splitTop(value, "、，,/／;；"); len(parts) > 1 && strings.TrimSpace(parts[0]) != "" {
			value = strings.TrimSpace(parts[0]) // "苏州、无锡": the first city wanted
		}
		if cjk, latin := splitScripts(value); cjk != "" && latin != "" && scriptRuns(value) == 2 && hasHan(firstRune(value)) {
			value = cjk // "香港 Hong Kong": the city in the language it is written first
		}
		if d := r.lx.hkDistrict(value); d != "" && b.Location.City == "" {
			b.Location.City = d // "新界荃灣"
		}
		if region, c := r.lx.provinceCity(value); c != "" && b.Location.City == "" {
			b.Location.City, b.Location.Region = c, region // "广东广州"
		}
		if m := cityDistrict.FindStringSubmatch(strings.TrimSpace(value)); m != nil && b.Location.City == "" && r.lx.cityIn(strings.TrimSuffix(m[1], "市")) != "" {
			b.Location.City = m[1] // "台中市西屯區": the city, before its district
		}
		if c, _, ok := strings.Cut(strings.NewReplacer("・", "·").Replace(strings.TrimSpace(value)), "·"); ok && b.Location.City == "" {
			if c = strings.TrimSpace(c); c != "" && r.lx.cityIn(c) == c {
				b.Location.City = c // "南京·建邺": the city, before its district
			}
		}
		if c := r.lx.hanCityPrefix(value); c != "" && b.Location.City == "" {
			b.Location.City = c // "天津市滨海新区", "上海（虹桥/浦东）", "厦门（可出差）"
		}
		if c, region := r.lx.placeCity(value, true, false); c != "" && b.Location.City == "" {
			b.Location.City = c // "Location: Menton, France"
			if b.Location.Region == "" {
				b.Location.Region = region
			}
		}
		if b.Location.City == "" {
			b.Location.City = value
		}
	case field == "address":
		if b.Location == nil {
			b.Location = &schema.Location{}
		}
		b.Location.Address = value
		if d := r.lx.hkDistrict(value); d != "" && b.Location.City == "" {
			b.Location.City = d // "新界沙田": the district a Hong Kong address names
		}
		if region, c := r.lx.provinceCity(value); c != "" && b.Location.City == "" {
			b.Location.City, b.Location.Region = c, region
		}
		if c := r.lx.addressCity(value); c != "" && b.Location.City == "" {
			b.Location.City = c
		}
		if c := r.lx.hanCityPrefix(value); c != "" && b.Location.City == "" {
			b.Location.City = c // "香港新界將軍澳": the city the address starts with
		}
	case field == "label":
		if m := trailAside.FindStringSubmatch(value); m != nil && containsAny(m[1], ":：") {
			// "机械结构工程师（意向城市：苏州、无锡）": a labelled aside
			value = strings.TrimSpace(value[:len(value)-len(m[0])])
			if l, v, ok := headKV(m[1]); ok {
				if f, known := r.lx.lookupLabel(l); known {
					r.basicsField(f, l, v, edu)
				}
			}
		}
		if m := trailAside.FindStringSubmatch(value); m != nil {
			if cities := splitTop(m[1], "、，,/"); len(cities) > 0 && !slices.ContainsFunc(cities, func(c string) bool { return r.lx.cityIn(strings.TrimSpace(c)) != strings.TrimSpace(c) }) {
				// "仓库主管（青岛）", "数学教师（南京、苏州）": the
				// cities wanted after the title, the first the city
				value = strings.TrimSpace(value[:len(value)-len(m[0])])
				r.setCity(strings.TrimSpace(cities[0]))
			}
		}
		if t := objectiveTarget(value); t != "" && r.lx.isTitle(t) {
			// "Objective: Junior Data Scientist role where I can …": the
			// title the sentence names
			value = t
		}
		if containsAny(value, "|｜") {
			value = r.headline(value) // "新媒体编辑 ｜ 可实习 5天/周 ｜ 2025 届": the post, then facts
		}
		if b.Label == "" || r.headlineLabel {
			b.Label, r.headlineLabel = value, false // a stated target beats the headline
		}
	case strings.HasPrefix(field, "edu."):
		edu.set(r, field, value)
	case strings.HasPrefix(field, "x-"):
		setX(&b.X, field, value)
	case (field == "entry.position" || field == "entry.roles") && b.Label == "" && !strings.EqualFold(label, "title"):
		// "Role | Farrier" among a person's details: the post they
		// hold, which a stated target beats (not "Title: Ms", a form's
		// honorific, or a page's title)
		b.Label, r.headlineLabel = value, true
	case strings.HasPrefix(field, "entry.x-"):
		setX(&b.X, strings.TrimPrefix(field, "entry."), value) // "所在系所 | 地理系" among a person's details
	default:
		// a network written as a label: "GitHub: github.com/x | github.com/y"
		if !r.contactToken(value) {
			setX(&b.X, "x-"+lowerFirst(strings.TrimSpace(label)), value)
		}
	}
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

func (r *run) objective(lines []*line) {
	edu := &eduBuilder{x: map[string]any{}}
	for _, l := range lines {
		lead, kvs := r.lx.splitKV(l.text)
		for _, k := range kvs {
			if k.field == "entry.position" {
				k.field = "label" // 岗位 / 职位 under 求职意向 is the target
			}
			r.basicsField(k.field, k.label, k.value, edu)
		}
		if lead == "" || len(kvs) > 0 {
			continue
		}
		if containsAny(lead, "|｜") {
			// "仓储主管 ｜ 嘉兴 ｜ 9-11K ｜ 随时到岗": the post,
			// then the city and facts, filed even when the post is known
			h := r.headline(lead)
			if h == "" {
				continue
			}
			if len(splitTop(h, "·•|｜")) < len(splitTop(lead, "·•|｜")) {
				lead = h // (parts filed; a row of posts alone stays as written)
			}
		}
		if r.res.Basics.Label != "" && !r.headlineLabel {
			continue
		}
		if r.res.Basics.Label != "" && objectiveTarget(lead) == "" && !(r.lx.isTitle(lead) && !hasSentencePunct(lead) && l.runes <= maxTitleLine) {
			continue // a stated title beats the headline under the name; other words do not ("Open to relocation")
		}
		if t := objectiveTarget(lead); t != "" && r.lx.isTitle(t) {
			r.res.Basics.Label, r.headlineLabel = t, false // "Junior Data Scientist role where I can …"
		} else if !hasSentencePunct(lead) && !strings.HasSuffix(lead, ".") && l.runes <= maxTitleLine {
			r.res.Basics.Label, r.headlineLabel = lead, false
		} else if r.res.Basics.Summary == "" {
			// a sentence that names no position, "To work in a
			// challenging environment where …": what the person says of
			// themselves, no target
			r.res.Basics.Summary = lead
		}
	}
}

func (r *run) summary(lines []*line) {
	var parts []string
	var contact []*line
	for i, l := range lines {
		if r.contactLine(l) || r.lx.isNetworkName(l.text) && i+1 < len(lines) && r.username(lines[i+1].text) || i > 0 && r.lx.isNetworkName(lines[i-1].text) && r.username(l.text) {
			contact = append(contact, l) // "About" over e-mail, phone, links
			continue
		}
		if i+1 < len(lines) && r.lx.isNetworkName(l.text) && r.contactLine(lines[i+1]) {
			continue // "GitHub" over its link
		}
		parts = append(parts, l.text)
	}
	if len(contact) > 0 {
		r.basics(contact)
	}
	if len(parts) == 0 {
		return
	}
	s := strings.Join(parts, "\n")
	if r.res.Basics.Summary == "" {
		r.res.Basics.Summary = s
	} else {
		r.res.Basics.Summary += "\n" + s
	}
}

// networkUser reads a profile written as a network's name and a username
// without a link: on one line ("GitHub: mholloway", "GitHub  mholloway",
// "GitHub / mholloway")
// or on two ("GitHub" over "mholloway"); used reports that the username
// was the next line.
func (r *run) networkUser(lines []*line, i int) (schema.Profile, bool, bool) {
	l := lines[i]
	if len(l.Links) > 0 {
		return schema.Profile{}, false, false
	}
	if r.lx.isNetworkName(l.text) && i+1 < len(lines) && len(lines[i+1].Links) == 0 && r.username(lines[i+1].text) {
		p, ok := r.lx.profileOf(l.text, strings.TrimSpace(lines[i+1].text))
		return p, true, ok
	}
	for _, sep := range []string{":", "：", " / ", " | ", " · ", " – ", "  "} {
		if name, user, ok := strings.Cut(l.raw, sep); ok && r.lx.isNetworkName(strings.TrimSpace(name)) && r.username(user) {
			p, ok := r.lx.profileOf(name, strings.TrimSpace(user))
			return p, false, ok
		}
	}
	return schema.Profile{}, false, false
}

// networkGrid reads profiles set as a grid: networks' names across one
// line, their usernames in the same columns on the next.
func (r *run) networkGrid(lines []*line, i int) []schema.Profile {
	if i+1 >= len(lines) || len(lines[i].Links) > 0 || len(lines[i+1].Links) > 0 {
		return nil
	}
	names, users := wideFields(lines[i].raw), wideFields(lines[i+1].raw)
	if len(names) < 2 || len(names) != len(users) {
		return nil
	}
	var out []schema.Profile
	for k, n := range names {
		if !r.lx.isNetworkName(n) || !r.username(users[k]) {
			return nil
		}
		p, ok := r.lx.profileOf(n, strings.TrimSpace(users[k]))
		if !ok {
			return nil
		}
		out = append(out, p)
	}
	return out
}

// username reports whether s is written like an account name: one token,
// no e-mail, no link, no CJK.
func (r *run) username(s string) bool {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "@"))
	return s != "" && utf8.RuneCountInString(s) <= 40 && !strings.ContainsAny(s, " /:@") && !hasHan(s) && !r.lx.isNetworkName(s) && findPhone(s) == ""
}

// contactLine reports whether a line of a summary section is a contact
// detail rather than prose: short, and an e-mail, phone, link or labelled
// contact field.
func (r *run) contactLine(l *line) bool {
	for _, lk := range l.Links {
		if _, ok := r.lx.profile(lk.URL); ok && l.runes <= 60 {
			return true // "mholloway" linked to its GitHub page
		}
	}
	if l.runes > 80 || hasSentencePunct(l.text) && !strings.Contains(l.text, "@") {
		return false
	}
	if emailRe.MatchString(l.text) || findPhone(l.text) != "" && l.runes <= 40 {
		return true
	}
	if us := findURLs(l.text); len(us) > 0 && len(strings.Fields(l.text)) <= 4 {
		return true
	}
	if t := strings.TrimSpace(l.text); !strings.ContainsAny(t, " \t") && !r.lx.techs[strings.ToLower(t)] && r.contactish(t) {
		// "ANALIMA.EXAMPLE.COM": a site set in capitals, alone on
		// its line (not "Next.js", a technology)
		return true
	}
	_, kvs := r.lx.splitKV(l.raw)
	for _, k := range kvs {
		switch k.field {
		case "email", "phone", "url", "city", "address", "x-wechat":
			return true
		}
	}
	return false
}

// linkTarget is what a contact link of line l adds: its target, unless
// the visible text already says it (a placeholder or scrambled mailto:
// behind a written address: the visible text wins) or the target is a
// map or a search, not a site of the person's.
func (r *run) linkTarget(l *line, lk doc.Link) (string, bool) {
	u := strings.ToLower(lk.URL)
	switch {
	case strings.HasPrefix(u, "mailto:"):
		return lk.URL, !emailRe.MatchString(l.text)
	case strings.HasPrefix(u, "tel:"):
		return lk.URL, findPhone(l.text) == ""
	}
	bare := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://"), "www.")
	for _, h := range r.lx.nonSites {
		if strings.HasPrefix(bare, h) {
			return "", false
		}
	}
	return lk.URL, true
}

// sameURL compares URLs without scheme, "www." and a trailing slash.
func sameURL(a, b string) bool {
	norm := func(u string) string {
		u = strings.ToLower(u)
		if i := strings.Index(u, "://"); i >= 0 {
			u = u[i+3:]
		}
		return strings.TrimSuffix(strings.TrimPrefix(u, "www."), "/")
	}
	return norm(a) == norm(b)
}

// personalFacts are short facts written bare in a contact line, with the
// x- field each goes to.
var personalFacts = []struct {
	re    *lazyRegexp
	field string
}{
	{lazyRE(`^(?:男|女|Male|Female)$`), "x-gender"},
	{lazyRE(`^\d{2}\s*(?:岁|周岁)(?:\s*[（(][^（）()]*[）)])?$`), "x-age"}, // "35 岁（1989年6月）"
	{lazyRE(`^\d{1,2}\s*年(?:以上)?(?:工作)?经验$`), "x-yearsOfExperience"},
	{lazyRE(`^(?:在职|离职|应届生?|在校)(?:[-－—，,、\s]*(?:随时到岗|月内到岗|\d+\s*天内到岗|考虑机会|看看机会|暂不考虑))?$`), "x-jobStatus"},
	{lazyRE(`^(?:随时到岗|(?:一周|两周|半个月|一个月|\d+\s*(?:天|周|个月))内到岗)$`), "x-availability"},
	{lazyRE(`^(?:薪资面议|面议)$`), "x-expectedSalary"},
	{payRange, "x-expectedSalary"},
	{lazyRE(`^(?:全职|兼职|实习|全職|兼職|實習)$`), "x-jobType"},
}

// payRange is a range of pay: "8-12K", "15K-20K", "8000-10000元",
// "15k-20k·14薪", "20-30万/年", "12001-18000元/月".
var payRange = lazyRE(`^\d+(?:\.\d+)?\s*[kKwW千万]?\s*[-~～–—至]\s*\d+(?:\.\d+)?\s*(?:[kKwW千万]|万/年|元/月|元)(?:\s*[·*×xX]\s*\d+\s*薪)?$`)

// isPersonalFact reports whether t is a bare fact of the contact line
// ("男", "35岁"), without filing it.
func isPersonalFact(t string) bool {
	return slices.ContainsFunc(personalFacts, func(f struct {
		re    *lazyRegexp
		field string
	}) bool {
		return f.re.MatchString(t)
	})
}

// personalFact files a bare fact of the contact line; it reports whether t
// was one.
func (r *run) personalFact(t string) bool {
	for _, f := range personalFacts {
		if f.re.MatchString(t) {
			setX(&r.res.Basics.X, f.field, t)
			return true
		}
	}
	return false
}

// setCity sets the basics city unless one is set.
func (r *run) setCity(c string) {
	b := &r.res.Basics
	if b.Location == nil {
		b.Location = &schema.Location{}
	}
	if b.Location.City == "" {
		b.Location.City = c
	}
}

// setTown files the town a place names, its region, and the place as the
// address when it is a postal address, each where none is set yet.
func (r *run) setTown(city, region, place string) {
	r.setCity(city)
	l := r.res.Basics.Location
	if l.Region == "" {
		l.Region = region
	}
	if l.Address == "" && postalAddress(place) && r.lx.addressShaped(place) {
		l.Address = place
	}
}

// setPlace files "San Francisco, CA" as city and region.
func (r *run) setPlace(s string) {
	b := &r.res.Basics
	if b.Location == nil {
		b.Location = &schema.Location{}
	}
	city, region, _ := strings.Cut(s, ",")
	city, region = strings.TrimSpace(city), strings.TrimSpace(region)
	if r.lx.cityStates[region] {
		city, region = region, "" // "Bedok, Singapore": a district of a city that is its own country
	}
	b.Location.City, b.Location.Region = city, region
}

// cityDistrict is a Chinese city and one of its districts or counties
// written after it: "台中市西屯區", "杭州市西湖区".
var cityDistrict = lazyRE(`^(\p{Han}{2,3}市)\p{Han}{1,4}[区區县縣]$`)

// onlyField reports whether every pair in kvs is of the field f.
func onlyField(kvs []kv, f string) bool {
	return len(kvs) > 0 && !slices.ContainsFunc(kvs, func(k kv) bool { return k.field != f })
}

// nameByHandle finds the name of a document whose name line no stage read
// (a sidebar of contact details set before it, a name among the lines of
// a later section): a short line anywhere that reads as a name and spells
// what the e-mail address or a profile's handle spells ("Ruth Lane"
// and ruth.lane@example.com), given name and surname in either order.
func (r *run) nameByHandle(lines []*line) {
	b := &r.res.Basics
	if b.Name != "" {
		return
	}
	var handles []string
	if i := strings.IndexByte(b.Email, '@'); i > 0 {
		handles = append(handles, handleLetters(b.Email[:i]))
	}
	for _, p := range b.Profiles {
		handles = append(handles, handleLetters(p.Username))
	}
	for _, l := range lines {
		ws := strings.Fields(l.text)
		if l.runes > maxNameByHandle || len(ws) < 2 || len(ws) > 3 || l.Marker != "" || !r.isName(l.text) {
			continue
		}
		fwd := handleLetters(strings.Join(ws, ""))
		rev := handleLetters(ws[len(ws)-1] + strings.Join(ws[:len(ws)-1], ""))
		for _, h := range handles {
			if len(h) >= minHandleLetters && (h == fwd || h == rev) {
				b.Name = strings.Join(ws, " ")
				r.traceLine(l, "the name", "a name the e-mail or a handle spells")
				return
			}
		}
	}
}

// nameIntroduced finds the name of a document written as a letter or a
// message, where the writer gives it in a sentence ("我叫林小满，女，
// 1996年的", "My name is Ruth Lane and …"), when no stage read a name.
func (r *run) nameIntroduced(lines []*line) {
	b := &r.res.Basics
	if b.Name != "" {
		return
	}
	for _, l := range lines {
		for _, m := range selfIntro.FindAllStringSubmatch(l.text, -1) {
			name := m[1]
			if name == "" {
				name = strings.TrimSpace(m[2])
			}
			if r.isName(name) {
				b.Name = name
				r.traceLine(l, "the name", "a name the writer introduces")
				return
			}
		}
	}
}

// selfIntro is a writer introducing themselves: "我叫" and a Chinese name
// ended by punctuation, a space or the line's end; "My name is" and
// words in capitals.
var selfIntro = lazyRE(`(?:我叫|我的名字(?:是|叫))\s*(\p{Han}{2,4})(?:[，,。；;、\s]|$)|(?:^|[.!?,;]\s*)(?i:my name is)\s+((?:\p{Lu}[\p{L}'’-]*\s*){2,4})(?:[,.;]|\s+(?:and|from)\b|$)`)

// maxNameByHandle is the longest line read as a name by the handle it
// spells; minHandleLetters the fewest letters of a handle that can.
const (
	maxNameByHandle  = 40
	minHandleLetters = 6
)

// handleLetters is the ASCII letters of s in lower case: what an e-mail's
// local part or a handle spells of a name ("ruth.kowalski-2" → "ruthkowalski").
func handleLetters(s string) string {
	var sb strings.Builder
	for _, c := range strings.ToLower(s) {
		if 'a' <= c && c <= 'z' {
			sb.WriteRune(c)
		}
	}
	return sb.String()
}
