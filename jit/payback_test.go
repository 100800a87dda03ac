package jit_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/pyjit/pyjit/jit"
	"github.com/pyjit/pyjit/specialize"
	"github.com/pyjit/pyjit/vm"
)

// paybackCases are programs where a trace would cost more than it saves:
// each must print CPython's output and end with the loop or function left
// to the interpreter for the reason given (an abort counted in the
// stats), or, with no reason, run natively without refused entries.
var paybackCases = []struct {
	name, src, want string
	abort           string
}{
	{"entry refused for half the calls", `
class A:
    def __init__(self): self.v = 1; self.w = 3
class B:
    def __init__(self): self.w = 4; self.v = 2
def leaf(x):
    return x + 1
def get(o):
    s = leaf(o.v) + leaf(o.w)
    s = s * 2 + leaf(s) - leaf(o.v * o.w)
    return s
a, b = A(), B()
t = 0
for i in range(3000):
    t += get(a if i % 2 else b)
print(t)
`, "46500\n", "function entry: refused too often"},
	{"loop recompiled after each change of a local's kind", `
def s(n, x):
    t = x
    for i in range(n):
        t = t + i
    return t
r = 0
for run in range(12):
    x = 0 if run % 2 else 0.5
    for k in range(80):
        r += s(20, x)
print(r)
`, "182640.0\n", "recompiled too often"},
	{"method too short to pay", `
class T:
    def __init__(self): self.a = 1; self.b = 0; self.c = 2.5
    def ready(self):
        return self.a != 0 and self.b == 0 and self.c > 1.0
t = T()
n = 0
for i in range(3000):
    if t.ready():
        n += 1
print(n)
`, "3000\n", "function entry: too short to pay"},
	{"module attribute read by an inlined function", `
import math
def g(x):
    a = b = c = 0
    return math.sqrt(x) + math.pi
def f(n):
    t = 0.0
    for i in range(n):
        t += g(i)
    return t
print(round(f(1000), 6))
print(round(f(1000), 6))
`, "24207.425764\n24207.425764\n", ""},
}

func TestTracesThatDoNotPay(t *testing.T) {
	for _, c := range paybackCases {
		t.Run(c.name, func(t *testing.T) {
			got, j, err := runPy(t, context.Background(), c.src, vm.Options{}, &jit.Config{Threshold: 1})
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			st := j.Stats()
			if c.abort == "" {
				if st.Iterations == 0 || st.EntryMisses != 0 {
					t.Errorf("%d native iterations, %d entries refused; aborts %v", st.Iterations, st.EntryMisses, st.Aborts)
				}
				return
			}
			if st.Aborts[c.abort] == 0 {
				t.Errorf("no abort %q: %v", c.abort, st.Aborts)
			}
			if st.Blacklisted == 0 {
				t.Errorf("nothing blacklisted: %v", st.Aborts)
			}
		})
	}
}

// loopRefuser is a tier-2 hook that gives up on every loop at its first
// back edge, counting the back edges it is called for.
type loopRefuser struct{ backEdges int }

func (h *loopRefuser) BackEdge(th *vm.Thread, f *vm.Frame) (bool, error) {
	h.backEdges++
	f.Code().SetNoLoop(f.PC())
	return false, nil
}

func (h *loopRefuser) FuncEntry(th *vm.Thread, f *vm.Frame) (bool, error) { return false, nil }

// TestNoLoopStopsBackEdgeCalls checks that the interpreter stops calling
// the hook for a loop it gave up on, on every kind of back edge (plain,
// after a discarded call result, after a call statement's return), and
// still calls it for the loops it has not given up on.
func TestNoLoopStopsBackEdgeCalls(t *testing.T) {
	src := `
def leaf(x):
    return x
def f(n):
    t = 0
    for i in range(n):
        t += i
    for i in range(n):
        leaf(i)
    i = 0
    while i < n:
        i += 1
        len("ab")
    return t
print(f(1000), f(1000))
`
	h := &loopRefuser{}
	var out bytes.Buffer
	in := vm.New(vm.Options{Stdout: &out, Stderr: &out})
	specialize.Install(in)
	in.SetJIT(h)
	err := in.Run(context.Background(), func(th *vm.Thread) error { return execMain(in, th, src) })
	in.Flush()
	if got := out.String(); err != nil || got != "499500 499500\n" {
		t.Fatalf("got %q, %v", got, err)
	}
	if h.backEdges != 3 {
		t.Errorf("hook called for %d back edges, want 3 (one per loop)", h.backEdges)
	}
}
