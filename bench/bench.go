// Package bench holds pyjit's benchmark programs and the harness behind
// `pyjit bench`, which runs them side by side under pyjit and other Python
// interpreters.
//
// Two kinds of programs run. The project's own programs (embedded here) are
// timed as whole processes and print a checksum; the harness checks that
// every interpreter printed the same output. Programs written for
// pyperformance (a directory of bm_NAME.py or bm_NAME/run_benchmark.py)
// run unmodified through a stand-in for the pyperf harness (bench/pyperf,
// embedded and put first on PYTHONPATH); their figure is the time of their
// timed loops, which the stand-in prints, and the number of loops is
// calibrated once per program on the reference interpreter.
//
// Runs of different interpreters alternate (pyjit, python3, pyjit, …) so
// that drift on a shared machine hits all of them alike; the tables report
// medians, peak resident memory and ratios to the reference interpreter.
package bench

import (
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed programs/*.py
var programs embed.FS

//go:embed pyperf/pyperf.py pyperf/six/*.py
var standIn embed.FS

// Programs lists the embedded benchmark names.
func Programs() []string {
	entries, _ := fs.ReadDir(programs, "programs")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".py"))
	}
	sort.Strings(names)
	return names
}

// Source returns a program's source.
func Source(name string) ([]byte, error) {
	return programs.ReadFile("programs/" + name + ".py")
}

// Program is one row of the table.
type Program struct {
	Name   string
	Path   string // file to run; empty for an embedded program
	Pyperf bool   // written for pyperformance: timed through the pyperf stand-in
}

// Embedded returns the embedded program called name.
func Embedded(name string) (Program, error) {
	if _, err := Source(name); err != nil {
		return Program{}, fmt.Errorf("unknown benchmark %q", name)
	}
	return Program{Name: name}, nil
}

// usesPyperf matches the import of pyperf by a program written for
// pyperformance.
var usesPyperf = regexp.MustCompile(`(?m)^\s*(import pyperf\b|from pyperf\b)`)

// Discover returns the pyperformance programs under dir: every bm_NAME.py
// and bm_NAME/run_benchmark.py, named NAME, in name order. A file given
// instead of a directory is one program: a pyperformance program if it
// imports pyperf, else a program timed as a whole process.
func Discover(dir string) ([]Program, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		name := strings.TrimSuffix(filepath.Base(dir), ".py")
		if name == "run_benchmark" {
			name = filepath.Base(filepath.Dir(dir))
		}
		// A program written for pyperformance imports pyperf; any other
		// file is timed as a whole process, as the project's own programs.
		src, err := os.ReadFile(dir)
		if err != nil {
			return nil, err
		}
		pyperf := usesPyperf.Match(src)
		return []Program{{Name: strings.TrimPrefix(name, "bm_"), Path: dir, Pyperf: pyperf}}, nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Program
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, "bm_") {
			continue
		}
		path := filepath.Join(dir, name)
		switch {
		case e.IsDir():
			path = filepath.Join(path, "run_benchmark.py")
			if _, err := os.Stat(path); err != nil {
				continue
			}
		case strings.HasSuffix(name, ".py"):
			name = strings.TrimSuffix(name, ".py")
		default:
			continue
		}
		out = append(out, Program{Name: strings.TrimPrefix(name, "bm_"), Path: path, Pyperf: true})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no bm_*.py or bm_*/run_benchmark.py programs", dir)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Interpreter is one column of the table: a command line that runs a file.
type Interpreter struct {
	Name string   // column label
	Argv []string // command; the program path is appended
}

// Result holds the timings of one program under one interpreter.
type Result struct {
	Program     string    `json:"program"`
	Interpreter string    `json:"interpreter"`
	Seconds     []float64 `json:"seconds"`
	Median      float64   `json:"median"`
	PeakKiB     []int64   `json:"peak_rss_kib"` // peak resident set size of each run
	MedianKiB   int64     `json:"median_peak_rss_kib"`
	Loops       int       `json:"loops,omitempty"` // timed loops per run (pyperf programs)
	Output      string    `json:"-"`
	Err         string    `json:"error,omitempty"`
}

// Options configure a benchmark run.
type Options struct {
	Programs     []Program
	Interpreters []Interpreter
	Runs         int
	Progress     io.Writer
	Timeout      time.Duration
	// Loops fixes the loop count of pyperf programs; 0 calibrates it on
	// the interpreter at index Reference so that its timed loops take
	// about TargetSeconds (default 0.25).
	Loops         int
	Reference     int
	TargetSeconds float64
	// Warmups is the number of untimed values a pyperf program runs
	// before its timed one (pyperf's --warmups).
	Warmups int
}

// Run runs every program under every interpreter, alternating runs.
func Run(opts Options) ([]Result, error) {
	dir, err := os.MkdirTemp("", "pyjit-bench")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if opts.Runs <= 0 {
		opts.Runs = 3
	}
	if opts.Timeout == 0 {
		opts.Timeout = 10 * time.Minute
	}
	if opts.TargetSeconds <= 0 {
		opts.TargetSeconds = 0.25
	}
	if opts.Reference < 0 || opts.Reference >= len(opts.Interpreters) {
		opts.Reference = 0
	}
	env, err := standInEnv(dir)
	if err != nil {
		return nil, err
	}
	var results []Result
	for _, p := range opts.Programs {
		path := p.Path
		if path == "" {
			src, err := Source(p.Name)
			if err != nil {
				return nil, fmt.Errorf("unknown benchmark %q", p.Name)
			}
			path = filepath.Join(dir, p.Name+".py")
			if err := os.WriteFile(path, src, 0o644); err != nil {
				return nil, err
			}
		}
		row := make([]Result, len(opts.Interpreters))
		for i, in := range opts.Interpreters {
			row[i] = Result{Program: p.Name, Interpreter: in.Name}
		}
		var extra []string
		if p.Pyperf {
			loops := opts.Loops
			if loops <= 0 {
				if opts.Progress != nil {
					fmt.Fprintf(opts.Progress, "\r%-24s calibrating on %-12s   ", p.Name, opts.Interpreters[opts.Reference].Name)
				}
				loops, err = calibrate(opts.Interpreters[opts.Reference], path, env, opts)
				if err != nil {
					for i := range row {
						row[i].Err = "calibration: " + err.Error()
					}
					results = append(results, row...)
					continue
				}
			}
			for i := range row {
				row[i].Loops = loops
			}
			extra = pyperfArgs(loops, 1, opts.Warmups)
		}
		for r := 0; r < opts.Runs; r++ {
			for i, in := range opts.Interpreters {
				if row[i].Err != "" {
					continue
				}
				if opts.Progress != nil {
					fmt.Fprintf(opts.Progress, "\r%-24s %-12s run %d/%d   ", p.Name, in.Name, r+1, opts.Runs)
				}
				run, err := runOnce(in.Argv, path, extra, env, opts.Timeout)
				if err == nil && p.Pyperf {
					run.seconds, run.output, err = timedLoops(run.output)
				}
				if err != nil {
					row[i].Err = err.Error()
					continue
				}
				row[i].Seconds = append(row[i].Seconds, run.seconds)
				row[i].PeakKiB = append(row[i].PeakKiB, run.peakKiB)
				row[i].Output = run.output
			}
		}
		for i := range row {
			row[i].Median = median(row[i].Seconds)
			row[i].MedianKiB = medianInt(row[i].PeakKiB)
			if row[i].Err == "" && row[0].Err == "" && row[i].Output != row[0].Output {
				row[i].Err = "output differs from " + row[0].Interpreter
			}
		}
		results = append(results, row...)
	}
	if opts.Progress != nil {
		fmt.Fprintf(opts.Progress, "\r%s\r", strings.Repeat(" ", 60))
	}
	return results, nil
}

// standInEnv writes the pyperf stand-in under dir and returns the
// environment for the programs: PYTHONPATH starts with the stand-in.
func standInEnv(dir string) ([]string, error) {
	root := filepath.Join(dir, "lib")
	err := fs.WalkDir(standIn, "pyperf", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(root, strings.TrimPrefix(path, "pyperf"))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := standIn.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		return nil, err
	}
	pythonPath := root
	if old := os.Getenv("PYTHONPATH"); old != "" {
		pythonPath += string(os.PathListSeparator) + old
	}
	env := []string{"PYTHONPATH=" + pythonPath}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHONPATH=") {
			env = append(env, kv)
		}
	}
	return env, nil
}

