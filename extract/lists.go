package extract

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/schema"
)

// datedItem splits a list item into its text and a date written at its
// start or end ("2019 ACM-ICPC 银奖", "Best Paper, 2021"); a date inside
// the text stays in it but is still returned.
func datedItem(s string) (text, date string) {
	ds := findDates(s)
	if len(ds) == 0 {
		return s, ""
	}
	d := ds[0]
	d.Start -= yearQualifier(s, d.Start) // "Dean's List  Awarded in 2024"
	before, after := strings.TrimSpace(s[:d.Start]), strings.TrimSpace(s[d.End:])
	if before == "" {
		// "2023年度公司优秀员工": the year the award is for (not "2023.01
		// 年度最佳团队", a title)
		if a, ok := strings.CutPrefix(s[d.End:], "年度"); ok && allDigits(s[d.Start:d.End]) {
			after = a
		} else if a, ok := strings.CutPrefix(after, "度"); ok && strings.HasSuffix(s[d.Start:d.End], "年") {
			after = a
		}
	}
	switch {
	case before == "" || strings.Trim(before, "(（[【") == "":
		return trimSeps(strings.TrimLeft(after, ")）]】 ")), d.ISO
	case after == "" || strings.Trim(after, ")）]】.") == "":
		return trimSeps(strings.TrimRight(before, "(（[【 ")), d.ISO
	}
	return s, d.ISO
}

var (
	awardLead  = lazyRE(`^(?:获得|荣获|获)\s*`)
	trailAside = lazyRE(`\s*[(（]([^()（）]*)[)）]$`)
)

func (r *run) awards(lines []*line) {
	// "Medal A (3)  •  Medal B (4)  •  Medal C": one award an item
	var expanded []*line
	for _, l := range lines {
		items := r.dotItems(l.text)
		if items == nil {
			expanded = append(expanded, l)
			continue
		}
		for _, it := range items {
			expanded = append(expanded, retext(l, it, it))
		}
	}
	lines = expanded
	if r.datesLead(lines) {
		r.datedAwards(lines)
		return
	}
	afterDate := false // the last line was the date of the award above
	titled := -1       // the line that gave the last award its title
	for i, l := range lines {
		if _, only := r.lx.labelOnly(l.text); only && containsAny(l.text, ":：") {
			continue
		}
		n := len(r.res.Awards)
		if d, ok := r.dateOnly(l); ok && n > 0 && r.res.Awards[n-1].Date == "" {
			r.res.Awards[n-1].Date = d // "Awarded on: Jan 01, 2022" under its award
			afterDate = true
			continue
		}
		if m := awarderLead.FindStringSubmatch(l.text); m != nil && n > 0 && r.res.Awards[n-1].Awarder == "" {
			r.res.Awards[n-1].Awarder = strings.TrimSpace(m[1] + m[2]) // "by Some Society" under its award
			continue
		}
		if n > 0 && i > 0 && titled == i-1 && r.res.Awards[n-1].Awarder == "" && r.res.Awards[n-1].Date == "" && l.runes <= maxAwarderLine && !hasSentencePunct(l.text) {
			if _, dated := findSpan(l.text); !dated && l.Heading > lines[i-1].Heading && lines[i-1].Heading > 0 {
				// "国家奖学金" as a heading over "中华人民共和国教育部" a level
				// down: who gave it
				r.res.Awards[n-1].Awarder = l.text
				continue
			}
		}
		if afterDate && n > 0 && r.res.Awards[n-1].Summary == "" && l.Heading == 0 && !l.Bold {
			if _, nextDate := r.dateOnlyAt(lines, i+1); !nextDate {
				// title, date, then what it was for
				r.res.Awards[n-1].Summary = l.text
				afterDate = false
				continue
			}
		}
		afterDate = false
		if _, dated := findSpan(l.text); n > 0 && i > 0 && !dated && l.Marker == "" && l.Indent >= lines[i-1].Indent+minSubIndent && r.res.Awards[n-1].Summary == "" {
			// "2023.11  国家奖学金, 教育部" over an indented "专业排名第 2 名，…":
			// what the award above was for
			r.res.Awards[n-1].Summary = l.text
			continue
		}
		a := schema.Award{}
		text := awardLead.ReplaceAllString(l.text, "")
		if title, awarder, date, rest, ok := datedAside(text); ok {
			// "国家奖学金 (中华人民共和国教育部, 2023.11)，专业排名第 2 名":
			// the title, who gave it and when, then what it was for
			a.Title, a.Awarder, a.Date, a.Summary = title, awarder, date, rest
			r.res.Awards = append(r.res.Awards, a)
			continue
		}
		if m := trailAside.FindStringSubmatch(text); m != nil && !allDigits(m[1]) { // ("Medal (3)": how many times, part of the title)
			var parts []string
			for _, p := range splitList(m[1]) {
				if p != "链接" && !strings.EqualFold(p, "link") {
					parts = append(parts, p)
				}
			}
			a.Summary = strings.Join(parts, ", ")
			text = strings.TrimSpace(text[:len(text)-len(m[0])])
		}
		if head, date, tail, ok := datedMidway(text); ok {
			// "国家奖学金 — 教育部, 2023.11. 专业排名第 2 名": what it was for
			// after the date
			text, a.Summary = head+" "+date, tail
		}
		a.Title, a.Date = datedItem(text)
		// "Best Paper Award, Some Workshop" : title, awarder
		if parts := splitFields(a.Title); len(parts) == 1 && !hasHan(a.Title) {
			if cs := commaSplit.Split(a.Title, -1); len(cs) == 2 {
				a.Title, a.Awarder = cs[0], cs[1]
			}
		} else if len(parts) == 2 {
			a.Title, a.Awarder = parts[0], parts[1]
		} else if cs := awarderSep.Split(a.Title, -1); len(parts) == 1 && hasHan(a.Title) && len(cs) == 2 && utf8.RuneCountInString(cs[0]) >= minAwardTitle &&
			(r.lx.isOrg(strings.TrimSpace(cs[1])) || r.lx.isSchool(strings.TrimSpace(cs[1]))) {
			a.Title, a.Awarder = strings.TrimSpace(cs[0]), strings.TrimSpace(cs[1]) // "技术创新奖, 某某有限公司", "国家奖学金—教育部"
		}
		if a.Awarder == "" {
			a.Awarder = r.employerIn(a.Title)
		}
		if a.Title != "" {
			r.res.Awards = append(r.res.Awards, a)
			titled = i
		}
	}
}

// maxAwarderLine is the longest line read as who gave the award above.
const maxAwarderLine = 40

// minAwardTitle is the shortest title an awarder is split from: "一等奖,
// 全国大学生数学建模竞赛" names the contest, not who gave the prize.
const minAwardTitle = 4

// awarderSep separates an award's title from who gave it in Chinese text:
// a comma or a dash.
var awarderSep = lazyRE(`\s*(?:[,，]|—+)\s*`)

