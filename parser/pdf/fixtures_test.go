package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
)

// The format fixtures: Chromium and LibreOffice PDFs made from HTML by
// scripts/gen-format-fixtures.sh, next to NAME.txt, the resume typed out.
const formatsDir = "../../testdata/formats"

func fixturePDFs(t testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join(formatsDir, "*.pdf"))
	if len(files) == 0 {
		t.Skip("no PDFs in " + formatsDir)
	}
	return files
}

// referenceText is pdftotext -layout's text of a PDF: computed when
// pdftotext is installed, else the copy in testdata/reference (made with
// poppler 22.12 by `pdftotext -layout NAME.pdf testdata/reference/NAME.txt`).
func referenceText(t *testing.T, pdfPath string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err == nil {
		out, err := exec.Command("pdftotext", "-layout", pdfPath, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		return string(out)
	}
	name := strings.TrimSuffix(filepath.Base(pdfPath), ".pdf")
	data, err := os.ReadFile(filepath.Join("testdata", "reference", name+".txt"))
	if err != nil {
		t.Skipf("no pdftotext and no reference text: %v", err)
	}
	return string(data)
}

// coverage is Σ min(ours[c], ref[c]) / Σ ref[c] over non-space characters.
func coverage(ours, ref string) float64 {
	count := func(s string) map[rune]int {
		m := map[rune]int{}
		for _, r := range s {
			if !unicode.IsSpace(r) {
				m[r]++
			}
		}
		return m
	}
	o, r := count(ours), count(ref)
	hit, total := 0, 0
	for c, n := range r {
		total += n
		hit += min(n, o[c])
	}
	if total == 0 {
		return 1
	}
	return float64(hit) / float64(total)
}

func docText(d *doc.Document) string {
	var b strings.Builder
	for _, l := range d.Lines {
		b.WriteString(l.Marker + " " + l.Text + "\n")
	}
	return b.String()
}

func TestFormatFixtures(t *testing.T) {
	for _, path := range fixturePDFs(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".pdf")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(data, Options{})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			ref := referenceText(t, path)
			cov := coverage(docText(d), ref)
			t.Logf("%s: %d lines, coverage %.4f of pdftotext -layout", name, len(d.Lines), cov)
			if cov < 0.98 {
				t.Errorf("coverage %.4f < 0.98\n%s", cov, d)
			}
			// the person's name is a line of its own
			base := strings.TrimSuffix(name, ".lo")
			if txt, err := os.ReadFile(filepath.Join(formatsDir, base+".txt")); err == nil {
				var want string
				for _, l := range strings.Split(string(txt), "\n") {
					if want = strings.TrimSpace(l); want != "" {
						break
					}
				}
				found := false
				for _, l := range d.Lines {
					if strings.TrimSpace(l.Text) == want {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("no line %q (the name)\n%s", want, d)
				}
			}
			if base == "en_sidebar" {
				checkSidebar(t, d)
			}
		})
	}
}

// checkSidebar: the sidebar's sections come whole, before the main
// column's, and are not interleaved with it.
func checkSidebar(t *testing.T, d *doc.Document) {
	idx := map[string]int{}
	for i, l := range d.Lines {
		if _, ok := idx[l.Text]; !ok {
			idx[l.Text] = i
		}
	}
	order := []string{"CONTACT", "LINKS", "SKILLS", "LANGUAGES", "CERTIFICATIONS", "SUMMARY", "EXPERIENCE"}
	last := -1
	for _, h := range order {
		i, ok := idx[h]
		if !ok {
			t.Errorf("no heading line %q", h)
			continue
		}
		if i < last {
			t.Errorf("heading %q out of order", h)
		}
		last = i
	}
	if i, ok := idx["SKILLS"]; ok && i+1 < len(d.Lines) {
		if next := d.Lines[i+1].Text; !strings.HasPrefix(next, "Infrastructure") {
			t.Errorf("SKILLS is followed by %q, not by its first skill group", next)
		}
	}
	for i := idx["CONTACT"]; i < idx["SUMMARY"]; i++ {
		if strings.Contains(d.Lines[i].Text, "Lakeshore") || strings.Contains(d.Lines[i].Text, "Site reliability engineer with") {
			t.Errorf("main column line %q inside the sidebar", d.Lines[i].Text)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(formatsDir, "*.pdf"))
	if len(files) == 0 {
		b.Skip("no PDFs in " + formatsDir)
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(path), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse(data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestFixtureSpans checks spans on a Chromium PDF: a bold label before
// plain values is a span of its own, with the fonts' styles.
func TestFixtureSpans(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(formatsDir, "en_sidebar.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		line string
		want []string // span texts, "b:" before a bold one
	}{
		{"Infrastructure: Kubernetes, Terraform, AWS, Helm", []string{"b:Infrastructure:", "Kubernetes, Terraform, AWS, Helm"}},
		{"Senior Site Reliability Engineer", nil},
	}
	for _, c := range cases {
		found := false
		for _, l := range d.Lines {
			if l.Text != c.line {
				continue
			}
			found = true
			var got []string
			for _, s := range l.Spans {
				p := ""
				if s.Bold {
					p = "b:"
				}
				got = append(got, p+s.Text)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("%q spans (-want +got):\n%s", c.line, diff)
			}
			break
		}
		if !found {
			t.Errorf("no line %q", c.line)
		}
	}
}
