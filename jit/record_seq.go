package jit

import (
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
)

// Recording of lists, tuples, globals and truth tests. A list or tuple is
// a reference: the trace reads its items through the slice in the object
// (the array's address and length) and checks each item's type word
// before using its payload (an int or a float) or its data word (a list
// or a tuple). A store into a list writes only the payload word of an
// item whose type word it has checked to be the stored value's: native
// code never writes a pointer.

// constant returns the sval of a constant (of the code, or a global
// checked at entry).
func (r *recorder) constant(c vm.Value) sval {
	switch k := kindOf(c); k {
	case kInt:
		return sval{ref: r.b.Int(c.UncheckedInt()), k: kInt, i: c.UncheckedInt(), konst: true}
	case kFloat:
		return sval{ref: r.b.Float(c.UncheckedFloat()), k: kFloat, f: c.UncheckedFloat(), konst: true}
	case kBool:
		return sval{ref: r.b.Int(c.UncheckedInt()), k: kBool, i: c.UncheckedInt(), v: c, konst: true}
	case kPyNone:
		return sval{ref: r.b.Int(0), k: kPyNone, v: c, konst: true}
	default:
		return sval{ref: r.b.RefConst(dataWord(c)), k: k, v: c, konst: true}
	}
}

// loadGlobal records LOAD_GLOBAL of an int, float, list, tuple, bool,
// None, module or instance: a constant of the trace, which the entry
// checks the global still holds (native code cannot change a global). An
// instance's class can change without the global changing (`__class__`
// assigned): a guard checks it where the global is read, exiting at the
// instruction.
func (r *recorder) loadGlobal(pc, arg int) error {
	v, owner, ok := r.globalValue(arg >> 1)
	if !ok {
		return errAbort("global not found")
	}
	if arg&1 != 0 {
		// A call: of a builtin function the recorder inlines, or of a
		// Python function it walks into.
		fn := r.builtins.find(v)
		if fn == bNone {
			fn = moduleFunc(v)
		}
		if r.final {
			r.globals = append(r.globals, globalDep{name: arg >> 1, v: v, fn: owner})
		}
		if _, ok := v.Object().(*vm.Function); ok && fn == bNone {
			r.push(sval{ref: ir.None, k: kNull, v: vm.Null, konst: true})
			r.push(sval{ref: ir.None, k: kFunc, v: v, konst: true})
			return nil
		}
		if _, ok := vm.IsClass(v); ok && fn == bNone {
			// A class to call (record_class.go).
			r.push(sval{ref: ir.None, k: kNull, v: vm.Null, konst: true})
			r.push(sval{ref: ir.None, k: kClass, v: v, konst: true})
			return nil
		}
		if fn == bNone {
			return abortf("call of global %s", v.Type().Name)
		}
		r.push(sval{ref: ir.None, k: kNull, v: vm.Null, konst: true})
		r.push(sval{ref: ir.None, k: kBuiltin, i: int64(fn), v: v, konst: true})
		return nil
	}
	if vm.IsModule(v) {
		if r.final {
			r.globals = append(r.globals, globalDep{name: arg >> 1, v: v, fn: owner})
		}
		r.push(sval{ref: ir.None, k: kModule, v: v, konst: true})
		return nil
	}
	if _, ok := vm.IsClass(v); ok {
		// A class whose functions the trace calls (C.f(x)).
		if r.final {
			r.globals = append(r.globals, globalDep{name: arg >> 1, v: v, fn: owner})
		}
		r.push(sval{ref: ir.None, k: kClass, v: v, konst: true})
		return nil
	}
	k := kindOf(v)
	if k == kNone && !isFunction(v) {
		return abortf("global of type %s", v.Type().Name)
	}
	if r.final {
		r.globals = append(r.globals, globalDep{name: arg >> 1, v: v, fn: owner})
	}
	if isFunction(v) {
		// A function passed on, for an inlined call to call.
		r.push(sval{ref: ir.None, k: kFunc, v: v, konst: true})
		return nil
	}
	c := r.constant(v)
	if k == kInst {
		r.guardClass(c.ref, v.Type(), r.snap(pc, "global's class"))
	}
	r.push(c)
	return nil
}

