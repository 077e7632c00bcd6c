// Package nasty generates hostile inputs that stay inside resumex's size
// limits (32 MB files, 8 MB of text, 50 PDF pages) yet are built to cost
// time or memory: millions of short lines, deep operand stacks, tables of
// tens of thousands of cells, objects resolved again and again, CSS
// selectors that explode, and the like. Each Kind makes its input at any
// size, so the same generators feed `make nasty` (full size, one process
// per file, timed) and the cost tests (at most 64 KB, counted).
package nasty

import (
	"fmt"
	"path"
	"slices"
	"strings"
)

// Kind is one kind of nasty input.
type Kind struct {
	// Name is the file name the input is written under; its extension is
	// the format.
	Name string
	// What says in a few words what the input does.
	What string
	// Size is the size Make is given at full scale: the most the limits
	// allow, or what it takes to make the input costly.
	Size int
	// Make returns the input for a size in bytes: the size of the file for
	// text formats, about the size of the decoded content for PDF and
	// DOCX (whose files are compressed and may be much smaller).
	Make func(size int) []byte

	head, unit string // for a kind of repeated lines: see lined
}

// Kinds returns every kind, text first, then Markdown, HTML, PDF and DOCX.
// A kind of repeated lines comes with its twin of a little fewer lines
// than the line budget allows ("-10k"): the first is refused, the second
// read, and both must cost little.
func Kinds() []Kind {
	var all []Kind
	for _, k := range slices.Concat(textKinds(), markdownKinds(), htmlKinds(), pdfKinds(), docxKinds()) {
		all = append(all, k)
		if k.unit == "" {
			continue
		}
		head, unit := k.head, k.unit
		ext := path.Ext(k.Name)
		all = append(all, Kind{
			Name: strings.TrimSuffix(k.Name, ext) + "-10k" + ext,
			What: k.What + ", within the line budget",
			Size: len(head) + withinLines/countLines(unit)*len(unit),
			Make: func(n int) []byte { return repeat(head, unit, n) },
		})
	}
	return all
}

// withinLines is a few lines less than the budget of a document
// (doc.MaxLines, 10,000), room for a header.
const withinLines = 9_900

// lined is the kind of head followed by unit repeated to the text limit:
// millions of lines.
func lined(name, what, head, unit string) Kind {
	return Kind{Name: name, What: what, Size: textLimit, head: head, unit: unit,
		Make: func(n int) []byte { return repeat(head, unit, n) }}
}

// countLines counts the lines of text as resumex does: line ends (LF,
// CRLF, CR) and form feeds.
func countLines(text string) int {
	return max(1, strings.Count(text, "\n")+strings.Count(text, "\r")-strings.Count(text, "\r\n")+strings.Count(text, "\f"))
}

// MB is a megabyte.
const MB = 1 << 20

// textLimit is the largest text, Markdown or HTML input resumex reads
// (parser.DefaultMaxTextSize), less a little room for a header line.
const textLimit = 8*MB - 1024

// repeat returns head followed by unit repeated to fill size bytes.
func repeat(head, unit string, size int) []byte {
	if unit == "" {
		return []byte(head)
	}
	n := max(1, (size-len(head))/len(unit))
	var b strings.Builder
	b.Grow(len(head) + n*len(unit))
	b.WriteString(head)
	for range n {
		b.WriteString(unit)
	}
	return []byte(b.String())
}

// header is the top of a resume: a name and contact details, so that the
// input reads as a resume until the nasty part starts.
const header = "Avery Quill\navery.quill@example.org | +1 555 0100 | Springfield\n\nEXPERIENCE\nStaff Engineer, Example Corp  Jan 2020 - Present\n"

// mdHeader is header in Markdown.
const mdHeader = "# Avery Quill\navery.quill@example.org | +1 555 0100\n\n## Experience\n### Staff Engineer, Example Corp\nJan 2020 - Present\n"

// lcg is a small deterministic random source: the inputs are the same on
// every run.
type lcg uint64

