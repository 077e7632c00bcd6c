package html

import (
	"fmt"
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"github.com/google/go-cmp/cmp"
	xhtml "golang.org/x/net/html"
)

// TestMatchAgreesWithCascadia: matching a selector compound by compound
// over the page finds the elements cascadia's Match finds.
func TestMatchAgreesWithCascadia(t *testing.T) {
	page := `<html><body><div id=a class="x y"><p>one</p><p class=x>two <span>s</span></p>
<section><div class=x><ul><li>1</li><li class=y>2</li><li>3<b>b</b></li></ul></div></section>
<p>three</p><h2>Skills</h2><span>after</span><em>e</em><span>last</span></div>
<aside><div><div><span class=z>deep</span></div></div><a href="https://x.example" title="t">l</a></aside></body></html>`
	root, err := xhtml.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	tr := newTree(root)
	var buf [2][]bool
	for _, sel := range []string{
		"p", "div p", "div > p", "p + p", "p ~ span", "h2 + span", "h2 ~ span", "div div span",
		"body > div > p span", "section ul > li:nth-child(2n+1) b", "li:nth-child(2)", "li:last-child",
		"ul li:not(.y)", "div.x > ul", ".x .y", "#a > .x", "aside  div   span.z", "aside>div>div>span",
		"a[href^='https']", "a[title=\"t\"]", "html body div", "* > p", "div:has(span)", "p:empty",
		"li:only-child", "span:first-of-type", "div p ~ h2 + span", "p ~ p > span", "section ~ p",
		"aside div:not(.q) span", "ul li + li", "ul li ~ li ~ li",
	} {
		s, err := cascadia.ParseWithPseudoElement(sel)
		if err != nil {
			t.Fatalf("%s: %v", sel, err)
		}
		c, ok := compileChain(sel)
		if !ok {
			t.Errorf("%s: not compiled", sel)
			continue
		}
		var want, got []string
		for i, ok := range tr.match(c, &buf) {
			if ok {
				got = append(got, describe(tr.elems[i]))
			}
		}
		for _, e := range tr.elems {
			if s.Match(e) {
				want = append(want, describe(e))
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: (-cascadia +chain):\n%s", sel, diff)
		}
	}
}

func describe(n *xhtml.Node) string {
	return fmt.Sprintf("%s(%s)", n.Data, shortText(n, 20))
}

func TestSplitSelector(t *testing.T) {
	for _, tt := range []struct {
		in    string
		parts []string
		combs string
		ok    bool
	}{
		{"a b", []string{"a", "b"}, " ", true},
		{"a>b", []string{"a", "b"}, ">", true},
		{"a  >  b + c ~ d", []string{"a", "b", "c", "d"}, ">+~", true},
		{"li:nth-child(2n + 1) a[title='x y > z']", []string{"li:nth-child(2n + 1)", "a[title='x y > z']"}, " ", true},
		{`a[x="\"] b"]`, []string{`a[x="\"] b"]`}, "", true},
		{"> a", nil, "", false},
		{"a >", nil, "", false},
		{"a > > b", nil, "", false},
		{"a:not(b", nil, "", false},
	} {
		parts, combs, ok := splitSelector(tt.in)
		if ok != tt.ok || ok && (!cmp.Equal(parts, tt.parts) || string(combs) != tt.combs) {
			t.Errorf("splitSelector(%q) = %q %q %v, want %q %q %v", tt.in, parts, combs, ok, tt.parts, tt.combs, tt.ok)
		}
	}
}

func TestCompileChainRefusesNestedCombinators(t *testing.T) {
	for _, sel := range []string{"div:not(a b)", "div:has(> p span)", "p:is(.a .b, .c)", "a:where(b > c)"} {
		if _, ok := compileChain(sel); ok {
			t.Errorf("compileChain(%q) ok, want refused", sel)
		}
	}
	for _, sel := range []string{"div:not(.a)", "div:has(p)", "p:not(.a, .b)", "li:nth-child(2n+1)"} {
		if _, ok := compileChain(sel); !ok {
			t.Errorf("compileChain(%q) refused", sel)
		}
	}
}

// TestSheetBudget: rules whose matching would cost more than the budget
// are left out, with a warning, and those within it still apply.
func TestSheetBudget(t *testing.T) {
	var css strings.Builder
	css.WriteString("p.keep { font-weight: bold }\n")
	for i := range 300 {
		fmt.Fprintf(&css, "li:nth-child(%dn+1) { font-weight: bold }\n", i+1)
	}
	page := "<style>" + css.String() + "</style><p class=keep>kept</p><ul>" + strings.Repeat("<li>a</li>", 5000) + "</ul>"
	d, err := Parse([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0].Msg, "style rules ignored") {
		t.Errorf("warnings: %v", d.Warnings)
	}
	if !d.Lines[0].Bold {
		t.Errorf("the first rule, within the budget, did not apply: %+v", d.Lines[0])
	}
}
