package pyjit_test

import (
	"context"
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/pyjit/pyjit"
)

// accessorSetup defines values the accessor tests read.
const accessorSetup = `
class MyInt(int): pass
class MyStr(str): pass
class MyFloat(float): pass
class MyBytes(bytes): pass
`

func TestValueAccessors(t *testing.T) {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	if err := in.Exec(ctx, "setup.py", accessorSetup); err != nil {
		t.Fatal(err)
	}
	type result struct {
		i      int64
		iok    bool
		f      float64
		fok    bool
		s      string
		sok    bool
		b      []byte
		bok    bool
		bv, bo bool
	}
	for _, tc := range []struct {
		expr string
		want result
	}{
		{"42", result{i: 42, iok: true, f: 42, fok: true}},
		{"-7", result{i: -7, iok: true, f: -7, fok: true}},
		{"True", result{i: 1, iok: true, f: 1, fok: true, bv: true, bo: true}},
		{"False", result{fok: true, iok: true, bo: true}},
		{"2**63-1", result{i: math.MaxInt64, iok: true, f: 9223372036854775807, fok: true}},
		{"-2**63", result{i: math.MinInt64, iok: true, f: -9223372036854775808, fok: true}},
		{"2**63", result{f: 9223372036854775808, fok: true}},
		{"10**400", result{}},
		{"MyInt(5)", result{i: 5, iok: true, f: 5, fok: true}},
		{"1.5", result{f: 1.5, fok: true}},
		{"MyFloat(2.5)", result{f: 2.5, fok: true}},
		{"'héllo'", result{s: "héllo", sok: true}},
		{"MyStr('x')", result{s: "x", sok: true}},
		{"b'ab'", result{b: []byte("ab"), bok: true}},
		{"bytearray(b'cd')", result{b: []byte("cd"), bok: true}},
		{"MyBytes(b'e')", result{b: []byte("e"), bok: true}},
		{"None", result{}},
		{"[1]", result{}},
		{"object()", result{}},
		{"1j", result{}},
	} {
		v, err := in.Eval(ctx, tc.expr)
		if err != nil {
			t.Fatalf("%s: %v", tc.expr, err)
		}
		var got result
		got.i, got.iok = v.AsInt64()
		got.f, got.fok = v.AsFloat()
		got.s, got.sok = v.AsString()
		got.b, got.bok = v.AsBytes()
		got.bv, got.bo = v.AsBool()
		w := tc.want
		if got.i != w.i || got.iok != w.iok || got.f != w.f || got.fok != w.fok || got.s != w.s || got.sok != w.sok ||
			!slices.Equal(got.b, w.b) || got.bok != w.bok || got.bv != w.bv || got.bo != w.bo {
			t.Errorf("%s: got %+v, want %+v", tc.expr, got, w)
		}
	}
	// The zero Value has no kind.
	var null pyjit.Value
	if _, ok := null.AsInt64(); ok {
		t.Error("Null.AsInt64 ok")
	}
	if _, ok := null.AsFloat(); ok {
		t.Error("Null.AsFloat ok")
	}
	if _, ok := null.AsString(); ok {
		t.Error("Null.AsString ok")
	}
	if _, ok := null.AsBytes(); ok {
		t.Error("Null.AsBytes ok")
	}
	if _, ok := null.AsBool(); ok {
		t.Error("Null.AsBool ok")
	}
}

func TestAsBytesCopies(t *testing.T) {
	in := pyjit.New(pyjit.Options{})
	ctx := context.Background()
	v, err := in.Eval(ctx, "bytearray(b'abc')")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := v.AsBytes()
	b[0] = 'X'
	if r, _ := in.Repr(ctx, v); r != "bytearray(b'abc')" {
		t.Errorf("after changing the copy: %s", r)
	}
}

