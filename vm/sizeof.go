package vm

// __sizeof__ of the builtin types that define their own in CPython. The
// sizes approximate CPython's 64-bit layouts; only their type and rough
// magnitude are meaningful.

func initSizeOf() {
	method(ObjectType, "__sizeof__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Int(objectSizeOf(self)), nil
	})
	method(IntType, "__sizeof__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		bits := 1
		if b, ok := unwrap(self).o.(*BigInt); ok {
			bits = b.b.BitLen()
		}
		return Int(int64(24 + 4*((bits+29)/30))), nil
	})
	method(StrType, "__sizeof__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s := strSelf(self)
		if s.isASCII() {
			return Int(int64(49 + len(s.s))), nil
		}
		return Int(int64(74 + 4*s.Len())), nil
	})
	method(ListType, "__sizeof__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Int(int64(40 + 8*cap(listSelf(self).items))), nil
	})
	method(DictType, "__sizeof__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		n := dictSelf(self).Len()
		if n == 0 {
			return Int(48), nil
		}
		return Int(int64(184 + 24*n)), nil
	})
	for _, t := range []*Type{SetType, FrozenSetType} {
		method(t, "__sizeof__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			n := setSelf(self).Len()
			if n <= 4 {
				return Int(200), nil
			}
			return Int(int64(200 + 32*n)), nil
		})
	}
	method(TypeType, "__sizeof__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Int(408), nil
	})
	for _, t := range []*Type{GeneratorType, CoroutineType, AsyncGeneratorType} {
		method(t, "__sizeof__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Int(184), nil
		})
	}
	method(CodeType, "__sizeof__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Int(200), nil
	})
}

// objectSizeOf is object.__sizeof__: the basic size of the instance's
// builtin layout, plus its items for tuples and bytes, plus its slots.
func objectSizeOf(v Value) int64 {
	n := int64(16)
	switch o := unwrap(v).o.(type) {
	case floatTag:
		n = 24
	case *Tuple:
		n = 24 + 8*int64(len(o.items))
	case *Bytes:
		n = 33 + int64(len(o.b))
	case *Range, *Slice:
		n = 48
	}
	if inst, ok := v.o.(*Instance); ok {
		n += 8 * int64(len(inst.typ.slotNames))
	}
	return n
}
