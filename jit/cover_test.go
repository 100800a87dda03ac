package jit_test

import (
	"context"
	"testing"

	"github.com/pyjit/pyjit/jit"
	"github.com/pyjit/pyjit/vm"
)

// TestCoverage checks that loops over enumerate and zip, int floor
// division, remainder and bitwise operators, ints compared with floats,
// instances held in globals, classmethods, staticmethods, class
// attributes, list.append and binary operators on instances run natively, and which exit each of their
// guards takes.
func TestCoverage(t *testing.T) {
	for _, c := range []struct {
		name, src, want string
		exits           map[string]uint64 // exact counts
		noAborts        []string          // reasons that must not occur
	}{
		{"enumerate", `
def f(u):
    s = 0
    for j, x in enumerate(u, 5):
        s += j * x
    return s
print(f(list(range(1000))))
`, "335331000\n", map[string]uint64{"loop end": 1, "item type": 0}, []string{"iterator of type enumerate"}},
		{"enumerate break leaves the count", `
def f(u):
    e = enumerate(u)
    for j, x in e:
        if x == 500:
            break
    return next(e)
print(f(list(range(1000))))
`, "(501, 501)\n", map[string]uint64{"branch": 1, "loop end": 0}, nil},
		{"zip", `
def f(u, v):
    s = 0.0
    for x, y in zip(u, v):
        s += x * y
    return s
print(f([0.5] * 1000, tuple(range(900))))
`, "202275.0\n", map[string]uint64{"loop end": 1}, []string{"iterator of type zip"}},
		{"zip leaves the longer iterator advanced", `
def f(u, v):
    a, b = iter(u), iter(v)
    for x, y in zip(a, b):
        pass
    return next(a), next(b, None)
print(f(list(range(100)), list(range(50))))
`, "(51, None)\n", map[string]uint64{"loop end": 1}, nil},
		{"zip item of another type", `
def f(u, v):
    s = 0
    for x, y in zip(u, v):
        s += x * y
    return s
print(f([1] * 100 + [1.5] + [1] * 10, list(range(200))))
`, "6155.0\n", map[string]uint64{"item type": 1}, nil},
		{"floor division and remainder", `
def f(n, d):
    t = 0
    for i in range(-n, n):
        t += i // d - i % d
    return t
print(f(1000, 7), f(1000, -7))
`, "-7000 5290\n", map[string]uint64{"division by zero": 0, "int overflow": 0}, []string{"operator 2", "operator 6"}},
		{"division by zero midway", `
def f(xs):
    t = 0
    for x in xs:
        t += 100 // x
    return t
try:
    f(list(range(50, -1, -1)))
except ZeroDivisionError as e:
    print(e)
`, "integer division or modulo by zero\n", map[string]uint64{"division by zero": 1}, nil},
		{"quotient needing a big int", `
def f(xs):
    t = 0
    for x in xs:
        t = x // -1
    return t
print(f([5] * 50 + [-2**63]))
`, "9223372036854775808\n", map[string]uint64{"int overflow": 1}, nil},
		{"bitwise operators", `
def f(n):
    h = 0
    for i in range(n):
        h = (h ^ (i * 2654435761)) & 0xFFFFFFFF | (i & 1)
    return h
print(f(1000))
`, "1899667329\n", map[string]uint64{"loop end": 1}, []string{"operator 1", "operator 7", "operator 12"}},
		{"int compared with float", `
def f(xs, g):
    c = 0
    for x in xs:
        if x < g:
            c += 1
    return c
print(f(list(range(100)) + [2**53 + 1], 50.5))
`, "51\n", map[string]uint64{"int compared with float": 1}, []string{"int compared with float"}},
		{"instance in a global", `
class A:
    def __init__(self):
        self.n = 0
class B(A):
    pass
g = A()
def f(k):
    for i in range(k):
        g.n += 1
        if i == 500:
            g.__class__ = B
    return g.n
print(f(1000))
`, "1000\n", map[string]uint64{"global's class": 64}, []string{"global of type A"}},
		{"classmethods and class attributes", `
class S:
    K = 3
    def __init__(self, v):
        self.v = v
    @classmethod
    def stronger(cls, a, b):
        return a.v < b.v + cls.K
    @staticmethod
    def plus(a, b):
        return a + b
S.ZERO = S(0)
def f(xs):
    n = 0
    for x in xs:
        if S.stronger(x, S.ZERO):
            n = S.plus(n, 1)
    return n
print(f([S(i % 7) for i in range(1000)]))
`, "429\n", map[string]uint64{"loop end": 2, "class attribute's class": 0}, // the comprehension's loop and f's
			[]string{"method of a class not a plain function", "attribute of a class not a plain function or value"}},
		{"class attribute's class assigned midway", `
class S:
    pass
class T:
    pass
S.ONE = S()
S.ONE.v = 1
def f(n):
    t = 0
    for i in range(n):
        t += S.ONE.v
        if i == 100:
            S.ONE.__class__ = T
    return t
print(f(1000))
`, "1000\n", map[string]uint64{"class attribute's class": 64}, nil},
		{"list append", `
def f(n):
    out = []
    for i in range(n):
        out.append(i * 0.5)
    return len(out), out[-1]
print(f(1000))
`, "(1000, 499.5)\n", map[string]uint64{"loop end": 1}, []string{"method of kind 4"}},
		{"append to the list walked", `
def f(xs):
    for x in xs:
        if x < 100:
            xs.append(x + 100)
    return len(xs), xs[-1]
print(f(list(range(150))))
`, "(250, 199)\n", nil, []string{"method of kind 4"}},
		{"operators on instances", `
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        o.check()
        return V(self.x + o.x)
    def __mul__(self, k):
        return V(self.x * k)
    def check(self):
        if self.x == 7:
            raise ValueError(self.x)
def f(vs):
    acc = V(0)
    try:
        for v in vs:
            acc = acc + v
    except ValueError as e:
        return acc.x, e.args
    return acc.x
print(f([V(i % 5) for i in range(500)]), f([V(1)] * 100 + [V(7)]))
`, "1000 (100, (7,))\n", map[string]uint64{"operator": 1}, []string{"operator on a value not an int or float"}},
		{"operator method with a side effect", `
class C:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        self.v += 1
        return C(self.v + o.v)
def f(cs):
    t = 0
    for c in cs:
        t += (c + c).v
    return t
def g(n):
    t = 0
    for i in range(n):
        t += i
    return t
print(f([C(i) for i in range(300)]), g(10))
`, "90300 45\n", nil, []string{"operator on a value not an int or float"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, j, err := runPy(t, context.Background(), c.src, vm.Options{}, &jit.Config{Threshold: 1})
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			st := j.Stats()
			if st.Traces == 0 || st.Iterations == 0 {
				t.Fatalf("traces %d, iterations %d, aborts %v", st.Traces, st.Iterations, st.Aborts)
			}
			checkExitsAndAborts(t, st, c.exits, c.noAborts)
		})
	}
}

// checkExitsAndAborts checks a table case's exact exit counts and the
// abort reasons that must not occur.
func checkExitsAndAborts(t *testing.T, st *jit.Stats, exits map[string]uint64, noAborts []string) {
	t.Helper()
	for reason, n := range exits {
		if st.Exits[reason] != n {
			t.Errorf("%d exits for %q, want %d: %v", st.Exits[reason], reason, n, st.Exits)
		}
	}
	for _, reason := range noAborts {
		if st.Aborts[reason] != 0 {
			t.Errorf("%d aborts for %q: %v", st.Aborts[reason], reason, st.Aborts)
		}
	}
}