// datedMidway splits "Title — Awarder, 2023.11. What it was for." at a
// date that ends the item's names and is followed by a full stop.
func datedMidway(s string) (head, date, tail string, ok bool) {
	ds := findDates(s)
	if len(ds) != 1 {
		return
	}
	d := ds[0]
	before, after := strings.TrimSpace(s[:d.Start]), s[d.End:]
	stop := strings.HasPrefix(after, ". ") || strings.HasPrefix(after, "。")
	if before == "" || !stop || !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, "，") {
		return
	}
	tail = strings.TrimSpace(strings.TrimLeft(after, ".。 "))
	return strings.TrimSpace(before), s[d.Start:d.End], tail, tail != ""
}

// asideRun is an aside in brackets.
var asideRun = lazyRE(`[(（]([^()（）]+)[)）]`)

// datedAside reads "Title (Awarder, 2023.11)…": an aside that holds a date
// and, besides it, the awarder only; the title before it, what follows
// it the summary.
func datedAside(s string) (title, awarder, date, rest string, ok bool) {
	for _, m := range asideRun.FindAllStringSubmatchIndex(s, -1) {
		inner := s[m[2]:m[3]]
		ds := findDates(inner)
		if len(ds) != 1 || m[0] == 0 {
			continue
		}
		d := ds[0]
		awarder = trimSeps(inner[:d.Start] + " " + inner[d.End:])
		if containsAny(awarder, ",，;；") {
			return "", "", "", "", false
		}
		return strings.TrimSpace(s[:m[0]]), awarder, d.ISO, trimSeps(s[m[1]:]), true
	}
	return "", "", "", "", false
}

// datesLead reports whether a list's items start with a date on a line of
// its own ("1 May 2024" over "Dean's List" over its awarder).
func (r *run) datesLead(lines []*line) bool {
	if len(lines) < 2 {
		return false
	}
	_, first := r.dateOnly(lines[0])
	return first && r.fieldy(lines[1], r.feature(lines[1]))
}

// datedAwards reads awards whose date line comes first, as entries:
// the date, the title and awarder under it, then what it was for.
func (r *run) datedAwards(lines []*line) {
	for _, e := range r.splitEntries(kAwards, lines) {
		h := r.readHeader(e)
		a := schema.Award{}
		if h.hasSpan {
			a.Date = h.span.Start
		}
		switch len(h.fields) {
		case 0:
		case 1:
			a.Title = h.fields[0]
		default:
			a.Title, a.Awarder = h.fields[0], h.fields[1]
		}
		var body []string
		for _, it := range r.readBody(e.body) {
			body = append(body, it.text)
		}
		if a.Title == "" && len(body) > 0 {
			a.Title, body = body[0], body[1:]
		}
		a.Summary = strings.Join(body, " ")
		if a.Title != "" {
			r.res.Awards = append(r.res.Awards, a)
		}
	}
}

// dateOnly returns the date of a line that holds a date and at most a
// label ("Awarded on: Jan 01, 2022", "获奖时间：2021.5", "2020-12").
func (r *run) dateOnly(l *line) (string, bool) {
	t := l.text
	if label, value, ok := headKV(t); ok && utf8.RuneCountInString(label) <= 16 {
		t = value
	}
	ds := findDates(t)
	if len(ds) != 1 || strings.Trim(t[ds[0].End:], " .。") != "" {
		return "", false
	}
	// the word before it that says what the date is ("Awarded 2016-09",
	// "Issued Mar 2021", yearQualifier's), or dateLead
	if before := t[:ds[0].Start-yearQualifier(t, ds[0].Start)]; strings.TrimSpace(dateLead.ReplaceAllString(before, "")) != "" {
		return "", false
	}
	return ds[0].ISO, true
}

// dateLead is a word that says what a date on a line of its own is, past
// yearQualifier's: "On: 2021-06", "获得于 2021.06".
var dateLead = lazyRE(`^\s*(?i:on)[:：]?\s*$|^\s*(?:获得于|获于|颁发于|发表于)[:：]?\s*$`)

// awarderLead is a line that names who gave an award: "by Some Society",
// "颁发单位：某协会".
var awarderLead = lazyRE(`^(?i:by|awarded by|presented by|from)\s+(.+?)[.。]?$|^(?:颁发单位|颁奖单位|授予单位)[:：]\s*(.+?)[。]?$`)

// dateOnlyAt is dateOnly of lines[i], false past the end.
func (r *run) dateOnlyAt(lines []*line, i int) (string, bool) {
	if i >= len(lines) {
		return "", false
	}
	return r.dateOnly(lines[i])
}

// employerIn returns the name of an employer of this resume named in s.
func (r *run) employerIn(s string) string {
	for _, w := range r.res.Work {
		if w.Name != "" && strings.Contains(s, w.Name) {
			return w.Name
		}
	}
	return ""
}

// certificateItems splits a line that names several certificates: at
// semicolons and enumeration commas, and at a middle dot between three
// or more items none of which is only a date or an issuer ("ACCA (2018) ·
// CPA（2016） · 初级会计职称", not "CKA · CNCF · 2020").
func (r *run) certificateItems(t string) []string {
	if parts := r.dotItems(t); parts != nil {
		return parts
	}
	// "全国计算机等级考试一级(2022)  C1驾照": items set apart by wide
	// gaps, a date in brackets closing each but the last (a gap alone
	// may part a name from its issuer)
	if hasHan(t) && !containsAny(t, ";；、") {
		// "物流师（三级）  ｜  CET-6", "焊工（高级工）  驾驶证 B2":
		// certificates apart by bars or wide gaps, each closed by the
		// word of a certificate, a grade or an exam's code
		for k, fs := range [][]string{splitTop(t, "｜|"), wideFields(t)} {
			latin := 0 // fields with no Chinese apart by gaps: one at most, beside two or more ("PMP   项目管理专业人士资格认证" is one)
			for _, f := range fs {
				if !hasHan(f) && k == 1 {
					latin++
				}
			}
			if len(fs) >= 2 && latin < max(1, len(fs)-1) && !slices.ContainsFunc(fs, func(f string) bool { return !hanCertItem.MatchString(strings.TrimSpace(f)) }) {
				for i := range fs {
					fs[i] = strings.TrimSpace(fs[i])
				}
				return fs
			}
		}
	}
	if fs := wideFields(t); len(fs) >= 2 && !containsAny(t, ";；、") && !strings.Contains(t, " · ") {
		closed := true
		for _, f := range fs[:len(fs)-1] {
			m := trailAside.FindStringSubmatch(f)
			if m == nil {
				closed = false
			} else if sp, ok := findSpan(m[1]); !ok || strings.TrimSpace(cutSpan(m[1], sp)) != "" {
				closed = false
			}
		}
		if closed {
			return fs
		}
	}
	return splitTop(t, ";；、")
}

// allDigits reports whether s is a number written in digits.
func allDigits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(c rune) bool { return c < '0' || c > '9' }) < 0
}

