package pdf

import (
	"container/heap"
	"sort"
)

// A CMap maps codes by ranges (bfrange, cidrange), which may overlap: a
// ToUnicode CMap's later range wins, an encoding CMap's earlier one.
// Looking a code up range by range costs the number of ranges for each
// code; a CMap of tens of thousands of ranges made every glyph cost that.
// rangeIndex cuts the codes into segments where the same range wins and
// finds a code's segment by binary search.

// indexAbove is the number of ranges from which lookups use an index.
const indexAbove = 16

// rangeIndex finds, in O(log n), which of n code ranges wins for a code.
type rangeIndex struct {
	starts []uint64 // the first code of each segment, ascending
	winner []int    // the range that wins in each segment, -1 for none
}

// newRangeIndex indexes n ranges; bounds(i) gives range i; last says the
// range defined last wins (else the first).
func newRangeIndex(n int, bounds func(i int) (lo, hi uint32), last bool) *rangeIndex {
	type event struct {
		at  uint64
		add bool
		i   int
	}
	ev := make([]event, 0, 2*n)
	for i := range n {
		lo, hi := bounds(i)
		if hi < lo {
			continue
		}
		ev = append(ev, event{uint64(lo), true, i}, event{uint64(hi) + 1, false, i})
	}
	sort.Slice(ev, func(a, b int) bool { return ev[a].at < ev[b].at })
	active := &rangeHeap{last: last}
	gone := make([]bool, n)
	x := &rangeIndex{}
	for k := 0; k < len(ev); {
		at := ev[k].at
		for ; k < len(ev) && ev[k].at == at; k++ {
			if ev[k].add {
				heap.Push(active, ev[k].i)
			} else {
				gone[ev[k].i] = true
			}
		}
		for active.Len() > 0 && gone[active.ids[0]] {
			heap.Pop(active)
		}
		w := -1
		if active.Len() > 0 {
			w = active.ids[0]
		}
		if m := len(x.winner); m > 0 && x.winner[m-1] == w {
			continue // the segment goes on
		}
		x.starts = append(x.starts, at)
		x.winner = append(x.winner, w)
	}
	return x
}

// find returns the range that wins for code, -1 for none.
func (x *rangeIndex) find(code uint32) int {
	k := sort.Search(len(x.starts), func(k int) bool { return x.starts[k] > uint64(code) }) - 1
	if k < 0 {
		return -1
	}
	return x.winner[k]
}

// rangeHeap keeps the active ranges, the winner on top.
type rangeHeap struct {
	ids  []int
	last bool
}

func (h *rangeHeap) Len() int { return len(h.ids) }
func (h *rangeHeap) Less(a, b int) bool {
	if h.last {
		return h.ids[a] > h.ids[b]
	}
	return h.ids[a] < h.ids[b]
}
func (h *rangeHeap) Swap(a, b int) { h.ids[a], h.ids[b] = h.ids[b], h.ids[a] }
func (h *rangeHeap) Push(v any)    { h.ids = append(h.ids, v.(int)) }
func (h *rangeHeap) Pop() any {
	v := h.ids[len(h.ids)-1]
	h.ids = h.ids[:len(h.ids)-1]
	return v
}

// findRange returns the index of the bfrange that maps code (the last
// defined that holds it), -1 for none.
func (m *cmap) findRange(code uint32) int {
	if len(m.ranges) <= indexAbove {
		for i := len(m.ranges) - 1; i >= 0; i-- {
			if r := &m.ranges[i]; code >= r.lo && code <= r.hi {
				return i
			}
		}
		return -1
	}
	if m.index == nil {
		m.index = newRangeIndex(len(m.ranges), func(i int) (uint32, uint32) { return m.ranges[i].lo, m.ranges[i].hi }, true)
	}
	return m.index.find(code)
}

// findCIDRange returns the index of the cidrange that maps code (the
// first defined that holds it), -1 for none.
func (m *cmap) findCIDRange(code uint32) int {
	if len(m.cidRanges) <= indexAbove {
		for i, r := range m.cidRanges {
			if code >= r.lo && code <= r.hi {
				return i
			}
		}
		return -1
	}
	if m.cidIndex == nil {
		m.cidIndex = newRangeIndex(len(m.cidRanges), func(i int) (uint32, uint32) { return m.cidRanges[i].lo, m.cidRanges[i].hi }, false)
	}
	return m.cidIndex.find(code)
}
