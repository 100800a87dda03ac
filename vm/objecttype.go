package vm

// Methods of object and type.

import (
	"math/bits"
	"sort"
	"strings"
	"unsafe"
)

// objectID returns a stable identity for id() and default hashes.
func objectID(v Value) uintptr {
	switch v.o.(type) {
	case intTag, floatTag, boolTag, noneTag:
		return uintptr(v.n)*16 + 8
	}
	type iface struct {
		typ, data unsafe.Pointer
	}
	return uintptr((*iface)(unsafe.Pointer(&v.o)).data)
}

// identityHash is the hash of v by its identity, as CPython's
// _Py_HashPointer: its address rotated right by four bits, so that the
// low bits, zero in every aligned address, vary from object to object.
func identityHash(v Value) int64 {
	h := int64(bits.RotateLeft64(uint64(objectID(v)), -4))
	if h == -1 {
		h = -2
	}
	return h
}

func typeID(t *Type) uintptr { return uintptr(unsafe.Pointer(t)) }

func addr(v Value) string {
	return "0x" + strings.ToLower(formatHex(uint64(objectID(v))))
}

func formatHex(u uint64) string {
	const digits = "0123456789abcdef"
	if u == 0 {
		return "0"
	}
	var b [16]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = digits[u&15]
		u >>= 4
	}
	s := string(b[i:])
	for len(s) < 12 {
		s = "0" + s
	}
	return s
}

func method(t *Type, name string, fn BuiltinFunc) { t.addMethod(name, fn) }

// protocolMethod installs a special method that applies a protocol
// operation (Contains, GetItem, a binary operator, ...) to the builtin
// value of self; see MethodDescriptor.protocol.
func protocolMethod(t *Type, name string, fn BuiltinFunc) {
	t.Dict.SetStr(name, Obj(&MethodDescriptor{Name: name, Owner: t, Fn: fn, protocol: true}))
}

func initObjectType() {
	o := ObjectType
	objectNewBuiltin = &Builtin{Name: "__new__", Fn: objectNew, owner: "object"}
	o.Dict.SetStr("__new__", Obj(objectNewBuiltin))
	method(o, "__init__", objectInit)
	initObjectReduce(o)
	method(o, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return String(th.defaultRepr(self)), nil
	})
	method(o, "__str__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		// The type's __repr__ answers, unchecked: str() checks the result.
		if m := self.Type().Lookup("__repr__"); m.o != nil {
			// object.__str__ itself as the __repr__ recurses, as in
			// CPython.
			if md, ok := m.o.(*MethodDescriptor); !ok || md.Owner != ObjectType || md.Name != "__repr__" {
				if err := th.enterGo("__repr__"); err != nil {
					return Null, err
				}
				defer th.leaveGo()
				return th.callSpecial(m, self)
			}
		}
		s, err := th.Repr(self)
		return String(s), err
	})
	method(o, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Int(identityHash(self)), nil
	})
	method(o, "__eq__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, argCountError("__eq__", 1, 1, len(args))
		}
		if self.Is(args[0]) {
			return True, nil
		}
		return NotImplemented, nil
	})
	method(o, "__ne__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, argCountError("__ne__", 1, 1, len(args))
		}
		eq := self.Type().Lookup("__eq__")
		if md, ok := eq.o.(*MethodDescriptor); ok && md.Owner == ObjectType {
			if self.Is(args[0]) {
				return False, nil
			}
			return NotImplemented, nil
		}
		r, err := th.callSpecial(eq, self, args[0])
		if err != nil || r.IsNotImplemented() {
			return r, err
		}
		b, err := th.Truth(r)
		return Bool(!b), err
	})
	for _, n := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		method(o, n, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return NotImplemented, nil
		})
	}
	method(o, "__getattribute__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, argCountError("__getattribute__", 1, 1, len(args))
		}
		name, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			if s, isSuper := self.o.(*Super); isSuper && s.obj.o != nil {
				// A bound super looks the name up in the class dicts of
				// the MRO first: an unhashable name fails there.
				if _, err := th.Hash(args[0]); err != nil {
					return Null, err
				}
			}
			return Null, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
		}
		if t, ok := self.o.(*Type); ok {
			return th.typeGetAttr(t, name)
		}
		return th.genericGetAttr(self, name)
	})
	method(o, "__setattr__", attrSetter(false, false))
	method(o, "__delattr__", attrSetter(false, true))
	method(o, "__format__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, argCountError("__format__", 1, 1, len(args))
		}
		spec, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[0].Type().Name)
		}
		if spec.s != "" {
			return Null, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", self.Type().Name)
		}
		return th.strObject(self)
	})
	method(o, "__dir__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if _, ok := self.o.(*Module); ok {
			return moduleDir(th, self, nil, nil)
		}
		return th.objectDir(self)
	})
	o.Dict.SetStr("__init_subclass__", Obj(&ClassMethodDescriptor{Name: "__init_subclass__", Owner: o,
		Fn: func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) > 0 {
				if len(kw) > 0 {
					return Null, Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", self.o.(*Type).Name)
				}
				return Null, Errorf(TypeErrorType, "%s.__init_subclass__() takes no arguments (%d given)", self.o.(*Type).Name, len(args))
			}
			return None, nil
		}}))
	o.Dict.SetStr("__subclasshook__", Obj(&ClassMethodDescriptor{Name: "__subclasshook__", Owner: o,
		Fn: func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return NotImplemented, nil }}))
	o.addGetSet("__class__", func(th *Thread, v Value) (Value, error) { return Obj(v.Type()), nil },
		func(th *Thread, v, x Value) error { return th.setClass(v, x) })
	o.SetAttr("__doc__", String("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"))
}