// dotItems splits a line at middle dots or bullets between three or more
// items none of which is only a date or an organisation ("ACCA (2018) ·
// CPA（2016） · 初级会计职称", "Army Commendation Medal (3)  •  Army
// Achievement Medal (4)  •  …"); nil for anything else.
func (r *run) dotItems(t string) []string {
	// "2023年度公司“优秀员工”；2021年“蜀云杯”一等奖；2018年…。": a run-on
	// paragraph of awards, each led by its year
	if parts := splitTop(strings.TrimRight(strings.TrimSpace(t), "。."), ";；"); len(parts) >= 2 && !slices.ContainsFunc(parts, func(p string) bool {
		ds := findDates(strings.TrimSpace(p))
		return len(ds) == 0 || ds[0].Start != 0 || strings.TrimSpace(strings.TrimSpace(p)[ds[0].End:]) == ""
	}) {
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		return parts
	}
	for _, sep := range []string{" · ", " • "} {
		parts := strings.Split(t, sep)
		if len(parts) < 3 {
			continue
		}
		if slices.ContainsFunc(parts, func(p string) bool {
			p = strings.TrimSpace(p)
			sp, dated := findSpan(p)
			return p == "" || dated && strings.TrimSpace(cutSpan(p, sp)) == "" || r.lx.isOrg(p) && !(dated && parenDate(p, sp)) // ("National Police Check (2024)": an item and its year)
		}) {
			return nil
		}
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		return parts
	}
	return nil
}

// issuedLine is the line under a certificate that says when it was
// issued, as profile pages print it: "Issued Mar 2021 · Credential ID
// ZD-19"; credentialLine one that only names or links the credential.
var (
	issuedLine     = lazyRE(`^(?i:issued(?: on)?|awarded|obtained)\s*:?\s*(.+?)(?:\s*[·•|]\s*(?i:credential id|expires|no expiration).*)?$`)
	credentialLine = lazyRE(`^(?i:credential id\b.*|show credential\b.*|see credential\b.*|verify\b.{0,20})$`)
)

// toolList returns the items of s when s is a list of tools apart by
// "、": two or more, one at least a technology the lexicon knows, none a
// certificate's or an exam's (no certificate word, no level, no digits
// but a known tool's); else nil.
func (r *run) toolList(s string) []string {
	items := strings.Split(strings.TrimSpace(s), "、")
	if len(items) < 2 {
		return nil
	}
	known := 0
	for i, it := range items {
		it = strings.TrimSpace(it)
		if it == "" || containsWord(it, r.lx.certWords) || strings.ContainsAny(it, "级證证书（）()") || strings.IndexFunc(it, unicode.IsDigit) >= 0 && !r.lx.techs[strings.ToLower(it)] {
			return nil // ("CET-4、CET-6", "雅思7.0、托福100": exams and their scores)
		}
		if r.lx.techs[strings.ToLower(it)] {
			known++
		}
		items[i] = it
	}
	if known == 0 {
		return nil // ("CPA、CFA": certificates, no tool the lexicon knows)
	}
	return items
}

func (r *run) certificates(lines []*line) {
	var items []string
	dates := map[int]string{}   // per item: the date an issued line under it gave
	issuers := map[int]string{} // per item: who issued it, the line between it and that date
	group := 0                  // the first item since the last issued line
	var cols []string           // the column headings of a table of certificates
	for _, l := range lines {
		if l.Cells == nil {
			cols = nil
		} else if r.certColumns(l.Cells) {
			cols = l.Cells // "证书名称 | 等级 | 签发日期 | 有效期至"
			continue
		} else if len(cols) == len(l.Cells) {
			if c, ok := r.certFromRow(cols, l.Cells); ok {
				r.res.Certificates = append(r.res.Certificates, c)
				continue
			}
		}
		if credentialLine.MatchString(strings.TrimSpace(stripSymbols(l.text))) {
			continue // "Show credential ↗", "Credential ID …"
		}
		if m := issuedLine.FindStringSubmatch(strings.TrimSpace(l.text)); m != nil && len(items) > group {
			if d, ok := r.dateOnly(&line{text: m[1], raw: m[1]}); ok {
				// "Certified Scrum Master" / "Scrum Alliance" / "Issued Mar
				// 2021": the name, who issued it, when
				if len(items)-group == 2 {
					issuers[group] = items[group+1]
					items = items[:group+1]
				}
				dates[len(items)-1] = d
				group = len(items)
				continue
			}
		}
		if c, ok := r.certificateRow(l); ok {
			r.res.Certificates = append(r.res.Certificates, c)
			continue
		}
		// "普通话二级甲等；CET-6；秀米、135编辑器、剪映": a list of tools among
		// the certificates, under a heading of both (技能证书), is skills
		text := l.text
		if parts := splitTop(text, "；;"); len(parts) >= 2 {
			var kept []string
			for _, p := range parts {
				if tools := r.toolList(p); tools != nil {
					r.res.Skills = append(r.res.Skills, schema.Skill{Keywords: tools})
					continue
				}
				kept = append(kept, p)
			}
			text = strings.Join(kept, "；")
			if text == "" {
				continue
			}
		}
		// "APICS CPIM（2017）；六西格玛绿带（2015.10）", "证书A、证书B（2022 年
		// 5 月）": several on one line
		its := r.certificateItems(text)
		if len(its) == 1 && text == l.text {
			its = r.certificateItems(l.raw) // items apart by wide gaps
		}
		for _, it := range its {
			if it = strings.TrimSpace(it); it != "" {
				items = append(items, it)
			}
		}
	}
	for i, text := range items {
		name, date := datedItem(text)
		issuer := issuers[i]
		if d := dates[i]; d != "" {
			date = d
		}
		validTo := ""
		if title, by, d, rest, ok := datedAside(text); ok && rest == "" {
			// "GIAC Web Application Penetration Tester (GIAC, 02/14/2023)"
			name, issuer, date = title, by, d
			if expiryWord.MatchString(by) {
				// "水上救生章（有效期至2027年5月）": when it lapses, not who issued it
				issuer, date, validTo = "", "", d
			}
		}
		c := schema.Certificate{Name: name, Issuer: issuer}
		setCertDate(&c, date)
		if validTo != "" {
			setX(&c.X, "x-validTo", validTo)
		}
		if issuer != "" {
			r.res.Certificates = append(r.res.Certificates, c)
			continue
		}
		if m := trailAside.FindStringSubmatch(name); m != nil && (r.lx.isOrg(m[1]) || hanIssuer.MatchString(m[1])) {
			// "PMP (Project Management Institute)": the issuer in brackets
			c.Name, c.Issuer = strings.TrimSpace(name[:len(name)-len(m[0])]), m[1]
			r.res.Certificates = append(r.res.Certificates, c)
			continue
		}
		parts := splitFields(name)
		if head, by, ok := strings.Cut(name, " — "); ok && strings.Count(name, " — ") == 1 && strings.Contains(head, " – ") {
			// "AWS Certified DevOps Engineer – Professional — Amazon Web
			// Services": the long dash sets the issuer apart, the short
			// one is inside the certificate's name
			parts = []string{strings.TrimSpace(head), strings.TrimSpace(by)}
		}
		if len(parts) == 1 && !hasHan(name) {
			parts = commaSplit.Split(name, -1)
		} else if a, b, ok := strings.Cut(name, " "); ok && len(parts) == 1 && allHan(a) && allHan(b) && hanCertName.MatchString(a) && hanIssuer.MatchString(b) {
			parts = []string{a, b} // "药师执业证 某市卫生局": the certificate, who issued it
		}
		// "Chartered Surveyor, Institute of Land Surveyors (ILS), Reg. No.
		// K/0381, Wexmoor": a registration's number and the place it holds in
		// close the line; neither names the certificate or who issued it
		// (x-id, x-location)
		for len(parts) >= 2 {
			last := parts[len(parts)-1]
			key := "x-id"
			if !certNumberPart.MatchString(last) {
				if key = "x-location"; !r.lx.isLocation(last) {
					break
				}
			}
			setX(&c.X, key, last)
			name = strings.TrimRight(name[:strings.LastIndex(name, last)], " ,，—–-|｜·/")
			if parts = parts[:len(parts)-1]; len(parts) == 1 && !hasHan(name) {
				parts = splitTop(name, ",，")
				for i := range parts {
					parts[i] = strings.TrimSpace(parts[i])
				}
			}
			c.Name = name
		}
		dashed := len(parts) == 2
		var head, by string
		if dashed {
			head, by, _ = strings.Cut(parts[1], ", ")
		}
		if at := strings.Index(name, head); dashed && at > 0 && certNamePart.MatchString(head) && !r.lx.isOrg(head) && !certNumber.MatchString(head) {
			// "CKA — Certified Kubernetes Administrator", "Solutions
			// Architect – Associate", "Ship Handling – manned model
			// course, Port Revel": the rest names the certificate or its
			// level, then perhaps who issued it
			c.Name = strings.TrimSpace(name[:at+len(head)])
			c.Issuer = strings.TrimSpace(by)
		} else if len(parts) == 2 && hanIssuer.MatchString(parts[0]) && !hanIssuer.MatchString(parts[1]) {
			c.Name, c.Issuer = parts[1], parts[0] // "某某游泳總會  水上救生章": who issued it, then the certificate
		} else if len(parts) == 2 && (r.lx.isOrg(parts[1]) || len(parts[1]) < len(parts[0]) || !hasHan(name) || hanCertName.MatchString(parts[0]) && hanIssuer.MatchString(parts[1])) {
			c.Name, c.Issuer = parts[0], parts[1]
		}
		if c.Name != "" {
			r.res.Certificates = append(r.res.Certificates, c)
		}
	}
}

