package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumex/resumex/schema"
)

var (
	// categoryAfter is 等 and the category it closes a list with: "等设计软件"
	categoryAfter = lazyRE(`等\p{Han}{1,6}([；;，,。]|$)`)
	// asides in brackets: "Java（15+年）", "Python (3 years)"; ASCII brackets
	// glued to a short Latin word ("HTTP(S)") are part of the name.
	asideRe  = lazyRE(`\s*（[^）]*）|\s*\(([^)]*)\)`)
	skillSep = lazyRE(`\s*[、，,;；。|｜·•]\s*|\s+[-–—>]\s+|\s{2,}`)
	// "Vue3+TypeScript+ECharts": names joined by a plus with no spaces
	// (not "C++", but "C+++Redis")
	plusJoin   = lazyRE(`(\+\+|[\p{L}\d.])\+(\p{L})`)
	latinJoins = lazyRE(`(?i)\s+(?:and|or|etc\.?)\s+|\s+etc\.?$`)
)

// levelledPairs counts the skills written one a line from the start of
// lines, each over a line that holds only its level ("Revit" over "熟练").
func (r *run) levelledPairs(lines []*line) int {
	isLevel := func(l *line) bool { return r.lx.levels[strings.ToLower(strings.TrimSpace(l.text))] }
	n := 0
	for k := 0; k+1 < len(lines); k += 2 {
		item, lv := lines[k], lines[k+1]
		if !isLevel(lv) || isLevel(item) || item.Cells != nil || item.runes > maxLevelledItem || containsAny(item.text, skillNameStops) || item.Heading > 0 {
			break
		}
		n++
	}
	return n
}

// yearedSkills reads a section whose every line is one skill and the
// years it was used after a dash or a colon ("Fence building, post
// and Midland styles -- 12", "Welding — 8 years"): the skills, and the
// years of each as written.
func yearedSkills(lines []*line) ([]string, map[string]any, bool) {
	if len(lines) < minYearedSkills {
		return nil, nil, false
	}
	var items []string
	years := map[string]any{}
	said := false // a line says years or sets the number after a dash: no rating ("Python: 5")
	for _, l := range lines {
		m := yearedSkill.FindStringSubmatch(strings.TrimSpace(l.text))
		if m == nil || l.Cells != nil {
			return nil, nil, false
		}
		said = said || m[3] != "" || !strings.Contains(l.text, ":")
		name := strings.TrimSpace(asideRe.ReplaceAllString(m[1], "")) // ("Scissor lift (IPAF 3a)")
		if name == "" {
			return nil, nil, false
		}
		items = append(items, name)
		if n, err := strconv.Atoi(m[2]); err == nil {
			years[name] = n
		} else {
			years[name] = m[2] // "10+"
		}
	}
	return items, years, said
}

// yearedSkill is a skill and the years it was used: "Stone carving --
// 20", "Welding — 8 years", "Python: 6 yrs".
var yearedSkill = lazyRE(`^(\S.{0,60}?)\s*(?:\s--?\s|\s[–—]\s|:\s)\s*(\d{1,2}\+?)(\s*(?:years?|yrs?))?$`)

// minYearedSkills is the fewest lines of skills with their years that
// make such a section.
const minYearedSkills = 3

// minLevelledPairs is the fewest skills over their levels that make such a
// list; maxLevelledItem the longest skill in one.
const (
	minLevelledPairs = 2
	maxLevelledItem  = 30
)

