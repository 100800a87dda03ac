package vm

// Attributes and methods of functions, code objects, methods, properties,
// static/class methods, generators, cells, modules and tracebacks.

import (
	"unsafe"

	"github.com/pyjit/pyjit/vm/code"
)

// sameBuiltin reports whether two builtin functions are equal: the same
// object, or the same method bound to the same object.
func sameBuiltin(x, y *Builtin) bool {
	if x == y {
		return true
	}
	return x.Self.o != nil && y.Self.o != nil && x.Self.Is(y.Self) &&
		x.Name == y.Name && x.owner == y.owner && x.mod == y.mod
}

// builtinHash is the hash of a builtin function, consistent with
// sameBuiltin.
func builtinHash(x *Builtin) int64 {
	if x.Self.o == nil {
		return int64(uintptr(unsafe.Pointer(x)) >> 4)
	}
	h := int64(objectID(x.Self)>>4) ^ strHash(x.mod+":"+x.owner+"."+x.Name)
	if h == -1 {
		h = -2
	}
	return h
}

// descrGetArgs checks the arguments of a builtin __get__ (obj[, type]) as
// CPython's wrap_descr_get: None stands for a missing argument, and at
// least one of them must be given. Missing ones are returned as Null.
func descrGetArgs(args []Value) (obj, typ Value, err error) {
	switch {
	case len(args) == 0:
		return Null, Null, Errorf(TypeErrorType, " expected at least 1 argument, got 0")
	case len(args) > 2:
		return Null, Null, Errorf(TypeErrorType, " expected at most 2 arguments, got %d", len(args))
	}
	if !args[0].IsNone() {
		obj = args[0]
	}
	if len(args) > 1 && !args[1].IsNone() {
		typ = args[1]
	}
	if obj.o == nil && typ.o == nil {
		return Null, Null, Errorf(TypeErrorType, "__get__(None, None) is invalid")
	}
	return obj, typ, nil
}

func getset(t *Type, name string, get func(*Thread, Value) (Value, error)) {
	t.addGetSet(name, get, nil)
}