func (r *lcg) next() uint64 {
	*r = *r*6364136223846793005 + 1442695040888963407
	return uint64(*r >> 33)
}

// intn returns a number in [0, n).
func (r *lcg) intn(n int) int { return int(r.next() % uint64(n)) }

// words are invented filler words.
var words = strings.Fields("led built shipped designed systems platform data team services latency cost users growth cloud golang rust kubernetes pipelines search billing mobile reports")

func (r *lcg) word() string { return words[r.intn(len(words))] }

// sentence returns n words.
func (r *lcg) sentence(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = r.word()
	}
	return strings.Join(w, " ")
}

func textKinds() []Kind {
	return []Kind{
		lined("text-short-lines.txt", "millions of one-letter lines", header, "a\n"),
		lined("text-crlf-lines.txt", "millions of one-letter lines, CRLF", strings.ReplaceAll(header, "\n", "\r\n"), "a\r\n"),
		lined("text-cr-lines.txt", "millions of one-letter lines, CR only", strings.ReplaceAll(header, "\n", "\r"), "a\r"),
		lined("text-blank-lines.txt", "a text of blank lines", header, "\n"),
		lined("text-form-feeds.txt", "millions of pages (form feeds)", header, "a\f"),
		{Name: "text-bare-form-feeds.txt", What: "one line of form feeds", Size: textLimit,
			Make: func(n int) []byte { return repeat(header, "\f", n) }},
		{Name: "text-one-line-tabs.txt", What: "one line of tabs", Size: textLimit,
			Make: func(n int) []byte { return repeat(header+"x", "\t", n) }},
		{Name: "text-one-line-digits.txt", What: "one line of digits", Size: textLimit,
			Make: func(n int) []byte { return repeat(header, "0123456789", n) }},
		{Name: "text-one-line-brackets.txt", What: "one line of brackets", Size: textLimit,
			Make: func(n int) []byte { return repeat(header, "([{<", n) }},
		{Name: "text-one-line-words.txt", What: "one line of words", Size: textLimit,
			Make: func(n int) []byte { return repeat(header, "word ", n) }},
		{Name: "text-one-line-wide-gaps.txt", What: "one line of fields set apart by wide gaps", Size: textLimit,
			Make: func(n int) []byte { return repeat(header, "ab   ", n) }},
		{Name: "text-long-word.txt", What: "one 8 MB word", Size: textLimit,
			Make: func(n int) []byte { return repeat(header, "x", n) }},
		lined("text-bullets.txt", "a million bullet items", header, "• a\n"),
		lined("text-numbered.txt", "a million numbered items", header, "1. a\n"),
		lined("text-headings.txt", "a million section headings", header, "EXPERIENCE\nSKILLS\n"),
		lined("text-date-ranges.txt", "a million date ranges", header, "Jan 2020 - Mar 2021\n"),
		lined("text-entries.txt", "job entries with bullets, repeated", header, "Senior Engineer, Example Corp, Springfield  Jan 2019 - Present\n• Led the platform team of 8\n• Cut latency by 40%\n\n"),
		lined("text-contacts.txt", "e-mails, phones and URLs, a line each", header, "a.b@example.org +1 555 0100 https://example.org/x\n"),
		lined("text-prose.txt", "lines of prose, 200 bytes each", header, "Designed and shipped the billing platform that serves forty thousand users across three regions, cutting the monthly cost of cloud services by a third while growing the team from four to nine engineers.\n"),
		{Name: "text-columns.txt", What: "two text columns, page after page", Size: textLimit,
			Make: func(n int) []byte {
				r := lcg(1)
				var b strings.Builder
				b.WriteString(header)
				for b.Len() < n-8000 {
					for range 60 {
						fmt.Fprintf(&b, "%-38s    %s\n", r.sentence(4), r.sentence(6))
					}
					b.WriteString("\f")
				}
				return []byte(b.String())
			}},
		{Name: "text-wide-column-page.txt", What: "one page of 600 lines, 400 columns wide", Size: 600 * 402,
			Make: func(n int) []byte {
				r := lcg(2)
				var b strings.Builder
				b.WriteString(header)
				for b.Len() < n {
					var l strings.Builder
					for l.Len() < 390 {
						l.WriteString(r.word())
						l.WriteString(strings.Repeat(" ", 1+r.intn(3)))
					}
					b.WriteString(l.String()[:390])
					b.WriteString("\n")
				}
				return []byte(b.String())
			}},
		{Name: "text-cjk.txt", What: "8 MB of Chinese without a break", Size: textLimit,
			Make: func(n int) []byte { return repeat("张伟\n工作经历\n", "负责后端开发与系统设计", n) }},
		lined("text-cjk-lines.txt", "Chinese lines, a million", "张伟\n工作经历\n", "技能：\n"),
		{Name: "text-utf16.txt", What: "UTF-16 text of short lines", Size: textLimit,
			Make: func(n int) []byte {
				b := []byte{0xFF, 0xFE}
				for _, c := range header {
					b = append(b, byte(c), 0)
				}
				for len(b)+4 <= n {
					b = append(b, 'a', 0, '\n', 0)
				}
				return b
			}},
		lined("text-latin1.txt", "Windows-1252 text of short lines", header, "caf\xe9\n"),
		lined("text-front-matter.txt", "a --- block of key lines", "---\n", "key: value\n"),
	}
}

