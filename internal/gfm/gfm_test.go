package gfm

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// reference is goldmark's own parser with its extension package's
// table, strikethrough and task-list extensions, as the Markdown adapter
// built it before this package.
func reference() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList)).Parser()
}

// dump writes the tree as one line a node: its kind, its lines or
// segment, and what a table cell, a table or a check box holds.
func dump(src []byte, n gast.Node) string {
	var b strings.Builder
	_ = gast.Walk(n, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		if !entering {
			b.WriteString(")\n")
			return gast.WalkContinue, nil
		}
		fmt.Fprintf(&b, "(%s", n.Kind())
		if n.Type() == gast.TypeBlock {
			for i := 0; i < n.Lines().Len(); i++ {
				s := n.Lines().At(i)
				fmt.Fprintf(&b, " [%d:%d %q]", s.Start, s.Stop, s.Value(src))
			}
		}
		switch n := n.(type) {
		case *gast.Text:
			fmt.Fprintf(&b, " %d:%d %q soft=%v hard=%v raw=%v", n.Segment.Start, n.Segment.Stop, n.Segment.Value(src), n.SoftLineBreak(), n.HardLineBreak(), n.IsRaw())
		case *gast.String:
			fmt.Fprintf(&b, " %q", n.Value)
		case *ast.Table:
			fmt.Fprintf(&b, " %v pos=%d", n.Alignments, n.Pos())
		case *ast.TableCell:
			fmt.Fprintf(&b, " %v pos=%d", n.Alignment, n.Pos())
		case *ast.TableRow:
			fmt.Fprintf(&b, " %v pos=%d", n.Alignments, n.Pos())
		case *ast.TaskCheckBox:
			fmt.Fprintf(&b, " %v", n.IsChecked)
		case *gast.Emphasis:
			fmt.Fprintf(&b, " %d", n.Level)
		}
		return gast.WalkContinue, nil
	})
	return b.String()
}

func check(t *testing.T, ref, own parser.Parser, src []byte) {
	t.Helper()
	want := dump(src, ref.Parse(text.NewReader(src)))
	got := dump(src, own.Parse(text.NewReader(src)))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%q: tree differs from goldmark's extension (-want +got):\n%s", src, diff)
	}
}

var cases = []string{
	"| a | b |\n|---|:-:|\n| 1 | 2 |\n",
	"a | b\n:-- | --:\nx | y\nz\n",
	"text before\n| h |\n| - |\n| c |\n",
	"| h | i |\n| --- |\n",
	"| h |\n| :- : |\n",
	"| h |\n|:---:|\n| `a\\|b` | c |\n",
	"| h | h2 |\n|--|--|\n| only |\n| 1 | 2 | 3 |\n",
	"    | indented |\n    | --- |\n",
	"|h|\n|-|\n",
	"| h |\n| -- |\n|\n",
	"~~gone~~ and ~one~ and ~~~three~~~ x~~y~~z\n",
	"- [ ] open\n- [x] done\n- [X]done\n- [\t] tab\n- [y] no\n- text [x] later\n",
	"1. [x]\n2. [ ]\n",
	"> - [x] quoted\n",
	"* [ ]   spaced\n\n  [x] second paragraph\n",
	"# Work | 2020\n\nAcme | Engineer | 2019 – 2021\n--- | --- | ---\n",
	"Skills\n:---\nGo\n",
	"|a|b|\n|-:|:-|\n|c|d|\n|e|f|\n",
	// delimiter rows at the edges of goldmark's four patterns
	"a | b\r\n--- | ---\r\nc | d\r\n",
	"| h |\n| :: |\n",
	"| h |\n| : |\n",
	"| h |\n| -:- |\n",
	"a\t|\tb\n-\t|\t:-:\t\n",
	"| h |\n|\v---\v|\n",
	// the table transformer runs after link reference definitions
	"[a]: /u\n---|\n",
	"[a]: /u\nh | i\n--|--\n",
	// task boxes: \s is space, tab, newline, form feed and carriage return
	"- [\f] x\n",
	"- [\r] x\n",
	"- [\v] x\n",
	"- [x]\n",
	"~~a~~b ~~~c~~~ ~d~\r\n",
}

func TestMatchesGoldmark(t *testing.T) {
	ref, own := reference(), NewParser()
	for _, c := range cases {
		check(t, ref, own, []byte(c))
	}
	// every Markdown file in the repository's test data
	n := 0
	err := filepath.WalkDir("../../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
		check(t, ref, own, src)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 50 {
		t.Fatalf("read %d Markdown files of the test data, want 50 or more", n)
	}
}

func FuzzMatchesGoldmark(f *testing.F) {
	for _, c := range cases {
		f.Add([]byte(c))
	}
	ref, own := reference(), NewParser()
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 4096 {
			return
		}
		check(t, ref, own, src)
	})
}