func initFunctionTypes() {
	f := FunctionType
	fn := func(v Value) *Function { return v.o.(*Function) }
	f.addGetSet("__name__", func(th *Thread, v Value) (Value, error) { return Obj(fn(v).name), nil },
		func(th *Thread, v, x Value) error {
			s, ok := x.o.(*Str)
			if !ok {
				return Errorf(TypeErrorType, "__name__ must be set to a string object")
			}
			fn(v).name = s
			return nil
		})
	f.addGetSet("__qualname__", func(th *Thread, v Value) (Value, error) { return Obj(fn(v).qualname), nil },
		func(th *Thread, v, x Value) error {
			s, ok := x.o.(*Str)
			if !ok {
				return Errorf(TypeErrorType, "__qualname__ must be set to a string object")
			}
			fn(v).qualname = s
			return nil
		})
	f.addGetSet("__code__", func(th *Thread, v Value) (Value, error) { return Obj(fn(v).code), nil },
		func(th *Thread, v, x Value) error {
			c, ok := x.o.(*CodeObj)
			if !ok {
				return Errorf(TypeErrorType, "__code__ must be set to a code object")
			}
			if len(c.Freevars) != len(fn(v).closure) {
				return Errorf(ValueErrorType, "%s() requires a code object with %d free vars, not %d", fn(v).name.s, len(fn(v).closure), len(c.Freevars))
			}
			fn(v).code = c
			fn(v).version = nextFuncVersion()
			return nil
		})
	f.addGetSet("__defaults__", func(th *Thread, v Value) (Value, error) {
		if fn(v).defaults == nil {
			return None, nil
		}
		return Obj(NewTuple(fn(v).defaults)), nil
	}, func(th *Thread, v, x Value) error {
		// An empty tuple is kept as an empty, non-nil slice: it reads
		// back as (), not None.
		switch t := unwrap(x).o.(type) {
		case noneTag:
			fn(v).defaults = nil
		case *Tuple:
			fn(v).defaults = t.items
			if t.items == nil {
				fn(v).defaults = []Value{}
			}
		default:
			if x.o == nil {
				fn(v).defaults = nil
				break
			}
			return Errorf(TypeErrorType, "__defaults__ must be set to a tuple object")
		}
		fn(v).version = nextFuncVersion()
		return nil
	})
	f.addGetSet("__kwdefaults__", func(th *Thread, v Value) (Value, error) {
		if fn(v).kwdefaults() == nil {
			return None, nil
		}
		return Obj(fn(v).kwdefaults()), nil
	}, func(th *Thread, v, x Value) error {
		switch d := unwrap(x).o.(type) {
		case noneTag:
			fn(v).more().kwdefaults = nil
		case *Dict:
			fn(v).more().kwdefaults = d
		default:
			if x.o == nil {
				fn(v).more().kwdefaults = nil
				break
			}
			return Errorf(TypeErrorType, "__kwdefaults__ must be set to a dict object")
		}
		fn(v).version = nextFuncVersion()
		return nil
	})
	f.addReadonly("__closure__", func(th *Thread, v Value) (Value, error) {
		c := fn(v).closure
		if c == nil {
			return None, nil
		}
		items := make([]Value, len(c))
		for i, x := range c {
			items[i] = Obj(x)
		}
		return Obj(NewTuple(items)), nil
	})
	f.addReadonly("__globals__", func(th *Thread, v Value) (Value, error) { return th.globalsValue(fn(v).globals), nil })
	f.addReadonly("__builtins__", func(th *Thread, v Value) (Value, error) { return Obj(fn(v).builtins), nil })
	f.addMember("__module__", func(th *Thread, v Value) (Value, error) {
		if m := fn(v).module(); m.o != nil {
			return m, nil
		}
		return None, nil
	}, func(th *Thread, v, x Value) error {
		e := fn(v).more()
		e.module, e.moduleSet = x, true
		return nil
	})
	f.addMember("__doc__", func(th *Thread, v Value) (Value, error) {
		if d := fn(v).doc(); d.o != nil {
			return d, nil
		}
		return None, nil
	}, func(th *Thread, v, x Value) error {
		e := fn(v).more()
		e.doc, e.docSet = x, true
		return nil
	})
	f.addGetSet("__annotations__", func(th *Thread, v Value) (Value, error) {
		e := fn(v).more()
		if e.annotations.o == nil || e.annotations.IsNone() {
			e.annotations = Obj(NewDict())
		}
		return e.annotations, nil
	}, func(th *Thread, v, x Value) error { fn(v).more().annotations = x; return nil })
	f.addGetSet("__dict__", func(th *Thread, v Value) (Value, error) {
		if fn(v).dict == nil {
			fn(v).dict = NewDict()
		}
		return Obj(fn(v).dict), nil
	}, func(th *Thread, v, x Value) error {
		d, err := dictAssigned(x)
		if err == nil {
			fn(v).dict = d
		}
		return err
	})
	method(f, "__get__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		obj, _, err := descrGetArgs(args)
		if err != nil || obj.o == nil {
			return self, err
		}
		return Obj(&Method{Fn: self, Self: obj}), nil
	})
	method(f, "__call__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.Call(self, args, kw)
	})
	method(f, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := th.Repr(self)
		return String(s), err
	})

	// Code objects.
	co := func(v Value) *CodeObj { return v.o.(*CodeObj) }
	strs := func(names []string) Value {
		items := make([]Value, len(names))
		for i, n := range names {
			items[i] = String(n)
		}
		return Obj(NewTuple(items))
	}
	CodeType.addReadonly("co_name", func(th *Thread, v Value) (Value, error) { return Obj(co(v).name), nil })
	CodeType.addReadonly("co_qualname", func(th *Thread, v Value) (Value, error) { return Obj(co(v).qualname), nil })
	CodeType.addReadonly("co_filename", func(th *Thread, v Value) (Value, error) {
		c := co(v)
		if c.filename == nil || c.filename.s != c.Filename {
			c.filename = intern(c.Filename)
		}
		return Obj(c.filename), nil
	})
	CodeType.addReadonly("co_firstlineno", func(th *Thread, v Value) (Value, error) { return Int(int64(co(v).FirstLine)), nil })
	CodeType.addReadonly("co_argcount", func(th *Thread, v Value) (Value, error) { return Int(int64(co(v).ArgCount)), nil })
	CodeType.addReadonly("co_posonlyargcount", func(th *Thread, v Value) (Value, error) { return Int(int64(co(v).PosOnlyArgCount)), nil })
	CodeType.addReadonly("co_kwonlyargcount", func(th *Thread, v Value) (Value, error) { return Int(int64(co(v).KwOnlyArgCount)), nil })
	CodeType.addReadonly("co_flags", func(th *Thread, v Value) (Value, error) { return Int(int64(co(v).Flags)), nil })
	CodeType.addReadonly("co_nlocals", func(th *Thread, v Value) (Value, error) { return Int(int64(len(co(v).Varnames))), nil })
	getset(CodeType, "co_varnames", func(th *Thread, v Value) (Value, error) { return strs(co(v).Varnames), nil })
	getset(CodeType, "co_cellvars", func(th *Thread, v Value) (Value, error) { return strs(co(v).Cellvars), nil })
	getset(CodeType, "co_freevars", func(th *Thread, v Value) (Value, error) { return strs(co(v).Freevars), nil })
	CodeType.addReadonly("co_names", func(th *Thread, v Value) (Value, error) { return strs(co(v).Names), nil })
	CodeType.addReadonly("co_stacksize", func(th *Thread, v Value) (Value, error) { return Int(int64(co(v).StackSize)), nil })
	CodeType.addReadonly("co_consts", func(th *Thread, v Value) (Value, error) {
		return Obj(NewTuple(append([]Value(nil), co(v).consts...))), nil
	})
	method(CodeType, "replace", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		c := *co(self).Code
		n := len(args) - len(kw)
		for i, k := range kw {
			switch k {
			case "co_name", "co_qualname":
				s, ok := unwrap(args[n+i]).o.(*Str)
				if !ok {
					return Null, Errorf(TypeErrorType, "replace() argument '%s' must be str, not %s", k, args[n+i].Type().Name)
				}
				if k == "co_name" {
					c.Name = s.s
				} else {
					c.QualName = s.s
				}
			case "co_flags":
				if !isIntLike(args[n+i]) {
					return Null, Errorf(TypeErrorType, "replace() argument 'co_flags' must be int, not %s", args[n+i].Type().Name)
				}
				fl, err := th.cIntArg(args[n+i])
				if err != nil {
					return Null, err
				}
				// Only the flag that makes a generator awaitable
				// (types.coroutine) can change.
				if code.Flags(fl)&^code.IterableCoro != c.Flags&^code.IterableCoro {
					return Null, Errorf(NotImplementedErrorType, "pyjit: code.replace(co_flags=...) can only change CO_ITERABLE_COROUTINE")
				}
				c.Flags = code.Flags(fl)
			default:
				return Null, Errorf(NotImplementedErrorType, "pyjit: code.replace(%s=...) is not supported", k)
			}
		}
		// The new code object gets its own instructions, in their generic
		// forms: tier 1 rewrites instructions in place, and its caches
		// belong to one code object.
		c.Instrs = make([]code.Instr, len(c.Instrs))
		for i, in := range co(self).Instrs {
			c.Instrs[i] = code.MakeInstr(in.Op().Family(), in.Arg())
		}
		return Obj(NewCodeObj(&c)), nil
	})

	// Bound methods.
	m := func(v Value) *Method { return v.o.(*Method) }
	MethodType.addReadonly("__func__", func(th *Thread, v Value) (Value, error) { return m(v).Fn, nil })
	MethodType.addReadonly("__self__", func(th *Thread, v Value) (Value, error) { return m(v).Self, nil })
	MethodType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "method", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 3 {
			return Null, Errorf(TypeErrorType, "method expected 2 arguments, got %d", len(args)-1)
		}
		if !th.callable(args[1]) {
			return Null, Errorf(TypeErrorType, "first argument must be callable")
		}
		if args[2].IsNone() {
			return Null, Errorf(TypeErrorType, "instance must not be None")
		}
		return Obj(&Method{Fn: args[1], Self: args[2]}), nil
	}}))
	method(MethodType, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		mm := m(self)
		name, err := th.methodReprName(mm.Fn)
		if err != nil {
			return Null, err
		}
		r, err := th.Repr(mm.Self)
		if err != nil {
			return Null, err
		}
		return String("<bound method " + name + " of " + r + ">"), nil
	})
	method(MethodType, "__eq__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, ok := args[0].o.(*Method)
		if !ok {
			return NotImplemented, nil
		}
		return Bool(m(self).Fn.Is(o.Fn) && m(self).Self.Is(o.Self)), nil
	})
	method(MethodType, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Int(int64(objectID(m(self).Fn)>>4) ^ int64(objectID(m(self).Self)>>4)), nil
	})
	// A bound method pickles as getattr(self, name), as CPython's does.
	method(MethodType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		name, err := th.GetAttr(m(self).Fn, intern("__name__"))
		if err != nil {
			return Null, err
		}
		getattr, err := th.builtinNamed("getattr")
		if err != nil {
			return Null, err
		}
		return TupleOf(getattr, TupleOf(m(self).Self, name)), nil
	})
	MethodType.addGetSet("__doc__", func(th *Thread, v Value) (Value, error) {
		return th.GetAttr(m(v).Fn, intern("__doc__"))
	}, nil)
	for _, name := range []string{"__name__", "__qualname__", "__module__", "__code__", "__defaults__", "__kwdefaults__", "__annotations__", "__wrapped__"} {
		name := name
		MethodType.addGetSet(name, func(th *Thread, v Value) (Value, error) {
			return th.GetAttr(m(v).Fn, intern(name))
		}, nil)
	}

	// Builtin functions.
	b := func(v Value) *Builtin { return v.o.(*Builtin) }
	getset(BuiltinFunctionType, "__name__", func(th *Thread, v Value) (Value, error) { return String(b(v).Name), nil })
	getset(BuiltinFunctionType, "__qualname__", func(th *Thread, v Value) (Value, error) {
		// As CPython: the class bound to, or the class of the object
		// bound to, qualifies the name; a method-wrapper has the
		// qualified name of its slot wrapper.
		switch self := b(v).Self; s := self.o.(type) {
		case nil, *Module:
		case *Type:
			if !b(v).wrapper {
				return String(s.QualName + "." + b(v).Name), nil
			}
		default:
			if !b(v).wrapper {
				return String(self.Type().QualName + "." + b(v).Name), nil
			}
		}
		if b(v).owner != "" {
			return String(b(v).owner + "." + b(v).Name), nil
		}
		return String(b(v).Name), nil
	})
	getset(BuiltinFunctionType, "__self__", func(th *Thread, v Value) (Value, error) {
		if b(v).Self.o != nil {
			return b(v).Self, nil
		}
		if t := newOwner(b(v)); t != nil {
			return Obj(t), nil
		}
		if b(v).owner == "" {
			// A module's function is bound to its module, as in CPython.
			mod := b(v).mod
			if mod == "" {
				mod = "builtins"
			}
			if m, ok := th.interp.modules.GetStr(mod); ok {
				if _, isMod := m.o.(*Module); isMod {
					return m, nil
				}
			}
		}
		return None, nil
	})
	getset(BuiltinFunctionType, "__module__", func(th *Thread, v Value) (Value, error) {
		if b(v).mod != "" {
			return String(b(v).mod), nil
		}
		if b(v).Self.o == nil {
			return String("builtins"), nil
		}
		return None, nil
	})
	getset(BuiltinFunctionType, "__doc__", func(th *Thread, v Value) (Value, error) {
		if b(v).Doc == "" {
			return builtinFuncDoc(b(v)), nil
		}
		return String(b(v).Doc), nil
	})
	// Bound builtin methods are equal when they bind the same object to
	// the same method (CPython compares self by identity).
	method(BuiltinFunctionType, "__eq__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, ok := args[0].o.(*Builtin)
		if !ok {
			return NotImplemented, nil
		}
		return Bool(sameBuiltin(b(self), o)), nil
	})
	method(BuiltinFunctionType, "__ne__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, ok := args[0].o.(*Builtin)
		if !ok {
			return NotImplemented, nil
		}
		return Bool(!sameBuiltin(b(self), o)), nil
	})
	method(BuiltinFunctionType, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Int(builtinHash(b(self))), nil
	})
	// The builtin callables' types have __call__ (wrapper_descriptor gets
	// method_descriptor's), so collections.abc.Callable recognizes them.
	for _, t := range []*Type{BuiltinFunctionType, MethodDescriptorType, ClassMethodDescriptorType} {
		method(t, "__call__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return th.Call(self, args, kw)
		})
	}
	MethodDescriptorType.addReadonly("__name__", func(th *Thread, v Value) (Value, error) { return String(v.o.(*MethodDescriptor).Name), nil })
	getset(MethodDescriptorType, "__qualname__", func(th *Thread, v Value) (Value, error) {
		// The type's qualified name: a C module's type is named
		// without its module (deque.append).
		d := v.o.(*MethodDescriptor)
		return String(d.Owner.QualName + "." + d.Name), nil
	})
	MethodDescriptorType.addReadonly("__objclass__", func(th *Thread, v Value) (Value, error) { return Obj(v.o.(*MethodDescriptor).Owner), nil })
	method(MethodDescriptorType, "__get__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if _, _, err := descrGetArgs(args); err != nil || args[0].IsNone() {
			return self, err
		}
		if d := self.o.(*MethodDescriptor); !args[0].Type().IsSubtype(d.Owner) {
			return Null, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, staticTypeName(d.Owner), args[0].Type().Name)
		}
		return th.bindDescriptor(self, args[0], args[0].Type())
	})
	GetSetDescriptorType.addReadonly("__name__", func(th *Thread, v Value) (Value, error) { return String(v.o.(*GetSetDescriptor).Name), nil })
	getset(GetSetDescriptorType, "__qualname__", func(th *Thread, v Value) (Value, error) {
		d := v.o.(*GetSetDescriptor)
		return String(d.Owner.QualName + "." + d.Name), nil
	})
	GetSetDescriptorType.addReadonly("__objclass__", func(th *Thread, v Value) (Value, error) { return Obj(v.o.(*GetSetDescriptor).Owner), nil })
	getset(GetSetDescriptorType, "__doc__", func(th *Thread, v Value) (Value, error) {
		d := v.o.(*GetSetDescriptor)
		if d.doc != "" {
			return String(d.doc), nil
		}
		return builtinDoc(d.Owner.Name + "." + d.Name), nil
	})
	method(GetSetDescriptorType, "__set__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 2 {
			return Null, Errorf(TypeErrorType, "expected 2 arguments, got %d", len(args))
		}
		return None, getSetDescriptorSet(th, self.o.(*GetSetDescriptor), args[0], args[1])
	})
	method(GetSetDescriptorType, "__delete__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		return None, getSetDescriptorSet(th, self.o.(*GetSetDescriptor), args[0], Null)
	})
	method(GetSetDescriptorType, "__get__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if _, _, err := descrGetArgs(args); err != nil || args[0].IsNone() {
			return self, err
		}
		d := self.o.(*GetSetDescriptor)
		if !args[0].Type().IsSubtype(d.Owner) {
			return Null, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, staticTypeName(d.Owner), args[0].Type().Name)
		}
		return d.Get(th, args[0])
	})
	initMemberDescriptor()
	initProperty()
	initStaticClassMethods()
	initSuperAndProxy()
	initGenerators()

	initCellType()
	initFunctionNew()
	initModuleNew()
	// A module's annotations: a new empty dict when it has none.
	ModuleType.addGetSet("__annotations__", func(th *Thread, v Value) (Value, error) {
		m, err := selfAs[*Module](v)
		if err != nil {
			return Null, err
		}
		d := m.Dict
		if a, ok := d.GetStr("__annotations__"); ok {
			return a, nil
		}
		a := Obj(NewDict())
		d.SetStr("__annotations__", a)
		return a, nil
	}, func(th *Thread, v, x Value) error {
		m, err := selfAs[*Module](v)
		if err != nil {
			return err
		}
		d := m.Dict
		if x.o == nil {
			if !d.DelStr("__annotations__") {
				return Errorf(AttributeErrorType, "__annotations__")
			}
			return nil
		}
		d.SetStr("__annotations__", x)
		return nil
	})
	method(ModuleType, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := th.Repr(self)
		return String(s), err
	})
	initFrameType()
	initCodePositions()
	initTracebackType()
}

