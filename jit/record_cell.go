package jit

import (
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
)

// Recording of cells: LOAD_DEREF, STORE_DEREF and LOAD_CLOSURE, in the
// loop's frame and in inlined closures. A cell is a reference (the
// *vm.Cell). The loop's frame holds its cells in its locals, which the
// trace takes as slots like any other (every entry checks they still
// hold cells and copies their addresses); an inlined closure's cells are
// its function's, a constant of the trace (the function is checked at
// every entry). A cell's value is read through memory with its type
// guard, which also fails when the cell was emptied (the interpreter
// then raises NameError); a store writes only the payload word of a
// cell holding a value of the same type, as attribute stores do. Since
// the loop's frame and a closure may share a cell, every load goes to
// memory, except a load through the same reference as a store earlier in
// the iteration.

// cellStore is the last value the walk stored into a cell, and through
// which IR reference.
type cellStore struct {
	at ir.Ref
	v  sval
}

// cellAt returns the cell at local idx of the current frame.
func (r *recorder) cellAt(idx int) (sval, error) {
	if r.inlined() {
		c := r.top().locals[idx]
		if c.k != kCell {
			return sval{}, errAbort("cell of an inlined function not a closure's")
		}
		return c, nil
	}
	l, err := r.local(idx)
	if err != nil {
		return sval{}, err
	}
	if l.k != kCell {
		return sval{}, errAbort("deref of a local not a cell")
	}
	return l.cur, nil
}

// deref records LOAD_DEREF, STORE_DEREF or LOAD_CLOSURE of local idx;
// exits resume at the instruction.
func (r *recorder) deref(pc int, op code.Opcode, idx int) error {
	if op == code.STORE_DEREF {
		if err := r.effect("cell store"); err != nil {
			return err
		}
	}
	c, err := r.cellAt(idx)
	if err != nil {
		return err
	}
	cell := c.v.Object().(*vm.Cell)
	if r.cells == nil {
		r.cells = map[*vm.Cell]cellStore{}
	}
	last, stored := r.cells[cell]
	cur := cell.V
	if stored {
		cur = valueOf(last.v)
	}
	switch op {
	case code.LOAD_CLOSURE:
		c.konst = false
		r.push(c)
		return nil
	case code.STORE_DEREF:
		return r.storeDeref(pc, c, cell, cur)
	}
	if stored && last.at == c.ref {
		v := last.v
		v.konst = false
		r.push(v)
		return nil
	}
	if cur.IsNull() {
		return errAbort("unbound cell")
	}
	off := int64(vm.CellValueOffset)
	snap := r.snap(pc, "cell")
	if isFunction(cur) {
		// A function to call: the cell must still hold the same one.
		w := r.b.Load(c.ref, off+int64(vm.ValueDataOffset), ir.Object)
		r.b.Guard(ir.OpGuardEq, snap, w, r.b.RefConst(dataWord(cur)))
		if r.final {
			r.methods.keep = append(r.methods.keep, cur)
		}
		r.push(sval{ref: ir.None, k: kFunc, v: cur, konst: true})
		return nil
	}
	if k := kindOf(cur); k == kNone {
		return abortf("cell of type %s", cur.Type().Name)
	}
	r.push(r.value(c.ref, off, cur, snap))
	return nil
}

// storeDeref records STORE_DEREF of an int, float or bool into a cell that
// holds one of the same type now (cur): only the payload word changes. A
// NaN, a value of another type, or a cell that holds another type is
// stored by the interpreter.
func (r *recorder) storeDeref(pc int, c sval, cell *vm.Cell, cur vm.Value) error {
	v := r.stack[len(r.stack)-1]
	if !v.k.isWord() {
		return errAbort("cell store of a value other than an int, float or bool")
	}
	if kindOf(cur) != v.k {
		return errAbort("cell store changes the type of the cell's value")
	}
	snap := r.snap(pc, "cell store")
	off := int64(vm.CellValueOffset)
	r.b.Guard(ir.OpGuardEq, snap, r.b.Load(c.ref, off, ir.Int), r.b.Int(int64(tags[v.k])))
	if v.k == kFloat {
		r.b.Guard(ir.OpGuardTrue, snap, r.b.Op(ir.OpFEq, v.ref, v.ref))
	}
	r.b.Store(c.ref, off+int64(vm.ValuePayloadOffset), v.ref)
	r.pop()
	v.konst = false
	r.cells[cell] = cellStore{at: c.ref, v: v}
	return nil
}

// valueOf returns the interpreter's value of an int, float or bool sval.
func valueOf(v sval) vm.Value {
	switch v.k {
	case kFloat:
		return vm.Float(v.f)
	case kBool:
		return vm.Bool(v.i != 0)
	}
	return vm.Int(v.i)
}
