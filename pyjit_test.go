package pyjit_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"math"
	"math/big"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pyjit/pyjit"
	"github.com/pyjit/pyjit/jit"
)

func TestConversionRoundTrip(t *testing.T) {
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	for _, tc := range []struct {
		in   any
		repr string // Python's repr of the converted value
		out  any    // ToGo of it
	}{
		{nil, "None", nil},
		{true, "True", true},
		{int8(-5), "-5", int64(-5)},
		{uint64(math.MaxUint64), "18446744073709551615", new(big.Int).SetUint64(math.MaxUint64)},
		{huge, "123456789012345678901234567890", huge},
		{float32(0.5), "0.5", 0.5},
		{"héllo", "'héllo'", "héllo"},
		{[]byte{0, 'a'}, "b'\\x00a'", []byte{0, 'a'}},
		{[2]int{1, 2}, "[1, 2]", []any{int64(1), int64(2)}},
		{map[int]string{3: "c", 1: "a", 2: "b"}, "{1: 'a', 2: 'b', 3: 'c'}", map[any]any{int64(1): "a", int64(2): "b", int64(3): "c"}},
		{map[string][]any{"k": {nil, 1.5}}, "{'k': [None, 1.5]}", map[string]any{"k": []any{nil, 1.5}}},
		{&[]string{"p"}, "['p']", []any{"p"}},
	} {
		v, err := pyjit.ToValue(tc.in)
		if err != nil {
			t.Errorf("ToValue(%#v): %v", tc.in, err)
			continue
		}
		var th *pyjit.Thread
		if r, _ := th.Repr(v); r != tc.repr {
			t.Errorf("ToValue(%#v) = %s, want %s", tc.in, r, tc.repr)
		}
		got, err := pyjit.ToGo(v)
		if err != nil || !reflect.DeepEqual(got, tc.out) {
			t.Errorf("ToGo(ToValue(%#v)) = %#v, %v; want %#v", tc.in, got, err, tc.out)
		}
	}
}

func TestToGoRejectsWhatGoCannotHold(t *testing.T) {
	in := pyjit.New(pyjit.Options{})
	for _, expr := range []string{"{(1, 2): 3}", "{2**80: 1}", "object()", "[1, {2}]"} {
		v, err := in.Eval(context.Background(), expr)
		if err != nil {
			t.Fatal(err)
		}
		if x, err := pyjit.ToGo(v); err == nil {
			t.Errorf("ToGo(%s) = %#v, want an error", expr, x)
		}
	}
}

func TestGoPanicBecomesSystemErrorAndInterpreterSurvives(t *testing.T) {
	var stderr bytes.Buffer
	in := pyjit.New(pyjit.Options{Stderr: &stderr})
	in.DefineBuiltin("boom", pyjit.NewNoArgsFunc("boom", func(th *pyjit.Thread) (pyjit.Value, error) {
		var m map[string]int
		m["x"] = 1 // panics
		return pyjit.None, nil
	}))
	err := in.Exec(context.Background(), "<test>", "def f():\n    return boom()\nf()\n")
	var pyErr *pyjit.Error
	if !errors.As(err, &pyErr) || pyErr.TypeName() != "SystemError" {
		t.Fatalf("got %v, want SystemError", err)
	}
	v, err := in.Eval(context.Background(), "1 + 1")
	if err != nil || v.String() != "2" {
		t.Fatalf("after the panic: %v, %v", v, err)
	}
}

func TestGoErrorsKeepTheirIdentity(t *testing.T) {
	var stdout bytes.Buffer
	in := pyjit.New(pyjit.Options{Stdout: &stdout})
	in.DefineBuiltin("read", pyjit.NewOneArgFunc("read", func(th *pyjit.Thread, name pyjit.Value) (pyjit.Value, error) {
		return pyjit.Null, &fs.PathError{Op: "open", Path: name.String(), Err: fs.ErrNotExist}
	}))
	err := in.Exec(context.Background(), "<test>", `
try:
    read("a.txt")
except FileNotFoundError as e:
    print(e.errno, e.filename)
read("b.txt")
`)
	if got := stdout.String(); got != "2 a.txt\n" {
		t.Errorf("Python saw %q, want FileNotFoundError's errno and filename", got)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("got %v, want it to wrap fs.ErrNotExist", err)
	}
	var pyErr *pyjit.Error
	if !errors.As(err, &pyErr) || !strings.HasSuffix(pyErr.Traceback, "FileNotFoundError: [Errno 2] No such file or directory: 'b.txt'\n") {
		t.Fatalf("traceback:\n%v", pyErr)
	}
}

