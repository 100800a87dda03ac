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
	compare := fs.String("compare", "", "comma-separated interpreters to compare, or none (default: python3, pyenv CPythons, pypy3 when installed)")
	reference := fs.String("reference", "", "column the ratios are to and loops are calibrated on (default: the first compared interpreter, else the first pyjit column)")
	runs := fs.Int("runs", 3, "runs per program and interpreter (the median is reported)")
	jsonFile := fs.String("json", "", "write results as JSON to this file")
	tier := fs.String("tier", "all", "pyjit tiers to run: interp (generic interpreter), spec (adaptive specialization), jit or all")
	loops := fs.Int("loops", 0, "timed loops of pyperformance programs (default: calibrated on the reference column)")
	target := fs.Float64("target", 0.25, "seconds the calibrated timed loops take on the reference column")
	warmups := fs.Int("warmups", 1, "untimed runs of a pyperformance program's loops before the timed one")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: pyjit bench [NAME|DIR|FILE...] [--compare CMD,...|none] [--reference COLUMN] [--runs N] [--json FILE] [--tier interp|spec|jit|all]")
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
	self, err := selfExecutable()
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
	refIndex, err := referenceColumn(interps, ownColumns, *reference)
	if err != nil {
		fmt.Fprintln(stderr, "pyjit bench:", err)
		return 2
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
	return uniqueNames(out), nil
}

// uniqueNames keeps the table's rows apart when a program from a file has
// the name of one before it (pyperformance's bm_nbody.py beside pyjit's
// nbody): the later one is named after its file.
func uniqueNames(programs []bench.Program) []bench.Program {
	seen := map[string]bool{}
	for i, p := range programs {
		if seen[p.Name] && p.Path != "" {
			programs[i].Name = strings.TrimSuffix(filepath.Base(p.Path), ".py")
			if programs[i].Name == "run_benchmark" {
				programs[i].Name = filepath.Base(filepath.Dir(p.Path))
			}
		}
		seen[programs[i].Name] = true
	}
	return programs
}

// referenceColumn picks the column ratios are relative to and loops are
// calibrated on: the one named (--reference), else the first other
// interpreter (python3), else pyjit's first column.
func referenceColumn(interps []bench.Interpreter, ownColumns int, name string) (int, error) {
	if name == "" {
		if len(interps) > ownColumns {
			return ownColumns, nil
		}
		return 0, nil
	}
	var names []string
	for i, in := range interps {
		if in.Name == name {
			return i, nil
		}
		names = append(names, in.Name)
	}
	return 0, fmt.Errorf("--reference %q is not a column (columns: %s)", name, strings.Join(names, ", "))
}

// comparisons resolves the interpreters to compare against: the --compare
// list (none: no other interpreter), or python3 plus other CPythons under
// pyenv and pypy3 when found.
func comparisons(list string) []string {
	switch list {
	case "none":
		return nil
	case "":
	default:
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
