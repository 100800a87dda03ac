package vm

// The _operator module: the operators as functions, and the attrgetter,
// itemgetter and methodcaller types (CPython's Modules/_operator.c), which
// CPython's operator.py imports over its pure-Python definitions.

import (
	"crypto/subtle"
	"math"
	"math/big"
	"strings"

	"github.com/pyjit/pyjit/vm/code"
)

// operatorBinary maps _operator's binary functions to their NB_* codes;
// the in-place variants ("iadd", "iand") are these names prefixed with
// "i", without the trailing underscore.
var operatorBinary = map[string]int{
	"add": code.NB_ADD, "and_": code.NB_AND, "floordiv": code.NB_FLOOR_DIVIDE,
	"lshift": code.NB_LSHIFT, "matmul": code.NB_MATRIX_MULTIPLY, "mul": code.NB_MULTIPLY,
	"mod": code.NB_REMAINDER, "or_": code.NB_OR, "pow": code.NB_POWER,
	"rshift": code.NB_RSHIFT, "sub": code.NB_SUBTRACT, "truediv": code.NB_TRUE_DIVIDE,
	"xor": code.NB_XOR,
}

// operatorCompare maps _operator's comparison functions to their CMP_* codes.
var operatorCompare = map[string]int{
	"lt": code.CMP_LT, "le": code.CMP_LE, "eq": code.CMP_EQ,
	"ne": code.CMP_NE, "gt": code.CMP_GT, "ge": code.CMP_GE,
}

// operatorUnary maps _operator's unary functions to their opcodes.
var operatorUnary = map[string]code.Opcode{
	"neg": code.UNARY_NEGATIVE, "pos": code.UNARY_POSITIVE,
	"inv": code.UNARY_INVERT, "invert": code.UNARY_INVERT,
}

// The types of _operator, made once with the builtin types.
var attrGetterType, itemGetterType, methodCallerType *Type

// attrGetter is operator.attrgetter: each attribute is a dotted path.
type attrGetter struct {
	names []string // as given, for repr and pickling
	paths [][]*Str
}

// itemGetter is operator.itemgetter.
type itemGetter struct{ items []Value }

// methodCaller is operator.methodcaller.
type methodCaller struct {
	name *Str
	// args are the positional arguments, then the values of the
	// keyword arguments named by kwnames.
	args    []Value
	kwnames []string
}

// positional is the positional arguments of the method's calls.
func (mc *methodCaller) positional() []Value { return mc.args[:len(mc.args)-len(mc.kwnames)] }

// Type implements Object.
func (*attrGetter) Type() *Type { return attrGetterType }

// Type implements Object.
func (*itemGetter) Type() *Type { return itemGetterType }

// Type implements Object.
func (*methodCaller) Type() *Type { return methodCallerType }

// positional checks the argument count of a METH_FASTCALL function of
// _operator: "add expected 2 arguments, got 1".
func positional(name string, args []Value, kw []string, min, max int) error {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "_operator.%s() takes no keyword arguments", name)
	}
	n := len(args)
	switch {
	case min == max && n != min:
		return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", name, min, plural(min), n)
	case n < min:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	case max >= 0 && n > max:
		return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// operatorFunc is a function of two positional arguments.
func operatorFunc(name string, fn func(th *Thread, a, b Value) (Value, error)) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := positional(name, args, kw, 2, 2); err != nil {
			return Null, err
		}
		return fn(th, args[0], args[1])
	}
}

// operatorFunc1 is a function of one argument (METH_O).
func operatorFunc1(name string, fn func(th *Thread, a Value) (Value, error)) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "_operator.%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "_operator.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return fn(th, args[0])
	}
}

