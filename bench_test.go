package resumex_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/resumex/resumex"
	"github.com/resumex/resumex/extract"
	"github.com/resumex/resumex/parser"
	"github.com/resumex/resumex/segment"
)

func benchInputs(b *testing.B) map[string][]byte {
	b.Helper()
	out := map[string][]byte{}
	for _, f := range []string{"seed_000_cf11f62d671c2ef6.txt", "en_senior.txt", "md_dev.md"} {
		data, err := os.ReadFile(filepath.Join("testdata", "fixtures", f))
		if err != nil {
			b.Fatal(err)
		}
		out[f] = data
	}
	return out
}

// BenchmarkParse measures the input adapters alone.
func BenchmarkParse(b *testing.B) {
	for name, data := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := parser.ParseBytes(data, name, parser.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExtract measures extraction from a parsed document.
func BenchmarkExtract(b *testing.B) {
	ex := extract.New(segment.New())
	for name, data := range benchInputs(b) {
		d, err := parser.ParseBytes(data, name, parser.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				ex.Run(d)
			}
		})
	}
}

// BenchmarkPipeline measures parse, extract and JSON encoding together.
func BenchmarkPipeline(b *testing.B) {
	p := resumex.New(parser.Options{})
	for name, data := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				res, _, err := p.ParseBytes(data, name)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := res.Marshal(false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
