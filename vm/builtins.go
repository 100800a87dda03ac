package vm

// The builtins module: functions and the names of builtin types.

import (
	"bytes"
	"math/big"
	"strings"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/compile"
	"github.com/pyjit/pyjit/vm/syntax"
)

type builtinSpec struct {
	name string
	fn   BuiltinFunc
}

func newBuiltinsDict() *Dict {
	d := NewDict()
	for _, b := range builtinFuncs() {
		bf := &Builtin{Name: b.name, Fn: b.fn, spec: moduleArgSpec("builtins", b.name)}
		switch b.name {
		case "len":
			bf.kind = builtinKindLen
		case "isinstance":
			bf.kind = builtinKindIsinstance
		case "sum":
			bf.kind = builtinKindSum
		case "any", "all":
			bf.kind = builtinKindAnyAll
		}
		d.SetStr(b.name, Obj(bf))
	}
	for _, t := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ByteArrayType,
		ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType, PropertyType, StaticMethodType,
		ClassMethodType, SuperType, EnumerateType, ZipType, MapType, FilterType, ReversedType, MemoryViewType} {
		d.SetStr(t.Name, Obj(t))
	}
	for _, t := range exceptionTypes {
		d.SetStr(t.Name, Obj(t))
	}
	d.SetStr("EnvironmentError", Obj(OSErrorType))
	d.SetStr("IOError", Obj(OSErrorType))
	d.SetStr("None", None)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("Ellipsis", EllipsisValue)
	d.SetStr("__debug__", True)
	d.SetStr("__name__", String("builtins"))
	d.SetStr("__build_class__", Obj(&Builtin{Name: "__build_class__", Fn: buildClass}))
	setTypeDocs(d)
	return d
}

