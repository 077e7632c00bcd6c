package resumex

import (
	"bytes"
	"context"
	"errors"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/resumex/resumex/internal/nasty"
	"github.com/resumex/resumex/parser"
)

// The cost model holds for small inputs too: every nasty kind (package
// internal/nasty) is parsed at three small sizes, and what each parse
// allocates is held to a fixed budget per input byte, and to grow no
// faster than the input: a quadratic step shows as four times the
// allocations at twice the size. Allocations are counted, not timed, so
// the test is the same on a busy machine; `make nasty` times the
// full-size inputs.

// Budgets of a parse, per byte of input (file or, for PDF and DOCX, their
// decoded content, which is what Kind.Make is given), past a fixed
// allowance.
const (
	costFixedBytes    = 96 << 20
	costBytesPerByte  = 400
	costFixedAllocs   = 1_500_000
	costAllocsPerByte = 12
)

// costSizes are the sizes each kind is parsed at (with its header, a page
// of a kind is a few KB more: all are at most 64 KB).
var costSizes = [3]int{15 << 10, 30 << 10, 60 << 10}

// costDoubling is the most the cost may grow from the middle size to the
// largest, twice as big, past a floor: a quadratic step grows four times,
// a linear one twice, with room for a path that changes between sizes
// (lines joined up to a cap, then read one by one).
const costDoubling = 3.2

type cost struct{ bytes, allocs uint64 }

// measure parses data and returns what it allocated.
func measure(p *Parser, data []byte, name string) (cost, error) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, _, err := p.ParseBytes(data, name)
	runtime.ReadMemStats(&after)
	return cost{after.TotalAlloc - before.TotalAlloc, after.Mallocs - before.Mallocs}, err
}

func TestCost(t *testing.T) {
	p := New(parser.Options{})
	p.ParseBytes([]byte("Avery Quill\navery.quill@example.org\n工作经历\n"), "warm.txt") // load the segmenter first
	for _, k := range nasty.Kinds() {
		t.Run(k.Name, func(t *testing.T) {
			var c [len(costSizes)]cost
			var n [len(costSizes)]int
			for i, size := range costSizes {
				n[i] = min(size, k.Size)
				data := k.Make(n[i])
				if len(data) > 64<<10 {
					t.Fatalf("a %d-byte input from size %d: small inputs are at most 64 KB", len(data), n[i])
				}
				var err error
				if c[i], err = measure(p, data, k.Name); err != nil {
					t.Logf("size %d: %v", n[i], err)
				}
				maxBytes := uint64(costFixedBytes + costBytesPerByte*n[i])
				maxAllocs := uint64(costFixedAllocs + costAllocsPerByte*n[i])
				if c[i].bytes > maxBytes || c[i].allocs > maxAllocs {
					t.Errorf("size %d (%d bytes): %d bytes in %d allocations, budget %d bytes, %d allocations", n[i], len(data), c[i].bytes, c[i].allocs, maxBytes, maxAllocs)
				}
			}
			if n[2] != 2*n[1] {
				return // the kind is smaller than the sizes
			}
			for _, m := range []struct {
				what     string
				mid, big uint64
				floor    uint64
			}{{"bytes", c[1].bytes, c[2].bytes, 4 << 20}, {"allocations", c[1].allocs, c[2].allocs, 40_000}} {
				if m.big > m.floor && float64(m.big) > costDoubling*float64(max(m.mid, m.floor/4)) {
					t.Errorf("%s: %d at %d bytes, %d at %d: more than linear", m.what, m.mid, n[1], m.big, n[2])
				}
			}
		})
	}
}

// countdown is a context that is done after its Err has been asked n
// times: a deterministic deadline in the middle of a parse.
type countdown struct {
	context.Context
	left atomic.Int64
}

func newCountdown(n int64) *countdown {
	c := &countdown{Context: context.Background()}
	c.left.Store(n)
	return c
}

func (c *countdown) Err() error {
	if c.left.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

func (c *countdown) Done() <-chan struct{} { return nil }

// TestCancelEverywhere: a context that is done part way through stops
// every kind of input with the context's error, wherever it is, and a
// parse asks its context often (so that --timeout stops the work soon).
func TestCancelEverywhere(t *testing.T) {
	p := New(parser.Options{})
	for _, k := range nasty.Kinds() {
		data := k.Make(min(k.Size, 8<<10))
		full := newCountdown(1 << 40)
		_, _, err := p.ParseContext(full, bytes.NewReader(data), k.Name)
		asked := 1<<40 - full.left.Load()
		if err != nil {
			continue // refused: the budgets' business, see TestCost
		}
		if asked < 3 {
			t.Errorf("%s: a parse asked its context %d times", k.Name, asked)
		}
		for _, n := range []int64{0, asked / 2, asked - 1} {
			if _, _, err := p.ParseContext(newCountdown(n), bytes.NewReader(data), k.Name); !errors.Is(err, context.Canceled) {
				t.Errorf("%s: done after %d of %d checks: %v, want %v", k.Name, n, asked, err, context.Canceled)
			}
		}
	}
}

// FuzzCost looks for small inputs that cost more than the budget: make
// fuzz runs it; as a test it runs the seeds (every nasty kind at 4 KB).
func FuzzCost(f *testing.F) {
	exts := []string{".txt", ".md", ".html", ".pdf", ".docx"}
	for _, k := range nasty.Kinds() {
		for i, e := range exts {
			if strings.HasSuffix(k.Name, e) {
				f.Add(k.Make(min(k.Size, 4<<10)), uint8(i))
			}
		}
	}
	p := New(parser.Options{})
	f.Fuzz(func(t *testing.T, data []byte, ext uint8) {
		if len(data) > 64<<10 {
			t.Skip("small inputs only")
		}
		c, _ := measure(p, data, "fuzz"+exts[int(ext)%len(exts)])
		maxBytes := uint64(costFixedBytes + costBytesPerByte*len(data))
		maxAllocs := uint64(costFixedAllocs + costAllocsPerByte*len(data))
		if c.bytes > maxBytes || c.allocs > maxAllocs {
			t.Errorf("%d bytes: %d bytes in %d allocations, budget %d bytes, %d allocations", len(data), c.bytes, c.allocs, maxBytes, maxAllocs)
		}
	})
}
