package cli

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress is the progress bar of a batch on stderr: files done, files/s
// and the time left. A nil *progress (stderr is not a terminal, or
// --quiet) does nothing. Its methods are called from one goroutine.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress returns a progress bar over total files, or nil when stderr
// is not a terminal or quiet is set.
func newProgress(stderr io.Writer, total int, quiet bool) *progress {
	if quiet || !isTerminal(stderr) {
		return nil
	}
	return &progress{bar: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("parsing"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionFullWidth(),
	)}
}

// isTerminal reports whether w is a file that is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func (p *progress) add() {
	if p != nil {
		p.bar.Add(1)
	}
}

// clear erases the bar so that a line can be printed; the next add draws
// it again.
func (p *progress) clear() {
	if p != nil {
		p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p != nil {
		p.bar.Clear()
		p.bar.Exit()
	}
}