func TestStdinFeedsInputAndSysStdin(t *testing.T) {
	for _, tc := range []struct {
		stdin io.Reader
		want  string
	}{
		{strings.NewReader("Ada\n3\nrest\n"), "Ada 3 ['rest\\n'] EOFError\n"},
		{nil, "EOFError\n"},
	} {
		var out bytes.Buffer
		in := pyjit.New(pyjit.Options{Stdout: &out, Stdin: tc.stdin})
		err := in.Exec(context.Background(), "<test>", `
import sys
try:
    print(input(), int(input()), sys.stdin.readlines(), end=' ')
    input()
except EOFError:
    print('EOFError')
`)
		if err != nil || out.String() != tc.want {
			t.Errorf("stdin %v: got %q, %v; want %q", tc.stdin != nil, out.String(), err, tc.want)
		}
	}
}

// TestConcurrentInterpreters runs interpreters on several goroutines at
// once, as an embedder serving requests would; go test -race checks that
// they share no unsynchronized state.
func TestConcurrentInterpreters(t *testing.T) {
	const src = `
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm2(self):
        return self.x * self.x + self.y * self.y

def run(n):
    d = {}
    total = 0
    for i in range(n):
        p = Point(i, i + 1)
        d[str(i)] = p.norm2()
        total += len(d) + sum(sorted([i, 3, 1]))
    return total, "-".join(k for k in list(d)[:3]), repr(p), f"{i:>4}"

import json, random, collections, dataclasses, functools, itertools
@dataclasses.dataclass
class Item:
    name: str
    qty: int = 1
random.seed(5)
counts = collections.Counter(random.choice("abc") for _ in range(200))
items = [Item(k, v) for k, v in sorted(counts.items())]
text = json.dumps([dataclasses.asdict(i) for i in items])
try:
    {}["missing"]
except KeyError as e:
    caught = repr(e)
gen = (x * x for x in itertools.islice(itertools.count(), 10))
summary = (len(json.loads(text)), caught, sum(gen), functools.reduce(lambda a, b: a + b, range(10)))
`
	var wg sync.WaitGroup
	results := make([]string, 4)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			in := pyjit.New(pyjit.Options{NoSpecialize: g%2 == 1})
			if err := in.Exec(context.Background(), "<worker>", src); err != nil {
				results[g] = err.Error()
				return
			}
			v, err := in.Eval(context.Background(), "(run(2000)[:2], summary)")
			if err != nil {
				results[g] = err.Error()
				return
			}
			results[g] = v.String()
		}()
	}
	wg.Wait()
	for g, r := range results {
		if r != "((4008000, '0-1-2'), (3, \"KeyError('missing')\", 285, 45))" {
			t.Errorf("interpreter %d: %s", g, r)
		}
	}
}

// TestStepLimitStopsCompile checks that the step limit stops the
// compilation of a huge source, not only its execution.
func TestStepLimitStopsCompile(t *testing.T) {
	in := pyjit.New(pyjit.Options{StepLimit: 5})
	src := "x = [" + strings.Repeat("a, ", 500000) + "]\n"
	err := in.Exec(context.Background(), "big.py", src)
	if !errors.Is(err, pyjit.ErrStepLimit) {
		t.Fatalf("got %v, want the step limit", err)
	}
}

func TestCloseRunsAtexitAndFinalizers(t *testing.T) {
	var out bytes.Buffer
	in := pyjit.New(pyjit.Options{Stdout: &out, Stderr: &out})
	src := `import atexit
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("released", self.name)
def gen():
    try:
        yield 1
    finally:
        print("generator closed")
kept = Resource("kept")
g = gen()
next(g)
atexit.register(print, "atexit ran")
`
	ctx := context.Background()
	if err := in.Exec(ctx, "close.py", src); err != nil {
		t.Fatal(err)
	}
	if err := in.Close(ctx); err != nil {
		t.Fatal(err)
	}
	want := "atexit ran\nreleased kept\ngenerator closed\n"
	if out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
}

