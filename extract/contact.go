package extract

import (
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/resumex/resumex/internal/phonedata"
	"github.com/resumex/resumex/schema"
)

var (
	emailRe = lazyRE(`[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)
	// phones: +86 138 0013 8000, 139-0000-1234, (415) 555-0132, +1 415-555-0132
	phoneRe = lazyRE(`(?:\(\+\d{1,3}\)\s?|(?:\+|00)\d{1,3}[\s\-.\x{2010}-\x{2012}－]?)?(?:\(\d{1,4}\)[\s\-.\x{2010}-\x{2012}－]?)?\d{1,4}(?:[\s\-.\x{2010}-\x{2012}－]?\d{2,5}){1,4}\b`)
	urlRe   = lazyRE(`(?i)\b(?:https?://|www\.)[^\s<>"'|，。；、）)\[\]]+|\b(?:[a-z0-9\-]+\.)+(?:com|cn|net|org|io|dev|me|co|ai|app|info|tech|site|xyz|blog|page|so|im|top|cc)(?:/[^\s<>"'|，。；、）)\[\]]*)?`)
)

// findURL returns the first URL in s ("" when none). A bare domain counts
// only with a path, "www." or a scheme, unless whole is set.
func findURL(s string) string {
	if !strings.Contains(s, ".") {
		return ""
	}
	for _, m := range urlRe.FindAllStringIndex(s, -1) {
		u := strings.TrimRight(s[m[0]:m[1]], ".,:;")
		if m[0] > 0 && s[m[0]-1] == '@' {
			continue // the domain of an email address
		}
		lu := strings.ToLower(u)
		if strings.HasPrefix(lu, "http") || strings.HasPrefix(lu, "www.") || strings.Contains(u, "/") || strings.TrimSpace(s) == u {
			return u
		}
	}
	return ""
}

func findURLs(s string) []string {
	if !strings.Contains(s, ".") {
		return nil // every URL the regexp finds has a dot
	}
	var out []string
	for _, m := range urlRe.FindAllStringIndex(s, -1) {
		if m[0] > 0 && s[m[0]-1] == '@' {
			continue
		}
		u := strings.TrimRight(s[m[0]:m[1]], ".,:;")
		lu := strings.ToLower(u)
		if strings.HasPrefix(lu, "http") || strings.HasPrefix(lu, "www.") || strings.Contains(u, "/") {
			out = append(out, u)
		}
	}
	return out
}

func withScheme(u string) string {
	if strings.Contains(u, "://") {
		return u
	}
	return "https://" + u
}

// findPhone returns the first phone number in s as written.
func findPhone(s string) string {
	for _, m := range phoneRe.FindAllStringIndex(s, -1) {
		p := strings.TrimSpace(s[m[0]:m[1]])
		digits := 0
		for _, c := range p {
			if c >= '0' && c <= '9' {
				digits++
			}
		}
		if digits < 7 || digits > 15 {
			continue
		}
		if sp, isDate := findSpan(p); isDate && (digits <= 8 || sp.From == 0 && len(sp.Start) == len("2006-01-02")) {
			if digits > 8 {
				if after := findPhone(s[m[0]+strings.Index(s[m[0]:], p)+sp.To:]); after != "" {
					return after // "更新时间 2024-10-08 139 0000 5813": the number after the date
				}
			}
			continue // a date, or a day's date and its hour ("2024-10-08 21:37")
		}
		// not part of an email or a URL
		if m[1] < len(s) && (s[m[1]] == '@' || s[m[1]] == '.' && m[1]+1 < len(s) && s[m[1]+1] != ' ') {
			continue
		}
		// not a run of digits glued to the letters of a code before it
		// ("K3307125", a record's number; "Tel0412 345 678" is a phone)
		if k := m[0] + strings.Index(s[m[0]:], p); k > 0 && isLatinLetter(rune(s[k-1])) && allDigits(p) {
			continue
		}
		if !possiblePhone(p) {
			continue
		}
		if k := m[0] + strings.Index(s[m[0]:], p); boxBefore.MatchString(s[:k]) {
			continue // "P.O. Box 10555-00100": a box's number and its postcode
		}
		return p
	}
	return ""
}

// boxBefore ends the text before a post box's number.
var boxBefore = lazyRE(`(?i)(?:\bp\.?\s?o\.?\s*box|\bprivate bag|\bbox|\bpostfach|信箱)\s*(?:no\.?\s*)?$`)

// possiblePhone asks libphonenumber's metadata (internal/phonedata,
// generated from nyaruka/phonenumbers) about a number written with a country
// code (+82, 0086, (+82)): the code must exist and the number after it fit
// that country's lengths. A number without one is left to the digit count
// above: without a region, every length is possible somewhere.
func possiblePhone(p string) bool {
	intl := strings.TrimLeft(p, "(（ ")
	switch {
	case strings.HasPrefix(intl, "+"):
	case strings.HasPrefix(intl, "00"):
		intl = "+" + intl[2:]
	default:
		return true
	}
	return phonedata.Possible(intl)
}

// profile returns the profile a URL is, if it is an account on a known
// network (a repository link is not a profile).
func (lx *Lexicon) profile(raw string) (schema.Profile, bool) {
	u, err := url.Parse(withScheme(raw))
	if err != nil {
		return schema.Profile{}, false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(segs) == 1 && segs[0] == "" {
		segs = nil
	}
	for _, n := range lx.networks {
		if host != n.host || len(segs) != len(n.path) {
			continue
		}
		user, ok := "", true
		for i, p := range n.path {
			switch {
			case strings.Contains(p, "{u}"):
				pre := strings.TrimSuffix(p, "{u}")
				if !strings.HasPrefix(segs[i], pre) || len(segs[i]) == len(pre) {
					ok = false
				}
				user = strings.TrimPrefix(segs[i], pre)
			case p == "{_}":
			default:
				ok = ok && segs[i] == p
			}
		}
		if ok {
			return schema.Profile{Network: n.name, Username: user, URL: withScheme(strings.TrimRight(raw, "/"))}, true
		}
	}
	return schema.Profile{}, false
}

// networkHost reports whether a URL is on a known network's host.
// profileOf builds the profile of a username on a network named as in
// networks.tsv, its URL from the network's pattern.
func (lx *Lexicon) profileOf(network, user string) (schema.Profile, bool) {
	network = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(network), ":："))
	user = strings.TrimPrefix(user, "@")
	for _, n := range lx.networks {
		if !strings.EqualFold(n.name, network) || slices.Contains(n.path, "{_}") {
			continue
		}
		segs := make([]string, len(n.path))
		for i, p := range n.path {
			segs[i] = strings.ReplaceAll(p, "{u}", user)
		}
		return schema.Profile{Network: n.name, Username: user, URL: "https://" + n.host + "/" + strings.Join(segs, "/")}, true
	}
	return schema.Profile{}, false
}

// isNetworkName reports whether s names a known network ("GitHub").
func (lx *Lexicon) isNetworkName(s string) bool {
	s = strings.TrimSpace(strings.TrimRight(s, ":："))
	for _, n := range lx.networks {
		if strings.EqualFold(n.name, s) {
			return true
		}
	}
	return false
}

func (lx *Lexicon) networkHost(raw string) bool {
	u, err := url.Parse(withScheme(raw))
	if err != nil {
		return false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	for _, n := range lx.networks {
		if host == n.host {
			return true
		}
	}
	return false
}

// vcardFields are the fields of a contact card's properties (RFC 6350)
// that a résumé's basics hold; the card's other properties are dropped.
var vcardFields = map[string]string{"FN": "name", "TITLE": "label", "TEL": "phone", "EMAIL": "email", "URL": "url", "ADR": "address"}

// vcardProperty is a contact card's line: a property's name, in a group
// perhaps, its parameters, a colon ("TEL;TYPE=CELL:", "item1.URL:").
var vcardProperty = lazyRE(`^(?:[A-Za-z0-9-]+\.)?[A-Za-z][A-Za-z0-9-]*(?:;[^:]*)?:`)

// readVCard rewrites a contact card pasted into the résumé ("BEGIN:VCARD"
// … "END:VCARD") as the labelled lines its properties say: "FN:Ana Lima"
// is the name, "TEL;CELL:07700 900123" a phone, "ADR;TYPE=HOME:;;1 Mill
// Lane;Leeds;;LS1;UK" the address, its parts joined.
func (r *run) readVCard(all []*line) []*line {
	out := all[:0:0]
	in := false
	for _, l := range all {
		t := strings.TrimSpace(l.text)
		switch {
		case strings.EqualFold(t, "BEGIN:VCARD"):
			in = true
			r.traceLine(l, "dropped", "a contact card's lines read as labels")
			continue
		case !in:
			out = append(out, l)
			continue
		case strings.EqualFold(t, "END:VCARD"):
			in = false
			r.traceLine(l, "dropped", "a contact card's lines read as labels")
			continue
		}
		if l.Blank || !vcardProperty.MatchString(t) {
			in = false // a card cut short ends at a blank line or a line of no property
			out = append(out, l)
			continue
		}
		key, value, ok := strings.Cut(t, ":")
		prop, _, _ := strings.Cut(key, ";")
		if _, name, grouped := strings.Cut(prop, "."); grouped {
			prop = name // "item1.URL": a property in a group
		}
		field := vcardFields[strings.ToUpper(prop)]
		label := r.lx.fieldLabel[field]
		if !ok || field == "" || label == "" {
			r.traceLine(l, "dropped", "a contact card's property no basics hold")
			continue
		}
		value = strings.NewReplacer(`\,`, ",", `\;`, ";", `\n`, " ").Replace(value)
		if field == "address" {
			// post box; extended; street; town; region; post code;
			// country, written as an address is: "…, Mill Lane,
			// Ambleside, Cumbria LA22, UK"
			p := append(strings.Split(value, ";"), make([]string, 7)...)
			region := strings.TrimSpace(strings.TrimSpace(p[4]) + " " + strings.TrimSpace(p[5]))
			var parts []string
			for _, x := range []string{p[0], p[1], p[2], p[3], region, p[6]} {
				if x = strings.TrimSpace(x); x != "" {
					parts = append(parts, x)
				}
			}
			value = strings.Join(parts, ", ")
		}
		if value = strings.TrimSpace(value); value == "" {
			continue
		}
		nl := *l
		nl.text = label + "：" + value
		nl.raw, nl.runes, nl.feat, nl.Cells, nl.Spans = nl.text, utf8.RuneCountInString(nl.text), nil, nil, nil
		r.traceLine(l, "dropped or merged", "a contact card's lines read as labels")
		out = append(out, &nl)
	}
	return out
}
