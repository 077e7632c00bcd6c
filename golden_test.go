package resumex_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex"
	"github.com/resumex/resumex/cli"
	"github.com/resumex/resumex/parser"
	"github.com/resumex/resumex/schema"
	"github.com/resumex/resumex/score"
)

var (
	update       = flag.Bool("update", false, "rewrite testdata/golden from the current output")
	updateFloors = flag.Bool("update-floors", false, "rewrite testdata/golden/floors.json: each fixture's F1 and body now, less 0.02")
)

// floor is the least F1 and body a fixture must keep against its truth:
// testdata/golden/floors.json holds each fixture's figures when they were
// last accepted, less 0.02, so that a change that loses ground on any
// fixture fails. The seeds also keep the spec's bar.
type floor struct {
	F1   float64 `json:"f1"`
	Body float64 `json:"body"`
}

// specFloors are the spec's bars for the seed resumes.
var specFloors = map[string]floor{
	"seed_000_cf11f62d671c2ef6": {0.95, 0.90},
	"seed_002_df14f0a51b8eb894": {0.95, 0.90},
}

const floorSlack = 0.02

// formatFloor is the least F1 of any format of a format fixture.
const formatFloor = 0.90

func readFloors(t *testing.T) map[string]floor {
	t.Helper()
	fl := map[string]floor{}
	data, err := os.ReadFile(filepath.Join("testdata", "golden", "floors.json"))
	if err != nil {
		if *updateFloors {
			return fl
		}
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &fl); err != nil {
		t.Fatal(err)
	}
	return fl
}

