// Command compilescale measures how pyjit's compile time grows with the
// size of the source, for each program shape in vm/compile/shapes, side
// by side with CPython's compile() when python3 is found. A ratio near 4
// between sizes n and 4n is linear; near 16 is quadratic.
//
//	go run ./tests/compilescale [-n 100000] [-python python3] [SHAPE...]
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/pyjit/pyjit/vm/compile"
	"github.com/pyjit/pyjit/vm/compile/shapes"
)

func main() {
	n := flag.Int("n", 100000, "the smaller size; the larger is 4n")
	python := flag.String("python", "python3", "CPython to compare with (empty: none)")
	limit := flag.Duration("limit", 2*time.Minute, "skip size 4n when size n took more than a 16th of this")
	flag.Parse()
	want := map[string]bool{}
	for _, a := range flag.Args() {
		want[a] = true
	}
	if *python != "" {
		if _, err := exec.LookPath(*python); err != nil {
			*python = ""
		}
	}
	fmt.Printf("%-12s %10s %10s %6s", "shape", "pyjit n", "pyjit 4n", "ratio")
	if *python != "" {
		fmt.Printf(" %10s %10s", "cpython n", "cpython 4n")
	}
	fmt.Println()
	for _, s := range shapes.All {
		if len(want) > 0 && !want[s.Name] {
			continue
		}
		var t [2]time.Duration
		var res [2]string
		for i, size := range []int{*n, 4 * *n} {
			if i == 1 && t[0]*16 > *limit {
				t[1] = -1
				break
			}
			src := []byte(s.Gen(size))
			start := time.Now()
			_, err := compile.Compile("scale.py", src, compile.ExecMode)
			t[i] = time.Since(start)
			if err != nil {
				res[i] = err.Error()
			}
		}
		if t[1] < 0 {
			fmt.Printf("%-12s %9.3fs %10s %6s", s.Name, t[0].Seconds(), "skipped", "")
		} else {
			fmt.Printf("%-12s %9.3fs %9.3fs %6.1f", s.Name, t[0].Seconds(), t[1].Seconds(), t[1].Seconds()/t[0].Seconds())
		}
		if *python != "" {
			for _, size := range []int{*n, 4 * *n} {
				fmt.Printf(" %10s", cpython(*python, s.Gen(size)))
			}
		}
		for _, r := range res {
			if r != "" {
				fmt.Printf("  error: %.60s", r)
			}
		}
		fmt.Println()
	}
}

// cpython times compile() of src in CPython.
func cpython(python, src string) string {
	const prog = "import sys,time\nsrc=sys.stdin.read()\nt=time.perf_counter()\n" +
		"try:\n compile(src,'scale.py','exec')\nexcept BaseException as e:\n print('%.3fs!'%(time.perf_counter()-t)); sys.exit()\n" +
		"print('%.3fs'%(time.perf_counter()-t))\n"
	cmd := exec.Command(python, "-c", prog)
	cmd.Stdin = strings.NewReader(src)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "failed"
	}
	return strings.TrimSpace(string(out))
}
