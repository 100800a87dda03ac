package jit

import (
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
)

// Recording of tuples and lists built (BUILD_TUPLE, BUILD_LIST), of
// references stored into list items and of `in` on lists and tuples.
// Native code allocates nothing and writes no pointer, so each is a
// callout Go answers: the snapshot of a build is the state before the
// instruction, with the items on the stack, and its exit stub writes the
// items into the exit buffer like any exit's values; Go boxes them from
// there (buildDesc says which slot holds which item), makes the tuple or
// list, keeps it alive until the next entry (JIT.keep) and resumes the
// trace with its address. A tuple or list a trace made is then a value
// like any other: unpacked, indexed, returned, stored into locals,
// attributes and items, and boxed from its address at an exit.

// buildDesc is what Go needs to make a tuple or list a trace builds:
// each item's exit-buffer slot and kind, or its value when no slot holds
// it (a constant kind).
type buildDesc struct {
	list  bool
	items []buildItem
}

type buildItem struct {
	slot int
	k    kind
	c    vm.Value
}

// concreteValue returns the interpreter's value of v as the walk knows it.
func concreteValue(v sval) vm.Value {
	switch v.k {
	case kInt, kFloat, kBool:
		return valueOf(v)
	case kPyNone:
		return vm.None
	}
	return v.v
}

// stackSlot returns the exit-buffer slot the snapshot writes stack entry
// d of the current frame (the loop's, or the innermost inlined call's) to.
func (r *recorder) stackSlot(d int) int {
	if r.inlined() {
		fr := r.top()
		return fr.base + len(fr.locals) + d
	}
	return r.stackBase + d
}

// buildSeq records BUILD_TUPLE n or BUILD_LIST n as a callout.
func (r *recorder) buildSeq(pc int, list bool, n int) error {
	if r.op.active {
		// The barrier's snapshot does not hold the items.
		return errAbort("sequence built inside an operator's method")
	}
	if n > 16 {
		return errAbort("sequence of more than 16 items built")
	}
	base := len(r.stack) - n
	items := make([]vm.Value, n)
	var d buildDesc
	d.list = list
	for i := 0; i < n; i++ {
		v := r.stack[base+i]
		if v.k == kNull || v.k == kNone {
			return abortf("item of kind %d built", v.k)
		}
		items[i] = concreteValue(v)
		it := buildItem{k: v.k}
		if v.k.isConst() {
			it.c = v.v
		} else {
			it.slot = r.stackSlot(base + i)
		}
		d.items = append(d.items, it)
	}
	snap := r.snap(pc, "build")
	aux := int64(callBuild) | int64(len(r.builds))<<8
	r.builds = append(r.builds, d)
	ref := r.b.Call(aux, ir.Object, snap, r.b.Int(0), r.b.Int(0))
	r.stack = r.stack[:base]
	if list {
		r.push(sval{ref: ref, k: kList, v: vm.Obj(vm.NewList(items))})
	} else {
		r.push(sval{ref: ref, k: kTuple, v: vm.Obj(vm.NewTuple(items))})
	}
	return nil
}

// makeSeq makes the tuple or list of the trace's build d from the exit
// buffer buf.
func (j *JIT) makeSeq(d *buildDesc, buf []uint64) uint64 {
	items := make([]vm.Value, len(d.items))
	for i, it := range d.items {
		if it.k.isConst() {
			items[i] = it.c
		} else {
			items[i] = box(it.k, buf[it.slot])
		}
	}
	var v vm.Value
	if d.list {
		v = vm.Obj(vm.NewList(items))
	} else {
		v = vm.Obj(vm.NewTuple(items))
	}
	j.keep = append(j.keep, v)
	return dataWord(v)
}

