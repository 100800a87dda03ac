package vm

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// Bad calls and CPython 3.11's exceptions for them (run with python3 to
// check an entry). Each runs on the generic interpreter and with tier 1,
// from a loop so that the call site is specialized when it can be.
var argSpecCases = []struct{ call, want string }{
	{"[].index()", "TypeError: index expected at least 1 argument, got 0"},
	{"[].index(1, 2, 3, 4)", "TypeError: index expected at most 3 arguments, got 4"},
	{"[].index(x=1)", "TypeError: list.index() takes no keyword arguments"},
	{"'a'.zfill()", "TypeError: str.zfill() takes exactly one argument (0 given)"},
	{"[].clear(1)", "TypeError: list.clear() takes no arguments (1 given)"},
	{"[].clear(x=1)", "TypeError: list.clear() takes no keyword arguments"},
	{"'a'.split(1, 2, 3)", "TypeError: split() takes at most 2 arguments (3 given)"},
	{"'a'.split(x=1)", "TypeError: 'x' is an invalid keyword argument for split()"},
	{"'a'.split('x', sep='y')", "TypeError: argument for split() given by name ('sep') and position (1)"},
	{"'a'.split(sep=1, maxsplit=2, x=3)", "TypeError: split() takes at most 2 keyword arguments (3 given)"},
	{"int(x=1)", "TypeError: 'x' is an invalid keyword argument for int()"},
	{"int.from_bytes()", "TypeError: from_bytes() missing required argument 'bytes' (pos 1)"},
	{"int.from_bytes(b'', None)", "TypeError: from_bytes() argument 'byteorder' must be str, not None"},
	{"(5).to_bytes(1, 'big', 3)", "TypeError: to_bytes() takes at most 2 positional arguments (3 given)"},
	{"list.append(5, 1)", "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object"},
	{"list.append()", "TypeError: unbound method list.append() needs an argument"},
	{"str.__add__('')", "TypeError: expected 1 argument, got 0"},
	{"str.__add__(5, '')", "TypeError: descriptor '__add__' requires a 'str' object but received a 'int'"},
	{"str.__add__()", "TypeError: descriptor '__add__' of 'str' object needs an argument"},
	{"''.__mul__()", "TypeError:  expected 1 argument, got 0"},
	{"''.__add__('', x=1)", "TypeError: wrapper __add__() takes no keyword arguments"},
	{"int.__new__(5)", "TypeError: int.__new__(X): X is not a type object (int)"},
	{"list.__new__()", "TypeError: list.__new__(): not enough arguments"},
	{"list.__new__(int)", "TypeError: list.__new__(int): int is not a subtype of list"},
	{"type.__instancecheck__(int)", "TypeError: type.__instancecheck__() takes exactly one argument (0 given)"},
	{"int.__instancecheck__()", "TypeError: int.__instancecheck__() takes exactly one argument (0 given)"},
	{"set().discard()", "TypeError: set.discard() takes exactly one argument (0 given)"},
	{"set().union(x=1)", "TypeError: set.union() takes no keyword arguments"},
	{"(lambda f: f(x=1))(set().union)", "TypeError: union() takes no keyword arguments"},
	{"set.union(set(), x=1)", "TypeError: set.union() takes no keyword arguments"},
	{"b''.join()", "TypeError: bytes.join() takes exactly one argument (0 given)"},
	{"bytearray().append()", "TypeError: bytearray.append() takes exactly one argument (0 given)"},
	{"ValueError().add_note()", "TypeError: BaseException.add_note() takes exactly one argument (0 given)"},
	{"(lambda m: m())(ValueError().add_note)", "TypeError: ValueError.add_note() takes exactly one argument (0 given)"},
	{"bytes(1, 2, 3, 4)", "TypeError: bytes() takes at most 3 arguments (4 given)"},
	{"memoryview()", "TypeError: memoryview() missing required argument 'object' (pos 1)"},
	{"slice(x=1)", "TypeError: slice() takes no keyword arguments"},
	{"staticmethod()", "TypeError: staticmethod expected 1 argument, got 0"},
	{"super(1, 2, 3)", "TypeError: super() expected at most 2 arguments, got 3"},
	{"slice(1).indices()", "TypeError: slice.indices() takes exactly one argument (0 given)"},
	{"'ab'.count()", "TypeError: count() takes at least 1 argument (0 given)"},
	{"'ab'.count(x=1)", "TypeError: str.count() takes no keyword arguments"},
	{"(lambda f: f(x=1))('ab'.count)", "TypeError: count() takes no keyword arguments"},
	{"dict.fromkeys()", "TypeError: fromkeys expected at least 1 argument, got 0"},
	{"dict.__dict__['fromkeys'](5)", "TypeError: descriptor 'fromkeys' for type 'dict' needs a type, not a 'int' as arg 2"},
	{"{}.update(1, 2)", "TypeError: update expected at most 1 argument, got 2"},
	{"[].sort(1)", "TypeError: sort() takes no positional arguments"},
	{"len()", "TypeError: len() takes exactly one argument (0 given)"},
	{"len(x=1)", "TypeError: len() takes no keyword arguments"},
	{"divmod(1)", "TypeError: divmod expected 2 arguments, got 1"},
	{"getattr(1)", "TypeError: getattr expected at least 2 arguments, got 1"},
	{"round(1, 2, 3)", "TypeError: round() takes at most 2 arguments (3 given)"},
	{"sum(start=1)", "TypeError: sum() takes at least 1 positional argument (0 given)"},
	{"min()", "TypeError: min expected at least 1 argument, got 0"},
	{"math.sqrt()", "TypeError: math.sqrt() takes exactly one argument (0 given)"},
	{"math.log()", "TypeError: math.log requires 1 to 2 arguments"},
	{"math.isclose(1, 2, 3)", "TypeError: isclose() takes exactly 2 positional arguments (3 given)"},
	{"math.gcd(x=1)", "TypeError: math.gcd() takes no keyword arguments"},
	{"BaseExceptionGroup('x', [ValueError()]).derive()", "TypeError: function takes exactly 1 argument (0 given)"},
	{"range.__dict__['start'].__get__(5)", "TypeError: descriptor 'start' for 'range' objects doesn't apply to a 'int' object"},
}

