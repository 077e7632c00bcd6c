package pdf

import (
	"regexp"
	"strings"
)

// Icon fonts draw pictures (an envelope, a phone, a GitHub cat), not
// text, whatever their /ToUnicode says: private-use code points mostly
// (cleanText drops those), but LuaTeX maps FontAwesome's glyphs to their
// names ("Phone", "Envelope", "Map-marker-alt"), which would be read as
// words. So every glyph of an icon font is dropped, except the shapes
// that lists use as bullets, which read as "•".

// iconFontName matches the names of the common icon fonts.
var iconFontName = regexp.MustCompile(`(?i)fontawesome|font ?awesome|academicons|material ?(?:icons|symbols)|glyphicons|ionicons|octicons|fontello|icomoon|typicons|entypo|remixicon|bootstrap-?icons|tabler-?icons|simple-?icons|devicons?|lineicons|feathericons`)

// iconBullets are the icons lists use as bullets, by glyph name.
var iconBullets = map[string]bool{
	"circle": true, "dot-circle": true, "square": true, "square-full": true,
	"angle-right": true, "angle-double-right": true, "caret-right": true, "chevron-right": true,
	"chevron-circle-right": true, "arrow-right": true, "long-arrow-alt-right": true,
	"arrow-circle-right": true, "play": true, "check": true, "check-circle": true,
	"check-square": true, "minus": true, "star": true,
}

// isIconFont reports whether a font's name is an icon font's.
func isIconFont(name string) bool { return iconFontName.MatchString(name) }

// iconText is the text of an icon font's glyph whose /ToUnicode says s:
// "•" for a bullet, else nothing.
func iconText(s string) string {
	if iconBullets[strings.ToLower(strings.TrimSpace(s))] {
		return "•"
	}
	return ""
}