// item records the load of item idx (an int) of the items array at
// items, whose value is v now; its guards exit through snap. A float item
// that is a NaN exits too: a NaN's identity lives in its bits.
func (r *recorder) item(items, idx ir.Ref, v vm.Value, snap int32) (sval, error) {
	k := kindOf(v)
	if k == kNone {
		return sval{}, abortf("item of type %s", v.Type().Name)
	}
	e := r.b.Index(items, r.b.Op(ir.OpMul, idx, r.b.Int(valueWords)))
	return r.value(e, 0, v, snap), nil
}

// value records the load of the value at offset off from base, of a kind
// the trace holds, whose value is v now: a guard on its type word (and an
// instance's class), then its payload or data word. A float that is a NaN
// exits too: a NaN's identity lives in its bits.
func (r *recorder) value(base ir.Ref, off int64, v vm.Value, snap int32) sval {
	k := kindOf(v)
	r.b.Guard(ir.OpGuardEq, snap, r.b.Load(base, off, ir.Int), r.b.Int(int64(tags[k])))
	var ref ir.Ref
	switch k {
	case kPyNone:
		ref = r.b.Int(0)
	case kInt, kFloat, kBool:
		ref = r.b.Load(base, off+int64(vm.ValuePayloadOffset), k.irType())
		if k == kFloat {
			r.b.Guard(ir.OpGuardTrue, snap, r.b.Op(ir.OpFEq, ref, ref))
		}
	default:
		ref = r.b.Load(base, off+int64(vm.ValueDataOffset), ir.Object)
		if k == kInst {
			r.guardClass(ref, v.Type(), snap)
		}
	}
	return concreteVal(ref, k, v)
}

// seqParts returns the IR values of a list's or tuple's items address
// and length.
func (r *recorder) seqParts(s sval) (items, n ir.Ref) {
	off := s.k.itemsOffset()
	return r.b.Load(s.ref, off, ir.Object), r.b.Load(s.ref, off+8, ir.Int)
}

// forSeq records FOR_ITER over a list or tuple iterator at the header.
// The exhausted iterator, or an item of another type, exits at the
// header: FOR_ITER runs again in the interpreter.
func (r *recorder) forSeq(items []vm.Value, i int) error {
	if i >= len(items) {
		return errLoopEnds
	}
	if !r.final {
		r.iter = iterSeq
		k := kindOf(items[i])
		if k == kNone {
			return abortf("item of type %s", items[i].Type().Name)
		}
		r.push(concreteVal(r.b.Int(0), k, items[i]))
		return nil
	}
	s := r.snap(r.h, "loop end")
	r.b.Guard(ir.OpGuardTrue, s, r.b.Op(ir.OpLt, r.rIdxPhi, r.rN))
	v, err := r.item(r.rItems, r.rIdxPhi, items[i], r.snap(r.h, "item type"))
	if err != nil {
		return err
	}
	r.rCur = r.b.Op(ir.OpAdd, r.rIdxPhi, r.b.Int(1))
	r.push(v)
	return nil
}

