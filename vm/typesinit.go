package vm

// The builtin type objects and their registration.

import (
	"sync"
	"weak"
)

// Builtin types.
var (
	ObjectType, TypeType, IntType, BoolType, FloatType, StrType, BytesType, ByteArrayType,
	ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType, NoneType,
	NotImplementedType, EllipsisType, FunctionType, BuiltinFunctionType, MethodType,
	MethodDescriptorType, ClassMethodDescriptorType, GetSetDescriptorType, MemberDescriptorType,
	ModuleType, CellType, CodeType, PropertyType, StaticMethodType, ClassMethodType, SuperType,
	GeneratorType, CoroutineType, AsyncGeneratorType, TracebackType, ListIterType, TupleIterType,
	RangeIterType, StrIterType, DictKeyIterType, DictValueIterType, DictItemIterType, SetIterType,
	SeqIterType, CallIterType, DictKeysType, DictValuesType, DictItemsType, EnumerateType, ZipType,
	MapType, FilterType, ReversedType, ComplexType, LongRangeIterType *Type
	// The reverse iterators of lists and dicts and of the dict views.
	ListRevIterType, DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType *Type
	// StrUnicodeIterType iterates a str that is not all ASCII.
	StrUnicodeIterType *Type
	// BytesIterType and ByteArrayIterType iterate bytes and bytearrays.
	BytesIterType, ByteArrayIterType *Type
	// WrapperDescriptorType is the type of the special methods of builtin
	// types that stand for a type slot (int.__add__), MethodWrapperType
	// the type of those bound to an object ((1).__add__).
	WrapperDescriptorType, MethodWrapperType *Type
)

var initOnce sync.Once

func initTypes() { initOnce.Do(initAllTypes) }

// The builtin types exist from package initialization on, so that
// embedders can name them (ValueErrorType) before creating an interpreter.
func init() { initTypes() }

