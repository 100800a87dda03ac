package pyjit_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing/fstest"
	"time"

	"github.com/pyjit/pyjit"
)

func Example() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	err := in.Exec(ctx, "greet.py", `
def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"

squares = {n: n * n for n in range(4)}
print(greet("Go"))
`)
	if err != nil {
		panic(err)
	}
	squares, _ := in.Global("squares")
	fmt.Println(pyjit.ToGo(squares))
	v, _ := in.Eval(ctx, "sum(squares.values())")
	fmt.Println(pyjit.ToGo(v))
	// Output:
	// Hello, Go!
	// map[0:0 1:1 2:4 3:9] <nil>
	// 14 <nil>
}

func ExampleInterpreter_Call() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	_ = in.Exec(ctx, "<example>", "def greet(name, punctuation='!'):\n    return f'Hello, {name}{punctuation}'\n")
	greet, _ := in.Global("greet")

	kwargs := pyjit.NewDict()
	kwargs.SetStr("punctuation", pyjit.String("?"))
	v, err := in.Call(ctx, greet, []pyjit.Value{pyjit.String("Go")}, kwargs)
	fmt.Println(v, err)

	_, err = in.Call(ctx, greet, nil, nil)
	fmt.Println(err)
	// Output:
	// Hello, Go? <nil>
	// TypeError: greet() missing 1 required positional argument: 'name'
}

func ExampleInterpreter_Vectorcall() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	_ = in.Exec(ctx, "<example>", "def area(width, height, *, unit='m'):\n    return f'{width * height} {unit}²'\n")
	area, _ := in.Global("area")
	// Positional arguments, then the values of the keyword arguments named
	// by kwnames: no dict is built.
	v, err := in.Vectorcall(ctx, area, []pyjit.Value{pyjit.Int(3), pyjit.Int(4), pyjit.String("cm")}, []string{"unit"})
	fmt.Println(v, err)
	// Output:
	// 12 cm² <nil>
}

func ExampleInterpreter_CallMethod() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	words, _ := pyjit.ToValue([]string{"pear", "fig", "apple"})
	_, err := in.CallMethod(ctx, words, "append", pyjit.String("kiwi"))
	fmt.Println(words, err)
	v, err := in.CallMethod(ctx, pyjit.String(", "), "join", words)
	fmt.Println(v, err)
	// Output:
	// ['pear', 'fig', 'apple', 'kiwi'] <nil>
	// pear, fig, apple, kiwi <nil>
}

func ExampleCallable() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	_ = in.Exec(ctx, "<example>", "class C:\n    def __call__(self):\n        return 1\nobj = C()\nn = 3\n")
	for _, name := range []string{"C", "obj", "n", "len"} {
		v, err := in.Eval(ctx, name)
		fmt.Println(name, pyjit.Callable(v), err)
	}
	// Output:
	// C true <nil>
	// obj true <nil>
	// n false <nil>
	// len true <nil>
}

func ExampleToValue() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	cfg, err := pyjit.ToValue(map[string]any{
		"name":    "demo",
		"retries": 3,
		"ratio":   0.5,
		"tags":    []string{"a", "b"},
		"raw":     []byte("hi"),
		"extra":   nil,
	})
	if err != nil {
		panic(err)
	}
	in.SetGlobal("cfg", cfg)
	_ = in.Exec(ctx, "<example>", "for k, v in cfg.items():\n    print(k, type(v).__name__, repr(v))\n")
	_, err = pyjit.ToValue(make(chan int))
	fmt.Println(err)
	// Output:
	// extra NoneType None
	// name str 'demo'
	// ratio float 0.5
	// raw bytes b'hi'
	// retries int 3
	// tags list ['a', 'b']
	// TypeError: pyjit: cannot convert Go value of type chan int to Python
}

