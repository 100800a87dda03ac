package vm

// The iterator of memoryview objects.

// MemoryIterType is the type of a memoryview's iterator.
var MemoryIterType *Type

// memoryIter iterates over the elements of a memoryview.
type memoryIter struct {
	m *MemoryView
	i int
}

// Type implements Object.
func (*memoryIter) Type() *Type { return MemoryIterType }

func (it *memoryIter) next(th *Thread) (Value, bool, error) {
	if err := it.m.check(); err != nil {
		return Null, false, err
	}
	if it.i >= it.m.length() {
		return Null, false, nil
	}
	it.i++
	return it.m.item(it.i - 1), true, nil
}

func initMemoryIterType() {
	MemoryIterType = newBuiltinType("memory_iterator", ObjectType)
	MemoryIterType.layout = MemoryIterType
	MemoryIterType.final = true
	method(MemoryIterType, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return self, nil })
	method(MemoryIterType, "__next__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		v, ok, err := self.o.(*memoryIter).next(th)
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, NewException(StopIterationType)
		}
		return v, nil
	})
}