func (r *run) skills(lines []*line) {
	lines = r.splitLabelledFields(lines)
	pending := ""   // a group name on a line of its own, for the items below it
	level := ""     // its level, on a line under it ("Expert")
	group := -1     // the group list items go on adding to, -1 for none
	single := -1    // the unnamed group of one item the line before made, -1 for none
	under := -1     // the indentation of the group name whose items are indented under it, -1 for none
	inline := false // the line before was a sentence of groups
	skipTo := 0     // the lines before it were read as a grid of groups
	glued := r.gluedGroupNames(lines)
	left := -1 // the section's left edge: where its unbulleted lines start, group names among them
	for _, l := range lines {
		if l.Marker == "" && (left < 0 || l.Indent < left) {
			left = l.Indent
		}
	}
	// groups named over technologies one a line: the section starts with
	// such a name (a list that starts with its items, "Figma" / "Framer" /
	// "HTML", has no names among them), and the names stand at its left
	// edge, the items maybe indented under them
	if items, years, ok := yearedSkills(lines); ok {
		// "Stone carving -- 15" / "Scissor lift (IPAF 3a) -- 6": one skill
		// a line, each with the years it was used; the commas inside a
		// line are its own
		r.res.Skills = append(r.res.Skills, schema.Skill{Keywords: items, X: map[string]any{"x-years": years}})
		return
	}
	techGroups := false
	if len(lines) > 0 {
		_, items := r.techLinesBelow(lines, 0)
		techGroups = items >= minTechItems && r.groupNameLine(lines[0])
	}
	for i, l := range lines {
		if i < skipTo {
			continue
		}
		if groups, n := r.groupGrid(lines[i:]); n > 0 {
			// "Languages   Tools" over "Go   Git" / "Python   Docker":
			// groups set side by side, their items in columns
			r.res.Skills = append(r.res.Skills, groups...)
			skipTo, group, pending = i+n, -1, ""
			continue
		}
		if l.Cells != nil {
			if l.HeadRow && i+1 < len(lines) && lines[i+1].Cells != nil {
				continue // the columns' headings over the rows ("Software | Years | Last used")
			}
			if !r.columnNamesRow(lines, i) {
				r.skillRow(l, r.itemGrid(lines, i))
			}
			group = -1
			continue
		}
		if n := r.levelledPairs(lines[i:]); n >= minLevelledPairs {
			// "Revit" / "熟练" / "SketchUp" / "良好": skills one a line,
			// each with its level on the line under it; the levels go
			if group < 0 || pending != "" {
				r.res.Skills = append(r.res.Skills, schema.Skill{Name: pending})
				group, pending, level = len(r.res.Skills)-1, "", ""
			}
			for k := 0; k < n; k++ {
				r.res.Skills[group].Keywords = append(r.res.Skills[group].Keywords, strings.TrimSpace(lines[i+2*k].text))
			}
			skipTo = i + 2*n
			continue
		}
		if pending != "" && l.Marker == "" && r.lx.levels[strings.ToLower(strings.TrimSpace(l.text))] {
			level = strings.TrimSpace(l.text) // "Infrastructure" / "Expert"
			continue
		}
		if name, ok := r.ratedItem(l); ok && r.ratedRun(lines, i) && !r.itemsBelow(lines, i) {
			// "PyTorch  ●●●●○  Advanced" among rows like it: one skill, its
			// rating and level; the rows under a group's name are its
			// items ("Backend  Expert" over its items is a group's name)
			if group < 0 || pending != "" {
				r.res.Skills = append(r.res.Skills, schema.Skill{Name: pending})
				group, pending, level = len(r.res.Skills)-1, "", ""
			}
			g := &r.res.Skills[group]
			if strings.Contains(name, "/") {
				g.Keywords = append(g.Keywords, r.keywords(name)...) // "Spark / Flink  精通": two items, one level
			} else {
				g.Keywords = append(g.Keywords, name)
			}
			continue
		}
		if label, value, own := wideLabel(l); own && r.lx.levels[strings.ToLower(value)] && r.itemsBelow(lines, i) {
			// "Backend  Expert" over "Go, Java, gRPC": the group, its level
			pending, level, group = label, value, -1
			continue
		}
		if l.Marker != "" && l.runes <= 30 && !containsAny(l.text, "、，,;；/|：:") && itemsUnder(lines[i+1:], l.Indent) >= 2 {
			// "• 中间件" over "Kafka" / "Redis" indented under it, one a
			// line: the group's name
			pending, group, under = strings.TrimSpace(l.text), -1, l.Indent
			continue
		}
		if n := r.flatItems(lines[i+1:]); l.Marker != "" && l.runes <= 30 && !containsAny(l.text, skillNameStops) && (n >= 2 || n == 1 && len(splitList(lines[i+1].text)) >= 2) {
			// "• 后端开发" over "Java" / "Go" set flush, one a line, up to
			// the next bullet: the group's name and its items
			g := schema.Skill{Name: strings.TrimSpace(l.text)}
			for _, it := range lines[i+1 : i+1+n] {
				g.Keywords = append(g.Keywords, r.keywords(it.text)...)
			}
			r.res.Skills = append(r.res.Skills, g)
			skipTo, group, pending, under = i+1+n, -1, "", -1
			continue
		}
		indented := under >= 0 && l.Marker == "" && l.Indent >= under+minSubIndent && !strings.Contains(l.raw, "  ")
		_, _, _, levelled := r.levelInside(l.text)
		if _, _, own := wideLabel(l); (l.Marker != "" || indented) && group >= 0 && !containsAny(l.text, "：:") && l.Heading == 0 && !l.Bold && !own && !levelled && !hanGroup.MatchString(l.text) {
			// one item a bullet under its group
			g := &r.res.Skills[group]
			g.Keywords = append(g.Keywords, r.keywords(l.text)...)
			continue
		}
		if l.Marker == "" && !indented {
			group, under = -1, -1
		}
		label, value, ok := headKV(l.text)
		if ok && r.lx.levels[strings.ToLower(strings.TrimSpace(value))] && !r.lx.levels[strings.ToLower(label)] {
			// "Python：熟练", a table's row of a skill and its level: the
			// skill is an item
			label, value, ok = "", label, false
			l = &line{Line: l.Line, text: value, raw: value, runes: utf8.RuneCountInString(value)}
		}
		if !ok && techGroups && l.Indent <= left && r.groupNameLine(l) {
			if n, items := r.techLinesBelow(lines, i); items >= minTechItems {
				// the items indented under the name go on with it,
				// technologies or not: "Design" over "  Figma" / "  Framer"
				m := lines[i+1:]
				for n < len(m) && m[n].Indent > l.Indent && m[n].Marker == "" && !m[n].Bold && m[n].Heading == 0 && shortItem(m[n].text) {
					n++
				}
				// "Infrastructure" over "Kubernetes" / "Terraform    AWS" /
				// "Linux", one or two a line, then "Observability" over its
				// own: a word that names no technology over technologies is
				// their group's name, at the section's left edge (not
				// "Framer" indented among the items of "Design")
				g := schema.Skill{Name: strings.TrimSpace(l.text)}
				for _, it := range lines[i+1 : i+1+n] {
					for _, f := range wideFields(it.raw) {
						g.Keywords = append(g.Keywords, r.keywords(f)...)
					}
				}
				r.res.Skills = append(r.res.Skills, g)
				skipTo, group, pending, under, single = i+1+n, -1, "", -1, -1
				continue
			}
		}
		if !ok && l.Marker == "" && l.runes <= 30 && !containsAny(l.text, "、，,;；/|") && i+1 < len(lines) &&
			(lines[i+1].Marker != "" && lines[i+1].Heading == 0 || r.lx.levels[strings.ToLower(strings.TrimSpace(lines[i+1].text))] ||
				// "嵌入式" over its items set in another style or as chips
				lines[i+1].Marker == "" && lines[i+1].Heading == 0 && !sameStyle(l, lines[i+1]) && !strings.Contains(l.raw, "  ") &&
					len(strings.Fields(l.text)) <= 2 && len(strings.Fields(lines[i+1].text)) >= 2 ||
				// "Infrastructure" over its items indented one a line
				lines[i+1].Marker == "" && lines[i+1].Heading == 0 && lines[i+1].Indent >= l.Indent+minSubIndent &&
					!strings.Contains(l.raw, "  ") && !strings.Contains(lines[i+1].raw, "  ")) {
			// "Infrastructure" above "Expert" or above its bulleted items
			pending, group, under = strings.TrimSpace(l.text), -1, -1
			if lines[i+1].Marker == "" && lines[i+1].Indent >= l.Indent+minSubIndent && !strings.Contains(lines[i+1].raw, "  ") {
				under = l.Indent
			}
			continue
		}
		if ok && value == "" || !ok && pending == "" && (l.Bold || l.Heading > 0) && l.runes <= 30 && !containsAny(l.text, "、，,;；/|") && i+1 < len(lines) && (!lines[i+1].Bold || !sameStyle(l, lines[i+1]) || len(wideFields(lines[i+1].raw)) >= 2 ||
			len(strings.Fields(l.text)) <= 2 && len(strings.Fields(lines[i+1].text)) >= 3 && lines[i+1].runes > 2*l.runes) {
			// "Frontend" in bold, or "后端：", above its items
			pending, group = strings.TrimRight(strings.TrimSpace(l.text), ":："), -1
			if i+1 < len(lines) && lines[i+1].Marker == "" && !lines[i+1].Bold && lines[i+1].Indent >= l.Indent+minSubIndent {
				under = l.Indent // its items indented under it, one a line
			}
			continue
		}
		if !ok && l.Marker == "" {
			min := 2
			if inline {
				min = 1 // the line before went on with such groups
			}
			inline = false
			if groups := r.inlineGroups(l.text, min); groups != nil {
				inline = true
				// "前端 Vue、React；后端 Node.js、Go；数据库 MySQL": groups
				// named in the sentence, one after another
				r.res.Skills = append(r.res.Skills, groups...)
				continue
			}
		}
		lv := ""
		if !ok || label == "" {
			label, value = "", l.text
			if lb, v, own := wideLabel(l); own {
				label, value = lb, v
			} else if name, level, rest, found := r.levelInside(l.text); found {
				label, lv, value = name, level, rest // "Infrastructure Expert Kubernetes, Terraform"
			} else if m := hanGroup.FindStringSubmatch(l.text); m != nil && !strings.Contains(l.raw, "  ") && !r.lx.levels[m[1]] && !r.lx.fillers[m[1]] && !leadsAnItem(m[1], m[2]) {
				label, value = m[1], m[2] // "中间件 Kafka, RocketMQ, Redis"
			}
		}
		if label != "" && lv == "" {
			// "后端开发 精通": the group and its level
			if i := strings.LastIndexByte(label, ' '); i > 0 && r.lx.levels[strings.ToLower(label[i+1:])] {
				label, lv = strings.TrimSpace(label[:i]), label[i+1:]
			} else if m := trailAside.FindStringSubmatch(label); m != nil && r.lx.levels[strings.ToLower(strings.TrimSpace(m[1]))] {
				label, lv = strings.TrimSpace(label[:len(label)-len(m[0])]), strings.TrimSpace(m[1]) // "编程语言 (熟练)"
			}
		}
		var kw []string
		if cells := wideFields(l.raw); label == "" && len(cells) >= 3 {
			for _, c := range cells { // a grid: "Budgeting     Vendor Management     Forecasting"
				kw = append(kw, r.keywords(c)...)
			}
		} else if label == "" && pending == "" && proseLatin(value) {
			// "I write SQL every day (PostgreSQL and BigQuery), clean data
			// in Python with pandas …": the technologies the prose names
			kw = r.proseItems(value)
		} else {
			kw = r.keywords(value)
		}
		if len(kw) == 0 {
			continue
		}
		if label == "" && pending == "" && glued && len(kw) >= 2 {
			if name, first, ok := r.namedFirstItem(kw[0]); ok {
				label, kw[0] = name, first // "Machine Learning PyTorch, TensorFlow"
			}
		}
		if label == "" {
			label, pending, lv, level = pending, "", level, ""
		}
		if n := len(r.res.Skills); label == "" && lv == "" && len(kw) == 1 && single == n-1 && single >= 0 && l.Marker == "" {
			// "Python" / "SQL" / "R", one a line: one list
			r.res.Skills[n-1].Keywords = append(r.res.Skills[n-1].Keywords, kw...)
			continue
		}
		single = -1
		if label == "" && lv == "" && len(kw) == 1 && l.Marker == "" {
			single = len(r.res.Skills)
		}
		// "工程化 ()": a template's empty level in brackets
		label = strings.TrimSpace(strings.NewReplacer("()", "", "（）", "").Replace(label))
		r.res.Skills = append(r.res.Skills, schema.Skill{Name: label, Level: lv, Keywords: kw})
		if (l.Marker != "" || indented) && label != "" {
			group = len(r.res.Skills) - 1 // the bullets below join this group
		}
	}
}

