package batch_test

import (
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/resumex/resumex/batch"
)

// tree makes files (slash paths; content is the path) under a new
// directory and returns it.
func tree(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func rels(ins []batch.Input) []string {
	var out []string
	for _, in := range ins {
		out = append(out, in.Rel)
	}
	return out
}

func TestExpandWalk(t *testing.T) {
	dir := tree(t,
		"b.txt", "a.md", "notes/cv.pdf", "notes/z/deep.txt",
		".hidden.txt", ".git/config", "drafts/x.txt", "out/old.json", "c.txt~",
	)
	if runtime.GOOS != "windows" {
		os.Symlink(dir, filepath.Join(dir, "loop"))                                      // a link to a directory: not followed
		os.Symlink(filepath.Join(dir, "b.txt"), filepath.Join(dir, "notes", "link.txt")) // a link to a file: taken
		os.Symlink("nowhere", filepath.Join(dir, "dangling.txt"))
	}
	got := rels(batch.Expand([]string{dir}, batch.Filter{}))
	want := []string{"a.md", "b.txt", "c.txt~", "drafts/x.txt", "notes/cv.pdf", "notes/link.txt", "notes/z/deep.txt", "out/old.json"}
	if runtime.GOOS == "windows" {
		want = slices.DeleteFunc(want, func(s string) bool { return s == "notes/link.txt" })
	}
	if !slices.Equal(got, want) {
		t.Errorf("walk: got %q\nwant %q", got, want)
	}

	for _, tc := range []struct {
		f    batch.Filter
		want []string
	}{
		{batch.Filter{Include: []string{"*.txt", "*.md"}}, []string{"a.md", "b.txt", "drafts/x.txt", "notes/link.txt", "notes/z/deep.txt"}},
		{batch.Filter{Include: []string{"notes/*"}}, []string{"notes/cv.pdf", "notes/link.txt"}},
		{batch.Filter{Include: []string{"*.txt"}, Exclude: []string{"drafts", "deep.*"}}, []string{"b.txt", "notes/link.txt"}},
		{batch.Filter{Exclude: []string{"*/*"}}, []string{"a.md", "b.txt", "c.txt~"}},
		{batch.Filter{Include: []string{"**/*.txt"}}, []string{"b.txt", "drafts/x.txt", "notes/link.txt", "notes/z/deep.txt"}},
		{batch.Filter{Include: []string{"notes/**"}}, []string{"notes/cv.pdf", "notes/link.txt", "notes/z/deep.txt"}},
		{batch.Filter{Exclude: []string{"notes/**", "*.{json,md}"}}, []string{"b.txt", "c.txt~", "drafts/x.txt"}},
		{batch.Filter{SkipDirs: []string{filepath.Join(dir, "out")}, Include: []string{"*.json"}}, nil},
	} {
		got := rels(batch.Expand([]string{dir}, tc.f))
		if runtime.GOOS == "windows" {
			tc.want = slices.DeleteFunc(tc.want, func(s string) bool { return s == "notes/link.txt" })
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%+v: got %q, want %q", tc.f, got, tc.want)
		}
	}
}

func TestExpandArguments(t *testing.T) {
	dir := tree(t, "in/a/cv.txt", "in/b/cv.txt", "in/c.txt")
	t.Chdir(dir)
	ins := batch.Expand([]string{"in/a/cv.txt", "./in/b/cv.txt", "-", filepath.Join(dir, "in", "c.txt"), "../x/y.txt", "missing.txt", "in/a"},
		batch.Filter{Include: []string{"*.pdf"}}) // the filter applies to walks only
	got := rels(ins)
	want := []string{"in/a/cv.txt", "in/b/cv.txt", "stdin", "c.txt", "y.txt", "missing.txt"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if ins[2].Path != batch.Stdin {
		t.Errorf("stdin path %q", ins[2].Path)
	}
	if err := batch.Collision(ins); err != nil {
		t.Errorf("collision %v", err)
	}
	dup := batch.Expand([]string{filepath.Join(dir, "in", "a", "cv.txt"), filepath.Join(dir, "in", "b", "cv.txt")}, batch.Filter{})
	if err := batch.Collision(dup); err == nil || !strings.Contains(err.Error(), "cv.txt.json") {
		t.Errorf("collision of two absolute cv.txt: %v", err)
	}
}

func TestFilterCheck(t *testing.T) {
	if err := (batch.Filter{Include: []string{"[a-"}}).Check(); err == nil {
		t.Error("a bad pattern passed")
	}
	if err := (batch.Filter{Include: []string{"*.txt", "a/*/b", "**/*.pdf"}}).Check(); err != nil {
		t.Error(err)
	}
}

func TestReadList(t *testing.T) {
	got, err := batch.ReadList(strings.NewReader("a.txt\r\n\n# comment\n  \nb dir/c.md\n"))
	if err != nil || !slices.Equal(got, []string{"a.txt", "b dir/c.md"}) {
		t.Errorf("got %q, %v", got, err)
	}
}

func TestShard(t *testing.T) {
	ins := inputs(1000)
	for _, n := range []int{1, 2, 3, 8} {
		seen := map[string]int{}
		for i := range n {
			s := batch.Shard{Index: i, Count: n}
			part := s.Select(ins)
			if n > 1 && (len(part) < len(ins)/n/2 || len(part) > 2*len(ins)/n) {
				t.Errorf("shard %d/%d has %d of %d inputs", i, n, len(part), len(ins))
			}
			// Independent of the order of the inputs.
			rev := slices.Clone(ins)
			slices.Reverse(rev)
			back := s.Select(rev)
			slices.Reverse(back)
			if !slices.Equal(rels(part), rels(back)) {
				t.Errorf("shard %d/%d depends on the input order", i, n)
			}
			for _, in := range part {
				seen[in.Rel]++
			}
		}
		if len(seen) != len(ins) {
			t.Errorf("%d shards cover %d of %d inputs", n, len(seen), len(ins))
		}
		for rel, c := range seen {
			if c != 1 {
				t.Errorf("%s in %d of %d shards", rel, c, n)
			}
		}
	}
	// Stable across machines and releases: FNV-1a 64 of the relative path.
	if !(batch.Shard{Index: 2, Count: 8}).Has("cv.txt") {
		t.Error("cv.txt moved shards")
	}
}

func TestParseShard(t *testing.T) {
	if s, err := batch.ParseShard("2/8"); err != nil || s != (batch.Shard{Index: 2, Count: 8}) {
		t.Errorf("2/8: %v %v", s, err)
	}
	for _, bad := range []string{"8/8", "-1/4", "1", "a/b", "0/0", "1/2/3"} {
		if _, err := batch.ParseShard(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestOutDirMirror(t *testing.T) {
	dir := t.TempDir()
	od, err := batch.OpenOutDir(filepath.Join(dir, "out"))
	if err != nil {
		t.Fatal(err)
	}
	in := batch.Input{Path: "in/a/b/cv.txt", Rel: "a/b/cv.txt"}
	want := filepath.Join(dir, "out", "a", "b", "cv.txt.json")
	if p := od.Path(in); p != want {
		t.Fatalf("path %s, want %s", p, want)
	}
	if p := od.Path(batch.Input{Path: "-", Rel: batch.StdinRel}); filepath.Base(p) != "stdin.json" {
		t.Errorf("stdin writes %s", p)
	}
	if od.Exists(in) {
		t.Fatal("exists before writing")
	}
	if err := od.Write(in, []byte("{}\n")); err != nil {
		t.Fatal(err)
	}
	if !od.Exists(in) {
		t.Fatal("does not exist after writing")
	}
	entries, _ := os.ReadDir(filepath.Dir(want))
	if len(entries) != 1 {
		t.Errorf("%d files beside the output, want none", len(entries)-1)
	}
}

func TestStaleTempFiles(t *testing.T) {
	dir := tree(t, "a/.cv.txt.json.tmp-111", "a/.cv.txt.json.tmp-222", "a/.other.txt.json.tmp-333", "a/keep.json")
	od, err := batch.OpenOutDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := od.Write(batch.Input{Rel: "a/cv.txt"}, []byte("{}")); err != nil {
		t.Fatal(err)
	}
	var names []string
	entries, _ := os.ReadDir(filepath.Join(dir, "a"))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	// Only the temporary files of the output written go: the other may be
	// another shard's file in progress.
	if want := []string{".other.txt.json.tmp-333", "cv.txt.json", "keep.json"}; !slices.Equal(names, want) {
		t.Errorf("files %q, want %q", names, want)
	}
}

func TestIsTemp(t *testing.T) {
	for name, want := range map[string]string{
		".cv.txt.json.tmp-12345": "cv.txt.json",
		"cv.txt.json":            "",
		".tmp-1":                 "",
		".hidden":                "",
	} {
		got, ok := batch.IsTemp(name)
		if got != want || ok != (want != "") {
			t.Errorf("IsTemp(%q) = %q, %v", name, got, ok)
		}
	}
}

func TestWriteFileAtomicReplaces(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x", "y.json")
	for i := range 3 {
		data := fmt.Appendf(nil, "%d", i)
		if err := batch.WriteFileAtomic(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(p); string(got) != string(data) {
			t.Fatalf("got %q", got)
		}
	}
}

func TestShardHashIsFNV1a(t *testing.T) {
	for _, rel := range []string{"", "cv.txt", "a/b/简历.md"} {
		h := fnv.New64a()
		h.Write([]byte(rel))
		for n := 1; n <= 9; n++ {
			want := int(h.Sum64() % uint64(n))
			if !(batch.Shard{Index: want, Count: n}).Has(rel) {
				t.Errorf("%q not in shard %d/%d", rel, want, n)
			}
		}
	}
}