// forPair records FOR_ITER over an enumerate or a zip of two list or
// tuple iterators (k), whose pair the next instruction unpacks at once
// (`for i, x in enumerate(xs)`, `for x, y in zip(xs, ys)`): the pair's two
// values go on the stack as UNPACK_SEQUENCE leaves them and the walk goes
// on after it, so no tuple is made. An exhausted iterator or an item of
// another type exits at the header, before any iterator moves: FOR_ITER
// runs again in the interpreter. It returns the next pc.
func (r *recorder) forPair(k iterKind, it vm.Value) (int, error) {
	if next := r.co.Instrs[r.h+1]; next.Op().Family() != code.UNPACK_SEQUENCE || next.Arg() != 2 {
		return 0, errAbort("pairs of enumerate or zip kept")
	}
	first, second, ok := seqIters(k, it)
	if !ok {
		return 0, errAbort("zip of one iterator twice")
	}
	items, i, ok := vm.SeqIterState(first)
	if !ok {
		return 0, abortf("%s of an iterator of type %s", it.Type().Name, first.Type().Name)
	}
	var items2 []vm.Value
	var i2 int
	if k == iterZip {
		if items2, i2, ok = vm.SeqIterState(second); !ok {
			return 0, abortf("zip of an iterator of type %s", second.Type().Name)
		}
	} else {
		_, count, _ := vm.EnumerateIterState(it)
		if !enumCountFits(count, len(items)-i) {
			return 0, errAbort("enumerate count out of range")
		}
		items2 = []vm.Value{vm.Int(count)}
	}
	if i >= len(items) || i2 >= len(items2) {
		return 0, errLoopEnds
	}
	// The pair is (count, item) for enumerate and (item, item2) for
	// zip; UNPACK_SEQUENCE leaves its first value on top.
	pair := []vm.Value{items[i], items2[i2]}
	if k == iterEnum {
		pair[0], pair[1] = pair[1], pair[0]
	}
	if !r.final {
		r.iter = k
		for _, v := range []vm.Value{pair[1], pair[0]} {
			k := kindOf(v)
			if k == kNone {
				return 0, abortf("item of type %s", v.Type().Name)
			}
			r.push(concreteVal(r.b.Int(0), k, v))
		}
		return r.h + 2, nil
	}
	end := r.snap(r.h, "loop end")
	r.b.Guard(ir.OpGuardTrue, end, r.b.Op(ir.OpLt, r.rIdxPhi, r.rN))
	if k == iterZip {
		r.b.Guard(ir.OpGuardTrue, end, r.b.Op(ir.OpLt, r.rIdx2Phi, r.rN2))
	}
	types := r.snap(r.h, "item type")
	x, err := r.item(r.rItems, r.rIdxPhi, items[i], types)
	if err != nil {
		return 0, err
	}
	y := sval{ref: r.rIdx2Phi, k: kInt, i: items2[0].UncheckedInt()}
	if k == iterZip {
		if y, err = r.item(r.rItems2, r.rIdx2Phi, items2[i2], types); err != nil {
			return 0, err
		}
	}
	r.rCur = r.b.Op(ir.OpAdd, r.rIdxPhi, r.b.Int(1))
	r.rCur2 = r.b.Op(ir.OpAdd, r.rIdx2Phi, r.b.Int(1))
	if k == iterEnum {
		x, y = y, x
	}
	r.push(y)
	r.push(x)
	return r.h + 2, nil
}

// listAppend records CALL 1 of list.append on a list (an exact list,
// whose append nothing can replace): a callout appends the value, of any
// kind a trace holds, when the list's array has room for it. When it has
// not, the callout refuses and the interpreter appends, moving the items
// to a new array: native code may be reading the old one (a loop over the
// list), which nothing else keeps alive. The walk leaves the list as it
// is: reads of it later in the iteration go through the trace's loads
// and guards.
func (r *recorder) listAppend(pc int) error {
	if err := r.effect("list append"); err != nil {
		return err
	}
	x, l := r.stack[len(r.stack)-1], r.stack[len(r.stack)-2]
	if x.k.isConst() || x.k == kNone {
		return abortf("append of kind %d", x.k)
	}
	snap := r.snap(pc, "list append")
	r.b.Call(int64(callListAppend)|int64(x.k)<<8, ir.Int, snap, l.ref, x.ref)
	r.stack = r.stack[:len(r.stack)-3]
	none := r.constant(vm.None)
	none.konst = false
	r.push(none)
	return nil
}

// unpack records UNPACK_SEQUENCE of a list or tuple of n items.
func (r *recorder) unpack(pc, n int) error {
	s := r.stack[len(r.stack)-1]
	if !s.k.isSeq() {
		return abortf("unpacking of kind %d", s.k)
	}
	items := seqItems(s.v)
	if len(items) != n {
		return errAbort("unpacking of another length while recording")
	}
	snap := r.snap(pc, "unpack")
	it, ln := r.seqParts(s)
	if s.k == kList || !s.konst {
		r.b.Guard(ir.OpGuardEq, snap, ln, r.b.Int(int64(n)))
	}
	vals := make([]sval, n)
	for k := range vals {
		v, err := r.item(it, r.b.Int(int64(k)), items[k], snap)
		if err != nil {
			return err
		}
		vals[k] = v
	}
	r.pop()
	for k := n - 1; k >= 0; k-- {
		r.push(vals[k])
	}
	return nil
}

