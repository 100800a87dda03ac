package main

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/pyjit/pyjit/tests/internal/child"
)

// python returns the reference interpreter, or skips the test.
func python(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	return resolvePython(p)
}

func TestGeneratorDeterministic(t *testing.T) {
	a := NewGen(42).Program(20)
	b := NewGen(42).Program(20)
	if a != b {
		t.Fatal("the same seed generated different programs")
	}
	if a == NewGen(43).Program(20) {
		t.Fatal("different seeds generated the same program")
	}
}

// TestGeneratedProgramsRun checks that CPython runs generated programs to
// the end, with exit status 0 and the same output twice.
func TestGeneratedProgramsRun(t *testing.T) {
	py := python(t)
	n := 40
	if testing.Short() {
		n = 10
	}
	r := &Runner{Argv: []string{py, "-I", "-S"}, Timeout: 20 * time.Second, Dir: t.TempDir()}
	for i := 0; i < n; i++ {
		seed := ProgramSeed(1, i)
		src := NewGen(seed).Program(25)
		run, err := r.Exec(src)
		if err != nil {
			t.Fatal(err)
		}
		if run.Abnormal() {
			t.Errorf("seed %d: CPython failed (exit %d, timed out %v): %s", seed, run.Exit, run.TimedOut, lastLine(run.Stderr))
			continue
		}
		if len(run.Lines) == 0 {
			t.Errorf("seed %d: no output", seed)
		}
		for _, l := range run.Lines {
			if k, _ := kindOf(l); k == "untagged" {
				t.Errorf("seed %d: untagged output line %q", seed, l)
			}
		}
		again, err := r.Exec(src)
		if err != nil {
			t.Fatal(err)
		}
		if d := Compare(run, again); d != nil {
			t.Errorf("seed %d: output not deterministic: %s: %q vs %q", seed, d.Sig, d.Want, d.Got)
		}
	}
}

// TestParseRoundTrip checks that a generated program survives parsing
// into statements and rendering.
func TestParseRoundTrip(t *testing.T) {
	for seed := int64(1); seed <= 20; seed++ {
		src := NewGen(seed).Program(25)
		if got := Parse(src).String(); got != src {
			t.Fatalf("seed %d: round trip changed the program:\n%s", seed, firstDifference(src, got))
		}
	}
}

func firstDifference(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d: %q vs %q", i+1, al[i], bl[i])
		}
	}
	return "lengths differ"
}

// TestReduceSynthetic reduces a program against a fake difference: the
// interesting programs are those that still print BUG.
func TestReduceSynthetic(t *testing.T) {
	src := `x = 1
def f(a):
    y = a + 1
    if y > 2:
        print('noise#1', y)
    else:
        z = a * 2
        print('BUG#2', z)
    return y
for i in range(3):
    f(i)
    print('noise#3', i)
try:
    print('noise#4', x)
except Exception as e:
    print('noise#4', type(e).__name__)
`
	p := Parse(src)
	tests := 0
	red := Reduce(p, 1000, func(s string) bool {
		tests++
		return strings.Contains(s, "def f(a):") && strings.Contains(s, "    print('BUG#2'") && strings.Contains(s, "\n    f(i)")
	}).String()
	want := "def f(a):\n    print('BUG#2', z)\nfor i in range(3):\n    f(i)\n"
	if red != want {
		t.Errorf("reduced to\n%s\nwant\n%s", red, want)
	}
	if tests == 0 {
		t.Error("the predicate was never called")
	}
}

// TestReduceWithPython reduces against a real, synthetic difference:
// CPython's output compared with the output of a "pyjit" that computes
// 7 // -2 as -3 (it is -4), simulated by rewriting the program.
// TestReferenceHashSeed checks that the reference runs see the hash seed:
// two runs print the same hash of a str, which a randomized seed would
// not (pyjit's runs use seed 0).
func TestReferenceHashSeed(t *testing.T) {
	py := python(t)
	ref := &Runner{Argv: referenceArgv(py), Timeout: 20 * time.Second, Dir: t.TempDir(), Env: referenceEnv}
	var outs []string
	for i := 0; i < 2; i++ {
		r, err := ref.Exec("print(hash('0.0'), hash(b'ab'))\n")
		if err != nil || r.Abnormal() {
			t.Fatalf("reference run failed: %v %+v", err, r)
		}
		outs = append(outs, r.Stdout)
	}
	if outs[0] != outs[1] {
		t.Errorf("str hashes differ between reference runs: %q, %q", outs[0], outs[1])
	}
}

