// Command resumex parses resumes into JSON Resume documents. See the
// README or `resumex help`.
package main

import (
	"os"
	"runtime/debug"

	"github.com/resumex/resumex/cli"
)

func main() {
	// Parsing allocates many short-lived strings and little that lives:
	// collecting garbage a quarter as often cuts CPU time by about a third
	// for a few megabytes more of peak memory.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