func TestCloseStopsAtTheStepLimit(t *testing.T) {
	in := pyjit.New(pyjit.Options{StepLimit: 100000})
	src := `class Forever:
    def __del__(self):
        while True:
            pass
x = Forever()
`
	ctx := context.Background()
	if err := in.Exec(ctx, "forever.py", src); err != nil {
		t.Fatal(err)
	}
	if err := in.Close(ctx); !errors.Is(err, pyjit.ErrStepLimit) {
		t.Fatalf("Close returned %v, want the step limit", err)
	}
}

// TestJITLoopsUnderLimits runs loops as native code under a step limit
// and a context deadline: both stop them, and a loop within the limits
// gives the interpreter's result.
func TestJITLoopsUnderLimits(t *testing.T) {
	if !jit.Supported() {
		t.Skip("no native code on " + runtime.GOARCH)
	}
	src := `
def spin():
    while True:
        pass
def total(n):
    t = 0
    for i in range(n):
        t += i * i
    return t
`
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{StepLimit: 1_000_000, JIT: true, JITThreshold: 1})
	defer in.Close(ctx)
	if err := in.Exec(ctx, "loops.py", src); err != nil {
		t.Fatal(err)
	}
	v, err := in.Eval(ctx, "total(100000)")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := pyjit.ToGo(v); got != int64(333328333350000) {
		t.Fatalf("total(100000) = %v", got)
	}
	if _, err := in.Eval(ctx, "total(2_000_000)"); !errors.Is(err, pyjit.ErrStepLimit) {
		t.Fatalf("got %v, want the step limit", err)
	}
	if _, err := in.Eval(ctx, "spin()"); !errors.Is(err, pyjit.ErrStepLimit) {
		t.Fatalf("got %v, want the step limit", err)
	}

	in2 := pyjit.New(pyjit.Options{JIT: true, JITThreshold: 1})
	defer in2.Close(ctx)
	if err := in2.Exec(ctx, "loops.py", src); err != nil {
		t.Fatal(err)
	}
	dctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := in2.Eval(dctx, "spin()"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want the deadline", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("stopped after %v", d)
	}
	if j, ok := in2.VM().JIT().(*jit.JIT); !ok || j.Stats().Iterations == 0 {
		t.Errorf("the loop did not run natively")
	}
}

func TestStandardLibraryIsLentReadOnly(t *testing.T) {
	lib, dir, ok := pyjit.StandardLibrary()
	if !ok {
		t.Skip("no CPython 3.11 standard library on this machine")
	}
	src := `
import colorsys, sys
r = (colorsys.rgb_to_hsv(0.2, 0.4, 0.4), sys.path[-1], colorsys.__file__)
try:
    open(colorsys.__file__)
except PermissionError:
    r += ("no file access",)
`
	in := pyjit.New(pyjit.Options{Stdlib: lib, StdlibDir: dir})
	if err := in.Exec(context.Background(), "<lent>", src); err != nil {
		t.Fatal(err)
	}
	v, err := in.Eval(context.Background(), "r")
	if err != nil {
		t.Fatal(err)
	}
	want := "((0.5, 0.5, 0.4), '" + dir + "', '" + dir + "/colorsys.py', 'no file access')"
	if v.String() != want {
		t.Errorf("got %s, want %s", v, want)
	}

	// By default an interpreter has the machine's library.
	def := pyjit.New(pyjit.Options{})
	if err := def.Exec(context.Background(), "<default>", "import colorsys"); err != nil {
		t.Errorf("import colorsys with the default library: %v", err)
	}

	// Without the library only pyjit's own modules are importable.
	bare := pyjit.New(pyjit.Options{NoStdlib: true})
	err = bare.Exec(context.Background(), "<bare>", "import colorsys")
	if err == nil || !strings.Contains(err.Error(), "No module named 'colorsys'") {
		t.Errorf("import colorsys without a library: %v", err)
	}
}