// attrSetter is object's __setattr__ (or, with del, __delattr__) or,
// with onType, type's. object's refuses a class: its type sets
// attributes its own way.
func attrSetter(onType, del bool) BuiltinFunc {
	what, want := "__setattr__", 2
	if del {
		what, want = "__delattr__", 1
	}
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != want {
			return Null, argCountError(what, want, want, len(args))
		}
		t, isType := self.o.(*Type)
		if isType && !onType {
			return Null, Errorf(TypeErrorType, "can't apply this %s to %s object", what, self.Type().Name)
		}
		if isType && !t.heap {
			// CPython's type_setattro refuses a builtin type before it
			// looks at the name, whose repr the message shows (deleting
			// too is "cannot set").
			r, err := th.Repr(args[0])
			if err != nil {
				return Null, err
			}
			return Null, Errorf(TypeErrorType, "cannot set %s attribute of immutable type '%s'", r, t.Name)
		}
		name, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
		}
		v := Null
		if !del {
			v = args[1]
		}
		if isType {
			return None, th.typeSetAttrGeneric(t, name, v)
		}
		return None, th.genericSetAttr(self, name, v)
	}
}

// lookupAttrOpt is getattr(v, name) that reports a missing attribute
// (AttributeError) as not found.
func (th *Thread) lookupAttrOpt(v Value, name string) (Value, bool, error) {
	return th.getAttrOpt(v, intern(name))
}

// objectDir is object.__dir__: the names in the object's __dict__ and in
// the __dict__ of its __class__ and of that class's __bases__, found
// through attribute access as CPython's.
func (th *Thread) objectDir(v Value) (Value, error) {
	d := NewDict()
	dv, ok, err := th.lookupAttrOpt(v, "__dict__")
	if err != nil {
		return Null, err
	}
	if src, isDict := unwrap(dv).o.(*Dict); ok && isDict {
		if err := th.dictUpdate(d, Obj(src)); err != nil {
			return Null, err
		}
	}
	cls, ok, err := th.lookupAttrOpt(v, "__class__")
	if err != nil {
		return Null, err
	}
	if ok {
		if err := th.mergeClassDict(d, cls); err != nil {
			return Null, err
		}
	}
	return Obj(NewList(d.Keys())), nil
}

// mergeClassDict adds the names of class cls's __dict__ and of its
// __bases__' to d, as CPython's merge_class_dict.
func (th *Thread) mergeClassDict(d *Dict, cls Value) error {
	if err := th.enterRecursive(" in __dir__"); err != nil {
		return err
	}
	defer th.leaveRecursive()
	if t, ok := cls.o.(*Type); ok && t.Type() == TypeType {
		// A plain class: its __dict__ and __bases__ are its own.
		if err := th.dictUpdate(d, Obj(t.Dict)); err != nil {
			return err
		}
		for _, b := range t.Bases {
			if err := th.mergeClassDict(d, Obj(b)); err != nil {
				return err
			}
		}
		return nil
	}
	cd, ok, err := th.lookupAttrOpt(cls, "__dict__")
	if err != nil {
		return err
	}
	if ok {
		if err := th.dictUpdate(d, cd); err != nil {
			return err
		}
	}
	bases, ok, err := th.lookupAttrOpt(cls, "__bases__")
	if err != nil || !ok {
		return err
	}
	items, err := th.iterateToSlice(bases)
	if err != nil {
		return err
	}
	for _, b := range items {
		if err := th.mergeClassDict(d, b); err != nil {
			return err
		}
	}
	return nil
}

