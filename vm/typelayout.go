package vm

// type.__basicsize__, __itemsize__, __dictoffset__ and __weakrefoffset__:
// the layout CPython's 64-bit build gives instances. pyjit's objects are
// laid out otherwise; like __sizeof__, these give CPython's numbers for
// the builtin types and lay classes out as CPython's type_new does.

// typeLayout is the size of a type's instances and where their dict and
// weak reference list would lie.
type typeLayout struct {
	basic, item int64 // __basicsize__, __itemsize__
	// dict is __dictoffset__: 0 for none, negative from the end of a
	// variable-sized instance, or before the object for a managed dict.
	dict int64
	weak int64 // __weakrefoffset__, 0 for none
	// managedDict is Py_TPFLAGS_MANAGED_DICT: the dict lies before the
	// object, as for classes with a __dict__ over a fixed-size base.
	managedDict bool
}

// wordSize is the size of a pointer in CPython's 64-bit layouts.
const wordSize = 8

// builtinLayouts holds the layout of builtin types; the others have their
// base's.
var builtinLayouts = map[*Type]typeLayout{}

func initTypeLayouts() {
	for t, l := range map[*Type]typeLayout{
		ObjectType: {basic: 16}, IntType: {basic: 24, item: 4}, BoolType: {basic: 32, item: 4},
		FloatType: {basic: 24}, ComplexType: {basic: 32}, StrType: {basic: 80},
		BytesType: {basic: 33, item: 1}, ByteArrayType: {basic: 56}, TupleType: {basic: 24, item: 8},
		ListType: {basic: 40}, DictType: {basic: 48}, SetType: {basic: 200, weak: 192},
		FrozenSetType: {basic: 200, weak: 192}, TypeType: {basic: 904, item: 40, dict: 264, weak: 368},
		RangeType: {basic: 48}, SliceType: {basic: 40}, MemoryViewType: {basic: 144, item: 8, weak: 136},
		BaseExceptionType: {basic: 72, dict: 16}, StaticMethodType: {basic: 32, dict: 24},
		ClassMethodType: {basic: 32, dict: 24}, FunctionType: {basic: 136, dict: 88, weak: 96},
		MethodType: {basic: 48, weak: 32}, ModuleType: {basic: 56, dict: 16, weak: 40},
		BuiltinFunctionType: {basic: 56, weak: 40}, CodeType: {basic: 184, item: 2, weak: 144},
		GeneratorType: {basic: 152, item: 8, weak: 24}, CoroutineType: {basic: 152, item: 8, weak: 24},
		AsyncGeneratorType: {basic: 152, item: 8, weak: 24}, DequeType: {basic: 216, weak: 208},
		PartialType: {basic: 64, dict: 40, weak: 48}, GenericAliasType: {basic: 64, weak: 40},
		NamespaceType: {basic: 24, dict: 16}, PropertyType: {basic: 64}, SuperType: {basic: 40},
		ZipType: {basic: 48}, MapType: {basic: 32}, FilterType: {basic: 32}, EnumerateType: {basic: 56},
		ReversedType: {basic: 32}, MethodDescriptorType: {basic: 56}, WrapperDescriptorType: {basic: 56},
		ClassMethodDescriptorType: {basic: 56}, GetSetDescriptorType: {basic: 48}, MemberDescriptorType: {basic: 48},
		ListIterType: {basic: 32}, TupleIterType: {basic: 32}, RangeIterType: {basic: 48}, SetIterType: {basic: 48},
		DictKeysType: {basic: 24}, DictValuesType: {basic: 24}, DictItemsType: {basic: 24},
	} {
		builtinLayouts[t] = l
	}
	// The exceptions with fields of their own.
	for t, basic := range map[*Type]int64{
		AttributeErrorType: 88, BaseExceptionGroupType: 88, ImportErrorType: 96, NameErrorType: 80,
		OSErrorType: 112, StopIterationType: 80, SyntaxErrorType: 136, SystemExitType: 80,
		UnicodeDecodeErrorType: 112, UnicodeEncodeErrorType: 112, UnicodeTranslateErrorType: 112,
	} {
		builtinLayouts[t] = typeLayout{basic: basic, dict: 16}
	}
	for name, field := range map[string]func(typeLayout) int64{
		"__basicsize__":     func(l typeLayout) int64 { return l.basic },
		"__itemsize__":      func(l typeLayout) int64 { return l.item },
		"__dictoffset__":    func(l typeLayout) int64 { return l.dict },
		"__weakrefoffset__": func(l typeLayout) int64 { return l.weak },
	} {
		TypeType.addGetSet(name, func(th *Thread, v Value) (Value, error) {
			t, err := selfAs[*Type](v)
			if err != nil {
				return Null, err
			}
			return Int(field(layoutOf(t))), nil
		}, nil)
	}
}

// layoutOf is the layout of t's instances.
func layoutOf(t *Type) typeLayout {
	if l, ok := builtinLayouts[t]; ok {
		return l
	}
	if t.Base == nil || t.Base == t {
		return builtinLayouts[ObjectType]
	}
	if !t.heap {
		l := layoutOf(t.Base)
		l.managedDict = false
		return l
	}
	return classLayout(t)
}

// classLayout is the layout of a class statement's instances: its best
// base's, then a word for each slot of its own, a dict (at the end of a
// variable-sized instance, else managed before the object) and a weak
// reference list when its base has none.
func classLayout(t *Type) typeLayout {
	best := bestBase(t.Bases)
	l := layoutOf(best) // a managed dict is inherited
	l.basic += wordSize * int64(max(0, len(t.slotNames)-len(best.slotNames)))
	addDict := t.hasDict && !layoutHasDict(best)
	if addDict && l.item != 0 {
		l.dict = -wordSize
		l.basic += wordSize
	}
	if t.weakrefs && !layoutHasWeakrefs(best) {
		l.weak = l.basic
		l.basic += wordSize
	}
	if addDict && l.item == 0 {
		l.managedDict = true
		l.dict = -l.basic - 3*wordSize
	}
	return l
}
