package score

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"
)

// object is a decoded JSON object that keeps its keys in document order, as
// a Python dict does: the order shows in repr() and in iteration.
type object struct {
	keys []string
	vals map[string]any
}

func (o *object) get(k string) any {
	if o == nil {
		return nil
	}
	return o.vals[k]
}

// decodeJSON decodes one complete JSON text into the scorer's value model:
// numbers stay json.Number, objects become *object.
func decodeJSON(b []byte) (any, error) {
	if !json.Valid(b) {
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			return nil, err
		}
		return nil, errors.New("invalid JSON")
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	return decodeValue(dec)
}

func decodeValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('{'):
		o := &object{vals: map[string]any{}}
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return nil, err
			}
			k, _ := kt.(string)
			v, err := decodeValue(dec)
			if err != nil {
				return nil, err
			}
			if _, dup := o.vals[k]; !dup { // a repeated key keeps its first place, like a dict
				o.keys = append(o.keys, k)
			}
			o.vals[k] = v
		}
		_, err = dec.Token()
		return o, err
	case json.Delim('['):
		l := []any{}
		for dec.More() {
			v, err := decodeValue(dec)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		_, err = dec.Token()
		return l, err
	}
	return tok, nil
}

// plain turns the value model back into what encoding/json decodes into
// (with UseNumber).
func plain(v any) any {
	switch x := v.(type) {
	case *object:
		m := make(map[string]any, len(x.keys))
		for k, e := range x.vals {
			m[k] = plain(e)
		}
		return m
	case []any:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = plain(e)
		}
		return l
	}
	return v
}

// load mirrors score.py's load(): the whole text as JSON, else the first
// line of the stripped text (a JSON Lines file). The document must be an
// object.
func load(data []byte) (*object, error) {
	if !utf8.Valid(data) {
		return nil, errors.New("not UTF-8")
	}
	v, err := decodeJSON(data)
	if err != nil {
		text := strings.TrimFunc(string(data), isSpace)
		if text == "" {
			return nil, errors.New("empty document")
		}
		// str.splitlines() boundaries; only the first line matters.
		if i := strings.IndexFunc(text, func(r rune) bool {
			switch r {
			case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
				return true
			}
			return false
		}); i >= 0 {
			text = text[:i]
		}
		if v, err = decodeJSON([]byte(text)); err != nil {
			return nil, err
		}
	}
	o, ok := v.(*object)
	if !ok {
		return nil, errors.New("document is not a JSON object")
	}
	return o, nil
}

// loadTruth splits a truth document into the resume and its lenient strings.
func loadTruth(data []byte) (*object, []string, error) {
	doc, err := load(data)
	if err != nil {
		return nil, nil, err
	}
	if _, wrapped := doc.vals["resume"]; !wrapped {
		return doc, nil, nil
	}
	resume, ok := doc.vals["resume"].(*object)
	if !ok {
		return nil, nil, errors.New(`"resume" is not a JSON object`)
	}
	var lenient []string
	for _, l := range iterate(doc.vals["lenient"]) {
		s := ""
		if l != nil {
			s = pyStr(l)
		}
		lenient = append(lenient, s)
	}
	return resume, lenient, nil
}

// LoadTruth reads a truth file: {"resume": <JSON Resume>, "lenient":
// [strings]}, or a plain JSON Resume (no lenient strings). Like score.py it
// also accepts a JSON Lines file, using its first line. Numbers are
// json.Number.
func LoadTruth(data []byte) (resume map[string]any, lenient []string, err error) {
	r, lenient, err := loadTruth(data)
	if err != nil {
		return nil, nil, err
	}
	return plain(r).(map[string]any), lenient, nil
}

// LoadOutput reads a parser's output: a JSON Resume, or a JSON Lines file
// whose first line is one. Numbers are json.Number.
func LoadOutput(data []byte) (map[string]any, error) {
	o, err := load(data)
	if err != nil {
		return nil, err
	}
	return plain(o).(map[string]any), nil
}

// ScoreJSON scores the contents of a truth file and an output file. Unlike
// LoadTruth+LoadOutput+Score it keeps the key order of JSON objects, which
// score.py shows when an object stands where text is expected (in notes, in
// the body text); so it is the path that always agrees with score.py.
func ScoreJSON(truthData, outData []byte) (Result, error) {
	truth, lenient, err := loadTruth(truthData)
	if err != nil {
		return Result{}, fmt.Errorf("truth: %w", err)
	}
	out, err := load(outData)
	if err != nil {
		return Result{}, fmt.Errorf("output: %w", err)
	}
	return score(truth, lenient, out), nil
}

// ScoreFiles is ScoreJSON on two files, the arguments of score.py.
func ScoreFiles(truthPath, outPath string) (Result, error) {
	tb, err := os.ReadFile(truthPath)
	if err != nil {
		return Result{}, err
	}
	ob, err := os.ReadFile(outPath)
	if err != nil {
		return Result{}, err
	}
	truth, lenient, err := loadTruth(tb)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", truthPath, err)
	}
	out, err := load(ob)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", outPath, err)
	}
	return score(truth, lenient, out), nil
}