func builtinFuncs() []builtinSpec {
	return []builtinSpec{
		{"print", builtinPrint},
		{"len", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				if len(kw) > 0 {
					return Null, Errorf(TypeErrorType, "len() takes no keyword arguments")
				}
				return Null, Errorf(TypeErrorType, "len() takes exactly one argument (%d given)", len(args))
			}
			n, err := th.Len(args[0])
			return Int(int64(n)), err
		}},
		{"repr", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "repr() takes exactly one argument (%d given)", len(args))
			}
			return th.reprObject(args[0])
		}},
		{"ascii", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "ascii() takes exactly one argument (%d given)", len(args))
			}
			return th.asciiObject(args[0])
		}},
		{"abs", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "abs() takes exactly one argument (%d given)", len(args))
			}
			return th.Abs(args[0])
		}},
		{"all", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return anyAll(th, args, "all", false)
		}},
		{"any", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return anyAll(th, args, "any", true)
		}},
		{"bin", intToBase("bin", 2, "0b")},
		{"oct", intToBase("oct", 8, "0o")},
		{"hex", intToBase("hex", 16, "0x")},
		{"callable", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "callable() takes exactly one argument (%d given)", len(args))
			}
			return Bool(th.callable(args[0])), nil
		}},
		{"chr", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "chr() takes exactly one argument (%d given)", len(args))
			}
			i, err := th.cIntArg(args[0])
			if err != nil {
				return Null, err
			}
			if i < 0 || i > 0x10ffff {
				return Null, Errorf(ValueErrorType, "chr() arg not in range(0x110000)")
			}
			if i < 128 {
				return Obj(asciiChar(byte(i))), nil
			}
			return String(encodeRunes([]rune{rune(i)})), nil
		}},
		{"ord", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "ord() takes exactly one argument (%d given)", len(args))
			}
			switch o := unwrap(args[0]).o.(type) {
			case *Str:
				rs := o.Runes()
				if len(rs) != 1 {
					return Null, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(rs))
				}
				return Int(int64(rs[0])), nil
			case *Bytes:
				if len(o.b) != 1 {
					return Null, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(o.b))
				}
				return Int(int64(o.b[0])), nil
			}
			return Null, Errorf(TypeErrorType, "ord() expected string of length 1, but %s found", args[0].Type().Name)
		}},
		{"divmod", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 2 {
				return Null, Errorf(TypeErrorType, "divmod expected 2 arguments, got %d", len(args))
			}
			a, b := args[0], args[1]
			if isNumber(a) && isNumber(b) {
				return th.divmodNumbers(a, b)
			}
			r, found, err := th.callDunder(a, "__divmod__", b)
			if err != nil || (found && !r.IsNotImplemented()) {
				return r, err
			}
			r, found, err = th.callDunder(b, "__rdivmod__", a)
			if err != nil || (found && !r.IsNotImplemented()) {
				return r, err
			}
			return Null, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
		}},
		{"pow", builtinPow},
		{"round", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var x, nd Value
			if err := unpackArgs("round", args, kw, 1, []string{"number", "ndigits"}, &x, &nd); err != nil {
				return Null, err
			}
			switch x.o.(type) {
			case floatTag:
				return roundFloat(th, x.UncheckedFloat(), nd)
			case intTag, boolTag, *BigInt:
				if nd.o == nil || nd.IsNone() {
					return intValue(x), nil
				}
				return roundInt(th, x, nd)
			}
			var r Value
			var found bool
			var err error
			if nd.o == nil || nd.IsNone() {
				r, found, err = th.callDunder(x, "__round__")
			} else {
				r, found, err = th.callDunder(x, "__round__", nd)
			}
			if err != nil || found {
				return r, err
			}
			return Null, Errorf(TypeErrorType, "type %s doesn't define __round__ method", x.Type().Name)
		}},
		{"hash", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "hash() takes exactly one argument (%d given)", len(args))
			}
			h, err := th.Hash(args[0])
			return Int(h), err
		}},
		{"id", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "id() takes exactly one argument (%d given)", len(args))
			}
			return Int(int64(objectID(args[0]))), nil
		}},
		{"isinstance", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 2 {
				return Null, Errorf(TypeErrorType, "isinstance expected 2 arguments, got %d", len(args))
			}
			r, err := th.isInstance(args[0], args[1])
			return Bool(r), err
		}},
		{"issubclass", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 2 {
				return Null, Errorf(TypeErrorType, "issubclass expected 2 arguments, got %d", len(args))
			}
			r, err := th.isSubclass(args[0], args[1])
			return Bool(r), err
		}},
		{"iter", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			switch len(args) {
			case 1:
				return th.Iter(args[0])
			case 2:
				if !th.callable(args[0]) {
					return Null, Errorf(TypeErrorType, "iter(v, w): v must be callable")
				}
				return Obj(&callIter{fn: args[0], sentinel: args[1]}), nil
			}
			return Null, Errorf(TypeErrorType, "iter expected at most 2 arguments, got %d", len(args))
		}},
		{"next", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return Null, Errorf(TypeErrorType, "next expected at least 1 argument, got %d", len(args))
			}
			if !th.isIterator(args[0]) {
				return Null, Errorf(TypeErrorType, "'%s' object is not an iterator", args[0].Type().Name)
			}
			if g, ok := args[0].o.(*Generator); ok {
				v, done, err := th.resumeGen(g, None, nil)
				if err != nil {
					return Null, err
				}
				if done {
					if len(args) == 2 {
						return args[1], nil
					}
					return genResult(v, done, nil)
				}
				return v, nil
			}
			carries := false
			switch args[0].o.(type) {
			case *Instance, *anextAwaitable, *asyncGenASend, *asyncGenAThrow, *coroWrapper:
				carries = true
			}
			if carries {
				// The StopIteration of __next__ carries a value.
				m := args[0].Type().Lookup("__next__")
				r, err := th.callSpecial(m, args[0])
				if err != nil {
					if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) && len(args) == 2 {
						return args[1], nil
					}
				}
				return r, err
			}
			v, ok, err := th.Next(args[0])
			if err != nil {
				return Null, err
			}
			if !ok {
				if len(args) == 2 {
					return args[1], nil
				}
				return Null, NewException(StopIterationType)
			}
			return v, nil
		}},
		{"getattr", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) < 2 || len(args) > 3 {
				return Null, Errorf(TypeErrorType, "getattr expected at least 2 arguments, got %d", len(args))
			}
			name, ok := unwrap(args[1]).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
			}
			if len(args) == 3 {
				v, ok, err := th.getAttrOpt(args[0], name)
				if err == nil && !ok {
					return args[2], nil
				}
				return v, err
			}
			return th.GetAttr(args[0], name)
		}},
		{"setattr", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 3 {
				return Null, Errorf(TypeErrorType, "setattr expected 3 arguments, got %d", len(args))
			}
			name, ok := unwrap(args[1]).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
			}
			return None, th.SetAttr(args[0], name, args[2])
		}},
		{"delattr", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 2 {
				return Null, Errorf(TypeErrorType, "delattr expected 2 arguments, got %d", len(args))
			}
			name, ok := unwrap(args[1]).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
			}
			return None, th.SetAttr(args[0], name, Null)
		}},
		{"hasattr", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 2 {
				return Null, Errorf(TypeErrorType, "hasattr expected 2 arguments, got %d", len(args))
			}
			name, ok := unwrap(args[1]).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
			}
			_, ok, err := th.getAttrOpt(args[0], name)
			if err != nil {
				return Null, err
			}
			return Bool(ok), nil
		}},
		{"min", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return minMax(th, args, kw, "min", code.CMP_LT)
		}},
		{"max", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return minMax(th, args, kw, "max", code.CMP_GT)
		}},
		{"sum", builtinSum},
		{"sorted", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args)-len(kw) != 1 {
				return Null, Errorf(TypeErrorType, "sorted expected 1 argument, got %d", len(args)-len(kw))
			}
			// The items are collected before the keywords (list.sort's)
			// are checked.
			items, err := th.iterateToSliceHinted(args[0])
			if err != nil {
				return Null, err
			}
			var it, key, reverse Value
			if err := unpackArgs("sort", args, kw, 1, []string{"iterable", "$key", "$reverse"}, &it, &key, &reverse); err != nil {
				return Null, err
			}
			if err := th.sortValues(items, key, reverse); err != nil {
				return Null, err
			}
			return Obj(NewList(items)), nil
		}},
		{"format", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return Null, Errorf(TypeErrorType, "format expected at least 1 argument, got %d", len(args))
			}
			spec := ""
			if len(args) == 2 {
				s, ok := unwrap(args[1]).o.(*Str)
				if !ok {
					return Null, Errorf(TypeErrorType, "format() argument 2 must be str, not %s", args[1].Type().Name)
				}
				spec = s.s
			}
			return th.formatObject(args[0], spec)
		}},
		{"globals", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return th.globalsValue(th.frame.globals), nil
		}},
		{"locals", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return th.frameLocalsValue(th.frame), nil
		}},
		{"vars", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) == 0 {
				return th.frameLocalsValue(th.frame), nil
			}
			v, ok, err := th.lookupAttrOpt(args[0], "__dict__")
			if err != nil {
				return Null, err
			}
			if !ok {
				return Null, Errorf(TypeErrorType, "vars() argument must have __dict__ attribute")
			}
			return v, nil
		}},
		{"dir", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) == 0 {
				locals := th.frameLocalsValue(th.frame)
				if d, ok := locals.o.(*Dict); ok {
					l := NewList(d.Keys())
					return Obj(l), th.sortValues(l.items, Null, Null)
				}
				// Locals that are another mapping (exec and eval's):
				// list(locals.keys()), sorted (CPython's _dir_locals).
				names, err := th.mappingKeys(locals)
				if err != nil {
					return Null, err
				}
				return Obj(NewList(names)), th.sortValues(names, Null, Null)
			}
			if m := args[0].Type().Lookup("__dir__"); m.o != nil {
				r, err := th.callSpecial(m, args[0])
				if err != nil {
					return Null, err
				}
				items, err := th.iterateToSlice(r)
				if err != nil {
					return Null, err
				}
				return Obj(NewList(items)), th.sortValues(items, Null, Null)
			}
			return Obj(NewList(th.dirOf(args[0]))), nil
		}},
		{"exec", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return th.execEval(args, kw, "exec")
		}},
		{"eval", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return th.execEval(args, kw, "eval")
		}},
		{"compile", builtinCompile},
		{"__import__", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var name, globals, locals, fromlist, level Value
			if err := unpackArgs("__import__", args, kw, 1, []string{"name", "globals", "locals", "fromlist", "level"}, &name, &globals, &locals, &fromlist, &level); err != nil {
				return Null, err
			}
			if fromlist.o == nil {
				fromlist = None
			}
			if level.o == nil {
				level = Int(0)
			}
			s, ok := unwrap(name).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "__import__() argument 1 must be str, not %s", name.Type().Name)
			}
			var g *Dict
			if globals.o != nil && !globals.IsNone() {
				d, ok := globals.o.(*Dict)
				if !ok && level.IsSmallInt() && int64(level.n) > 0 {
					return Null, Errorf(TypeErrorType, "globals must be a dict")
				}
				g = d
			}
			return th.importNameIn(g, s.s, fromlist, level)
		}},
		{"input", builtinInput},
		{"open", builtinOpen},
		{"breakpoint", builtinBreakpoint},
		{"exit", exitBuiltin},
		{"quit", exitBuiltin},
		{"aiter", func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "aiter() takes exactly one argument (%d given)", len(args))
			}
			return th.builtinAIter(args[0])
		}},
		{"anext", builtinAnext},
	}
}