// certNamePart is what follows a dash in a certificate's name, not who
// issued it: its long name ("Certified Kubernetes Administrator"), what
// kind of certificate it is ("manned model course") or its level alone
// ("Associate").
var certNamePart = lazyRE(`^(?:(?:Certified|Certificate|Certification)\b.*|.*\b(?i:course|certificate|certification|licen[cs]e|diploma|programme)|(?i:associate|professional|practitioner|foundation|specialty|expert|level \d+))$`)

// certNumberPart is a part of a certificate's line that only gives its
// number: "Reg. No. G/0417", "Licence no. 4471", "注册编号：EN3001".
var certNumberPart = lazyRE(`^(?:(?i:(?:[a-z]+\.?\s+){0,2}(?:no\.?|number|#)\s*:?\s*\S*\d\S*)|(?:注册|註冊|证书|證書|执业|執業)?(?:编号|編號)[:：]?\s*\S+)$`)

// hanCertName is a certificate's name in Chinese, by the word that
// closes it (证, 证书, 资格, 认证, …; a level in brackets may follow):
// "救生员證書", "药师执业证".
var hanCertName = lazyRE(`^\p{Han}*(?:证|證|证书|證書|执照|執照|资格|資格|认证|認證)(?:\s*[（(][^）)]*[）)])?$`)

// hanCertItem is one of several certificates on a Chinese line: closed
// by a certificate's word (a licence's class may follow: "驾驶证 C1"), or
// a grade's (师, 员, 工) before its level in brackets, or an exam's code
// alone or after its Chinese name ("CET-6", "英语 CET-4"); a level or a
// year in brackets may close it.
var hanCertItem = lazyRE(`(?:(?:证|證|证书|證書|执照|執照|资格|資格|认证|認證)(?:\s*[A-Z]\d)?(?:\s*[（(][^）)]*[）)])?|(?:师|師|员|員|工)\s*[（(][^）)]*[）)]|(?:^|\p{Han}\s*)[A-Z]{2,}(?:-\d+)?(?:\s*[（(][^）)]*[）)])?)$`)

// hanIssuer is a body that issues certificates, named in Chinese by
// the word that closes its name: "某某职业技术学院", "某省护理学会",
// "某省司法厅".
var hanIssuer = lazyRE(`^\p{Han}{2,}(?:学院|學院|大学|大學|学校|學校|研究院|研究所|中心|会|會|厅|廳|局|部|办公室|辦公室)$`)

// expiryWord is what an aside says before the date a certificate lapses
// on: "有效期至", "valid to", "exp.".
var expiryWord = lazyRE(`^(?:有效期至|有效期|有效至|有效期限至|(?i:valid (?:to|until|till|through|thru)|expires?(?: on)?|expiry|exp\.?))\s*:?$`)

// certNumber is a certificate's number: "Certificate No. TEPL/2022/0148".
var certNumber = lazyRE(`(?i)(?:\bno\.?|\bnumber\b|#)\s*\S*\d`)

// setCertDate gives a certificate its date: a full date as the schema's
// date, a year or a month alone as x-date.
func setCertDate(c *schema.Certificate, date string) {
	if len(date) == len("2006-01-02") {
		c.Date = date
	} else if date != "" {
		if c.X == nil {
			c.X = map[string]any{}
		}
		c.X["x-date"] = date
	}
}

// certColumns reports whether a table row heads the columns of a table of
// certificates: one cell names the certificate, another its date or who
// issued it (certificate.* labels); other columns may be anything.
func (r *run) certColumns(cells []string) bool {
	fields := map[string]bool{}
	for _, c := range cells {
		if f, ok := r.lx.labelField(strings.TrimSpace(c)); ok && strings.HasPrefix(f, "x-award.") {
			return false // "奖项名称 | 获得时间 | 颁发机构": a table of awards
		}
		if f := r.certColumn(c); f != "" {
			fields[f] = true
		}
	}
	// (a table with no column for the name names them in its first:
	// "Course | Cert. No. | Date Issued | Training Center")
	return (fields["name"] || len(fields) >= 2) && (fields["date"] || fields["issuer"])
}