// minTechItems is how many technologies a group's name must head.
const minTechItems = 2

// groupNameLine reports whether l can name a group of skills on a line
// of its own: a few words, unbulleted, no list and no technology itself.
func (r *run) groupNameLine(l *line) bool {
	t := strings.TrimSpace(l.text)
	return l.Marker == "" && l.Heading == 0 && l.Cells == nil && l.runes <= 30 && len(strings.Fields(t)) <= 3 && !startsLower(t) &&
		!containsAny(t, "、，,;；/|:：") && !strings.Contains(l.raw, "  ") && !r.techItem(t) && !r.lx.levels[strings.ToLower(t)]
}

// techItem reports whether s names a technology: the lexicon's, or one
// shaped like one ("S3", "PostgreSQL").
func (r *run) techItem(s string) bool {
	return r.lx.techs[strings.ToLower(s)] || !strings.Contains(s, " ") && proseTech(r, s)
}

// techLinesBelow counts the unbulleted lines after line i that hold
// technologies only, one or a few set apart by wide gaps, and the
// technologies they hold.
func (r *run) techLinesBelow(lines []*line, i int) (n, items int) {
	for _, l := range lines[i+1:] {
		if l.Marker != "" || l.Heading > 0 || l.Bold || l.Cells != nil {
			break
		}
		fs := wideFields(l.raw)
		if len(fs) == 0 || slices.ContainsFunc(fs, func(f string) bool { return !r.techItem(f) }) {
			break
		}
		n, items = n+1, items+len(fs)
	}
	return n, items
}

// leadsAnItem reports whether name starts another item of the list after
// it: "用友 NC、用友 U8" names a product family, no group.
func leadsAnItem(name, list string) bool {
	items := splitList(list)
	for _, it := range items[min(1, len(items)):] {
		if strings.HasPrefix(it, name) {
			return true
		}
	}
	return false
}

// hanGroup is a group named in Chinese before a space and a list of its
// items: "数据存储 MySQL, TiDB, HBase", "架构与治理 微服务、单元化".
var hanGroup = lazyRE(`^(\p{Han}{2,8})\s+([^\s、，,].*[、，,].*)$`)

// inlineGroup is a group named before its items inside a sentence of
// groups: "后端 Node.js（Koa、NestJS）、Go".
var inlineGroup = lazyRE(`^(\p{Han}{2,6}|[A-Z][A-Za-z]{1,15})\s+(\S.*[、,，].*)$`)

// inlineGroups reads a line of skill groups set one after another, split by
// semicolons, each a short name, a space, then its items; min groups at
// least, or nothing. A piece that names no group (熟悉阿里云和腾讯云) adds its
// items to the group before it.
func (r *run) inlineGroups(s string, min int) []schema.Skill {
	pieces := splitTop(s, ";；")
	var out []schema.Skill
	named := 0
	for _, p := range pieces {
		p = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(p), "。."))
		if p == "" {
			continue
		}
		if m := inlineGroup.FindStringSubmatch(p); m != nil && !r.lx.levels[strings.ToLower(m[1])] {
			out = append(out, schema.Skill{Name: m[1], Keywords: r.keywords(m[2])})
			named++
			continue
		}
		if len(out) == 0 {
			return nil
		}
		g := &out[len(out)-1]
		g.Keywords = append(g.Keywords, r.keywords(p)...)
	}
	if named < min {
		return nil
	}
	return out
}

// levelInside splits "Infrastructure Expert Kubernetes, Terraform, AWS": a
// group's name, its level word, then its list.
func (r *run) levelInside(s string) (name, level, rest string, ok bool) {
	ws := strings.Fields(s)
	for k := 1; k < len(ws)-1 && k <= maxGroupWords; k++ {
		if r.lx.levels[strings.ToLower(ws[k])] {
			rest = strings.Join(ws[k+1:], " ")
			if !containsAny(rest, ",，、") || containsAny(strings.Join(ws[:k], " "), ",，、:：") {
				return "", "", "", false
			}
			return strings.Join(ws[:k], " "), ws[k], rest, true
		}
	}
	return "", "", "", false
}

// maxGroupWords is the most words of a skill group's name before its level.
const maxGroupWords = 3

// wideLabel splits a skill line whose group name stands apart from its
// items: "编程语言  C、C++、Python", "中间件  Kafka,  RocketMQ,  Redis".
func wideLabel(l *line) (label, value string, ok bool) {
	f := wideFields(l.raw)
	switch {
	case len(f) == 2 && (shortLabel(f[0]) || bilingualLabel(f[0])):
		return f[0], f[1], true
	case len(f) > 2 && shortLabel(f[0]) && strings.HasSuffix(f[1], ","):
		return f[0], strings.Join(f[1:], " "), true
	}
	return "", "", false
}

// ratedItem reads a row of one skill set apart from its rating and level:
// "PyTorch  ●●●●○  Advanced", "Docker  Intermediate", "Go  ★★★★☆".
func (r *run) ratedItem(l *line) (string, bool) {
	f := wideFields(l.raw)
	if len(f) < 2 || len(f) > 3 || l.Marker != "" || !tagLike(f[0]) || r.lx.levels[strings.ToLower(f[0])] {
		return "", false
	}
	rating := func(s string) bool {
		return strings.Trim(s, ratingRunes+" ") == "" || r.lx.levels[strings.ToLower(s)]
	}
	for _, x := range f[1:] {
		if !rating(x) {
			return "", false
		}
	}
	return f[0], true
}

