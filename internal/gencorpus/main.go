// Command gencorpus builds a benchmark corpus by copying the fixture
// resumes many times into a directory tree, one subdirectory per format:
//
//	gencorpus -out DIR -n txt=400,md=200,html=200,pdf=100,docx=100 testdata/fixtures testdata/formats
//
// Text and Markdown copies get a line of their own appended (a copy
// number) so no two files are byte-identical.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	out := flag.String("out", "", "output directory (created)")
	counts := flag.String("n", "txt=400,md=200,html=200,pdf=100,docx=100", "files per format (extension=count)")
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus -out DIR [-n ext=count,...] SRCDIR...")
		os.Exit(2)
	}
	want := map[string]int{}
	for _, kv := range strings.Split(*counts, ",") {
		ext, n, ok := strings.Cut(kv, "=")
		c, err := strconv.Atoi(n)
		if !ok || err != nil {
			fmt.Fprintf(os.Stderr, "gencorpus: bad -n item %q\n", kv)
			os.Exit(2)
		}
		want[ext] = c
	}
	sources := map[string][]string{}
	for _, dir := range flag.Args() {
		entries, err := os.ReadDir(dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
			os.Exit(1)
		}
		for _, e := range entries {
			ext := strings.TrimPrefix(filepath.Ext(e.Name()), ".")
			if _, ok := want[ext]; ok && !e.IsDir() && !strings.HasSuffix(e.Name(), ".truth.json") && !strings.EqualFold(e.Name(), "README.md") {
				sources[ext] = append(sources[ext], filepath.Join(dir, e.Name()))
			}
		}
	}
	exts := make([]string, 0, len(want))
	for ext := range want {
		exts = append(exts, ext)
	}
	sort.Strings(exts)
	for _, ext := range exts {
		src := sources[ext]
		if len(src) == 0 {
			fmt.Fprintf(os.Stderr, "gencorpus: no .%s sources\n", ext)
			os.Exit(1)
		}
		sort.Strings(src)
		dir := filepath.Join(*out, ext)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
			os.Exit(1)
		}
		for i := 0; i < want[ext]; i++ {
			data, err := os.ReadFile(src[i%len(src)])
			if err != nil {
				fmt.Fprintln(os.Stderr, "gencorpus:", err)
				os.Exit(1)
			}
			if ext == "txt" || ext == "md" {
				data = append(append([]byte{}, data...), fmt.Sprintf("\n%d\n", i)...)
			}
			name := filepath.Join(dir, fmt.Sprintf("%05d.%s", i, ext))
			if err := os.WriteFile(name, data, 0o644); err != nil {
				fmt.Fprintln(os.Stderr, "gencorpus:", err)
				os.Exit(1)
			}
		}
		fmt.Printf("%s: %d files from %d sources\n", ext, want[ext], len(src))
	}
}
