package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/schema"
)

// isTechList reports whether a header field is a list of short items:
// "C, ESP32, MQTT, InfluxDB", "Vue 3 / Three.js".
func isTechList(f string) bool {
	items := splitTop(slashSplit(f), "、，,;；")
	if len(items) < 2 || hasSentencePunct(f) {
		return false
	}
	for _, it := range items {
		if width(strings.TrimSpace(it)) > 24 {
			return false
		}
	}
	return true
}

// toolLeadRe is a project written on one line: its name, its tools (and
// year) in brackets, then its description after a colon or a spaced dash,
// or nothing.
var toolLeadRe = lazyRE(`^([^()（）:：]{2,40}?)\s*[(（]([^()（）]{2,80})[)）]\s*(?:(?:[:：]|\s[-–—]{1,2}(?:\s|$))\s*(.*))?$`)

// toolLead reads a project written on one line with its tools in brackets
// after its name: "Roster merger (Python, pandas) — a script …",
// "Attendance model (Python, scikit-learn, 2024): flags …". Half the
// items in the brackets or more name technologies; a year among them
// dates the project.
// A name that opens with a verb is a sentence, no project.
func (r *run) toolLead(l *line) (schema.Project, bool) {
	m := toolLeadRe.FindStringSubmatch(l.text)
	if m == nil {
		return schema.Project{}, false
	}
	name := strings.TrimSpace(m[1])
	if hasSentencePunct(name) || r.lx.startsWithVerb(name) || r.lx.isTitle(name) || r.lx.isOrg(name) {
		return schema.Project{}, false
	}
	p := schema.Project{Name: name, Description: strings.TrimSpace(m[3])}
	var tools []string
	for _, it := range splitList(m[2]) {
		if sp, ok := findSpan(it); ok && strings.TrimSpace(cutSpan(it, sp)) == "" && p.StartDate == "" {
			p.StartDate = sp.Start
			if sp.Range {
				p.EndDate = sp.End
			}
			continue
		}
		tools = append(tools, it)
	}
	if n := r.techCount(tools); n == 0 || 2*n < len(tools) {
		return schema.Project{}, false
	}
	for _, t := range tools {
		p.Keywords = append(p.Keywords, r.keywords(t)...)
	}
	return p, true
}

// dashLeadRe is a project written on one line as its name, a spaced dash
// and what it is: "kube-slo-lint — checks SLO files in CI (Go)",
// "Route Planner (https://github.com/x/rp) – plans routes".
var dashLeadRe = lazyRE(`^(.{2,` + strconv.Itoa(maxLeadName) + `}?)(?:\s*[(<（]((?:https?://|www\.|github\.com/)[^()<>（）\s]+)[)>）])?\s+[-–—]{1,2}\s+(.+)$`)

// maxLeadName is the longest name before the dash, in runes.
const maxLeadName = 40

// repoName is a project's name as a repository spells it: "kube-slo-lint",
// "tiny_cache", "dotfiles".
var repoName = lazyRE(`^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+$`)

// capitalWords reports whether s is two or more words, each capitalised.
func capitalWords(s string) bool {
	ws := strings.Fields(s)
	return len(ws) >= 2 && !slices.ContainsFunc(ws, func(w string) bool { return !unicode.IsUpper(firstRuneOf(w)) })
}

// maxLeadNameWords is the most words of a project's name before a dash.
const maxLeadNameWords = 4