// ratedRun reports whether the line before or after line i is also a
// rated skill: rated rows come in runs.
func (r *run) ratedRun(lines []*line, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(lines) {
			if _, ok := r.ratedItem(lines[j]); ok {
				return true
			}
		}
	}
	return false
}

// itemsBelow reports whether the line after line i lists items and is no
// rated row itself nor a table's bold column headings: line i names their
// group.
func (r *run) itemsBelow(lines []*line, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	n := lines[i+1]
	if _, rated := r.ratedItem(n); rated {
		return false
	}
	return !n.Bold && n.Heading == 0 && (containsAny(n.text, ",，、;；/|") || len(wideFields(n.raw)) >= 2)
}

// textColumns gives the fields of a plain-text line with the column each
// starts at (its indentation counted), split at runs of two spaces or more.
func textColumns(l *line) (fields []string, starts []int) {
	rs := []rune(l.Line.Text)
	for i := 0; i < len(rs); {
		for i < len(rs) && rs[i] == ' ' {
			i++
		}
		if i >= len(rs) {
			break
		}
		j := i
		for j < len(rs) && !(rs[j] == ' ' && j+1 < len(rs) && rs[j+1] == ' ') {
			j++
		}
		fields = append(fields, strings.TrimSpace(string(rs[i:j])))
		starts = append(starts, l.Indent+i)
		i = j
	}
	return fields, starts
}

// boxFields gives the fields of a line its layout set apart (the spans a
// Box starts); the line's text as one field when it has no spans.
func boxFields(l *line) []string {
	if l.Spans == nil {
		return []string{strings.TrimSpace(l.text)}
	}
	var out []string
	for i, sp := range l.Spans {
		if t := strings.TrimSpace(sp.Text); i == 0 || sp.Box {
			out = append(out, t)
		} else {
			out[len(out)-1] += " " + t
		}
	}
	return out
}

// groupGrid reads skill groups set side by side: a row of their names
// over rows of items, each item under its group's name. In plain text an
// item goes under the name whose column it starts in. Where the layout set
// the fields apart (a PDF's wide gaps), a full row gives one item to each
// group in order; a shorter row at the rows' indentation fills the first
// groups (the boxes keep no place: the columns on the left are taken to
// run longer), and an item alone further right goes under the last group. A row of levels right under the names ("Expert
// Advanced") gives the groups their levels. It returns the groups and how
// many lines they took; 0 when the lines do not start such a grid.
func (r *run) groupGrid(lines []*line) ([]schema.Skill, int) {
	if len(lines) < 3 || lines[0].Marker != "" || lines[0].Heading > 0 {
		return nil, 0
	}
	text := lines[0].Size == 0 && lines[0].Spans == nil
	if !text && !r.typeset {
		return nil, 0 // (boxes are columns in a PDF; in HTML or DOCX, chips and inline items)
	}
	var names []string
	var starts []int
	if text {
		names, starts = textColumns(lines[0])
	} else {
		names = boxFields(lines[0])
	}
	if len(names) < 2 {
		return nil, 0
	}
	if k, section := r.sectionNamed(names[0]); section && k == kSkills && len(names) > 2 {
		// "Skills      Analysis      Programming": the section's own name
		// beside its groups' names
		names = names[1:]
		if starts != nil {
			starts = starts[1:]
		}
	}
	levelRow := func(fs []string) bool {
		return len(fs) >= 2 && len(fs) <= len(names) && !slices.ContainsFunc(fs, func(f string) bool { return !r.lx.levels[strings.ToLower(f)] })
	}
	leveled := levelRow(boxFields(lines[1])) || lines[1].Spans == nil && levelRow(wideFields(lines[1].raw))
	// (a technology names a group when levels stand under the names:
	// "iOS  Android" over "Expert  Advanced"; when every name is one, rows
	// of items under two columns or more must follow, or "Python  SQL"
	// over "Expert  Advanced" rates two items)
	allTechs := !slices.ContainsFunc(names, func(n string) bool { return !r.lx.techs[strings.ToLower(n)] })
	if len(names) < 2 || slices.ContainsFunc(names, func(n string) bool {
		k, section := r.sectionNamed(n) // "Skills      Product": the section's own name beside its only group
		return !shortLabel(n) || r.lx.techs[strings.ToLower(n)] && !leveled || r.lx.levels[strings.ToLower(n)] || section && k == kSkills && n == names[0]
	}) {
		return nil, 0
	}
	groups := make([]schema.Skill, len(names))
	for k, n := range names {
		groups[k].Name = n
	}
	rows, indent, across := 0, -1, 0
	for _, l := range lines[1:] {
		if l.Heading > 0 || l.Bold {
			break
		}
		if fs := boxFields(l); !text && len(fs) == len(names) && !levelRow(fs) {
			indent = l.Indent // a full row of items: where the first column starts
			break
		}
	}
	for j, l := range lines[1:] {
		var fs []string
		var at []int
		if text {
			if l.Spans != nil || l.Size > 0 {
				break
			}
			fs, at = textColumns(l)
		} else {
			if l.Cells != nil || l.Size > 0 && lines[0].Size > 0 && l.Size != lines[0].Size {
				break
			}
			fs = boxFields(l)
		}
		if len(fs) == 0 || !text && len(fs) > len(names) || l.Heading > 0 || l.Bold || text && l.Marker != "" && len(fs) > 1 && lines[1].Marker == "" || text && at[0] < starts[0] {
			break
		}
		if j == 0 && levelRow(fs) {
			// "iOS  Android" over "Expert  Advanced": each group's level
			if text {
				for k, f := range fs {
					groups[gridColumn(starts, at[k])].Level = f
				}
			} else {
				for k, f := range fs {
					groups[k].Level = f
				}
			}
			rows++
			continue
		}
		if slices.ContainsFunc(fs, func(f string) bool { return !shortItem(f) || !text && containsAny(f, "、,，;；|") }) {
			break // a sentence, not an item; in a PDF, one item a box ("Languages  Go, Python": a table's row)
		}
		if len(fs) >= 2 {
			across++
		}
		for k, f := range fs {
			c := k
			switch {
			case text:
				c = gridColumn(starts, at[k])
			case len(fs) < len(names) && indent >= 0 && l.Indent > indent+1:
				c = len(names) - len(fs) + k // alone further right: the longer last column
			}
			groups[c].Keywords = append(groups[c].Keywords, r.keywords(f)...)
		}
		rows++
	}
	if rows < 2 || allTechs && across < 2 {
		return nil, 0
	}
	if !text && slices.ContainsFunc(groups, func(g schema.Skill) bool { return len(g.Keywords) == 0 }) {
		return nil, 0 // a group without items: no grid
	}
	return groups, rows + 1
}

// gridColumn is the last column of starts that a field starting at at
// starts in or after.
func gridColumn(starts []int, at int) int {
	c := 0
	for c+1 < len(starts) && at >= starts[c+1]-1 {
		c++
	}
	return c
}

// shortItem reports whether a grid's field reads as one item: a few words,
// no sentence.
func shortItem(s string) bool {
	return s != "" && len(strings.Fields(s)) <= 4 && !hasSentencePunct(s)
}

