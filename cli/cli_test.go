package cli_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

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
		},
	})
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
