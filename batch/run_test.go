package batch_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/resumex/resumex/batch"
)

func inputs(n int) []batch.Input {
	in := make([]batch.Input, n)
	for i := range in {
		rel := fmt.Sprintf("d%d/f%04d.txt", i%7, i)
		in[i] = batch.Input{Path: "in/" + rel, Rel: rel}
	}
	return in
}

// jitter sleeps up to d, deterministically per input.
func jitter(in batch.Input, d time.Duration) {
	h := uint64(0)
	for _, c := range in.Rel {
		h = h*31 + uint64(c)
	}
	time.Sleep(time.Duration(rand.New(rand.NewPCG(h, 1)).Int64N(int64(d))))
}

func TestOrderedWithinWindow(t *testing.T) {
	ins := inputs(300)
	const jobs, window = 4, 8
	var inFlight, maxInFlight atomic.Int64 // parsed or parsing, not yet emitted
	var got []string
	sum, err := batch.Run(context.Background(), ins, batch.Config{
		Jobs:   jobs,
		Window: window,
		Parse: func(in batch.Input) ([]byte, error) {
			n := inFlight.Add(1)
			for {
				m := maxInFlight.Load()
				if n <= m || maxInFlight.CompareAndSwap(m, n) {
					break
				}
			}
			jitter(in, 2*time.Millisecond)
			return []byte(in.Rel + "\n"), nil
		},
		Emit: func(r *batch.Result) error {
			inFlight.Add(-1)
			got = append(got, strings.TrimSpace(string(r.Data)))
			return nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.OK != len(ins) || sum.Failed != 0 || sum.NotStarted != 0 {
		t.Fatalf("summary %+v", sum)
	}
	for i, in := range ins {
		if got[i] != in.Rel {
			t.Fatalf("result %d is %s, want %s", i, got[i], in.Rel)
		}
	}
	if m := maxInFlight.Load(); m > window {
		t.Errorf("%d results held at once, window is %d", m, window)
	}
}

func TestUnordered(t *testing.T) {
	ins := inputs(100)
	seen := map[int]bool{}
	sum, err := batch.Run(context.Background(), ins, batch.Config{
		Jobs:      3,
		Unordered: true,
		Parse: func(in batch.Input) ([]byte, error) {
			jitter(in, time.Millisecond)
			return []byte("x"), nil
		},
		Emit: func(r *batch.Result) error {
			if seen[r.Index] {
				t.Errorf("result %d twice", r.Index)
			}
			seen[r.Index] = true
			return nil
		},
	})
	if err != nil || sum.OK != 100 || len(seen) != 100 {
		t.Fatalf("err %v, summary %+v, %d seen", err, sum, len(seen))
	}
}

// A slow oldest input holds the window: no more than Window inputs are
// taken while it runs.
func TestWindowBlocksWorkers(t *testing.T) {
	ins := inputs(50)
	release := make(chan struct{})
	var started atomic.Int64
	done := make(chan batch.Summary)
	go func() {
		sum, _ := batch.Run(context.Background(), ins, batch.Config{
			Jobs:   4,
			Window: 6,
			Parse: func(in batch.Input) ([]byte, error) {
				started.Add(1)
				if in.Rel == ins[0].Rel {
					<-release
				}
				return nil, nil
			},
		})
		done <- sum
	}()
	deadline := time.Now().Add(10 * time.Second)
	for started.Load() < 6 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // time enough to take more, were it allowed
	if n := started.Load(); n != 6 {
		t.Errorf("%d inputs started while the first is stuck, want the window, 6", n)
	}
	close(release)
	if sum := <-done; sum.OK != 50 {
		t.Errorf("summary %+v", sum)
	}
}

func TestFailuresDoNotStopTheBatch(t *testing.T) {
	ins := inputs(40)
	var lines []string
	sum, err := batch.Run(context.Background(), ins, batch.Config{
		Jobs: 2,
		Parse: func(in batch.Input) ([]byte, error) {
			if strings.HasSuffix(in.Rel, "5.txt") {
				return nil, errors.New("bad file")
			}
			if strings.HasSuffix(in.Rel, "7.txt") {
				panic("boom")
			}
			return []byte("{}\n"), nil
		},
		Emit: func(r *batch.Result) error {
			if r.Err != nil {
				lines = append(lines, r.Err.Error())
			}
			return nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.OK != 32 || sum.Failed != 8 {
		t.Fatalf("summary %+v", sum)
	}
	if !strings.HasPrefix(lines[0], "in/d5/f0005.txt: bad file") {
		t.Errorf("first error %q does not name the file", lines[0])
	}
	if !strings.HasPrefix(lines[1], "in/d0/f0007.txt: internal error: boom") || strings.Contains(lines[1], "\n") {
		t.Errorf("panic became %q", lines[1])
	}
}

func TestFailFast(t *testing.T) {
	ins := inputs(200)
	var emitted []int
	sum, _ := batch.Run(context.Background(), ins, batch.Config{
		Jobs:     2,
		FailFast: true,
		Parse: func(in batch.Input) ([]byte, error) {
			if in.Rel == ins[10].Rel {
				return nil, errors.New("bad")
			}
			time.Sleep(100 * time.Microsecond)
			return nil, nil
		},
		Emit: func(r *batch.Result) error { emitted = append(emitted, r.Index); return nil },
	})
	if sum.Failed != 1 || sum.NotStarted == 0 || sum.OK+sum.Failed+sum.NotStarted != 200 {
		t.Fatalf("summary %+v", sum)
	}
	for i, x := range emitted {
		if x != i {
			t.Fatalf("emitted %v: not a prefix in order", emitted)
		}
	}
}

func TestTimeout(t *testing.T) {
	ins := inputs(20)
	stuck := make(chan struct{})
	defer close(stuck)
	start := time.Now()
	var errs []error
	sum, _ := batch.Run(context.Background(), ins, batch.Config{
		Jobs:    2,
		Timeout: 50 * time.Millisecond,
		Parse: func(in batch.Input) ([]byte, error) {
			if in.Rel == ins[3].Rel || in.Rel == ins[4].Rel {
				<-stuck // never returns during the batch
			}
			return []byte("{}\n"), nil
		},
		Emit: func(r *batch.Result) error {
			if r.Err != nil {
				errs = append(errs, r.Err)
			}
			return nil
		},
	})
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("batch took %v: a stuck parse held it", d)
	}
	if sum.OK != 18 || sum.Failed != 2 {
		t.Fatalf("summary %+v", sum)
	}
	var te *batch.TimeoutError
	if !errors.As(errs[0], &te) || errs[0].Error() != "in/d3/f0003.txt: timed out after 50ms" {
		t.Errorf("error %v", errs[0])
	}
}

// TestTimeoutCancels: with ParseContext, a parse over its Timeout is
// cancelled and the worker waits for it to return before taking the next
// input, so no parse runs on once its input is reported; one that ignores
// its context is abandoned after the grace period.
func TestTimeoutCancels(t *testing.T) {
	ins := inputs(10)
	var running, maxRunning, returned atomic.Int32
	stuck := make(chan struct{})
	defer close(stuck)
	start := time.Now()
	var errs []error
	sum, _ := batch.Run(context.Background(), ins, batch.Config{
		Jobs:    2,
		Timeout: 40 * time.Millisecond,
		ParseContext: func(ctx context.Context, in batch.Input) ([]byte, error) {
			n := running.Add(1)
			defer running.Add(-1)
			for {
				m := maxRunning.Load()
				if n <= m || maxRunning.CompareAndSwap(m, n) {
					break
				}
			}
			switch in.Rel {
			case ins[2].Rel, ins[5].Rel: // slow, but they listen
				<-ctx.Done()
				returned.Add(1)
				return nil, ctx.Err()
			case ins[7].Rel: // deaf
				<-stuck
			}
			return []byte("{}\n"), nil
		},
		Emit: func(r *batch.Result) error {
			if r.Err != nil {
				errs = append(errs, r.Err)
			}
			return nil
		},
	})
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("batch took %v", d)
	}
	if sum.OK != 7 || sum.Failed != 3 || returned.Load() != 2 {
		t.Fatalf("summary %+v, %d cancelled parses returned", sum, returned.Load())
	}
	// the deaf parse is the only one abandoned: never more than the jobs
	// and it at once
	if m := maxRunning.Load(); m > 3 {
		t.Errorf("%d parses at once", m)
	}
	for _, err := range errs {
		var te *batch.TimeoutError
		if !errors.As(err, &te) || !strings.HasSuffix(err.Error(), "timed out after 40ms") {
			t.Errorf("error %v", err)
		}
	}
}

func TestEmitErrorStops(t *testing.T) {
	ins := inputs(100)
	n := 0
	sum, err := batch.Run(context.Background(), ins, batch.Config{
		Jobs:  2,
		Parse: func(in batch.Input) ([]byte, error) { return nil, nil },
		Emit: func(r *batch.Result) error {
			n++
			if n == 5 {
				return errors.New("broken pipe")
			}
			return nil
		},
	})
	if err == nil || n != 5 || sum.NotStarted == 0 {
		t.Fatalf("err %v, %d emitted, summary %+v", err, n, sum)
	}
}

// A batch cancelled midway (as by SIGINT) leaves only whole output files,
// and a second run with Skip resumes it: together they write every output
// once. Stale temporary files of the outputs it writes are removed.
func TestCancelAndResume(t *testing.T) {
	dir := t.TempDir()
	ins := inputs(200)
	content := func(in batch.Input) []byte {
		return []byte(strings.Repeat(in.Rel+" ", 2000) + "\n")
	}
	parse := func(in batch.Input) ([]byte, error) {
		time.Sleep(200 * time.Microsecond)
		return content(in), nil
	}
	od, err := batch.OpenOutDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	emitted := 0
	sum1, err := batch.Run(ctx, ins, batch.Config{
		Jobs: 4, Parse: parse, Write: od.Write,
		Emit: func(r *batch.Result) error {
			if emitted++; emitted == 30 {
				cancel()
			}
			return nil
		},
	})
	if err != nil || !sum1.Interrupted || sum1.NotStarted == 0 || sum1.Failed != 0 {
		t.Fatalf("first run: err %v, summary %+v", err, sum1)
	}
	var written []string
	checkOutputs := func() {
		written = written[:0]
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			if _, tmp := batch.IsTemp(d.Name()); tmp {
				t.Errorf("temporary file left: %s", p)
				return nil
			}
			rel, _ := filepath.Rel(dir, p)
			rel = strings.TrimSuffix(filepath.ToSlash(rel), ".json")
			data, _ := os.ReadFile(p)
			if string(data) != string(content(batch.Input{Rel: rel})) {
				t.Errorf("%s: partial or wrong content", p)
			}
			written = append(written, rel)
			return nil
		})
	}
	checkOutputs()
	if len(written) != sum1.OK {
		t.Fatalf("%d files written, %d ok", len(written), sum1.OK)
	}

	// What a killed run leaves: a temporary file of an output not written.
	var missing batch.Input
	for _, in := range ins {
		if _, err := os.Stat(od.Path(in)); err != nil {
			missing = in
			break
		}
	}
	stale := filepath.Join(filepath.Dir(od.Path(missing)), "."+filepath.Base(od.Path(missing))+".tmp-123")
	os.MkdirAll(filepath.Dir(stale), 0o777)
	os.WriteFile(stale, []byte("half a docu"), 0o644)

	od2, err := batch.OpenOutDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	parsed := map[string]bool{}
	var mu sync.Mutex
	sum2, err := batch.Run(context.Background(), ins, batch.Config{
		Jobs: 4, Write: od2.Write, Skip: od2.Exists,
		Parse: func(in batch.Input) ([]byte, error) {
			mu.Lock()
			parsed[in.Rel] = true
			mu.Unlock()
			return parse(in)
		},
	})
	if err != nil || sum2.Interrupted || sum2.Skipped != sum1.OK || sum2.OK != len(ins)-sum1.OK {
		t.Fatalf("resume: err %v, summary %+v after %+v", err, sum2, sum1)
	}
	for _, w := range written {
		if parsed[w] {
			t.Errorf("%s parsed again", w)
		}
	}
	checkOutputs()
	if len(written) != len(ins) {
		t.Errorf("%d outputs after resuming, want %d", len(written), len(ins))
	}
}

// One input is worked on the caller's goroutine; the summary and what
// reaches Emit are those the workers give the same input in a batch of
// two (the other one skipped), which each case is also run as.
func TestOneInput(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	boom := errors.New("boom")
	extra := batch.Input{Path: "in/extra.txt", Rel: "extra.txt"}
	tests := []struct {
		name      string
		ctx       func() (context.Context, context.CancelFunc) // nil: background
		in        batch.Input
		parse     func(context.Context, batch.Input) ([]byte, error)
		timeout   time.Duration
		skip      bool
		write     func(batch.Input, []byte) error
		noEmit    bool
		emitErr   error
		want      batch.Summary
		emitted   string // the start of the Data or error text emitted; "" for none
		err       error
		aloneOnly bool // the batch of two differs by design (it stops, or never starts)
	}{
		{name: "ok", in: inputs(1)[0], want: batch.Summary{OK: 1}, emitted: "d0/f0000.txt"},
		{name: "failed", in: inputs(1)[0], parse: func(context.Context, batch.Input) ([]byte, error) { return nil, boom },
			want: batch.Summary{Failed: 1}, emitted: "in/d0/f0000.txt: boom"},
		{name: "panic", in: inputs(1)[0], parse: func(context.Context, batch.Input) ([]byte, error) { panic("bad") },
			want: batch.Summary{Failed: 1}, emitted: "in/d0/f0000.txt: internal error: bad"},
		{name: "input error", in: batch.Input{Path: "in/x", Rel: "x", Err: boom}, want: batch.Summary{Failed: 1}, emitted: "in/x: boom"},
		{name: "skipped", in: inputs(1)[0], skip: true, want: batch.Summary{Skipped: 1}, emitted: "skipped"},
		{name: "written", in: inputs(1)[0], write: func(batch.Input, []byte) error { return nil }, want: batch.Summary{OK: 1}, emitted: "ok, no data"},
		{name: "write fails", in: inputs(1)[0], write: func(batch.Input, []byte) error { return boom }, want: batch.Summary{Failed: 1}, emitted: "in/d0/f0000.txt: boom"},
		{name: "timed out", in: inputs(1)[0], timeout: 20 * time.Millisecond,
			parse: func(ctx context.Context, _ batch.Input) ([]byte, error) { <-ctx.Done(); return nil, ctx.Err() },
			want:  batch.Summary{Failed: 1}, emitted: "in/d0/f0000.txt: "},
		{name: "no Emit", in: inputs(1)[0], noEmit: true, want: batch.Summary{OK: 1}},
		{name: "cancelled", ctx: func() (context.Context, context.CancelFunc) { return cancelled, func() {} }, in: inputs(1)[0],
			want: batch.Summary{NotStarted: 1, Interrupted: true}, aloneOnly: true},
		{name: "cancelled while parsing", in: inputs(1)[0], aloneOnly: true,
			ctx:  func() (context.Context, context.CancelFunc) { return context.WithCancel(context.Background()) },
			want: batch.Summary{OK: 1, Interrupted: true}, emitted: "d0/f0000.txt"},
		{name: "emit error", in: inputs(1)[0], emitErr: boom, want: batch.Summary{OK: 1}, emitted: "d0/f0000.txt", err: boom, aloneOnly: true},
	}
	for _, tt := range tests {
		for _, alone := range []bool{true, false} {
			if !alone && tt.aloneOnly {
				continue
			}
			t.Run(fmt.Sprintf("%s/alone=%v", tt.name, alone), func(t *testing.T) {
				ctx, cancel := context.Background(), context.CancelFunc(func() {})
				if tt.ctx != nil {
					ctx, cancel = tt.ctx()
				}
				defer cancel()
				parse := tt.parse
				if parse == nil {
					parse = func(context.Context, batch.Input) ([]byte, error) {
						if tt.name == "cancelled while parsing" {
							cancel()
						}
						return []byte(tt.in.Rel), nil
					}
				}
				ins := []batch.Input{tt.in}
				if !alone {
					ins = append(ins, extra)
				}
				var emitted []string
				cfg := batch.Config{
					ParseContext: parse,
					Timeout:      tt.timeout,
					Write:        tt.write,
					Skip:         func(in batch.Input) bool { return in.Rel == extra.Rel || tt.skip },
					Emit: func(r *batch.Result) error {
						switch {
						case r.Input.Rel == extra.Rel:
							return nil
						case r.Skipped:
							emitted = append(emitted, "skipped")
						case r.Err != nil:
							emitted = append(emitted, r.Err.Error())
						case r.Data == nil:
							emitted = append(emitted, "ok, no data")
						default:
							emitted = append(emitted, string(r.Data))
						}
						return tt.emitErr
					},
				}
				if tt.noEmit {
					cfg.Emit = nil
				}
				sum, err := batch.Run(ctx, ins, cfg)
				if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
					t.Errorf("error %v, want %v", err, tt.err)
				}
				sum.Elapsed = 0
				if !alone {
					sum.Skipped-- // the extra input's
				}
				if sum != tt.want {
					t.Errorf("summary %+v, want %+v", sum, tt.want)
				}
				if n := len(emitted); tt.emitted == "" && n != 0 || tt.emitted != "" && (n != 1 || !strings.HasPrefix(emitted[0], tt.emitted)) {
					t.Errorf("emitted %q, want one result starting %q", emitted, tt.emitted)
				}
			})
		}
	}
}