// certColumn is the field of a certificate a column heading names: name,
// date or issuer (a certificate label, or the columns lexicon's cert.*).
func (r *run) certColumn(c string) string {
	c = strings.TrimSpace(c)
	label, _ := r.lx.labelField(c)
	for _, f := range []string{label, r.lx.columns[strings.ToLower(c)]} {
		switch f {
		case "entry.dates", "entry.start", "edu.endDate":
			return "date" // "Date", "Year"
		}
		if k, ok := strings.CutPrefix(f, "x-certificate."); ok {
			return k
		}
		if k, ok := strings.CutPrefix(f, "cert."); ok {
			return k
		}
	}
	return ""
}

// certFromRow reads a row of a table of certificates by its column
// headings: the name, the date, who issued it; other columns are left out.
func (r *run) certFromRow(cols, cells []string) (schema.Certificate, bool) {
	var c schema.Certificate
	date := ""
	// with no column for the name, the first column of no other field names
	// them ("Course | Cert. No. | Date Issued | Training Center")
	nameCol := slices.IndexFunc(cols, func(h string) bool { return r.certColumn(h) == "name" })
	if nameCol < 0 {
		nameCol = slices.IndexFunc(cols, func(h string) bool { return r.certColumn(h) == "" })
	}
	for i, cell := range cells {
		cell = strings.TrimSpace(cell)
		if strings.Trim(cell, "—–-/ 无") == "" {
			continue
		}
		f := r.certColumn(cols[i])
		if i == nameCol {
			f = "name"
		}
		switch f {
		case "name":
			c.Name = cell
		case "issuer":
			c.Issuer = cell
		case "date":
			if d, ok := r.dateOnly(&line{text: cell, raw: cell}); ok && date == "" {
				date = d
			}
		}
	}
	setCertDate(&c, date)
	return c, c.Name != ""
}

// certificateRow reads a certificate set out in fields apart: "2021
// Certified Kubernetes Administrator  Cloud Native Computing Foundation", its date,
// its name and who issued it, in any order of date.
func (r *run) certificateRow(l *line) (schema.Certificate, bool) {
	fs := wideFields(l.raw)
	if len(fs) < 2 || len(fs) > 3 || hasSentencePunct(l.text) || containsAny(l.text, "|｜;；、") {
		return schema.Certificate{}, false // (separators say how the line splits)
	}
	var names []string
	date := ""
	for _, f := range fs {
		if d, ok := r.dateOnly(&line{text: f, raw: f}); ok && date == "" {
			date = d
			continue
		}
		names = append(names, f)
	}
	if len(names) != 2 || !(r.lx.isOrg(names[1]) || len(names[1]) < len(names[0])) || len(r.certificateItems(l.raw)) > 1 {
		return schema.Certificate{}, false // (or two items, the first closed by its date)
	}
	c := schema.Certificate{Name: names[0], Issuer: names[1]}
	setCertDate(&c, date)
	return c, true
}

// gbCitation is a GB/T 7714 reference: authors, title, a type mark such as
// [J] (journal) or [C] (proceedings), then the venue.
var gbCitation = lazyRE(`^[^.．]+[.．]\s*(.+?)\[(?:J|C|M|D|R|P|S|N|A|Z|EB/OL|J/OL)\]\s*(.*)$`)

// apaCitation is an APA-style reference: authors, (year), title, venue.
var apaCitation = lazyRE(`^[^()]+\((\d{4})[a-z]?\)\.\s+(.+?[^A-Z])[.?!]\s+(.*)$`)

var quoted = lazyRE(`[“"「《]([^”"」》]{4,})[”"」》]`)

func (r *run) publications(lines []*line) {
	var head *line // the line the last publication was read from
	year := ""     // a date on a line of its own, over the publications of that year
	add := func(p schema.Publication) {
		if p.ReleaseDate == "" {
			p.ReleaseDate = year
		}
		r.res.Publications = append(r.res.Publications, p)
	}
	for i, l := range lines {
		if _, only := r.lx.labelOnly(l.text); only && containsAny(l.text, ":：") {
			continue // a group label such as "前端相关文章："
		}
		if n := len(r.res.Publications); n > 0 && head != nil {
			// the venue alone between the title and the date ("Journal
			// of Applied Forecasting" over "2022-06")
			_, dateNext := r.dateOnlyAt(lines, i+1)
			if r.publicationGoesOn(&r.res.Publications[n-1], head, l, dateNext && lines[i-1] == head) {
				continue
			}
		}
		if d, ok := r.dateOnly(l); ok {
			if n := len(r.res.Publications); n > 0 && r.res.Publications[n-1].ReleaseDate == "" && year == "" {
				r.res.Publications[n-1].ReleaseDate = d // under its title and venue
				head = l
			} else {
				year = d // "2023" over the publications of that year
			}
			continue
		}
		head = l
		p := schema.Publication{}
		text := l.text
		if u := findURL(text); u != "" {
			p.URL = withScheme(u)
			text = strings.TrimSpace(strings.Replace(text, u, "", 1))
		}
		if m := gbCitation.FindStringSubmatch(text); m != nil {
			// GB/T 7714: "作者. 题名[J]. 刊名, 2023, 43(6): 112-124."
			p.Name = strings.TrimSpace(m[1])
			venue := strings.TrimLeft(m[2], "/.． ")
			if i := indexAny(venue, ",，"); i > 0 {
				venue = venue[:i]
			}
			p.Publisher = strings.TrimSpace(venue)
			if d := findDates(m[2]); len(d) > 0 {
				p.ReleaseDate = d[0].ISO
			}
			add(p)
			continue
		}
		if m := apaCitation.FindStringSubmatch(text); m != nil {
			// "Authors (2022). Title. Venue, pages."
			p.ReleaseDate, p.Name = m[1], strings.TrimSpace(m[2])
			p.Publisher = strings.TrimRight(strings.TrimSpace(m[3]), ".")
			add(p)
			continue
		}
		p.Name, p.ReleaseDate = datedItem(text)
		if m := bookTitle.FindStringSubmatch(strings.TrimRight(p.Name, " ,，.。")); m != nil {
			// "《题名》，刊名": the title in its brackets, the venue after it
			p.Name = m[1]
			if venue := trimSeps(m[2]); venue != "" {
				if parts := commaSplit.Split(venue, -1); len(parts[0]) > 0 {
					p.Publisher = parts[0]
				}
			}
			add(p)
			continue
		}
		if m := quoted.FindStringSubmatch(p.Name); m != nil && !hasHan(p.Name) {
			p.Name = strings.TrimRight(m[1], ".,")
		}
		if len(p.ReleaseDate) > 0 && p.Name != "" {
			p.Name = strings.TrimRight(p.Name, " .,(（")
		}
		if p.Name != "" {
			add(p)
		}
	}
}

// fluencyOf is the level written after a language's name: separators
// before it go, brackets around the whole of it go, brackets inside it
// stay ("（母语）" is 母语, "CET-6（561）" stays).
func fluencyOf(s string) string {
	s = strings.TrimLeft(strings.TrimSpace(s), ":：-–—·•/ ")
	if m := trailAside.FindStringSubmatch(s); m != nil && len(m[0]) == len(s) {
		s = m[1]
	}
	s = trimUnbalanced(strings.TrimSpace(s))
	// a grid of CEFR levels, one per skill, all the same: the level once
	// ("C1  C1  C1  C1  C1")
	if f := strings.Fields(s); len(f) > 1 && cefrLevel.MatchString(f[0]) && slices.IndexFunc(f, func(x string) bool { return x != f[0] }) < 0 {
		return f[0]
	}
	return s
}