func anyAll(th *Thread, args []Value, name string, want bool) (Value, error) {
	if len(args) != 1 {
		return Null, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	it, err := th.Iter(args[0])
	if err != nil {
		return Null, err
	}
	g := drainable(it)
	for {
		v, ok, err := th.Next(it)
		if err != nil {
			return Null, err
		}
		if !ok {
			if g != nil {
				th.recycleGen(g)
			}
			return Bool(!want), nil
		}
		b, err := th.Truth(v)
		if err != nil {
			return Null, err
		}
		if b == want {
			if g != nil {
				th.dropSuspendedGen(g)
			}
			return Bool(want), nil
		}
	}
}

func intToBase(name string, base int, prefix string) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		v := args[0]
		if !isIntLike(v) {
			r, found, err := th.callDunder(v, "__index__")
			if err != nil {
				return Null, err
			}
			if !found {
				return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
			}
			if !isIntLike(r) {
				return Null, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", r.Type().Name)
			}
			v = r
		}
		b, _ := asBig(unwrap(v))
		s := new(big.Int).Abs(b).Text(base)
		if b.Sign() < 0 {
			return String("-" + prefix + s), nil
		}
		return String(prefix + s), nil
	}
}

func builtinPow(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var base, exp, mod Value
	if err := unpackArgs("pow", args, kw, 2, []string{"base", "exp", "mod"}, &base, &exp, &mod); err != nil {
		return Null, err
	}
	if mod.o == nil || mod.IsNone() {
		return th.BinaryOp(code.NB_POWER, base, exp)
	}
	return th.ternaryPower(base, exp, mod)
}