// itemsUnder counts the lines at the start of ls set deeper than indent,
// unbulleted, one item each.
// gluedGroupNames reports whether the lists of a skills section start
// with their group's name glued to the first item by a space, as a
// layout's text comes out when it set the name in a box of its own:
// "Machine Learning PyTorch, TensorFlow" over "Engineering Python, C++".
// Two lists at least must read so, and most of the section's lists.
func (r *run) gluedGroupNames(lines []*line) bool {
	lists, named := 0, 0
	for _, l := range lines {
		if !strings.Contains(l.text, " ") {
			continue // a name glued to an item has a space between them
		}
		items := splitList(l.text)
		if len(items) < 2 || containsAny(l.text, "：:") {
			continue
		}
		lists++
		if _, _, ok := r.namedFirstItem(items[0]); ok {
			named++
		}
	}
	return named >= 2 && 2*named > lists
}

// namedFirstItem splits a list's first item into a group name of one to
// three capitalised words and an item that starts with a known
// technology: "Machine Learning PyTorch" is Machine Learning, PyTorch.
// The name holds no technology and no vendor ("Apache Kafka").
func (r *run) namedFirstItem(item string) (name, first string, ok bool) {
	ws := strings.Fields(stripSymbols(item))
	for j := 1; j <= 3 && j < len(ws); j++ {
		head := ws[:j]
		if slices.ContainsFunc(head, func(w string) bool {
			c, _ := utf8.DecodeRuneInString(w)
			return !unicode.IsUpper(c) || r.lx.techs[strings.ToLower(w)] || r.lx.vendors[strings.ToLower(w)]
		}) {
			return "", "", false
		}
		if r.lx.techs[strings.ToLower(ws[j])] && !r.lx.techs[strings.ToLower(strings.Join(ws, " "))] {
			return strings.Join(head, " "), strings.Join(ws[j:], " "), true
		}
	}
	return "", "", false
}

// splitLabelledFields splits a line of labelled groups set apart by wide
// gaps ("Programming: Python, R, SQL    Data: pandas, dbt") into a line
// each, when every field has its label.
func (r *run) splitLabelledFields(lines []*line) []*line {
	var out []*line
	for _, l := range lines {
		fs := wideFields(l.raw)
		if len(fs) < 2 || l.Cells != nil || slices.ContainsFunc(fs, func(f string) bool {
			label, value, ok := headKV(f)
			return !ok || label == "" || strings.TrimSpace(value) == ""
		}) {
			out = append(out, l)
			continue
		}
		for _, f := range fs {
			out = append(out, partLine(l, f))
		}
	}
	return out
}

// skillNameStops are the separators no group name holds.
const skillNameStops = "、，,;；/|：:"

// flatItems counts the lines at the start of ls that are single items
// without a marker (a short line, no separator, no heading), when a
// marked line or the end of the section follows them: the items of a
// group named by the bullet above them; none when a level is among them.
func (r *run) flatItems(ls []*line) int {
	n := 0
	for _, l := range ls {
		if l.Marker != "" || l.Heading > 0 || l.runes > 30 || containsAny(l.text, skillNameStops) || strings.Contains(l.raw, "  ") {
			break
		}
		if r.lx.levels[strings.ToLower(strings.TrimSpace(l.text))] {
			return 0 // "Programming" / "Advanced": a group and its level
		}
		n++
	}
	if n == 0 && len(ls) > 0 && ls[0].Marker == "" && ls[0].Heading == 0 && len(splitList(ls[0].text)) >= 2 && !containsAny(ls[0].text, "：:") && (len(ls) == 1 || ls[1].Marker != "") {
		return 1 // "• Design" over "User research, Prototyping": its one list
	}
	if n < len(ls) && ls[n].Marker == "" {
		return 0
	}
	return n
}

func itemsUnder(ls []*line, indent int) int {
	n := 0
	for _, l := range ls {
		if l.Marker != "" || l.Indent < indent+minSubIndent || strings.Contains(l.raw, "  ") {
			break
		}
		n++
	}
	return n
}

// bilingualLabel reports whether s is a short name in Chinese and its
// English: "编程语言 Languages", "云原生 Cloud Native".
func bilingualLabel(s string) bool {
	cjk, latin := splitScripts(s)
	return cjk != "" && latin != "" && hasHan(firstRune(s)) && shortLabel(cjk) && shortLabel(latin) && titleLike(latin)
}

// countCell is a table cell that holds a number only: years of use, the
// year last used ("8", "2025", "10+").
var countCell = lazyRE(`^\d+(?:\.\d+)?\+?$`)

// itemGrid reports whether the table row lines[i] stands in is a grid of
// items, one a cell: the first cell of every row a technology and no
// cell a list ("Python | Go | SQL" over "Docker | Kubernetes"). One row
// whose first cell is none ("Frontend | React | Vite") makes the first
// column the groups' names, "DevOps | Docker" among them.
func (r *run) itemGrid(lines []*line, i int) bool {
	lo, hi := i, i+1
	for lo > 0 && lines[lo-1].Cells != nil {
		lo--
	}
	for hi < len(lines) && lines[hi].Cells != nil {
		hi++
	}
	rows := 0
	for _, l := range lines[lo:hi] {
		cells := nonEmptyStrings(l.Cells)
		if len(cells) < 2 || l.HeadRow {
			continue // (the columns' headings: "Software | Years")
		}
		rows++
		// (a list in brackets is an aside: "Python (NumPy, pandas)")
		if !r.techItem(trailBracket.ReplaceAllString(cells[0], "")) || slices.ContainsFunc(cells, func(c string) bool { return containsAny(trailBracket.ReplaceAllString(c, ""), "、，,;；:：") }) {
			return false
		}
	}
	return rows > 0
}

// skillRow reads a table row of a skills table: first cell the group,
// unless the table is a grid of items.
func (r *run) skillRow(l *line, grid bool) {
	cells := nonEmptyStrings(l.Cells)
	if len(cells) >= 2 {
		// "Revit | 7 | 2024": how long and when last a skill was used
		// are no skills
		kept := cells[:1:1]
		for _, c := range cells[1:] {
			if !countCell.MatchString(c) && !duration.MatchString(c) {
				kept = append(kept, c)
			}
		}
		cells = kept
	}
	if len(cells) >= 2 && !slices.ContainsFunc(cells, func(c string) bool { return !ratingMarks.MatchString(c) }) {
		// "SQL  ★★★★★ | Python  ★★★★☆ | Tableau  ★★★★☆": a grid of rated
		// skills, every cell one
		var kw []string
		for _, c := range cells {
			kw = append(kw, r.keywords(strings.TrimSpace(ratingMarks.ReplaceAllString(c, " ")))...)
		}
		r.res.Skills = append(r.res.Skills, schema.Skill{Keywords: kw})
		return
	}
	if len(cells) < 2 {
		if len(cells) == 1 {
			r.res.Skills = append(r.res.Skills, schema.Skill{Keywords: r.keywords(cells[0])})
		}
		return
	}
	if len(cells) <= 3 && r.lx.levels[strings.ToLower(cells[1])] && (len(cells) == 2 || duration.MatchString(cells[2])) {
		// "pytest / unittest | 熟练", "Creo | 精通 | 96个月": the skill, its
		// level and how long it was used
		r.res.Skills = append(r.res.Skills, schema.Skill{Keywords: r.keywords(cells[0]), Level: cells[1]})
		return
	}
	var kw []string
	if grid {
		// "Python | Go | SQL": a grid of items, one a cell
		for _, c := range cells {
			kw = append(kw, r.keywords(c)...)
		}
		r.res.Skills = append(r.res.Skills, schema.Skill{Keywords: kw})
		return
	}
	for _, c := range cells[1:] {
		kw = append(kw, r.keywords(c)...)
	}
	if len(kw) > 0 {
		r.res.Skills = append(r.res.Skills, schema.Skill{Name: cells[0], Keywords: kw})
	}
}

