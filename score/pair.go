package score

// PairEntries pairs the entries of one section of two resumes as Score
// pairs truth and output entries: greedily by the similarity of their
// keys (work by name and position, education by institution and area,
// projects by name, ...), best first, at 0.4 or more. Entries that are not
// objects pair with nothing. ok is false for a section Score does not pair
// (skills, basics).
func PairEntries(section string, a, b []any) (pairs [][2]int, ok bool) {
	for _, s := range entries {
		if s.name != section {
			continue
		}
		return pair(s.keys, objects(a), objects(b)), true
	}
	return nil, false
}

// objects are the entries as the scorer's objects; a non-object is an
// empty one, which pairs with nothing.
func objects(l []any) []*object {
	out := make([]*object, len(l))
	for i, v := range l {
		o, ok := normalize(v).(*object)
		if !ok {
			o = &object{vals: map[string]any{}}
		}
		out[i] = o
	}
	return out
}
