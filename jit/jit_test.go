package jit_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/pyjit/pyjit/jit"
	"github.com/pyjit/pyjit/specialize"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/compile"
)

// runPy runs src as __main__ with tier 1 and, when cfg is not nil, tier 2,
// under the interpreter's limits and ctx.
func runPy(t *testing.T, ctx context.Context, src string, opts vm.Options, cfg *jit.Config) (string, *jit.JIT, error) {
	t.Helper()
	var out bytes.Buffer
	opts.Stdout, opts.Stderr = &out, &out
	in := vm.New(opts)
	specialize.Install(in)
	var j *jit.JIT
	if cfg != nil {
		j = jit.Install(in, *cfg)
		if j == nil {
			t.Skip("no native code on " + runtime.GOARCH)
		}
		t.Cleanup(func() { j.Close() })
	}
	err := in.Run(ctx, func(th *vm.Thread) error { return execMain(in, th, src) })
	in.Flush()
	return out.String(), j, err
}

// execMain runs src in a new __main__ module.
func execMain(in *vm.Interpreter, th *vm.Thread, src string) error {
	co, err := in.Compile("<test>", []byte(src), compile.ExecMode)
	if err != nil {
		return err
	}
	m := in.NewModule("__main__")
	_, err = th.ExecCode(co, m.Dict, m.Dict)
	return err
}

// TestConformancePrograms runs the conformance programs of JIT loops at
// threshold 1 and compares their output with CPython's; each must run
// natively and leave through the exits it is written to exercise.
func TestConformancePrograms(t *testing.T) {
	for _, c := range []struct {
		name   string
		exits  []string
		misses bool
	}{
		{"jit_loops", []string{"int overflow", "branch", "loop end"}, true},
		{"jit_builtins", []string{"builtin", "loop end"}, true},
		{"jit_power", []string{"power", "loop end"}, false},
		{"jit_sequences", []string{"int overflow", "branch", "loop end", "item type", "index", "unpack", "store", "division by zero"}, true},
		{"jit_attrs", []string{"attribute", "attribute store", "item type", "int overflow", "branch", "loop end"}, true},
		{"jit_modules", []string{"builtin", "item type", "loop end"}, true},
		{"jit_calls", []string{"int overflow", "branch", "loop end", "division by zero"}, true},
		{"jit_methods", []string{"method", "attribute", "branch", "loop end", "division by zero"}, true},
		{"jit_cells", []string{"cell", "branch", "loop end"}, true},
		{"jit_classes", []string{"attribute", "division by zero", "branch", "loop end"}, true},
		{"jit_bools", []string{"attribute", "attribute store", "item type", "branch", "comparison", "loop end"}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			src, err := os.ReadFile("../tests/conformance/" + c.name + ".py")
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile("../tests/conformance/" + c.name + ".py.out")
			if err != nil {
				t.Fatal(err)
			}
			got, j, err := runPy(t, context.Background(), string(src), vm.Options{}, &jit.Config{Threshold: 1})
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Fatalf("output differs from CPython's:\n%s\nwant:\n%s", got, want)
			}
			st := j.Stats()
			if st.Traces == 0 || st.Iterations == 0 {
				t.Fatalf("nothing ran natively: %+v", st)
			}
			for _, reason := range c.exits {
				if st.Exits[reason] == 0 {
					t.Errorf("no exit for %q: %v", reason, st.Exits)
				}
			}
			if c.misses && st.EntryMisses == 0 {
				t.Errorf("no entry refused after a type change")
			}
		})
	}
}

var loopCases = []struct{ name, src, want string }{
	{"sum", `
def f(n):
    total = 0
    for i in range(n):
        total += i * 3
    return total
print(f(10**6))
`, "1499998500000\n"},
	{"overflow into big int", `
def f(n):
    t = 7
    for i in range(n):
        t = t * 5 - i
    return t
print(f(60))
`, "6017322057294549608741363044828176498413101\n"},
	{"float", `
def f(n):
    x = 0.0
    for i in range(n):
        x = x * 0.5 + 1.25
    return x
print(f(1000))
`, "2.5\n"},
	{"while and break", `
def f():
    i = 0
    s = 0
    while i < 1000000:
        s += i
        if s > 123456:
            break
        i += 1
    return i, s
print(f())
`, "(497, 123753)\n"},
	{"break out of a for loop while recording", `
def f(xs):
    for x in xs:
        if x == 3:
            break
    return x
print(f([1, 3, 4]), f(list(range(5, 100))), f((1, 2, 3)))
`, "3 99 3\n"},
	{"type change after compile", `
def f(x, n):
    for i in range(n):
        x = x + 1
    return x
print(f(1, 100), f(0.5, 100), f(2**64, 3), f(1, 100))
`, "101 100.5 18446744073709551619 101\n"},
}

func TestLoops(t *testing.T) {
	for _, c := range loopCases {
		t.Run(c.name, func(t *testing.T) {
			for _, th := range []int{1, 2, 50} {
				got, j, err := runPy(t, context.Background(), c.src, vm.Options{}, &jit.Config{Threshold: th})
				if err != nil {
					t.Fatal(err)
				}
				if got != c.want {
					t.Fatalf("threshold %d: got %q, want %q", th, got, c.want)
				}
				if th == 1 && j.Stats().Traces == 0 {
					t.Fatalf("threshold %d: no trace compiled", th)
				}
			}
		})
	}
}

