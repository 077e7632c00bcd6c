// Command resumex parses resumes into JSON Resume documents. See the
// README or `resumex help`.
package main

import (
	"os"

	"github.com/resumex/resumex/cli"
)

func main() { os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
