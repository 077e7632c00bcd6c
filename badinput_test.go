package resumex_test

import (
	"archive/zip"
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/resumex/resumex/cli"
)

// TestBadInput feeds the CLI inputs that are broken, hostile or huge. Each
// must either parse (exit 0, one JSON document) or fail with exit 1 and one
// line on stderr naming the file, never a panic, a stack trace or a hang.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	pdfData, err := os.ReadFile(filepath.Join("testdata", "formats", "en_sidebar.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	docxData, err := os.ReadFile(filepath.Join("testdata", "formats", "en_sidebar.docx"))
	if err != nil {
		t.Fatal(err)
	}
	rnd := rand.New(rand.NewSource(1))
	random := func(n int) []byte {
		b := make([]byte, n)
		rnd.Read(b)
		return b
	}
	zipOf := func(files map[string]string) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for name, body := range files {
			w, err := zw.Create(name)
			if err != nil {
				t.Fatal(err)
			}
			w.Write([]byte(body))
		}
		zw.Close()
		return buf.Bytes()
	}
	brokenXref := bytes.Replace(pdfData, []byte("xref"), []byte("xrex"), -1)
	if i := bytes.LastIndex(brokenXref, []byte("startxref")); i > 0 {
		brokenXref = append(brokenXref[:i:i], []byte("startxref\n999999999\n%%EOF\n")...)
	}
	longLine := "张三\n工作经历\n" + strings.Repeat("很长的一行文字 long line ", 200000/16) + "\n"
	big := strings.Repeat("李四 | 工程师 | 2019.01 - 2020.01\n- 负责系统开发与维护，保障服务稳定。\n", 20<<20/80)

	tests := []struct {
		name  string
		data  []byte
		parse bool   // true: must parse; false: must fail
		want  string // part of the error message
	}{
		{"empty.txt", nil, false, "empty"},
		{"blank.pdf", []byte("   \n"), false, "empty"},
		{"random.pdf", random(4096), false, ""},
		{"random.docx", random(4096), false, ""},
		{"random.html", random(4096), false, ""},
		{"truncated.pdf", pdfData[:len(pdfData)/2], false, ""},
		{"header-only.pdf", []byte("%PDF-1.7\n"), false, ""},
		{"broken-xref.pdf", brokenXref, false, ""}, // may also parse: the PDF adapter rebuilds xref tables
		{"garbage-after-header.pdf", append([]byte("%PDF-1.4\n"), random(8192)...), false, ""},
		{"notword.docx", zipOf(map[string]string{"hello.txt": "hi"}), false, "not a Word document"},
		{"nodocument.docx", zipOf(map[string]string{"[Content_Types].xml": "<Types/>", "word/styles.xml": "<w:styles/>"}), false, "not a Word document"},
		{"truncated.docx", docxData[:len(docxData)/2], false, ""},
		{"legacy.doc", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), random(1024)...), false, "unsupported format"},
		{"image.png", append([]byte("\x89PNG\r\n\x1a\n"), random(1024)...), false, "unsupported format"},
		{"long-line.txt", []byte(longLine), true, ""},
		{"deep.html", []byte("<html><body>" + strings.Repeat("<div>", 20000) + "王五" + strings.Repeat("</div>", 20000) + "</body></html>"), true, ""},
		{"big.txt", []byte(big), false, "too large"},
		{"many-lines.txt", []byte(big[:strings.LastIndexByte(big[:4<<20], '\n')+1]), false, "text: more than 10000 lines"},
		{"big-but-allowed.txt", []byte(big[:strings.LastIndexByte(big[:9000*40], '\n')+1]), true, ""},
		{"too-big.txt", []byte(strings.Repeat("x", 33<<20)), false, "too large"},
	}
	// inputs an adapter may repair: they either parse or fail cleanly
	recoverable := map[string]bool{"broken-xref.pdf": true}
	oneLine := regexp.MustCompile(`\Aresumex: [^\n]+\n\z`)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name)
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			done := make(chan int, 1)
			start := time.Now()
			go func() { done <- cli.Run([]string{"parse", "--accept-any", path}, nil, &stdout, &stderr) }()
			var code int
			select {
			case code = <-done:
			case <-time.After(2 * time.Minute):
				t.Fatalf("resumex parse %s: still running after 2 minutes", tc.name)
			}
			t.Logf("%s: exit %d in %v: %s", tc.name, code, time.Since(start).Round(time.Millisecond), strings.TrimSpace(stderr.String()))
			if strings.Contains(stderr.String(), "goroutine ") || strings.Contains(stderr.String(), "panic") {
				t.Fatalf("stack trace on stderr:\n%s", stderr.String())
			}
			switch {
			case recoverable[tc.name] && code == 0:
			case tc.parse && code != 0:
				t.Errorf("exit %d, want 0; stderr: %s", code, stderr.String())
			case !tc.parse && code != 1:
				t.Errorf("exit %d, want 1; stdout %d bytes", code, stdout.Len())
			case code == 1:
				if !oneLine.MatchString(stderr.String()) || !strings.Contains(stderr.String(), tc.name) {
					t.Errorf("stderr is not one line naming the file: %q", stderr.String())
				}
				if !strings.Contains(stderr.String(), tc.want) {
					t.Errorf("stderr %q does not say %q", stderr.String(), tc.want)
				}
			}
		})
	}
}