func minMax(th *Thread, args []Value, kw []string, name string, op int) (Value, error) {
	npos := len(args) - len(kw)
	var key, def Value
	for i, k := range kw {
		switch k {
		case "key":
			key = args[npos+i]
		case "default":
			def = args[npos+i]
		default:
			return Null, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	if npos == 0 {
		return Null, Errorf(TypeErrorType, "%s expected at least 1 argument, got 0", name)
	}
	if npos > 1 && def.o != nil {
		return Null, Errorf(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
	}
	hasKey := key.o != nil && !key.IsNone()
	// One iterable is consumed item by item, as CPython does: its items
	// need not fit in memory at once.
	var it Value
	if npos == 1 {
		var err error
		if it, err = th.Iter(args[0]); err != nil {
			return Null, err
		}
	}
	i := 0
	next := func() (Value, bool, error) {
		if npos == 1 {
			return th.Next(it)
		}
		if i >= npos {
			return Null, false, nil
		}
		i++
		return args[i-1], true, nil
	}
	var best, bestKey Value
	for {
		x, ok, err := next()
		if err != nil {
			return Null, err
		}
		if !ok {
			break
		}
		k := x
		if hasKey {
			if k, err = th.Call(key, []Value{x}, nil); err != nil {
				return Null, err
			}
		}
		if best.o == nil {
			best, bestKey = x, k
			continue
		}
		// Ints and floats compare without the protocol (what RichCompare
		// would answer for them).
		if k.IsSmallInt() && bestKey.IsSmallInt() {
			if compareInts(op, int64(k.n), int64(bestKey.n)) {
				best, bestKey = x, k
			}
			continue
		}
		if k.IsFloat() && bestKey.IsFloat() {
			if compareFloats(op, k.UncheckedFloat(), bestKey.UncheckedFloat()) {
				best, bestKey = x, k
			}
			continue
		}
		r, err := th.RichCompare(k, bestKey, op)
		if err != nil {
			return Null, err
		}
		better, err := th.Truth(r)
		if err != nil {
			return Null, err
		}
		if better {
			best, bestKey = x, k
		}
	}
	if best.o == nil {
		if def.o != nil {
			return def, nil
		}
		return Null, Errorf(ValueErrorType, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

func builtinSum(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var it, start Value
	if err := unpackArgs("sum", args, kw, 1, []string{"iterable", "start"}, &it, &start); err != nil {
		return Null, err
	}
	if start.o == nil {
		start = Int(0)
	}
	// The iterable is asked for its iterator before start is checked.
	iter, err := th.Iter(it)
	if err != nil {
		return Null, err
	}
	switch s := unwrap(start).o.(type) {
	case *Str:
		return Null, Errorf(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	case *Bytes:
		if s.mutable {
			return Null, Errorf(TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]")
		}
		return Null, Errorf(TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	acc := start
	g := drainable(iter)
	// Float sums use compensated summation like CPython's.
	for {
		var v Value
		var ok bool
		if g != nil && acc.IsSmallInt() {
			// The generator's ints are added as it yields them.
			sink := th.takeSink(sinkIntSum)
			sink.acc = int64(acc.n)
			v, ok, err = th.drainGen(g, sink)
			acc = Int(sink.acc)
			th.putSink(sink)
		} else {
			v, ok, err = th.Next(iter)
		}
		if err != nil {
			return Null, err
		}
		if !ok {
			if g != nil {
				th.recycleGen(g)
			}
			return acc, nil
		}
		if acc.IsSmallInt() && v.IsSmallInt() {
			a, b := int64(acc.n), int64(v.n)
			if r := a + b; (r > a) == (b > 0) {
				acc = Int(r)
				continue
			}
		}
		if acc.IsFloat() && (v.IsFloat() || v.IsSmallInt()) {
			f := acc.UncheckedFloat()
			rest := []Value{v}
			return sumFloats(th, f, rest, iter)
		}
		acc, err = th.BinaryOp(code.NB_ADD, acc, v)
		if err != nil {
			return Null, err
		}
	}
}

// sumFloats continues a sum of floats with Neumaier compensation, as
// CPython 3.11 does... (3.11 uses plain addition for floats).
func sumFloats(th *Thread, f float64, first []Value, iter Value) (Value, error) {
	acc := Float(f)
	var err error
	for _, v := range first {
		acc, err = th.BinaryOp(code.NB_ADD, acc, v)
		if err != nil {
			return Null, err
		}
	}
	for {
		v, ok, err := th.Next(iter)
		if err != nil {
			return Null, err
		}
		if !ok {
			return acc, nil
		}
		acc, err = th.BinaryOp(code.NB_ADD, acc, v)
		if err != nil {
			return Null, err
		}
	}
}

func builtinPrint(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	sep, end := " ", "\n"
	file := Null
	flush := false
	for i, k := range kw {
		v := args[npos+i]
		switch k {
		case "sep":
			if !v.IsNone() {
				s, ok := v.o.(*Str)
				if !ok {
					return Null, Errorf(TypeErrorType, "sep must be None or a string, not %s", v.Type().Name)
				}
				sep = s.s
			}
		case "end":
			if !v.IsNone() {
				s, ok := v.o.(*Str)
				if !ok {
					return Null, Errorf(TypeErrorType, "end must be None or a string, not %s", v.Type().Name)
				}
				end = s.s
			}
		case "file":
			if !v.IsNone() {
				file = v
			}
		case "flush":
			b, err := th.Truth(v)
			if err != nil {
				return Null, err
			}
			flush = b
		default:
			return Null, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	var b strings.Builder
	pieces := make([]string, 0, 2*npos+1)
	for i, a := range args[:npos] {
		if i > 0 {
			b.WriteString(sep)
			pieces = append(pieces, sep)
		}
		s, err := th.Str(a)
		if err != nil {
			return Null, err
		}
		b.WriteString(s)
		pieces = append(pieces, s)
	}
	b.WriteString(end)
	pieces = append(pieces, end)
	if file.o == nil {
		file = th.interp.sysAttr("stdout")
	}
	text := b.String()
	if _, std := file.o.(*TextStream); !std || hasSurrogate(text) {
		// Each piece is written on its own, as CPython's print does: a
		// file's write sees them one by one, and the pieces before one
		// the stream cannot encode are written.
		for _, p := range pieces {
			if err := th.writeTo(file, p); err != nil {
				return Null, err
			}
		}
	} else if err := th.writeTo(file, text); err != nil {
		return Null, err
	}
	if flush {
		if _, std := file.o.(*TextStream); std {
			return None, th.interp.flushStdout()
		}
		_, err := th.callMethod(file, "flush")
		return None, err
	}
	return None, nil
}

func (th *Thread) isInstance(v, cls Value) (bool, error) {
	switch c := cls.o.(type) {
	case *Type:
		if v.Type().IsSubtype(c) {
			return true, nil
		}
		if c.meta != nil {
			if ic := c.meta.Lookup("__instancecheck__"); ic.o != nil {
				if md, ok := ic.o.(*MethodDescriptor); !ok || md.Owner != TypeType {
					r, err := th.callSpecial(ic, cls, v)
					if err != nil {
						return false, err
					}
					return th.Truth(r)
				}
			}
		}
		return th.realIsInstance(v, c)
	case *Tuple:
		if err := th.enterRecursive(" in __instancecheck__"); err != nil {
			return false, err
		}
		defer th.leaveRecursive()
		for _, x := range c.items {
			ok, err := th.isInstance(v, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *UnionType:
		for _, x := range c.args {
			ok, err := th.isInstance(v, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if ic := cls.Type().Lookup("__instancecheck__"); ic.o != nil {
		r, err := th.callSpecial(ic, cls, v)
		if err != nil {
			return false, err
		}
		return th.Truth(r)
	}
	return th.abstractIsInstance(v, cls)
}

// realIsInstance is isinstance(v, t) for a type t without its
// metaclass's __instancecheck__: v's type, or the class v's __class__
// claims, derives from t.
func (th *Thread) realIsInstance(v Value, t *Type) (bool, error) {
	if v.Type().IsSubtype(t) {
		return true, nil
	}
	ct, ok, err := th.lookupAttrOpt(v, "__class__")
	if err != nil || !ok {
		return false, err
	}
	if c, ok := ct.o.(*Type); ok && c != v.Type() {
		return c.IsSubtype(t), nil
	}
	return false, nil
}

// abstractBases is the __bases__ of an object that stands for a class
// without being a type: ok is false when it has none or they are not a
// tuple.
func (th *Thread) abstractBases(cls Value) ([]Value, bool, error) {
	b, ok, err := th.lookupAttrOpt(cls, "__bases__")
	if err != nil || !ok {
		return nil, false, err
	}
	t, ok := b.o.(*Tuple)
	if !ok {
		return nil, false, nil
	}
	return t.items, true, nil
}

// abstractIsInstance is isinstance(v, cls) for a cls that is not a type
// and has no __instancecheck__: cls must have a tuple of __bases__, and
// v's __class__ must reach cls through __bases__.
func (th *Thread) abstractIsInstance(v, cls Value) (bool, error) {
	if _, ok, err := th.abstractBases(cls); err != nil || !ok {
		if err == nil {
			err = Errorf(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
		}
		return false, err
	}
	ct, ok, err := th.lookupAttrOpt(v, "__class__")
	if err != nil || !ok {
		return false, err
	}
	return th.abstractIsSubclass(ct, cls)
}

// abstractIsSubclass reports whether cls is derived or one of the
// classes reached from it through __bases__.
func (th *Thread) abstractIsSubclass(derived, cls Value) (bool, error) {
	if err := th.enterRecursive(" in __issubclass__"); err != nil {
		return false, err
	}
	defer th.leaveRecursive()
	for {
		if derived.Is(cls) {
			return true, nil
		}
		bases, ok, err := th.abstractBases(derived)
		if err != nil || !ok || len(bases) == 0 {
			return false, err
		}
		if len(bases) == 1 {
			derived = bases[0]
			continue
		}
		for _, b := range bases {
			if r, err := th.abstractIsSubclass(b, cls); err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
}

// realIsSubclass is issubclass(derived, cls) without cls's
// __subclasscheck__: between types, their MROs decide; otherwise both
// must have a tuple of __bases__ that leads from derived to cls.
func (th *Thread) realIsSubclass(derived, cls Value) (bool, error) {
	d, dt := derived.o.(*Type)
	c, ct := cls.o.(*Type)
	if dt && ct {
		return d.IsSubtype(c), nil
	}
	if _, ok, err := th.abstractBases(derived); err != nil || !ok {
		if err == nil {
			err = Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return false, err
	}
	if _, isUnion := cls.o.(*UnionType); !isUnion {
		if _, ok, err := th.abstractBases(cls); err != nil || !ok {
			if err == nil {
				err = Errorf(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
			}
			return false, err
		}
	}
	return th.abstractIsSubclass(derived, cls)
}

func (th *Thread) isSubclass(v, cls Value) (bool, error) {
	switch c := cls.o.(type) {
	case *Type:
		sub, ok := v.o.(*Type)
		if c.meta != nil {
			if sc := c.meta.Lookup("__subclasscheck__"); sc.o != nil {
				if md, ok := sc.o.(*MethodDescriptor); !ok || md.Owner != TypeType {
					r, err := th.callSpecial(sc, cls, v)
					if err != nil {
						return false, err
					}
					return th.Truth(r)
				}
			}
		}
		if !ok {
			return th.realIsSubclass(v, cls)
		}
		return sub.IsSubtype(c), nil
	case *Tuple:
		if err := th.enterRecursive(" in __subclasscheck__"); err != nil {
			return false, err
		}
		defer th.leaveRecursive()
		for _, x := range c.items {
			ok, err := th.isSubclass(v, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *UnionType:
		for _, x := range c.args {
			ok, err := th.isSubclass(v, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if sc := cls.Type().Lookup("__subclasscheck__"); sc.o != nil {
		r, err := th.callSpecial(sc, cls, v)
		if err != nil {
			return false, err
		}
		return th.Truth(r)
	}
	return th.realIsSubclass(v, cls)
}

// UnionType is the result of `X | Y` on types.
type UnionType struct {
	args []Value
	// params is __parameters__, computed at its first use.
	params *Tuple
}

// Type implements Object.
func (*UnionType) Type() *Type { return UnionTypeType }

// UnionTypeType is types.UnionType.
var UnionTypeType *Type

// frameLocals returns the locals of a frame as a dict: the namespace of a
// module or class body, or for a function the dict of its frame object's
// f_locals, refreshed (CPython 3.11's locals()).
// frameLocalsValue is locals() in f: frameLocals, or the mapping a class
// body or exec() runs with when it is not a dict.
func (th *Thread) frameLocalsValue(f *Frame) Value {
	if f != nil && f.localsMap.o != nil {
		return f.localsMap
	}
	return Obj(th.frameLocals(f))
}

func (th *Thread) frameLocals(f *Frame) *Dict {
	if f == nil {
		return NewDict()
	}
	if f.locals != nil {
		return f.locals
	}
	if d, ok := f.object().localsValue().o.(*Dict); ok {
		return d
	}
	return NewDict()
}

// execClosure checks the closure argument of exec() (Null for none) for
// code object co and returns its cells, as CPython: a code object with
// free variables needs a tuple of exactly as many cells, one without
// takes none.
func execClosure(co *CodeObj, closure Value, mode string) ([]*Cell, error) {
	n := len(co.Freevars)
	if n == 0 {
		if closure.o != nil {
			return nil, Errorf(TypeErrorType, "cannot use a closure with this code object")
		}
		return nil, nil
	}
	bad := func() error {
		if mode != "exec" {
			return Errorf(TypeErrorType, "code object passed to %s() may not contain free variables", mode)
		}
		return Errorf(TypeErrorType, "code object requires a closure of exactly length %d", n)
	}
	t, ok := closure.o.(*Tuple)
	if !ok || len(t.items) != n {
		return nil, bad()
	}
	cells := make([]*Cell, n)
	for i, it := range t.items {
		c, ok := it.o.(*Cell)
		if !ok {
			return nil, bad()
		}
		cells[i] = c
	}
	return cells, nil
}

func (th *Thread) execEval(args []Value, kw []string, mode string) (Value, error) {
	var src, globals, locals, closure Value
	if mode == "exec" {
		if err := unpackArgs(mode, args, kw, 1, []string{"source", "globals", "locals", "$closure"}, &src, &globals, &locals, &closure); err != nil {
			return Null, err
		}
		if closure.IsNone() {
			closure = Null
		}
	} else if err := unpackArgs(mode, args, kw, 1, []string{"source", "globals", "locals"}, &src, &globals, &locals); err != nil {
		return Null, err
	}
	if mode == "eval" {
		if locals.o != nil && !locals.IsNone() && locals.Type().Lookup("__getitem__").o == nil {
			return Null, Errorf(TypeErrorType, "locals must be a mapping")
		}
		if globals.o != nil && !globals.IsNone() {
			if _, ok := unwrap(globals).o.(*Dict); !ok {
				if globals.Type().Lookup("__getitem__").o != nil {
					return Null, Errorf(TypeErrorType, "globals must be a real dict; try eval(expr, {}, mapping)")
				}
				return Null, Errorf(TypeErrorType, "globals must be a dict")
			}
		}
	} else {
		if globals.o != nil && !globals.IsNone() {
			if _, ok := unwrap(globals).o.(*Dict); !ok {
				return Null, Errorf(TypeErrorType, "exec() globals must be a dict, not %s", globals.Type().Name)
			}
		}
		// As CPython: the arguments are checked before the source compiles.
		if locals.o != nil && !locals.IsNone() && locals.Type().Lookup("__getitem__").o == nil {
			return Null, Errorf(TypeErrorType, "locals must be a mapping or None, not %s", locals.Type().Name)
		}
	}
	var co *CodeObj
	var cells []*Cell
	switch s := unwrap(src).o.(type) {
	case *Str, *Bytes, *MemoryView:
		if closure.o != nil {
			return Null, Errorf(TypeErrorType, "closure can only be used when source is a code object")
		}
		text := ""
		if str, ok := s.(*Str); ok {
			if err := th.checkSourceText(str, mode); err != nil {
				return Null, err
			}
			text = str.s
		} else {
			b, ok := bytesLike(src)
			if !ok {
				return Null, Errorf(TypeErrorType, "%s() arg 1 must be a string, bytes or code object", mode)
			}
			// Bytes are decoded as compile() decodes them: by their
			// coding cookie or BOM, else as UTF-8.
			t, err := th.decodeSource(bytes.Clone(b), "<string>")
			if err != nil {
				return Null, err
			}
			text = string(t)
		}
		m := compile.ExecMode
		if mode == "eval" {
			m = compile.EvalMode
			text = strings.TrimLeft(text, " \t")
		}
		c, err := th.interp.Compile("<string>", []byte(text), m)
		if err != nil {
			return Null, err
		}
		co = c
	case *CodeObj:
		co = s
		c, err := execClosure(co, closure, mode)
		if err != nil {
			return Null, err
		}
		cells = c
	default:
		return Null, Errorf(TypeErrorType, "%s() arg 1 must be a string, bytes or code object", mode)
	}
	var g, l *Dict
	if globals.o == nil || globals.IsNone() {
		g = th.frame.globals
		if locals.o == nil || locals.IsNone() {
			if m := th.frame.localsMap; m.o != nil {
				locals = m
			} else {
				l = th.frameLocals(th.frame)
			}
		}
	} else {
		// A dict subclass's instance: LOAD_GLOBAL subscripts it, and it
		// is the locals too when no locals are given, used as a mapping
		// (globalsNamespace).
		g, _ = th.globalsNamespace(globals)
		if g.mapped && (locals.o == nil || locals.IsNone()) {
			locals = globals
		}
	}
	// Locals other than an exact dict are used through the mapping
	// protocol, as a class body's namespace from __prepare__ is.
	var lmap Value
	if locals.o != nil && !locals.IsNone() {
		if d, ok := locals.o.(*Dict); ok {
			l = d
		} else {
			if locals.Type().Lookup("__getitem__").o == nil {
				if mode == "exec" {
					return Null, Errorf(TypeErrorType, "locals must be a mapping or None, not %s", locals.Type().Name)
				}
				return Null, Errorf(TypeErrorType, "locals must be a mapping")
			}
			lmap = locals
		}
	}
	if l == nil && lmap.o == nil {
		l = g
	}
	if _, ok := g.GetStr("__builtins__"); !ok {
		// As in CPython, the caller's builtins.
		b := Obj(th.interp.builtins)
		if th.frame != nil {
			b = th.builtinsValue(th.frame.builtins)
		}
		g.SetStr("__builtins__", b)
	}
	r, err := th.execCodeClosure(co, g, l, lmap, cells)
	if err != nil {
		return Null, err
	}
	if mode == "exec" {
		return None, nil
	}
	return r, nil
}

// checkSourceText refuses source text that is not encodable in UTF-8
// (lone surrogates), as CPython encodes it before compiling.
func (th *Thread) checkSourceText(s *Str, fname string) error {
	if !hasSurrogate(s.s) {
		return nil
	}
	_, err := th.encodeStr(fname, s, Obj(s), String("utf-8"), Null)
	return err
}

// compileFlagsMask holds the flags compile() knows: the __future__
// features' (CPython's PyCF_MASK), the obsolete CO_NESTED and the
// compiler's own (PyCF_COMPILE_MASK).
const compileFlagsMask = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000 |
	0x10 | 0x400 | 0x1000 | 0x2000 | 0x200 | 0x4000

func builtinCompile(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var src, filename, mode, flags, dontInherit, optimize, featureVersion Value
	if err := unpackArgs("compile", args, kw, 3, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "$_feature_version"},
		&src, &filename, &mode, &flags, &dontInherit, &optimize, &featureVersion); err != nil {
		return Null, err
	}
	var fn string
	switch o := bufferObject(filename).o.(type) {
	case *Str:
		fn = o.s
	case *Bytes:
		if o.mutable {
			if err := th.warn(DeprecationWarningType, "path should be string, bytes, or os.PathLike, not "+filename.Type().Name); err != nil {
				return Null, err
			}
		}
		fn = string(o.b)
	case *MemoryView:
		// Any other bytes-like object, as CPython's file-system path
		// converter accepts it, with a warning.
		if err := th.warn(DeprecationWarningType, "path should be string, bytes, or os.PathLike, not "+filename.Type().Name); err != nil {
			return Null, err
		}
		b, ok := bytesLike(filename)
		if !ok {
			return Null, Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", shortTypeName(filename.Type()))
		}
		fn = string(b)
	default:
		p, err := th.fspath(filename)
		if err != nil {
			return Null, err
		}
		fn = p
	}
	if strings.IndexByte(fn, 0) >= 0 {
		return Null, Errorf(ValueErrorType, "embedded null character")
	}
	md, ok := unwrap(mode).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "compile() argument 'mode' must be str, not %s", mode.Type().Name)
	}
	if err := cStringError(md); err != nil {
		return Null, err
	}
	// _feature_version limits the grammar of a parse to an AST (the
	// syntax of later versions is an error).
	ints := [4]int64{3: -1}
	for i, v := range []Value{flags, dontInherit, optimize, featureVersion} {
		if v.o == nil {
			continue
		}
		n, err := th.cIntArg(v)
		if err != nil {
			return Null, err
		}
		ints[i] = n
	}
	if optimize.o == nil {
		ints[2] = -1
	}
	if ints[0]&^compileFlagsMask != 0 {
		return Null, Errorf(ValueErrorType, "compile(): unrecognised flags")
	}
	if ints[2] < -1 || ints[2] > 2 {
		return Null, Errorf(ValueErrorType, "compile(): invalid optimize value")
	}
	optLevel := int(ints[2])
	if optLevel == -1 {
		optLevel = th.interp.flags.Optimize
	}
	m := compile.ExecMode
	onlyAST := ints[0]&pyCFOnlyAST != 0
	switch md.s {
	case "eval":
		m = compile.EvalMode
	case "single":
		m = compile.SingleMode
	case "exec":
	case "func_type":
		if !onlyAST {
			return Null, Errorf(ValueErrorType, "compile() mode 'func_type' requires flag PyCF_ONLY_AST")
		}
		m = funcTypeMode
	default:
		if onlyAST {
			return Null, Errorf(ValueErrorType, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
		}
		return Null, Errorf(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if st := th.interp.ast; st != nil && src.Type().IsSubtype(st.base) {
		if onlyAST {
			return src, nil
		}
		return th.compileASTObject(st, src, fn, m, optLevel)
	}
	var text []byte
	// CPython's parser gives the columns of a bytes source that declares
	// no encoding in bytes (Thread.undeclaredBytes).
	undeclared := false
	switch o := unwrap(src).o.(type) {
	case *Str:
		if err := th.checkSourceText(o, "compile"); err != nil {
			return Null, err
		}
		text = []byte(o.s)
	case *Bytes:
		t, err := th.decodeSource(o.b, fn)
		if err != nil {
			return Null, err
		}
		text = t
		undeclared = !bytes.HasPrefix(o.b, []byte("\xef\xbb\xbf")) && sourceCoding(o.b) == ""
	default:
		// Any other bytes-like object (memoryview, array) is read as
		// bytes, as CPython reads a buffer.
		b, ok := bytesLike(src)
		if !ok {
			return Null, Errorf(TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
		}
		t, err := th.decodeSource(bytes.Clone(b), fn)
		if err != nil {
			return Null, err
		}
		text = t
		undeclared = !bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) && sourceCoding(b) == ""
	}
	if bytes.IndexByte(text, 0) >= 0 {
		return Null, Errorf(SyntaxErrorType, "source code string cannot contain null bytes")
	}
	if undeclared {
		th.undeclaredBytes = true
		defer func() { th.undeclaredBytes = false }()
	}
	if onlyAST {
		return th.parseToAST(fn, text, m, int(max(ints[3], -1)), ints[0]&pyCFTypeComments != 0)
	}
	if m == compile.SingleMode && ints[0]&pyCFDontImplyDedent != 0 {
		if line, ok := syntax.EndsInsideBlock(text); ok {
			msg := "invalid syntax"
			if ints[0]&pyCFAllowIncompleteInput != 0 {
				msg = "incomplete input"
			}
			return Null, th.interp.syntaxErrorFrom(&syntax.Error{Msg: msg, Filename: fn, Line: line, EndLine: line, EndCol: -1})
		}
	}
	compileFn := th.interp.compileAt
	if ints[0]&pyCFAllowIncompleteInput != 0 {
		compileFn = th.interp.compileAllowingIncomplete
	}
	co, err := compileFn(fn, text, m, optLevel)
	if err != nil {
		return Null, err
	}
	return Obj(co), nil
}

// pyCFDontImplyDedent is PyCF_DONT_IMPLY_DEDENT: in the single mode, the
// end of the input does not close an indented block its last line is in.
const pyCFDontImplyDedent = 0x200

// pyCFAllowIncompleteInput is PyCF_ALLOW_INCOMPLETE_INPUT: a source that
// ends too early is a SyntaxError "incomplete input" (codeop).
const pyCFAllowIncompleteInput = 0x4000

// divmodNumbers is divmod(a, b) for builtin numbers a and b.
func (th *Thread) divmodNumbers(a, b Value) (Value, error) {
	if isPlainInt(a) && isPlainInt(b) {
		// Both results from one division.
		if b.n == 0 && !isBigInt(b) {
			return Null, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if !isBigInt(a) && !isBigInt(b) {
			x, y := int64(a.n), int64(b.n)
			if q, ok := smallIntOp(code.NB_FLOOR_DIVIDE, x, y); ok {
				return TupleOf(q, Int(x-int64(q.n)*y)), nil
			}
		}
		q, r := th.bigFloorDiv(a, b, true, true)
		return TupleOf(q, r), nil
	}
	q, err := th.BinaryOp(code.NB_FLOOR_DIVIDE, a, b)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == ZeroDivisionErrorType && (a.IsFloat() || b.IsFloat()) {
			return Null, Errorf(ZeroDivisionErrorType, "float divmod()")
		}
		return Null, err
	}
	m, err := th.BinaryOp(code.NB_REMAINDER, a, b)
	if err != nil {
		return Null, err
	}
	return TupleOf(q, m), nil
}

// fspath is os.fspath(v): the str or bytes path of v through __fspath__.
func (th *Thread) fspath(v Value) (string, error) {
	r, found, err := th.callDunder(v, "__fspath__")
	if err != nil {
		return "", err
	}
	if found {
		switch o := unwrap(r).o.(type) {
		case *Str:
			return o.s, nil
		case *Bytes:
			if !o.mutable {
				return string(o.b), nil
			}
		}
		return "", Errorf(TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", shortTypeName(v.Type()), shortTypeName(r.Type()))
	}
	return "", Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", shortTypeName(v.Type()))
}

// exitBuiltin is the exit()/quit() helper that the site module installs.
func exitBuiltin(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) > 1 {
		return Null, Errorf(TypeErrorType, "exit expected at most 1 argument, got %d", len(args))
	}
	return Null, NewException(SystemExitType, args...)
}
