// Command gen writes the nasty inputs of package nasty into a directory,
// one file per kind, and prints a line per file: name, size, what it is.
//
//	go run ./internal/nasty/gen -out DIR [-run REGEXP] [-scale F] [-keep]
//
// scripts/nasty.sh (make nasty) runs resumex on each and times it.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"github.com/resumex/resumex/internal/nasty"
)

func main() {
	out := flag.String("out", "", "directory to write the inputs to (created)")
	run := flag.String("run", "", "only the kinds whose name matches this regular expression")
	scale := flag.Float64("scale", 1, "size of each input as a fraction of its full size")
	keep := flag.Bool("keep", false, "keep the inputs already in the directory")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gen -out DIR [-run REGEXP] [-scale F] [-keep]")
		os.Exit(2)
	}
	re, err := regexp.Compile(*run)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen: -run:", err)
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	for _, k := range nasty.Kinds() {
		if !re.MatchString(k.Name) {
			continue
		}
		path := filepath.Join(*out, k.Name)
		if _, err := os.Stat(path); err == nil && *keep {
			continue
		}
		data := k.Make(max(1, int(float64(k.Size)**scale)))
		if err := os.WriteFile(path, data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		fmt.Printf("%-34s %10d  %s\n", k.Name, len(data), k.What)
	}
}