// venueLead is a line that names where a publication appeared.
var venueLead = lazyRE(`^(?i:published (?:by|in)|publisher[:：]?|in[:：]|appeared in)\s+(.+?)[.。]?$|^(?:发表于|刊于|收录于)[:：]?\s*(.+?)[。]?$`)

// maxVenueWords is the most words of a venue on a line of its own.
const maxVenueWords = 8

// publicationGoesOn reads a line under a publication as part of it, when
// it is: the line again (a text layer's duplicate), where it appeared
// ("Published by Some Journal", or a short line under the title in bold
// or in the venue's slot, between the title and the date), or a sentence
// on what it is about. It reports whether the line was taken.
func (r *run) publicationGoesOn(p *schema.Publication, head, l *line, venueSlot bool) bool {
	if l.text == head.text {
		return true
	}
	if _, dated := findSpan(l.text); dated || l.Marker != "" && head.Marker != "" {
		return false
	}
	if m := venueLead.FindStringSubmatch(l.text); m != nil && p.Publisher == "" {
		p.Publisher = strings.TrimSpace(m[1] + m[2])
		return true
	}
	if p.Publisher == "" && (head.Bold && !l.Bold || venueSlot) && l.Marker == "" && !hasSentencePunct(l.text) && !strings.HasSuffix(l.text, ".") && len(strings.Fields(l.text)) <= maxVenueWords {
		p.Publisher = l.text // "Journal of Applied Forecasting" under the title in bold
		return true
	}
	_, headDated := findSpan(head.text)
	apart := headDated || !sameStyle(head, l) || l.Indent > head.Indent
	sentence := hasSentencePunct(l.text) && len(strings.Fields(l.text)) >= minSentenceWords ||
		strings.HasSuffix(l.text, ".") && len(strings.Fields(l.text)) >= minSentenceWords || hasHan(l.text) && strings.HasSuffix(l.text, "。")
	if sentence && apart {
		// (a line of its own like the one above, undated, is the next
		// publication: "Doe J. A title. Some Journal.")
		if p.Summary == "" {
			p.Summary = l.text
		} else {
			p.Summary += " " + l.text
		}
		return true
	}
	return false
}

var langSplit = lazyRE(`^(.+?)\s*(?:[(（](.+?)[)）]|[:：\-–—·•]\s*(.+)|\s+(.+))$`)

// dialectName is a dialect the languages lexicon cannot list, named by
// its town: "宁波话", "Ningbo dialect", "宁波话 Ningbo dialect (native)".
var dialectName = lazyRE(`^(?:(?:\p{Han}{1,4}[话話]\s+)?\p{Lu}\p{Ll}+\s+(?i:dialect)\b|\p{Han}{1,4}[话話](?:\s|$|[(（]))`)

// langItem is an item shaped like a language and its level: "Tamil (basic)".
var langItem = lazyRE(`^\p{Lu}\p{Ll}+\s*(?:[(（]|[-–—:]\s)`)

// languageAt returns the known language name s starts with, or "".
func (lx *Lexicon) languageAt(s string) string {
	first, _ := utf8.DecodeRuneInString(s)
	for _, name := range lx.langByFirst[unicode.ToLower(first)] {
		if len(s) >= len(name) && strings.EqualFold(s[:len(name)], name) {
			rest := s[len(name):]
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) || hasHan(name) {
				return s[:len(name)]
			}
		}
	}
	return ""
}

// spokenLanguageLine reports whether a line under a heading that names
// languages among other sections opens with a spoken language (in one
// script or two) and its level or test: "English — native", "英语
// English：CET-6", "Spanish (B2)"; not "English Literature and Language,
// BA", "英语教师资格证", "French-English Translator Certificate".
func (r *run) spokenLanguageLine(t string) bool {
	name := r.lx.languageAt(t)
	if name == "" {
		return false
	}
	rest := strings.TrimLeftFunc(t[len(name):], unicode.IsSpace)
	if other := r.lx.languageAt(rest); other != "" && hasHan(other) != hasHan(name) && len(rest) < len(t[len(name):]) {
		rest = rest[len(other):] // "英语 English：…"
	}
	if rest == "" {
		return true
	}
	if c, _ := utf8.DecodeRuneInString(rest); c == ':' || c == '：' {
		return true // "英语：CET-6", a label and its value
	}
	ws := strings.Fields(strings.TrimLeft(rest, "—–-(（,，|·/ \t"))
	if len(ws) == 0 {
		return false
	}
	w := strings.Trim(ws[0], "()（）,，;；")
	return r.lx.levels[strings.ToLower(w)] || cefrLevel.MatchString(w) || languageTest.MatchString(w)
}

// languageTest is a language test or a level written after a language:
// "CET-6", "IELTS", "N1", "HSK5", "native", "fluent", "母语".
var languageTest = lazyRE(`(?i)^(?:CET|IELTS|TOEFL|TOEIC|HSK|JLPT|TEM|DELF|DALF|TestDaF|TOPIK|N[1-5]$|native|fluent|bilingual|conversational|professional|basic|intermediate|advanced|elementary|beginner|mother|母语|流利|熟练|精通|良好|一般|基础)`)

// cefrLevel is a level of the Common European Framework of Reference for
// Languages.
var cefrLevel = lazyRE(`^[ABC][12]\+?$`)

// languageLevels reports whether s is a spoken language and its levels on
// the CEFR scale, and nothing else: "English C1", "German  B1  B1  A2".
func (lx *Lexicon) languageLevels(s string) bool {
	s = strings.TrimSpace(s)
	name := lx.languageAt(s)
	if name == "" || hasHan(name) {
		return false
	}
	levels := strings.FieldsFunc(s[len(name):], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",;:|/()–-", r) })
	for _, l := range levels {
		if !cefrLevel.MatchString(l) {
			return false
		}
	}
	return len(levels) > 0
}

// languages reads "英语 CET-6", "English (fluent), Spanish (B2)",
// "英语 | 读写熟练 | 听说良好": an item that starts with a language name
// starts a language; other items add to its fluency.
// bracketFluency is a language and its fluency in brackets after it.
var bracketFluency = lazyRE(`^([^()（）]{1,40}?)\s*[(（]([^()（）]{1,40})[)）]$`)