func initAllTypes() {
	ObjectType = &Type{Name: "object", QualName: "object", Dict: NewDict(), version: nextTypeVersion()}
	ObjectType.MRO = []*Type{ObjectType}
	ObjectType.layout = ObjectType
	TypeType = newBuiltinType("type", ObjectType)
	TypeType.layout = TypeType
	nb := func(name string, base *Type) *Type {
		t := newBuiltinType(name, base)
		if base == ObjectType {
			t.layout = t
		}
		return t
	}
	IntType = nb("int", ObjectType)
	BoolType = nb("bool", IntType)
	BoolType.final = true
	FloatType = nb("float", ObjectType)
	ComplexType = nb("complex", ObjectType)
	StrType = nb("str", ObjectType)
	BytesType = nb("bytes", ObjectType)
	ByteArrayType = nb("bytearray", ObjectType)
	ListType = nb("list", ObjectType)
	TupleType = nb("tuple", ObjectType)
	DictType = nb("dict", ObjectType)
	SetType = nb("set", ObjectType)
	FrozenSetType = nb("frozenset", ObjectType)
	RangeType = nb("range", ObjectType)
	SliceType = nb("slice", ObjectType)
	NoneType = nb("NoneType", ObjectType)
	NotImplementedType = nb("NotImplementedType", ObjectType)
	EllipsisType = nb("ellipsis", ObjectType)
	FunctionType = nb("function", ObjectType)
	BuiltinFunctionType = nb("builtin_function_or_method", ObjectType)
	MethodType = nb("method", ObjectType)
	MethodDescriptorType = nb("method_descriptor", ObjectType)
	ClassMethodDescriptorType = nb("classmethod_descriptor", ObjectType)
	GetSetDescriptorType = nb("getset_descriptor", ObjectType)
	MemberDescriptorType = nb("member_descriptor", ObjectType)
	ModuleType = nb("module", ObjectType)
	CellType = nb("cell", ObjectType)
	CodeType = nb("code", ObjectType)
	PropertyType = nb("property", ObjectType)
	StaticMethodType = nb("staticmethod", ObjectType)
	ClassMethodType = nb("classmethod", ObjectType)
	SuperType = nb("super", ObjectType)
	GeneratorType = nb("generator", ObjectType)
	CoroutineType = nb("coroutine", ObjectType)
	AsyncGeneratorType = nb("async_generator", ObjectType)
	TracebackType = nb("traceback", ObjectType)
	ListIterType = nb("list_iterator", ObjectType)
	TupleIterType = nb("tuple_iterator", ObjectType)
	RangeIterType = nb("range_iterator", ObjectType)
	LongRangeIterType = nb("longrange_iterator", ObjectType)
	StrIterType = nb("str_ascii_iterator", ObjectType)
	StrUnicodeIterType = nb("str_iterator", ObjectType)
	DictKeyIterType = nb("dict_keyiterator", ObjectType)
	DictValueIterType = nb("dict_valueiterator", ObjectType)
	DictItemIterType = nb("dict_itemiterator", ObjectType)
	DictRevKeyIterType = nb("dict_reversekeyiterator", ObjectType)
	DictRevValueIterType = nb("dict_reversevalueiterator", ObjectType)
	DictRevItemIterType = nb("dict_reverseitemiterator", ObjectType)
	SetIterType = nb("set_iterator", ObjectType)
	BytesIterType = nb("bytes_iterator", ObjectType)
	ByteArrayIterType = nb("bytearray_iterator", ObjectType)
	SeqIterType = nb("iterator", ObjectType)
	CallIterType = nb("callable_iterator", ObjectType)
	DictKeysType = nb("dict_keys", ObjectType)
	DictValuesType = nb("dict_values", ObjectType)
	DictItemsType = nb("dict_items", ObjectType)
	EnumerateType = nb("enumerate", ObjectType)
	ZipType = nb("zip", ObjectType)
	MapType = nb("map", ObjectType)
	FilterType = nb("filter", ObjectType)
	ReversedType = nb("reversed", ObjectType)
	ListRevIterType = nb("list_reverseiterator", ObjectType)
	UnionTypeType = nb("UnionType", ObjectType)
	for _, t := range []*Type{NoneType, NotImplementedType, EllipsisType, FunctionType, BuiltinFunctionType,
		MethodType, MethodDescriptorType, GetSetDescriptorType, MemberDescriptorType, CellType, CodeType,
		GeneratorType, CoroutineType, AsyncGeneratorType, ClassMethodDescriptorType, TracebackType, RangeType,
		SliceType} {
		t.final = true
	}
	MappingProxyType = newBuiltinType("mappingproxy", ObjectType)
	initExceptionTypes()
	initObjectType()
	initTypeType()
	initNumberTypes()
	initComplexType()
	initClassLayout()
	initStrType()
	initContainerTypes()
	initFunctionTypes()
	initExceptionMethods()
	initIteratorTypes()
	initPickleMethods()
	initSizeOf()
	initGenericAlias()
	initCollectionsTypes()
	initOperatorTypes()
	initFunctoolsTypes()
	initItertoolsTypes()
	method(NoneType, "__bool__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return False, nil })
	// NotImplemented is true, with a warning: it is meant for comparisons
	// to return, not to be tested (CPython's notimplemented_bool).
	method(NotImplementedType, "__bool__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := th.warn(DeprecationWarningType, "NotImplemented should not be used in a boolean context"); err != nil {
			return Null, err
		}
		return True, nil
	})
	initSingletonNew()
	// The types whose repr lives in Go (simpleRepr) have it as __repr__.
	for _, t := range []*Type{NoneType, NotImplementedType, EllipsisType, ModuleType, FunctionType, BuiltinFunctionType,
		MethodDescriptorType, CellType, CodeType, RangeType} {
		if _, own := t.Dict.GetStr("__repr__"); own {
			continue
		}
		method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if r, ok := simpleRepr(self); ok {
				return String(r), nil
			}
			return String(th.defaultRepr(self)), nil
		})
	}
	initUnionType()
	initWrapperTypes()
	initAnextAwaitable()
	initNamespaceType()
	// Types CPython does not let classes derive from; their methods take
	// self as their Go representation.
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType, ListIterType, TupleIterType,
		RangeIterType, LongRangeIterType, StrIterType, StrUnicodeIterType, DictKeyIterType, DictValueIterType, DictItemIterType, SetIterType,
		SeqIterType, CallIterType, MappingProxyType, UnionTypeType, FrameType, ListRevIterType, DictRevKeyIterType,
		DictRevValueIterType, DictRevItemIterType, BytesIterType, ByteArrayIterType, WrapperDescriptorType, MethodWrapperType} {
		t.final = true
	}
	initAttributeHooks()
	attachArgSpecs(builtinTypes())
	initMatchFlags()
	initTypeLayouts()
	initTypeFlags()
	for _, t := range builtinTypes() {
		freezeDictStrs(t.Dict)
		t.weakSelf = weak.Make(t)
	}
}