func markdownKinds() []Kind {
	return []Kind{
		lined("md-headings.md", "a million Markdown headings", mdHeader, "# a\n"),
		lined("md-setext.md", "setext headings, a million", mdHeader, "a\n-\n\n"),
		lined("md-list.md", "a million list items, nested", mdHeader, "- a\n  - b\n"),
		{Name: "md-emphasis.md", What: "one line of unclosed emphasis", Size: textLimit,
			Make: func(n int) []byte { return repeat(mdHeader, "*a **b _c ", n) }},
		{Name: "md-links.md", What: "one line of links", Size: textLimit,
			Make: func(n int) []byte { return repeat(mdHeader, "[a](https://example.org/a) ", n) }},
		{Name: "md-brackets.md", What: "one line of open brackets", Size: textLimit,
			Make: func(n int) []byte { return repeat(mdHeader, "[(", n) }},
		{Name: "md-backticks.md", What: "one line of backtick runs", Size: textLimit,
			Make: func(n int) []byte { return repeat(mdHeader, "`a ``b ", n) }},
		lined("md-fences.md", "a million code fences", mdHeader, "```\na\n"),
		{Name: "md-table.md", What: "a table of 100 columns, 8 MB of rows", Size: textLimit,
			Make: func(n int) []byte {
				row := "|" + strings.Repeat(" a |", 100) + "\n"
				return repeat(mdHeader+"\n"+row+"|"+strings.Repeat("---|", 100)+"\n", row, n)
			}},
		{Name: "md-quotes.md", What: "block quotes nested a thousand deep", Size: textLimit,
			Make: func(n int) []byte { return repeat(mdHeader, strings.Repeat(">", 1000)+" a\n", n) }},
		lined("md-html-comments.md", "HTML comments opened, never closed", mdHeader, "a <!-- b\n"),
	}
}

// html wraps a body in a page.
func html(style, body string) string {
	return "<!DOCTYPE html><html><head><title>CV</title><style>" + style + "</style></head><body><h1>Avery Quill</h1><p>avery.quill@example.org</p><h2>Experience</h2><p>Staff Engineer, Example Corp, Jan 2020 - Present</p>" + body + "</body></html>"
}

// page is the kind of a page of count units between open and close, with
// the style sheet style(n) (nil for none) at size n.
func page(name, what string, style func(n int) string, open, unit, close string, count int) Kind {
	return Kind{Name: name, What: what, Size: count * len(unit), Make: func(n int) []byte {
		css := ""
		if style != nil {
			css = style(n)
		}
		return []byte(html(css, open+string(repeat("", unit, n-len(css)-len(open)))+close))
	}}
}