// dashLead reads a project written on one line as its name, a spaced dash
// and its description, a link or its tools in brackets at either end. The
// name is a few capitalised words, Chinese, or a repository's name; it is
// no title, no organisation, no label, no date, and what follows is no
// title (that is "Name, Role").
func (r *run) dashLead(l *line) (schema.Project, bool) {
	m := dashLeadRe.FindStringSubmatch(l.text)
	if m == nil {
		return schema.Project{}, false
	}
	name, link, rest := strings.TrimSpace(m[1]), m[2], strings.TrimSpace(m[3])
	if len(strings.Fields(name)) > maxLeadNameWords || hasSentencePunct(name) || containsAny(name, ":：|｜") ||
		!(titleLike(name) || allHan(name) || repoName.MatchString(name)) ||
		r.lx.isTitle(name) && !startsLower(rest) || r.lx.isOrg(name) || r.lx.isSchool(name) || r.lx.startsWithVerb(name) && !capitalWords(name) || r.lx.isLocation(name) {
		// ("Route Planner — plans routes": a title's word, or a verb, in a
		// name set in capitals, then what it does)
		return schema.Project{}, false
	}
	if _, label := r.lx.labelField(name); label {
		return schema.Project{}, false
	}
	if _, dated := findSpan(l.text); dated || !startsLower(rest) && (r.lx.isTitle(rest) || r.lx.isOrg(rest)) {
		return schema.Project{}, false // ("Ledgerline — Lead Developer", "Ledgerline — Acme Ltd": a role, a client)
	}
	p := schema.Project{Name: name}
	if link != "" {
		p.URL = withScheme(link)
	}
	if bareURL(rest) {
		p.URL, rest = withScheme(rest), ""
	}
	for _, w := range []string{"<", "("} {
		// "… <https://github.com/x/y>", "… (https://…)": its link
		if i := strings.LastIndex(rest, w); i > 0 && p.URL == "" && strings.HasSuffix(rest, map[string]string{"<": ">", "(": ")"}[w]) && bareURL(rest[i+1:len(rest)-1]) {
			p.URL, rest = withScheme(rest[i+1:len(rest)-1]), strings.TrimSpace(rest[:i])
		}
	}
	if a := trailAside.FindStringSubmatch(rest); a != nil {
		// "checks SLO files in CI (Go)": its tools
		if tools := splitList(a[1]); r.techCount(tools) == len(tools) {
			for _, t := range tools {
				p.Keywords = append(p.Keywords, r.keywords(t)...)
			}
			rest = strings.TrimSpace(rest[:len(rest)-len(a[0])])
		}
	}
	p.Description = trailingURL(rest, &p.URL)
	return p, true
}

// rolesList reports whether a header field lists roles: every item names
// a job title ("Lead designer, Front-end contributor").
func (r *run) rolesList(f string) bool {
	items := splitList(f)
	if len(items) == 0 || hasSentencePunct(f) {
		return false
	}
	for _, it := range items {
		if !r.lx.isTitle(it) {
			return false
		}
	}
	return true
}

