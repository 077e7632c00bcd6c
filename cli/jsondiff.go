package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/resumex/resumex/score"
)

// A change is one field-level difference between two JSON documents.
type change struct {
	Path     string
	Old, New any
	Kind     byte // '~' changed, '+' added, '-' removed
}

func (c change) String() string {
	switch c.Kind {
	case '+':
		return "+ " + c.Path + ": " + short(c.New)
	case '-':
		return "- " + c.Path + ": " + short(c.Old)
	}
	return c.Path + ": " + short(c.Old) + " → " + short(c.New)
}

// short is a value's compact JSON, cut to keep a diff line readable.
func short(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	s := strings.TrimSuffix(b.String(), "\n")
	const max = 120
	if r := []rune(s); len(r) > max {
		s = string(r[:max-1]) + "…"
	}
	return s
}

// decodeLoose decodes a JSON document with numbers kept as json.Number.
func decodeLoose(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("data after the JSON document")
	}
	return v, nil
}

// diffJSON lists the differences from old to new, objects by key (sorted);
// the entries of a resume section (work, education, projects, ...) paired
// as the scorer pairs them, by their keys (see score.PairEntries), and
// other arrays aligned on their longest common subsequence, so that an
// entry inserted or removed shows as one change, not as a shift of all
// after it.
func diffJSON(old, new any) []change {
	var out []change
	diffValue("", old, new, &out)
	return out
}

func keyPath(base, key string) string {
	if key != "" && !strings.ContainsAny(key, ".[]\" ") {
		if base == "" {
			return key
		}
		return base + "." + key
	}
	q, _ := json.Marshal(key)
	return base + "[" + string(q) + "]"
}

func diffValue(p string, old, new any, out *[]change) {
	switch o := old.(type) {
	case map[string]any:
		if n, ok := new.(map[string]any); ok {
			diffObject(p, o, n, out)
			return
		}
	case []any:
		if n, ok := new.([]any); ok {
			if !diffEntries(p, o, n, out) {
				diffArray(p, o, n, out)
			}
			return
		}
	}
	if !reflect.DeepEqual(old, new) {
		*out = append(*out, change{Path: rootPath(p), Old: old, New: new, Kind: '~'})
	}
}

func rootPath(p string) string {
	if p == "" {
		return "(document)"
	}
	return p
}

func diffObject(p string, o, n map[string]any, out *[]change) {
	keys := make([]string, 0, len(o)+len(n))
	for k := range o {
		keys = append(keys, k)
	}
	for k := range n {
		if _, ok := o[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		ov, inOld := o[k]
		nv, inNew := n[k]
		kp := keyPath(p, k)
		switch {
		case !inNew:
			*out = append(*out, change{Path: kp, Old: ov, Kind: '-'})
		case !inOld:
			*out = append(*out, change{Path: kp, New: nv, Kind: '+'})
		default:
			diffValue(kp, ov, nv, out)
		}
	}
}

func diffArray(p string, o, n []any, out *[]change) {
	// Longest common subsequence of equal elements.
	lcs := make([][]int, len(o)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(n)+1)
	}
	for i := len(o) - 1; i >= 0; i-- {
		for j := len(n) - 1; j >= 0; j-- {
			if reflect.DeepEqual(o[i], n[j]) {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	idx := func(i int) string { return fmt.Sprintf("%s[%d]", p, i) }
	// Between two matches, the unmatched old and new elements pair up as
	// changes; the rest are removals or additions.
	var gapOld, gapNew []int
	flush := func() {
		k := 0
		for ; k < len(gapOld) && k < len(gapNew); k++ {
			diffValue(idx(gapNew[k]), o[gapOld[k]], n[gapNew[k]], out)
		}
		for _, i := range gapOld[k:] {
			*out = append(*out, change{Path: idx(i), Old: o[i], Kind: '-'})
		}
		for _, j := range gapNew[k:] {
			*out = append(*out, change{Path: idx(j), New: n[j], Kind: '+'})
		}
		gapOld, gapNew = gapOld[:0], gapNew[:0]
	}
	i, j := 0, 0
	for i < len(o) && j < len(n) {
		switch {
		case reflect.DeepEqual(o[i], n[j]):
			flush()
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			gapOld = append(gapOld, i)
			i++
		default:
			gapNew = append(gapNew, j)
			j++
		}
	}
	for ; i < len(o); i++ {
		gapOld = append(gapOld, i)
	}
	for ; j < len(n); j++ {
		gapNew = append(gapNew, j)
	}
	flush()
}

// diffEntries diffs the entries of a top-level resume section, paired by
// key as the scorer pairs them; entries left unpaired that are equal pair
// too. The changes of a pair are named by the entry's new index; an
// unpaired old entry is removed at its old index, an unpaired new one
// added at its new index. It reports false for an array that is not such
// a section.
func diffEntries(p string, o, n []any, out *[]change) bool {
	pairs, ok := score.PairEntries(p, o, n)
	if !ok {
		return false
	}
	oldOf := make(map[int]int, len(pairs)) // new index -> old index
	paired := make(map[int]bool, len(pairs))
	for _, pr := range pairs {
		oldOf[pr[1]] = pr[0]
		paired[pr[0]] = true
	}
	for j := range n {
		if _, ok := oldOf[j]; ok {
			continue
		}
		for i := range o {
			if !paired[i] && reflect.DeepEqual(o[i], n[j]) {
				oldOf[j], paired[i] = i, true
				break
			}
		}
	}
	idx := func(i int) string { return fmt.Sprintf("%s[%d]", p, i) }
	for i := range o {
		if !paired[i] {
			*out = append(*out, change{Path: idx(i), Old: o[i], Kind: '-'})
		}
	}
	for j := range n {
		if i, ok := oldOf[j]; ok {
			diffValue(idx(j), o[i], n[j], out)
		} else {
			*out = append(*out, change{Path: idx(j), New: n[j], Kind: '+'})
		}
	}
	return true
}
