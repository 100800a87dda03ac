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
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: pyjit bench [NAMES...] [--compare CMD,...] [--runs N] [--json FILE] [--tier interp|spec|jit|all]")
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
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	generic := bench.Interpreter{Name: "pyjit-interp", Argv: []string{self, "run", "--no-specialize"}}
	adaptive := bench.Interpreter{Name: "pyjit", Argv: []string{self, "run"}}
	var interps []bench.Interpreter
	switch *tier {
	case "interp":
		interps = append(interps, generic)
	case "spec":
		interps = append(interps, adaptive)
	case "all":
		// Every tier built so far; the JIT is not.
		interps = append(interps, adaptive, generic)
	case "jit":
		fmt.Fprintf(stderr, "pyjit bench: tier %q is not available in this build\n", *tier)
		return 2
	default:
		fmt.Fprintf(stderr, "pyjit bench: unknown tier %q (want interp, spec, jit or all)\n", *tier)
		return 2
	}
	ownColumns := len(interps)
	for _, c := range comparisons(*compare) {
		interps = append(interps, bench.Interpreter{Name: filepath.Base(c), Argv: []string{c}})
	}
	results, err := bench.Run(bench.Options{Programs: names, Interpreters: interps, Runs: *runs, Progress: stderr})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	// Ratios are relative to the first other interpreter (python3), or to
	// pyjit itself when nothing else is compared.
	ref := interps[0].Name
	if len(interps) > ownColumns {
		ref = interps[ownColumns].Name
	}
	bench.WriteTable(stdout, results, ref)
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
