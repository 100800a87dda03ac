package main

import (
	"os/exec"
	"reflect"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/tests/internal/child"
)

// testTable stands in for what introspect.py reports.
var testTable = &Table{
	Types: []TypeInfo{
		{Name: "list", Expr: "list", Methods: []Method{{Name: "index", Kind: "method", N: -1}, {Name: "append", Kind: "method", N: 1, Kw: nil}}},
		{Name: "str", Expr: "str", Methods: []Method{{Name: "split", Kind: "method", N: 2, Kw: []string{"sep", "maxsplit"}}, {Name: "__pow__", Kind: "method", N: 1}}},
		{Name: "int", Expr: "int", Methods: []Method{{Name: "__rpow__", Kind: "method", N: 1}, {Name: "__new__", Kind: "static", N: 0}}},
	},
	Builtins: []Method{{Name: "len", Kind: "function", N: 1}, {Name: "pow", Kind: "function", N: 3, Kw: []string{"base", "exp", "mod"}}, {Name: "sorted", Kind: "function", N: 1, Kw: []string{"key", "reverse"}}},
}

func TestGenDeterministic(t *testing.T) {
	a := NewGen(42, testTable).Batch(200)
	b := NewGen(42, testTable).Batch(200)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different cases")
	}
	c := NewGen(43, testTable).Batch(200)
	if reflect.DeepEqual(a, c) {
		t.Fatal("different seeds gave the same cases")
	}
}

