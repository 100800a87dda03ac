package vm

// type.__flags__: CPython's Py_TPFLAGS_* bits that describe what pyjit's
// types are. The bits of CPython's C calling conventions (vectorcall) are
// left out: pyjit has none of them. A valid version tag is reported as
// pyjit's types have one, where CPython sets it at a type's first
// attribute lookup through its method cache.

// CPython's type flags.
const (
	tpflagsManagedDict           = 1 << 4
	tpflagsDisallowInstantiation = 1 << 7
	tpflagsImmutableType         = 1 << 8
	tpflagsHeapType              = 1 << 9
	tpflagsBaseType              = 1 << 10
	tpflagsReady                 = 1 << 12
	tpflagsHaveGC                = 1 << 14
	tpflagsMethodDescriptor      = 1 << 17
	tpflagsValidVersionTag       = 1 << 19
	tpflagsIsAbstract            = 1 << 20
)

// subclassFlags are the fast subclass checks CPython's types carry: the
// bit of each builtin type that a type derives from.
var subclassFlags []struct {
	base *Type
	bit  uint64
}

// atomicTypes are the builtin types whose instances refer to no other
// objects, which CPython's collector does not track (no Py_TPFLAGS_HAVE_GC).
var atomicTypes = map[*Type]bool{}

// methodDescriptorTypes are the types whose objects bind as methods do
// when looked up on an instance (Py_TPFLAGS_METHOD_DESCRIPTOR).
var methodDescriptorTypes = map[*Type]bool{}

func initTypeFlags() {
	for i, t := range []*Type{IntType, ListType, TupleType, BytesType, StrType, DictType, BaseExceptionType, TypeType} {
		subclassFlags = append(subclassFlags, struct {
			base *Type
			bit  uint64
		}{t, 1 << (24 + i)})
	}
	for _, t := range []*Type{ObjectType, NoneType, NotImplementedType, EllipsisType, BoolType, IntType, FloatType,
		ComplexType, StrType, BytesType, ByteArrayType, RangeType, RangeIterType, LongRangeIterType, CodeType} {
		atomicTypes[t] = true
	}
	for _, t := range []*Type{FunctionType, MethodDescriptorType, WrapperDescriptorType} {
		methodDescriptorTypes[t] = true
	}
	TypeType.addGetSet("__flags__", func(th *Thread, v Value) (Value, error) {
		t, err := selfAs[*Type](v)
		if err != nil {
			return Null, err
		}
		return Int(int64(typeFlags(t))), nil
	}, nil)
}

// typeFlags is t.__flags__.
func typeFlags(t *Type) uint64 {
	f := uint64(tpflagsReady | t.matchFlags)
	if t.heap {
		f |= tpflagsHeapType | tpflagsHaveGC
	} else {
		f |= tpflagsImmutableType
		if !atomicTypes[t] {
			f |= tpflagsHaveGC
		}
	}
	if !t.final {
		f |= tpflagsBaseType
	}
	if t.version != 0 {
		f |= tpflagsValidVersionTag
	}
	if t.abstract > 0 {
		f |= tpflagsIsAbstract
	}
	if methodDescriptorTypes[t] {
		f |= tpflagsMethodDescriptor
	}
	if disallowsInstantiation(t) {
		f |= tpflagsDisallowInstantiation
	}
	if layoutOf(t).managedDict {
		f |= tpflagsManagedDict
	}
	for _, s := range subclassFlags {
		if t.IsSubtype(s.base) {
			f |= s.bit
		}
	}
	return f
}

// disallowsInstantiation reports whether t is a builtin type that calling
// cannot instantiate, one that CPython gives no tp_new: its __new__ is
// object's, which refuses it (see objectNewInstance).
func disallowsInstantiation(t *Type) bool {
	if t.heap || t == ObjectType || t.layout == BaseExceptionType {
		return false
	}
	switch t {
	case NoneType, NotImplementedType, EllipsisType, CodeType, TracebackType:
		return false
	}
	objectNew, _ := ObjectType.Dict.GetStr("__new__")
	return t.Lookup("__new__").o == objectNew.o
}
