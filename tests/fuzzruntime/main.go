// Command fuzzruntime is a differential fuzzer of the pyjit runtime. It
// generates programs that call every method of the builtin types and every
// builtin function with awkward arguments, and apply every operator to
// pairs of awkward operands, runs each program under CPython and under
// pyjit (with tier 1 and on the generic interpreter alone), and compares
// the results case by case.
//
// Each case prints one line: its id and either the repr of its result or
// the type of the exception it raised. A case fails when pyjit crashes on
// it (Go panic or fatal error, signal, "pyjit internal error", unexplained
// exit status), hangs, or gives a different result or exception type than
// CPython. When a program crashes, the case responsible is found by
// bisection; each failure is reduced and written to -out as a small
// program, one per failure signature.
//
//	go run ./tests/fuzzruntime -duration 10m -out fuzz-finds
//	go run ./tests/fuzzruntime -seed 1 -n 20
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

type config struct {
	seed      int64
	n         int
	duration  time.Duration
	pyjit     string
	python    string
	out       string
	keepGoing bool
	jobs      int
	batch     int
	timeout   time.Duration
	memKB     int
	modes     []string
	verbose   bool
	// crashOnly makes only crashes, internal errors and hangs fail the
	// run (and stop it without -keep-going); differences in results and
	// exception types are still recorded.
	crashOnly bool
}

