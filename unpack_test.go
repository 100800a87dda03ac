package pyjit_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/pyjit/pyjit"
)

// unpackFuncs are Go builtins whose parameters mirror these Python
// functions, so that their errors can be compared with CPython's:
//
//	def f(x, y): ...
//	def g(x, y=0): ...
//	def h(x, /, y): ...
//	def k(x, *, z): ...
//	def n(): ...
//	def a(x, y, z): ...
//	def o(x, *, z=1, w): ...
//	def typed(i, f, s, b, t=False, *, d=None, n=0): ...
func unpackFuncs(out *strings.Builder) map[string]pyjit.FastKwFunc {
	var v1, v2, v3 pyjit.Value
	return map[string]pyjit.FastKwFunc{
		"f": func(th *pyjit.Thread, args []pyjit.Value, kw []string) (pyjit.Value, error) {
			return pyjit.None, pyjit.UnpackArgs(th, "f", args, kw, "x", &v1, "y", &v2)
		},
		"g": func(th *pyjit.Thread, args []pyjit.Value, kw []string) (pyjit.Value, error) {
			return pyjit.None, pyjit.UnpackArgs(th, "g", args, kw, "x", &v1, "y?", &v2)
		},
		"h": func(th *pyjit.Thread, args []pyjit.Value, kw []string) (pyjit.Value, error) {
			return pyjit.None, pyjit.UnpackArgs(th, "h", args, kw, "x", &v1, "/", "y", &v2)
		},
		"k": func(th *pyjit.Thread, args []pyjit.Value, kw []string) (pyjit.Value, error) {
			return pyjit.None, pyjit.UnpackArgs(th, "k", args, kw, "x", &v1, "*", "z", &v2)
		},
		"n": func(th *pyjit.Thread, args []pyjit.Value, kw []string) (pyjit.Value, error) {
			return pyjit.None, pyjit.UnpackArgs(th, "n", args, kw)
		},
		"a": func(th *pyjit.Thread, args []pyjit.Value, kw []string) (pyjit.Value, error) {
			return pyjit.None, pyjit.UnpackArgs(th, "a", args, kw, "x", &v1, "y", &v2, "z", &v3)
		},
		"o": func(th *pyjit.Thread, args []pyjit.Value, kw []string) (pyjit.Value, error) {
			return pyjit.None, pyjit.UnpackArgs(th, "o", args, kw, "x", &v1, "*", "z?", &v2, "w", &v3)
		},
		"typed": func(th *pyjit.Thread, args []pyjit.Value, kw []string) (pyjit.Value, error) {
			var (
				i, n int64 = 0, -1
				f    float64
				s    string
				b    []byte
				t    bool
				d    *pyjit.Dict
			)
			if err := pyjit.UnpackArgs(th, "typed", args, kw,
				"i", &i, "f", &f, "s", &s, "b", &b, "t?", &t, "*", "d?", &d, "n?", &n); err != nil {
				return pyjit.Null, err
			}
			fmt.Fprintf(out, "i=%d f=%g s=%q b=%q t=%v d=%v n=%d\n", i, f, s, b, t, d != nil, n)
			return pyjit.None, nil
		},
	}
}