func makeOperatorModule(th *Thread) (*Module, error) {
	fns := map[string]BuiltinFunc{
		"truth": operatorFunc1("truth", func(th *Thread, a Value) (Value, error) {
			t, err := th.Truth(a)
			return Bool(t), err
		}),
		"not_": operatorFunc1("not_", func(th *Thread, a Value) (Value, error) {
			t, err := th.Truth(a)
			return Bool(!t), err
		}),
		"abs":   operatorFunc1("abs", (*Thread).Abs),
		"index": operatorFunc1("index", (*Thread).operatorIndex),
		"is_": operatorFunc("is_", func(th *Thread, a, b Value) (Value, error) {
			return Bool(a.Is(b)), nil
		}),
		"is_not": operatorFunc("is_not", func(th *Thread, a, b Value) (Value, error) {
			return Bool(!a.Is(b)), nil
		}),
		"contains": operatorFunc("contains", func(th *Thread, a, b Value) (Value, error) {
			ok, err := th.Contains(a, b)
			return Bool(ok), err
		}),
		"countOf": operatorFunc("countOf", func(th *Thread, a, b Value) (Value, error) {
			return th.operatorSearch(a, b, false)
		}),
		"indexOf": operatorFunc("indexOf", func(th *Thread, a, b Value) (Value, error) {
			return th.operatorSearch(a, b, true)
		}),
		"concat": operatorFunc("concat", func(th *Thread, a, b Value) (Value, error) {
			return th.operatorConcat(a, b, false)
		}),
		"iconcat": operatorFunc("iconcat", func(th *Thread, a, b Value) (Value, error) {
			return th.operatorConcat(a, b, true)
		}),
		"getitem": operatorFunc("getitem", (*Thread).GetItem),
		"delitem": operatorFunc("delitem", func(th *Thread, a, b Value) (Value, error) {
			return None, th.DelItem(a, b)
		}),
		"setitem": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := positional("setitem", args, kw, 3, 3); err != nil {
				return Null, err
			}
			return None, th.SetItem(args[0], args[1], args[2])
		},
		"length_hint": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := positional("length_hint", args, kw, 1, 2); err != nil {
				return Null, err
			}
			var def int64
			if len(args) == 2 {
				d, err := th.sizeArg(args[1])
				if err != nil {
					return Null, err
				}
				def = d
			}
			n, err := th.LengthHint(args[0], def)
			return Int(n), err
		},
		"call": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args)-len(kw) < 1 {
				return Null, Errorf(TypeErrorType, "call expected at least 1 argument, got 0")
			}
			return th.Call(args[0], args[1:], kw)
		},
		"_compare_digest": operatorFunc("_compare_digest", (*Thread).compareDigest),
	}
	for name, op := range operatorBinary {
		op := op
		fns[name] = operatorFunc(name, func(th *Thread, a, b Value) (Value, error) { return th.BinaryOp(op, a, b) })
		iname := "i" + strings.TrimSuffix(name, "_")
		fns[iname] = operatorFunc(iname, func(th *Thread, a, b Value) (Value, error) {
			return th.BinaryOp(op+code.NB_INPLACE_ADD, a, b)
		})
	}
	for name, op := range operatorCompare {
		op := op
		fns[name] = operatorFunc(name, func(th *Thread, a, b Value) (Value, error) { return th.RichCompare(a, b, op) })
	}
	for name, op := range operatorUnary {
		op := op
		fns[name] = operatorFunc1(name, func(th *Thread, a Value) (Value, error) { return th.unaryOp(op, a) })
	}
	m := newNativeModule("_operator", fns)
	m.Dict.SetStr("__doc__", String("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."))
	for _, t := range []*Type{attrGetterType, itemGetterType, methodCallerType} {
		m.Dict.SetStr(shortTypeName(t), Obj(t))
	}
	return m, nil
}

