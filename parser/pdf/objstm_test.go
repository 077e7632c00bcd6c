package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/internal/nasty"
)

// TestUnpackObjStms: a file read with its object streams unpacked reads
// as the file itself does, for every test file with object streams.
func TestUnpackObjStms(t *testing.T) {
	var files []string
	filepath.WalkDir(filepath.Join("..", "..", "testdata"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".pdf") {
			files = append(files, p)
		}
		return nil
	})
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil || !bytes.Contains(data, []byte("/ObjStm")) {
			continue
		}
		data, err = decrypt(fixup(data))
		if err != nil {
			continue
		}
		unpacked, ok := unpackObjStms(data)
		if !ok || bytes.Equal(unpacked, data) {
			t.Errorf("%s: object streams not unpacked", f)
			continue
		}
		n++
		want, err1 := layoutText(data)
		got, err2 := layoutText(unpacked)
		if err1 != nil || err2 != nil {
			t.Errorf("%s: %v / %v", f, err1, err2)
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: (-packed +unpacked):\n%s", f, diff)
		}
	}
	if n == 0 {
		t.Skip("no test file has object streams")
	}
}

func layoutText(data []byte) (string, error) {
	pds, err := parsePages(data, DefaultMaxPages)
	if err != nil {
		return "", err
	}
	d, err := layout(pds)
	if err != nil {
		return "", err
	}
	return d.String(), nil
}

// TestUnpackObjStmsNasty: the pages of a file whose objects all sit in
// one big object stream read alike, unpacked or not.
func TestUnpackObjStmsNasty(t *testing.T) {
	for _, k := range nasty.Kinds() {
		if k.Name != "pdf-objstm.pdf" {
			continue
		}
		data := k.Make(64 << 10)
		unpacked, ok := unpackObjStms(data)
		if !ok || bytes.Equal(unpacked, data) {
			t.Fatal("not unpacked")
		}
		want, err1 := layoutText(data)
		got, err2 := layoutText(unpacked)
		if err1 != nil || err2 != nil || want != got || !strings.Contains(got, "Avery Quill") {
			t.Errorf("packed %v / unpacked %v:\n%s", err1, err2, cmp.Diff(want, got))
		}
		return
	}
	t.Fatal("no pdf-objstm.pdf kind")
}
