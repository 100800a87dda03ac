package vm

// type.__basicsize__ and type.__itemsize__: the sizes CPython's 64-bit
// layouts give instances. pyjit's objects are laid out otherwise; like
// __sizeof__, these only approximate CPython's numbers.

// builtinSizes holds the basic and item size of builtin types; the others
// have object's.
var builtinSizes = map[*Type][2]int64{}

func initTypeSizes() {
	for t, s := range map[*Type][2]int64{
		ObjectType: {16, 0}, IntType: {24, 4}, BoolType: {32, 4}, FloatType: {24, 0},
		ComplexType: {32, 0}, StrType: {80, 0}, BytesType: {33, 1}, ByteArrayType: {56, 0},
		TupleType: {24, 8}, ListType: {40, 0}, DictType: {48, 0}, SetType: {200, 0},
		FrozenSetType: {200, 0}, TypeType: {904, 40}, RangeType: {48, 0}, SliceType: {40, 0},
	} {
		builtinSizes[t] = s
	}
	for i, name := range []string{"__basicsize__", "__itemsize__"} {
		TypeType.addGetSet(name, func(th *Thread, v Value) (Value, error) {
			t, err := selfAs[*Type](v)
			if err != nil {
				return Null, err
			}
			return Int(typeSizes(t)[i]), nil
		}, nil)
	}
}

// typeSizes is __basicsize__ and __itemsize__ of t. A class adds to its
// primary base a word per slot of its own, and one for weak references
// when it is the first class with instance dicts above a builtin base.
func typeSizes(t *Type) [2]int64 {
	if s, ok := builtinSizes[t]; ok {
		return s
	}
	if !t.heap || t.Base == nil || t.Base == t {
		return builtinSizes[ObjectType]
	}
	s := typeSizes(t.Base)
	s[0] += 8 * int64(len(t.slotNames)-len(t.Base.slotNames))
	if t.hasDict && !t.Base.heap {
		s[0] += 8
	}
	return s
}
