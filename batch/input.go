// Package batch runs a parse function over many inputs: it expands
// arguments (files, directories, lists of paths) into inputs, picks a
// deterministic shard of them, parses them on a pool of workers, hands the
// results back in input order through a bounded reorder window, and writes
// output files atomically.
//
// The package knows nothing about resumes: the parse function is a
// parameter, which is how the command line plugs in the resumex parser and
// how tests plug in stubs.
package batch

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Stdin is the path that names standard input.
const Stdin = "-"

// StdinRel is the relative name of standard input: its output file under
// an output directory is StdinRel + ".json".
const StdinRel = "stdin"

// Input is one file to parse.
type Input struct {
	// Path is the file to open, as given or as found by the walk; Stdin
	// for standard input.
	Path string
	// Rel is the slash-separated name of the input relative to the root it
	// was found under. It names the output file under an output directory
	// and is the key that picks the shard.
	Rel string
	// Err, when set, is why the input cannot be read (a directory that
	// could not be listed); the engine reports it as the input's failure.
	Err error
}

// Filter selects the files of a directory walk. Patterns are doublestar
// patterns (path.Match syntax, plus {a,b} and ** for any number of
// directories), matched against the base name, or against the path
// relative to the walked directory when the pattern contains a '/'
// ("**/*.pdf", "team/**").
type Filter struct {
	Include []string // when not empty, a file must match one of these
	Exclude []string // a file or directory matching one of these is left out
	// SkipDirs are directories the walk does not enter (the output
	// directory, when it lies inside an input directory).
	SkipDirs []string
}

// Check reports the first malformed pattern.
func (f Filter) Check() error {
	for _, p := range append(append([]string{}, f.Include...), f.Exclude...) {
		if !doublestar.ValidatePattern(p) {
			return fmt.Errorf("bad pattern %q", p)
		}
	}
	return nil
}

func matchAny(patterns []string, rel string) bool {
	base := path.Base(rel)
	for _, p := range patterns {
		name := base
		if strings.Contains(p, "/") {
			name = rel
		}
		if ok, _ := doublestar.Match(p, name); ok {
			return true
		}
	}
	return false
}

// Match reports whether a file found by a walk, at the slash-separated path
// rel under the walked directory, is selected.
func (f Filter) Match(rel string) bool {
	if len(f.Include) > 0 && !matchAny(f.Include, rel) {
		return false
	}
	return !matchAny(f.Exclude, rel)
}

// Expand turns paths (files, directories, Stdin) into inputs, in order.
// A directory is walked recursively in lexical order: hidden files and
// directories (names starting with '.') are skipped, symbolic links to
// directories are not followed, only regular files (or links to them) that
// the filter selects are taken; each file's Rel is its path relative to the
// directory. A path that is not a directory is taken as it is, whatever the
// filter says (a missing file fails when it is parsed); its Rel is the path
// itself when that is a local relative path ("in/a/cv.txt"), else its base
// name.
func Expand(paths []string, f Filter) []Input {
	var skip map[string]bool
	for _, d := range f.SkipDirs {
		if abs, err := filepath.Abs(d); err == nil {
			if skip == nil {
				skip = map[string]bool{}
			}
			skip[abs] = true
		}
	}
	var out []Input
	for _, p := range paths {
		if p == Stdin {
			out = append(out, Input{Path: Stdin, Rel: StdinRel})
			continue
		}
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			out = walk(out, p, f, skip)
			continue
		}
		out = append(out, Input{Path: p, Rel: fileRel(p)})
	}
	return out
}

// fileRel is the Rel of a file named directly.
func fileRel(p string) string {
	c := filepath.Clean(p)
	if filepath.IsLocal(c) {
		return filepath.ToSlash(c)
	}
	return filepath.Base(c)
}

func walk(out []Input, root string, f Filter, skip map[string]bool) []Input {
	relOf := func(p string) string {
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return filepath.Base(p)
		}
		return filepath.ToSlash(rel)
	}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// A directory that could not be read (or vanished): a failure of
			// its own, and the walk goes on.
			out = append(out, Input{Path: p, Rel: relOf(p), Err: unwrapPathError(err)})
			if d != nil && d.IsDir() && p != root {
				return fs.SkipDir
			}
			return nil
		}
		if p == root {
			return nil
		}
		rel := relOf(p)
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if matchAny(f.Exclude, rel) {
				return fs.SkipDir
			}
			if skip != nil {
				if abs, err := filepath.Abs(p); err == nil && skip[abs] {
					return fs.SkipDir
				}
			}
			return nil
		}
		switch t := d.Type(); {
		case t&fs.ModeSymlink != 0:
			fi, err := os.Stat(p)
			if err != nil || !fi.Mode().IsRegular() {
				return nil // a dangling link, or a link to a directory: not followed
			}
		case !t.IsRegular():
			return nil
		}
		if f.Match(rel) {
			out = append(out, Input{Path: p, Rel: rel})
		}
		return nil
	})
	return out
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadList reads a list of paths, one a line, as --files-from takes it:
// blank lines and lines starting with '#' are skipped, a trailing '\r' is
// dropped; other spaces are part of the path.
func ReadList(r io.Reader) ([]string, error) {
	var paths []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		paths = append(paths, line)
	}
	return paths, sc.Err()
}

// Shard is a deterministic subset of inputs: shard Index of Count.
type Shard struct{ Index, Count int }

// ParseShard reads "i/n" with 0 <= i < n.
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("bad shard %q (want i/n with 0 <= i < n)", s)
	}
	return Shard{i, n}, nil
}

// Has reports whether the input with relative name rel belongs to the
// shard: FNV-1a (64 bit) of rel, modulo Count, is Index. The choice depends
// only on rel, so it is the same on every machine and whatever the order of
// the inputs.
func (s Shard) Has(rel string) bool {
	if s.Count <= 1 {
		return true
	}
	return fnv1a(rel)%uint64(s.Count) == uint64(s.Index)
}

// fnv1a is the 64-bit FNV-1a hash of s (as hash/fnv's New64a).
func fnv1a(s string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime
	}
	return h
}

// Select returns the inputs of the shard, in their order.
func (s Shard) Select(inputs []Input) []Input {
	if s.Count <= 1 {
		return inputs
	}
	var out []Input
	for _, in := range inputs {
		if s.Has(in.Rel) {
			out = append(out, in)
		}
	}
	return out
}

// Collision reports two inputs that would write the same output file, or
// nil.
func Collision(inputs []Input) error {
	seen := make(map[string]string, len(inputs))
	for _, in := range inputs {
		if in.Err != nil {
			continue
		}
		if prev, dup := seen[in.Rel]; dup {
			return fmt.Errorf("%s and %s both map to %s.json", prev, in.Path, in.Rel)
		}
		seen[in.Rel] = in.Path
	}
	return nil
}