// TestAbortsBlacklist checks that a loop the recorder cannot handle is
// given up after the configured number of attempts.
func TestAbortsBlacklist(t *testing.T) {
	src := `
def f(n):
    s = ""
    for i in range(n):
        s = str(i)
    return s
print(f(5000))
`
	got, j, err := runPy(t, context.Background(), src, vm.Options{}, &jit.Config{Threshold: 1, MaxAborts: 3})
	if err != nil || got != "4999\n" {
		t.Fatalf("got %q, %v", got, err)
	}
	st := j.Stats()
	if st.Blacklisted != 1 || st.Traces != 0 {
		t.Fatalf("blacklisted %d, traces %d, aborts %v", st.Blacklisted, st.Traces, st.Aborts)
	}
	var n uint64
	for _, c := range st.Aborts {
		n += c
	}
	if n != 3 {
		t.Fatalf("aborts %v, want 3 in all", st.Aborts)
	}
}

const countLoop = `
def f(n):
    t = 0
    for i in range(n):
        t += i
    return t
print(f(5000))
`

// stepLimitProbe runs src under a step limit: passes reports whether it
// ran to the end with output want, and smallest is the smallest limit the
// interpreter alone passes (found by bisection).
type stepLimitProbe struct {
	t         *testing.T
	src, want string
}

func (p stepLimitProbe) passes(limit int64, cfg *jit.Config) bool {
	got, _, err := runPy(p.t, context.Background(), p.src, vm.Options{StepLimit: limit}, cfg)
	if err == nil {
		if got != p.want {
			p.t.Fatalf("got %q, want %q", got, p.want)
		}
		return true
	}
	if !errors.Is(err, vm.ErrStepLimit) {
		p.t.Fatalf("limit %d: %v", limit, err)
	}
	return false
}

func (p stepLimitProbe) smallest() int64 {
	lo, hi := int64(1), int64(100000)
	for lo < hi {
		mid := (lo + hi) / 2
		if p.passes(mid, nil) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// TestStepLimitCountsNativeIterations checks that the step limit stops a
// native loop exactly where it stops the interpreter.
func TestStepLimitCountsNativeIterations(t *testing.T) {
	probe := stepLimitProbe{t, countLoop, "12497500\n"}
	passes := probe.passes
	lo := probe.smallest()
	if lo < 5000 {
		t.Fatalf("the loop passes a limit of %d steps", lo)
	}
	for _, th := range []int{1, 10} {
		for _, fuel := range []int64{0, 7, 1000} {
			cfg := &jit.Config{Threshold: th, Fuel: fuel}
			if !passes(lo, cfg) || passes(lo-1, cfg) {
				t.Errorf("threshold %d fuel %d: the JIT does not stop at the interpreter's limit %d", th, fuel, lo)
			}
		}
	}
	_, j, _ := runPy(t, context.Background(), countLoop, vm.Options{StepLimit: lo}, &jit.Config{Threshold: 1})
	if j.Stats().Iterations < 4000 {
		t.Errorf("the loop did not run natively: %+v", j.Stats())
	}
}

const endless = `
def f():
    t = 0
    while True:
        t = t + 1
        if t > 1000000000:
            t = 0
f()
`

// TestDeadlineStopsNativeLoop checks that a context deadline stops an
// endless loop running in native code.
func TestDeadlineStopsNativeLoop(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, j, err := runPy(t, ctx, endless, vm.Options{}, &jit.Config{Threshold: 1})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want the deadline", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("stopped after %v", d)
	}
	if j.Stats().Iterations == 0 {
		t.Errorf("the loop did not run natively")
	}
}

// TestKeyboardInterruptInNativeLoop checks that Ctrl-C raises
// KeyboardInterrupt in a loop running in native code, which the program
// catches with the loop's variables as the interpreter leaves them.
func TestKeyboardInterruptInNativeLoop(t *testing.T) {
	src := `
t = 0
def f():
    global t
    i = 0
    try:
        while True:
            i = i + 1
    except KeyboardInterrupt:
        t = i
try:
    f()
except KeyboardInterrupt:
    print("not caught")
print("interrupted", t > 0)
`
	var out bytes.Buffer
	in := vm.New(vm.Options{Stdout: &out, Stderr: &out})
	specialize.Install(in)
	j := jit.Install(in, jit.Config{Threshold: 1})
	if j == nil {
		t.Skip("no native code on " + runtime.GOARCH)
	}
	defer j.Close()
	go func() {
		time.Sleep(100 * time.Millisecond)
		in.Interrupt()
	}()
	err := in.Run(context.Background(), func(th *vm.Thread) error { return execMain(in, th, src) })
	in.Flush()
	if err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "interrupted True\n" {
		t.Fatalf("got %q", got)
	}
	if j.Stats().Iterations == 0 {
		t.Errorf("the loop did not run natively")
	}
}

// TestTracesOfDeadCodeRetire checks that the traces of code objects the
// program dropped leave the table.
func TestTracesOfDeadCodeRetire(t *testing.T) {
	src := `
src = """
def f(n):
    t = 0
    for i in range(n):
        t += i
    return t
"""
for k in range(20):
    ns = {}
    exec(src, ns)
    assert ns["f"](100) == 4950
    del ns
`
	_, j, err := runPy(t, context.Background(), src, vm.Options{}, &jit.Config{Threshold: 1})
	if err != nil {
		t.Fatal(err)
	}
	if j.Stats().Traces != 20 {
		t.Fatalf("%d traces compiled, want 20", j.Stats().Traces)
	}
	var sb strings.Builder
	j.WriteStats(&sb)
	if !strings.Contains(sb.String(), "20 traces compiled") {
		t.Errorf("stats: %s", sb.String())
	}
}