func ExampleToGo() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	for _, expr := range []string{"None", "2**70", "(1, 'two', 3.0, [True])", "{1: 'a', 'b': 2}", "b'\\x00\\x01'", "{1, 2}"} {
		v, _ := in.Eval(ctx, expr)
		x, err := pyjit.ToGo(v)
		fmt.Printf("%T %v %v\n", x, x, err)
	}
	// Output:
	// <nil> <nil> <nil>
	// *big.Int 1180591620717411303424 <nil>
	// []interface {} [1 two 3 [true]] <nil>
	// map[interface {}]interface {} map[b:2 1:a] <nil>
	// []uint8 [0 1] <nil>
	// <nil> <nil> TypeError: pyjit: cannot convert Python value of type set to Go
}

// Go functions in the four calling conventions of CPython's built-in
// functions. Python checks their arity with CPython's messages.
func ExampleInterpreter_DefineBuiltin() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	in.DefineBuiltin("now", pyjit.NewNoArgsFunc("now", func(th *pyjit.Thread) (pyjit.Value, error) {
		return pyjit.String("2026-01-02"), nil
	}))
	in.DefineBuiltin("double", pyjit.NewOneArgFunc("double", func(th *pyjit.Thread, x pyjit.Value) (pyjit.Value, error) {
		n, ok := x.AsInt64()
		if !ok {
			return pyjit.Null, pyjit.Errorf(pyjit.TypeError, "double() wants an int, not %s", x.Type().Name)
		}
		return pyjit.Int(2 * n), nil
	}))
	in.DefineBuiltin("total", pyjit.NewFastFunc("total", func(th *pyjit.Thread, args []pyjit.Value) (pyjit.Value, error) {
		var sum int64
		for _, a := range args {
			n, _ := a.AsInt64()
			sum += n
		}
		return pyjit.Int(sum), nil
	}))
	in.DefineBuiltin("tag", pyjit.NewFastKwFunc("tag", func(th *pyjit.Thread, args []pyjit.Value, kwnames []string) (pyjit.Value, error) {
		pos := args[:len(args)-len(kwnames)]
		parts := []string{}
		for _, a := range pos {
			s, err := th.Str(a)
			if err != nil {
				return pyjit.Null, err
			}
			parts = append(parts, s)
		}
		for i, k := range kwnames {
			s, err := th.Repr(args[len(pos)+i])
			if err != nil {
				return pyjit.Null, err
			}
			parts = append(parts, k+"="+s)
		}
		return pyjit.String("<" + strings.Join(parts, " ") + ">"), nil
	}))
	err := in.Exec(ctx, "<example>", `
print(now(), double(21), total(1, 2, 3), tag("a", href="x", n=1))
print(sorted([3, 1, 2], key=double), list(map(double, range(3))))
for call in ["now(1)", "double()", "double(1, 2)", "double(x=1)", "total(a=1)", "double('s')"]:
    try:
        eval(call)
    except TypeError as e:
        print(e)
`)
	fmt.Println(err)
	// Output:
	// 2026-01-02 42 6 <a href='x' n=1>
	// [1, 2, 3] [0, 2, 4]
	// now() takes no arguments (1 given)
	// double() takes exactly one argument (0 given)
	// double() takes exactly one argument (2 given)
	// double() takes no keyword arguments
	// total() takes no keyword arguments
	// double() wants an int, not str
	// <nil>
}

// A Go function with positional, optional and keyword-only parameters:
// UnpackArgs binds its arguments and raises CPython's TypeErrors.
func ExampleUnpackArgs() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	in.DefineBuiltin("repeat", pyjit.NewFastKwFunc("repeat", func(th *pyjit.Thread, args []pyjit.Value, kwnames []string) (pyjit.Value, error) {
		var (
			text string
			n    int64 = 2   // optional: keeps this default when not given
			sep        = " " // keyword-only, optional
		)
		if err := pyjit.UnpackArgs(th, "repeat", args, kwnames, "text", &text, "n?", &n, "*", "sep?", &sep); err != nil {
			return pyjit.Null, err
		}
		return pyjit.String(strings.TrimSuffix(strings.Repeat(text+sep, int(max(n, 0))), sep)), nil
	}))
	err := in.Exec(ctx, "<example>", `
print(repeat("ab"), repeat("ab", 3, sep="-"), repeat(n=1, text="x"))
for call in ["repeat()", "repeat('a', 1, 2)", "repeat('a', size=2)", "repeat('a', text='b')", "repeat(1)", "repeat('a', '2')"]:
    try:
        eval(call)
    except TypeError as e:
        print(e)
`)
	fmt.Println(err)
	// Output:
	// ab ab ab-ab-ab x
	// repeat() missing 1 required positional argument: 'text'
	// repeat() takes from 1 to 2 positional arguments but 3 were given
	// repeat() got an unexpected keyword argument 'size'
	// repeat() got multiple values for argument 'text'
	// repeat() argument 'text' must be str, not int
	// repeat() argument 'n' must be int, not str
	// <nil>
}

