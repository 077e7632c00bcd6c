package cli

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// The scripts slow the parser down through the environment of the resumex
// command (the test binary):
//
//	RESUMEX_TEST_DELAY=20ms   each parse sleeps this long first
//	RESUMEX_TEST_HANG=WORD    a parse of a file whose name contains WORD never ends
func init() {
	delay, _ := time.ParseDuration(os.Getenv("RESUMEX_TEST_DELAY"))
	hang := os.Getenv("RESUMEX_TEST_HANG")
	if delay <= 0 && hang == "" {
		return
	}
	testHookParse = func(path string) {
		time.Sleep(delay)
		if hang != "" && strings.Contains(filepath.Base(path), hang) {
			time.Sleep(24 * time.Hour)
		}
	}
}