func pyperfArgs(loops, values, warmups int) []string {
	return []string{"--loops", strconv.Itoa(loops), "--values", strconv.Itoa(values), "--warmups", strconv.Itoa(warmups)}
}

// calibrate picks the loop count of a pyperf program: one timed loop on
// the reference interpreter, scaled to the target time.
func calibrate(in Interpreter, path string, env []string, opts Options) (int, error) {
	run, err := runOnce(in.Argv, path, pyperfArgs(1, 1, 0), env, opts.Timeout)
	if err != nil {
		return 0, err
	}
	secs, _, err := timedLoops(run.output)
	if err != nil {
		return 0, err
	}
	if secs <= 0 {
		return 1, nil
	}
	loops := int(math.Round(opts.TargetSeconds / secs))
	return max(loops, 1), nil
}

// timedLine matches the stand-in's report of one benchmark.
var timedLine = regexp.MustCompile(`(?m)^(.*): \S+ s per loop \((\d+) values x (\d+) loops, timed (\S+) s\)$`)

// timedLoops sums the timed seconds the stand-in reported and returns
// the output with the times taken out (so outputs can be compared).
func timedLoops(out string) (float64, string, error) {
	ms := timedLine.FindAllStringSubmatch(out, -1)
	if len(ms) == 0 {
		return 0, "", fmt.Errorf("no timed loops reported: %s", lastLine(out))
	}
	total := 0.0
	for _, m := range ms {
		secs, err := strconv.ParseFloat(m[4], 64)
		if err != nil {
			return 0, "", err
		}
		total += secs
	}
	return total, timedLine.ReplaceAllString(out, "$1: ($2 values x $3 loops)"), nil
}