// freezeDictStrs freezes the strs in d, the dict of an object every
// interpreter shares (a builtin type's).
func freezeDictStrs(d *Dict) {
	d.Items(func(k, v Value) bool {
		for _, x := range [2]Value{k, v} {
			if s, ok := x.o.(*Str); ok {
				s.freeze()
			}
		}
		return true
	})
}

// initAttributeHooks gives the builtin types that have their own
// __getattribute__, __setattr__ or __delattr__ in CPython a copy of
// object's, so that calling it with an object of another type is refused.
func initAttributeHooks() {
	for _, t := range builtinTypes() {
		if t == ObjectType {
			continue
		}
		for _, name := range []string{"__getattribute__", "__setattr__", "__delattr__"} {
			if typeArgSpec(t.Name, name) == nil {
				continue
			}
			if _, own := t.Dict.GetStr(name); own {
				continue
			}
			if md, ok := t.Lookup(name).o.(*MethodDescriptor); ok && md.Owner == ObjectType {
				t.Dict.SetStr(name, Obj(&MethodDescriptor{Name: name, Owner: t, Fn: md.Fn, objectAttr: true}))
				t.Modified()
			}
		}
	}
}

// initSingletonNew gives NoneType, NotImplementedType and ellipsis the
// __new__ that returns their one instance.
func initSingletonNew() {
	for _, s := range []struct {
		t    *Type
		v    Value
		name string // as its messages name it
	}{{NoneType, None, "NoneType"}, {NotImplementedType, NotImplemented, "NotImplementedType"}, {EllipsisType, EllipsisValue, "EllipsisType"}} {
		s := s
		s.t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: s.t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) > 1 {
				return Null, Errorf(TypeErrorType, "%s takes no arguments", s.name)
			}
			return s.v, nil
		}}))
	}
}

// initWrapperTypes makes wrapper_descriptor and method-wrapper, which
// share their Go representations (MethodDescriptor, Builtin) and their
// attributes and methods with method_descriptor and
// builtin_function_or_method.
func initWrapperTypes() {
	WrapperDescriptorType = newBuiltinType("wrapper_descriptor", ObjectType)
	WrapperDescriptorType.layout = WrapperDescriptorType
	MethodWrapperType = newBuiltinType("method-wrapper", ObjectType)
	MethodWrapperType.layout = MethodWrapperType
	copyTypeDict(WrapperDescriptorType, MethodDescriptorType)
	copyTypeDict(MethodWrapperType, BuiltinFunctionType)
	MethodWrapperType.Dict.DelStr("__module__")
	MethodWrapperType.addGetSet("__objclass__", func(th *Thread, v Value) (Value, error) {
		b, err := selfAs[*Builtin](v)
		if err != nil {
			return Null, err
		}
		for _, t := range b.Self.Type().MRO {
			if t.Name == b.owner {
				return Obj(t), nil
			}
		}
		return Obj(b.Self.Type()), nil
	}, nil)
	initSlotDocs()
	initBuiltinDocs()
}

