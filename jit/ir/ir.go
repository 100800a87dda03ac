// Package ir is the trace IR of tier 2: a linear SSA form over four kinds
// of values (int64, float64, bool and object references), recorded from
// one path through the interpreter.
//
// A trace is a list of instructions. Instructions refer to earlier ones by
// their index, a [Ref]. A trace either ends with an [OpExit] or holds one
// [OpLoop] marker: the instructions after it (the body) repeat, and the
// [OpPhi] instructions right after the marker carry values from one
// iteration to the next (LuaJIT style: the body is recorded once and the
// loop-carried values are explicit).
//
// Values live in the trace's slots between native code and the
// interpreter: [OpLoadSlot] reads an input, [OpStoreSlot] writes an output.
// Every instruction that can leave the trace (a guard, the fuel check of a
// loop, the final exit) points at a [Snapshot] saying what the
// interpreter's slots hold when it leaves there.
package ir

import "fmt"

// Type is the kind of value an instruction produces.
type Type uint8

// The value types. Void instructions produce no value.
const (
	Void Type = iota
	Int
	Float
	Bool
	Object
)

var typeNames = [...]string{Void: "void", Int: "int", Float: "float", Bool: "bool", Object: "ref"}

func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("type(%d)", t)
}

// Ref names an instruction, and the value it produces, by its index in
// the trace.
type Ref int32

// None is the Ref of no instruction.
const None Ref = -1

// Inst is one instruction.
type Inst struct {
	Op   Op
	Type Type
	// Args are the operands; unused ones are None.
	Args [2]Ref
	// Aux is the constant's bits (int64, float64 bits, 0 or 1, a
	// reference's word), the slot of a slot access, or the byte offset of
	// a load.
	Aux int64
	// Snap is the index of the snapshot of an instruction that can exit,
	// and -1 for the others.
	Snap int32
}

// Frame is one interpreter frame a snapshot restores. The recorder fills
// frames in; the IR only carries them.
type Frame struct {
	// Code identifies the code object, in the recorder's numbering.
	Code int
	// PC is the bytecode offset to resume at.
	PC int
	// Base is the first slot of the frame.
	Base int
}

// SnapEntry says that a slot holds a value at an exit.
type SnapEntry struct {
	Slot int
	Val  Ref
}

// Snapshot is the interpreter state at an exit: each entry gives a slot's
// value; the slots without an entry hold what the trace last stored there
// (or their value at entry).
type Snapshot struct {
	// Entries are sorted by slot, one per slot at most.
	Entries []SnapEntry
	// Resume is an opaque descriptor of where the interpreter resumes.
	Resume int
	// Frames are the interpreter frames to rebuild, innermost last.
	Frames []Frame
}

// Trace is a recorded trace.
type Trace struct {
	Insts []Inst
	Snaps []Snapshot
	// NumSlots is the number of slots the trace reads and writes.
	NumSlots int
}

// LoopIndex returns the index of the trace's OpLoop marker, or None.
func (t *Trace) LoopIndex() Ref {
	for i := range t.Insts {
		if t.Insts[i].Op == OpLoop {
			return Ref(i)
		}
	}
	return None
}

// Clone returns a deep copy of t.
func (t *Trace) Clone() *Trace {
	c := &Trace{Insts: append([]Inst(nil), t.Insts...), NumSlots: t.NumSlots}
	c.Snaps = make([]Snapshot, len(t.Snaps))
	for i, s := range t.Snaps {
		c.Snaps[i] = Snapshot{
			Entries: append([]SnapEntry(nil), s.Entries...),
			Resume:  s.Resume,
			Frames:  append([]Frame(nil), s.Frames...),
		}
	}
	return c
}

// Exits returns the instructions that can leave the trace, in order. The
// backends number exits in this order, starting at 1.
func (t *Trace) Exits() []Ref {
	var out []Ref
	for i := range t.Insts {
		if t.Insts[i].Op.Info().Exits {
			out = append(out, Ref(i))
		}
	}
	return out
}
