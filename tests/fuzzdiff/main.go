// Command fuzzdiff is a differential tester of pyjit against CPython. It
// generates random, valid, deterministic Python 3.11 programs from a seed
// (arithmetic over ints, floats, bools, strings and big ints; containers,
// slicing and comprehensions; calls of every kind; classes, properties,
// inheritance and super(); methods, classes, globals and builtins changed
// while hot loops run; exceptions through calls; generators), runs each
// under CPython and under every pyjit mode, and compares their output line
// by line.
//
// A program fails when pyjit prints something else than CPython, crashes,
// or hangs. The failure is reduced (statements are dropped while pyjit
// still fails the same way) and stored in -out, one program per failure
// signature, with finds.json and SUMMARY.md.
//
//	go run ./tests/fuzzdiff -duration 10m -keep-going -out fuzzdiff-finds
//	go run ./tests/fuzzdiff -seed 1 -n 20
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/pyjit/pyjit/tests/internal/child"
)

type config struct {
	seed      int64
	n         int
	duration  time.Duration
	pyjit     string
	python    string
	refPyjit  string
	out       string
	keepGoing bool
	jobs      int
	size      int
	timeout   time.Duration
	memKB     int
	modes     []string
	reduce    int
	examples  int
	verbose   bool
}

func main() {
	var c config
	var modes string
	flag.Int64Var(&c.seed, "seed", 0, "random seed (0: from the clock)")
	flag.IntVar(&c.n, "n", 0, "number of programs to run; 0: until -duration")
	flag.DurationVar(&c.duration, "duration", 0, "how long to fuzz (with -n 0; default 1m)")
	flag.StringVar(&c.pyjit, "pyjit", "bin/pyjit", "pyjit binary under test")
	flag.StringVar(&c.python, "python", "python3", "reference CPython 3.11")
	flag.StringVar(&c.refPyjit, "reference-pyjit", "", "compare with this pyjit binary's generic interpreter (`run --no-specialize`) instead of CPython: for a port that has no CPython to compare with, such as arm64 under qemu")
	flag.StringVar(&c.out, "out", "fuzzdiff-finds", "directory for reduced failing programs and SUMMARY.md")
	flag.BoolVar(&c.keepGoing, "keep-going", false, "keep fuzzing after the first new failure")
	flag.IntVar(&c.jobs, "j", 1, "programs run in parallel")
	flag.IntVar(&c.size, "size", 25, "features (groups of statements) per program")
	flag.DurationVar(&c.timeout, "timeout", 20*time.Second, "time limit of one program run")
	flag.IntVar(&c.memKB, "mem", 4<<20, "address-space limit of each child, in KiB (0: none)")
	flag.StringVar(&modes, "modes", ",--no-jit,--no-specialize --no-jit,--jit --jit-threshold 1", "comma-separated modes, each the extra flags (space-separated) of one `pyjit run`")
	flag.IntVar(&c.reduce, "reduce", 300, "most program runs spent reducing one failure")
	flag.IntVar(&c.examples, "examples", 3, "reduced programs kept per failure signature (different bugs often share one)")
	flag.BoolVar(&c.verbose, "v", false, "log every program")
	flag.Parse()
	c.modes = strings.Split(modes, ",")
	if c.seed == 0 {
		c.seed = time.Now().UnixNano() % 1000000007
	}
	if c.n == 0 && c.duration == 0 {
		c.duration = time.Minute
	}
	os.Exit(run(c))
}

// mode is one way of running pyjit.
type mode struct {
	name string
	r    *Runner
}

func (m mode) label() string {
	if m.name == "" {
		return "pyjit run"
	}
	return "pyjit run " + m.name
}

// fuzzer holds the state of one run.
type fuzzer struct {
	cfg   config
	store *Store
	py    *Runner
	pj    []mode
	// deadline ends reductions too when -duration bounds the run (zero
	// with -n): a program whose runs take seconds each would otherwise be
	// reduced for hours after the time is up.
	deadline time.Time

	mu                                      sync.Mutex
	programs, runs, invalid, fails, newSigs int
}