// objectsSetup defines the objects the protocol tests use.
const objectsSetup = `
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __bool__(self):
        return self.x != 0 or self.y != 0
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

def squares(n):
    for i in range(n):
        yield i * i

class Bad:
    def __len__(self):
        raise ValueError('no length')
    def __iter__(self):
        yield 1
        raise KeyError('k')

p = Point(3, -4)
d = {'a': 1}
`

func TestObjectProtocol(t *testing.T) {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	if err := in.Exec(ctx, "setup.py", objectsSetup); err != nil {
		t.Fatal(err)
	}
	p, _ := in.Global("p")
	d, _ := in.Global("d")

	if v, err := in.GetAttr(ctx, p, "norm1"); err != nil || !v.Is(pyjit.Int(7)) {
		t.Errorf("GetAttr norm1 = %v, %v", v, err)
	}
	if err := in.SetAttr(ctx, p, "x", pyjit.Int(10)); err != nil {
		t.Error(err)
	}
	if v, err := in.Index(ctx, p, -2); err != nil || !v.Is(pyjit.Int(10)) {
		t.Errorf("Index(p, -2) = %v, %v", v, err)
	}
	if n, err := in.Len(ctx, p); err != nil || n != 2 {
		t.Errorf("Len(p) = %d, %v", n, err)
	}
	if b, err := in.Truth(ctx, p); err != nil || !b {
		t.Errorf("Truth(p) = %v, %v", b, err)
	}
	if s, err := in.Str(ctx, p); err != nil || s != "Point(10, -4)" {
		t.Errorf("Str(p) = %q, %v", s, err)
	}
	if err := in.SetItem(ctx, d, pyjit.String("b"), pyjit.Int(2)); err != nil {
		t.Error(err)
	}
	if v, err := in.GetItem(ctx, d, pyjit.String("b")); err != nil || !v.Is(pyjit.Int(2)) {
		t.Errorf("d['b'] = %v, %v", v, err)
	}

	gen, err := in.Eval(ctx, "squares(5)")
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	if err := in.Iterate(ctx, gen, func(item pyjit.Value) error {
		n, _ := item.AsInt64()
		got = append(got, n)
		return nil
	}); err != nil || !slices.Equal(got, []int64{0, 1, 4, 9, 16}) {
		t.Errorf("Iterate squares = %v, %v", got, err)
	}

	// Errors, from Python and from the callback.
	bad, _ := in.Eval(ctx, "Bad()")
	errorCases := []struct {
		name string
		run  func() error
		want string
	}{
		{"missing attribute", func() error { _, err := in.GetAttr(ctx, p, "z"); return err },
			"AttributeError: 'Point' object has no attribute 'z'"},
		{"missing key", func() error { _, err := in.GetItem(ctx, d, pyjit.String("zz")); return err },
			"KeyError: 'zz'"},
		{"index out of range", func() error { _, err := in.Index(ctx, pyjit.String("ab"), 5); return err },
			"IndexError: string index out of range"},
		{"len of int", func() error { _, err := in.Len(ctx, pyjit.Int(1)); return err },
			"TypeError: object of type 'int' has no len()"},
		{"len raising", func() error { _, err := in.Len(ctx, bad); return err },
			"ValueError: no length"},
		{"iterate int", func() error { return in.Iterate(ctx, pyjit.Int(1), func(pyjit.Value) error { return nil }) },
			"TypeError: 'int' object is not iterable"},
		{"iterate raising", func() error { return in.Iterate(ctx, bad, func(pyjit.Value) error { return nil }) },
			"KeyError: 'k'"},
		{"setattr on int", func() error { return in.SetAttr(ctx, pyjit.Int(1), "x", pyjit.None) },
			"AttributeError: 'int' object has no attribute 'x'"},
	}
	for _, tc := range errorCases {
		err := tc.run()
		var pe *pyjit.Error
		if !errors.As(err, &pe) || err.Error() != tc.want {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.want)
		}
	}
	stop := errors.New("stop")
	gen, _ = in.Eval(ctx, "squares(5)")
	n := 0
	err = in.Iterate(ctx, gen, func(pyjit.Value) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("Iterate with a failing callback = %v, want it unchanged", err)
	}
}