// operatorIndex is operator.index: v's __index__.
func (th *Thread) operatorIndex(v Value) (Value, error) {
	r, ok, err := th.indexValue(v)
	if err == nil && !ok {
		err = Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	if err != nil {
		return Null, err
	}
	// As CPython's PyNumber_Index: an exact int.
	return intValue(unwrap(r)), nil
}

// operatorSearch is countOf (the items of a equal to b) and indexOf (the
// position of the first), comparing as CPython's PyObject_RichCompareBool:
// identity first.
func (th *Thread) operatorSearch(a, b Value, first bool) (Value, error) {
	it, err := th.Iter(a)
	if err != nil {
		if isTypeError(err) {
			return Null, Errorf(TypeErrorType, "argument of type '%s' is not iterable", a.Type().Name)
		}
		return Null, err
	}
	n := int64(0)
	for {
		x, ok, err := th.Next(it)
		if err != nil || !ok {
			if err == nil && first {
				err = Errorf(ValueErrorType, "sequence.index(x): x not in sequence")
			}
			return Int(n), err
		}
		eq := x.Is(b)
		if !eq {
			if eq, err = th.Equal(x, b); err != nil {
				return Null, err
			}
		}
		if eq && first {
			return Int(n), nil
		}
		if eq || first {
			n++
		}
	}
}

// operatorConcat is concat and iconcat: a + b (a += b) for sequences
// only, as CPython's PySequence_Concat and PySequence_InPlaceConcat.
func (th *Thread) operatorConcat(a, b Value, inplace bool) (Value, error) {
	if !th.isSequence(a) {
		return Null, Errorf(TypeErrorType, "'%s' object can't be concatenated", a.Type().Name)
	}
	op := code.NB_ADD
	if inplace {
		op += code.NB_INPLACE_ADD
	}
	return th.BinaryOp(op, a, b)
}

// compareDigest is operator._compare_digest: a == b for two ASCII strs or
// two bytes-like objects, in time that depends on their lengths only.
func (th *Thread) compareDigest(a, b Value) (Value, error) {
	sa, aStr := unwrap(a).o.(*Str)
	sb, bStr := unwrap(b).o.(*Str)
	if aStr && bStr {
		if !sa.isASCII() || !sb.isASCII() {
			return Null, Errorf(TypeErrorType, "comparing strings with non-ASCII characters is not supported")
		}
		return Bool(subtle.ConstantTimeCompare([]byte(sa.s), []byte(sb.s)) == 1), nil
	}
	if !isBytesLike(a) && !isBytesLike(b) {
		return Null, Errorf(TypeErrorType, "unsupported operand types(s) or combination of types: '%s' and '%s'", a.Type().Name, b.Type().Name)
	}
	ba, err := th.bytesLikeArg("_compare_digest", a)
	if err != nil {
		return Null, err
	}
	bb, err := th.bytesLikeArg("_compare_digest", b)
	if err != nil {
		return Null, err
	}
	return Bool(subtle.ConstantTimeCompare(ba, bb) == 1), nil
}

// isBytesLike reports whether v has the buffer protocol.
func isBytesLike(v Value) bool {
	switch bufferObject(v).o.(type) {
	case *Bytes, *MemoryView:
		return true
	}
	return false
}

// LengthHint is CPython's PyObject_LengthHint: len(v), else v's
// __length_hint__(), else def. A TypeError of either is ignored.
func (th *Thread) LengthHint(v Value, def int64) (int64, error) {
	n, err := th.Len(v)
	if err == nil {
		return int64(n), nil
	}
	if !isTypeError(err) {
		return 0, err
	}
	m := v.Type().Lookup("__length_hint__")
	if m.o == nil || m.IsNone() {
		return def, nil
	}
	r, err := th.callSpecial(m, v)
	switch {
	case err != nil:
		if isTypeError(err) {
			return def, nil
		}
		return 0, err
	case r.IsNotImplemented():
		return def, nil
	case !isIntLike(r):
		return 0, Errorf(TypeErrorType, "__length_hint__ must be an integer, not %s", r.Type().Name)
	}
	hint, err := th.sizeArg(r)
	if err == nil && hint < 0 {
		err = Errorf(ValueErrorType, "__length_hint__() should return >= 0")
	}
	return hint, err
}

// getterCallArg is the one argument of a call of an attrgetter,
// itemgetter or methodcaller.
func getterCallArg(name string, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return Null, Errorf(TypeErrorType, "%s expected 1 argument, got %d", name, len(args))
	}
	return args[0], nil
}