func TestGenCoversKinds(t *testing.T) {
	kinds := map[string]int{}
	for _, c := range NewGen(1, testTable).Batch(2000) {
		kinds[c.Kind]++
		e := c.Expr()
		if strings.Contains(e, `"`) || strings.HasSuffix(e, `\`) {
			t.Errorf("case %q cannot be quoted in its line", e)
		}
		if c.ID <= 0 {
			t.Errorf("case %q has no id", e)
		}
	}
	for _, k := range []string{"method", "unbound", "call", "binop", "unop", "subscr", "slice"} {
		if kinds[k] == 0 {
			t.Errorf("no %s cases in 2000", k)
		}
	}
}

// Powers never get huge exponents: CPython would compute for ages.
func TestGenPowersStaySmall(t *testing.T) {
	for _, c := range NewGen(7, testTable).Batch(5000) {
		if strings.Contains(c.Target, "pow") || c.Op == "**" || c.Op == "<<" {
			args := c.Args
			if c.Kind == "binop" {
				args = args[1:]
			}
			for _, a := range append(args, c.Recv) {
				if !exponentSafe(a) {
					t.Errorf("%s: unsafe exponent %s", c.Expr(), a)
				}
			}
		}
	}
}

// Every generated program is valid Python to CPython.
func TestProgramCompiles(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	src := Program(NewGen(3, testTable).Batch(500))
	cmd := exec.Command(py, "-I", "-S", "-c", "import sys; compile(sys.stdin.read(), 'p', 'exec')")
	cmd.Stdin = strings.NewReader(src)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}

func TestHelpersForDependencies(t *testing.T) {
	got := helpersFor("r.index(_EqRaise(), _Plain())")
	boom := strings.Index(got, "class _Boom")
	eq := strings.Index(got, "class _EqRaise")
	if boom < 0 || eq < 0 || boom > eq {
		t.Fatalf("_Boom must come before _EqRaise:\n%s", got)
	}
	if strings.Contains(got, "_Mut") {
		t.Fatalf("unneeded helper included:\n%s", got)
	}
}

func TestReduce(t *testing.T) {
	c := Case{Kind: "method", Name: "index", Recv: "[1, 2]", Args: []string{"'abc'", "_EqRaise()", "10**20"},
		Kws: []Kw{{"bogus", "[1, 2, 3]"}}}
	calls := 0
	red := Reduce(c, 100, func(n Case) bool {
		calls++
		for _, a := range n.Args {
			if a == "_EqRaise()" {
				return true
			}
		}
		return false
	})
	if !reflect.DeepEqual(red.Args, []string{"_EqRaise()"}) || len(red.Kws) != 0 {
		t.Fatalf("reduced to %s", red.Expr())
	}
	if red.Recv != c.Recv {
		t.Fatalf("receiver changed: %s", red.Recv)
	}
	// The budget bounds the attempts.
	calls = 0
	Reduce(c, 3, func(Case) bool { calls++; return false })
	if calls != 3 {
		t.Fatalf("%d attempts with a budget of 3", calls)
	}
}

func TestReduceSimplifiesOperands(t *testing.T) {
	c := Case{Kind: "binop", Op: "in", Args: []string{"'abc'", "range(5)"}}
	red := Reduce(c, 50, func(n Case) bool { return n.Args[1] == "range(5)" })
	if red.Args[0] != "0" {
		t.Fatalf("reduced to %s", red.Expr())
	}
}

const overflowTrace = `runtime: goroutine stack exceeds 1000000000-byte limit
fatal error: stack overflow

runtime stack:
runtime.throw({0x6d654b?, 0xa0600?})

goroutine 1 gp=0x10b501a521e0 m=4 mp=0x10b501b00008 [running]:
github.com/pyjit/pyjit/vm.intern({0x6d53ee, 0xc})
github.com/pyjit/pyjit/vm.(*Type).Lookup(0x10b501afcc40, {0x6d53ee?, 0x0?})
` + cycleFrames + cycleFrames + cycleFrames + cycleFrames + cycleFrames + cycleFrames + cycleFrames + cycleFrames + cycleFrames

const cycleFrames = `github.com/pyjit/pyjit/vm.(*Thread).callDunder(0x10b501b42000, {{0x738680?, 0x10b501a662a0?}, 0x4242a5?}, {0x6d53ee?, 0xc?}, {0x10b521de05f0, 0x1, 0x10b521de05b0?})
	/work/vm/call.go:10 +0x1
github.com/pyjit/pyjit/vm.(*Thread).Contains(0x10b501b42000, {{0x738680?, 0x10b501a662a0?}, 0x42064f?}, {{0x738240?, 0x970be0?}, 0x68a200?})
	/work/vm/ops.go:10 +0x1
github.com/pyjit/pyjit/vm.seqDunders.func3(0x10b501b00008?, {{0x738680?, 0x10b501a662a0?}, 0x480da5?}, {0x10b5033da018?, 0x6c25e0?, 0x481318?}, {0x0, 0x0, 0x0})
	/work/vm/seq.go:10 +0x1
`

func TestCrashSignature(t *testing.T) {
	for _, tc := range []struct {
		run  Run
		want string
	}{
		{Run{Result: child.Result{Exit: 2, Stderr: overflowTrace}}, "Go stack overflow via vm.(*Thread).Contains, vm.(*Thread).callDunder, vm.seqDunders.func3"},
		{Run{Result: child.Result{Exit: 1, Stderr: "SystemError: pyjit internal error: runtime error: index out of range [0] with length 0\n"}},
			"internal error: runtime error: index out of range [N] with length N in list.index"},
		{Run{Result: child.Result{TimedOut: true, Exit: -1, Signal: "killed"}}, "hang (time limit) in list.index"},
		{Run{Result: child.Result{Exit: 2, Stderr: "panic: boom 12\n\ngoroutine 1 [running]:\ngithub.com/pyjit/pyjit/vm.(*List).Index(0x1)\n"}}, "Go panic: boom N at vm.(*List).Index"},
		{Run{Result: child.Result{Exit: -1, Signal: "segmentation fault"}}, "killed by signal segmentation fault in list.index"},
		{Run{Result: child.Result{Exit: 1, Stderr: "Traceback...\nNameError: name 'x' is not defined\n"}}, "exit status 1 (NameError) in list.index"},
	} {
		if got := crashSignature(&tc.run, "list.index"); got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
	}
}

func TestGroups(t *testing.T) {
	c := Case{Target: "list.index"}
	for _, tc := range []struct{ sig, want string }{
		{mismatchSignature(c, "EXC TypeError", "EXC ValueError"), "wrong exception: CPython TypeError, pyjit ValueError"},
		{mismatchSignature(c, "EXC TypeError", "OK 3"), "wrong exception: CPython TypeError, pyjit a result"},
		{mismatchSignature(c, "OK 2", "OK 3"), "different result (repr differs from CPython's)"},
		{"internal error: runtime error: index out of range [N] with length N in list.index", "internal error: runtime error: index out of range [N] with length N"},
		{"hang (time limit) in list.index", "hang (time limit)"},
		{"wrong exception: CPython TypeError, pyjit a result from op.not in", "wrong exception: CPython TypeError, pyjit a result"},
	} {
		if got := group(tc.sig); got != tc.want {
			t.Errorf("group(%q) = %q, want %q", tc.sig, got, tc.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	got := normalize("OK <object object at 0x7f3a2b1c>")
	if got != "OK <object object at 0x?>" {
		t.Fatal(got)
	}
}
