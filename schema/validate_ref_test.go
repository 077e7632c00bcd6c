package schema

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// The validator is compared with a general JSON Schema validator,
// github.com/santhosh-tekuri/jsonschema, on every document the repository
// holds (golden outputs, blind-set truths, the official sample) and on
// broken copies of them: the same violations at the same pointers with
// the same messages, and the same documents refused as invalid JSON.

// reference is the general validator, compiled once.
type reference struct{ sch *jsonschema.Schema }

func newReference(t testing.TB) reference {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	c.AssertFormat()
	const url = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.1/schema.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return reference{sch}
}

var refPrinter = message.NewPrinter(language.English)

// validate returns the reference's violations, sorted as Validate sorts.
func (r reference) validate(doc []byte) ([]Violation, error) {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return nil, err
	}
	err = r.sch.Validate(inst)
	if err == nil {
		return nil, nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil, err
	}
	var out []Violation
	var collect func(e *jsonschema.ValidationError)
	collect = func(e *jsonschema.ValidationError) {
		if len(e.Causes) > 0 {
			for _, c := range e.Causes {
				collect(c)
			}
			return
		}
		var ptr strings.Builder
		for _, tok := range e.InstanceLocation {
			ptr.WriteString("/" + escapeToken(tok))
		}
		if k, ok := e.ErrorKind.(*kind.AdditionalProperties); ok {
			for _, p := range k.Properties {
				out = append(out, Violation{ptr.String() + "/" + escapeToken(p), "additional property '" + p + "' not allowed"})
			}
			return
		}
		out = append(out, Violation{ptr.String(), e.ErrorKind.LocalizedString(refPrinter)})
	}
	collect(ve)
	slices.SortFunc(out, func(a, b Violation) int {
		return cmp.Or(comparePointers(a.Pointer, b.Pointer), strings.Compare(a.Message, b.Message))
	})
	return slices.Compact(out), nil
}

// repoDocuments returns every JSON Resume document the repository holds.
func repoDocuments(t testing.TB) map[string][]byte {
	t.Helper()
	docs := map[string][]byte{}
	add := func(pattern string, unwrap bool) {
		names, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if unwrap {
				var truth struct{ Resume json.RawMessage }
				if json.Unmarshal(b, &truth) != nil || truth.Resume == nil {
					continue
				}
				b = truth.Resume
			}
			docs[name] = b
		}
	}
	add("testdata/*.json", false)
	add("../testdata/golden/*.json", false)
	add("../testdata/blind/*/*.truth.json", true)
	add("../testdata/zoo/*/*.truth.json", true)
	if len(docs) < 100 {
		t.Fatalf("found %d documents; want the repository's golden files and truths", len(docs))
	}
	return docs
}

// breakings are values that break a field of some kind, and extra keys.
var breakings = []any{1, 2.5, true, nil, "", "nope", "a@", "x@-y.com", "github.com/x", "http://[::1", "2023/08",
	"2023-02-30", "2023-13", "Present", []any{"a", 3}, map[string]any{"k": "v"}, "mailto:a@b.c", "ab..c@d.com", `"q"@x.org`,
	"a@[127.0.0.1]", "a@[IPv6:::1]", "a@[300.0.0.1]", "https://例子.测试/路径", "2019-2-3"}

// breakCopies returns n broken copies of the document v: values replaced
// with breakings, keys added, objects turned into arrays.
func breakCopies(v any, rng *rand.Rand, n int) [][]byte {
	var out [][]byte
	for range n {
		c := deepCopy(v)
		for range 1 + rng.IntN(3) {
			c = breakOne(c, rng)
		}
		b, _ := json.Marshal(c)
		out = append(out, b)
	}
	return out
}

func deepCopy(v any) any {
	b, _ := json.Marshal(v)
	var c any
	_ = json.Unmarshal(b, &c)
	return c
}

// breakOne breaks one value reached by a random walk down from v.
func breakOne(v any, rng *rand.Rand) any {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 || rng.IntN(6) == 0 {
			if rng.IntN(2) == 0 {
				x["x/odd~key"] = breakings[rng.IntN(len(breakings))]
				return x
			}
			return breakings[rng.IntN(len(breakings))]
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		k := keys[rng.IntN(len(keys))]
		x[k] = breakOne(x[k], rng)
		return x
	case []any:
		if len(x) == 0 || rng.IntN(6) == 0 {
			return breakings[rng.IntN(len(breakings))]
		}
		i := rng.IntN(len(x))
		x[i] = breakOne(x[i], rng)
		return x
	default:
		return breakings[rng.IntN(len(breakings))]
	}
}

func compareWithReference(t *testing.T, ref reference, v *Validator, name string, doc []byte) {
	t.Helper()
	want, werr := ref.validate(doc)
	got, gerr := v.Validate(doc)
	if (werr != nil) != (gerr != nil) {
		t.Errorf("%s: %s\nerror: reference %v, validator %v", name, doc, werr, gerr)
		return
	}
	if d := gocmp.Diff(want, got); d != "" {
		t.Errorf("%s: %s\n(-reference +validator):\n%s", name, doc, d)
	}
}

func TestValidatorMatchesReference(t *testing.T) {
	ref := newReference(t)
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	docs := repoDocuments(t)
	names := make([]string, 0, len(docs))
	for name := range docs {
		names = append(names, name)
	}
	slices.Sort(names)
	rng := rand.New(rand.NewPCG(1, 2))
	invalid := 0
	for _, name := range names {
		compareWithReference(t, ref, v, name, docs[name])
		var doc any
		if err := json.Unmarshal(docs[name], &doc); err != nil {
			continue
		}
		for i, b := range breakCopies(doc, rng, 8) {
			compareWithReference(t, ref, v, name+" broken "+string(rune('a'+i)), b)
			if vs, _ := v.Validate(b); len(vs) > 0 {
				invalid++
			}
		}
	}
	if invalid < len(names) {
		t.Errorf("only %d broken copies are invalid: the breaking does not reach the schema's checks", invalid)
	}
	for _, doc := range []string{``, `{`, `{"a":1}x`, `{"a":1} {}`, `[]`, `"s"`, `null`, `{"basics":{"name":1.0}}`, `{"basics":{"name":1e400}}`} {
		compareWithReference(t, ref, v, "literal", []byte(doc))
	}
}

func FuzzValidate(f *testing.F) {
	for _, b := range repoDocuments(f) {
		if len(b) < 4000 {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"basics":{"email":"a@b","url":"x"},"work":[{"startDate":"2023/08"}],"foo":1}`))
	ref := newReference(f)
	v, err := NewValidator()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		compareWithReference(t, ref, v, "fuzz", doc)
	})
}
