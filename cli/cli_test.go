package cli_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/resumex/resumex/cli"
)

var update = flag.Bool("update", false, "rewrite the cmp golden files inside the scripts")

// TestMain makes the test binary double as the resumex command, which the
// scripts run with "exec resumex ...".
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"resumex": func() { os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       *update,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"encode":    cmdEncode,
			"unhex":     cmdUnhex,
			"randbytes": cmdRandbytes,
			"json":      cmdJSON,
			"exits":     cmdExits,
			"jsonl":     cmdJSONL,
			"jsondir":   cmdJSONDir,
			"mkcorpus":  cmdMkcorpus,
			"waitfile":  cmdWaitfile,
			"cpdir":     cmdCpdir,
		},
		Setup: func(env *testscript.Env) error {
			// the repository, for scripts that copy its test corpora
			repo, err := filepath.Abs("..")
			env.Setenv("REPO", repo)
			return err
		},
	})
}

// cmdCpdir copies the files under SRC (a tree) into DST.
//
//	cpdir SRC DST
func cmdCpdir(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: cpdir SRC DST")
	}
	src, dst := ts.MkAbs(args[0]), ts.MkAbs(args[1])
	ts.Check(filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(out), 0o777); err != nil {
			return err
		}
		return os.WriteFile(out, data, 0o666)
	}))
}

// cmdExits runs a command like exec and checks its exit code, which exec
// and ! exec do not tell apart.
//
//	exits CODE COMMAND [ARGS...]
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! exits")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exits CODE COMMAND [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit code %d, want %d", got, want)
	}
}

// encodings are the targets of the encode command. The UTF-16 ones write a
// byte order mark, as Windows editors do.
var encodings = map[string]encoding.Encoding{
	"gb18030":  simplifiedchinese.GB18030,
	"gbk":      simplifiedchinese.GBK,
	"big5":     traditionalchinese.Big5,
	"utf-16le": unicode.UTF16(unicode.LittleEndian, unicode.UseBOM),
	"utf-16be": unicode.UTF16(unicode.BigEndian, unicode.UseBOM),
}

// cmdEncode converts a UTF-8 file into another encoding.
//
//	encode ENCODING SRC DST
func cmdEncode(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! encode")
	}
	if len(args) != 3 {
		ts.Fatalf("usage: encode ENCODING SRC DST")
	}
	enc, ok := encodings[args[0]]
	if !ok {
		ts.Fatalf("encode: unknown encoding %q", args[0])
	}
	out, err := enc.NewEncoder().Bytes([]byte(ts.ReadFile(args[1])))
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), out, 0o666))
}

// cmdUnhex writes the bytes spelled in hex in SRC (spaces, newlines and
// #-comments ignored) to DST, for binary inputs a txtar cannot hold.
//
//	unhex SRC DST
func cmdUnhex(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! unhex")
	}
	if len(args) != 2 {
		ts.Fatalf("usage: unhex SRC DST")
	}
	var digits strings.Builder
	for line := range strings.Lines(ts.ReadFile(args[0])) {
		line, _, _ = strings.Cut(line, "#")
		digits.WriteString(strings.Join(strings.Fields(line), ""))
	}
	out, err := hex.DecodeString(digits.String())
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), out, 0o666))
}

// cmdRandbytes writes N pseudo-random bytes from a fixed seed to DST; with
// -nonul, NUL bytes are left out.
//
//	randbytes [-nonul] SEED N DST
func cmdRandbytes(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! randbytes")
	}
	nonul := len(args) > 0 && args[0] == "-nonul"
	if nonul {
		args = args[1:]
	}
	if len(args) != 3 {
		ts.Fatalf("usage: randbytes [-nonul] SEED N DST")
	}
	seed, err := strconv.ParseUint(args[0], 10, 64)
	ts.Check(err)
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	r := rand.New(rand.NewPCG(seed, seed))
	out := make([]byte, 0, n)
	for len(out) < n {
		b := byte(r.Uint32())
		if nonul && b == 0 {
			continue
		}
		out = append(out, b)
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), out, 0o666))
}

// cmdJSON checks a JSON file (or stdout/stderr). With FILE alone it checks
// the file is one valid JSON value; with PATH, that the dotted path (array
// indexes as numbers) exists; with VALUE, that it holds that string, or,
// for other JSON values, that its JSON encoding is VALUE. With !, the
// check must fail.
//
//	json FILE [PATH [VALUE]]
func cmdJSON(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 1 || len(args) > 3 {
		ts.Fatalf("usage: json FILE [PATH [VALUE]]")
	}
	err := checkJSON(ts.ReadFile(args[0]), args[1:])
	switch {
	case err != nil && !neg:
		ts.Fatalf("json %s: %v", args[0], err)
	case err == nil && neg:
		ts.Fatalf("json %s %s: check passed unexpectedly", args[0], strings.Join(args[1:], " "))
	}
}