// newOperatorType makes one of _operator's final types, named as
// operator's.
func newOperatorType(name, doc string) *Type {
	t := newBuiltinType(name, ObjectType)
	t.Name = "operator." + name
	t.layout = t
	t.final = true
	t.Dict.SetStr("__module__", String("operator"))
	t.Dict.SetStr("__doc__", String(doc))
	return t
}

// setNew sets t's __new__: fn receives the arguments after the class.
func setNew(t *Type, fn func(th *Thread, args []Value, kw []string) (Value, error)) {
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return fn(th, args[1:], kw)
	}}))
}

// reprCall is "operator.name(args)" for the getters' reprs, or
// "operator.name(...)" when v's repr is already being made.
func (th *Thread) reprCall(v Value, args func() ([]string, error)) (Value, error) {
	name := v.Type().Name
	if th.reprEnter(v) {
		return String(name + "(...)"), nil
	}
	defer th.reprLeave(v)
	// The arguments may hold v, whose repr is then "name(...)".
	saved := th.builtinDunder
	th.builtinDunder = dunderCall{}
	parts, err := args()
	th.builtinDunder = saved
	if err != nil {
		return Null, err
	}
	return String(name + "(" + strings.Join(parts, ", ") + ")"), nil
}

// reprAll is the reprs of vs.
func (th *Thread) reprAll(vs []Value) ([]string, error) {
	out := make([]string, len(vs))
	for i, v := range vs {
		s, err := th.Repr(v)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func initAttrGetterType() {
	t := newOperatorType("attrgetter", "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).")
	attrGetterType = t
	setNew(t, func(th *Thread, args []Value, kw []string) (Value, error) {
		if err := noKwargs("attrgetter", kw); err != nil {
			return Null, err
		}
		if len(args) == 0 {
			return Null, Errorf(TypeErrorType, "attrgetter expected 1 argument, got 0")
		}
		g := &attrGetter{}
		for _, a := range args {
			s, ok := unwrap(a).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "attribute name must be a string")
			}
			var path []*Str
			for _, part := range strings.Split(s.s, ".") {
				path = append(path, intern(part))
			}
			g.names = append(g.names, s.s)
			g.paths = append(g.paths, path)
		}
		return Obj(g), nil
	})
	self := func(v Value) *attrGetter { return v.o.(*attrGetter) }
	method(t, "__call__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		obj, err := getterCallArg("attrgetter", args, kw)
		if err != nil {
			return Null, err
		}
		g := self(sv)
		if len(g.paths) == 1 {
			return th.getAttrPath(obj, g.paths[0])
		}
		out := make([]Value, len(g.paths))
		for i, p := range g.paths {
			if out[i], err = th.getAttrPath(obj, p); err != nil {
				return Null, err
			}
		}
		return Obj(NewTuple(out)), nil
	})
	method(t, "__repr__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return th.reprCall(sv, func() ([]string, error) {
			names := make([]string, len(self(sv).names))
			for i, n := range self(sv).names {
				names[i] = code.StrRepr(n)
			}
			return names, nil
		})
	})
	method(t, "__reduce__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		names := make([]Value, len(self(sv).names))
		for i, n := range self(sv).names {
			names[i] = String(n)
		}
		return TupleOf(Obj(t), Obj(NewTuple(names))), nil
	})
}

// getAttrPath follows a dotted attribute path from obj.
func (th *Thread) getAttrPath(obj Value, path []*Str) (Value, error) {
	for _, name := range path {
		v, err := th.GetAttr(obj, name)
		if err != nil {
			return Null, err
		}
		obj = v
	}
	return obj, nil
}

