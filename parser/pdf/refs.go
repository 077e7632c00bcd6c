package pdf

import (
	"reflect"

	lpdf "github.com/ledongthuc/pdf"
)

// An object is parsed once. The library resolves an indirect reference
// afresh each time a value is looked up (Value.Key, Value.Index): it
// reads and parses the object again, and an object inside an object
// stream costs a decompression of the stream besides. A document that
// names one big object many times (a page's /Annots of thousands of
// references to one annotation, a /Contents array repeating one stream)
// would cost the object's size times the references. So lookups of the
// package's loops go through limits.key and limits.index, which cache what
// each reference resolves to, by object number.
//
// The library does not export the reference a dictionary entry or array
// element holds, only what it resolves to, so refOf reads it with
// reflection. When the library's Value is not laid out as expected (a new
// version), refOf finds no references and lookups are uncached, as the
// library does them; TestValueLayout says so.

// ref is an indirect reference: object number and generation.
type ref struct {
	id  uint32
	gen uint16
}

// valueData is the index of Value's data field, -1 when Value is not
// {r, ptr, data} as this file expects.
var valueData = func() int {
	t := reflect.TypeOf(lpdf.Value{})
	if t.NumField() == 3 && t.Field(2).Name == "data" && t.Field(2).Type.Kind() == reflect.Interface {
		return 2
	}
	return -1
}()

// rawOf returns the data of v: a dictionary (a stream's header for a
// stream), an array, or anything else.
func rawOf(v lpdf.Value) reflect.Value {
	if valueData < 0 {
		return reflect.Value{}
	}
	d := reflect.ValueOf(v).Field(valueData)
	if d.IsNil() {
		return reflect.Value{}
	}
	d = d.Elem()
	if d.Kind() == reflect.Struct { // a stream: its header
		d = d.FieldByName("hdr")
	}
	return d
}

// refOf reads the reference e holds, if it holds one.
func refOf(e reflect.Value) (ref, bool) {
	if e.IsValid() && e.Kind() == reflect.Interface {
		if e.IsNil() {
			return ref{}, false
		}
		e = e.Elem()
	}
	if !e.IsValid() || e.Kind() != reflect.Struct || e.Type().Name() != "objptr" || e.NumField() != 2 {
		return ref{}, false
	}
	id, gen := e.Field(0), e.Field(1)
	if id.Kind() != reflect.Uint32 || gen.Kind() != reflect.Uint16 {
		return ref{}, false
	}
	return ref{uint32(id.Uint()), uint16(gen.Uint())}, true
}

// keyRef returns the reference v's entry key holds, if it is one.
func keyRef(v lpdf.Value, key string) (ref, bool) {
	d := rawOf(v)
	if !d.IsValid() || d.Kind() != reflect.Map || d.Type().Key().Kind() != reflect.String {
		return ref{}, false
	}
	return refOf(d.MapIndex(reflect.ValueOf(key).Convert(d.Type().Key())))
}

// indexRef returns the reference v's element i holds, if it is one.
func indexRef(v lpdf.Value, i int) (ref, bool) {
	d := rawOf(v)
	if !d.IsValid() || d.Kind() != reflect.Slice || i < 0 || i >= d.Len() {
		return ref{}, false
	}
	return refOf(d.Index(i))
}

// key is v.Key(k), resolved once per reference.
func (l *limits) key(v lpdf.Value, k string) lpdf.Value {
	r, ok := keyRef(v, k)
	if !ok {
		return v.Key(k)
	}
	if c, ok := l.objs[r]; ok {
		return c
	}
	c := v.Key(k)
	l.objs[r] = c
	return c
}

// index is v.Index(i), resolved once per reference.
func (l *limits) index(v lpdf.Value, i int) lpdf.Value {
	r, ok := indexRef(v, i)
	if !ok {
		return v.Index(i)
	}
	if c, ok := l.objs[r]; ok {
		return c
	}
	c := v.Index(i)
	l.objs[r] = c
	return c
}
