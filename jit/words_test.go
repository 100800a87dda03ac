package jit

import (
	"math"
	"testing"
	"unsafe"

	"github.com/pyjit/pyjit/vm"
)

// TestLayout pins the memory layout native code reads: a vm.Value's
// three words, and a list's and a tuple's items slice (address, then
// length) at the offsets vm exports.
func TestLayout(t *testing.T) {
	if vm.ValueSize != 24 || valueWords != 3 || vm.ValueDataOffset != 8 || vm.ValuePayloadOffset != 16 {
		t.Fatalf("vm.Value: size %d, data at %d, payload at %d", vm.ValueSize, vm.ValueDataOffset, vm.ValuePayloadOffset)
	}
	i, f := vm.Int(-7), vm.Float(2.5)
	if words(&i)[2] != uint64(0xfffffffffffffff9) || words(&f)[2] != math.Float64bits(2.5) {
		t.Errorf("payload words: %#x %#x", words(&i)[2], words(&f)[2])
	}
	seen := map[uint64]kind{}
	for k := kInt; k <= kTuple; k++ {
		if o, dup := seen[tags[k]]; dup || tags[k] == 0 {
			t.Errorf("type word of kind %d is 0 or that of kind %d", k, o)
		}
		seen[tags[k]] = k
	}
	items := []vm.Value{vm.Int(1), vm.Float(0.5), vm.True}
	l := vm.NewList(items)
	tu := vm.NewTuple(items)
	for _, c := range []struct {
		v   vm.Value
		k   kind
		off uintptr
	}{{vm.Obj(l), kList, vm.ListItemsOffset}, {vm.Obj(tu), kTuple, vm.TupleItemsOffset}} {
		v := c.v
		if kindOf(v) != c.k || words(&v)[0] != tags[c.k] {
			t.Errorf("kind %d: kindOf %d, type word %#x", c.k, kindOf(v), words(&v)[0])
		}
		obj := pointer(dataWord(v))
		hdr := (*[2]uint64)(unsafe.Add(obj, c.off))
		if hdr[0] != itemsWord(seqItems(v)) || hdr[1] != 3 {
			t.Errorf("kind %d: items slice words %#x, want %#x and length 3", c.k, hdr, itemsWord(seqItems(v)))
		}
		if back := box(c.k, dataWord(v)); *words(&back) != *words(&v) {
			t.Errorf("kind %d: box of the data word gives another value", c.k)
		}
	}
	// An item's type word, then its payload, as the trace reads them.
	e := (*[3]uint64)(unsafe.Pointer(&items[1]))
	if e[0] != tags[kFloat] || math.Float64frombits(e[2]) != 0.5 {
		t.Errorf("float item words %#x", e)
	}
}
