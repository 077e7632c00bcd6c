package pdf

import (
	"os"
	"testing"
)

// TestDump prints the document of the PDF named by $PDF_DUMP.
func TestDump(t *testing.T) {
	name := os.Getenv("PDF_DUMP")
	if name == "" {
		t.Skip("set PDF_DUMP to a PDF file")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + d.String())
}