func writeFloors(t *testing.T, fl map[string]floor) {
	t.Helper()
	data, err := json.MarshalIndent(fl, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("testdata", "golden", "floors.json"), append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

// below is v less the slack, rounded down to 3 decimals.
func below(v float64) float64 { return math.Floor((v-floorSlack)*1000) / 1000 }

// fixtures lists the resume files under testdata/fixtures that have a truth.
func fixtures(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, pat := range []string{"*.txt", "*.md", "*.html", "*.pdf", "*.docx"} {
		m, err := filepath.Glob(filepath.Join("testdata", "fixtures", pat))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range m {
			if _, err := os.Stat(truthPath(f)); err == nil && !strings.HasSuffix(f, "README.md") {
				out = append(out, f)
			}
		}
	}
	if len(out) < 8 {
		t.Fatalf("found %d fixtures, want at least 8", len(out))
	}
	return out
}

func truthPath(f string) string { return strings.TrimSuffix(f, filepath.Ext(f)) + ".truth.json" }

// baseName names a fixture's golden file: the base name without its
// extension for text and Markdown, with it for the other formats (one
// resume may come as en_word.docx and en_word.pdf).
func baseName(f string) string {
	switch filepath.Ext(f) {
	case ".txt", ".md":
		return strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
	}
	return filepath.Base(f)
}

// TestGolden parses every fixture, validates the output against the
// schema, scores it against its truth and compares it with its golden file.
func TestGolden(t *testing.T) {
	p := resumex.New(parser.Options{})
	floors := readFloors(t)
	for _, f := range fixtures(t) {
		name := baseName(f)
		t.Run(name, func(t *testing.T) {
			sc := checkFixture(t, p, f, truthPath(f), name)
			if *updateFloors {
				floors[name] = floor{below(sc.F1), below(sc.Body)}
				return
			}
			fl, ok := floors[name]
			if !ok {
				t.Fatalf("no floor for %s in testdata/golden/floors.json (go test -run TestGolden -update-floors .)", name)
			}
			if spec, ok := specFloors[name]; ok {
				fl.F1, fl.Body = max(fl.F1, spec.F1), max(fl.Body, spec.Body)
			}
			if sc.F1 < fl.F1 || sc.Body < fl.Body {
				t.Errorf("F1 %.3f body %.3f, want at least %.3f and %.3f; notes:\n%s", sc.F1, sc.Body, fl.F1, fl.Body, strings.Join(sc.Notes, "\n"))
			}
		})
	}
	if *updateFloors {
		writeFloors(t, floors)
	}
}

// TestFormats parses each resume of testdata/formats in every format it
// comes in (text, HTML, PDF from Chromium and from LibreOffice, DOCX) and
// wants each format's F1 within 0.03 of the text version's and at least
// 0.90: the JSON must not depend on the format.
func TestFormats(t *testing.T) {
	p := resumex.New(parser.Options{})
	truths, err := filepath.Glob(filepath.Join("testdata", "formats", "*.truth.json"))
	if err != nil || len(truths) < 4 {
		t.Fatalf("found %d format fixtures (%v)", len(truths), err)
	}
	for _, truth := range truths {
		base := strings.TrimSuffix(truth, ".truth.json")
		text := checkFixture(t, p, base+".txt", truth, filepath.Base(base)+".txt")
		for _, ext := range []string{".html", ".pdf", ".lo.pdf", ".docx"} {
			f := base + ext
			if _, err := os.Stat(f); err != nil {
				continue
			}
			t.Run(filepath.Base(f), func(t *testing.T) {
				sc := checkFixture(t, p, f, truth, filepath.Base(f))
				if sc.F1 < text.F1-0.03 || sc.F1 < formatFloor {
					t.Errorf("F1 %.3f, text version %.3f: want within 0.03 and at least %.2f; notes:\n%s", sc.F1, text.F1, formatFloor, strings.Join(sc.Notes, "\n"))
				}
			})
		}
	}
}

// checkFixture parses file, checks that the output validates and matches
// testdata/golden/golden.json (rewritten with -update), and returns its
// score against truth.
func checkFixture(t *testing.T, p *resumex.Parser, file, truth, golden string) score.Result {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	res, _, err := p.ParseBytes(data, filepath.Base(file))
	if err != nil {
		t.Fatal(err)
	}
	out, err := res.Marshal(true)
	if err != nil {
		t.Fatal(err)
	}
	if vs, err := schema.Validate(out); err != nil || len(vs) > 0 {
		t.Errorf("%s: output does not validate: %v %v", file, err, vs)
	}
	want, err := os.ReadFile(truth)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := score.ScoreJSON(want, out)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: F1=%.3f body=%.3f", filepath.Base(file), sc.F1, sc.Body)
	gpath := filepath.Join("testdata", "golden", strings.TrimSuffix(golden, ".json")+".json")
	if *update {
		if err := os.WriteFile(gpath, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return sc
	}
	g, err := os.ReadFile(gpath)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if d := cmp.Diff(string(g), string(out)); d != "" {
		t.Errorf("output differs from %s (-want +got); run go test -update if the change is right:\n%s", gpath, d)
	}
	return sc
}

// scorePy finds the reference scorer next to the repository, as the
// workspace lays it out (../shared/tools/score.py), or at $SCORE_PY.
func scorePy(t *testing.T) string {
	if p := os.Getenv("SCORE_PY"); p != "" {
		return p
	}
	p, _ := filepath.Abs(filepath.Join("..", "shared", "tools", "score.py"))
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	if _, err := exec.LookPath("python3"); err != nil {
		return ""
	}
	return p
}

// TestEvalAgreesWithScorePy runs `resumex eval --json` and the reference
// score.py on each golden output against its truth and wants the same
// figures to 3 decimals.
func TestEvalAgreesWithScorePy(t *testing.T) {
	py := scorePy(t)
	if py == "" {
		t.Skip("python3 or ../shared/tools/score.py not available")
	}
	n := 0
	for _, f := range fixtures(t) {
		golden := filepath.Join("testdata", "golden", baseName(f)+".json")
		if _, err := os.Stat(golden); err != nil {
			continue
		}
		n++
		var stdout, stderr bytes.Buffer
		if code := cli.Run([]string{"eval", "--json", truthPath(f), golden}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("resumex eval %s: exit %d: %s", golden, code, stderr.String())
		}
		pyOut, err := exec.Command("python3", py, truthPath(f), golden, "--json").Output()
		if err != nil {
			t.Fatalf("score.py %s: %v", golden, err)
		}
		got, want := figures(t, stdout.Bytes()), figures(t, pyOut)
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s: resumex eval and score.py differ (-score.py +eval):\n%s", baseName(f), d)
		}
	}
	if n < 10 {
		t.Errorf("compared %d pairs, want at least 10", n)
	}
}

// figures keeps the scored figures, rounded to 3 decimals, and the counts.
func figures(t *testing.T, data []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%v in %s", err, data)
	}
	out := map[string]any{"sections": m["sections"], "tp": m["tp"], "fp": m["fp"], "fn": m["fn"]}
	for _, k := range []string{"precision", "recall", "f1", "body"} {
		v, _ := m[k].(float64)
		out[k] = float64(int(v*1000+0.5)) / 1000
	}
	return out
}
