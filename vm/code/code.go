package code

// Code objects: instructions plus CPython's metadata.

import (
	"math/big"
	"sort"
)

// Flags are CPython's co_flags bits.
type Flags uint32

// Code flags.
const (
	Optimized      Flags = 0x0001
	NewLocals      Flags = 0x0002
	VarArgs        Flags = 0x0004
	VarKeywords    Flags = 0x0008
	Nested         Flags = 0x0010
	Generator      Flags = 0x0020
	NoFree         Flags = 0x0040
	Coroutine      Flags = 0x0080
	IterableCoro   Flags = 0x0100
	AsyncGenerator Flags = 0x0200
)

// Ellipsis is the `...` constant.
type Ellipsis struct{}

// Bytes is a bytes constant.
type Bytes string

// Tuple is a constant tuple.
type Tuple []any

// FrozenSet is a constant frozenset: its distinct items in source order
// (CPython's compiler makes one of a constant set display that is only
// iterated or tested for membership).
type FrozenSet []any

// Position is an instruction's source range (1-based lines, 0-based byte columns).
// A zero Line means the instruction has no position.
type Position struct {
	Line, EndLine, Col, EndCol int32
}

// ExcEntry is one exception-table entry: instructions in [Start, End) are
// protected by the handler at Target, entered with the value stack cut to
// Depth items (plus the offending instruction's index if Lasti).
type ExcEntry struct {
	Start, End, Target, Depth int32
	Lasti                     bool
}

// Code is a compiled function, class body or module.
type Code struct {
	Name            string
	QualName        string
	Filename        string
	FirstLine       int
	ArgCount        int
	PosOnlyArgCount int
	KwOnlyArgCount  int
	Flags           Flags

	Instrs    []Instr
	Positions PosTable   // parallel to Instrs
	ExcTable  []ExcEntry // sorted by Start
	Consts    []any
	Names     []string
	Varnames  []string // parameters first
	Cellvars  []string
	Freevars  []string
	StackSize int

	// CellSlots gives, for each cellvar, its slot in the locals array:
	// parameters that are cells keep their parameter slot.
	CellSlots []int
	// NLocals is the number of fast-local slots: varnames, then cells that
	// are not parameters, then free variables.
	NLocals int
	// FreeStart is the first free-variable slot.
	FreeStart int

	// Warnings are the compile-time warnings of a module (top-level code only).
	Warnings []Warning
}

// Warning is a compile-time warning (CPython's SyntaxWarning).
type Warning struct {
	Line int
	Msg  string
}

// LocalName returns the name of local slot i.
func (c *Code) LocalName(i int) string {
	if i < len(c.Varnames) {
		return c.Varnames[i]
	}
	if i >= c.FreeStart {
		return c.Freevars[i-c.FreeStart]
	}
	for j, s := range c.CellSlots {
		if s == i {
			return c.Cellvars[j]
		}
	}
	return "?"
}

// IsCellSlot reports whether local slot i holds a cell or free variable.
func (c *Code) IsCellSlot(i int) bool {
	if i >= c.FreeStart {
		return true
	}
	for _, s := range c.CellSlots {
		if s == i {
			return true
		}
	}
	return false
}

// Handler finds the exception-table entry covering instruction pc.
func (c *Code) Handler(pc int) (ExcEntry, bool) {
	t := c.ExcTable
	i := sort.Search(len(t), func(i int) bool { return int(t[i].End) > pc })
	for ; i < len(t); i++ {
		e := t[i]
		if int(e.Start) <= pc && pc < int(e.End) {
			return e, true
		}
		if int(e.Start) > pc {
			break
		}
	}
	return ExcEntry{}, false
}

// Line returns the line of instruction pc, or 0.
func (c *Code) Line(pc int) int {
	if pc < 0 || pc >= c.Positions.Len() {
		return 0
	}
	return c.Positions.Line(pc)
}

// IsBigInt reports whether a constant is an arbitrary-precision int.
func IsBigInt(v any) bool { _, ok := v.(*big.Int); return ok }
