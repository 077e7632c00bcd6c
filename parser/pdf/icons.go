package pdf

import (
	"math"
	"regexp"
	"strings"
	"sync"
)

// Icon fonts draw pictures (an envelope, a phone, a GitHub cat), not
// text, whatever their /ToUnicode says: private-use code points mostly
// (cleanText drops those), but LuaTeX maps FontAwesome's glyphs to their
// names ("Phone", "Envelope", "Map-marker-alt"), which would be read as
// words. So every glyph of an icon font is dropped, except the shapes
// that lists use as bullets, which read as "•".

// iconFontName matches the names of the common icon fonts.
var iconFontName = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)fontawesome|font ?awesome|academicons|material ?(?:icons|symbols)|glyphicons|ionicons|octicons|fontello|icomoon|typicons|entypo|remixicon|bootstrap-?icons|tabler-?icons|simple-?icons|devicons?|lineicons|feathericons`)
})

// iconBullets are the icons lists use as bullets, by glyph name.
var iconBullets = map[string]bool{
	"circle": true, "dot-circle": true, "square": true, "square-full": true,
	"angle-right": true, "angle-double-right": true, "caret-right": true, "chevron-right": true,
	"chevron-circle-right": true, "arrow-right": true, "long-arrow-alt-right": true,
	"arrow-circle-right": true, "play": true, "check": true, "check-circle": true,
	"check-square": true, "minus": true, "star": true,
}

// isIconFont reports whether a font's name is an icon font's.
func isIconFont(name string) bool { return iconFontName().MatchString(name) }

// iconText is the text of an icon font's glyph whose /ToUnicode says s:
// "•" for a bullet, else nothing.
func iconText(s string) string {
	if iconBullets[strings.ToLower(strings.TrimSpace(s))] {
		return "•"
	}
	return ""
}

// icon is an icon font's glyph that has no text: its font, code and box.
type icon struct {
	font      *font
	code      uint32
	x0, x1, y float64
	size      float64
}

// minIconBullets is how many lines an icon must start to be their bullet.
const minIconBullets = 2

// iconMarkers returns a "•" glyph for each icon of a page that is a list
// bullet: one that starts a line (text follows within 2.5 ems on its
// baseline, none comes before it within 3 ems), where the same glyph of
// the same font starts other lines too. An icon font without names in
// its /ToUnicode (XeTeX's FontAwesome subsets have none) cannot say
// which of its glyphs is a bullet; a glyph used again and again at the
// start of lines is one, while contact icons (a phone, an envelope
// before their values) are each a different glyph.
func iconMarkers(icons []icon, glyphs []glyph) []glyph {
	type key struct {
		f    *font
		code uint32
	}
	starts := map[key][]int{}
	for i, ic := range icons {
		after, before := false, false
		for j := range glyphs {
			g := &glyphs[j]
			if g.space || math.Abs(g.y-ic.y) > 0.5*ic.size {
				continue
			}
			if g.x0 >= ic.x1-0.1*ic.size && g.x0-ic.x1 <= 2.5*ic.size {
				after = true
			}
			if g.x1 <= ic.x0+0.1*ic.size && ic.x0-g.x1 < 3*ic.size {
				before = true
				break
			}
		}
		if after && !before {
			k := key{ic.font, ic.code}
			starts[k] = append(starts[k], i)
		}
	}
	var out []glyph
	for _, is := range starts {
		if len(is) < minIconBullets {
			continue
		}
		for _, i := range is {
			ic := icons[i]
			out = append(out, glyph{text: "•", x0: ic.x0, x1: ic.x1, y: ic.y, size: ic.size, link: -1})
		}
	}
	return out
}