func nonEmptyStrings(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// keywords splits a list of skills into items: list punctuation and
// slashes split (except inside names like C/C++), asides and filler words
// go, Chinese phrases are cut at word boundaries around filler words.
// maxChipRunes is the longest item of a list set apart by spaces only.
const maxChipRunes = 8

func (r *run) keywords(s string) []string {
	s = plusJoin.ReplaceAllString(s, "$1、$2")
	if items := r.gluedList(s); items != nil {
		s = strings.Join(items, "、") // "JavaSpring BootSpring CloudMySQL"
	} else if items := r.techRuns(s); items != nil {
		s = strings.Join(items, "、") // "React Vue TypeScript"
	}
	s = asideRe.ReplaceAllStringFunc(s, func(m string) string {
		sm := asideRe.FindStringSubmatch(m)
		if sm[1] != "" && !strings.HasPrefix(m, " ") && isShortLatin(sm[1]) {
			return m // HTTP(S)
		}
		return " "
	})
	// protect names with slashes
	protect := map[string]string{}
	ls := strings.ToLower(s)
	for i, k := range r.lx.keepSlash {
		if strings.Contains(ls, r.lx.keepSlashLower[i]) {
			ph := "\x00" + string(rune('A'+i)) + "\x00"
			s = replaceFold(s, k, ph)
			protect[ph] = k
		}
	}
	s = slashSplit(s)
	if ws := strings.Fields(s); len(ws) >= minTags && hasHan(s) && !skillSep.MatchString(strings.Join(ws, " ")) {
		// "需求分析 用户研究 Axure SQL": chips a Chinese page sets apart by
		// spaces alone
		short, han := true, 0
		for _, w := range ws {
			short = short && utf8.RuneCountInString(w) <= maxChipRunes
			if hasHan(w) {
				han++
			}
		}
		// (not a name in two languages, "云原生 Cloud Native")
		if short && han >= 2 && 2*han >= len(ws) {
			s = strings.Join(ws, "、")
		}
	}
	// "Photoshop、Figma 等设计软件": the category after 等 names no item
	s = categoryAfter.ReplaceAllString(s, "$1")
	if items := capitalRuns(s); items != nil {
		s = strings.Join(items, "、")
	}
	var out []string
	for _, piece := range skillSep.Split(s, -1) {
		for _, item := range latinJoins.Split(piece, -1) {
			for _, w := range r.cutFillers(item) {
				for ph, k := range protect {
					w = strings.ReplaceAll(w, ph, k)
				}
				w = trimFunctionChars(strings.Trim(w, " .:：-"))
				if w != "" && !r.lx.fillers[strings.ToLower(w)] && !(utf8.RuneCountInString(w) == 1 && hasHan(w)) {
					out = append(out, w)
				}
			}
		}
	}
	return out
}

// chipWords splits the value of a keyword label written with spaces
// alone between its items ("关键词：Rust Tokio SOCKS5 splice", the chips
// of a web page printed): no list punctuation, no Chinese, no joining
// word, and at least half of the words known technologies or shaped like
// one (a digit, a capital inside, an acronym), and no version number. It
// returns nil for anything else ("Tech: Google Cloud Platform" and
// "Tools: Vue 3 Vite" stay as they are).
func (r *run) chipWords(s string) []string {
	if strings.ContainsAny(s, "、，,;；|｜/·•()（）") || hasHan(s) || latinJoins.MatchString(" "+s+" ") {
		return nil
	}
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > maxChipWords {
		return nil
	}
	if items := r.techRuns(s); items != nil {
		return items
	}
	techy := 0
	for _, w := range ws {
		if strings.Trim(w, "0123456789.x") == "" {
			return nil // a version ("Vue 3", "Office 365"): names of more words
		}
		if r.lx.techs[strings.ToLower(w)] || techShaped(w) {
			techy++
		}
	}
	if 2*techy < len(ws) {
		return nil
	}
	return ws
}

// maxChipWords is the most items a keyword label's value split at spaces
// alone holds.
const maxChipWords = 8

// proseLatin reports whether s is English prose rather than a list: no
// Chinese, minProseWords words or more, and a first-person word or two
// sentences.
func proseLatin(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < minProseWords || hasHan(s) {
		return false
	}
	sentences := 0
	for _, w := range ws {
		switch strings.ToLower(strings.Trim(w, ",;:()—–-")) {
		case "i", "i'm", "i’m", "i've", "i’ve", "my", "we", "our":
			return true
		}
		if strings.HasSuffix(w, ".") && !strings.Contains(strings.TrimSuffix(w, "."), ".") {
			sentences++
		}
	}
	return sentences >= 2
}

// minProseAcronym is the fewest letters of an acronym read as a
// technology in prose.
const minProseAcronym = 3

// minProseWords is the fewest words of a prose paragraph of skills.
const minProseWords = 12

// proseTechs picks the technologies a paragraph of prose names, in order:
// the lexicon's names (the longest first, a capitalised word after one
// going with it: "Looker Studio") and words written like one (proseTech).
func (r *run) proseTechs(s string) []string {
	var ws []string
	var stop []bool // punctuation ends the word: no name runs on past it
	for _, f := range strings.Fields(s) {
		w := strings.TrimLeft(f, "([\"'“‘")
		end := strings.TrimRight(w, ".,;:!?)]\"'”’—–")
		ws, stop = append(ws, end), append(stop, end != w)
	}
	var found foldSet
	add := found.add
	joined := func(i, k int) bool { return !slices.Contains(stop[i:i+k-1], true) }
	for i := 0; i < len(ws); i++ {
		n := 0
		for k := min(maxTechWords, len(ws)-i); k >= 1; k-- {
			if joined(i, k) && r.lx.techs[strings.ToLower(strings.Join(ws[i:i+k], " "))] {
				n = k
				break
			}
		}
		switch {
		case n > 0:
			if j := i + n; j < len(ws) && !stop[j-1] && len(ws[j]) >= 3 && titleLike(ws[j]) && !r.lx.techs[strings.ToLower(ws[j])] && !r.lx.fillers[strings.ToLower(ws[j])] {
				n++ // "Looker Studio"
			}
			add(strings.Join(ws[i:i+n], " "))
			i += n - 1
		case proseTech(r, ws[i]):
			add(ws[i])
		}
	}
	return found.items
}

// proseLead is a word after which prose lists what one works with or
// in: "strongest in", "comfortable with", "using", "including".
var proseLead = lazyRE(`(?i)^.*\b(?:in|with|using|including|like|such as)\s+`)

// proseOpener is a word that starts a clause, not a skill's name.
var proseOpener = lazyRE(`(?i)^(?:i|i'm|i’m|i've|i’ve|my|we|a|an|the|this|that|which|who|it|and|or|but)\b`)

// proseItems reads the skills a paragraph of prose lists: the items of
// its comma lists ("I'm strongest in contextual inquiry, diary studies
// and survey design"), each a few words after the word that leads the
// list in, and the technologies named anywhere in it (proseTechs). A
// longer piece gives only its technologies.
func (r *run) proseItems(s string) []string {
	var found foldSet
	add := func(t string) { found.add(strings.Trim(t, " .,;:()“”\"'")) }
	for _, sentence := range proseSentence.Split(s, -1) {
		parts := proseComma.Split(sentence, -1)
		if len(parts) < 2 {
			for _, t := range r.proseTechs(sentence) {
				add(t)
			}
			continue
		}
		for _, part := range parts {
			cand := proseLead.ReplaceAllString(part, "")
			for _, t := range r.proseTechs(part[:len(part)-len(cand)]) {
				add(t) // "reshape data in Python with pandas": Python too
			}
			for _, item := range proseAnd.Split(cand, -1) {
				item = strings.TrimSpace(item)
				if n := len(strings.Fields(item)); n >= 1 && n <= maxTechWords && !proseOpener.MatchString(item) && !hasSentencePunct(item) && !r.lx.startsWithVerb(item) {
					add(item)
					continue
				}
				for _, t := range r.proseTechs(item) {
					add(t)
				}
			}
		}
	}
	return found.items
}

var (
	proseSentence = lazyRE(`[.;!?](?:\s+|$)|\s+[—–]\s+`)
	proseComma    = lazyRE(`,\s+`)
	proseAnd      = lazyRE(`\s+(?:and|or|&)\s+`)
)

// foldSet collects strings in the order they come, each once whatever
// its case; empty ones are left out.
type foldSet struct {
	items []string
	seen  map[string]bool
}

func (f *foldSet) add(t string) {
	if t == "" || f.seen[strings.ToLower(t)] {
		return
	}
	if f.seen == nil {
		f.seen = map[string]bool{}
	}
	f.seen[strings.ToLower(t)] = true
	f.items = append(f.items, t)
}

// proseTech reports whether a word of prose the lexicon lacks names a
// technology: written like one (techShaped), two letters or more and a
// lower-case one among them ("PostgreSQL", "pgvector2") or an acronym of
// minProseAcronym letters ("XLOOKUP"), and no degree, place or
// organisation ("PhD", "USA", "v2" and "Q3" are not).
func proseTech(r *run, w string) bool {
	letters := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			letters++
		}
	}
	return techShaped(w) && (letters >= 2 && strings.ContainsFunc(w, unicode.IsLower) || letters >= minProseAcronym) && !r.lx.hasDegree(w) && !r.lx.isLocation(w) && !r.lx.countries[w] && !r.lx.isOrg(w)
}

