package jit

import (
	"unsafe"

	"github.com/pyjit/pyjit/vm"
)

// Native code reads the interpreter's values as words: a vm.Value is a
// type word, a data word and a payload word (vm.ValueSize bytes). The type
// word is the same for every value of one Go type, so comparing it with
// a constant checks a value's exact type.

// valueWords is the number of words in a vm.Value.
const valueWords = int64(vm.ValueSize / 8)

// tags holds the type word of each kind's values.
var tags = [...]uint64{
	kInt:    words(ptr(vm.Int(0)))[0],
	kFloat:  words(ptr(vm.Float(0)))[0],
	kBool:   words(ptr(vm.True))[0],
	kList:   words(ptr(vm.Obj(vm.NewList(nil))))[0],
	kTuple:  words(ptr(vm.Obj(&vm.Tuple{})))[0],
	kInst:   words(ptr(vm.Obj(&vm.Instance{})))[0],
	kPyNone: words(ptr(vm.None))[0],
	kCell:   words(ptr(vm.Obj(&vm.Cell{})))[0],
}

func ptr(v vm.Value) *vm.Value { return &v }

// words returns the words of *v.
func words(v *vm.Value) *[3]uint64 { return (*[3]uint64)(unsafe.Pointer(v)) }

// pointer returns the address held in the word w. The object it points
// to is reachable from the frame the trace runs on: native code reads
// references and never makes or drops one.
func pointer(w uint64) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&w)) }

// itemsWord returns the address of the first of items (0 when there are
// none: the trace's index guard fails before any load).
func itemsWord(items []vm.Value) uint64 {
	if len(items) == 0 {
		return 0
	}
	return uint64(uintptr(unsafe.Pointer(&items[0])))
}

// dataWord returns v's data word: the object's address.
func dataWord(v vm.Value) uint64 { return words(&v)[1] }
