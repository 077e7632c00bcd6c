package resumex

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/schema"
)

// Output caps: what one resume may hold, so that a big input (within its
// own budgets, see docs/limits.md) cannot print a document of tens of
// megabytes. Past a cap the rest is cut, and a warning says what.
const (
	// MaxFieldBytes is the most text one field holds (a summary, a
	// highlight, a name); longer text is cut at a character boundary.
	MaxFieldBytes = 4 << 10
	// MaxSectionItems is the most entries a section holds (work,
	// education, skills, ...).
	MaxSectionItems = 200
	// MaxListItems is the most items a list inside an entry holds
	// (highlights, keywords, courses, profiles).
	MaxListItems = 100
	// MaxResumeBytes is the most text all the fields of a resume hold;
	// the entries and sections past it are left out.
	MaxResumeBytes = 1 << 20
)

// capResume cuts res to the output caps and returns a warning for each
// kind of cut. Meta is left as it is.
func capResume(res *schema.Resume) []Warning {
	c := &capper{}
	v := reflect.ValueOf(res).Elem()
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Name == "Meta" || !f.IsExported() {
			continue
		}
		name := jsonName(f)
		c.value(func() string { return name }, v.Field(i), 0)
	}
	return c.warnings()
}

// capper walks a resume, cutting as it goes.
type capper struct {
	total  int
	full   string // where the resume filled up, "" while it has room
	fields []string
	lists  []string
}

// value caps v, found at path (built only when it is needed: when
// something is cut), depth lists deep.
func (c *capper) value(path func() string, v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		if c.full != "" {
			v.SetString("")
			return
		}
		if cut, ok := doc.Cut(s, MaxFieldBytes); ok {
			s = cut
			v.SetString(s)
			c.fields = append(c.fields, path())
		}
		c.total += len(s)
	case reflect.Pointer:
		if !v.IsNil() {
			c.value(path, v.Elem(), depth)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() {
				c.value(func() string { return path() + "." + jsonName(f) }, v.Field(i), depth)
			}
		}
	case reflect.Slice:
		max := MaxSectionItems
		if depth > 0 {
			max = MaxListItems
		}
		if v.Len() > max {
			v.Set(v.Slice(0, max))
			c.lists = append(c.lists, fmt.Sprintf("%s (%d items)", path(), max))
		}
		for i := range v.Len() {
			if c.full != "" {
				v.Set(v.Slice(0, i))
				return
			}
			c.value(func() string { return fmt.Sprintf("%s[%d]", path(), i) }, v.Index(i), depth+1)
			if c.full == "" && c.total > MaxResumeBytes {
				c.full = fmt.Sprintf("%s[%d]", path(), i)
				v.Set(v.Slice(0, i+1))
				return
			}
		}
	case reflect.Map:
		// X maps: values of any type
		if v.IsNil() || v.Type().Key().Kind() != reflect.String {
			return
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		for _, k := range keys {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			if e.Kind() == reflect.Interface && !e.IsNil() {
				// copy the dynamic value out to set it
				inner := reflect.New(e.Elem().Type()).Elem()
				inner.Set(e.Elem())
				c.value(func() string { return path() + "." + k.String() }, inner, depth)
				e.Set(inner)
			} else {
				c.value(func() string { return path() + "." + k.String() }, e, depth)
			}
			v.SetMapIndex(k, e)
		}
	case reflect.Interface:
		if !v.IsNil() {
			inner := reflect.New(v.Elem().Type()).Elem()
			inner.Set(v.Elem())
			c.value(path, inner, depth)
			v.Set(inner)
		}
	}
}

// warnings sums up the cuts, one warning a kind.
func (c *capper) warnings() []Warning {
	var w []Warning
	list := func(items []string) string {
		if len(items) > 3 {
			return strings.Join(items[:3], ", ") + fmt.Sprintf(" and %d more", len(items)-3)
		}
		return strings.Join(items, ", ")
	}
	if len(c.fields) > 0 {
		w = append(w, Warning{Msg: fmt.Sprintf("output cut: a field holds at most %d bytes: %s", MaxFieldBytes, list(c.fields))})
	}
	if len(c.lists) > 0 {
		w = append(w, Warning{Msg: fmt.Sprintf("output cut: a section holds at most %d entries, a list %d items: %s", MaxSectionItems, MaxListItems, list(c.lists))})
	}
	if c.full != "" {
		w = append(w, Warning{Msg: fmt.Sprintf("output cut: a resume holds at most %d bytes of text: what follows %s is left out", MaxResumeBytes, c.full)})
	}
	return w
}

// jsonName is the JSON name of a field.
func jsonName(f reflect.StructField) string {
	if n, _, _ := strings.Cut(f.Tag.Get("json"), ","); n != "" && n != "-" {
		return n
	}
	if f.Name == "X" {
		return "x"
	}
	return f.Name
}