// languagesInProse reads the languages a sentence names, each with the
// words before it in its clause as its level: "Fluent in English and
// Hindi; basic Tamil." gives English and Hindi (fluent) and Tamil
// (basic). It reads only a sentence in Latin letters that starts with no
// language's name (a list of languages is read item by item).
func (r *run) languagesInProse(text string) []schema.Language {
	if hasHan(text) || r.lx.languageAt(text) != "" || len(strings.Fields(text)) < minProseLanguageWords ||
		!unicode.IsLetter(firstRuneOf(text)) || strings.ContainsAny(text, "()（）") || lowerWords(text) == 0 {
		return nil // (a list: "🇧🇷 Portuguese (native), 🇬🇧 English (fluent)")
	}
	var out []schema.Language
	for _, clause := range strings.FieldsFunc(text, func(c rune) bool { return c == ';' || c == '.' || c == ',' }) {
		type hit struct {
			at   int
			name string
		}
		var hits []hit
		low := strings.ToLower(clause)
		for _, name := range r.lx.languages {
			if hasHan(name) {
				continue
			}
			ln := strings.ToLower(name)
			for i := strings.Index(low, ln); i >= 0; {
				if wordBoundary(low, i, i+len(ln)) && !slices.ContainsFunc(hits, func(h hit) bool { return i >= h.at && i < h.at+len(h.name) }) {
					hits = append(hits, hit{i, clause[i : i+len(ln)]})
					break
				}
				j := strings.Index(low[i+1:], ln)
				if j < 0 {
					break
				}
				i += 1 + j
			}
		}
		if len(hits) == 0 {
			continue
		}
		slices.SortFunc(hits, func(a, b hit) int { return a.at - b.at })
		level := strings.TrimSpace(clause[:hits[0].at])
		level = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(level, " in"), ":"))
		for _, h := range hits {
			out = append(out, schema.Language{Language: h.name, Fluency: level})
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// minProseLanguageWords is the fewest words of a sentence read for the
// languages it names.
const minProseLanguageWords = 4

// languageNames reports whether s is a language's name, or its name in
// two languages ("粤语 Cantonese").
func (lx *Lexicon) languageNames(s string) bool {
	s = strings.TrimSpace(s)
	name := lx.languageAt(s)
	if name == "" {
		return false
	}
	rest := strings.TrimSpace(s[len(name):])
	return rest == "" || lx.languageAt(rest) == rest
}

func (r *run) languages(lines []*line) {
	var skills []string // the skills a grid's columns rate, after its heading row
	for _, l := range lines {
		if s := r.languageGridHead(l); s != nil {
			skills = s // "語言 | 講 | 寫": a grid of languages rated per skill
			continue
		}
		if cells := gridCells(l); skills != nil && len(cells) == len(skills)+1 {
			lang := schema.Language{Language: strings.TrimSpace(cells[0])}
			for i, v := range cells[1:] {
				switch v = strings.TrimSpace(v); {
				case strings.Trim(v, "—–-/ ") == "":
					// (not rated)
				case i == 0:
					lang.Fluency = v
				default:
					setX(&lang.X, "x-"+skills[i], v)
				}
			}
			r.res.Languages = append(r.res.Languages, lang)
			continue
		}
		skills = nil
		if label, value, ok := headKV(l.text); ok && r.lx.languageAt(label) == "" && r.lx.languageAt(value) != "" {
			l = retext(l, value, value) // "Other: Italian (basic)": a group's label before the languages
		} else if label, value, ok := r.gapLabel(l); ok && r.lx.languageAt(label) == "" && r.lx.languageAt(value) != "" {
			l = retext(l, value, value) // "外语        英语（CET-6）": the section's name as a label, a gap, the languages
		}
		var cur *schema.Language
		if n := len(r.res.Languages); n > 0 && r.res.Languages[n-1].Fluency == "" && l.runes <= 30 &&
			!containsAny(l.raw, "、，,;；|｜") && r.lx.languageAt(l.text) == "" && !strings.Contains(l.raw, "  ") {
			r.res.Languages[n-1].Fluency = strings.TrimSpace(l.text) // "English" / "Native speaker"
			continue
		}
		if ls := r.languagesInProse(l.text); ls != nil {
			r.res.Languages = append(r.res.Languages, ls...) // "Fluent in English and Hindi; basic Tamil."
			continue
		}
		if f := wideFields(l.raw); len(f) == 2 && !containsAny(l.raw, "、，,;；|｜") {
			r.res.Languages = append(r.res.Languages, schema.Language{Language: f[0], Fluency: f[1]}) // "English  Native"
			continue
		}
		for _, item := range r.languageItems(l.raw) {
			item = stripIcons(item) // "🇧🇷 Portuguese (native)": a flag before the name
			if item == "" {
				continue
			}
			name := r.lx.languageAt(item)
			if name == "" && cur != nil && !langItem.MatchString(item) && !dialectName.MatchString(item) {
				cur.Fluency = strings.TrimSpace(cur.Fluency + ", " + item)
				cur.Fluency = strings.TrimPrefix(cur.Fluency, ", ")
				continue
			}
			lang := schema.Language{Language: item}
			if m := bracketFluency.FindStringSubmatch(item); m != nil && name != "" && r.lx.languageNames(m[1]) {
				// "粤语 Cantonese（母语 Native）": the name in both scripts, the
				// fluency in brackets
				lang.Language, lang.Fluency = strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
			} else if name != "" {
				rest := item[len(name):]
				if other := r.lx.languageAt(strings.TrimLeft(rest, " ")); other != "" && hasHan(other) != hasHan(name) {
					// "普通话 Mandarin – native": the name in both scripts,
					// as the bracketed form above keeps it
					name = item[:len(item)-len(strings.TrimLeft(rest, " "))+len(other)]
					rest = item[len(name):]
				}
				lang.Language = name
				lang.Fluency = fluencyOf(rest)
			} else if m := dialectName.FindString(item); m != "" {
				lang.Language = strings.TrimRight(m, " (（") // "宁波话 Ningbo dialect – native"
				lang.Fluency = fluencyOf(item[len(lang.Language):])
			} else if m := langSplit.FindStringSubmatch(item); m != nil {
				lang.Language = strings.TrimSpace(m[1])
				lang.Fluency = strings.TrimSpace(m[2] + m[3] + m[4])
			}
			r.res.Languages = append(r.res.Languages, lang)
			cur = &r.res.Languages[len(r.res.Languages)-1]
		}
	}
}

// languageGridHead reads the heading row of a grid of languages: a
// column of languages, then columns that each rate a skill
// (language_skills.tsv): "語言 | 講 | 寫", "Language  Speaking  Writing",
// "語言講 寫" (a PDF's cells run together). It returns the skills in order
// or nil.
func (r *run) languageGridHead(l *line) []string {
	cells := gridCells(l)
	if len(cells) == 1 {
		// "語言講 寫": the language column's heading runs into the first
		// skill's, one character each
		for w, k := range r.lx.languageSkills {
			if rest, ok := strings.CutPrefix(strings.ToLower(l.text), w); ok && k == "language" && hasHan(w) {
				cells = append([]string{w}, strings.Fields(rest)...)
				break
			}
		}
	}
	if len(cells) < 2 || r.lx.languageSkills[strings.ToLower(strings.TrimSpace(cells[0]))] != "language" {
		return nil
	}
	var skills []string
	for _, c := range cells[1:] {
		k := r.lx.languageSkills[strings.ToLower(strings.TrimSpace(c))]
		if k == "" || k == "language" {
			return nil
		}
		skills = append(skills, k)
	}
	return skills
}

// gridCells are a line's cells: a table's, else its fields set apart by
// wide gaps.
func gridCells(l *line) []string {
	if l.Cells != nil {
		return l.Cells
	}
	return wideFields(l.raw)
}

// languageSeps set apart the languages of a list when each piece starts
// with a language's name: "Mandarin (native) / English (fluent, IELTS
// 7.5) · Cantonese (basic)", or a converter's "English (fluent) ·华语
// Mandarin", the dot glued to the next name.
var languageSeps = []string{" / ", " · ", " • ", " ·", " •"}

// afterBrackets splits s after each closing bracket a space follows:
// "粵語（母語） 普通話（流利）" is "粵語（母語）", "普通話（流利）".
func afterBrackets(s string) []string {
	var parts []string
	for {
		i := -1
		for _, sep := range []string{"） ", ") "} {
			if j := strings.Index(s, sep); j >= 0 && (i < 0 || j < i) {
				i = j
			}
		}
		if i < 0 {
			break
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		parts = append(parts, strings.TrimSpace(s[:i+w]))
		s = strings.TrimSpace(s[i+w:])
	}
	if s != "" {
		parts = append(parts, s)
	}
	return parts
}

// languageItems splits a line of languages into its items.
func (r *run) languageItems(raw string) []string {
	var fs []string
	for _, f := range wideFields(raw) {
		if n := len(fs); n > 0 && (strings.HasPrefix(f, "(") || strings.HasPrefix(f, "（")) {
			fs[n-1] += " " + f // "Cantonese 粤语  (spoken only)": an aside on the one before
			continue
		}
		fs = append(fs, f)
	}
	if len(fs) >= 2 && !slices.ContainsFunc(fs, func(p string) bool { return r.lx.languageAt(strings.TrimSpace(stripIcons(p))) == "" }) {
		return fs // "English   Welsh   Breton", "英语：CET-6    日语：N3": each set apart by a gap
	}
	if parts := afterBrackets(raw); len(parts) >= 2 && !slices.ContainsFunc(parts, func(p string) bool { return r.lx.languageAt(strings.TrimSpace(stripIcons(p))) == "" }) {
		return parts // "粵語（母語） 普通話（流利） 英語（良好）": each language and its level in brackets, a space apart
	}
	for _, sep := range languageSeps {
		parts := strings.Split(raw, sep)
		for i, p := range parts {
			parts[i] = stripIcons(p)
		}
		// each piece a known language, or shaped as one and its level
		// ("Dholuo – native") when the first is known
		if len(parts) > 1 && r.lx.languageAt(strings.TrimSpace(parts[0])) != "" && !slices.ContainsFunc(parts, func(p string) bool {
			p = strings.TrimSpace(p)
			return r.lx.languageAt(p) == "" && !dialectName.MatchString(p) && (!langItem.MatchString(p) || r.lx.techs[strings.ToLower(strings.Fields(p)[0])]) // (not "Python – advanced")
		}) {
			return parts
		}
	}
	return splitTop(raw, "、，,;；|｜")
}

func (r *run) interests(lines []*line) {
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if label, value, ok := headKV(l.text); ok {
			r.res.Interests = append(r.res.Interests, schema.Interest{Name: label, Keywords: splitList(value)})
			continue
		}
		if i+1 < len(lines) && namesOver(l, lines[i+1]) {
			// "Home automation" in bold over "Home Assistant, Zigbee"
			r.res.Interests = append(r.res.Interests, schema.Interest{Name: l.text, Keywords: splitList(lines[i+1].text)})
			i++
			continue
		}
		for _, item := range splitList(l.text) {
			r.res.Interests = append(r.res.Interests, schema.Interest{Name: item})
		}
	}
}

// Bounds of a name set over the items it names.
const (
	maxNameOverRunes = 30 // runes of the name
)

// namesOver reports whether a line names the line under it: a short name in
// bold or heading style, no list in it, over plain text in another style
// (an interest over its keywords).
func namesOver(name, items *line) bool {
	return (name.Bold || name.Heading > 0) && name.Marker == "" && name.runes <= maxNameOverRunes &&
		!containsAny(name.text, "、，,;；/|:：") &&
		!items.Bold && items.Heading == 0 && !sameStyle(name, items)
}

var onRequest = lazyRE(`(?i)available (?:up)?on request|备索|可提供`)

func (r *run) references(lines []*line) {
	for _, l := range lines {
		if onRequest.MatchString(l.text) {
			continue
		}
		ref := schema.Reference{Reference: l.text}
		if label, value, ok := headKV(l.text); ok {
			ref = schema.Reference{Name: label, Reference: value}
		}
		r.res.References = append(r.res.References, ref)
	}
}

func (r *run) other(lines []*line) {
	for _, l := range lines {
		if r.contactToken(stripSymbols(l.text)) {
			continue // contact details under a heading of their own
		}
		r.warn(l, "text under an unknown heading left out")
	}
}

// finish fills what needs the whole resume.
func (r *run) finish() {
	r.mergeBasicsEducation()
	absoluteURLs(r.res)
	b := &r.res.Basics
	if l := b.Location; l != nil && l.City == "" && l.Address == "" && l.Region == "" && l.CountryCode == "" && l.PostalCode == "" {
		b.Location = nil
	}
	if label, alt, ok := twoScriptLabel(b.Label); ok && (hasHan(alt) || r.lx.isTitle(alt)) {
		b.Label = label // "Glassblower · 玻璃吹制师": the headline in its first script
		setX(&b.X, "x-altLabel", alt)
	}
}

// absoluteURLs makes every URL of the resume absolute, as the schema's
// "uri" format asks ("github.com/ana" gets https://), and drops one that
// is no URL after all (white space, brackets of Markdown link syntax).
func absoluteURLs(res *schema.Resume) {
	fix := func(u *string) {
		if *u == "" {
			return
		}
		v := strings.TrimSpace(*u)
		if strings.ContainsAny(v, " \t\n[]<>\"") {
			*u = ""
			return
		}
		if p, err := url.Parse(v); err == nil && p.IsAbs() {
			*u = v
			return
		}
		v = "https://" + v
		if p, err := url.Parse(v); err != nil || p.Host == "" {
			v = ""
		}
		*u = v
	}
	b := &res.Basics
	fix(&b.URL)
	fix(&b.Image)
	for i := range b.Profiles {
		fix(&b.Profiles[i].URL)
	}
	for i := range res.Work {
		fix(&res.Work[i].URL)
	}
	for i := range res.Volunteer {
		fix(&res.Volunteer[i].URL)
	}
	for i := range res.Education {
		fix(&res.Education[i].URL)
	}
	for i := range res.Certificates {
		fix(&res.Certificates[i].URL)
	}
	for i := range res.Publications {
		fix(&res.Publications[i].URL)
	}
	for i := range res.Projects {
		fix(&res.Projects[i].URL)
	}
}
