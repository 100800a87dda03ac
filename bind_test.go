package pyjit

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// point is a Go struct the tests expose to Python.
type point struct {
	X, Y   int
	Label  string
	Tags   []string
	hidden int
	Inner  inner
}

type inner struct{ Depth float64 }

// Norm1 is a method Python can call.
func (p *point) Norm1() int { return abs(p.X) + abs(p.Y) }

// Move is a method with arguments.
func (p *point) Move(dx, dy int) { p.X, p.Y = p.X+dx, p.Y+dy }

// Check is a method that fails.
func (p *point) Check() error {
	if p.X < 0 {
		return errNegative
	}
	return nil
}

func abs(n int) int { return max(n, -n) }

var errNegative = errors.New("negative x")

// bindInterp returns an interpreter whose globals hold the Go functions
// and objects of the binding tests.
func bindInterp(t *testing.T) (*Interpreter, *point) {
	t.Helper()
	in := New(Options{NoStdlib: true})
	p := &point{X: 3, Y: -4, Label: "p", Tags: []string{"a"}}
	set := func(name string, x any) {
		v, err := ToValue(x)
		if err != nil {
			t.Fatal(err)
		}
		in.SetGlobal(name, v)
	}
	bind := func(name string, fn any) {
		v, err := Func(name, fn)
		if err != nil {
			t.Fatal(err)
		}
		in.SetGlobal(name, v)
	}
	set("p", p)
	set("upper", strings.ToUpper)
	set("repeat", strings.Repeat)
	set("sum", func(xs ...float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s
	})
	bind("divide", func(a, b int) (int, error) {
		if b == 0 {
			return 0, errors.New("division by zero in Go")
		}
		return a / b, nil
	})
	bind("divmod", func(a, b int) (int, int) { return a / b, a % b })
	bind("count", func(m map[string]int, keys []string) int {
		n := 0
		for _, k := range keys {
			n += m[k]
		}
		return n
	})
	bind("flag", func(b bool) string { return fmt.Sprint(b) })
	bind("small", func(n int8, u uint) string { return fmt.Sprint(n, u) })
	bind("make_point", func(x, y int) *point { return &point{X: x, Y: y} })
	bind("take_point", func(q *point) int { return q.X * 10 })
	bind("nothing", func() {})
	bind("anything", func(x any) string { return fmt.Sprintf("%T %v", x, x) })
	return in, p
}

