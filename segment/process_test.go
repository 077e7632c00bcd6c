package segment

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestColdProcess builds internal/measure with and without -trimpath and
// runs it in an empty environment from an empty directory: the dictionary
// is embedded, so it must segment without the module cache, and the
// library must not print anything.
func TestColdProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	for _, flags := range [][]string{nil, {"-trimpath"}} {
		bin := filepath.Join(t.TempDir(), "measure")
		args := append(append([]string{"build"}, flags...), "-o", bin, "./internal/measure")
		if out, err := exec.Command(goCmd, args...).CombinedOutput(); err != nil {
			t.Fatalf("go %v: %v\n%s", args, err, out)
		}
		for _, verbose := range []bool{false, true} {
			cmd := exec.Command(bin)
			if verbose {
				cmd.Args = append(cmd.Args, "-v")
			}
			cmd.Dir = t.TempDir()
			cmd.Env = []string{}
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			start := time.Now()
			if err := cmd.Run(); err != nil {
				t.Fatalf("%v %v: %v\nstdout: %s\nstderr: %s", flags, cmd.Args, err, &stdout, &stderr)
			}
			t.Logf("%v %v: %v", flags, cmd.Args, time.Since(start))
			if stderr.Len() > 0 || (!verbose && stdout.Len() > 0) {
				t.Errorf("%v %v printed\nstdout: %s\nstderr: %s", flags, cmd.Args, &stdout, &stderr)
			}
			if verbose && !bytes.Contains(stdout.Bytes(), []byte("KPI | 考核 | 与 | 项目 | 进度 | 控制\n")) {
				t.Errorf("%v: segmented without the dictionary?\n%s", flags, &stdout)
			}
		}
	}
}

// TestGeneratedUpToDate regenerates the dictionary from gse in the module
// cache and compares it with the checked-in files.
func TestGeneratedUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go generate's command")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	dir := t.TempDir()
	dict, gen := filepath.Join(dir, "dict.txt"), filepath.Join(dir, "dict_gen.go")
	cmd := exec.Command(goCmd, "run", "./internal/gendict", "-o", dict, "-go", gen)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gendict: %v\n%s", err, out)
	}
	for _, f := range []string{dict, gen} {
		want, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Base(f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go generate ./segment", filepath.Base(f))
		}
	}
}
