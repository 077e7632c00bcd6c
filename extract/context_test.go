package extract

import (
	"context"
	"errors"
	"testing"

	"github.com/resumex/resumex/doc"
)

// TestRunContext: a done context stops the extraction with its error; a
// live one changes nothing.
func TestRunContext(t *testing.T) {
	d := &doc.Document{Lines: []doc.Line{{Text: "Avery Quill"}, {Text: "avery.quill@example.org"}}}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if res, _, err := New(nil).RunContext(ctx, d); !errors.Is(err, context.Canceled) || res != nil {
		t.Errorf("RunContext with a canceled context: %v, %v", res, err)
	}
	res, _, err := New(nil).RunContext(context.Background(), d)
	if err != nil || res.Basics.Email != "avery.quill@example.org" {
		t.Errorf("RunContext: %+v, %v", res, err)
	}
}
