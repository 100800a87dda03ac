package jit_test

import (
	"context"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/jit"
	"github.com/pyjit/pyjit/vm"
)

// outCases are programs whose entry traces call functions without
// inlining them: the output, and whether calls were made from traces.
var outCases = []struct {
	name, src, want string
}{
	{"recursion", `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(18))
`, "2584\n"},
	{"float results", `
def f(n):
    if n < 2:
        return 0.5
    return f(n - 1) + f(n - 2)
print(f(15))
`, "493.5\n"},
	{"result changes kind", `
def f(n):
    if n < 2:
        return leaf(n)
    return f(n - 1) + f(n - 2)
def leaf(n):
    return n
a = f(14)
def leaf(n):
    return 0.25
print(a, f(14))
`, "377 152.5\n"},
	{"too long to inline", `
class C:
    def __init__(self):
        self.n = 0
    def a(self):
        self.b(); self.b(); self.b(); self.b(); self.b(); self.b(); self.b(); self.b()
    def b(self):
        self.c(); self.c(); self.c(); self.c(); self.c(); self.c(); self.c(); self.c()
    def c(self):
        self.d(); self.d(); self.d(); self.d(); self.d(); self.d(); self.d(); self.d()
    def d(self):
        self.e(); self.e(); self.e(); self.e(); self.e(); self.e(); self.e(); self.e()
    def e(self):
        self.n += 1
o = C()
for i in range(20):
    o.a()
print(o.n)
`, "81920\n"},
	{"exception inside", `
def f(n, z):
    if n == 0:
        return 1 // z
    return f(n - 1, z) + 1
for i in range(100):
    f(10, 1)
try:
    f(10, 0)
except ZeroDivisionError as e:
    tb, names = e.__traceback__, []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(len(names), names[-1])
`, "12 f\n"},
	{"handlers in the recursion", `
def safe(n):
    if n == 0:
        return 0
    if n == 20:
        raise ValueError(n)
    try:
        return safe(n - 1) + 1
    except ValueError:
        return -1000
print([safe(n) for n in range(21, 40)][-3:])
`, "[-984, -983, -982]\n"},
	{"method of a class changed inside", `
class P:
    def val(self):
        return 1
    def run(self, n):
        if n == 0:
            return 0
        return self.run(n - 1) + self.val() + switch(self, n)
class Q(P):
    def val(self):
        return 100
def switch(o, n):
    if n == 3 and flag[0]:
        o.__class__ = Q
    return 0
flag = [False]
p = P()
for i in range(50):
    p.run(10)
flag[0] = True
print(p.run(10), type(p).__name__)
`, "703 Q\n"},
}

func TestCallsNotInlined(t *testing.T) {
	for _, c := range outCases {
		t.Run(c.name, func(t *testing.T) {
			for _, th := range []int{1, 50} {
				got, j, err := runPy(t, context.Background(), c.src, vm.Options{}, &jit.Config{Threshold: th, CallWork: -1})
				if err != nil {
					t.Fatal(err)
				}
				if got != c.want {
					t.Fatalf("threshold %d: got %q, want %q", th, got, c.want)
				}
				if st := j.Stats(); st.PyCalls == 0 {
					t.Errorf("threshold %d: no calls from traces; aborts %v", th, st.Aborts)
				}
			}
		})
	}
}

// TestDeepRecursionFromTraces checks that calls from traces nested
// deeper than the Go nesting allows leave to the interpreter, so that
// RecursionError comes at the interpreter's depth and Go's stack holds.
func TestDeepRecursionFromTraces(t *testing.T) {
	if testing.Short() {
		t.Skip("deep recursion")
	}
	src := `
import sys
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1
for i in range(100):
    down(30)
sys.setrecursionlimit(10**5)
print(down(90000))
try:
    down(10**5)
except RecursionError as e:
    print(e)
`
	got, j, err := runPy(t, context.Background(), src, vm.Options{}, &jit.Config{Threshold: 1, CallWork: -1})
	if err != nil {
		t.Fatal(err)
	}
	if want := "90000\nmaximum recursion depth exceeded\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if j.Stats().PyCalls < 10000 {
		t.Errorf("%d calls from traces", j.Stats().PyCalls)
	}
}

// TestStepLimitWithCalls checks that a program whose traces call
// functions stops at the interpreter's step limit exactly.
func TestStepLimitWithCalls(t *testing.T) {
	src := strings.TrimSpace(outCases[0].src) + "\n"
	probe := stepLimitProbe{t, src, "2584\n"}
	lo := probe.smallest()
	cfg := &jit.Config{Threshold: 1, CallWork: -1}
	if !probe.passes(lo, cfg) || probe.passes(lo-1, cfg) {
		t.Errorf("the JIT does not stop at the interpreter's limit %d", lo)
	}
}