// getSetDescriptorSet is d.__set__(obj, x), or d.__delete__(obj) when x
// is Null.
func getSetDescriptorSet(th *Thread, d *GetSetDescriptor, obj, x Value) error {
	if !obj.Type().IsSubtype(d.Owner) {
		return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, d.Owner.Name, obj.Type().Name)
	}
	if d.Set == nil {
		return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.Name)
	}
	return d.Set(th, obj, x)
}

func (th *Thread) callable(v Value) bool {
	switch v.o.(type) {
	case *Function, *Builtin, *Method, *Type, *MethodDescriptor, *ClassMethodDescriptor:
		return true
	}
	return v.Type().Lookup("__call__").o != nil
}

func initProperty() {
	p := PropertyType
	prop := func(v Value) *Property { return unwrapProperty(v) }
	p.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "property", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		pr := &Property{Get: None, Set: None, Del: None, Doc: None}
		cls := args[0].o.(*Type)
		if cls != PropertyType {
			return newSubclassInstance(cls, Obj(pr)), nil
		}
		return Obj(pr), nil
	}}))
	method(p, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var fget, fset, fdel, doc Value
		if err := unpackArgs("property", args, kw, 0, []string{"fget", "fset", "fdel", "doc"}, &fget, &fset, &fdel, &doc); err != nil {
			return Null, err
		}
		pr := prop(self)
		for _, x := range []*Value{&fget, &fset, &fdel, &doc} {
			if x.o == nil {
				*x = None
			}
		}
		pr.Get, pr.Set, pr.Del, pr.Doc = fget, fset, fdel, doc
		pr.getterDoc = false
		if doc.IsNone() && !fget.IsNone() {
			d, ok, err := th.lookupAttrOpt(fget, "__doc__")
			if err != nil {
				return Null, err
			}
			if !ok {
				d = None
			}
			pr.getterDoc = true
			if self.Type() != PropertyType {
				// A subclass's own __doc__ (None without a docstring)
				// would shadow the property's: the instance gets one.
				return None, th.SetAttr(self, intern("__doc__"), d)
			}
			pr.Doc = d
		}
		return None, nil
	})
	// copyWith is property_copy: the property's type called with one
	// accessor replaced, so that a docstring taken from the old getter is
	// looked up again on the new one.
	copyWith := func(th *Thread, self Value, which int, f Value) (Value, error) {
		old := prop(self)
		acc := [4]Value{old.Get, old.Set, old.Del, old.Doc}
		acc[which] = f
		if old.getterDoc && !acc[0].IsNone() {
			acc[3] = None
		}
		r, err := th.Call(Obj(self.Type()), acc[:], nil)
		if err != nil {
			return Null, err
		}
		if n, ok := r.o.(*Property); ok {
			n.name = old.name
		}
		return r, nil
	}
	method(p, "getter", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return copyWith(th, self, 0, args[0])
	})
	method(p, "setter", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return copyWith(th, self, 1, args[0])
	})
	method(p, "deleter", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return copyWith(th, self, 2, args[0])
	})
	method(p, "__get__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if _, _, err := descrGetArgs(args); err != nil || args[0].IsNone() {
			return self, err
		}
		return th.bindDescriptor(Obj(prop(self)), args[0], args[0].Type())
	})
	method(p, "__set__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, th.propertySet(prop(self), args[0], args[1])
	})
	method(p, "__delete__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, th.propertySet(prop(self), args[0], Null)
	})
	method(p, "__set_name__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "__set_name__() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Null, Errorf(TypeErrorType, "__set_name__() takes 2 positional arguments but %d were given", len(args))
		}
		prop(self).name = args[1]
		return None, nil
	})
	p.addReadonly("fget", func(th *Thread, v Value) (Value, error) { return prop(v).Get, nil })
	p.addReadonly("fset", func(th *Thread, v Value) (Value, error) { return prop(v).Set, nil })
	p.addReadonly("fdel", func(th *Thread, v Value) (Value, error) { return prop(v).Del, nil })
	p.addGetSet("__doc__", func(th *Thread, v Value) (Value, error) { return prop(v).Doc, nil },
		func(th *Thread, v, x Value) error { prop(v).Doc = x; return nil })
	getset(p, "__isabstractmethod__", func(th *Thread, v Value) (Value, error) {
		p := prop(v)
		for _, f := range []Value{p.Get, p.Set, p.Del} {
			if abstract, err := th.isAbstract(f); err != nil || abstract {
				return Bool(abstract), err
			}
		}
		return False, nil
	})
}

