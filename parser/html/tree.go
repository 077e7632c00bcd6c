package html

import (
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth is the nesting kept when a page is too deep for the HTML
// parser, which refuses more than 512 open elements.
const maxDepth = 256

// parseTree parses the page. x/net/html refuses pages nested deeper than
// 512 elements; for those the token stream is first cut to maxDepth open
// elements (start tags below that depth and their end tags are dropped, the
// text stays), first matching end tags the way the parser does within
// scopes, then, when that still is too deep, only against the innermost
// open element. If even that fails, the page is flattened to text with a
// <br> at each block tag. It never fails.
func parseTree(text string) *xhtml.Node {
	if n, err := xhtml.Parse(strings.NewReader(text)); err == nil {
		return n
	}
	for _, strict := range []bool{false, true} {
		if n, err := xhtml.Parse(strings.NewReader(limitDepth(text, maxDepth, strict))); err == nil {
			return n
		}
	}
	if n, err := xhtml.Parse(strings.NewReader(flatten(text))); err == nil {
		return n
	}
	n, _ := xhtml.Parse(strings.NewReader(""))
	return n
}

// scopeBoundary are the elements an end tag does not close past.
var scopeBoundary = map[string]bool{
	"applet": true, "caption": true, "html": true, "table": true, "td": true,
	"th": true, "marquee": true, "object": true, "template": true,
}

// tableParts are closed by their end tag up to the enclosing table.
var tableParts = map[string]bool{"tbody": true, "thead": true, "tfoot": true, "tr": true, "td": true, "th": true, "caption": true, "table": true}

// voidTags never have an end tag.
var voidTags = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "keygen": true, "link": true, "meta": true,
	"param": true, "source": true, "track": true, "wbr": true, "image": true,
}

// limitDepth copies the tokens of text, dropping start tags that would open
// more than max elements and the end tags that match them.
func limitDepth(text string, max int, strict bool) string {
	z := xhtml.NewTokenizer(strings.NewReader(text))
	var out strings.Builder
	out.Grow(len(text))
	var stack []string
	dropped := map[string]int{}
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			return out.String()
		}
		raw := z.Raw()
		switch tt {
		case xhtml.StartTagToken:
			b, _ := z.TagName()
			name := string(b)
			if voidTags[name] {
				break
			}
			if n := len(stack); n > 0 && impliedEnd(stack[n-1], name) {
				stack = stack[:n-1]
			}
			if len(stack) >= max {
				dropped[name]++
				continue
			}
			stack = append(stack, name)
		case xhtml.EndTagToken:
			b, _ := z.TagName()
			name := string(b)
			if dropped[name] > 0 {
				dropped[name]--
				continue
			}
			if i := openIndex(stack, name, strict); i >= 0 {
				stack = stack[:i]
			}
		}
		out.Write(raw)
	}
}

// impliedEnd reports whether the start tag next closes the open element top.
func impliedEnd(top, next string) bool {
	switch top {
	case "li":
		return next == "li"
	case "td", "th":
		return next == "td" || next == "th" || next == "tr"
	case "tr":
		return next == "tr"
	case "dt", "dd":
		return next == "dt" || next == "dd"
	case "option":
		return next == "option" || next == "optgroup"
	case "p":
		a := atom.Lookup([]byte(next))
		return blockAtoms[a] || next == "p"
	}
	return false
}

// openIndex finds the open element an end tag closes, -1 when none.
func openIndex(stack []string, name string, strict bool) int {
	if strict {
		if n := len(stack); n > 0 && stack[n-1] == name {
			return n - 1
		}
		return -1
	}
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] == name {
			return i
		}
		if scopeBoundary[stack[i]] && !tableParts[name] {
			return -1
		}
		if stack[i] == "table" {
			return -1
		}
	}
	return -1
}

// rawSkip are elements whose content flatten drops.
var rawSkip = map[string]bool{
	"script": true, "style": true, "template": true, "title": true, "textarea": true,
	"noscript": true, "iframe": true, "noembed": true, "noframes": true, "xmp": true,
	"svg": true, "head": true, "select": true, "object": true,
}

// flatten keeps only the text of the page, with a <br> for every block tag,
// dropping the content of scripts, styles and the like.
func flatten(text string) string {
	z := xhtml.NewTokenizer(strings.NewReader(text))
	var out strings.Builder
	skip := ""
	for {
		tt := z.Next()
		switch tt {
		case xhtml.ErrorToken:
			return out.String()
		case xhtml.TextToken:
			if skip == "" {
				out.WriteString(xhtml.EscapeString(string(z.Text())))
			}
		case xhtml.StartTagToken, xhtml.EndTagToken, xhtml.SelfClosingTagToken:
			b, _ := z.TagName()
			name := string(b)
			if skip != "" {
				if tt == xhtml.EndTagToken && name == skip {
					skip = ""
				}
				continue
			}
			if tt == xhtml.StartTagToken && rawSkip[name] {
				skip = name
				continue
			}
			if a := atom.Lookup(b); blockAtoms[a] || a == atom.Br || a == atom.Td || a == atom.Th || a == atom.Tr {
				out.WriteString("<br>")
			}
		}
	}
}