// index checks a subscript: a list or tuple and an int in range now. Its
// guards (0 <= i < len) exit through snap; it returns the items address
// and the item's concrete value.
func (r *recorder) index(c, i sval, snap int32) (ir.Ref, vm.Value, error) {
	if !c.k.isSeq() || i.k != kInt {
		return ir.None, vm.Null, errAbort("subscript not of a list or tuple by an int")
	}
	items := seqItems(c.v)
	if i.i < 0 || i.i >= int64(len(items)) {
		return ir.None, vm.Null, errAbort("index negative or out of range while recording")
	}
	it, ln := r.seqParts(c)
	r.b.Guard(ir.OpGuardTrue, snap, r.b.Op(ir.OpGe, i.ref, r.b.Int(0)))
	r.b.Guard(ir.OpGuardTrue, snap, r.b.Op(ir.OpLt, i.ref, ln))
	return it, items[i.i], nil
}

// subscr records BINARY_SUBSCR of a list or tuple by an int.
func (r *recorder) subscr(pc int) error {
	i, c := r.stack[len(r.stack)-1], r.stack[len(r.stack)-2]
	snap := r.snap(pc, "index")
	it, v, err := r.index(c, i, snap)
	if err != nil {
		return err
	}
	x, err := r.item(it, i.ref, v, snap)
	if err != nil {
		return err
	}
	r.pop()
	r.pop()
	r.push(x)
	return nil
}

// storeSubscr records STORE_SUBSCR of an int or float into a list item
// that holds one of the same type: only the payload word changes. A NaN
// is stored by the interpreter.
func (r *recorder) storeSubscr(pc int) error {
	if err := r.effect("item store"); err != nil {
		return err
	}
	n := len(r.stack)
	i, c, v := r.stack[n-1], r.stack[n-2], r.stack[n-3]
	if c.k != kList {
		return errAbort("store into a subscript not of a list")
	}
	if !v.k.isWord() {
		return r.storeItemRef(pc, i, c, v)
	}
	if i.k == kInt && i.i >= 0 && i.i < int64(len(seqItems(c.v))) && kindOf(seqItems(c.v)[i.i]) != v.k {
		return r.storeItemRef(pc, i, c, v)
	}
	snap := r.snap(pc, "store")
	it, old, err := r.index(c, i, snap)
	if err != nil {
		return err
	}
	if kindOf(old) != v.k {
		return errAbort("store changes the type of a list item")
	}
	e := r.b.Index(it, r.b.Op(ir.OpMul, i.ref, r.b.Int(valueWords)))
	r.b.Guard(ir.OpGuardEq, snap, r.b.Load(e, 0, ir.Int), r.b.Int(int64(tags[v.k])))
	if v.k == kFloat {
		r.b.Guard(ir.OpGuardTrue, snap, r.b.Op(ir.OpFEq, v.ref, v.ref))
	}
	r.b.Store(e, int64(vm.ValuePayloadOffset), v.ref)
	r.pop()
	r.pop()
	r.pop()
	return nil
}

// jumpIf records POP_JUMP_IF_FALSE/TRUE on a value (a comparison's
// result is recorded with the comparison): a constant decides the way,
// an int, float, list or tuple is tested for truth, with a guard whose
// exit resumes at the other target. It returns the next pc.
func (r *recorder) jumpIf(pc int, in code.Instr) (int, error) {
	v := r.pop()
	truth, cond, err := r.truth(v)
	if err != nil {
		return 0, err
	}
	next, other := pc+1, in.Arg()
	if truth == (in.Op() == code.POP_JUMP_IF_TRUE) {
		next, other = other, next
	}
	if cond != ir.None {
		op := ir.OpGuardTrue
		if !truth {
			op = ir.OpGuardFalse
		}
		r.b.Guard(op, r.snap(other, "branch"), cond)
	}
	return next, nil
}