func unwrapProperty(v Value) *Property {
	if p, ok := v.o.(*Property); ok {
		return p
	}
	return unwrap(v).o.(*Property)
}

func initStaticClassMethods() {
	for _, t := range []*Type{StaticMethodType, ClassMethodType} {
		t := t
		t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", t.Name)
			}
			if len(args) != 2 {
				return Null, Errorf(TypeErrorType, "%s expected 1 argument, got %d", t.Name, len(args)-1)
			}
			var o Object = &StaticMethod{Fn: args[1]}
			if t == ClassMethodType {
				o = &ClassMethod{Fn: args[1]}
			}
			if cls, ok := args[0].o.(*Type); ok && cls != t && cls.IsSubtype(t) {
				return newSubclassInstance(cls, Obj(o)), nil
			}
			return Obj(o), nil
		}}))
		method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", t.Name)
			}
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "%s expected 1 argument, got %d", t.Name, len(args))
			}
			return None, th.initMethodWrapper(self, args[0])
		})
		t.addReadonly("__func__", func(th *Thread, v Value) (Value, error) { return wrappedCallable(v), nil })
		method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			r, err := th.Repr(wrappedCallable(self))
			return String("<" + t.Name + "(" + r + ")>"), err
		})
		t.addReadonly("__wrapped__", func(th *Thread, v Value) (Value, error) { return wrappedCallable(v), nil })
		getset(t, "__isabstractmethod__", func(th *Thread, v Value) (Value, error) {
			abstract, err := th.isAbstract(wrappedCallable(v))
			return Bool(abstract), err
		})
		t.addGetSet("__dict__", func(th *Thread, v Value) (Value, error) {
			return Obj(methodWrapperDict(v)), nil
		}, func(th *Thread, v, x Value) error {
			d, err := dictAssigned(x)
			if err != nil {
				return err
			}
			switch o := unwrap(v).o.(type) {
			case *StaticMethod:
				o.dict = d
			case *ClassMethod:
				o.dict = d
			}
			return nil
		})
		method(t, "__get__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			obj, owner, err := descrGetArgs(args)
			if err != nil {
				return Null, err
			}
			if owner.o == nil {
				owner = Obj(obj.Type())
			}
			if sm, ok := unwrap(self).o.(*StaticMethod); ok {
				return sm.Fn, nil
			}
			return th.classMethodGet(wrappedCallable(self), owner)
		})
	}
	// staticmethod objects are callable (since Python 3.10); classmethod
	// objects are not.
	method(StaticMethodType, "__call__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		sm, ok := unwrap(self).o.(*StaticMethod)
		if !ok {
			return Null, Errorf(TypeErrorType, "descriptor '__call__' requires a 'staticmethod' object but received a '%s'", self.Type().Name)
		}
		return th.Call(sm.Fn, args, kw)
	})
}

