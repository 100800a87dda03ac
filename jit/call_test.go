package jit_test

import (
	"context"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/jit"
	"github.com/pyjit/pyjit/vm"
)

// callCases are loops calling Python functions: whether the calls are
// inlined (native iterations), and the exit or abort each must reach.
var callCases = []struct {
	name, src, want string
	native          bool
	exit, abort     string
}{
	{"inlined", `
def add(a, b):
    return a + b
def f(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t
print(f(10000))
`, "49995000\n", true, "loop end", ""},
	{"exit inside the callee", `
def pick(a, b):
    if a < b:
        return a
    return b
def f(n):
    t = 0
    for i in range(n):
        t += pick(i, 5000)
    return t
print(f(10000))
`, "37497500\n", true, "branch", ""},
	{"recursion deeper than the cap", `
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
def f(n):
    t = 0
    for i in range(n):
        t += depth(20)
    return t
print(f(1000))
`, "20000\n", false, "", "calls nested too deep to inline"},
	{"too many calls in one iteration", `
def leaf(x):
    return x + 1
def mid(x):
    x = leaf(x); x = leaf(x); x = leaf(x); x = leaf(x); x = leaf(x)
    x = leaf(x); x = leaf(x); x = leaf(x); x = leaf(x); x = leaf(x)
    return x
def top(x):
    x = mid(x); x = mid(x); x = mid(x); x = mid(x); x = mid(x)
    x = mid(x); x = mid(x); x = mid(x); x = mid(x); x = mid(x)
    return x
def top3(x):
    return top(top(top(x)))
def f(n):
    t = 0
    for i in range(n):
        t = top3(t) - 299
    return t
print(f(1000))
`, "1000\n", false, "", "body too long"},
	{"callee with cells of its own", `
def g(x):
    def k():
        return x
    return x + 1
def f(n):
    t = 0
    for i in range(n):
        t = g(t)
    return t
print(f(1000))
`, "1000\n", false, "", "call of a function not inlined"},
	{"keyword argument", `
def add(a, b):
    return a + b
def f(n):
    t = 0
    for i in range(n):
        t = add(t, b=i)
    return t
print(f(1000))
`, "499500\n", false, "", "opcode KW_NAMES"},
}

func TestInlinedCalls(t *testing.T) {
	for _, c := range callCases {
		t.Run(c.name, func(t *testing.T) {
			for _, th := range []int{1, 50} {
				got, j, err := runPy(t, context.Background(), c.src, vm.Options{}, &jit.Config{Threshold: th})
				if err != nil {
					t.Fatal(err)
				}
				if got != c.want {
					t.Fatalf("threshold %d: got %q, want %q", th, got, c.want)
				}
				st := j.Stats()
				if ran := st.Iterations > 0; ran != c.native {
					t.Errorf("threshold %d: native iterations %d; aborts %v", th, st.Iterations, st.Aborts)
				}
				if c.exit != "" && st.Exits[c.exit] == 0 {
					t.Errorf("threshold %d: no exit %q: %v", th, c.exit, st.Exits)
				}
				if c.abort != "" && st.Aborts[c.abort] == 0 {
					t.Errorf("threshold %d: no abort %q: %v", th, c.abort, st.Aborts)
				}
			}
		})
	}
}

const callLoop = `
def inc(x):
    return x + 1
def f(n):
    t = 0
    for i in range(n):
        t = inc(t)
    return t
print(f(5000))
`

// TestStepLimitWithInlinedCalls checks that a loop whose calls a trace
// inlines stops at the interpreter's step limit exactly (calls count
// steps too: such traces are not entered under a limit).
func TestStepLimitWithInlinedCalls(t *testing.T) {
	probe := stepLimitProbe{t, callLoop, "5000\n"}
	passes := probe.passes
	lo := probe.smallest()
	if lo < 10000 {
		t.Fatalf("the loop passes a limit of %d steps: calls count no steps", lo)
	}
	cfg := &jit.Config{Threshold: 1}
	if !passes(lo, cfg) || passes(lo-1, cfg) {
		t.Errorf("the JIT does not stop at the interpreter's limit %d", lo)
	}
	// Without a limit the same loop runs natively.
	got, j, err := runPy(t, context.Background(), callLoop, vm.Options{}, cfg)
	if err != nil || strings.TrimSpace(got) != "5000" || j.Stats().Iterations < 4000 {
		t.Errorf("got %q, %v; %+v", got, err, j.Stats())
	}
}
