package parser

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestUntex(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"rows, sections, commands and TeX's dashes",
			"A. Person\n\\section*{Experience}\n2021--now & Engineer & Acme \\& Sons, Delft \\\\[4pt]\n & -- Ported the controller to Zephyr. \\\\\n" +
				"\\section{Skills}\n\\textbf{Languages:} C, Rust \\\\\n\\begin{itemize}\n\\item Thesis: ``Scheduling'' 100\\%\n\\end{itemize}\n\\href{https://example.com}{Portfolio}",
			[]string{"A. Person", "Experience", "2021–now   Engineer   Acme & Sons, Delft", "    • Ported the controller to Zephyr.",
				"Skills", "Languages: C, Rust", "", "• Thesis: “Scheduling” 100%", "", "Portfolio https://example.com"}},
		{"a preamble, the résumé's own macros, description lists and macro arguments",
			"\\documentclass{article}\n\\newcommand{\\head}[1]{\\par{\\large\\bfseries #1}\\hrule}\n\\begin{document}\n" +
				"{\\LARGE\\bfseries Ana Lima}\\\\ \\vspace{3pt}\nLisbon $\\diamond$ \\href{mailto:ana@example.com}{ana@example.com} \\textbar{} Engineer\n\\head{Experience}\n" +
				"\\begin{description}[leftmargin=3cm]\n\\item[2019 -- 2021] \\textbf{Engineer}, Acme\n\\end{description}\n\\resumeSubheading\n  {Acme Ltd}{Jun. 2021 -- Present}\n" +
				"\\textbf{Languages}{: Go, C} \\\\\n{\\textbf{\\href{https://example.com/rail}{\\underline{rail}}} $|$ \\emph{Go, etcd}}{2023}\n\\end{document}",
			[]string{"", "", "", "Ana Lima", "Lisbon · ana@example.com mailto:ana@example.com | Engineer", "Experience", "",
				"2019 – 2021    Engineer, Acme", "", "", "Acme Ltd   Jun. 2021 – Present", "Languages: Go, C", "rail https://example.com/rail | Go, etcd   2023", ""}},
		{"moderncv's macros, commands that typeset no text, symbols named whole, a body named in a comment",
			"\\documentclass{moderncv}\n% TODO: \\begin{document} later\n\\begin{document}\n\\input{sections/education}\n\\hspace{1em}\n" +
				"\\cventry{2019--2021}{Engineer}{Acme}{}{}{Built it}\n\\cvitem{Languages}{English, French}\n\\item{Built a thing}\n" +
				"Python, \\LaTeX, Git $\\sim$50 users\n\\midrule\n\\end{document}",
			[]string{"", "", "", "", "", "2019–2021   Engineer   Acme         Built it", "Languages   English, French", "• Built a thing", "Python, LaTeX, Git ∼50 users", "", ""}},
		{"a text with a few backslashes is not TeX",
			"Jane Doe\nC:\\Users\\jane \\\\\nSkills & Tools: Go",
			[]string{"Jane Doe", "C:\\Users\\jane \\\\", "Skills & Tools: Go"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range untex(splitLines(tt.in)) {
				got = append(got, l.text)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("untex (-want +got):\n%s", d)
			}
		})
	}
}

func TestUntexKeepsPositions(t *testing.T) {
	in := splitLines(strings.Repeat("a & b \\\\\n", 3))
	out := untex(in)
	for i := range in {
		if in[i].pos != out[i].pos {
			t.Errorf("line %d: pos %v, want %v", i, out[i].pos, in[i].pos)
		}
	}
}
