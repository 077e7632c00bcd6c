package schema

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/netip"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// schemaJSON is schema.json from the npm package resume-schema@1.0.1
// (https://github.com/jsonresume/resume-schema, MIT), JSON Schema draft-04,
// copied verbatim from package/schema.json of `npm pack resume-schema@1.0.1`.
//
//go:embed schema.json
var schemaJSON []byte

// SchemaJSON returns a copy of the embedded JSON Resume schema.
func SchemaJSON() []byte { return bytes.Clone(schemaJSON) }

// Violation is one schema violation: where it is and what is wrong.
type Violation struct {
	// Pointer is an RFC 6901 JSON pointer to the offending value, e.g.
	// "/basics/email" ("" is the document root). A forbidden extra key is
	// reported at the key itself, e.g. "/foo".
	Pointer string
	Message string
}

func (v Violation) String() string { return v.Pointer + ": " + v.Message }

// Validator validates documents against the embedded JSON Resume schema. It
// is safe for concurrent use.
//
// It reads the draft-04 keywords the JSON Resume schema uses (type,
// properties, additionalProperties, items, additionalItems, $ref, pattern,
// format: email, uri and date) and refuses a schema with any other, so
// that a new schema cannot be checked only in part. A general validator
// (github.com/santhosh-tekuri/jsonschema) compiles the meta-schemas of
// every draft when a program starts, which cost every resumex command
// about 10 ms; it stays the reference the tests hold this one to
// (validate_ref_test.go): the same violations, pointers and messages on
// every document the repository holds and on broken copies of them.
type Validator struct {
	root *node
}

// node is a compiled schema object.
type node struct {
	ref         string // "$ref": the other keywords are ignored (draft-04)
	target      *node  // what ref points to, once resolved
	types       []string
	props       map[string]*node
	closed      bool // additionalProperties: false
	items       *node
	pattern     *regexp.Regexp
	patternText string
	format      string
}

// keywords are the schema keywords the validator reads or may ignore.
var keywords = map[string]bool{
	"$schema": true, "title": true, "description": true, "definitions": true,
	"type": true, "properties": true, "additionalProperties": true,
	"items": true, "additionalItems": true, "$ref": true, "pattern": true, "format": true,
}

// NewValidator compiles the embedded schema. Format assertions are on
// ("email", "uri" and "date" are checked).
func NewValidator() (*Validator, error) {
	var doc map[string]any
	if err := json.Unmarshal(schemaJSON, &doc); err != nil {
		return nil, fmt.Errorf("schema: parse embedded schema: %w", err)
	}
	if s, _ := doc["$schema"].(string); s != "http://json-schema.org/draft-04/schema#" {
		return nil, fmt.Errorf("schema: embedded schema is %q, not draft-04", s)
	}
	c := compiler{doc: doc, byRef: map[string]*node{}}
	root, err := c.compile(doc, "#")
	if err != nil {
		return nil, fmt.Errorf("schema: compile embedded schema: %w", err)
	}
	for i := 0; i < len(c.refs); i++ { // (compiling a target may add refs)
		n := c.refs[i]
		t, ok := c.byRef[n.ref]
		if !ok {
			sub, err := c.resolve(n.ref)
			if err != nil {
				return nil, fmt.Errorf("schema: compile embedded schema: %w", err)
			}
			if t, err = c.compile(sub, n.ref); err != nil {
				return nil, fmt.Errorf("schema: compile embedded schema: %w", err)
			}
		}
		n.target = t
	}
	return &Validator{root: root}, nil
}

// compiler turns the schema's objects into nodes.
type compiler struct {
	doc   map[string]any
	refs  []*node          // nodes with a $ref, resolved after the walk
	byRef map[string]*node // compiled nodes by their "#/…" pointer
}

func (c *compiler) compile(v any, at string) (*node, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: a schema is an object", at)
	}
	n := &node{}
	c.byRef[at] = n
	for k, val := range obj {
		if !keywords[k] {
			return nil, fmt.Errorf("%s: keyword %q is not supported", at, k)
		}
		var err error
		switch k {
		case "$ref":
			n.ref, ok = val.(string)
			if !ok || !strings.HasPrefix(n.ref, "#") {
				return nil, fmt.Errorf("%s: $ref %v: only references inside the schema are supported", at, val)
			}
			c.refs = append(c.refs, n)
		case "type":
			switch t := val.(type) {
			case string:
				n.types = []string{t}
			default:
				return nil, fmt.Errorf("%s: a type other than one name is not supported", at)
			}
		case "properties":
			props, _ := val.(map[string]any)
			n.props = map[string]*node{}
			for name, sub := range props {
				if n.props[name], err = c.compile(sub, at+"/properties/"+escapeToken(name)); err != nil {
					return nil, err
				}
			}
		case "additionalProperties":
			b, ok := val.(bool)
			if !ok {
				return nil, fmt.Errorf("%s: additionalProperties as a schema is not supported", at)
			}
			n.closed = !b
		case "items":
			if n.items, err = c.compile(val, at+"/items"); err != nil {
				return nil, fmt.Errorf("%s: items as a list is not supported: %w", at, err)
			}
		case "additionalItems":
			// ignored when items is one schema, the only form supported
		case "pattern":
			n.patternText, _ = val.(string)
			if n.pattern, err = regexp.Compile(n.patternText); err != nil {
				return nil, fmt.Errorf("%s: %w", at, err)
			}
		case "format":
			n.format, _ = val.(string)
		}
	}
	return n, nil
}

