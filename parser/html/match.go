package html

import (
	"strings"

	"github.com/andybalholm/cascadia"
	xhtml "golang.org/x/net/html"
)

// Selector matching that cannot explode. cascadia matches a complex
// selector ("p div div span") from the right, trying every ancestor for
// every descendant combinator, which costs depth^k on a deep page; and a
// positional pseudo-class (:nth-child) counts the element's siblings each
// time, which costs siblings² on a long list. Here a selector is cut into
// its compound selectors ("p", "div", "div", "span") and the combinators
// between them, and matched left to right over the whole page at once:
// the elements that match the first compound, then those of the second
// that stand in the combinator's relation to one of them (an ancestor
// among them, a parent, a previous sibling), and so on, each step one pass
// over the elements. cascadia still matches each compound on its own
// element. The cost of a selector is known before matching: a pass per
// compound, more for compounds that look at siblings or subtrees (see
// cost); rules past the page's budget are left out, with a warning.

// chain is a complex selector cut into its compounds, left to right, and
// the combinators between them (' ', '>', '+', '~').
type chain struct {
	parts []cascadia.Sel
	combs []byte
	costs []costKind
}

// costKind is what matching a compound on one element costs.
type costKind uint8

const (
	costOne      costKind = iota // a look at the element
	costSiblings                 // its siblings (:nth-child and kin)
	costSubtree                  // its subtree or its ancestors (:has, :contains, :lang)
)

// compileChain cuts a selector into a chain; ok is false for a selector
// it cannot cut, or one whose pseudo-classes hold complex selectors
// (":not(a b)"), whose matching cascadia does by backtracking.
func compileChain(sel string) (chain, bool) {
	parts, combs, ok := splitSelector(sel)
	if !ok {
		return chain{}, false
	}
	var c chain
	for i, p := range parts {
		ck, ok := compoundCost(p)
		if !ok {
			return chain{}, false
		}
		var s cascadia.Sel
		var err error
		if i == len(parts)-1 {
			s, err = cascadia.ParseWithPseudoElement(p)
		} else {
			s, err = cascadia.Parse(p)
		}
		if err != nil {
			return chain{}, false
		}
		c.parts = append(c.parts, s)
		c.costs = append(c.costs, ck)
	}
	c.combs = combs
	return c, true
}

// splitSelector cuts a complex selector at its combinators, outside
// brackets, parentheses and strings.
func splitSelector(s string) (parts []string, combs []byte, ok bool) {
	var cur strings.Builder
	depth := 0
	var quote, pending byte
	flush := func() {
		if cur.Len() > 0 {
			parts = append(parts, cur.String())
			cur.Reset()
			pending = ' '
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			cur.WriteByte(c)
			if c == '\\' && i+1 < len(s) {
				i++
				cur.WriteByte(s[i])
			} else if c == quote {
				quote = 0
			}
			continue
		case c == '\\':
			cur.WriteByte(c)
			if i+1 < len(s) {
				i++
				cur.WriteByte(s[i])
			}
			continue
		case c == '"' || c == '\'':
			quote = c
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			if depth--; depth < 0 {
				return nil, nil, false
			}
		case depth > 0:
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			flush()
			continue
		case c == '>' || c == '+' || c == '~':
			flush()
			if len(parts) == 0 || pending != ' ' {
				return nil, nil, false // a combinator first, or two in a row
			}
			pending = c
			continue
		}
		if cur.Len() == 0 && len(parts) > 0 {
			combs = append(combs, pending)
		}
		cur.WriteByte(c)
	}
	if quote != 0 || depth != 0 {
		return nil, nil, false
	}
	if cur.Len() == 0 && pending != ' ' {
		return nil, nil, false // a combinator last
	}
	flush()
	return parts, combs, len(parts) > 0 && len(combs) == len(parts)-1
}

