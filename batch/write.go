package batch

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// tempInfix marks the temporary files of WriteFileAtomic: the temporary file
// of NAME is ".NAME" + tempInfix + a random suffix, in NAME's directory.
const tempInfix = ".tmp-"

// WriteFileAtomic writes data to name through a temporary file in the same
// directory that it then renames over name, creating the directory if
// needed. A process killed at any point leaves either no file or the whole
// file at name (a temporary ".NAME.tmp-*" may remain). It does not fsync:
// the guarantee holds against a killed process, not against a power cut.
func WriteFileAtomic(name string, data []byte, perm fs.FileMode) error {
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+base+tempInfix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(perm)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, name)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// IsTemp reports whether a file name is a temporary file of
// WriteFileAtomic, and the name of the file it was to become.
func IsTemp(base string) (target string, ok bool) {
	if !strings.HasPrefix(base, ".") {
		return "", false
	}
	i := strings.LastIndex(base, tempInfix)
	if i <= 1 {
		return "", false
	}
	return base[1:i], true
}

// OutDir writes one output file per input under a directory, mirroring the
// inputs' relative names: the input with Rel "a/b/cv.txt" goes to
// DIR/a/b/cv.txt.json. Its methods are safe for concurrent use.
type OutDir struct {
	Dir string

	mu    sync.Mutex
	stale map[string][]string // output path -> leftover temporary files
}

// OpenOutDir returns the OutDir for dir. It lists the temporary files that
// earlier, interrupted runs left in dir; Write and Skip remove those of
// the outputs they write or skip, and only those, so that runs writing
// other outputs into the same directory at the same time (the shards of
// one batch) never lose a file in progress.
func OpenOutDir(dir string) (*OutDir, error) {
	o := &OutDir{Dir: dir, stale: map[string][]string{}}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir && os.IsNotExist(err) {
				return fs.SkipAll
			}
			return err
		}
		if d.Type().IsRegular() {
			if target, ok := IsTemp(d.Name()); ok {
				t := filepath.Join(filepath.Dir(p), target)
				o.stale[t] = append(o.stale[t], p)
			}
		}
		return nil
	})
	return o, err
}

// Path is the output file of an input.
func (o *OutDir) Path(in Input) string {
	return filepath.Join(o.Dir, filepath.FromSlash(in.Rel)) + ".json"
}

// Exists reports whether the output file of an input exists, and removes
// the input's stale temporary files.
func (o *OutDir) Exists(in Input) bool {
	p := o.Path(in)
	o.clean(p)
	_, err := os.Stat(p)
	return err == nil
}

// Write writes the output file of an input atomically and removes the
// input's stale temporary files.
func (o *OutDir) Write(in Input, data []byte) error {
	p := o.Path(in)
	o.clean(p)
	return WriteFileAtomic(p, data, 0o644)
}

func (o *OutDir) clean(p string) {
	o.mu.Lock()
	tmps := o.stale[p]
	delete(o.stale, p)
	o.mu.Unlock()
	for _, t := range tmps {
		os.Remove(t)
	}
}