func main() {
	var c config
	var modes string
	flag.Int64Var(&c.seed, "seed", 0, "random seed (0: from the clock)")
	flag.IntVar(&c.n, "n", 0, "number of programs (batches) to run; 0: until -duration")
	flag.DurationVar(&c.duration, "duration", 0, "how long to fuzz (with -n 0; default 1m)")
	flag.StringVar(&c.pyjit, "pyjit", "bin/pyjit", "pyjit binary under test")
	flag.StringVar(&c.python, "python", "python3", "reference CPython 3.11")
	flag.StringVar(&c.out, "out", "fuzz-finds", "directory for reduced failing cases and SUMMARY.md")
	flag.BoolVar(&c.keepGoing, "keep-going", false, "keep fuzzing after the first failure")
	flag.IntVar(&c.jobs, "j", 1, "programs run in parallel")
	flag.IntVar(&c.batch, "cases", 300, "cases per program")
	flag.DurationVar(&c.timeout, "timeout", 15*time.Second, "time limit of one program")
	flag.IntVar(&c.memKB, "mem", 4<<20, "address-space limit of each child, in KiB (0: none)")
	flag.StringVar(&modes, "modes", ",--no-jit,--no-specialize --no-jit,--jit --jit-threshold 1", "comma-separated modes, each the extra flags (space-separated) of one `pyjit run` pass (the empty one: the default, tier 2 on)")
	flag.BoolVar(&c.verbose, "v", false, "log every program")
	flag.BoolVar(&c.crashOnly, "crash-only", false, "fail only on crashes, internal errors and hangs")
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
	// Resolve the interpreter once: python3 is often a shell-script shim.
	if out, err := exec.Command(c.python, "-I", "-S", "-c", "import sys; print(sys.executable)").Output(); err == nil {
		if p := strings.TrimSpace(string(out)); p != "" {
			c.python = p
		}
	}
	table, err := loadTable(c.python)
	if err != nil {
		fmt.Fprintln(os.Stderr, "listing builtins with", c.python+":", err)
		return 2
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
		// Not -I or -E, which also ignore PYTHONHASHSEED: hash() of a str
		// must be seed 0's, as in pyjit's runs.
		py: &Runner{Argv: []string{c.python, "-s", "-S"}, Timeout: c.timeout, MemKB: c.memKB, Dir: tmp, Env: []string{"PYTHONHASHSEED=0"}},
	}
	for _, m := range c.modes {
		argv := []string{pj, "run"}
		argv = append(argv, strings.Fields(m)...) // a mode may be several flags
		f.pj = append(f.pj, mode{name: m, r: &Runner{Argv: argv, Timeout: c.timeout, MemKB: c.memKB, Dir: tmp}})
	}
	methods := 0
	for _, t := range table.Types {
		methods += len(t.Methods)
	}
	fmt.Printf("fuzzruntime: seed %d, %d types with %d methods, %d builtins, %d cases per program, modes %q\n",
		c.seed, len(table.Types), methods, len(table.Builtins), c.batch, c.modes)

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	start := time.Now()
	deadline := start.Add(c.duration)
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
				g := NewGen(c.seed*1000003+int64(i), table)
				newFinds := f.batch(i, g.Batch(c.batch))
				if newFinds > 0 && !c.keepGoing {
					mu.Lock()
					halted = true
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	wall := time.Since(start)
	store.addRun(f.programs, f.cases, wall)
	if err := store.save(); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	fmt.Printf("fuzzruntime: %d programs, %d cases (%d skipped: CPython itself failed) in %s; %d failing cases (%d crashes, internal errors or hangs), %d distinct signatures (%d new); see %s\n",
		f.programs, f.cases, f.skipped, wall.Round(time.Second), f.failures, f.crashes, len(store.Finds), f.newSigs, filepath.Join(c.out, "SUMMARY.md"))
	if f.crashes > 0 || f.failures > 0 && !c.crashOnly {
		return 1
	}
	return 0
}

// loadTable runs introspect.py under CPython.
func loadTable(python string) (*Table, error) {
	cmd := exec.Command(python, "-I", "-S", "-c", introspectSource)
	out, err := cmd.Output()
	if err != nil {
		return nil, err
	}
	var t Table
	if err := json.Unmarshal(out, &t); err != nil {
		return nil, err
	}
	return &t, nil
}

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

type fuzzer struct {
	cfg   config
	store *Store
	py    *Runner
	pj    []mode

	mu                                          sync.Mutex
	programs, cases, skipped, failures, newSigs int
	crashes                                     int // failing cases that crashed, hit an internal error or hung
}

func (f *fuzzer) count(programs, cases int) {
	f.mu.Lock()
	f.programs += programs
	f.cases += cases
	f.mu.Unlock()
}

// batch runs one generated program and returns how many new failure
// signatures it found.
func (f *fuzzer) batch(idx int, cases []Case) int {
	expect, cases := f.reference(cases)
	found := 0
	for _, m := range f.pj {
		found += f.against(idx, m, cases, expect)
	}
	if f.cfg.verbose {
		fmt.Printf("program %d: %d cases, %d new\n", idx, len(cases), found)
	}
	return found
}

// reference runs the cases under CPython. Cases CPython itself cannot run
// (it crashes, or takes too long) are dropped.
func (f *fuzzer) reference(cases []Case) (map[int]string, []Case) {
	for tries := 0; tries < 20 && len(cases) > 0; tries++ {
		r, err := f.py.Exec(Program(cases))
		f.count(1, 0)
		if err != nil {
			fmt.Fprintln(os.Stderr, "running CPython:", err)
			return nil, nil
		}
		miss := firstMissing(r, cases)
		if !r.Abnormal() && miss < 0 {
			return r.Lines, cases
		}
		if miss < 0 {
			miss = len(cases) - 1
		}
		f.mu.Lock()
		f.skipped++
		f.mu.Unlock()
		if f.cfg.verbose {
			fmt.Printf("CPython could not run case %s\n", cases[miss].Expr())
		}
		cases = append(cases[:miss:miss], cases[miss+1:]...)
	}
	return nil, nil
}

func firstMissing(r *Run, cases []Case) int {
	for i, c := range cases {
		if _, ok := r.Lines[c.ID]; !ok {
			return i
		}
	}
	return -1
}

// against runs the cases under one pyjit mode and records every failure.
func (f *fuzzer) against(idx int, m mode, cases []Case, expect map[int]string) int {
	found := 0
	for len(cases) > 0 {
		r, err := m.r.Exec(Program(cases))
		if err != nil {
			fmt.Fprintln(os.Stderr, "running pyjit:", err)
			return found
		}
		miss := firstMissing(r, cases)
		done := cases
		if miss >= 0 {
			done = cases[:miss]
		}
		f.count(1, len(done))
		for _, c := range done {
			if got, want := r.Lines[c.ID], expect[c.ID]; got != want {
				found += f.mismatch(idx, m, c, want, got)
			}
		}
		if miss < 0 {
			if r.Abnormal() {
				// Every case ran, then the program failed (on exit).
				found += f.record(idx, m, nil, crashSignature(r, "program exit"), "", "", r)
			}
			return found
		}
		if !r.Abnormal() {
			// The output stopped without a failure: count it as one.
			r.Exit = 99
		}
		found += f.crash(idx, m, cases[:miss+1], r)
		f.count(0, 1)
		cases = cases[miss+1:]
	}
	return found
}

// crash finds the case responsible for an abnormal run whose output stops
// before the last case of prefix, reduces it and records it.
func (f *fuzzer) crash(idx int, m mode, prefix []Case, whole *Run) int {
	suspect := prefix[len(prefix)-1]
	sig := func(cs []Case) (string, *Run) {
		r, err := m.r.Exec(Program(cs))
		f.count(1, 0)
		if err != nil || !r.Abnormal() && firstMissing(r, cs) < 0 {
			return "", r
		}
		if !r.Abnormal() {
			r.Exit = 99
		}
		return crashSignature(r, suspect.Target), r
	}
	want := crashSignature(whole, suspect.Target)
	if s, r := sig([]Case{suspect}); s != "" {
		// The case crashes on its own: reduce it while it still crashes
		// the same way (the first time this signature is seen).
		red := suspect
		if !f.store.known(s) {
			red = Reduce(suspect, 40, func(c Case) bool {
				s2, _ := sig([]Case{c})
				return s2 == s
			})
		}
		return f.record(idx, m, []Case{red}, s, "", "", r)
	}
	// It needs earlier cases: find the latest start that still crashes.
	lo, hi := 0, len(prefix)-1 // prefix[lo:] crashes (assumed), prefix[hi:] does not
	if s, _ := sig(prefix); s == "" {
		return f.record(idx, m, prefix, "flaky: "+want, "", "", whole)
	}
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if s, _ := sig(prefix[mid:]); s != "" {
			lo = mid
		} else {
			hi = mid
		}
	}
	s, r := sig(prefix[lo:])
	if s == "" {
		s, r = want, whole
	}
	return f.record(idx, m, prefix[lo:], s, "", "", r)
}