func TestUnpackArgs(t *testing.T) {
	ctx := context.Background()
	var out strings.Builder
	in := pyjit.New(pyjit.Options{})
	for name, fn := range unpackFuncs(&out) {
		in.DefineBuiltin(name, pyjit.NewFastKwFunc(name, fn))
	}
	if err := in.Exec(ctx, "setup.py", "class Idx:\n    def __index__(self): return 7\n"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		call, want string // want: CPython's TypeError for the Python function, or the output
	}{
		{"f(1)", "TypeError: f() missing 1 required positional argument: 'y'"},
		{"f()", "TypeError: f() missing 2 required positional arguments: 'x' and 'y'"},
		{"f(1, 2, 3)", "TypeError: f() takes 2 positional arguments but 3 were given"},
		{"f(1, 2, z=3)", "TypeError: f() got an unexpected keyword argument 'z'"},
		{"f(1, x=2)", "TypeError: f() got multiple values for argument 'x'"},
		{"f(y=1, x=2)", ""},
		{"g(1, 2, 3)", "TypeError: g() takes from 1 to 2 positional arguments but 3 were given"},
		{"g()", "TypeError: g() missing 1 required positional argument: 'x'"},
		{"g(1)", ""},
		{"h(x=1, y=2)", "TypeError: h() got some positional-only arguments passed as keyword arguments: 'x'"},
		{"h(1, y=2)", ""},
		{"k(1)", "TypeError: k() missing 1 required keyword-only argument: 'z'"},
		{"k(1, 2)", "TypeError: k() takes 1 positional argument but 2 were given"},
		{"k(1, 2, z=3)", "TypeError: k() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given"},
		{"n(1)", "TypeError: n() takes 0 positional arguments but 1 was given"},
		{"a()", "TypeError: a() missing 3 required positional arguments: 'x', 'y', and 'z'"},
		{"o(1)", "TypeError: o() missing 1 required keyword-only argument: 'w'"},
		{"o(1, 2, w=1, z=2)", "TypeError: o() takes 1 positional argument but 2 positional arguments (and 2 keyword-only arguments) were given"},
		{"typed(1, 2, 's', b'b')", "i=1 f=2 s=\"s\" b=\"b\" t=false d=false n=-1"},
		{"typed(True, 2.5, s='x', b=bytearray(b'y'), t=[0], n=Idx(), d={})", "i=1 f=2.5 s=\"x\" b=\"y\" t=true d=true n=7"},
		{"typed('1', 2, 's', b'b')", "TypeError: typed() argument 'i' must be int, not str"},
		{"typed(1.0, 2, 's', b'b')", "TypeError: typed() argument 'i' must be int, not float"},
		{"typed(2**64, 2, 's', b'b')", "OverflowError: Python int too large to convert to C long"},
		{"typed(1, '2', 's', b'b')", "TypeError: typed() argument 'f' must be real number, not str"},
		{"typed(1, 10**400, 's', b'b')", "OverflowError: int too large to convert to float"},
		{"typed(1, 2, b's', b'b')", "TypeError: typed() argument 's' must be str, not bytes"},
		{"typed(1, 2, 's', 'b')", "TypeError: typed() argument 'b' must be bytes, not str"},
		{"typed(1, 2, 's', b'b', d=[])", "TypeError: typed() argument 'd' must be dict, not list"},
	} {
		out.Reset()
		_, err := in.Eval(ctx, tc.call)
		got := strings.TrimSuffix(out.String(), "\n")
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.call, got, tc.want)
		}
	}
}

type badUnpacker struct{}

func (badUnpacker) Unpack(th *pyjit.Thread, v pyjit.Value) error {
	return pyjit.Errorf(pyjit.ValueError, "bad value %v", v)
}

func TestUnpackArgsMisuse(t *testing.T) {
	var x pyjit.Value
	var nilInt *int64
	args := []pyjit.Value{pyjit.Int(1)}
	for _, tc := range []struct {
		name  string
		pairs []any
		want  string
	}{
		{"odd pairs", []any{"x"}, `UnpackArgs: parameter "x" has no variable`},
		{"not a name", []any{&x, "x"}, "UnpackArgs: parameter 1: got *vm.Value, want a name"},
		{"bad type", []any{"x", new(complex128)}, `UnpackArgs: parameter "x": cannot store into *complex128`},
		{"nil pointer", []any{"x", nilInt}, `UnpackArgs: parameter "x": cannot store into *int64`},
		{"nil", []any{"x", nil}, `UnpackArgs: parameter "x": cannot store into <nil>`},
		{"required after optional", []any{"x?", &x, "y", &x}, `UnpackArgs: required parameter "y" follows an optional one`},
		{"unpacker", []any{"x", badUnpacker{}}, "ValueError: bad value 1"},
	} {
		err := pyjit.UnpackArgs(nil, "f", args, nil, tc.pairs...)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.want)
		}
	}
	if err := pyjit.UnpackArgs(nil, "f", args, []string{"a", "b"}, "a", &x); err == nil {
		t.Error("more keyword names than arguments: no error")
	}
}