// resolve finds the schema object a "#/a/b" pointer names.
func (c *compiler) resolve(ref string) (any, error) {
	var v any = c.doc
	for _, tok := range strings.Split(strings.TrimPrefix(ref, "#"), "/")[1:] {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		obj, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("$ref %s: not found", ref)
		}
		if v, ok = obj[tok]; !ok {
			return nil, fmt.Errorf("$ref %s: not found", ref)
		}
	}
	return v, nil
}

// Validate checks the JSON document doc. It returns the violations sorted by
// pointer (nil if doc is valid), or an error if doc is not valid JSON.
func (v *Validator) Validate(doc []byte) ([]Violation, error) {
	if !json.Valid(doc) {
		var v any
		err := json.Unmarshal(doc, &v) // (for encoding/json's message of what is wrong)
		return nil, fmt.Errorf("schema: invalid JSON: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var inst any
	if err := dec.Decode(&inst); err != nil {
		return nil, fmt.Errorf("schema: invalid JSON: %w", err)
	}
	var out []Violation
	v.root.check(inst, "", &out)
	if len(out) == 0 {
		return nil, nil
	}
	slices.SortFunc(out, func(a, b Violation) int {
		return cmp.Or(comparePointers(a.Pointer, b.Pointer), strings.Compare(a.Message, b.Message))
	})
	return slices.Compact(out), nil
}

// check appends the violations of inst, found at ptr, to out.
func (n *node) check(inst any, ptr string, out *[]Violation) {
	if n.ref != "" {
		n.target.check(inst, ptr, out)
		return
	}
	if n.types != nil {
		got := jsonType(inst)
		ok := slices.Contains(n.types, got) || got == "number" && slices.Contains(n.types, "integer") && isInteger(inst)
		if !ok {
			*out = append(*out, Violation{ptr, fmt.Sprintf("got %s, want %s", got, strings.Join(n.types, " or "))})
			return
		}
	}
	switch inst := inst.(type) {
	case map[string]any:
		for k, val := range inst {
			if p, ok := n.props[k]; ok {
				p.check(val, ptr+"/"+escapeToken(k), out)
			} else if n.closed {
				*out = append(*out, Violation{ptr + "/" + escapeToken(k), "additional property '" + k + "' not allowed"})
			}
		}
	case []any:
		if n.items != nil {
			for i, e := range inst {
				n.items.check(e, ptr+"/"+strconv.Itoa(i), out)
			}
		}
	case string:
		if n.format != "" {
			if err := checkFormat(n.format, inst); err != nil {
				*out = append(*out, Violation{ptr, fmt.Sprintf("%s is not valid %s: %v", quote(inst), n.format, err)})
			}
		}
		if n.pattern != nil && !n.pattern.MatchString(inst) {
			*out = append(*out, Violation{ptr, fmt.Sprintf("%s does not match pattern %s", quote(inst), quote(n.patternText))})
		}
	}
}

// jsonType names the JSON type of a decoded value.
func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	default:
		return "object"
	}
}

func isInteger(v any) bool {
	n, ok := v.(json.Number)
	if !ok {
		return false
	}
	r, ok := new(big.Rat).SetString(string(n))
	return ok && r.IsInt()
}

// quote writes s in single quotes, as the messages show values.
func quote(s string) string {
	s = strconv.Quote(s)
	s = strings.ReplaceAll(s, `\"`, `"`)
	s = strings.ReplaceAll(s, `'`, `\'`)
	return "'" + s[1:len(s)-1] + "'"
}

// checkFormat checks s against a draft-04 format; a format it does not
// know passes, as the draft says.
func checkFormat(format, s string) error {
	switch format {
	case "email":
		return checkEmail(s)
	case "uri":
		u, err := url.Parse(s)
		if err != nil {
			return err
		}
		if h := u.Hostname(); strings.Contains(h, ":") {
			if !strings.Contains(u.Host, "[") || !strings.Contains(u.Host, "]") {
				return errors.New("ipv6 address not enclosed in brackets")
			}
			if err := checkIPv6(h); err != nil {
				return fmt.Errorf("invalid ipv6 address: %v", err)
			}
		}
		if !u.IsAbs() {
			return errors.New("relative url")
		}
	case "date":
		_, err := time.Parse("2006-01-02", s)
		return err
	}
	return nil
}