// techShaped reports whether w is written like a technology's name rather
// than a word: a digit in it, a capital after its first letter, or two
// capitals or more and nothing else ("SOCKS5", "eBPF", "gRPC", "AWS").
func techShaped(w string) bool {
	caps, digit, letters := 0, false, 0
	for i, c := range w {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'A' && c <= 'Z':
			caps++
			letters++
			if i > 0 {
				return true
			}
		case c >= 'a' && c <= 'z':
			letters++
		}
	}
	return digit && letters > 0 || caps >= 2
}

// maxTechWords is the most words of one technology's name ("Triton
// Inference Server").
const maxTechWords = 3

// techRuns splits a run of words written without separators into the
// technologies it names when every word belongs to one of them, longest
// names first: "Spring Boot Kafka Redis" is three, "Jetpack Compose" one;
// nil when a word names none or only one technology is named.
func (r *run) techRuns(s string) []string {
	if strings.ContainsAny(s, "、，,;；|｜()（）") || hasHan(s) {
		return nil
	}
	var ws []string
	for _, w := range strings.Fields(s) {
		ws = append(ws, r.gluedTechs(w)...)
	}
	if len(ws) < 2 {
		return nil
	}
	var items []string
	for i := 0; i < len(ws); {
		n := min(maxTechWords, len(ws)-i)
		for ; n > 0; n-- {
			if r.lx.techs[strings.ToLower(strings.Join(ws[i:i+n], " "))] {
				break
			}
		}
		if n == 0 {
			return nil
		}
		items = append(items, strings.Join(ws[i:i+n], " "))
		i += n
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// minGluedTechs is how many technologies a word must be made of, end to
// end, to be split into them: "JavaScalaPythonSQL", chips whose spaces a
// converter lost; two ("NodeJS") could be one name the lexicon lacks.
const minGluedTechs = 3

// gluedTechs splits a word that is technologies' names written end to end
// into those names; it returns the word itself when it names one, or when
// no such reading covers it.
func (r *run) gluedTechs(w string) []string {
	if len(w) < 6 || strings.IndexFunc(w, func(c rune) bool { return c >= utf8.RuneSelf }) >= 0 || r.lx.techs[strings.ToLower(w)] {
		return []string{w}
	}
	low := strings.ToLower(w)
	// best[i] is the fewest names that cover low[i:], -1 for none
	best := make([]int, len(low)+1)
	next := make([]int, len(low)+1)
	for i := len(low) - 1; i >= 0; i-- {
		best[i] = -1
		for j := len(low); j > i+1; j-- {
			if best[j] >= 0 && r.lx.techs[low[i:j]] && (best[i] < 0 || best[j]+1 < best[i]) {
				best[i], next[i] = best[j]+1, j
			}
		}
	}
	if best[0] < minGluedTechs {
		return []string{w}
	}
	var out []string
	for i := 0; i < len(w); i = next[i] {
		out = append(out, w[i:next[i]])
	}
	return out
}

// gluedList splits a list whose items a converter wrote end to end,
// spaces lost between them though kept inside them ("JavaSpring
// BootSpring CloudMySQLRedis分布式事务DDD"): a reading of the whole of s
// as known technologies, runs of Chinese and acronyms in capitals, the
// fewest pieces and the most of them known, with at least minGluedTechs
// known ones and two of them meeting with no space between. It returns
// nil for anything else.
func (r *run) gluedList(s string) []string {
	s = strings.TrimSpace(s)
	if len(s) < 12 || strings.ContainsAny(s, "、，,;；|｜()（）:：。.") && !strings.Contains(s, ".js") {
		return nil
	}
	low := asciiLower(s)   // (byte for byte: low's offsets are s's; strings.ToLower changes the length of "K", "ſ")
	const unknownCost = 10 // a piece the lexicon lacks costs more than any run of known names
	// cost[i] is the least cost of reading s[i:], known[i] its known pieces
	cost := make([]int, len(s)+1)
	known := make([]int, len(s)+1)
	next := make([]int, len(s)+1)
	glued := make([]bool, len(s)+1)
	knownAt := make([]bool, len(s)+1) // a known name starts there
	for i := len(s) - 1; i >= 0; i-- {
		cost[i] = -1
		if s[i] == ' ' {
			if cost[i+1] >= 0 {
				cost[i], known[i], next[i], glued[i] = cost[i+1], known[i+1], -1, glued[i+1]
			}
			continue
		}
		try := func(j, c, k int) {
			if j <= i || cost[j] < 0 {
				return
			}
			g := glued[j] || j < len(s) && s[j] != ' '
			if cost[i] < 0 || cost[j]+c < cost[i] {
				cost[i], known[i], next[i], glued[i] = cost[j]+c, known[j]+k, j, g
			}
		}
		for j := min(len(s), i+maxTechName); j > i+1; j-- {
			if r.lx.techs[low[i:j]] && (j == len(s) || s[j] == ' ' || !isLowerLatin(s[j-1]) || !isLowerLatin(s[j])) {
				try(j, 1, 1)
				knownAt[i] = true
			}
		}
		if c, n := utf8.DecodeRuneInString(s[i:]); isHan(c) {
			j := i + n
			for j < len(s) {
				c2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isHan(c2) {
					break
				}
				j += n2
			}
			try(j, unknownCost, 0) // "分布式事务"
		} else if c >= 'A' && c <= 'Z' {
			j := i
			for j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
				j++
			}
			if j-i >= 2 && j-i <= 6 && (j == len(s) || !isLowerLatin(s[j])) {
				try(j, unknownCost, 0) // "DDD"
			}
			for k := i + 2; k < j && k-i <= 6; k++ {
				if knownAt[k] {
					try(k, unknownCost, 0) // "GL" of "GLPostgreSQL": capitals up to a known name
				}
			}
			// a capitalised name the lexicon lacks, up to a capital after a
			// small letter, never past a known name: "ShardingSphere" of
			// "ShardingSphereMySQL"
			for k := i + 1; k <= len(s) && k-i <= maxTechName && !knownAt[i]; k++ {
				if k == len(s) || s[k] == ' ' || s[k] >= 'A' && s[k] <= 'Z' && isLowerLatin(s[k-1]) {
					if k-i >= 3 {
						try(k, unknownCost, 0)
					}
				}
				if k < len(s) && knownAt[k] && s[k] >= 'A' && s[k] <= 'Z' {
					if k-i >= 3 {
						try(k, unknownCost, 0) // "Mapbox GL" of "Mapbox GLPostgreSQL"
					}
					break // (nor one that starts with a known name: "TypeScriptMapbox")
				}
				if k+1 < len(s) && s[k] == ' ' && s[k+1] >= 'A' && s[k+1] <= 'Z' {
					continue // "Mapbox GL": a space stays inside a name the converter kept
				}
				if k == len(s) || !(s[k] >= 'A' && s[k] <= 'Z' || isLowerLatin(s[k]) || s[k] >= '0' && s[k] <= '9') {
					break
				}
			}
		}
	}
	if cost[0] < 0 || !glued[0] {
		return nil
	}
	// the known names must be most of the reading: three at least, or
	// two and no fewer than the unknown pieces
	if unknown := (cost[0] - known[0]) / unknownCost; known[0] < minGluedTechs && (known[0] < 2 || unknown > known[0]) {
		return nil
	}
	var out []string
	for i := 0; i < len(s); {
		if next[i] < 0 {
			i++
			continue
		}
		out = append(out, strings.TrimSpace(s[i:next[i]]))
		i = next[i]
	}
	return out
}

// maxTechName is the longest technology name, in bytes, gluedList looks for.
const maxTechName = 40

func isLowerLatin(b byte) bool { return b >= 'a' && b <= 'z' }

// minCapitalRuns is how many capitalised runs a list without separators
// must hold to be split at its capitals: "Java Kotlin Python Terraform"
// (a converter dropped the commas) is four items, "Google Cloud Platform" one.
const minCapitalRuns = 4

// capitalRuns splits a Latin list that lost its separators into items, each
// a capitalised word (or one in capitals or with a digit) and the lowercase
// words and version numbers after it: "Threat modelling Penetration testing
// SAST OAuth 2.0". It returns nil for anything else: a list with
// separators, a sentence, too few items.
func capitalRuns(s string) []string {
	if containsAny(s, "、，,;；|｜") || hasHan(s) || strings.HasSuffix(strings.TrimSpace(s), ".") {
		return nil
	}
	var items []string
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			items = append(items, w)
		case len(items) > 0 && (unicode.IsLower(r) || unicode.IsDigit(r)):
			items[len(items)-1] += " " + w
		default:
			return nil
		}
	}
	if len(items) < minCapitalRuns {
		return nil
	}
	return items
}

