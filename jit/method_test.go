package jit_test

import (
	"context"
	"testing"

	"github.com/pyjit/pyjit/jit"
	"github.com/pyjit/pyjit/vm"
)

// methodCases are loops calling methods and closures and reading and
// writing cells: whether they run natively, and the exit or abort each
// must reach.
var methodCases = []struct {
	name, src, want string
	native          bool
	exit, abort     string
}{
	{"method", `
class P:
    def __init__(self, x):
        self.x = x
    def get(self, k):
        return self.x + k
def f(ps):
    t = 0
    for p in ps:
        t += p.get(1)
    return t
print(f([P(i) for i in range(1000)]))
`, "500500\n", true, "loop end", ""},
	{"method of a __slots__ class", `
class P:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
def f(ps):
    t = 0
    for p in ps:
        t += p.get()
    return t
print(f([P(i) for i in range(1000)]))
`, "499500\n", true, "loop end", ""},
	{"instance hides the method", `
class P:
    def get(self):
        return 1
def f(ps):
    t = 0
    for p in ps:
        t += p.get()
    return t
ps = [P() for i in range(1000)]
ps[600].x = 0
ps[700].get = lambda: 5
print(f(ps))
`, "1004\n", true, "method", ""},
	{"instance with a dict", `
class P:
    def get(self):
        return 1
def f(ps):
    t = 0
    for p in ps:
        t += p.get()
    return t
ps = [P() for i in range(1000)]
ps[700].__dict__
print(f(ps))
`, "1000\n", true, "method", ""},
	{"method replaced between calls", `
class P:
    def get(self):
        return 1
def f(ps):
    t = 0
    for p in ps:
        t += p.get()
    return t
ps = [P() for i in range(1000)]
a = f(ps)
P.get = lambda self: 2
print(a, f(ps))
`, "1000 2000\n", true, "loop end", ""},
	{"method of a builtin", `
def f(xs):
    t = 0
    for x in xs:
        t += x.bit_length()
    return t
print(f(list(range(1000))))
`, "8977\n", false, "", "method of kind 1"},
	{"function of a class", `
class C:
    def h(x):
        return x * 2
def f(n):
    t = 0
    for i in range(n):
        t += C.h(i)
    return t
print(f(1000))
`, "999000\n", true, "loop end", ""},
	{"closure", `
def make():
    k = 3
    def g(x):
        return x + k
    return g
g = make()
def f(n):
    t = 0
    for i in range(n):
        t = g(t)
    return t
print(f(1000))
`, "3000\n", true, "loop end", ""},
	{"cells of the loop's frame", `
def f(n):
    k = 0
    t = 0.5
    def peek():
        return k, t
    for i in range(n):
        k += i
        t = t * 0.5 + k
    return peek()
print(f(1000))
`, "(499500, 997004.0)\n", true, "loop end", ""},
	{"cell emptied midway", `
def make():
    k = 1
    def get():
        return k
    def clear():
        nonlocal k
        del k
    return get, clear
get, clear = make()
def f(n):
    t = 0
    for i in range(n):
        if i == 700:
            clear()
            continue
        t += get()
    return t
try:
    f(1000)
except NameError as e:
    print(e)
`, "cannot access free variable 'k' where it is not associated with a value in enclosing scope\n", true, "cell", ""},
	{"cell changes type midway", `
def make():
    k = 1
    def get():
        return k
    def set(v):
        nonlocal k
        k = v
    return get, set
get, set = make()
def f(n):
    t = 0.0
    for i in range(n):
        if i == 700:
            set(0.5)
            continue
        t += get()
    return t
print(f(1000))
`, "849.5\n", true, "cell", ""},
	{"bool attributes", `
class T:
    def __init__(self, i):
        self.a = i % 3 == 0
        self.b = i % 2 == 0
    def busy(self):
        return self.a or not self.b
def f(ts):
    n = 0
    for t in ts:
        if t.busy():
            n += 1
        t.b = True
    return n
ts = [T(0) for i in range(1000)]
a = f(ts)
ts[500].a = 0
print(a, f(ts))
`, "1000 999\n", true, "attribute", ""},
	{"bool local", `
def f(n):
    flag = False
    c = 0
    for i in range(n):
        flag = not flag
        if flag:
            c += 1
    return flag, c
print(f(1000))
`, "(False, 500)\n", true, "branch", ""},
	{"bool arithmetic", `
def f(bs):
    t = 0
    for b in bs:
        t += b
    return t
print(f([True] * 1000))
`, "1000\n", false, "", "bool operand"},
	{"class call", `
class V:
    def __init__(self, x, y=None):
        self.x = x
        self.y = y
def f(n):
    t = 0
    for i in range(n):
        v = V(i)
        if v.y is None:
            t += v.x
    return t
print(f(1000))
`, "499500\n", true, "loop end", ""},
	{"attributes set out of order", `
class V:
    def __init__(self, x, swap):
        if swap:
            self.y = 0
        self.x = x
def f(swaps):
    t = 0
    for s in swaps:
        t += V(1, s).x
    return t
swaps = [False] * 1000
swaps[700] = True
print(f(swaps), sorted(vars(V(1, True))))
`, "1000 ['x', 'y']\n", true, "branch", ""},
	{"class with __new__", `
class V:
    def __new__(cls, x):
        return object.__new__(cls)
    def __init__(self, x):
        self.x = x
def f(n):
    t = 0
    for i in range(n):
        t += V(i).x
    return t
print(f(1000))
`, "499500\n", false, "", "call of a class not inlined"},
	{"comparison kept", `
def inside(x, n):
    return 0 <= x < n
def f(xs):
    t = 0
    for x in xs:
        if inside(x, 100):
            t += 1
    return t
print(f(list(range(-50, 150))))
`, "100\n", true, "comparison", ""},
	{"reference stores into attributes", `
class C:
    def __init__(self):
        self.other = None
def f(cs, o):
    for c in cs:
        c.other = o
    return sum(1 for c in cs if c.other is o)
cs = [C() for i in range(1000)]
a = f(cs, [1])
del cs[600].other
print(a, f(cs, (2,)))
`, "1000 1000\n", true, "attribute store", ""},
	{"isinstance", `
class A:
    pass
class B(A):
    pass
def f(xs):
    t = 0
    for x in xs:
        if isinstance(x, A):
            t += 1
    return t
xs = [B() for i in range(1000)]
print(f(xs))
`, "1000\n", true, "loop end", ""},
}

func TestMethodsAndCells(t *testing.T) {
	for _, c := range methodCases {
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