// checkEmail checks an address as RFC 5321/5322 and
// https://en.wikipedia.org/wiki/Email_address describe it.
func checkEmail(s string) error {
	if len(s) > 254 {
		return errors.New("more than 255 characters long")
	}
	at := strings.LastIndexByte(s, '@')
	if at == -1 {
		return errors.New("missing @")
	}
	local, domain := s[:at], s[at+1:]
	if len(local) > 64 {
		return errors.New("local part more than 64 characters long")
	}
	if len(local) > 1 && strings.HasPrefix(local, `"`) && strings.HasSuffix(local, `"`) {
		if strings.ContainsAny(local[1:len(local)-1], `\"`) {
			return errors.New("backslash and quote are not allowed within quoted local part")
		}
	} else {
		switch {
		case strings.HasPrefix(local, "."):
			return errors.New("starts with dot")
		case strings.HasSuffix(local, "."):
			return errors.New("ends with dot")
		case strings.Contains(local, ".."):
			return errors.New("consecutive dots")
		}
		for _, ch := range local {
			if !isAlnum(ch) && !strings.ContainsRune(".!#$%&'*+-/=?^_`{|}~", ch) {
				return fmt.Errorf("invalid character %q", ch)
			}
		}
	}
	if strings.HasPrefix(domain, "[") && strings.HasSuffix(domain, "]") {
		domain = domain[1 : len(domain)-1]
		if rem, ok := strings.CutPrefix(domain, "IPv6:"); ok {
			if err := checkIPv6(rem); err != nil {
				return fmt.Errorf("invalid ipv6 address: %v", err)
			}
			return nil
		}
		if err := checkIPv4(domain); err != nil {
			return fmt.Errorf("invalid ipv4 address: %v", err)
		}
		return nil
	}
	if err := checkHostname(domain); err != nil {
		return fmt.Errorf("invalid domain: %v", err)
	}
	return nil
}

func isAlnum(ch rune) bool {
	return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
}

func checkHostname(s string) error {
	s = strings.TrimSuffix(s, ".")
	if len(s) > 253 {
		return errors.New("more than 253 characters long")
	}
	for _, label := range strings.Split(s, ".") {
		switch {
		case len(label) < 1 || len(label) > 63:
			return errors.New("label must be 1 to 63 characters long")
		case strings.HasPrefix(label, "-"):
			return errors.New("label starts with hyphen")
		case strings.HasSuffix(label, "-"):
			return errors.New("label ends with hyphen")
		}
		for _, ch := range label {
			if !isAlnum(ch) && ch != '-' {
				return fmt.Errorf("invalid character %q", ch)
			}
		}
	}
	return nil
}

func checkIPv4(s string) error {
	groups := strings.Split(s, ".")
	if len(groups) != 4 {
		return errors.New("expected four decimals")
	}
	for _, g := range groups {
		if len(g) > 1 && g[0] == '0' {
			return errors.New("leading zeros")
		}
		n, err := strconv.Atoi(g)
		if err != nil {
			return err
		}
		if n < 0 || n > 255 {
			return errors.New("decimal must be between 0 and 255")
		}
	}
	return nil
}

func checkIPv6(s string) error {
	if !strings.Contains(s, ":") {
		return errors.New("missing colon")
	}
	addr, err := netip.ParseAddr(s)
	if err != nil {
		return err
	}
	if addr.Zone() != "" {
		return errors.New("zone id is not a part of ipv6 address")
	}
	return nil
}

var defaultValidator = sync.OnceValues(NewValidator)

// Validate checks doc with a lazily built, shared Validator.
func Validate(doc []byte) ([]Violation, error) {
	v, err := defaultValidator()
	if err != nil {
		return nil, err
	}
	return v.Validate(doc)
}

func escapeToken(t string) string {
	return strings.ReplaceAll(strings.ReplaceAll(t, "~", "~0"), "/", "~1")
}

// comparePointers orders pointers token by token, numeric tokens
// numerically, so "/work/2" sorts before "/work/10".
func comparePointers(a, b string) int {
	at, bt := strings.Split(a, "/"), strings.Split(b, "/")
	for i := range min(len(at), len(bt)) {
		an, aerr := strconv.Atoi(at[i])
		bn, berr := strconv.Atoi(bt[i])
		var c int
		if aerr == nil && berr == nil {
			c = cmp.Compare(an, bn)
		} else {
			c = strings.Compare(at[i], bt[i])
		}
		if c != 0 {
			return c
		}
	}
	return cmp.Compare(len(at), len(bt))
}
