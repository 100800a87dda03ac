package vm

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestNestingLimitStopsGoRecursion runs scripts that recurse on the Go
// stack rather than in the interpreter loop, with the recursion limit
// raised as far as a script can. Each must end in RecursionError, caught
// by the script, instead of exhausting Go's stack; afterwards the thread's
// counters are back to zero and the interpreter runs the next script.
func TestNestingLimitStopsGoRecursion(t *testing.T) {
	if raceEnabled {
		t.Skip("deep Go stacks are slow under the race detector")
	}
	const prelude = "import sys\nsys.setrecursionlimit(10**5)\n"
	for _, tc := range []struct{ name, src string }{
		{"__repr__ calls repr", "class A:\n    def __repr__(self):\n        return repr(A())\nrepr(A())\n"},
		{"__getattr__ calls getattr", "class A:\n    def __getattr__(self, n):\n        return getattr(self, n + 'x')\nA().y\n"},
		{"__eq__ compares", "class A:\n    def __eq__(self, o):\n        return A() == A()\nA() == A()\n"},
		{"__hash__ hashes", "class A:\n    def __hash__(self):\n        return hash(A())\nhash(A())\n"},
		{"__iter__ via list()", "class A:\n    def __iter__(self):\n        return iter(list(A()))\nlist(A())\n"},
		{"__len__ via len()", "class A:\n    def __len__(self):\n        return len(A())\nlen(A())\n"},
		{"__index__ via index", "class A:\n    def __index__(self):\n        return [1][A()]\n[1][A()]\n"},
		{"__bool__ via not", "class A:\n    def __bool__(self):\n        return not A()\nnot A()\n"},
		{"__call__ calls", "class A:\n    def __call__(self):\n        return A()()\nA()()\n"},
		{"__init__ constructs", "class A:\n    def __init__(self):\n        A()\nA()\n"},
		{"sorted key", "def k(x):\n    return sorted([1, 2], key=k)\nsorted([1, 2], key=k)\n"},
		{"map chain", "m = iter([1])\nfor i in range(10**5):\n    m = map(abs, m)\nnext(m)\n"},
		{"zip chain", "m = iter([1])\nfor i in range(10**5):\n    m = zip(m)\nnext(m)\n"},
		{"filter chain", "m = iter([1])\nfor i in range(10**5):\n    m = filter(None, m)\nnext(m)\n"},
		{"enumerate chain", "m = iter([1])\nfor i in range(10**5):\n    m = enumerate(m)\nnext(m)\n"},
		{"nested lists repr", "l = []\nfor i in range(10**5):\n    l = [l]\nrepr(l)\n"},
		{"nested lists compare", "a, b = [], []\nfor i in range(10**5):\n    a, b = [a], [b]\na == b\n"},
		{"nested tuples hash", "t = ()\nfor i in range(10**5):\n    t = (t,)\nhash(t)\n"},
		{"nested dicts repr", "d = {}\nfor i in range(10**5):\n    d = {1: d}\nrepr(d)\n"},
		{"nested isinstance tuples", "t = int\nfor i in range(10**5):\n    t = (t,)\nisinstance('', t)\n"},
		{"generator yield from", "def g(n):\n    if n:\n        yield from g(n - 1)\n    yield 1\nnext(g(10**5))\n"},
		{"generator via next", "def g():\n    yield next(g())\nnext(g())\n"},
		{"property getter", "class A:\n    @property\n    def p(self):\n        return A().p\nA().p\n"},
		{"__str__ via str", "class A:\n    def __str__(self):\n        return str(A())\nstr(A())\n"},
		{"__format__ via format", "class A:\n    def __format__(self, s):\n        return format(A(), s)\nformat(A(), '')\n"},
		{"__contains__ via in", "class A:\n    def __contains__(self, x):\n        return x in A()\n1 in A()\n"},
		{"__getitem__ via subscript", "class A:\n    def __getitem__(self, i):\n        return A()[i]\nA()[0]\n"},
		{"__add__ via +", "class A:\n    def __add__(self, o):\n        return A() + o\nA() + 1\n"},
		{"__neg__ via -", "class A:\n    def __neg__(self):\n        return -A()\n-A()\n"},
		{"__lt__ via sort", "class A:\n    def __lt__(self, o):\n        return sorted([A(), A()])\nsorted([A(), A()])\n"},
		{"exec", "s = 'exec(s)'\nexec(s)\n"},
		{"eval", "s = 'eval(s)'\neval(s)\n"},
		{"class body", "def f():\n    class C:\n        f()\nf()\n"},
		{"metaclass __call__", "class M(type):\n    def __call__(cls):\n        return C()\nclass C(metaclass=M):\n    pass\nC()\n"},
		{"__instancecheck__", "class M(type):\n    def __instancecheck__(cls, x):\n        return isinstance(x, C)\nclass C(metaclass=M):\n    pass\nisinstance(1, C)\n"},
		{"list subclass __getitem__", "class L(list):\n    def __getitem__(self, i):\n        return L([1])[i]\nL([1])[0]\n"},
	} {
		for _, tier := range tiers {
			t.Run(tc.name+"/"+tier.name, func(t *testing.T) {
				var out bytes.Buffer
				// A lower bound than the default keeps the test quick; the
				// default's own safety is TestDefaultNestingLimitFitsGoStack's.
				in := New(Options{Stdout: &out, Stderr: &out, NestingLimit: 3000})
				in.SetSpecializer(tier.spec)
				src := prelude + "try:\n" + indent(tc.src) + "except RecursionError:\n    print('RecursionError')\n"
				if err := runLimited(t, in, &out, context.Background(), src); err != nil {
					t.Fatalf("run: %v", err)
				}
				if got := strings.TrimSpace(out.String()); got != "RecursionError" {
					t.Fatalf("got %q, want RecursionError", got)
				}
				th := in.Thread()
				if th.frame != nil || th.depth != 0 || th.goDepth != 0 {
					t.Errorf("thread left with frame %p, depth %d, Go depth %d", th.frame, th.depth, th.goDepth)
				}
				err := runLimited(t, in, &out, context.Background(), "print(sum(i * i for i in range(100)))\n")
				if err != nil || strings.TrimSpace(out.String()) != "328350" {
					t.Fatalf("next run: %v, output %q", err, out.String())
				}
			})
		}
	}
}

// TestDefaultNestingLimitFitsGoStack recurses to the default nesting limit
// through the paths that take the most Go stack per level, where a script
// cannot lower the limit.
func TestDefaultNestingLimitFitsGoStack(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("deep Go stacks are slow under the race detector")
	}
	for _, src := range []string{
		"class A:\n    def __repr__(self):\n        return repr(A())\nrepr(A())\n",
		"class A:\n    def __getattr__(self, n):\n        return getattr(self, n + 'x')\nA().y\n",
		"l = []\nfor i in range(10**5):\n    l = [l]\nrepr(l)\n",
	} {
		var out bytes.Buffer
		in := New(Options{Stdout: &out, Stderr: &out, RecursionLimit: 1 << 30})
		src = "try:\n" + indent(src) + "except RecursionError:\n    print('RecursionError')\n"
		if err := runLimited(t, in, &out, context.Background(), src); err != nil {
			t.Fatalf("run: %v", err)
		}
		if got := strings.TrimSpace(out.String()); got != "RecursionError" {
			t.Fatalf("got %q, want RecursionError", got)
		}
	}
}

func indent(src string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(src, "\n") {
		if line != "" {
			b.WriteString("    " + line)
		}
	}
	return b.String()
}