// mismatch records a case whose result differs from CPython's.
func (f *fuzzer) mismatch(idx int, m mode, c Case, want, got string) int {
	s := mismatchSignature(c, want, got)
	if f.store.known(s) {
		return f.record(idx, m, []Case{c}, s, want, got, nil)
	}
	red := Reduce(c, 8, func(c2 Case) bool {
		w, g, ok := f.pair(m, c2)
		return ok && mismatchSignature(c2, w, g) == s
	})
	if w, g, ok := f.pair(m, red); ok {
		want, got = w, g
	}
	return f.record(idx, m, []Case{red}, s, want, got, nil)
}

// pair runs one case under CPython and pyjit and returns both lines.
func (f *fuzzer) pair(m mode, c Case) (want, got string, ok bool) {
	c.ID = 1
	src := Program([]Case{c})
	pr, err := f.py.Exec(src)
	if err != nil || pr.Abnormal() {
		return "", "", false
	}
	jr, err := m.r.Exec(src)
	f.count(2, 0)
	if err != nil || jr.Abnormal() {
		return "", "", false
	}
	want, ok1 := pr.Lines[1]
	got, ok2 := jr.Lines[1]
	return want, got, ok1 && ok2 && want != got
}

// mismatchSignature describes a difference in result: the exception types
// on both sides, or that the values differ.
func mismatchSignature(c Case, want, got string) string {
	kind := func(s string) string {
		if strings.HasPrefix(s, "EXC ") {
			return strings.TrimPrefix(s, "EXC ")
		}
		if s == "" {
			return "nothing"
		}
		return "a result"
	}
	kw, kg := kind(want), kind(got)
	if kw == "a result" && kg == "a result" {
		return "different result from " + c.Target
	}
	return fmt.Sprintf("wrong exception: CPython %s, pyjit %s from %s", kw, kg, c.Target)
}

// record notes one failure and, for a new signature, writes its program.
func (f *fuzzer) record(idx int, m mode, cs []Case, sig, want, got string, r *Run) int {
	f.mu.Lock()
	f.failures++
	if r != nil {
		f.crashes++
	}
	f.mu.Unlock()
	var src strings.Builder
	fmt.Fprintf(&src, "# %s\n# found by: %s (seed %d, program %d)\n", sig, m.label(), f.cfg.seed, idx)
	if want != "" || got != "" {
		fmt.Fprintf(&src, "# CPython: %s\n# pyjit:   %s\n", want, got)
	}
	if r != nil && r.Stderr != "" {
		for _, ln := range firstLines(r.Stderr, 6) {
			fmt.Fprintf(&src, "# | %s\n", ln)
		}
	}
	switch len(cs) {
	case 0:
	case 1:
		src.WriteString(cs[0].Standalone())
	default:
		src.WriteString(Program(cs))
	}
	isNew, err := f.store.add(sig, m.label(), src.String(), exprOf(cs))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	if !isNew {
		return 0
	}
	f.mu.Lock()
	f.newSigs++
	f.mu.Unlock()
	fmt.Printf("NEW %s\n    %s\n", sig, exprOf(cs))
	if f.cfg.crashOnly && r == nil {
		return 0 // a difference, not a crash: it does not stop the run
	}
	return 1
}

func exprOf(cs []Case) string {
	if len(cs) == 0 {
		return "(at exit)"
	}
	e := cs[len(cs)-1].Expr()
	if len(cs) > 1 {
		e = fmt.Sprintf("%s (after %d other cases)", e, len(cs)-1)
	}
	return e
}

func firstLines(s string, n int) []string {
	ls := strings.Split(strings.TrimSpace(s), "\n")
	if len(ls) > n {
		ls = ls[:n]
	}
	for i, l := range ls {
		if len(l) > 160 {
			ls[i] = l[:160] + "..."
		}
	}
	return ls
}
