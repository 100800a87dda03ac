// Package bench holds pyjit's benchmark programs and the harness behind
// `pyjit bench`, which runs them side by side under pyjit and other Python
// interpreters.
//
// Runs of different interpreters alternate (pyjit, python3, pyjit, …) so
// that drift on a shared machine hits all of them alike; the table reports
// medians and ratios to CPython. Every program prints a checksum, and the
// harness checks that all interpreters printed the same output.
package bench

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

//go:embed programs/*.py
var programs embed.FS

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
	Output      string    `json:"-"`
	Err         string    `json:"error,omitempty"`
}

// Options configure a benchmark run.
type Options struct {
	Programs     []string
	Interpreters []Interpreter
	Runs         int
	Progress     io.Writer
	Timeout      time.Duration
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
	var results []Result
	for _, p := range opts.Programs {
		src, err := Source(p)
		if err != nil {
			return nil, fmt.Errorf("unknown benchmark %q", p)
		}
		path := filepath.Join(dir, p+".py")
		if err := os.WriteFile(path, src, 0o644); err != nil {
			return nil, err
		}
		row := make([]Result, len(opts.Interpreters))
		for i, in := range opts.Interpreters {
			row[i] = Result{Program: p, Interpreter: in.Name}
		}
		for r := 0; r < opts.Runs; r++ {
			for i, in := range opts.Interpreters {
				if row[i].Err != "" {
					continue
				}
				if opts.Progress != nil {
					fmt.Fprintf(opts.Progress, "\r%-24s %-12s run %d/%d   ", p, in.Name, r+1, opts.Runs)
				}
				secs, out, err := timeOne(in.Argv, path, opts.Timeout)
				if err != nil {
					row[i].Err = err.Error()
					continue
				}
				row[i].Seconds = append(row[i].Seconds, secs)
				row[i].Output = out
			}
		}
		for i := range row {
			row[i].Median = median(row[i].Seconds)
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

func timeOne(argv []string, path string, timeout time.Duration) (float64, string, error) {
	args := append(append([]string(nil), argv[1:]...), path)
	cmd := exec.Command(argv[0], args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, "", err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			return 0, "", fmt.Errorf("%v: %s", err, lastLine(errb.String()))
		}
	case <-time.After(timeout):
		cmd.Process.Kill()
		<-done
		return 0, "", fmt.Errorf("timed out")
	}
	return time.Since(start).Seconds(), out.String(), nil
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
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

// WriteTable prints medians and ratios to the reference interpreter (the
// column named ref), with the geometric mean of each column's ratios.
func WriteTable(w io.Writer, results []Result, ref string) {
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
	fmt.Fprintf(w, "%-22s", "program")
	for _, c := range cols {
		fmt.Fprintf(w, " %14s", c)
	}
	fmt.Fprintln(w)
	logSum := map[string]float64{}
	count := map[string]int{}
	for _, p := range progs {
		fmt.Fprintf(w, "%-22s", p)
		refR, hasRef := byKey[p+"\x00"+ref]
		for _, c := range cols {
			r := byKey[p+"\x00"+c]
			cell := ""
			switch {
			case r.Err != "":
				cell = "error"
			case hasRef && refR.Err == "" && c != ref:
				ratio := r.Median / refR.Median
				cell = fmt.Sprintf("%.3fs %5.2fx", r.Median, ratio)
				logSum[c] += math.Log(ratio)
				count[c]++
			default:
				cell = fmt.Sprintf("%.3fs", r.Median)
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
	for _, r := range results {
		if r.Err != "" {
			fmt.Fprintf(w, "%s under %s: %s\n", r.Program, r.Interpreter, r.Err)
		}
	}
}

// WriteJSON writes the results as JSON.
func WriteJSON(w io.Writer, results []Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(results)
}