func TestArgSpecMessages(t *testing.T) {
	var src strings.Builder
	src.WriteString("import math\nfor i in range(3):\n")
	for _, c := range argSpecCases {
		fmt.Fprintf(&src, "    try:\n        %s\n        print('ok')\n    except Exception as e:\n        print(type(e).__name__ + ': ' + str(e))\n", c.call)
	}
	for _, tier := range tiers {
		var out, errb bytes.Buffer
		in := New(Options{Stdout: &out, Stderr: &errb})
		in.SetSpecializer(tier.spec)
		if err := in.RunMain("<test>", []byte(src.String())); err != nil {
			t.Fatalf("%s: %v\n%s", tier.name, err, errb.String())
		}
		in.Flush()
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if len(lines) != 3*len(argSpecCases) {
			t.Fatalf("%s: %d lines of output, want %d", tier.name, len(lines), 3*len(argSpecCases))
		}
		for i, line := range lines {
			c := argSpecCases[i%len(argSpecCases)]
			if line != c.want {
				t.Errorf("%s, pass %d: %s\n got: %s\nwant: %s", tier.name, i/len(argSpecCases), c.call, line, c.want)
			}
		}
	}
}

// TestBuiltinMethodsNeverPanic calls every method of every builtin type,
// and every builtin function, with no arguments, with six, with an
// unknown keyword and, for methods, with a self of the wrong type: each
// call must return a result or a Python exception, never panic.
func TestBuiltinMethodsNeverPanic(t *testing.T) {
	var out bytes.Buffer
	in := New(Options{Stdout: &out, Stderr: &out})
	th := in.Thread()
	// Special methods that pyjit has and CPython lacks recurse through the
	// operator they implement; they are not argument checking's concern.
	skip := map[string]bool{"set.__getitem__": true, "frozenset.__getitem__": true, "float.__invert__": true}
	six := []Value{None, None, None, None, None, None}
	calls, panics := 0, 0
	try := func(label string, f func() (Value, error)) {
		calls++
		defer func() {
			if r := recover(); r != nil {
				panics++
				t.Errorf("%s: panic: %v", label, r)
			}
		}()
		f()
	}
	types := append([]*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ByteArrayType,
		ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType, PropertyType, StaticMethodType,
		ClassMethodType, SuperType, EnumerateType, ZipType, MapType, FilterType, ReversedType, MemoryViewType}, exceptionTypes...)
	bs := Obj(&Bytes{b: []byte("ab")})
	lst := Obj(NewList([]Value{Int(1)}))
	lenFn, _ := newBuiltinsDict().GetStr("len")
	samples := map[*Type][]Value{IntType: {Int(5)}, BoolType: {True}, FloatType: {Float(1.5)}, ComplexType: {Float(1.5), Int(2)}, StrType: {String("ab")},
		BytesType: {bs}, ByteArrayType: {bs}, ListType: {lst}, TupleType: {lst}, DictType: nil, SetType: {lst},
		FrozenSetType: {lst}, RangeType: {Int(3)}, SliceType: {Int(1), Int(2)}, MemoryViewType: {bs},
		PropertyType: nil, StaticMethodType: {lenFn}, ClassMethodType: {lenFn}, ObjectType: nil}
	for _, typ := range types {
		var self Value
		if args, ok := samples[typ]; ok {
			v, err := th.Call(Obj(typ), args, nil)
			if err != nil {
				t.Fatalf("%s: %v", typ.Name, err)
			}
			self = v
		} else if typ == TypeType {
			self = Obj(IntType)
		} else if typ.IsSubtype(BaseExceptionType) && typ != BaseExceptionGroupType && typ != ExceptionGroupType {
			v, err := th.Call(Obj(typ), []Value{String("x")}, nil)
			if err != nil {
				continue
			}
			self = v
		}
		typ.Dict.Items(func(k, v Value) bool {
			name := typ.Name + "." + k.o.(*Str).s
			if skip[name] || strings.HasSuffix(name, ".__init__") || strings.HasSuffix(name, ".__del__") {
				return true
			}
			switch d := v.o.(type) {
			case *MethodDescriptor, *ClassMethodDescriptor:
				try(name+"()", func() (Value, error) { return th.Call(v, nil, nil) })
				try(name+"(5)", func() (Value, error) { return th.Call(v, []Value{Int(5)}, nil) })
				if self.o != nil {
					bound, err := th.bindDescriptor(v, self, typ)
					if err == nil {
						try(name+" bound()", func() (Value, error) { return th.Call(bound, nil, nil) })
						try(name+" bound(6 args)", func() (Value, error) { return th.Call(bound, six, nil) })
						try(name+" bound(zzz=1)", func() (Value, error) { return th.Call(bound, []Value{Int(1)}, []string{"zzz"}) })
					}
				}
			case *Builtin:
				if d.Name == "__new__" {
					try(name+"()", func() (Value, error) { return th.Call(v, nil, nil) })
					try(name+"(5)", func() (Value, error) { return th.Call(v, []Value{Int(5)}, nil) })
					try(name+"(int)", func() (Value, error) { return th.Call(v, []Value{Obj(IntType)}, nil) })
				}
			}
			return true
		})
	}
	builtins := newBuiltinsDict()
	for _, name := range []string{"abs", "all", "any", "ascii", "bin", "callable", "chr", "delattr", "dir", "divmod",
		"format", "getattr", "hasattr", "hash", "hex", "id", "isinstance", "issubclass", "iter", "len", "max", "min",
		"next", "oct", "ord", "pow", "repr", "round", "setattr", "sorted", "sum", "vars"} {
		f, _ := builtins.GetStr(name)
		try(name+"()", func() (Value, error) { return th.Call(f, nil, nil) })
		try(name+"(6 args)", func() (Value, error) { return th.Call(f, six, nil) })
		try(name+"(zzz=1)", func() (Value, error) { return th.Call(f, []Value{Int(1)}, []string{"zzz"}) })
	}
	t.Logf("%d calls, %d panics", calls, panics)
}

// TestArgSpecCoverage reports how many builtin methods have a signature.
func TestArgSpecCoverage(t *testing.T) {
	for i := range argSpecTable {
		s := &argSpecTable[i].spec
		if i > 0 && argSpecTable[i-1].key >= argSpecTable[i].key {
			t.Errorf("argSpecTable is not sorted at %q", argSpecTable[i].key)
		}
		if s.maxPos != s.max && s.max >= 0 {
			t.Errorf("%s: maxPos %d, max %d", s.qual, s.maxPos, s.max)
		}
		if s.style == stylePos && len(s.names) > 0 {
			t.Errorf("%s: positional-only style with keyword names", s.qual)
		}
	}
	with, without := 0, []string{}
	for _, typ := range append([]*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ByteArrayType,
		ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType, MemoryViewType}, exceptionTypes...) {
		typ.Dict.Items(func(k, v Value) bool {
			if d, ok := v.o.(*MethodDescriptor); ok {
				if d.spec != nil {
					with++
				} else {
					without = append(without, d.Owner.Name+"."+d.Name)
				}
			}
			return true
		})
	}
	t.Logf("%d method descriptors with a signature; without: %v", with, without)
}