// copyTypeDict gives t the methods and attributes of src, owned by t.
func copyTypeDict(t, src *Type) {
	src.Dict.Items(func(k, v Value) bool {
		name, ok := k.o.(*Str)
		if !ok {
			return true
		}
		switch d := v.o.(type) {
		case *MethodDescriptor:
			v = Obj(&MethodDescriptor{Name: d.Name, Owner: t, Fn: d.Fn, protocol: d.protocol})
		case *GetSetDescriptor:
			v = Obj(&GetSetDescriptor{Name: d.Name, Owner: t, Get: d.Get, Set: d.Set})
		}
		t.Dict.SetStr(name.s, v)
		return true
	})
}

// builtinTypes returns object and every builtin type derived from it.
func builtinTypes() []*Type {
	out := []*Type{ObjectType}
	for i := 0; i < len(out); i++ {
		for _, s := range out[i].subs {
			if !s.heap {
				out = append(out, s)
			}
		}
	}
	return out
}

// argError builds CPython's messages for wrong argument counts of builtins.
func argCountError(name string, min, max, given int) error {
	switch {
	case min == max && min == 0:
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, given)
	case min == max && min == 1:
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, given)
	case min == max:
		return Errorf(TypeErrorType, "%s expected %d arguments, got %d", name, min, given)
	case given < min:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural_s(min != 1), given)
	}
	return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural_s(max != 1), given)
}

// unpackArgs binds builtin arguments: names lists parameters, those after
// the first min are optional; a name starting with '$' is keyword-only;
// a name ending with '/' ... positional-only marker handled by posOnly.
// Unspecified optional outputs are left as Null.
func unpackArgs(fname string, args []Value, kwnames []string, min int, names []string, out ...*Value) error {
	npos := len(args) - len(kwnames)
	maxPos := 0
	for _, n := range names {
		if n[0] == '$' {
			break
		}
		maxPos++
	}
	if npos > maxPos {
		if maxPos == min {
			if maxPos == 0 {
				return Errorf(TypeErrorType, "%s() takes no positional arguments", fname)
			}
			if maxPos == 1 && len(names) == 1 {
				return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, npos)
			}
			return Errorf(TypeErrorType, "%s() takes exactly %d positional arguments (%d given)", fname, maxPos, npos)
		}
		return Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, maxPos, plural_s(maxPos != 1), npos)
	}
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
	}
	for i, k := range kwnames {
		found := false
		for j, n := range names {
			if n[0] == '$' {
				n = n[1:]
			}
			if n == k {
				if out[j].o != nil {
					return Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
				}
				*out[j] = args[npos+i]
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
	}
	for i := 0; i < min; i++ {
		if out[i].o == nil {
			n := names[i]
			if n[0] == '$' {
				return Errorf(TypeErrorType, "%s() missing required keyword-only argument: '%s'", fname, n[1:])
			}
			if npos < min && len(kwnames) == 0 {
				if min == 1 && len(names) == 1 {
					return Errorf(TypeErrorType, "%s() takes exactly one argument (0 given)", fname)
				}
				return Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, n, i+1)
			}
			return Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, n, i+1)
		}
	}
	return nil
}

// noKwargs rejects keyword arguments for builtins that take none.
// overridesSlot reports whether class t, a subclass of builtin type base,
// replaces base's special method name. Builtin constructors refuse
// keyword arguments only when the other half of construction (__init__
// for __new__, __new__ for __init__) is base's own, as CPython's do: a
// subclass that overrides it may take keywords of its own.
func overridesSlot(t, base *Type, name string) bool {
	return t != base && !t.Lookup(name).Is(base.Lookup(name))
}

func noKwargs(fname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}
