// Command runner runs the conformance suite: every .py program in a
// directory is run under pyjit and its stdout, stderr and exit status are
// compared with the expectations recorded from CPython 3.11.
//
//	runner -pyjit bin/pyjit [-mode ARG] DIR     compare (exit 1 on mismatch)
//	runner -golden -python python3 DIR          record expectations
//
// A NAME.py argument instead of a directory selects that program alone.
//
// Expectations live next to each program: NAME.py.out (stdout),
// NAME.py.err (stderr, when not empty) and NAME.py.exit (when not 0).
//
// pyjit keeps the compiled code of the modules the programs import in a
// code cache under -cachedir (PYJIT_CACHE_DIR), so that a second run of the
// suite loads it; -cachedir "" runs pyjit without writing to a cache.
// CPython runs without writing .pyc files.
//
// Programs in a directory named "interactive" are sessions at the
// interactive prompt: their lines are typed on standard input of
// `pyjit repl -q` and of `python3 -i -q`, and the prompts and echoed
// values are compared too.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

type result struct {
	stdout, stderr string
	exit           int
}

func main() {
	golden := flag.Bool("golden", false, "record expectations by running -python")
	python := flag.String("python", "python3", "reference interpreter for -golden")
	pyjit := flag.String("pyjit", "bin/pyjit", "pyjit binary to test")
	modes := flag.String("modes", "", "comma-separated extra flags for `pyjit run`, each a separate pass (empty: one plain pass)")
	jobs := flag.Int("j", 2, "parallel jobs")
	timeout := flag.Duration("timeout", 60*time.Second, "per-program time limit")
	cacheDir := flag.String("cachedir", filepath.Join(os.TempDir(), "pyjit-conformance-cache"), "pyjit's code cache (PYJIT_CACHE_DIR); empty for none")
	flag.Parse()
	pyjitEnv = cacheEnv(*cacheDir)
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: runner [-golden] DIR...")
		os.Exit(2)
	}
	var files []string
	for _, dir := range flag.Args() {
		if strings.HasSuffix(dir, ".py") {
			files = append(files, dir) // a single program
			continue
		}
		m, err := filepath.Glob(filepath.Join(dir, "*.py"))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	if *golden {
		os.Exit(record(files, *python, *timeout))
	}
	passes := []string{""}
	if *modes != "" {
		passes = strings.Split(*modes, ",")
	}
	os.Exit(compare(files, *pyjit, passes, *jobs, *timeout))
}

// interactive reports whether f is a session for the interactive prompt.
func interactive(f string) bool { return filepath.Base(filepath.Dir(f)) == "interactive" }

// stdinOf returns what a program reads on standard input: the session's
// lines for interactive ones, the file f+".in" for the others when it
// exists, else nothing.
func stdinOf(f string) *os.File {
	if !interactive(f) {
		f += ".in"
	}
	in, err := os.Open(f)
	if err != nil {
		return nil
	}
	return in
}

// pythonEnv is the environment of CPython's runs; pyjitEnv that of pyjit's.
var (
	pythonEnv = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1")
	pyjitEnv  []string
)

// cacheEnv is the environment for pyjit with its code cache in dir (none
// written when dir is empty).
func cacheEnv(dir string) []string {
	if dir == "" {
		return pythonEnv
	}
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHONDONTWRITEBYTECODE=") && !strings.HasPrefix(kv, "PYJIT_CACHE_DIR=") {
			env = append(env, kv)
		}
	}
	return append(env, "PYTHONHASHSEED=0", "PYJIT_CACHE_DIR="+dir)
}