// TestFuncBinding calls Go functions and struct methods bound by
// reflection from Python: converted arguments and results, and CPython's
// TypeErrors for bad calls.
func TestFuncBinding(t *testing.T) {
	tests := []struct{ expr, want string }{
		{"upper('go')", "'GO'"},
		{"repeat('ab', 3)", "'ababab'"},
		{"sum()", "0.0"},
		{"sum(1, 2.5, True)", "4.5"},
		{"divide(7, 2)", "3"},
		{"divide(7, 0)", "RuntimeError: division by zero in Go"},
		{"divmod(7, 2)", "(3, 1)"},
		{"count({'a': 1, 'b': 2}, ['a', 'b', 'c'])", "3"},
		{"count({'a': 'x'}, [])", "TypeError: count() argument 1['a'] must be int, not str"},
		{"count({'a': 1}, ('a', 2))", "TypeError: count() argument 2[1] must be str, not int"},
		{"count([], [])", "TypeError: count() argument 1 must be dict, not list"},
		{"flag([])", "'false'"},
		{"flag('x')", "'true'"},
		{"small(-128, 5)", "'-128 5'"},
		{"small(128, 5)", "OverflowError: Python int too large to convert to Go int8"},
		{"small(1, -5)", "OverflowError: can't convert negative int to unsigned"},
		{"small(1, 2**64)", "OverflowError: Python int too large to convert to Go int64"},
		{"upper(1)", "TypeError: ToUpper() argument 1 must be str, not int"},
		{"upper()", "TypeError: ToUpper expected 1 argument, got 0"},
		{"repeat('a', 1, 2)", "TypeError: Repeat expected 2 arguments, got 3"},
		{"repeat('a', count=2)", "TypeError: Repeat() takes no keyword arguments"},
		{"sum('x')", "TypeError: <go>() argument 1 must be real number, not str"},
		{"nothing()", "None"},
		{"anything([1, 'a', None])", "'[]interface {} [1 a <nil>]'"},
		{"anything(p) == anything(make_point(3, -4))", "False"},
		// Struct pointers: fields and methods.
		{"(p.X, p.Y, p.Label, p.Tags)", "(3, -4, 'p', ['a'])"},
		{"p.Norm1()", "7"},
		{"p.Inner.Depth", "0.0"},
		{"p.hidden", "AttributeError: 'point' object has no attribute 'hidden'"},
		{"p.Check()", "None"},
		{"take_point(p)", "30"},
		{"take_point(make_point(5, 0))", "50"},
		{"take_point(1)", "TypeError: take_point() argument 1 must be point object or dict, not int"},
		{"make_point(1, 2).Norm1()", "3"},
		{"type(p).__name__", "'point'"},
		{"sorted(n for n in dir(p) if not n.startswith('_'))", "['Check', 'Inner', 'Label', 'Move', 'Norm1', 'Tags', 'X', 'Y']"},
		{"p.Move(1)", "TypeError: Move expected 2 arguments, got 1"},
		{"setattr(p, 'X', 'x')", "TypeError: attribute 'X' of 'point' object must be int, not str"},
		{"setattr(p, 'Z', 1)", "AttributeError: 'point' object has no attribute 'Z'"},
		{"setattr(type(p), 'X', 1)", "TypeError: cannot set 'X' attribute of immutable type 'point'"},
		{"type('Q', (type(p),), {})", "TypeError: type 'github.com/pyjit/pyjit.point' is not an acceptable base type"},
		{"p == p, p == make_point(3, -4), hash(p) == hash(p)", "(True, False, True)"},
	}
	in, _ := bindInterp(t)
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			v, err := in.Eval(ctx, tt.expr)
			got := ""
			if err != nil {
				got = err.Error()
			} else if got, err = in.Repr(ctx, v); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("%s = %s, want %s", tt.expr, got, tt.want)
			}
		})
	}
}

// TestStructAttributesWriteThrough sets the fields of a Go struct from
// Python and calls a method that changes it: Go sees the changes, and a
// Go error a method returns reaches Go unchanged.
func TestStructAttributesWriteThrough(t *testing.T) {
	in, p := bindInterp(t)
	ctx := context.Background()
	if err := in.Exec(ctx, "set", "p.X = -10\np.Label = 'moved'\np.Tags = ('x', 'y')\np.Inner.Depth = 2\np.Move(1, 1)\n"); err != nil {
		t.Fatal(err)
	}
	want := point{X: -9, Y: -3, Label: "moved", Tags: []string{"x", "y"}, Inner: inner{Depth: 2}}
	if !reflect.DeepEqual(*p, want) {
		t.Errorf("after Python: %+v, want %+v", *p, want)
	}
	_, err := in.Eval(ctx, "p.Check()")
	if !errors.Is(err, errNegative) || !errors.Is(err, RuntimeError) {
		t.Errorf("p.Check() returned %v, want errNegative as a RuntimeError", err)
	}
}