// Style sheets of the CSS kinds, as many rules as suit size n.
func nthRules(n int) string {
	var css strings.Builder
	for i := 1; i <= max(1, min(300, n/5000)); i++ {
		fmt.Fprintf(&css, "span:nth-child(%dn+%d), span:nth-last-child(%d) { font-weight: bold }\n", i, i, i)
	}
	return css.String()
}

func siblingRules(n int) string {
	var css strings.Builder
	for i := range max(1, min(50, n/1000)) {
		fmt.Fprintf(&css, "span ~ span ~ span ~ span ~ b.y%d { font-weight: bold }\n", i)
	}
	return css.String()
}

func manyRules(n int) string {
	var css strings.Builder
	for i := range max(1, min(5000, n/300)) {
		fmt.Fprintf(&css, "div.c%d > span, section .c%d { font-size: 12px }\n", i, i)
	}
	return css.String()
}

func htmlKinds() []Kind {
	nested := func(depth int, leaf string) string {
		return strings.Repeat("<div class=a>", depth) + leaf + strings.Repeat("</div>", depth)
	}
	return []Kind{
		{Name: "html-css-descendants.html", What: "a small page whose <style> nests descendant selectors", Size: 64 << 10,
			Make: func(n int) []byte {
				var css strings.Builder
				for i := 0; css.Len() < n/2; i++ {
					fmt.Fprintf(&css, "p %s span.x%d { font-weight: bold }\n", strings.Repeat("div ", 12), i)
				}
				var body strings.Builder
				for body.Len() < n/2 {
					body.WriteString(nested(200, "<span>a</span>"))
				}
				return []byte(html(css.String(), body.String()))
			}},
		page("html-css-nth-child.html", "a <style> of :nth-child rules over a long list", nthRules, "<p>", "<span>a</span>", "</p>", 2*MB/14),
		page("html-css-siblings.html", "general sibling selectors over many siblings", siblingRules, "<p>", "<span>a</span>", "</p>", 2*MB/14),
		{Name: "html-css-has.html", What: ":has() and :not() over a deep page", Size: 512 << 10,
			Make: func(n int) []byte {
				css := "div:has(div div div span) { display: none }\ndiv:not(div div div p) { font-weight: bold }\n"
				var body strings.Builder
				for body.Len() < n {
					body.WriteString(nested(200, "<span>a</span>"))
				}
				return []byte(html(css, body.String()))
			}},
		page("html-css-many-rules.html", "10,000 rules over 200,000 elements", manyRules, "", "<div class=c1><span>a</span></div>", "", textLimit/34),
		{Name: "html-br.html", What: "two million <br>", Size: textLimit,
			Make: func(n int) []byte { return []byte(html("", string(repeat("<p>", "a<br>", n-200)))) }},
		{Name: "html-bare-br.html", What: "<br> only", Size: textLimit,
			Make: func(n int) []byte { return []byte(html("", string(repeat("<p>a", "<br>", n-200)))) }},
		{Name: "html-li.html", What: "a million <li>", Size: textLimit,
			Make: func(n int) []byte { return []byte(html("", "<ul>"+string(repeat("", "<li>a", n-200))+"</ul>")) }},
		{Name: "html-p.html", What: "a million <p>", Size: textLimit,
			Make: func(n int) []byte { return []byte(html("", string(repeat("", "<p>a", n-200)))) }},
		{Name: "html-pre.html", What: "one big <pre>", Size: textLimit,
			Make: func(n int) []byte { return []byte(html("", "<pre>"+string(repeat("", "a b\n", n-200))+"</pre>")) }},
		{Name: "html-one-text.html", What: "one 8 MB text node", Size: textLimit,
			Make: func(n int) []byte { return []byte(html("", "<p>"+string(repeat("", "word ", n-200))+"</p>")) }},
		{Name: "html-spans.html", What: "a million styled spans on one line", Size: textLimit,
			Make: func(n int) []byte {
				return []byte(html("", "<p>"+string(repeat("", "<b>a</b><i>b</i>", n-200))+"</p>"))
			}},
		{Name: "html-table.html", What: "a table of 100,000 rows", Size: textLimit,
			Make: func(n int) []byte {
				return []byte(html("", "<table>"+string(repeat("", "<tr><td>a</td><td>b</td><td>c</td></tr>", n-200))+"</table>"))
			}},
		{Name: "html-wide-row.html", What: "one table row of a million cells", Size: textLimit,
			Make: func(n int) []byte {
				return []byte(html("", "<table><tr>"+string(repeat("", "<td>a", n-200))+"</tr></table>"))
			}},
		{Name: "html-links.html", What: "a million links", Size: textLimit,
			Make: func(n int) []byte {
				return []byte(html("", "<p>"+string(repeat("", `<a href="https://example.org/">a</a>`, n-200))+"</p>"))
			}},
		{Name: "html-deep.html", What: "elements nested 100,000 deep", Size: textLimit,
			Make: func(n int) []byte {
				return []byte(html("", string(repeat("", "<div><span>", n/2))+"a"))
			}},
		{Name: "html-inline-styles.html", What: "a million inline styles", Size: textLimit,
			Make: func(n int) []byte {
				return []byte(html("", string(repeat("", `<div style="font-size:12px;font-weight:bold;display:flex">a</div>`, n-200))))
			}},
		{Name: "html-main-candidates.html", What: "a hundred thousand <article> candidates", Size: textLimit,
			Make: func(n int) []byte {
				return []byte(html("", string(repeat("", "<article><p>a b c</p></article>", n-200))))
			}},
		// within the budgets: 49,000 elements, 9,900 lines
		page("html-br-10k.html", "9,900 lines of <br>", nil, "<p>", "a<br>", "", 9900),
		page("html-li-10k.html", "9,900 <li>", nil, "<ul>", "<li>a", "</ul>", 9900),
		page("html-table-10k.html", "a table of 9,900 rows of 3 cells", nil, "<table>", "<tr><td>a</td><td>b</td><td>c</td></tr>", "</table>", 9900),
		page("html-wide-row-49k.html", "one table row of 49,000 cells", nil, "<table><tr>", "<td>a", "</tr></table>", 49000),
		page("html-spans-24k.html", "one line of 49,000 styled spans", nil, "<p>", "<b>a</b><i>b</i>", "</p>", 24500),
		page("html-links-49k.html", "one line of 49,000 links", nil, "<p>", `<a href="https://example.org/">a</a>`, "</p>", 49000),
		page("html-deep-49k.html", "elements nested 49,000 deep", nil, "", "<div><span>", "a", 24500),
		page("html-inline-styles-10k.html", "9,900 blocks with inline styles", nil, "", `<div style="font-size:12px;font-weight:bold;display:flex">a</div>`, "", 9900),
		page("html-main-candidates-10k.html", "9,900 <article> candidates", nil, "", "<article><p>a b c</p></article>", "", 9900),
		page("html-css-nth-child-49k.html", "up to 600 :nth-child rules over 49,000 siblings", nthRules, "<p>", "<span>a</span>", "</p>", 49000),
		page("html-css-siblings-49k.html", "general sibling selectors over 49,000 siblings", siblingRules, "<p>", "<span>a</span>", "</p>", 49000),
		page("html-css-many-rules-49k.html", "up to 10,000 rules over 49,000 elements", manyRules, "<p>", "<span>a</span>", "</p>", 49000),
		{Name: "html-nested-sections.html", What: "sections nested 250 deep around 40,000 elements", Size: 40000 * 14,
			Make: func(n int) []byte {
				open := strings.Repeat("<section><h2>Skills</h2>", 250)
				return []byte(html("", open+string(repeat("", "<span>a</span>", n-len(open)))+strings.Repeat("</section>", 250)))
			}},
		{Name: "html-cookie-wrappers.html", What: "cookie-banner wrappers nested 250 deep around 40,000 elements", Size: 40000 * 13,
			Make: func(n int) []byte {
				open := strings.Repeat(`<div class="cookie-banner">`, 250)
				return []byte(html("", open+string(repeat("", "<span></span>", n-len(open)))+strings.Repeat("</div>", 250)))
			}},
	}
}
