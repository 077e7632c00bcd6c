package schema

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
)

// encode marshals v like json.Marshal but without HTML escaping.
func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// marshalWithX encodes the struct v (a method-less type, so no recursion) and
// appends the extra keys x after its fields, sorted by key. An extra key
// equal to one of v's JSON field names is an error (it would duplicate a key).
func marshalWithX[T any](v T, x map[string]any) ([]byte, error) {
	b, err := encode(v)
	if err != nil || len(x) == 0 {
		return b, err
	}
	known := jsonFields(reflect.TypeFor[T]())
	buf := bytes.NewBuffer(b[:len(b)-1]) // drop the closing '}'
	for _, k := range slices.Sorted(maps.Keys(x)) {
		if known[k] {
			return nil, fmt.Errorf("schema: extra key %q duplicates a standard field", k)
		}
		kb, err := encode(k)
		if err != nil {
			return nil, err
		}
		vb, err := encode(x[k])
		if err != nil {
			return nil, fmt.Errorf("schema: extra key %q: %w", k, err)
		}
		if buf.Len() > 1 {
			buf.WriteByte(',')
		}
		buf.Write(kb)
		buf.WriteByte(':')
		buf.Write(vb)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// unmarshalWithX decodes the object d into v and stores every other key in
// *x (nil when there are none). Keys are matched exactly, unlike
// encoding/json's case-insensitive matching: "Name" is an extra, not "name".
// Numbers in extras are kept as json.Number.
func unmarshalWithX[T any](d []byte, v *T, x *map[string]any) error {
	var all map[string]json.RawMessage
	if err := json.Unmarshal(d, &all); err != nil {
		return err
	}
	if all == nil { // JSON null: leave v untouched, like encoding/json
		return nil
	}
	known := jsonFields(reflect.TypeFor[T]())
	std := make(map[string]json.RawMessage, len(all))
	*x = nil
	for k, raw := range all {
		if known[k] {
			std[k] = raw
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		var val any
		if err := dec.Decode(&val); err != nil {
			return err
		}
		if *x == nil {
			*x = make(map[string]any)
		}
		(*x)[k] = val
	}
	b, err := json.Marshal(std)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

var fieldCache sync.Map // reflect.Type -> map[string]bool

// jsonFields returns the set of JSON keys of the struct type t's fields.
func jsonFields(t reflect.Type) map[string]bool {
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]bool)
	}
	m := make(map[string]bool)
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.IsExported() && name != "-" {
			m[cmp.Or(name, f.Name)] = true
		}
	}
	fieldCache.Store(t, m)
	return m
}