// resolvePython returns the real interpreter behind python (often a
// shell-script shim).
func resolvePython(python string) string {
	if out, err := exec.Command(python, "-I", "-S", "-c", "import sys; print(sys.executable)").Output(); err == nil {
		if p := strings.TrimSpace(string(out)); p != "" {
			return p
		}
	}
	return python
}

// referenceArgv runs CPython without the site module or the user's site
// directory. Not -I or -E: they also ignore PYTHONHASHSEED, which the
// runner sets to 0 (as pyjit's runs see it) so that hash() of a str is
// the same in both.
func referenceArgv(python string) []string { return []string{python, "-s", "-S"} }

// referenceEnv is the environment the reference runs add to this one.
var referenceEnv = []string{"PYTHONHASHSEED=0"}

func run(c config) int {
	pj, err := filepath.Abs(c.pyjit)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	if _, err := os.Stat(pj); err != nil {
		fmt.Fprintln(os.Stderr, "pyjit binary:", err)
		return 2
	}
	refArgv := referenceArgv(resolvePython(c.python))
	if c.refPyjit != "" {
		ref, err := filepath.Abs(c.refPyjit)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 2
		}
		refArgv = []string{ref, "run", "--no-specialize", "--no-jit"}
	}
	tmp, err := tempDir()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer os.RemoveAll(tmp)
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	store, err := openStore(c.out)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	f := &fuzzer{
		cfg:   c,
		store: store,
		py:    &Runner{Argv: refArgv, Timeout: c.timeout, MemKB: c.memKB, Dir: tmp, Env: referenceEnv},
	}
	for _, m := range c.modes {
		argv := []string{pj, "run"}
		argv = append(argv, strings.Fields(m)...) // a mode may be several flags
		f.pj = append(f.pj, mode{name: m, r: &Runner{Argv: argv, Timeout: c.timeout, MemKB: c.memKB, Dir: tmp}})
	}
	fmt.Printf("fuzzdiff: seed %d, %d features per program, modes %q\n", c.seed, c.size, c.modes)

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	start := time.Now()
	deadline := start.Add(c.duration)
	if c.n == 0 {
		f.deadline = deadline
	}
	var (
		mu     sync.Mutex
		next   int
		halted bool
		wg     sync.WaitGroup
	)
	take := func() (int, bool) {
		mu.Lock()
		defer mu.Unlock()
		select {
		case <-stop:
			halted = true
		default:
		}
		if halted || (c.n > 0 && next >= c.n) || (c.n == 0 && time.Now().After(deadline)) {
			return 0, false
		}
		next++
		return next - 1, true
	}
	for w := 0; w < c.jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i, ok := take()
				if !ok {
					return
				}
				if f.program(i) > 0 && !c.keepGoing {
					mu.Lock()
					halted = true
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	wall := time.Since(start)
	store.addRun(f.programs, f.runs, wall)
	if err := store.save(); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	fmt.Printf("fuzzdiff: %d programs (%d skipped: CPython itself failed), %d interpreter runs in %s; %d failing program runs, %d distinct signatures (%d new); see %s\n",
		f.programs, f.invalid, f.runs, wall.Round(time.Second), f.fails, len(store.Finds), f.newSigs, filepath.Join(c.out, "SUMMARY.md"))
	if f.fails > 0 {
		return 1
	}
	return 0
}

// ProgramSeed is the seed of program idx of a run with the given seed.
func ProgramSeed(seed int64, idx int) int64 { return seed*1000003 + int64(idx) }

func (f *fuzzer) exec(r *Runner, src string) (*Run, error) {
	f.mu.Lock()
	f.runs++
	f.mu.Unlock()
	return r.Exec(src)
}