// functionChars are one-character Chinese words that join a phrase to
// its sentence (有, 的, 对 …): at the edge of a skill item they are left
// over from the sentence it was cut from ("对 Hudi", "SQL 调优有").
const functionChars = "有的和与及对在"

// trimFunctionChars drops a function character that ends a skill item of
// three characters or more, or starts one before a Latin word ("对
// Hudi"); a word that starts with one ("有限元分析") stays.
func trimFunctionChars(w string) string {
	for {
		rs := []rune(w)
		if len(rs) < 3 {
			return w
		}
		switch {
		case strings.ContainsRune(functionChars, rs[0]) && (rs[1] == ' ' || rs[1] < 0x80 && unicode.IsLetter(rs[1])):
			w = strings.TrimSpace(string(rs[1:]))
		case strings.ContainsRune(functionChars, rs[len(rs)-1]):
			w = strings.TrimSpace(string(rs[:len(rs)-1]))
		default:
			return w
		}
	}
}

// slashSplit turns list slashes into list commas, keeping slashes inside a
// name: one letter before it or a digit after it ("S/4HANA", "B2B/2C" no).
func slashSplit(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '/' || r == '／' {
			prev := s[:i]
			word := prev[strings.LastIndexAny(prev, " 、,，(（")+1:]
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if !(utf8.RuneCountInString(word) == 1 && unicode.IsLetter(next) && next < 0x80 || unicode.IsDigit(next) && word != "") {
				b.WriteString("、")
				i += n
				continue
			}
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

func isShortLatin(s string) bool {
	if len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r > 0x7f || !unicode.IsLetter(r) && r != '+' && r != '#' {
			return false
		}
	}
	return true
}

func replaceFold(s, old, repl string) string {
	ls, lo := asciiLower(s), asciiLower(old) // (byte for byte: ls's offsets are s's)
	var b strings.Builder
	for {
		i := strings.Index(ls, lo)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i] + repl)
		s, ls = s[i+len(old):], ls[i+len(lo):]
	}
}

// cutFillers strips leading proficiency words and splits a phrase at
// filler words that stand alone as words.
func (r *run) cutFillers(s string) []string {
	s = strings.TrimSpace(s)
	for changed := true; changed; {
		changed = false
		lower := asciiLower(s)
		if r.lx.fillers[lower] {
			return nil // "能独立完成" before a space: a filler whole, no shorter one's rest ("完成")
		}
		for _, f := range r.lx.fillerList {
			if len(s) > len(f) && strings.HasPrefix(lower, f) {
				rest := s[len(f):]
				rn, _ := utf8.DecodeRuneInString(rest)
				if hasHan(f) || rn == ' ' && !(f == "etc" && s[:len(f)] == "ETC") { // ("ETC Eos": a maker's name in capitals, no "etc")
					s = strings.TrimSpace(rest)
					changed = true
					break
				}
			}
		}
	}
	if !hasHan(s) || !strings.ContainsAny(s, r.lx.fillerRunes) {
		return []string{s} // no filler word can stand in it: no cut needed
	}
	var words []string
	if r.x.seg != nil {
		words = r.x.seg.Cut(s)
	} else {
		for _, c := range s {
			words = append(words, string(c))
		}
	}
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	for _, w := range words {
		if hasHan(w) && r.lx.fillers[w] {
			flush()
			continue
		}
		cur.WriteString(w)
	}
	flush()
	return out
}
