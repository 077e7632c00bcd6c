package batch_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/resumex/resumex"
	"github.com/resumex/resumex/batch"
	"github.com/resumex/resumex/parser"
)

// The stages of a batch, each alone: expanding the arguments, picking a
// shard, the engine's own cost per file (stub parse), writing an output
// file atomically, and whole batches with the real parser.
//
//	go test ./batch -run '^$' -bench . -benchmem

var fixtures = filepath.Join("..", "testdata", "fixtures")

var fixtureFilter = batch.Filter{Include: []string{"*.txt", "*.md"}, Exclude: []string{"README.md"}}

func BenchmarkExpand(b *testing.B) {
	n := 0
	for b.Loop() {
		n = len(batch.Expand([]string{fixtures}, fixtureFilter))
	}
	b.ReportMetric(float64(n), "files/op")
}

func BenchmarkShardSelect(b *testing.B) {
	ins := inputs(10000)
	s := batch.Shard{Index: 3, Count: 8}
	for b.Loop() {
		s.Select(ins)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ins)), "ns/input")
}

// BenchmarkEngineStub is the engine's overhead per file: dispatch, worker
// hand-off, reorder window and emission, with a parse that does nothing.
// One op is one file.
func BenchmarkEngineStub(b *testing.B) {
	doc := []byte(`{"basics":{"name":"Ada"}}` + "\n")
	for _, jobs := range []int{1, 2, runtime.GOMAXPROCS(0) * 2} {
		for _, unordered := range []bool{false, true} {
			b.Run(fmt.Sprintf("jobs=%d/unordered=%v", jobs, unordered), func(b *testing.B) {
				ins := inputs(b.N)
				b.ReportAllocs()
				b.ResetTimer()
				_, err := batch.Run(context.Background(), ins, batch.Config{
					Jobs:      jobs,
					Unordered: unordered,
					Parse:     func(batch.Input) ([]byte, error) { return doc, nil },
					Emit:      func(*batch.Result) error { return nil },
				})
				if err != nil {
					b.Fatal(err)
				}
			})
		}
	}
}

// BenchmarkOutDirWrite is one atomic output write (temp file, rename).
func BenchmarkOutDirWrite(b *testing.B) {
	od, err := batch.OpenOutDir(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	data := make([]byte, 4<<10)
	i := 0
	for b.Loop() {
		if err := od.Write(batch.Input{Rel: fmt.Sprintf("d%d/f%d.txt", i%16, i)}, data); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkBatchJobs1(b *testing.B) { benchBatch(b, 1) }
func BenchmarkBatchJobs2(b *testing.B) { benchBatch(b, 2) }

// benchBatch parses the text fixtures with the real parser through the
// engine, with jobs workers, as `resumex parse DIR` does (without the
// output); one op is the whole set. It reports files/s.
func benchBatch(b *testing.B, jobs int) {
	ins := batch.Expand([]string{fixtures}, fixtureFilter)
	if len(ins) == 0 {
		b.Skip("no fixtures")
	}
	p := resumex.New(parser.Options{})
	cfg := batch.Config{
		Jobs: jobs,
		Parse: func(in batch.Input) ([]byte, error) {
			res, _, err := p.ParseFile(in.Path)
			if err != nil {
				return nil, err
			}
			return res.Marshal(false)
		},
		Emit: func(r *batch.Result) error { return r.Err },
	}
	// Warm up: the segmenter loads its dictionary on first need.
	if _, err := batch.Run(context.Background(), ins, cfg); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := batch.Run(context.Background(), ins, cfg); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(ins))/b.Elapsed().Seconds(), "files/s")
}

func init() {
	// The fixtures must exist where the benchmarks look.
	if _, err := os.Stat(fixtures); err != nil {
		fixtures = filepath.Join("testdata", "fixtures")
	}
}