func TestReduceWithPython(t *testing.T) {
	py := python(t)
	dir := t.TempDir()
	ref := &Runner{Argv: []string{py, "-I", "-S"}, Timeout: 20 * time.Second, Dir: dir}
	src := NewGen(7).Program(6) + "try:\n    print('arith#900', repr(7 // -2))\nexcept Exception as e:\n    print('arith#900', type(e).__name__)\n" + NewGen(8).Program(6)
	buggy := func(s string) string { return strings.ReplaceAll(s, "7 // -2", "-(7 // 2)") }
	diff := func(s string) *Diff {
		want, err := ref.Exec(s)
		if err != nil || want.Abnormal() {
			return nil
		}
		got, err := ref.Exec(buggy(s))
		if err != nil {
			return nil
		}
		return Compare(want, got)
	}
	d := diff(src)
	if d == nil || d.Sig != "different value in arith" {
		t.Fatalf("synthetic difference not detected: %+v", d)
	}
	p := Parse(src)
	before := p.Count()
	Reduce(p, 200, func(s string) bool {
		d2 := diff(s)
		return d2 != nil && d2.Sig == d.Sig
	})
	if p.Count() >= before || p.Count() > 3 {
		t.Errorf("reduced from %d to %d statements:\n%s", before, p.Count(), p)
	}
	if !strings.Contains(p.String(), "7 // -2") {
		t.Errorf("the difference was reduced away:\n%s", p)
	}
}

func TestCompare(t *testing.T) {
	want := &Run{Lines: []string{"arith#1 3", "call#2 TypeError", "loop#3 5"}}
	cases := []struct {
		got *Run
		sig string
	}{
		{&Run{Lines: []string{"arith#1 3", "call#2 TypeError", "loop#3 5"}}, ""},
		{&Run{Lines: []string{"arith#1 4", "call#2 TypeError", "loop#3 5"}}, "different value in arith"},
		{&Run{Lines: []string{"arith#1 3", "call#2 (1, 2)", "loop#3 5"}}, "wrong outcome in call: CPython TypeError, pyjit a value"},
		{&Run{Lines: []string{"arith#1 3"}, Result: child.Result{Exit: 1, Stderr: "Traceback (most recent call last):\n  File \"x\", line 3\nNameError: name 'q' is not defined\n"}}, "uncaught NameError before call"},
		{&Run{Lines: []string{"arith#1 3"}, Result: child.Result{Exit: 2, Stderr: "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\ngithub.com/pyjit/pyjit/vm.(*Frame).run(0x1)\n"}}, "Go panic: runtime error: index out of range [N] with length N at vm.(*Frame).run before call"},
		{&Run{Lines: []string{"arith#1 3", "call#2 TypeError"}, Result: child.Result{TimedOut: true, Exit: -1}}, "hang (time limit) before loop"},
		{&Run{Lines: []string{"arith#1 3", "call#2 TypeError"}}, "output stops before loop"},
	}
	for _, c := range cases {
		d := Compare(want, c.got)
		sig := ""
		if d != nil {
			sig = d.Sig
		}
		if sig != c.sig {
			t.Errorf("Compare(%q) = %q, want %q", c.got.Lines, sig, c.sig)
		}
	}
}

// TestReduceStopsAtDeadline checks that a find made after -duration is up
// is stored as it is, without running the program again to reduce it.
func TestReduceStopsAtDeadline(t *testing.T) {
	store, err := openStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	f := &fuzzer{cfg: config{reduce: 100, examples: 1}, store: store,
		py: &Runner{Argv: []string{"/nonexistent/python3"}}, deadline: time.Now().Add(-time.Second)}
	src := "x = 1\ny = 2\nprint(x + y)\n"
	if n := f.record(0, mode{r: &Runner{Argv: []string{"/nonexistent/pyjit"}}}, src, &Diff{Sig: "wrong output"}); n != 1 {
		t.Errorf("record = %d, want 1 new signature", n)
	}
	if f.runs != 0 {
		t.Errorf("%d runs after the deadline, want none", f.runs)
	}
}