func TestObjectProtocolRejectsNull(t *testing.T) {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	var null pyjit.Value
	for name, run := range map[string]func() error{
		"GetAttr":    func() error { _, err := in.GetAttr(ctx, null, "x"); return err },
		"SetAttr":    func() error { return in.SetAttr(ctx, pyjit.None, "x", null) },
		"GetItem":    func() error { _, err := in.GetItem(ctx, null, pyjit.Int(0)); return err },
		"SetItem":    func() error { return in.SetItem(ctx, pyjit.None, null, pyjit.None) },
		"Index":      func() error { _, err := in.Index(ctx, null, 0); return err },
		"Len":        func() error { _, err := in.Len(ctx, null); return err },
		"Truth":      func() error { _, err := in.Truth(ctx, null); return err },
		"Str":        func() error { _, err := in.Str(ctx, null); return err },
		"Repr":       func() error { _, err := in.Repr(ctx, null); return err },
		"Iterate":    func() error { return in.Iterate(ctx, null, nil) },
		"Call":       func() error { _, err := in.Call(ctx, null, nil, nil); return err },
		"CallArg":    func() error { _, err := in.Call(ctx, pyjit.None, []pyjit.Value{null}, nil); return err },
		"CallMethod": func() error { _, err := in.CallMethod(ctx, null, "x"); return err },
		"Vectorcall": func() error { _, err := in.Vectorcall(ctx, null, nil, nil); return err },
	} {
		if err := run(); !errors.Is(err, pyjit.ErrNull) {
			t.Errorf("%s with Null: %v, want ErrNull", name, err)
		}
	}
	if err := in.Iterate(ctx, pyjit.None, nil); err == nil {
		t.Error("Iterate with a nil function: no error")
	}
	// Null stored as a value becomes None.
	in.SetGlobal("g", null)
	list, err := pyjit.ToValue([]pyjit.Value{null, pyjit.Int(1)})
	if err != nil {
		t.Fatal(err)
	}
	in.SetGlobal("l", list)
	if v, err := in.Eval(ctx, "(g, l)"); err != nil || v.String() != "(None, [None, 1])" {
		t.Errorf("Null stored: %v, %v", v, err)
	}
	zero := new(pyjit.ExceptionClass)
	if zero.Error() == "" || !zero.Value().IsNull() || errors.Is(pyjit.Errorf(pyjit.KeyError, "k"), zero) ||
		!errors.Is(pyjit.Errorf(zero, "x"), pyjit.RuntimeError) {
		t.Error("the zero ExceptionClass misbehaves")
	}
}

func TestObjectProtocolLimits(t *testing.T) {
	in := pyjit.New(pyjit.Options{StepLimit: 1000})
	ctx := context.Background()
	if err := in.Exec(ctx, "setup.py", "def forever():\n    while True:\n        yield 1\n"); err != nil {
		t.Fatal(err)
	}
	gen, err := in.Eval(ctx, "forever()")
	if err != nil {
		t.Fatal(err)
	}
	err = in.Iterate(ctx, gen, func(pyjit.Value) error { return nil })
	if !errors.Is(err, pyjit.ErrStepLimit) {
		t.Errorf("endless Iterate under a step limit: %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := in.GetAttr(cctx, pyjit.Int(1), "real"); !errors.Is(err, context.Canceled) {
		t.Errorf("GetAttr with a cancelled context: %v", err)
	}
	// The interpreter stays usable.
	if v, err := in.GetAttr(ctx, pyjit.Int(1), "real"); err != nil || !v.Is(pyjit.Int(1)) {
		t.Errorf("GetAttr after the limits: %v, %v", v, err)
	}
}
