package resumex_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/resumex/resumex"
	"github.com/resumex/resumex/parser"
	"github.com/resumex/resumex/score"
)

// maxProducerGap is how far below its text version's F1 the same resumes
// made by one producer may score (issue 9).
const maxProducerGap = 0.03

// TestProducers parses the producer zoo (testdata/producers/PRODUCER/
// NAME.EXT with NAME.EXT.truth.json: the same resumes made by pdfLaTeX,
// XeLaTeX, LuaLaTeX, pandoc, Chromium, LibreOffice, Ghostscript, groff,
// qpdf and python-docx, and as plain text) and keeps each producer's micro
// F1 within maxProducerGap of the text version of the same resumes. It
// logs the table per producer.
func TestProducers(t *testing.T) {
	truths, err := filepath.Glob(filepath.Join("testdata", "producers", "*", "*.truth.json"))
	if err != nil || len(truths) < 40 {
		t.Fatalf("found %d producer files with truths (%v)", len(truths), err)
	}
	p := resumex.New(parser.Options{})
	type res struct {
		resume string
		r      *score.Result
	}
	byProd := map[string][]res{}
	text := map[string]*score.Result{}
	for _, truth := range truths {
		in := strings.TrimSuffix(truth, ".truth.json")
		prod := filepath.Base(filepath.Dir(in))
		name := strings.SplitN(filepath.Base(in), ".", 2)[0]
		r := zooScore(t, p, in, truth)
		if r == nil {
			continue
		}
		if prod == "text" {
			text[name] = r
			continue
		}
		byProd[prod] = append(byProd[prod], res{name, r})
	}
	var prods []string
	for k := range byProd {
		prods = append(prods, k)
	}
	sort.Strings(prods)
	var b strings.Builder
	fmt.Fprintf(&b, "%-22s %5s %7s %7s %7s\n", "producer", "files", "F1", "text", "gap")
	for _, prod := range prods {
		var got, want score.Tally
		for _, x := range byProd[prod] {
			tx, ok := text[x.resume]
			if !ok {
				t.Errorf("%s/%s: no text version of the resume", prod, x.resume)
				continue
			}
			got.Add(x.r)
			want.Add(tx)
		}
		_, _, f1 := got.Micro()
		_, _, tf1 := want.Micro()
		fmt.Fprintf(&b, "%-22s %5d %7.3f %7.3f %+7.3f\n", prod, got.Files, f1, tf1, f1-tf1)
		if tf1-f1 > maxProducerGap {
			t.Errorf("%s: F1 %.3f, its text version %.3f: more than %.2f below", prod, f1, tf1, maxProducerGap)
		}
	}
	t.Logf("producer zoo, micro F1 per producer and of the same resumes as text:\n%s", b.String())
}