func runProgram(timeout time.Duration, stdin *os.File, env []string, name string, args ...string) result {
	cmd := exec.Command(name, args...)
	if stdin != nil {
		defer stdin.Close()
		cmd.Stdin = stdin
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Env = env
	if err := cmd.Start(); err != nil {
		return result{stderr: err.Error(), exit: -1}
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(timeout):
		cmd.Process.Kill()
		<-done
		return normalize(result{stdout: out.String(), stderr: errb.String() + "\n<timed out>", exit: -1})
	}
	return normalize(result{stdout: out.String(), stderr: errb.String(), exit: cmd.ProcessState.ExitCode()})
}

// normalize removes the absolute path of the working directory, which
// CPython (and pyjit) print in tracebacks, so expectations do not depend on
// where the repository is checked out.
func normalize(r result) result {
	if wd, err := os.Getwd(); err == nil {
		r.stdout = strings.ReplaceAll(r.stdout, wd+"/", "")
		r.stderr = strings.ReplaceAll(r.stderr, wd+"/", "")
	}
	return r
}

func record(files []string, python string, timeout time.Duration) int {
	for _, f := range files {
		args := []string{f}
		if interactive(f) {
			args = []string{"-i", "-q"}
		}
		r := runProgram(timeout, stdinOf(f), pythonEnv, python, args...)
		if err := writeExpect(f, r); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Printf("recorded %s (exit %d)\n", f, r.exit)
	}
	return 0
}

func writeExpect(f string, r result) error {
	if err := os.WriteFile(f+".out", []byte(r.stdout), 0o644); err != nil {
		return err
	}
	for _, x := range []struct {
		ext  string
		data string
	}{{".err", r.stderr}, {".exit", fmt.Sprintf("%d\n", r.exit)}} {
		empty := x.data == "" || x.data == "0\n"
		if empty {
			os.Remove(f + x.ext)
			continue
		}
		if err := os.WriteFile(f+x.ext, []byte(x.data), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func readExpect(f string) (result, error) {
	out, err := os.ReadFile(f + ".out")
	if err != nil {
		return result{}, fmt.Errorf("%s: no expectations recorded (run `make golden`)", f)
	}
	errb, _ := os.ReadFile(f + ".err")
	r := result{stdout: string(out), stderr: string(errb)}
	if e, err := os.ReadFile(f + ".exit"); err == nil {
		fmt.Sscanf(string(e), "%d", &r.exit)
	}
	return r, nil
}

func compare(files []string, pyjit string, passes []string, jobs int, timeout time.Duration) int {
	type job struct {
		file, mode string
	}
	var all []job
	for _, m := range passes {
		for _, f := range files {
			all = append(all, job{f, m})
		}
	}
	reports := make([]string, len(all))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				j := all[i]
				want, err := readExpect(j.file)
				if err != nil {
					reports[i] = err.Error()
					continue
				}
				args := []string{"run"}
				if interactive(j.file) {
					args = []string{"repl", "-q"}
				}
				if j.mode != "" {
					args = append(args, strings.Fields(j.mode)...)
				}
				if !interactive(j.file) {
					args = append(args, j.file)
				}
				got := runProgram(timeout, stdinOf(j.file), pyjitEnv, pyjit, args...)
				reports[i] = diffResults(j.file, j.mode, want, got)
			}
		}()
	}
	for i := range all {
		next <- i
	}
	close(next)
	wg.Wait()
	failed := 0
	for _, r := range reports {
		if r != "" {
			failed++
			fmt.Println(r)
		}
	}
	fmt.Printf("conformance: %d passed, %d failed\n", len(all)-failed, failed)
	if failed > 0 {
		return 1
	}
	return 0
}

func diffResults(file, mode string, want, got result) string {
	var b strings.Builder
	label := file
	if mode != "" {
		label += " [" + mode + "]"
	}
	if want.stdout != got.stdout {
		fmt.Fprintf(&b, "--- %s: stdout differs\n%s", label, diff(want.stdout, got.stdout))
	}
	if want.stderr != got.stderr {
		fmt.Fprintf(&b, "--- %s: stderr differs\n%s", label, diff(want.stderr, got.stderr))
	}
	if want.exit != got.exit {
		fmt.Fprintf(&b, "--- %s: exit status %d, want %d\n", label, got.exit, want.exit)
	}
	return b.String()
}

// diff renders a compact line diff (first differences only).
func diff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	n := max(len(w), len(g))
	for i := 0; i < n && shown < 12; i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c || i >= len(w) || i >= len(g) {
			if i < len(w) {
				fmt.Fprintf(&b, "  line %d want: %q\n", i+1, a)
			}
			if i < len(g) {
				fmt.Fprintf(&b, "  line %d got:  %q\n", i+1, c)
			}
			shown++
		}
	}
	return b.String()
}
