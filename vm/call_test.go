package vm

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/vm/compile"
)

// runSource runs a program and returns its stdout.
func runSource(t testing.TB, src string) string {
	t.Helper()
	var out, errb bytes.Buffer
	in := New(Options{Stdout: &out, Stderr: &errb})
	if err := in.RunMain("<test>", []byte(src)); err != nil {
		t.Fatalf("program failed: %v\n%s", err, errb.String())
	}
	in.Flush()
	return out.String()
}

// testPolicy is a tier-1 policy for tests: specialize on the second
// execution, back off exponentially.
type testPolicy struct{}

func (testPolicy) Warmup() uint16         { return 1 }
func (testPolicy) Backoff(n uint8) uint16 { return 1<<min(n, 12) - 1 }

// tiers are the interpreter configurations tests and benchmarks cover.
var tiers = []struct {
	name string
	spec Specializer
}{{"generic", nil}, {"adaptive", testPolicy{}}}

// loopFunc compiles `src` (which must define run(n)) and returns a
// function that runs run(n) once.
func loopFunc(tb testing.TB, src string, spec Specializer) (func(n int), *Function) {
	var out bytes.Buffer
	in := New(Options{Stdout: &out, Stderr: &out})
	in.SetSpecializer(spec)
	defineGoFuncs(in)
	co, err := in.Compile("<bench>", []byte(src), compile.ExecMode)
	if err != nil {
		tb.Fatal(err)
	}
	m := in.NewModule("__main__")
	th := in.Thread()
	if _, err := th.ExecCode(co, m.Dict, m.Dict); err != nil {
		tb.Fatal(err)
	}
	run, ok := m.Dict.GetStr("run")
	if !ok {
		tb.Fatal("no run function")
	}
	arg := []Value{Null}
	return func(n int) {
		arg[0] = Int(int64(n))
		if _, err := th.Call(run, arg, nil); err != nil {
			tb.Fatal(err)
		}
	}, run.o.(*Function)
}

// defineGoFuncs gives programs under test Go functions of each calling
// convention.
func defineGoFuncs(in *Interpreter) {
	in.DefineBuiltin("go_none", NewNoArgsFunc("go_none", func(th *Thread) (Value, error) { return None, nil }))
	in.DefineBuiltin("go_same", NewOneArgFunc("go_same", func(th *Thread, x Value) (Value, error) { return x, nil }))
	in.DefineBuiltin("go_first", NewFastFunc("go_first", func(th *Thread, args []Value) (Value, error) { return args[0], nil }))
	in.DefineBuiltin("go_last", NewFastKwFunc("go_last", func(th *Thread, args []Value, kw []string) (Value, error) {
		return args[len(args)-1], nil
	}))
}

// benchCalls reports time and allocations per call made by run(n), on
// the generic interpreter and with tier 1.
func benchCalls(b *testing.B, src string) {
	for _, tier := range tiers {
		b.Run(tier.name, func(b *testing.B) {
			run, _ := loopFunc(b, src, tier.spec)
			run(1000) // warm up frames and caches
			b.ReportAllocs()
			b.ResetTimer()
			run(b.N)
		})
	}
}

func BenchmarkCallSimple(b *testing.B) {
	benchCalls(b, `
def f(a, b):
    return a + b
def run(n):
    for i in range(n):
        f(i, 1)
`)
}

func BenchmarkCallMethod(b *testing.B) {
	benchCalls(b, `
class C:
    def m(self, x):
        return x
def run(n):
    obj = C()
    for i in range(n):
        obj.m(i)
`)
}

func BenchmarkCallBuiltin(b *testing.B) {
	benchCalls(b, `
def run(n):
    xs = [1, 2, 3]
    for i in range(n):
        len(xs)
`)
}

func BenchmarkCallKeywords(b *testing.B) {
	benchCalls(b, `
def f(a, b=2, *, c=3):
    return a
def run(n):
    for i in range(n):
        f(i, c=4)
`)
}

func BenchmarkFib(b *testing.B) {
	benchCalls(b, `
def fib(k):
    return k if k < 2 else fib(k - 1) + fib(k - 2)
def run(n):
    for i in range(n):
        fib(10)
`)
}

