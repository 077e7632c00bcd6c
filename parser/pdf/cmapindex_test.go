package pdf

import (
	"math/rand"
	"testing"
)

// TestRangeIndex: the index finds the range a scan of the ranges finds,
// the last defined or the first, over random overlapping ranges.
func TestRangeIndex(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	for round := range 50 {
		n := 1 + rnd.Intn(200)
		type rg struct{ lo, hi uint32 }
		rs := make([]rg, n)
		for i := range rs {
			lo := uint32(rnd.Intn(1000))
			rs[i] = rg{lo, lo + uint32(rnd.Intn(60))}
			if rnd.Intn(10) == 0 {
				rs[i].hi = lo - 1 // empty: never holds a code
			}
		}
		if round == 0 {
			rs = append(rs, rg{0xfffffff0, 0xffffffff}) // up to the last code
			n++
		}
		bounds := func(i int) (uint32, uint32) { return rs[i].lo, rs[i].hi }
		for _, last := range []bool{true, false} {
			x := newRangeIndex(n, bounds, last)
			for _, code := range append([]uint32{0, 0xfffffff5, 0xffffffff}, func() []uint32 {
				var c []uint32
				for range 500 {
					c = append(c, uint32(rnd.Intn(1100)))
				}
				return c
			}()...) {
				want := -1
				for i := range rs {
					if code >= rs[i].lo && code <= rs[i].hi && rs[i].hi >= rs[i].lo {
						if want < 0 || last {
							want = i
						}
					}
				}
				if got := x.find(code); got != want {
					t.Fatalf("round %d, last %v, code %d: got range %d, want %d", round, last, code, got, want)
				}
			}
		}
	}
}