// tagItemRuns marks the body items that belong to a run of two or more
// list items each of which names one thing ("• Go", "• Raft"): a
// project's technologies set as a list.
func tagItemRuns(body []bodyItem) []bool {
	out := make([]bool, len(body))
	tagLike := func(it bodyItem) bool {
		t := it.text
		return it.field == "" && it.line.Marker != "" && !it.line.numbered() && tagLike(t) &&
			!hasSentencePunct(t) && !strings.HasSuffix(t, ".")
	}
	for i := 0; i < len(body); {
		j := i
		for j < len(body) && tagLike(body[j]) {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = max(j, i+1)
	}
	return out
}

// nameWrappers are the brackets that dress a whole name, open and close.
var nameWrappers = [][2]string{{"【", "】"}, {"《", "》"}, {"「", "」"}, {"『", "』"}, {"[", "]"}, {"〔", "〕"}, {"〖", "〗"}, {"＜", "＞"}, {"〈", "〉"}}

// unwrapName takes off brackets that enclose the whole of a name.
func unwrapName(s string) string {
	for _, w := range nameWrappers {
		if inner, ok := strings.CutPrefix(s, w[0]); ok {
			if inner, ok = strings.CutSuffix(inner, w[1]); ok && !containsAny(inner, w[0]+w[1]) && strings.TrimSpace(inner) != "" {
				return strings.TrimSpace(inner)
			}
		}
	}
	return s
}

// maxNameAside is the longest note in brackets after a project's name
// read as its kind.
const maxNameAside = 8

// maxAsideWords is the most words of such an aside in Latin letters ("MSc
// dissertation", "group coursework").
const maxAsideWords = 3

// kindAside reports whether a longer aside in Latin letters after a
// project's name says what kind of project it was ("MSc dissertation"):
// a few words, no list, not a client's name ("Acme Corp"), not the tools
// ("React and Node"), not a phrase ("with Anna Berg").
func (r *run) kindAside(a string) bool {
	ws := strings.Fields(a)
	return !hasHan(a) && len(ws) <= maxAsideWords && !containsAny(a, ",;/·|&") && !startsLower(a) &&
		!r.lx.isOrg(a) && !slices.ContainsFunc(ws, func(w string) bool { return r.lx.techs[strings.ToLower(w)] })
}

// linkWords reports whether f is the text of a link in lines ("仓库地址").
func linkWords(lines []*line, f string) bool {
	for _, l := range lines {
		for _, lk := range l.Links {
			if strings.TrimSpace(lk.Text) == f {
				return true
			}
		}
	}
	return false
}

// maxKindWords is the most words of a short note in a project's header
// read as its kind ("open source", "课程设计").
const maxKindWords = 2

// maxNameTail is the longest text after a title in 《》 that goes on
// naming the project.
const maxNameTail = 20

// bookLead is a title in 《》 that opens a field and the words after it.
var bookLead = lazyRE(`^《([^》]{1,40})》\s*(.+)$`)

// trailingURL moves the link that ends a project's text into *url: "A
// ledger library. https://github.com/x/ledger".
func trailingURL(text string, url *string) string {
	t := strings.TrimSpace(text)
	if us := findURLs(t); len(us) == 1 && strings.HasSuffix(t, us[0]) && t != us[0] {
		*url = withScheme(us[0])
		return strings.TrimSpace(strings.TrimSuffix(t, us[0]))
	}
	return text
}

// bookTitle is a name in title brackets that makes a field, or opens it
// before a comma and what follows: "《某应用》，微信小程序"; in "「轻记」记账 App"
// the brackets are part of the name.
var bookTitle = lazyRE(`^[《「『]([^》」』]{1,40})[》」』]\s*(?:[,，、]\s*(.*))?$`)

// maxLinkWords is the most words of a line that only names a project's
// link ("View on GitHub →").
const maxLinkWords = 4

func (r *run) projects(lines []*line) {
	var tags []string // a row of tags alone before a project's name: its keywords
	es := r.splitEntries(kProjects, lines)
	for i, e := range es {
		if len(e.header) == 1 && len(e.body) == 0 && tagRow(e.header[0]) && e.header[0].Blank &&
			i+1 < len(es) && len(es[i+1].header) > 0 && !es[i+1].header[0].Blank {
			// "Flink  Kafka  ClickHouse" right over "实时数仓 2.0", apart
			// from the card above: the card's tags set above its name
			for _, f := range tagItems(e.header[0]) {
				tags = append(tags, r.keywords(f)...)
			}
			continue
		}
		if p, ok := r.readProject(e); ok {
			p.Keywords = append(tags, p.Keywords...)
			r.res.Projects = append(r.res.Projects, p)
		}
		tags = nil
	}
}

// readProject reads a project-shaped entry; ok is false when it names and
// tells nothing.
// projectNameParts splits the first field of a project's header where it
// names the project and then, after a separator, the role or what the
// project was: "Ledgerline, Lead Developer", "订单中台重构 后端开发",
// "Ledgerline: A tool for tracking expenses." (the description, into p).
func (r *run) projectNameParts(fields []string, p *schema.Project) []string {
	if len(fields) == 0 {
		return fields
	}
	f := fields[0]
	split := func(name, rest string) []string {
		return append([]string{strings.TrimSpace(name), strings.TrimSpace(rest)}, fields[1:]...)
	}
	if name, rest, ok := cutLast(f, ", "); ok && !strings.Contains(name, ", ") && !r.lx.isTitle(name) && (r.lx.isTitle(rest) || r.rolesList(rest)) && !r.lx.isOrg(rest) {
		return split(name, rest)
	}
	if name, rest, ok := strings.Cut(f, " "); ok && allHan(name) && allHan(strings.ReplaceAll(rest, " ", "")) && !strings.Contains(rest, " ") && r.lx.isTitle(rest) && !r.lx.isOrg(rest) && !r.lx.isOrg(name) {
		return split(name, rest)
	}
	if name, rest, ok := strings.Cut(f, ": "); ok && p.Description == "" && len(strings.Fields(name)) <= maxProjectNameWords && strings.HasSuffix(rest, ".") && lowerWords(rest) >= minLowerSentence {
		if _, label := r.lx.labelField(name); !label {
			p.Description = strings.TrimSpace(rest)
			return append([]string{strings.TrimSpace(name)}, fields[1:]...)
		}
	}
	return fields
}

// maxProjectNameWords is the most words of a project's name before a colon
// and what the project was.
const maxProjectNameWords = 5

func (r *run) readProject(e *entry) (schema.Project, bool) {
	if len(e.header) != 1 {
		// no one-line project to read
	} else if p, ok := r.dashLead(e.header[0]); ok && e.header[0].Marker != "" {
		// "- kube-slo-lint — checks SLO files in CI (Go)": an item that
		// names a project and says what it is
		if sp := e.header[0].Spans; len(sp) > 0 && strings.HasPrefix(sp[0].Link, "http") && p.URL == "" {
			p.URL = sp[0].Link
		}
		for _, it := range r.readBody(e.body) {
			p.Highlights = append(p.Highlights, highlightText(it.line, it.text, false))
		}
		return p, true
	} else if p, ok := r.toolLead(e.header[0]); ok {
		// "Roster merger (Python, pandas) — a script …": the name, its
		// tools, its description
		if sp := e.header[0].Spans; len(sp) > 0 && strings.HasPrefix(sp[0].Link, "http") {
			p.URL = sp[0].Link // the name linked to the work
		}
		if bareURL(p.Description) {
			p.URL, p.Description = withScheme(p.Description), "" // "… (BigQuery) — github.com/x/y": its link
		}
		p.Description = trailingURL(p.Description, &p.URL)
		for _, it := range r.readBody(e.body) {
			p.Highlights = append(p.Highlights, highlightText(it.line, it.text, false))
		}
		return p, true
	}
	if len(e.header) == 1 {
		name, rest, ok := r.boldLead(e.header[0])
		if !ok && len(e.body) == 0 {
			name, rest, ok = r.plainLead(e.header[0])
			if sp, dated := findSpan(name); ok && dated && strings.TrimSpace(name[:sp.From]) == "" {
				ok = false // "2023 — 2025  某基金：某课题（主持）": dated fields, read as a header's
			}
		}
		if ok {
			// "FeatKit: a feature library": the name and its description;
			// "销售看板（2020.05）：…": with its date in brackets
			p := schema.Project{Name: name, Description: rest}
			if sp, dated := findSpan(name); dated && parenDate(name, sp) {
				p.Name = strings.TrimSpace(cutSpan(name, sp))
				p.StartDate = sp.Start
				if sp.Range {
					p.EndDate = sp.End
				}
			}
			if sp := e.header[0].Spans; len(sp) > 0 && strings.HasPrefix(sp[0].Link, "http") {
				p.URL = sp[0].Link
			}
			for _, it := range r.readBody(e.body) {
				p.Highlights = append(p.Highlights, highlightText(it.line, it.text, false))
			}
			return p, true
		}
	}
	h := r.readHeader(e)
	p := schema.Project{URL: h.url}
	x := map[string]any{}
	if h.hasSpan {
		p.StartDate, p.EndDate = h.span.Start, h.span.End
		if !h.span.Range {
			p.EndDate = "" // a project dated by one year or month: when it started, no end stated
		}
	}
	var rest []string
	if i := r.boldNameAfterLabel(e, h.fields); i > 0 {
		// "Creator" in a pill over "Tidepool" in bold: the role, then the
		// project's name
		p.Roles = append(p.Roles, h.fields[:i]...)
		h.fields = h.fields[i:]
	}
	if k := slices.IndexFunc(h.fields, func(f string) bool { return strings.HasPrefix(f, "《") }); k > 0 && !r.lx.isOrg(h.fields[0]) {
		// "2024.02 - 2024.05 · 毕业设计" over "《雾港》2D 解谜游戏": the work
		// in book-title marks is the name, what goes before it says what
		// kind of work it was
		h.fields = append(append([]string{h.fields[k]}, h.fields[:k]...), h.fields[k+1:]...)
	}
	h.fields = r.projectNameParts(h.fields, &p)
	for i, f := range h.fields {
		switch {
		case workload.MatchString(f) || r.lx.isLocation(f) && p.Name != "":
			// "3 days/week", "remote" beside the dates: how and where, no
			// name of the project
		case p.Name == "" && p.Entity == "" && r.lx.isOrg(f) && i+1 < len(h.fields) && !r.lx.isOrg(h.fields[i+1]) && !r.lx.isLocation(h.fields[i+1]) && !r.lx.isTitle(h.fields[i+1]) && !r.rolesList(h.fields[i+1]):
			p.Entity = f // "Klarwerk Software GmbH — Rails upgrade": the client, then the project
		case p.Name == "":
			p.Name = f
			if m := bookTitle.FindStringSubmatch(f); m != nil {
				// "《某应用》，微信小程序": the title, then what it is
				p.Name = m[1]
				if rest := trimSeps(m[2]); rest != "" {
					x["x-type"] = rest
				}
			} else if m := bookLead.FindStringSubmatch(f); m != nil {
				// "《某机械臂设计》课程设计（组长）": the title, what it was,
				// the role in brackets; in "《食光》校园外卖 App 界面设计" the
				// words after the title, in two scripts and short, go on
				// naming it
				rest, role := m[2], ""
				if a := trailAside.FindStringSubmatch(rest); a != nil && r.lx.isTitle(a[1]) {
					role = a[1]
					rest = strings.TrimSpace(rest[:len(rest)-len(a[0])])
				}
				if rest = trimSeps(rest); rest == "" || allHan(rest) || hasSentencePunct(rest) || utf8.RuneCountInString(rest) > maxNameTail {
					p.Name = m[1]
					if rest != "" {
						x["x-type"] = rest
					}
				} else {
					p.Name = strings.TrimSpace(f[:len(f)-len(m[2])]) + rest
				}
				if role != "" {
					p.Roles = append(p.Roles, role)
				}
			}
		case len(p.Roles) == 0 && r.rolesList(f):
			p.Roles = splitList(f) // "Lead designer, Front-end contributor"
		case len(p.Keywords) == 0 && isTechList(f):
			p.Keywords = r.keywords(f)
		case p.Entity == "" && r.lx.isOrg(f):
			p.Entity = f // the company the project was done at
		default:
			rest = append(rest, f)
		}
	}
	set := func(field, value string) {
		switch field {
		case "entry.name":
			// "Project: Statements rebuild (2023) — replaced a report …":
			// the name, then what was done after a spaced dash
			p.Name = value
			for _, d := range []string{" — ", " – ", " - "} {
				if name, rest, ok := strings.Cut(value, d); ok && p.Description == "" &&
					(hasSentencePunct(rest) || strings.HasSuffix(rest, ".") || r.lx.startsWithVerb(rest) || len(strings.Fields(rest)) >= minVerbPhrase+2) {
					p.Name = strings.TrimSpace(name)
					p.Description = strings.TrimSpace(strings.TrimSpace(rest) + "\n" + p.Description)
					break
				}
			}
		case "entry.description":
			if p.Description == "" {
				p.Description = value
			} else {
				p.Description += "\n" + value
			}
		case "entry.roles", "entry.position":
			p.Roles = append(p.Roles, value)
		case "entry.keywords":
			if items := r.chipWords(value); items != nil {
				p.Keywords = append(p.Keywords, items...)
				break
			}
			p.Keywords = append(p.Keywords, r.keywords(value)...)
		case "entry.dates":
			if sp, ok := findSpan(value); ok {
				p.StartDate, p.EndDate = sp.Start, sp.End
			}
		case "entry.start":
			p.StartDate = labelledDate(value, p.StartDate)
		case "entry.end":
			p.EndDate = labelledDate(value, p.EndDate)
		case "entry.url":
			if u := findURL(value); u != "" {
				p.URL = withScheme(u)
			}
		case "entry.entity", "entry.company":
			p.Entity = value
		default:
			if strings.HasPrefix(field, "entry.x-") {
				x[strings.TrimPrefix(field, "entry.")] = value
			} else if value != "" { // ("Year：2024", its date read from the line)
				p.Highlights = append(p.Highlights, value)
			}
		}
	}
	named := slices.ContainsFunc(h.kvs, func(k kv) bool { return k.field == "entry.name" })
	for _, k := range h.kvs {
		if k.field == "entry.position" && !named && p.Name == "" && strings.EqualFold(strings.TrimSpace(k.label), "Title") {
			k.field = "entry.name" // "Title: Hepatic effects of …": a project's title, no job's
		}
		set(k.field, k.value)
	}
	for _, f := range rest {
		_, typed := x["x-type"]
		switch {
		case r.lx.isTitle(f) && len(p.Roles) == 0 && !strings.Contains(f, ". ") && len(strings.Fields(f)) <= maxRoleTitle:
			p.Roles = append(p.Roles, f) // (not "LightGBM model beating the operator's baseline. Python": what it was)
		case !typed && len(e.body) > 0 && !linkWords(e.header, f) && len(strings.Fields(f)) <= maxKindWords && width(f) <= 2*maxNameAside && !hasSentencePunct(f):
			// "2023 · open source": a note of what kind of project it
			// was; the body describes it
			x["x-type"] = f
		case p.Description == "":
			p.Description = f
		}
	}
	body := r.readBody(e.body)
	tags := tagItemRuns(body)
	linkFirst := false // the body opens with the project's link
	for i, it := range body {
		if tags[i] {
			p.Keywords = append(p.Keywords, r.keywords(it.text)...) // "• Go" "• Raft" "• gRPC"
			continue
		}
		if it.field == "" && tagRow(it.line) {
			for _, f := range tagItems(it.line) {
				p.Keywords = append(p.Keywords, r.keywords(f)...) // chips under the project
			}
			continue
		}
		if it.field == "" && len(p.Keywords) == 0 && it.line.Marker == "" {
			if kw := r.gluedList(it.text); kw != nil {
				p.Keywords = kw // "ShardingSphereMySQLCanalKafka": chips a converter glued
				continue
			}
		}
		if it.field == "" {
			if u := findURL(it.text); p.URL == "" && u != "" && u == strings.TrimSpace(it.text) && it.line.Marker == "" {
				p.URL = withScheme(u) // the project's link on a line of its own
				linkFirst = i == 0
				continue
			}
			if p.URL == "" && linkOnly(it.line) {
				p.URL = it.line.Links[0].URL // "View on GitHub →", "Source ↗  Docs ↗": the link's words
				linkFirst = linkFirst || i == 0
				continue
			}
			if p.URL == "" {
				it.text = trailingURL(it.text, &p.URL)
			}
			if (i == 0 || i == 1 && linkFirst) && p.Description == "" && it.line.Marker == "" && len(e.header) > 0 {
				p.Description = it.text
			} else {
				p.Highlights = append(p.Highlights, highlightText(it.line, it.text, false))
			}
			continue
		}
		set(it.field, it.text)
	}
	if p.URL == "" {
		p.Description = trailingURL(p.Description, &p.URL)
	}
	if len(p.Keywords) == 0 {
		p.Description, p.Keywords = r.trailingTechs(p.Description)
	}
	if p.Name == "" && p.Description == "" && len(p.Highlights) == 0 {
		return p, false
	}
	// "【智能仓储系统】": brackets around the whole name dress it
	p.Name = unwrapName(p.Name)
	if label, value, ok := headKV(p.Name); ok && value != "" && r.projectLabel(label) {
		p.Name = value // "项目：统一网关", "大创项目：…": a label of the name
	}
	// "mini-charts（开源）", "轻记 App（个人项目）": what kind of project it
	// was, in brackets after its name
	if m := trailAside.FindStringSubmatch(p.Name); m != nil && m[0] != p.Name && (utf8.RuneCountInString(m[1]) <= maxNameAside || r.kindAside(m[1])) && !strings.ContainsAny(m[1], "0123456789") {
		if _, ok := x["x-type"]; !ok {
			p.Name = strings.TrimSpace(p.Name[:len(p.Name)-len(m[0])])
			x["x-type"] = m[1]
		}
	}
	p.Name = strings.TrimSpace(projectOrdinal.ReplaceAllString(p.Name, ""))
	p.X = nilIfEmpty(x)
	return p, true
}

// trailingTechs splits a closing sentence that only lists technologies
// from a description ("… available at 07:00. Kotlin, Kafka Streams,
// PostgreSQL."): the description without it, and its items. Half the
// items or more must be known technologies.
func (r *run) trailingTechs(desc string) (string, []string) {
	t := strings.TrimRight(desc, ". ")
	i := strings.LastIndex(t, ". ")
	if i < 0 {
		return desc, nil
	}
	tail := t[i+2:]
	if !isTechList(tail) {
		return desc, nil
	}
	items := r.keywords(tail)
	known := 0
	for _, it := range items {
		if r.lx.techs[strings.ToLower(it)] {
			known++
		}
	}
	if len(items) < 2 || 2*known < len(items) {
		return desc, nil
	}
	return t[:i+1], items
}

// boldNameAfterLabel finds the field that is the text of the only bold
// line of a project's header when short plain labels, set smaller, stand
// before it (a role pill over the name); 0 when there is none.
func (r *run) boldNameAfterLabel(e *entry, fields []string) int {
	if len(e.header) < 2 || e.header[0].Bold {
		return 0
	}
	var bold *line
	for _, l := range e.header[1:] {
		if l.Bold {
			if bold != nil {
				return 0
			}
			bold = l
		}
	}
	if bold == nil || e.header[0].Size >= bold.Size && bold.Size > 0 {
		return 0 // a label is set smaller than the name
	}
	i := slices.Index(fields, bold.text)
	if i <= 0 {
		return 0
	}
	for _, f := range fields[:i] {
		if !tagLike(f) || strings.ContainsAny(f, "0123456789") || r.lx.isOrg(f) {
			return 0
		}
	}
	return i
}

// projectOrdinal is the number a list of projects puts before each name:
// "项目一：", "Project 2:".
var projectOrdinal = lazyRE(`^(?:项目[一二三四五六七八九十\d]{1,2}|(?i:project)\s*\d{1,2})\s*[:：、.]\s*`)
