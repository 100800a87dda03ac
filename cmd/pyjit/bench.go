package main

// pyjit bench: side-by-side timings against CPython and other interpreters.

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/pyjit/pyjit/bench"
)

func benchCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	compare := fs.String("compare", "", "comma-separated interpreters to compare (default: python3, pyenv CPythons, pypy3 when installed)")
	runs := fs.Int("runs", 3, "runs per program and interpreter (the median is reported)")
	jsonFile := fs.String("json", "", "write results as JSON to this file")
	tier := fs.String("tier", "all", "pyjit tiers to run: interp (generic interpreter), spec (adaptive specialization), jit or all")
	loops := fs.Int("loops", 0, "timed loops of pyperformance programs (default: calibrated on the first compared interpreter)")
	target := fs.Float64("target", 0.25, "seconds the calibrated timed loops take on the first compared interpreter")
	warmups := fs.Int("warmups", 1, "untimed runs of a pyperformance program's loops before the timed one")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: pyjit bench [NAME|DIR|FILE...] [--compare CMD,...] [--runs N] [--json FILE] [--tier interp|spec|jit|all]")
		fmt.Fprintln(stderr, "A NAME is one of pyjit's own programs; a DIR holds programs written for pyperformance")
		fmt.Fprintln(stderr, "(bm_*.py or bm_*/run_benchmark.py), run through a stand-in for the pyperf harness.")
		fmt.Fprintln(stderr, "programs:", strings.Join(bench.Programs(), " "))
		fs.PrintDefaults()
	}
	// Accept flags after the program names too.
	var names []string
	rest := args
	for len(rest) > 0 {
		if err := fs.Parse(rest); err != nil {
			if err == flag.ErrHelp {
				return 0
			}
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		names = append(names, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(names) == 0 {
		names = bench.Programs()
	}
	programs, err := resolvePrograms(names)
	if err != nil {
		fmt.Fprintln(stderr, "pyjit bench:", err)
		return 2
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	generic := bench.Interpreter{Name: "pyjit-interp", Argv: []string{self, "run", "--no-specialize", "--no-jit"}}
	adaptive := bench.Interpreter{Name: "pyjit", Argv: []string{self, "run", "--no-jit"}}
	jitted := bench.Interpreter{Name: "pyjit-jit", Argv: []string{self, "run", "--jit"}}
	var interps []bench.Interpreter
	switch *tier {
	case "interp":
		interps = append(interps, generic)
	case "spec":
		interps = append(interps, adaptive)
	case "jit":
		// Beside tier 1 alone, which it is measured against.
		interps = append(interps, jitted, adaptive)
	case "all":
		interps = append(interps, jitted, adaptive, generic)
	default:
		fmt.Fprintf(stderr, "pyjit bench: unknown tier %q (want interp, spec, jit or all)\n", *tier)
		return 2
	}
	ownColumns := len(interps)
	for _, c := range comparisons(*compare) {
		if _, err := exec.LookPath(c); err != nil {
			fmt.Fprintf(stderr, "pyjit bench: --compare: %v\n", err)
			return 2
		}
		interps = append(interps, bench.Interpreter{Name: filepath.Base(c), Argv: []string{c}})
	}
	// Ratios are relative to the first other interpreter (python3), or to
	// pyjit itself when nothing else is compared; loops are calibrated on it.
	refIndex := 0
	if len(interps) > ownColumns {
		refIndex = ownColumns
	}
	// Progress lines redraw themselves with \r: only on a terminal.
	var progress io.Writer
	if f, ok := stderr.(*os.File); ok && isTerminal(f) {
		progress = stderr
	}
	results, err := bench.Run(bench.Options{Programs: programs, Interpreters: interps, Runs: *runs, Progress: progress,
		Loops: *loops, Reference: refIndex, TargetSeconds: *target, Warmups: *warmups})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	bench.WriteTable(stdout, results, interps[refIndex].Name)
	if *jsonFile != "" {
		f, err := os.Create(*jsonFile)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		defer f.Close()
		if err := bench.WriteJSON(f, results); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
	}
	for _, r := range results {
		if r.Err != "" {
			return 1
		}
	}
	return 0
}

// resolvePrograms turns command-line names into programs: an embedded
// program's name, or a directory or file of pyperformance programs.
func resolvePrograms(names []string) ([]bench.Program, error) {
	var out []bench.Program
	for _, n := range names {
		if p, err := bench.Embedded(n); err == nil {
			out = append(out, p)
			continue
		}
		if _, err := os.Stat(n); err != nil {
			return nil, fmt.Errorf("%q is neither one of pyjit's programs nor a file or directory", n)
		}
		ps, err := bench.Discover(n)
		if err != nil {
			return nil, err
		}
		out = append(out, ps...)
	}
	return out, nil
}

// comparisons resolves the interpreters to compare against: the --compare
// list, or python3 plus other CPythons under pyenv and pypy3 when found.
func comparisons(list string) []string {
	if list != "" {
		return strings.Split(list, ",")
	}
	var out []string
	if p, err := exec.LookPath("python3"); err == nil {
		out = append(out, p)
	}
	home, _ := os.UserHomeDir()
	for _, v := range []string{"3.12", "3.13"} {
		matches, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions", v+".*", "bin", "python"+v))
		if len(matches) > 0 {
			out = append(out, matches[len(matches)-1])
		}
	}
	if p, err := exec.LookPath("pypy3"); err == nil {
		out = append(out, p)
	}
	return out
}
