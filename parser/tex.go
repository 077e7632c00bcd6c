package parser

import (
	"regexp"
	"slices"
	"strings"
	"sync"
)

// TeX source pasted as text (a résumé typed in LaTeX and saved or pasted
// as .txt) reads as what it typesets: `\section*{Experience}` is the line
// "Experience", a table row `2021--now & Engineer & Acme \\` is three
// fields set apart by wide gaps, `\textbf{Skills:}` is "Skills:", `\item`
// is a bullet. Only documents that look like TeX are rewritten.

// minTeXLines is how many lines must end a table row (`\\`) or open a
// section (`\section{…}`) before a text is read as TeX source.
const minTeXLines = 3

// texRules are compiled on first use: most texts are not TeX.
type texRules struct {
	rowEnd, section, command, item, env *regexp.Regexp
	lone, descItem, switches, anyArg    *regexp.Regexp
	math, spacing, bare, argBreak       *regexp.Regexp
	symbol, noText                      *regexp.Regexp
	chars, symbols                      *strings.Replacer
}

var texOnce = sync.OnceValue(func() *texRules {
	return &texRules{
		// "\\" or "\\[4pt]" ending a row
		rowEnd: regexp.MustCompile(`\\\\\s*(?:\[[^\]]*\])?\s*$`),
		// "\section*{Experience}", "\cvsection{Skills}", "\subsection{X}"
		section: regexp.MustCompile(`^\s*\\[a-zA-Z]*section\*?\{([^{}]*)\}\s*$`),
		// "\textbf{X}", "\emph{X}", "\href{url}{X}" (the argument kept)
		command: regexp.MustCompile(`\\(?:textbf|textit|textsc|emph|underline|mbox|text|url)\{([^{}]*)\}|\\(?:textcolor|colorbox)\{[^{}]*\}\{([^{}]*)\}|\\href\{([^{}]*)\}\{([^{}]*)\}`),
		// "\item X"
		item: regexp.MustCompile(`^\s*\\item\s*`),
		// lines that typeset nothing: "\begin{itemize}", "\hfill", "% note"
		env: regexp.MustCompile(`^\s*(?:\\(?:begin|end)\{[^{}]*\}(?:\{[^{}]*\}|\[[^\]]*\])*|\\(?:hfill|vspace\*?\{[^{}]*\}|newline|noindent|medskip|smallskip|bigskip)|%.*)\s*$`),
		// a line that is one command of one argument: "\head{Summary}",
		// "\cvsection{Skills}", a heading the résumé's own macro sets
		lone: regexp.MustCompile(`^\s*\\[a-zA-Z]+\*?\{([^{}\\]+)\}\s*$`),
		// "\item[2017 -- 2019] MBA …": a description list's label, then its text
		descItem: regexp.MustCompile(`^\s*\\item\s*\[([^\]]*)\]\s*`),
		// font and size switches that typeset nothing of their own
		switches: regexp.MustCompile(`\\(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge|bfseries|mdseries|itshape|slshape|scshape|upshape|normalfont|rmfamily|sffamily|ttfamily|centering|raggedright|raggedleft|par)\b\s*`),
		// any other command's one argument: "\cvtag{Go}" keeps Go
		anyArg: regexp.MustCompile(`\\[a-zA-Z]+\*?(?:\[[^\]]*\])?\{([^{}]*)\}`),
		// inline math of a symbol or two: "$|$", "$\diamond$" (not "\$18k")
		math: regexp.MustCompile(`(^|[^\\])\$([^$]{0,24})\$`),
		// spacing with its length: "\vspace{3pt}", "\hspace*{1em}"
		spacing: regexp.MustCompile(`\\(?:vspace|hspace|vskip|hskip)\*?(?:\{[^{}]*\}|\s*-?[\d.]+\s*(?:pt|em|ex|cm|mm|in))`),
		// a command left with no argument: "\resumeSubheading", "\item{"
		bare: regexp.MustCompile(`\\[a-zA-Z]+\*?`),
		// "}{" between a macro's arguments: cells of a row; before
		// punctuation ("\textbf{Languages}{: Go, C}") one text
		argBreak: regexp.MustCompile(`\}\s*\{([:;,.]?)`),
		// commands that set a symbol or a space: "\diamond", "\textbar{}",
		// "\hfill" (a whole word: "\midrule" is no "\mid")
		symbol:  regexp.MustCompile(`\\(diamond|bullet|cdot|vert|mid|sim|textbar|textbullet|textperiodcentered|hfill|qquad|quad|newline|linebreak|LaTeX|TeX)(?:\{\})?([^a-zA-Z]|$)`),
		symbols: strings.NewReplacer(`\\`, "   ", `\;`, " ", `\:`, " ", `\ `, " "),
		// commands whose argument typesets no text: "\input{sections/x}"
		noText: regexp.MustCompile(`^\s*\\(?:input|include|includegraphics|pagestyle|thispagestyle|setlength|addtolength|hspace|vspace|label|newpage|clearpage|pagenumbering|setcounter|geometry|usepackage|documentclass|bibliographystyle|bibliography|item)\b`),
		chars:  strings.NewReplacer("---", "—", "--", "–", "``", "“", "''", "”", `\&`, "&", `\%`, "%", `\$`, "$", `\#`, "#", `\_`, "_", "~", " ", `\,`, ""),
	}
})