func ExampleInterpreter_DefineModule() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	version, _ := pyjit.ToValue("1.2.3")
	in.DefineModule("host", map[string]pyjit.Value{
		"version": version,
		"shout": pyjit.NewOneArgFunc("shout", func(th *pyjit.Thread, s pyjit.Value) (pyjit.Value, error) {
			return th.CallMethod(s, "upper")
		}),
	})
	err := in.Exec(ctx, "<example>", "import host\nfrom host import shout\nprint(host.version, shout('hi'), shout)\n")
	fmt.Println(err)
	// Output:
	// 1.2.3 HI <built-in function shout>
	// <nil>
}

var errNotFound = errors.New("record not found")

// Errors cross the boundary both ways: a Go error is a Python exception
// that Python can catch, and comes back out to Go unchanged.
func ExampleError() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	in.DefineBuiltin("lookup", pyjit.NewOneArgFunc("lookup", func(th *pyjit.Thread, key pyjit.Value) (pyjit.Value, error) {
		return pyjit.Null, fmt.Errorf("lookup %v: %w", key, errNotFound)
	}))
	err := in.Exec(ctx, "app.py", `
try:
    lookup(1)
except RuntimeError as e:
    print("caught:", e)

def handler(key):
    return lookup(key)
`)
	fmt.Println(err)

	handler, _ := in.Global("handler")
	_, err = in.Call(ctx, handler, []pyjit.Value{pyjit.Int(2)}, nil)
	fmt.Println(errors.Is(err, errNotFound))
	var pyErr *pyjit.Error
	if errors.As(err, &pyErr) {
		fmt.Print(pyErr.Traceback)
	}
	// Output:
	// caught: lookup 1: record not found
	// <nil>
	// true
	// Traceback (most recent call last):
	//   File "app.py", line 8, in handler
	//     return lookup(key)
	//            ^^^^^^^^^^^
	// RuntimeError: lookup 2: record not found
}

// errors.Is matches a Python exception with its class and the classes it
// derives from, as `except` does; Error() is the traceback's last line.
func ExampleExceptionClass() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	err := in.Exec(ctx, "app.py", `
class MissingUser(KeyError):
    pass

raise MissingUser("alice")
`)
	fmt.Println(err)
	fmt.Println(errors.Is(err, pyjit.KeyError), errors.Is(err, pyjit.LookupError), errors.Is(err, pyjit.ValueError))
	cls, _ := in.Global("MissingUser")
	missingUser, _ := pyjit.ClassOf(cls)
	fmt.Println(errors.Is(err, missingUser))
	// Output:
	// MissingUser: 'alice'
	// true true false
	// true
}

// Values come out with checked accessors, which report whether the value
// has the kind asked for instead of returning garbage.
func ExampleValue_AsInt64() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	for _, expr := range []string{"6 * 7", "True", "2**100", "'42'", "1.5"} {
		v, _ := in.Eval(ctx, expr)
		n, ok := v.AsInt64()
		f, fok := v.AsFloat()
		s, sok := v.AsString()
		fmt.Printf("%-6s AsInt64 %d %-5v AsFloat %g %-5v AsString %q %v\n", expr, n, ok, f, fok, s, sok)
	}
	// Output:
	// 6 * 7  AsInt64 42 true  AsFloat 42 true  AsString "" false
	// True   AsInt64 1 true  AsFloat 1 true  AsString "" false
	// 2**100 AsInt64 0 false AsFloat 1.2676506002282294e+30 true  AsString "" false
	// '42'   AsInt64 0 false AsFloat 0 false AsString "42" true
	// 1.5    AsInt64 0 false AsFloat 1.5 true  AsString "" false
}