// program generates program idx, runs it everywhere and returns how many
// new failure signatures it found.
func (f *fuzzer) program(idx int) int {
	src := NewGen(ProgramSeed(f.cfg.seed, idx)).Program(f.cfg.size)
	f.mu.Lock()
	f.programs++
	f.mu.Unlock()
	want, err := f.exec(f.py, src)
	if err != nil {
		fmt.Fprintln(os.Stderr, "running CPython:", err)
		return 0
	}
	if want.Abnormal() {
		f.mu.Lock()
		f.invalid++
		f.mu.Unlock()
		fmt.Fprintf(os.Stderr, "program %d: CPython failed (exit %d, timed out %v): %s\n", idx, want.Exit, want.TimedOut, lastLine(want.Stderr))
		return 0
	}
	found := 0
	seen := map[string]bool{} // signatures this program already stored
	for _, m := range f.pj {
		got, err := f.exec(m.r, src)
		if err != nil {
			fmt.Fprintln(os.Stderr, "running pyjit:", err)
			continue
		}
		d := Compare(want, got)
		if d == nil {
			continue
		}
		f.mu.Lock()
		f.fails++
		f.mu.Unlock()
		if seen[d.Sig] {
			// Another mode fails the same way: count it, do not reduce again.
			f.store.add(d.Sig, m.label(), "", "")
			continue
		}
		seen[d.Sig] = true
		found += f.record(idx, m, src, d)
	}
	if f.cfg.verbose {
		fmt.Printf("program %d: %d lines, %d new\n", idx, len(want.Lines), found)
	}
	return found
}

// record reduces a failing program (while its signature has fewer than
// -examples programs) and stores it. It returns 1 for a new signature.
func (f *fuzzer) record(idx int, m mode, src string, d *Diff) int {
	if f.store.examples(d.Sig) >= f.cfg.examples {
		f.store.add(d.Sig, m.label(), "", "")
		return 0
	}
	p := Parse(src)
	before := p.Count()
	last := d
	Reduce(p, f.cfg.reduce, func(s string) bool {
		if !f.deadline.IsZero() && time.Now().After(f.deadline) {
			return false // time is up: keep what is reduced so far
		}
		want, err := f.exec(f.py, s)
		if err != nil || want.Abnormal() {
			return false
		}
		got, err := f.exec(m.r, s)
		if err != nil {
			return false
		}
		d2 := Compare(want, got)
		if d2 == nil || d2.Sig != d.Sig {
			return false
		}
		last = d2
		return true
	})
	small := p.String()
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n# found by: %s (seed %d, program %d; reduced from %d to %d statements)\n", d.Sig, m.label(), f.cfg.seed, idx, before, p.Count())
	fmt.Fprintf(&b, "# CPython: %s\n# pyjit:   %s\n", clip(last.Want), clip(last.Got))
	for _, l := range last.Stderr {
		fmt.Fprintf(&b, "# | %s\n", clip(l))
	}
	b.WriteString(small)
	isNew, err := f.store.add(d.Sig, m.label(), b.String(), firstStatement(small))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	if !isNew {
		fmt.Printf("another example of %s (%s, program %d, %d statements)\n", d.Sig, m.label(), idx, p.Count())
		return 0
	}
	f.mu.Lock()
	f.newSigs++
	f.mu.Unlock()
	fmt.Printf("NEW %s (%s, program %d, %d statements)\n", d.Sig, m.label(), idx, p.Count())
	return 1
}

func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// firstStatement is a one-line excerpt of a reduced program for the
// summary: its last line that prints.
func firstStatement(src string) string {
	ls := strings.Split(strings.TrimSpace(src), "\n")
	for i := len(ls) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(ls[i]); strings.HasPrefix(l, "print(") && !strings.Contains(l, "type(e).__name__") {
			return clip(l)
		}
	}
	return clip(strings.TrimSpace(ls[len(ls)-1]))
}

// Diff describes how pyjit's run of a program differs from CPython's.
type Diff struct {
	Sig       string   // failure signature: the same for the same bug
	Line      int      // index of the first differing output line
	Want, Got string   // the lines, or a description of the end of output
	Stderr    []string // the end of pyjit's stderr, for crashes
}

var (
	excRE      = regexp.MustCompile(`^[A-Z][A-Za-z]*(Error|Exception|Iteration|Exit|Interrupt|Warning|GeneratorExit)$`)
	digitsRE   = regexp.MustCompile(`[0-9]+`)
	pyjitFrame = regexp.MustCompile(`(?m)^github\.com/pyjit/pyjit/(\S+?)\([^()]*\)\s*$`)
	tracebackE = regexp.MustCompile(`(?m)^([A-Za-z_.]*(?:Error|Exception|Iteration|Exit|Warning))(?::|$)`)
)