// isTeX reports whether lines look like TeX source.
func isTeX(lines []rawLine) bool {
	n := 0
	for _, l := range lines {
		if !strings.Contains(l.text, `\`) {
			continue
		}
		if beginsDocument(l.text) {
			return true // a whole LaTeX document
		}
		if strings.HasSuffix(strings.TrimSpace(l.text), `\\`) || strings.Contains(l.text, `\\[`) ||
			strings.Contains(l.text, `section{`) || strings.Contains(l.text, `section*{`) || strings.Contains(l.text, `\item`) {
			n++
			if n >= minTeXLines {
				return true
			}
		}
	}
	return false
}

// untex rewrites TeX source lines into the text they typeset; other
// texts are returned as they are.
func untex(lines []rawLine) []rawLine {
	if !isTeX(lines) {
		return lines
	}
	rx := texOnce()
	out := make([]rawLine, len(lines))
	body := !slices.ContainsFunc(lines, func(l rawLine) bool { return beginsDocument(l.text) })
	for i, l := range lines {
		t := l.text
		switch {
		case !body:
			// the preamble typesets nothing: "\usepackage{…}", "\newcommand…"
			body = beginsDocument(t)
			t = ""
		case rx.env.MatchString(t):
			t = ""
		case rx.section.MatchString(t):
			t = rx.chars.Replace(rx.section.FindStringSubmatch(t)[1])
		case rx.noText.MatchString(t) && !rx.item.MatchString(t):
			t = ""
		case rx.lone.MatchString(t) && !strings.Contains(t, `\href`) && !strings.Contains(t, `\url`) && !rx.item.MatchString(t):
			t = rx.chars.Replace(rx.lone.FindStringSubmatch(t)[1])
		default:
			t = rx.rowEnd.ReplaceAllString(t, "")
			if m := rx.descItem.FindStringSubmatch(t); m != nil {
				t = m[1] + "    " + t[len(m[0]):] // the label beside its text
			} else if loc := rx.item.FindStringIndex(t); loc != nil {
				t = "• " + t[loc[1]:]
			}
			t = rx.spacing.ReplaceAllString(rx.switches.ReplaceAllString(t, ""), "")
			t = rx.math.ReplaceAllString(t, "$1$2")
			t = rx.symbols.Replace(rx.symbol.ReplaceAllStringFunc(t, func(m string) string {
				g := rx.symbol.FindStringSubmatch(m)
				return texSymbols[g[1]] + g[2]
			}))
			for k := 0; k < 3 && strings.Contains(t, `\`); k++ { // nested commands, inside out
				t = rx.command.ReplaceAllStringFunc(t, hrefText)
			}
			// a macro's arguments, "\cventry{2019--2021}{Engineer}{Acme}":
			// cells of a row (links are read by now)
			t = rx.argBreak.ReplaceAllStringFunc(t, func(m string) string {
				if p := rx.argBreak.FindStringSubmatch(m)[1]; p != "" {
					return p
				}
				return "}   {"
			})
			for k := 0; k < 3 && strings.Contains(t, `\`); k++ {
				t = rx.anyArg.ReplaceAllStringFunc(t, func(m string) string {
					if strings.HasPrefix(m, `\href{`) {
						return m // its text is still to come: "\href{url}{\underline{x}}"
					}
					return rx.anyArg.FindStringSubmatch(m)[1]
				})
				t = rx.command.ReplaceAllStringFunc(t, hrefText)
			}
			// the braces left of a group, and commands that typeset no
			// text of their own: "{Chidinma Eze}", "{}", "\resumeItemListStart"
			t = strings.NewReplacer("{", "", "}", "").Replace(rx.bare.ReplaceAllString(t, ""))
			t = texCells(t, rx.chars)
		}
		out[i] = rawLine{text: t, pos: l.pos, heading: l.heading}
	}
	return out
}

// texSymbols are what the commands of texRules.symbol set.
var texSymbols = map[string]string{
	"diamond": "·", "bullet": "•", "cdot": "·", "vert": "|", "mid": "|", "sim": "∼", "textbar": "|", "textbullet": "•",
	"textperiodcentered": "·", "hfill": "    ", "qquad": "    ", "quad": "  ", "newline": " ", "linebreak": " ", "LaTeX": "LaTeX", "TeX": "TeX",
}

// beginsDocument reports whether a line opens a LaTeX document's body
// (not a comment that names it).
func beginsDocument(line string) bool {
	return strings.HasPrefix(strings.TrimSpace(line), `\begin{document}`)
}

// hrefText is what a command of texRules.command typesets: its
// argument; for "\href{url}{text}" the text and then the url.
func hrefText(m string) string {
	s := texOnce().command.FindStringSubmatch(m)
	if s[3] != "" || s[4] != "" {
		if s[4] == "" || s[4] == s[3] {
			return s[3]
		}
		return s[4] + " " + s[3]
	}
	return s[1] + s[2]
}

// texCells sets the cells of a table row apart by wide gaps; a row whose
// first cells are empty continues the row above, so its text is indented;
// a cell that opens with "--" (an en dash) is a bullet.
func texCells(t string, chars *strings.Replacer) string {
	var cells []string
	lead := 0
	for _, c := range splitCells(t) {
		c = strings.TrimSpace(chars.Replace(c))
		if c == "" {
			if len(cells) == 0 {
				lead++
			}
			continue
		}
		if rest, ok := strings.CutPrefix(c, "– "); ok {
			c = "• " + rest
		}
		cells = append(cells, c)
	}
	if len(cells) == 0 {
		return ""
	}
	return strings.Repeat("    ", lead) + strings.Join(cells, "   ")
}

// splitCells splits a row at the ampersands that are not escaped (\&).
func splitCells(t string) []string {
	var out []string
	start := 0
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '\\':
			i++ // an escaped character
		case t[i] == '&':
			out = append(out, t[start:i])
			start = i + 1
		}
	}
	return append(out, t[start:])
}