// wrappedCallable is the callable of a staticmethod or classmethod object.
func wrappedCallable(v Value) Value {
	switch o := unwrap(v).o.(type) {
	case *StaticMethod:
		return o.Fn
	case *ClassMethod:
		return o.Fn
	}
	return None
}

// methodWrapperDict is the __dict__ of a staticmethod or classmethod
// object, made on first use; an instance of a subclass uses its own.
func methodWrapperDict(v Value) *Dict {
	if inst, ok := v.o.(*Instance); ok && inst.typ.hasDict {
		return inst.materialize()
	}
	switch o := unwrap(v).o.(type) {
	case *StaticMethod:
		if o.dict == nil {
			o.dict = NewDict()
		}
		return o.dict
	case *ClassMethod:
		if o.dict == nil {
			o.dict = NewDict()
		}
		return o.dict
	}
	return NewDict()
}

// initMethodWrapper is staticmethod.__init__ and classmethod.__init__: it
// stores fn and copies its __module__, __name__, __qualname__, __doc__ and
// __annotations__ into the wrapper's __dict__; a missing attribute is
// skipped, any other error propagates.
func (th *Thread) initMethodWrapper(self, fn Value) error {
	switch o := unwrap(self).o.(type) {
	case *StaticMethod:
		o.Fn = fn
	case *ClassMethod:
		o.Fn = fn
	}
	d := methodWrapperDict(self)
	for _, name := range []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"} {
		v, err := th.GetAttr(fn, intern(name))
		if err != nil {
			if isAttributeError(err) {
				continue
			}
			return err
		}
		d.SetStr(name, v)
	}
	return nil
}

