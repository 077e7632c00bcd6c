package html

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, tt := range lineTests {
		f.Add([]byte(tt.src))
	}
	for _, tt := range chromeTests {
		f.Add([]byte(tt.src))
	}
	f.Add([]byte(codeHostPage))
	f.Add([]byte(nested("<div>", "</div>", 600, "deep")))
	f.Add([]byte(strings.Repeat(`<p><b id="x">a</p>`, 300)))
	f.Add([]byte(strings.Repeat(`<div><table><tr><td></div>`, 200)))
	f.Add([]byte("<meta charset=gbk><p>\xd5\xc5\xc8\xfd</p>"))
	f.Add([]byte("\xef\xbb\xbf<p>bom</p>"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00x\x00"))
	f.Add([]byte(`<style>@media (min-width: 10em) { .a, b > i:not(.x) { display: inline !important; font: bold 2em/1 serif } }</style><b class="a">x</b>`))
	f.Add([]byte(`<ol reversed start="-3" type="i"><li value="4000">a<li>b</ol><pre>  x
	y</pre><a href="mailto:x@y.z"><img alt="mail"></a>`))
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "formats", "*.html"))
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		d, err := Parse(data)
		if el := time.Since(start); el > 10*time.Second && len(data) < 1<<20 {
			t.Fatalf("Parse took %v on %d bytes", el, len(data))
		}
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		for i, l := range d.Lines {
			if l.Pos.Line != i+1 {
				t.Fatalf("line %d: Pos.Line = %d", i, l.Pos.Line)
			}
			if l.Text == "" || l.Text != strings.TrimSpace(l.Text) || !utf8.ValidString(l.Text) {
				t.Fatalf("line %d: bad text %q", i, l.Text)
			}
			if i == 0 && l.Blank {
				t.Fatalf("first line has Blank")
			}
			if l.Heading < 0 || l.Heading > 6 || l.Indent < 0 || l.Size < 0 {
				t.Fatalf("line %d: bad hints %+v", i, l)
			}
			if l.Cells != nil {
				var ne []string
				for _, c := range l.Cells {
					if c != "" {
						ne = append(ne, c)
					}
				}
				if strings.Join(ne, " | ") != l.Text {
					t.Fatalf("line %d: text %q does not join cells %q", i, l.Text, l.Cells)
				}
			}
			for _, k := range l.Links {
				if !strings.Contains(l.Text, k.Text) || k.URL == "" {
					t.Fatalf("line %d: link %+v not in %q", i, k, l.Text)
				}
			}
		}
	})
}