// Attributes, items, len() and iteration run with Python's semantics
// (properties, __getitem__, generators) under the call's context and
// limits.
func ExampleInterpreter_Iterate() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	err := in.Exec(ctx, "inventory.py", `
class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    @property
    def total(self):
        return self.price * self.qty

stock = [Item("pen", 1.5, 4), Item("ink", 7.25, 2)]
`)
	if err != nil {
		fmt.Println(err)
		return
	}
	stock, _ := in.Global("stock")
	n, _ := in.Len(ctx, stock)
	first, _ := in.Index(ctx, stock, 0)
	name, _ := in.GetAttr(ctx, first, "name")
	fmt.Println(n, name)
	err = in.Iterate(ctx, stock, func(item pyjit.Value) error {
		name, err := in.GetAttr(ctx, item, "name")
		if err != nil {
			return err
		}
		total, err := in.GetAttr(ctx, item, "total")
		if err != nil {
			return err
		}
		s, _ := name.AsString()
		f, _ := total.AsFloat()
		fmt.Printf("%s %.2f\n", s, f)
		return nil
	})
	fmt.Println(err)
	_, err = in.GetAttr(ctx, first, "colour")
	fmt.Println(err)
	// Output:
	// 2 pen
	// pen 6.00
	// ink 14.50
	// <nil>
	// AttributeError: 'Item' object has no attribute 'colour'
}

// Go code that calls back into Python counts in the recursion limit, so
// mutual recursion between Go and Python ends in RecursionError rather than
// exhausting the Go stack.
func Example_recursionGuard() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{RecursionLimit: 100})
	in.DefineBuiltin("call_back", pyjit.NewOneArgFunc("call_back", func(th *pyjit.Thread, f pyjit.Value) (pyjit.Value, error) {
		return th.Call(f, []pyjit.Value{f}, nil)
	}))
	err := in.Exec(ctx, "<example>", `
def again(f):
    return call_back(f)

try:
    again(again)
except RecursionError as e:
    print("RecursionError:", e)
`)
	fmt.Println(err)
	// Output:
	// RecursionError: maximum recursion depth exceeded
	// <nil>
}

// A context stops a script; no except or finally block of the script
// runs, and the interpreter is usable afterwards.
func Example_cancellation() {
	in := pyjit.New(pyjit.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	err := in.Exec(ctx, "<example>", `
try:
    while True:
        pass
finally:
    print("not printed")
`)
	var le *pyjit.LimitError
	fmt.Println(errors.As(err, &le), errors.Is(err, context.DeadlineExceeded))

	v, err := in.Eval(context.Background(), "6 * 7")
	fmt.Println(v, err)
	// Output:
	// true true
	// 42 <nil>
}

func Example_stepLimit() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{StepLimit: 1000})
	err := in.Exec(ctx, "<example>", `
try:
    while True:
        pass
except BaseException:
    print("not printed")
`)
	fmt.Println(err, errors.Is(err, pyjit.ErrStepLimit))
	// Each call into Python gets the full budget.
	v, err := in.Eval(ctx, "sum(range(100))")
	fmt.Println(v, err)
	// Output:
	// pyjit: script stopped: step limit exceeded true
	// 4950 <nil>
}

func Example_memoryLimit() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{MemoryLimit: 64 << 20})
	err := in.Exec(ctx, "<example>", "blocks = []\nwhile True:\n    blocks.append(bytearray(1 << 20))\n")
	fmt.Println(errors.Is(err, pyjit.ErrMemoryLimit))
	err = in.Exec(ctx, "<example>", "big = 'x' * (1 << 30)\n")
	fmt.Println(errors.Is(err, pyjit.ErrMemoryLimit))
	// Output:
	// true
	// true
}

