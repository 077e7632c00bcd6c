package batch

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Config says how Run works through the inputs.
type Config struct {
	// Parse turns one input into its output bytes. Required, unless
	// ParseContext is set. It is called from Jobs goroutines at once; with
	// a single input, from Run's caller (see Run).
	Parse func(in Input) ([]byte, error)
	// ParseContext, when set, is used instead of Parse. Its context is
	// done when the input's Timeout runs out: it should give up then, so
	// that a timed-out input frees its CPU and memory at once rather than
	// running on, unseen, beside the inputs after it.
	ParseContext func(ctx context.Context, in Input) ([]byte, error)
	// Skip, when set, is asked first (from the workers, or Run's caller
	// for a single input): an input it approves is not parsed and counts
	// as skipped.
	Skip func(in Input) bool
	// Write, when set, stores a parsed input's output; it runs where Parse
	// ran, right after it, so writes go in parallel. An error fails the
	// input. The Result's Data is then dropped.
	Write func(in Input, data []byte) error
	// Emit receives each result, from one goroutine, in input order (or in
	// completion order when Unordered). An error stops the batch: nothing
	// more is dispatched nor emitted, and Run returns the error.
	Emit func(r *Result) error

	// Jobs is the number of inputs parsed at once; less than 1 means 1.
	Jobs int
	// Window bounds the results held between dispatch and emission, which
	// bounds memory whatever the number of inputs: when the oldest input
	// is slow, the workers stop taking new ones once Window inputs are
	// parsed or in progress. Zero means 4×Jobs; it is never below Jobs.
	Window int
	// Unordered emits results as they complete.
	Unordered bool
	// FailFast stops dispatching at the first failure; what was started
	// is finished and emitted.
	FailFast bool
	// Timeout, when positive, bounds one input's parse. A parse that runs
	// over is reported as failed ("PATH: timed out after D"). With
	// ParseContext its context is cancelled and the worker waits for it to
	// return, up to half the Timeout more (cancelGrace); a parse that does
	// not return by then, and any Parse, is abandoned: it finishes in its
	// goroutine and its result is discarded.
	Timeout time.Duration
}

// Result is the outcome of one input.
type Result struct {
	Index   int // position in the inputs
	Input   Input
	Data    []byte // Parse's output; nil when Write stored it, or on failure
	Err     error  // the failure, naming the input's path
	Skipped bool
	Elapsed time.Duration

	notStarted bool // dispatched after the batch was stopped
}

// Summary counts a batch.
type Summary struct {
	OK, Failed, Skipped int
	// NotStarted counts the inputs never dispatched: after a failure with
	// FailFast, after the context was cancelled, or after Emit failed.
	NotStarted int
	Elapsed    time.Duration
	// Interrupted reports that the context was cancelled.
	Interrupted bool
}

// count adds a worked input's result to the counts.
func (s *Summary) count(r *Result) {
	switch {
	case r.Skipped:
		s.Skipped++
	case r.Err != nil:
		s.Failed++
	default:
		s.OK++
	}
}

// Done is the number of inputs parsed, well or not.
func (s Summary) Done() int { return s.OK + s.Failed }

// Rate is the number of inputs parsed per second.
func (s Summary) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Done()) / s.Elapsed.Seconds()
}

func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d ok, %d failed, %d skipped", s.OK, s.Failed, s.Skipped)
	if s.NotStarted > 0 {
		fmt.Fprintf(&b, ", %d not started", s.NotStarted)
	}
	fmt.Fprintf(&b, " in %.1fs (%.1f files/s)", s.Elapsed.Seconds(), s.Rate())
	return b.String()
}