func medianInt(xs []int64) int64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]int64(nil), xs...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// WriteTable prints two tables: the median time of each program under
// each interpreter, and its median peak resident memory, each with the
// ratio to the reference interpreter (the column named ref) and the
// geometric mean of each column's ratios. Errors are listed after them.
func WriteTable(w io.Writer, results []Result, ref string) {
	writeRatios(w, results, ref, "program", func(r Result) (float64, string) {
		return r.Median, fmt.Sprintf("%.3fs", r.Median)
	})
	fmt.Fprintln(w)
	writeRatios(w, results, ref, "peak memory", func(r Result) (float64, string) {
		mib := float64(r.MedianKiB) / 1024
		return mib, fmt.Sprintf("%.1fM", mib)
	})
	fmt.Fprintf(w, "\nTimes are medians of the runs (of the timed loops for pyperformance programs,\n"+
		"of the whole process for the others), memory is the median peak resident set;\n"+
		"ratios are to %s, lower is better.\n", ref)
	for _, r := range results {
		if r.Err != "" {
			fmt.Fprintf(w, "%s under %s: %s\n", r.Program, r.Interpreter, r.Err)
		}
	}
}

// writeRatios prints one table of the figure value gives, with ratios to
// the column ref.
func writeRatios(w io.Writer, results []Result, ref, title string, value func(Result) (float64, string)) {
	var cols []string
	seen := map[string]bool{}
	byKey := map[string]Result{}
	var progs []string
	for _, r := range results {
		if !seen[r.Interpreter] {
			seen[r.Interpreter] = true
			cols = append(cols, r.Interpreter)
		}
		if _, ok := byKey[r.Program+"\x00"+cols[0]]; !ok && r.Interpreter == cols[0] {
			progs = append(progs, r.Program)
		}
		byKey[r.Program+"\x00"+r.Interpreter] = r
	}
	fmt.Fprintf(w, "%-22s", title)
	for _, c := range cols {
		fmt.Fprintf(w, " %14s", c)
	}
	fmt.Fprintln(w)
	logSum := map[string]float64{}
	count := map[string]int{}
	for _, p := range progs {
		fmt.Fprintf(w, "%-22s", p)
		refR, hasRef := byKey[p+"\x00"+ref]
		refV, _ := value(refR)
		for _, c := range cols {
			r := byKey[p+"\x00"+c]
			v, text := value(r)
			cell := text
			switch {
			case r.Err != "":
				cell = "error"
			case hasRef && refR.Err == "" && c != ref && refV > 0:
				ratio := v / refV
				cell = fmt.Sprintf("%s %5.2fx", text, ratio)
				logSum[c] += math.Log(ratio)
				count[c]++
			}
			fmt.Fprintf(w, " %14s", cell)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%-22s", "geometric mean")
	for _, c := range cols {
		if count[c] > 0 {
			fmt.Fprintf(w, " %14s", fmt.Sprintf("%.2fx", math.Exp(logSum[c]/float64(count[c]))))
		} else {
			fmt.Fprintf(w, " %14s", "1.00x")
		}
	}
	fmt.Fprintln(w)
}

// WriteJSON writes the results as JSON.
func WriteJSON(w io.Writer, results []Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(results)
}
