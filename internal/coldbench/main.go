// Command coldbench measures cold runs of a command: it starts the command
// afresh each time and reports wall time and peak resident memory (from
// the kernel's rusage), so no timing tool needs installing.
//
//	coldbench -n 10 -- resumex parse cv.txt
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"syscall"
	"time"
)

func main() {
	n := flag.Int("n", 10, "runs")
	label := flag.String("label", "", "row label (default: the command)")
	msOnly := flag.Bool("ms", false, "print only the median wall time in milliseconds")
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: coldbench [-n N] [-label L] -- command [args]")
		os.Exit(2)
	}
	var walls []time.Duration
	var maxRSS int64
	for i := 0; i < *n; i++ {
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Stdout = nil // the null device: no pipe for this process to drain
		cmd.Stderr = os.Stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "coldbench:", err)
			os.Exit(1)
		}
		walls = append(walls, time.Since(start))
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru.Maxrss > maxRSS {
			maxRSS = ru.Maxrss // KiB on Linux
		}
	}
	sort.Slice(walls, func(i, j int) bool { return walls[i] < walls[j] })
	if *msOnly {
		fmt.Printf("%.1f\n", ms(walls[len(walls)/2]))
		return
	}
	name := *label
	if name == "" {
		name = fmt.Sprint(args)
	}
	fmt.Printf("%-40s runs=%-3d wall min=%6.1fms median=%6.1fms max=%6.1fms  peak RSS=%6.1f MB\n",
		name, *n, ms(walls[0]), ms(walls[len(walls)/2]), ms(walls[len(walls)-1]), float64(maxRSS)/1024)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
