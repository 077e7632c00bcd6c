package schema

import (
	"bytes"
	"cmp"
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// schemaJSON is schema.json from the npm package resume-schema@1.0.1
// (https://github.com/jsonresume/resume-schema, MIT), JSON Schema draft-04,
// copied verbatim from package/schema.json of `npm pack resume-schema@1.0.1`.
//
//go:embed schema.json
var schemaJSON []byte

// schemaURL identifies the embedded schema inside the compiler; it is never
// fetched.
const schemaURL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.1/schema.json"

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
type Validator struct {
	sch *jsonschema.Schema
}

// NewValidator compiles the embedded schema. Format assertions are on
// ("email", "uri" and "date" are checked).
func NewValidator() (*Validator, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, fmt.Errorf("schema: parse embedded schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	c.AssertFormat() // already the default for draft-04; made explicit
	if err := c.AddResource(schemaURL, doc); err != nil {
		return nil, fmt.Errorf("schema: add embedded schema: %w", err)
	}
	sch, err := c.Compile(schemaURL)
	if err != nil {
		return nil, fmt.Errorf("schema: compile embedded schema: %w", err)
	}
	return &Validator{sch: sch}, nil
}

// Validate checks the JSON document doc. It returns the violations sorted by
// pointer (nil if doc is valid), or an error if doc is not valid JSON.
func (v *Validator) Validate(doc []byte) ([]Violation, error) {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return nil, fmt.Errorf("schema: invalid JSON: %w", err)
	}
	err = v.sch.Validate(inst)
	if err == nil {
		return nil, nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil, err
	}
	var out []Violation
	collect(ve, &out)
	slices.SortFunc(out, func(a, b Violation) int {
		return cmp.Or(comparePointers(a.Pointer, b.Pointer), strings.Compare(a.Message, b.Message))
	})
	return slices.Compact(out), nil
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

var printer = message.NewPrinter(language.English)

// collect appends the leaf causes of e to out.
func collect(e *jsonschema.ValidationError, out *[]Violation) {
	if len(e.Causes) > 0 {
		for _, c := range e.Causes {
			collect(c, out)
		}
		return
	}
	ptr := pointer(e.InstanceLocation)
	if k, ok := e.ErrorKind.(*kind.AdditionalProperties); ok {
		for _, p := range k.Properties {
			*out = append(*out, Violation{ptr + "/" + escapeToken(p), "additional property '" + p + "' not allowed"})
		}
		return
	}
	*out = append(*out, Violation{ptr, e.ErrorKind.LocalizedString(printer)})
}

func pointer(tokens []string) string {
	var sb strings.Builder
	for _, t := range tokens {
		sb.WriteByte('/')
		sb.WriteString(escapeToken(t))
	}
	return sb.String()
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
