package ir

import (
	"math"
	"sort"
)

// Builder appends instructions to a trace. It checks nothing: [Verify]
// does.
type Builder struct {
	t Trace
}

// NewBuilder returns a builder of a trace with numSlots slots.
func NewBuilder(numSlots int) *Builder {
	return &Builder{t: Trace{NumSlots: numSlots}}
}

// NewBuilderBuf is NewBuilder appending the instructions to buf[:0]:
// a recorder's second walk reuses the space of its first, whose trace
// it throws away.
func NewBuilderBuf(numSlots int, buf []Inst) *Builder {
	return &Builder{t: Trace{NumSlots: numSlots, Insts: buf[:0]}}
}

// Trace returns the trace built so far. Later calls append to it.
func (b *Builder) Trace() *Trace { return &b.t }

// Emit appends an instruction and returns its Ref.
func (b *Builder) Emit(in Inst) Ref {
	b.t.Insts = append(b.t.Insts, in)
	return Ref(len(b.t.Insts) - 1)
}

func (b *Builder) inst(op Op, t Type, aux int64, args ...Ref) Ref {
	in := Inst{Op: op, Type: t, Args: [2]Ref{None, None}, Aux: aux, Snap: -1}
	copy(in.Args[:], args)
	return b.Emit(in)
}

// Int returns a new int constant.
func (b *Builder) Int(v int64) Ref { return b.inst(OpConstInt, Int, v) }

// Float returns a new float constant.
func (b *Builder) Float(v float64) Ref {
	return b.inst(OpConstFloat, Float, int64(math.Float64bits(v)))
}

// Bool returns a new bool constant.
func (b *Builder) Bool(v bool) Ref {
	var x int64
	if v {
		x = 1
	}
	return b.inst(OpConstBool, Bool, x)
}

// RefConst returns a new reference constant.
func (b *Builder) RefConst(w uint64) Ref { return b.inst(OpConstRef, Object, int64(w)) }

// LoadSlot reads slot as a value of type t.
func (b *Builder) LoadSlot(slot int, t Type) Ref { return b.inst(OpLoadSlot, t, int64(slot)) }

// StoreSlot writes v to slot.
func (b *Builder) StoreSlot(slot int, v Ref) { b.inst(OpStoreSlot, Void, int64(slot), v) }

// Load reads the 64-bit word at offset off from the reference r as a
// value of type t (Int, Float or Object).
func (b *Builder) Load(r Ref, off int64, t Type) Ref { return b.inst(OpLoad, t, off, r) }

// Store writes the int or float v to the word at offset off from the
// reference r. Native code writes only pointer-free words: the recorder
// stores only the payload word of a value whose other words it has
// guarded.
func (b *Builder) Store(r Ref, off int64, v Ref) { b.inst(OpStore, Void, off, r, v) }

// Index returns the reference to word i of the array at r (r + 8*i).
func (b *Builder) Index(r, i Ref) Ref { return b.inst(OpIndex, Object, 0, r, i) }

// Op appends a value-producing operation on args; its type is the
// operation's result type.
func (b *Builder) Op(op Op, args ...Ref) Ref {
	return b.inst(op, op.Info().Result, 0, args...)
}

// S is a snapshot entry: slot holds v.
func S(slot int, v Ref) SnapEntry { return SnapEntry{Slot: slot, Val: v} }

// Snap adds a snapshot and returns its index. Entries are sorted by slot.
func (b *Builder) Snap(resume int, entries ...SnapEntry) int32 {
	e := append([]SnapEntry(nil), entries...)
	sort.SliceStable(e, func(i, j int) bool { return e[i].Slot < e[j].Slot })
	b.t.Snaps = append(b.t.Snaps, Snapshot{Entries: e, Resume: resume})
	return int32(len(b.t.Snaps) - 1)
}

// Guard appends a guard (or Fuel or Exit) with snapshot snap.
func (b *Builder) Guard(op Op, snap int32, args ...Ref) {
	r := b.inst(op, Void, 0, args...)
	b.t.Insts[r].Snap = snap
}

// Call appends a call of callout fn on a and c
// giving a value of type t; when Go cannot compute it the trace exits
// through snap.
func (b *Builder) Call(fn int64, t Type, snap int32, a, c Ref) Ref {
	r := b.inst(OpCall, t, fn, a, c)
	b.t.Insts[r].Snap = snap
	return r
}

// Fuel appends the fuel check of a loop back-edge.
func (b *Builder) Fuel(snap int32) { b.Guard(OpFuel, snap) }

// Exit appends the final exit of a trace without a loop.
func (b *Builder) Exit(snap int32) { b.Guard(OpExit, snap) }

// Loop appends the loop marker.
func (b *Builder) Loop() { b.inst(OpLoop, Void, 0) }

// Phi appends a loop-carried value that starts as init; [Builder.SetPhi]
// gives its value for the next iteration.
func (b *Builder) Phi(init Ref) Ref {
	t := Void
	if init >= 0 && int(init) < len(b.t.Insts) {
		t = b.t.Insts[init].Type
	}
	return b.inst(OpPhi, t, 0, init, None)
}

// SetPhi sets the value phi takes at the next iteration.
func (b *Builder) SetPhi(phi, next Ref) { b.t.Insts[phi].Args[1] = next }