// classMethodGet binds a classmethod's callable to owner: through the
// callable's own __get__ when it has one, else as a bound method.
func (th *Thread) classMethodGet(fn, owner Value) (Value, error) {
	switch fn.o.(type) {
	case *Function, *Builtin:
		return Obj(&Method{Fn: fn, Self: owner}), nil
	}
	if get := fn.Type().Lookup("__get__"); get.o != nil {
		return th.callSpecial(get, fn, owner, owner)
	}
	return Obj(&Method{Fn: fn, Self: owner}), nil
}

// methodReprName is how a bound method's repr names its function fn:
// its __qualname__, else its __name__, if a str; "?" otherwise.
func (th *Thread) methodReprName(fn Value) (string, error) {
	name, ok, err := th.lookupAttrOpt(fn, "__qualname__")
	if err == nil && !ok {
		name, ok, err = th.lookupAttrOpt(fn, "__name__")
	}
	if err != nil {
		return "", err
	}
	if s, isStr := unwrap(name).o.(*Str); ok && isStr {
		return s.s, nil
	}
	return "?", nil
}

func initGenerators() {
	for _, t := range []*Type{GeneratorType, CoroutineType} {
		t := t
		g := func(v Value) *Generator { return v.o.(*Generator) }
		method(t, "send", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "%s.send() takes exactly one argument (%d given)", t.Name, len(args))
			}
			return genResult(th.resumeGen(g(self), args[0], nil))
		})
		method(t, "throw", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "%s.throw() takes no keyword arguments", t.Name)
			}
			if err := throwArgCount("throw", len(args)); err != nil {
				return Null, err
			}
			exc, err := th.throwArgs(args)
			if err != nil {
				return Null, err
			}
			return genResult(th.resumeGen(g(self), Null, exc))
		})
		method(t, "close", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return None, th.closeGen(g(self))
		})
		genNameGetSets(t)
		prefix := "gi_"
		if t == CoroutineType {
			prefix = "cr_"
		}
		getset(t, prefix+"running", func(th *Thread, v Value) (Value, error) { return Bool(g(v).running), nil })
		getset(t, prefix+"suspended", func(th *Thread, v Value) (Value, error) { return Bool(g(v).suspended()), nil })
		delegateName := "gi_yieldfrom"
		if t == CoroutineType {
			delegateName = "cr_await"
		}
		getset(t, delegateName, func(th *Thread, v Value) (Value, error) { return g(v).delegate(), nil })
		t.addReadonly(prefix+"code", func(th *Thread, v Value) (Value, error) { return Obj(g(v).frame.code), nil })
		getset(t, prefix+"frame", func(th *Thread, v Value) (Value, error) {
			if g(v).finished {
				return None, nil
			}
			return Obj(g(v).frame.object()), nil
		})
		method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			what := "generator"
			if t == CoroutineType {
				what = "coroutine"
			}
			return String("<" + what + " object " + g(self).qualname.s + " at " + addr(self) + ">"), nil
		})
	}
	for _, t := range []*Type{GeneratorType, CoroutineType} {
		t := t
		method(t, "__del__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 0 {
				return Null, Errorf(TypeErrorType, "expected 0 arguments, got %d", len(args))
			}
			g, ok := self.o.(*Generator)
			if !ok {
				return Null, Errorf(TypeErrorType, "descriptor '__del__' requires a '%s' object but received a '%s'", t.Name, self.Type().Name)
			}
			// Finalizing closes the generator; an error that raises is
			// not propagated but reported as unraisable.
			if err := th.closeGen(g); err != nil {
				th.writeUnraisable(err, self)
			}
			return None, nil
		})
	}
	method(GeneratorType, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return self, nil })
	method(GeneratorType, "__next__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return genResult(th.resumeGen(self.o.(*Generator), None, nil))
	})
	initAsyncGenerators()
	CoroutineType.addReadonly("cr_origin", func(th *Thread, v Value) (Value, error) {
		if o := v.o.(*Generator).origin; o != nil {
			return Obj(o), nil
		}
		return None, nil
	})
	method(CoroutineType, "__await__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Obj(&coroWrapper{coro: self.o.(*Generator)}), nil
	})
	initCoroWrapper()
}