// A script reads only the files its host grants: here an in-memory file
// system with one module and one data file.
func Example_fileAccess() {
	ctx := context.Background()
	files := fstest.MapFS{
		"lib/shapes.py":  {Data: []byte("def square(n):\n    return n * n\n")},
		"data/input.txt": {Data: []byte("3\n4\n")},
	}
	in := pyjit.New(pyjit.Options{FS: files, Path: []string{"lib"}})
	err := in.Exec(ctx, "<example>", `
import shapes
with open("data/input.txt") as f:
    print([shapes.square(int(line)) for line in f])
try:
    open("/etc/passwd")
except FileNotFoundError as e:
    print(type(e).__name__, e.filename)
`)
	fmt.Println(err)

	sandbox := pyjit.New(pyjit.Options{Path: []string{"lib"}})
	err = sandbox.Exec(ctx, "<example>", `
try:
    open("data/input.txt")
except PermissionError as e:
    print(e)
try:
    import shapes
except ImportError as e:
    print(e)
`)
	fmt.Println(err)
	// Output:
	// [9, 16]
	// FileNotFoundError /etc/passwd
	// <nil>
	// [Errno 13] pyjit: file access is not granted to this program: 'data/input.txt'
	// No module named 'shapes'
	// <nil>
}

// Account is a Go struct exposed to Python in ExampleToValue_struct.
type Account struct {
	Owner   string
	Balance float64
	History []float64
}

// Deposit is a method Python can call.
func (a *Account) Deposit(amount float64) error {
	if amount <= 0 {
		return fmt.Errorf("deposit of %v: not positive", amount)
	}
	a.Balance += amount
	a.History = append(a.History, amount)
	return nil
}

func ExampleFunc() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	for name, fn := range map[string]any{
		"join":  strings.Join,
		"clamp": func(x, lo, hi float64) float64 { return max(lo, min(x, hi)) },
		"parse": strconv.Atoi,
	} {
		f, err := pyjit.Func(name, fn)
		if err != nil {
			panic(err)
		}
		in.SetGlobal(name, f)
	}
	err := in.Exec(ctx, "<example>", `
print(join(["a", "b"], "+"), clamp(7, 0, 5), parse("12") + 1)
try:
    parse("twelve")
except RuntimeError as e:
    print("RuntimeError:", e)
join("ab", 1)
`)
	fmt.Println(err)
	// Output:
	// a+b 5.0 13
	// RuntimeError: strconv.Atoi: parsing "twelve": invalid syntax
	// TypeError: join() argument 1 must be list, not str
}

func ExampleToValue_struct() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	acct := &Account{Owner: "ada"}
	v, err := pyjit.ToValue(acct)
	if err != nil {
		panic(err)
	}
	in.SetGlobal("acct", v)
	err = in.Exec(ctx, "<example>", `
acct.Deposit(10)
acct.Deposit(2.5)
acct.Owner = acct.Owner.title()
print(acct.Owner, acct.Balance, acct.History)
acct.Deposit(-1)
`)
	fmt.Println(err)
	fmt.Printf("%+v\n", *acct)
	// Output:
	// Ada 12.5 [10.0, 2.5]
	// RuntimeError: deposit of -1: not positive
	// {Owner:Ada Balance:12.5 History:[10 2.5]}
}

func ExampleExportTo() {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	v, _ := in.Eval(ctx, "{'Owner': 'bob', 'History': [1, 2.5]}")
	var acct Account
	fmt.Println(pyjit.ExportTo(v, &acct), acct)
	v, _ = in.Eval(ctx, "{'tea': [3, 4], 'milk': []}")
	var order map[string][]int
	fmt.Println(pyjit.ExportTo(v, &order), order)
	v, _ = in.Eval(ctx, "[1, 2, 'three']")
	var nums []int
	fmt.Println(pyjit.ExportTo(v, &nums))
	// Output:
	// <nil> {bob 0 [1 2.5]}
	// <nil> map[milk:[] tea:[3 4]]
	// TypeError: ExportTo: value[2] must be int, not str
}
