package amd64

import (
	"github.com/pyjit/pyjit/jit/backend"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Registers inside a trace. DI holds the context for the whole trace;
// RSP and RBP are never touched. R11 and R15 (general) and X14 and X15
// are scratch registers the code generator uses between allocated values;
// the rest are allocated.
var (
	gpRegs = []int16{
		x86.REG_AX, x86.REG_BX, x86.REG_CX, x86.REG_DX, x86.REG_SI,
		x86.REG_R8, x86.REG_R9, x86.REG_R10, x86.REG_R12, x86.REG_R13, x86.REG_R14,
	}
	fpRegs = []int16{
		x86.REG_X0, x86.REG_X1, x86.REG_X2, x86.REG_X3, x86.REG_X4, x86.REG_X5, x86.REG_X6,
		x86.REG_X7, x86.REG_X8, x86.REG_X9, x86.REG_X10, x86.REG_X11, x86.REG_X12, x86.REG_X13,
	}
)

const (
	regCtx = x86.REG_DI
	tmpGP0 = x86.REG_R11 // a result whose value is spilled; cycle breaking
	tmpGP1 = x86.REG_R15 // an operand that must be in a register
	tmpFP0 = x86.REG_X15
	tmpFP1 = x86.REG_X14
)

// loc is where a value lives (the allocator is package backend's).
type loc = backend.Loc

const (
	locReg   = backend.LocReg
	locSpill = backend.LocSpill
	locConst = backend.LocConst
)
