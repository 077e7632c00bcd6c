package score

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var update = flag.Bool("update", false, "regenerate testdata/*.expected.{json,txt} by running score.py")

// A pair is testdata/BASE.truth.json with an output testdata/BASE.CASE.out.json
// (or .out.jsonl); its expectations are testdata/BASE.CASE.expected.json and
// .expected.txt, both printed by score.py. BASE has no dot. To add a pair,
// drop the files in and run `go test ./score -update`.
type pairFiles struct{ name, truth, out string }

func listPairs(t *testing.T) []pairFiles {
	truths, err := filepath.Glob(filepath.Join("testdata", "*.truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ps []pairFiles
	for _, tr := range truths {
		base := strings.TrimSuffix(filepath.Base(tr), ".truth.json")
		outs, err := filepath.Glob(filepath.Join("testdata", base+".*.out.json*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range outs {
			name := filepath.Base(o)
			name = strings.TrimSuffix(strings.TrimSuffix(name, ".jsonl"), ".json")
			name = strings.TrimSuffix(name, ".out")
			ps = append(ps, pairFiles{name, tr, o})
		}
	}
	return ps
}

// scorer finds python3 and shared/tools/score.py (next to the module root,
// or $SCORE_PY); ok is false when either is missing.
func scorer() (python, script string, ok bool) {
	python, err := exec.LookPath("python3")
	if err != nil {
		return "", "", false
	}
	script = os.Getenv("SCORE_PY")
	if script == "" {
		dir, err := os.Getwd()
		if err != nil {
			return "", "", false
		}
		for {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				return "", "", false
			}
			dir = parent
		}
		script = filepath.Join(dir, "..", "shared", "tools", "score.py")
	}
	if _, err := os.Stat(script); err != nil {
		return "", "", false
	}
	return python, script, true
}

// pyDriver runs score.py's main() on many pairs in one interpreter (far
// faster than one process per run), capturing what it prints with and
// without --json.
const pyDriver = `
import contextlib, importlib.util, io, json, sys
spec = importlib.util.spec_from_file_location("score_ref", sys.argv[1])
ref = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ref)
res = {}
for name, truth, out in json.load(sys.stdin):
    r = {}
    for key, extra in (("json", ["--json"]), ("text", [])):
        buf = io.StringIO()
        try:
            with contextlib.redirect_stdout(buf):
                ref.main(["score.py", truth, out] + extra)
        except Exception as e:
            r["error"] = repr(e)
        r[key] = buf.getvalue()
    res[name] = r
sys.stdout.buffer.write(json.dumps(res).encode())
`

type pyResult struct{ JSON, Text, Error string }

// runPy scores every pair with score.py.
func runPy(python, script string, ps []pairFiles) (map[string]pyResult, error) {
	var in [][3]string
	for _, p := range ps {
		in = append(in, [3]string{p.name, p.truth, p.out})
	}
	stdin, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(python, "-c", pyDriver, script)
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%v: %s", err, stderr.String())
	}
	res := map[string]pyResult{}
	err = json.Unmarshal(out, &res)
	return res, err
}

// fourDecimals compares figures as score.py reports them.
var fourDecimals = cmp.Comparer(func(a, b float64) bool {
	return fmt.Sprintf("%.4f", a) == fmt.Sprintf("%.4f", b)
})

func compare(t *testing.T, what string, wantJSON, wantText []byte, got Result, gotText string) {
	t.Helper()
	var want Result
	if err := json.Unmarshal(wantJSON, &want); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if d := cmp.Diff(want, got, fourDecimals, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("%s: result differs (-score.py +Go):\n%s", what, d)
	}
	if d := cmp.Diff(string(wantText), gotText); d != "" {
		t.Errorf("%s: text differs (-score.py +Go):\n%s", what, d)
	}
}

func TestPairs(t *testing.T) {
	python, script, live := scorer()
	if *update && !live {
		t.Fatal("-update needs python3 and shared/tools/score.py")
	}
	ps := listPairs(t)
	if len(ps) < 10 {
		t.Fatalf("only %d pairs in testdata", len(ps))
	}
	var py map[string]pyResult
	if live {
		var err error
		if py, err = runPy(python, script, ps); err != nil {
			t.Fatal(err)
		}
	} else {
		t.Log("python3 or score.py not found: comparing with the checked-in expectations only")
	}
	for _, p := range ps {
		t.Run(p.name, func(t *testing.T) {
			t.Parallel()
			jsonPath := filepath.Join("testdata", p.name+".expected.json")
			textPath := filepath.Join("testdata", p.name+".expected.txt")
			var pyJSON, pyText []byte
			if live {
				r, ok := py[p.name]
				if !ok || r.Error != "" {
					t.Fatalf("score.py failed: %s", r.Error)
				}
				pyJSON, pyText = []byte(r.JSON), []byte(r.Text)
			}
			if *update {
				if err := os.WriteFile(jsonPath, pyJSON, 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(textPath, pyText, 0o644); err != nil {
					t.Fatal(err)
				}
			}

			got, err := ScoreFiles(p.truth, p.out)
			if err != nil {
				t.Fatal(err)
			}
			var text strings.Builder
			if err := got.WriteText(&text); err != nil {
				t.Fatal(err)
			}
			wantJSON, err := os.ReadFile(jsonPath)
			if err != nil {
				t.Fatalf("%v (run go test ./score -update)", err)
			}
			wantText, err := os.ReadFile(textPath)
			if err != nil {
				t.Fatalf("%v (run go test ./score -update)", err)
			}
			compare(t, "checked-in", wantJSON, wantText, got, text.String())
			if live {
				compare(t, "live score.py", pyJSON, pyText, got, text.String())
			}

			// Through maps: the same except, possibly, the wording of notes
			// that print an object (Go maps lose the key order).
			tb, _ := os.ReadFile(p.truth)
			ob, _ := os.ReadFile(p.out)
			truth, lenient, err := LoadTruth(tb)
			if err != nil {
				t.Fatal(err)
			}
			out, err := LoadOutput(ob)
			if err != nil {
				t.Fatal(err)
			}
			viaMaps := Score(truth, lenient, out)
			if d := cmp.Diff(got, viaMaps, cmpopts.IgnoreFields(Result{}, "Notes")); d != "" {
				t.Errorf("Score on maps differs from ScoreFiles:\n%s", d)
			}
			if len(viaMaps.Notes) != len(got.Notes) {
				t.Errorf("Score on maps: %d notes, ScoreFiles %d", len(viaMaps.Notes), len(got.Notes))
			}
		})
	}
}

func TestPythonValues(t *testing.T) {
	num := func(s string) any { return json.Number(s) }
	for _, c := range []struct {
		v    any
		want string
	}{
		{"plain", "'plain'"},
		{"O'Neil", `"O'Neil"`},
		{`say "hi"`, `'say "hi"'`},
		{`it's "both"`, `'it\'s "both"'`},
		{"a\\b\tc\nd\re\x01\x7f", `'a\\b\tc\nd\re\x01\x7f'`},
		{"é\u00a0\u3000\u200b\u2028😀北京", `'é\xa0\u3000\u200b\u2028😀北京'`},
		{nil, "None"},
		{true, "True"},
		{false, "False"},
		{num("12"), "12"},
		{num("-0"), "0"},
		{num("123456789012345678901234567890"), "123456789012345678901234567890"},
		{num("2018.0"), "2018.0"},
		{num("-0.0"), "-0.0"},
		{num("1e16"), "1e+16"},
		{num("1E5"), "100000.0"},
		{num("1234567890123456.0"), "1234567890123456.0"},
		{num("12345678901234567.0"), "1.2345678901234568e+16"},
		{num("0.0001"), "0.0001"},
		{num("1e-5"), "1e-05"},
		{num("1e400"), "inf"},
		{num("5e-324"), "5e-324"},
		{2024.0, "2024"},
		{2024.5, "2024.5"},
		{[]any{num("1"), "a", nil}, "[1, 'a', None]"},
		{&object{keys: []string{"b", "a"}, vals: map[string]any{"a": num("1.5"), "b": nil}}, "{'b': None, 'a': 1.5}"},
		{map[string]any{"b": nil, "a": "x"}, "{'a': 'x', 'b': None}"},
	} {
		if got := pyRepr(c.v); got != c.want {
			t.Errorf("pyRepr(%#v) = %s, want %s", c.v, got, c.want)
		}
	}
	for _, c := range []struct{ x, want float64 }{
		{0.03125, 0.0312}, {0.09375, 0.0938}, {2.0 / 3, 0.6667}, {0.00005, 0.0001}, {1, 1},
	} {
		if got := round4(c.x); got != c.want {
			t.Errorf("round4(%v) = %v, want %v", c.x, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"ΟΔΥΣΣΕΥΣ", "οδυσσευς"},
		{"Σ", "σ"},
		{"ΑΣ.Β", "ασ.β"},
		{"ΑΣ. Β", "ας. β"},
		{"İstanbul", "i\u0307stanbul"},
	} {
		if got := pyLower(c.in); got != c.want {
			t.Errorf("pyLower(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLoad(t *testing.T) {
	for _, c := range []struct {
		in      string
		name    any
		lenient []string
		err     bool
	}{
		{in: `{"resume": {"basics": {"name": "A"}}, "lenient": ["x", 2, null]}`, name: "A", lenient: []string{"x", "2", ""}},
		{in: `{"basics": {"name": "B"}}`, name: "B"},
		{in: "\n \n{\"basics\": {\"name\": \"C\"}}\n{\"basics\": {}}\n", name: "C"},
		{in: "{\"basics\": {\"name\": \"D\"}}\u2028garbage", name: "D"},
		{in: "", err: true},
		{in: "[1, 2]", err: true},
		{in: `{"resume": "text"}`, err: true},
		{in: "not json\n{}", err: true},
	} {
		truth, lenient, err := LoadTruth([]byte(c.in))
		if (err != nil) != c.err {
			t.Errorf("LoadTruth(%q): err = %v", c.in, err)
			continue
		}
		if err != nil {
			continue
		}
		if d := cmp.Diff(c.name, dig(normalize(truth), "basics.name")); d != "" {
			t.Errorf("LoadTruth(%q) name: %s", c.in, d)
		}
		if d := cmp.Diff(c.lenient, lenient); d != "" {
			t.Errorf("LoadTruth(%q) lenient: %s", c.in, d)
		}
	}
	if _, err := LoadOutput([]byte("[]")); err == nil {
		t.Error("LoadOutput([]): no error")
	}
	if _, err := ScoreJSON([]byte("{}"), []byte("")); err == nil {
		t.Error("ScoreJSON with an empty output: no error")
	}
}

func TestScoreGoValues(t *testing.T) {
	truth := map[string]any{
		"basics": map[string]any{"name": "Sam Doe", "phone": "555 0100"},
		"skills": []any{map[string]any{"name": "Languages", "keywords": []string{"Go", "SQL"}}},
	}
	out := map[string]any{
		"basics": map[string]string{"name": "sam  doe", "phone": "5550100"},
		"skills": []map[string]any{{"name": "Languages", "keywords": []string{"Go", "Rust"}}},
		"work":   []any{map[string]any{"name": "Acme", "startDate": 2020}},
	}
	got := Score(truth, []string{"Rust"}, out)
	want := Result{
		TP: 4, FP: 2, FN: 1, Precision: 0.6667, Recall: 0.8, F1: 0.7273, Body: 1,
		Sections: map[string]Counts{"basics": {TP: 2}, "skills": {TP: 2, FN: 1}, "work": {FP: 2}},
		Notes:    []string{"work: unexpected entry 'Acme'", "skills.keywords: missing 'SQL'"},
	}
	if d := cmp.Diff(want, got, fourDecimals); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}