func checkJSON(data string, args []string) error {
	var v any
	dec := json.NewDecoder(strings.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return fmt.Errorf("invalid JSON: %v", err)
	}
	if _, err := dec.Token(); err == nil {
		return fmt.Errorf("invalid JSON: data after the first value")
	}
	if len(args) == 0 {
		return nil
	}
	path := args[0]
	for _, key := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[key]; !ok {
				return fmt.Errorf("%s: no key %q", path, key)
			}
		case []any:
			i, err := strconv.Atoi(key)
			if err != nil || i < 0 || i >= len(x) {
				return fmt.Errorf("%s: no index %q in an array of %d", path, key, len(x))
			}
			v = x[i]
		default:
			return fmt.Errorf("%s: %q is inside a %T", path, key, v)
		}
	}
	if len(args) == 1 {
		return nil
	}
	want := args[1]
	if s, ok := v.(string); ok {
		if s != want {
			return fmt.Errorf("%s = %q, want %q", path, s, want)
		}
		return nil
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	if got := strings.TrimSuffix(b.String(), "\n"); got != want {
		return fmt.Errorf("%s = %s, want %s", path, got, want)
	}
	return nil
}

// cmdJSONL checks that every line of a file (or stdout/stderr) is one JSON
// object with a string meta.source, as `jq -c .` would take it, and prints
// the sources, one a line, as its stdout (sorted with -sort).
//
//	jsonl [-sort] FILE
func cmdJSONL(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! jsonl")
	}
	sorted := len(args) > 0 && args[0] == "-sort"
	if sorted {
		args = args[1:]
	}
	if len(args) != 1 {
		ts.Fatalf("usage: jsonl [-sort] FILE")
	}
	data := ts.ReadFile(args[0])
	if data != "" && !strings.HasSuffix(data, "\n") {
		ts.Fatalf("jsonl %s: the last line has no newline", args[0])
	}
	var sources []string
	for i, line := range strings.Split(strings.TrimSuffix(data, "\n"), "\n") {
		if data == "" {
			break
		}
		var doc struct {
			Meta struct {
				Source *string `json:"source"`
			} `json:"meta"`
		}
		if err := checkJSON(line, nil); err != nil {
			ts.Fatalf("jsonl %s: line %d: %v", args[0], i+1, err)
		}
		if !strings.HasPrefix(line, "{") {
			ts.Fatalf("jsonl %s: line %d is not an object", args[0], i+1)
		}
		if err := json.Unmarshal([]byte(line), &doc); err != nil || doc.Meta.Source == nil {
			ts.Fatalf("jsonl %s: line %d has no meta.source string", args[0], i+1)
		}
		sources = append(sources, *doc.Meta.Source)
	}
	if sorted {
		slices.Sort(sources)
	}
	for _, s := range sources {
		fmt.Fprintln(ts.Stdout(), s)
	}
}

// cmdJSONDir lists the files under DIR, one a line (slash paths relative to
// DIR, sorted), then a count line "N json, M tmp". It fails if a .json file
// is not one complete JSON value. Temporary files of atomic writes are
// listed as "tmp .NAME.json.tmp-*".
//
//	jsondir DIR
func cmdJSONDir(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: jsondir DIR")
	}
	root := ts.MkAbs(args[0])
	var lines []string
	nJSON, nTmp := 0, 0
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if i := strings.LastIndex(rel, ".tmp-"); i >= 0 && strings.HasPrefix(d.Name(), ".") {
			lines = append(lines, "tmp "+rel[:i]+".tmp-*")
			nTmp++
			return nil
		}
		if strings.HasSuffix(rel, ".json") {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if err := checkJSON(string(data), nil); err != nil {
				ts.Fatalf("jsondir: %s: %v", rel, err)
			}
			nJSON++
		}
		lines = append(lines, rel)
		return nil
	})
	ts.Check(err)
	slices.Sort(lines)
	for _, l := range lines {
		fmt.Fprintln(ts.Stdout(), l)
	}
	fmt.Fprintf(ts.Stdout(), "%d json, %d tmp\n", nJSON, nTmp)
}

// cmdMkcorpus copies SRC to N files DIR/dXX/cvNNNN.txt (ten a directory).
//
//	mkcorpus SRC N DIR
func cmdMkcorpus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: mkcorpus SRC N DIR")
	}
	data := ts.ReadFile(args[0])
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	for i := range n {
		p := filepath.Join(ts.MkAbs(args[2]), fmt.Sprintf("d%02d", i/10), fmt.Sprintf("cv%04d.txt", i))
		ts.Check(os.MkdirAll(filepath.Dir(p), 0o777))
		ts.Check(os.WriteFile(p, []byte(data), 0o666))
	}
}

// cmdWaitfile waits until a file exists, for at most TIMEOUT.
//
//	waitfile PATH TIMEOUT
func cmdWaitfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: waitfile PATH TIMEOUT")
	}
	d, err := time.ParseDuration(args[1])
	ts.Check(err)
	deadline := time.Now().Add(d)
	for {
		if _, err := os.Stat(ts.MkAbs(args[0])); err == nil {
			return
		}
		if time.Now().After(deadline) {
			ts.Fatalf("waitfile: no %s after %v", args[0], d)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
