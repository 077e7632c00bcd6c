package html

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
)

func nested(open, close string, n int, inner string) string {
	return strings.Repeat(open, n) + inner + strings.Repeat(close, n)
}

func TestDeepNesting(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []L
	}{
		{"20000 divs", nested("<div>", "</div>", 20000, "deep") + "<p>after</p>", texts("deep", "after")},
		{"45000 divs", nested("<div>", "</div>", 45000, "deep") + "<p>after</p>", texts("deep", "after")},
		{"45000 unclosed divs", strings.Repeat("<div>", 45000) + "deep", texts("deep")},
		{"20000 spans", nested("<span>", "</span>", 20000, "x") + "y", texts("xy")},
		{"20000 lists", nested("<ul><li>", "</li></ul>", 20000, "item"), []L{{Text: "item", Marker: "•"}}},
		{"5000 tables", nested("<table><tr><td>", "</td></tr></table>", 5000, "cell"), texts("cell")},
		{"misnested formatting", strings.Repeat(`<p><b id="x">a</p>`, 3000), nil},
		{"divs in table cells", strings.Repeat(`<div><table><tr><td></div>`, 3000) + "end", texts("end")},
		{"20000 bold", strings.Repeat("<b>", 20000) + "bold", []L{{Text: "bold", Bold: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			d := mustParse(t, tt.src)
			if el := time.Since(start); el > 20*time.Second {
				t.Errorf("took %v", el)
			}
			if tt.want == nil {
				return
			}
			if diff := cmp.Diff(tt.want, summarize(d.Lines)); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLargeText(t *testing.T) {
	big := strings.Repeat("简历", 50000) + strings.Repeat("a ", 50000)
	d := mustParse(t, "<p>"+big+"</p><pre>"+strings.Repeat("x\n", 9000)+"</pre>")
	if len(d.Lines) != 9001 || d.Lines[0].Text != strings.TrimSpace(big) {
		t.Errorf("got %d lines", len(d.Lines))
	}
}

// TestBudgets: a page over a budget is refused with one line naming it.
func TestBudgets(t *testing.T) {
	for _, tt := range []struct {
		name, src, want string
	}{
		{"elements", strings.Repeat("<p>a", MaxElements+1), "more than 50000 HTML elements"},
		{"elements past text with angle brackets", "<script>" + strings.Repeat("a<b ", 200000) + "</script>" + strings.Repeat("<br>", MaxElements+1), "more than 50000 HTML elements"},
		{"lines of <br>", "<p>" + strings.Repeat("a<br>", doc.MaxLines+1), "more than 10000 lines"},
		{"lines of <pre>", "<pre>" + strings.Repeat("a\n", doc.MaxLines+1) + "</pre>", "more than 10000 lines"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src))
			if err == nil || err.Error() != tt.want || !errors.Is(err, doc.ErrLimit) {
				t.Errorf("Parse: %v, want %q", err, tt.want)
			}
		})
	}
	// a row wider than doc.MaxCells keeps its first cells, with a warning
	d, err := Parse([]byte("<table><tr>" + strings.Repeat("<td>a</td>", doc.MaxCells+10) + "</tr></table>"))
	if err != nil || len(d.Lines) != 1 || len(d.Lines[0].Cells) != doc.MaxCells || len(d.Warnings) != 1 || d.Warnings[0].Msg != "html: table row(s) of more than 64 cells cut" {
		t.Errorf("wide row: err %v, document %+v", err, d)
	}
	// text with angle brackets is no element: it is read
	if _, err := Parse([]byte("<script>" + strings.Repeat("a<b ", 200000) + "</script><p>x")); err != nil {
		t.Errorf("Parse: %v", err)
	}
}

// TestCanceled: a done context stops the parse with its error.
func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ParseContext(ctx, []byte("<p>a")); !errors.Is(err, context.Canceled) {
		t.Errorf("ParseContext: %v, want %v", err, context.Canceled)
	}
}

func TestMalformedNeverFails(t *testing.T) {
	for _, src := range []string{
		"</div></div></p>text", "<<<>>>", "<p <b>x", "<a href='https://x.example'>unclosed", "<table><tr><td>a<tr><td>b",
		"<!-- unclosed comment", "<![CDATA[x]]>", "<script>never closed", "<svg><p>foreign</p>", "\x00\x01\x02", "<frameset><frame></frameset>",
		"<html><body></body></html><p>after html</p>", "<select><option>a</select><p>b", "<math><mi>x</mi></math>",
	} {
		mustParse(t, src)
	}
}

// TestFormats parses the sample pages in testdata/formats: the first line of
// the matching .txt (the person's name) must be a line, and no line may hold
// script or style text.
func TestFormats(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "formats", "*.html"))
	if len(files) == 0 {
		t.Skip("no testdata/formats/*.html")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := mustParse(t, string(data))
			if txt, err := os.ReadFile(strings.TrimSuffix(f, ".html") + ".txt"); err == nil {
				name := firstLine(string(txt))
				found := false
				for _, l := range d.Lines {
					if strings.Contains(l.Text, name) {
						found = true
						break
					}
				}
				if name != "" && !found {
					t.Errorf("name %q not found in\n%s", name, d)
				}
			}
			for _, l := range d.Lines {
				if leaksCode(l.Text) {
					t.Errorf("line %d looks like script or style: %q", l.Pos.Line, l.Text)
				}
				for _, m := range chromeMarkers {
					if strings.Contains(l.Text, m) {
						t.Errorf("line %d holds chrome or hidden text %q: %q", l.Pos.Line, m, l.Text)
					}
				}
			}
		})
	}
}

// chromeMarkers are texts of scripts, hidden elements and page chrome in
// the sample pages (and generic ones) that must not be lines.
var chromeMarkers = []string{
	"内部备注", "埋点事件", "dataLayer", "Cookie", "版权所有", "青禾招聘", "首页 > 简历中心", "简历编号", // zh_jobsite
	"Skip to content", "Latest commit", "© 2025 GitHub", "Blame", "120 lines", // en_codehost
}

func firstLine(s string) string {
	for l := range strings.SplitSeq(s, "\n") {
		if l = strings.TrimSpace(strings.TrimPrefix(l, "\ufeff")); l != "" {
			return l
		}
	}
	return ""
}

// leaksCode reports text that comes from a script or a stylesheet.
func leaksCode(s string) bool {
	if strings.Contains(s, "function(") || strings.Contains(s, "function (") || strings.Contains(s, "=>") && strings.Contains(s, "{") {
		return true
	}
	i := strings.Index(s, "{")
	return i >= 0 && strings.Contains(s[i:], "}") && strings.Contains(s[i:], ":") && strings.Contains(s[i:], ";")
}

func BenchmarkParse(b *testing.B) {
	inputs := map[string]string{
		"codehost":    codeHostPage,
		"deep-20000":  nested("<div>", "</div>", 20000, "deep"),
		"resume-x200": strings.Repeat(`<section><h2>Experience</h2><table><tr><td>Acme</td><td>2020</td></tr></table><ul><li><b>Did</b> things</li><li>More</li></ul><p>Text &amp; more</p></section>`, 200),
		"bigtext":     "<p>" + strings.Repeat("word ", 40000) + "</p>",
	}
	for name, src := range inputs {
		b.Run(name, func(b *testing.B) {
			data := []byte(src)
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
