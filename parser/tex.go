package parser

import (
	"regexp"
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
	chars                               *strings.Replacer
}

var texOnce = sync.OnceValue(func() *texRules {
	return &texRules{
		// "\\" or "\\[4pt]" ending a row
		rowEnd: regexp.MustCompile(`\\\\\s*(?:\[[^\]]*\])?\s*$`),
		// "\section*{Experience}", "\cvsection{Skills}", "\subsection{X}"
		section: regexp.MustCompile(`^\s*\\[a-zA-Z]*section\*?\{([^{}]*)\}\s*$`),
		// "\textbf{X}", "\emph{X}", "\href{url}{X}" (the argument kept)
		command: regexp.MustCompile(`\\(?:textbf|textit|textsc|emph|underline|mbox|text|url)\{([^{}]*)\}|\\href\{([^{}]*)\}\{([^{}]*)\}`),
		// "\item X"
		item: regexp.MustCompile(`^\s*\\item\s*`),
		// lines that typeset nothing: "\begin{itemize}", "\hfill", "% note"
		env:   regexp.MustCompile(`^\s*(?:\\(?:begin|end)\{[^{}]*\}(?:\{[^{}]*\})*|\\(?:hfill|vspace\*?\{[^{}]*\}|newline|noindent|medskip|smallskip|bigskip)|%.*)\s*$`),
		chars: strings.NewReplacer("---", "—", "--", "–", "``", "“", "''", "”", `\&`, "&", `\%`, "%", `\$`, "$", `\#`, "#", `\_`, "_", "~", " ", `\,`, ""),
	}
})

// isTeX reports whether lines look like TeX source.
func isTeX(lines []rawLine) bool {
	n := 0
	for _, l := range lines {
		if !strings.Contains(l.text, `\`) {
			continue
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
	for i, l := range lines {
		t := l.text
		switch {
		case rx.env.MatchString(t):
			t = ""
		case rx.section.MatchString(t):
			t = rx.chars.Replace(rx.section.FindStringSubmatch(t)[1])
		default:
			t = rx.rowEnd.ReplaceAllString(t, "")
			if loc := rx.item.FindStringIndex(t); loc != nil {
				t = "• " + t[loc[1]:]
			}
			for k := 0; k < 3 && strings.Contains(t, `\`); k++ { // nested commands, inside out
				t = rx.command.ReplaceAllStringFunc(t, func(m string) string {
					s := rx.command.FindStringSubmatch(m)
					if s[2] != "" || s[3] != "" {
						if s[3] == "" || s[3] == s[2] {
							return s[2]
						}
						return s[3] + " " + s[2]
					}
					return s[1]
				})
			}
			t = texCells(t, rx.chars)
		}
		out[i] = rawLine{text: t, pos: l.pos}
	}
	return out
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