// TestExportTo converts Python values into Go variables.
func TestExportTo(t *testing.T) {
	in, p := bindInterp(t)
	ctx := context.Background()
	tests := []struct {
		expr   string
		target any // a pointer to a zero variable
		want   any // what it points to after, or an error text
	}{
		{"42", new(int), 42},
		{"True", new(int), 1},
		{"2**63", new(uint64), uint64(1 << 63)},
		{"-1", new(uint8), "OverflowError: can't convert negative int to unsigned"},
		{"300", new(uint8), "OverflowError: Python int too large to convert to Go uint8"},
		{"1.5", new(float64), 1.5},
		{"3", new(float32), float32(3)},
		{"'s'", new(string), "s"},
		{"b'xy'", new([]byte), []byte("xy")},
		{"'s'", new(int), "TypeError: ExportTo: value must be int, not str"},
		{"1", new(bool), "TypeError: ExportTo: value must be bool, not int"},
		{"[1, 2]", new([]int), []int{1, 2}},
		{"(1, 2)", new([2]int), [2]int{1, 2}},
		{"(1, 2, 3)", new([2]int), "TypeError: ExportTo: value must be a sequence of 2 items, not 3 items"},
		{"[[1], []]", new([][]int), [][]int{{1}, {}}},
		{"[1, 'a']", new([]int), "TypeError: ExportTo: value[1] must be int, not str"},
		{"{'a': [1.5]}", new(map[string][]float64), map[string][]float64{"a": {1.5}}},
		{"{1: 'x'}", new(map[int]string), map[int]string{1: "x"}},
		{"{1: 'x'}", new(map[string]string), "TypeError: ExportTo: value key 1 must be str, not int"},
		{"{'X': 1, 'Label': 'd'}", new(point), point{X: 1, Label: "d"}},
		{"{'X': 1, 'Z': 2}", new(point), "TypeError: ExportTo: value: Go pyjit.point has no exported field 'Z'"},
		{"{'Inner': {'Depth': 1.0}}", new(*point), &point{Inner: inner{Depth: 1}}},
		{"None", new(*point), (*point)(nil)},
		{"p", new(*point), p},
		{"p", new(point), *p},
		{"[1, 'a', None, {'k': 2.5}]", new(any), []any{int64(1), "a", nil, map[string]any{"k": 2.5}}},
		{"p", new(any), p},
		{"p", new(Value), nil}, // checked below: the same object
		{"len", new(any), "TypeError: ExportTo: value must be convertible to Go, not builtin_function_or_method"},
		{"1", new(chan int), "TypeError: ExportTo: value must be convertible to Go chan int, not int"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s to %T", tt.expr, tt.target), func(t *testing.T) {
			v, err := in.Eval(ctx, tt.expr)
			if err != nil {
				t.Fatal(err)
			}
			err = ExportTo(v, tt.target)
			got := reflect.ValueOf(tt.target).Elem().Interface()
			switch want := tt.want.(type) {
			case string:
				if _, isString := got.(string); isString && err == nil {
					if got != want {
						t.Errorf("got %q, want %q", got, want)
					}
					return
				}
				if err == nil || err.Error() != want {
					t.Errorf("error %v, want %s", err, want)
				}
				if err != nil && !errors.Is(err, TypeError) && !errors.Is(err, OverflowError) {
					t.Errorf("error %v is neither TypeError nor OverflowError", err)
				}
			case nil:
				if err != nil || !got.(Value).Is(v) {
					t.Errorf("got %v, %v; want the value itself", got, err)
				}
			default:
				if err != nil || !reflect.DeepEqual(got, want) {
					t.Errorf("got %#v, %v; want %#v", got, err, want)
				}
			}
		})
	}
	if err := ExportTo(None, 3); err == nil {
		t.Error("ExportTo into a non-pointer succeeded")
	}
}

// TestToValueKeepsPythonObjects checks that ToValue passes the vm's own
// objects through rather than exposing their Go structs.
func TestToValueKeepsPythonObjects(t *testing.T) {
	d := NewDict()
	d.SetStr("k", Int(1))
	v, err := ToValue(d)
	if err != nil || v.Type().Name != "dict" {
		t.Fatalf("ToValue(*Dict) = %v (%s), %v", v, v.Type().Name, err)
	}
	v, err = ToValue([]any{d, &point{X: 1}})
	if err != nil {
		t.Fatal(err)
	}
	in := New(Options{NoStdlib: true})
	if s, err := in.Repr(context.Background(), v); err != nil || !strings.HasPrefix(s, "[{'k': 1}, <github.com/pyjit/pyjit.point object at ") {
		t.Errorf("ToValue of a slice = %s", s)
	}
}