// dirOf lists attribute names for dir().
func (th *Thread) dirOf(v Value) []Value {
	seen := map[string]bool{}
	add := func(d *Dict) {
		if d == nil {
			return
		}
		d.Items(func(k, _ Value) bool {
			if s, ok := k.o.(*Str); ok {
				seen[s.s] = true
			}
			return true
		})
	}
	if t, ok := v.o.(*Type); ok {
		for _, b := range t.MRO {
			add(b.Dict)
		}
	} else if m, ok := v.o.(*Module); ok {
		add(m.Dict)
	} else {
		add(instanceDict(v))
		for _, b := range v.Type().MRO {
			add(b.Dict)
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]Value, len(names))
	for i, n := range names {
		out[i] = String(n)
	}
	return out
}

func typeArg(v Value) (*Type, error) {
	t, ok := v.o.(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "descriptor requires a 'type' object but received a '%s'", v.Type().Name)
	}
	return t, nil
}

func initTypeType() {
	t := TypeType
	for _, del := range []bool{false, true} {
		name := "__setattr__"
		if del {
			name = "__delattr__"
		}
		t.Dict.SetStr(name, Obj(&MethodDescriptor{Name: name, Owner: t, Fn: attrSetter(true, del), objectAttr: true}))
	}
	method(t, "__dir__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		d := NewDict()
		if err := th.mergeClassDict(d, self); err != nil {
			return Null, err
		}
		return Obj(NewList(d.Keys())), nil
	})
	typeCallDescr = Obj(&MethodDescriptor{Name: "__call__", Owner: t, Fn: func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		tt, err := typeArg(self)
		if err != nil {
			return Null, err
		}
		return th.typeCall(tt, args, kw)
	}})
	t.Dict.SetStr("__call__", typeCallDescr)
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "type", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		npos := len(args) - len(kw)
		if npos < 1 {
			return Null, Errorf(TypeErrorType, "type.__new__(): not enough arguments")
		}
		if npos != 4 {
			return Null, Errorf(TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)", npos-1)
		}
		meta, err := typeArg(args[0])
		if err != nil {
			return Null, err
		}
		name, ok := unwrap(args[1]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", args[1].Type().Name)
		}
		bases, ok := args[2].o.(*Tuple)
		if !ok {
			return Null, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", args[2].Type().Name)
		}
		ns, ok := args[3].o.(*Dict)
		if !ok {
			if d, isDict := unwrap(args[3]).o.(*Dict); isDict {
				ns = d
			} else {
				return Null, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", args[3].Type().Name)
			}
		}
		// A base that is not a class but knows its MRO entries is for
		// class statements and types.new_class to resolve.
		for _, b := range bases.items {
			if _, isType := b.o.(*Type); isType {
				continue
			}
			if _, found, err := th.lookupAttrOpt(b, "__mro_entries__"); err != nil {
				return Null, err
			} else if found {
				return Null, Errorf(TypeErrorType, "type() doesn't support MRO entry resolution; use types.new_class()")
			}
		}
		if w, err := calculateMeta(meta, bases.items); err != nil {
			return Null, err
		} else if w != meta && w.Lookup("__new__").o != t.Dict.mustGet("__new__").o {
			return th.Call(Obj(w), args[1:], kw)
		} else {
			meta = w
		}
		if err := typeNameError(name); err != nil {
			return Null, err
		}
		return typeNew(th, meta, name.s, bases.items, ns, args[npos:], kw)
	}}))
	method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if n := len(args) - len(kw); n == 1 && len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "type.__init__() takes no keyword arguments")
		} else if n != 1 && n != 3 {
			return Null, Errorf(TypeErrorType, "type.__init__() takes 1 or 3 arguments")
		}
		return None, nil
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		tt, err := typeArg(self)
		if err != nil {
			return Null, err
		}
		return String("<class '" + typeFullName(tt) + "'>"), nil
	})
	method(t, "mro", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		tt, err := typeArg(self)
		if err != nil {
			return Null, err
		}
		// The C3 order of the bases, whatever mro() set (CPython's
		// mro_implementation).
		saved := tt.MRO
		err = tt.computeMRO()
		mro := tt.MRO
		tt.MRO = saved
		if err != nil {
			return Null, err
		}
		items := make([]Value, len(mro))
		for i, b := range mro {
			items[i] = Obj(b)
		}
		return Obj(NewList(items)), nil
	})
	method(t, "__subclasses__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		tt, err := typeArg(self)
		if err != nil {
			return Null, err
		}
		subs := th.subclasses(tt)
		items := make([]Value, 0, len(subs))
		for _, s := range subs {
			items = append(items, Obj(s))
		}
		return Obj(NewList(items)), nil
	})
	method(t, "__instancecheck__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		tt, err := typeArg(self)
		if err != nil {
			return Null, err
		}
		ok, err := th.realIsInstance(args[0], tt)
		return Bool(ok), err
	})
	method(t, "__subclasscheck__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if _, err := typeArg(self); err != nil {
			return Null, err
		}
		ok, err := th.realIsSubclass(args[0], self)
		return Bool(ok), err
	})
	t.Dict.SetStr("__prepare__", Obj(&ClassMethodDescriptor{Name: "__prepare__", Owner: t,
		Fn: func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Obj(NewDict()), nil
		}}))
	t.addGetSet("__name__", func(th *Thread, v Value) (Value, error) {
		tt := v.o.(*Type)
		if !tt.heap {
			// As CPython's static types: the name of a type a C module
			// defines includes the module ("types.SimpleNamespace", as
			// messages show it); __name__ is its last part.
			return String(tt.Name[strings.LastIndexByte(tt.Name, '.')+1:]), nil
		}
		return Obj(sameStr(&tt.nameObj, tt.Name)), nil
	}, func(th *Thread, v, x Value) error {
		if err := checkSpecialTypeAttr(v.o.(*Type), x, "__name__"); err != nil {
			return err
		}
		s, ok := unwrap(x).o.(*Str)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__name__, not '%s'", v.o.(*Type).Name, x.Type().Name)
		}
		if err := typeNameError(s); err != nil {
			return err
		}
		v.o.(*Type).Name, v.o.(*Type).nameObj = s.s, s
		return nil
	})
	t.addGetSet("__qualname__", func(th *Thread, v Value) (Value, error) {
		tt := v.o.(*Type)
		if !tt.heap {
			return String(tt.QualName), nil
		}
		return Obj(sameStr(&tt.qualNameObj, tt.QualName)), nil
	}, func(th *Thread, v, x Value) error {
		if err := checkSpecialTypeAttr(v.o.(*Type), x, "__qualname__"); err != nil {
			return err
		}
		s, ok := unwrap(x).o.(*Str)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", v.o.(*Type).Name, x.Type().Name)
		}
		v.o.(*Type).QualName, v.o.(*Type).qualNameObj = s.s, s
		return nil
	})
	t.addGetSet("__module__", func(th *Thread, v Value) (Value, error) {
		tt := v.o.(*Type)
		if m, ok := tt.Dict.GetStr("__module__"); ok && m.Type() != GetSetDescriptorType {
			// (type's own entry is this descriptor.)
			return m, nil
		}
		return String("builtins"), nil
	}, func(th *Thread, v, x Value) error {
		return setSpecialTypeAttr(v.o.(*Type), x, "__module__")
	})
	t.addGetSet("__bases__", func(th *Thread, v Value) (Value, error) {
		tt := v.o.(*Type)
		items := make([]Value, len(tt.Bases))
		for i, b := range tt.Bases {
			items[i] = Obj(b)
		}
		return Obj(NewTuple(items)), nil
	}, func(th *Thread, v, x Value) error {
		return th.setBases(v.o.(*Type), x)
	})
	t.addReadonly("__base__", func(th *Thread, v Value) (Value, error) {
		tt := v.o.(*Type)
		if tt.Base == nil {
			return None, nil
		}
		return Obj(tt.Base), nil
	})
	t.addReadonly("__mro__", func(th *Thread, v Value) (Value, error) {
		tt := v.o.(*Type)
		if tt.MRO == nil {
			return None, nil // while a custom mro() makes the first
		}
		items := make([]Value, len(tt.MRO))
		for i, b := range tt.MRO {
			items[i] = Obj(b)
		}
		return Obj(NewTuple(items)), nil
	})
	t.addGetSet("__dict__", func(th *Thread, v Value) (Value, error) {
		return Obj(&MappingProxy{d: v.o.(*Type).Dict}), nil
	}, nil)
	t.addGetSet("__doc__", func(th *Thread, v Value) (Value, error) {
		tt := v.o.(*Type)
		if d, ok := tt.Dict.GetStr("__doc__"); ok {
			if _, ok := d.o.(*GetSetDescriptor); ok {
				// The instances' __doc__ (property's, type's own): a
				// builtin type's docstring is CPython's text.
				if !tt.heap {
					return builtinDoc(tt.Name), nil
				}
				return None, nil
			}
			// A descriptor there (a class property, say) computes it.
			return th.bindDescriptor(d, Null, tt)
		}
		return None, nil
	}, func(th *Thread, v, x Value) error {
		return setSpecialTypeAttr(v.o.(*Type), x, "__doc__")
	})
	// A class's own annotations: a new empty dict when it has none
	// (they are not inherited); builtin types have none.
	t.addGetSet("__annotations__", func(th *Thread, v Value) (Value, error) {
		tt := v.o.(*Type)
		if !tt.heap {
			return Null, Errorf(AttributeErrorType, "type object '%s' has no attribute '__annotations__'", tt.Name)
		}
		if a, ok := tt.Dict.GetStr("__annotations__"); ok {
			return th.bindDescriptor(a, Null, tt)
		}
		a := Obj(NewDict())
		tt.Dict.SetStr("__annotations__", a)
		tt.Modified()
		return a, nil
	}, func(th *Thread, v, x Value) error {
		tt := v.o.(*Type)
		if !tt.heap {
			return Errorf(TypeErrorType, "cannot set '__annotations__' attribute of immutable type '%s'", tt.Name)
		}
		defer tt.Modified()
		if x.o == nil {
			if !tt.Dict.DelStr("__annotations__") {
				return Errorf(AttributeErrorType, "__annotations__")
			}
			return nil
		}
		tt.Dict.SetStr("__annotations__", x)
		return nil
	})
	t.addGetSet("__abstractmethods__", func(th *Thread, v Value) (Value, error) {
		tt := v.o.(*Type)
		// type's own dict holds this descriptor under the name: type
		// itself has no abstract methods.
		if a, ok := tt.Dict.GetStr("__abstractmethods__"); ok && tt != TypeType {
			return a, nil
		}
		return Null, Errorf(AttributeErrorType, "__abstractmethods__")
	}, func(th *Thread, v, x Value) error {
		tt := v.o.(*Type)
		defer tt.Modified()
		if x.o == nil {
			// type itself pretends to have no __abstractmethods__.
			if tt == TypeType || !tt.Dict.DelStr("__abstractmethods__") {
				return Errorf(AttributeErrorType, "__abstractmethods__")
			}
			tt.abstract = 0
			return nil
		}
		tt.Dict.SetStr("__abstractmethods__", x)
		n, _ := th.Len(x)
		tt.abstract = n
		return nil
	})
}

// MappingProxy is a read-only view of a mapping: a type's dict (d), or
// any mapping given to mappingproxy() (m, when d is nil).
type MappingProxy struct {
	d *Dict
	m Value
}

// mapping is the mapping p shows.
func (p *MappingProxy) mapping() Value {
	if p.d != nil {
		return Obj(p.d)
	}
	return p.m
}

// Type implements Object.
func (*MappingProxy) Type() *Type { return MappingProxyType }

// MappingProxyType is the type of type.__dict__.
var MappingProxyType *Type

// typeNameError is the error of a class name that cannot be a C string:
// one with a lone surrogate or a NUL character.
func typeNameError(name *Str) error {
	if hasSurrogate(name.s) {
		return cStringError(name)
	}
	if strings.IndexByte(name.s, 0) >= 0 {
		return Errorf(ValueErrorType, "type name must not contain null characters")
	}
	return nil
}

// sameStr returns *cache, a str object of s, making it when there is none
// or when s has changed since.
func sameStr(cache **Str, s string) *Str {
	if c := *cache; c != nil && c.s == s {
		return c
	}
	*cache = NewStr(s)
	return *cache
}