// storeItemRef records STORE_SUBSCR of a value an item's payload cannot
// take (a reference, None, a value of another kind than the item's) into
// a list by an int: after the bounds guards, a callout replaces the item
// (Go writes it, with the collector's write barriers).
func (r *recorder) storeItemRef(pc int, i, c, v sval) error {
	if v.k.isConst() || v.k == kNone {
		return abortf("store of kind %d into a list", v.k)
	}
	snap := r.snap(pc, "store")
	it, _, err := r.index(c, i, snap)
	if err != nil {
		return err
	}
	if v.k == kFloat {
		// A NaN keeps its identity in the interpreter's value.
		r.b.Guard(ir.OpGuardTrue, snap, r.b.Op(ir.OpFEq, v.ref, v.ref))
	}
	e := r.b.Index(it, r.b.Op(ir.OpMul, i.ref, r.b.Int(valueWords)))
	r.b.Call(int64(callSetItem)|int64(v.k)<<8, ir.Int, snap, e, v.ref)
	r.pop()
	r.pop()
	r.pop()
	return nil
}

// containsOp records CONTAINS_OP of an int in a list or tuple: a callout
// scans the items when each one it compares is a small int, a bool, a
// float or None (whose comparison with an int runs no Python code);
// otherwise it refuses and the interpreter does it.
func (r *recorder) containsOp(pc, arg int) error {
	c, x := r.stack[len(r.stack)-1], r.stack[len(r.stack)-2]
	if !c.k.isSeq() {
		return abortf("`in` of a container of kind %d", c.k)
	}
	if x.k != kInt {
		return abortf("`in` of a value of kind %d", x.k)
	}
	found, ok := containsInt(seqItems(c.v), x.i)
	if !ok {
		return errAbort("`in` of an item that is no number while recording")
	}
	snap := r.snap(pc, "contains")
	res := r.b.Call(int64(callContains)|int64(c.k)<<8, ir.Int, snap, c.ref, x.ref)
	if arg == 1 {
		res = r.b.Op(ir.OpBitXor, res, r.b.Int(1))
		found = !found
	}
	r.pop()
	r.pop()
	b := int64(0)
	if found {
		b = 1
	}
	r.push(sval{ref: res, k: kBool, i: b})
	return nil
}

// containsInt reports whether n is in items as `in` finds it, or false
// when deciding would compare n with an item whose comparison Go does not
// know to be free of Python code.
func containsInt(items []vm.Value, n int64) (found, ok bool) {
	for _, it := range items {
		switch {
		case it.IsSmallInt() || it.IsBool():
			if it.UncheckedInt() == n {
				return true, true
			}
		case it.IsFloat():
			if !exactInt(n) {
				return false, false
			}
			if it.UncheckedFloat() == float64(n) {
				return true, true
			}
		case it.IsNone():
		default:
			return false, false
		}
	}
	return false, true
}

// compAppend records LIST_APPEND arg of a comprehension's loop: the list
// is the frame's stack entry below the loop's iterator, which the trace
// takes as a read-only slot (checked at entry to be an exact list). A
// callout appends the value, growing the list's array when it is full:
// native code reads nothing of that list (the loop walks the iterator it
// was given, made before the list), so moving its items is safe.
func (r *recorder) compAppend(pc, arg int) error {
	if r.inlined() || r.side != nil || r.iter == iterNone && r.final {
		return errAbort("list append outside a comprehension's loop")
	}
	if len(r.stack)-1-arg != -2 || r.sp0 < 2 {
		return errAbort("list append to a stack entry not the comprehension's list")
	}
	l := r.fast[r.sp0-2]
	if kindOf(l) != kList {
		return errAbort("list append to a value not a list")
	}
	x := r.stack[len(r.stack)-1]
	if x.k.isConst() || x.k == kNone {
		return abortf("append of kind %d", x.k)
	}
	if !r.final {
		r.comp = true
		r.pop()
		return nil
	}
	r.b.Call(int64(callCompAppend)|int64(x.k)<<8, ir.Int, r.snap(pc, "list append"), r.compList, x.ref)
	r.pop()
	return nil
}
