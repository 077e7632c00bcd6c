package resumex_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/resumex/resumex"
	"github.com/resumex/resumex/parser"
	"github.com/resumex/resumex/schema"
	"github.com/resumex/resumex/score"
)

var updateZooFloors = flag.Bool("update-zoo-floors", false, "rewrite the floors.json of testdata/zoo and testdata/blind from the current figures (each 0.01 below)")

// zooFloors is testdata/zoo/floors.json: per part (dev, test) and format,
// the least micro F1 the layout zoo must keep.
type zooFloors map[string]map[string]float64

// TestZoo parses every file of the layout zoo (testdata/zoo/LAYOUT/NAME.EXT
// with NAME.EXT.truth.json: the same resumes laid out by real generators)
// and of the folded-in blind sets (testdata/blind/SET/NAME.EXT, the same
// shape), checks that each output validates, and keeps the micro F1 of
// each format, dev and test layouts apart, at or above the corpus's
// floors.json, and each layout's micro F1 per part too (a new, harder
// layout lowers a format's figure, and may lower its floor, but no other
// layout's floor); for the blind sets, each set's micro F1 per part
// instead (a newly folded-in set, harder than the others, lowers no
// floor). It logs the table that `make zoo-eval` prints.
func TestZoo(t *testing.T) {
	for _, c := range []struct {
		root    string
		min     int
		formats bool // floors per format and in all
		perSet  bool // floors per set (layout): a new, harder set lowers no other set's floor
	}{
		{filepath.Join("testdata", "zoo"), 300, true, true},
		{filepath.Join("testdata", "blind"), 20, false, true},
	} {
		t.Run(filepath.Base(c.root), func(t *testing.T) { testCorpus(t, c.root, c.min, c.formats, c.perSet) })
	}
}

func testCorpus(t *testing.T, root string, minFiles int, formats, perSet bool) {
	split := map[string]string{}
	var sp struct{ Dev, Test []string }
	data, err := os.ReadFile(filepath.Join(root, "split.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &sp); err != nil {
		t.Fatal(err)
	}
	for _, l := range sp.Dev {
		split[l] = "dev"
	}
	for _, l := range sp.Test {
		split[l] = "test"
	}
	truths, err := filepath.Glob(filepath.Join(root, "*", "*.truth.json"))
	if err != nil || len(truths) < minFiles {
		t.Fatalf("found %d files with truths in %s (%v), want at least %d", len(truths), root, err, minFiles)
	}
	p := resumex.New(parser.Options{})
	tally := map[string]map[string]*score.Tally{}
	for _, truth := range truths {
		in := strings.TrimSuffix(truth, ".truth.json")
		layout := filepath.Base(filepath.Dir(in))
		part, ok := split[layout+"/"+filepath.Base(in)] // a file listed on its own
		if !ok {
			part, ok = split[layout]
		}
		if !ok {
			t.Errorf("layout %s is in neither part of split.json (run zoo/split.py)", layout)
			continue
		}
		format := strings.TrimPrefix(filepath.Ext(in), ".")
		res := zooScore(t, p, in, truth)
		if res == nil {
			continue
		}
		if tally[part] == nil {
			tally[part] = map[string]*score.Tally{}
		}
		keys := []string{format, "all"}
		if perSet {
			keys = append(keys, layout+"/all")
		}
		for _, k := range keys {
			if tally[part][k] == nil {
				tally[part][k] = &score.Tally{}
			}
			tally[part][k].Add(res)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-5s %-5s %5s %6s %6s %6s  work R  edu R  proj R  skills R\n", "part", "fmt", "files", "P", "R", "F1")
	got := zooFloors{}
	for _, part := range []string{"dev", "test"} {
		var keys []string
		for k := range tally[part] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		got[part] = map[string]float64{}
		for _, k := range keys {
			tl := tally[part][k]
			pr, rc, f1 := tl.Micro()
			got[part][k] = f1
			fmt.Fprintf(&b, "%-5s %-5s %5d %6.3f %6.3f %6.3f", part, k, tl.Files, pr, rc, f1)
			for _, s := range []string{"work", "education", "projects", "skills"} {
				v, _ := tl.Recall(s)
				fmt.Fprintf(&b, "  %6.3f", v)
			}
			b.WriteByte('\n')
		}
	}
	t.Logf("%s, micro figures per format:\n%s", root, b.String())
	floorsPath := filepath.Join(root, "floors.json")
	if *updateZooFloors {
		fl := zooFloors{}
		for part, m := range got {
			fl[part] = map[string]float64{}
			for k, v := range m {
				if set := strings.Contains(k, "/"); set && !perSet || !set && !formats {
					continue // per set, or per format and in all
				}
				fl[part][k] = math.Floor((v-0.01)*100) / 100
			}
		}
		out, _ := json.MarshalIndent(fl, "", "  ")
		if err := os.WriteFile(floorsPath, append(out, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err = os.ReadFile(floorsPath)
	if err != nil {
		t.Fatal(err)
	}
	var fl zooFloors
	if err := json.Unmarshal(data, &fl); err != nil {
		t.Fatal(err)
	}
	for part, m := range fl {
		for k, floor := range m {
			if v, ok := got[part][k]; !ok || v < floor {
				t.Errorf("%s %s: micro F1 %.3f, floor %.2f", part, k, v, floor)
			}
		}
	}
}

// zooScore parses one zoo file, checks that the output validates, and
// scores it against its truth.
func zooScore(t *testing.T, p *resumex.Parser, in, truth string) *score.Result {
	t.Helper()
	data, err := os.ReadFile(in)
	if err != nil {
		t.Error(err)
		return nil
	}
	res, _, err := p.ParseBytes(data, filepath.Base(in))
	if err != nil {
		t.Errorf("%s: %v", in, err)
		return nil
	}
	out, err := res.Marshal(false)
	if err != nil {
		t.Error(err)
		return nil
	}
	if vs, err := schema.Validate(out); err != nil || len(vs) > 0 {
		t.Errorf("%s: output does not validate: %v %v", in, err, vs)
	}
	want, err := os.ReadFile(truth)
	if err != nil {
		t.Error(err)
		return nil
	}
	sc, err := score.ScoreJSON(want, out)
	if err != nil {
		t.Errorf("%s: %v", truth, err)
		return nil
	}
	return &sc
}