// Run parses the inputs with cfg and returns the counts. Cancelling ctx
// stops dispatching: the inputs in progress finish and are emitted, then
// Run returns with Summary.Interrupted set. The error is Emit's, if any.
// A single input is worked on the caller's goroutine (runOne): a panic in
// Skip or Write, which on a worker would end the process, then reaches
// the caller; Parse's are caught either way.
func Run(ctx context.Context, inputs []Input, cfg Config) (Summary, error) {
	start := time.Now()
	if len(inputs) == 1 {
		return cfg.runOne(ctx, inputs[0], start)
	}
	jobs := max(cfg.Jobs, 1)
	window := cfg.Window
	if window <= 0 {
		window = 4 * jobs
	}
	window = max(window, jobs)

	var stop atomic.Bool // FailFast tripped, or Emit failed
	tasks := make(chan int)
	results := make(chan *Result, window)
	// slots holds one token per input dispatched and not yet emitted.
	slots := make(chan struct{}, window)

	go func() { // the dispatcher
		defer close(tasks)
		for i := range inputs {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			if stop.Load() || ctx.Err() != nil {
				return
			}
			select {
			case tasks <- i:
			case <-ctx.Done():
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for i := range tasks {
				if stop.Load() || ctx.Err() != nil {
					// Dispatched just before the stop: leave it.
					results <- &Result{Index: i, notStarted: true}
					continue
				}
				r := cfg.process(i, inputs[i])
				if r.Err != nil && cfg.FailFast {
					stop.Store(true)
				}
				results <- r
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var sum Summary
	var emitErr error
	emit := func(r *Result) {
		defer func() { <-slots }()
		if r.notStarted {
			return
		}
		sum.count(r)
		if emitErr == nil && cfg.Emit != nil {
			if emitErr = cfg.Emit(r); emitErr != nil {
				stop.Store(true)
			}
		}
	}
	// The reorder window: result i waits in pending[i%window] until all
	// before it are emitted. Inputs in flight lie in [next, next+window)
	// since each holds a slot, so they never share a cell.
	pending := make([]*Result, window)
	next := 0
	for r := range results {
		if cfg.Unordered {
			emit(r)
			continue
		}
		pending[r.Index%window] = r
		for {
			c := next % window
			p := pending[c]
			if p == nil || p.Index != next {
				break
			}
			pending[c] = nil
			emit(p)
			next++
		}
	}
	sum.NotStarted = len(inputs) - sum.OK - sum.Failed - sum.Skipped
	sum.Elapsed = time.Since(start)
	sum.Interrupted = ctx.Err() != nil
	return sum, emitErr
}

// runOne is Run of a single input, the command line's most common batch:
// it is worked on the caller's goroutine, with no dispatcher and no
// worker to start (a new goroutine's stack grows, by copying, as deep as
// the first parse goes).
func (cfg *Config) runOne(ctx context.Context, in Input, start time.Time) (Summary, error) {
	var sum Summary
	var err error
	if ctx.Err() == nil {
		r := cfg.process(0, in)
		sum.count(r)
		if cfg.Emit != nil {
			err = cfg.Emit(r)
		}
	}
	sum.NotStarted = 1 - sum.OK - sum.Failed - sum.Skipped
	sum.Elapsed = time.Since(start)
	sum.Interrupted = ctx.Err() != nil
	return sum, err
}

// process works one input on a worker.
func (cfg *Config) process(i int, in Input) *Result {
	t0 := time.Now()
	r := &Result{Index: i, Input: in}
	switch {
	case in.Err != nil:
		r.Err = in.Err
	case cfg.Skip != nil && cfg.Skip(in):
		r.Skipped = true
	default:
		r.Data, r.Err = cfg.parse(in)
		if r.Err == nil && cfg.Write != nil {
			r.Err = cfg.Write(in, r.Data)
			r.Data = nil
		}
	}
	if r.Err != nil {
		r.Data = nil
		r.Err = namePath(in, r.Err)
	}
	r.Elapsed = time.Since(t0)
	return r
}

// parse runs the parse function, within the Timeout if there is one. A
// panic becomes the input's error.
func (cfg *Config) parse(in Input) ([]byte, error) {
	parse := cfg.ParseContext
	if parse == nil {
		parse = func(_ context.Context, in Input) ([]byte, error) { return cfg.Parse(in) }
	}
	if cfg.Timeout <= 0 {
		return safeParse(context.Background(), parse, in)
	}
	ctx, cancel := context.WithTimeout(context.Background(), cfg.Timeout)
	defer cancel()
	type outcome struct {
		data []byte
		err  error
	}
	done := make(chan outcome, 1) // buffered: an abandoned parse does not block
	go func() {
		data, err := safeParse(ctx, parse, in)
		done <- outcome{data, err}
	}()
	select {
	case o := <-done:
		if o.err == nil || ctx.Err() == nil {
			return o.data, o.err
		}
		// it gave up as the time ran out
	case <-ctx.Done():
		if cfg.ParseContext != nil {
			// told to stop: wait for it to let go of what it holds
			grace := time.NewTimer(cancelGrace(cfg.Timeout))
			select {
			case <-done:
			case <-grace.C:
			}
			grace.Stop()
		}
	}
	return nil, &TimeoutError{Path: in.Path, After: cfg.Timeout}
}

// cancelGrace is how long a worker waits for a parse whose context its
// Timeout cancelled: half the Timeout, between 50 ms and 5 s.
func cancelGrace(timeout time.Duration) time.Duration {
	return min(max(timeout/2, 50*time.Millisecond), 5*time.Second)
}

// TimeoutError is the failure of an input whose parse ran over the Timeout.
type TimeoutError struct {
	Path  string
	After time.Duration
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("%s: timed out after %v", e.Path, e.After)
}

func safeParse(ctx context.Context, parse func(context.Context, Input) ([]byte, error), in Input) (data []byte, err error) {
	defer func() {
		if v := recover(); v != nil {
			data, err = nil, fmt.Errorf("%s: internal error: %v [%s]", in.Path, v, firstFrames(debug.Stack()))
		}
	}()
	return parse(ctx, in)
}

// firstFrames shortens a stack trace to the function that panicked, to
// keep the error on one line.
func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") && i+3 < len(lines) {
			return strings.TrimSpace(lines[i+2]) + " " + strings.TrimSpace(lines[i+3])
		}
	}
	return "no stack"
}

// namePath makes sure an error names the input's path.
func namePath(in Input, err error) error {
	if strings.Contains(err.Error(), in.Path) {
		return err
	}
	return fmt.Errorf("%s: %w", in.Path, err)
}