// kindOf splits an output line into the feature kind of its tag and what
// it printed: an exception type name or "a value".
func kindOf(line string) (kind, what string) {
	tag, rest, _ := strings.Cut(line, " ")
	kind, _, ok := strings.Cut(tag, "#")
	if !ok {
		kind = "untagged"
	}
	if excRE.MatchString(rest) {
		return kind, rest
	}
	return kind, "a value"
}

// Compare returns how got differs from want, or nil when pyjit printed
// the same lines and ended normally.
func Compare(want, got *Run) *Diff {
	n := len(want.Lines)
	if len(got.Lines) < n {
		n = len(got.Lines)
	}
	for i := 0; i < n; i++ {
		if want.Lines[i] == got.Lines[i] {
			continue
		}
		kw, ww := kindOf(want.Lines[i])
		_, wg := kindOf(got.Lines[i])
		var sig string
		switch {
		case ww == "a value" && wg == "a value":
			sig = "different value in " + kw
		default:
			sig = fmt.Sprintf("wrong outcome in %s: CPython %s, pyjit %s", kw, ww, wg)
		}
		return &Diff{Sig: sig, Line: i, Want: want.Lines[i], Got: got.Lines[i]}
	}
	if !got.Abnormal() && len(got.Lines) == len(want.Lines) {
		return nil
	}
	at := "at exit"
	wantLine := "(end of output)"
	if n < len(want.Lines) {
		k, _ := kindOf(want.Lines[n])
		at = "before " + k
		wantLine = want.Lines[n]
	}
	d := &Diff{Line: n, Want: wantLine, Got: "(end of output)", Stderr: tail(got.Stderr, 6)}
	if !got.Abnormal() {
		if n < len(got.Lines) {
			k, _ := kindOf(got.Lines[n])
			d.Sig = "extra output in " + k
			d.Got = got.Lines[n]
		} else {
			d.Sig = "output stops " + at
		}
		return d
	}
	d.Sig = crashSignature(got) + " " + at
	return d
}

// crashSignature classifies an abnormal pyjit run.
func crashSignature(r *Run) string {
	e := r.Stderr
	switch {
	case r.TimedOut:
		return "hang (time limit)"
	case strings.Contains(e, "pyjit internal error"):
		i := strings.Index(e, "pyjit internal error")
		msg := strings.SplitN(e[i:], "\n", 2)[0]
		msg = strings.TrimPrefix(msg, "pyjit internal error: ")
		if len(msg) > 80 {
			msg = msg[:80]
		}
		return "internal error: " + digitsRE.ReplaceAllString(msg, "N")
	case strings.Contains(e, "stack overflow") || strings.Contains(e, "stack exceeds"):
		return "Go stack overflow"
	case strings.Contains(e, "fatal error:"):
		i := strings.Index(e, "fatal error:")
		msg := strings.SplitN(e[i:], "\n", 2)[0]
		return digitsRE.ReplaceAllString(msg, "N") + " at " + firstFrame(e)
	case strings.Contains(e, "panic:"):
		i := strings.Index(e, "panic:")
		msg := strings.SplitN(e[i:], "\n", 2)[0]
		msg = child.StripAddresses(msg)
		if len(msg) > 80 {
			msg = msg[:80]
		}
		return "Go " + digitsRE.ReplaceAllString(msg, "N") + " at " + firstFrame(e)
	case r.Signal != "":
		return "killed by signal " + r.Signal
	}
	if m := tracebackE.FindAllStringSubmatch(e, -1); m != nil && strings.Contains(e, "Traceback") {
		return "uncaught " + m[len(m)-1][1]
	}
	return fmt.Sprintf("exit status %d (%s)", r.Exit, digitsRE.ReplaceAllString(clip(lastLine(e)), "N"))
}

func firstFrame(stderr string) string {
	for _, m := range pyjitFrame.FindAllStringSubmatch(stderr, -1) {
		if !strings.Contains(m[1], "internal error") && !strings.HasSuffix(m[1], ".recoverPanic") {
			return m[1]
		}
	}
	return "?"
}

func tail(s string, n int) []string {
	ls := strings.Split(strings.TrimSpace(s), "\n")
	if len(ls) == 1 && ls[0] == "" {
		return nil
	}
	if len(ls) > n {
		ls = ls[len(ls)-n:]
	}
	return ls
}