// TestZeroAllocCalls checks the vectorcall convention: calls of plain
// functions and methods on small ints allocate nothing, on the generic
// interpreter and in each specialized form (form names the instruction the
// call site of run must have become with tier 1).
func TestZeroAllocCalls(t *testing.T) {
	cases := []struct{ name, form, src string }{
		{"function", "CALL_PY_EXACT_ARGS", `
def f(a, b):
    return a + b
def run(n):
    for i in range(n):
        f(i, 1)
`},
		{"method", "CALL_PY_EXACT_ARGS", `
class C:
    def m(self, x):
        return x
def run(n):
    obj = C()
    for i in range(n):
        obj.m(i)
`},
		{"bound method object", "CALL_BOUND_METHOD_EXACT_ARGS", `
class C:
    def m(self, x):
        return x
def run(n):
    m = C().m
    for i in range(n):
        m(i)
`},
		{"defaults", "CALL_PY_WITH_DEFAULTS", `
def f(a, b=2):
    return a
def run(n):
    for i in range(n):
        f(i)
`},
		{"keywords", "CALL_PY_KW", `
def f(a, b, c=3, *, d=4):
    return a
def run(n):
    for i in range(n):
        f(i, c=1, b=2)
`},
		{"builtin one arg", "CALL_BUILTIN_O", `
def run(n):
    for i in range(n):
        abs(i)
`},
		{"builtin fast", "CALL_BUILTIN_FAST", `
def run(n):
    for i in range(n):
        min(i, 5)
`},
		{"len and isinstance", "CALL_ISINSTANCE", `
def run(n):
    xs = [1, 2, 3]
    for i in range(n):
        len(xs)
        isinstance(xs, list)
`},
		{"Go function of no arguments", "CALL_BUILTIN_FAST", `
def run(n):
    for i in range(n):
        go_none()
`},
		{"Go function of one argument", "CALL_BUILTIN_O", `
def run(n):
    for i in range(n):
        go_same(i)
`},
		{"Go function of positional arguments", "CALL_BUILTIN_FAST", `
def run(n):
    for i in range(n):
        go_first(i, 2)
`},
		{"Go function of keyword arguments", "CALL_BUILTIN_FAST_WITH_KEYWORDS", `
def run(n):
    for i in range(n):
        go_last(i, key=2)
`},
		{"callable instance", "CALL_CALLABLE_INSTANCE", `
class K:
    def __call__(self, x):
        return x
def run(n):
    k = K()
    for i in range(n):
        k(i)
`},
	}
	for _, c := range cases {
		for _, tier := range tiers {
			t.Run(c.name+"/"+tier.name, func(t *testing.T) {
				run, fn := loopFunc(t, c.src, tier.spec)
				run(10000) // warm up
				allocs := testing.AllocsPerRun(5, func() { run(10000) })
				// run's own set-up (its iterator, an instance, a bound
				// method) allocates a few objects; 10,000 calls must not.
				if allocs > 10 {
					t.Errorf("%.0f allocations for 10000 calls, want ~0 per call", allocs)
				}
				if tier.spec == nil {
					return
				}
				for _, in := range fn.code.Instrs {
					if in.Op().String() == c.form {
						return
					}
				}
				t.Errorf("run has no %s instruction after warm-up", c.form)
			})
		}
	}
}

func TestRecursionLimit(t *testing.T) {
	out := runSource(t, `
import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("caught", e)
sys.setrecursionlimit(100000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
`)
	want := "caught maximum recursion depth exceeded\n50000\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestExceptionTraceback(t *testing.T) {
	var out, errb bytes.Buffer
	in := New(Options{Stdout: &out, Stderr: &errb})
	err := in.RunMain("<string>", []byte("def f():\n    return 1/0\nf()\n"))
	if err == nil {
		t.Fatal("expected an exception")
	}
	if got := in.ExitStatus(err); got != 1 {
		t.Errorf("exit status %d, want 1", got)
	}
	for _, want := range []string{"Traceback (most recent call last):", `File "<string>", line 3, in <module>`,
		`File "<string>", line 2, in f`, "ZeroDivisionError: division by zero"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("traceback lacks %q:\n%s", want, errb.String())
		}
	}
}