// throwArgs is the exception that generator.throw(typ[, val[, tb]])
// raises, as CPython's: a class is instantiated with val (an instance of
// it is taken as is, a tuple gives the arguments), an instance takes no
// separate value.
func (th *Thread) throwArgs(args []Value) (*Exception, error) {
	val := None
	if len(args) >= 2 {
		val = args[1]
	}
	var tb *Traceback
	if len(args) >= 3 && !args[2].IsNone() {
		t, ok := args[2].o.(*Traceback)
		if !ok {
			return nil, Errorf(TypeErrorType, "throw() third argument must be a traceback object")
		}
		tb = t
	}
	var exc *Exception
	switch x := args[0].o.(type) {
	case *Type:
		if x.IsSubtype(BaseExceptionType) {
			e, err := th.normalizeException(x, val)
			if err != nil {
				// As CPython's: the exception that making it raised
				// is thrown in its place.
				pe, ok := err.(*Exception)
				if !ok {
					return nil, err
				}
				return pe, nil
			}
			exc = e
		}
	case *Exception:
		if !val.IsNone() {
			return nil, Errorf(TypeErrorType, "instance exception may not have a separate value")
		}
		exc = x
	}
	if exc == nil {
		return nil, Errorf(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", args[0].Type().Name)
	}
	if tb != nil {
		exc.tb = tb
	}
	return exc, nil
}

// normalizeException is CPython's PyErr_NormalizeException: the
// instance of exception class t for the value val.
func (th *Thread) normalizeException(t *Type, val Value) (*Exception, error) {
	if e, ok := val.o.(*Exception); ok && e.Type().IsSubtype(t) {
		return e, nil
	}
	var cargs []Value
	switch v := val.o.(type) {
	case noneTag:
	case *Tuple:
		cargs = v.items
	default:
		cargs = []Value{val}
	}
	r, err := th.Call(Obj(t), cargs, nil)
	if err != nil {
		return nil, err
	}
	e, ok := r.o.(*Exception)
	if !ok {
		return nil, Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", reprNoThread(Obj(t)), r.Type().Name)
	}
	return e, nil
}

// genResult converts a resume result into a Python call result: a finished
// generator raises StopIteration carrying its return value.
func genResult(v Value, done bool, err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	if done {
		if v.IsNone() || v.o == nil {
			return Null, NewException(StopIterationType)
		}
		return Null, NewException(StopIterationType, v)
	}
	return v, nil
}

var _ = code.Generator

func initSuperAndProxy() {
	SuperType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "super", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) > 0 {
			if cls, ok := args[0].o.(*Type); ok && cls != SuperType && cls.IsSubtype(SuperType) {
				// A subclass's instance starts unbound; its __init__
				// binds it.
				return newSubclassInstance(cls, Obj(&Super{})), nil
			}
		}
		return superNew(th, Null, args[1:], kw)
	}}))
	method(SuperType, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s := unwrap(self).o.(*Super)
		if s.thisType == nil {
			return String("<super: <class 'NoneType'>, NULL>"), nil
		}
		if s.obj.o == nil {
			return String("<super: <class '" + s.thisType.Name + "'>, NULL>"), nil
		}
		return String("<super: <class '" + s.thisType.Name + "'>, <" + s.objType.Name + " object>>"), nil
	})
	method(SuperType, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r, err := superNew(th, Null, args, kw)
		if err != nil {
			return Null, err
		}
		s, ok := unwrap(self).o.(*Super)
		if n, isSuper := r.o.(*Super); ok && isSuper {
			*s = *n
		}
		return None, nil
	})
	method(SuperType, "__get__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		obj, _, err := descrGetArgs(args)
		if err != nil {
			return Null, err
		}
		s, ok := unwrap(self).o.(*Super)
		if obj.o == nil || !ok || s.obj.o != nil || s.thisType == nil {
			return self, nil
		}
		if t := self.Type(); t != SuperType {
			// A subclass of super makes one of its own kind.
			return th.Call(Obj(t), []Value{Obj(s.thisType), obj}, nil)
		}
		return superNew(th, Null, []Value{Obj(s.thisType), obj}, nil)
	})
	SuperType.addReadonly("__thisclass__", func(th *Thread, v Value) (Value, error) {
		if t := unwrap(v).o.(*Super).thisType; t != nil {
			return Obj(t), nil
		}
		return None, nil
	})
	SuperType.addReadonly("__self__", func(th *Thread, v Value) (Value, error) {
		if unwrap(v).o.(*Super).obj.o == nil {
			return None, nil
		}
		return unwrap(v).o.(*Super).obj, nil
	})
	SuperType.addReadonly("__self_class__", func(th *Thread, v Value) (Value, error) {
		if t := unwrap(v).o.(*Super).objType; t != nil {
			return Obj(t), nil
		}
		return None, nil
	})
	mp := MappingProxyType
	pd := func(v Value) Value { return v.o.(*MappingProxy).mapping() }
	mp.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "mappingproxy", Fn: mappingProxyNew}))
	method(mp, "__getitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.GetItem(pd(self), args[0])
	})
	method(mp, "__len__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		n, err := th.Len(pd(self))
		return Int(int64(n)), err
	})
	method(mp, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return th.Iter(pd(self)) })
	method(mp, "__contains__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		ok, err := th.Contains(pd(self), args[0])
		return Bool(ok), err
	})
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		name := name
		method(mp, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			m, err := th.GetAttr(pd(self), intern(name))
			if err != nil {
				return Null, err
			}
			return th.Call(m, args, kw)
		})
	}
	method(mp, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := th.Repr(pd(self))
		return String("mappingproxy(" + s + ")"), err
	})
	// str(), comparisons and | are the mapping's.
	method(mp, "__str__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := th.Str(pd(self))
		return String(s), err
	})
	for op := 0; op < 6; op++ {
		op := op
		method(mp, cmpDunder[op], func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return th.RichCompare(pd(self), args[0], op)
		})
	}
	proxied := func(v Value) Value {
		if p, ok := v.o.(*MappingProxy); ok {
			return p.mapping()
		}
		return v
	}
	method(mp, "__or__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.BinaryOp(code.NB_OR, proxied(self), proxied(args[0]))
	})
	method(mp, "__ror__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.BinaryOp(code.NB_OR, proxied(args[0]), proxied(self))
	})
	// As in CPython, |= is refused (rather than falling back to |).
	method(mp, "__ior__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "'|=' is not supported by %s; use '|' instead", self.Type().Name)
	})
	method(mp, "__reversed__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := th.GetAttr(pd(self), intern("__reversed__"))
		if err != nil {
			return Null, err
		}
		return th.Call(m, nil, nil)
	})
}

// mappingProxyNew is mappingproxy.__new__(cls, mapping): a read-only view
// of any mapping but a list or tuple (as CPython's PyMapping_Check).
func mappingProxyNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) == 0 {
		return Null, Errorf(TypeErrorType, "mappingproxy.__new__(): not enough arguments")
	}
	var m Value
	if err := unpackArgs("mappingproxy", args[1:], kw, 1, []string{"mapping"}, &m); err != nil {
		return Null, err
	}
	t := m.Type()
	if t.IsSubtype(ListType) || t.IsSubtype(TupleType) || t.Lookup("__getitem__").o == nil {
		return Null, Errorf(TypeErrorType, "mappingproxy() argument must be a mapping, not %s", t.Name)
	}
	if d, ok := m.o.(*Dict); ok && t == DictType {
		return Obj(&MappingProxy{d: d}), nil
	}
	return Obj(&MappingProxy{m: m}), nil
}