// compoundCost classifies a compound selector by what matching it costs;
// ok is false when a pseudo-class argument holds a complex selector.
func compoundCost(p string) (costKind, bool) {
	ck := costOne
	low := strings.ToLower(p)
	for _, f := range []string{":nth-", ":only-", "-of-type", ":last-child"} {
		if strings.Contains(low, f) {
			ck = costSiblings
		}
	}
	for _, f := range []string{":has(", ":contains", ":matches(", ":lang(", ":haschild"} {
		if strings.Contains(low, f) {
			ck = costSubtree
		}
	}
	// the arguments of the pseudo-classes that take selectors: compound
	// selectors only
	for i := 0; i < len(p); i++ {
		if p[i] != '(' {
			continue
		}
		end := closeParen(p, i)
		if takesSelectors(low[:i]) {
			for _, alt := range splitGroup(p[i+1 : min(end, len(p))]) {
				alt = strings.TrimLeft(alt, ">+~ \t\n")
				if parts, _, ok := splitSelector(alt); !ok || len(parts) > 1 {
					return 0, false
				}
			}
		}
		i = end
	}
	return ck, true
}

// takesSelectors reports whether the text before a parenthesis ends in
// the name of a pseudo-class whose arguments are selectors.
func takesSelectors(before string) bool {
	for _, f := range []string{":not", ":is", ":where", ":has", ":haschild", ":any"} {
		if strings.HasSuffix(before, f) {
			return true
		}
	}
	return false
}

// closeParen returns the index of the parenthesis closing the one at
// open, or len(s).
func closeParen(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return len(s)
}

// tree is the page's elements in document order, with the links the
// combinators follow, and what matching costs on it.
type tree struct {
	elems    []*xhtml.Node
	parent   []int32 // index of the parent element, -1 for none
	prev     []int32 // index of the previous element sibling, -1 for none
	siblings int     // the sum over parents of (element children)²
	subtrees int     // the sum of the elements' depths: what subtree walks cost
}

func newTree(root *xhtml.Node) *tree {
	t := &tree{}
	index := map[*xhtml.Node]int32{}
	children := map[int32]int{}
	depth := []int{}
	traverse(root, func(n *xhtml.Node) bool {
		if n.Type != xhtml.ElementNode {
			return n.Type == xhtml.DocumentNode
		}
		i := int32(len(t.elems))
		index[n] = i
		t.elems = append(t.elems, n)
		p, ok := index[n.Parent]
		if !ok {
			p = -1
		}
		t.parent = append(t.parent, p)
		prev := int32(-1)
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type == xhtml.ElementNode {
				prev = index[s]
				break
			}
		}
		t.prev = append(t.prev, prev)
		d := 1
		if p >= 0 {
			d = depth[p] + 1
		}
		depth = append(depth, d)
		t.subtrees += d
		children[p]++
		return true
	}, nil)
	for _, c := range children {
		t.siblings += c * c
	}
	return t
}

// cost is what matching c over the tree costs, in element looks.
func (t *tree) cost(c chain) int {
	n := 0
	for _, k := range c.costs {
		switch k {
		case costOne:
			n += len(t.elems)
		case costSiblings:
			n += len(t.elems) + t.siblings
		case costSubtree:
			n += len(t.elems) + t.subtrees
		}
	}
	return n
}

// match returns, for each element, whether c matches it. buf holds two
// scratch slices of len(t.elems), reused across calls.
func (t *tree) match(c chain, buf *[2][]bool) []bool {
	n := len(t.elems)
	for i := range buf {
		if cap(buf[i]) < n {
			buf[i] = make([]bool, n)
		}
		buf[i] = buf[i][:n]
	}
	cur, next := buf[0], buf[1]
	for i, e := range t.elems {
		cur[i] = c.parts[0].Match(e)
	}
	for k, comb := range c.combs {
		sel := c.parts[k+1]
		for i := range t.elems {
			rel := false
			switch p, q := t.parent[i], t.prev[i]; comb {
			case ' ':
				// next[p] here holds "an ancestor of p matches", set
				// below before next[p] is overwritten: keep it apart
				rel = p >= 0 && (cur[p] || next[p])
			case '>':
				rel = p >= 0 && cur[p]
			case '+':
				rel = q >= 0 && cur[q]
			case '~':
				rel = q >= 0 && (cur[q] || next[q])
			}
			next[i] = rel
		}
		// next[i] is now the relation alone ("an ancestor matches");
		// the element itself must match the compound too
		for i, e := range t.elems {
			next[i] = next[i] && sel.Match(e)
		}
		cur, next = next, cur
	}
	return cur
}