func initItemGetterType() {
	t := newOperatorType("itemgetter", "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])")
	itemGetterType = t
	setNew(t, func(th *Thread, args []Value, kw []string) (Value, error) {
		if err := noKwargs("itemgetter", kw); err != nil {
			return Null, err
		}
		if len(args) == 0 {
			return Null, Errorf(TypeErrorType, "itemgetter expected 1 argument, got 0")
		}
		return Obj(&itemGetter{items: append([]Value(nil), args...)}), nil
	})
	self := func(v Value) *itemGetter { return v.o.(*itemGetter) }
	method(t, "__call__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		obj, err := getterCallArg("itemgetter", args, kw)
		if err != nil {
			return Null, err
		}
		g := self(sv)
		if len(g.items) == 1 {
			return th.GetItem(obj, g.items[0])
		}
		out := make([]Value, len(g.items))
		for i, k := range g.items {
			if out[i], err = th.GetItem(obj, k); err != nil {
				return Null, err
			}
		}
		return Obj(NewTuple(out)), nil
	})
	method(t, "__repr__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return th.reprCall(sv, func() ([]string, error) { return th.reprAll(self(sv).items) })
	})
	method(t, "__reduce__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return TupleOf(Obj(t), Obj(NewTuple(append([]Value(nil), self(sv).items...)))), nil
	})
}

func initMethodCallerType() {
	t := newOperatorType("methodcaller", "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).")
	methodCallerType = t
	setNew(t, func(th *Thread, args []Value, kw []string) (Value, error) {
		npos := len(args) - len(kw)
		if npos < 1 {
			return Null, Errorf(TypeErrorType, "methodcaller needs at least one argument, the method name")
		}
		name, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "method name must be a string")
		}
		return Obj(&methodCaller{name: intern(name.s), args: append([]Value(nil), args[1:]...), kwnames: kw}), nil
	})
	self := func(v Value) *methodCaller { return v.o.(*methodCaller) }
	method(t, "__call__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		obj, err := getterCallArg("methodcaller", args, kw)
		if err != nil {
			return Null, err
		}
		mc := self(sv)
		m, err := th.GetAttr(obj, mc.name)
		if err != nil {
			return Null, err
		}
		return th.Call(m, mc.args, mc.kwnames)
	})
	method(t, "__repr__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		return th.reprCall(sv, func() ([]string, error) {
			mc := self(sv)
			parts, err := th.reprAll(append([]Value{Obj(mc.name)}, mc.args...))
			if err != nil {
				return nil, err
			}
			kwStart := len(parts) - len(mc.kwnames)
			for i, k := range mc.kwnames {
				parts[kwStart+i] = k + "=" + parts[kwStart+i]
			}
			return parts, nil
		})
	})
	method(t, "__reduce__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		mc := self(sv)
		if len(mc.kwnames) == 0 {
			return TupleOf(Obj(t), Obj(NewTuple(append([]Value{Obj(mc.name)}, mc.args...)))), nil
		}
		// As CPython: functools.partial(methodcaller, name, **kwargs)
		// called with the positional arguments.
		functools, err := th.importModule("functools")
		if err != nil {
			return Null, err
		}
		partial, err := th.GetAttr(functools, intern("partial"))
		if err != nil {
			return Null, err
		}
		pos := mc.positional()
		pargs := append([]Value{Obj(t), Obj(mc.name)}, mc.args[len(pos):]...)
		p, err := th.Call(partial, pargs, mc.kwnames)
		if err != nil {
			return Null, err
		}
		return TupleOf(p, Obj(NewTuple(append([]Value(nil), pos...)))), nil
	})
}

func initOperatorTypes() {
	initAttrGetterType()
	initItemGetterType()
	initMethodCallerType()
}

// Abs implements abs(v).
func (th *Thread) Abs(v Value) (Value, error) {
	switch v.o.(type) {
	case intTag, boolTag:
		i := int64(v.n)
		if i < 0 {
			if i == math.MinInt64 {
				return intFromFreshBig(new(big.Int).Neg(big.NewInt(i))), nil
			}
			return Int(-i), nil
		}
		return Int(i), nil
	case floatTag:
		return Float(math.Abs(v.UncheckedFloat())), nil
	case *BigInt:
		return intFromFreshBig(new(big.Int).Abs(&v.o.(*BigInt).b)), nil
	}
	r, found, err := th.callDunder(v, "__abs__")
	if err != nil || found {
		return r, err
	}
	return Null, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", v.Type().Name)
}
